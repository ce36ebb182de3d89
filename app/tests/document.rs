//! A stored document's bytes through `App::document_content`: the counter card's document gives
//! back exactly what was imported; a locked vault, an unknown id and a damaged record are typed
//! errors that change nothing.

mod support;

use shikaku_app::{App, DocumentView, Event, Screen, ScreenView};
use shikaku_core::text::Language;
use shikaku_core::vault::{DocumentId, MemberId};
use shikaku_core::ShikakuError;

use support::{fixture, household, new_app, photo, FakeShell};

/// The document the counter card of `member` names.
fn shown(app: &mut App, shell: &mut FakeShell, member: MemberId) -> DocumentId {
    shell.send(
        app,
        Event::Navigate {
            screen: Screen::CounterCard { member },
        },
    );
    let ScreenView::CounterCard { view } = app.view().content else {
        panic!("not the counter card");
    };
    view.document
        .expect("the counter card shows a document")
        .document
}

#[test]
fn the_counter_cards_document_is_the_imported_bytes() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = new_app(&root.path().join("v"), &mut shell, Language::En);
    let [adult, child, _, _] = household(&mut app, &mut shell);

    let shown_pdf = shown(&mut app, &mut shell, adult);
    let pdf = app.document_content(shown_pdf).unwrap();
    assert_eq!(pdf.bytes, fixture("mynaportal_cid.pdf"));
    assert_eq!(pdf.mime_type, "application/pdf");
    assert_eq!(pdf.file_name, "shikaku-document-1.pdf");
    assert_eq!(pdf.view, DocumentView::Pdf);

    let shown_notice = shown(&mut app, &mut shell, child);
    let notice = app.document_content(shown_notice).unwrap();
    assert_eq!(notice.bytes, photo());
    assert_eq!(notice.mime_type, "image/png");
    assert_eq!(notice.file_name, "shikaku-document-2.png");
    assert_eq!(notice.view, DocumentView::Image);
}

#[test]
fn locked_unknown_and_damaged_documents_are_typed_errors() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v");
    let mut shell = FakeShell::new();
    let mut app = new_app(&dir, &mut shell, Language::Ja);
    let [adult, _, _, _] = household(&mut app, &mut shell);
    let document = shown(&mut app, &mut shell, adult);

    assert!(matches!(
        app.document_content(DocumentId(999)),
        Err(ShikakuError::NotFound { what }) if what == "document 999"
    ));

    // Bytes altered on disk: the record no longer opens, and only that record is refused.
    let db = rusqlite::Connection::open(dir.join("vault.sqlite")).unwrap();
    db.execute(
        "UPDATE documents SET content = x'00010203' WHERE id = ?1",
        [document.0],
    )
    .unwrap();
    drop(db);
    assert!(matches!(
        app.document_content(document),
        Err(ShikakuError::Damaged { what }) if what == "documents row 1 (content)"
    ));
    assert!(app.document_content(DocumentId(2)).is_ok());

    shell.send(&mut app, Event::Lock);
    assert_eq!(
        app.document_content(DocumentId(2)).unwrap_err(),
        ShikakuError::Locked
    );
}

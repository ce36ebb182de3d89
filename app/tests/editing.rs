//! Changing what is stored: `EditMember` replaces a member's name and details, `RemoveDocument`
//! deletes a document; both say so in the banner, and a refused or unknown one changes nothing.

mod support;

use shikaku_app::{App, Event, Screen, ScreenView};
use shikaku_core::test_support::date;
use shikaku_core::text::Language;
use shikaku_core::vault::{DocumentId, MemberId, NewMember, Relation};
use shikaku_core::ShikakuError;

use support::{household, new_app, FakeShell};

fn banner(app: &App) -> Option<String> {
    app.view().banner.map(|line| line.text)
}

fn names(app: &App) -> Vec<String> {
    let ScreenView::Household { view } = app.view_of(Screen::Household).content else {
        panic!("household");
    };
    view.members.into_iter().map(|row| row.name).collect()
}

fn edit(app: &mut App, shell: &mut FakeShell, member: MemberId, name: &str) {
    let details = NewMember {
        name: name.into(),
        kana: Some("デジタル ハナコ".into()),
        birth_date: Some(date("1988-05-21")),
        relation: Relation::Myself,
        mynaportal_app: true,
    };
    shell.send(app, Event::EditMember { member, details });
}

#[test]
fn editing_a_member_changes_every_screen_and_a_refused_edit_changes_nothing() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = new_app(&root.path().join("v"), &mut shell, Language::En);
    let [adult, ..] = household(&mut app, &mut shell);

    edit(&mut app, &mut shell, adult, "デジタル 花");
    assert_eq!(banner(&app).as_deref(), Some("The details were saved."));
    assert_eq!(names(&app)[0], "デジタル 花");
    let ScreenView::Member { view } = app.view_of(Screen::Member { member: adult }).content else {
        panic!("member");
    };
    assert_eq!(view.name, "デジタル 花");
    assert!(view.birth.unwrap().value.contains("1988-05-21"));

    // An empty name is refused; an unknown member is not found: nothing changes.
    let before = names(&app);
    edit(&mut app, &mut shell, adult, "  ");
    assert_eq!(
        banner(&app).as_deref(),
        Some("Please check what you entered.")
    );
    edit(&mut app, &mut shell, MemberId(99), "誰か");
    assert_eq!(
        banner(&app).as_deref(),
        Some("That could not be found. It may have been removed.")
    );
    assert_eq!(names(&app), before);
}

#[test]
fn removing_a_document_takes_it_off_the_counter_card() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = new_app(&root.path().join("v"), &mut shell, Language::Ja);
    let [adult, ..] = household(&mut app, &mut shell);
    let counter = |app: &App| {
        let ScreenView::CounterCard { view } =
            app.view_of(Screen::CounterCard { member: adult }).content
        else {
            panic!("counter card");
        };
        view.document.map(|shown| shown.document)
    };
    let document = counter(&app).expect("the adult's PDF is shown");

    shell.send(&mut app, Event::RemoveDocument { document });
    assert_eq!(banner(&app).as_deref(), Some("書類を削除しました。"));
    assert_eq!(counter(&app), None);
    assert!(matches!(
        app.document_content(document),
        Err(ShikakuError::NotFound { .. })
    ));
    // The child's document is still there.
    assert!(app.document_content(DocumentId(2)).is_ok());

    // Removing it again: not found, in plain words.
    shell.send(&mut app, Event::RemoveDocument { document });
    assert_eq!(
        banner(&app).as_deref(),
        Some("見つかりませんでした。削除された可能性があります。")
    );
}

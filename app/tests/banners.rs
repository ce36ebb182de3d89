//! What a refused action says (issue 10): a full 12-digit My Number typed into any field has its
//! own banner (R-NUM-2), in both languages, and nothing is stored; the importer's and the storage's
//! refusals keep theirs.

mod support;

use shikaku_app::{App, Event, Screen, ScreenView};
use shikaku_core::scenario::Visit;
use shikaku_core::test_support::date;
use shikaku_core::text::Language;
use shikaku_core::vault::{MemberId, NewMember, Relation};

use support::{fixture, household, new_app, photo, pick_for_import, type_and_confirm, FakeShell};

/// A full My Number (its check digit holds), with spaces as typed.
const MY_NUMBER: &str = "1234 5678 9018";

fn banner(app: &App) -> Option<String> {
    app.view().banner.map(|line| line.text)
}

/// How many documents the member screen lists for `member`.
fn documents(app: &App, member: MemberId) -> usize {
    let ScreenView::Member { view } = app.view_of(Screen::Member { member }).content else {
        panic!("member");
    };
    view.documents.len()
}

/// Tries to import `bytes`, picked as `photo.png`, for `member` with `typed` fields.
fn try_import(
    app: &mut App,
    shell: &mut FakeShell,
    member: MemberId,
    bytes: Vec<u8>,
    typed: &[(&str, &str)],
) {
    pick_for_import(app, shell, member, "photo.png", bytes);
    type_and_confirm(app, shell, typed);
}

#[test]
fn a_full_my_number_in_any_field_says_it_is_never_saved() {
    for (language, expected) in [
        (
            Language::En,
            "A full 12-digit My Number is never saved. Remove it from what you entered: only its \
             last 4 digits may be kept.",
        ),
        (
            Language::Ja,
            "12桁のマイナンバー（個人番号）は保存できません。入力から取り除いてください（保存できるのは下4桁だけです）。",
        ),
    ] {
        let root = tempfile::tempdir().unwrap();
        let mut shell = FakeShell::new();
        let mut app = new_app(&root.path().join("v"), &mut shell, language);
        let [adult, child, _, _] = household(&mut app, &mut shell);
        let stored = documents(&app, adult);

        // A typed field of the import screen: the draft stays for the user to correct.
        for (field, value) in [("last4", MY_NUMBER), ("number", MY_NUMBER)] {
            try_import(&mut app, &mut shell, adult, photo(), &[(field, value)]);
            assert_eq!(banner(&app).as_deref(), Some(expected), "{field}");
            assert_eq!(app.screen(), Screen::Import { member: adult });
        }
        // Twelve digits as the last 4, even without the check digit (`Last4::parse`).
        try_import(&mut app, &mut shell, adult, photo(), &[("last4", "123456789010")]);
        assert_eq!(banner(&app).as_deref(), Some(expected));
        assert_eq!(documents(&app, adult), stored);

        // A member's name, and a school trip's contact.
        let named = NewMember {
            name: format!("山田 {MY_NUMBER}"),
            kana: None,
            birth_date: Some(date("1980-05-10")),
            relation: Relation::Other,
            mynaportal_app: false,
        };
        shell.send(&mut app, Event::AddMember { member: named });
        assert_eq!(banner(&app).as_deref(), Some(expected));
        shell.send(
            &mut app,
            Event::PlanSchoolTrip {
                member: child,
                visit: Visit::SchoolTrip,
                starts: date("2026-12-14"),
                ends: date("2026-12-16"),
                contact: Some(format!("tel {MY_NUMBER}")),
            },
        );
        assert_eq!(banner(&app).as_deref(), Some(expected));
        assert!(!banner(&app).unwrap().contains("9018"));
    }
}

#[test]
fn each_refusal_has_its_banner() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = new_app(&root.path().join("v"), &mut shell, Language::En);
    let [adult, ..] = household(&mut app, &mut shell);

    // The importer refuses to store a file whose text holds a My Number (the preview read it),
    // and says so: the file was read, so "could not be read" would be wrong.
    let suspicious = fixture("mynaportal_suspicious.pdf");
    try_import(&mut app, &mut shell, adult, suspicious, &[]);
    assert_eq!(app.screen(), Screen::Import { member: adult });
    assert_eq!(
        banner(&app).as_deref(),
        Some(
            "This file shows a full 12-digit My Number, so it is not saved. Use the PDF saved \
             from Mynaportal, or a photo with the My Number covered."
        )
    );
    // A typed field fails its own rule.
    try_import(&mut app, &mut shell, adult, photo(), &[("last4", "12")]);
    assert_eq!(
        banner(&app).as_deref(),
        Some("Please check what you entered.")
    );
    // Storage: the member is gone.
    try_import(&mut app, &mut shell, MemberId(99), photo(), &[]);
    assert_eq!(
        banner(&app).as_deref(),
        Some("That could not be found. It may have been removed.")
    );
}

//! Snapshot tests of every screen's view model, in Japanese and English, for the household of
//! four (`support::household`): what the phones draw, reviewed as text (`tests/snapshots/`).

mod support;

use shikaku_app::{App, Event, Screen, ViewModel};
use shikaku_core::scenario::{OnlineCheck, Visit};
use shikaku_core::text::Language;
use shikaku_core::vault::MemberId;

use support::{fixture, household, new_app, virtual_card, FakeShell};

/// Checks that every message was found (a missing one would show its `app-` id) and snapshots it.
fn snapshot(name: &str, view: &ViewModel) {
    let json = serde_json::to_string(view).unwrap();
    assert!(
        !json.contains("\"app-"),
        "{name}: a message is missing: {json}"
    );
    insta::assert_json_snapshot!(name, view);
}

fn language_code(language: Language) -> &'static str {
    match language {
        Language::Ja => "ja",
        Language::En => "en",
    }
}

/// Every screen for one language.
fn screens_in(language: Language) {
    let lang = language_code(language);
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();

    let mut door = App::new(root.path().join("empty"), language);
    shell.send(&mut door, Event::Start);
    snapshot(&format!("{lang}-unlock-first_run"), &door.view());

    let mut app = new_app(&root.path().join("vault"), &mut shell, language);
    let members = household(&mut app, &mut shell);
    let [adult, child, elder, certificate_only] = members;
    shell.send(
        &mut app,
        Event::Navigate {
            screen: Screen::Household,
        },
    );
    snapshot(&format!("{lang}-household"), &app.view());
    snapshot(
        &format!("{lang}-reminders"),
        &app.view_of(Screen::Reminders),
    );
    snapshot(&format!("{lang}-settings"), &app.view_of(Screen::Settings));

    let names = ["adult", "child", "elder", "certificate_only"];
    for (member, who) in members.iter().zip(names) {
        let member: MemberId = *member;
        let at = |screen| app.view_of(screen);
        snapshot(
            &format!("{lang}-member-{who}"),
            &at(Screen::Member { member }),
        );
        snapshot(
            &format!("{lang}-counter_card-{who}"),
            &at(Screen::CounterCard { member }),
        );
        snapshot(
            &format!("{lang}-visit_check-{who}"),
            &at(Screen::VisitCheck {
                member,
                visit: Visit::Clinic,
                online_check: OnlineCheck::Unknown,
            }),
        );
        snapshot(&format!("{lang}-pin-{who}"), &at(Screen::Pin { member }));
    }
    snapshot(
        &format!("{lang}-visit_check-child-school_trip"),
        &app.view_of(Screen::VisitCheck {
            member: child,
            visit: Visit::SchoolTrip,
            online_check: OnlineCheck::Unknown,
        }),
    );
    snapshot(
        &format!("{lang}-school_pack-child"),
        &app.view_of(Screen::SchoolPack { member: child }),
    );

    // A picked photo that is not confirmed yet: the kinds to choose and the fields to type.
    shell.picks.push_back(("camera".into(), support::photo()));
    shell.send(
        &mut app,
        Event::ImportDocument {
            member: certificate_only,
        },
    );
    shell.send(
        &mut app,
        Event::SetImportKind {
            kind: shikaku_core::vault::DocumentKind::Notice,
        },
    );
    snapshot(&format!("{lang}-import-photo"), &app.view());
    shell.send(&mut app, Event::CancelImport);
    // A picked PDF: the fields read, and whether the name is the member's.
    shell
        .picks
        .push_back(("mynaportal.pdf".into(), fixture("mynaportal_chromium.pdf")));
    shell.send(&mut app, Event::ImportDocument { member: elder });
    snapshot(&format!("{lang}-import-pdf"), &app.view());
    shell.send(&mut app, Event::CancelImport);

    // The card scan: before, and after reading a card whose PIN is locked.
    shell.send(
        &mut app,
        Event::Navigate {
            screen: Screen::CardScan { member: adult },
        },
    );
    snapshot(&format!("{lang}-card_scan-ready"), &app.view());
    shell.card = Some(virtual_card("locked.json"));
    shell.send(&mut app, Event::ScanCard { member: adult });
    snapshot(&format!("{lang}-card_scan-done"), &app.view());
    shell.card = Some(virtual_card("not-a-card.json"));
    shell.send(&mut app, Event::ScanCard { member: adult });
    snapshot(&format!("{lang}-card_scan-failed"), &app.view());

    // Asking to wipe.
    shell.send(&mut app, Event::WipeVault);
    snapshot(&format!("{lang}-settings-confirm_wipe"), &app.view());

    // The door when the platform key is gone.
    shell.send(&mut app, Event::Lock);
    shell.keystore = shikaku_core::vault::RawKeyProvider::new(&[1; 32]);
    shell.send(&mut app, Event::UnlockWithPlatformKey);
    snapshot(&format!("{lang}-unlock-key_gone"), &app.view());
}

#[test]
fn every_screen_in_japanese() {
    screens_in(Language::Ja);
}

#[test]
fn every_screen_in_english() {
    screens_in(Language::En);
}

//! What the shells used to choose and the core chooses now (`docs/ios.md`, "Decisions moved into
//! the core"): the starting language, the confirmations before a wipe and a member's removal,
//! the visit check's defaults, how a scan is written, list markers, when to plan again, the
//! edit form's values and the household's moves.

mod support;

use shikaku_app::confirmation::ConfirmationKind;
use shikaku_app::forms::FieldValue;
use shikaku_app::screens::household::HouseholdView;
use shikaku_app::screens::unlock::{UnlockAction, UnlockState, UnlockView};
use shikaku_app::{App, Effect, Event, ScanOutput, Screen, ScreenView, Tone};
use shikaku_core::scenario::{OnlineCheck, Visit};
use shikaku_core::text::Language;
use shikaku_core::vault::{MemberId, NewMember, RawKeyProvider};

use support::{household, member_view, new_app, FakeShell};

fn tags(tags: &[&str]) -> Vec<String> {
    tags.iter().map(|tag| (*tag).to_owned()).collect()
}

fn unlock_view(app: &App) -> UnlockView {
    match app.view().content {
        ScreenView::Unlock { view } => view,
        _ => panic!("not the door"),
    }
}

fn household_view(app: &App) -> HouseholdView {
    match app.view_of(Screen::Household).content {
        ScreenView::Household { view } => view,
        _ => panic!("not the household"),
    }
}

fn names(app: &App) -> Vec<String> {
    household_view(app)
        .members
        .into_iter()
        .map(|row| row.name)
        .collect()
}

#[test]
fn the_first_preferred_language_chooses_japanese_or_english() {
    let root = tempfile::tempdir().unwrap();
    let cases: [(&[&str], Language); 7] = [
        (&["ja-JP", "en-US"], Language::Ja),
        (&["ja"], Language::Ja),
        (&["JA_jp"], Language::Ja),
        // Nothing known about the device: the app is for Japan.
        (&[], Language::Ja),
        (&["en-GB", "ja-JP"], Language::En),
        (&["fr-FR"], Language::En),
        // Jamaican Creole starts with "ja" but is not Japanese.
        (&["jam"], Language::En),
    ];
    for (n, (device, expected)) in cases.into_iter().enumerate() {
        let app = App::for_device(root.path().join(n.to_string()), tags(device));
        assert_eq!(app.view().language, expected, "{device:?}");
    }
}

#[test]
fn a_stored_language_wins_over_the_device() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v");
    let mut shell = FakeShell::new();
    let mut app = new_app(&dir, &mut shell, Language::Ja);
    shell.send(
        &mut app,
        Event::SetLanguage {
            language: Language::En,
        },
    );
    drop(app);
    let mut again = App::for_device(&dir, tags(&["ja-JP"]));
    assert_eq!(
        again.view().language,
        Language::Ja,
        "the door before the vault opens"
    );
    shell.send(&mut again, Event::Start);
    assert_eq!(again.screen(), Screen::Household);
    assert_eq!(again.view().language, Language::En);
}

#[test]
fn starting_over_at_the_door_is_one_event_then_the_confirmation() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = new_app(&root.path().join("v"), &mut shell, Language::En);
    household(&mut app, &mut shell);
    shell.send(&mut app, Event::Lock);
    shell.keystore = RawKeyProvider::new(&[1; 32]);
    shell.send(&mut app, Event::UnlockWithPlatformKey);
    let door = unlock_view(&app);
    assert_eq!(door.state, UnlockState::KeyGone);
    assert!(door
        .choices
        .iter()
        .any(|choice| choice.kind == UnlockAction::StartOver));
    assert!(app.view().confirmation.is_none());

    shell.send(&mut app, Event::WipeVault);
    let asked = app
        .view()
        .confirmation
        .expect("the core asks before wiping");
    assert_eq!(asked.kind, ConfirmationKind::Wipe);
    assert_eq!(asked.style, Tone::Critical);
    assert_eq!(asked.message.tone, Tone::Critical);
    assert!(!asked.title.is_empty() && !asked.confirm.label.is_empty());
    assert_eq!(
        unlock_view(&app).state,
        UnlockState::KeyGone,
        "nothing wiped yet"
    );
    assert!(!shell.key_deleted);

    // Cancelling keeps the vault; asking again and confirming wipes it.
    shell.send(&mut app, Event::CancelWipe);
    assert!(app.view().confirmation.is_none());
    assert_eq!(unlock_view(&app).state, UnlockState::KeyGone);
    shell.send(&mut app, Event::WipeVault);
    shell.send(&mut app, Event::ConfirmWipe);
    assert!(shell.key_deleted);
    assert!(app.view().confirmation.is_none());
    assert_eq!(unlock_view(&app).state, UnlockState::FirstRun);
}

#[test]
fn a_wipe_nobody_was_asked_about_is_ignored_and_a_locked_vault_is_not_wiped() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = App::new(root.path().join("v"), Language::En);
    shell.send(&mut app, Event::Start);
    shell.send(
        &mut app,
        Event::CreateWithPassphrase {
            passphrase: "long words".into(),
        },
    );
    // With the vault open: a confirmation alone does nothing.
    shell.send(&mut app, Event::ConfirmWipe);
    assert_eq!(app.screen(), Screen::Household);
    assert!(!shell.key_deleted);
    shell.send(&mut app, Event::Lock);
    // At the door of a vault that still opens: neither the question nor the wipe.
    shell.send(&mut app, Event::WipeVault);
    assert!(app.view().confirmation.is_none());
    assert!(app.view().banner.is_some());
    shell.send(&mut app, Event::ConfirmWipe);
    assert_eq!(unlock_view(&app).state, UnlockState::Passphrase);
    shell.send(
        &mut app,
        Event::UnlockWithPassphrase {
            passphrase: "long words".into(),
        },
    );
    assert_eq!(app.screen(), Screen::Household, "the vault is still there");
}

#[test]
fn wiping_from_settings_asks_on_the_view_model() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = new_app(&root.path().join("v"), &mut shell, Language::Ja);
    shell.send(&mut app, Event::WipeVault);
    assert_eq!(app.screen(), Screen::Settings);
    let asked = app.view().confirmation.expect("asked");
    assert_eq!(asked.kind, ConfirmationKind::Wipe);
    let ScreenView::Settings { view } = app.view().content else {
        panic!("settings");
    };
    assert!(!view.wipe.enabled, "the wipe button waits for the answer");
    // Leaving the screen drops the question.
    shell.send(
        &mut app,
        Event::Navigate {
            screen: Screen::Household,
        },
    );
    assert!(app.view().confirmation.is_none());
    shell.send(&mut app, Event::ConfirmWipe);
    assert_eq!(app.screen(), Screen::Household);
}

#[test]
fn removing_a_member_asks_first_and_removes_only_who_was_asked_about() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = new_app(&root.path().join("v"), &mut shell, Language::En);
    let [adult, child, _, _] = household(&mut app, &mut shell);
    shell.send(
        &mut app,
        Event::Navigate {
            screen: Screen::Member { member: child },
        },
    );
    shell.send(&mut app, Event::RemoveMember { member: child });
    assert_eq!(names(&app).len(), 4, "nothing removed before the answer");
    let asked = app.view().confirmation.expect("the core asks first");
    assert_eq!(asked.kind, ConfirmationKind::RemoveMember);
    assert!(asked.title.contains("デジタル 太郎"), "{}", asked.title);
    assert!(asked.message.text.contains("デジタル 太郎"));
    assert_eq!(asked.style, Tone::Critical);

    shell.send(&mut app, Event::CancelRemoveMember);
    assert!(app.view().confirmation.is_none());
    assert_eq!(names(&app).len(), 4);
    assert_eq!(app.screen(), Screen::Member { member: child });

    // A confirmation with nothing asked removes nothing.
    shell.send(&mut app, Event::ConfirmRemoveMember);
    assert_eq!(names(&app).len(), 4);

    shell.send(&mut app, Event::RemoveMember { member: child });
    shell.send(&mut app, Event::ConfirmRemoveMember);
    assert_eq!(app.screen(), Screen::Household);
    assert!(app.view().confirmation.is_none());
    assert!(!names(&app).contains(&"デジタル 太郎".to_owned()));
    assert_eq!(household_view(&app).members[0].member, adult);

    // An unknown member is a banner, not a question.
    shell.send(&mut app, Event::RemoveMember { member: child });
    assert!(app.view().confirmation.is_none());
    assert!(app.view().banner.is_some());
}

#[test]
fn the_member_screen_names_the_visit_check_it_opens() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = new_app(&root.path().join("v"), &mut shell, Language::En);
    let [adult, ..] = household(&mut app, &mut shell);
    let entry = member_view(&app, adult).visit_check_screen;
    assert_eq!(
        entry,
        Screen::VisitCheck {
            member: adult,
            visit: Visit::Clinic,
            online_check: OnlineCheck::Unknown,
        }
    );
    for screen in [
        entry,
        Screen::VisitCheck {
            member: adult,
            visit: Visit::Dentist,
            online_check: OnlineCheck::ReaderBroken,
        },
    ] {
        shell.send(&mut app, Event::Navigate { screen });
        let ScreenView::VisitCheck { view } = app.view().content else {
            panic!("visit check");
        };
        let Screen::VisitCheck {
            visit,
            online_check,
            ..
        } = screen
        else {
            unreachable!()
        };
        assert_eq!((view.visit, view.online_check), (visit, online_check));
        let selected: Vec<Visit> = view
            .visits
            .iter()
            .filter(|c| c.selected)
            .map(|c| c.visit)
            .collect();
        assert_eq!(selected, [visit]);
        let selected: Vec<OnlineCheck> = view
            .online_checks
            .iter()
            .filter(|c| c.selected)
            .map(|c| c.online_check)
            .collect();
        assert_eq!(selected, [online_check]);
    }
}

#[test]
fn a_document_pick_says_how_to_write_a_scan_and_a_backup_pick_offers_none() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = new_app(&root.path().join("v"), &mut shell, Language::En);
    let [adult, ..] = household(&mut app, &mut shell);
    let effects = app.update(Event::ImportDocument { member: adult }).unwrap();
    let scans: Vec<Option<ScanOutput>> = effects
        .into_iter()
        .filter_map(|request| match request.effect {
            Effect::PickDocument { scan, .. } => Some(scan),
            _ => None,
        })
        .collect();
    assert_eq!(
        scans,
        [Some(ScanOutput {
            file_name: "scan.jpg".into(),
            jpeg_quality: 90,
        })]
    );

    let mut door = App::new(root.path().join("new"), Language::En);
    shell.send(&mut door, Event::Start);
    let effects = door.update(Event::RestoreFromBackup).unwrap();
    assert!(matches!(
        effects.as_slice(),
        [request] if matches!(&request.effect, Effect::PickDocument { scan: None, .. })
    ));
}

#[test]
fn lists_come_with_their_markers() {
    for (language, bullet) in [(Language::En, "•"), (Language::Ja, "・")] {
        let root = tempfile::tempdir().unwrap();
        let mut shell = FakeShell::new();
        let mut app = new_app(&root.path().join("v"), &mut shell, language);
        let [adult, ..] = household(&mut app, &mut shell);
        let ScreenView::VisitCheck { view } = app
            .view_of(Screen::VisitCheck {
                member: adult,
                visit: Visit::Clinic,
                online_check: OnlineCheck::ReaderBroken,
            })
            .content
        else {
            panic!("visit check");
        };
        assert!(view.steps.len() >= 2);
        let markers: Vec<String> = view.steps.iter().map(|s| s.marker.clone()).collect();
        let expected: Vec<String> = (1..=markers.len()).map(|n| format!("{n}.")).collect();
        assert_eq!(markers, expected);
        assert!(view.steps.iter().all(|s| !s.text.is_empty()));

        let ScreenView::CardScan { view } = app.view_of(Screen::CardScan { member: adult }).content
        else {
            panic!("card scan");
        };
        let markers: Vec<&str> = view
            .instructions
            .iter()
            .map(|s| s.marker.as_str())
            .collect();
        assert_eq!(markers, ["1.", "2.", "3."]);

        // A child with no document yet: the parent has something to do.
        shell.send(
            &mut app,
            Event::AddMember {
                member: NewMember {
                    name: "新 一郎".into(),
                    kana: None,
                    birth_date: Some(shikaku_core::test_support::date("2019-04-01")),
                    relation: shikaku_core::vault::Relation::Child,
                    mynaportal_app: false,
                },
            },
        );
        let newcomer = household_view(&app).members[4].member;
        let ScreenView::SchoolPack { view } =
            app.view_of(Screen::SchoolPack { member: newcomer }).content
        else {
            panic!("school pack");
        };
        assert!(!view.to_do.is_empty());
        assert!(view.to_do.iter().all(|item| item.marker == bullet
            && !item.text.starts_with(bullet)
            && !item.text.is_empty()));
    }
}

#[test]
fn the_notification_plan_says_when_to_plan_again() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = new_app(&root.path().join("v"), &mut shell, Language::En);
    household(&mut app, &mut shell);
    assert!(!shell.notifications.is_empty());
    // Six hours (planning::REFRESH_AFTER_SECONDS).
    assert_eq!(shell.refresh_after_seconds, Some(21_600));
}

#[test]
fn the_edit_form_is_filled_with_what_is_stored_and_the_add_form_is_empty() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = new_app(&root.path().join("v"), &mut shell, Language::En);
    let [_, child, _, _] = household(&mut app, &mut shell);
    let add = household_view(&app).add_form.expect("add form");
    assert!(add.fields.iter().all(|field| field.value.is_none()));
    assert!(add.relations.iter().all(|choice| !choice.selected));

    let edit = member_view(&app, child).edit_form;
    assert_ne!(edit.submit.label, add.submit.label);
    let value = |name: &str| {
        edit.fields
            .iter()
            .find(|field| field.name == name)
            .and_then(|field| field.value.clone())
    };
    assert_eq!(
        value("name"),
        Some(FieldValue::Text {
            text: "デジタル 太郎".into()
        })
    );
    assert_eq!(value("kana"), None, "no kana stored");
    assert_eq!(
        value("birth_date"),
        Some(FieldValue::Date {
            date: shikaku_core::test_support::date("2014-06-01")
        })
    );
    assert_eq!(
        value("mynaportal_app"),
        Some(FieldValue::Toggle { on: false })
    );
    let selected: Vec<String> = edit
        .relations
        .iter()
        .filter(|choice| choice.selected)
        .map(|choice| choice.label.clone())
        .collect();
    assert_eq!(selected, ["Child"]);

    // Changing one entry and sending the rest as given changes only that entry.
    let before = member_view(&app, child);
    shell.send(
        &mut app,
        Event::EditMember {
            member: child,
            details: NewMember {
                name: "デジタル 太郎".into(),
                kana: Some("デジタル タロウ".into()),
                birth_date: Some(shikaku_core::test_support::date("2014-06-01")),
                relation: shikaku_core::vault::Relation::Child,
                mynaportal_app: false,
            },
        },
    );
    let after = member_view(&app, child);
    assert_eq!(
        (&after.name, &after.relation, &after.birth),
        (&before.name, &before.relation, &before.birth)
    );
    assert!(after.edit_form.fields.iter().any(|field| field.value
        == Some(FieldValue::Text {
            text: "デジタル タロウ".into()
        })));
}

#[test]
fn each_household_row_carries_its_moves() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = new_app(&root.path().join("v"), &mut shell, Language::En);
    let [adult, child, elder, certificate_only] = household(&mut app, &mut shell);
    let rows = household_view(&app).members;
    assert!(rows[0].move_up.is_none());
    assert!(rows[3].move_down.is_none());
    let down = rows[0].move_down.clone().expect("the first moves down");
    assert_eq!(down.order, [child, adult, elder, certificate_only]);
    assert!(down.action.accessibility.contains("デジタル 花子"));
    let up = rows[3].move_up.clone().expect("the last moves up");
    assert_eq!(up.order, [adult, child, certificate_only, elder]);
    assert_ne!(up.action.label, down.action.label);

    shell.send(&mut app, Event::ReorderMembers { order: down.order });
    let now: Vec<MemberId> = household_view(&app)
        .members
        .iter()
        .map(|row| row.member)
        .collect();
    assert_eq!(now, [child, adult, elder, certificate_only]);
    let rows = household_view(&app).members;
    assert!(rows[0].move_up.is_none() && rows[1].move_up.is_some());
}

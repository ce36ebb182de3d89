//! One journey through events with a fake shell answering every effect: first run, members,
//! imports, the counter card, a visit check, a locked PIN, the school pack, a backup, and a
//! restore into a new vault that shows the same screens.

mod support;

use shikaku_app::{App, Event, Screen, ScreenView};
use shikaku_core::scenario::{OnlineCheck, Visit};
use shikaku_core::text::Language;
use shikaku_core::vault::MemberId;

use support::{household, virtual_card, FakeShell};

/// Every screen of the household, for comparing two apps.
fn screens(members: &[MemberId]) -> Vec<Screen> {
    let mut screens = vec![Screen::Household, Screen::Reminders, Screen::Settings];
    for &member in members {
        screens.extend([
            Screen::Member { member },
            Screen::CounterCard { member },
            Screen::VisitCheck {
                member,
                visit: Visit::Clinic,
                online_check: OnlineCheck::ReaderBroken,
            },
            Screen::Pin { member },
            Screen::SchoolPack { member },
        ]);
    }
    screens
}

fn json(app: &App, screen: Screen) -> serde_json::Value {
    serde_json::to_value(app.view_of(screen)).unwrap()
}

#[test]
fn first_run_to_restore_shows_the_same_household() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();

    // First run: nothing there yet.
    let mut app = App::new(root.path().join("phone"), Language::En);
    shell.send(&mut app, Event::Start);
    let ScreenView::Unlock { view } = app.view().content else {
        panic!("first run starts at the door");
    };
    assert_eq!(format!("{:?}", view.state), "FirstRun");
    shell.send(&mut app, Event::CreateWithPlatformKey);
    assert_eq!(app.screen(), Screen::Household);
    assert_eq!(shell.idle_seconds, Some(300));

    let members = household(&mut app, &mut shell);
    let [adult, child, _, _] = members;
    shell.send(
        &mut app,
        Event::Navigate {
            screen: Screen::Household,
        },
    );
    let ScreenView::Household { view } = app.view().content else {
        panic!("the household is shown");
    };
    assert_eq!(view.members.len(), 4);
    assert!(!shell.notifications.is_empty(), "reminders were scheduled");

    // Counter card: the adult's saved PDF, shown with the card.
    shell.send(
        &mut app,
        Event::Navigate {
            screen: Screen::CounterCard { member: adult },
        },
    );
    let counter = app.view();
    assert!(counter.keep_awake && counter.block_screenshots && counter.large_type);
    let ScreenView::CounterCard { view } = counter.content else {
        panic!("counter card");
    };
    assert!(view.document.is_some());
    assert!(view.insurance.iter().any(|fact| fact.value == "06139992"));

    // Visit check with a broken reader: something to carry with the card, alerts critical first.
    shell.send(
        &mut app,
        Event::Navigate {
            screen: Screen::VisitCheck {
                member: adult,
                visit: Visit::Clinic,
                online_check: OnlineCheck::ReaderBroken,
            },
        },
    );
    let ScreenView::VisitCheck { view } = app.view().content else {
        panic!("visit check");
    };
    assert!(!view.carry.is_empty() && !view.alerts.is_empty());

    // The card is read: its user-certificate PIN is locked.
    shell.card = Some(virtual_card("locked.json"));
    shell.send(&mut app, Event::ScanCard { member: adult });
    let ScreenView::CardScan { view } = app.view().content else {
        panic!("card scan");
    };
    assert_eq!(format!("{:?}", view.state), "Done");
    shell.send(
        &mut app,
        Event::Navigate {
            screen: Screen::Pin { member: adult },
        },
    );
    let ScreenView::Pin { view } = app.view().content else {
        panic!("pin");
    };
    assert_eq!(view.pins[0].tries.text, "Locked");
    assert!(!view.pins[0].guidance.is_empty());

    // School pack: printed for the teacher.
    shell.send(&mut app, Event::PrintSchoolPack { member: child });
    assert_eq!(shell.printed.len(), 1);
    assert!(shell.printed[0].contains("デジタル 太郎"));

    // Backup, then restore on a new phone whose key store holds another key.
    shell.send(
        &mut app,
        Event::ExportBackup {
            passphrase: "backup words".into(),
        },
    );
    let (name, backup) = shell.saved.pop().unwrap();
    assert!(name.starts_with("shikaku-backup-2026-12-02"));
    let mut phone = FakeShell::new();
    phone.keystore = shikaku_core::vault::RawKeyProvider::new(&[9; 32]);
    let mut restored = App::new(root.path().join("new-phone"), Language::En);
    phone.send(&mut restored, Event::Start);
    phone.picks.push_back(("backup".into(), backup));
    phone.send(&mut restored, Event::RestoreFromBackup);
    phone.send(
        &mut restored,
        Event::RestoreWithPassphrase {
            passphrase: "wrong".into(),
        },
    );
    assert!(
        restored.view().banner.is_some(),
        "a wrong passphrase is said"
    );
    assert_eq!(restored.screen(), Screen::Unlock);
    phone.send(
        &mut restored,
        Event::RestoreWithPassphrase {
            passphrase: "backup words".into(),
        },
    );
    assert_eq!(restored.screen(), Screen::Household);

    // Any event clears the "backup saved" banner of the old phone.
    shell.send(
        &mut app,
        Event::Navigate {
            screen: Screen::Household,
        },
    );
    for screen in screens(&members) {
        assert_eq!(
            json(&app, screen),
            json(&restored, screen),
            "{screen:?} differs after restore"
        );
    }

    // The restored vault reopens with the new phone's key after a lock.
    phone.send(&mut restored, Event::Lock);
    assert_eq!(restored.screen(), Screen::Unlock);
    phone.send(&mut restored, Event::UnlockWithPlatformKey);
    assert_eq!(restored.screen(), Screen::Household);
}

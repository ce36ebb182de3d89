//! One journey through events with a fake shell answering every effect: first run, members,
//! imports, the counter card, a visit check, a locked PIN, the school pack, a backup, and a
//! restore into a new vault that shows the same screens.

mod support;

use shikaku_app::{App, Event, Screen, ScreenView};
use shikaku_core::scenario::{OnlineCheck, Visit};
use shikaku_core::text::Language;
use shikaku_core::vault::{KeyProvider, MemberId};

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

#[test]
fn a_shell_that_answers_wrongly_gets_a_typed_error_and_loses_nothing() {
    use shikaku_app::{Answer, Effect};
    let root = tempfile::tempdir().unwrap();
    let mut app = App::new(root.path().join("v"), Language::Ja);
    let effects = app.update(Event::Start).unwrap();
    let today = effects
        .iter()
        .find(|request| matches!(request.effect, Effect::Today))
        .map(|request| request.id)
        .unwrap();
    // An id nobody asked for.
    assert!(app
        .update(Event::Answered {
            id: 999,
            answer: Answer::Done
        })
        .is_err());
    // The wrong kind of answer: refused, and the request still waits for the right one.
    assert!(app
        .update(Event::Answered {
            id: today,
            answer: Answer::KeyUnavailable
        })
        .is_err());
    let date = support::today();
    assert!(app
        .update(Event::Answered {
            id: today,
            answer: Answer::Today { date }
        })
        .is_ok());
    // A vault action while locked: a banner, not a crash.
    app.update(Event::AddMember {
        member: shikaku_core::vault::NewMember {
            name: "x".into(),
            kana: None,
            birth_date: None,
            relation: shikaku_core::vault::Relation::Myself,
            mynaportal_app: false,
        },
    })
    .unwrap();
    assert_eq!(app.screen(), Screen::Unlock);
    assert!(app.view().banner.is_some());
}

#[test]
fn a_passphrase_vault_opens_only_with_its_passphrase() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let dir = root.path().join("v");
    let mut app = App::new(&dir, Language::En);
    shell.send(&mut app, Event::Start);
    shell.send(
        &mut app,
        Event::CreateWithPassphrase {
            passphrase: "long words".into(),
        },
    );
    assert_eq!(app.screen(), Screen::Household);
    shell.send(&mut app, Event::Lock);
    shell.send(
        &mut app,
        Event::UnlockWithPassphrase {
            passphrase: "wrong".into(),
        },
    );
    assert_eq!(app.screen(), Screen::Unlock);
    assert_eq!(
        app.view().banner.map(|banner| banner.text).as_deref(),
        Some("That passphrase did not open it. Please try again.")
    );
    shell.send(
        &mut app,
        Event::UnlockWithPassphrase {
            passphrase: "long words".into(),
        },
    );
    assert_eq!(app.screen(), Screen::Household);
    // Wiping asks first, then deletes the vault and the platform key.
    shell.send(&mut app, Event::WipeVault);
    shell.send(&mut app, Event::ConfirmWipe);
    assert!(shell.key_deleted);
    let ScreenView::Unlock { view } = app.view().content else {
        panic!("after a wipe, the door");
    };
    assert_eq!(format!("{:?}", view.state), "FirstRun");
}

/// The unlock with the platform key goes on over the vault looked at when the shell was asked:
/// a wrong key answered leaves it locked and the next attempt asks again and opens it; a lock
/// while the shell is asked drops the request, so its late answer opens nothing.
#[test]
fn a_failed_or_dropped_unlock_leaves_the_vault_locked_and_the_next_one_opens_it() {
    use shikaku_app::{Answer, Effect};

    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v");
    let mut shell = FakeShell::new();
    let mut app = support::new_app(&dir, &mut shell, Language::Ja);
    household(&mut app, &mut shell);
    shell.send(&mut app, Event::Lock);

    let unwrap_request = |effects: Vec<shikaku_app::EffectRequest>| {
        effects
            .into_iter()
            .find_map(|request| match request.effect {
                Effect::UnwrapKey { wrapped } => Some((request.id, wrapped)),
                _ => None,
            })
            .expect("the core asks the shell to unwrap the key")
    };
    let (asked, _) = unwrap_request(app.update(Event::UnlockWithPlatformKey).unwrap());
    let wrong = Answer::KeyUnwrapped { key: vec![9; 32] };
    let effects = app
        .update(Event::Answered {
            id: asked,
            answer: wrong,
        })
        .unwrap();
    assert!(effects.is_empty());
    assert_eq!(app.screen(), Screen::Unlock);
    assert!(app.view().banner.is_some(), "a wrong key is said");

    let (asked, wrapped) = unwrap_request(app.update(Event::UnlockWithPlatformKey).unwrap());
    app.update(Event::Lock).unwrap();
    let key = shell.keystore.unwrap_key(wrapped).unwrap();
    let late = Answer::KeyUnwrapped { key };
    assert!(app
        .update(Event::Answered {
            id: asked,
            answer: late
        })
        .is_err());
    assert_eq!(app.screen(), Screen::Unlock);

    shell.send(&mut app, Event::UnlockWithPlatformKey);
    assert_eq!(app.screen(), Screen::Household);
    // Asking again while open changes nothing: the vault stays open.
    shell.send(&mut app, Event::UnlockWithPlatformKey);
    assert_eq!(app.screen(), Screen::Household);
}

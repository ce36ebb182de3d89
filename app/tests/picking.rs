//! A file the picker could not read (`Answer::Failed` to `Effect::PickDocument`): a plain-word
//! banner on the screen the user was on, nothing stored or drafted, no request left waiting, and
//! picking again works — for a document to import and for a backup to restore.

mod support;

use shikaku_app::{Answer, App, Effect, Event, Screen, ScreenView};
use shikaku_core::text::Language;

use support::{household, new_app, photo, FakeShell};

const UNREADABLE: &str =
    "The phone could not open that file. Pick it again, or save it on the phone first and pick it from there.";

/// Sends `event`, expects one `PickDocument` request and answers it `Failed`; returns its id.
fn pick_fails(app: &mut App, event: Event) -> u64 {
    let effects = app.update(event).unwrap();
    let [request] = effects.as_slice() else {
        panic!("expected one request, got {}", effects.len());
    };
    assert!(matches!(request.effect, Effect::PickDocument { .. }));
    let next = app
        .update(Event::Answered {
            id: request.id,
            answer: Answer::Failed {
                reason: "content provider refused".into(),
            },
        })
        .expect("a failed pick is not an error");
    assert!(next.is_empty());
    request.id
}

#[test]
fn an_unreadable_document_says_so_and_picking_again_works() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = new_app(&root.path().join("v"), &mut shell, Language::En);
    let [adult, _, _, _] = household(&mut app, &mut shell);
    shell.send(
        &mut app,
        Event::Navigate {
            screen: Screen::Member { member: adult },
        },
    );

    let id = pick_fails(&mut app, Event::ImportDocument { member: adult });
    assert_eq!(app.screen(), Screen::Member { member: adult });
    assert_eq!(app.view().banner.unwrap().text, UNREADABLE);
    // Nothing is waiting any more: a second answer to the same request is refused.
    assert!(app
        .update(Event::Answered {
            id,
            answer: Answer::Cancelled
        })
        .is_err());

    shell.picks.push_back(("camera".into(), photo()));
    shell.send(&mut app, Event::ImportDocument { member: adult });
    assert_eq!(app.screen(), Screen::Import { member: adult });
    assert_eq!(app.view().banner, None);
}

#[test]
fn an_unreadable_backup_says_so_in_japanese_and_the_door_stays() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = App::new(root.path().join("v"), Language::Ja);
    shell.send(&mut app, Event::Start);
    let before = app.view().content;

    pick_fails(&mut app, Event::RestoreFromBackup);
    let view = app.view();
    assert_eq!(
        view.banner.unwrap().text,
        "ファイルを開けませんでした。もう一度選ぶか、いったんスマートフォンに保存してから選んでください。"
    );
    assert_eq!(view.content, before);
    assert!(matches!(view.content, ScreenView::Unlock { .. }));
}

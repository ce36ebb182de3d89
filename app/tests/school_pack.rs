//! The school pack for an adult: planning it, opening it or printing it says the pack is for
//! children (not "check what you entered"), in both languages.

mod support;

use shikaku_app::{App, Event, Screen};
use shikaku_core::scenario::Visit;
use shikaku_core::text::Language;
use shikaku_core::vault::MemberId;

use support::{date, household, new_app, FakeShell};

/// Plans a trip for `member`.
fn plan(app: &mut App, shell: &mut FakeShell, member: MemberId) {
    shell.send(
        app,
        Event::PlanSchoolTrip {
            member,
            visit: Visit::SchoolTrip,
            starts: date("2026-12-14"),
            ends: date("2026-12-16"),
            contact: None,
        },
    );
}

fn banner(app: &App) -> Option<String> {
    app.view().banner.map(|line| line.text)
}

#[test]
fn an_adults_school_pack_says_it_is_for_children() {
    for (language, expected) in [
        (
            Language::En,
            "The school pack is only for children (a teacher or nursery takes it along). \
             This member is an adult: use the counter card for their own visits.",
        ),
        (
            Language::Ja,
            "学校・保育所用のセットはお子さま専用です（先生や保育士が持って行きます）。\
             この方は成人のため、ご自身の受診には窓口カードを使ってください。",
        ),
    ] {
        let root = tempfile::tempdir().unwrap();
        let mut shell = FakeShell::new();
        let mut app = new_app(&root.path().join("v"), &mut shell, language);
        let [adult, child, _, _] = household(&mut app, &mut shell);

        plan(&mut app, &mut shell, adult);
        assert_eq!(banner(&app).as_deref(), Some(expected));

        for event in [
            Event::Navigate {
                screen: Screen::SchoolPack { member: adult },
            },
            Event::PrintSchoolPack { member: adult },
        ] {
            shell.send(&mut app, event);
            assert_eq!(banner(&app).as_deref(), Some(expected));
        }
        assert!(shell.printed.is_empty());

        // A child's trip is still planned without a banner.
        shell.send(
            &mut app,
            Event::Navigate {
                screen: Screen::SchoolPack { member: child },
            },
        );
        plan(&mut app, &mut shell, child);
        assert_eq!(banner(&app), None);
    }
}

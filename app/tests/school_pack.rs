//! The school pack for an adult: planning it, opening it or printing it says the pack is for
//! children (not "check what you entered"), in both languages.

mod support;

use shikaku_app::{App, Event, Screen, ScreenView};
use shikaku_core::scenario::Visit;
use shikaku_core::test_support::date;
use shikaku_core::text::Language;
use shikaku_core::vault::MemberId;

use support::{household, new_app, FakeShell};

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

/// The values of the trip facts the school pack screen shows.
fn trip_facts(app: &App) -> Vec<String> {
    match app.view().content {
        ScreenView::SchoolPack { view, .. } => view.trip.into_iter().map(|f| f.value).collect(),
        _ => panic!("not the school pack screen"),
    }
}

#[test]
fn every_trip_of_a_year_is_planned_whatever_its_dates_spell() {
    // Two dates side by side have 16 digits; before the trip was stored as JSON, some pairs
    // (2027-05-10 to 2027-05-12 among them) read as a My Number and the plan was refused.
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = new_app(&root.path().join("v"), &mut shell, Language::En);
    let [_, child, _, _] = household(&mut app, &mut shell);
    shell.send(
        &mut app,
        Event::Navigate {
            screen: Screen::SchoolPack { member: child },
        },
    );
    let first = date("2027-01-01");
    let mut refused = Vec::new();
    for offset in 0..365 {
        let starts = first.add_days(offset);
        let ends = starts.add_days(2);
        shell.send(
            &mut app,
            Event::PlanSchoolTrip {
                member: child,
                visit: Visit::SchoolTrip,
                starts,
                ends,
                contact: Some("090-1234-5678".into()),
            },
        );
        let facts = trip_facts(&app).join(" ");
        if banner(&app).is_some() || !facts.contains(&format!("{starts} ")) {
            refused.push(starts.to_string());
        }
    }
    assert_eq!(refused, Vec::<String>::new());
}

#[test]
fn a_trip_stored_by_an_earlier_version_is_still_shown() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v");
    let mut shell = FakeShell::new();
    let mut app = new_app(&dir, &mut shell, Language::En);
    let [_, child, _, _] = household(&mut app, &mut shell);
    let vault = shikaku_core::vault::Vault::open(
        &dir,
        shikaku_core::vault::Unlock::Provider(&shell.keystore),
    )
    .unwrap();
    vault
        .set_setting(
            &format!("school.{}.trip", child.0),
            "nursery\u{1f}2026-12-14\u{1f}2026-12-16\u{1f}",
        )
        .unwrap();
    shell.send(
        &mut app,
        Event::Navigate {
            screen: Screen::SchoolPack { member: child },
        },
    );
    let facts = trip_facts(&app);
    assert_eq!(facts.len(), 2, "{facts:?}");
    assert!(facts[1].starts_with("2026-12-14 "), "{facts:?}");
    assert!(!facts[0].contains("School trip"), "{facts:?}");
}

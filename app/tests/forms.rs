//! The forms in the view models: every entry names a field of the event it fills (checked
//! against the event's own types, so a new field breaks this test), and every label and screen
//! reader text is a real message in both languages.

mod support;

use std::collections::BTreeSet;

use shikaku_app::forms::{FormField, PickSource};
use shikaku_app::{App, Event, Screen, ScreenView};
use shikaku_core::test_support::date;
use shikaku_core::text::Language;
use shikaku_core::vault::{CardRecord, NewMember};

use support::{household, new_app, FakeShell};

/// The forms of the household, the adult's member screen and the child's school pack.
struct Forms {
    member: Vec<FormField>,
    relations: Vec<(String, String)>,
    card: Vec<FormField>,
    trip: Vec<FormField>,
    visits: Vec<(String, String)>,
    picks: Vec<(PickSource, String, String)>,
}

fn forms(language: Language) -> Forms {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app: App = new_app(&root.path().join("v"), &mut shell, language);
    let [adult, child, _, _] = household(&mut app, &mut shell);
    let ScreenView::Household { view } = app.view_of(Screen::Household).content else {
        panic!("household");
    };
    let add = view.add_form.expect("the household offers the add form");
    let ScreenView::Member { view: member } = app.view_of(Screen::Member { member: adult }).content
    else {
        panic!("member");
    };
    let ScreenView::SchoolPack { view: pack } =
        app.view_of(Screen::SchoolPack { member: child }).content
    else {
        panic!("school pack");
    };
    Forms {
        member: add.fields,
        relations: add
            .relations
            .into_iter()
            .map(|c| (c.label, c.accessibility))
            .collect(),
        card: member.card_form.fields,
        trip: pack.plan_form.fields,
        visits: pack
            .plan_form
            .visits
            .into_iter()
            .map(|c| (c.label, c.accessibility))
            .collect(),
        picks: member
            .pick_from
            .into_iter()
            .map(|c| (c.source, c.label, c.accessibility))
            .collect(),
    }
}

fn names(fields: &[FormField]) -> BTreeSet<&str> {
    fields.iter().map(|field| field.name.as_str()).collect()
}

/// The fields of `NewMember` the form types (the relation is a choice), listed by an exhaustive
/// pattern: a new field of `NewMember` does not compile until it is listed here.
fn new_member_fields() -> BTreeSet<&'static str> {
    let NewMember {
        name: _,
        kana: _,
        birth_date: _,
        relation: _,
        mynaportal_app: _,
    } = NewMember {
        name: String::new(),
        kana: None,
        birth_date: None,
        relation: shikaku_core::vault::Relation::Other,
        mynaportal_app: false,
    };
    ["name", "kana", "birth_date", "mynaportal_app"].into()
}

/// The fields of `PlanSchoolTrip` the form types (the member is the screen's, the visit a choice).
fn trip_fields() -> BTreeSet<&'static str> {
    let event = Event::PlanSchoolTrip {
        member: shikaku_core::vault::MemberId(1),
        visit: shikaku_core::scenario::Visit::SchoolTrip,
        starts: date("2026-12-14"),
        ends: date("2026-12-16"),
        contact: None,
    };
    let Event::PlanSchoolTrip {
        member: _,
        visit: _,
        starts: _,
        ends: _,
        contact: _,
    } = event
    else {
        unreachable!()
    };
    ["starts", "ends", "contact"].into()
}

#[test]
fn every_entry_fills_a_field_of_its_event() {
    let forms = forms(Language::En);
    assert_eq!(names(&forms.member), new_member_fields());
    assert_eq!(names(&forms.trip), trip_fields());
    // The card facts are serialised by name: every key of a full CardRecord has its entry.
    let card = CardRecord {
        expires: Some(date("2031-05-20")),
        ecert_expires: date("2031-05-20"),
        insurance_registered: true,
        last4: Some(shikaku_core::numbers::Last4::parse("1234").unwrap()),
    };
    let serde_json::Value::Object(keys) = serde_json::to_value(card).unwrap() else {
        panic!("a record");
    };
    assert_eq!(
        names(&forms.card),
        keys.keys().map(String::as_str).collect::<BTreeSet<_>>()
    );
    assert_eq!(forms.relations.len(), 5);
    assert_eq!(
        forms.picks.iter().map(|p| p.0).collect::<Vec<_>>(),
        [PickSource::File, PickSource::Scan]
    );
}

#[test]
fn every_label_is_a_message_in_both_languages() {
    let [en, ja] = [Language::En, Language::Ja].map(forms);
    let texts = |forms: &Forms| -> Vec<String> {
        let fields = forms.member.iter().chain(&forms.card).chain(&forms.trip);
        fields
            .flat_map(|f| [f.label.clone(), f.accessibility.clone()])
            .chain(
                forms
                    .relations
                    .iter()
                    .chain(&forms.visits)
                    .flat_map(|(label, a11y)| [label.clone(), a11y.clone()]),
            )
            .chain(
                forms
                    .picks
                    .iter()
                    .flat_map(|(_, label, a11y)| [label.clone(), a11y.clone()]),
            )
            .collect()
    };
    let (en, ja) = (texts(&en), texts(&ja));
    // 11 entries, 7 choices and 2 ways of picking, each a label and a screen reader text.
    assert_eq!(en.len(), 40);
    for (en, ja) in en.iter().zip(&ja) {
        // A missing message reads as its id.
        assert!(!en.is_empty() && !en.contains("app-"), "{en}");
        assert!(!ja.is_empty() && !ja.contains("app-"), "{ja}");
        assert_ne!(en, ja);
    }
}

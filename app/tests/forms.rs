//! The forms in the view models: every entry names a field of the event it fills (checked
//! against the event's own types, so a new field breaks this test), every label and screen
//! reader text is a real message in both languages, and the card facts and trip forms open with
//! what is stored (saved unchanged, they store the same).

mod support;

use std::collections::BTreeSet;

use shikaku_app::forms::{FieldValue, FormField, PickSource};
use shikaku_app::screens::school_pack::SchoolPackView;
use shikaku_app::{App, Event, Screen, ScreenView};
use shikaku_core::numbers::Last4;
use shikaku_core::scenario::Visit;
use shikaku_core::test_support::date;
use shikaku_core::text::Language;
use shikaku_core::vault::{CardRecord, MemberId, NewMember, Relation};
use shikaku_core::JapanDate;

use support::{household, member_view, new_app, FakeShell};

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

fn school_pack_view(app: &App, member: MemberId) -> SchoolPackView {
    match app.view_of(Screen::SchoolPack { member }).content {
        ScreenView::SchoolPack { view } => view,
        _ => panic!("not the school pack"),
    }
}

/// What each entry holds when the form opens, by name.
fn values(fields: &[FormField]) -> Vec<(&str, Option<&FieldValue>)> {
    fields
        .iter()
        .map(|field| (field.name.as_str(), field.value.as_ref()))
        .collect()
}

/// The value of entry `name`, as a shell reads it when the user sends the form.
fn value<'f>(fields: &'f [FormField], name: &str) -> Option<&'f FieldValue> {
    fields
        .iter()
        .find(|field| field.name == name)
        .and_then(|field| field.value.as_ref())
}

fn date_of(fields: &[FormField], name: &str) -> Option<JapanDate> {
    match value(fields, name)? {
        FieldValue::Date { date } => Some(*date),
        other => panic!("{name} holds {other:?}"),
    }
}

fn text_of(fields: &[FormField], name: &str) -> Option<String> {
    match value(fields, name)? {
        FieldValue::Text { text } => Some(text.clone()),
        other => panic!("{name} holds {other:?}"),
    }
}

fn text(text: &str) -> FieldValue {
    FieldValue::Text { text: text.into() }
}

fn day(text: &str) -> FieldValue {
    FieldValue::Date { date: date(text) }
}

/// `SaveCardFacts` as a shell builds it from the form as it opened (nobody typed anything).
fn save_card_unchanged(member: MemberId, fields: &[FormField]) -> Event {
    let registered = match value(fields, "insurance_registered") {
        Some(FieldValue::Toggle { on }) => *on,
        other => panic!("insurance_registered holds {other:?}"),
    };
    Event::SaveCardFacts {
        member,
        card: CardRecord {
            expires: date_of(fields, "expires"),
            ecert_expires: date_of(fields, "ecert_expires").expect("the certificate's expiry"),
            insurance_registered: registered,
            last4: text_of(fields, "last4").map(|digits| Last4::parse(&digits).unwrap()),
        },
    }
}

#[test]
fn the_card_form_opens_with_the_stored_card_facts_and_saves_them_unchanged() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = new_app(&root.path().join("v"), &mut shell, Language::En);
    let [adult, _, _, certificate_only] = household(&mut app, &mut shell);
    let full = CardRecord {
        expires: Some(date("2031-05-20")),
        ecert_expires: date("2031-05-21"),
        insurance_registered: true,
        last4: Some(Last4::parse("0123").unwrap()),
    };
    let sparse = CardRecord {
        expires: None,
        ecert_expires: date("2027-01-31"),
        insurance_registered: false,
        last4: None,
    };
    let expected = [
        vec![
            ("expires", Some(day("2031-05-20"))),
            ("ecert_expires", Some(day("2031-05-21"))),
            (
                "insurance_registered",
                Some(FieldValue::Toggle { on: true }),
            ),
            // The stored last four digits, as stored: nothing else of the My Number is kept.
            ("last4", Some(text("0123"))),
        ],
        vec![
            ("expires", None),
            ("ecert_expires", Some(day("2027-01-31"))),
            (
                "insurance_registered",
                Some(FieldValue::Toggle { on: false }),
            ),
            ("last4", None),
        ],
    ];
    for (card, expected) in [full, sparse].into_iter().zip(expected) {
        shell.send(
            &mut app,
            Event::SaveCardFacts {
                member: adult,
                card,
            },
        );
        let before = member_view(&app, adult);
        let form = before.card_form.fields.clone();
        let expected: Vec<_> = expected.iter().map(|(n, v)| (*n, v.as_ref())).collect();
        assert_eq!(values(&form), expected);

        shell.send(&mut app, save_card_unchanged(adult, &form));
        assert_eq!(app.view().banner.map(|line| line.tone), None);
        assert_eq!(member_view(&app, adult), before);
    }

    // Nothing stored: the form opens empty, as the household's add form does.
    let empty = member_view(&app, certificate_only).card_form.fields;
    assert!(empty.iter().all(|field| field.value.is_none()), "{empty:?}");
}

#[test]
fn the_trip_form_opens_with_the_planned_trip_and_saves_it_unchanged() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = new_app(&root.path().join("v"), &mut shell, Language::Ja);
    let [_, child, _, _] = household(&mut app, &mut shell);
    let before = school_pack_view(&app, child);
    let form = &before.plan_form;
    assert_eq!(
        values(&form.fields),
        [
            ("starts", Some(&day("2026-12-14"))),
            ("ends", Some(&day("2026-12-16"))),
            ("contact", Some(&text("090-0000-0000"))),
        ]
    );
    let chosen: Vec<_> = form.visits.iter().map(|c| (c.visit, c.selected)).collect();
    assert_eq!(chosen, [(Visit::SchoolTrip, true), (Visit::Nursery, false)]);

    // Sent back as it opened, with the chosen kind: the same trip.
    let visit = form.visits.iter().find(|c| c.selected).unwrap().visit;
    let event = Event::PlanSchoolTrip {
        member: child,
        visit,
        starts: date_of(&form.fields, "starts").unwrap(),
        ends: date_of(&form.fields, "ends").unwrap(),
        contact: text_of(&form.fields, "contact"),
    };
    shell.send(&mut app, event);
    assert_eq!(app.view().banner.map(|line| line.tone), None);
    assert_eq!(school_pack_view(&app, child), before);

    // A nursery stay without a contact: the nursery is chosen, the contact empty.
    shell.send(
        &mut app,
        Event::PlanSchoolTrip {
            member: child,
            visit: Visit::Nursery,
            starts: date("2027-04-01"),
            ends: date("2027-04-01"),
            contact: None,
        },
    );
    let form = school_pack_view(&app, child).plan_form;
    assert_eq!(
        values(&form.fields),
        [
            ("starts", Some(&day("2027-04-01"))),
            ("ends", Some(&day("2027-04-01"))),
            ("contact", None),
        ]
    );
    let chosen: Vec<_> = form.visits.iter().map(|c| (c.visit, c.selected)).collect();
    assert_eq!(chosen, [(Visit::SchoolTrip, false), (Visit::Nursery, true)]);
}

#[test]
fn a_child_without_a_trip_gets_an_empty_trip_form() {
    let root = tempfile::tempdir().unwrap();
    let mut shell = FakeShell::new();
    let mut app = new_app(&root.path().join("v"), &mut shell, Language::En);
    let member = NewMember {
        name: "Kodomo".into(),
        kana: None,
        birth_date: Some(date("2015-04-02")),
        relation: Relation::Child,
        mynaportal_app: false,
    };
    shell.send(&mut app, Event::AddMember { member });
    let form = school_pack_view(&app, MemberId(1)).plan_form;
    assert_eq!(
        values(&form.fields),
        [("starts", None), ("ends", None), ("contact", None)]
    );
    assert!(form.visits.iter().all(|choice| !choice.selected));
    let card = member_view(&app, MemberId(1)).card_form.fields;
    assert!(card.iter().all(|field| field.value.is_none()), "{card:?}");
}

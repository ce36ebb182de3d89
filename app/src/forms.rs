//! The forms the shells draw (入力フォーム): each entry of an event a user fills in — adding a
//! member, the card facts, a school trip — with its label, what a screen reader says and how it
//! is typed, and the choices of picking a document, so no shell chooses a word for a form.

use serde::Serialize;
use shikaku_core::scenario::Visit;
use shikaku_core::text;
use shikaku_core::vault::{CardRecord, Member, Relation};
use shikaku_core::JapanDate;

use crate::planning::Trip;
use crate::words::{Action, Words};

/// How an entry is typed (the keyboard or control the shell shows).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum EntryKind {
    /// Free text (a name).
    Text,
    /// A date, sent as a date (a date picker).
    Date,
    /// Digits only (the last four digits of the My Number).
    Digits,
    /// A phone number.
    Phone,
    /// On or off.
    Toggle,
}

/// What an entry holds now (入力済みの値), of its entry's kind: a form that edits something
/// stored starts from it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum FieldValue {
    /// Text (a name, digits, a phone number).
    Text {
        /// The text.
        text: String,
    },
    /// A date.
    Date {
        /// The date.
        date: JapanDate,
    },
    /// On or off.
    Toggle {
        /// Whether it is on.
        on: bool,
    },
}

/// One entry of a form (入力欄).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FormField {
    /// The event's field it fills (`birth_date`, `ecert_expires`, `starts`).
    pub name: String,
    /// The label.
    pub label: String,
    /// What a screen reader says (the label with a hint).
    pub accessibility: String,
    /// How it is typed.
    pub kind: EntryKind,
    /// Whether the event needs it.
    pub required: bool,
    /// What it holds when the form opens (`None`: empty).
    pub value: Option<FieldValue>,
}

/// A relation to choose (続柄).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RelationChoice {
    /// The relation sent.
    pub relation: Relation,
    /// The label.
    pub label: String,
    /// What a screen reader says.
    pub accessibility: String,
    /// Chosen when the form opens (the member's relation, in an edit form).
    pub selected: bool,
}

/// What a trip is, to choose (修学旅行・保育所).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TripKindChoice {
    /// The visit sent.
    pub visit: Visit,
    /// The label.
    pub label: String,
    /// What a screen reader says.
    pub accessibility: String,
    /// Chosen when the form opens (the planned trip's kind).
    pub selected: bool,
}

/// Where a document comes from when the user picks one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PickSource {
    /// A file on the phone (the system file picker).
    File,
    /// Scanning a paper document with the camera (the system document scanner).
    Scan,
}

/// One way of picking a document, offered when the shell performs `Effect::PickDocument`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PickChoice {
    /// Which way.
    pub source: PickSource,
    /// The label.
    pub label: String,
    /// What a screen reader says.
    pub accessibility: String,
}

/// A form: its entries in order, the choices it offers, and the button that sends the event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MemberForm {
    /// `name`, `kana`, `birth_date`, `mynaportal_app` of `NewMember`.
    pub fields: Vec<FormField>,
    /// The `relation` to choose, in this order.
    pub relations: Vec<RelationChoice>,
    /// Sends `Event::AddMember` (the household's form) or `Event::EditMember` (the member's).
    pub submit: Action,
}

/// The card facts form (`Event::SaveCardFacts` with a `CardRecord`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CardFactsForm {
    /// `expires`, `ecert_expires`, `insurance_registered`, `last4`.
    pub fields: Vec<FormField>,
    /// Sends `Event::SaveCardFacts`.
    pub submit: Action,
}

/// The school trip form (`Event::PlanSchoolTrip`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TripForm {
    /// The `visit` to choose.
    pub visits: Vec<TripKindChoice>,
    /// `starts`, `ends`, `contact`.
    pub fields: Vec<FormField>,
    /// Sends `Event::PlanSchoolTrip`.
    pub submit: Action,
}

/// The relation's name (続柄).
pub(crate) fn relation_name(words: Words, relation: Relation) -> String {
    words.get(&format!("app-relation-{}", text::code(&relation)))
}

/// The entries of form `form`, each `(name, kind, required)` with what it holds when the form
/// opens (`None`: empty): labels `app-form-{form}-{name}`, screen reader texts
/// `app-form-{form}-{name}-a11y`. A form that edits something stored passes its values, so saving
/// it unchanged stores the same.
fn fields<const N: usize>(
    words: Words,
    form: &str,
    entries: [(&str, EntryKind, bool); N],
    values: [Option<FieldValue>; N],
) -> Vec<FormField> {
    entries
        .into_iter()
        .zip(values)
        .map(|((name, kind, required), value)| {
            let id = format!("app-form-{form}-{name}");
            FormField {
                name: name.to_owned(),
                label: words.get(&id),
                accessibility: words.get(&format!("{id}-a11y")),
                kind,
                required,
                value,
            }
        })
        .collect()
}

/// A stored text as an entry's value.
fn text_value(text: &str) -> FieldValue {
    FieldValue::Text {
        text: text.to_owned(),
    }
}

/// A stored date as an entry's value.
fn date_value(date: JapanDate) -> FieldValue {
    FieldValue::Date { date }
}

/// A choice's label and what a screen reader says: the group, then the choice.
fn choice(words: Words, group: &str, label: String) -> (String, String) {
    let accessibility = words.with(
        "app-a11y-choice",
        &[("group", &words.get(group)), ("choice", &label)],
    );
    (label, accessibility)
}

/// The household's "add member" form (`current`: `None`), or a member's edit form, filled with
/// what is stored of them.
pub(crate) fn member_form(words: Words, current: Option<&Member>) -> MemberForm {
    let relations = [
        Relation::Myself,
        Relation::Spouse,
        Relation::Child,
        Relation::Parent,
        Relation::Other,
    ];
    let entries = [
        ("name", EntryKind::Text, true),
        ("kana", EntryKind::Text, false),
        ("birth_date", EntryKind::Date, false),
        ("mynaportal_app", EntryKind::Toggle, false),
    ];
    // What is stored of the member, entry by entry.
    let values = [
        current.map(|m| text_value(&m.name)),
        current.and_then(|m| m.kana.as_deref()).map(text_value),
        current.and_then(|m| m.birth_date).map(date_value),
        current.map(|m| FieldValue::Toggle {
            on: m.mynaportal_app,
        }),
    ];
    MemberForm {
        fields: fields(words, "member", entries, values),
        relations: relations
            .into_iter()
            .map(|relation| {
                let (label, accessibility) = choice(
                    words,
                    "app-form-member-relation",
                    relation_name(words, relation),
                );
                RelationChoice {
                    relation,
                    label,
                    accessibility,
                    selected: current.is_some_and(|m| m.relation == relation),
                }
            })
            .collect(),
        submit: words.action(
            if current.is_some() {
                "app-form-member-save"
            } else {
                "app-household-add"
            },
            true,
        ),
    }
}

/// The member's card facts form, filled with their stored card facts (`stored`: `None` when
/// nothing is stored). Saving rewrites the whole record, so every fact is filled in: the last four
/// digits are the stored `Last4`, never more (R-NUM-2).
pub(crate) fn card_facts_form(words: Words, stored: Option<&CardRecord>) -> CardFactsForm {
    let entries = [
        ("expires", EntryKind::Date, false),
        ("ecert_expires", EntryKind::Date, true),
        ("insurance_registered", EntryKind::Toggle, false),
        ("last4", EntryKind::Digits, false),
    ];
    let values = [
        stored.and_then(|card| card.expires).map(date_value),
        stored.map(|card| date_value(card.ecert_expires)),
        stored.map(|card| FieldValue::Toggle {
            on: card.insurance_registered,
        }),
        stored
            .and_then(|card| card.last4.as_ref())
            .map(|last4| text_value(last4.as_str())),
    ];
    CardFactsForm {
        fields: fields(words, "card", entries, values),
        submit: words.action("app-form-card-save", true),
    }
}

/// The school pack's trip form, filled with the planned trip (`planned`: `None` when none is).
pub(crate) fn trip_form(words: Words, planned: Option<&Trip>) -> TripForm {
    let entries = [
        ("starts", EntryKind::Date, true),
        ("ends", EntryKind::Date, true),
        ("contact", EntryKind::Phone, false),
    ];
    let values = [
        planned.map(|trip| date_value(trip.starts)),
        planned.map(|trip| date_value(trip.ends)),
        planned
            .and_then(|trip| trip.contact.as_deref())
            .map(text_value),
    ];
    TripForm {
        visits: [Visit::SchoolTrip, Visit::Nursery]
            .into_iter()
            .map(|visit| {
                let name = text::visit_name(words.0, visit);
                let (label, accessibility) = choice(words, "app-form-trip-visit", name);
                TripKindChoice {
                    visit,
                    label,
                    accessibility,
                    selected: planned.is_some_and(|trip| trip.visit == visit),
                }
            })
            .collect(),
        fields: fields(words, "trip", entries, values),
        submit: words.action("app-form-trip-save", true),
    }
}

/// The two ways of picking a document to import.
pub(crate) fn pick_choices(words: Words) -> Vec<PickChoice> {
    [(PickSource::File, "file"), (PickSource::Scan, "scan")]
        .into_iter()
        .map(|(source, code)| {
            let id = format!("app-form-pick-{code}");
            PickChoice {
                source,
                label: words.get(&id),
                accessibility: words.get(&format!("{id}-a11y")),
            }
        })
        .collect()
}

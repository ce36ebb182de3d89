//! One member (世帯員): documents held, card facts, PIN status, and what is missing.

use serde::Serialize;
use shikaku_core::dates::age_on;
use shikaku_core::import::Field;
use shikaku_core::pin::PinKind;
use shikaku_core::scenario::{OnlineCheck, Visit};
use shikaku_core::text;
use shikaku_core::vault::{DocumentField, DocumentId, DocumentKind, MemberId, Relation, Vault};
use shikaku_core::JapanDate;

use super::household::{clinic_advice, status, status_line};
use super::pin::tries_line;
use crate::forms::{
    card_facts_form, member_form, pick_choices, relation_name, CardFactsForm, MemberForm,
    PickChoice,
};
use crate::problem::Problem;
use crate::screen::Screen;
use crate::use_cases::counter_card::CounterCard;
use crate::words::{Action, DateText, Fact, Line, Tone, Words};

/// One stored document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentRow {
    /// The document (for showing or removing it).
    pub document: DocumentId,
    /// What it is.
    pub kind: String,
    /// The date that makes it valid or stale (saved, issued, expires), named.
    pub key_date: Option<Fact>,
    /// When it was stored in the app.
    pub stored_on: DateText,
    /// What a screen reader says.
    pub accessibility: String,
    /// Delete it (`Event::RemoveDocument`).
    pub remove: Action,
}

/// The member screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MemberView {
    /// The member.
    pub member: MemberId,
    /// Their name.
    pub name: String,
    /// Their relation.
    pub relation: String,
    /// How they stand.
    pub status: Line,
    /// Date of birth and age.
    pub birth: Option<Fact>,
    /// Their documents, latest stored first.
    pub documents: Vec<DocumentRow>,
    /// What is known of their My Number card.
    pub card: Vec<Fact>,
    /// Each PIN's tries left.
    pub pins: Vec<Fact>,
    /// What is missing, most important first.
    pub missing: Vec<Line>,
    /// Show the counter card.
    pub counter_card: Action,
    /// Check a visit.
    pub visit_check: Action,
    /// Where `visit_check` goes (`Event::Navigate`): an ordinary clinic visit, the reader's
    /// state not known yet.
    pub visit_check_screen: Screen,
    /// Import a document.
    pub import: Action,
    /// The PIN screen.
    pub pin: Action,
    /// Read the card.
    pub scan: Action,
    /// The school or nursery pack (children only).
    pub school_pack: Option<Action>,
    /// Change the name and details: opens `edit_form`.
    pub edit: Action,
    /// The form `edit` opens, filled with what is stored (`Event::EditMember`).
    pub edit_form: MemberForm,
    /// The card facts form, filled with the stored card facts (`Event::SaveCardFacts`).
    pub card_form: CardFactsForm,
    /// The ways of picking a document for `import`.
    pub pick_from: Vec<PickChoice>,
    /// Remove the member with their documents (`Event::RemoveMember`; the view model then asks).
    pub remove: Action,
}

/// The field holding a document kind's key date, and how it is named.
pub(crate) fn key_date_field(kind: DocumentKind) -> Option<DocumentField> {
    match kind {
        DocumentKind::MynaportalPdf => Some(Field::SavedAt.into()),
        DocumentKind::Notice => Some(DocumentField::Issued),
        DocumentKind::Certificate | DocumentKind::LegacyCard => Some(DocumentField::Expires),
        DocumentKind::Image | DocumentKind::Unknown => None,
    }
}

/// A document kind's name.
pub(crate) fn kind_name(words: Words, kind: DocumentKind) -> String {
    words.get(&format!("app-kind-{}", text::code(&kind)))
}

/// Builds the screen.
pub(crate) fn render(
    vault: &Vault,
    member: MemberId,
    today: JapanDate,
    words: Words,
) -> Result<MemberView, Problem> {
    let card = CounterCard::read(vault, member)?;
    let advice = clinic_advice(&card, today);
    let person = &card.member;
    let mut documents: Vec<DocumentRow> = card
        .documents
        .items
        .iter()
        .map(|doc| {
            let kind = kind_name(words, doc.kind);
            let key_date = key_date_field(doc.kind).and_then(|field| {
                let date = doc.date(field)?;
                Some(words.fact(
                    &format!("app-field-{}", field.name()),
                    words.date(date).text,
                    Tone::Plain,
                ))
            });
            let stored_on = words.date(doc.stored_on);
            DocumentRow {
                document: doc.id,
                accessibility: words.with(
                    "app-a11y-document",
                    &[("kind", &kind), ("stored", &stored_on.text)],
                ),
                remove: Action {
                    accessibility: words.with("app-a11y-document-remove", &[("kind", &kind)]),
                    ..words.action("app-member-document-remove", true)
                },
                kind,
                key_date,
                stored_on,
            }
        })
        .collect();
    documents.reverse();
    let card_facts = match &card.card {
        Some(facts) => vec![
            words.fact(
                "app-card-expires",
                facts
                    .expires
                    .map_or_else(|| words.get("app-not-known"), |date| words.date(date).text),
                Tone::Plain,
            ),
            words.fact(
                "app-card-ecert_expires",
                words.date(facts.ecert_expires).text,
                Tone::Plain,
            ),
            words.fact(
                "app-card-registered",
                words.get(if facts.insurance_registered {
                    "app-yes"
                } else {
                    "app-no"
                }),
                if facts.insurance_registered {
                    Tone::Ok
                } else {
                    Tone::Warning
                },
            ),
        ],
        None => Vec::new(),
    };
    let pins = PinKind::ALL
        .iter()
        .map(|&kind| {
            let line = tries_line(words, card.pins.tries_left(kind));
            words.fact_named(text::pin_kind_name(words.0, kind), line.text, line.tone)
        })
        .collect();
    let held = |kind| card.documents.items.iter().any(|doc| doc.kind == kind);
    let mut missing = Vec::new();
    if card.card.is_none() {
        missing.push("app-missing-card");
    }
    if !held(DocumentKind::MynaportalPdf)
        && !held(DocumentKind::Notice)
        && !held(DocumentKind::Certificate)
    {
        missing.push("app-missing-record");
    }
    if person.birth_date.is_none() {
        missing.push("app-missing-birth_date");
    }
    let child = person.relation == Relation::Child;
    Ok(MemberView {
        member,
        name: person.name.clone(),
        relation: relation_name(words, person.relation),
        status: status_line(words, status(&advice)),
        birth: person.birth_date.map(|birth| {
            let age = age_on(birth, today).to_string();
            let date = words.date(birth).text;
            words.fact_named(
                words.get("app-member-birth"),
                words.with("app-member-birth-age", &[("date", &date), ("age", &age)]),
                Tone::Plain,
            )
        }),
        documents,
        card: card_facts,
        pins,
        missing: missing
            .into_iter()
            .map(|id| words.line(words.get(id), Tone::Info))
            .collect(),
        counter_card: words.action("app-title-counter_card", true),
        visit_check: words.action("app-title-visit_check", true),
        // The visit most people check, and the reader as yet unknown: the visit check then
        // offers the others.
        visit_check_screen: Screen::VisitCheck {
            member,
            visit: Visit::Clinic,
            online_check: OnlineCheck::Unknown,
        },
        import: words.action("app-member-import", true),
        pin: words.action("app-title-pin", true),
        scan: words.action("app-title-card_scan", true),
        school_pack: child.then(|| words.action("app-title-school_pack", true)),
        edit: words.action("app-member-edit", true),
        edit_form: member_form(words, Some(person)),
        card_form: card_facts_form(words, card.card.as_ref()),
        pick_from: pick_choices(words),
        remove: words.action("app-household-remove", true),
    })
}

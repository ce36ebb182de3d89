//! The counter card (窓口カード): the screen held up at reception — name, insurer, 記号・番号・枝番
//! as printed, the co-payment ratio and its expiry, the stored document to show, and whether to
//! show it with the My Number card. Drawn large, in high contrast, with the screen kept on.

use serde::Serialize;
use shikaku_core::advice::Item;
use shikaku_core::import::Field;
use shikaku_core::text;
use shikaku_core::vault::{DocumentField, DocumentId, DocumentSummary, MemberId, Vault};
use shikaku_core::JapanDate;

use super::household::clinic_advice;
use super::member::kind_name;
use crate::problem::Problem;
use crate::use_cases::counter_card::CounterCard;
use crate::words::{Fact, Line, Tone, Words};

/// The stored document to show at the counter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ShownDocument {
    /// The document (the shell shows its bytes).
    pub document: DocumentId,
    /// What it is.
    pub kind: String,
    /// The button that opens it.
    pub label: String,
}

/// The counter card screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CounterCardView {
    /// The member.
    pub member: MemberId,
    /// The name, largest.
    pub name: Line,
    /// 保険者名, 保険者番号, 記号, 番号, 枝番, 本人・家族 as printed, in the document's order.
    pub insurance: Vec<Fact>,
    /// The co-payment ratio and its expiry (70 and over).
    pub share_ratio: Vec<Fact>,
    /// The document to show.
    pub document: Option<ShownDocument>,
    /// How to show it (with the My Number card, or on its own).
    pub how_to_show: Line,
    /// What the staff may ask for, when nothing stored can be shown.
    pub nothing_to_show: Option<Line>,
}

/// The printed fields of a Mynaportal PDF or typed ones, in the order they are printed.
const INSURANCE_FIELDS: [Field; 6] = [
    Field::InsurerName,
    Field::InsurerNumber,
    Field::Symbol,
    Field::Number,
    Field::Branch,
    Field::Relationship,
];

/// Builds the screen.
pub(crate) fn render(
    vault: &Vault,
    member: MemberId,
    today: JapanDate,
    words: Words,
) -> Result<CounterCardView, Problem> {
    let card = CounterCard::read(vault, member)?;
    let advice = clinic_advice(&card, today);
    // The first thing to carry that the app holds a copy of (R-DOC-3).
    let shown = advice
        .carry
        .iter()
        .find_map(|carry| Some((carry.item, card.document_for(carry.item)?)));
    let with_card = card.card.is_some() && advice.carry.iter().any(|c| c.item == Item::Mynacard);
    let fields: Option<&DocumentSummary> = shown.map(|(_, doc)| doc).or_else(|| {
        card.documents.items.iter().rev().find(|doc| {
            INSURANCE_FIELDS
                .iter()
                .any(|&f| doc.fields.contains_key(&DocumentField::Printed(f)))
        })
    });
    let insurance = fields
        .map(|doc| {
            INSURANCE_FIELDS
                .iter()
                .filter_map(|&field| {
                    let value = doc.fields.get(&DocumentField::Printed(field))?;
                    let value = match field {
                        Field::Relationship => words.get(&format!("app-relationship-{value}")),
                        _ => value.clone(),
                    };
                    let label = format!("app-field-{}", field.name());
                    Some(words.fact(&label, value, Tone::Plain))
                })
                .collect()
        })
        .unwrap_or_default();
    let share_ratio = fields
        .map(|doc| {
            let ratio = doc.fields.get(&Field::ShareRatio.into()).map(|tenths| {
                words.fact(
                    "app-field-share_ratio",
                    words.with("app-share-ratio", &[("tenths", tenths)]),
                    Tone::Plain,
                )
            });
            let expires = doc.date(Field::ShareRatioExpires.into()).map(|date| {
                let tone = if date < today {
                    Tone::Critical
                } else {
                    Tone::Plain
                };
                words.fact("app-field-share_ratio_expires", words.date(date).text, tone)
            });
            ratio.into_iter().chain(expires).collect()
        })
        .unwrap_or_default();
    let how = match (shown, with_card) {
        (Some(_), true) => "app-counter-with-card",
        (Some(_), false) => "app-counter-alone",
        (None, true) => "app-counter-card-only",
        (None, false) => "app-counter-nothing",
    };
    let document = shown.map(|(item, doc)| ShownDocument {
        document: doc.id,
        kind: kind_name(words, doc.kind),
        label: words.with(
            "app-counter-open",
            &[("document", &text::item_name(words.0, item))],
        ),
    });
    Ok(CounterCardView {
        member,
        name: Line {
            emphasis: true,
            ..words.line(card.member.name.clone(), Tone::Plain)
        },
        insurance,
        share_ratio,
        document,
        how_to_show: Line {
            emphasis: true,
            ..words.line(words.get(how), Tone::Info)
        },
        nothing_to_show: (shown.is_none() && !with_card)
            .then(|| words.line(words.get("app-counter-nothing-help"), Tone::Critical)),
    })
}

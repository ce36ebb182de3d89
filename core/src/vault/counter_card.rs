//! A member's counter card (窓口カード): what the app shows for one member at a glance, read in one
//! snapshot, and the [`Scenario`] the advice is computed from. Today's date is an input.

use serde::Serialize;

use crate::advice::Item;

use super::card_facts::{self, CardRecord};
use super::documents::{self, DocumentKind, DocumentSummary};
use super::error::Result;
use super::members::{self, Member, MemberId};
use super::pin_log;
use super::{Listing, Vault};
use crate::dates::JapanDate;
use crate::numbers::Last4;
use crate::pin::PinGuard;
use crate::scenario::{
    CardFacts, Certificate, Escort, LegacyCard, Notice, OnlineCheck, Person, Phone, SavedPdf,
    Scenario, Visit,
};

/// Everything stored about one member (窓口カード).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CounterCard {
    /// The member.
    pub member: Member,
    /// Their My Number card facts.
    pub card: Option<CardRecord>,
    /// What is known of each PIN's remaining tries (R-PIN-1).
    pub pins: PinGuard,
    /// Their documents, without the bytes.
    pub documents: Listing<DocumentSummary>,
}

impl Vault {
    /// A member's counter card, read in one snapshot.
    pub fn counter_card(&self, member: MemberId) -> Result<CounterCard> {
        self.read(|conn, key| {
            Ok(CounterCard {
                member: members::load(conn, key, member)?,
                card: card_facts::load(conn, key, member)?,
                pins: pin_log::guard(conn, key, member)?,
                documents: documents::summaries(conn, key, member)?,
            })
        })
    }

    /// The visit to decide on for a member, from the stored facts and `today` (Japan date); the
    /// visit, the clinic's online check and the escort (`None`: the usual one) describe the trip.
    pub fn scenario(
        &self,
        member: MemberId,
        today: JapanDate,
        visit: Visit,
        online_check: OnlineCheck,
        escort: Option<Escort>,
    ) -> Result<Scenario> {
        Ok(Scenario {
            today,
            visit,
            online_check,
            escort,
            person: self.complete_card(member)?.person(),
        })
    }
}

impl Vault {
    /// The counter card, refused when a document of it is damaged: advice or a pack built
    /// from the others could silently rely on an older document.
    pub(crate) fn complete_card(&self, member: MemberId) -> Result<CounterCard> {
        let card = self.counter_card(member)?;
        card.documents.complete()?;
        Ok(card)
    }
}

impl CounterCard {
    /// The person as the advice sees them. Of each document kind the one with the latest date
    /// counts; a document whose required date is missing or unreadable is left out rather than
    /// guessed.
    pub fn person(&self) -> Person {
        let docs = &self.documents.items;
        Person {
            birth_date: self.member.birth_date,
            card: self.card.as_ref().map(|card| CardFacts {
                expires: card.expires,
                ecert_expires: card.ecert_expires,
                insurance_registered: card.insurance_registered,
                pin_failures: self.pins.advice_pin_failures(),
                last4: card.last4.clone(),
            }),
            phone: self.member.mynaportal_app.then_some(Phone {
                mynaportal_app: true,
            }),
            saved_pdf: latest(docs, DocumentKind::MynaportalPdf, "saved_at").map(
                |(saved_at, doc)| SavedPdf {
                    saved_at,
                    share_ratio_expires: date_field(doc, "share_ratio_expires"),
                },
            ),
            notice: latest(docs, DocumentKind::Notice, "issued").map(|(issued, doc)| Notice {
                issued,
                share_ratio_expires: date_field(doc, "share_ratio_expires"),
                last4: doc.fields.get("last4").and_then(|v| Last4::parse(v).ok()),
            }),
            certificate: latest(docs, DocumentKind::Certificate, "expires").map(
                |(expires, doc)| Certificate {
                    expires,
                    copy_only: doc.fields.get("copy_only").is_some_and(|v| v == "true"),
                },
            ),
            legacy_card: latest(docs, DocumentKind::LegacyCard, "expires")
                .map(|(expires, _)| LegacyCard { expires }),
        }
    }
}

impl CounterCard {
    /// The stored document behind an item of the advice (the one [`CounterCard::person`] counts),
    /// to print or show; `None` for the card itself, the app screen, or nothing stored.
    pub fn document_for(&self, item: Item) -> Option<&DocumentSummary> {
        let (kind, field) = match item {
            Item::SavedPdf => (DocumentKind::MynaportalPdf, "saved_at"),
            Item::Notice => (DocumentKind::Notice, "issued"),
            Item::Certificate => (DocumentKind::Certificate, "expires"),
            Item::LegacyCard => (DocumentKind::LegacyCard, "expires"),
            Item::Mynacard | Item::MynaportalScreen => return None,
        };
        latest(&self.documents.items, kind, field).map(|(_, doc)| doc)
    }
}

/// A date field: an ISO date, or the date part of an ISO date-time.
fn date_field(doc: &DocumentSummary, name: &str) -> Option<JapanDate> {
    let value = doc.fields.get(name)?;
    value.get(..10).unwrap_or(value).parse().ok()
}

/// The document of `kind` with the latest `field` date (the later-stored one on a tie).
fn latest<'a>(
    docs: &'a [DocumentSummary],
    kind: DocumentKind,
    field: &str,
) -> Option<(JapanDate, &'a DocumentSummary)> {
    docs.iter()
        .filter(|doc| doc.kind == kind)
        .filter_map(|doc| Some((date_field(doc, field)?, doc)))
        .max_by_key(|(date, doc)| (*date, doc.id))
}

//! A member's counter card (窓口カード): what the app shows for one member at a glance, read in one
//! snapshot, and the [`Scenario`] the advice is computed from. Today's date is an input.

use std::collections::BTreeMap;

use serde::Serialize;

use super::card_facts::{self, CardRecord};
use super::documents::{self, DocumentKind, DocumentSummary};
use super::error::Result;
use super::members::{self, Member, MemberId};
use super::pin_log;
use super::{Listing, Vault};
use crate::dates::Date;
use crate::numbers::Last4;
use crate::pin::PinKind;
use crate::scenario::{
    CardFacts, Certificate, LegacyCard, Notice, OnlineCheck, Person, Phone, SavedPdf, Scenario,
    Visit,
};

/// Everything stored about one member (窓口カード).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CounterCard {
    /// The member.
    pub member: Member,
    /// Their My Number card facts.
    pub card: Option<CardRecord>,
    /// Consecutive wrong entries per PIN kind (R-PIN-1).
    pub pin_failures: BTreeMap<PinKind, u32>,
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
                pin_failures: pin_log::failures(conn, key, member)?,
                documents: documents::summaries(conn, key, member)?,
            })
        })
    }

    /// The visit to decide on for a member, from the stored facts and `today` (Japan date).
    pub fn scenario(
        &self,
        member: MemberId,
        today: Date,
        visit: Visit,
        online_check: OnlineCheck,
    ) -> Result<Scenario> {
        Ok(Scenario {
            today,
            visit,
            online_check,
            escort: None,
            person: self.counter_card(member)?.person(),
        })
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
                pin_failures: self.four_digit_pin_failures(),
                last4: card.last4.clone(),
            }),
            phone: self.member.mynaportal_app.then(|| Phone {
                mynaportal_app: true,
            }),
            saved_pdf: latest(docs, DocumentKind::MynaportalPdf, "saved_at").map(|(saved_at, doc)| {
                SavedPdf {
                    saved_at,
                    share_ratio_expires: date_field(doc, "share_ratio_expires"),
                }
            }),
            notice: latest(docs, DocumentKind::Notice, "issued").map(|(issued, doc)| Notice {
                issued,
                share_ratio_expires: date_field(doc, "share_ratio_expires"),
                last4: doc.fields.get("last4").and_then(|v| Last4::parse(v).ok()),
            }),
            certificate: latest(docs, DocumentKind::Certificate, "expires").map(|(expires, doc)| {
                Certificate {
                    expires,
                    copy_only: doc.fields.get("copy_only").is_some_and(|v| v == "true"),
                }
            }),
            legacy_card: latest(docs, DocumentKind::LegacyCard, "expires")
                .map(|(expires, _)| LegacyCard { expires }),
        }
    }

    /// The highest count among the three 4-digit PINs: they may share one value, so a wrong
    /// guess tried on each can lock several, and the app never claims tries are left (R-PIN-1).
    fn four_digit_pin_failures(&self) -> u32 {
        self.pin_failures
            .iter()
            .filter(|(kind, _)| **kind != PinKind::Signature)
            .map(|(_, count)| *count)
            .max()
            .unwrap_or(0)
    }
}

/// A date field: an ISO date, or the date part of an ISO date-time.
fn date_field(doc: &DocumentSummary, name: &str) -> Option<Date> {
    let value = doc.fields.get(name)?;
    value.get(..10).unwrap_or(value).parse().ok()
}

/// The document of `kind` with the latest `field` date (the later-stored one on a tie).
fn latest<'a>(
    docs: &'a [DocumentSummary],
    kind: DocumentKind,
    field: &str,
) -> Option<(Date, &'a DocumentSummary)> {
    docs.iter()
        .filter(|doc| doc.kind == kind)
        .filter_map(|doc| Some((date_field(doc, field)?, doc)))
        .max_by_key(|(date, doc)| (*date, doc.id))
}

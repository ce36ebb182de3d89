//! A member's counter card (窓口カード): what the app shows for one member at a glance, read in one
//! snapshot, and the [`Scenario`] the advice is computed from. Today's date is an input.

use serde::Serialize;

use crate::advice::Item;

use super::card_facts::{self, CardRecord};
use super::documents::{self, DocumentField, DocumentKind, DocumentSummary};
use super::error::Result;
use super::member_facts::MemberFacts;
use super::members::{self, Member, MemberId};
use super::pin_log;
use super::{Listing, Vault};
use crate::dates::JapanDate;
use crate::import::Field;
use crate::numbers::Last4;
use crate::pin::{PinGuard, PinKind, TriesLeft};
use crate::scenario::{
    CardFacts, Certificate, Escort, LegacyCard, Notice, OnlineCheck, Person, Phone, SavedPdf,
    Scenario, Visit,
};

/// Everything stored about one member (窓口カード).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CounterCard {
    /// The member.
    pub member: Member,
    /// What is known of their insurance situation (version 2).
    pub facts: MemberFacts,
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
                facts: members::load_facts(conn, key, member)?,
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
    /// guessed. A document that names someone else and was not confirmed (R-OWNER-1) reaches the
    /// advice as `owner_mismatch`, and only when no other of its kind is held.
    pub fn person(&self) -> Person {
        let docs = &self.documents.items;
        let facts = &self.facts;
        Person {
            name: Some(self.member.name.clone()),
            birth_date: self.member.birth_date,
            card: self.card.as_ref().map(|card| CardFacts {
                expires: card.expires,
                ecert_expires: card.ecert_expires,
                insurance_registered: card.insurance_registered,
                pin_failures: pin_failures(&self.pins),
                last4: card.last4.clone(),
                owner_mismatch: false,
            }),
            phone: (self.member.mynaportal_app || facts.smartphone_card).then_some(Phone {
                mynaportal_app: self.member.mynaportal_app,
                smartphone_card: facts.smartphone_card,
            }),
            saved_pdf: latest(docs, DocumentKind::MynaportalPdf, SAVED_AT).map(
                |(saved_at, doc)| SavedPdf {
                    saved_at,
                    share_ratio_expires: doc.date(SHARE_RATIO_EXPIRES),
                    owner_mismatch: doc.owner_unconfirmed(),
                },
            ),
            notice: latest(docs, DocumentKind::Notice, DocumentField::Issued).map(
                |(issued, doc)| Notice {
                    issued,
                    share_ratio_expires: doc.date(SHARE_RATIO_EXPIRES),
                    last4: doc
                        .fields
                        .get(&DocumentField::Last4)
                        .and_then(|v| Last4::parse(v).ok()),
                    valid_from: doc.date(DocumentField::ValidFrom),
                    owner_mismatch: doc.owner_unconfirmed(),
                },
            ),
            certificate: latest(docs, DocumentKind::Certificate, DocumentField::Expires).map(
                |(expires, doc)| Certificate {
                    expires,
                    copy_only: doc.flag(DocumentField::CopyOnly),
                    valid_from: doc.date(DocumentField::ValidFrom),
                    limit_category: doc.flag(DocumentField::LimitCategory),
                    owner_mismatch: doc.owner_unconfirmed(),
                },
            ),
            legacy_card: latest(docs, DocumentKind::LegacyCard, DocumentField::Expires).map(
                |(expires, doc)| LegacyCard {
                    expires,
                    owner_mismatch: doc.owner_unconfirmed(),
                },
            ),
            insurance_changed_on: facts.insurance_changed_on,
            new_insurer_registered: facts.new_insurer_registered,
            limit_certificate: facts.limit_certificate.clone(),
            elderly_income_general: facts.elderly_income_general,
            subsidy_card: facts.subsidy_card.clone(),
        }
    }
}

/// 保存日時 of a Mynaportal PDF: the date its facts are as of.
const SAVED_AT: DocumentField = DocumentField::Printed(Field::SavedAt);
/// 一部負担金割合の有効期限 (R-AGE-70).
const SHARE_RATIO_EXPIRES: DocumentField = DocumentField::Printed(Field::ShareRatioExpires);

/// The advice's `pin_failures` from the PIN log: `None` when the card's last read gave no count
/// (the advice then warns that a PIN may be needed rather than guess, R-PIN-1).
fn pin_failures(pins: &PinGuard) -> Option<u32> {
    match pins.tries_left(PinKind::UserCertificate) {
        TriesLeft::Unknown => None,
        TriesLeft::AtMost(_) | TriesLeft::Locked => Some(pins.advice_pin_failures()),
    }
}

impl CounterCard {
    /// The stored document behind an item of the advice (the one [`CounterCard::person`] counts),
    /// to print or show; `None` for the card itself, the app screen, nothing stored, or a document
    /// that names someone else and was not confirmed (R-OWNER-1).
    pub fn document_for(&self, item: Item) -> Option<&DocumentSummary> {
        let (kind, field) = match item {
            Item::SavedPdf => (DocumentKind::MynaportalPdf, SAVED_AT),
            Item::Notice => (DocumentKind::Notice, DocumentField::Issued),
            Item::Certificate => (DocumentKind::Certificate, DocumentField::Expires),
            Item::LegacyCard => (DocumentKind::LegacyCard, DocumentField::Expires),
            Item::Mynacard
            | Item::MynaportalScreen
            | Item::Smartphone
            | Item::SubsidyCard
            | Item::LimitCertificate => return None,
        };
        latest(&self.documents.items, kind, field)
            .map(|(_, doc)| doc)
            .filter(|doc| !doc.owner_unconfirmed())
    }
}

/// The document of `kind` with the latest `field` date (the later-stored one on a tie). A document
/// that names someone else and was not confirmed (R-OWNER-1) is taken only when no other of its
/// kind is held.
fn latest(
    docs: &[DocumentSummary],
    kind: DocumentKind,
    field: DocumentField,
) -> Option<(JapanDate, &DocumentSummary)> {
    docs.iter()
        .filter(|doc| doc.kind == kind)
        .filter_map(|doc| Some((doc.date(field)?, doc)))
        .max_by_key(|(date, doc)| (!doc.owner_unconfirmed(), *date, doc.id))
}

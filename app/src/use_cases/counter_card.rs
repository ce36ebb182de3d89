//! A member's counter card (窓口カード): everything stored about one member, read in one snapshot,
//! and the [`Scenario`] the advice is computed from. Today's date is an input.

use serde::Serialize;
use shikaku_core::advice::Item;
use shikaku_core::import::Field;
use shikaku_core::numbers::Last4;
use shikaku_core::pin::{PinGuard, PinKind, TriesLeft};
use shikaku_core::scenario::{
    CardFacts, Certificate, Escort, LegacyCard, Notice, OnlineCheck, Person, Phone, SavedPdf,
    Scenario, Visit,
};
use shikaku_core::vault::{
    CardRecord, DocumentField, DocumentKind, DocumentSummary, Listing, Member, MemberFacts,
    MemberId, Result, Tables, Vault, VaultError,
};
use shikaku_core::JapanDate;

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

impl CounterCard {
    /// A member's counter card, read in one snapshot.
    pub fn read(vault: &Vault, member: MemberId) -> Result<CounterCard> {
        vault.read(|tables| CounterCard::read_in(tables, member))
    }

    /// A member's counter card, inside the caller's transaction.
    pub fn read_in<M>(tables: &Tables<'_, M>, member: MemberId) -> Result<CounterCard> {
        let found = tables.members().get_with_facts(member)?;
        let mut cards = CounterCard::read_each_in(tables, vec![found])?;
        cards.pop().ok_or(VaultError::NoSuchMember(member.0))
    }

    /// The counter cards of members already read with their facts (a listing of the household),
    /// in the order given: the card facts, the PIN logs and the documents, inside the caller's
    /// transaction, one statement per table for all of them (`docs/benchmarks.md`, "App core").
    pub fn read_each_in<M>(
        tables: &Tables<'_, M>,
        members: Vec<(Member, MemberFacts)>,
    ) -> Result<Vec<CounterCard>> {
        let ids: Vec<MemberId> = members.iter().map(|(member, _)| member.id).collect();
        let cards = tables.cards().get_each(&ids)?;
        let pins = tables.pin_log().guard_each(&ids)?;
        let documents = tables.documents().list_each(&ids)?;
        let mut read = Vec::with_capacity(members.len());
        let each = cards.into_iter().zip(pins).zip(documents);
        for ((member, facts), ((card, pins), documents)) in members.into_iter().zip(each) {
            read.push(CounterCard {
                member,
                facts,
                card,
                pins,
                documents,
            });
        }
        Ok(read)
    }

    /// The counter card, refused when a document of it is damaged: advice or a pack built from
    /// the others could silently rely on an older document.
    pub fn read_complete_in<M>(tables: &Tables<'_, M>, member: MemberId) -> Result<CounterCard> {
        let card = CounterCard::read_in(tables, member)?;
        card.documents.complete()?;
        Ok(card)
    }

    /// The visit to decide on from this card and `today` (Japan date); the visit, the clinic's
    /// online check and the escort (`None`: the usual one) describe the trip.
    pub fn scenario(
        &self,
        today: JapanDate,
        visit: Visit,
        online_check: OnlineCheck,
        escort: Option<Escort>,
    ) -> Scenario {
        Scenario {
            today,
            visit,
            online_check,
            escort,
            person: self.person(),
        }
    }

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

/// The visit to decide on for a member, from the stored facts (one snapshot, refused when a
/// document is damaged) and `today` (Japan date).
pub fn scenario(
    vault: &Vault,
    member: MemberId,
    today: JapanDate,
    visit: Visit,
    online_check: OnlineCheck,
    escort: Option<Escort>,
) -> Result<Scenario> {
    let card = vault.read(|tables| CounterCard::read_complete_in(tables, member))?;
    Ok(card.scenario(today, visit, online_check, escort))
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

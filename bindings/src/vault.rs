//! The household vault as a native object: create or open it with a platform key (a Kotlin or
//! Swift `KeyProvider`) or a passphrase, then keep members, documents, card facts and the PIN log,
//! and ask for advice, reminders and the school pack from what is stored.
//!
//! Every method is safe from several threads (the core serialises access). Foreign code — the
//! `KeyProvider` and a `CardTransport` — is never called while the vault holds its lock: keys are
//! wrapped outside it, and a card is read first and stored with `apply_card_read`.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use shikaku_app::use_cases::card_read::apply_card_read;
use shikaku_app::use_cases::counter_card::scenario;
use shikaku_app::use_cases::intake::{import_document, Intake};
use shikaku_app::use_cases::reminders::{
    household_calendar, household_reminders, member_reminders, MemberReminder, ReminderWording,
};
use shikaku_app::use_cases::school_pack::{school_pack, MemberSchoolPack};
use shikaku_core::advice::Advice;
use shikaku_core::card::CardRead;
use shikaku_core::import::Field;
use shikaku_core::pin::{PinGuidance, PinKind, TriesLeft};
use shikaku_core::reminders::{CalendarEvent, Reminder};
use shikaku_core::scenario::{Escort, OnlineCheck, Visit};
use shikaku_core::text::Language;
use shikaku_core::vault::{
    CardRecord, DocumentId, DocumentKind, DocumentSummary, KeyProvider, Member, MemberFacts,
    MemberId, NewMember, OwnerCheck, Passphrase, PinOutcome, Unlock, Vault,
};
use shikaku_core::{JapanDate, ShikakuError};

/// What an import stored (取り込み結果), and which fields the user still has to type.
#[derive(uniffi::Record)]
pub struct ImportedDocument {
    /// The stored document.
    pub document: DocumentId,
    /// What the bytes turned out to be.
    pub kind: DocumentKind,
    /// Whether the printed name (and birth date) are the member's (R-OWNER-1): on `Mismatch`
    /// show it and ask the user to confirm (`confirmOwner`) before it is handed over.
    pub owner: OwnerCheck,
    /// Fields the importer could not read with confidence (to be typed by the user).
    pub missing: Vec<Field>,
}

/// A PIN's state as far as the app can tell (暗証番号の状態), and what to tell the user
/// (R-PIN-1..3).
#[derive(uniffi::Record)]
pub struct PinStatus {
    /// Which PIN.
    pub kind: PinKind,
    /// Tries left: at most n, locked, or unknown.
    pub tries_left: TriesLeft,
    /// What to tell the user, most urgent first (texts: `pinGuidanceText`).
    pub guidance: Vec<PinGuidance>,
}

/// The household's members (世帯の構成員); records that failed authentication are listed by name.
#[derive(uniffi::Record)]
pub struct MemberList {
    /// The members that opened, in their order.
    pub members: Vec<Member>,
    /// Damaged or tampered records (`members row 2 (name)`); the others still read.
    pub damaged: Vec<String>,
}

/// A member's stored documents (保存書類の一覧); records that failed authentication are listed by
/// name.
#[derive(uniffi::Record)]
pub struct DocumentList {
    /// The documents that opened.
    pub documents: Vec<DocumentSummary>,
    /// Damaged or tampered records (`documents row 4 (summary)`); the others still read.
    pub damaged: Vec<String>,
}

/// An open, unlocked household vault (世帯の保管庫).
#[derive(uniffi::Object)]
pub struct HouseholdVault {
    inner: Vault,
}

fn passphrase(text: String) -> Result<Passphrase, ShikakuError> {
    Ok(Passphrase::new(text)?)
}

fn wrap(vault: Vault) -> Arc<HouseholdVault> {
    Arc::new(HouseholdVault { inner: vault })
}

/// Destroys the vault in `dir` without unlocking it (a forgotten passphrase must not prevent
/// starting over). Delete the platform key too.
#[uniffi::export]
pub fn wipe_vault(dir: String) -> Result<(), ShikakuError> {
    Ok(Vault::wipe(Path::new(&dir))?)
}

#[uniffi::export]
impl HouseholdVault {
    /// Creates a vault in `dir` whose data key the platform `provider` wraps.
    #[uniffi::constructor]
    pub fn create_with_key(
        dir: String,
        provider: Arc<dyn KeyProvider>,
    ) -> Result<Arc<Self>, ShikakuError> {
        Ok(wrap(Vault::create(
            Path::new(&dir),
            Unlock::Provider(provider.as_ref()),
        )?))
    }

    /// Opens the vault in `dir` with the platform `provider`. A lost key is `KeyUnavailable`:
    /// offer a restore from backup.
    #[uniffi::constructor]
    pub fn open_with_key(
        dir: String,
        provider: Arc<dyn KeyProvider>,
    ) -> Result<Arc<Self>, ShikakuError> {
        Ok(wrap(Vault::open(
            Path::new(&dir),
            Unlock::Provider(provider.as_ref()),
        )?))
    }

    /// Creates a vault in `dir` protected by a passphrase (PBKDF2-HMAC-SHA256).
    #[uniffi::constructor]
    pub fn create_with_passphrase(
        dir: String,
        passphrase_text: String,
    ) -> Result<Arc<Self>, ShikakuError> {
        let secret = passphrase(passphrase_text)?;
        Ok(wrap(Vault::create(
            Path::new(&dir),
            Unlock::Passphrase(&secret),
        )?))
    }

    /// Opens the vault in `dir` with its passphrase.
    #[uniffi::constructor]
    pub fn open_with_passphrase(
        dir: String,
        passphrase_text: String,
    ) -> Result<Arc<Self>, ShikakuError> {
        let secret = passphrase(passphrase_text)?;
        Ok(wrap(Vault::open(
            Path::new(&dir),
            Unlock::Passphrase(&secret),
        )?))
    }

    /// Restores a passphrase-protected backup file into a new vault in `dir`, wrapped for the
    /// platform `provider`.
    #[uniffi::constructor]
    pub fn restore_backup(
        dir: String,
        backup: String,
        backup_passphrase: String,
        provider: Arc<dyn KeyProvider>,
    ) -> Result<Arc<Self>, ShikakuError> {
        let secret = passphrase(backup_passphrase)?;
        let unlock = Unlock::Provider(provider.as_ref());
        Ok(wrap(Vault::restore_backup(
            Path::new(&dir),
            Path::new(&backup),
            &secret,
            unlock,
        )?))
    }

    /// Writes a single-file backup protected by `backup_passphrase` (docs/backup-format.md).
    pub fn export_backup(
        &self,
        path: String,
        backup_passphrase: String,
    ) -> Result<(), ShikakuError> {
        Ok(self
            .inner
            .export_backup(Path::new(&path), &passphrase(backup_passphrase)?)?)
    }

    /// Moves the vault to another platform key: every record is re-encrypted under a new data
    /// key, so the old key (and any copy of the file it opened) no longer opens the records.
    pub fn change_key(&self, provider: Arc<dyn KeyProvider>) -> Result<(), ShikakuError> {
        Ok(self.inner.rotate_key(Unlock::Provider(provider.as_ref()))?)
    }

    /// Changes the vault's passphrase (at least 8 characters): every record is re-encrypted under
    /// a new data key, so the old passphrase opens nothing, not even an older copy's records
    /// through this file. Slow: one key derivation (PBKDF2, 600,000 iterations).
    pub fn change_passphrase(&self, passphrase: String) -> Result<(), ShikakuError> {
        let passphrase = self::passphrase(passphrase)?;
        Ok(self.inner.rotate_key(Unlock::Passphrase(&passphrase))?)
    }

    /// Adds a member at the end of the list; returns the new id.
    pub fn add_member(&self, member: NewMember) -> Result<MemberId, ShikakuError> {
        Ok(self.inner.add_member(&member)?)
    }

    /// Replaces a member's details (name, kana, birth date, relation, app).
    pub fn update_member(&self, member: MemberId, details: NewMember) -> Result<(), ShikakuError> {
        Ok(self.inner.update_member(member, &details)?)
    }

    /// Renames a member.
    pub fn rename_member(&self, member: MemberId, name: String) -> Result<(), ShikakuError> {
        Ok(self.inner.rename_member(member, &name)?)
    }

    /// Puts the members in this order (every member exactly once).
    pub fn reorder_members(&self, order: Vec<MemberId>) -> Result<(), ShikakuError> {
        Ok(self.inner.reorder_members(&order)?)
    }

    /// Removes a member with their documents, card facts and logs.
    pub fn remove_member(&self, member: MemberId) -> Result<(), ShikakuError> {
        Ok(self.inner.remove_member(member)?)
    }

    /// The members in their order; a damaged record is listed by name and hides no other.
    pub fn members(&self) -> Result<MemberList, ShikakuError> {
        let listing = self.inner.members()?;
        let damaged = listing.damaged.iter().map(ToString::to_string).collect();
        Ok(MemberList {
            members: listing.items,
            damaged,
        })
    }

    /// Stores a document's original bytes with what the importer reads from them and the fields
    /// the user typed (`issued`, `expires`, `valid_from`, `birth_date`, `last4`, `copy_only`,
    /// `limit_category`, or the extract names); the printed name and birth date are checked
    /// against the member (`owner`, R-OWNER-1).
    pub fn import_document(
        &self,
        member: MemberId,
        content: Vec<u8>,
        kind: Option<DocumentKind>,
        typed: HashMap<String, String>,
        source: String,
        today: JapanDate,
    ) -> Result<ImportedDocument, ShikakuError> {
        let intake = Intake {
            content,
            kind,
            typed: typed.into_iter().collect(),
            source,
        };
        let imported = import_document(&self.inner, member, intake, today)?;
        Ok(ImportedDocument {
            document: imported.document,
            kind: imported.stored_as,
            owner: imported.owner,
            missing: imported.extraction.missing,
        })
    }

    /// A member's stored documents (summaries; the bytes stay sealed until exported).
    pub fn documents(&self, member: MemberId) -> Result<DocumentList, ShikakuError> {
        let listing = self.inner.documents(member)?;
        let damaged = listing.damaged.iter().map(ToString::to_string).collect();
        Ok(DocumentList {
            documents: listing.items,
            damaged,
        })
    }

    /// The user confirms a document is this member's although the owner check found otherwise
    /// (R-OWNER-1); returns its summary as now stored.
    pub fn confirm_owner(
        &self,
        member: MemberId,
        document: DocumentId,
    ) -> Result<DocumentSummary, ShikakuError> {
        Ok(self.inner.confirm_owner(member, document)?)
    }

    /// The original bytes of a member's document to print or share (for a teacher, a clinic):
    /// refused while it names someone else and the user has not confirmed it (R-OWNER-1).
    pub fn document_to_hand_over(
        &self,
        member: MemberId,
        document: DocumentId,
    ) -> Result<Vec<u8>, ShikakuError> {
        Ok(self.inner.document_to_hand_over(member, document)?.content)
    }

    /// The original bytes of a document, to show inside the app (to print or share one, use
    /// `documentToHandOver`).
    pub fn export_document(&self, document: DocumentId) -> Result<Vec<u8>, ShikakuError> {
        Ok(self.inner.document(document)?.content)
    }

    /// Removes a stored document.
    pub fn remove_document(&self, document: DocumentId) -> Result<(), ShikakuError> {
        Ok(self.inner.remove_document(document)?)
    }

    /// Stores an app setting (names of `[a-z0-9_.]`, values sealed like every record).
    pub fn set_setting(&self, name: String, value: String) -> Result<(), ShikakuError> {
        Ok(self.inner.set_setting(&name, &value)?)
    }

    /// An app setting, if set.
    pub fn setting(&self, name: String) -> Result<Option<String>, ShikakuError> {
        Ok(self.inner.setting(&name)?)
    }

    /// Stores (or replaces) a member's card facts.
    pub fn set_card(&self, member: MemberId, card: CardRecord) -> Result<(), ShikakuError> {
        Ok(self.inner.set_card(member, &card)?)
    }

    /// A member's version-2 facts: change of insurer, smartphone certificate, 70+ income
    /// category, 医療証 and 限度額適用認定証 (everything "not known" until set).
    pub fn member_facts(&self, member: MemberId) -> Result<MemberFacts, ShikakuError> {
        Ok(self.inner.member_facts(member)?)
    }

    /// Replaces a member's version-2 facts (clear one by passing it empty or `false`).
    pub fn set_member_facts(
        &self,
        member: MemberId,
        facts: MemberFacts,
    ) -> Result<(), ShikakuError> {
        Ok(self.inner.set_member_facts(member, &facts)?)
    }

    /// Logs a PIN entry the user reports (wrong or correct) on `today`.
    pub fn record_pin(
        &self,
        member: MemberId,
        kind: PinKind,
        outcome: PinOutcome,
        today: JapanDate,
    ) -> Result<(), ShikakuError> {
        Ok(self.inner.record_pin(member, kind, outcome, today)?)
    }

    /// Every PIN's state and guidance for a member.
    pub fn pin_status(&self, member: MemberId) -> Result<Vec<PinStatus>, ShikakuError> {
        let guard = self.inner.pin_guard(member)?;
        let status = |kind| PinStatus {
            kind,
            tries_left: guard.tries_left(kind),
            guidance: guard.guidance(kind),
        };
        Ok(PinKind::ALL.into_iter().map(status).collect())
    }

    /// Stores what `readCard` found: the card's PIN counts win over estimates, and its expiries
    /// update the card facts. Returns whether card facts were updated.
    pub fn apply_card_read(
        &self,
        member: MemberId,
        read: CardRead,
        today: JapanDate,
    ) -> Result<bool, ShikakuError> {
        Ok(apply_card_read(&self.inner, member, &read, today)?)
    }

    /// Advice for a stored member's visit, from the stored facts and `today`.
    pub fn advise(
        &self,
        member: MemberId,
        visit: Visit,
        online_check: OnlineCheck,
        escort: Option<Escort>,
        today: JapanDate,
    ) -> Result<Advice, ShikakuError> {
        let scenario = scenario(&self.inner, member, today, visit, online_check, escort)?;
        Ok(shikaku_core::advise(&scenario))
    }

    /// The reminders to schedule for a member, less those acknowledged. IDs are stable and, keyed
    /// by a secret of this vault, reveal nothing: schedule by ID, cancel IDs no longer returned.
    pub fn reminders(
        &self,
        member: MemberId,
        today: JapanDate,
        language: Language,
        detailed: bool,
    ) -> Result<Vec<Reminder>, ShikakuError> {
        Ok(member_reminders(
            &self.inner,
            member,
            today,
            language,
            detailed,
        )?)
    }

    /// The reminders of one member, or of the whole household (`member` null), soonest first,
    /// less those acknowledged; IDs are unique across the household. `names` puts each member's
    /// given name in the titles.
    pub fn household_reminders(
        &self,
        member: Option<MemberId>,
        today: JapanDate,
        wording: ReminderWording,
    ) -> Result<Vec<MemberReminder>, ShikakuError> {
        Ok(household_reminders(&self.inner, member, today, wording)?)
    }

    /// The deadlines of one member, or of the whole household (`member` null), as calendar
    /// events with the reminders as alarms; write them with `remindersIcs`.
    pub fn household_calendar(
        &self,
        member: Option<MemberId>,
        today: JapanDate,
        wording: ReminderWording,
    ) -> Result<Vec<CalendarEvent>, ShikakuError> {
        Ok(household_calendar(&self.inner, member, today, wording)?)
    }

    /// Records that the user dismissed a reminder, so it is not returned again.
    pub fn acknowledge_reminder(
        &self,
        member: MemberId,
        reminder: String,
        today: JapanDate,
    ) -> Result<(), ShikakuError> {
        Ok(self.inner.acknowledge_reminder(member, &reminder, today)?)
    }

    /// The school-trip or nursery pack for a child member (R-SCHOOL-1), with the stored document
    /// to print or copy for the teacher (`exportDocument`).
    pub fn school_pack(
        &self,
        member: MemberId,
        visit: Visit,
        parent_contact: Option<String>,
        today: JapanDate,
        language: Language,
    ) -> Result<MemberSchoolPack, ShikakuError> {
        Ok(school_pack(
            &self.inner,
            member,
            visit,
            parent_contact,
            today,
            language,
        )?)
    }
}

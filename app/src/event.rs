//! Events (イベント): every intent of the user and every answer of the shell to an effect. The
//! shell sends them; [`crate::App::update`] decides what happens.

use shikaku_core::pin::PinKind;
use shikaku_core::scenario::Visit;
use shikaku_core::text::Language;
use shikaku_core::vault::{CardRecord, DocumentId, DocumentKind, MemberId, NewMember, PinOutcome};
use shikaku_core::JapanDate;

use crate::screen::Screen;

/// What the user did, or what the shell reports.
///
/// No `Debug`: events carry names, passphrases and documents.
#[derive(Clone)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Event {
    /// The app started: find the vault and ask for today's date.
    Start,
    /// The app came back to the foreground: ask for today's date again.
    Resume,
    /// The shell performed effect `id`.
    Answered {
        /// The effect request's id.
        id: u64,
        /// What came of it.
        answer: Answer,
    },
    /// Create the vault, its key held by the platform key store.
    CreateWithPlatformKey,
    /// Create the vault protected by a passphrase (when the device has no usable key store).
    CreateWithPassphrase {
        /// The passphrase.
        passphrase: String,
    },
    /// Unlock with the platform key store.
    UnlockWithPlatformKey,
    /// Unlock with the passphrase.
    UnlockWithPassphrase {
        /// The passphrase.
        passphrase: String,
    },
    /// Restore the household from a backup file: pick it first.
    RestoreFromBackup,
    /// Open the picked backup with its passphrase; the restored vault's key goes to the platform.
    RestoreWithPassphrase {
        /// The backup's passphrase.
        passphrase: String,
    },
    /// Go to a screen.
    Navigate {
        /// Where.
        screen: Screen,
    },
    /// Add a member at the end of the household.
    AddMember {
        /// Who.
        member: NewMember,
    },
    /// Replace a member's name and details (the `AddMember` form, filled with what is stored).
    EditMember {
        /// Who.
        member: MemberId,
        /// The new name and details.
        details: NewMember,
    },
    /// Put the members in this order.
    ReorderMembers {
        /// Every member's id, in the new order.
        order: Vec<MemberId>,
    },
    /// Ask to remove a member with their documents (the view model then asks to confirm).
    RemoveMember {
        /// Who.
        member: MemberId,
    },
    /// Remove the member the confirmation asked about, with their documents.
    ConfirmRemoveMember,
    /// Do not remove the member after all.
    CancelRemoveMember,
    /// Delete a stored document (its bytes and what was read from it).
    RemoveDocument {
        /// Which.
        document: DocumentId,
    },
    /// Store what the user typed about a member's My Number card.
    SaveCardFacts {
        /// Whose card.
        member: MemberId,
        /// The facts.
        card: CardRecord,
    },
    /// Bring in a document for a member: pick it first.
    ImportDocument {
        /// Whose document.
        member: MemberId,
    },
    /// Say what the picked document is (a photo of a 資格確認書, say).
    SetImportKind {
        /// The kind.
        kind: DocumentKind,
    },
    /// Type or correct one field of the picked document.
    TypeImportField {
        /// The field's name (`issued`, `expires`, `last4`, `insurer_number`, …).
        name: String,
        /// Its value as printed.
        value: String,
    },
    /// Store the picked document with its fields.
    ConfirmImport,
    /// Drop the picked document.
    CancelImport,
    /// Record what happened when a PIN was entered.
    RecordPin {
        /// Whose card.
        member: MemberId,
        /// Which PIN.
        kind: PinKind,
        /// What happened.
        outcome: PinOutcome,
    },
    /// Read a member's card over NFC.
    ScanCard {
        /// Whose card.
        member: MemberId,
    },
    /// Show what a reminder is about on the lock screen, or keep it discreet.
    SetReminderDetails {
        /// Show details.
        detailed: bool,
    },
    /// Save the household's reminders as a calendar file.
    ExportCalendar,
    /// Plan a school trip or nursery stay for a child.
    PlanSchoolTrip {
        /// The child.
        member: MemberId,
        /// A school trip or a nursery.
        visit: Visit,
        /// First day.
        starts: JapanDate,
        /// Last day.
        ends: JapanDate,
        /// The parent's contact for the teacher, printed as given.
        contact: Option<String>,
    },
    /// Print the child's cover note.
    PrintSchoolPack {
        /// The child.
        member: MemberId,
    },
    /// Share the child's cover note as a file.
    ShareSchoolPack {
        /// The child.
        member: MemberId,
    },
    /// Write a backup protected by a passphrase and hand it to the shell to save.
    ExportBackup {
        /// The backup's passphrase.
        passphrase: String,
    },
    /// Change the language.
    SetLanguage {
        /// The language.
        language: Language,
    },
    /// Lock after this many minutes without use.
    SetAutoLock {
        /// Minutes (1 to 60).
        minutes: u32,
    },
    /// Ask to wipe the vault, from settings or from the door when the platform key is gone (the
    /// view model then asks to confirm).
    WipeVault,
    /// Wipe the vault and the platform key, as the confirmation asked: everything is gone.
    ConfirmWipe,
    /// Do not wipe after all.
    CancelWipe,
    /// Lock now.
    Lock,
    /// The idle timer of [`crate::Effect::LockAfterIdle`] ran out.
    IdleTimeout,
}

/// What came of an effect the shell performed.
///
/// No `Debug`: answers carry keys and documents.
#[derive(Clone)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Answer {
    /// [`crate::Effect::WrapKey`]: the key, wrapped by the platform key store.
    KeyWrapped {
        /// The wrapped key, stored in the vault as is.
        wrapped: Vec<u8>,
    },
    /// [`crate::Effect::UnwrapKey`]: the unwrapped key.
    KeyUnwrapped {
        /// The 32-byte key.
        key: Vec<u8>,
    },
    /// The platform key no longer exists (a reset or restored phone).
    KeyUnavailable,
    /// [`crate::Effect::Today`]: today's date in Japan.
    Today {
        /// Today in Japan (UTC+9).
        date: JapanDate,
    },
    /// [`crate::Effect::PickDocument`]: the file the user picked.
    DocumentPicked {
        /// Its name, for the record.
        name: String,
        /// Its bytes.
        bytes: Vec<u8>,
    },
    /// The effect was done (a file saved, a page printed, notifications scheduled).
    Done,
    /// The user cancelled.
    Cancelled,
    /// The effect failed; the reason is for logs and carries no personal data.
    Failed {
        /// Why.
        reason: String,
    },
}

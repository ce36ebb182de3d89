//! The app's private state (モデル): the open vault, where the user is, the language, whether the
//! vault is locked, and the effect requests still waiting for the shell's answer.

use std::collections::BTreeMap;
use std::path::PathBuf;

use shikaku_core::card::CardRead;
use shikaku_core::import::Extraction;
use shikaku_core::text::Language;
use shikaku_core::vault::{DocumentKind, LockedVault, MemberId, Vault};
use shikaku_core::JapanDate;
use zeroize::Zeroizing;

use crate::confirmation::Pending as Confirm;
use crate::effect::{Effect, EffectRequest, Notification};
use crate::problem::Problem;
use crate::screen::Screen;

/// Minutes without use before the vault locks, unless the user chose otherwise.
pub(crate) const DEFAULT_AUTO_LOCK_MINUTES: u32 = 5;

/// Where the vault stands (ロック状態).
pub(crate) enum Access {
    /// Not looked yet (before [`crate::Event::Start`]).
    Unknown,
    /// No vault in the app's directory: first run.
    NoVault,
    /// A vault whose key the platform key store holds, wrapped as given.
    PlatformKey {
        /// The wrapped data key.
        wrapped: Vec<u8>,
    },
    /// A vault protected by a passphrase.
    Passphrase,
    /// A vault whose platform key is gone (or whose setup never finished): restore or start over.
    KeyGone,
    /// Open.
    Unlocked(Box<Vault>),
}

/// An effect request waiting for its answer, with what the app needs to carry on.
pub(crate) enum Pending {
    /// A new or restored vault whose data key is out with the shell for wrapping.
    WrapKey {
        /// The vault, open but not yet saved under the platform key.
        vault: Box<Vault>,
        /// Its data key.
        key: Zeroizing<Vec<u8>>,
    },
    /// The wrapped data key is out with the shell for unwrapping.
    UnwrapKey {
        /// What was sent.
        wrapped: Vec<u8>,
        /// The vault it was read from, connected and not unlocked: nothing in it is decrypted.
        locked: Box<LockedVault>,
    },
    /// Today's date.
    Today,
    /// A document to import for this member.
    PickDocument(MemberId),
    /// A backup to restore.
    PickBackup,
    /// An NFC session to read this member's card.
    Nfc(MemberId),
    /// Anything whose answer only needs a banner on failure (save, share, print, schedule, …).
    Acknowledge {
        /// Shown when done (`None`: nothing to say).
        done: Option<&'static str>,
    },
}

/// A picked document the user has not confirmed yet (取り込み中の書類).
pub(crate) struct ImportDraft {
    /// Whose document.
    pub(crate) member: MemberId,
    /// Its bytes.
    pub(crate) bytes: Vec<u8>,
    /// Its file name.
    pub(crate) source: String,
    /// What the importer read.
    pub(crate) extraction: Extraction,
    /// The kind the user chose.
    pub(crate) kind: Option<DocumentKind>,
    /// What the user typed, by field name (checked when stored).
    pub(crate) typed: BTreeMap<String, String>,
}

/// Where a card read stands (読み取りの状態).
pub(crate) enum Scan {
    /// Not started.
    Idle,
    /// Waiting for the card.
    Waiting,
    /// Read and stored.
    Read {
        /// What the card said.
        read: CardRead,
        /// Whether stored card facts were updated.
        facts_updated: bool,
    },
    /// Failed, in plain words.
    Failed(Problem),
}

/// The app's whole state.
pub(crate) struct Model {
    /// The vault's directory.
    pub(crate) dir: PathBuf,
    /// The language of every text.
    pub(crate) language: Language,
    /// Today in Japan, as the shell last said.
    pub(crate) today: Option<JapanDate>,
    /// Locked or open.
    pub(crate) access: Access,
    /// The screen shown.
    pub(crate) screen: Screen,
    /// The last failure, shown until the next event.
    pub(crate) problem: Option<Problem>,
    /// The last success worth saying (`app-done-…`), shown until the next event.
    pub(crate) done: Option<&'static str>,
    /// A document picked for import.
    pub(crate) import: Option<ImportDraft>,
    /// A backup picked for restore.
    pub(crate) restore: Option<Vec<u8>>,
    /// The card read.
    pub(crate) scan: Scan,
    /// What the user asked to do and has not confirmed yet.
    pub(crate) confirm: Option<Confirm>,
    /// The notifications last handed to the shell.
    pub(crate) scheduled: Option<Vec<Notification>>,
    /// The auto-lock last handed to the shell, in minutes.
    pub(crate) auto_lock: Option<u32>,
    /// Something the notifications or the auto-lock depend on may have changed since they were
    /// last planned (the vault opened, the date, the language, a member's facts, a setting).
    pub(crate) plan_stale: bool,
    /// Effect requests waiting for answers.
    pub(crate) pending: BTreeMap<u64, Pending>,
    /// The next request id.
    next_id: u64,
}

impl Model {
    /// A fresh model for the vault in `dir`, speaking `language` until the vault says otherwise.
    pub(crate) fn new(dir: PathBuf, language: Language) -> Model {
        Model {
            dir,
            language,
            today: None,
            access: Access::Unknown,
            screen: Screen::Unlock,
            problem: None,
            done: None,
            import: None,
            restore: None,
            scan: Scan::Idle,
            confirm: None,
            scheduled: None,
            auto_lock: None,
            plan_stale: false,
            pending: BTreeMap::new(),
            next_id: 1,
        }
    }

    /// Files a request: `effect` goes to the shell, `pending` waits for its answer.
    pub(crate) fn request(
        &mut self,
        effects: &mut Vec<EffectRequest>,
        effect: Effect,
        pending: Pending,
    ) {
        let id = self.next_id;
        self.next_id += 1;
        self.pending.insert(id, pending);
        effects.push(EffectRequest { id, effect });
    }

    /// The open vault, if unlocked.
    pub(crate) fn vault(&self) -> Option<&Vault> {
        match &self.access {
            Access::Unlocked(vault) => Some(vault),
            _ => None,
        }
    }
}

//! The one public error of the core, as the apps switch on it, and the single place where every
//! rich internal error is mapped onto it. Messages never carry personal data.

use crate::card::{CardError, TransportError};
use crate::dates::InvalidDate;
use crate::expiry::ExpiryError;
use crate::import::ImportError;
use crate::numbers::NumberError;
use crate::scenario::ScenarioError;
use crate::vault::{BackupError, VaultError};
#[cfg(feature = "uniffi")]
use crate::{numbers::Last4, JapanDate};

/// What went wrong, in kinds a UI can act on (Kotlin `ShikakuException`, Swift `ShikakuError`).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Error))]
pub enum ShikakuError {
    /// The input was refused: an impossible date, a malformed number, a full My Number, a bad
    /// scenario. The reason is safe to show and never repeats the value.
    #[error("invalid input: {reason}")]
    InvalidInput {
        /// Why, for people.
        reason: String,
    },
    /// The document could not be read: not a PDF or photo, damaged, password-protected, too
    /// large. The reason says which, for people.
    #[error("document: {reason}")]
    Document {
        /// Why, for people.
        reason: String,
    },
    /// No vault in that place, or no such member or document.
    #[error("not found: {what}")]
    NotFound {
        /// What was not found (a vault, `member 3`, `document 7`).
        what: String,
    },
    /// A vault already exists there.
    #[error("a vault already exists here")]
    AlreadyExists,
    /// Wrong passphrase or key: nothing was opened.
    #[error("wrong passphrase or key")]
    WrongKey,
    /// The device key is gone (Keystore or Keychain wiped by a restore): restore from a backup.
    #[error("the device key is no longer available: restore from a backup")]
    KeyUnavailable,
    /// The vault is locked: unlock it first (nothing was read).
    #[error("the vault is locked: unlock it first")]
    Locked,
    /// The platform key provider failed (for example, the user cancelled authentication).
    #[error("the device key could not be used: {reason}")]
    KeyProvider {
        /// What the provider reported.
        reason: String,
    },
    /// A record, the vault file or a backup is damaged or was altered. Other records still read.
    #[error("damaged: {what}")]
    Damaged {
        /// What is damaged (`documents row 4 (content)`, `the vault file`, `the backup`).
        what: String,
    },
    /// Another process is using the vault: try again.
    #[error("the vault is busy: try again")]
    Busy,
    /// The phone is out of storage: nothing was changed.
    #[error("not enough storage space: nothing was changed")]
    StorageFull,
    /// The vault or backup was written by a newer app: update the app.
    #[error("written by a newer version of the app: update the app")]
    UpdateRequired,
    /// Any other storage failure; nothing was changed.
    #[error("storage error: {reason}")]
    Storage {
        /// The failure, without personal data.
        reason: String,
    },
    /// The phone lost the card or it did not answer: hold it still against the phone and retry.
    #[error("card link: {reason}")]
    CardLink {
        /// What the platform reported.
        reason: String,
    },
    /// The card answered in a way the app cannot use (not a My Number card, a malformed answer).
    #[error("card: {reason}")]
    Card {
        /// What was wrong, naming the step and status word, never card data.
        reason: String,
    },
}

// Across the FFI a date is its ISO text (Kotlin maps it to `java.time.LocalDate`) and the last
// four digits are text. A value the foreign side sends that is impossible, out of range or
// malformed becomes the caller's typed error (`ShikakuError::InvalidInput`), not an internal one:
// UniFFI returns a failed lift as the function's own error when the types match. Declared here,
// beside the mapping, so `dates` and `numbers` do not depend on this module (no module loop).
#[cfg(feature = "uniffi")]
uniffi::custom_type!(JapanDate, String, {
    lower: |date| date.to_string(),
    try_lift: |text| text.parse::<JapanDate>().map_err(|e| ShikakuError::from(e).into()),
});

#[cfg(feature = "uniffi")]
uniffi::custom_type!(Last4, String, {
    lower: |last4| last4.as_str().to_owned(),
    try_lift: |text| Last4::parse(&text).map_err(|e| ShikakuError::from(e).into()),
});

impl ShikakuError {
    fn invalid(reason: impl ToString) -> Self {
        ShikakuError::InvalidInput {
            reason: reason.to_string(),
        }
    }
}

impl From<InvalidDate> for ShikakuError {
    fn from(error: InvalidDate) -> Self {
        Self::invalid(error)
    }
}

impl From<ExpiryError> for ShikakuError {
    fn from(error: ExpiryError) -> Self {
        ShikakuError::InvalidInput {
            reason: error.to_string(),
        }
    }
}

impl From<NumberError> for ShikakuError {
    fn from(error: NumberError) -> Self {
        Self::invalid(error)
    }
}

impl From<ScenarioError> for ShikakuError {
    fn from(error: ScenarioError) -> Self {
        Self::invalid(error)
    }
}

impl From<CardError> for ShikakuError {
    fn from(error: CardError) -> Self {
        match error {
            CardError::Transport(link) => link.into(),
            other => ShikakuError::Card {
                reason: other.to_string(),
            },
        }
    }
}

impl From<TransportError> for ShikakuError {
    fn from(error: TransportError) -> Self {
        ShikakuError::CardLink {
            reason: error.to_string(),
        }
    }
}

impl From<ImportError> for ShikakuError {
    fn from(error: ImportError) -> Self {
        ShikakuError::Document {
            reason: error.to_string(),
        }
    }
}

impl From<VaultError> for ShikakuError {
    fn from(error: VaultError) -> Self {
        let reason = error.to_string();
        match error {
            VaultError::NotFound => ShikakuError::NotFound {
                what: "vault".into(),
            },
            VaultError::NoSuchMember(id) => ShikakuError::NotFound {
                what: format!("member {id}"),
            },
            VaultError::NoSuchDocument(id) => ShikakuError::NotFound {
                what: format!("document {id}"),
            },
            VaultError::AlreadyExists => ShikakuError::AlreadyExists,
            VaultError::WrongKey => ShikakuError::WrongKey,
            VaultError::KeyUnavailable => ShikakuError::KeyUnavailable,
            VaultError::KeyProvider(reason) => ShikakuError::KeyProvider { reason },
            VaultError::Tampered(record) => ShikakuError::Damaged {
                what: record.to_string(),
            },
            VaultError::Corrupt => ShikakuError::Damaged {
                what: "the vault file".into(),
            },
            VaultError::Busy => ShikakuError::Busy,
            VaultError::StorageFull => ShikakuError::StorageFull,
            VaultError::NewerSchema { .. } => ShikakuError::UpdateRequired,
            VaultError::Invalid(_) | VaultError::FullMyNumber { .. } => {
                ShikakuError::invalid(reason)
            }
            VaultError::Backup(backup) => backup.into(),
            VaultError::Io(_) | VaultError::Storage(_) | VaultError::EraseIncomplete => {
                ShikakuError::Storage { reason }
            }
        }
    }
}

impl From<BackupError> for ShikakuError {
    fn from(error: BackupError) -> Self {
        match error {
            BackupError::WrongPassphrase => ShikakuError::WrongKey,
            BackupError::UnsupportedVersion(_) => ShikakuError::UpdateRequired,
            other => ShikakuError::Damaged {
                what: other.to_string(),
            },
        }
    }
}

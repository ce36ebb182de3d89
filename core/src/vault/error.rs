//! What can go wrong with the vault and its backups, as typed errors the apps map to their own
//! screens. No message ever carries personal data: records are named by table, row id and column
//! only.

use std::fmt;

use rusqlite::ErrorCode;

/// One sealed cell of the vault: the table, row id and column that its associated data binds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub struct RecordRef {
    /// The table (`members`, `documents`, …).
    pub table: &'static str,
    /// The row id within the table (a member id for per-member tables keyed by member).
    pub row: i64,
    /// The sealed column.
    pub column: &'static str,
}

impl fmt::Display for RecordRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} row {} ({})", self.table, self.row, self.column)
    }
}

/// Why a vault operation failed. Every failed write leaves the vault as it was.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VaultError {
    /// The directory holds no vault.
    #[error("no vault in this directory")]
    NotFound,
    /// `create` or a restore was asked for a directory that already holds a vault.
    #[error("a vault already exists in this directory")]
    AlreadyExists,
    /// The passphrase or key does not open this vault; nothing was opened.
    #[error("wrong passphrase or key: the vault was not opened")]
    WrongKey,
    /// The platform key that wraps the data key is gone (for example a Keystore wiped by an OS
    /// restore): the vault cannot be opened on this device, restore it from a backup.
    #[error("the device key for this vault is no longer available: restore from a backup")]
    KeyUnavailable,
    /// The key provider failed for another reason (its own short description).
    #[error("the key provider failed: {0}")]
    KeyProvider(String),
    /// A sealed record fails authentication: it was altered, or moved from another row or column.
    /// Other records still read.
    #[error("record {0} is damaged or was tampered with")]
    Tampered(RecordRef),
    /// The vault file is not a readable SQLite database of this app, or holds database objects
    /// (triggers, views, indexes, tables) this app does not create.
    #[error("the vault file is damaged")]
    Corrupt,
    /// `wipe` deleted the vault's files but could not overwrite its key slot first (a damaged
    /// or altered file): a copy of the file taken earlier may still open with the passphrase.
    #[error("the vault files were deleted, but its key could not be overwritten first")]
    EraseIncomplete,
    /// Another process holds the vault longer than the busy timeout.
    #[error("the vault is in use by another process: try again")]
    Busy,
    /// The disk (or the database's size limit) is full; the operation was rolled back.
    #[error("not enough storage space: nothing was changed")]
    StorageFull,
    /// The vault was written by a newer version of the app.
    #[error(
        "the vault uses schema version {found}, newer than this app's {supported}: update the app"
    )]
    NewerSchema {
        /// The vault's schema version.
        found: i64,
        /// The newest version this build reads.
        supported: i64,
    },
    /// No member with this id.
    #[error("no member with id {0}")]
    NoSuchMember(i64),
    /// No document with this id.
    #[error("no document with id {0}")]
    NoSuchDocument(i64),
    /// An argument was refused before anything was stored (the reason names no personal data).
    #[error("invalid input: {0}")]
    Invalid(&'static str),
    /// A field holds a full 12-digit My Number (個人番号), which is never stored: only its last four
    /// digits may be kept (R-NUM-2). Names the field (a fixed label such as `name`, `contact` or
    /// `field name`), never the value.
    #[error("field `{field}`: {}", crate::numbers::NumberError::FullMyNumber)]
    FullMyNumber {
        /// The field's name.
        field: String,
    },
    /// A backup file could not be read or written.
    #[error(transparent)]
    Backup(#[from] BackupError),
    /// A file-system error.
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
    /// Another SQLite error, by its result code (SQLite messages are not passed on).
    #[error("storage error (SQLite code {0})")]
    Storage(i32),
}

/// Maps SQLite failures to the cases the apps handle differently. Bound values never reach SQLite's
/// messages, and those messages are dropped anyway: only the code is kept.
impl From<rusqlite::Error> for VaultError {
    fn from(error: rusqlite::Error) -> Self {
        match error.sqlite_error() {
            Some(e) => match e.code {
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => VaultError::Busy,
                ErrorCode::DiskFull => VaultError::StorageFull,
                ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase => VaultError::Corrupt,
                ErrorCode::CannotOpen => VaultError::NotFound,
                _ => VaultError::Storage(e.extended_code),
            },
            // A column of an unexpected type or a missing row: the file is not shaped as this
            // app writes it.
            None => VaultError::Corrupt,
        }
    }
}

/// Shorthand for vault results.
pub type Result<T, E = VaultError> = std::result::Result<T, E>;

/// Why a backup file could not be restored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    /// The file is not a Shikaku Pocket backup.
    #[error("this file is not a Shikaku Pocket backup")]
    NotABackup,
    /// The file ends early (an interrupted copy or download).
    #[error("the backup file is incomplete")]
    Truncated,
    /// The file's bytes were altered or damaged.
    #[error("the backup file is damaged or was altered")]
    Damaged,
    /// Written by a newer app version.
    #[error("the backup uses format version {0}, newer than this app supports: update the app")]
    UnsupportedVersion(u16),
    /// The passphrase does not open this backup.
    #[error("wrong backup passphrase")]
    WrongPassphrase,
}

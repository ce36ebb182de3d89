//! The CLI's one error type: every failure of every command is a [`CliError`], printed by `main`
//! as one line on stderr with exit code 1 (`docs/contracts/cli.md`, "Conventions"). No message
//! carries personal data or repeats a number.

use std::io;

use shikaku_app::use_cases::UseCaseError;
use shikaku_core::card::{CardError, VirtualCardError};
use shikaku_core::dates::InvalidDate;
use shikaku_core::expiry::ExpiryError;
use shikaku_core::import::ImportError;
use shikaku_core::scenario::ScenarioError;
use shikaku_core::vault::VaultError;

/// A user error: bad input, an unreadable file, a refusing vault, a failed write.
#[derive(Debug, thiserror::Error)]
pub(crate) enum CliError {
    /// An input file (a scenario, CARD.json or its certificate) could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// Why.
        source: io::Error,
    },
    /// A document could not be read (`extract`): only the kind of failure is shown.
    #[error("cannot read the file: {0}")]
    ReadDocument(io::ErrorKind),
    /// The importer refused a document.
    #[error(transparent)]
    Import(#[from] ImportError),
    /// CARD.json is not valid.
    #[error("{path} is not a valid CARD.json: {source}")]
    CardSpec {
        /// The file.
        path: String,
        /// Why.
        source: serde_json::Error,
    },
    /// The virtual card's certificate file is unusable.
    #[error("{path}: {source}")]
    Certificate {
        /// The file.
        path: String,
        /// Why.
        source: VirtualCardError,
    },
    /// The card's answers were unusable.
    #[error("card read failed: {0}")]
    CardRead(#[from] CardError),
    /// The scenario was refused by the core.
    #[error(transparent)]
    Scenario(#[from] ScenarioError),
    /// The expiry dates could not be computed (a birth after the issue).
    #[error(transparent)]
    Expiry(#[from] ExpiryError),
    /// A date option is not a real date.
    #[error("{option}: {source}")]
    Date {
        /// The option.
        option: &'static str,
        /// Why.
        source: InvalidDate,
    },
    /// The vault refused or failed.
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// A use case (`import`, `school-pack`) refused: an adult's pack, an unreadable document, a
    /// typed field that fails its rule; or its vault failed.
    #[error(transparent)]
    UseCase(#[from] UseCaseError),
    /// An option's value was refused.
    #[error("{option}: {reason}")]
    Invalid {
        /// The option.
        option: &'static str,
        /// Why.
        reason: String,
    },
    /// A file could not be read or written (an imported document, an output file).
    #[error("{path}: {source}")]
    File {
        /// The file.
        path: String,
        /// Why.
        source: io::Error,
    },
    /// No passphrase in the environment variable (named) and no terminal to ask on.
    #[error("cannot read the passphrase: set {0} or run in a terminal ({1})")]
    NoPassphrase(&'static str, io::Error),
    /// The passphrase's environment variable (named) is not UTF-8 text.
    #[error("{0} is not UTF-8 text: set it to the passphrase as text")]
    PassphraseNotUtf8(&'static str),
    /// The two passphrases typed at `init` differ.
    #[error("the passphrases do not match")]
    PassphraseMismatch,
    /// Some records could not be read; the others were printed.
    #[error("{0} record(s) are damaged or were tampered with and were left out")]
    Damaged(usize),
    /// The member has no stored document to export.
    #[error("member {0} has no stored document")]
    NoDocument(i64),
    /// An output file's destination exists and `--force` was not given.
    #[error("{0}: already exists (pass --force to replace it)")]
    Exists(String),
    /// An output file's destination is inside the vault directory.
    #[error("{0}: is inside the vault directory; choose another place")]
    InVault(String),
    /// The clock is before 1970 or otherwise unusable.
    #[error("the system clock is not set: pass --today")]
    Clock,
    /// Standard output could not be written.
    #[error("cannot write the output: {0}")]
    Write(#[from] io::Error),
    /// Standard output could not be written (`extract`, `check`): only the kind of failure is shown.
    #[error("cannot write the result: {0}")]
    WriteResult(io::ErrorKind),
}

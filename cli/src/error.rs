//! The CLI's user errors: each becomes one line on stderr and exit code 1.

use shikaku_core::dates::InvalidDate;
use shikaku_core::expiry::ExpiryError;
use shikaku_core::scenario::ScenarioError;

/// A user error: bad input, an unreadable file, a failed write.
#[derive(Debug, thiserror::Error)]
pub(crate) enum CliError {
    /// An input file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    /// The card could not be read.
    #[error(transparent)]
    Card(#[from] crate::card::CardCommandError),
    /// A document could not be read or extracted.
    #[error(transparent)]
    Document(#[from] crate::extract::Error),
    /// The scenario was refused by the core.
    #[error(transparent)]
    Scenario(#[from] ScenarioError),
    /// The expiry dates could not be computed (a birth after the issue).
    #[error(transparent)]
    Expiry(#[from] ExpiryError),
    /// A date option was not a real date.
    #[error("{option}: {source}")]
    Date {
        option: &'static str,
        source: InvalidDate,
    },
    /// A vault command failed.
    #[error(transparent)]
    Vault(#[from] crate::vault::VaultCliError),
    /// Standard output could not be written.
    #[error("cannot write the output: {0}")]
    Write(#[from] std::io::Error),
}

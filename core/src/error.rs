//! The one public error of the core, as the apps switch on it, and the single place where every
//! rich internal error is mapped onto it. Messages never carry personal data.

use crate::card::{CardError, TransportError};
use crate::dates::InvalidDate;
use crate::numbers::NumberError;
use crate::scenario::ScenarioError;

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

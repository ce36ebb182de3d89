//! The one public error of the core, as the apps switch on it, and the single place where every
//! rich internal error is mapped onto it. Messages never carry personal data.

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

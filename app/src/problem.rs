//! What went wrong, in plain words: every failure of a user's action becomes a banner on the
//! screen (a message of the `app-error-` block), never a crash and never personal data.

use shikaku_core::card::CardError;
use shikaku_core::school_pack::SchoolPackError;
use shikaku_core::vault::VaultError;
use shikaku_core::ShikakuError;

use crate::words::{Line, Tone, Words};

/// A banner shown above the screen until the next event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Problem {
    /// The message id (`app-error-wrong_key`).
    id: &'static str,
    /// How serious.
    tone: Tone,
}

impl Problem {
    /// A problem by message id.
    pub(crate) const fn new(id: &'static str, tone: Tone) -> Problem {
        Problem { id, tone }
    }

    /// The banner line.
    pub(crate) fn line(&self, words: Words) -> Line {
        words.line(words.get(self.id), self.tone)
    }
}

impl From<VaultError> for Problem {
    fn from(error: VaultError) -> Problem {
        match error {
            // An adult's school pack: say the pack is for children, not "check what you entered".
            VaultError::SchoolPack(SchoolPackError::NotAChild) => {
                Problem::new("app-error-school_not_a_child", Tone::Warning)
            }
            error => Problem::from(ShikakuError::from(error)),
        }
    }
}

impl From<CardError> for Problem {
    fn from(error: CardError) -> Problem {
        match ShikakuError::from(error) {
            ShikakuError::CardLink { .. } => Problem::new("app-error-card_link", Tone::Warning),
            _ => Problem::new("app-error-card", Tone::Critical),
        }
    }
}

impl From<ShikakuError> for Problem {
    fn from(error: ShikakuError) -> Problem {
        use ShikakuError::*;
        let (id, tone) = match error {
            InvalidInput { .. } => ("app-error-invalid_input", Tone::Warning),
            Document { .. } => ("app-error-document", Tone::Warning),
            NotFound { .. } => ("app-error-not_found", Tone::Warning),
            AlreadyExists => ("app-error-already_exists", Tone::Warning),
            WrongKey => ("app-error-wrong_key", Tone::Warning),
            Locked => ("app-error-locked", Tone::Warning),
            KeyUnavailable => ("app-error-key_unavailable", Tone::Critical),
            KeyProvider { .. } => ("app-error-key_provider", Tone::Warning),
            Damaged { .. } => ("app-error-damaged", Tone::Critical),
            Busy => ("app-error-busy", Tone::Warning),
            StorageFull => ("app-error-storage_full", Tone::Critical),
            UpdateRequired => ("app-error-update_required", Tone::Critical),
            CardLink { .. } => ("app-error-card_link", Tone::Warning),
            Card { .. } => ("app-error-card", Tone::Critical),
            Storage { .. } => ("app-error-storage", Tone::Critical),
        };
        Problem::new(id, tone)
    }
}

//! What went wrong, in plain words: every failure of a user's action becomes a banner on the
//! screen (a message of the `app-error-` block), never a crash and never personal data.

use shikaku_core::card::CardError;
use shikaku_core::import::{FieldError, ImportError};
use shikaku_core::numbers::NumberError;
use shikaku_core::school_pack::SchoolPackError;
use shikaku_core::vault::VaultError;
use shikaku_core::ShikakuError;

use crate::use_cases::UseCaseError;
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

impl Problem {
    /// A full 12-digit My Number in a field: say it is never stored and only its last 4 digits may
    /// be kept, not "check what you entered" (R-NUM-2).
    const FULL_MY_NUMBER: Problem = Problem::new("app-error-full_my_number", Tone::Warning);
}

impl From<VaultError> for Problem {
    fn from(error: VaultError) -> Problem {
        match error {
            VaultError::FullMyNumber { .. } => Problem::FULL_MY_NUMBER,
            error => Problem::from(ShikakuError::from(error)),
        }
    }
}

impl From<UseCaseError> for Problem {
    fn from(error: UseCaseError) -> Problem {
        match error {
            UseCaseError::Vault(error) => Problem::from(error),
            // An adult's school pack: say the pack is for children, not "check what you entered".
            UseCaseError::SchoolPack(SchoolPackError::NotAChild) => {
                Problem::new("app-error-school_not_a_child", Tone::Warning)
            }
            // A file whose text shows a full My Number was read, not unreadable: say why it is
            // refused (R-NUM-2: a refusal says why; docs/import.md).
            UseCaseError::Import(ImportError::HoldsMyNumber) => {
                Problem::new("app-error-document_my_number", Tone::Warning)
            }
            // Twelve digits typed as the last 4 (R-NUM-2, `Last4::parse`).
            UseCaseError::Field {
                reason: FieldError::Number(NumberError::FullMyNumber),
                ..
            } => Problem::FULL_MY_NUMBER,
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

#[cfg(test)]
mod tests {
    use shikaku_core::import::{FieldError, ImportError};
    use shikaku_core::numbers::NumberError;
    use shikaku_core::school_pack::SchoolPackError;
    use shikaku_core::vault::VaultError;
    use shikaku_core::wareki::WarekiError;

    use super::Problem;
    use crate::use_cases::UseCaseError;
    use crate::words::Tone;

    fn field(reason: FieldError) -> UseCaseError {
        UseCaseError::Field {
            field: "last4".into(),
            reason,
        }
    }

    #[test]
    fn each_use_case_error_reaches_its_banner() {
        for (error, id, tone) in [
            (
                UseCaseError::SchoolPack(SchoolPackError::NotAChild),
                "app-error-school_not_a_child",
                Tone::Warning,
            ),
            (
                UseCaseError::Import(ImportError::Encrypted),
                "app-error-document",
                Tone::Warning,
            ),
            (
                UseCaseError::Import(ImportError::HoldsMyNumber),
                "app-error-document_my_number",
                Tone::Warning,
            ),
            (
                UseCaseError::Vault(VaultError::StorageFull),
                "app-error-storage_full",
                Tone::Critical,
            ),
            (
                UseCaseError::Vault(VaultError::NoSuchMember(3)),
                "app-error-not_found",
                Tone::Warning,
            ),
            (
                UseCaseError::Vault(VaultError::FullMyNumber {
                    field: "contact".into(),
                }),
                "app-error-full_my_number",
                Tone::Warning,
            ),
            (
                field(FieldError::Number(NumberError::FullMyNumber)),
                "app-error-full_my_number",
                Tone::Warning,
            ),
            (
                field(FieldError::Number(NumberError::NotFourDigits)),
                "app-error-invalid_input",
                Tone::Warning,
            ),
            (
                field(FieldError::Date(WarekiError::NoSuchDay)),
                "app-error-invalid_input",
                Tone::Warning,
            ),
            (
                field(FieldError::NotTrueOrFalse),
                "app-error-invalid_input",
                Tone::Warning,
            ),
        ] {
            let shown = format!("{error:?}");
            assert_eq!(Problem::from(error), Problem::new(id, tone), "{shown}");
        }
    }

    #[test]
    fn a_full_my_number_refused_by_storage_has_its_own_banner() {
        let full = VaultError::FullMyNumber {
            field: "name".into(),
        };
        assert_eq!(Problem::from(full), Problem::FULL_MY_NUMBER);
        assert_eq!(
            Problem::from(VaultError::Invalid("the member's name is empty")),
            Problem::new("app-error-invalid_input", Tone::Warning)
        );
    }
}

//! Why a use case failed (ユースケースの失敗): the storage's own error, or a refusal that only a use
//! case makes — the school pack's rule, the importer, a typed field's rule. Storage
//! ([`shikaku_core::vault`]) knows tables, not use cases, so these are not [`VaultError`]s
//! (`docs/architecture.md`, "Storage and use cases are apart"). The screens turn it into a banner
//! (`crate::problem`), the FFI into the one public [`ShikakuError`], the CLI into its `CliError`.
//! No message carries personal data or repeats a refused value.

use shikaku_core::import::{FieldError, ImportError};
use shikaku_core::school_pack::SchoolPackError;
use shikaku_core::vault::VaultError;
use shikaku_core::ShikakuError;

/// Why a use case (ユースケース) refused or failed; nothing was stored.
#[derive(Debug, thiserror::Error)]
pub enum UseCaseError {
    /// The vault refused or failed (storage's own error).
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// The school pack was refused: the member is an adult (R-SCHOOL-1).
    #[error("invalid input: {0}")]
    SchoolPack(#[from] SchoolPackError),
    /// The importer could not read the document, or its text holds a full My Number (R-NUM-2).
    #[error(transparent)]
    Import(#[from] ImportError),
    /// A field the user typed was refused by its rule (the value is not repeated).
    #[error("field `{field}`: {reason}")]
    Field {
        /// The field's name, as the user gave it (already checked to hold no My Number).
        field: String,
        /// Why it was refused.
        reason: FieldError,
    },
}

/// The FFI's view: the storage's error as the core maps it, the school pack's and a field's
/// refusal as `InvalidInput`, the importer's as `Document`; the reason is this error's message.
impl From<UseCaseError> for ShikakuError {
    fn from(error: UseCaseError) -> Self {
        match error {
            UseCaseError::Vault(vault) => vault.into(),
            UseCaseError::Import(import) => import.into(),
            refused @ (UseCaseError::SchoolPack(_) | UseCaseError::Field { .. }) => {
                ShikakuError::InvalidInput {
                    reason: refused.to_string(),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use shikaku_core::import::{FieldError, ImportError};
    use shikaku_core::numbers::NumberError;
    use shikaku_core::school_pack::SchoolPackError;
    use shikaku_core::vault::VaultError;
    use shikaku_core::ShikakuError;

    use super::UseCaseError;

    #[test]
    fn each_use_case_error_reaches_its_ffi_error_with_todays_words() {
        for (error, expected) in [
            (
                UseCaseError::SchoolPack(SchoolPackError::NotAChild),
                ShikakuError::InvalidInput {
                    reason: "invalid input: the school pack is for children: this member is an \
                             adult"
                        .into(),
                },
            ),
            (
                UseCaseError::Import(ImportError::Encrypted),
                ShikakuError::Document {
                    reason: ImportError::Encrypted.to_string(),
                },
            ),
            (
                UseCaseError::Vault(VaultError::NoSuchDocument(7)),
                ShikakuError::NotFound {
                    what: "document 7".into(),
                },
            ),
            (UseCaseError::Vault(VaultError::Busy), ShikakuError::Busy),
            (
                UseCaseError::Vault(VaultError::FullMyNumber {
                    field: "contact".into(),
                }),
                ShikakuError::InvalidInput {
                    reason: "field `contact`: a 12-digit My Number is never stored (only its \
                             last 4 digits may be kept)"
                        .into(),
                },
            ),
            (
                UseCaseError::Field {
                    field: "copy_only".into(),
                    reason: FieldError::NotTrueOrFalse,
                },
                ShikakuError::InvalidInput {
                    reason: "field `copy_only`: expected true or false".into(),
                },
            ),
            (
                UseCaseError::Field {
                    field: "last4".into(),
                    reason: FieldError::Number(NumberError::NotFourDigits),
                },
                ShikakuError::InvalidInput {
                    reason: "field `last4`: expected exactly 4 digits (the last 4 of the My \
                             Number)"
                        .into(),
                },
            ),
        ] {
            assert_eq!(ShikakuError::from(error), expected);
        }
    }
}

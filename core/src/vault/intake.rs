//! Bringing a document into the vault (書類の取り込み): the importer reads what it can, fields the
//! user types pass the same rules, and the original bytes are sealed with the result. Every field
//! stored by any path is checked here first, so no path can store a full My Number (R-NUM-2).

use serde::Serialize;

use super::documents::{DocumentFields, DocumentId, DocumentKind, NewDocument};
use super::error::{Result, VaultError};
use super::members::MemberId;
use super::owner::OwnerCheck;
use super::Vault;
use crate::dates::JapanDate;
use crate::import::{self, Extraction, Field, Fields};
use crate::numbers::{refuse_my_number, Last4};
use crate::wareki;

/// What an import stored and what the importer read (the `extract` JSON plus the document id).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Imported {
    /// The stored document.
    pub document: DocumentId,
    /// The kind it was stored as (the user's choice, else what the importer found).
    pub stored_as: DocumentKind,
    /// Whether the printed name (and birth date) are the member's (R-OWNER-1).
    pub owner: OwnerCheck,
    /// What the importer read from the bytes, before typed fields were added.
    #[serde(flatten)]
    pub extraction: Extraction,
}

/// A document as the user brings it: bytes, an optional kind when they know better than the
/// bytes (a photo of a 資格確認書), and fields they typed.
///
/// No `Debug`: it holds the document and what the user typed.
#[derive(Clone, PartialEq, Eq)]
pub struct Intake {
    /// The original bytes (PDF, JPEG, PNG or HEIC).
    pub content: Vec<u8>,
    /// The kind, when the user chose one; otherwise what the importer found.
    pub kind: Option<DocumentKind>,
    /// Fields typed or corrected by the user, by name (`issued`, `expires`, `valid_from`,
    /// `birth_date`, `last4`, `copy_only`, `limit_category`, and the `extract` field names).
    pub typed: DocumentFields,
    /// Where it came from (a file name, "camera").
    pub source: String,
}

impl Vault {
    /// Reads `intake` with the importer, checks the typed fields, and stores the original bytes
    /// with the fields (typed ones win over read ones). Nothing is stored when anything is refused.
    pub fn import_document(
        &self,
        member: MemberId,
        intake: Intake,
        today: JapanDate,
    ) -> Result<Imported> {
        let extraction = import::extract_to_store(&intake.content).map_err(VaultError::Import)?;
        let kind = intake.kind.unwrap_or(match extraction.kind {
            import::DocumentKind::MynaportalPdf => DocumentKind::MynaportalPdf,
            import::DocumentKind::Image => DocumentKind::Image,
            import::DocumentKind::Unknown => DocumentKind::Unknown,
        });
        let mut fields = read_fields(&extraction.fields);
        for (name, value) in intake.typed {
            let value = checked(&name, &value)?;
            fields.insert(name, value);
        }
        let document = NewDocument {
            kind,
            content: intake.content,
            fields,
            source: intake.source,
            stored_on: today,
        };
        let (id, owner) = self.insert_document(member, &document)?;
        Ok(Imported {
            document: id,
            stored_as: kind,
            owner,
            extraction,
        })
    }
}

/// The fields the importer read, as stored text (dates ISO, numbers as printed).
fn read_fields(fields: &Fields) -> DocumentFields {
    let Ok(serde_json::Value::Object(map)) = serde_json::to_value(fields) else {
        return DocumentFields::new();
    };
    map.into_iter()
        .filter_map(|(name, value)| match value {
            serde_json::Value::String(text) => Some((name, text)),
            serde_json::Value::Number(number) => Some((name, number.to_string())),
            _ => None,
        })
        .collect()
}

/// Checks one field and returns the text to store: a full My Number is refused in every field
/// (R-NUM-2); dates, the last 4 digits and the copy flag must parse; the `extract` fields pass
/// the importer's own rules. Errors name the field, never the value.
pub(super) fn checked(name: &str, value: &str) -> Result<String> {
    let refuse = |reason: String| VaultError::Field {
        field: name.to_owned(),
        reason,
    };
    super::members::refuse_in("field name", name)?;
    refuse_my_number(value).map_err(|e| refuse(e.to_string()))?;
    match name {
        // `valid_from`: 資格取得年月日 or 適用開始年月日 (R-AGE-75, R-CHANGE-1); `birth_date`: the
        // 生年月日 some documents print, checked against the member (R-OWNER-1).
        "issued" | "expires" | "valid_from" | "birth_date" => {
            let date: JapanDate = wareki::parse(value).map_err(|e| refuse(e.to_string()))?;
            Ok(date.to_string())
        }
        "last4" => Ok(Last4::parse(value)
            .map_err(|e| refuse(e.to_string()))?
            .as_str()
            .to_owned()),
        // `limit_category`: the 限度額適用区分 is printed on a 資格確認書 (R-LIMIT-1).
        "copy_only" | "limit_category" => match value {
            "true" | "false" => Ok(value.to_owned()),
            _ => Err(refuse("expected true or false".into())),
        },
        _ => {
            let field: Option<Field> =
                serde_json::from_value(serde_json::Value::String(name.to_owned())).ok();
            let Some(field) = field else {
                return Err(refuse("not a field of an eligibility document".into()));
            };
            let mut fields = Fields::default();
            fields
                .set(field, value)
                .map_err(|e| refuse(e.to_string()))?;
            Ok(read_fields(&fields).remove(name).unwrap_or_default())
        }
    }
}

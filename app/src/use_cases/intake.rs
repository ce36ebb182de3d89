//! Bringing a document into the vault (書類の取り込み): the importer reads what it can, fields the
//! user types pass the same rules, and the original bytes are sealed with the result in one write.
//! Every typed field is checked here first, and the documents table refuses a full My Number in
//! any field whatever the path (R-NUM-2).

use std::collections::BTreeMap;

use serde::Serialize;
use shikaku_core::import::{self, Extraction, Field, FieldError, Fields};
use shikaku_core::numbers::Last4;
use shikaku_core::vault::{
    refuse_in, DocumentField, DocumentFields, DocumentId, DocumentKind, MemberId, NewDocument,
    OwnerCheck, Vault,
};
use shikaku_core::{wareki, JapanDate};

use super::UseCaseError;

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

/// A document as the user brings it (取り込む書類): bytes, an optional kind when they know better
/// than the bytes (a photo of a 資格確認書), and fields they typed.
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
    pub typed: BTreeMap<String, String>,
    /// Where it came from (a file name, "camera").
    pub source: String,
}

/// Reads `intake` with the importer, checks the typed fields, and stores the original bytes with
/// the fields (typed ones win over read ones). Nothing is stored when anything is refused: the
/// importer's refusal is [`UseCaseError::Import`], a typed field's [`UseCaseError::Field`], a full
/// My Number in a typed field storage's [`shikaku_core::vault::VaultError::FullMyNumber`].
pub fn import_document(
    vault: &Vault,
    member: MemberId,
    intake: Intake,
    today: JapanDate,
) -> Result<Imported, UseCaseError> {
    let extraction = import::extract_to_store(&intake.content)?;
    let kind = intake.kind.unwrap_or(extraction.kind);
    let mut fields = read_fields(&extraction.fields);
    for (name, value) in intake.typed {
        let (field, value) = checked(&name, &value)?;
        fields.insert(field, value);
    }
    let document = NewDocument {
        kind,
        content: intake.content,
        fields,
        source: intake.source,
        stored_on: today,
    };
    let (id, owner) = vault.write(|tables| tables.documents().add(member, &document))?;
    Ok(Imported {
        document: id,
        stored_as: kind,
        owner,
        extraction,
    })
}

/// The fields the importer read, as stored text (dates ISO, numbers as printed).
fn read_fields(fields: &Fields) -> DocumentFields {
    let Ok(serde_json::Value::Object(map)) = serde_json::to_value(fields) else {
        return DocumentFields::new();
    };
    map.into_iter()
        .filter_map(|(name, value)| {
            let field = DocumentField::Printed(Field::try_from(name).ok()?);
            match value {
                serde_json::Value::String(text) => Some((field, text)),
                serde_json::Value::Number(number) => Some((field, number.to_string())),
                _ => None,
            }
        })
        .collect()
}

/// Checks one typed field, by the name the user gave it, and returns the field and the text to
/// store: a full My Number is refused in every field (R-NUM-2); dates, the last 4 digits and the
/// yes/no fields must parse; the `extract` fields pass the importer's own rules. Errors name the
/// field, never the value.
fn checked(name: &str, value: &str) -> Result<(DocumentField, String), UseCaseError> {
    let refuse = |reason: FieldError| UseCaseError::Field {
        field: name.to_owned(),
        reason,
    };
    // The name first, under a fixed label: an error never repeats what it refused.
    refuse_in("field name", name)?;
    refuse_in(name, value)?;
    let field = DocumentField::try_from(name.to_owned()).map_err(refuse)?;
    let text = match field {
        DocumentField::Issued
        | DocumentField::Expires
        | DocumentField::ValidFrom
        | DocumentField::BirthDate => {
            let date: JapanDate = wareki::parse(value).map_err(|e| refuse(e.into()))?;
            date.to_string()
        }
        DocumentField::Last4 => Last4::parse(value)
            .map_err(|e| refuse(e.into()))?
            .as_str()
            .to_owned(),
        DocumentField::CopyOnly | DocumentField::LimitCategory => match value {
            "true" | "false" => value.to_owned(),
            _ => return Err(refuse(FieldError::NotTrueOrFalse)),
        },
        DocumentField::Printed(printed) => {
            let mut fields = Fields::default();
            fields.set(printed, value).map_err(refuse)?;
            read_fields(&fields).remove(&field).unwrap_or_default()
        }
    };
    Ok((field, text))
}

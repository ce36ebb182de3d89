//! The fields stored with a document (書類の記載事項): which fields there are ([`DocumentField`])
//! and the sealed map of their text ([`DocumentFields`]). The stored JSON names them as
//! `shikaku extract` does, so vaults written when the keys were plain strings read the same.

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

use crate::import::{Field, FieldError};

/// A field of a stored document (書類の記載事項): one the Mynaportal PDF prints, or one the user
/// types for a notice, certificate or old card. Named as in `docs/contracts/cli.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "&'static str")]
pub enum DocumentField {
    /// A field of the eligibility record (資格情報の記載事項, R-DOC-1), read or typed.
    Printed(Field),
    /// 交付年月日: the day a notice was issued (R-DOC-2).
    Issued,
    /// 有効期限: when a certificate or old card expires (R-KAKU-1, R-LEGACY-1).
    Expires,
    /// 資格取得年月日 or 適用開始年月日 (R-AGE-75, R-CHANGE-1).
    ValidFrom,
    /// 生年月日 where a document prints one, checked against the member (R-OWNER-1).
    BirthDate,
    /// The last 4 digits of the My Number printed on a notice (マイナンバーの下4桁, R-DOC-4).
    Last4,
    /// Whether a certificate is a copy only (写し, R-KAKU-1): `true` or `false`.
    CopyOnly,
    /// Whether a certificate prints the 限度額適用区分 (R-LIMIT-1): `true` or `false`.
    LimitCategory,
}

impl DocumentField {
    /// The fields only typed, never read from a Mynaportal PDF.
    pub const TYPED: [DocumentField; 7] = [
        DocumentField::Issued,
        DocumentField::Expires,
        DocumentField::ValidFrom,
        DocumentField::BirthDate,
        DocumentField::Last4,
        DocumentField::CopyOnly,
        DocumentField::LimitCategory,
    ];

    /// The field's name in the stored JSON, the `--field` option and the FFI field map.
    pub const fn name(self) -> &'static str {
        match self {
            DocumentField::Printed(field) => field.name(),
            DocumentField::Issued => "issued",
            DocumentField::Expires => "expires",
            DocumentField::ValidFrom => "valid_from",
            DocumentField::BirthDate => "birth_date",
            DocumentField::Last4 => "last4",
            DocumentField::CopyOnly => "copy_only",
            DocumentField::LimitCategory => "limit_category",
        }
    }

    /// The field of that name.
    pub fn named(name: &str) -> Result<Self, FieldError> {
        match DocumentField::TYPED.into_iter().find(|f| f.name() == name) {
            Some(field) => Ok(field),
            None => Field::named(name).map(DocumentField::Printed),
        }
    }
}

impl From<Field> for DocumentField {
    fn from(field: Field) -> Self {
        DocumentField::Printed(field)
    }
}

impl From<DocumentField> for &'static str {
    fn from(field: DocumentField) -> &'static str {
        field.name()
    }
}

impl TryFrom<String> for DocumentField {
    type Error = FieldError;

    /// The field of that name.
    fn try_from(name: String) -> Result<Self, Self::Error> {
        DocumentField::named(&name)
    }
}

/// Read from its name as the JSON holds it, without copying the name into a `String` first
/// (every stored summary names each of its fields; `docs/benchmarks.md`, "Vault").
impl<'de> Deserialize<'de> for DocumentField {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Name;

        impl Visitor<'_> for Name {
            type Value = DocumentField;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("the name of a document field")
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<DocumentField, E> {
                DocumentField::named(name).map_err(E::custom)
            }
        }

        deserializer.deserialize_str(Name)
    }
}

/// Fields sort by name, as the stored JSON and the CLI have always listed them.
impl Ord for DocumentField {
    fn cmp(&self, other: &Self) -> Ordering {
        self.name().cmp(other.name())
    }
}

impl PartialOrd for DocumentField {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Field → its text, as extracted or typed and checked (dates ISO, numbers as printed).
pub type DocumentFields = BTreeMap<DocumentField, String>;

// Across the FFI the fields are a plain map keyed by name (Kotlin `Map`, Swift `Dictionary`),
// as before the keys were typed; a name that is no field is refused when lifted.
#[cfg(feature = "uniffi")]
uniffi::custom_type!(DocumentFields, std::collections::HashMap<String, String>, {
    remote,
    lower: |fields| fields.into_iter().map(|(field, text)| (field.name().to_owned(), text)).collect(),
    try_lift: |fields| fields
        .into_iter()
        .map(|(name, text)| Ok((DocumentField::try_from(name)?, text)))
        .collect::<Result<_, FieldError>>()
        .map_err(|e| crate::ShikakuError::InvalidInput { reason: e.to_string() }.into()),
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_reads_back_from_its_stored_name() {
        let all = Field::ALL.map(DocumentField::Printed);
        for field in all.into_iter().chain(DocumentField::TYPED) {
            let json = serde_json::to_value(field).unwrap();
            assert_eq!(json, field.name());
            assert_eq!(
                serde_json::from_value::<DocumentField>(json).unwrap(),
                field
            );
        }
        assert_eq!(
            DocumentField::try_from("colour".to_owned()),
            Err(FieldError::UnknownField)
        );
        assert!(serde_json::from_str::<DocumentField>(r#""colour""#).is_err());
        assert!(serde_json::from_str::<DocumentFields>(r#"{"colour":"red"}"#).is_err());
    }

    #[test]
    fn a_map_keyed_by_name_reads_back_the_same_and_in_name_order() {
        let stored = r#"{"valid_from":"2026-04-01","issued":"2024-10-01","last4":"1234","insurer_number":"01130012","share_ratio":"3"}"#;
        let fields: DocumentFields = serde_json::from_str(stored).unwrap();
        assert_eq!(fields[&DocumentField::Issued], "2024-10-01");
        assert_eq!(fields[&DocumentField::Printed(Field::ShareRatio)], "3");
        let names: Vec<&str> = fields.keys().map(|f| f.name()).collect();
        assert_eq!(
            names,
            [
                "insurer_number",
                "issued",
                "last4",
                "share_ratio",
                "valid_from"
            ]
        );
        assert_eq!(
            serde_json::to_string(&fields).unwrap(),
            r#"{"insurer_number":"01130012","issued":"2024-10-01","last4":"1234","share_ratio":"3","valid_from":"2026-04-01"}"#
        );
    }
}

//! The fields of an eligibility record (R-DOC-1, R-DOC-2) and the one set of rules that turns
//! their text into values, whether the text was read from a document or typed by the user.

use serde::{Deserialize, Serialize};

use crate::dates::JapanDate;
use crate::numbers::{
    masked_text, refuse_my_number, Branch, InsurerNumber, MemberNumber, NumberError, Symbol,
};
use crate::wareki::{self, WarekiError};

/// A field of an eligibility record (資格情報の記載事項), named as in the `extract` JSON
/// ([`Field::name`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "&'static str", try_from = "String")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Field {
    /// 保存日時: the day the Mynaportal PDF was saved (its facts are as of that day).
    SavedAt,
    /// 保険者名 (insurer name).
    InsurerName,
    /// 保険者番号 (insurer number, R-NUM-1).
    InsurerNumber,
    /// 記号 (symbol, R-NUM-3).
    Symbol,
    /// 番号 (member number, R-NUM-3).
    Number,
    /// 枝番 (branch number, R-NUM-3).
    Branch,
    /// 氏名 (the insured person's name).
    Name,
    /// 本人・家族の別 (the insured person or a dependant).
    Relationship,
    /// 一部負担金割合 (co-payment ratio, 70+ and 後期高齢者 only, R-AGE-70).
    ShareRatio,
    /// 有効期限 of the co-payment ratio (70+ and 後期高齢者 only, R-AGE-70).
    ShareRatioExpires,
}

impl Field {
    /// Every field, in the order the Mynaportal PDF prints them (R-DOC-1).
    pub const ALL: [Field; 10] = [
        Field::SavedAt,
        Field::InsurerName,
        Field::InsurerNumber,
        Field::Symbol,
        Field::Number,
        Field::Branch,
        Field::Name,
        Field::Relationship,
        Field::ShareRatio,
        Field::ShareRatioExpires,
    ];

    /// The field's name in the `extract` JSON and in stored documents (`docs/contracts/cli.md`).
    pub const fn name(self) -> &'static str {
        match self {
            Field::SavedAt => "saved_at",
            Field::InsurerName => "insurer_name",
            Field::InsurerNumber => "insurer_number",
            Field::Symbol => "symbol",
            Field::Number => "number",
            Field::Branch => "branch",
            Field::Name => "name",
            Field::Relationship => "relationship",
            Field::ShareRatio => "share_ratio",
            Field::ShareRatioExpires => "share_ratio_expires",
        }
    }

    /// The field of that name.
    pub fn named(name: &str) -> Result<Self, FieldError> {
        Field::ALL
            .into_iter()
            .find(|field| field.name() == name)
            .ok_or(FieldError::UnknownField)
    }
}

impl From<Field> for &'static str {
    fn from(field: Field) -> &'static str {
        field.name()
    }
}

impl TryFrom<String> for Field {
    type Error = FieldError;

    /// The field of that name.
    fn try_from(name: String) -> Result<Self, Self::Error> {
        Field::named(&name)
    }
}

/// 本人・家族の別.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Relationship {
    /// 本人 (被保険者): the insured person.
    #[serde(rename = "self")]
    Insured,
    /// 家族 (被扶養者): a dependant.
    #[serde(rename = "family")]
    Family,
}

/// 一部負担金割合: the share of the cost the patient pays, in 割 (tenths): 1, 2 or 3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct ShareRatio(u8);

impl ShareRatio {
    /// The ratio in 割.
    pub fn tenths(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for ShareRatio {
    type Error = FieldError;

    fn try_from(tenths: u8) -> Result<Self, Self::Error> {
        if (1..=3).contains(&tenths) {
            Ok(ShareRatio(tenths))
        } else {
            Err(FieldError::ShareRatio)
        }
    }
}

impl From<ShareRatio> for u8 {
    fn from(ratio: ShareRatio) -> u8 {
        ratio.0
    }
}

/// Longest 保険者名 or 氏名 accepted.
pub const MAX_TEXT_CHARS: usize = 100;

/// A name as printed (保険者名 or 氏名): non-empty, printable, never a My Number. `Debug` masks it.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PrintedName(String);

impl PrintedName {
    /// Validates a name (trimmed).
    pub fn parse(text: &str) -> Result<Self, FieldError> {
        let text = text.trim();
        refuse_my_number(text)?;
        if text.is_empty()
            || text.chars().count() > MAX_TEXT_CHARS
            || text.chars().any(char::is_control)
        {
            return Err(FieldError::Text);
        }
        Ok(PrintedName(text.to_owned()))
    }

    /// The name as printed.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

masked_text!(PrintedName, FieldError);

/// Why a field's text was refused. Messages never repeat the text.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FieldError {
    /// A number rule failed (R-NUM-1, R-NUM-2, R-NUM-3).
    #[error(transparent)]
    Number(#[from] NumberError),
    /// Not a date.
    #[error(transparent)]
    Date(#[from] WarekiError),
    /// Neither 本人 nor 家族.
    #[error("本人・家族の別 is either 本人 or 家族")]
    Relationship,
    /// Not 1割, 2割 or 3割.
    #[error("一部負担金割合 is 1割, 2割 or 3割")]
    ShareRatio,
    /// Empty, too long, or holding control characters.
    #[error("not a plausible name (at most {MAX_TEXT_CHARS} printable characters)")]
    Text,
    /// Not the name of a field of an eligibility document.
    #[error("not a field of an eligibility document")]
    UnknownField,
    /// A yes/no field of a stored document (`copy_only`, `limit_category`) holding other text.
    #[error("expected true or false")]
    NotTrueOrFalse,
}

/// The fields of one eligibility record (資格情報の記載事項); `None` when absent or printed as 「—」.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fields {
    /// 保存日時.
    pub saved_at: Option<JapanDate>,
    /// 保険者名.
    pub insurer_name: Option<PrintedName>,
    /// 保険者番号.
    pub insurer_number: Option<InsurerNumber>,
    /// 記号.
    pub symbol: Option<Symbol>,
    /// 番号.
    pub number: Option<MemberNumber>,
    /// 枝番.
    pub branch: Option<Branch>,
    /// 氏名.
    pub name: Option<PrintedName>,
    /// 本人・家族の別.
    pub relationship: Option<Relationship>,
    /// 一部負担金割合.
    pub share_ratio: Option<ShareRatio>,
    /// 一部負担金割合の有効期限.
    pub share_ratio_expires: Option<JapanDate>,
}

/// Whether a field's text means "nothing here": empty, or a dash such as the Mynaportal 「—」.
fn is_blank(text: &str) -> bool {
    let text = text.trim();
    text.is_empty() || matches!(text, "—" | "―" | "-" | "－" | "‐" | "−" | "ー" | "–")
}

impl Fields {
    /// Sets `field` from `text` as printed or typed: 「—」 or nothing clears it; anything else must
    /// pass the field's rule, or the field is left unchanged and the error says why. A full My
    /// Number is refused in every field (R-NUM-2).
    pub fn set(&mut self, field: Field, text: &str) -> Result<(), FieldError> {
        refuse_my_number(text)?;
        if is_blank(text) {
            self.clear(field);
            return Ok(());
        }
        match field {
            Field::SavedAt => self.saved_at = Some(wareki::parse(text)?),
            Field::InsurerName => self.insurer_name = Some(PrintedName::parse(text)?),
            Field::InsurerNumber => self.insurer_number = Some(InsurerNumber::parse(text)?),
            Field::Symbol => self.symbol = Some(Symbol::parse(text)?),
            Field::Number => self.number = Some(MemberNumber::parse(text)?),
            Field::Branch => self.branch = Some(Branch::parse(text)?),
            Field::Name => self.name = Some(PrintedName::parse(text)?),
            Field::Relationship => self.relationship = Some(relationship(text)?),
            Field::ShareRatio => self.share_ratio = Some(share_ratio(text)?),
            Field::ShareRatioExpires => self.share_ratio_expires = Some(wareki::parse(text)?),
        }
        Ok(())
    }

    fn clear(&mut self, field: Field) {
        match field {
            Field::SavedAt => self.saved_at = None,
            Field::InsurerName => self.insurer_name = None,
            Field::InsurerNumber => self.insurer_number = None,
            Field::Symbol => self.symbol = None,
            Field::Number => self.number = None,
            Field::Branch => self.branch = None,
            Field::Name => self.name = None,
            Field::Relationship => self.relationship = None,
            Field::ShareRatio => self.share_ratio = None,
            Field::ShareRatioExpires => self.share_ratio_expires = None,
        }
    }
}

fn relationship(text: &str) -> Result<Relationship, FieldError> {
    match text.split_whitespace().collect::<String>().as_str() {
        "本人" | "被保険者" => Ok(Relationship::Insured),
        "家族" | "被扶養者" => Ok(Relationship::Family),
        _ => Err(FieldError::Relationship),
    }
}

/// 「3割」, 「３割」.
fn share_ratio(text: &str) -> Result<ShareRatio, FieldError> {
    let normal = crate::numbers::comparison_key(text);
    let tenths = normal
        .strip_suffix('割')
        .and_then(|digits| digits.parse::<u8>().ok())
        .ok_or(FieldError::ShareRatio)?;
    ShareRatio::try_from(tenths)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_and_printed_text_follow_the_same_rules() {
        let mut fields = Fields::default();
        fields
            .set(Field::InsurerNumber, "３３１２００１５")
            .unwrap();
        fields.set(Field::Relationship, "家族").unwrap();
        fields.set(Field::ShareRatio, "２割").unwrap();
        fields
            .set(Field::ShareRatioExpires, "令和8年7月31日")
            .unwrap();
        fields.set(Field::SavedAt, "2025年1月1日時点").unwrap();
        fields.set(Field::Name, " デジタル 花子 ").unwrap();
        assert_eq!(fields.insurer_number.as_ref().unwrap().as_str(), "33120015");
        assert_eq!(fields.relationship, Some(Relationship::Family));
        assert_eq!(fields.share_ratio.map(ShareRatio::tenths), Some(2));
        assert_eq!(
            fields.share_ratio_expires,
            Some("2026-07-31".parse().unwrap())
        );
        assert_eq!(fields.saved_at, Some("2025-01-01".parse().unwrap()));
        assert_eq!(fields.name.as_ref().unwrap().as_str(), "デジタル 花子");
    }

    #[test]
    fn a_dash_clears_a_field() {
        let mut fields = Fields::default();
        fields.set(Field::ShareRatio, "3割").unwrap();
        fields.set(Field::ShareRatio, "—").unwrap();
        fields.set(Field::Branch, "").unwrap();
        assert_eq!(fields, Fields::default());
    }

    #[test]
    fn refused_text_leaves_the_field_unchanged_and_says_why() {
        let mut fields = Fields::default();
        fields.set(Field::InsurerNumber, "33120015").unwrap();
        let before = fields.clone();
        assert_eq!(
            fields.set(Field::InsurerNumber, "33120016"),
            Err(FieldError::Number(NumberError::InsurerCheckDigit))
        );
        assert_eq!(
            fields.set(Field::ShareRatio, "4割"),
            Err(FieldError::ShareRatio)
        );
        assert_eq!(
            fields.set(Field::Relationship, "その他"),
            Err(FieldError::Relationship)
        );
        assert_eq!(fields, before);
    }

    #[test]
    fn a_full_my_number_is_refused_in_every_field() {
        for field in Field::ALL {
            let mut fields = Fields::default();
            let error = fields.set(field, "1234 5678 9018").unwrap_err();
            assert_eq!(
                error,
                FieldError::Number(NumberError::FullMyNumber),
                "{field:?}"
            );
            assert!(error.to_string().contains("My Number"));
            assert_eq!(fields, Fields::default());
        }
    }

    #[test]
    fn serialises_with_the_cli_names_and_nulls() {
        let mut fields = Fields::default();
        fields.set(Field::Relationship, "本人").unwrap();
        fields.set(Field::ShareRatio, "1割").unwrap();
        let json = serde_json::to_value(&fields).unwrap();
        assert_eq!(json["relationship"], "self");
        assert_eq!(json["share_ratio"], 1);
        assert!(json["branch"].is_null());
        assert_eq!(json.as_object().unwrap().len(), Field::ALL.len());
    }

    #[test]
    fn every_field_reads_back_from_its_name() {
        for field in Field::ALL {
            let json = serde_json::to_value(field).unwrap();
            assert_eq!(json, field.name());
            assert_eq!(serde_json::from_value::<Field>(json).unwrap(), field);
        }
        assert_eq!(
            Field::try_from("issued".to_owned()),
            Err(FieldError::UnknownField)
        );
    }

    #[test]
    fn debug_masks_names() {
        let mut fields = Fields::default();
        fields.set(Field::Name, "デジタル 花子").unwrap();
        assert!(!format!("{fields:?}").contains("花子"));
    }
}

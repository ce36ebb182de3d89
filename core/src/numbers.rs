//! Numbers printed on cards and documents, validated where they enter the core: the last four
//! digits of the My Number, and the refusal of a full one (R-NUM-2).

use std::fmt;

use serde::{Deserialize, Serialize};

/// The last four digits of a My Number (個人番号の下4桁), the only part the app may keep (R-NUM-2).
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Last4(String);

/// Why a number was refused. Messages never repeat the digits they were given.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    /// A full 12-digit My Number was given where the app keeps at most the last four (R-NUM-2).
    #[error("a full 12-digit My Number is never stored: enter only its last 4 digits")]
    FullMyNumber,
    /// Not exactly four digits.
    #[error("expected exactly 4 digits (the last 4 of the My Number)")]
    NotFourDigits,
}

impl Last4 {
    /// Accepts exactly four digits (full-width ones as typed on a Japanese keyboard too); refuses a
    /// full My Number with its own error (R-NUM-2). Spaces and hyphens between digits are ignored.
    pub fn parse(text: &str) -> Result<Self, NumberError> {
        let digits: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '－'))
            .map(|c| match c {
                '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
                other => other,
            })
            .collect();
        let all_digits = digits.bytes().all(|b| b.is_ascii_digit());
        match digits.len() {
            4 if all_digits => Ok(Last4(digits)),
            12 if all_digits => Err(NumberError::FullMyNumber),
            _ => Err(NumberError::NotFourDigits),
        }
    }

    /// The four digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

// Across the FFI the last four digits are text; a refused value is the caller's typed error.
#[cfg(feature = "uniffi")]
uniffi::custom_type!(Last4, String, {
    lower: |last4| last4.0,
    try_lift: |text| Last4::parse(&text).map_err(|e| crate::ShikakuError::from(e).into()),
});

impl TryFrom<String> for Last4 {
    type Error = NumberError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        Last4::parse(&text)
    }
}

impl From<Last4> for String {
    fn from(last4: Last4) -> String {
        last4.0
    }
}

/// Debug output masks the digits so they never reach a log by accident.
impl fmt::Debug for Last4 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Last4(****)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_four_digits_only() {
        assert_eq!(Last4::parse("0123").unwrap().as_str(), "0123");
        assert_eq!(Last4::parse("123"), Err(NumberError::NotFourDigits));
        assert_eq!(Last4::parse("12a4"), Err(NumberError::NotFourDigits));
        assert_eq!(Last4::parse("１２３４").unwrap().as_str(), "1234");
    }

    #[test]
    fn refuses_a_full_my_number_without_echoing_it() {
        for full in [
            "123456789018",
            "1234 5678 9018",
            "1234-5678-9018",
            "１２３４５６７８９０１８",
        ] {
            let err = Last4::parse(full).unwrap_err();
            assert_eq!(err, NumberError::FullMyNumber);
            assert!(!err.to_string().contains("9018"));
        }
        let json = serde_json::from_str::<Last4>("\"123456789018\"")
            .unwrap_err()
            .to_string();
        assert!(
            json.contains("never stored") && !json.contains("9018"),
            "{json}"
        );
    }

    #[test]
    fn debug_masks_the_digits() {
        assert_eq!(
            format!("{:?}", Last4::parse("4321").unwrap()),
            "Last4(****)"
        );
    }
}

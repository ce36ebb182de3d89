//! Numbers printed on cards and documents, validated where they enter the core: the 保険者番号
//! and its check digit (R-NUM-1), the refusal of a full My Number in any field (R-NUM-2), the
//! 記号・番号・枝番 compared after NFKC (R-NUM-3), and the last four digits of the My Number (R-DOC-4).
//!
//! Every type here masks its digits in `Debug`, and no error message repeats the text it refused.

use std::hash::{Hash, Hasher};

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

/// The plumbing shared by the text-backed types of the core: `TryFrom<String>` through the
/// type's `parse` (so serde validates), `From<T> for String`, and a `Debug` that masks the text
/// so it never reaches a log by accident.
macro_rules! masked_text {
    ($name:ident, $error:ty) => {
        impl TryFrom<String> for $name {
            type Error = $error;

            fn try_from(text: String) -> Result<Self, Self::Error> {
                $name::parse(&text)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(concat!(stringify!($name), "(****)"))
            }
        }
    };
}
pub(crate) use masked_text;

/// The last four digits of a My Number (個人番号の下4桁), the only part the app may keep (R-NUM-2).
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Last4(String);

/// Why a number was refused. Messages never repeat the digits they were given.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    /// A full 12-digit My Number was given where the app keeps at most the last four (R-NUM-2).
    #[error("a 12-digit My Number is never stored (only its last 4 digits may be kept)")]
    FullMyNumber,
    /// Not exactly four digits.
    #[error("expected exactly 4 digits (the last 4 of the My Number)")]
    NotFourDigits,
    /// Nothing but spaces.
    #[error("the field is empty")]
    Empty,
    /// A 保険者番号 with something other than digits.
    #[error("an insurer number (保険者番号) has digits only")]
    InsurerNotDigits,
    /// A 保険者番号 that is neither 8 digits nor 6 (国民健康保険) (R-NUM-1).
    #[error("an insurer number (保険者番号) has 8 digits, or 6 for 国民健康保険")]
    InsurerLength,
    /// A 保険者番号 whose last digit is not its check digit (R-NUM-1): mistyped or misread.
    #[error("the insurer number (保険者番号) fails its check digit: compare it with the document")]
    InsurerCheckDigit,
    /// A 枝番 that is not two digits (R-NUM-3).
    #[error("a branch number (枝番) has exactly 2 digits")]
    BranchNotTwoDigits,
    /// A 記号 or 番号 longer than any real one, or holding control characters.
    #[error("not a plausible 記号 or 番号 (at most {MAX_CODE_CHARS} printable characters)")]
    CodeShape,
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

    /// Compares the last four digits printed on an お知らせ with those on the card (R-DOC-4).
    pub fn check_against_card(&self, card: &Last4) -> Last4Check {
        if self == card {
            Last4Check::Match
        } else {
            Last4Check::Mismatch
        }
    }
}

// Across the FFI the last four digits are text: see `crate::error` (the lift's error is the
// public one, so the custom type is declared there and this module does not depend on it).

/// Outcome of comparing the お知らせ's last four digits with the card's (R-DOC-4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Last4Check {
    /// The insurer holds the right My Number.
    Match,
    /// The insurer holds a wrong My Number: the person should contact the insurer (R-DOC-4).
    Mismatch,
}

masked_text!(Last4, NumberError);

/// NFKC form of `text` (full-width digits and letters become ASCII, 「－」 becomes 「-」).
pub fn nfkc(text: &str) -> String {
    text.nfkc().collect()
}

/// Refuses any text that holds a full My Number (R-NUM-2): the one detector every text entering
/// the product passes (names, kana, typed fields and their names, file names, contacts, the text
/// read from a document). See [`holds_my_number`].
pub fn refuse_my_number(text: &str) -> Result<(), NumberError> {
    match holds_my_number(text) {
        true => Err(NumberError::FullMyNumber),
        false => Ok(()),
    }
}

/// Whether `text` holds a My Number (R-NUM-2): after NFKC (so full-width digits count), digit
/// groups joined only by separators — any character that is not a letter, digit or ideograph
/// (spaces, tabs, newlines, every dash, 「ー」, `.`, `/`, `,`, `_`, zero-width and other format
/// characters) — whose digits, taken from the first digit of one group to the last of another,
/// number exactly 12 and end in their check digit. Digits beside the run do not hide it
/// ("1 1234-5678-9018"); a longer unbroken run of digits is not a My Number.
///
/// The check digit is required: with every separator joining groups, dates, phone numbers and
/// amounts written side by side often total 12 digits, and requiring the check digit keeps about
/// ten in eleven of those from being refused by chance. No real 保険者番号, 記号, 番号 or 枝番 has
/// 12 digits.
pub fn holds_my_number(text: &str) -> bool {
    let groups = digit_groups(&nfkc(text));
    (0..groups.len()).any(|start| {
        let mut digits = String::new();
        for (index, (group, joined)) in groups.iter().enumerate().skip(start) {
            if index > start && !joined {
                return false;
            }
            digits.push_str(group);
            if digits.len() >= 12 {
                return digits.len() == 12 && is_my_number(&digits);
            }
        }
        false
    })
}

/// The ASCII digit groups of `text`, each with whether only separators stand between it and the
/// group before.
fn digit_groups(text: &str) -> Vec<(String, bool)> {
    let mut groups: Vec<(String, bool)> = Vec::new();
    let mut current = String::new();
    let mut joined = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            current.push(c);
            continue;
        }
        if !current.is_empty() {
            groups.push((std::mem::take(&mut current), joined));
            joined = true;
        }
        joined &= is_separator(c);
    }
    if !current.is_empty() {
        groups.push((current, joined));
    }
    groups
}

/// A character that may stand between the digit groups of a written number: anything that is
/// not a letter, a digit or an ideograph, and the long-vowel mark 「ー」 typed as a dash.
fn is_separator(c: char) -> bool {
    !c.is_alphanumeric() || c == 'ー'
}

/// Whether 12 ASCII digits end in their My Number check digit (R-NUM-2).
fn is_my_number(digits: &str) -> bool {
    let (body, check) = digits.split_at(11);
    my_number_check_digit(body).is_some_and(|d| check.as_bytes() == [b'0' + d])
}

/// The check digit of a My Number from its first 11 digits (R-NUM-2): weights 2–7, 2–6 from
/// the rightmost body digit, r = sum mod 11, check = 0 if r ≤ 1 else 11 − r. Returns `None`
/// unless `body` is exactly 11 ASCII digits.
pub fn my_number_check_digit(body: &str) -> Option<u8> {
    if body.len() != 11 || !body.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let sum: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * (if i < 6 { i as u32 + 2 } else { i as u32 - 4 }))
        .sum();
    let r = sum % 11;
    Some(if r <= 1 { 0 } else { (11 - r) as u8 })
}

/// A 保険者番号 (insurer number): 8 digits, or 6 for 国民健康保険, whose last digit is its check
/// digit (R-NUM-1). Held as ASCII digits.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct InsurerNumber(String);

/// The kind of insurer, from the 法別番号 (first two digits) of an 8-digit 保険者番号 (R-NUM-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InsurerKind {
    /// 国民健康保険 (6-digit number without 法別番号).
    NationalHealthInsurance,
    /// 全国健康保険協会 (協会けんぽ), 法別番号 01.
    KyokaiKenpo,
    /// 船員保険, 法別番号 02.
    Seamen,
    /// 組合管掌健康保険 (健康保険組合), 法別番号 06.
    HealthInsuranceSociety,
    /// 共済組合, 法別番号 31–34.
    MutualAid,
    /// 後期高齢者医療, 法別番号 39.
    LateStageElderly,
    /// 特例退職被保険者, 法別番号 63 and 72–75.
    SpecialRetiree,
    /// Any other 法別番号 (公費負担 and the like): valid, but not a kind the app tells apart.
    Other,
}

impl InsurerNumber {
    /// Accepts 8 digits, or 6 for 国民健康保険 (full-width digits and spaces allowed), whose check
    /// digit matches (R-NUM-1). A full My Number is refused first (R-NUM-2).
    pub fn parse(text: &str) -> Result<Self, NumberError> {
        refuse_my_number(text)?;
        let digits = comparison_key(text);
        if digits.is_empty() {
            return Err(NumberError::Empty);
        }
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(NumberError::InsurerNotDigits);
        }
        if digits.len() != 8 && digits.len() != 6 {
            return Err(NumberError::InsurerLength);
        }
        let (body, check) = digits.split_at(digits.len() - 1);
        if check.bytes().next() != Some(b'0' + insurer_check_digit(body)) {
            return Err(NumberError::InsurerCheckDigit);
        }
        Ok(InsurerNumber(digits))
    }

    /// The digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The kind of insurer, from the 法別番号 (R-NUM-1).
    pub fn kind(&self) -> InsurerKind {
        if self.0.len() == 6 {
            return InsurerKind::NationalHealthInsurance;
        }
        match &self.0[..2] {
            "01" => InsurerKind::KyokaiKenpo,
            "02" => InsurerKind::Seamen,
            "06" => InsurerKind::HealthInsuranceSociety,
            "31" | "32" | "33" | "34" => InsurerKind::MutualAid,
            "39" => InsurerKind::LateStageElderly,
            "63" | "72" | "73" | "74" | "75" => InsurerKind::SpecialRetiree,
            _ => InsurerKind::Other,
        }
    }
}

/// Luhn check digit over the body digits, weight 2 on the rightmost one (R-NUM-1). `body` holds
/// ASCII digits only (checked by the caller).
fn insurer_check_digit(body: &str) -> u8 {
    let sum: u32 = body
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let product = u32::from(b - b'0') * if i % 2 == 0 { 2 } else { 1 };
            product / 10 + product % 10
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

/// Answer of `shikaku check insurer-number`: whether a typed 保険者番号 is valid and its kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InsurerNumberCheck {
    /// The number passes R-NUM-1 (length and check digit).
    pub valid: bool,
    /// The kind of insurer; `None` when the number is not valid.
    pub kind: Option<InsurerKind>,
    /// Why the number is not valid (never repeating it); absent when valid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl InsurerNumberCheck {
    /// Checks `text` as a 保険者番号 (R-NUM-1).
    pub fn of(text: &str) -> Self {
        match InsurerNumber::parse(text) {
            Ok(number) => InsurerNumberCheck {
                valid: true,
                kind: Some(number.kind()),
                reason: None,
            },
            Err(error) => InsurerNumberCheck {
                valid: false,
                kind: None,
                reason: Some(error.to_string()),
            },
        }
    }
}

masked_text!(InsurerNumber, NumberError);

/// Longest 記号 or 番号 accepted: far above any real one (番号 commonly ≤ 10 digits, R-NUM-3).
pub const MAX_CODE_CHARS: usize = 40;

/// The key two codes (or two printed names, R-OWNER-1) are compared by (R-NUM-3): NFKC, without
/// any white space. The one compact form every reader of printed text uses (numbers, 和暦 dates,
/// ratios, the Mynaportal labels).
pub fn comparison_key(text: &str) -> String {
    nfkc(text).chars().filter(|c| !c.is_whitespace()).collect()
}

/// Defines a code printed on insurance documents: stored as given (trimmed), compared after NFKC
/// (R-NUM-3), masked in `Debug`, serialised as its text.
macro_rules! document_code {
    ($(#[$doc:meta])* $name:ident, $validate:path) => {
        $(#[$doc])*
        #[derive(Clone, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Validates `text` (trimmed) and keeps it as given; a full My Number is refused
            /// (R-NUM-2).
            pub fn parse(text: &str) -> Result<Self, NumberError> {
                let text = text.trim();
                refuse_my_number(text)?;
                $validate(text)?;
                Ok($name(text.to_owned()))
            }

            /// The text as given.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        /// Equal when their NFKC forms without white space are equal (R-NUM-3).
        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                comparison_key(&self.0) == comparison_key(&other.0)
            }
        }

        impl Eq for $name {}

        impl Hash for $name {
            fn hash<H: Hasher>(&self, state: &mut H) {
                comparison_key(&self.0).hash(state);
            }
        }

        masked_text!($name, NumberError);
    };
}

/// 記号 and 番号 are free text (digits, kanji, full-width dashes occur, R-NUM-3): non-empty,
/// printable and of plausible length.
fn validate_code(text: &str) -> Result<(), NumberError> {
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    if text.chars().count() > MAX_CODE_CHARS || text.chars().any(char::is_control) {
        return Err(NumberError::CodeShape);
    }
    Ok(())
}

/// 枝番 is exactly two digits after NFKC (R-NUM-3).
fn validate_branch(text: &str) -> Result<(), NumberError> {
    let key = comparison_key(text);
    if key.len() == 2 && key.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(NumberError::BranchNotTwoDigits)
    }
}

document_code!(
    /// The 記号 (symbol) of an insurance record: free text, compared after NFKC (R-NUM-3).
    Symbol,
    validate_code
);

document_code!(
    /// The 番号 (member number) of an insurance record: commonly up to 10 digits, compared after
    /// NFKC (R-NUM-3).
    MemberNumber,
    validate_code
);

document_code!(
    /// The 枝番 (branch number) that tells family members apart: 2 digits, missing on some older
    /// records (R-NUM-3).
    Branch,
    validate_branch
);

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

    #[test]
    fn insurer_numbers_from_the_domain_digest_are_valid() {
        // R-NUM-1 examples.
        for (text, kind) in [
            ("33120015", InsurerKind::MutualAid),
            ("01040013", InsurerKind::KyokaiKenpo),
            ("131011", InsurerKind::NationalHealthInsurance),
            ("３３１２００１５", InsurerKind::MutualAid),
            (" 0104 0013 ", InsurerKind::KyokaiKenpo),
        ] {
            let number = InsurerNumber::parse(text).unwrap();
            assert_eq!(number.kind(), kind, "{text}");
        }
        assert_eq!(
            InsurerNumber::parse("33120015").unwrap().as_str(),
            "33120015"
        );
    }

    #[test]
    fn insurer_number_errors_say_what_is_wrong() {
        assert_eq!(
            InsurerNumber::parse("33120016"),
            Err(NumberError::InsurerCheckDigit)
        );
        assert_eq!(
            InsurerNumber::parse("131012"),
            Err(NumberError::InsurerCheckDigit)
        );
        assert_eq!(
            InsurerNumber::parse("3312001"),
            Err(NumberError::InsurerLength)
        );
        assert_eq!(
            InsurerNumber::parse("3312A015"),
            Err(NumberError::InsurerNotDigits)
        );
        assert_eq!(InsurerNumber::parse("  "), Err(NumberError::Empty));
        assert_eq!(
            InsurerNumber::parse("123456789018"),
            Err(NumberError::FullMyNumber)
        );
        let message = NumberError::InsurerCheckDigit.to_string();
        assert!(message.contains("check digit"), "{message}");
    }

    #[test]
    fn every_single_digit_error_is_caught() {
        let good = "06139992";
        assert!(InsurerNumber::parse(good).is_ok());
        for position in 0..8 {
            for digit in b'0'..=b'9' {
                let mut bytes = good.as_bytes().to_vec();
                if bytes[position] == digit {
                    continue;
                }
                bytes[position] = digit;
                let typo = String::from_utf8(bytes).unwrap();
                assert_eq!(
                    InsurerNumber::parse(&typo),
                    Err(NumberError::InsurerCheckDigit),
                    "{typo}"
                );
            }
        }
    }

    #[test]
    fn insurer_kinds_follow_the_houbetsu_number() {
        let kind = |body: &str| {
            let check = insurer_check_digit(body);
            InsurerNumber::parse(&format!("{body}{check}"))
                .unwrap()
                .kind()
        };
        assert_eq!(kind("0213001"), InsurerKind::Seamen);
        assert_eq!(kind("0613001"), InsurerKind::HealthInsuranceSociety);
        assert_eq!(kind("3113001"), InsurerKind::MutualAid);
        assert_eq!(kind("3413001"), InsurerKind::MutualAid);
        assert_eq!(kind("3913001"), InsurerKind::LateStageElderly);
        assert_eq!(kind("6313001"), InsurerKind::SpecialRetiree);
        assert_eq!(kind("7513001"), InsurerKind::SpecialRetiree);
        assert_eq!(kind("2713001"), InsurerKind::Other);
    }

    #[test]
    fn insurer_number_check_reports_validity_and_kind() {
        assert_eq!(
            InsurerNumberCheck::of("01040013"),
            InsurerNumberCheck {
                valid: true,
                kind: Some(InsurerKind::KyokaiKenpo),
                reason: None,
            }
        );
        let invalid = InsurerNumberCheck::of("01040014");
        assert!(!invalid.valid && invalid.kind.is_none());
        assert!(invalid.reason.unwrap().contains("check digit"));
        assert_eq!(
            serde_json::to_string(&InsurerNumberCheck::of("131011")).unwrap(),
            r#"{"valid":true,"kind":"national_health_insurance"}"#
        );
    }

    #[test]
    fn my_number_check_digit_matches_the_published_example() {
        // R-NUM-2: body 12345678901 → 8.
        assert_eq!(my_number_check_digit("12345678901"), Some(8));
        assert_eq!(my_number_check_digit("00000000000"), Some(0));
        assert_eq!(my_number_check_digit("1234567890"), None);
        assert_eq!(my_number_check_digit("1234567890a"), None);
    }

    #[test]
    fn a_full_my_number_is_refused_in_any_text() {
        for text in [
            "123456789018",
            "1234 5678 9018",
            "1234-5678-9018",
            "１２３４５６７８９０１８",
            "番号 123456789018 です",
            "123456789018 01",
            "1 1234-5678-9018",
            "記号 12 1234 5678 9018",
            "Taro 1234  5678  9018",
            "1234\t5678\n9018",
            "1234–5678—9018",
            "1234ー5678ー9018",
            "1234ｰ5678ｰ9018",
            "1234.5678.9018",
            "1234/5678/9018",
            "1234,5678,9018",
            "1234_5678_9018",
            "1234\u{200B}5678\u{200B}9018",
            "1234\u{2060}5678\u{FEFF}9018",
            "１２３４　５６７８　９０１８",
            "(1234) 5678-9018",
        ] {
            assert_eq!(
                refuse_my_number(text),
                Err(NumberError::FullMyNumber),
                "{text}"
            );
        }
        for text in [
            "12345678901",
            "1234567890123",
            // 12 digits that fail the check digit are not a My Number.
            "123456789010",
            "1234 5678 9010",
            // Letters between the groups break the run.
            "1234 a 5678 9018",
            "2025-01-01",
            "03-1234-5678",
            "090-1234-5678",
            "0120-95-0178",
            "33120015",
            "",
        ] {
            assert_eq!(refuse_my_number(text), Ok(()), "{text}");
        }
        for refused in [
            Symbol::parse("1234 5678 9018").unwrap_err(),
            MemberNumber::parse("123456789018").unwrap_err(),
            Branch::parse("123456789018").unwrap_err(),
        ] {
            assert_eq!(refused, NumberError::FullMyNumber);
            let message = refused.to_string();
            assert!(
                message.contains("My Number") && !message.contains("9018"),
                "{message}"
            );
        }
    }

    #[test]
    fn codes_are_stored_as_given_and_compared_after_nfkc() {
        let typed = Symbol::parse(" 1２３－4 ").unwrap();
        assert_eq!(typed.as_str(), "1２３－4");
        assert_eq!(typed, Symbol::parse("123-4").unwrap());
        assert_ne!(typed, Symbol::parse("123-5").unwrap());
        assert_eq!(
            Symbol::parse("東京 12").unwrap(),
            Symbol::parse("東京12").unwrap()
        );
        assert_eq!(
            MemberNumber::parse("０００１２３").unwrap(),
            MemberNumber::parse("000123").unwrap()
        );
        assert_eq!(MemberNumber::parse(""), Err(NumberError::Empty));
        assert_eq!(
            MemberNumber::parse(&"1".repeat(41)),
            Err(NumberError::CodeShape)
        );
        assert_eq!(MemberNumber::parse("12\u{7}3"), Err(NumberError::CodeShape));
        let set: std::collections::HashSet<Symbol> =
            [Symbol::parse("１２").unwrap(), Symbol::parse("12").unwrap()].into();
        assert_eq!(set.len(), 1);
    }

    #[test]
    fn branch_is_two_digits() {
        assert_eq!(Branch::parse("０１").unwrap(), Branch::parse("01").unwrap());
        for bad in ["1", "001", "ab", ""] {
            assert_eq!(
                Branch::parse(bad),
                Err(NumberError::BranchNotTwoDigits),
                "{bad}"
            );
        }
    }

    #[test]
    fn sensitive_numbers_are_masked_in_debug() {
        let shown = format!(
            "{:?} {:?} {:?} {:?}",
            InsurerNumber::parse("33120015").unwrap(),
            Symbol::parse("4711").unwrap(),
            MemberNumber::parse("8642").unwrap(),
            Branch::parse("07").unwrap()
        );
        assert!(
            !shown.contains("3312")
                && !shown.contains("4711")
                && !shown.contains("8642")
                && !shown.contains("07"),
            "{shown}"
        );
    }

    #[test]
    fn last4_on_the_notice_is_checked_against_the_card() {
        // R-DOC-4: a mismatch means the insurer holds a wrong number.
        let card = Last4::parse("1234").unwrap();
        assert_eq!(
            Last4::parse("１２３４").unwrap().check_against_card(&card),
            Last4Check::Match
        );
        assert_eq!(
            Last4::parse("1243").unwrap().check_against_card(&card),
            Last4Check::Mismatch
        );
    }
}

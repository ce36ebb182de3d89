//! The My Number detector (R-NUM-2, `numbers::holds_my_number`) against a reference that strips
//! every non-digit: whatever the detector refuses holds 12 consecutive digits with a valid check
//! digit once everything else is stripped, and on text made only of digits and separators it
//! refuses exactly what the reference calls a My Number.
#![no_main]

use libfuzzer_sys::fuzz_target;
use shikaku_core::numbers::{holds_my_number, nfkc};

/// Separators a person or a PDF may put between digit groups.
const SEPARATORS: &[&str] = &[
    " ", "  ", "\t", "\n", "\r\n", "-", "－", "‐", "–", "—", "―", "−", "ー", "ｰ", ".", "/", ",",
    "_", "・", "\u{200B}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{AD}", "　", "(", ")",
];

/// The reference check digit (R-NUM-2), written apart from the one under test.
fn valid(digits: &[u8]) -> bool {
    let weights = [6u32, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let sum: u32 = digits[..11]
        .iter()
        .zip(weights)
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    let check = match sum % 11 {
        0 | 1 => 0,
        r => 11 - r,
    };
    u32::from(digits[11] - b'0') == check
}

/// Every ASCII digit of the text after NFKC, everything else stripped.
fn stripped(text: &str) -> Vec<u8> {
    nfkc(text).bytes().filter(u8::is_ascii_digit).collect()
}

/// Text made of digits (ASCII or full-width) and separators only, one token per byte.
fn digits_and_separators(data: &[u8]) -> String {
    let mut text = String::new();
    for &b in data {
        match b % 4 {
            0 | 1 => text.push(char::from(b'0' + (b / 4) % 10)),
            2 => text.push(char::from_u32('０' as u32 + u32::from((b / 4) % 10)).unwrap()),
            _ => text.push_str(SEPARATORS[usize::from(b / 4) % SEPARATORS.len()]),
        }
    }
    text
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode % 2 == 0 {
        // Any text: a refusal is backed by the reference.
        let Ok(text) = std::str::from_utf8(rest) else {
            return;
        };
        if holds_my_number(text) {
            let digits = stripped(text);
            assert!(
                digits.windows(12).any(valid),
                "refused without a My Number: {text:?}"
            );
        }
    } else {
        let text = digits_and_separators(rest);
        let digits = stripped(&text);
        let found = holds_my_number(&text);
        match digits.len() {
            0..=11 => assert!(!found, "{text:?}"),
            12 => assert_eq!(found, valid(&digits), "{text:?}"),
            _ if found => assert!(digits.windows(12).any(valid), "{text:?}"),
            _ => {}
        }
    }
});

//! Lower-case hexadecimal (16進数) of bytes, for the ids the app derives (reminder ids, the
//! reminder subject) and for staging file names. Written a digit at a time: a `format!` per byte
//! cost about as much as the hash it printed (`docs/benchmarks.md`, "App core").

/// The lower-case hexadecimal digits.
const DIGITS: &[u8; 16] = b"0123456789abcdef";

/// `bytes` as lower-case hexadecimal, two digits a byte, appended to `out`.
pub(crate) fn push_lower(out: &mut String, bytes: &[u8]) {
    out.reserve(bytes.len() * 2);
    for &byte in bytes {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
}

/// `bytes` as lower-case hexadecimal, two digits a byte.
pub(crate) fn lower(bytes: &[u8]) -> String {
    let mut out = String::new();
    push_lower(&mut out, bytes);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_byte_is_two_lower_case_digits() {
        assert_eq!(super::lower(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
        let all: Vec<u8> = (0..=255).collect();
        let expected: String = all.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(super::lower(&all), expected);
        let mut prefixed = String::from("shikaku-");
        super::push_lower(&mut prefixed, &[0x12]);
        assert_eq!(prefixed, "shikaku-12");
    }
}

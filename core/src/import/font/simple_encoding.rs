//! What the one-byte codes of a simple font (Type1, TrueType, Type3) without a ToUnicode CMap
//! show: its base encoding (PDF 1.7 Annex D) changed by its `/Differences`.
//!
//! A Mynaportal record prints Japanese through fonts with ToUnicode maps or Unicode CMaps; a
//! simple font without one carries Latin text at most (digits, a Helvetica label). So the base
//! encodings are kept to what such text uses: WinAnsiEncoding in full, StandardEncoding,
//! MacRomanEncoding and PDFDocEncoding for printable ASCII; and glyph names to the Adobe Glyph
//! List's names of printable ASCII and the `uniXXXX` / `uXXXX` forms. Any other code reads as
//! U+FFFD, which makes its field missing rather than wrong. (The full Adobe Glyph List, 4,500
//! names, would be about 440 KiB of the mobile library.)

use hayro_syntax::object::{Array, Dict, Name, Object};

/// Characters of WinAnsiEncoding's codes 0x80–0x9F (Windows-1252); U+FFFD where undefined.
const WIN_ANSI_80: [char; 32] = [
    '€', '\u{FFFD}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{FFFD}', 'Ž',
    '\u{FFFD}', '\u{FFFD}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{FFFD}',
    'ž', 'Ÿ',
];

/// Adobe Glyph List names of the printable ASCII characters that are not the character itself
/// (single letters name themselves).
const ASCII_GLYPH_NAMES: [(&[u8], char); 34] = [
    (b"space", ' '),
    (b"exclam", '!'),
    (b"quotedbl", '"'),
    (b"numbersign", '#'),
    (b"dollar", '$'),
    (b"percent", '%'),
    (b"ampersand", '&'),
    (b"quotesingle", '\''),
    (b"parenleft", '('),
    (b"parenright", ')'),
    (b"asterisk", '*'),
    (b"plus", '+'),
    (b"comma", ','),
    (b"hyphen", '-'),
    (b"period", '.'),
    (b"slash", '/'),
    (b"colon", ':'),
    (b"semicolon", ';'),
    (b"less", '<'),
    (b"equal", '='),
    (b"greater", '>'),
    (b"question", '?'),
    (b"at", '@'),
    (b"bracketleft", '['),
    (b"backslash", '\\'),
    (b"bracketright", ']'),
    (b"asciicircum", '^'),
    (b"underscore", '_'),
    (b"grave", '`'),
    (b"braceleft", '{'),
    (b"bar", '|'),
    (b"braceright", '}'),
    (b"asciitilde", '~'),
    (b"quoteright", '’'),
];

/// The digits' glyph names, `zero` to `nine`.
const DIGIT_NAMES: [&[u8]; 10] = [
    b"zero", b"one", b"two", b"three", b"four", b"five", b"six", b"seven", b"eight", b"nine",
];

/// A simple font's code → character table.
pub struct SimpleEncoding {
    chars: Box<[char; 256]>,
}

impl SimpleEncoding {
    /// The encoding of the font dictionary `font`: `/Encoding` as a name or as a dictionary of
    /// `/BaseEncoding` and `/Differences`; StandardEncoding when absent.
    pub fn of(font: &Dict<'_>) -> Self {
        let mut chars = Box::new([char::REPLACEMENT_CHARACTER; 256]);
        let (base, differences) = match font.get::<Object<'_>>(b"Encoding") {
            Some(Object::Name(name)) => (Some(name), None),
            Some(Object::Dict(dict)) => (
                dict.get::<Name<'_>>(b"BaseEncoding"),
                dict.get::<Array<'_>>(b"Differences"),
            ),
            _ => (None, None),
        };
        let base = base.as_deref().unwrap_or(b"StandardEncoding");
        for (code, c) in chars.iter_mut().enumerate() {
            *c = base_char(base, code as u8);
        }
        let mut code = 0usize;
        for item in differences.iter().flat_map(|all| all.iter::<Object<'_>>()) {
            match item {
                Object::Number(first) => code = usize::try_from(first.as_i64()).unwrap_or(256),
                Object::Name(name) => {
                    if let Some(c) = chars.get_mut(code) {
                        *c = glyph_char(&name).unwrap_or(char::REPLACEMENT_CHARACTER);
                    }
                    code = code.saturating_add(1);
                }
                _ => {}
            }
        }
        SimpleEncoding { chars }
    }

    /// The characters the codes `bytes` show.
    pub fn decode(&self, bytes: &[u8]) -> String {
        bytes.iter().map(|&b| self.chars[usize::from(b)]).collect()
    }
}

/// The character of `code` in the base encoding `name` (U+FFFD outside what is kept).
fn base_char(name: &[u8], code: u8) -> char {
    let printable = (0x20..0x7F).contains(&code);
    match name {
        b"WinAnsiEncoding" => match code {
            0x80..=0x9F => WIN_ANSI_80[usize::from(code - 0x80)],
            0xA0..=0xFF => char::from(code),
            _ if printable => char::from(code),
            _ => char::REPLACEMENT_CHARACTER,
        },
        // StandardEncoding's 0x27 and 0x60 are the typographic quotes.
        b"StandardEncoding" if code == 0x27 => '’',
        b"StandardEncoding" if code == 0x60 => '‘',
        b"StandardEncoding" | b"MacRomanEncoding" | b"PDFDocEncoding" if printable => {
            char::from(code)
        }
        _ => char::REPLACEMENT_CHARACTER,
    }
}

/// The character a glyph name stands for, within the names kept (module doc).
fn glyph_char(name: &[u8]) -> Option<char> {
    if let [letter] = name {
        return letter.is_ascii_alphabetic().then_some(char::from(*letter));
    }
    if let Some(digit) = DIGIT_NAMES.iter().position(|&d| d == name) {
        return char::from_digit(digit as u32, 10);
    }
    if let Some(&(_, c)) = ASCII_GLYPH_NAMES.iter().find(|&&(n, _)| n == name) {
        return Some(c);
    }
    if name == b"quoteleft" {
        return Some('‘');
    }
    // `uni` and four hex digits (the first of a sequence is kept), or `u` and four to six.
    let hex = match name {
        [b'u', b'n', b'i', rest @ ..] if rest.len() >= 4 => &rest[..4],
        [b'u', rest @ ..] if (4..=6).contains(&rest.len()) => rest,
        _ => return None,
    };
    let value = u32::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?;
    char::from_u32(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use hayro_syntax::object::FromBytes;

    /// The encoding of the font dictionary written in PDF syntax.
    fn encoding(font: &[u8]) -> SimpleEncoding {
        SimpleEncoding::of(&Dict::from_bytes(font).expect("a dictionary"))
    }

    #[test]
    fn win_ansi_reads_latin_and_windows_characters() {
        let enc = encoding(b"<< /Encoding /WinAnsiEncoding >>");
        assert_eq!(enc.decode(b"No. 06139992 \x80\x93\xE9"), "No. 06139992 €“é");
        assert_eq!(enc.decode(b"\x81\x07"), "\u{FFFD}\u{FFFD}");
    }

    #[test]
    fn differences_override_the_base() {
        let enc = encoding(
            b"<< /Encoding << /Differences [48 /one /uni4FDD /u1F600 /g7 65 /quoteleft] >> >>",
        );
        assert_eq!(enc.decode(b"0123AB'"), "1保😀\u{FFFD}‘B’");
    }

    #[test]
    fn no_encoding_is_standard() {
        let enc = encoding(b"<< >>");
        assert_eq!(enc.decode(b"Ab1`\xE9"), "Ab1‘\u{FFFD}");
    }
}

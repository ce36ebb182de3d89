//! A font's ToUnicode CMap (PDF 1.7 §9.10.3): the characters each character code shows.
//!
//! Only what reading text needs: the code space ranges (how many bytes each code takes) and the
//! `bfchar` / `bfrange` mappings, read by a small PostScript-token reader (hayro-syntax leaves
//! fonts to its users; lopdf's font encodings, used before, linked a glyph-name table and every
//! `encoding_rs` decoder, about 590 KiB of the mobile library, docs/benchmarks.md).

/// Most mappings kept from one CMap: a CJK subset has a few thousand.
const MAX_MAPPINGS: usize = 65_536;

/// Most UTF-16 units one code may show (a ligature such as "ffi" is three).
const MAX_UNITS: usize = 16;

/// Codes are at most four bytes long (PDF 1.7 §9.7.6.2).
const MAX_CODE_BYTES: usize = 4;

/// What a range of codes shows.
enum Target {
    /// The first code's characters; each following code adds one to the last unit.
    Offset(Vec<u16>),
    /// One entry per code of the range.
    List(Vec<Vec<u16>>),
}

/// Codes `low..=high`, each `bytes` long, and what they show.
struct Mapping {
    bytes: usize,
    low: u32,
    high: u32,
    target: Target,
}

/// A parsed ToUnicode CMap.
pub struct ToUnicode {
    /// `(bytes, low, high)`: codes of that many bytes whose every byte lies between the
    /// corresponding bytes of `low` and `high`.
    code_space: Vec<(usize, u32, u32)>,
    /// Sorted by `(bytes, low)`.
    mappings: Vec<Mapping>,
}

/// One operand of the CMap's PostScript.
enum Operand {
    Hex(Vec<u8>),
    Array(Vec<Vec<u8>>),
    Other,
}

impl ToUnicode {
    /// Reads the CMap in `data`; `None` when it maps no code.
    pub fn parse(data: &[u8]) -> Option<Self> {
        let mut this = ToUnicode {
            code_space: Vec::new(),
            mappings: Vec::new(),
        };
        let mut operands: Vec<Operand> = Vec::new();
        let mut tokens = Tokens { data, at: 0 };
        while let Some(token) = tokens.next_token() {
            match token {
                Token::Hex(bytes) => operands.push(Operand::Hex(bytes)),
                Token::Array(items) => operands.push(match items {
                    Some(items) => Operand::Array(items),
                    None => Operand::Other,
                }),
                Token::Other => operands.push(Operand::Other),
                Token::Keyword(keyword) => {
                    match keyword {
                        b"endcodespacerange" => this.code_space_ranges(&operands),
                        b"endbfchar" => this.chars(&operands),
                        b"endbfrange" => this.ranges(&operands),
                        _ => {}
                    }
                    operands.clear();
                }
            }
            if this.mappings.len() >= MAX_MAPPINGS {
                break;
            }
        }
        if this.mappings.is_empty() {
            return None;
        }
        this.mappings.sort_by_key(|m| (m.bytes, m.low));
        Some(this)
    }

    fn code_space_ranges(&mut self, operands: &[Operand]) {
        for pair in operands.chunks_exact(2) {
            if let [Operand::Hex(low), Operand::Hex(high)] = pair {
                if let (Some((bytes, low)), Some((_, high))) = (code(low), code(high)) {
                    self.code_space.push((bytes, low, high));
                }
            }
        }
    }

    fn chars(&mut self, operands: &[Operand]) {
        for pair in operands.chunks_exact(2) {
            if let [Operand::Hex(source), Operand::Hex(target)] = pair {
                if let (Some((bytes, code)), Some(units)) = (code(source), units(target)) {
                    self.push(bytes, code, code, Target::Offset(units));
                }
            }
        }
    }

    fn ranges(&mut self, operands: &[Operand]) {
        for triple in operands.chunks_exact(3) {
            let [Operand::Hex(low), Operand::Hex(high), target] = triple else {
                continue;
            };
            let (Some((bytes, low)), Some((_, high))) = (code(low), code(high)) else {
                continue;
            };
            if high < low {
                continue;
            }
            let target = match target {
                Operand::Hex(first) => units(first).map(Target::Offset),
                Operand::Array(items) => Some(Target::List(
                    items.iter().filter_map(|i| units(i)).collect(),
                )),
                Operand::Other => None,
            };
            if let Some(target) = target {
                self.push(bytes, low, high, target);
            }
        }
    }

    fn push(&mut self, bytes: usize, low: u32, high: u32, target: Target) {
        if self.mappings.len() < MAX_MAPPINGS {
            self.mappings.push(Mapping {
                bytes,
                low,
                high,
                target,
            });
        }
    }

    /// The characters `bytes` show; a code the CMap does not map reads as U+FFFD.
    /// `default_bytes` is the code length when the CMap declares no code space.
    pub fn decode(&self, bytes: &[u8], default_bytes: usize) -> String {
        let mut units = Vec::with_capacity(bytes.len());
        let mut rest = bytes;
        while !rest.is_empty() {
            let length = self
                .code_length(rest)
                .unwrap_or(default_bytes)
                .clamp(1, rest.len());
            let (this, after) = rest.split_at(length);
            let code = this.iter().fold(0u32, |c, &b| c << 8 | u32::from(b));
            match self.lookup(length, code) {
                Some(shown) => units.extend(shown),
                None => units.push(0xFFFD),
            }
            rest = after;
        }
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    }

    /// The length of the code `bytes` start with, by the code space ranges.
    fn code_length(&self, bytes: &[u8]) -> Option<usize> {
        (1..=MAX_CODE_BYTES.min(bytes.len())).find(|&length| {
            let code = bytes[..length]
                .iter()
                .fold(0u32, |c, &b| c << 8 | u32::from(b));
            self.code_space.iter().any(|&(n, low, high)| {
                n == length
                    && (0..n).all(|k| {
                        let byte = |v: u32| (v >> (8 * k)) & 0xFF;
                        (byte(low)..=byte(high)).contains(&byte(code))
                    })
            })
        })
    }

    fn lookup(&self, bytes: usize, code: u32) -> Option<Vec<u16>> {
        let after = self
            .mappings
            .partition_point(|m| (m.bytes, m.low) <= (bytes, code));
        let mapping = &self.mappings[after.checked_sub(1)?];
        if mapping.bytes != bytes || code > mapping.high {
            return None;
        }
        let offset = code - mapping.low;
        match &mapping.target {
            Target::Offset(first) => {
                let mut units = first.clone();
                if let Some(last) = units.last_mut() {
                    // Offsets are below 2^16 in any sensible CMap; a larger one wraps, as the
                    // last byte does in other readers.
                    *last = last.wrapping_add(offset as u16);
                }
                Some(units)
            }
            Target::List(list) => list.get(offset as usize).cloned(),
        }
    }
}

/// A source code: its length in bytes and value.
fn code(hex: &[u8]) -> Option<(usize, u32)> {
    if hex.is_empty() || hex.len() > MAX_CODE_BYTES {
        return None;
    }
    Some((
        hex.len(),
        hex.iter().fold(0u32, |c, &b| c << 8 | u32::from(b)),
    ))
}

/// A destination: UTF-16BE.
fn units(hex: &[u8]) -> Option<Vec<u16>> {
    if hex.is_empty() || hex.len() > 2 * MAX_UNITS {
        return None;
    }
    Some(
        hex.chunks(2)
            .map(|pair| match pair {
                [hi, lo] => u16::from_be_bytes([*hi, *lo]),
                [lone] => u16::from(*lone),
                _ => 0xFFFD,
            })
            .collect(),
    )
}

/// A token of the CMap's PostScript, as far as reading mappings needs.
enum Token<'a> {
    /// `<…>`: the bytes.
    Hex(Vec<u8>),
    /// `[…]` of hex strings; `None` when it holds anything else.
    Array(Option<Vec<Vec<u8>>>),
    /// An operator such as `beginbfchar`, `def` or `endcmap`.
    Keyword(&'a [u8]),
    /// A number, name, string or dictionary delimiter.
    Other,
}

struct Tokens<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Tokens<'a> {
    fn peek(&self) -> Option<u8> {
        self.data.get(self.at).copied()
    }

    fn next_token(&mut self) -> Option<Token<'a>> {
        loop {
            let byte = self.peek()?;
            if byte.is_ascii_whitespace() || byte == 0 {
                self.at += 1;
            } else if byte == b'%' {
                while self.peek().is_some_and(|b| b != b'\n' && b != b'\r') {
                    self.at += 1;
                }
            } else {
                break;
            }
        }
        let start = self.at;
        self.at += 1;
        Some(match self.data[start] {
            b'<' if self.peek() == Some(b'<') => {
                self.at += 1;
                Token::Other
            }
            b'<' => Token::Hex(self.hex()),
            b'>' => {
                if self.peek() == Some(b'>') {
                    self.at += 1;
                }
                Token::Other
            }
            b'[' => Token::Array(self.array()),
            b'(' => {
                self.skip_string();
                Token::Other
            }
            b'/' | b']' | b'{' | b'}' => {
                self.skip_regular();
                Token::Other
            }
            _ => {
                self.skip_regular();
                let word = &self.data[start..self.at];
                if word[0].is_ascii_alphabetic() {
                    Token::Keyword(word)
                } else {
                    Token::Other
                }
            }
        })
    }

    /// The bytes of a hex string whose `<` was read; an odd last digit counts as `d0`.
    fn hex(&mut self) -> Vec<u8> {
        let mut digits = Vec::new();
        while let Some(byte) = self.peek() {
            self.at += 1;
            if byte == b'>' {
                break;
            }
            if let Some(d) = (byte as char).to_digit(16) {
                digits.push(d as u8);
            }
        }
        digits
            .chunks(2)
            .map(|pair| pair[0] << 4 | pair.get(1).copied().unwrap_or(0))
            .collect()
    }

    /// The hex strings of an array whose `[` was read.
    fn array(&mut self) -> Option<Vec<Vec<u8>>> {
        let mut items = Vec::new();
        let mut only_hex = true;
        loop {
            while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
                self.at += 1;
            }
            match self.peek() {
                None => return None,
                Some(b']') => {
                    self.at += 1;
                    return only_hex.then_some(items);
                }
                // A nested array is not part of a mapping; not descending into it keeps the
                // reader's stack flat whatever the input.
                Some(b'[') => {
                    self.at += 1;
                    only_hex = false;
                }
                Some(_) => match self.next_token()? {
                    Token::Hex(bytes) => items.push(bytes),
                    _ => only_hex = false,
                },
            }
        }
    }

    /// Skips a literal string whose `(` was read: nested parentheses, backslash escapes.
    fn skip_string(&mut self) {
        let mut depth = 1usize;
        while let Some(byte) = self.peek() {
            self.at += 1;
            match byte {
                b'\\' => self.at += 1,
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }

    /// Skips to the end of a run of regular characters (PDF 1.7 §7.2.2).
    fn skip_regular(&mut self) {
        while self
            .peek()
            .is_some_and(|b| !b.is_ascii_whitespace() && !b"()<>[]{}/%".contains(&b) && b != 0)
        {
            self.at += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CMAP: &[u8] = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def /CMapType 2 def % a comment (with a parenthesis
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0003> <4FDD> <0004> <0066006C> endbfchar
2 beginbfrange <0010> <0012> <0030> <0020> <0021> [<967A> <8005>] endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end";

    #[test]
    fn reads_chars_ranges_and_arrays() {
        let cmap = ToUnicode::parse(CMAP).expect("mappings");
        let shown = cmap.decode(&[0, 3, 0, 0x10, 0, 0x12, 0, 0x20, 0, 0x21, 0, 4], 1);
        assert_eq!(shown, "保02険者fl");
    }

    #[test]
    fn unmapped_codes_read_as_replacement() {
        let cmap = ToUnicode::parse(CMAP).expect("mappings");
        assert_eq!(cmap.decode(&[0, 9, 0], 2), "\u{FFFD}\u{FFFD}");
    }

    #[test]
    fn code_length_defaults_without_code_space() {
        let cmap = ToUnicode::parse(b"1 beginbfchar <41> <0041> endbfchar").expect("mappings");
        assert_eq!(cmap.decode(b"AA", 1), "AA");
        assert_eq!(ToUnicode::parse(b"begincmap endcmap").map(|_| ()), None);
    }

    #[test]
    fn garbage_never_panics() {
        for data in [
            &b"<<<<[[[<"[..],
            b"(unterminated",
            b"endbfrange <00",
            b"[<01> /x] <",
            b"\\",
        ] {
            let _ = ToUnicode::parse(data).map(|c| c.decode(b"\x00\x01", 2));
        }
        let deep = [b"1 beginbfrange <00> <01> ".as_slice(), &[b'['; 100_000]].concat();
        assert!(ToUnicode::parse(&deep).is_none());
    }
}

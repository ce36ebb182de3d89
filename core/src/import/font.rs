//! What a PDF font turns the bytes of a text string into: characters and advance widths.
//!
//! Characters come from the font's ToUnicode CMap when it has one ([`to_unicode`]; embedded
//! subsets always do; it wins over `/Encoding`, which for subsets is often a placeholder such as
//! WinAnsi), else from a simple font's encoding ([`simple_encoding`]). A Type0
//! font without ToUnicode is readable only when its predefined CMap is itself Unicode
//! ([`UNICODE_CMAPS`], e.g. `UniJIS-UCS2-H` of a non-embedded HeiseiKakuGo-W5): its codes are
//! UTF-16BE. Any other code comes out as U+FFFD, which makes the field that holds it unreadable
//! rather than wrong.
//!
//! Kangxi radicals that ToUnicode maps often give for ordinary kanji are mapped back to them.
//!
//! Widths only serve to tell adjacent text runs from separate columns, so an estimate is enough
//! where the exact width would need a CID table (predefined CMaps): half an em for half-width
//! characters, the font's default width for the rest.

mod simple_encoding;
mod to_unicode;

use hayro_syntax::object::{Array, Dict, Name, Object, Stream};
use unicode_normalization::UnicodeNormalization;

use simple_encoding::SimpleEncoding;
use to_unicode::ToUnicode;

use super::pdf_stream::{self, StreamError};

/// The predefined CMaps whose character codes are UTF-16BE (UCS-2 for the BMP), for Japanese and
/// the other Adobe character collections. This is the whole "CMap table" the reader needs: codes
/// map to Unicode by identity, so no CID tables are shipped.
pub const UNICODE_CMAPS: &[&[u8]] = &[
    b"UniJIS-UCS2-H",
    b"UniJIS-UCS2-V",
    b"UniJIS-UCS2-HW-H",
    b"UniJIS-UCS2-HW-V",
    b"UniJIS-UTF16-H",
    b"UniJIS-UTF16-V",
    b"UniJIS2004-UTF16-H",
    b"UniJIS2004-UTF16-V",
    b"UniGB-UCS2-H",
    b"UniGB-UTF16-H",
    b"UniCNS-UCS2-H",
    b"UniCNS-UTF16-H",
    b"UniKS-UCS2-H",
    b"UniKS-UTF16-H",
];

/// Most width entries kept from one font's `/W` or `/Widths` array: a real CJK subset has a few
/// thousand; a crafted one cannot make us allocate more.
const MAX_WIDTH_ENTRIES: usize = 16_384;

/// How a font's codes become characters.
enum Chars {
    /// The font's ToUnicode CMap.
    ToUnicode(ToUnicode),
    /// A simple font's base encoding and differences.
    Simple(SimpleEncoding),
    /// A Unicode predefined CMap: the codes are UTF-16BE.
    Utf16Be,
    /// Nothing maps the codes: every code reads as U+FFFD.
    Unreadable,
}

/// A font of a page, ready to decode strings shown with it.
pub struct Font {
    chars: Chars,
    /// Type0 fonts use two-byte codes (Identity and the UCS-2 CMaps); simple fonts one byte.
    two_byte: bool,
    /// Advance widths keyed by code (simple fonts) or CID (Identity CMaps), in glyph units.
    widths: Vec<(u32, u32, f32)>,
    /// Width of codes not in `widths`, in glyph units.
    default_width: f32,
    /// Glyph units to text space: 1/1000, or a Type3 font's FontMatrix.
    scale: f32,
    /// Widths are keyed by Unicode scalar (predefined CMap), so use the estimate.
    estimate_widths: bool,
}

/// A decoded string: its characters, and the advance it causes before Tc, Tw and font size.
pub struct Shown {
    /// The characters (U+FFFD for unreadable codes).
    pub text: String,
    /// Sum of glyph widths in text-space units per unit of font size.
    pub width: f32,
    /// Number of codes shown (each gets the character spacing Tc).
    pub codes: usize,
    /// Number of single-byte code 32 (each gets the word spacing Tw).
    pub spaces: usize,
}

impl Font {
    /// Prepares the font dictionary `font`, decoding at most `limit` bytes for its ToUnicode
    /// CMap. Fails only with [`StreamError::TooLarge`], when that limit is exceeded.
    pub fn new(font: &Dict<'_>, limit: usize) -> Result<Self, StreamError> {
        let two_byte = font
            .get::<Name<'_>>(b"Subtype")
            .is_some_and(|subtype| &*subtype == b"Type0");
        let encoding_name = font.get::<Name<'_>>(b"Encoding");
        let chars = match to_unicode(font, limit)? {
            Some(cmap) => Chars::ToUnicode(cmap),
            None if two_byte => match encoding_name {
                Some(name) if UNICODE_CMAPS.contains(&&*name) => Chars::Utf16Be,
                _ => Chars::Unreadable,
            },
            None => Chars::Simple(SimpleEncoding::of(font)),
        };
        let estimate_widths = matches!(chars, Chars::Utf16Be);
        let mut this = Font {
            chars,
            two_byte,
            widths: Vec::new(),
            default_width: 0.0,
            scale: 0.001,
            estimate_widths,
        };
        if two_byte {
            this.read_cid_widths(font);
        } else {
            this.read_simple_widths(font);
        }
        this.widths.sort_by_key(|&(lo, _, _)| lo);
        Ok(this)
    }

    /// Decodes the bytes of one shown string.
    pub fn show(&self, bytes: &[u8]) -> Shown {
        let text = match &self.chars {
            Chars::ToUnicode(cmap) => cmap.decode(bytes, if self.two_byte { 2 } else { 1 }),
            Chars::Simple(encoding) => encoding.decode(bytes),
            Chars::Utf16Be => {
                let units = bytes.chunks(2).map(|pair| match pair {
                    [hi, lo] => u16::from_be_bytes([*hi, *lo]),
                    _ => 0xFFFD,
                });
                char::decode_utf16(units)
                    .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                    .collect()
            }
            Chars::Unreadable => {
                replacement(bytes.len().div_ceil(if self.two_byte { 2 } else { 1 }))
            }
        };
        let text = unify_radicals(text);
        let (width, codes, spaces) = if self.estimate_widths {
            let width = text.chars().map(|c| self.estimated_width(c)).sum();
            (width, text.chars().count(), 0)
        } else if self.two_byte {
            let codes = bytes.chunks(2).map(|pair| match pair {
                [hi, lo] => u32::from(u16::from_be_bytes([*hi, *lo])),
                _ => 0,
            });
            (
                codes.map(|code| self.width(code)).sum(),
                bytes.len().div_ceil(2),
                0,
            )
        } else {
            let width = bytes.iter().map(|&code| self.width(u32::from(code))).sum();
            (
                width,
                bytes.len(),
                bytes.iter().filter(|&&b| b == b' ').count(),
            )
        };
        Shown {
            text,
            width,
            codes,
            spaces,
        }
    }

    fn width(&self, code: u32) -> f32 {
        let after = self.widths.partition_point(|&(lo, _, _)| lo <= code);
        let glyph = match after.checked_sub(1).map(|i| self.widths[i]) {
            Some((_, hi, width)) if code <= hi => width,
            _ => self.default_width,
        };
        glyph * self.scale
    }

    /// Half an em for half-width characters, the default width (a full em) for the rest.
    fn estimated_width(&self, c: char) -> f32 {
        let half = c.is_ascii() || ('\u{FF61}'..='\u{FF9F}').contains(&c);
        if half {
            self.default_width * self.scale / 2.0
        } else {
            self.default_width * self.scale
        }
    }

    /// `/FirstChar` + `/Widths` (and a Type3 font's `/FontMatrix`).
    fn read_simple_widths(&mut self, font: &Dict<'_>) {
        self.default_width = font
            .get::<Dict<'_>>(b"FontDescriptor")
            .and_then(|d| d.get::<f32>(b"MissingWidth"))
            .unwrap_or(500.0);
        if let Some(matrix) = font.get::<Array<'_>>(b"FontMatrix") {
            self.scale = matrix
                .iter::<Object<'_>>()
                .next()
                .and_then(|a| number(&a))
                .unwrap_or(0.001)
                .abs();
            // Type3 glyph units are the font's own: make the default half an em in them too.
            self.default_width = 0.5 / self.scale.max(f32::EPSILON);
        }
        let first = font.get::<i64>(b"FirstChar").unwrap_or(0);
        if let Some(widths) = font.get::<Array<'_>>(b"Widths") {
            self.widths = widths
                .iter::<Object<'_>>()
                .take(MAX_WIDTH_ENTRIES)
                .enumerate()
                .filter_map(|(i, w)| {
                    let code = u32::try_from(first.checked_add(i as i64)?).ok()?;
                    Some((code, code, number(&w)?))
                })
                .collect();
        }
    }

    /// `/DW` and `/W` of the descendant CIDFont.
    fn read_cid_widths(&mut self, font: &Dict<'_>) {
        let descendant = font
            .get::<Array<'_>>(b"DescendantFonts")
            .and_then(|fonts| fonts.iter::<Dict<'_>>().next());
        let Some(descendant) = descendant else {
            self.default_width = 1000.0;
            return;
        };
        self.default_width = descendant.get::<f32>(b"DW").unwrap_or(1000.0);
        let Some(w) = descendant.get::<Array<'_>>(b"W") else {
            return;
        };
        // Two forms: `c [w1 w2 …]` and `c_first c_last w`.
        let mut items = w.iter::<Object<'_>>();
        while self.widths.len() < MAX_WIDTH_ENTRIES {
            let (Some(first), Some(next)) = (items.next(), items.next()) else {
                return;
            };
            let Some(first) = number(&first).map(|f| f as u32) else {
                return;
            };
            match next {
                Object::Array(list) => {
                    let widths = list.iter::<Object<'_>>().take(MAX_WIDTH_ENTRIES);
                    for (k, width) in widths.enumerate() {
                        if let Some(width) = number(&width) {
                            let cid = first.saturating_add(k as u32);
                            self.widths.push((cid, cid, width));
                        }
                    }
                }
                last => {
                    let (Some(last), Some(width)) =
                        (number(&last), items.next().and_then(|o| number(&o)))
                    else {
                        return;
                    };
                    self.widths.push((first, last as u32, width));
                }
            }
        }
    }
}

/// The font's ToUnicode CMap, or `None` when it has none that maps a code. Fails only when its
/// stream decodes to more than `limit` bytes.
fn to_unicode(font: &Dict<'_>, limit: usize) -> Result<Option<ToUnicode>, StreamError> {
    let Some(stream) = font.get::<Stream<'_>>(b"ToUnicode") else {
        return Ok(None);
    };
    match pdf_stream::decoded(&stream, limit) {
        Ok(content) => Ok(ToUnicode::parse(&content)),
        Err(StreamError::TooLarge) => Err(StreamError::TooLarge),
        // A damaged map is no map: the font's codes read by its encoding, or as U+FFFD.
        Err(StreamError::Unreadable) => Ok(None),
    }
}

/// A number object's value (also a content-stream operand's).
pub fn number(object: &Object<'_>) -> Option<f32> {
    match object {
        Object::Number(n) => Some(n.as_f32()),
        _ => None,
    }
}

/// Kangxi and CJK radical code points (U+2E80–U+2FDF) are what many fonts' ToUnicode maps give
/// for ordinary kanji whose glyph they share (「⼈」 for 「人」); NFKC maps them back to the
/// unified ideographs. Nothing else in the text is normalised: fields are stored as printed.
fn unify_radicals(text: String) -> String {
    let radical = |c: char| ('\u{2E80}'..='\u{2FDF}').contains(&c);
    if !text.chars().any(radical) {
        return text;
    }
    text.chars()
        .flat_map(|c| {
            let mut buffer = [0u8; 4];
            let one: &str = c.encode_utf8(&mut buffer);
            if radical(c) {
                one.nfkc().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect()
}

fn replacement(count: usize) -> String {
    std::iter::repeat_n(char::REPLACEMENT_CHARACTER, count).collect()
}

//! The bytes of PDF streams, within fixed bounds: the streams the importer reads itself (page
//! content, ToUnicode CMaps) decoded through their filters with an output limit, and a check,
//! before the parser sees the file, that no stream body in it inflates past that limit.
//!
//! hayro-syntax parses the file and decodes the cross-reference and object streams it needs on
//! its own, without an output limit; [`check_inflated_sizes`] is what bounds those (what it does
//! not cover is listed in docs/import.md, "Bounds"). Filters read here: FlateDecode (with or
//! without its zlib header, as hayro reads it), ASCII85Decode and ASCIIHexDecode, the ones
//! Mynaportal-style producers (reportlab, Chromium) write; a stream with another filter or a PNG
//! or TIFF predictor is unreadable, and the text it holds comes out missing, never wrong.

use hayro_syntax::object::{Array, Dict, Stream};
use hayro_syntax::Filter;
use miniz_oxide::inflate::core::{decompress, DecompressorOxide};
use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

/// Bytes of output the counting inflater keeps: a power of two holding DEFLATE's 32 KiB window.
const WINDOW: usize = 32 * 1024;

/// Why a stream's bytes could not be had.
#[derive(Debug, PartialEq, Eq)]
pub enum StreamError {
    /// It decodes to more than the limit (a decompression bomb, for one).
    TooLarge,
    /// A filter or predictor not read here, or data that is not what its filter says.
    Unreadable,
}

/// The bytes of `stream` after its filters (and after decryption, which hayro does), failing
/// with [`StreamError::TooLarge`] as soon as any stage would exceed `limit` bytes.
pub fn decoded(stream: &Stream<'_>, limit: usize) -> Result<Vec<u8>, StreamError> {
    if has_predictor(stream.dict()) {
        return Err(StreamError::Unreadable);
    }
    let mut data = stream.raw_data().into_owned();
    for (i, filter) in stream.filters().into_iter().enumerate() {
        data = match filter {
            // A leading Crypt filter names the crypt filter `raw_data` has already applied.
            Filter::Crypt if i == 0 => continue,
            Filter::FlateDecode => inflate(&data, limit)?,
            Filter::Ascii85Decode => ascii85(&data).ok_or(StreamError::Unreadable)?,
            Filter::AsciiHexDecode => ascii_hex(&data).ok_or(StreamError::Unreadable)?,
            _ => return Err(StreamError::Unreadable),
        };
        if data.len() > limit {
            return Err(StreamError::TooLarge);
        }
    }
    Ok(data)
}

/// Checks every stream body of the PDF `file` (the bytes after each `stream` keyword and its end
/// of line) without parsing the file: read as DEFLATE data — raw, behind a zlib header, or inside
/// ASCII85 — none may inflate to more than `limit` bytes. Counts the output through a fixed
/// window, so memory stays bounded whatever the data claims; a body that is not DEFLATE data
/// stops the inflater within a few bytes.
pub fn check_inflated_sizes(file: &[u8], limit: usize) -> Result<(), StreamError> {
    let mut inflater = CountingInflater::new();
    let mut at = 0;
    while let Some(found) = find(&file[at..], b"stream") {
        let keyword = at + found;
        at = keyword + b"stream".len();
        if file[..keyword].ends_with(b"end") {
            continue;
        }
        let Some(body) = body_after_keyword(&file[at..]) else {
            continue;
        };
        let armoured = ascii85(body);
        let candidates = [Some(body), armoured.as_deref()];
        for data in candidates.into_iter().flatten() {
            if inflater.inflated_len(deflate_data(data), limit) > limit {
                return Err(StreamError::TooLarge);
            }
        }
    }
    Ok(())
}

/// The data after a `stream` keyword's end of line, as hayro-syntax finds it (`\n`, `\r\n` or a
/// lone `\r`); `None` when no end of line follows, which hayro does not read as a stream.
fn body_after_keyword(after: &[u8]) -> Option<&[u8]> {
    after
        .strip_prefix(b"\n")
        .or_else(|| after.strip_prefix(b"\r\n"))
        .or_else(|| after.strip_prefix(b"\r"))
}

/// The DEFLATE data of a FlateDecode stream: behind its two-byte zlib header when it starts with
/// a valid one, else the whole stream (hayro-syntax makes the same choice).
fn deflate_data(data: &[u8]) -> &[u8] {
    match data {
        [cmf, flg, rest @ ..]
            if cmf & 0x0F == 8
                && (u16::from(*cmf) << 8 | u16::from(*flg)) % 31 == 0
                && flg & 0x20 == 0 =>
        {
            rest
        }
        _ => data,
    }
}

/// Inflates FlateDecode data into at most `limit` bytes. Damaged or truncated data yields what
/// was read before the damage, as PDF readers do; the checksum is not required.
fn inflate(data: &[u8], limit: usize) -> Result<Vec<u8>, StreamError> {
    match decompress_to_vec_with_limit(deflate_data(data), limit) {
        Ok(bytes) => Ok(bytes),
        Err(error) if error.status == TINFLStatus::HasMoreOutput => Err(StreamError::TooLarge),
        Err(error) => Ok(error.output),
    }
}

/// An inflater that only counts what it would output, through a fixed window.
struct CountingInflater {
    state: Box<DecompressorOxide>,
    window: Vec<u8>,
}

impl CountingInflater {
    fn new() -> Self {
        CountingInflater {
            state: Box::default(),
            window: vec![0; WINDOW],
        }
    }

    /// How many bytes the raw DEFLATE `data` inflates to, counting stopped once past `limit`.
    fn inflated_len(&mut self, data: &[u8], limit: usize) -> usize {
        self.state.init();
        let (mut input, mut position, mut total) = (data, 0, 0usize);
        loop {
            // No flags: raw DEFLATE, a wrapping output window, and `data` is all there is.
            let (status, read, written) =
                decompress(&mut self.state, input, &mut self.window, position, 0);
            total = total.saturating_add(written);
            input = input.get(read..).unwrap_or_default();
            position = (position + written) & (WINDOW - 1);
            if total > limit || status != TINFLStatus::HasMoreOutput {
                return total;
            }
        }
    }
}

/// Whether a stream's decode parameters ask for a PNG or TIFF predictor (`/Predictor` above 1).
fn has_predictor(dict: &Dict<'_>) -> bool {
    let predicts = |params: Dict<'_>| params.get::<i32>(b"Predictor").is_some_and(|p| p > 1);
    [&b"DecodeParms"[..], b"DP"].into_iter().any(|key| {
        dict.get::<Dict<'_>>(key).is_some_and(predicts)
            || dict
                .get::<Array<'_>>(key)
                .is_some_and(|all| all.iter::<Dict<'_>>().any(predicts))
    })
}

/// PDF white space (PDF 1.7 §7.2.2).
fn is_white_space(byte: u8) -> bool {
    matches!(byte, b'\0' | b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

/// ASCII85Decode (PDF 1.7 §7.4.3) up to its `~>` end marker (or the data's end); `None` at a
/// character outside the encoding. As hayro-syntax does, a `z` inside a group ends the group.
fn ascii85(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 5 * 4 + 4);
    let (mut group, mut filled) = ([0u8; 5], 0);
    for &byte in data.strip_prefix(b"<~").unwrap_or(data) {
        match byte {
            b'~' => break,
            b'z' => {
                flush_base85(&mut out, group, filled)?;
                filled = 0;
                out.extend_from_slice(&[0; 4]);
            }
            b'!'..=b'u' => {
                group[filled] = byte - b'!';
                filled += 1;
                if filled == 5 {
                    flush_base85(&mut out, group, filled)?;
                    filled = 0;
                }
            }
            _ if is_white_space(byte) => {}
            _ => return None,
        }
    }
    flush_base85(&mut out, group, filled)?;
    Some(out)
}

/// Appends the bytes of the first `filled` digits of `group`: a group of n digits, padded with
/// the highest digit, gives n − 1 bytes (a lone digit gives none).
fn flush_base85(out: &mut Vec<u8>, mut group: [u8; 5], filled: usize) -> Option<()> {
    if filled > 1 {
        group[filled..].fill(b'u' - b'!');
        out.extend_from_slice(&base85_group(group)?[..filled - 1]);
    }
    Some(())
}

/// The four bytes five base-85 digits stand for; `None` when they overflow 32 bits.
fn base85_group(digits: [u8; 5]) -> Option<[u8; 4]> {
    let value = digits.iter().try_fold(0u32, |value, &digit| {
        value.checked_mul(85)?.checked_add(u32::from(digit))
    })?;
    Some(value.to_be_bytes())
}

/// ASCIIHexDecode (PDF 1.7 §7.4.2) up to its `>` end marker; a final odd digit is followed by 0.
fn ascii_hex(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 2 + 1);
    let mut high: Option<u8> = None;
    for &byte in data {
        if byte == b'>' {
            break;
        }
        if is_white_space(byte) {
            continue;
        }
        let digit = char::from(byte).to_digit(16)? as u8;
        match high.take() {
            Some(high) => out.push(high << 4 | digit),
            None => high = Some(digit),
        }
    }
    out.extend(high.map(|high| high << 4));
    Some(out)
}

/// How many times `needle` occurs in `haystack` (overlaps counted).
pub fn occurrences(haystack: &[u8], needle: &[u8]) -> usize {
    let mut count = 0;
    let mut at = 0;
    while let Some(found) = find(&haystack[at..], needle) {
        count += 1;
        at += found + 1;
    }
    count
}

/// The first position of `needle` in `haystack`: a scan for its first byte, then a comparison
/// (several times faster than comparing every window on a PDF's bytes).
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let mut from = 0;
    loop {
        let at = from + haystack.get(from..)?.iter().position(|&b| b == first)?;
        if haystack[at + 1..].starts_with(rest) {
            return Some(at);
        }
        from = at + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use miniz_oxide::deflate::{compress_to_vec, compress_to_vec_zlib};

    #[test]
    fn ascii85_reads_groups_zeros_and_a_short_tail() {
        // "Man " and "sure" are the textbook groups; `z` is four zero bytes.
        assert_eq!(
            ascii85(b"9jqo^ z F*2M7~>").as_deref(),
            Some(&b"Man \0\0\0\0sure"[..])
        );
        assert_eq!(ascii85(b"<~9jqo^F*2~>").as_deref(), Some(&b"Man su"[..]));
        assert_eq!(ascii85(b"9jqz"), Some(b"Ma\0\0\0\0".to_vec()));
        assert_eq!(ascii85(b"9jq{o^"), None);
        assert_eq!(ascii85(b"s8W-\""), None, "five digits above 2^32 - 1");
    }

    #[test]
    fn ascii_hex_reads_pairs_and_pads_an_odd_digit() {
        assert_eq!(
            ascii_hex(b"48 65\n6c6C6f7>").as_deref(),
            Some(&b"Hello\x70"[..])
        );
        assert_eq!(ascii_hex(b"4G"), None);
    }

    #[test]
    fn inflating_stops_at_the_limit() {
        let data = vec![b'q'; 10_000];
        for compressed in [compress_to_vec_zlib(&data, 6), compress_to_vec(&data, 6)] {
            assert_eq!(inflate(&compressed, 10_000), Ok(data.clone()));
            assert_eq!(inflate(&compressed, 9_999), Err(StreamError::TooLarge));
            let mut inflater = CountingInflater::new();
            assert_eq!(
                inflater.inflated_len(deflate_data(&compressed), 1 << 20),
                10_000
            );
            assert!(inflater.inflated_len(deflate_data(&compressed), 5_000) > 5_000);
        }
    }

    #[test]
    fn finds_every_occurrence() {
        assert_eq!(occurrences(b"stream endstream streamstrea", b"stream"), 3);
        assert_eq!(occurrences(b"aaaa", b"aa"), 3);
        assert_eq!(find(b"xxstrx", b"stream"), None);
    }

    #[test]
    fn the_check_finds_a_bomb_in_any_stream_body() {
        let bomb = compress_to_vec_zlib(&vec![0u8; 3 << 20], 9);
        let mut file = b"%PDF-1.7\n1 0 obj << /Length 3 >> stream\nabc\nendstream\n".to_vec();
        assert_eq!(check_inflated_sizes(&file, 1 << 20), Ok(()));
        file.extend_from_slice(b"2 0 obj << /Filter /FlateDecode >> stream\r\n");
        file.extend_from_slice(&bomb);
        assert_eq!(
            check_inflated_sizes(&file, 1 << 20),
            Err(StreamError::TooLarge)
        );
        assert_eq!(check_inflated_sizes(&file, 4 << 20), Ok(()));
    }
}

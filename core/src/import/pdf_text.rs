//! The text of a PDF laid out as lines, top to bottom and left to right, within fixed bounds of
//! size, time and memory.
//!
//! hayro-syntax parses the file (cross-reference repair, object streams, empty-password
//! decryption), `pdf_stream` bounds every stream inflated, `font` decodes strings; this module
//! walks each page's content stream,
//! places every shown string on the page through the text and transformation matrices, and
//! joins strings that share a baseline. Strings closer than [`SPACE_GAP_EM`] join without a
//! space, so a label drawn glyph by glyph still reads as one word once spaces are removed.
//! Text inside Form XObjects is not read (the Mynaportal PDF draws its text on the page); a
//! field there comes out missing, never wrong.

use std::collections::HashMap;

use hayro_syntax::content::UntypedIter;
use hayro_syntax::object::{Array, Dict, Object, Stream};
use hayro_syntax::page::Page;
use hayro_syntax::{LoadPdfError, Pdf};

use super::font::{self, Font};
use super::limits;
use super::pdf_stream::{self, StreamError};
use super::ImportError;

/// A gap between two strings on one line, in ems of the larger font, above which a space is
/// inserted: below it the strings are one word (letter-spaced or split across font subsets).
const SPACE_GAP_EM: f32 = 0.3;

/// Strings whose baselines differ by less than this fraction of the font size share a line.
const SAME_LINE_EM: f32 = 0.4;

/// The lines of text of every page of the PDF in `bytes`, page after page.
pub fn document_lines(bytes: &[u8]) -> Result<Vec<String>, ImportError> {
    if pdf_stream::occurrences(bytes, b"stream") > limits::MAX_STREAM_KEYWORDS {
        return Err(ImportError::TooComplex);
    }
    // hayro-syntax inflates cross-reference and object streams without a limit: no stream body
    // may inflate past the limit before it sees the file.
    pdf_stream::check_inflated_sizes(bytes, limits::MAX_STREAM_BYTES).map_err(stream_error)?;
    let doc = Pdf::new(bytes.to_vec()).map_err(|error| match error {
        LoadPdfError::Decryption(_) => ImportError::Encrypted,
        LoadPdfError::Invalid => ImportError::Malformed,
    })?;
    let pages = doc.pages();
    if pages.is_empty() {
        return Err(ImportError::Malformed);
    }
    if pages.len() > limits::MAX_PAGES {
        return Err(ImportError::TooManyPages);
    }
    let mut budget = Budget {
        operations: limits::MAX_OPERATIONS,
        content_bytes: limits::MAX_CONTENT_BYTES,
    };
    let mut lines = Vec::new();
    for page in pages.iter() {
        lines.extend(page_lines(page, &mut budget)?);
    }
    Ok(lines)
}

/// What is left of the per-document allowances.
struct Budget {
    operations: usize,
    content_bytes: usize,
}

fn stream_error(error: StreamError) -> ImportError {
    match error {
        StreamError::TooLarge => ImportError::TooComplex,
        StreamError::Unreadable => ImportError::Malformed,
    }
}

/// An affine matrix `[a b c d e f]` as in PDF (row vectors: `p' = p × M`).
#[derive(Clone, Copy)]
struct Matrix([f32; 6]);

impl Matrix {
    const IDENTITY: Matrix = Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]);

    fn translate(x: f32, y: f32) -> Matrix {
        Matrix([1.0, 0.0, 0.0, 1.0, x, y])
    }

    /// `self` applied first, then `then`.
    fn then(self, then: Matrix) -> Matrix {
        let [a0, a1, a2, a3, a4, a5] = self.0;
        let [b0, b1, b2, b3, b4, b5] = then.0;
        Matrix([
            a0 * b0 + a1 * b2,
            a0 * b1 + a1 * b3,
            a2 * b0 + a3 * b2,
            a2 * b1 + a3 * b3,
            a4 * b0 + a5 * b2 + b4,
            a4 * b1 + a5 * b3 + b5,
        ])
    }

    /// Where the origin lands.
    fn origin(self) -> (f32, f32) {
        (self.0[4], self.0[5])
    }

    /// Length of the unit vertical vector: how much a font size is scaled.
    fn vertical_scale(self) -> f32 {
        self.0[2].hypot(self.0[3])
    }

    fn from_operands<'b, 'a: 'b>(operands: impl Iterator<Item = &'b Object<'a>>) -> Option<Matrix> {
        let mut numbers = operands.filter_map(font::number);
        let mut matrix = [0.0; 6];
        for slot in &mut matrix {
            *slot = numbers.next()?;
        }
        numbers.next().is_none().then_some(Matrix(matrix))
    }
}

/// The parts of the graphics state that place text (saved by `q`, restored by `Q`).
#[derive(Clone)]
struct State {
    ctm: Matrix,
    font: Option<Vec<u8>>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    horizontal_scale: f32,
    leading: f32,
}

/// One shown string, placed on the page.
struct Run {
    x: f32,
    y: f32,
    end_x: f32,
    size: f32,
    text: String,
}

/// The page's content: its content streams decoded within what is left of the content budget,
/// joined by a space. A stream that cannot be decoded is skipped (its text comes out missing).
fn page_content(page: &Page<'_>, budget: &mut Budget) -> Result<Vec<u8>, ImportError> {
    let contents = page.raw();
    let streams: Vec<Stream<'_>> = match contents.get::<Stream<'_>>(b"Contents") {
        Some(stream) => vec![stream],
        None => contents
            .get::<Array<'_>>(b"Contents")
            .map(|all| all.iter::<Stream<'_>>().collect())
            .unwrap_or_default(),
    };
    let mut content = Vec::new();
    for stream in &streams {
        let limit = budget.content_bytes.saturating_sub(content.len());
        match pdf_stream::decoded(stream, limit) {
            Ok(bytes) => {
                content.extend_from_slice(&bytes);
                content.push(b' ');
            }
            Err(StreamError::TooLarge) => return Err(ImportError::TooComplex),
            Err(StreamError::Unreadable) => {}
        }
    }
    budget.content_bytes = budget.content_bytes.saturating_sub(content.len());
    Ok(content)
}

/// Walks one page's content stream and returns its lines.
fn page_lines(page: &Page<'_>, budget: &mut Budget) -> Result<Vec<String>, ImportError> {
    let content = page_content(page, budget)?;
    let font_dicts = &page.resources().fonts;
    let mut fonts: HashMap<Vec<u8>, Font> = HashMap::new();
    let mut state = State {
        ctm: Matrix::IDENTITY,
        font: None,
        size: 0.0,
        char_spacing: 0.0,
        word_spacing: 0.0,
        horizontal_scale: 1.0,
        leading: 0.0,
    };
    let mut saved: Vec<State> = Vec::new();
    let mut tm = Matrix::IDENTITY;
    let mut tlm = Matrix::IDENTITY;
    let mut runs = Vec::new();

    let mut operations = UntypedIter::new(&content);
    while let Some(instruction) = operations.next() {
        budget.operations = budget
            .operations
            .checked_sub(1)
            .ok_or(ImportError::TooComplex)?;
        let operator: &[u8] = instruction.operator;
        let operand = |i: usize| instruction.operands().nth(i);
        let number = |i: usize| operand(i).and_then(font::number);
        match operator {
            b"q" => saved.push(state.clone()),
            b"Q" => state = saved.pop().unwrap_or(state),
            b"cm" => {
                if let Some(m) = Matrix::from_operands(instruction.operands()) {
                    state.ctm = m.then(state.ctm);
                }
            }
            b"BT" => {
                tm = Matrix::IDENTITY;
                tlm = Matrix::IDENTITY;
            }
            b"Tf" => {
                state.font = match operand(0) {
                    Some(Object::Name(name)) => Some(name.to_vec()),
                    _ => None,
                };
                state.size = number(1).unwrap_or(0.0);
                if let Some(name) = &state.font {
                    if !fonts.contains_key(name) {
                        if let Some(dict) = font_dicts.get::<Dict<'_>>(name.as_slice()) {
                            let font =
                                Font::new(&dict, limits::MAX_STREAM_BYTES).map_err(stream_error)?;
                            fonts.insert(name.clone(), font);
                        }
                    }
                }
            }
            b"Tc" => state.char_spacing = number(0).unwrap_or(0.0),
            b"Tw" => state.word_spacing = number(0).unwrap_or(0.0),
            b"Tz" => state.horizontal_scale = number(0).unwrap_or(100.0) / 100.0,
            b"TL" => state.leading = number(0).unwrap_or(0.0),
            b"Td" | b"TD" => {
                let (x, y) = (number(0).unwrap_or(0.0), number(1).unwrap_or(0.0));
                if operator == b"TD" {
                    state.leading = -y;
                }
                tlm = Matrix::translate(x, y).then(tlm);
                tm = tlm;
            }
            b"Tm" => {
                if let Some(m) = Matrix::from_operands(instruction.operands()) {
                    tlm = m;
                    tm = m;
                }
            }
            b"T*" => {
                tlm = Matrix::translate(0.0, -state.leading).then(tlm);
                tm = tlm;
            }
            b"Tj" | b"'" | b"\"" | b"TJ" => {
                if operator == b"\"" {
                    state.word_spacing = number(0).unwrap_or(state.word_spacing);
                    state.char_spacing = number(1).unwrap_or(state.char_spacing);
                }
                if operator == b"'" || operator == b"\"" {
                    tlm = Matrix::translate(0.0, -state.leading).then(tlm);
                    tm = tlm;
                }
                let font = state.font.as_ref().and_then(|name| fonts.get(name));
                let Some(font) = font else { continue };
                let mut place = |item: &Object<'_>| match item {
                    Object::String(bytes) => {
                        runs.push(show(font, bytes.as_bytes(), &state, &mut tm))
                    }
                    other => {
                        let adjust = font::number(other).unwrap_or(0.0);
                        let tx = -adjust / 1000.0 * state.size * state.horizontal_scale;
                        tm = Matrix::translate(tx, 0.0).then(tm);
                    }
                };
                match instruction.operands().last() {
                    Some(Object::Array(items)) if operator == b"TJ" => {
                        items.iter::<Object<'_>>().for_each(|item| place(&item));
                    }
                    Some(last) => place(last),
                    None => {}
                }
            }
            _ => {}
        }
    }
    Ok(lines_of(runs))
}

/// Places one string at the current text position and advances it.
fn show(font: &Font, bytes: &[u8], state: &State, tm: &mut Matrix) -> Run {
    let shown = font.show(bytes);
    let device = tm.then(state.ctm);
    let (x, y) = device.origin();
    let advance = (shown.width * state.size
        + shown.codes as f32 * state.char_spacing
        + shown.spaces as f32 * state.word_spacing)
        * state.horizontal_scale;
    *tm = Matrix::translate(advance, 0.0).then(*tm);
    Run {
        x,
        y,
        end_x: tm.then(state.ctm).origin().0,
        size: (state.size * device.vertical_scale()).abs(),
        text: shown.text,
    }
}

/// Groups runs that share a baseline into lines, top to bottom, each read left to right.
fn lines_of(mut runs: Vec<Run>) -> Vec<String> {
    runs.retain(|run| !run.text.trim().is_empty() && run.x.is_finite() && run.y.is_finite());
    runs.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut lines: Vec<Vec<Run>> = Vec::new();
    for run in runs {
        match lines.last_mut() {
            Some(line)
                if (line[0].y - run.y).abs() <= SAME_LINE_EM * line[0].size.max(run.size) =>
            {
                line.push(run)
            }
            _ => lines.push(vec![run]),
        }
    }
    lines
        .into_iter()
        .map(|mut line| {
            line.sort_by(|a, b| a.x.total_cmp(&b.x));
            let mut text = String::new();
            let mut previous: Option<&Run> = None;
            for run in &line {
                if let Some(previous) = previous {
                    let em = previous.size.max(run.size);
                    if run.x - previous.end_x > SPACE_GAP_EM * em {
                        text.push(' ');
                    }
                }
                text.push_str(&run.text);
                previous = Some(run);
            }
            text
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(x: f32, y: f32, end_x: f32, text: &str) -> Run {
        Run {
            x,
            y,
            end_x,
            size: 12.0,
            text: text.to_owned(),
        }
    }

    #[test]
    fn joins_runs_by_baseline_and_gap() {
        let lines = lines_of(vec![
            // Out of order on purpose; a label drawn glyph by glyph, then its value far right.
            run(230.0, 700.0, 278.0, "06139992"),
            run(70.0, 701.0, 82.0, "保"),
            run(83.0, 700.0, 95.0, "険"),
            run(100.0, 700.0, 112.0, "者"),
            run(70.0, 672.0, 94.0, "記号"),
            run(230.0, 672.0, 236.0, "1"),
            run(300.0, 672.0, 310.0, "  "),
        ]);
        assert_eq!(lines, vec!["保険 者 06139992", "記号 1"]);
    }

    #[test]
    fn matrices_compose_in_pdf_order() {
        // Scale by 2, then move by (10, 20): the origin lands at (10, 20), (1, 1) at (12, 22).
        let m = Matrix([2.0, 0.0, 0.0, 2.0, 0.0, 0.0]).then(Matrix::translate(10.0, 20.0));
        assert_eq!(m.origin(), (10.0, 20.0));
        assert_eq!(Matrix::translate(1.0, 1.0).then(m).origin(), (12.0, 22.0));
        assert_eq!(m.vertical_scale(), 2.0);
    }
}

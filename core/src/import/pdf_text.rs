//! The text of a PDF laid out as lines, top to bottom and left to right, within fixed bounds of
//! size, time and memory.
//!
//! lopdf parses the file (cross-reference repair, object streams, empty-password decryption,
//! decompression limits), `font` decodes strings; this module walks each page's content stream,
//! places every shown string on the page through the text and transformation matrices, and
//! joins strings that share a baseline. Strings closer than [`SPACE_GAP_EM`] join without a
//! space, so a label drawn glyph by glyph still reads as one word once spaces are removed.
//! Text inside Form XObjects is not read (the Mynaportal PDF draws its text on the page); a
//! field there comes out missing, never wrong.

use std::collections::HashMap;

use lopdf::content::{Content, Operation};
use lopdf::{DecompressError, Document, LoadOptions, Object, ObjectId};

use super::font::Font;
use super::limits;
use super::ImportError;

/// A gap between two strings on one line, in ems of the larger font, above which a space is
/// inserted: below it the strings are one word (letter-spaced or split across font subsets).
const SPACE_GAP_EM: f32 = 0.3;

/// Strings whose baselines differ by less than this fraction of the font size share a line.
const SAME_LINE_EM: f32 = 0.4;

/// The lines of text of every page of the PDF in `bytes`, page after page.
pub fn document_lines(bytes: &[u8]) -> Result<Vec<String>, ImportError> {
    let streams = bytes
        .windows(b"stream".len())
        .filter(|w| w == b"stream")
        .count();
    if streams > limits::MAX_STREAM_KEYWORDS {
        return Err(ImportError::TooComplex);
    }
    let options = LoadOptions::with_max_decompressed_size(limits::MAX_STREAM_BYTES);
    let doc = Document::load_mem_with_options(bytes, options).map_err(load_error)?;
    if doc.is_encrypted() {
        return Err(ImportError::Encrypted);
    }
    let pages = doc.get_pages();
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
    for &page in pages.values() {
        lines.extend(page_lines(&doc, page, &mut budget)?);
    }
    Ok(lines)
}

/// What is left of the per-document allowances.
struct Budget {
    operations: usize,
    content_bytes: usize,
}

fn load_error(error: lopdf::Error) -> ImportError {
    match error {
        lopdf::Error::InvalidPassword | lopdf::Error::Decryption(_) => ImportError::Encrypted,
        lopdf::Error::Decompress(DecompressError::MemoryLimitExceeded { .. }) => {
            ImportError::TooComplex
        }
        _ => ImportError::Malformed,
    }
}

fn limit_error(error: lopdf::Error) -> ImportError {
    match error {
        lopdf::Error::Decompress(DecompressError::MemoryLimitExceeded { .. }) => {
            ImportError::TooComplex
        }
        _ => ImportError::Malformed,
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

    fn from_operands(operands: &[Object]) -> Option<Matrix> {
        let numbers: Vec<f32> = operands.iter().filter_map(|o| o.as_float().ok()).collect();
        <[f32; 6]>::try_from(numbers).ok().map(Matrix)
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

/// Walks one page's content stream and returns its lines.
fn page_lines(
    doc: &Document,
    page: ObjectId,
    budget: &mut Budget,
) -> Result<Vec<String>, ImportError> {
    let content = doc
        .get_page_content_with_limit(page, budget.content_bytes)
        .map_err(limit_error)?;
    budget.content_bytes = budget.content_bytes.saturating_sub(content.len());
    let operations = Content::decode(&content)
        .map_err(|_| ImportError::Malformed)?
        .operations;
    if operations.len() > budget.operations {
        return Err(ImportError::TooComplex);
    }
    budget.operations -= operations.len();

    let font_dicts = doc.get_page_fonts(page).unwrap_or_default();
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

    for Operation { operator, operands } in &operations {
        let number = |i: usize| operands.get(i).and_then(|o| o.as_float().ok());
        match operator.as_str() {
            "q" => saved.push(state.clone()),
            "Q" => state = saved.pop().unwrap_or(state),
            "cm" => {
                if let Some(m) = Matrix::from_operands(operands) {
                    state.ctm = m.then(state.ctm);
                }
            }
            "BT" => {
                tm = Matrix::IDENTITY;
                tlm = Matrix::IDENTITY;
            }
            "Tf" => {
                state.font = operands
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .map(<[u8]>::to_vec);
                state.size = number(1).unwrap_or(0.0);
                if let Some(name) = &state.font {
                    if !fonts.contains_key(name) {
                        if let Some(dict) = font_dicts.get(name) {
                            let font = Font::new(doc, dict, limits::MAX_STREAM_BYTES)
                                .map_err(limit_error)?;
                            fonts.insert(name.clone(), font);
                        }
                    }
                }
            }
            "Tc" => state.char_spacing = number(0).unwrap_or(0.0),
            "Tw" => state.word_spacing = number(0).unwrap_or(0.0),
            "Tz" => state.horizontal_scale = number(0).unwrap_or(100.0) / 100.0,
            "TL" => state.leading = number(0).unwrap_or(0.0),
            "Td" | "TD" => {
                let (x, y) = (number(0).unwrap_or(0.0), number(1).unwrap_or(0.0));
                if operator == "TD" {
                    state.leading = -y;
                }
                tlm = Matrix::translate(x, y).then(tlm);
                tm = tlm;
            }
            "Tm" => {
                if let Some(m) = Matrix::from_operands(operands) {
                    tlm = m;
                    tm = m;
                }
            }
            "T*" => {
                tlm = Matrix::translate(0.0, -state.leading).then(tlm);
                tm = tlm;
            }
            "Tj" | "'" | "\"" | "TJ" => {
                if operator == "\"" {
                    state.word_spacing = number(0).unwrap_or(state.word_spacing);
                    state.char_spacing = number(1).unwrap_or(state.char_spacing);
                }
                if operator == "'" || operator == "\"" {
                    tlm = Matrix::translate(0.0, -state.leading).then(tlm);
                    tm = tlm;
                }
                let font = state.font.as_ref().and_then(|name| fonts.get(name));
                let Some(font) = font else { continue };
                let shown: &[Object] = match operands.last() {
                    Some(Object::Array(items)) if operator == "TJ" => items,
                    Some(last) => std::slice::from_ref(last),
                    None => &[],
                };
                for item in shown {
                    match item {
                        Object::String(bytes, _) => {
                            runs.push(show(font, bytes, &state, &mut tm));
                        }
                        other => {
                            let adjust = other.as_float().unwrap_or(0.0);
                            let tx = -adjust / 1000.0 * state.size * state.horizontal_scale;
                            tm = Matrix::translate(tx, 0.0).then(tm);
                        }
                    }
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

//! Importing the documents a user brings: the Mynaportal PDF (fields read from its text,
//! R-DOC-1) and photos or scans of the お知らせ or 資格確認書 (kept as they are; their fields are
//! typed). What the app later shows at a clinic counter must be what the document says, so a
//! field is read right or reported missing — never guessed.
//!
//! Every entry point takes untrusted bytes and answers within fixed bounds ([`limits`]) with a
//! value or an [`ImportError`]; none panics on any input.

mod fields;
mod font;
mod mynaportal;
mod pdf_stream;
mod pdf_text;
mod sniff;

use std::panic::{catch_unwind, AssertUnwindSafe};

use serde::{Deserialize, Serialize};

pub use fields::{Field, FieldError, Fields, PrintedName, Relationship, ShareRatio};
pub use font::UNICODE_CMAPS;
pub use sniff::{sniff, FileType};

/// The bounds every import stays within, whatever the bytes.
pub mod limits {
    /// Largest file accepted at all: a 48-megapixel phone JPEG is about 12 MiB.
    pub const MAX_DOCUMENT_BYTES: usize = 25 * 1024 * 1024;
    /// Largest PDF accepted: a Mynaportal PDF is about 100 KiB.
    pub const MAX_PDF_BYTES: usize = 5 * 1024 * 1024;
    /// Most pages read: the Mynaportal PDF has one.
    pub const MAX_PAGES: usize = 8;
    /// Most occurrences of the keyword `stream` (two per stream) in a PDF: every stream body is
    /// checked against [`MAX_STREAM_BYTES`] before parsing; this bounds how many there can be.
    pub const MAX_STREAM_KEYWORDS: usize = 400;
    /// Most bytes one stream may inflate to (object and cross-reference streams, CMaps).
    pub const MAX_STREAM_BYTES: usize = 1024 * 1024;
    /// Most bytes of page content, all pages together.
    pub const MAX_CONTENT_BYTES: usize = 2 * 1024 * 1024;
    /// Most content-stream operations interpreted, all pages together.
    pub const MAX_OPERATIONS: usize = 200_000;
}

/// What a document is (書類の種類): the kind the importer finds in the bytes, and the kind a
/// document is stored as in the vault (the user's choice for a photo, else the importer's). The
/// importer itself only ever answers `MynaportalPdf`, `Image` or `Unknown`; the other kinds are
/// chosen by the user and their fields typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DocumentKind {
    /// Mynaportal eligibility PDF (医療保険の資格情報, R-DOC-1). Fields: `saved_at`,
    /// `share_ratio_expires`, and the others of `shikaku extract`.
    MynaportalPdf,
    /// Eligibility notice (資格情報のお知らせ, R-DOC-2). Fields: `issued`, `share_ratio_expires`,
    /// `last4`.
    Notice,
    /// Eligibility certificate (資格確認書, R-KAKU-1). Fields: `expires`, `copy_only` (`true`).
    Certificate,
    /// Old insurance card (健康保険証, R-LEGACY-1). Field: `expires`.
    LegacyCard,
    /// A photo or scan (写真・スキャン) of another kind: kept as is, its fields typed by the user.
    Image,
    /// A PDF that is not a Mynaportal record, or anything else (不明).
    Unknown,
}

/// A field whose printed value failed its rule, and why (the value itself is not repeated).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Rejection {
    /// The field.
    pub field: Field,
    /// Why it was refused, for the person who will type it instead.
    pub reason: String,
}

/// What the importer read from a document (読み取り結果): the `extract` JSON of `docs/contracts/cli.md`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Extraction {
    /// The kind of document.
    pub kind: DocumentKind,
    /// The fields read; `None` when absent, printed as 「—」, or not read with confidence.
    pub fields: Fields,
    /// Every field that could not be read with confidence, in print order.
    pub missing: Vec<Field>,
    /// Fields whose printed value was refused by its rule (a failing check digit, a full My
    /// Number); each is also in `missing`.
    pub rejected: Vec<Rejection>,
}

impl Extraction {
    /// An extraction of a document whose fields all remain to be typed.
    fn nothing_read(kind: DocumentKind) -> Self {
        Extraction {
            kind,
            fields: Fields::default(),
            missing: Field::ALL.to_vec(),
            rejected: Vec::new(),
        }
    }
}

/// Why a file could not be imported.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The file has no bytes.
    #[error("the file is empty")]
    Empty,
    /// Over [`limits::MAX_DOCUMENT_BYTES`], or a PDF over [`limits::MAX_PDF_BYTES`].
    #[error("the file is too large for an eligibility document")]
    TooLarge,
    /// Neither PDF, JPEG, PNG nor HEIC.
    #[error("not a PDF, JPEG, PNG or HEIC file")]
    UnsupportedType,
    /// The PDF needs a password to open.
    #[error("the PDF is password-protected: save it again from マイナポータル without a password")]
    Encrypted,
    /// More pages than [`limits::MAX_PAGES`].
    #[error("the PDF has too many pages to be an eligibility record")]
    TooManyPages,
    /// The PDF would exceed a decompression or work limit (a decompression bomb, for one).
    #[error("the PDF is too complex to read safely")]
    TooComplex,
    /// Truncated or damaged beyond repair, or not really a PDF.
    #[error("the PDF is damaged or unreadable")]
    Malformed,
    /// The document's text holds a full My Number, which the app never stores (R-NUM-2).
    #[error("the document's text holds a full 12-digit My Number, which is never stored")]
    HoldsMyNumber,
}

/// Reads a document the user brought: the fields of a Mynaportal PDF, or, for a photo, nothing
/// but its kind (its fields are typed). Bytes are untrusted: the answer comes within
/// [`limits`], as a value or a typed error.
pub fn extract(bytes: &[u8]) -> Result<Extraction, ImportError> {
    read(bytes).map(|(extraction, _)| extraction)
}

/// [`extract`] for a document about to be stored: a document whose text holds a full My Number
/// (R-NUM-2, the detector of [`crate::numbers::holds_my_number`] over the text lines read) is
/// refused with [`ImportError::HoldsMyNumber`], whatever fields were read from it.
pub fn extract_to_store(bytes: &[u8]) -> Result<Extraction, ImportError> {
    match read(bytes)? {
        (_, true) => Err(ImportError::HoldsMyNumber),
        (extraction, false) => Ok(extraction),
    }
}

/// The extraction, and whether the document's text holds a full My Number.
fn read(bytes: &[u8]) -> Result<(Extraction, bool), ImportError> {
    match sniff(bytes)? {
        FileType::Pdf => {
            // hayro-syntax is not known to panic on the inputs fuzzing has tried (docs/fuzzing.md);
            // catch_unwind is the last line of defence behind the input bounds, so that a
            // panic left in a third-party parser becomes a typed error rather than a crash.
            let lines = catch_unwind(AssertUnwindSafe(|| pdf_text::document_lines(bytes)))
                .unwrap_or(Err(ImportError::Malformed))?;
            // Lines are joined by a newline, itself a separator: a number split over text
            // items is still found.
            let holds = crate::numbers::holds_my_number(&lines.join("\n"));
            Ok((mynaportal::read(&lines), holds))
        }
        FileType::Jpeg | FileType::Png | FileType::Heic => {
            Ok((Extraction::nothing_read(DocumentKind::Image), false))
        }
    }
}

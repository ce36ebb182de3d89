//! A stored document's original bytes for the shell to draw or open (保存書類の表示): the PDF or
//! photo named by the counter card or the member screen, with the file name and media type the
//! shell hands to its PDF or image viewer. The name never repeats where the file came from.

use serde::Serialize;
use shikaku_core::import::{sniff, FileType};
use shikaku_core::vault::DocumentId;
use shikaku_core::ShikakuError;

use crate::model::Model;

/// A stored document's bytes as the shell shows them (表示する書類).
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentContent {
    /// A file name for viewers and sharing (`shikaku-document-3.pdf`); never the name it was
    /// picked under, which may name a person.
    pub file_name: String,
    /// The media type told from the bytes (`application/pdf`, `image/jpeg`, `image/png`,
    /// `image/heic`).
    pub mime_type: String,
    /// The view that draws it, chosen from the media type.
    pub view: DocumentView,
    /// The original bytes, as imported.
    pub bytes: Vec<u8>,
}

/// Which platform view draws a stored document (書類の表示方法).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DocumentView {
    /// A PDF viewer (PDFKit, PdfRenderer): pages one under the other.
    Pdf,
    /// An image view (JPEG, PNG, HEIC).
    Image,
}

impl From<FileType> for DocumentView {
    fn from(file_type: FileType) -> DocumentView {
        match file_type {
            FileType::Pdf => DocumentView::Pdf,
            FileType::Jpeg | FileType::Png | FileType::Heic => DocumentView::Image,
        }
    }
}

/// Debug output shows no personal data: not the bytes.
impl std::fmt::Debug for DocumentContent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DocumentContent")
            .field("file_name", &self.file_name)
            .field("mime_type", &self.mime_type)
            .field("view", &self.view)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

/// The bytes of `document` from the open vault: `Locked` while locked, `NotFound` for an unknown
/// id, `Damaged` when its record does not open or its bytes are no longer a PDF or photo.
pub(crate) fn content(
    model: &Model,
    document: DocumentId,
) -> Result<DocumentContent, ShikakuError> {
    let vault = model.vault().ok_or(ShikakuError::Locked)?;
    let stored = vault.document(document)?;
    // The importer only stores what `sniff` accepts, so anything else was altered on disk.
    let file_type = sniff(&stored.content).map_err(|_| ShikakuError::Damaged {
        what: format!("documents row {document} (content)"),
    })?;
    Ok(DocumentContent {
        file_name: format!("shikaku-document-{document}.{}", file_type.extension()),
        mime_type: file_type.media_type().to_owned(),
        view: file_type.into(),
        bytes: stored.content,
    })
}

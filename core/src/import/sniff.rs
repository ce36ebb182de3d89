//! What kind of file the user brought, told from its first bytes (never from its name), and the
//! size every import must stay under.

use serde::{Deserialize, Serialize};

use super::{limits, ImportError};

/// The file types the importer accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileType {
    /// A PDF (the Mynaportal record, or a scan saved as PDF).
    Pdf,
    /// A JPEG photo or scan.
    Jpeg,
    /// A PNG image (screenshots are not accepted as proof, R-DOC-3, but scans are PNG too).
    Png,
    /// A HEIC/HEIF photo, as iPhones take them.
    Heic,
}

impl FileType {
    /// The media type, for sharing the original back out.
    pub fn media_type(self) -> &'static str {
        match self {
            FileType::Pdf => "application/pdf",
            FileType::Jpeg => "image/jpeg",
            FileType::Png => "image/png",
            FileType::Heic => "image/heic",
        }
    }

    /// The file name extension, for naming the original when it is handed back out.
    pub fn extension(self) -> &'static str {
        match self {
            FileType::Pdf => "pdf",
            FileType::Jpeg => "jpg",
            FileType::Png => "png",
            FileType::Heic => "heic",
        }
    }
}

/// HEIF brands of HEVC-coded images (ISO/IEC 23008-12).
const HEIC_BRANDS: [&[u8; 4]; 8] = [
    b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs",
];

/// Tells the file type from the leading bytes, after checking the size limits.
pub fn sniff(bytes: &[u8]) -> Result<FileType, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::Empty);
    }
    if bytes.len() > limits::MAX_DOCUMENT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let file_type = if is_pdf(bytes) {
        FileType::Pdf
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        FileType::Jpeg
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        FileType::Png
    } else if is_heic(bytes) {
        FileType::Heic
    } else {
        return Err(ImportError::UnsupportedType);
    };
    if file_type == FileType::Pdf && bytes.len() > limits::MAX_PDF_BYTES {
        return Err(ImportError::TooLarge);
    }
    Ok(file_type)
}

/// `%PDF-` within the first 1024 bytes, as readers tolerate a little junk before it.
fn is_pdf(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
}

/// An ISO-BMFF `ftyp` box whose major brand, or a compatible brand, is a HEIC one.
fn is_heic(bytes: &[u8]) -> bool {
    if bytes.get(4..8) != Some(b"ftyp") {
        return false;
    }
    let size = bytes
        .get(..4)
        .map_or(0, |b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize);
    let Some(ftyp) = bytes.get(8..size.min(bytes.len()).max(8)) else {
        return false;
    };
    // Major brand, minor version, then compatible brands, four bytes each.
    ftyp.chunks_exact(4)
        .enumerate()
        .filter(|(i, _)| *i != 1)
        .any(|(_, brand)| HEIC_BRANDS.iter().any(|b| b.as_slice() == brand))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_types_from_bytes() {
        assert_eq!(sniff(b"%PDF-1.7\n"), Ok(FileType::Pdf));
        assert_eq!(sniff(b"\xEF\xBB\xBF%PDF-1.4"), Ok(FileType::Pdf));
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0\0\x10JFIF"), Ok(FileType::Jpeg));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Ok(FileType::Png));
        assert_eq!(
            sniff(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic"),
            Ok(FileType::Heic)
        );
        assert_eq!(
            sniff(b"\0\0\0\x18ftypmif1\0\0\0\0mif1heic"),
            Ok(FileType::Heic)
        );
        // AVIF shares the container but is not HEIC.
        assert_eq!(
            sniff(b"\0\0\0\x18ftypavif\0\0\0\0mif1avif"),
            Err(ImportError::UnsupportedType)
        );
        assert_eq!(sniff(b"\0\0\0\x08ftyp"), Err(ImportError::UnsupportedType));
        assert_eq!(sniff(b"GIF89a"), Err(ImportError::UnsupportedType));
        assert_eq!(sniff(b""), Err(ImportError::Empty));
    }

    #[test]
    fn refuses_oversized_files() {
        let mut photo = vec![0u8; limits::MAX_DOCUMENT_BYTES + 1];
        photo[..3].copy_from_slice(&[0xFF, 0xD8, 0xFF]);
        assert_eq!(sniff(&photo), Err(ImportError::TooLarge));
        let mut pdf = vec![b' '; limits::MAX_PDF_BYTES + 1];
        pdf[..5].copy_from_slice(b"%PDF-");
        assert_eq!(sniff(&pdf), Err(ImportError::TooLarge));
        pdf.truncate(limits::MAX_PDF_BYTES);
        assert_eq!(sniff(&pdf), Ok(FileType::Pdf));
    }
}

//! Reading the CLI's input files: a scenario (or standard input), and a document read no
//! further than the importer's size limit.

use std::io::Read;

use crate::error::CliError;

/// The largest text input read (a scenario or card file): real ones are a few kilobytes.
const MAX_TEXT_BYTES: u64 = 1024 * 1024;

/// The whole text of `path`, or of standard input for `-`, refusing more than
/// [`MAX_TEXT_BYTES`] without reading further.
pub(crate) fn read_text(path: &str) -> Result<String, CliError> {
    let read_error = |source| CliError::Read {
        path: path.to_owned(),
        source,
    };
    let mut text = String::new();
    let read = if path == "-" {
        std::io::stdin()
            .take(MAX_TEXT_BYTES + 1)
            .read_to_string(&mut text)
    } else {
        std::fs::File::open(path)
            .and_then(|file| file.take(MAX_TEXT_BYTES + 1).read_to_string(&mut text))
    };
    match read.map_err(read_error)? {
        n if n as u64 > MAX_TEXT_BYTES => Err(read_error(std::io::Error::other(
            "larger than 1 MiB: not a scenario file",
        ))),
        _ => Ok(text),
    }
}

/// A document file, read no further than one byte past the importer's size limit, so a huge
/// file is refused by the importer without being loaded whole.
pub(crate) fn read_document(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    let limit = shikaku_core::import::limits::MAX_DOCUMENT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(limit)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

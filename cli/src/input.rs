//! Reading the CLI's inputs: files or standard input, and date options.

use std::io::Read;

use shikaku_core::JapanDate;

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

/// The date given to `option`, or a one-line error naming the option.
pub(crate) fn date(option: &'static str, text: &str) -> Result<JapanDate, CliError> {
    text.parse()
        .map_err(|source| CliError::Date { option, source })
}

/// Prints `text` on stdout; a closed pipe is an error, not a panic.
pub(crate) fn print_text(text: &str) -> Result<(), CliError> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()?;
    Ok(())
}

/// Prints `value` as pretty JSON on stdout.
pub(crate) fn print_json<T: serde::Serialize>(value: &T) -> Result<(), CliError> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut stdout, value).map_err(std::io::Error::from)?;
    writeln!(stdout)?;
    Ok(())
}

//! Reading the CLI's inputs: files or standard input, and date options.

use std::io::Read;

use shikaku_core::JapanDate;

use crate::error::CliError;

/// The whole text of `path`, or of standard input for `-`.
pub fn read_text(path: &str) -> Result<String, CliError> {
    let read_error = |source| CliError::Read {
        path: path.to_owned(),
        source,
    };
    if path == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(read_error)?;
        Ok(text)
    } else {
        std::fs::read_to_string(path).map_err(read_error)
    }
}

/// The date given to `option`, or a one-line error naming the option.
pub fn date(option: &'static str, text: &str) -> Result<JapanDate, CliError> {
    text.parse()
        .map_err(|source| CliError::JapanDate { option, source })
}

/// Prints `value` as pretty JSON on stdout.
pub fn print_json<T: serde::Serialize>(value: &T) -> Result<(), CliError> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut stdout, value).map_err(std::io::Error::from)?;
    writeln!(stdout)?;
    Ok(())
}

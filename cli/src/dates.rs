//! Date options and today's date. Today's Japan date is read from the clock here, in the shell,
//! and passed to the core as an input (`--today` overrides it); no rule reads the clock.

use std::time::{SystemTime, UNIX_EPOCH};

use shikaku_core::JapanDate;

use crate::error::CliError;

/// The date given to `option`, or a one-line error naming the option.
pub(crate) fn date(option: &'static str, text: &str) -> Result<JapanDate, CliError> {
    text.parse()
        .map_err(|source| CliError::Date { option, source })
}

/// `--today`, or today's Japan date from the clock.
pub(crate) fn today(given: Option<&str>) -> Result<JapanDate, CliError> {
    match given {
        Some(text) => date("--today", text),
        None => SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .ok()
            .and_then(|since| i64::try_from(since.as_secs()).ok())
            .and_then(JapanDate::japan_date_of_unix)
            .ok_or(CliError::Clock),
    }
}

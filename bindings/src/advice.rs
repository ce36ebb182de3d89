//! The pure decisions: visit advice, expiry from issue dates, today's Japan date.

use shikaku_core::advice::Advice;
use shikaku_core::expiry::{Expiry, Issue};
use shikaku_core::scenario::Scenario;
use shikaku_core::{JapanDate, ShikakuError};

/// What to carry, what to watch out for and which dates matter for one visit
/// (`docs/contracts/advice.md`). Fails only when the scenario holds an impossible value.
#[uniffi::export]
pub fn advise(scenario: Scenario) -> Result<Advice, ShikakuError> {
    Ok(shikaku_core::advise(&scenario))
}

/// Card and certificate expiry from the issue date and date of birth (R-CARD-1, R-ECERT-1);
/// refuses a birth after the issue, and never invents the card expiry of a renewed certificate.
#[uniffi::export]
pub fn expiry(issue: Issue) -> Result<Expiry, ShikakuError> {
    Ok(shikaku_core::expiry::expiry(issue)?)
}

/// Today's date in Japan (UTC+9) for an instant in seconds since the Unix epoch: the apps pass
/// their clock through this, because every rule takes `today` as an input.
#[uniffi::export]
pub fn japan_date_of_unix(seconds: i64) -> Result<JapanDate, ShikakuError> {
    JapanDate::japan_date_of_unix(seconds).ok_or_else(|| shikaku_core::dates::InvalidDate.into())
}

/// Noon in Japan on `date`, in seconds since the Unix epoch: where a date picker shows a date the
/// core gave (a form's stored birth date), the instant it starts from. The inverse of
/// [`japan_date_of_unix`] for that instant.
#[uniffi::export]
pub fn unix_of_japan_date(date: JapanDate) -> i64 {
    // Noon in Japan (UTC+9) is 03:00 UTC on the same day.
    date.naive()
        .and_hms_opt(3, 0, 0)
        .map_or(0, |instant| instant.and_utc().timestamp())
}

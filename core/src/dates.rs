//! Calendar arithmetic for Japan dates: the one place where months, month ends, birthdays and
//! the JST day of an instant are computed. Every date rule in the core is built on these.
//!
//! All dates are Japan dates (UTC+9, no daylight saving — `docs/rules.md`). A [`JapanDate`] holds
//! only years [`JapanDate::MIN_YEAR`]..=[`JapanDate::MAX_YEAR`]; every computation below saturates
//! at those bounds, so a derived date is always one the boundary accepts back.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate, TimeZone, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date in Japan (日付, JST), written `YYYY-MM-DD` on every boundary.
///
/// The year is limited to 1868 (明治元年) – 9999, which covers every real document and keeps all
/// date arithmetic total.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JapanDate(NaiveDate);

/// A string that is not a real `YYYY-MM-DD` date in the supported range.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not a valid date (expected YYYY-MM-DD between 1868-01-01 and 9999-12-31)")]
pub struct InvalidDate;

impl JapanDate {
    /// First supported year: 明治元年, older than any insurance document.
    pub const MIN_YEAR: i32 = 1868;
    /// Last supported year.
    pub const MAX_YEAR: i32 = 9999;

    /// The date `year-month-day`, or [`InvalidDate`] when it does not exist or is out of range.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<Self, InvalidDate> {
        if !(Self::MIN_YEAR..=Self::MAX_YEAR).contains(&year) {
            return Err(InvalidDate);
        }
        NaiveDate::from_ymd_opt(year, month, day)
            .map(JapanDate)
            .ok_or(InvalidDate)
    }

    /// The first supported date, 1868-01-01.
    pub const MIN: JapanDate =
        JapanDate(match NaiveDate::from_ymd_opt(JapanDate::MIN_YEAR, 1, 1) {
            Some(date) => date,
            None => NaiveDate::MIN,
        });

    /// The last supported date, 9999-12-31.
    pub const MAX: JapanDate =
        JapanDate(match NaiveDate::from_ymd_opt(JapanDate::MAX_YEAR, 12, 31) {
            Some(date) => date,
            None => NaiveDate::MAX,
        });

    /// The date in `month` of `year` with the day clamped to the month's length (31 April → 30
    /// April, 29 February in a common year → 28 February). A year outside the supported range
    /// saturates to [`JapanDate::MIN`] or [`JapanDate::MAX`], so every derived date stays a date
    /// the boundary accepts back.
    fn clamped(year: i64, month: u32, day: u32) -> Self {
        if year > i64::from(Self::MAX_YEAR) {
            return Self::MAX;
        }
        if year < i64::from(Self::MIN_YEAR) {
            return Self::MIN;
        }
        // In range: the year fits an i32 and month 1..=12 comes from the callers.
        let year = year as i32;
        let day = day.min(days_in_month(year, month));
        NaiveDate::from_ymd_opt(year, month, day).map_or(Self::MAX, JapanDate)
    }

    /// Year (西暦).
    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// Month, 1–12.
    pub fn month(self) -> u32 {
        self.0.month()
    }

    /// Day of the month, 1–31.
    pub fn day(self) -> u32 {
        self.0.day()
    }

    /// The date `months` calendar months later (earlier when negative), with the day clamped to
    /// the end of the target month: 31 May − 3 months = 28 or 29 February.
    pub fn add_months(self, months: i32) -> Self {
        let index = i64::from(self.year()) * 12 + i64::from(self.month()) - 1 + i64::from(months);
        Self::clamped(
            index.div_euclid(12),
            index.rem_euclid(12) as u32 + 1,
            self.day(),
        )
    }

    /// The date `days` days later (earlier when negative), saturating at [`JapanDate::MIN`] and
    /// [`JapanDate::MAX`].
    pub fn add_days(self, days: i64) -> Self {
        let shifted = if days >= 0 {
            self.0.checked_add_days(Days::new(days.unsigned_abs()))
        } else {
            self.0.checked_sub_days(Days::new(days.unsigned_abs()))
        };
        let fallback = if days >= 0 { Self::MAX } else { Self::MIN };
        shifted
            .map_or(fallback, JapanDate)
            .clamp(Self::MIN, Self::MAX)
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: JapanDate) -> i64 {
        (later.0 - self.0).num_days()
    }

    /// The last day of this date's month.
    pub fn month_end(self) -> Self {
        Self::clamped(i64::from(self.year()), self.month(), 31)
    }

    /// The first day of the month after this date's month.
    pub fn first_of_next_month(self) -> Self {
        Self::clamped(i64::from(self.year()), self.month(), 1).add_months(1)
    }

    /// The Japan date (UTC+9) of an instant given as seconds since the Unix epoch, or `None` for an
    /// instant outside the supported years. Phones pass their clock through this to get `today`.
    pub fn japan_date_of_unix(seconds: i64) -> Option<Self> {
        let jst = FixedOffset::east_opt(9 * 3600)?;
        let instant: DateTime<Utc> = Utc.timestamp_opt(seconds, 0).single()?;
        let local = instant.with_timezone(&jst).date_naive();
        Self::from_ymd(local.year(), local.month(), local.day()).ok()
    }

    /// The underlying chrono date, for formatting and interop inside the core.
    pub fn naive(self) -> NaiveDate {
        self.0
    }
}

/// Number of days in `month` of `year` (Gregorian).
fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 31,
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// A person's birthday in `year`: 29 February falls on 28 February in common years
/// (R-BDAY-1, UNCONFIRMED: the earlier, safer date).
pub fn birthday_in(birth: JapanDate, year: i64) -> JapanDate {
    JapanDate::clamped(year, birth.month(), birth.day())
}

/// The `n`th birthday (n ≥ 1) falling strictly after `after` (R-BDAY-1: 「発行の日後」 read
/// literally, so a birthday on `after` itself does not count). `n = 0` is treated as 1.
pub fn nth_birthday_after(birth: JapanDate, after: JapanDate, n: u32) -> JapanDate {
    let after_year = i64::from(after.year());
    let first_year = if birthday_in(birth, after_year) > after {
        after_year
    } else {
        after_year + 1
    };
    let first_year = first_year.max(i64::from(birth.year()) + 1);
    birthday_in(birth, first_year + i64::from(n.max(1)) - 1)
}

/// The date a person born on `birth` reaches `age` birthdays (their `age`th birthday).
pub fn birthday_at_age(birth: JapanDate, age: u32) -> JapanDate {
    birthday_in(birth, i64::from(birth.year()) + i64::from(age))
}

/// Completed years of age on `on`: birthdays reached on or before that date.
pub fn age_on(birth: JapanDate, on: JapanDate) -> u32 {
    let years = on.year() - birth.year();
    let years = if birthday_in(birth, i64::from(on.year())) > on {
        years - 1
    } else {
        years
    };
    years.max(0) as u32
}

// Across the FFI a date is its ISO text: see `crate::error`, where the custom type is declared
// (its lift fails with the public error, and this module does not depend on that one).

impl fmt::Display for JapanDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl FromStr for JapanDate {
    type Err = InvalidDate;

    /// Parses exactly `YYYY-MM-DD` (ISO 8601 calendar date).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bytes = s.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(InvalidDate);
        }
        let number =
            |range: std::ops::Range<usize>| s[range].parse::<u32>().map_err(|_| InvalidDate);
        JapanDate::from_ymd(number(0..4)? as i32, number(5..7)?, number(8..10)?)
    }
}

impl Serialize for JapanDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for JapanDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        // The rejected text is not echoed: it may be a date of birth.
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::date as d;

    #[test]
    fn parses_only_real_iso_dates_in_range() {
        assert_eq!(d("2024-02-29").to_string(), "2024-02-29");
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-04-31",
            "2026-4-1",
            "20260401",
            "1867-12-31",
            "+2026-04-01",
            "2026-04-01T00:00",
            "",
            "１９８０-01-01",
        ] {
            assert_eq!(bad.parse::<JapanDate>(), Err(InvalidDate), "{bad}");
        }
    }

    #[test]
    fn add_months_clamps_to_month_end() {
        assert_eq!(d("2026-05-31").add_months(-3), d("2026-02-28"));
        assert_eq!(d("2028-05-31").add_months(-3), d("2028-02-29"));
        assert_eq!(d("2026-01-31").add_months(1), d("2026-02-28"));
        assert_eq!(d("2026-11-30").add_months(3), d("2027-02-28"));
        assert_eq!(d("2026-03-15").add_months(-15), d("2024-12-15"));
        assert_eq!(d("2026-03-15").add_months(0), d("2026-03-15"));
    }

    #[test]
    fn arithmetic_saturates_at_the_supported_range() {
        assert_eq!(d("9999-12-31").add_months(3), JapanDate::MAX);
        assert_eq!(d("9999-12-31").add_days(1), JapanDate::MAX);
        assert_eq!(d("1868-01-01").add_days(-1), JapanDate::MIN);
        assert_eq!(d("2026-01-01").add_months(i32::MAX), JapanDate::MAX);
        assert_eq!(d("2026-01-01").add_months(i32::MIN), JapanDate::MIN);
        assert_eq!(
            nth_birthday_after(d("2000-01-01"), d("2026-01-01"), u32::MAX),
            JapanDate::MAX
        );
        assert_eq!(birthday_at_age(d("2000-01-01"), u32::MAX), JapanDate::MAX);
    }

    #[test]
    fn month_end_and_next_month() {
        assert_eq!(d("2028-02-10").month_end(), d("2028-02-29"));
        assert_eq!(d("2026-12-31").first_of_next_month(), d("2027-01-01"));
        assert_eq!(d("2026-02-01").first_of_next_month(), d("2026-03-01"));
    }

    #[test]
    fn birthdays_count_strictly_after_the_date() {
        let birth = d("1980-05-10");
        assert_eq!(
            nth_birthday_after(birth, d("2026-05-09"), 1),
            d("2026-05-10")
        );
        // Issued on the birthday itself: that birthday does not count (R-BDAY-1).
        assert_eq!(
            nth_birthday_after(birth, d("2026-05-10"), 1),
            d("2027-05-10")
        );
        assert_eq!(
            nth_birthday_after(birth, d("2026-05-10"), 10),
            d("2036-05-10")
        );
        // A date before the birth: the first birthday is the first anniversary.
        assert_eq!(
            nth_birthday_after(birth, d("1970-01-01"), 1),
            d("1981-05-10")
        );
    }

    #[test]
    fn leap_day_birthdays_fall_on_28_february_in_common_years() {
        let birth = d("2000-02-29");
        assert_eq!(birthday_in(birth, 2027), d("2027-02-28"));
        assert_eq!(birthday_in(birth, 2028), d("2028-02-29"));
        assert_eq!(
            nth_birthday_after(birth, d("2027-02-28"), 1),
            d("2028-02-29")
        );
        assert_eq!(
            nth_birthday_after(birth, d("2027-02-27"), 5),
            d("2031-02-28")
        );
        assert_eq!(age_on(birth, d("2018-02-27")), 17);
        assert_eq!(age_on(birth, d("2018-02-28")), 18);
    }

    #[test]
    fn japan_date_is_utc_plus_nine() {
        // 2026-11-20T14:59:59Z is 23:59:59 JST on the 20th; one second later it is the 21st.
        assert_eq!(
            JapanDate::japan_date_of_unix(1_795_186_799),
            Some(d("2026-11-20"))
        );
        assert_eq!(
            JapanDate::japan_date_of_unix(1_795_186_800),
            Some(d("2026-11-21"))
        );
        assert_eq!(JapanDate::japan_date_of_unix(i64::MAX), None);
    }

    #[test]
    fn serde_round_trip_and_rejection() {
        let date: JapanDate = serde_json::from_str("\"2026-11-21\"").unwrap();
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2026-11-21\"");
        let err = serde_json::from_str::<JapanDate>("\"1980-02-30\"").unwrap_err();
        assert!(err.to_string().starts_with("not a valid date"), "{err}");
        assert!(
            !err.to_string().contains("1980"),
            "the rejected date must not be echoed: {err}"
        );
    }
}

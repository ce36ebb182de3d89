//! City-office open days (開庁日, R-OFFICE-1): closed on Saturdays, Sundays, national holidays
//! (国民の祝日, 振替休日 and 国民の休日) and from 29 December to 3 January (年末年始).
//!
//! The holidays are computed from the 国民の祝日に関する法律 as amended up to 2021 (no crate on
//! crates.io both computes them and builds with this project's toolchain: see `docs/rules.md`).
//! 春分の日 and 秋分の日 use the standard formula of the National Astronomical Observatory, exact
//! for 1980–2099; the Cabinet fixes them each February for the next year only, so later years are
//! the formula's best estimate. Dates before 2000 follow today's law and may differ from history.

use chrono::{Datelike, Weekday};

use crate::dates::JapanDate;

/// The city office is open on `date` (R-OFFICE-1).
pub fn office_open(date: JapanDate) -> bool {
    let weekend = matches!(date.naive().weekday(), Weekday::Sat | Weekday::Sun);
    !(weekend || year_end(date) || is_holiday(date))
}

/// The last open day on or before `date`: where a reminder to go to the office before a deadline
/// fires (R-OFFICE-1).
pub fn last_open_on_or_before(date: JapanDate) -> JapanDate {
    step_to_open(date, -1)
}

/// The first open day on or after `date`: where a reminder that a window has opened fires
/// (R-OFFICE-1).
pub fn first_open_on_or_after(date: JapanDate) -> JapanDate {
    step_to_open(date, 1)
}

/// Walks from `date` by `step` days to an open day; at the ends of the supported range it stops
/// there (a run of closed days is at most a week, so this never loops long).
fn step_to_open(mut date: JapanDate, step: i64) -> JapanDate {
    while !office_open(date) {
        let next = date.add_days(step);
        if next == date {
            break;
        }
        date = next;
    }
    date
}

/// 29 December to 3 January (年末年始の休み).
fn year_end(date: JapanDate) -> bool {
    matches!((date.month(), date.day()), (12, 29..=31) | (1, 1..=3))
}

/// A national holiday, a substitute holiday (振替休日) or a citizens' holiday (国民の休日).
pub fn is_holiday(date: JapanDate) -> bool {
    is_national_holiday(date) || is_substitute_holiday(date) || is_citizens_holiday(date)
}

/// 振替休日: the first day after a holiday falling on a Sunday that is not itself a holiday.
fn is_substitute_holiday(date: JapanDate) -> bool {
    if is_national_holiday(date) {
        return false;
    }
    let mut day = date.add_days(-1);
    while is_national_holiday(day) {
        if day.naive().weekday() == Weekday::Sun {
            return true;
        }
        day = day.add_days(-1);
    }
    false
}

/// 国民の休日: a day that is not a holiday between two national holidays (e.g. 2026-09-22).
fn is_citizens_holiday(date: JapanDate) -> bool {
    !is_national_holiday(date)
        && date.naive().weekday() != Weekday::Sun
        && is_national_holiday(date.add_days(-1))
        && is_national_holiday(date.add_days(1))
}

/// A 国民の祝日 by the law (not the substitute or citizens' holidays).
pub fn is_national_holiday(date: JapanDate) -> bool {
    let (year, month, day) = (date.year(), date.month(), date.day());
    let monday = |n: u32| nth_monday(date) == Some(n);
    match (month, day) {
        (1, 1) | (2, 11) | (4, 29) | (5, 3..=5) | (11, 3) | (11, 23) => true,
        // 天皇誕生日: 23 December until 2018, none in 2019, 23 February from 2020.
        (2, 23) => year >= 2020,
        (12, 23) => (1989..=2018).contains(&year),
        (1, _) => monday(2), // 成人の日
        (3, _) => day == vernal_equinox_day(year),
        (7, _) => match year {
            2020 => day == 23 || day == 24, // 海の日, スポーツの日 (Olympics)
            2021 => day == 22 || day == 23,
            _ => monday(3), // 海の日
        },
        (8, _) => match year {
            2020 => day == 10,
            2021 => day == 8,
            y if y >= 2016 => day == 11, // 山の日
            _ => false,
        },
        (9, _) => monday(3) || day == autumnal_equinox_day(year), // 敬老の日, 秋分の日
        (10, _) => !(2020..=2021).contains(&year) && monday(2),   // スポーツの日
        _ => false,
    }
}

/// Which Monday of its month `date` is (1-based), or `None` when it is not a Monday.
fn nth_monday(date: JapanDate) -> Option<u32> {
    (date.naive().weekday() == Weekday::Mon).then(|| (date.day() - 1) / 7 + 1)
}

/// 春分の日 (day of March) by the standard formula.
fn vernal_equinox_day(year: i32) -> u32 {
    equinox_day(year, 20.8431)
}

/// 秋分の日 (day of September) by the standard formula.
fn autumnal_equinox_day(year: i32) -> u32 {
    equinox_day(year, 23.2488)
}

/// ⌊base + 0.242194 × (year − 1980) − ⌊(year − 1980) / 4⌋⌋.
fn equinox_day(year: i32, base: f64) -> u32 {
    let since = f64::from(year - 1980);
    let day = (base + 0.242194 * since - (since / 4.0).floor()).floor();
    // Always 19–24 for supported years; a value outside a month's days matches no date.
    day.clamp(0.0, 31.0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::date as d;

    /// Every holiday of `year` (national, substitute, citizens'), as `MM-DD`.
    fn holidays(year: i32) -> Vec<String> {
        let start = JapanDate::from_ymd(year, 1, 1).unwrap();
        (0..366)
            .map(|n| start.add_days(n))
            .filter(|date| date.year() == year && is_holiday(*date))
            .map(|date| format!("{:02}-{:02}", date.month(), date.day()))
            .collect()
    }

    /// The Cabinet Office's published lists of 国民の祝日・休日 for 2025, 2026 and 2027.
    #[test]
    fn the_published_holiday_calendars() {
        assert_eq!(
            holidays(2025),
            [
                "01-01", "01-13", "02-11", "02-23", "02-24", "03-20", "04-29", "05-03", "05-04",
                "05-05", "05-06", "07-21", "08-11", "09-15", "09-23", "10-13", "11-03", "11-23",
                "11-24"
            ]
        );
        assert_eq!(
            holidays(2026),
            [
                "01-01", "01-12", "02-11", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05",
                "05-06", "07-20", "08-11", "09-21", "09-22", "09-23", "10-12", "11-03", "11-23"
            ]
        );
        assert_eq!(
            holidays(2027),
            [
                "01-01", "01-11", "02-11", "02-23", "03-21", "03-22", "04-29", "05-03", "05-04",
                "05-05", "07-19", "08-11", "09-20", "09-23", "10-11", "11-03", "11-23"
            ]
        );
    }

    #[test]
    fn the_olympic_years_moved_three_holidays() {
        assert!(is_holiday(d("2021-07-22")) && is_holiday(d("2021-07-23")));
        assert!(is_holiday(d("2021-08-08")) && is_holiday(d("2021-08-09")));
        assert!(!is_holiday(d("2021-10-11")) && !is_holiday(d("2021-07-19")));
    }

    #[test]
    fn offices_close_on_weekends_holidays_and_the_new_year() {
        assert!(office_open(d("2026-12-28")));
        for closed in ["2026-12-29", "2026-12-31", "2027-01-03", "2027-01-02"] {
            assert!(!office_open(d(closed)), "{closed}");
        }
        assert!(office_open(d("2027-01-04")));
        assert!(!office_open(d("2026-11-21")), "a Saturday");
        assert!(!office_open(d("2026-11-23")), "勤労感謝の日");
        assert!(!office_open(d("2026-09-22")), "国民の休日");
    }

    #[test]
    fn reminders_move_to_the_nearest_open_day_in_their_direction() {
        // Before a deadline: back to the last open day.
        assert_eq!(last_open_on_or_before(d("2027-01-03")), d("2026-12-28"));
        assert_eq!(last_open_on_or_before(d("2026-05-06")), d("2026-05-01"));
        assert_eq!(last_open_on_or_before(d("2026-11-25")), d("2026-11-25"));
        // A window that opens: on to the first open day.
        assert_eq!(first_open_on_or_after(d("2026-12-29")), d("2027-01-04"));
        assert_eq!(first_open_on_or_after(d("2026-09-19")), d("2026-09-24"));
        // At the ends of the supported range the walk stops.
        assert_eq!(last_open_on_or_before(JapanDate::MIN), JapanDate::MIN);
        assert_eq!(first_open_on_or_after(JapanDate::MAX), JapanDate::MAX);
    }
}

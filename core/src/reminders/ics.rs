//! Reminders as an RFC 5545 calendar, for people who keep dates in a calendar app: one all-day
//! event per reminder on its Japan date, with an alarm at 09:00 local time.

use chrono::{Duration, NaiveTime, TimeZone, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike};

use super::{Reminder, FIRE_HOUR_JST};
use crate::dates::JapanDate;

/// The calendar text (CRLF lines) for `reminders`. `DTSTAMP` is the start of `today` in Japan, so
/// the same facts on the same day give the same file.
pub fn to_ics(reminders: &[Reminder], today: JapanDate) -> String {
    let midnight_jst = today.naive().and_time(NaiveTime::MIN) - Duration::hours(9);
    let stamp = Utc.from_utc_datetime(&midnight_jst);
    let mut calendar = Calendar::new();
    calendar.name("Shikaku Pocket").timezone("Asia/Tokyo");
    for reminder in reminders {
        let uid = format!("{}@shikaku-pocket", reminder.id);
        // The crate stamps components it is not given a UID and DTSTAMP for with random and
        // current values; give the alarm fixed ones so the file stays reproducible.
        let mut alarm = Alarm::display(&reminder.title, Duration::hours(i64::from(FIRE_HOUR_JST)));
        alarm.uid(&format!("alarm-{uid}")).timestamp(stamp);
        calendar.push(
            Event::new()
                .uid(&uid)
                .timestamp(stamp)
                // An all-day event ends, exclusively, on the next day (RFC 5545 §3.6.1).
                .starts(reminder.fire_on.naive())
                .ends(reminder.fire_on.add_days(1).naive())
                .summary(&reminder.title)
                .description(&reminder.body)
                .alarm(alarm)
                .done(),
        );
    }
    calendar.done().to_string()
}

//! The deadlines as an RFC 5545 calendar, for people who keep dates in a calendar app: one
//! all-day event per deadline on its own date, titled with what the date is, and one alarm per
//! reminder lead, relative to the event (09:00 Japan time on the reminder's day).

use chrono::{Duration, NaiveTime, TimeZone, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike};

use super::FIRE_HOUR_JST;
use crate::advice::DeadlineKind;
use crate::dates::JapanDate;

/// One calendar event (カレンダーの予定): a deadline on its own date.
///
/// No `Debug`: the title may name the person.
#[derive(Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CalendarEvent {
    /// Stable across runs for the same facts, and unique across a household's members.
    pub id: String,
    /// The deadline's date: the all-day event's day.
    pub date: JapanDate,
    /// Which deadline it is.
    pub kind: DeadlineKind,
    /// What the date is (「電子証明書の有効期限」), with the person's name only when asked.
    pub title: String,
    /// What to do about it.
    pub description: String,
    /// The days (from today on) its alarms fire, at 09:00 Japan time, earliest first.
    pub alarms: Vec<JapanDate>,
}

/// The calendar text (CRLF lines). `DTSTAMP` is the start of `today` in Japan, so the same facts
/// on the same day give the same file.
pub fn to_ics(events: &[CalendarEvent], today: JapanDate) -> String {
    let midnight_jst = today.naive().and_time(NaiveTime::MIN) - Duration::hours(9);
    let stamp = Utc.from_utc_datetime(&midnight_jst);
    let mut calendar = Calendar::new();
    calendar.name("Shikaku Pocket").timezone("Asia/Tokyo");
    for event in events {
        let uid = format!("{}@shikaku-pocket", event.id);
        let mut entry = Event::new();
        entry
            .uid(&uid)
            .timestamp(stamp)
            // An all-day event ends, exclusively, on the next day (RFC 5545 §3.6.1).
            .starts(event.date.naive())
            .ends(event.date.add_days(1).naive())
            .summary(&event.title)
            .description(&event.description);
        for (n, fires) in event.alarms.iter().enumerate() {
            // Relative to the start of the all-day event (its local midnight).
            let before = event.date.days_until(*fires);
            let trigger = Duration::days(before) + Duration::hours(i64::from(FIRE_HOUR_JST));
            // The crate stamps components it is not given a UID and DTSTAMP for with random and
            // current values; give each alarm fixed ones so the file stays reproducible.
            let mut alarm = Alarm::display(&event.title, trigger);
            alarm.uid(&format!("alarm-{n}-{uid}")).timestamp(stamp);
            entry.alarm(alarm);
        }
        calendar.push(entry.done());
    }
    calendar.done().to_string()
}

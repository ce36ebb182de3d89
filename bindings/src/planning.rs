//! Reminders and the school-trip pack: what the phone schedules and what a parent prints.

use shikaku_core::advice::Deadline;
use shikaku_core::reminders::{CalendarEvent, Reminder, ReminderOptions};
use shikaku_core::school_pack::{SchoolPack, SchoolPackRequest};
use shikaku_core::{JapanDate, ShikakuError};

/// The reminders to schedule from `today` for one person's deadlines (`Advice.deadlines`). IDs are
/// stable: schedule by ID, and cancel scheduled IDs that are no longer returned.
#[uniffi::export]
pub fn plan_reminders(
    deadlines: Vec<Deadline>,
    today: JapanDate,
    options: ReminderOptions,
) -> Result<Vec<Reminder>, ShikakuError> {
    Ok(shikaku_core::reminders::reminders(
        &deadlines, today, &options,
    ))
}

/// The deadlines as calendar events (one per deadline on its own date, the reminders as alarms);
/// a household's events can be joined before writing the file.
#[uniffi::export]
pub fn calendar_events(
    deadlines: Vec<Deadline>,
    today: JapanDate,
    options: ReminderOptions,
) -> Result<Vec<CalendarEvent>, ShikakuError> {
    Ok(shikaku_core::reminders::calendar_events(
        &deadlines, today, &options,
    ))
}

/// Calendar events as an RFC 5545 calendar file, to share with a calendar app.
#[uniffi::export]
pub fn reminders_ics(events: Vec<CalendarEvent>, today: JapanDate) -> Result<String, ShikakuError> {
    Ok(shikaku_core::reminders::to_ics(&events, today))
}

/// What to hand a child's teacher or nursery, with a printable cover note (R-SCHOOL-1); refuses
/// an adult.
#[uniffi::export]
pub fn school_pack(request: SchoolPackRequest) -> Result<SchoolPack, ShikakuError> {
    shikaku_core::school_pack::school_pack(&request).map_err(|e| ShikakuError::InvalidInput {
        reason: e.to_string(),
    })
}

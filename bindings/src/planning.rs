//! Reminders and the school-trip pack: what the phone schedules and what a parent prints.

use shikaku_core::advice::Deadline;
use shikaku_core::reminders::{Reminder, ReminderOptions};
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

/// The same reminders as an RFC 5545 calendar file, to share with a calendar app.
#[uniffi::export]
pub fn reminders_ics(reminders: Vec<Reminder>, today: JapanDate) -> Result<String, ShikakuError> {
    Ok(shikaku_core::reminders::to_ics(&reminders, today))
}

/// What to hand a child's teacher or nursery, with a printable cover note (R-SCHOOL-1).
#[uniffi::export]
pub fn school_pack(request: SchoolPackRequest) -> Result<SchoolPack, ShikakuError> {
    Ok(shikaku_core::school_pack::school_pack(&request))
}

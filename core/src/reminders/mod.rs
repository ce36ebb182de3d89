//! The reminders a phone schedules from a person's deadlines: fire dates with lead times
//! (`leads`), moved to a city-office day where they ask for an office visit (R-OFFICE-1), a fixed
//! time of day in Japan, stable IDs, and discreet lock-screen wording; and the deadlines as an
//! RFC 5545 calendar with the reminders as alarms (`ics`).

mod ics;
mod leads;

use fluent_bundle::FluentArgs;
use ring::digest::{digest, SHA256};
use serde::{Deserialize, Serialize};

use crate::advice::{Deadline, DeadlineKind};
use crate::dates::JapanDate;
use crate::office_days;
use crate::text::{self, Language};

pub use ics::{to_ics, CalendarEvent};
use leads::{leads, Lead, Office};

/// The local time of day in Japan at which reminders fire: 09:00, when offices are open and people
/// are awake, and well before the 18:00 close of most city-office counters.
pub const FIRE_HOUR_JST: u8 = 9;

/// How far ahead reminders are planned: phones cap pending notifications (iOS keeps 64), so the
/// app plans a year and re-plans each time it opens.
pub const HORIZON_DAYS: i64 = 365;

/// How a reminder may speak on a lock screen (通知の表示).
///
/// No `Debug`: it may hold the person's name.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReminderOptions {
    /// Language of the title and body.
    pub language: Language,
    /// Show what the reminder is about (and `name`). Off by default: a lock screen is seen by
    /// others, so the default wording names no person, date or health matter.
    pub detailed: bool,
    /// The person's display name, shown only when `detailed`.
    pub name: Option<String>,
    /// A stable key for the person, so that two people's reminders never share an ID. Not shown.
    /// The app passes a secret (`Tables::reminder_subject`, in its reminders use case), which
    /// makes IDs unguessable; a guessable subject (the CLI's default) lets anyone who sees an ID
    /// try dates against it.
    pub subject: String,
}

/// One notification for the phone to schedule (リマインダー).
///
/// No `Debug`: a detailed title names the person.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Reminder {
    /// Stable across runs for the same facts: re-scheduling with the same ID replaces, and an ID
    /// no longer returned should be cancelled. A hash over the subject, kind, deadline and lead:
    /// with a secret subject it reveals no date.
    pub id: String,
    /// The Japan date it fires on, at [`FIRE_HOUR_JST`]:00.
    pub fire_on: JapanDate,
    /// Which deadline it is about.
    pub kind: DeadlineKind,
    /// The deadline's date.
    pub deadline: JapanDate,
    /// Notification title.
    pub title: String,
    /// Notification body.
    pub body: String,
}

/// The reminders to schedule from `today` on, for the deadlines of one person (`advice.md`,
/// "Deadline kinds"), soonest first.
pub fn reminders(
    deadlines: &[Deadline],
    today: JapanDate,
    options: &ReminderOptions,
) -> Vec<Reminder> {
    let mut planned: Vec<Reminder> = deadlines
        .iter()
        .flat_map(|deadline| fire_dates(deadline, deadlines, today))
        .filter(|(_, _, fire_on)| today.days_until(*fire_on) <= HORIZON_DAYS)
        .map(|(deadline, lead, fire_on)| Reminder {
            id: reminder_id(&options.subject, deadline, &lead.days.to_string()),
            fire_on,
            kind: deadline.kind,
            deadline: deadline.date,
            title: title(deadline, lead.days, options),
            body: body(deadline, options),
        })
        .collect();
    planned.sort_by_key(|reminder| (reminder.fire_on, reminder.kind));
    planned
}

/// The deadlines from `today` on as calendar events, each with its reminder leads as alarms (no
/// horizon: a calendar holds them all). Titles say what the date is, because exporting a calendar
/// is the user's own act; `options.name` appears in them only when given.
pub fn calendar_events(
    deadlines: &[Deadline],
    today: JapanDate,
    options: &ReminderOptions,
) -> Vec<CalendarEvent> {
    let detailed = ReminderOptions {
        detailed: true,
        ..options.clone()
    };
    deadlines
        .iter()
        .filter(|deadline| deadline.date >= today)
        .map(|deadline| {
            let mut alarms: Vec<JapanDate> = fire_dates(deadline, deadlines, today)
                .map(|(_, _, fire_on)| fire_on)
                .collect();
            alarms.sort();
            alarms.dedup();
            CalendarEvent {
                id: reminder_id(&options.subject, deadline, "event"),
                date: deadline.date,
                kind: deadline.kind,
                title: text::calendar_title(
                    options.language,
                    deadline.kind,
                    options.name.as_deref(),
                ),
                description: body(deadline, &detailed),
                alarms,
            }
        })
        .collect()
}

/// The days the reminders of `deadline` fire from `today` on (any distance ahead). A lead that
/// asks for a city-office visit fires on an office day; one that would thereby move before
/// today fires on the first office day from today, if that is still before the deadline
/// (R-OFFICE-1). A certificate that ends with the card gets no reminders of its own: the card's
/// say what to do (R-ECERT-4).
fn fire_dates<'a>(
    deadline: &'a Deadline,
    all: &[Deadline],
    today: JapanDate,
) -> impl Iterator<Item = (&'a Deadline, Lead, JapanDate)> {
    let ends_with_card = deadline.kind == DeadlineKind::EcertExpiry
        && all
            .iter()
            .any(|d| d.kind == DeadlineKind::CardExpiry && d.date <= deadline.date);
    let leads: &[Lead] = if ends_with_card {
        &[]
    } else {
        leads(deadline.kind)
    };
    leads.iter().filter_map(move |&lead| {
        let raw = deadline.date.add_days(lead.days);
        let fire_on = lead.fires_on(deadline.date);
        if fire_on >= today {
            return Some((deadline, lead, fire_on));
        }
        let late = office_days::first_open_on_or_after(today);
        let rescued = lead.office == Office::Before && raw >= today && late <= deadline.date;
        rescued.then_some((deadline, lead, late))
    })
}

/// `shikaku-` and 16 hex digits of SHA-256 over the subject, kind, deadline date and a tag (the
/// lead's offset in days for a reminder, `event` for a calendar event).
fn reminder_id(subject: &str, deadline: &Deadline, tag: &str) -> String {
    let kind = text::code(&deadline.kind);
    let input = format!("{subject}\u{0}{kind}\u{0}{}\u{0}{tag}", deadline.date);
    let hash = digest(&SHA256, input.as_bytes());
    let mut id = String::from("shikaku-");
    crate::hex::push_lower(&mut id, &hash.as_ref()[..8]);
    id
}

fn title(deadline: &Deadline, offset: i64, options: &ReminderOptions) -> String {
    if !options.detailed {
        return text::message(options.language, "reminder-discreet-title", None);
    }
    let mut args = FluentArgs::new();
    args.set("what", text::deadline_name(options.language, deadline.kind));
    args.set("days", (-offset).to_string());
    args.set(
        "when",
        match offset {
            0 => "today",
            o if o < 0 => "before",
            _ => "after",
        },
    );
    args.set("named", if options.name.is_some() { "yes" } else { "no" });
    args.set("name", options.name.clone().unwrap_or_default());
    text::message(options.language, "reminder-title", Some(&args))
}

fn body(deadline: &Deadline, options: &ReminderOptions) -> String {
    if !options.detailed {
        return text::message(options.language, "reminder-discreet-body", None);
    }
    let mut args = FluentArgs::new();
    args.set("date", text::format_date(options.language, deadline.date));
    let kind = text::code(&deadline.kind);
    text::message(options.language, &format!("reminder-{kind}"), Some(&args))
}

#[cfg(test)]
mod tests;

//! Reminders (通知): what is coming up for the whole household, whether the lock screen may say
//! what a reminder is about, and the calendar export.

use serde::Serialize;
use shikaku_core::text;
use shikaku_core::vault::{MemberId, Vault};
use shikaku_core::JapanDate;

use crate::planning::{household_reminders, reminder_details};
use crate::problem::Problem;
use crate::words::{Action, DateText, Line, Tone, Words};

/// One upcoming reminder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReminderRow {
    /// Whose.
    pub member: MemberId,
    /// Their name.
    pub name: String,
    /// What the date is.
    pub what: String,
    /// The date itself.
    pub deadline: DateText,
    /// When the phone reminds.
    pub fires: DateText,
    /// What a screen reader says.
    pub accessibility: String,
}

/// The reminders screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RemindersView {
    /// Coming reminders, soonest first.
    pub upcoming: Vec<ReminderRow>,
    /// Shown when nothing is coming.
    pub empty: Option<Line>,
    /// Whether the lock screen says what a reminder is about.
    pub details_on: bool,
    /// The label of that switch.
    pub details_label: String,
    /// What the switch means.
    pub details_help: Line,
    /// Save the reminders as a calendar file.
    pub export_calendar: Action,
}

/// Builds the screen.
pub(crate) fn render(
    vault: &Vault,
    today: JapanDate,
    words: Words,
) -> Result<RemindersView, Problem> {
    let mut upcoming: Vec<ReminderRow> = household_reminders(vault, today, words.0)?
        .into_iter()
        .flat_map(|member| {
            let (id, name) = (member.member.id, member.member.name);
            member.reminders.into_iter().map(move |reminder| {
                let what = text::deadline_name(words.0, reminder.kind);
                let deadline = words.date(reminder.deadline);
                let fires = words.date(reminder.fire_on);
                ReminderRow {
                    member: id,
                    accessibility: words.with(
                        "app-a11y-reminder",
                        &[
                            ("name", &name),
                            ("what", &what),
                            ("date", &deadline.text),
                            ("fires", &fires.text),
                        ],
                    ),
                    name: name.clone(),
                    what,
                    deadline,
                    fires,
                }
            })
        })
        .collect();
    upcoming.sort_by(|a, b| (&a.fires.iso, a.member).cmp(&(&b.fires.iso, b.member)));
    let details_on = reminder_details(vault);
    Ok(RemindersView {
        empty: upcoming
            .is_empty()
            .then(|| words.plain("app-reminders-empty")),
        export_calendar: words.action("app-reminders-export", !upcoming.is_empty()),
        upcoming,
        details_on,
        details_label: words.get("app-reminders-details"),
        details_help: words.line(
            words.get(if details_on {
                "app-reminders-details-on"
            } else {
                "app-reminders-details-off"
            }),
            Tone::Info,
        ),
    })
}

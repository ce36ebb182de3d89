//! What the app keeps in step with the shell after every event (予定の同期): the full set of
//! notifications to schedule and the auto-lock timer, and the app's settings in the vault
//! (language, auto-lock, reminder details, school trips).

use chrono::NaiveTime;
use shikaku_core::reminders::{to_ics, FIRE_HOUR_JST};
use shikaku_core::scenario::Visit;
use shikaku_core::text::Language;
use shikaku_core::vault::{MemberId, Vault, VaultError};
use shikaku_core::JapanDate;

use crate::effect::{Effect, EffectRequest, Notification};
use crate::model::{Model, Pending, DEFAULT_AUTO_LOCK_MINUTES};
use crate::use_cases::reminders::{
    household_calendar, reminders_by_member, MemberReminders, ReminderWording,
};

/// Setting: the language (`ja`, `en`).
pub(crate) const LANGUAGE: &str = "app.language";
/// Setting: minutes before the vault locks.
pub(crate) const AUTO_LOCK: &str = "app.auto_lock_minutes";
/// Setting: reminders say what they are about on the lock screen (`true`, `false`).
pub(crate) const REMINDER_DETAILS: &str = "app.reminders_detailed";

/// How long after planning the shell should wake the app to plan again, in seconds: 6 hours.
/// iOS keeps only the 64 nearest notifications of an app, so later reminders come in only by
/// planning again; the dates move at midnight in Japan and a reminder fires at 09:00, so four
/// chances a day keep the nearest ones scheduled without waking the phone often (the system
/// decides the actual time, usually later).
pub(crate) const REFRESH_AFTER_SECONDS: u32 = 6 * 60 * 60;

/// The longest auto-lock the user may choose, in minutes.
pub(crate) const MAX_AUTO_LOCK_MINUTES: u32 = 60;

/// Reads a stored language.
pub(crate) fn parse_language(text: &str) -> Option<Language> {
    match text {
        "ja" => Some(Language::Ja),
        "en" => Some(Language::En),
        _ => None,
    }
}

/// The language to start in on a device whose preferred languages are `tags` (most preferred
/// first): Japanese when the first tag's primary language is `ja` (`ja`, `ja-JP`, `ja_JP`) or the
/// list is empty — the app is for Japan's health insurance —, else English, the one other
/// language it speaks.
pub(crate) fn device_language(tags: &[String]) -> Language {
    let japanese = tags.first().is_none_or(|tag| {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        primary.eq_ignore_ascii_case("ja")
    });
    if japanese {
        Language::Ja
    } else {
        Language::En
    }
}

/// The stored form of a language.
pub(crate) fn language_code(language: Language) -> &'static str {
    match language {
        Language::Ja => "ja",
        Language::En => "en",
    }
}

/// The auto-lock in minutes.
pub(crate) fn auto_lock_minutes(vault: &Vault) -> u32 {
    vault
        .setting(AUTO_LOCK)
        .ok()
        .flatten()
        .and_then(|text| text.parse().ok())
        .filter(|minutes| (1..=MAX_AUTO_LOCK_MINUTES).contains(minutes))
        .unwrap_or(DEFAULT_AUTO_LOCK_MINUTES)
}

/// Whether reminders show details on the lock screen (off unless the user turned them on).
pub(crate) fn reminder_details(vault: &Vault) -> bool {
    vault.setting(REMINDER_DETAILS).ok().flatten().as_deref() == Some("true")
}

/// Every member's reminders from `today`, in the household's order, worded as the user chose
/// for the lock screen.
pub(crate) fn household_reminders(
    vault: &Vault,
    today: JapanDate,
    language: Language,
) -> Result<Vec<MemberReminders>, VaultError> {
    let detailed = reminder_details(vault);
    let wording = ReminderWording {
        language,
        detailed,
        names: detailed,
    };
    reminders_by_member(vault, today, wording)
}

/// The whole household's reminders as notifications, soonest first.
fn notifications(vault: &Vault, today: JapanDate, language: Language) -> Vec<Notification> {
    let Ok(all) = household_reminders(vault, today, language) else {
        return Vec::new();
    };
    let mut notifications: Vec<Notification> = all
        .into_iter()
        .flat_map(|member| member.reminders)
        .map(|reminder| Notification {
            // 09:00 in Japan is 00:00 UTC on the same day.
            fire_at_unix: fire_at_unix(reminder.fire_on),
            id: reminder.id,
            title: reminder.title,
            body: reminder.body,
        })
        .collect();
    notifications.sort_by(|a, b| (a.fire_at_unix, &a.id).cmp(&(b.fire_at_unix, &b.id)));
    notifications
}

/// Unix seconds of [`FIRE_HOUR_JST`]:00 in Japan (UTC+9) on `day`.
fn fire_at_unix(day: JapanDate) -> i64 {
    let midnight_utc = day.naive().and_time(NaiveTime::MIN).and_utc().timestamp();
    midnight_utc + (i64::from(FIRE_HOUR_JST) - 9) * 3600
}

/// The household's reminders as an iCalendar file.
pub(crate) fn calendar(
    vault: &Vault,
    today: JapanDate,
    language: Language,
) -> Result<String, VaultError> {
    // Exporting a calendar is the user's own act: titles say what each date is, without names.
    let wording = ReminderWording {
        language,
        detailed: true,
        names: false,
    };
    let events = household_calendar(vault, None, today, wording)?;
    Ok(to_ics(&events, today))
}

/// After an event that may have changed them: when the household's notifications or the auto-lock differ from what the
/// shell was last given, hand it the new ones.
pub(crate) fn replan(model: &mut Model, effects: &mut Vec<EffectRequest>) {
    let (true, Some(vault), Some(today)) = (model.plan_stale, model.vault(), model.today) else {
        return;
    };
    let planned = notifications(vault, today, model.language);
    let minutes = auto_lock_minutes(vault);
    model.plan_stale = false;
    if model.scheduled.as_ref() != Some(&planned) {
        model.scheduled = Some(planned.clone());
        model.request(
            effects,
            Effect::ScheduleNotifications {
                notifications: planned,
                refresh_after_seconds: REFRESH_AFTER_SECONDS,
            },
            Pending::Acknowledge { done: None },
        );
    }
    if model.auto_lock != Some(minutes) {
        model.auto_lock = Some(minutes);
        model.request(
            effects,
            Effect::LockAfterIdle {
                seconds: minutes * 60,
            },
            Pending::Acknowledge { done: None },
        );
    }
}

/// A child's planned trip (修学旅行・保育所の予定), kept in the vault's settings as JSON.
///
/// JSON, not the values joined by a separator: the vault refuses any value in which digit groups
/// joined only by separators make a My Number (R-NUM-2, `numbers::holds_my_number`), and two dates
/// side by side ("2027-05-10", "2027-05-12") often do. The field names between the values keep
/// each date, and the contact, a digit run of its own.
#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct Trip {
    /// A school trip or a nursery.
    pub(crate) visit: Visit,
    /// First day.
    pub(crate) starts: JapanDate,
    /// Last day.
    pub(crate) ends: JapanDate,
    /// The parent's contact for the teacher.
    pub(crate) contact: Option<String>,
}

/// The settings names of a member's trip.
fn trip_setting(member: MemberId) -> String {
    format!("school.{}.trip", member.0)
}

/// A member's planned trip, if any.
pub(crate) fn trip(vault: &Vault, member: MemberId) -> Option<Trip> {
    let text = vault.setting(&trip_setting(member)).ok().flatten()?;
    serde_json::from_str(&text)
        .ok()
        .or_else(|| separated_trip(&text))
}

/// A trip as versions before JSON stored it: kind, first day, last day and contact joined by
/// U+001F.
fn separated_trip(text: &str) -> Option<Trip> {
    let mut parts = text.splitn(4, '\u{1f}');
    let visit = match parts.next()? {
        "nursery" => Visit::Nursery,
        _ => Visit::SchoolTrip,
    };
    let starts = parts.next()?.parse().ok()?;
    let ends = parts.next()?.parse().ok()?;
    let contact = parts.next().filter(|c| !c.is_empty()).map(str::to_owned);
    Some(Trip {
        visit,
        starts,
        ends,
        contact,
    })
}

/// Stores a member's trip.
pub(crate) fn set_trip(vault: &Vault, member: MemberId, trip: &Trip) -> Result<(), VaultError> {
    if trip.ends < trip.starts {
        return Err(VaultError::Invalid("the trip ends before it starts"));
    }
    if trip
        .contact
        .as_ref()
        .is_some_and(|c| c.chars().count() > 100)
    {
        return Err(VaultError::Invalid("the contact is too long"));
    }
    vault.member(member)?;
    let stored = Trip {
        visit: match trip.visit {
            Visit::Nursery => Visit::Nursery,
            Visit::SchoolTrip
            | Visit::Clinic
            | Visit::Pharmacy
            | Visit::Dentist
            | Visit::HospitalStay => Visit::SchoolTrip,
        },
        contact: trip.contact.clone(),
        ..*trip
    };
    let text = serde_json::to_string(&stored)
        .map_err(|_| VaultError::Invalid("the trip could not be written"))?;
    vault.set_setting(&trip_setting(member), &text)
}

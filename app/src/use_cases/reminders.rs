//! The reminders of one member or of the whole household from the stored facts (世帯のリマインダー),
//! less those the user acknowledged, and the same deadlines as a calendar. Each is read in one
//! snapshot. When each reminder fires (lead times, office days of R-OFFICE-1) is the core reminders
//! module's; this module only feeds it each member's deadlines and keys their ids by the vault's
//! reminder secret ([`Tables::reminder_subject`]).

use serde::Serialize;
use shikaku_core::advice::Deadline;
use shikaku_core::reminders::{
    calendar_events, reminders, CalendarEvent, Reminder, ReminderOptions,
};
use shikaku_core::scenario::{OnlineCheck, Visit};
use shikaku_core::text::Language;
use shikaku_core::vault::{Member, MemberId, Reading, Result, Tables, Vault};
use shikaku_core::{advise, JapanDate};

use super::counter_card::CounterCard;

/// A reminder of one household member (世帯員ごとのリマインダー). IDs are unique across the household.
///
/// No `Debug`: a detailed title names the member.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MemberReminder {
    /// Whose reminder it is.
    pub member: MemberId,
    /// The reminder.
    #[serde(flatten)]
    pub reminder: Reminder,
}

/// How household reminders speak (リマインダーの表示).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReminderWording {
    /// Language of titles and bodies.
    pub language: Language,
    /// Say what each reminder is about (off: the discreet lock-screen wording).
    pub detailed: bool,
    /// Put the member's given name in titles (implies `detailed`); off by default.
    pub names: bool,
}

/// One member's reminders (世帯員のリマインダー), with the member, as the household's are listed.
///
/// No `Debug`: it names the member.
#[derive(Clone, PartialEq, Eq)]
pub struct MemberReminders {
    /// The member.
    pub member: Member,
    /// Their reminders, soonest first.
    pub reminders: Vec<Reminder>,
}

/// The reminders to schedule for `member` from `today`, less those already acknowledged. Their
/// IDs are keyed by a secret of the vault, so an ID seen in the phone's notification store reveals
/// no date (a birthday, for one); `detailed` shows what each is about and the member's name on the
/// lock screen.
pub fn member_reminders(
    vault: &Vault,
    member: MemberId,
    today: JapanDate,
    language: Language,
    detailed: bool,
) -> Result<Vec<Reminder>> {
    let wording = ReminderWording {
        language,
        detailed,
        names: detailed,
    };
    let mut planned = vault.read(|tables| planned(tables, Some(member), today, wording))?;
    Ok(planned.pop().map(|one| one.reminders).unwrap_or_default())
}

/// Every member's reminders from `today` in household order, each with the member, less those
/// acknowledged; read in one snapshot.
pub fn reminders_by_member(
    vault: &Vault,
    today: JapanDate,
    wording: ReminderWording,
) -> Result<Vec<MemberReminders>> {
    vault.read(|tables| planned(tables, None, today, wording))
}

/// The reminders of one member, or of every member in household order when `member` is `None`,
/// soonest first, less those acknowledged. IDs are keyed per member, so they are unique across
/// the household.
pub fn household_reminders(
    vault: &Vault,
    member: Option<MemberId>,
    today: JapanDate,
    wording: ReminderWording,
) -> Result<Vec<MemberReminder>> {
    let mut all = Vec::new();
    for planned in vault.read(|tables| planned(tables, member, today, wording))? {
        let id = planned.member.id;
        all.extend(
            planned
                .reminders
                .into_iter()
                .map(|reminder| MemberReminder {
                    member: id,
                    reminder,
                }),
        );
    }
    all.sort_by_key(|r| (r.reminder.fire_on, r.reminder.deadline, r.member));
    Ok(all)
}

/// The deadlines of one member, or of the whole household, as calendar events (one per deadline
/// on its own date, the reminders as alarms, `advice.md` version 2), by date. Event IDs are keyed
/// per member; `names` puts each member's given name in the titles.
pub fn household_calendar(
    vault: &Vault,
    member: Option<MemberId>,
    today: JapanDate,
    wording: ReminderWording,
) -> Result<Vec<CalendarEvent>> {
    let mut all = vault.read(|tables| {
        let mut all = Vec::new();
        for card in counter_cards(tables, member)? {
            let (deadlines, options) = planning(tables, &card, today, wording);
            all.extend(calendar_events(&deadlines, today, &options));
        }
        Ok(all)
    })?;
    all.sort_by_key(|event| event.date);
    Ok(all)
}

/// The counter card of `member` alone (who must exist), or of every member in household order,
/// each refused when a document of it is damaged.
fn counter_cards(
    tables: &Tables<'_, Reading>,
    member: Option<MemberId>,
) -> Result<Vec<CounterCard>> {
    let cards = match member {
        Some(id) => vec![CounterCard::read_in(tables, id)?],
        None => CounterCard::read_each_in(tables, tables.members().list_with_facts()?.items)?,
    };
    for card in &cards {
        card.documents.complete()?;
    }
    Ok(cards)
}

/// The reminders from `today` of `member` alone (who must exist) or of every member in household
/// order, less those acknowledged; each table is read with one statement for all of them.
fn planned(
    tables: &Tables<'_, Reading>,
    member: Option<MemberId>,
    today: JapanDate,
    wording: ReminderWording,
) -> Result<Vec<MemberReminders>> {
    let cards = counter_cards(tables, member)?;
    let ids: Vec<MemberId> = cards.iter().map(|card| card.member.id).collect();
    let acks = tables.reminder_acks().list_each(&ids)?;
    let mut planned = Vec::with_capacity(cards.len());
    for (card, acknowledged) in cards.into_iter().zip(acks) {
        let (deadlines, options) = planning(tables, &card, today, wording);
        let mut reminders = reminders(&deadlines, today, &options);
        reminders.retain(|reminder| {
            !acknowledged
                .items
                .iter()
                .any(|ack| ack.reminder == reminder.id)
        });
        planned.push(MemberReminders {
            member: card.member,
            reminders,
        });
    }
    Ok(planned)
}

/// A member's deadlines from their counter card, and how their reminders speak.
fn planning(
    tables: &Tables<'_, Reading>,
    card: &CounterCard,
    today: JapanDate,
    wording: ReminderWording,
) -> (Vec<Deadline>, ReminderOptions) {
    let scenario = card.scenario(today, Visit::Clinic, OnlineCheck::Unknown, None);
    let name = match wording.names {
        true => Some(given_name(&card.member.name).to_owned()),
        false => None,
    };
    let options = ReminderOptions {
        language: wording.language,
        detailed: wording.detailed || wording.names,
        name,
        subject: tables.reminder_subject(card.member.id),
    };
    (advise(&scenario).deadlines, options)
}

/// The given name (名) of a stored name: what follows the last space (full-width or not) when the
/// family and given names are written apart, else the whole name as stored.
fn given_name(name: &str) -> &str {
    name.split_whitespace().last().unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::given_name;

    #[test]
    fn the_given_name_follows_the_last_space() {
        assert_eq!(given_name("山田 太郎"), "太郎");
        assert_eq!(given_name("山田　花子"), "花子");
        assert_eq!(given_name(" 佐藤  陽太 "), "陽太");
        assert_eq!(given_name("陽太"), "陽太");
    }
}

//! The reminders of one member or of the whole household from the stored facts, and their
//! acknowledgements (通知の確認済み記録): which reminders the user has dismissed, so the phone does
//! not schedule them again. When each fires (lead times, office days of R-OFFICE-1) is the core
//! reminders module's; this module only feeds it each member's deadlines.

use ring::hmac;
use serde::{Deserialize, Serialize};

use super::error::Result;
use super::member_log::MemberLog;
use super::members::{self, MemberId};
use super::{Listing, Vault};
use crate::advice::Deadline;
use crate::dates::JapanDate;
use crate::reminders::{calendar_events, reminders, CalendarEvent, Reminder, ReminderOptions};
use crate::scenario::{OnlineCheck, Visit};
use crate::text::Language;

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

/// One acknowledged reminder (確認済みの通知).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReminderAck {
    /// The reminder's id.
    pub reminder: String,
    /// The Japan date it was acknowledged.
    pub on: JapanDate,
}

const LOG: MemberLog = MemberLog {
    table: "reminder_acks",
    column: "ack",
};

impl Vault {
    /// The reminders to schedule for `member` from `today`, less those already acknowledged.
    /// Their IDs are keyed by a secret derived from the vault's data key, so an ID seen in the
    /// phone's notification store reveals no date (a birthday, for one); `detailed` shows what each
    /// is about and the member's name on the lock screen.
    pub fn reminders(
        &self,
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
        self.member_reminders(member, today, wording)
    }

    /// The reminders of one member, or of every member in household order when `member` is
    /// `None`, soonest first, less those acknowledged. IDs are keyed per member, so they are
    /// unique across the household.
    pub fn household_reminders(
        &self,
        member: Option<MemberId>,
        today: JapanDate,
        wording: ReminderWording,
    ) -> Result<Vec<MemberReminder>> {
        let mut all = Vec::new();
        for id in self.household(member)? {
            let planned = self.member_reminders(id, today, wording)?;
            all.extend(planned.into_iter().map(|reminder| MemberReminder {
                member: id,
                reminder,
            }));
        }
        all.sort_by_key(|r| (r.reminder.fire_on, r.reminder.deadline, r.member));
        Ok(all)
    }

    /// The deadlines of one member, or of the whole household, as calendar events (one per
    /// deadline on its own date, the reminders as alarms, `advice.md` version 2), by date. Event
    /// IDs are keyed per member; `names` puts each member's given name in the titles.
    pub fn household_calendar(
        &self,
        member: Option<MemberId>,
        today: JapanDate,
        wording: ReminderWording,
    ) -> Result<Vec<CalendarEvent>> {
        let mut all = Vec::new();
        for id in self.household(member)? {
            let (deadlines, options) = self.planning(id, today, wording)?;
            all.extend(calendar_events(&deadlines, today, &options));
        }
        all.sort_by_key(|event| event.date);
        Ok(all)
    }

    /// `member` alone (who must exist), or every member in household order.
    fn household(&self, member: Option<MemberId>) -> Result<Vec<MemberId>> {
        match member {
            Some(id) => self.member(id).map(|m| vec![m.id]),
            None => Ok(self.members()?.items.into_iter().map(|m| m.id).collect()),
        }
    }

    fn member_reminders(
        &self,
        member: MemberId,
        today: JapanDate,
        wording: ReminderWording,
    ) -> Result<Vec<Reminder>> {
        let (deadlines, options) = self.planning(member, today, wording)?;
        let acknowledged = self.acknowledged_reminders(member)?.items;
        Ok(reminders(&deadlines, today, &options)
            .into_iter()
            .filter(|reminder| !acknowledged.iter().any(|ack| ack.reminder == reminder.id))
            .collect())
    }

    /// A member's deadlines from the stored facts, and how their reminders speak.
    fn planning(
        &self,
        member: MemberId,
        today: JapanDate,
        wording: ReminderWording,
    ) -> Result<(Vec<Deadline>, ReminderOptions)> {
        let scenario = self.scenario(member, today, Visit::Clinic, OnlineCheck::Unknown, None)?;
        let name = match wording.names {
            true => Some(given_name(&self.member(member)?.name).to_owned()),
            false => None,
        };
        let options = ReminderOptions {
            language: wording.language,
            detailed: wording.detailed || wording.names,
            name,
            subject: self.reminder_subject(member),
        };
        Ok((crate::advise(&scenario).deadlines, options))
    }

    /// A per-member secret for reminder IDs: HMAC-SHA256 of the member id under the data key.
    fn reminder_subject(&self, member: MemberId) -> String {
        let key = hmac::Key::new(hmac::HMAC_SHA256, &self.reminder_secret[..]);
        let tag = hmac::sign(
            &key,
            format!("shikaku-reminders/member/{}", member.0).as_bytes(),
        );
        tag.as_ref()
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect()
    }

    /// Records that a member's reminder was acknowledged; acknowledging it again changes nothing.
    pub fn acknowledge_reminder(
        &self,
        member: MemberId,
        reminder: &str,
        on: JapanDate,
    ) -> Result<()> {
        self.write(|tx, key| {
            members::require(tx, member)?;
            let done = LOG
                .entries::<ReminderAck>(tx, key, member)?
                .into_iter()
                .any(|ack| ack.is_ok_and(|ack| ack.reminder == reminder));
            if !done {
                let ack = ReminderAck {
                    reminder: reminder.to_owned(),
                    on,
                };
                LOG.append(tx, key, member, ack)?;
            }
            Ok(())
        })
    }

    /// A member's acknowledged reminders, oldest first.
    pub fn acknowledged_reminders(&self, member: MemberId) -> Result<Listing<ReminderAck>> {
        self.read(|conn, key| {
            members::require(conn, member)?;
            let mut listing = Listing::default();
            for ack in LOG.entries(conn, key, member)? {
                listing.push(ack)?;
            }
            Ok(listing)
        })
    }
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

//! A member's reminders from the stored facts, and their acknowledgements (通知の確認済み記録):
//! which reminders the user has dismissed, so the phone does not schedule them again.

use ring::hmac;
use serde::{Deserialize, Serialize};

use super::error::Result;
use super::member_log::MemberLog;
use super::members::{self, MemberId};
use super::{Listing, Vault};
use crate::dates::JapanDate;
use crate::reminders::{reminders, Reminder, ReminderOptions};
use crate::scenario::{OnlineCheck, Visit};
use crate::text::Language;

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
        let scenario = self.scenario(member, today, Visit::Clinic, OnlineCheck::Unknown, None)?;
        let name = if detailed {
            Some(self.member(member)?.name)
        } else {
            None
        };
        let options = ReminderOptions {
            language,
            detailed,
            name,
            subject: self.reminder_subject(member),
        };
        let acknowledged = self.acknowledged_reminders(member)?.items;
        let planned = reminders(&crate::advise(&scenario).deadlines, today, &options);
        Ok(planned
            .into_iter()
            .filter(|reminder| !acknowledged.iter().any(|ack| ack.reminder == reminder.id))
            .collect())
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

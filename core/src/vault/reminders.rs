//! Reminder acknowledgements (通知の確認済み記録): which of a member's reminders the user has
//! dismissed, so the phone does not schedule them again. Reminder ids are those of
//! `shikaku reminders`.

use serde::{Deserialize, Serialize};

use super::error::Result;
use super::member_log::MemberLog;
use super::members::{self, MemberId};
use super::{Listing, Vault};
use crate::dates::JapanDate;

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

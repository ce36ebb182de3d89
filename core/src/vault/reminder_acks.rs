//! Acknowledged reminders (通知の確認済み記録): which reminders the user has dismissed, so the phone
//! does not schedule them again. One sealed entry per acknowledgement (a [`MemberLog`]); which
//! reminders there are is the app's reminders use case.

use serde::{Deserialize, Serialize};

use super::error::Result;
use super::member_log::MemberLog;
use super::members::{MemberId, Members};
use super::tables::{Access, Writing};
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

/// The `reminder_acks` table (通知の確認済み記録) inside one transaction.
pub struct ReminderAcks<'t, M>(pub(crate) Access<'t, M>);

impl<M> ReminderAcks<'_, M> {
    /// A member's acknowledged reminders, oldest first; damaged entries are listed apart.
    pub fn list(&self, member: MemberId) -> Result<Listing<ReminderAck>> {
        Ok(self.list_each(&[member])?.pop().unwrap_or_default())
    }

    /// Each member's [`ReminderAcks::list`], in the order given, read with one statement.
    pub fn list_each(&self, members: &[MemberId]) -> Result<Vec<Listing<ReminderAck>>> {
        let Access { conn, key, .. } = self.0;
        let mut listings = Vec::with_capacity(members.len());
        for acks in LOG.entries_each(conn, key, members)? {
            listings.push(Listing::of(acks)?);
        }
        Ok(listings)
    }
}

impl ReminderAcks<'_, Writing> {
    /// Records that a member's reminder was acknowledged; acknowledging it again changes nothing.
    pub fn acknowledge(&self, member: MemberId, reminder: &str, on: JapanDate) -> Result<()> {
        let Access { conn, key, .. } = self.0;
        Members(self.0).require(member)?;
        let done = LOG
            .entries::<ReminderAck>(conn, key, member)?
            .into_iter()
            .any(|ack| ack.is_ok_and(|ack| ack.reminder == reminder));
        if !done {
            let ack = ReminderAck {
                reminder: reminder.to_owned(),
                on,
            };
            LOG.append(conn, key, member, ack)?;
        }
        Ok(())
    }
}

impl Vault {
    /// Records that a member's reminder was acknowledged; acknowledging it again changes nothing.
    pub fn acknowledge_reminder(
        &self,
        member: MemberId,
        reminder: &str,
        on: JapanDate,
    ) -> Result<()> {
        self.write(|t| t.reminder_acks().acknowledge(member, reminder, on))
    }

    /// A member's acknowledged reminders, oldest first.
    pub fn acknowledged_reminders(&self, member: MemberId) -> Result<Listing<ReminderAck>> {
        self.read(|t| {
            t.members().require(member)?;
            t.reminder_acks().list(member)
        })
    }
}

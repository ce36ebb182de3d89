//! The vault's tables inside one transaction (保管庫の表): [`Vault::read`] and [`Vault::write`]
//! hand a use case one [`Tables`] handle, and each table has one repository on it — [`Members`],
//! [`Documents`], [`Cards`], [`PinLog`], [`ReminderAcks`], [`Settings`] — that seals, stores,
//! reads and opens that table's rows and nothing else. Whatever a use case reads or writes
//! through one handle is one snapshot, or one write committed whole or not at all.
//!
//! The handle's mode is in its type: a [`Reading`] handle has no write methods, so a read can
//! never change the file.
//!
//! [`Vault::read`]: super::Vault::read
//! [`Vault::write`]: super::Vault::write

use std::marker::PhantomData;

use ring::hmac;
use rusqlite::Connection;

use super::card_facts::Cards;
use super::crypto::{DataKey, KeyBytes};
use super::documents::Documents;
use super::members::{MemberId, Members};
use super::pin_log::PinLog;
use super::reminder_acks::ReminderAcks;
use super::settings::Settings;

/// The mode of a read transaction (読み取り): repositories only read.
pub enum Reading {}

/// The mode of a write transaction (書き込み): repositories read and write.
pub enum Writing {}

/// What every repository works on: the transaction's connection and the data key, in a mode.
pub(crate) struct Access<'t, M> {
    pub(crate) conn: &'t Connection,
    pub(crate) key: &'t DataKey,
    mode: PhantomData<fn() -> M>,
}

impl<M> Clone for Access<'_, M> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<M> Copy for Access<'_, M> {}

/// The vault's tables inside one transaction (保管庫の表), in mode `M` ([`Reading`] or
/// [`Writing`]).
pub struct Tables<'t, M> {
    access: Access<'t, M>,
    reminder_secret: &'t KeyBytes,
}

impl<'t, M> Tables<'t, M> {
    /// The tables of the transaction on `conn`, read with `key`.
    pub(crate) fn new(
        conn: &'t Connection,
        key: &'t DataKey,
        reminder_secret: &'t KeyBytes,
    ) -> Self {
        Tables {
            access: Access {
                conn,
                key,
                mode: PhantomData,
            },
            reminder_secret,
        }
    }

    /// Household members (`members`), with their version-2 facts.
    pub fn members(&self) -> Members<'t, M> {
        Members(self.access)
    }

    /// Stored documents (`documents`).
    pub fn documents(&self) -> Documents<'t, M> {
        Documents(self.access)
    }

    /// My Number card facts (`card_facts`).
    pub fn cards(&self) -> Cards<'t, M> {
        Cards(self.access)
    }

    /// The PIN log (`pin_log`).
    pub fn pin_log(&self) -> PinLog<'t, M> {
        PinLog(self.access)
    }

    /// Acknowledged reminders (`reminder_acks`).
    pub fn reminder_acks(&self) -> ReminderAcks<'t, M> {
        ReminderAcks(self.access)
    }

    /// App settings (`settings`).
    pub fn settings(&self) -> Settings<'t, M> {
        Settings(self.access)
    }

    /// The subject a member's reminder ids are keyed by (通知IDの鍵): HMAC-SHA256 of the member id
    /// under a secret of the vault that a key rotation keeps, so an id seen in the phone's
    /// notification store reveals no date and stays the same after a rotation.
    pub fn reminder_subject(&self, member: MemberId) -> String {
        let key = hmac::Key::new(hmac::HMAC_SHA256, &self.reminder_secret[..]);
        let tag = hmac::sign(
            &key,
            format!("shikaku-reminders/member/{}", member.0).as_bytes(),
        );
        crate::hex::lower(tag.as_ref())
    }
}

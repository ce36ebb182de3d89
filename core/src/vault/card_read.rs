//! Storing what a card read found (カード読み取り結果の保存): the PIN counts the card reported go
//! into the PIN log, where they override earlier estimates (R-PIN-1), and the expiries it gave
//! update the member's card facts — all in one transaction. The card is read before this is
//! called, so the native NFC link is never used while the vault is locked.

use super::card_facts::{self, CardRecord};
use super::error::Result;
use super::members::{self, MemberId};
use super::pin_log::{self, PinOutcome};
use super::Vault;
use crate::card::CardRead;
use crate::dates::JapanDate;

impl Vault {
    /// Records `read` for `member`: each PIN count, and the certificate's (and, where the card
    /// gave it, the card's) expiry into the stored card facts. Returns whether card facts were
    /// updated: without stored facts there is nothing to update, because whether the card is
    /// registered as an insurance card cannot be read from it — the user enters the card first.
    pub fn apply_card_read(
        &self,
        member: MemberId,
        read: &CardRead,
        today: JapanDate,
    ) -> Result<bool> {
        self.write(|tx, key| {
            members::require(tx, member)?;
            for (kind, count) in read.pin_counts() {
                pin_log::append(tx, key, member, kind, PinOutcome::CardRead(count), today)?;
            }
            let Some(stored) = card_facts::load(tx, key, member)? else {
                return Ok(false);
            };
            let updated = CardRecord {
                expires: read.card_expires.or(stored.expires),
                ecert_expires: read.ecert_expires,
                ..stored
            };
            card_facts::store(tx, key, member, &updated)?;
            Ok(true)
        })
    }
}

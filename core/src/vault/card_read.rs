//! Storing what a card read found (カード読み取り結果の保存): the PIN counts the card reported go
//! into the PIN log, where they override earlier estimates (R-PIN-1), and the expiries it gave
//! update the member's card facts. The card is read before this is called, so the native NFC
//! link is never used while the vault is locked.

use super::card_facts::CardRecord;
use super::error::Result;
use super::members::MemberId;
use super::pin_log::PinOutcome;
use super::Vault;
use crate::card::CardRead;
use crate::dates::JapanDate;

impl Vault {
    /// Records `read` for `member`: each PIN count, then the certificate's (and, where the card
    /// gave it, the card's) expiry into the stored card facts. Returns whether card facts were
    /// updated: with no facts stored and no card expiry read there is nothing to update, since
    /// the registration status cannot be read from the card.
    pub fn apply_card_read(
        &self,
        member: MemberId,
        read: &CardRead,
        today: JapanDate,
    ) -> Result<bool> {
        for (kind, count) in read.pin_counts() {
            self.record_pin(member, kind, PinOutcome::CardRead(count), today)?;
        }
        let updated = match (self.card(member)?, read.card_expires) {
            (Some(stored), card_expires) => CardRecord {
                expires: card_expires.unwrap_or(stored.expires),
                ecert_expires: read.ecert_expires,
                ..stored
            },
            (None, Some(expires)) => CardRecord {
                expires,
                ecert_expires: read.ecert_expires,
                insurance_registered: false,
                last4: None,
            },
            (None, None) => return Ok(false),
        };
        self.set_card(member, &updated)?;
        Ok(true)
    }
}

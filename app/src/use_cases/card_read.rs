//! Storing what a card read found (カード読み取り結果の保存): the PIN counts the card reported go
//! into the PIN log, where they override earlier estimates (R-PIN-1), and the expiries it gave
//! update the member's card facts — all in one write transaction. The card is read before this is
//! called, so the native NFC link is never used while the vault is locked. This is the one path
//! that applies a read.

use shikaku_core::card::CardRead;
use shikaku_core::vault::{CardRecord, MemberId, PinOutcome, Result, Vault};
use shikaku_core::JapanDate;

/// Records `read` for `member`: each PIN count, and the certificate's (and, where the card gave
/// it, the card's) expiry into the stored card facts. Returns whether card facts were updated:
/// without stored facts there is nothing to update, because whether the card is registered as an
/// insurance card cannot be read from it — the user enters the card first.
pub fn apply_card_read(
    vault: &Vault,
    member: MemberId,
    read: &CardRead,
    today: JapanDate,
) -> Result<bool> {
    vault.write(|tables| {
        tables.members().require(member)?;
        for (kind, count) in read.pin_counts() {
            let outcome = PinOutcome::CardRead(count);
            tables.pin_log().record(member, kind, outcome, today)?;
        }
        let Some(stored) = tables.cards().get(member)? else {
            return Ok(false);
        };
        let updated = CardRecord {
            expires: read.card_expires.or(stored.expires),
            ecert_expires: read.ecert_expires,
            ..stored
        };
        tables.cards().set(member, &updated)?;
        Ok(true)
    })
}

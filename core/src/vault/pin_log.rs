//! The PIN log (暗証番号の入力記録): each wrong or correct entry a member reports and each count the
//! card itself reported, per PIN kind, sealed one event per row (a [`MemberLog`]). The
//! [`PinGuard`] is rebuilt by replaying the log, so the guard's rules stay in [`crate::pin`] and
//! the vault keeps only what happened.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::crypto::DataKey;
use super::error::Result;
use super::member_log::MemberLog;
use super::members::{self, MemberId};
use super::Vault;
use crate::dates::JapanDate;
use crate::pin::{CardPinCount, PinGuard, PinKind};

/// What was observed about one PIN (暗証番号の入力結果・照会結果).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PinOutcome {
    /// A wrong entry (誤入力).
    Failed,
    /// A correct entry: resets the card's count of that PIN (R-PIN-1).
    Succeeded,
    /// The card's own count of remaining tries, read without spending one.
    CardRead(CardPinCount),
}

/// One logged event.
#[derive(Serialize, Deserialize)]
struct PinEvent {
    kind: PinKind,
    outcome: PinOutcome,
    on: JapanDate,
}

const LOG: MemberLog = MemberLog {
    table: "pin_log",
    column: "event",
};

impl Vault {
    /// Logs what was observed about one of a member's PINs on the given (Japan) date.
    pub fn record_pin(
        &self,
        member: MemberId,
        kind: PinKind,
        outcome: PinOutcome,
        on: JapanDate,
    ) -> Result<()> {
        self.write(|tx, key| {
            members::require(tx, member)?;
            append(tx, key, member, kind, outcome, on)
        })
    }

    /// A member's PIN guard, rebuilt from the log (R-PIN-1).
    pub fn pin_guard(&self, member: MemberId) -> Result<PinGuard> {
        self.read(|conn, key| {
            members::require(conn, member)?;
            guard(conn, key, member)
        })
    }
}

/// Logs one event inside the caller's transaction.
pub(crate) fn append(
    tx: &rusqlite::Transaction<'_>,
    key: &DataKey,
    member: MemberId,
    kind: PinKind,
    outcome: PinOutcome,
    on: JapanDate,
) -> Result<()> {
    LOG.append(tx, key, member, PinEvent { kind, outcome, on })
        .map(|_| ())
}

/// Replays a member's log, oldest first, into a [`PinGuard`]. A damaged event fails the whole
/// guard: a count that silently skipped a failure could claim tries the card does not have.
pub(crate) fn guard(conn: &Connection, key: &DataKey, member: MemberId) -> Result<PinGuard> {
    let mut guard = PinGuard::new();
    for event in LOG.entries::<PinEvent>(conn, key, member)? {
        let event = event?;
        match event.outcome {
            PinOutcome::Failed => guard.record_failure(event.kind),
            PinOutcome::Succeeded => guard.record_success(event.kind),
            PinOutcome::CardRead(count) => guard.record_card_count(event.kind, count),
        }
    }
    Ok(guard)
}

//! The PIN log (暗証番号の入力記録): each wrong or correct entry a member reports and each count the
//! card itself reported, per PIN kind, sealed one event per row (a [`MemberLog`]). The
//! [`PinGuard`] is rebuilt by replaying the log, so the guard's rules stay in [`crate::pin`] and
//! the vault keeps only what happened.

use serde::{Deserialize, Serialize};

use super::error::Result;
use super::member_log::MemberLog;
use super::members::{MemberId, Members};
use super::tables::{Access, Writing};
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

/// The `pin_log` table (暗証番号の入力記録) inside one transaction.
pub struct PinLog<'t, M>(pub(crate) Access<'t, M>);

impl<M> PinLog<'_, M> {
    /// Replays a member's log, oldest first, into a [`PinGuard`] (R-PIN-1). A damaged event fails
    /// the whole guard: a count that silently skipped a failure could claim tries the card does
    /// not have.
    pub fn guard(&self, member: MemberId) -> Result<PinGuard> {
        Ok(self.guard_each(&[member])?.pop().unwrap_or_default())
    }

    /// Each member's [`PinLog::guard`], in the order given, read with one statement.
    pub fn guard_each(&self, members: &[MemberId]) -> Result<Vec<PinGuard>> {
        let Access { conn, key, .. } = self.0;
        let mut guards = Vec::with_capacity(members.len());
        for events in LOG.entries_each::<PinEvent>(conn, key, members)? {
            guards.push(replay(events)?);
        }
        Ok(guards)
    }
}

/// Replays one member's events, oldest first; the first damaged one fails the guard.
fn replay(events: Vec<Result<PinEvent>>) -> Result<PinGuard> {
    let mut guard = PinGuard::new();
    for event in events {
        let event = event?;
        match event.outcome {
            PinOutcome::Failed => guard.record_failure(event.kind),
            PinOutcome::Succeeded => guard.record_success(event.kind),
            PinOutcome::CardRead(count) => guard.record_card_count(event.kind, count),
        }
    }
    Ok(guard)
}

impl PinLog<'_, Writing> {
    /// Logs what was observed about one of a member's PINs on the given (Japan) date.
    pub fn record(
        &self,
        member: MemberId,
        kind: PinKind,
        outcome: PinOutcome,
        on: JapanDate,
    ) -> Result<()> {
        let Access { conn, key, .. } = self.0;
        Members(self.0).require(member)?;
        LOG.append(conn, key, member, PinEvent { kind, outcome, on })
            .map(drop)
    }
}

impl Vault {
    /// Logs what was observed about one of a member's PINs on the given (Japan) date.
    pub fn record_pin(
        &self,
        member: MemberId,
        kind: PinKind,
        outcome: PinOutcome,
        on: JapanDate,
    ) -> Result<()> {
        self.write(|t| t.pin_log().record(member, kind, outcome, on))
    }

    /// A member's PIN guard, rebuilt from the log (R-PIN-1).
    pub fn pin_guard(&self, member: MemberId) -> Result<PinGuard> {
        self.read(|t| {
            t.members().require(member)?;
            t.pin_log().guard(member)
        })
    }
}

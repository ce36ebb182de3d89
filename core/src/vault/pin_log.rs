//! The PIN attempt log (暗証番号の入力記録): each wrong or correct entry a member reports, per PIN
//! kind, sealed one event per row (a [`MemberLog`]). The counters are derived from it; what to
//! advise about them is [`crate::pin`]'s business.

use std::collections::BTreeMap;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::crypto::DataKey;
use super::error::Result;
use super::member_log::MemberLog;
use super::members::{self, MemberId};
use super::Vault;
use crate::dates::Date;
use crate::pin::PinKind;

/// The result of one PIN entry (暗証番号の入力結果).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PinOutcome {
    /// A wrong entry (誤入力).
    Failed,
    /// A correct entry: resets the count of that PIN (R-PIN-1).
    Succeeded,
}

/// One logged entry.
#[derive(Serialize, Deserialize)]
struct PinEvent {
    kind: PinKind,
    outcome: PinOutcome,
    on: Date,
}

const LOG: MemberLog = MemberLog {
    table: "pin_log",
    column: "event",
};

impl Vault {
    /// Logs one PIN entry of a member on the given (Japan) date.
    pub fn record_pin(
        &self,
        member: MemberId,
        kind: PinKind,
        outcome: PinOutcome,
        on: Date,
    ) -> Result<()> {
        let event = PinEvent { kind, outcome, on };
        self.write(|tx, key| {
            members::require(tx, member)?;
            LOG.append(tx, key, member, event).map(|_| ())
        })
    }

    /// Consecutive wrong entries since the last correct one, for every PIN kind (R-PIN-1).
    pub fn pin_failures(&self, member: MemberId) -> Result<BTreeMap<PinKind, u32>> {
        self.read(|conn, key| {
            members::require(conn, member)?;
            failures(conn, key, member)
        })
    }
}

/// Replays a member's log into per-kind counters: a failure adds one, a success resets (R-PIN-1).
pub(crate) fn failures(
    conn: &Connection,
    key: &DataKey,
    member: MemberId,
) -> Result<BTreeMap<PinKind, u32>> {
    let mut counts: BTreeMap<PinKind, u32> = PinKind::ALL.iter().map(|&k| (k, 0)).collect();
    for event in LOG.entries::<PinEvent>(conn, key, member)? {
        let event = event?;
        let count = counts.entry(event.kind).or_default();
        *count = match event.outcome {
            PinOutcome::Failed => count.saturating_add(1),
            PinOutcome::Succeeded => 0,
        };
    }
    Ok(counts)
}

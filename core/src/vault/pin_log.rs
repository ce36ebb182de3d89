//! The PIN attempt log (暗証番号の入力記録): each wrong or correct entry a member reports, per PIN
//! kind, sealed one event per row. The counters are derived from it; what to advise about them is
//! [`crate::pin`]'s business.

use std::collections::BTreeMap;

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};

use super::crypto::DataKey;
use super::error::{RecordRef, Result, VaultError};
use super::members::{self, MemberId};
use super::{sealed_cell, Vault};
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

/// The sealed `event` column. It repeats the member id so an event moved to another member by
/// editing the plaintext `member_id` is detected.
#[derive(Serialize, Deserialize)]
struct PinEvent {
    member: MemberId,
    kind: PinKind,
    outcome: PinOutcome,
    on: Date,
}

fn cell(row: i64) -> RecordRef {
    RecordRef {
        table: "pin_log",
        row,
        column: "event",
    }
}

impl Vault {
    /// Logs one PIN entry of a member on the given (Japan) date.
    pub fn record_pin(
        &self,
        member: MemberId,
        kind: PinKind,
        outcome: PinOutcome,
        on: Date,
    ) -> Result<()> {
        let event = PinEvent {
            member,
            kind,
            outcome,
            on,
        };
        self.write(|tx, key| {
            members::require(tx, member)?;
            tx.execute(
                "INSERT INTO pin_log (member_id, event) VALUES (?1, x'')",
                [member.0],
            )?;
            let row = tx.last_insert_rowid();
            tx.execute(
                "UPDATE pin_log SET event = ?1 WHERE id = ?2",
                params![key.seal_json(cell(row), &event)?, row],
            )?;
            Ok(())
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
    let mut stmt = conn.prepare("SELECT id, event FROM pin_log WHERE member_id = ?1 ORDER BY id")?;
    let rows = stmt.query_map([member.0], |row| {
        Ok((row.get::<_, i64>(0)?, sealed_cell(row, 1)?))
    })?;
    for row in rows {
        let (id, sealed) = row?;
        let event: PinEvent = key.open_json(cell(id), &sealed)?;
        if event.member != member {
            return Err(VaultError::Tampered(cell(id)));
        }
        let count = counts.entry(event.kind).or_default();
        *count = match event.outcome {
            PinOutcome::Failed => count.saturating_add(1),
            PinOutcome::Succeeded => 0,
        };
    }
    Ok(counts)
}

//! Append-only per-member logs (`pin_log`, `reminder_acks`): one sealed JSON value per row. The
//! sealed value repeats the member id, so a row moved to another member by editing the plaintext
//! `member_id` column is detected.

use rusqlite::{params, Connection};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::crypto::DataKey;
use super::error::{RecordRef, Result, VaultError};
use super::members::MemberId;
use super::{for_each_member, sealed_cell};

/// A log table and its sealed column; names are constants of this crate, never input.
#[derive(Clone, Copy)]
pub(crate) struct MemberLog {
    pub(crate) table: &'static str,
    pub(crate) column: &'static str,
}

/// What is sealed in a row: the owner and the entry's fields, side by side in one JSON object.
#[derive(Serialize, Deserialize)]
struct Owned<T> {
    member: MemberId,
    #[serde(flatten)]
    entry: T,
}

impl MemberLog {
    fn cell(self, row: i64) -> RecordRef {
        RecordRef {
            table: self.table,
            row,
            column: self.column,
        }
    }

    /// Appends an entry for `member` (who must exist) inside the caller's write transaction;
    /// returns its row id.
    pub(crate) fn append<T: Serialize>(
        self,
        tx: &Connection,
        key: &DataKey,
        member: MemberId,
        entry: T,
    ) -> Result<i64> {
        let MemberLog { table, column } = self;
        tx.execute(
            &format!("INSERT INTO {table} (member_id, {column}) VALUES (?1, x'')"),
            [member.0],
        )?;
        let row = tx.last_insert_rowid();
        let sealed = key.seal_json(self.cell(row), &Owned { member, entry })?;
        tx.execute(
            &format!("UPDATE {table} SET {column} = ?1 WHERE id = ?2"),
            params![sealed, row],
        )?;
        Ok(row)
    }

    /// A member's entries, oldest first; each one that fails to open is a
    /// [`VaultError::Tampered`] in its place.
    pub(crate) fn entries<T: DeserializeOwned>(
        self,
        conn: &Connection,
        key: &DataKey,
        member: MemberId,
    ) -> Result<Vec<Result<T>>> {
        Ok(self
            .entries_each(conn, key, &[member])?
            .pop()
            .unwrap_or_default())
    }

    /// [`MemberLog::entries`] of each of `members`, in the order given, read with one statement.
    pub(crate) fn entries_each<T: DeserializeOwned>(
        self,
        conn: &Connection,
        key: &DataKey,
        members: &[MemberId],
    ) -> Result<Vec<Vec<Result<T>>>> {
        let MemberLog { table, column } = self;
        let sql = format!("SELECT id, {column} FROM {table} WHERE member_id = ?1 ORDER BY id");
        let mut each = Vec::with_capacity(members.len());
        for_each_member(conn, &sql, members, &mut |stmt, member| {
            let rows = stmt.query_map([member.0], |row| {
                let id = row.get::<_, i64>(0)?;
                Ok(key
                    .open_json::<Owned<T>>(self.cell(id), sealed_cell(row, 1)?)
                    .and_then(|owned| match owned.member == member {
                        true => Ok(owned.entry),
                        false => Err(VaultError::Tampered(self.cell(id))),
                    }))
            })?;
            each.push(rows.collect::<rusqlite::Result<_>>()?);
            Ok(())
        })?;
        Ok(each)
    }
}

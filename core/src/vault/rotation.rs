//! Key rotation (データ鍵の更新): every sealed cell re-sealed under a fresh random data key, and the
//! new key wrapped for the unlock, in one transaction, so a crash leaves the old key and cells or
//! the new ones, never a mix. Run after a restore (the restored vault no longer shares its key with
//! the backup it came from) and when the user changes the passphrase or device key.

use rusqlite::{params, Transaction, TransactionBehavior};

use super::crypto::{random_key, DataKey, KeyBytes};
use super::error::{RecordRef, Result};
use super::keys::{self, Unlock};
use super::{check_key, sealed_cell, store_slot, Header, Keyed, Vault, CANARY, CANARY_RECORD};

/// Every sealed column: table, the column whose value is the cell's row in its associated data,
/// and the sealed column. A test checks that every BLOB column of the schema is here or is key
/// material (`header`).
const SEALED_CELLS: &[(&str, &str, &str)] = &[
    ("members", "id", "name"),
    ("members", "id", "details"),
    ("documents", "id", "summary"),
    ("documents", "id", "content"),
    ("card_facts", "member_id", "facts"),
    ("pin_log", "id", "event"),
    ("reminder_acks", "id", "ack"),
    ("settings", "id", "value"),
];

/// The sealed secret reminder ids are derived from, once a key has been rotated: the first data
/// key, kept so reminder ids (and their acknowledgements) survive rotation. Named, like the
/// canary, after the `meta` table it was sealed in up to schema version 2.
pub(crate) const REMINDER_RECORD: RecordRef = RecordRef {
    table: "meta",
    row: 0,
    column: "reminder_key",
};

impl Vault {
    /// Re-seals every cell under a new random data key wrapped for `unlock` (a new passphrase or
    /// device key, or the same), in one transaction, and goes on with the new key. A damaged cell
    /// stops it with [`super::VaultError::Tampered`] and nothing changes. Whoever held the old data
    /// key (an old backup and its passphrase, the old passphrase) can no longer open the cells.
    /// Other calls on this handle wait for it; a handle in another process is refused its next
    /// write ([`super::VaultError::WrongKey`]) and must open the vault again.
    pub fn rotate_key(&self, unlock: Unlock<'_>) -> Result<()> {
        let secret = random_key()?;
        // The derivation runs outside the lock; the id never changes.
        let id = self.read_conn(|conn, _| Ok(Header::read(conn)?.vault_id))?;
        let slot = keys::wrap(unlock, &id, &secret)?;
        let fresh = DataKey::new(&secret);
        let mut state = self.lock();
        let Keyed { conn, key, .. } = &mut *state;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        check_key(&tx, key)?;
        for &(table, row, column) in SEALED_CELLS {
            reseal(&tx, key, &fresh, table, row, column)?;
        }
        tx.execute(
            "UPDATE header SET canary = ?1, reminder_key = ?2",
            params![
                fresh.seal(CANARY_RECORD, CANARY)?,
                fresh.seal(REMINDER_RECORD, &self.reminder_secret[..])?
            ],
        )?;
        store_slot(&tx, &slot)?;
        tx.commit()?;
        // Only after the commit: a failed rotation leaves the handle on the key of its file.
        state.key = fresh;
        state.secret = secret;
        Ok(())
    }
}

/// Re-seals one column of one table, row by row (a document's bytes are held one at a time).
fn reseal(
    tx: &Transaction<'_>,
    old: &DataKey,
    fresh: &DataKey,
    table: &'static str,
    row: &str,
    column: &'static str,
) -> Result<()> {
    let ids: Vec<i64> = tx
        .prepare(&format!("SELECT {row} FROM {table}"))?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for id in ids {
        let cell = RecordRef {
            table,
            row: id,
            column,
        };
        let plain = tx.query_row(
            &format!("SELECT {column} FROM {table} WHERE {row} = ?1"),
            [id],
            |r| Ok(old.open(cell, sealed_cell(r, 0)?)),
        )??;
        tx.execute(
            &format!("UPDATE {table} SET {column} = ?1 WHERE {row} = ?2"),
            params![fresh.seal(cell, &plain)?, id],
        )?;
    }
    Ok(())
}

/// The secret reminder ids derive from: the first data key, `sealed` in the header once a key
/// was rotated, else the data key itself.
pub(crate) fn reminder_secret(
    sealed: Option<&[u8]>,
    key: &DataKey,
    secret: &KeyBytes,
) -> Result<KeyBytes> {
    let Some(sealed) = sealed else {
        return Ok(secret.clone());
    };
    let plain = key.open(REMINDER_RECORD, sealed)?;
    let bytes: [u8; 32] = plain[..]
        .try_into()
        .map_err(|_| super::VaultError::Tampered(REMINDER_RECORD))?;
    Ok(zeroize::Zeroizing::new(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A table added by a migration with a sealed column must be rotated too.
    #[test]
    fn every_sealed_column_of_the_schema_is_rotated() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        let tx = conn.transaction().unwrap();
        super::super::schema::create(&tx).unwrap();
        let tables: Vec<String> = tx
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        let mut blobs = Vec::new();
        for table in tables.iter().filter(|t| t.as_str() != "header") {
            let mut stmt = tx
                .prepare(&format!(
                    "SELECT name, type FROM pragma_table_info('{table}')"
                ))
                .unwrap();
            let columns = stmt
                .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
                .unwrap();
            for column in columns {
                let (name, kind) = column.unwrap();
                if kind == "BLOB" {
                    blobs.push((table.clone(), name));
                }
            }
        }
        let mut rotated: Vec<(String, String)> = SEALED_CELLS
            .iter()
            .map(|&(t, _, c)| (t.to_owned(), c.to_owned()))
            .collect();
        rotated.sort();
        blobs.sort();
        assert_eq!(blobs, rotated);
    }
}

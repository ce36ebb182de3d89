//! The vault's SQLite schema, its version (`PRAGMA user_version`) and the migrations between
//! versions. Plaintext columns hold only row ids, member ids, display positions and bookkeeping;
//! every personal value is a sealed BLOB (see `docs/security.md`).

use rusqlite::{Connection, Transaction};

use super::error::{Result, VaultError};

/// The schema version this build writes.
pub(crate) const VERSION: i64 = 1;

/// The current schema, as a new vault gets it. Must equal the result of every migration applied to
/// version 1 (a test compares the two).
const CURRENT: &str = "
CREATE TABLE meta (
    name TEXT PRIMARY KEY NOT NULL,
    value BLOB NOT NULL
);
CREATE TABLE key_slot (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    kind TEXT NOT NULL,
    salt BLOB,
    iterations INTEGER,
    wrapped BLOB NOT NULL
);
CREATE TABLE members (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    position INTEGER NOT NULL,
    name BLOB NOT NULL,
    details BLOB NOT NULL
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    summary BLOB NOT NULL,
    content BLOB NOT NULL
);
CREATE INDEX documents_by_member ON documents(member_id);
CREATE TABLE card_facts (
    member_id INTEGER PRIMARY KEY NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    facts BLOB NOT NULL
);
CREATE TABLE pin_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    event BLOB NOT NULL
);
CREATE INDEX pin_log_by_member ON pin_log(member_id);
";

/// Migrations: `MIGRATIONS[i]` takes a vault from version `i + 1` to `i + 2`.
const MIGRATIONS: &[&str] = &[];

/// Creates the current schema in an empty database.
pub(crate) fn create(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(CURRENT)?;
    set_version(tx, VERSION)
}

/// The schema version of an opened database; a file that is not a database is
/// [`VaultError::Corrupt`], a newer version [`VaultError::NewerSchema`].
pub(crate) fn version(conn: &Connection) -> Result<i64> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if found > VERSION {
        return Err(VaultError::NewerSchema {
            found,
            supported: VERSION,
        });
    }
    if found < 1 {
        return Err(VaultError::Corrupt);
    }
    Ok(found)
}

/// Brings a database from `from` to [`VERSION`] inside the caller's transaction, so a failed or
/// interrupted migration leaves the old version intact.
pub(crate) fn migrate(tx: &Transaction<'_>, from: i64) -> Result<()> {
    let first = usize::try_from(from - 1).map_err(|_| VaultError::Corrupt)?;
    for step in MIGRATIONS.iter().skip(first) {
        tx.execute_batch(step)?;
    }
    set_version(tx, VERSION)
}

fn set_version(tx: &Transaction<'_>, version: i64) -> Result<()> {
    tx.pragma_update(None, "user_version", version)?;
    Ok(())
}

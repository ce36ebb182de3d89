//! The vault's SQLite schema, its version (`PRAGMA user_version`) and the migrations between
//! versions. Plaintext columns hold only row ids, member ids, display positions and bookkeeping;
//! every personal value is a sealed BLOB (see `docs/security.md`).

use std::sync::OnceLock;

use rusqlite::{Connection, Transaction};

use super::error::{Result, VaultError};

/// The schema version this build writes.
pub(crate) const VERSION: i64 = 3;

/// The first version that keeps the vault's bookkeeping in the one-row `header` table; older
/// files keep it in `meta` and `key_slot` until they are migrated.
pub(crate) const HEADER_TABLE: i64 = 3;

/// Schema version 1, frozen: a new vault is created at version 1 and migrated, so that new vaults
/// and upgraded ones run the same statements. Changes go into a new migration, never here (a test
/// compares a fresh vault with the committed version-1 fixture after migration).
const VERSION_1: &str = "
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
const MIGRATIONS: &[&str] = &[
    // 1 → 2: reminder acknowledgements and settings.
    "CREATE TABLE reminder_acks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
        ack BLOB NOT NULL
    );
    CREATE INDEX reminder_acks_by_member ON reminder_acks(member_id);
    CREATE TABLE settings (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        value BLOB NOT NULL
    );",
    // 2 → 3: `meta` (vault id, canary, reminder key) and `key_slot` become one row of one table,
    // so that opening parses, checks and reads one table instead of two and an index, with one
    // statement (docs/benchmarks.md, "Vault"). The values move unchanged: the canary and the
    // reminder key stay sealed with their version-2 associated data.
    "CREATE TABLE header (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        vault_id BLOB NOT NULL,
        canary BLOB NOT NULL,
        reminder_key BLOB,
        kind TEXT NOT NULL,
        salt BLOB,
        iterations INTEGER,
        wrapped BLOB NOT NULL
    );
    INSERT INTO header (id, vault_id, canary, reminder_key, kind, salt, iterations, wrapped)
        SELECT 1,
               (SELECT value FROM meta WHERE name = 'vault_id'),
               (SELECT value FROM meta WHERE name = 'canary'),
               (SELECT value FROM meta WHERE name = 'reminder_key'),
               kind, salt, iterations, wrapped
        FROM key_slot WHERE id = 1;
    DROP TABLE meta;
    DROP TABLE key_slot;",
];

/// One object of `sqlite_master`: type, name, table and SQL text.
type SchemaObject = (String, String, String, Option<String>);

/// The query every schema read runs; its rows come in `sqlite_master`'s own (rowid) order.
const OBJECTS: &str = "SELECT type, name, tbl_name, sql FROM sqlite_master";

/// Every object of a database's schema, sorted.
fn objects(conn: &Connection) -> Result<Vec<SchemaObject>> {
    let mut objects = objects_in_file_order(conn)?;
    // Sorted here rather than by SQL: an ORDER BY makes SQLite build a sorter.
    objects.sort_unstable();
    Ok(objects)
}

fn objects_in_file_order(conn: &Connection) -> Result<Vec<SchemaObject>> {
    let mut stmt = conn.prepare(OBJECTS)?;
    let rows = stmt.query_map([], |row| {
        Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The schema this code creates at one version, as its own statements leave it.
struct Expected {
    /// In the order the statements create the objects, which is the order a file the code
    /// created or migrated keeps (a `VACUUM` may reorder it).
    in_file_order: Vec<SchemaObject>,
    /// The same objects sorted, for a file whose order differs.
    sorted: Vec<SchemaObject>,
}

/// The schema this code creates at each version (index 0 is version 1): its own statements run
/// into an in-memory database, so a table a future migration adds is expected without being listed
/// here. Built once per process (about 1.9 million instructions, `docs/benchmarks.md`): every
/// later open only reads the file's `sqlite_master`.
static EXPECTED: OnceLock<Vec<Expected>> = OnceLock::new();

fn expected(version: i64) -> Result<&'static Expected> {
    let index = usize::try_from(version - 1).map_err(|_| VaultError::Corrupt)?;
    let all = match EXPECTED.get() {
        Some(all) => all,
        None => {
            let built = every_version()?;
            EXPECTED.get_or_init(|| built)
        }
    };
    all.get(index).ok_or(VaultError::Corrupt)
}

fn every_version() -> Result<Vec<Expected>> {
    let conn = Connection::open_in_memory()?;
    conn.execute_batch(VERSION_1)?;
    let mut all = vec![expected_now(&conn)?];
    for step in MIGRATIONS {
        conn.execute_batch(step)?;
        all.push(expected_now(&conn)?);
    }
    Ok(all)
}

fn expected_now(conn: &Connection) -> Result<Expected> {
    Ok(Expected {
        in_file_order: objects_in_file_order(conn)?,
        sorted: objects(conn)?,
    })
}

/// Refuses a database whose schema is not exactly the one this code creates at `version`: a
/// trigger, view, index or table planted in the file (plain SQL triggers run even with
/// `trusted_schema = OFF`) would act on every write. [`VaultError::Corrupt`] names no object.
///
/// A file in the order the code creates its objects is compared row by row as SQLite returns
/// it, without copying or sorting (`docs/benchmarks.md`, "Vault"); any other file is compared
/// sorted, so a reordered but identical schema still opens.
pub(crate) fn verify(conn: &Connection, version: i64) -> Result<()> {
    let expected = expected(version)?;
    if same_in_file_order(conn, &expected.in_file_order)? {
        return Ok(());
    }
    match objects(conn)? == expected.sorted {
        true => Ok(()),
        false => Err(VaultError::Corrupt),
    }
}

/// Whether the file's `sqlite_master` rows are `expected`, one for one and in order.
fn same_in_file_order(conn: &Connection, expected: &[SchemaObject]) -> Result<bool> {
    let mut stmt = conn.prepare(OBJECTS)?;
    let mut rows = stmt.query([])?;
    let mut wanted = expected.iter();
    while let Some(row) = rows.next()? {
        let Some((kind, name, table, sql)) = wanted.next() else {
            return Ok(false);
        };
        let same = row.get_ref(0)?.as_str().ok() == Some(kind.as_str())
            && row.get_ref(1)?.as_str().ok() == Some(name.as_str())
            && row.get_ref(2)?.as_str().ok() == Some(table.as_str())
            && row.get_ref(3)?.as_str_or_null().ok() == Some(sql.as_deref());
        if !same {
            return Ok(false);
        }
    }
    Ok(wanted.next().is_none())
}

/// Drops every trigger and view (the code creates none), so that erasing cannot be skipped.
pub(crate) fn drop_triggers_and_views(conn: &Connection) -> Result<()> {
    let planted = objects(conn)?
        .into_iter()
        .filter(|(kind, ..)| kind == "trigger" || kind == "view");
    for (kind, name, ..) in planted {
        let quoted = name.replace('"', "\"\"");
        conn.execute_batch(&format!("DROP {} \"{quoted}\"", kind.to_uppercase()))?;
    }
    Ok(())
}

/// Creates the current schema in an empty database.
pub(crate) fn create(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(VERSION_1)?;
    migrate(tx, 1)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A version-2 file whose bookkeeping cannot move (no canary, and `header.canary` is
    /// `NOT NULL`) fails the 2 → 3 migration, and its rolled-back transaction leaves version 2
    /// whole: the same schema, the same rows.
    #[test]
    fn a_failed_migration_to_version_3_leaves_version_2_whole() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(VERSION_1).unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.execute_batch(
            "PRAGMA user_version = 2;
             INSERT INTO meta (name, value) VALUES ('vault_id', x'01');
             INSERT INTO key_slot (id, kind, wrapped) VALUES (1, 'provider', x'02');",
        )
        .unwrap();
        let tx = conn.transaction().unwrap();
        assert!(migrate(&tx, 2).is_err());
        drop(tx);
        assert_eq!(version(&conn).unwrap(), 2);
        verify(&conn, 2).unwrap();
        let kept: i64 = conn
            .query_row("SELECT count(*) FROM meta", [], |r| r.get(0))
            .unwrap();
        assert_eq!(kept, 1);
    }
}

//! The encrypted household vault (世帯の保管庫): members, their documents, card facts, PIN attempts,
//! reminder acknowledgements and settings, in one SQLite file where every personal value is sealed
//! with AES-256-GCM under a random data key (see `docs/security.md` and `docs/vault.md`).
//!
//! This is the storage layer: a [`Vault`] is one open vault directory — the connection, the schema
//! and its migrations, the keys and their rotation, backups — and [`Vault::read`] /
//! [`Vault::write`] give a use case one transaction over the [`Tables`], one repository per table.
//! The use cases that combine tables (the counter card, reminders, the school pack, intake, a card
//! read) are the app's (`shikaku_app::use_cases`); the one-table calls (`add_member`, `documents`,
//! …) are shortcuts here that run one repository call in its own transaction.
//!
//! A [`Vault`] is `Send + Sync`: a mutex serialises the SQLite connection, so one handle may be
//! shared between threads. Each write is one SQLite transaction, committed whole or not at all; a
//! second process waits up to [`BUSY_TIMEOUT`] and then gets [`VaultError::Busy`].

mod backup;
mod card_facts;
mod crypto;
mod documents;
mod error;
mod keys;
mod locked;
mod member_facts;
mod member_log;
mod members;
mod owner;
mod pin_log;
mod reminder_acks;
mod rotation;
mod schema;
mod settings;
mod tables;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;

pub use card_facts::{CardRecord, Cards};
pub use documents::{
    Document, DocumentField, DocumentFields, DocumentId, DocumentKind, DocumentSummary, Documents,
    NewDocument,
};
pub use error::{BackupError, RecordRef, Result, VaultError};
pub use keys::{
    KeyProvider, KeyProviderError, Passphrase, RawKeyProvider, Unlock, MIN_PASSPHRASE_CHARS,
    PBKDF2_ITERATIONS,
};
pub use locked::LockedVault;
pub use member_facts::MemberFacts;
pub use members::{refuse_in, Member, MemberId, Members, NewMember, Relation};
pub use owner::OwnerCheck;
pub use pin_log::{PinLog, PinOutcome};
pub use reminder_acks::{ReminderAck, ReminderAcks};
pub use settings::Settings;
pub use tables::{Reading, Tables, Writing};

use crypto::{random_bytes, random_hex, random_key, DataKey, KeyBytes};
use keys::KeySlot;

/// How long an operation waits for another process that holds the vault before
/// [`VaultError::Busy`].
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(2);

/// The database file inside a vault directory.
const DB_FILE: &str = "vault.sqlite";

/// Where a new or restored vault is built before it is linked into place: this prefix, a dash
/// and 32 random hex digits, created exclusively, so two processes never share one. Any file of
/// the directory whose name starts with it is a leftover once a vault is installed.
const STAGING_PREFIX: &str = "vault.sqlite.new";

/// The known value sealed at creation: opening it proves the data key belongs to this vault.
const CANARY: &[u8] = b"shikaku-vault-canary-v1";
/// The canary's associated data: named after the `meta` table it lived in up to schema version
/// 2, so that moving it into `header` (version 3) needed no key.
const CANARY_RECORD: RecordRef = RecordRef {
    table: "meta",
    row: 0,
    column: "canary",
};

/// Per-connection settings. Rollback journal (`DELETE`): at rest the vault is a single file and
/// the journal is removed at each commit, whereas a WAL keeps old page copies beside it until a
/// checkpoint; concurrent readers (WAL's gain) do not matter for one app. `secure_delete` zeroes
/// freed content, `temp_store` keeps sorts and temporary tables in memory, `synchronous = FULL`
/// makes every commit durable. One batch: `execute_batch` steps each statement once and ignores the
/// row some of them answer with.
const PRAGMAS: &str = "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; \
                       PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY; \
                       PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF;";

/// Records that opened, and the sealed cells that did not: one damaged record never hides the
/// others.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Listing<T> {
    /// The records that opened, in the listing's order.
    pub items: Vec<T>,
    /// The cells that failed authentication.
    pub damaged: Vec<RecordRef>,
}

impl<T> Default for Listing<T> {
    fn default() -> Self {
        Listing {
            items: Vec::new(),
            damaged: Vec::new(),
        }
    }
}

impl<T> Listing<T> {
    /// Nothing was left out: a read that would choose among the records (the newest document,
    /// say) must not silently fall back to an older one, so the first damaged cell is an error.
    pub fn complete(&self) -> Result<()> {
        match self.damaged.first() {
            Some(&cell) => Err(VaultError::Tampered(cell)),
            None => Ok(()),
        }
    }

    /// The records that opened and the cells that did not, in order; any other error stops it.
    fn of(records: impl IntoIterator<Item = Result<T>>) -> Result<Listing<T>> {
        let mut listing = Listing::default();
        for record in records {
            listing.push(record)?;
        }
        Ok(listing)
    }

    /// Adds an opened record, or notes a damaged one; any other error stops the listing.
    fn push(&mut self, record: Result<T>) -> Result<()> {
        match record {
            Ok(item) => self.items.push(item),
            Err(VaultError::Tampered(cell)) => self.damaged.push(cell),
            Err(other) => return Err(other),
        }
        Ok(())
    }
}

/// An open, unlocked household vault (世帯の保管庫).
pub struct Vault {
    /// The connection and the key it is read with, behind one lock: a key rotation replaces the
    /// key while no other call reads or writes.
    state: Mutex<Keyed>,
    /// What reminder ids derive from: stable across key rotations.
    reminder_secret: KeyBytes,
}

/// The connection and its current data key.
struct Keyed {
    conn: Connection,
    key: DataKey,
    secret: KeyBytes,
}

impl Vault {
    /// Creates a vault in `dir` (created if missing) whose data key is wrapped for `unlock`.
    /// Refuses a directory that already holds one.
    pub fn create(dir: &Path, unlock: Unlock<'_>) -> Result<Vault> {
        let secret = random_key()?;
        let staging = prepare_new(dir)?;
        let built = (|| {
            let mut conn = connect(&staging, false)?;
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            schema::create(&tx)?;
            let vault_id = random_bytes::<16>()?;
            let canary = DataKey::new(&secret).seal(CANARY_RECORD, CANARY)?;
            let slot = keys::wrap(unlock, &vault_id, &secret)?;
            tx.execute(
                "INSERT INTO header (id, vault_id, canary, kind, salt, iterations, wrapped)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)",
                rusqlite::params![
                    &vault_id[..],
                    canary,
                    slot.kind,
                    slot.salt,
                    slot.iterations,
                    slot.wrapped
                ],
            )?;
            tx.commit()?;
            Ok(())
        })();
        if let Err(error) = built {
            return Err(abandon(dir, &staging, error));
        }
        install(dir, &staging)?;
        Vault::installed(dir, secret)
    }

    /// The vault just installed in `dir`, once the canary read back from the installed file (not
    /// the one this process wrote) proves `secret` is its key: a handle never seals with a key
    /// that does not open its file, even if another process won a race to install.
    fn installed(dir: &Path, secret: KeyBytes) -> Result<Vault> {
        let conn = connect_existing(dir)?;
        let header = Header::read(&conn)?;
        Vault::unlocked(conn, secret, &header)
    }

    /// Opens the vault in `dir` with `unlock`, migrating an older schema. A wrong passphrase or
    /// key opens nothing ([`VaultError::WrongKey`]); a lost platform key is
    /// [`VaultError::KeyUnavailable`].
    ///
    /// To learn how the key is wrapped before unlocking, without opening the file twice, see
    /// [`LockedVault`].
    pub fn open(dir: &Path, unlock: Unlock<'_>) -> Result<Vault> {
        let conn = connect_existing(dir)?;
        let header = Header::read(&conn)?;
        Vault::open_with(dir, conn, &header, unlock)
    }

    /// [`Vault::open`] once `conn` is connected to the vault of `dir` and its `header` read.
    fn open_with(
        dir: &Path,
        conn: Connection,
        header: &Header,
        unlock: Unlock<'_>,
    ) -> Result<Vault> {
        let (secret, legacy_slot) = keys::unwrap(unlock, &header.vault_id, &header.slot)?;
        let vault = Vault::unlocked(conn, secret, header)?;
        if header.version < schema::VERSION {
            vault.migrate()?;
        }
        if legacy_slot {
            // Wrapped under a passphrase that was not NFC-normalised: wrap it again under its
            // NFC form, which opens it from now on.
            let secret = vault.lock().secret.clone();
            let slot = keys::wrap_unchecked(unlock, &header.vault_id, &secret)?;
            vault.write_conn(|tx, _| store_slot(tx, &slot))?;
        }
        // What an interrupted create or restore left beside the vault (a full copy of a vault).
        remove_staging(dir)?;
        Ok(vault)
    }

    /// Brings the schema to the current version in one transaction. The header is read again
    /// under the write lock, in whichever layout the file has: another process may have
    /// migrated first, or rotated the key (then this handle's key no longer opens the canary and
    /// nothing is migrated).
    fn migrate(&self) -> Result<()> {
        let mut state = self.lock();
        let Keyed { conn, key, .. } = &mut *state;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let header = Header::read(&tx)?;
        opens_canary(key, &header.canary)?;
        if header.version < schema::VERSION {
            schema::migrate(&tx, header.version)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Wraps the current data key for `unlock`, re-encrypting nothing: only for a key that no
    /// other unlock ever wrapped (a new or just restored vault whose key the platform key store
    /// wraps after the fact). To change a passphrase or device key use
    /// [`Vault::rotate_key`], so the old one cannot open the cells through an old copy.
    pub fn rewrap(&self, unlock: Unlock<'_>) -> Result<()> {
        // The key derivation runs outside the lock; the id never changes.
        let id = self.read_conn(|conn, _| Ok(Header::read(conn)?.vault_id))?;
        let secret = self.lock().secret.clone();
        let slot = keys::wrap(unlock, &id, &secret)?;
        self.write_conn(|tx, _| store_slot(tx, &slot))
    }

    /// Destroys the vault in `dir` without unlocking it (a forgotten passphrase must not prevent
    /// starting over): the wrapped key and canary are overwritten in place, then every file of
    /// the vault is deleted. Any platform key the app holds for it should be deleted too.
    ///
    /// The files are deleted even when the erase fails (a damaged or altered file), and the
    /// failure is then reported as [`VaultError::EraseIncomplete`].
    pub fn wipe(dir: &Path) -> Result<()> {
        let path = db_path(dir);
        let staged = staging_files(dir)?;
        if !path.is_file() && staged.is_empty() {
            return Err(VaultError::NotFound);
        }
        // Crypto-erase first: a copy of the file recovered from flash cannot be unlocked. A
        // vault in use elsewhere is left alone.
        let mut erased = Ok(());
        for file in std::iter::once(path.clone()).chain(staged) {
            match crypto_erase(&file) {
                Err(VaultError::Busy) => return Err(VaultError::Busy),
                Err(VaultError::NotFound) => {}
                Err(_) => erased = Err(VaultError::EraseIncomplete),
                Ok(()) => {}
            }
        }
        remove_db_files(&path)?;
        remove_staging(dir)?;
        // Only an empty directory is removed: the user may keep other files beside the vault.
        let _ = fs::remove_dir(dir);
        erased
    }

    /// A vault over an open connection, once the canary of its `header` proves `secret` is its
    /// data key.
    fn unlocked(conn: Connection, secret: KeyBytes, header: &Header) -> Result<Vault> {
        let key = DataKey::new(&secret);
        opens_canary(&key, &header.canary)?;
        let reminder_secret =
            rotation::reminder_secret(header.reminder_key.as_deref(), &key, &secret)?;
        Ok(Vault {
            state: Mutex::new(Keyed { conn, key, secret }),
            reminder_secret,
        })
    }

    /// The connection and key; a panic in another thread rolled its transaction back (and a
    /// rotation replaces the key only after its commit), so a poisoned lock still guards a
    /// consistent state.
    fn lock(&self) -> MutexGuard<'_, Keyed> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs `f` on the tables in one write transaction, committed whole when `f` succeeds and
    /// rolled back otherwise. The canary is read first: a handle whose key no longer opens the
    /// file (another process rotated it) gets [`VaultError::WrongKey`] and writes nothing. The
    /// handle's lock is held while `f` runs: `f` must not call foreign code (a key provider, a card
    /// transport) nor this vault's own methods.
    pub fn write<T>(&self, f: impl FnOnce(&Tables<'_, Writing>) -> Result<T>) -> Result<T> {
        self.write_conn(|tx, key| f(&Tables::new(tx, key, &self.reminder_secret)))
    }

    /// Runs `f` on the tables in one read transaction: everything it reads is one snapshot. As
    /// for [`Vault::write`], the lock is held while `f` runs.
    pub fn read<T>(&self, f: impl FnOnce(&Tables<'_, Reading>) -> Result<T>) -> Result<T> {
        self.read_conn(|conn, key| f(&Tables::new(conn, key, &self.reminder_secret)))
    }

    /// Runs `f` in one write transaction on the connection, after the canary check; committed
    /// whole when `f` succeeds, rolled back otherwise.
    fn write_conn<T>(&self, f: impl FnOnce(&Transaction<'_>, &DataKey) -> Result<T>) -> Result<T> {
        let mut state = self.lock();
        let Keyed { conn, key, .. } = &mut *state;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        check_key(&tx, key)?;
        let out = f(&tx, key)?;
        tx.commit()?;
        Ok(out)
    }

    /// Runs `f` on one consistent snapshot (a read transaction) of the connection.
    fn read_conn<T>(&self, f: impl FnOnce(&Connection, &DataKey) -> Result<T>) -> Result<T> {
        let mut state = self.lock();
        let Keyed { conn, key, .. } = &mut *state;
        let tx = conn.transaction()?;
        f(&tx, key)
    }
}

/// [`VaultError::WrongKey`] unless `key` opens `canary` to the known value.
fn opens_canary(key: &DataKey, canary: &[u8]) -> Result<()> {
    match key.open(CANARY_RECORD, canary) {
        Ok(plain) if plain[..] == *CANARY => Ok(()),
        _ => Err(VaultError::WrongKey),
    }
}

/// Proves, inside a write transaction, that `key` still opens the file's canary: another
/// process may have rotated the key since this handle opened, and a handle never seals with a
/// key that does not open its file.
fn check_key(tx: &Transaction<'_>, key: &DataKey) -> Result<()> {
    tx.query_row("SELECT canary FROM header", [], |r| {
        Ok(opens_canary(key, sealed_cell(r, 0)?))
    })?
}

/// A sealed cell as SQLite holds it, borrowed: each repository opens it inside its row callback,
/// so the ciphertext is copied once, into the buffer it is decrypted in (`docs/benchmarks.md`,
/// "Vault"). A value of another type (a column rewritten as text, say) reads as empty, so it fails
/// to open and is reported as tampered, naming its cell, like any other alteration.
fn sealed_cell<'r>(row: &'r rusqlite::Row<'_>, index: usize) -> rusqlite::Result<&'r [u8]> {
    Ok(match row.get_ref(index)? {
        rusqlite::types::ValueRef::Blob(bytes) => bytes,
        _ => &[],
    })
}

/// `read` for each of `members` in order, on one statement prepared from `sql` for all of them:
/// reading the household member by member prepares each table's query once, not once per member
/// (`docs/benchmarks.md`, "App core").
/// A `dyn` callback, so the mobile library holds this loop once (`docs/benchmarks.md`, "Size").
fn for_each_member(
    conn: &Connection,
    sql: &str,
    members: &[MemberId],
    read: &mut dyn FnMut(&mut rusqlite::Statement<'_>, MemberId) -> Result<()>,
) -> Result<()> {
    let mut stmt = conn.prepare(sql)?;
    for &member in members {
        read(&mut stmt, member)?;
    }
    Ok(())
}

/// The database file of a vault directory.
fn db_path(dir: &Path) -> PathBuf {
    dir.join(DB_FILE)
}

/// Opens a SQLite connection with the vault's settings.
fn connect(path: &Path, create: bool) -> Result<Connection> {
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.execute_batch(PRAGMAS)?;
    Ok(conn)
}

/// Connects to the vault of `dir`, which must exist (SQLite's "cannot open" is
/// [`VaultError::NotFound`]).
fn connect_existing(dir: &Path) -> Result<Connection> {
    connect(&db_path(dir), false)
}

/// Erases the wrapped key, the canary and the vault id of one database file (the journal stays
/// in memory so the old slot is not copied into a journal file; `secure_delete` zeroes what is
/// deleted), after dropping any trigger or view a tampered file may carry to skip it, and checks
/// that nothing of them is left. A file older than schema version 3 keeps them in `key_slot`
/// and `meta`; a vault is wiped without being opened, so it is not migrated first.
fn crypto_erase(path: &Path) -> Result<()> {
    let conn = connect(path, false)?;
    conn.query_row("PRAGMA journal_mode = MEMORY", [], |_| Ok(()))?;
    schema::drop_triggers_and_views(&conn)?;
    let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let (erase, check) = match version < schema::HEADER_TABLE {
        true => (
            "UPDATE key_slot SET wrapped = zeroblob(length(wrapped)), salt = NULL;
             DELETE FROM meta;",
            "SELECT (SELECT count(*) FROM meta)
                  + (SELECT count(*) FROM key_slot
                     WHERE salt IS NOT NULL OR wrapped != zeroblob(length(wrapped)))",
        ),
        false => ("DELETE FROM header;", "SELECT count(*) FROM header"),
    };
    conn.execute_batch(erase)?;
    let left: i64 = conn.query_row(check, [], |row| row.get(0))?;
    match left {
        0 => Ok(()),
        _ => Err(VaultError::EraseIncomplete),
    }
}

/// Readies `dir` for a new vault and returns a fresh, empty staging file (mode 0600) in it.
/// A missing directory is created private (0700); an existing one keeps its mode, and one that
/// other users may write to is refused. An existing vault is refused.
fn prepare_new(dir: &Path) -> Result<PathBuf> {
    private_dir(dir)?;
    if db_path(dir).exists() {
        return Err(VaultError::AlreadyExists);
    }
    let staging = dir.join(format!("{STAGING_PREFIX}-{}", random_hex()?));
    create_private(&staging)?;
    Ok(staging)
}

/// Creates a new, empty file with mode 0600; an existing file or link is refused.
fn create_private(path: &Path) -> Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    Ok(options.open(path)?)
}

/// Creates `dir` with mode 0700 when missing; never changes the mode of an existing one, but
/// refuses one that group or others may write to (they could replace the vault's files).
fn private_dir(dir: &Path) -> Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, MetadataExt};
        if let Ok(meta) = fs::symlink_metadata(dir) {
            if !meta.is_dir() {
                return Err(VaultError::Invalid("the vault path is not a directory"));
            }
            if meta.mode() & 0o022 != 0 {
                return Err(VaultError::Invalid(
                    "the vault directory is writable by other users: choose a private directory",
                ));
            }
            return Ok(());
        }
        builder.mode(0o700);
    }
    Ok(builder.create(dir)?)
}

/// Links the finished staging file into place, then removes it and every other leftover
/// staging file. A hard link never replaces an existing vault, so two processes creating at
/// once cannot overwrite each other's: the one that loses gets [`VaultError::AlreadyExists`].
fn install(dir: &Path, staging: &Path) -> Result<()> {
    let linked = fs::hard_link(staging, db_path(dir));
    remove_db_files(staging)?;
    if let Err(error) = linked {
        return Err(match db_path(dir).exists() {
            true => VaultError::AlreadyExists,
            false => error.into(),
        });
    }
    remove_staging(dir)?;
    fs::File::open(dir)?.sync_all()?;
    Ok(())
}

/// Removes a staging file whose build failed and says why: a vault another process installed
/// meanwhile (which removes leftover staging files, this one included) is
/// [`VaultError::AlreadyExists`].
fn abandon(dir: &Path, staging: &Path, error: VaultError) -> VaultError {
    let removed = remove_db_files(staging);
    match (db_path(dir).exists(), removed) {
        (true, _) => VaultError::AlreadyExists,
        (false, Err(cleanup)) => cleanup,
        (false, Ok(())) => error,
    }
}

/// The staging files left in `dir` (not their journals).
fn staging_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = match fs::read_dir(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        other => other?,
    };
    let mut found = Vec::new();
    for entry in entries {
        let name = entry?.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(STAGING_PREFIX) && !name.ends_with("-journal") {
            found.push(dir.join(&*name));
        }
    }
    Ok(found)
}

/// Removes every staging file of `dir` with its journals.
fn remove_staging(dir: &Path) -> Result<()> {
    for file in staging_files(dir)? {
        remove_db_files(&file)?;
    }
    Ok(())
}

/// Removes a database file and its journal files, ignoring those that do not exist.
fn remove_db_files(path: &Path) -> Result<()> {
    for suffix in ["", "-journal", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        match fs::remove_file(PathBuf::from(name)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
    }
    Ok(())
}

/// Errors reading the vault's own bookkeeping: anything but contention means a damaged file.
fn damaged(error: rusqlite::Error) -> VaultError {
    match VaultError::from(error) {
        VaultError::Busy => VaultError::Busy,
        _ => VaultError::Corrupt,
    }
}

/// What opening reads before it has a key: the schema version, the vault's random id (it binds a
/// passphrase slot to its vault), the canary, the sealed reminder key once a key was rotated, and
/// the key slot.
struct Header {
    version: i64,
    vault_id: Vec<u8>,
    canary: Vec<u8>,
    reminder_key: Option<Vec<u8>>,
    slot: KeySlot,
}

impl Header {
    /// Reads the header once the file's schema is proven to be exactly the one this code
    /// creates at its version (no planted trigger, view, index or table): one statement on the
    /// `header` row, or for a file older than version 3 (not migrated yet: the key must be
    /// proven first) `meta` and `key_slot`. A missing or malformed value is
    /// [`VaultError::Corrupt`].
    fn read(conn: &Connection) -> Result<Header> {
        let version = schema::version(conn)?;
        schema::verify(conn, version)?;
        if version < schema::HEADER_TABLE {
            return Header::read_before_version_3(conn, version);
        }
        let row = conn
            .query_row(
                "SELECT vault_id, canary, reminder_key, kind, salt, iterations, wrapped
                 FROM header",
                [],
                |row| {
                    Ok((
                        row.get::<_, Vec<u8>>(0)?,
                        row.get::<_, Vec<u8>>(1)?,
                        row.get::<_, Option<Vec<u8>>>(2)?,
                        slot_of(row, 3)?,
                    ))
                },
            )
            .optional()
            .map_err(damaged)?;
        let (vault_id, canary, reminder_key, slot) = row.ok_or(VaultError::Corrupt)?;
        Ok(Header {
            version,
            vault_id,
            canary,
            reminder_key,
            slot: slot?,
        })
    }

    /// The header of a file at schema version 1 or 2: `meta`'s named values and `key_slot`.
    fn read_before_version_3(conn: &Connection, version: i64) -> Result<Header> {
        let (mut vault_id, mut canary, mut reminder_key) = (None, None, None);
        let mut meta = conn
            .prepare("SELECT name, value FROM meta")
            .map_err(damaged)?;
        let mut rows = meta.query([]).map_err(damaged)?;
        while let Some(row) = rows.next().map_err(damaged)? {
            let found = match row.get_ref(0).map_err(damaged)?.as_str() {
                Ok("vault_id") => &mut vault_id,
                Ok("canary") => &mut canary,
                Ok("reminder_key") => &mut reminder_key,
                _ => continue,
            };
            *found = Some(row.get::<_, Vec<u8>>(1).map_err(damaged)?);
        }
        let slot = conn
            .query_row(
                "SELECT kind, salt, iterations, wrapped FROM key_slot WHERE id = 1",
                [],
                |row| slot_of(row, 0),
            )
            .optional()
            .map_err(damaged)?;
        Ok(Header {
            version,
            vault_id: vault_id.ok_or(VaultError::Corrupt)?,
            canary: canary.ok_or(VaultError::Corrupt)?,
            reminder_key,
            slot: slot.ok_or(VaultError::Corrupt)??,
        })
    }
}

/// The key slot in the four columns of `row` from `first` on (kind, salt, iterations, wrapped);
/// an unknown kind is [`VaultError::Corrupt`].
fn slot_of(row: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<Result<KeySlot>> {
    let kind = match row.get_ref(first)?.as_str() {
        Ok(keys::SLOT_PASSPHRASE) => keys::SLOT_PASSPHRASE,
        Ok(keys::SLOT_PROVIDER) => keys::SLOT_PROVIDER,
        _ => return Ok(Err(VaultError::Corrupt)),
    };
    Ok(Ok(KeySlot {
        kind,
        salt: row.get(first + 1)?,
        iterations: row.get(first + 2)?,
        wrapped: row.get(first + 3)?,
    }))
}

/// Replaces the key slot of the vault's header.
fn store_slot(tx: &Transaction<'_>, slot: &KeySlot) -> Result<()> {
    let changed = tx.execute(
        "UPDATE header SET kind = ?1, salt = ?2, iterations = ?3, wrapped = ?4",
        rusqlite::params![slot.kind, slot.salt, slot.iterations, slot.wrapped],
    )?;
    match changed {
        1 => Ok(()),
        _ => Err(VaultError::Corrupt),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::JapanDate;

    fn set_max_pages(vault: &Vault, pages: i64) {
        let state = vault.lock();
        state
            .conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))
            .unwrap();
    }

    #[test]
    fn a_full_disk_mid_write_rolls_back_and_loses_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let vault =
            Vault::create(dir.path(), Unlock::Provider(&RawKeyProvider::new(&[1; 32]))).unwrap();
        let kept = vault
            .add_member(&NewMember {
                name: "Kept".into(),
                kana: None,
                birth_date: None,
                relation: Relation::Myself,
                mynaportal_app: false,
            })
            .unwrap();
        let pages: i64 = vault
            .lock()
            .conn
            .pragma_query_value(None, "page_count", |row| row.get(0))
            .unwrap();
        set_max_pages(&vault, pages + 2);
        let big = NewDocument {
            kind: DocumentKind::Image,
            content: vec![7; 200_000],
            fields: DocumentFields::new(),
            source: "camera".into(),
            stored_on: JapanDate::from_ymd(2026, 11, 21).unwrap(),
        };
        // The row is inserted, then its 200 kB of ciphertext does not fit: the whole write fails.
        assert!(matches!(
            vault.add_document(kept, &big),
            Err(VaultError::StorageFull)
        ));
        assert_eq!(vault.member(kept).unwrap().name, "Kept");
        assert!(vault.documents(kept).unwrap().items.is_empty());
        set_max_pages(&vault, 1 << 30);
        vault.add_document(kept, &big).unwrap();
        assert_eq!(vault.documents(kept).unwrap().items.len(), 1);
    }
}

//! A vault looked at but not unlocked yet (施錠中の保管庫): the apps learn how its data key is
//! wrapped, ask the platform key store to unwrap it, and unlock over the same connection, so the
//! file is connected to and its schema checked once per unlock (`docs/benchmarks.md`, "App core").
//! Nothing decrypted is held before the unlock: the header holds only the vault id, the sealed
//! canary and reminder key, and the wrapped data key.

use std::fmt;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::error::Result;
use super::keys::{Unlock, SLOT_PROVIDER};
use super::{connect_existing, damaged, Header, Vault};

/// A vault whose header was read without a key (施錠中の保管庫): its connection, the header and
/// SQLite's data version when the header was read. Dropping it closes the connection; a failed
/// [`LockedVault::unlock`] closes it too.
pub struct LockedVault {
    dir: PathBuf,
    conn: Connection,
    header: Header,
    data_version: i64,
}

impl LockedVault {
    /// Connects to the vault in `dir` and reads its header once its schema is proven to be the
    /// one this code creates, as [`Vault::open`] does, without unwrapping anything. No vault is
    /// [`super::VaultError::NotFound`].
    pub fn open(dir: &Path) -> Result<LockedVault> {
        let conn = connect_existing(dir)?;
        // Read before the header: a change committed while the header is read shows as a newer
        // version at the unlock, which then reads the header again.
        let data_version = data_version(&conn)?;
        let header = Header::read(&conn)?;
        Ok(LockedVault {
            dir: dir.to_owned(),
            conn,
            header,
            data_version,
        })
    }

    /// The wrapped data key when a key provider (the platform key store) holds the vault's key;
    /// `None` for a passphrase vault. Empty when the app stopped before the shell wrapped it.
    pub fn provider_wrapped(&self) -> Option<&[u8]> {
        let slot = &self.header.slot;
        (slot.kind == SLOT_PROVIDER).then_some(&slot.wrapped[..])
    }

    /// Unlocks with `unlock` over the kept connection, as [`Vault::open`] would: the key must open
    /// the canary, an older schema is migrated. When another connection changed the file since
    /// the header was read (a key rotation, a wipe, anything), the schema is checked and the header
    /// read again first, so the unlock never goes by a stale header.
    pub fn unlock(self, unlock: Unlock<'_>) -> Result<Vault> {
        let LockedVault {
            dir,
            conn,
            header,
            data_version: seen,
        } = self;
        let header = match data_version(&conn)? == seen {
            true => header,
            false => Header::read(&conn)?,
        };
        Vault::open_with(&dir, conn, &header, unlock)
    }
}

/// Debug output shows nothing of the vault.
impl fmt::Debug for LockedVault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("LockedVault(..)")
    }
}

/// SQLite's `data_version`: it changes when another connection commits to the file.
fn data_version(conn: &Connection) -> Result<i64> {
    conn.pragma_query_value(None, "data_version", |row| row.get(0))
        .map_err(damaged)
}

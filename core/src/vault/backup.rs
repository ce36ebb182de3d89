//! Single-file, passphrase-protected backups (バックアップ) of a whole vault, restorable into a
//! fresh vault on any device. The format is documented in `docs/backup-format.md`: a header, a
//! key check, the sealed payload (the data key and the vault's database) and a SHA-256 of all of
//! it, so a damaged or truncated file is told apart from a wrong passphrase before any key is
//! derived.

use std::fs;
use std::io::{Read, Write};
use std::path::Path;

use ring::digest::{digest, SHA256, SHA256_OUTPUT_LEN};
use rusqlite::MAIN_DB;
use zeroize::Zeroizing;

use super::crypto::{random_bytes, random_hex, KeyBytes, SealingKey, KEY_LEN, SEAL_OVERHEAD};
use super::error::{BackupError, Result, VaultError};
use super::keys::{
    checked_iterations, Passphrase, Unlock, PBKDF2_ITERATIONS, PBKDF2_ROUNDS, SALT_LEN,
};
use super::{abandon, connect, create_private, install, prepare_new, Header, Keyed, Vault};

const MAGIC: &[u8; 8] = b"SHIKAKUB";
const FORMAT_VERSION: u16 = 1;
/// Magic, version, iterations, salt.
const KEY_HEADER_LEN: usize = MAGIC.len() + 2 + 4 + SALT_LEN;
/// The key check: an empty value sealed under the backup key, bound to the key header.
const CHECK_LEN: usize = SEAL_OVERHEAD;
/// Everything before the payload: key header, key check, payload length.
const HEADER_LEN: usize = KEY_HEADER_LEN + CHECK_LEN + 8;

/// Builds the backup file of a data key and a database image.
fn seal(passphrase: &Passphrase, secret: &KeyBytes, db: &[u8]) -> Result<Vec<u8>> {
    passphrase.check_new()?;
    let salt = random_bytes::<SALT_LEN>()?;
    let key = SealingKey::new(&passphrase.derive(&salt, PBKDF2_ROUNDS));
    let mut out = Vec::with_capacity(HEADER_LEN + KEY_LEN + db.len() + SEAL_OVERHEAD + 32);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_be_bytes());
    out.extend_from_slice(&PBKDF2_ITERATIONS.to_be_bytes());
    out.extend_from_slice(&salt);
    let check = key.seal(&out, &[])?;
    out.extend_from_slice(&check);
    let payload_len = (KEY_LEN + db.len() + SEAL_OVERHEAD) as u64;
    out.extend_from_slice(&payload_len.to_be_bytes());
    let mut plain = Zeroizing::new(Vec::with_capacity(KEY_LEN + db.len()));
    plain.extend_from_slice(&secret[..]);
    plain.extend_from_slice(db);
    let payload = key.seal(&out, &plain)?;
    out.extend_from_slice(&payload);
    let sum = digest(&SHA256, &out);
    out.extend_from_slice(sum.as_ref());
    Ok(out)
}

/// Checks the first bytes of a backup file (up to [`HEADER_LEN`]) against the file's length,
/// before the rest is read: the magic, the format version, and that the payload length it
/// announces is exactly what the file holds and within [`MAX_BACKUP_BYTES`]. Returns where the
/// payload ends.
fn check_header(head: &[u8], file_len: u64) -> Result<usize, BackupError> {
    if head.len() < MAGIC.len() {
        return Err(match MAGIC.starts_with(head) {
            true => BackupError::Truncated,
            false => BackupError::NotABackup,
        });
    }
    if &head[..MAGIC.len()] != MAGIC {
        return Err(BackupError::NotABackup);
    }
    let header = head.get(..HEADER_LEN).ok_or(BackupError::Truncated)?;
    match u16::from_be_bytes([header[8], header[9]]) {
        FORMAT_VERSION => {}
        // No backup of version 0 was ever written: the field itself is damaged.
        0 => return Err(BackupError::Damaged),
        newer => return Err(BackupError::UnsupportedVersion(newer)),
    }
    let payload_len = u64::from_be_bytes(array(&header[HEADER_LEN - 8..]));
    let expected_len = payload_len
        .checked_add((HEADER_LEN + SHA256_OUTPUT_LEN) as u64)
        .filter(|&len| len <= MAX_BACKUP_BYTES)
        .ok_or(BackupError::Damaged)?;
    if file_len < expected_len {
        return Err(BackupError::Truncated);
    }
    if file_len > expected_len {
        return Err(BackupError::Damaged);
    }
    usize::try_from(payload_len)
        .ok()
        .and_then(|len| len.checked_add(HEADER_LEN))
        .ok_or(BackupError::Damaged)
}

/// Checks and opens a backup file: returns the data key and the database image.
fn open(
    bytes: &[u8],
    passphrase: &Passphrase,
) -> Result<(KeyBytes, Zeroizing<Vec<u8>>), BackupError> {
    let payload_end = check_header(bytes, bytes.len() as u64)?;
    let header = &bytes[..HEADER_LEN];
    if digest(&SHA256, &bytes[..payload_end]).as_ref() != &bytes[payload_end..] {
        return Err(BackupError::Damaged);
    }
    let iterations = u32::from_be_bytes(array(&header[10..14]));
    let iterations = checked_iterations(i64::from(iterations)).ok_or(BackupError::Damaged)?;
    let salt = &header[14..KEY_HEADER_LEN];
    let opens = |key: &SealingKey| {
        key.open(
            &header[..KEY_HEADER_LEN],
            &header[KEY_HEADER_LEN..KEY_HEADER_LEN + CHECK_LEN],
        )
        .is_some()
    };
    // The NFC form of the passphrase, else the text as typed (a backup written before
    // passphrases were normalised).
    let key = Some(SealingKey::new(&passphrase.derive(salt, iterations)))
        .filter(opens)
        .or_else(|| {
            passphrase
                .derive_as_typed(salt, iterations)
                .map(|kek| SealingKey::new(&kek))
                .filter(opens)
        })
        .ok_or(BackupError::WrongPassphrase)?;
    let plain = key
        .open(header, &bytes[HEADER_LEN..payload_end])
        .ok_or(BackupError::Damaged)?;
    let secret: [u8; KEY_LEN] = plain
        .get(..KEY_LEN)
        .and_then(|s| s.try_into().ok())
        .ok_or(BackupError::Damaged)?;
    Ok((
        Zeroizing::new(secret),
        Zeroizing::new(plain[KEY_LEN..].to_vec()),
    ))
}

/// A fixed-size array from a slice of that size (callers slice exact lengths).
fn array<const N: usize>(slice: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    out.copy_from_slice(slice);
    out
}

/// The largest backup file read: a household's documents are capped at 25 MiB each by the
/// importer; 2 GiB leaves room for about eighty of them.
const MAX_BACKUP_BYTES: u64 = 2 * 1024 * 1024 * 1024;

impl Vault {
    /// Writes a backup of the whole vault to `path`, protected by `passphrase` (PBKDF2 with a
    /// fresh salt). The file is written beside its destination under an unpredictable name
    /// (created exclusively, mode 0600) and linked into place, so an interrupted export never
    /// leaves half a backup under the final name, and an existing file or link at `path` — even
    /// a dangling one — is never replaced nor followed (an [`std::io::ErrorKind::AlreadyExists`]
    /// error).
    pub fn export_backup(&self, path: &Path, passphrase: &Passphrase) -> Result<()> {
        // The image and the key it is sealed under, read under one lock (a rotation between
        // them would pair cells with a key that does not open them).
        let (db, secret) = {
            let mut state = self.lock();
            let Keyed { conn, secret, .. } = &mut *state;
            let tx = conn.transaction()?;
            let db = tx.serialize(MAIN_DB)?.to_vec();
            (db, secret.clone())
        };
        let bytes = seal(passphrase, &secret, &db)?;
        let mut partial = path.as_os_str().to_owned();
        partial.push(format!(".partial-{}", random_hex()?));
        let partial = Path::new(&partial);
        let mut file = create_private(partial)?;
        let written = file
            .write_all(&bytes)
            .and_then(|()| file.sync_all())
            .and_then(|()| fs::hard_link(partial, path));
        // The partial file holds only ciphertext, but it is not a backup.
        let removed = fs::remove_file(partial);
        written?;
        Ok(removed?)
    }

    /// Restores a backup into `dir`, which must hold no vault; the restored vault is then
    /// unlocked by `unlock` (this device's key or a new passphrase). Nothing is left in `dir`
    /// when the backup is refused.
    pub fn restore_backup(
        dir: &Path,
        backup: &Path,
        passphrase: &Passphrase,
        unlock: Unlock<'_>,
    ) -> Result<Vault> {
        let bytes = read_backup(backup)?;
        let (secret, db) = open(&bytes, passphrase)?;
        let staging = prepare_new(dir)?;
        if let Err(error) = stage(&staging, &db, &secret, unlock) {
            return Err(abandon(dir, &staging, error));
        }
        install(dir, &staging)?;
        // The restored vault gets its own data key: the backup (and whoever has its
        // passphrase) no longer opens the cells of the live vault.
        let vault = Vault::installed(dir, secret)?;
        vault.rotate_key(unlock)?;
        Ok(vault)
    }
}

/// Reads a backup file whole only once its header matches its length: a foreign, damaged or
/// oversized file is refused after reading at most [`HEADER_LEN`] bytes.
fn read_backup(path: &Path) -> Result<Zeroizing<Vec<u8>>> {
    let mut file = fs::File::open(path)?;
    let file_len = file.metadata()?.len();
    let mut bytes = Zeroizing::new(Vec::new());
    (&mut file)
        .take(HEADER_LEN as u64)
        .read_to_end(&mut bytes)?;
    check_header(&bytes, file_len)?;
    let expected = usize::try_from(file_len).map_err(|_| BackupError::Damaged)?;
    let read = bytes.len();
    bytes.reserve_exact(expected - read);
    file.take(file_len - read as u64).read_to_end(&mut bytes)?;
    if bytes.len() != expected {
        // The file changed while it was read.
        return Err(BackupError::Truncated.into());
    }
    Ok(bytes)
}

/// Writes the database image to the staging file, proves it whole and its key right, migrates it
/// and wraps its data key for `unlock`.
fn stage(staging: &Path, db: &[u8], secret: &KeyBytes, unlock: Unlock<'_>) -> Result<()> {
    // The staging file was created empty and exclusively (mode 0600) by `prepare_new`.
    let mut file = fs::OpenOptions::new().write(true).open(staging)?;
    file.write_all(db)?;
    file.sync_all()?;
    drop(file);
    let conn = connect(staging, false).map_err(as_damaged)?;
    let verdict: String = conn
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .map_err(|e| as_damaged(e.into()))?;
    if verdict != "ok" {
        return Err(BackupError::Damaged.into());
    }
    let header = Header::read(&conn).map_err(as_damaged)?;
    let vault = Vault::unlocked(conn, secret.clone(), &header).map_err(as_damaged)?;
    vault.migrate().map_err(as_damaged)?;
    vault.rewrap(unlock)
}

/// A backup whose contents do not open as a vault is a damaged backup.
fn as_damaged(error: VaultError) -> VaultError {
    match error {
        VaultError::NewerSchema { .. } | VaultError::Io(_) | VaultError::StorageFull => error,
        _ => BackupError::Damaged.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lengths_match_the_documented_format() {
        assert_eq!(KEY_HEADER_LEN, 30);
        assert_eq!(CHECK_LEN, 29);
        assert_eq!(HEADER_LEN, 67);
    }

    #[test]
    fn short_or_foreign_files_are_told_apart_without_a_key() {
        let passphrase = Passphrase::new("unused".into()).unwrap();
        assert_eq!(
            open(b"SHIK", &passphrase).unwrap_err(),
            BackupError::Truncated
        );
        assert_eq!(
            open(b"%PDF-1.7 ...", &passphrase).unwrap_err(),
            BackupError::NotABackup
        );
        let mut future = MAGIC.to_vec();
        future.extend_from_slice(&[0, 2]);
        future.resize(HEADER_LEN + 100, 0);
        assert_eq!(
            open(&future, &passphrase).unwrap_err(),
            BackupError::UnsupportedVersion(2)
        );
        future[9] = 0;
        assert_eq!(
            open(&future, &passphrase).unwrap_err(),
            BackupError::Damaged
        );
    }

    /// Issue 14, defect 9: the header is checked against the file's length before the file is
    /// read: a foreign 1 GiB file (sparse) or one whose header announces another length is
    /// refused having read at most the header.
    #[test]
    fn the_header_and_size_are_checked_before_the_file_is_read() {
        let passphrase = Passphrase::new("unused".into()).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big");
        let file = fs::File::create(&path).unwrap();
        file.set_len(1 << 30).unwrap();
        let target = dir.path().join("vault");
        let refused =
            Vault::restore_backup(&target, &path, &passphrase, Unlock::Passphrase(&passphrase));
        assert!(matches!(
            refused,
            Err(VaultError::Backup(BackupError::NotABackup))
        ));
        let mut head = MAGIC.to_vec();
        head.extend_from_slice(&FORMAT_VERSION.to_be_bytes());
        head.resize(HEADER_LEN - 8, 0);
        head.extend_from_slice(&100u64.to_be_bytes());
        assert_eq!(check_header(&head, 1 << 30), Err(BackupError::Damaged));
        assert_eq!(check_header(&head, 10), Err(BackupError::Truncated));
        assert_eq!(
            check_header(&head, (HEADER_LEN + 100 + SHA256_OUTPUT_LEN) as u64),
            Ok(HEADER_LEN + 100)
        );
        let mut huge = head.clone();
        huge[HEADER_LEN - 8..].copy_from_slice(&(3u64 << 30).to_be_bytes());
        assert_eq!(check_header(&huge, 3 << 30), Err(BackupError::Damaged));
        assert!(!target.exists());
    }
}

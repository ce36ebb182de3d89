//! Sealing and opening with AES-256-GCM (ring): the one place ciphertext is made or read.
//!
//! A sealed value is `version (1) ‖ nonce (12) ‖ ciphertext ‖ tag (16)`. Every seal draws a fresh
//! random nonce; a household vault makes far fewer than the 2³² seals per key that random 96-bit
//! nonces allow. The associated data names what the value is (a record's table, row and column, a
//! key slot, a backup header), so a value moved anywhere else fails to open.

use std::ops::Deref;

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, AES_256_GCM, NONCE_LEN};
use ring::rand::{SecureRandom, SystemRandom};
use zeroize::{Zeroize, Zeroizing};

use super::error::{RecordRef, Result, VaultError};

/// Length of every key in the vault: AES-256 and PBKDF2 output alike.
pub(crate) const KEY_LEN: usize = 32;

/// Format byte leading every sealed value.
const SEAL_VERSION: u8 = 1;

/// Bytes a seal adds to its plaintext.
pub(crate) const SEAL_OVERHEAD: usize = 1 + NONCE_LEN + 16;

/// Key bytes that are wiped from memory when dropped.
pub(crate) type KeyBytes = Zeroizing<[u8; KEY_LEN]>;

/// Fills a buffer from the operating system's random generator.
pub(crate) fn random_bytes<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| VaultError::KeyProvider("the system random generator failed".into()))?;
    Ok(bytes)
}

/// 32 random hex digits, for file names no other process can predict.
pub(crate) fn random_hex() -> Result<String> {
    Ok(crate::hex::lower(&random_bytes::<16>()?))
}

/// A fresh random key.
pub(crate) fn random_key() -> Result<KeyBytes> {
    Ok(Zeroizing::new(random_bytes::<KEY_LEN>()?))
}

/// The plaintext of an opened value, wiped from memory when dropped (`docs/security.md`): its
/// bytes and the buffer's spare capacity are overwritten with zeros by volatile writes, eight
/// bytes at a time where the buffer is aligned for it. `Zeroizing<Vec<u8>>` writes one byte at a
/// time, which was an eighth of what opening a vault and reading a counter card cost
/// (`docs/benchmarks.md`, "Vault").
pub(crate) struct Plaintext(Vec<u8>);

impl Plaintext {
    /// Takes ownership of plaintext bytes, to wipe them when dropped.
    pub(crate) fn new(bytes: Vec<u8>) -> Self {
        Plaintext(bytes)
    }
}

impl Deref for Plaintext {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl Drop for Plaintext {
    fn drop(&mut self) {
        wipe(&mut self.0);
    }
}

/// Overwrites every byte of `bytes`, its spare capacity included, with zeros that the compiler
/// may not leave out (`zeroize`'s volatile writes): the unaligned ends byte by byte, the aligned
/// middle as whole words.
fn wipe(bytes: &mut Vec<u8>) {
    bytes.spare_capacity_mut().zeroize();
    // SAFETY: any eight bytes are a valid `u64`, and `align_to_mut` only puts in the middle
    // slice the words that are aligned and lie wholly inside `bytes`.
    let (head, words, tail) = unsafe { bytes.align_to_mut::<u64>() };
    head.zeroize();
    words.zeroize();
    tail.zeroize();
}

/// An AES-256-GCM key ready to seal and open. ring keeps only the expanded key schedule.
pub(crate) struct SealingKey(LessSafeKey);

impl SealingKey {
    /// Builds the key; `bytes` may be wiped by the caller right after.
    pub(crate) fn new(bytes: &[u8; KEY_LEN]) -> Self {
        // Unreachable error: AES_256_GCM accepts exactly KEY_LEN bytes, which the type guarantees.
        let unbound = UnboundKey::new(&AES_256_GCM, bytes).unwrap_or_else(|_| unreachable!());
        SealingKey(LessSafeKey::new(unbound))
    }

    /// Seals `plain` bound to `aad`.
    pub(crate) fn seal(&self, aad: &[u8], plain: &[u8]) -> Result<Vec<u8>> {
        let nonce = random_bytes::<NONCE_LEN>()?;
        let mut out = Vec::with_capacity(plain.len() + SEAL_OVERHEAD);
        out.push(SEAL_VERSION);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(plain);
        let tag = self
            .0
            .seal_in_place_separate_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(aad),
                &mut out[1 + NONCE_LEN..],
            )
            .map_err(|_| VaultError::Invalid("value too large to seal"))?;
        out.extend_from_slice(tag.as_ref());
        Ok(out)
    }

    /// Opens a value sealed by [`SealingKey::seal`] with the same `aad`; `None` when the key,
    /// the associated data or any byte differs.
    pub(crate) fn open(&self, aad: &[u8], sealed: &[u8]) -> Option<Plaintext> {
        let (&version, rest) = sealed.split_first()?;
        if version != SEAL_VERSION || rest.len() < NONCE_LEN {
            return None;
        }
        let (nonce, body) = rest.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
        let mut buffer = Plaintext::new(body.to_vec());
        let len = self
            .0
            .open_in_place(nonce, Aad::from(aad), &mut buffer.0)
            .ok()?
            .len();
        buffer.0.truncate(len);
        Some(buffer)
    }
}

/// The vault's data key: seals every record, bound to the record's table, row and column.
pub(crate) struct DataKey(SealingKey);

impl DataKey {
    /// The data key from its raw bytes.
    pub(crate) fn new(bytes: &[u8; KEY_LEN]) -> Self {
        DataKey(SealingKey::new(bytes))
    }

    /// Seals one cell.
    pub(crate) fn seal(&self, record: RecordRef, plain: &[u8]) -> Result<Vec<u8>> {
        self.0.seal(&record_aad(record), plain)
    }

    /// Opens one cell, or names it in a [`VaultError::Tampered`].
    pub(crate) fn open(&self, record: RecordRef, sealed: &[u8]) -> Result<Plaintext> {
        self.0
            .open(&record_aad(record), sealed)
            .ok_or(VaultError::Tampered(record))
    }

    /// Seals a value as JSON.
    pub(crate) fn seal_json<T: serde::Serialize>(
        &self,
        record: RecordRef,
        value: &T,
    ) -> Result<Vec<u8>> {
        let json = Zeroizing::new(
            serde_json::to_vec(value).map_err(|_| VaultError::Invalid("unserialisable value"))?,
        );
        self.seal(record, &json)
    }

    /// Opens a JSON value; a value that authenticates but does not parse is reported as tampered
    /// too (it cannot have been written by this app).
    pub(crate) fn open_json<T: serde::de::DeserializeOwned>(
        &self,
        record: RecordRef,
        sealed: &[u8],
    ) -> Result<T> {
        let plain = self.open(record, sealed)?;
        // UTF-8 checked once over the whole value (std's word-at-a-time check), then parsed as
        // text: `from_slice` validates every string it reads again, byte by byte.
        let text = std::str::from_utf8(&plain).map_err(|_| VaultError::Tampered(record))?;
        serde_json::from_str(text).map_err(|_| VaultError::Tampered(record))
    }
}

/// The associated data of one cell: a domain prefix, the table, the row id and the column.
fn record_aad(record: RecordRef) -> Vec<u8> {
    const PREFIX: &[u8] = b"shikaku-vault/v1\0";
    let mut aad = Vec::with_capacity(PREFIX.len() + 64);
    aad.extend_from_slice(PREFIX);
    aad.extend_from_slice(record.table.as_bytes());
    aad.push(0);
    // The same decimal digits as `to_string`, without the formatting machinery (a tenth of
    // what opening a record costs; docs/benchmarks.md, "Vault").
    aad.extend_from_slice(itoa::Buffer::new().format(record.row).as_bytes());
    aad.push(0);
    aad.extend_from_slice(record.column.as_bytes());
    aad
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(table: &'static str, row: i64, column: &'static str) -> RecordRef {
        RecordRef { table, row, column }
    }

    #[test]
    fn a_cell_opens_only_where_it_was_sealed() {
        let key = DataKey::new(&[7; KEY_LEN]);
        let sealed = key.seal(cell("members", 1, "name"), b"Taro").unwrap();
        assert_eq!(
            &key.open(cell("members", 1, "name"), &sealed).unwrap()[..],
            b"Taro"
        );
        for elsewhere in [
            cell("members", 2, "name"),
            cell("members", 1, "details"),
            cell("documents", 1, "name"),
        ] {
            assert!(matches!(
                key.open(elsewhere, &sealed),
                Err(VaultError::Tampered(r)) if r == elsewhere
            ));
        }
    }

    #[test]
    fn associated_data_keeps_its_stored_form() {
        for row in [0, 7, -12, i64::MAX, i64::MIN] {
            let expected = format!("shikaku-vault/v1\0pin_log\0{row}\0event");
            assert_eq!(
                record_aad(cell("pin_log", row, "event")),
                expected.as_bytes()
            );
        }
    }

    #[test]
    fn wiping_zeroes_every_byte_and_the_spare_capacity() {
        // Lengths around the word size: the words and the bytes after the last whole word.
        for len in 0..=17 {
            let mut bytes = vec![0xa5u8; len + 16];
            bytes.truncate(len);
            let capacity = bytes.capacity();
            wipe(&mut bytes);
            // SAFETY: `wipe` wrote zeros over the whole capacity, so all of it is initialised.
            unsafe { bytes.set_len(capacity) };
            assert!(bytes.iter().all(|&b| b == 0), "length {len}");
        }
    }

    #[test]
    fn every_seal_uses_a_fresh_nonce() {
        let key = DataKey::new(&[7; KEY_LEN]);
        let a = key.seal(cell("members", 1, "name"), b"same").unwrap();
        let b = key.seal(cell("members", 1, "name"), b"same").unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn a_flipped_bit_or_another_key_fails() {
        let key = SealingKey::new(&[1; KEY_LEN]);
        let mut sealed = key.seal(b"aad", b"secret").unwrap();
        assert!(SealingKey::new(&[2; KEY_LEN])
            .open(b"aad", &sealed)
            .is_none());
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert!(key.open(b"aad", &sealed).is_none());
        assert!(key.open(b"aad", &[]).is_none());
        assert!(key.open(b"aad", &[SEAL_VERSION, 0, 0]).is_none());
    }
}

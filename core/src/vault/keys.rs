//! The keys: a random data key seals every record; a key-encryption key wraps it, either held by a
//! [`KeyProvider`] (the Android Keystore or iOS Keychain seam) or derived from a passphrase with
//! PBKDF2-HMAC-SHA256. Changing the passphrase or provider re-wraps the data key; no record is
//! re-encrypted. Raw key bytes live in [`zeroize::Zeroizing`] buffers and are wiped on drop.

use std::fmt;
use std::num::NonZeroU32;

use ring::pbkdf2;
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use super::crypto::{random_bytes, KeyBytes, Plaintext, SealingKey, KEY_LEN};
use super::error::{Result, VaultError};

/// PBKDF2-HMAC-SHA256 iterations for new passphrase slots and backups (OWASP's 2023 figure).
pub const PBKDF2_ITERATIONS: u32 = 600_000;

/// [`PBKDF2_ITERATIONS`] as ring takes it (checked when compiling: the constant is not zero).
pub(crate) const PBKDF2_ROUNDS: NonZeroU32 = match NonZeroU32::new(PBKDF2_ITERATIONS) {
    Some(rounds) => rounds,
    None => panic!("PBKDF2_ITERATIONS is zero"),
};

/// Length of the random per-vault (and per-backup) PBKDF2 salt.
pub(crate) const SALT_LEN: usize = 16;

/// Why a [`KeyProvider`] could not wrap or unwrap the data key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Error))]
pub enum KeyProviderError {
    /// The provider's key no longer exists (a Keystore or Keychain wiped by a restore or reset):
    /// the vault must be restored from a backup.
    #[error("the device key is no longer available")]
    Unavailable,
    /// The provider holds a key, but not the one that wrapped this data key.
    #[error("the device key does not match this vault")]
    Rejected,
    /// Any other failure, with a short reason that carries no personal data.
    #[error("{reason}")]
    Failed {
        /// What went wrong, for logs.
        reason: String,
    },
}

/// Holds the key-encryption key outside the vault: the Android Keystore or the iOS Keychain (via
/// UniFFI), or [`RawKeyProvider`]. The provider wraps and unwraps the vault's 32-byte data key
/// itself, so a hardware-backed key never has to leave its keystore.
///
/// Arguments are owned byte vectors so that Kotlin and Swift can implement it through UniFFI;
/// the vault calls it only while holding no lock of its own.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait KeyProvider: Send + Sync {
    /// Encrypts `data_key`; the result is stored in the vault as is.
    fn wrap_key(&self, data_key: Vec<u8>) -> Result<Vec<u8>, KeyProviderError>;
    /// Decrypts what [`KeyProvider::wrap_key`] returned.
    fn unwrap_key(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyProviderError>;
}

// A native provider that throws something other than a `KeyProviderError` surfaces as a failure
// of the provider, not a crash.
#[cfg(feature = "uniffi")]
impl From<uniffi::UnexpectedUniFFICallbackError> for KeyProviderError {
    fn from(error: uniffi::UnexpectedUniFFICallbackError) -> Self {
        KeyProviderError::Failed {
            reason: error.reason,
        }
    }
}

/// A software [`KeyProvider`] over a 32-byte key-encryption key the platform keeps (for example
/// a Keychain item), also used by tests and benchmarks.
pub struct RawKeyProvider(SealingKey);

/// Associated data of a data key wrapped by [`RawKeyProvider`].
const RAW_WRAP_AAD: &[u8] = b"shikaku-vault/raw-key-provider/v1";

impl RawKeyProvider {
    /// A provider over `kek`; the caller should wipe its copy.
    pub fn new(kek: &[u8; KEY_LEN]) -> Self {
        RawKeyProvider(SealingKey::new(kek))
    }
}

impl fmt::Debug for RawKeyProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RawKeyProvider(..)")
    }
}

impl KeyProvider for RawKeyProvider {
    fn wrap_key(&self, data_key: Vec<u8>) -> Result<Vec<u8>, KeyProviderError> {
        let data_key = Zeroizing::new(data_key);
        self.0
            .seal(RAW_WRAP_AAD, &data_key)
            .map_err(|e| KeyProviderError::Failed {
                reason: e.to_string(),
            })
    }

    fn unwrap_key(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyProviderError> {
        self.0
            .open(RAW_WRAP_AAD, &wrapped)
            .map(|plain| plain.to_vec())
            .ok_or(KeyProviderError::Rejected)
    }
}

/// The fewest characters a new passphrase (a vault's or a backup's) may have, spaces at its
/// ends not counted. Opening accepts any passphrase, so vaults made before the minimum open.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// A passphrase (パスフレーズ), wiped from memory when dropped and never printed. Keys are derived
/// from its NFC form, so the same text typed on keyboards that compose characters differently
/// (「が」 as one code point or as 「か」 + 「゛」) opens the same vault.
pub struct Passphrase {
    /// The NFC form: what keys are derived from.
    nfc: Zeroizing<String>,
    /// The text as given, when it differs from its NFC form: vaults and backups made before
    /// normalisation were derived from it (see [`Passphrase::derive_as_typed`]).
    typed: Option<Zeroizing<String>>,
}

impl Passphrase {
    /// Takes the passphrase. An empty one is refused, and so is one holding U+FFFD, the mark a
    /// terminal reader leaves for bytes that are not UTF-8 (two different byte strings would
    /// otherwise become the same passphrase).
    pub fn new(text: String) -> Result<Self> {
        let text = Zeroizing::new(text);
        if text.is_empty() {
            return Err(VaultError::Invalid("the passphrase is empty"));
        }
        if text.contains('\u{FFFD}') {
            return Err(VaultError::Invalid(
                "the passphrase holds bytes that are not UTF-8 text",
            ));
        }
        let nfc = Zeroizing::new(text.nfc().collect::<String>());
        let typed = (*nfc != *text).then_some(text);
        Ok(Passphrase { nfc, typed })
    }

    /// Refuses a passphrase too short to protect a new vault slot or backup.
    pub(crate) fn check_new(&self) -> Result<()> {
        match self.nfc.trim().chars().count() {
            n if n < MIN_PASSPHRASE_CHARS => Err(VaultError::Invalid(
                "a new passphrase needs at least 8 characters",
            )),
            _ => Ok(()),
        }
    }

    /// Derives a key with PBKDF2-HMAC-SHA256 from the NFC form.
    pub(crate) fn derive(&self, salt: &[u8], iterations: NonZeroU32) -> KeyBytes {
        derive_from(&self.nfc, salt, iterations)
    }

    /// Derives a key from the text as typed, when it is not already in NFC form: what a slot
    /// or backup written before normalisation needs.
    pub(crate) fn derive_as_typed(&self, salt: &[u8], iterations: NonZeroU32) -> Option<KeyBytes> {
        self.typed
            .as_ref()
            .map(|typed| derive_from(typed, salt, iterations))
    }
}

/// PBKDF2-HMAC-SHA256 of `text`.
fn derive_from(text: &str, salt: &[u8], iterations: NonZeroU32) -> KeyBytes {
    let mut key = Zeroizing::new([0u8; KEY_LEN]);
    pbkdf2::derive(
        pbkdf2::PBKDF2_HMAC_SHA256,
        iterations,
        salt,
        text.as_bytes(),
        &mut key[..],
    );
    key
}

/// Two passphrases are equal when their text is (for "type it twice" prompts).
impl PartialEq for Passphrase {
    fn eq(&self, other: &Self) -> bool {
        self.nfc == other.nfc && self.typed == other.typed
    }
}

impl Eq for Passphrase {}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(..)")
    }
}

/// How a vault is unlocked: which key-encryption key wraps its data key.
#[derive(Clone, Copy)]
pub enum Unlock<'a> {
    /// A passphrase (the CLI; PBKDF2 with the vault's salt).
    Passphrase(&'a Passphrase),
    /// A platform key provider (the apps).
    Provider(&'a dyn KeyProvider),
}

/// The checked PBKDF2 iteration count, refusing slots below the minimum or above the maximum (a downgraded slot cannot
/// have been written by this app).
pub(crate) fn checked_iterations(iterations: i64) -> Option<NonZeroU32> {
    u32::try_from(iterations)
        .ok()
        .filter(|n| (PBKDF2_ITERATIONS..=MAX_PBKDF2_ITERATIONS).contains(n))
        .and_then(NonZeroU32::new)
}

/// The most iterations a slot or backup may ask for: a crafted file (its checksum is not keyed)
/// must not keep the phone busy for hours before the passphrase is even checked.
const MAX_PBKDF2_ITERATIONS: u32 = 8 * PBKDF2_ITERATIONS;

/// The stored wrapping of the data key (the `key_slot` row).
pub(crate) struct KeySlot {
    /// `passphrase` or `provider`.
    pub(crate) kind: &'static str,
    /// PBKDF2 salt (passphrase slots only).
    pub(crate) salt: Option<Vec<u8>>,
    /// PBKDF2 iterations (passphrase slots only).
    pub(crate) iterations: Option<i64>,
    /// The wrapped data key.
    pub(crate) wrapped: Vec<u8>,
}

/// Slot kinds as stored.
pub(crate) const SLOT_PASSPHRASE: &str = "passphrase";
pub(crate) const SLOT_PROVIDER: &str = "provider";

/// Associated data of a passphrase-wrapped data key: binds the slot to its vault.
fn passphrase_wrap_aad(vault_id: &[u8]) -> Vec<u8> {
    let mut aad = b"shikaku-vault/passphrase-slot/v1\0".to_vec();
    aad.extend_from_slice(vault_id);
    aad
}

/// Wraps `data_key` for `unlock`; a passphrase slot gets a new random salt, and a passphrase
/// shorter than [`MIN_PASSPHRASE_CHARS`] is refused.
pub(crate) fn wrap(unlock: Unlock<'_>, vault_id: &[u8], data_key: &KeyBytes) -> Result<KeySlot> {
    if let Unlock::Passphrase(passphrase) = unlock {
        passphrase.check_new()?;
    }
    wrap_unchecked(unlock, vault_id, data_key)
}

/// [`wrap`] without the minimum length: re-wrapping an existing vault under the NFC form of
/// the passphrase it already has.
pub(crate) fn wrap_unchecked(
    unlock: Unlock<'_>,
    vault_id: &[u8],
    data_key: &KeyBytes,
) -> Result<KeySlot> {
    match unlock {
        Unlock::Passphrase(passphrase) => {
            let salt = random_bytes::<SALT_LEN>()?;
            let kek = passphrase.derive(&salt, PBKDF2_ROUNDS);
            let wrapped =
                SealingKey::new(&kek).seal(&passphrase_wrap_aad(vault_id), &data_key[..])?;
            Ok(KeySlot {
                kind: SLOT_PASSPHRASE,
                salt: Some(salt.to_vec()),
                iterations: Some(i64::from(PBKDF2_ITERATIONS)),
                wrapped,
            })
        }
        Unlock::Provider(provider) => Ok(KeySlot {
            kind: SLOT_PROVIDER,
            salt: None,
            iterations: None,
            wrapped: provider
                .wrap_key(data_key.to_vec())
                .map_err(provider_error)?,
        }),
    }
}

/// Unwraps the data key from `slot`, and says whether the slot was wrapped under a passphrase
/// as typed rather than its NFC form (made before normalisation: the caller re-wraps it). A slot
/// of the other kind, a wrong passphrase or a wrong key is [`VaultError::WrongKey`]; a damaged
/// slot is [`VaultError::Corrupt`].
pub(crate) fn unwrap(
    unlock: Unlock<'_>,
    vault_id: &[u8],
    slot: &KeySlot,
) -> Result<(KeyBytes, bool)> {
    let mut legacy = false;
    let plain = match (unlock, slot.kind) {
        (Unlock::Passphrase(passphrase), SLOT_PASSPHRASE) => {
            let iterations = slot
                .iterations
                .and_then(checked_iterations)
                .ok_or(VaultError::Corrupt)?;
            let salt = slot.salt.as_deref().ok_or(VaultError::Corrupt)?;
            let aad = passphrase_wrap_aad(vault_id);
            let open = |kek: KeyBytes| SealingKey::new(&kek).open(&aad, &slot.wrapped);
            match open(passphrase.derive(salt, iterations)) {
                Some(plain) => plain,
                None => {
                    legacy = true;
                    passphrase
                        .derive_as_typed(salt, iterations)
                        .and_then(open)
                        .ok_or(VaultError::WrongKey)?
                }
            }
        }
        (Unlock::Provider(provider), SLOT_PROVIDER) => Plaintext::new(
            provider
                .unwrap_key(slot.wrapped.clone())
                .map_err(provider_error)?,
        ),
        _ => return Err(VaultError::WrongKey),
    };
    let bytes: [u8; KEY_LEN] = plain[..].try_into().map_err(|_| VaultError::WrongKey)?;
    Ok((Zeroizing::new(bytes), legacy))
}

/// Maps a provider's failure to the vault's error.
fn provider_error(error: KeyProviderError) -> VaultError {
    match error {
        KeyProviderError::Unavailable => VaultError::KeyUnavailable,
        KeyProviderError::Rejected => VaultError::WrongKey,
        KeyProviderError::Failed { reason } => VaultError::KeyProvider(reason),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iterations_outside_the_bounds_are_refused() {
        assert!(checked_iterations(599_999).is_none());
        assert!(
            checked_iterations(4_800_001).is_none(),
            "a crafted slot must not cost hours"
        );
        assert!(checked_iterations(4_800_000).is_some());
        assert!(checked_iterations(i64::from(u32::MAX)).is_none());
        assert!(checked_iterations(-1).is_none());
        assert!(checked_iterations(i64::MAX).is_none());
        assert_eq!(
            checked_iterations(600_000).map(NonZeroU32::get),
            Some(600_000)
        );
    }

    #[test]
    fn a_provider_slot_opens_only_with_its_key() {
        let data_key = Zeroizing::new([9u8; KEY_LEN]);
        let right = RawKeyProvider::new(&[1; KEY_LEN]);
        let slot = wrap(Unlock::Provider(&right), b"id", &data_key).unwrap();
        assert_eq!(
            *unwrap(Unlock::Provider(&right), b"id", &slot).unwrap().0,
            [9u8; KEY_LEN]
        );
        let wrong = RawKeyProvider::new(&[2; KEY_LEN]);
        assert!(matches!(
            unwrap(Unlock::Provider(&wrong), b"id", &slot),
            Err(VaultError::WrongKey)
        ));
    }

    #[test]
    fn debug_output_hides_secrets() {
        let passphrase = Passphrase::new("correct horse".into()).unwrap();
        assert_eq!(format!("{passphrase:?}"), "Passphrase(..)");
        assert!(Passphrase::new(String::new()).is_err());
    }

    /// Issue 14, defect 7: bytes a terminal could not decode are refused, keys come from the NFC
    /// form, and a new slot needs a minimum length.
    #[test]
    fn passphrases_are_checked_and_normalised() {
        assert!(Passphrase::new("\u{FFFD}\u{FFFD}\u{FFFD}".into()).is_err());
        let composed = Passphrase::new("がっこうのパスワード".into()).unwrap();
        let decomposed = Passphrase::new("か\u{3099}っこうのパスワード".into()).unwrap();
        let rounds = NonZeroU32::new(1).unwrap();
        assert_eq!(
            *composed.derive(b"salt", rounds),
            *decomposed.derive(b"salt", rounds)
        );
        let data_key = Zeroizing::new([9u8; KEY_LEN]);
        for short in [" ", "1234567", "       x       "] {
            let short = Passphrase::new(short.into()).unwrap();
            assert!(matches!(
                wrap(Unlock::Passphrase(&short), b"id", &data_key),
                Err(VaultError::Invalid(_))
            ));
        }
        // A slot wrapped under the decomposed text (before normalisation) still opens, and says
        // it must be re-wrapped.
        let salt = [1u8; SALT_LEN];
        let kek = decomposed.derive_as_typed(&salt, PBKDF2_ROUNDS).unwrap();
        let legacy = KeySlot {
            kind: SLOT_PASSPHRASE,
            salt: Some(salt.to_vec()),
            iterations: Some(i64::from(PBKDF2_ITERATIONS)),
            wrapped: SealingKey::new(&kek)
                .seal(&passphrase_wrap_aad(b"id"), &data_key[..])
                .unwrap(),
        };
        let (key, rewrap) = unwrap(Unlock::Passphrase(&decomposed), b"id", &legacy).unwrap();
        assert_eq!((*key, rewrap), ([9u8; KEY_LEN], true));
        assert!(matches!(
            unwrap(Unlock::Passphrase(&composed), b"id", &legacy),
            Err(VaultError::WrongKey)
        ));
    }
}

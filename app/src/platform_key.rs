//! The platform key store as an effect: the vault asks a [`KeyProvider`] to wrap or unwrap its
//! data key synchronously, but the app hands that work to the shell as [`crate::Effect::WrapKey`]
//! and [`crate::Effect::UnwrapKey`] and answers the vault later. [`Deferred`] stands in for the
//! shell while a new or restored vault is made (it notes the key to wrap); [`Answered`] replays the
//! shell's answer. An unwrap needs no stand-in: the wrapped key is read from the locked vault
//! (`shikaku_core::vault::LockedVault`).

use std::sync::{Mutex, PoisonError};

use shikaku_core::vault::{KeyProvider, KeyProviderError};
use zeroize::Zeroizing;

/// A provider that answers later: it notes the key to wrap and wraps it as nothing, a slot no key
/// opens until the shell's wrapping replaces it. It unwraps nothing.
#[derive(Default)]
pub(crate) struct Deferred {
    key: Mutex<Option<Zeroizing<Vec<u8>>>>,
}

impl Deferred {
    /// The key the vault asked to wrap.
    pub(crate) fn take_key(&self) -> Option<Zeroizing<Vec<u8>>> {
        self.key
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }
}

impl KeyProvider for Deferred {
    fn wrap_key(&self, data_key: Vec<u8>) -> Result<Vec<u8>, KeyProviderError> {
        *self.key.lock().unwrap_or_else(PoisonError::into_inner) = Some(Zeroizing::new(data_key));
        Ok(Vec::new())
    }

    fn unwrap_key(&self, _wrapped: Vec<u8>) -> Result<Vec<u8>, KeyProviderError> {
        Err(KeyProviderError::Rejected)
    }
}

/// The shell's answer, replayed: it wraps the one key it was asked about into what the shell
/// returned, and unwraps what the shell was given into the key the shell returned.
pub(crate) struct Answered {
    /// The wrapped form.
    pub(crate) wrapped: Vec<u8>,
    /// The key.
    pub(crate) key: Zeroizing<Vec<u8>>,
}

impl KeyProvider for Answered {
    fn wrap_key(&self, data_key: Vec<u8>) -> Result<Vec<u8>, KeyProviderError> {
        let data_key = Zeroizing::new(data_key);
        match *data_key == *self.key {
            true => Ok(self.wrapped.clone()),
            false => Err(KeyProviderError::Rejected),
        }
    }

    fn unwrap_key(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyProviderError> {
        match wrapped == self.wrapped {
            true => Ok(self.key.to_vec()),
            false => Err(KeyProviderError::Rejected),
        }
    }
}

//! The platform key store as an effect: the vault asks a [`KeyProvider`] to wrap or unwrap its
//! data key synchronously, but the app hands that work to the shell as [`crate::Effect::WrapKey`]
//! and [`crate::Effect::UnwrapKey`] and answers the vault later. [`Deferred`] stands in for the
//! shell during the first pass (it notes what was asked); [`Answered`] replays the shell's answer
//! during the second.

use std::sync::{Mutex, PoisonError};

use shikaku_core::vault::{KeyProvider, KeyProviderError};
use zeroize::Zeroizing;

/// A provider that answers later: it notes the key to wrap (and wraps it as nothing, a slot no
/// key opens until the shell's wrapping replaces it) or the wrapped key to unwrap (and refuses).
#[derive(Default)]
pub(crate) struct Deferred {
    key: Mutex<Option<Zeroizing<Vec<u8>>>>,
    wrapped: Mutex<Option<Vec<u8>>>,
}

/// What [`Deferred`] refuses an unwrap with, so the caller can tell it from a real failure.
const DEFERRED: &str = "deferred to the platform key store";

impl Deferred {
    /// The key the vault asked to wrap.
    pub(crate) fn take_key(&self) -> Option<Zeroizing<Vec<u8>>> {
        self.key
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }

    /// The wrapped key the vault asked to unwrap.
    pub(crate) fn take_wrapped(&self) -> Option<Vec<u8>> {
        self.wrapped
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
    }

    /// Whether `reason` is this provider's refusal.
    pub(crate) fn is_deferral(reason: &str) -> bool {
        reason == DEFERRED
    }
}

impl KeyProvider for Deferred {
    fn wrap_key(&self, data_key: Vec<u8>) -> Result<Vec<u8>, KeyProviderError> {
        *self.key.lock().unwrap_or_else(PoisonError::into_inner) = Some(Zeroizing::new(data_key));
        Ok(Vec::new())
    }

    fn unwrap_key(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyProviderError> {
        *self.wrapped.lock().unwrap_or_else(PoisonError::into_inner) = Some(wrapped);
        Err(KeyProviderError::Failed {
            reason: DEFERRED.to_owned(),
        })
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

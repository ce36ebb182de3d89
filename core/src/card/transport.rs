//! The link to the card that native code provides: Android's IsoDep and iOS's CoreNFC only move
//! bytes; everything the bytes mean is decided in the core.

/// Why an APDU could not be exchanged with the card (NFC通信エラー).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Error))]
pub enum TransportError {
    /// The card left the phone's field, or the phone lost it.
    #[error("the card was lost: hold it still against the phone and try again")]
    CardLost,
    /// The card did not answer in time.
    #[error("the card did not answer in time")]
    Timeout,
    /// Any other failure of the link, as the platform described it.
    #[error("the link to the card failed: {reason}")]
    Link {
        /// The platform's description (no card data).
        reason: String,
    },
}

/// A contactless link to a My Number card (ISO/IEC 14443 with ISO/IEC 7816-4 APDUs).
///
/// Implemented in Kotlin (IsoDep) and Swift (CoreNFC) through UniFFI, and by the virtual card in
/// tests; hence owned byte vectors and a shared reference, which cross the FFI unchanged.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait CardTransport: Send + Sync {
    /// Sends one command APDU and returns the whole response APDU, status word included.
    fn transmit(&self, apdu: Vec<u8>) -> Result<Vec<u8>, TransportError>;
}

// A native transport that throws something other than a `TransportError` (a bug on the native
// side) surfaces as a link failure, not a crash.
#[cfg(feature = "uniffi")]
impl From<uniffi::UnexpectedUniFFICallbackError> for TransportError {
    fn from(error: uniffi::UnexpectedUniFFICallbackError) -> Self {
        TransportError::Link {
            reason: error.reason,
        }
    }
}

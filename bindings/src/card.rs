//! Reading the My Number card through a native NFC link (Android IsoDep, iOS CoreNFC): the app
//! implements `CardTransport` (bytes in, bytes out) and the core does the protocol.

use std::sync::Arc;

use shikaku_core::card::{CardRead, CardTransport};
use shikaku_core::ShikakuError;

/// Reads, without any PIN, each PIN's remaining tries, the user certificate's expiry and, where
/// the card gives it, the card's expiry. Never spends a PIN try. Call it outside any vault call,
/// then store the result with the vault.
#[uniffi::export]
pub fn read_card(transport: Arc<dyn CardTransport>) -> Result<CardRead, ShikakuError> {
    Ok(shikaku_core::card::read_card(transport.as_ref())?)
}

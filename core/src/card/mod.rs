//! Reading the My Number card over NFC, with the whole protocol in the core: native code only
//! moves bytes through a [`CardTransport`]. The app reads, without any PIN, each PIN's remaining
//! tries, the 利用者証明用電子証明書's expiry and, where the card gives it, the card's own expiry;
//! the app stores a read (`shikaku_app::use_cases::card_read::apply_card_read`, the one path that
//! applies it, in one vault transaction).
//!
//! See `docs/card.md` for the commands, the status words and why this layer is written here
//! rather than taken from the `myna-card` crate.

pub mod apdu;
mod body_expiry;
mod certificate;
mod error;
mod exchange;
mod pin_count;
mod read;
#[cfg(test)]
mod tests;
mod transport;
#[cfg(any(test, feature = "virtual-card"))]
mod virtual_card;

pub use body_expiry::{parse_card_expiry, read_card_expiry};
pub use certificate::{
    certificate_expiry, declared_length, read_user_certificate_expiry, MAX_CERTIFICATE_LEN,
};
pub use error::CardError;
pub use pin_count::{parse_pin_count, pins, read_pin_count, PinLocation};
pub use read::{read_card, CardRead};
pub use transport::{CardTransport, TransportError};
#[cfg(any(test, feature = "virtual-card"))]
pub use virtual_card::{VirtualCard, VirtualCardError, VirtualCardSpec, VirtualFaults};

//! One tap of the card: everything the app learns from it without a PIN, in one pass.

use serde::Serialize;

use super::body_expiry::read_card_expiry;
use super::certificate::read_user_certificate_expiry;
use super::pin_count::{pins, read_pin_count};
use super::{CardError, CardTransport};
use crate::dates::JapanDate;
use crate::pin::{CardPinCount, PinKind};

/// What one read of the card found (カード読み取り結果). Holds no certificate and no name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CardRead {
    /// The 利用者証明用 PIN's count.
    pub user_pin: CardPinCount,
    /// The 署名用 password's count.
    pub signature_pin: CardPinCount,
    /// The 券面事項入力補助用 PIN's count.
    pub card_info_input_pin: CardPinCount,
    /// Expiry of the 利用者証明用電子証明書 (its notAfter as a Japan date, R-ECERT-1).
    pub ecert_expires: JapanDate,
    /// Expiry of the card body, when the card exposes it without a PIN (R-CARD-1).
    pub card_expires: Option<JapanDate>,
}

impl CardRead {
    /// The counts read, by PIN.
    pub fn pin_counts(&self) -> [(PinKind, CardPinCount); 3] {
        [
            (PinKind::UserCertificate, self.user_pin),
            (PinKind::Signature, self.signature_pin),
            (PinKind::CardInfoInput, self.card_info_input_pin),
        ]
    }
}

/// Reads the card: its body expiry first (from its power-on state), then the JPKI PIN counts and
/// the user certificate's expiry, then the 券面事項入力補助用 PIN count. Sends no PIN, so it can
/// never cost a try. Any malformed answer fails the whole read with a typed error.
pub fn read_card(transport: &dyn CardTransport) -> Result<CardRead, CardError> {
    let card_expires = read_card_expiry(transport)?;
    let user_pin = read_pin_count(transport, pins::USER)?;
    let signature_pin = read_pin_count(transport, pins::SIGNATURE)?;
    let ecert_expires = read_user_certificate_expiry(transport)?;
    let card_info_input_pin = read_pin_count(transport, pins::CARD_INFO_INPUT)?;
    Ok(CardRead {
        user_pin,
        signature_pin,
        card_info_input_pin,
        ecert_expires,
        card_expires,
    })
}

//! The card body's own expiry (カードの有効期限, R-CARD-1), where the card gives it without a PIN.
//!
//! UNCONFIRMED: no published specification says the card exposes it. The `myna-card` project's
//! survey of real cards found GET DATA tag `00F2` answering eight ASCII digits `YYYYMMDD` from the
//! card's power-on state (its GlobalPlatform issuer security domain), with no credential, and
//! noted that the objects present vary between cards. The printed-face file that certainly holds
//! the expiry (券面事項確認AP) needs the 照合番号, which the app never asks for. So a card that
//! does not answer is reported as "expiry unknown", not as an error.

use super::apdu::{Application, Command, StatusWord, CARD_EXPIRY_TAG};
use super::exchange::{exchange, select_application};
use super::{CardError, CardTransport};
use crate::dates::JapanDate;

/// Reads the card body's expiry; `None` when the card does not expose it without a PIN. This
/// step is optional: any answer other than a well-formed expiry means "unknown", so it can never
/// cost the PIN counts and certificate expiry read after it. Only a lost link fails the read.
pub fn read_card_expiry(transport: &dyn CardTransport) -> Result<Option<JapanDate>, CardError> {
    let attempt = select_application(transport, Application::IssuerSecurityDomain).and_then(|()| {
        let response = exchange(transport, Command::GetData(CARD_EXPIRY_TAG))?;
        match response.status {
            StatusWord::OK => parse_card_expiry(&response.data).map(Some),
            // Absent, unsupported, or guarded by a credential: the card does not expose it.
            _ => Ok(None),
        }
    });
    match attempt {
        Err(CardError::Transport(link)) => Err(CardError::Transport(link)),
        Err(_) => Ok(None),
        Ok(expiry) => Ok(expiry),
    }
}

/// The date in a `YYYYMMDD` data object; anything else is [`CardError::MalformedCardExpiry`].
pub fn parse_card_expiry(data: &[u8]) -> Result<JapanDate, CardError> {
    if data.len() != 8 || !data.iter().all(u8::is_ascii_digit) {
        return Err(CardError::MalformedCardExpiry);
    }
    // In range: `data` has exactly eight digits.
    let number = |digits: &[u8]| {
        digits
            .iter()
            .fold(0u32, |value, byte| value * 10 + u32::from(byte - b'0'))
    };
    // A 4-digit year always fits in i32.
    let year = number(&data[0..4]) as i32;
    JapanDate::from_ymd(year, number(&data[4..6]), number(&data[6..8]))
        .map_err(|_| CardError::MalformedCardExpiry)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_ascii_digits_are_the_expiry_and_nothing_else_is() {
        assert_eq!(
            parse_card_expiry(b"20350517"),
            Ok(JapanDate::from_ymd(2035, 5, 17).unwrap())
        );
        for bad in [
            &b"2035051"[..],
            b"203505170",
            b"2035-5-1",
            b"20350230",
            b"20351301",
            b"\xff\x00\x00\x00\x00\x00\x00\x00",
        ] {
            assert_eq!(parse_card_expiry(bad), Err(CardError::MalformedCardExpiry));
        }
    }
}

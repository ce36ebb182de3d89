//! Reading a PIN's remaining tries without spending one: SELECT the PIN's EF, then VERIFY with no
//! data, which the card answers with its count (R-PIN-1).

use super::apdu::{file, Application, Command, StatusWord};
use super::exchange::{exchange, select_file};
use super::{CardError, CardTransport};
use crate::pin::{CardPinCount, PinKind};

/// Where a PIN's key lives on the card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PinLocation {
    /// The PIN.
    pub kind: PinKind,
    /// The application holding it.
    pub application: Application,
    /// Its EF in that application.
    pub file: u16,
}

/// The PINs the app reads. 住民基本台帳用 lives in the 住基 application, which nothing in the app
/// needs, so it is not read.
pub mod pins {
    use super::{file, Application, PinKind, PinLocation};

    /// 利用者証明用: JPKI EF 0018.
    pub const USER: PinLocation = PinLocation {
        kind: PinKind::UserCertificate,
        application: Application::Jpki,
        file: file::USER_PIN,
    };
    /// 署名用: JPKI EF 001B.
    pub const SIGNATURE: PinLocation = PinLocation {
        kind: PinKind::Signature,
        application: Application::Jpki,
        file: file::SIGNATURE_PIN,
    };
    /// 券面事項入力補助用: EF 0011 of its application.
    pub const CARD_INFO_INPUT: PinLocation = PinLocation {
        kind: PinKind::CardInfoInput,
        application: Application::CardInfoInput,
        file: file::CARD_INFO_INPUT_PIN,
    };
}

/// Asks the card how many tries the PIN at `pin` has left, spending none.
pub fn read_pin_count(
    transport: &dyn CardTransport,
    pin: PinLocation,
) -> Result<CardPinCount, CardError> {
    select_file(transport, pin.application, pin.file)?;
    let status = exchange(transport, Command::QueryPinCount)?.status;
    parse_pin_count(pin.kind, status)
}

/// What the status word of an empty VERIFY says about `kind`'s count: `63 Cx` x tries left,
/// `69 84` / `69 83` locked, `90 00` or `63 00` no count reported.
pub fn parse_pin_count(kind: PinKind, status: StatusWord) -> Result<CardPinCount, CardError> {
    match status.0 {
        0x63C0..=0x63CF => {
            let reported = u32::from(status.0 & 0x000F);
            let limit = kind.lockout_limit();
            match reported {
                0 => Ok(CardPinCount::Blocked),
                _ if reported > limit => Err(CardError::CountAboveLimit { reported, limit }),
                _ => Ok(CardPinCount::Remaining(reported)),
            }
        }
        0x6983 | 0x6984 => Ok(CardPinCount::Blocked),
        0x9000 | 0x6300 => Ok(CardPinCount::NotReported),
        _ => Err(CardError::UnexpectedStatus {
            command: Command::QueryPinCount,
            status,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_words_map_to_counts() {
        let user = PinKind::UserCertificate;
        let count = |sw| parse_pin_count(user, StatusWord(sw));
        assert_eq!(count(0x63C3), Ok(CardPinCount::Remaining(3)));
        assert_eq!(count(0x63C1), Ok(CardPinCount::Remaining(1)));
        assert_eq!(count(0x63C0), Ok(CardPinCount::Blocked));
        assert_eq!(count(0x6984), Ok(CardPinCount::Blocked));
        assert_eq!(count(0x6983), Ok(CardPinCount::Blocked));
        assert_eq!(count(0x9000), Ok(CardPinCount::NotReported));
        assert_eq!(
            count(0x63C4),
            Err(CardError::CountAboveLimit {
                reported: 4,
                limit: 3
            })
        );
        assert_eq!(
            parse_pin_count(PinKind::Signature, StatusWord(0x63C5)),
            Ok(CardPinCount::Remaining(5))
        );
        assert!(matches!(
            count(0x6A82),
            Err(CardError::UnexpectedStatus { .. })
        ));
    }
}

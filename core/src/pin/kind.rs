//! The four PINs of the My Number card and their lockout limits (R-PIN-1).

use serde::{Deserialize, Serialize};

/// A PIN of the My Number card (暗証番号の種類).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PinKind {
    /// 利用者証明用電子証明書の暗証番号 (4 digits): the one the clinic reader and マイナポータル ask for.
    UserCertificate,
    /// 券面事項入力補助用暗証番号 (4 digits).
    CardInfoInput,
    /// 住民基本台帳用暗証番号 (4 digits).
    ResidentRegistry,
    /// 署名用電子証明書の暗証番号 (6–16 upper-case letters and digits).
    Signature,
}

impl PinKind {
    /// Every PIN kind, in the order the card's documentation lists them.
    pub const ALL: [PinKind; 4] = [
        PinKind::UserCertificate,
        PinKind::CardInfoInput,
        PinKind::ResidentRegistry,
        PinKind::Signature,
    ];

    /// Consecutive wrong entries that lock this PIN (R-PIN-1: 3 for the 4-digit PINs, 5 for the
    /// signature password; seed 002's "5 for the reader" is not the official figure).
    pub fn lockout_limit(self) -> u32 {
        match self {
            PinKind::Signature => 5,
            PinKind::UserCertificate | PinKind::CardInfoInput | PinKind::ResidentRegistry => 3,
        }
    }

    /// Whether this is one of the three 4-digit PINs, which a holder may have set to the same
    /// value (R-PIN-1), so one wrong guess tried everywhere can lock several.
    pub fn is_four_digit(self) -> bool {
        self != PinKind::Signature
    }
}

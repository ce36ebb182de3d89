//! The identifiers of the domain rules in `shared/DOMAIN.md`. Every alert names the rule it comes
//! from, so a user (and a reviewer) can trace advice back to its official source.

use serde::{Deserialize, Serialize};

/// A rule of `shared/DOMAIN.md`, serialised as its ID (`"R-ECERT-3"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Rule {
    /// Card body expiry from the issue date and age (カードの有効期限).
    #[serde(rename = "R-CARD-1")]
    Card1,
    /// User certificate expiry (利用者証明用電子証明書の有効期限).
    #[serde(rename = "R-ECERT-1")]
    Ecert1,
    /// Certificate renewal window, 3 months before expiry (更新手続き).
    #[serde(rename = "R-ECERT-2")]
    Ecert2,
    /// Three-month grace after certificate expiry, then cancellation of the registration.
    #[serde(rename = "R-ECERT-3")]
    Ecert3,
    /// Counting birthdays after a date; 29 February.
    #[serde(rename = "R-BDAY-1")]
    Bday1,
    /// Smartphone マイナ保険証.
    #[serde(rename = "R-PHONE-1")]
    Phone1,
    /// PIN lockout limits (暗証番号の誤り回数).
    #[serde(rename = "R-PIN-1")]
    Pin1,
    /// A locked PIN does not stop the insurance check (顔認証・目視確認).
    #[serde(rename = "R-PIN-2")]
    Pin2,
    /// Resetting a locked PIN (暗証番号の初期化).
    #[serde(rename = "R-PIN-3")]
    Pin3,
    /// Fields of the Mynaportal PDF (医療保険の資格情報).
    #[serde(rename = "R-DOC-1")]
    Doc1,
    /// Fields of the 資格情報のお知らせ.
    #[serde(rename = "R-DOC-2")]
    Doc2,
    /// The PDF, the screen and the お知らせ count only with the card.
    #[serde(rename = "R-DOC-3")]
    Doc3,
    /// Checking the last 4 digits on the お知らせ against the card.
    #[serde(rename = "R-DOC-4")]
    Doc4,
    /// The 資格確認書: valid alone, original only.
    #[serde(rename = "R-KAKU-1")]
    Kaku1,
    /// The end of the legacy 健康保険証.
    #[serde(rename = "R-LEGACY-1")]
    Legacy1,
    /// 高齢受給者 status from 70.
    #[serde(rename = "R-AGE-70")]
    Age70,
    /// 後期高齢者医療 from the 75th birthday.
    #[serde(rename = "R-AGE-75")]
    Age75,
    /// 保険者番号 structure and check digit.
    #[serde(rename = "R-NUM-1")]
    Num1,
    /// The My Number is never stored whole.
    #[serde(rename = "R-NUM-2")]
    Num2,
    /// 記号・番号・枝番 comparison.
    #[serde(rename = "R-NUM-3")]
    Num3,
    /// What happens at the card reader.
    #[serde(rename = "R-VISIT-1")]
    Visit1,
    /// Backups when the clinic cannot check the card online.
    #[serde(rename = "R-VISIT-2")]
    Visit2,
    /// School trips and nurseries (MHLW notice of 2025-02-12).
    #[serde(rename = "R-SCHOOL-1")]
    School1,
    /// With no accepted proof: full cost, then a refund claim (療養費).
    #[serde(rename = "R-FALLBACK-1")]
    Fallback1,
}

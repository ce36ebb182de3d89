//! The identifiers of the domain rules in `docs/rules.md`. Every alert names the rule it comes
//! from, so a user (and a reviewer) can trace advice back to its official source.

use serde::{Serialize, Serializer};

/// A rule of `docs/rules.md`, serialised as its ID (`"R-ECERT-3"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Rule {
    /// Card body expiry from the issue date and age (カードの有効期限).
    Card1,
    /// User certificate expiry (利用者証明用電子証明書の有効期限).
    Ecert1,
    /// Certificate renewal window, 3 months before expiry (更新手続き).
    Ecert2,
    /// Three-month grace after certificate expiry, then cancellation of the registration.
    Ecert3,
    /// Counting birthdays after a date; 29 February.
    Bday1,
    /// Smartphone マイナ保険証.
    Phone1,
    /// PIN lockout limits (暗証番号の誤り回数).
    Pin1,
    /// A locked PIN does not stop the insurance check (顔認証・目視確認).
    Pin2,
    /// Resetting a locked PIN (暗証番号の初期化).
    Pin3,
    /// Fields of the Mynaportal PDF (医療保険の資格情報).
    Doc1,
    /// Fields of the 資格情報のお知らせ.
    Doc2,
    /// The PDF, the screen and the お知らせ count only with the card.
    Doc3,
    /// Checking the last 4 digits on the お知らせ against the card.
    Doc4,
    /// The 資格確認書: valid alone, original only.
    Kaku1,
    /// The end of the legacy 健康保険証.
    Legacy1,
    /// 高齢受給者 status from 70.
    Age70,
    /// 後期高齢者医療 from the 75th birthday.
    Age75,
    /// 保険者番号 structure and check digit.
    Num1,
    /// The My Number is never stored whole.
    Num2,
    /// 記号・番号・枝番 comparison.
    Num3,
    /// What happens at the card reader.
    Visit1,
    /// Backups when the clinic cannot check the card online.
    Visit2,
    /// School trips and nurseries (MHLW notice of 2025-02-12).
    School1,
    /// With no accepted proof: full cost, then a refund claim (療養費).
    Fallback1,
    /// A certificate that ends with the card: the remedy is a new card (カードの再発行).
    Ecert4,
    /// Logging in to マイナポータル needs a valid certificate and a usable PIN (or the phone's).
    Portal1,
    /// A change of insurer (保険者の変更): old documents void, new registration pending.
    Change1,
    /// The high-cost care limit (限度額適用認定証, 限度額の同意).
    Limit1,
    /// Municipal medical subsidies (医療証・受給者証).
    Subsidy1,
    /// A stored document must be the member's own (持ち主の確認).
    Owner1,
    /// City-office open days (開庁日).
    Office1,
}

impl Rule {
    /// The rule's ID in `docs/rules.md` (`"R-ECERT-3"`).
    pub fn id(self) -> &'static str {
        match self {
            Rule::Card1 => "R-CARD-1",
            Rule::Ecert1 => "R-ECERT-1",
            Rule::Ecert2 => "R-ECERT-2",
            Rule::Ecert3 => "R-ECERT-3",
            Rule::Bday1 => "R-BDAY-1",
            Rule::Phone1 => "R-PHONE-1",
            Rule::Pin1 => "R-PIN-1",
            Rule::Pin2 => "R-PIN-2",
            Rule::Pin3 => "R-PIN-3",
            Rule::Doc1 => "R-DOC-1",
            Rule::Doc2 => "R-DOC-2",
            Rule::Doc3 => "R-DOC-3",
            Rule::Doc4 => "R-DOC-4",
            Rule::Kaku1 => "R-KAKU-1",
            Rule::Legacy1 => "R-LEGACY-1",
            Rule::Age70 => "R-AGE-70",
            Rule::Age75 => "R-AGE-75",
            Rule::Num1 => "R-NUM-1",
            Rule::Num2 => "R-NUM-2",
            Rule::Num3 => "R-NUM-3",
            Rule::Visit1 => "R-VISIT-1",
            Rule::Visit2 => "R-VISIT-2",
            Rule::School1 => "R-SCHOOL-1",
            Rule::Fallback1 => "R-FALLBACK-1",
            Rule::Ecert4 => "R-ECERT-4",
            Rule::Portal1 => "R-PORTAL-1",
            Rule::Change1 => "R-CHANGE-1",
            Rule::Limit1 => "R-LIMIT-1",
            Rule::Subsidy1 => "R-SUBSIDY-1",
            Rule::Owner1 => "R-OWNER-1",
            Rule::Office1 => "R-OFFICE-1",
        }
    }
}

impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

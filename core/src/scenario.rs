//! The input of the visit decision (`docs/contracts/advice.md`, "Input: `Scenario`"): what one person
//! holds and where they are going, on a given day. Plain data; every rule lives in [`crate::advice`].

use serde::{Deserialize, Serialize};

use crate::dates::JapanDate;
use crate::numbers::Last4;

/// One visit to decide on: a person, a place and the day (受診の状況).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Scenario {
    /// Today's Japan date. Time is an input: no rule reads a clock.
    pub today: JapanDate,
    /// Where the person is going.
    pub visit: Visit,
    /// Whether the clinic or pharmacy can check the card online (clinic and pharmacy only).
    #[serde(default)]
    pub online_check: OnlineCheck,
    /// Who takes the person; absent means the usual one for the visit (see [`Scenario::escort`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub escort: Option<Escort>,
    /// What the person holds.
    pub person: Person,
}

/// Why a scenario could not be read. Messages name the field, never the rejected value.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ScenarioError {
    /// Not JSON at all.
    #[error("the scenario is not valid JSON (line {line}, column {column})")]
    Syntax {
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
    },
    /// JSON, but a field is missing, unknown or has an impossible value.
    #[error("scenario field `{path}`: {reason}")]
    Field {
        /// Where in the scenario (`person.card.expires`).
        path: String,
        /// What is wrong with it.
        reason: String,
    },
}

impl Scenario {
    /// Reads a scenario from the JSON of `docs/contracts/advice.md`.
    pub fn from_json(json: &str) -> Result<Self, ScenarioError> {
        let syntax = |e: &serde_json::Error| ScenarioError::Syntax {
            line: e.line(),
            column: e.column(),
        };
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let scenario = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
            let path = error.path().to_string();
            let inner = error.into_inner();
            match inner.classify() {
                serde_json::error::Category::Data => ScenarioError::Field {
                    path,
                    reason: redact(&inner),
                },
                _ => syntax(&inner),
            }
        })?;
        deserializer.end().map_err(|e| syntax(&e))?;
        Ok(scenario)
    }

    /// The escort in effect: as given, else a teacher for school trips and nurseries and the person
    /// themself otherwise (`advice.md`, Input).
    pub fn escort(&self) -> Escort {
        self.escort.unwrap_or(match self.visit {
            Visit::SchoolTrip | Visit::Nursery => Escort::Teacher,
            Visit::Clinic | Visit::Pharmacy | Visit::HospitalStay | Visit::Dentist => Escort::Alone,
        })
    }
}

/// serde's message without the offending value, which may be personal ("invalid type: string
/// \"…\", expected a date" keeps only "expected a date").
fn redact(error: &serde_json::Error) -> String {
    let message = error.to_string();
    let message = message.split(" at line ").next().unwrap_or_default();
    if message.starts_with("invalid type") || message.starts_with("invalid value") {
        match message.find("expected") {
            Some(at) => format!("wrong type or value, {}", &message[at..]),
            None => "wrong type or value".to_owned(),
        }
    } else {
        message.to_owned()
    }
}

/// The kind of visit (受診先).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Visit {
    /// A clinic or hospital (医療機関).
    Clinic,
    /// A pharmacy (薬局).
    Pharmacy,
    /// A school trip or club trip (修学旅行・部活動の遠征).
    SchoolTrip,
    /// A nursery or kindergarten outing (保育所).
    Nursery,
    /// A planned hospital stay or expensive treatment (入院・高額な治療, R-LIMIT-1); a clinic visit
    /// otherwise.
    HospitalStay,
    /// A dentist (歯科); a clinic visit.
    Dentist,
}

impl Visit {
    /// Every kind of visit, for exhaustive checks and pickers.
    pub const ALL: [Visit; 6] = [
        Visit::Clinic,
        Visit::Pharmacy,
        Visit::SchoolTrip,
        Visit::Nursery,
        Visit::HospitalStay,
        Visit::Dentist,
    ];

    /// A visit to a medical counter: clinic, pharmacy, dentist or hospital stay (not a trip).
    pub fn at_medical_counter(self) -> bool {
        !matches!(self, Visit::SchoolTrip | Visit::Nursery)
    }
}

/// Whether the clinic can check eligibility online (オンライン資格確認) today.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum OnlineCheck {
    /// A working card reader (顔認証付きカードリーダー) and network.
    Available,
    /// No online checking at this clinic.
    Unavailable,
    /// The clinic has a reader but it or the system is down.
    ReaderBroken,
    /// Not known in advance: plan for a failure (R-VISIT-2).
    #[default]
    Unknown,
}

impl OnlineCheck {
    /// Every state, for exhaustive checks and pickers.
    pub const ALL: [OnlineCheck; 4] = [
        OnlineCheck::Available,
        OnlineCheck::Unavailable,
        OnlineCheck::ReaderBroken,
        OnlineCheck::Unknown,
    ];
}

/// Who takes the person to the clinic (付き添い).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Escort {
    /// The person goes on their own.
    #[serde(rename = "self")]
    Alone,
    /// A parent or guardian (保護者) takes a child.
    Parent,
    /// A teacher or nursery worker (引率者) takes the child (R-SCHOOL-1).
    Teacher,
    /// An adult relative who is not the parent (家族の付き添い), e.g. taking an elderly person; the
    /// same as the person going alone.
    Family,
}

/// What one household member holds (本人の保有書類). Its `Debug` masks the date of birth.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Person {
    /// Display name as the member is stored (氏名); used only to check that documents are this
    /// person's (R-OWNER-1), never echoed in codes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub name: Option<String>,
    /// Date of birth (生年月日), when known: drives the 70 and 75 transitions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub birth_date: Option<JapanDate>,
    /// The My Number card (マイナンバーカード).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub card: Option<CardFacts>,
    /// The smartphone (スマートフォン).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub phone: Option<Phone>,
    /// The saved Mynaportal PDF (医療保険の資格情報).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub saved_pdf: Option<SavedPdf>,
    /// The paper notice (資格情報のお知らせ).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub notice: Option<Notice>,
    /// The eligibility certificate (資格確認書).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub certificate: Option<Certificate>,
    /// The old insurance card (健康保険証).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub legacy_card: Option<LegacyCard>,
    /// The day the person changed insurer (保険者の変更日: new job, retirement, marriage, becoming a
    /// dependant, R-CHANGE-1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub insurance_changed_on: Option<JapanDate>,
    /// The new insurer's registration is known to be done (the reader or マイナポータル shows it,
    /// R-CHANGE-1).
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub new_insurer_registered: bool,
    /// The high-cost care limit certificate (限度額適用認定証, R-LIMIT-1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub limit_certificate: Option<LimitCertificate>,
    /// A 70+ person's income category is 一般 or 現役並みIII (所得区分), so no limit document is
    /// needed (R-LIMIT-1).
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub elderly_income_general: bool,
    /// The municipal medical subsidy card (医療証・受給者証, R-SUBSIDY-1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub subsidy_card: Option<SubsidyCard>,
}

impl std::fmt::Debug for Person {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Person")
            .field("name", &self.name.as_ref().map(|_| "***"))
            .field("birth_date", &self.birth_date.map(|_| "****-**-**"))
            .field("card", &self.card)
            .field("phone", &self.phone)
            .field("saved_pdf", &self.saved_pdf)
            .field("notice", &self.notice)
            .field("certificate", &self.certificate)
            .field("legacy_card", &self.legacy_card)
            .field("insurance_changed_on", &self.insurance_changed_on)
            .field("new_insurer_registered", &self.new_insurer_registered)
            .field("limit_certificate", &self.limit_certificate)
            .field("elderly_income_general", &self.elderly_income_general)
            .field("subsidy_card", &self.subsidy_card)
            .finish()
    }
}

/// Facts about the My Number card (マイナンバーカード) and its user certificate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CardFacts {
    /// Card body expiry (カードの有効期限, R-CARD-1); `None` when not known (a card read over NFC
    /// may not expose it without a PIN): card-body rules are then skipped, never guessed.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub expires: Option<JapanDate>,
    /// Expiry of the user certificate (利用者証明用電子証明書の有効期限, R-ECERT-1).
    pub ecert_expires: JapanDate,
    /// Registered for insurance use (健康保険証利用登録), i.e. a マイナ保険証.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub insurance_registered: bool,
    /// Consecutive wrong 4-digit PIN entries since the last success (暗証番号の連続誤り回数, R-PIN-1);
    /// `None` (or omitted) when unknown.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub pin_failures: Option<u32>,
    /// Last four digits of the My Number (個人番号の下4桁); never all twelve (R-NUM-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub last4: Option<Last4>,
    /// R-OWNER-1 found it is not this person's and the user has not confirmed it (持ち主の不一致):
    /// it counts as not held.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub owner_mismatch: bool,
}

/// The person's smartphone (スマートフォン).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Phone {
    /// The マイナポータル app is installed and logged in, so its eligibility screen can be shown.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub mynaportal_app: bool,
    /// The smartphone certificate (スマホ用電子証明書) is set up: the phone works as a マイナ保険証
    /// at readers that support it and logs in to マイナポータル (R-PHONE-1, R-PORTAL-1).
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub smartphone_card: bool,
}

/// The Mynaportal eligibility PDF (マイナポータル 医療保険の資格情報, R-DOC-1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SavedPdf {
    /// When it was saved (保存日時): the facts are as of that day.
    pub saved_at: JapanDate,
    /// Expiry of the printed co-payment ratio (一部負担金割合の有効期限), 70+ only (R-AGE-70).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub share_ratio_expires: Option<JapanDate>,
    /// R-OWNER-1 found it is not this person's and the user has not confirmed it (持ち主の不一致):
    /// it counts as not held.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub owner_mismatch: bool,
}

/// The paper eligibility notice (資格情報のお知らせ, R-DOC-2).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Notice {
    /// Issue date (交付年月日).
    pub issued: JapanDate,
    /// Expiry of the printed co-payment ratio (負担割合の有効期限), 70+ only (R-AGE-70).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub share_ratio_expires: Option<JapanDate>,
    /// Last four digits of the My Number as printed by some insurers (R-DOC-4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub last4: Option<Last4>,
    /// The date it is valid from (資格取得年月日 or 適用開始年月日), when printed: not valid before
    /// it, and it (not the issue date) decides whether it predates the 75th birthday or a change
    /// of insurer (R-AGE-75, R-CHANGE-1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub valid_from: Option<JapanDate>,
    /// R-OWNER-1 found it is not this person's and the user has not confirmed it (持ち主の不一致):
    /// it counts as not held.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub owner_mismatch: bool,
}

/// The eligibility certificate (資格確認書, R-KAKU-1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Certificate {
    /// Expiry set by the insurer (有効期限).
    pub expires: JapanDate,
    /// Only a copy is held (写し): valid for school trips and nurseries, not at a clinic.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub copy_only: bool,
    /// The date it is valid from (資格取得年月日 or 適用開始年月日), when printed: not valid before
    /// it, and it (not the issue date) decides whether it predates the 75th birthday or a change
    /// of insurer (R-AGE-75, R-CHANGE-1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub valid_from: Option<JapanDate>,
    /// The high-cost limit category (限度額適用区分) is printed on it (R-LIMIT-1).
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub limit_category: bool,
    /// R-OWNER-1 found it is not this person's and the user has not confirmed it (持ち主の不一致):
    /// it counts as not held.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub owner_mismatch: bool,
}

/// The old health insurance card (健康保険証, R-LEGACY-1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LegacyCard {
    /// Expiry printed on the card (有効期限).
    pub expires: JapanDate,
    /// R-OWNER-1 found it is not this person's and the user has not confirmed it (持ち主の不一致):
    /// it counts as not held.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub owner_mismatch: bool,
}

/// The high-cost care limit certificate (限度額適用認定証, R-LIMIT-1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LimitCertificate {
    /// Expiry (有効期限).
    pub expires: JapanDate,
    /// Issue date (交付年月日), when known: one issued before a change of insurer is void
    /// (R-CHANGE-1).
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub issued: Option<JapanDate>,
    /// R-OWNER-1 found it is not this person's and the user has not confirmed it (持ち主の不一致):
    /// it counts as not held.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub owner_mismatch: bool,
}

/// A municipal medical subsidy card (医療証・受給者証, R-SUBSIDY-1): shown with the insurance proof,
/// never a proof itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SubsidyCard {
    /// Expiry (有効期限); `None`: valid with no known end.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub expires: Option<JapanDate>,
    /// The municipality has linked it to the マイナ保険証 (マイナ保険証との連携): the reader reads the
    /// subsidy too, at connected facilities while the reader works.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub linked_to_card: bool,
    /// Which subsidy it is.
    #[serde(default)]
    pub kind: SubsidyKind,
    /// R-OWNER-1 found it is not this person's and the user has not confirmed it (持ち主の不一致):
    /// it counts as not held.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub owner_mismatch: bool,
}

/// The kind of municipal medical subsidy (医療費助成の種類, R-SUBSIDY-1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SubsidyKind {
    /// 子ども医療費助成 (乳幼児・子ども医療証).
    Child,
    /// ひとり親家庭等医療費助成.
    SingleParent,
    /// 重度心身障害者医療費助成.
    Disability,
    /// Any other municipal subsidy.
    #[default]
    Other,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_field_and_never_echo_the_value() {
        let err = Scenario::from_json(
            r#"{"today":"2026-11-21","visit":"clinic","person":{"card":{"expires":"2031-01-01","ecert_expires":"2030-02-30"}}}"#,
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "scenario field `person.card.ecert_expires`: not a valid date (expected YYYY-MM-DD between 1868-01-01 and 9999-12-31)");
        let err = Scenario::from_json(
            r#"{"today":"2026-11-21","visit":"clinic","person":{"birth_date":19520229}}"#,
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("scenario field `person.birth_date`: wrong type or value, expected"),
            "{err}"
        );
        assert!(!err.to_string().contains("19520229"));
        let err = Scenario::from_json(r#"{"today":"2026-11-21","visit":"clinic","person":{"card":{"expires":"2031-01-01","ecert_expires":"2030-01-01","last4":"123456789018"}}}"#).unwrap_err();
        assert!(
            err.to_string().contains("never stored") && !err.to_string().contains("9018"),
            "{err}"
        );
    }

    #[test]
    fn debug_output_masks_the_date_of_birth() {
        let person: Person = serde_json::from_str(r#"{"birth_date":"1952-02-29"}"#).unwrap();
        let shown = format!("{person:?}");
        assert!(
            !shown.contains("1952") && shown.contains("****-**-**"),
            "{shown}"
        );
    }

    #[test]
    fn syntax_errors_give_a_position() {
        assert_eq!(
            Scenario::from_json("{\n  \"today\": ").unwrap_err(),
            ScenarioError::Syntax {
                line: 2,
                column: 11
            }
        );
        assert!(matches!(
            Scenario::from_json(r#"{"today":"2026-11-21","visit":"clinic","person":{}} x"#),
            Err(ScenarioError::Syntax { .. })
        ));
    }

    #[test]
    fn unknown_visits_and_fields_are_refused() {
        let err = Scenario::from_json(r#"{"today":"2026-11-21","visit":"hospital","person":{}}"#)
            .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("scenario field `visit`: unknown variant `hospital`"),
            "{err}"
        );
        let err = Scenario::from_json(
            r#"{"today":"2026-11-21","visit":"clinic","person":{"nickname":"x"}}"#,
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("unknown field `nickname`"),
            "{err}"
        );
    }
}

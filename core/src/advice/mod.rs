//! The central decision (`docs/contracts/advice.md`): from a [`Scenario`], what to carry, whether the
//! person is covered, what to watch out for, which dates matter and what happens at the counter.
//!
//! [`advise`] is a pure function: no clock, no storage, no I/O. The same scenario always gives the
//! same advice, on every platform.

mod alerts;
mod carry;
mod deadlines;
mod held;

use serde::Serialize;

use crate::dates::JapanDate;
use crate::rules::Rule;
use crate::scenario::Scenario;
use held::Derived;

/// The advice for one visit (受診時の案内).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Advice {
    /// What the person holds is enough to be seen at the normal co-payment in this situation.
    pub covered: bool,
    /// What to carry; required items first.
    pub carry: Vec<CarryItem>,
    /// What to watch out for; critical first.
    pub alerts: Vec<Alert>,
    /// Every date that applies to the person, past or future, by date.
    pub deadlines: Vec<Deadline>,
    /// What happens at the counter, in order; empty where nothing is shown at a reader.
    pub steps: Vec<Step>,
}

/// One thing to take along (持ち物).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CarryItem {
    /// The document.
    pub item: Item,
    /// How much it is needed.
    pub need: Need,
    /// For [`Need::OneOf`]: the group of which at least one item must be carried.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<Group>,
    /// A copy or printout is accepted (school trips and nurseries only, R-SCHOOL-1).
    pub copy_ok: bool,
}

/// A document a person can carry (持参する書類). Codes are stable API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Item {
    /// The My Number card used as an insurance card (マイナ保険証).
    Mynacard,
    /// The Mynaportal PDF (医療保険の資格情報), on the phone or printed.
    SavedPdf,
    /// The live マイナポータル eligibility screen (資格情報画面).
    MynaportalScreen,
    /// The eligibility notice or its cut-out (資格情報のお知らせ).
    Notice,
    /// The eligibility certificate (資格確認書).
    Certificate,
    /// The old health insurance card (健康保険証).
    LegacyCard,
    /// The phone with the smartphone certificate (スマホ用電子証明書, R-PHONE-1).
    Smartphone,
    /// The municipal medical subsidy card (医療証), or its copy on trips (R-SUBSIDY-1).
    SubsidyCard,
    /// The high-cost care limit certificate (限度額適用認定証, R-LIMIT-1).
    LimitCertificate,
}

impl Item {
    /// Every item, for exhaustive checks.
    pub const ALL: [Item; 9] = [
        Item::Mynacard,
        Item::SavedPdf,
        Item::MynaportalScreen,
        Item::Notice,
        Item::Certificate,
        Item::LegacyCard,
        Item::Smartphone,
        Item::SubsidyCard,
        Item::LimitCertificate,
    ];
}

/// How much an item is needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Need {
    /// Carry it.
    Required,
    /// Carry at least one item of the same group.
    OneOf,
    /// Worth carrying, not needed.
    Recommended,
}

impl Need {
    /// Every level of need, for exhaustive checks.
    pub const ALL: [Need; 3] = [Need::Required, Need::OneOf, Need::Recommended];
}

/// A group of interchangeable items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Group {
    /// Shown together with the card when it cannot be checked online (R-DOC-3).
    WithCard,
    /// Left with the teacher or nursery (R-SCHOOL-1).
    ForTeacher,
}

/// Something to watch out for (注意事項).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Alert {
    /// What it is about. Codes are stable API.
    pub code: AlertCode,
    /// How urgent.
    pub severity: Severity,
    /// The date the alert is about, where there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<JapanDate>,
    /// The rule it comes from (`docs/rules.md`), for maintainers: never shown to people.
    pub rule: Rule,
    /// The document the alert names, where it names one (`turning_75`: the one mailed the month
    /// before the birthday).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<Item>,
}

/// How urgent an alert is; sorts critical first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Severity {
    /// The person will not be seen normally unless they act.
    Critical,
    /// Act soon.
    Warning,
    /// Good to know.
    Info,
}

/// Alert codes (`advice.md`, "Alert codes"). Stable API: add, never rename.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum AlertCode {
    /// The user certificate can be renewed now (更新期間).
    EcertRenewalWindow,
    /// The user certificate has expired; the card works until the grace end (R-ECERT-3).
    EcertGrace,
    /// The grace has ended: registration cancelled; renew and register again.
    EcertLapsed,
    /// The card body expires within 3 months.
    CardExpiring,
    /// The card body has expired.
    CardExpired,
    /// The card is not registered as an insurance card.
    NotRegistered,
    /// The card can be registered at this clinic's reader.
    RegisterAtReader,
    /// One more wrong PIN locks the card's 4-digit PIN.
    PinLastTry,
    /// The 4-digit PIN is locked: use face recognition; reset at the city office or by app and kiosk.
    PinLocked,
    /// The 資格確認書 expires within 60 days.
    CertificateExpiring,
    /// The 資格確認書 has expired.
    CertificateExpired,
    /// A legacy card is held but no longer valid.
    LegacyCardExpired,
    /// The saved PDF is more than a year old.
    SnapshotStale,
    /// The printed co-payment ratio expires within 30 days.
    ShareRatioExpiring,
    /// The printed co-payment ratio has expired.
    ShareRatioExpired,
    /// The 75th birthday is within 60 days.
    #[serde(rename = "turning_75")]
    Turning75,
    /// A held PDF or notice predates the 75th birthday and is void.
    #[serde(rename = "documents_void_after_75")]
    DocumentsVoidAfter75,
    /// The last 4 digits on the notice differ from the card's: contact the insurer.
    Last4Mismatch,
    /// A backup is needed and none is held.
    NoBackup,
    /// School trip or nursery: no PDF or notice to leave with the teacher.
    PreparePdf,
    /// Nothing accepted is held: full cost now, refund claim later.
    NoValidProof,
    /// The PIN failure count is unknown and a PIN may be needed.
    PinUnknown,
    /// A held document predates the change of insurer and is void (R-CHANGE-1).
    DocumentsVoidAfterChange,
    /// The new insurer's registration is not known to be done (R-CHANGE-1).
    NewInsurerPending,
    /// Hospital stay: agree at the reader to share the high-cost limit (R-LIMIT-1).
    LimitByConsent,
    /// Hospital stay with a 資格確認書: ask the insurer for a 限度額適用認定証 (R-LIMIT-1).
    ApplyLimitCertificate,
    /// The 医療証 expires within 30 days (R-SUBSIDY-1).
    SubsidyCardExpiring,
    /// The 医療証 has expired: ask the municipality for the new one (R-SUBSIDY-1).
    SubsidyCardExpired,
    /// A held document is not this person's (R-OWNER-1).
    DocumentNotTheirs,
}

impl AlertCode {
    /// The severity and source rule of each code, in one table (`advice.md`, "Alert codes").
    pub fn severity_and_rule(self) -> (Severity, Rule) {
        use AlertCode::*;
        use Severity::*;
        match self {
            EcertRenewalWindow => (Warning, Rule::Ecert2),
            EcertGrace => (Warning, Rule::Ecert3),
            EcertLapsed => (Critical, Rule::Ecert3),
            CardExpiring => (Warning, Rule::Card1),
            CardExpired => (Critical, Rule::Card1),
            NotRegistered => (Info, Rule::Kaku1),
            RegisterAtReader => (Info, Rule::Visit1),
            PinLastTry => (Warning, Rule::Pin1),
            PinLocked => (Warning, Rule::Pin2),
            CertificateExpiring => (Warning, Rule::Kaku1),
            CertificateExpired => (Critical, Rule::Kaku1),
            LegacyCardExpired => (Info, Rule::Legacy1),
            SnapshotStale => (Info, Rule::Doc1),
            ShareRatioExpiring | ShareRatioExpired => (Warning, Rule::Age70),
            Turning75 | DocumentsVoidAfter75 => (Warning, Rule::Age75),
            Last4Mismatch => (Critical, Rule::Doc4),
            NoBackup => (Critical, Rule::Visit2),
            PreparePdf => (Critical, Rule::School1),
            NoValidProof => (Critical, Rule::Fallback1),
            PinUnknown => (Info, Rule::Pin1),
            DocumentsVoidAfterChange => (Warning, Rule::Change1),
            NewInsurerPending => (Critical, Rule::Change1),
            LimitByConsent => (Info, Rule::Limit1),
            ApplyLimitCertificate => (Warning, Rule::Limit1),
            SubsidyCardExpiring => (Warning, Rule::Subsidy1),
            SubsidyCardExpired => (Info, Rule::Subsidy1),
            DocumentNotTheirs => (Critical, Rule::Owner1),
        }
    }

    /// Every alert code, for exhaustive checks (texts, tests).
    pub const ALL: [AlertCode; 29] = {
        use AlertCode::*;
        [
            EcertRenewalWindow,
            EcertGrace,
            EcertLapsed,
            CardExpiring,
            CardExpired,
            NotRegistered,
            RegisterAtReader,
            PinLastTry,
            PinLocked,
            CertificateExpiring,
            CertificateExpired,
            LegacyCardExpired,
            SnapshotStale,
            ShareRatioExpiring,
            ShareRatioExpired,
            Turning75,
            DocumentsVoidAfter75,
            Last4Mismatch,
            NoBackup,
            PreparePdf,
            NoValidProof,
            PinUnknown,
            DocumentsVoidAfterChange,
            NewInsurerPending,
            LimitByConsent,
            ApplyLimitCertificate,
            SubsidyCardExpiring,
            SubsidyCardExpired,
            DocumentNotTheirs,
        ]
    };
}

impl Alert {
    fn new(code: AlertCode, date: Option<JapanDate>) -> Self {
        let (severity, rule) = code.severity_and_rule();
        Alert {
            code,
            severity,
            date,
            rule,
            document: None,
        }
    }
}

/// A date that matters to the person (期限).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Deadline {
    /// Which date it is.
    pub kind: DeadlineKind,
    /// The date.
    pub date: JapanDate,
}

/// Deadline kinds (`advice.md`, "Deadline kinds"). Stable API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DeadlineKind {
    /// Card body expiry (R-CARD-1).
    CardExpiry,
    /// First day the user certificate can be renewed (R-ECERT-2).
    EcertRenewalOpens,
    /// User certificate expiry (R-ECERT-1).
    EcertExpiry,
    /// Last day of the grace after certificate expiry (R-ECERT-3).
    EcertGraceEnds,
    /// 資格確認書 expiry (R-KAKU-1).
    CertificateExpiry,
    /// Expiry of a printed co-payment ratio (R-AGE-70).
    ShareRatioExpiry,
    /// 高齢受給者 status starts (R-AGE-70).
    ElderlyStatusStarts,
    /// The 75th birthday (R-AGE-75).
    #[serde(rename = "turns_75")]
    Turns75,
    /// Last day the legacy card could be used (R-LEGACY-1).
    LegacyCardEnd,
    /// Expiry of the municipal 医療証 (R-SUBSIDY-1).
    SubsidyCardExpiry,
}

impl DeadlineKind {
    /// Every deadline kind, for exhaustive checks.
    pub const ALL: [DeadlineKind; 10] = [
        DeadlineKind::CardExpiry,
        DeadlineKind::EcertRenewalOpens,
        DeadlineKind::EcertExpiry,
        DeadlineKind::EcertGraceEnds,
        DeadlineKind::CertificateExpiry,
        DeadlineKind::ShareRatioExpiry,
        DeadlineKind::ElderlyStatusStarts,
        DeadlineKind::Turns75,
        DeadlineKind::LegacyCardEnd,
        DeadlineKind::SubsidyCardExpiry,
    ];
}

/// What happens at the counter (受付での手順). Stable API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Step {
    /// Place the card on the reader.
    PlaceCard,
    /// Face recognition or the 4-digit PIN.
    Authenticate,
    /// Consent screens: medication history; high-cost care limit.
    Consent,
    /// Show the card together with a backup to the staff.
    ShowBackup,
    /// Show the 資格確認書.
    ShowCertificate,
    /// Leave the documents with the teacher or nursery beforehand.
    LeaveWithTeacher,
    /// Show the card to the staff, who check it by eye (the reader is down).
    ShowCard,
}

impl Step {
    /// Every step, for exhaustive checks.
    pub const ALL: [Step; 7] = [
        Step::PlaceCard,
        Step::Authenticate,
        Step::Consent,
        Step::ShowBackup,
        Step::ShowCertificate,
        Step::LeaveWithTeacher,
        Step::ShowCard,
    ];
}

/// Decides what the person must carry and watch out for on this visit (`advice.md`).
pub fn advise(scenario: &Scenario) -> Advice {
    let derived = Derived::of(scenario);
    let plan = carry::plan(&derived);
    let mut alerts = alerts::standing(&derived);
    alerts.extend(plan.alerts);
    // R-PIN-1: an unknown count matters only where a PIN may be asked for.
    let pin_unknown = derived
        .card()
        .is_some_and(|card| card.pin_failures.is_none());
    if pin_unknown && plan.steps.contains(&Step::Authenticate) {
        alerts.push(Alert::new(AlertCode::PinUnknown, None));
    }
    alerts.sort_by_key(|alert| (alert.severity, alert.code, alert.date));
    Advice {
        covered: plan.covered,
        carry: plan.carry,
        alerts,
        deadlines: deadlines::of(&derived),
        steps: plan.steps,
    }
}

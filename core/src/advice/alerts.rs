//! Alerts that hold whatever the visit: expiries, PIN state, stale or void documents, mismatched
//! numbers, a change of insurer, documents that are not the person's (`docs/contracts/advice.md`,
//! "Alert codes"). Visit-specific alerts come from `carry`.

use super::held::Derived;
use super::{Alert, AlertCode, Item};
use crate::dates::JapanDate;
use crate::expiry::{ecert_grace_end, ecert_renewal_opens, legacy_card_end};
use crate::numbers::Last4Check;
use crate::pin::PinKind;
use crate::scenario::CardFacts;

/// 資格確認書 expiry warning lead (within 60 days).
const CERTIFICATE_LEAD_DAYS: i64 = 60;
/// Co-payment ratio expiry warning lead (within 30 days, R-AGE-70).
const SHARE_RATIO_LEAD_DAYS: i64 = 30;
/// 医療証 expiry warning lead (0–30 days inclusive, R-SUBSIDY-1).
const SUBSIDY_LEAD_DAYS: i64 = 30;
/// Warning lead before the 75th birthday (within 60 days, R-AGE-75).
const TURNING_75_LEAD_DAYS: i64 = 60;
/// A saved PDF older than this is stale (more than 365 days).
const SNAPSHOT_STALE_DAYS: i64 = 365;
/// Card body expiry warning lead in months (within 3 months, R-CARD-1, R-ECERT-4).
const CARD_LEAD_MONTHS: i32 = 3;
/// From this date the 広域連合 mail a 資格確認書 only to people aged 85+ or without a usable card,
/// a 資格情報のお知らせ to the others (R-AGE-75, R-KAKU-1).
const NOTICE_FOR_NEW_75_FROM: (i32, u32, u32) = (2026, 8, 1);

/// The alerts that follow from what the person holds, unordered.
pub(super) fn standing(derived: &Derived) -> Vec<Alert> {
    let mut alerts = Vec::new();
    let today = derived.today;
    if let Some(card) = derived.card() {
        card_alerts(derived, card, &mut alerts);
    }
    let mut add = |code: AlertCode, date: Option<JapanDate>| alerts.push(Alert::new(code, date));

    // R-KAKU-1
    if let Some(certificate) = derived.certificate(true) {
        if today > certificate.expires {
            add(AlertCode::CertificateExpired, Some(certificate.expires));
        } else if today.days_until(certificate.expires) <= CERTIFICATE_LEAD_DAYS {
            add(AlertCode::CertificateExpiring, Some(certificate.expires));
        }
    }
    // R-LEGACY-1
    if let Some(legacy) = derived.legacy_card() {
        let end = legacy_card_end(legacy.expires);
        if today > end {
            add(AlertCode::LegacyCardExpired, Some(end));
        }
    }
    // R-DOC-1: the PDF states the facts as of the day it was saved.
    if let Some(pdf) = derived.pdf(true) {
        if pdf.saved_at.days_until(today) > SNAPSHOT_STALE_DAYS {
            add(AlertCode::SnapshotStale, Some(pdf.saved_at));
        }
    }
    // R-AGE-70: one alert per distinct printed expiry the 75th birthday does not supersede.
    for expires in share_ratio_expiries(derived) {
        if today > expires {
            add(AlertCode::ShareRatioExpired, Some(expires));
        } else if today.days_until(expires) <= SHARE_RATIO_LEAD_DAYS {
            add(AlertCode::ShareRatioExpiring, Some(expires));
        }
    }
    // R-AGE-75
    if let Some(birthday) = derived.turns_75 {
        if derived.any_void_at_75() {
            add(AlertCode::DocumentsVoidAfter75, Some(birthday));
        }
    }
    // R-CHANGE-1
    if let Some(change) = derived.change {
        if derived.any_void_by_change() {
            add(AlertCode::DocumentsVoidAfterChange, Some(change));
        }
        if derived.new_insurer_pending() {
            add(AlertCode::NewInsurerPending, Some(change));
        }
    }
    // R-SUBSIDY-1
    if let Some(expires) = derived.subsidy_card().and_then(|card| card.expires) {
        if today > expires {
            add(AlertCode::SubsidyCardExpired, Some(expires));
        } else if today.days_until(expires) <= SUBSIDY_LEAD_DAYS {
            add(AlertCode::SubsidyCardExpiring, Some(expires));
        }
    }
    // R-OWNER-1: one alert, whichever documents are not theirs.
    if derived.any_not_theirs() {
        add(AlertCode::DocumentNotTheirs, None);
    }
    if let Some(turning) = turning_75(derived) {
        alerts.push(turning);
    }
    alerts
}

/// The card's own alerts: body first, then the certificate, registration, PIN and last digits.
fn card_alerts(derived: &Derived, card: &CardFacts, alerts: &mut Vec<Alert>) {
    let mut add = |code: AlertCode, date: Option<JapanDate>| alerts.push(Alert::new(code, date));
    let today = derived.today;
    // R-CARD-1, R-ECERT-4: an expired card body is unusable and its certificate gets no alert.
    if let Some(expires) = card.expires.filter(|_| derived.body_expired(card)) {
        add(AlertCode::CardExpired, Some(expires));
    } else {
        if let Some(expires) = card.expires {
            if today >= expires.add_months(-CARD_LEAD_MONTHS) {
                add(AlertCode::CardExpiring, Some(expires));
            }
        }
        // R-ECERT-2, R-ECERT-3; none when the certificate ends with the card (R-ECERT-4).
        if !Derived::ends_with_card(card) {
            let grace_end = ecert_grace_end(card.ecert_expires);
            if today >= ecert_renewal_opens(card.ecert_expires) && today <= card.ecert_expires {
                add(AlertCode::EcertRenewalWindow, Some(card.ecert_expires));
            } else if today > card.ecert_expires && today <= grace_end {
                add(AlertCode::EcertGrace, Some(grace_end));
            } else if today > grace_end && card.insurance_registered {
                add(AlertCode::EcertLapsed, Some(grace_end));
            }
        }
    }
    if !card.insurance_registered {
        add(AlertCode::NotRegistered, None);
    }
    // R-PIN-1, R-PIN-2: `pin_failures` counts the reader's 4-digit PIN; unknown raises nothing
    // here (`pin_unknown` depends on the counter steps).
    if let Some(failures) = card.pin_failures {
        let limit = PinKind::UserCertificate.lockout_limit();
        if failures >= limit {
            add(AlertCode::PinLocked, None);
        } else if failures + 1 == limit {
            add(AlertCode::PinLastTry, None);
        }
    }
    // R-DOC-4
    let notice_last4 = derived
        .notice(true)
        .and_then(|notice| notice.last4.as_ref());
    if let (Some(on_card), Some(on_notice)) = (&card.last4, notice_last4) {
        if on_notice.check_against_card(on_card) == Last4Check::Mismatch {
            add(AlertCode::Last4Mismatch, None);
        }
    }
}

/// `turning_75` in the 60 days before the birthday, naming the document the 広域連合 mails the
/// month before (R-AGE-75).
fn turning_75(derived: &Derived) -> Option<Alert> {
    let birthday = derived.turns_75?;
    let days_left = derived.today.days_until(birthday);
    if !(1..=TURNING_75_LEAD_DAYS).contains(&days_left) {
        return None;
    }
    let (y, m, d) = NOTICE_FOR_NEW_75_FROM;
    let mailed = birthday.add_months(-1);
    let notices_from = JapanDate::from_ymd(y, m, d).unwrap_or(JapanDate::MAX);
    let document = if mailed >= notices_from && derived.usable_card().is_some() {
        Item::Notice
    } else {
        Item::Certificate
    };
    let mut alert = Alert::new(AlertCode::Turning75, Some(birthday));
    alert.document = Some(document);
    Some(alert)
}

/// The distinct co-payment ratio expiries printed on the documents that count, earliest first,
/// less those the 75th birthday supersedes: on a document dated before the birthday, an expiry on
/// or after the day before it (R-AGE-75, R-AGE-70).
pub(super) fn share_ratio_expiries(derived: &Derived) -> Vec<JapanDate> {
    let printed = [
        derived
            .pdf(true)
            .and_then(|pdf| Some((pdf.saved_at, pdf.share_ratio_expires?))),
        derived
            .notice(true)
            .and_then(|n| Some((Derived::notice_date(n), n.share_ratio_expires?))),
    ];
    let superseded = |(dated, expires): &(JapanDate, JapanDate)| {
        derived
            .turns_75
            .is_some_and(|birthday| *dated < birthday && *expires >= birthday.add_days(-1))
    };
    let mut dates: Vec<JapanDate> = printed
        .into_iter()
        .flatten()
        .filter(|printed| !superseded(printed))
        .map(|(_, expires)| expires)
        .collect();
    dates.sort();
    dates.dedup();
    dates
}

//! Alerts that hold whatever the visit: expiries, PIN state, stale or void documents, mismatched
//! numbers (`shared/spec/advice.md`, "Alert codes"). Visit-specific alerts come from `carry`.

use super::{Alert, AlertCode, Derived};
use crate::dates::JapanDate;
use crate::expiry::{ecert_grace_end, ecert_renewal_opens, legacy_card_end};
use crate::numbers::Last4Check;
use crate::pin::PinKind;

/// 資格確認書 expiry warning lead (`advice.md`: within 60 days).
const CERTIFICATE_LEAD_DAYS: i64 = 60;
/// Co-payment ratio expiry warning lead (`advice.md`: within 30 days, R-AGE-70).
const SHARE_RATIO_LEAD_DAYS: i64 = 30;
/// Warning lead before the 75th birthday (`advice.md`: within 60 days, R-AGE-75).
const TURNING_75_LEAD_DAYS: i64 = 60;
/// A saved PDF older than this is stale (`advice.md`: more than 365 days).
const SNAPSHOT_STALE_DAYS: i64 = 365;
/// Card body expiry warning lead in months (`advice.md`: within 3 months, R-CARD-1).
const CARD_LEAD_MONTHS: i32 = 3;

/// The alerts that follow from what the person holds, unordered.
pub(super) fn standing(derived: &Derived) -> Vec<Alert> {
    let mut alerts = Vec::new();
    let mut add = |code: AlertCode, date: Option<JapanDate>| alerts.push(Alert::new(code, date));
    let today = derived.today;
    let person = &derived.scenario.person;

    if let Some(card) = &person.card {
        let grace_end = ecert_grace_end(card.ecert_expires);
        // R-ECERT-2, R-ECERT-3
        if today >= ecert_renewal_opens(card.ecert_expires) && today <= card.ecert_expires {
            add(AlertCode::EcertRenewalWindow, Some(card.ecert_expires));
        } else if today > card.ecert_expires && today <= grace_end {
            add(AlertCode::EcertGrace, Some(grace_end));
        } else if today > grace_end {
            add(AlertCode::EcertLapsed, Some(grace_end));
        }
        // R-CARD-1
        if let Some(expires) = card.expires {
            if today > expires {
                add(AlertCode::CardExpired, Some(expires));
            } else if today >= expires.add_months(-CARD_LEAD_MONTHS) {
                add(AlertCode::CardExpiring, Some(expires));
            }
        }
        if !card.insurance_registered {
            add(AlertCode::NotRegistered, None);
        }
        // R-PIN-1, R-PIN-2: `pin_failures` counts the reader's 4-digit PIN.
        let limit = PinKind::UserCertificate.lockout_limit();
        let failures = card.pin_failures.unwrap_or(0);
        if failures >= limit {
            add(AlertCode::PinLocked, None);
        } else if failures + 1 == limit {
            add(AlertCode::PinLastTry, None);
        }
        // R-DOC-4
        let notice_last4 = person
            .notice
            .as_ref()
            .and_then(|notice| notice.last4.as_ref());
        if let (Some(on_card), Some(on_notice)) = (&card.last4, notice_last4) {
            if on_notice.check_against_card(on_card) == Last4Check::Mismatch {
                add(AlertCode::Last4Mismatch, None);
            }
        }
    }

    // R-KAKU-1
    if let Some(certificate) = &person.certificate {
        if today > certificate.expires {
            add(AlertCode::CertificateExpired, Some(certificate.expires));
        } else if today.days_until(certificate.expires) <= CERTIFICATE_LEAD_DAYS {
            add(AlertCode::CertificateExpiring, Some(certificate.expires));
        }
    }

    // R-LEGACY-1
    if let Some(legacy) = &person.legacy_card {
        let end = legacy_card_end(legacy.expires);
        if today > end {
            add(AlertCode::LegacyCardExpired, Some(end));
        }
    }

    // R-DOC-1: the PDF states the facts as of the day it was saved.
    if let Some(pdf) = &person.saved_pdf {
        if pdf.saved_at.days_until(today) > SNAPSHOT_STALE_DAYS {
            add(AlertCode::SnapshotStale, Some(pdf.saved_at));
        }
    }

    // R-AGE-70: one alert per distinct printed expiry.
    for expires in share_ratio_expiries(person) {
        if today > expires {
            add(AlertCode::ShareRatioExpired, Some(expires));
        } else if today.days_until(expires) <= SHARE_RATIO_LEAD_DAYS {
            add(AlertCode::ShareRatioExpiring, Some(expires));
        }
    }

    // R-AGE-75
    if let Some(birthday) = derived.turns_75 {
        let days_left = today.days_until(birthday);
        if (1..=TURNING_75_LEAD_DAYS).contains(&days_left) {
            add(AlertCode::Turning75, Some(birthday));
        }
        let dated = [
            person.saved_pdf.as_ref().map(|p| p.saved_at),
            person.notice.as_ref().map(|n| n.issued),
        ];
        if dated
            .into_iter()
            .flatten()
            .any(|on| !derived.document_current(on))
        {
            add(AlertCode::DocumentsVoidAfter75, Some(birthday));
        }
    }
    alerts
}

/// The distinct co-payment ratio expiries printed on the documents held, earliest first.
pub(super) fn share_ratio_expiries(person: &crate::scenario::Person) -> Vec<JapanDate> {
    let printed = [
        person
            .saved_pdf
            .as_ref()
            .and_then(|pdf| pdf.share_ratio_expires),
        person
            .notice
            .as_ref()
            .and_then(|notice| notice.share_ratio_expires),
    ];
    let mut dates: Vec<JapanDate> = printed.into_iter().flatten().collect();
    dates.sort();
    dates.dedup();
    dates
}

//! Every date that applies to a person, past or future, sorted (`shared/spec/advice.md`,
//! "Deadline kinds"). Reminders are built from these.

use super::alerts::share_ratio_expiries;
use super::{Deadline, DeadlineKind};
use crate::ages::{elderly_status_starts, turns_75};
use crate::expiry::{ecert_grace_end, ecert_renewal_opens, legacy_card_end};
use crate::scenario::Person;

/// The person's deadlines, by date (ties in [`DeadlineKind`] order).
pub(super) fn of(person: &Person) -> Vec<Deadline> {
    let mut deadlines = Vec::new();
    let mut add = |kind, date| deadlines.push(Deadline { kind, date });
    if let Some(card) = &person.card {
        if let Some(expires) = card.expires {
            add(DeadlineKind::CardExpiry, expires); // R-CARD-1
        }
        add(
            DeadlineKind::EcertRenewalOpens,
            ecert_renewal_opens(card.ecert_expires),
        ); // R-ECERT-2
        add(DeadlineKind::EcertExpiry, card.ecert_expires); // R-ECERT-1
        add(
            DeadlineKind::EcertGraceEnds,
            ecert_grace_end(card.ecert_expires),
        ); // R-ECERT-3
    }
    if let Some(certificate) = &person.certificate {
        add(DeadlineKind::CertificateExpiry, certificate.expires); // R-KAKU-1
    }
    for expires in share_ratio_expiries(person) {
        add(DeadlineKind::ShareRatioExpiry, expires); // R-AGE-70
    }
    if let Some(birth) = person.birth_date {
        add(
            DeadlineKind::ElderlyStatusStarts,
            elderly_status_starts(birth),
        ); // R-AGE-70
        add(DeadlineKind::Turns75, turns_75(birth)); // R-AGE-75
    }
    if let Some(legacy) = &person.legacy_card {
        add(DeadlineKind::LegacyCardEnd, legacy_card_end(legacy.expires)); // R-LEGACY-1
    }
    deadlines.sort_by_key(|deadline| (deadline.date, deadline.kind));
    deadlines
}

//! Every date that applies to a person, past or future, sorted (`docs/contracts/advice.md`,
//! "Deadline kinds"). Reminders are built from these. Documents that do not count (not theirs,
//! void) give no date; the age transitions only near them.

use super::alerts::share_ratio_expiries;
use super::held::Derived;
use super::{Deadline, DeadlineKind};
use crate::expiry::{ecert_grace_end, ecert_renewal_opens, legacy_card_end};

/// How far from an age transition its date is listed, in months (inclusive, same day of month).
const AGE_DATES_WITHIN_MONTHS: i32 = 12;

/// The person's deadlines, by date (ties in [`DeadlineKind`] order).
pub(super) fn of(derived: &Derived) -> Vec<Deadline> {
    let mut deadlines = Vec::new();
    let mut add = |kind, date| deadlines.push(Deadline { kind, date });
    if let Some(card) = derived.card() {
        if let Some(expires) = card.expires {
            add(DeadlineKind::CardExpiry, expires); // R-CARD-1
        }
        add(DeadlineKind::EcertExpiry, card.ecert_expires); // R-ECERT-1
                                                            // R-ECERT-4: a certificate that ends with the card has no renewal window or grace.
        if !Derived::ends_with_card(card) {
            let opens = ecert_renewal_opens(card.ecert_expires);
            add(DeadlineKind::EcertRenewalOpens, opens); // R-ECERT-2
            let grace = ecert_grace_end(card.ecert_expires);
            add(DeadlineKind::EcertGraceEnds, grace); // R-ECERT-3
        }
    }
    if let Some(certificate) = derived.certificate(false) {
        add(DeadlineKind::CertificateExpiry, certificate.expires); // R-KAKU-1
    }
    for expires in share_ratio_expiries(derived) {
        add(DeadlineKind::ShareRatioExpiry, expires); // R-AGE-70
    }
    let near = |date: crate::dates::JapanDate| {
        date.add_months(-AGE_DATES_WITHIN_MONTHS) <= derived.today
            && derived.today <= date.add_months(AGE_DATES_WITHIN_MONTHS)
    };
    if let Some(starts) = derived.elderly_status_starts().filter(|&d| near(d)) {
        add(DeadlineKind::ElderlyStatusStarts, starts); // R-AGE-70
    }
    if let Some(birthday) = derived.turns_75.filter(|&d| near(d)) {
        add(DeadlineKind::Turns75, birthday); // R-AGE-75
    }
    if let Some(legacy) = derived.legacy_card() {
        add(DeadlineKind::LegacyCardEnd, legacy_card_end(legacy.expires)); // R-LEGACY-1
    }
    if let Some(expires) = derived.subsidy_card().and_then(|card| card.expires) {
        add(DeadlineKind::SubsidyCardExpiry, expires); // R-SUBSIDY-1
    }
    deadlines.sort_by_key(|deadline| (deadline.date, deadline.kind));
    deadlines
}

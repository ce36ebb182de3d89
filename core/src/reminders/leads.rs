//! When to remind, for each kind of deadline, and why. Offsets are in days relative to the
//! deadline (negative: before it). The reasons are the product's, written for the next engineer.

use crate::advice::DeadlineKind;

/// The reminder offsets for a deadline kind, in days from the deadline.
pub(super) fn offsets(kind: DeadlineKind) -> &'static [i64] {
    match kind {
        // The renewal window opens (R-ECERT-2): say so on the day; city offices get busy near
        // expiry, so the earliest day is the best one to book.
        DeadlineKind::EcertRenewalOpens => &[0],
        // Certificate expiry (R-ECERT-1): a month to fit in a city-office visit, a week as the
        // last call before the grace starts.
        DeadlineKind::EcertExpiry => &[-30, -7],
        // End of the grace (R-ECERT-3): after it the registration is cancelled and the person
        // must register again; a month and a week ahead.
        DeadlineKind::EcertGraceEnds => &[-30, -7],
        // Card body expiry (R-CARD-1): a new card takes about a month to be made after the
        // application, so three months ahead, then one month.
        DeadlineKind::CardExpiry => &[-90, -30],
        // 資格確認書 expiry (R-KAKU-1): insurers mail the new one beforehand; two months matches the
        // `certificate_expiring` alert, two weeks is the time to phone the insurer if none came.
        DeadlineKind::CertificateExpiry => &[-60, -14],
        // Co-payment ratio expiry (R-AGE-70): a month ahead (the new ratio is mailed in July), and
        // the day after, when the saved PDF shows an outdated ratio and should be saved again.
        DeadlineKind::ShareRatioExpiry => &[-30, 1],
        // 高齢受給者 status (R-AGE-70): a month ahead, when the new notice is on its way.
        DeadlineKind::ElderlyStatusStarts => &[-30],
        // 75th birthday (R-AGE-75): two months ahead (matches the `turning_75` alert), and on the
        // day, when the old insurer's documents become void.
        DeadlineKind::Turns75 => &[-60, 0],
        // The legacy card ended on 2025-12-01 (R-LEGACY-1): nothing left to remind.
        DeadlineKind::LegacyCardEnd => &[],
        // 医療証 expiry (R-SUBSIDY-1): a month ahead, when the renewal is usually mailed.
        DeadlineKind::SubsidyCardExpiry => &[-30],
    }
}

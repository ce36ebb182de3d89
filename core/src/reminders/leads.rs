//! When to remind, for each kind of deadline, and why. Offsets are in days relative to the
//! deadline (negative: before it). The reasons are the product's, written for the next engineer.
//! A reminder that asks for a city-office visit says so, and fires on an office day (R-OFFICE-1).

use crate::advice::DeadlineKind;
use crate::dates::JapanDate;
use crate::office_days::{first_open_on_or_after, last_open_on_or_before};

/// Whether a reminder asks the user to go to the city office, and in which direction it moves to
/// an open day (R-OFFICE-1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Office {
    /// No office visit: fires on its own date.
    None,
    /// Go before a deadline: the last open day on or before the date.
    Before,
    /// A window opens: the first open day on or after the date.
    Opens,
}

/// One reminder lead: days from the deadline, and whether it is about an office visit.
#[derive(Clone, Copy, Debug)]
pub(super) struct Lead {
    pub days: i64,
    pub office: Office,
}

impl Lead {
    /// The day this lead fires for a deadline on `date`, moved to an office day where it asks
    /// for an office visit.
    pub fn fires_on(self, date: JapanDate) -> JapanDate {
        let raw = date.add_days(self.days);
        match self.office {
            Office::None => raw,
            Office::Before => last_open_on_or_before(raw),
            Office::Opens => first_open_on_or_after(raw),
        }
    }
}

/// The reminder leads for a deadline kind.
pub(super) fn leads(kind: DeadlineKind) -> &'static [Lead] {
    use Office::{Before, Opens};
    match kind {
        // The renewal window opens (R-ECERT-2): say so on the first office day; city offices get
        // busy near expiry, so the earliest day is the best one to book.
        DeadlineKind::EcertRenewalOpens => &[Lead {
            days: 0,
            office: Opens,
        }],
        // Certificate expiry (R-ECERT-1): a month to fit in a city-office visit, a week as the
        // last call before the grace starts.
        DeadlineKind::EcertExpiry => &[
            Lead {
                days: -30,
                office: Before,
            },
            Lead {
                days: -7,
                office: Before,
            },
        ],
        // End of the grace (R-ECERT-3): after it the registration is cancelled and the person
        // must register again; a month and a week ahead.
        DeadlineKind::EcertGraceEnds => &[
            Lead {
                days: -30,
                office: Before,
            },
            Lead {
                days: -7,
                office: Before,
            },
        ],
        // Card body expiry (R-CARD-1, R-ECERT-4): a new card can be applied for from about three
        // months before (J-LIS mails a notice then), and takes about a month to be made.
        DeadlineKind::CardExpiry => &[
            Lead {
                days: -90,
                office: Opens,
            },
            Lead {
                days: -30,
                office: Before,
            },
        ],
        // 資格確認書 expiry (R-KAKU-1): insurers mail the new one beforehand; two months matches the
        // `certificate_expiring` alert, two weeks is the time to phone the insurer if none came.
        DeadlineKind::CertificateExpiry => &[
            Lead {
                days: -60,
                office: Office::None,
            },
            Lead {
                days: -14,
                office: Office::None,
            },
        ],
        // Co-payment ratio expiry (R-AGE-70): a month ahead (the new ratio is mailed in July), and
        // the day after, when the saved PDF shows an outdated ratio and should be saved again.
        DeadlineKind::ShareRatioExpiry => &[
            Lead {
                days: -30,
                office: Office::None,
            },
            Lead {
                days: 1,
                office: Office::None,
            },
        ],
        // 高齢受給者 status (R-AGE-70): a month ahead, when the new notice is on its way.
        DeadlineKind::ElderlyStatusStarts => &[Lead {
            days: -30,
            office: Office::None,
        }],
        // 75th birthday (R-AGE-75): two months ahead (matches the `turning_75` alert), and on the
        // day, when the old insurer's documents become void and a new PDF can be saved.
        DeadlineKind::Turns75 => &[
            Lead {
                days: -60,
                office: Office::None,
            },
            Lead {
                days: 0,
                office: Office::None,
            },
        ],
        // The legacy card ended on 2025-12-01 (R-LEGACY-1): nothing left to remind.
        DeadlineKind::LegacyCardEnd => &[],
        // 医療証 expiry (R-SUBSIDY-1): a month ahead, when the municipality usually mails the new
        // one; the user only checks that it came.
        DeadlineKind::SubsidyCardExpiry => &[Lead {
            days: -30,
            office: Office::None,
        }],
    }
}

//! Expiry dates of the card and its user certificate, computed from issue dates (R-CARD-1,
//! R-ECERT-1, R-BDAY-1), and the dates that follow from a certificate's expiry (R-ECERT-2,
//! R-ECERT-3) or from the end of the legacy card (R-LEGACY-1).

use serde::{Deserialize, Serialize};

use crate::dates::{age_on, nth_birthday_after, JapanDate};

/// What is known when a card or certificate is issued (交付). Its `Debug` masks the date of birth.
#[derive(Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Issue {
    /// Date of issue (発行日).
    pub issued: JapanDate,
    /// The holder's date of birth (生年月日).
    pub birth: JapanDate,
    /// The date J-LIS received the application (申請日); the age test uses it (R-CARD-1).
    pub applied: JapanDate,
    /// The certificate was renewed inside the 3-month window before its expiry (R-ECERT-1).
    pub renewed_in_window: bool,
    /// The card's own expiry when only the certificate was reissued; it caps the certificate.
    /// With `renewed_in_window` it is never computed: without it the card's expiry is unknown.
    pub card_expires: Option<JapanDate>,
}

/// Why expiry dates could not be computed. Messages never repeat a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ExpiryError {
    /// The holder cannot be born after the card or certificate was applied for or issued.
    #[error("the date of birth is after the issue or application date")]
    BirthAfterIssue,
}

impl std::fmt::Debug for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Issue")
            .field("issued", &self.issued)
            .field("birth", &"****-**-**")
            .field("applied", &self.applied)
            .field("renewed_in_window", &self.renewed_in_window)
            .field("card_expires", &self.card_expires)
            .finish()
    }
}

/// The expiries that follow from an [`Issue`] (有効期限).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Expiry {
    /// Card body expiry (カードの有効期限); `None` when only the certificate was renewed and the
    /// card's expiry was not given (never invented).
    pub card_expires: Option<JapanDate>,
    /// User certificate expiry (利用者証明用電子証明書の有効期限).
    pub ecert_expires: JapanDate,
}

/// Since 2022-04-01 adults are 18; applications received before then used 20 (R-CARD-1).
const ADULT_AGE_FROM: (i32, u32, u32) = (2022, 4, 1);

/// Card and certificate expiry for an issue (R-CARD-1, R-ECERT-1, R-BDAY-1).
///
/// Card: the 10th birthday after issue for holders who were adults on the application date, else
/// the 5th. Certificate: the 5th birthday after issue (the 6th when renewed inside the window),
/// never later than the card. A certificate renewed inside the window keeps the card it is on:
/// its expiry is `issue.card_expires` or unknown. A birth after the issue is refused.
pub fn expiry(issue: Issue) -> Result<Expiry, ExpiryError> {
    if issue.birth > issue.issued || issue.birth > issue.applied {
        return Err(ExpiryError::BirthAfterIssue);
    }
    let adult_from = JapanDate::from_ymd(ADULT_AGE_FROM.0, ADULT_AGE_FROM.1, ADULT_AGE_FROM.2);
    let adult_age = if adult_from.is_ok_and(|from| issue.applied < from) {
        20
    } else {
        18
    };
    let card_years = if age_on(issue.birth, issue.applied) >= adult_age {
        10
    } else {
        5
    };
    let card_expires = if issue.renewed_in_window {
        issue.card_expires
    } else {
        Some(
            issue
                .card_expires
                .unwrap_or_else(|| nth_birthday_after(issue.birth, issue.issued, card_years)),
        )
    };
    let ecert_years = if issue.renewed_in_window { 6 } else { 5 };
    let ecert_alone = nth_birthday_after(issue.birth, issue.issued, ecert_years);
    let ecert_expires = card_expires.map_or(ecert_alone, |card| ecert_alone.min(card));
    Ok(Expiry {
        card_expires,
        ecert_expires,
    })
}

/// The first day a user certificate can be renewed: the same day of month three months before
/// expiry, clamped to the month end (R-ECERT-2).
pub fn ecert_renewal_opens(ecert_expires: JapanDate) -> JapanDate {
    ecert_expires.add_months(-3)
}

/// The last day an expired user certificate still works for the insurance check: the last day of
/// the 3rd month after the expiry month (R-ECERT-3: expiry in February → 31 May).
pub fn ecert_grace_end(ecert_expires: JapanDate) -> JapanDate {
    ecert_expires.add_months(3).month_end()
}

/// The last day a legacy card could be used: its printed expiry, and never after 2025-12-01
/// (R-LEGACY-1).
pub fn legacy_card_end(expires: JapanDate) -> JapanDate {
    match JapanDate::from_ymd(2025, 12, 1) {
        Ok(transition_end) => expires.min(transition_end),
        Err(_) => expires,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::date as d;

    fn issue(issued: &str, birth: &str) -> Issue {
        Issue {
            issued: d(issued),
            birth: d(birth),
            applied: d(issued),
            renewed_in_window: false,
            card_expires: None,
        }
    }

    #[test]
    fn adults_get_ten_birthdays_and_children_five() {
        let adult = expiry(issue("2026-01-15", "1980-05-10")).unwrap();
        assert_eq!(adult.card_expires, Some(d("2035-05-10")));
        assert_eq!(adult.ecert_expires, d("2030-05-10"));
        let child = expiry(issue("2026-01-15", "2015-05-10")).unwrap();
        assert_eq!(child.card_expires, Some(d("2030-05-10")));
        assert_eq!(child.ecert_expires, d("2030-05-10"));
    }

    #[test]
    fn the_age_test_uses_the_application_date_and_the_old_adult_age() {
        // 19 on the application date before 2022-04-01: still a minor under the old rule.
        let mut old = issue("2022-05-01", "2002-06-01");
        old.applied = d("2022-03-01");
        assert_eq!(expiry(old).unwrap().card_expires, Some(d("2026-06-01")));
        // The same person applying on 2022-04-01 is an adult.
        old.applied = d("2022-04-01");
        assert_eq!(expiry(old).unwrap().card_expires, Some(d("2031-06-01")));
        // Turning 18 the day after applying: five birthdays.
        let mut young = issue("2026-03-01", "2008-02-02");
        young.applied = d("2026-02-01");
        assert_eq!(expiry(young).unwrap().card_expires, Some(d("2031-02-02")));
    }

    #[test]
    fn renewal_in_window_runs_to_the_sixth_birthday_capped_by_the_card() {
        let mut renewed = issue("2026-03-01", "1980-05-10");
        renewed.renewed_in_window = true;
        renewed.card_expires = Some(d("2036-05-10"));
        assert_eq!(expiry(renewed).unwrap().ecert_expires, d("2031-05-10"));
        renewed.card_expires = Some(d("2030-01-01"));
        assert_eq!(expiry(renewed).unwrap().ecert_expires, d("2030-01-01"));
    }

    #[test]
    fn a_renewal_without_the_card_expiry_never_invents_one() {
        let mut renewed = issue("2026-03-01", "1980-05-10");
        renewed.renewed_in_window = true;
        let e = expiry(renewed).unwrap();
        assert_eq!(e.card_expires, None);
        assert_eq!(
            e.ecert_expires,
            d("2031-05-10"),
            "the sixth birthday, uncapped"
        );
    }

    #[test]
    fn a_birth_after_the_issue_is_refused() {
        assert_eq!(
            expiry(issue("2026-03-01", "2026-03-02")),
            Err(ExpiryError::BirthAfterIssue)
        );
        // Born on the issue day: allowed (a newborn's card).
        assert!(expiry(issue("2026-03-01", "2026-03-01")).is_ok());
    }

    #[test]
    fn leap_day_holders_expire_on_28_february() {
        let e = expiry(issue("2024-03-01", "1996-02-29")).unwrap();
        assert_eq!(e.card_expires, Some(d("2034-02-28")));
        assert_eq!(e.ecert_expires, d("2029-02-28"));
    }

    #[test]
    fn renewal_window_and_grace() {
        assert_eq!(ecert_renewal_opens(d("2026-05-31")), d("2026-02-28"));
        assert_eq!(ecert_grace_end(d("2026-02-10")), d("2026-05-31"));
        assert_eq!(ecert_grace_end(d("2026-11-30")), d("2027-02-28"));
        assert_eq!(legacy_card_end(d("2026-03-31")), d("2025-12-01"));
        assert_eq!(legacy_card_end(d("2025-07-31")), d("2025-07-31"));
    }
}

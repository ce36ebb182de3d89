//! What a card read changes in what the app keeps: the PIN guard (the card's counts win) and the
//! card's expiry facts, which the vault stores and the advice reads.

use serde::Serialize;

use super::CardRead;
use crate::dates::JapanDate;
use crate::pin::PinGuard;
use crate::scenario::CardFacts;

/// The state to store after a card read (読み取り結果の反映).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CardReadOutcome {
    /// The PIN guard with the card's counts recorded.
    pub pin_guard: PinGuard,
    /// Expiry of the 利用者証明用電子証明書 as read (R-ECERT-1).
    pub ecert_expires: JapanDate,
    /// Expiry of the card body, when the card exposed it (R-CARD-1).
    pub card_expires: Option<JapanDate>,
}

impl CardReadOutcome {
    /// `facts` updated with what the card said: the certificate expiry, the card expiry when it
    /// was read, and `pin_failures` from the guard (R-PIN-1). Everything else is kept.
    pub fn update_facts(&self, facts: &CardFacts) -> CardFacts {
        CardFacts {
            expires: self.card_expires.or(facts.expires),
            ecert_expires: self.ecert_expires,
            pin_failures: Some(self.pin_guard.advice_pin_failures()),
            ..facts.clone()
        }
    }
}

/// Applies a card read to the stored PIN guard: a pure function, the caller stores the result.
pub fn apply_card_read(guard: &PinGuard, read: &CardRead) -> CardReadOutcome {
    let mut pin_guard = guard.clone();
    for (kind, count) in read.pin_counts() {
        pin_guard.record_card_count(kind, count);
    }
    CardReadOutcome {
        pin_guard,
        ecert_expires: read.ecert_expires,
        card_expires: read.card_expires,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::{advise, AlertCode};
    use crate::pin::{CardPinCount, PinKind, TriesLeft};
    use crate::scenario::{Person, Scenario, Visit};

    fn date(text: &str) -> JapanDate {
        text.parse().unwrap()
    }

    #[test]
    fn a_read_overrides_the_logged_counts_and_updates_the_facts_the_advice_sees() {
        let mut guard = PinGuard::new();
        for _ in 0..3 {
            guard.record_failure(PinKind::UserCertificate);
        }
        guard.record_failure(PinKind::Signature);
        let read = CardRead {
            user_pin: CardPinCount::Remaining(2),
            signature_pin: CardPinCount::NotReported,
            card_info_input_pin: CardPinCount::Blocked,
            ecert_expires: date("2031-05-10"),
            card_expires: None,
        };
        let outcome = apply_card_read(&guard, &read);
        let pins = &outcome.pin_guard;
        assert_eq!(
            pins.tries_left(PinKind::UserCertificate),
            TriesLeft::AtMost(2)
        );
        assert_eq!(pins.tries_left(PinKind::Signature), TriesLeft::Unknown);
        assert!(pins.is_locked(PinKind::CardInfoInput));
        assert_eq!(
            pins.tries_left(PinKind::ResidentRegistry),
            TriesLeft::AtMost(3)
        );

        let before = CardFacts {
            expires: Some(date("2030-01-01")),
            ecert_expires: date("2026-01-01"),
            insurance_registered: true,
            pin_failures: Some(3),
            last4: None,
            owner_mismatch: false,
        };
        let after = outcome.update_facts(&before);
        assert_eq!(
            after.expires,
            Some(date("2030-01-01")),
            "an unread card expiry is kept"
        );
        assert_eq!(after.ecert_expires, date("2031-05-10"));
        assert_eq!(after.pin_failures, Some(1));
        assert!(after.insurance_registered);

        let with_card_expiry = CardReadOutcome {
            card_expires: Some(date("2035-05-17")),
            ..outcome
        };
        assert_eq!(
            with_card_expiry.update_facts(&before).expires,
            Some(date("2035-05-17"))
        );
    }

    /// The whole path: a card that reports its 利用者証明用 PIN locked makes the advice say so.
    #[test]
    fn a_locked_card_read_reaches_the_advice() {
        let facts = CardFacts {
            expires: Some(date("2035-05-17")),
            ecert_expires: date("2031-05-10"),
            insurance_registered: true,
            pin_failures: Some(0),
            last4: None,
            owner_mismatch: false,
        };
        let read = CardRead {
            user_pin: CardPinCount::Blocked,
            signature_pin: CardPinCount::Remaining(5),
            card_info_input_pin: CardPinCount::Remaining(3),
            ecert_expires: date("2031-05-10"),
            card_expires: Some(date("2035-05-17")),
        };
        let facts = apply_card_read(&PinGuard::new(), &read).update_facts(&facts);
        let scenario = Scenario {
            today: date("2026-11-21"),
            visit: Visit::Clinic,
            online_check: Default::default(),
            escort: None,
            person: Person {
                card: Some(facts),
                ..Person::default()
            },
        };
        let advice = advise(&scenario);
        assert!(advice
            .alerts
            .iter()
            .any(|alert| alert.code == AlertCode::PinLocked));
    }
}

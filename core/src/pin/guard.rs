//! The PIN guard: for each PIN, what is known of the card's own count of remaining tries, kept as
//! plain serialisable data that the vault stores and every recorded entry or card read updates.
//!
//! The card's count is the truth, and the app only ever sees part of it: wrong entries at other
//! readers, at マイナポータル or at a kiosk lower it unseen. So the guard keeps the last count it can
//! vouch for (read from the card, or the full limit after a correct entry) and the failures
//! recorded since, and reports an upper bound — never a number of tries the card may not have
//! (R-PIN-1). A correct entry made elsewhere would make the real count higher than reported,
//! which is the safe direction.

use serde::{Deserialize, Serialize};

use super::PinKind;

/// What the card answered when asked for a PIN's remaining tries without spending one
/// (残り試行回数の照会).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum CardPinCount {
    /// The card reported this many tries left (`63 Cx`).
    Remaining(u32),
    /// The card reported the PIN locked (`69 84`, `69 83`; 閉塞).
    Blocked,
    /// The card answered without a count (`90 00`): nothing can be concluded.
    NotReported,
}

/// Where the guard's count for one PIN comes from (照合回数の根拠).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "basis", rename_all = "snake_case")]
pub enum CountBasis {
    /// Nothing observed yet: only the official limit bounds the count.
    #[default]
    OfficialLimit,
    /// A correct entry was recorded, which reset the card's count to the limit (R-PIN-1).
    CorrectEntry,
    /// The card itself reported this many tries left at its last read; it overrides everything
    /// recorded before.
    CardCount {
        /// Tries left as the card reported them.
        tries_left: u32,
    },
    /// The card was read but reported no count, so the count is unknown until a correct entry or
    /// a read that reports one.
    CardSilent,
}

/// The guard's state for one PIN (暗証番号の誤り回数の記録).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinCounter {
    /// The last count the guard can vouch for.
    #[serde(flatten)]
    basis: CountBasis,
    /// Wrong entries recorded since that count was established (連続誤り回数).
    #[serde(default)]
    failures_since: u32,
}

/// How many tries a PIN has left, as far as the app can tell without risking one (残り回数).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TriesLeft {
    /// No more than this many (at least 1): the vouched-for count less the failures recorded
    /// since. Failures elsewhere since then can only have lowered it.
    AtMost(u32),
    /// Locked (ロック): the card said so, or recorded failures used up the last known count.
    Locked,
    /// Not known: the card's last read reported no count, so no number is shown.
    Unknown,
}

/// The PIN guard for one card: a [`PinCounter`] for each of the four PINs (暗証番号の管理).
///
/// Plain data: the vault serialises it as it is; every method is a pure update or query.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PinGuard {
    user_certificate: PinCounter,
    card_info_input: PinCounter,
    resident_registry: PinCounter,
    signature: PinCounter,
}

impl PinGuard {
    /// A guard that has observed nothing yet.
    pub fn new() -> Self {
        Self::default()
    }

    fn counter(&self, kind: PinKind) -> PinCounter {
        match kind {
            PinKind::UserCertificate => self.user_certificate,
            PinKind::CardInfoInput => self.card_info_input,
            PinKind::ResidentRegistry => self.resident_registry,
            PinKind::Signature => self.signature,
        }
    }

    fn counter_mut(&mut self, kind: PinKind) -> &mut PinCounter {
        match kind {
            PinKind::UserCertificate => &mut self.user_certificate,
            PinKind::CardInfoInput => &mut self.card_info_input,
            PinKind::ResidentRegistry => &mut self.resident_registry,
            PinKind::Signature => &mut self.signature,
        }
    }

    /// Records one wrong entry of `kind`, wherever the user made it.
    pub fn record_failure(&mut self, kind: PinKind) {
        let counter = self.counter_mut(kind);
        counter.failures_since = counter.failures_since.saturating_add(1);
    }

    /// Records one correct entry of `kind`: the card resets its count to the limit (R-PIN-1).
    pub fn record_success(&mut self, kind: PinKind) {
        *self.counter_mut(kind) = PinCounter {
            basis: CountBasis::CorrectEntry,
            failures_since: 0,
        };
    }

    /// Records what the card itself answered for `kind`. A reported count (or a lock) replaces
    /// everything recorded before: the card's count wins. A read without a count makes the count
    /// unknown but keeps the failures recorded, which may still prove a lock.
    pub fn record_card_count(&mut self, kind: PinKind, count: CardPinCount) {
        let counter = self.counter_mut(kind);
        *counter = match count {
            CardPinCount::Remaining(tries_left) => PinCounter {
                basis: CountBasis::CardCount { tries_left },
                failures_since: 0,
            },
            CardPinCount::Blocked => PinCounter {
                basis: CountBasis::CardCount { tries_left: 0 },
                failures_since: 0,
            },
            CardPinCount::NotReported => PinCounter {
                basis: CountBasis::CardSilent,
                failures_since: counter.failures_since,
            },
        };
    }

    /// Tries left for `kind`, never more than the card may have (R-PIN-1).
    pub fn tries_left(&self, kind: PinKind) -> TriesLeft {
        let counter = self.counter(kind);
        let limit = kind.lockout_limit();
        let vouched = match counter.basis {
            // A stored count above the official limit cannot be right: cap it.
            CountBasis::CardCount { tries_left } => tries_left.min(limit),
            CountBasis::OfficialLimit | CountBasis::CorrectEntry | CountBasis::CardSilent => limit,
        };
        match vouched.saturating_sub(counter.failures_since) {
            0 => TriesLeft::Locked,
            _ if counter.basis == CountBasis::CardSilent => TriesLeft::Unknown,
            bound => TriesLeft::AtMost(bound),
        }
    }

    /// Whether `kind` is locked, as far as the app knows.
    pub fn is_locked(&self, kind: PinKind) -> bool {
        self.tries_left(kind) == TriesLeft::Locked
    }

    /// Where the count for `kind` comes from.
    pub fn basis(&self, kind: PinKind) -> CountBasis {
        self.counter(kind).basis
    }

    /// Wrong entries recorded for `kind` since its count was last established.
    pub fn failures_since(&self, kind: PinKind) -> u32 {
        self.counter(kind).failures_since
    }

    /// The value of the advice's `pin_failures` (consecutive wrong entries of the reader's 4-digit
    /// PIN, 利用者証明用): the limit less the tries left. An unknown count is taken as one try left,
    /// so the advice says "use face recognition" rather than risk the last try (R-PIN-2), without
    /// claiming a lock it cannot prove.
    pub fn advice_pin_failures(&self) -> u32 {
        let kind = PinKind::UserCertificate;
        let limit = kind.lockout_limit();
        match self.tries_left(kind) {
            TriesLeft::Locked => limit,
            TriesLeft::Unknown => limit - 1,
            TriesLeft::AtMost(tries) => limit - tries.min(limit),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const USER: PinKind = PinKind::UserCertificate;
    const SIGN: PinKind = PinKind::Signature;

    fn fail(guard: &mut PinGuard, kind: PinKind, times: u32) {
        for _ in 0..times {
            guard.record_failure(kind);
        }
    }

    #[test]
    fn three_wrong_user_pins_lock_but_five_signature_passwords_are_needed() {
        let mut guard = PinGuard::new();
        fail(&mut guard, USER, 2);
        fail(&mut guard, SIGN, 4);
        assert_eq!(guard.tries_left(USER), TriesLeft::AtMost(1));
        assert_eq!(guard.tries_left(SIGN), TriesLeft::AtMost(1));
        guard.record_failure(USER);
        assert!(guard.is_locked(USER));
        assert!(!guard.is_locked(SIGN));
        guard.record_failure(SIGN);
        assert!(guard.is_locked(SIGN));
    }

    #[test]
    fn a_correct_entry_resets_only_its_own_pin() {
        let mut guard = PinGuard::new();
        fail(&mut guard, USER, 2);
        fail(&mut guard, PinKind::CardInfoInput, 2);
        guard.record_success(USER);
        assert_eq!(guard.tries_left(USER), TriesLeft::AtMost(3));
        assert_eq!(
            guard.tries_left(PinKind::CardInfoInput),
            TriesLeft::AtMost(1)
        );
    }

    #[test]
    fn the_cards_count_wins_over_recorded_entries() {
        let mut guard = PinGuard::new();
        // The app saw no failure, but the card was tried twice elsewhere.
        guard.record_card_count(USER, CardPinCount::Remaining(1));
        assert_eq!(guard.tries_left(USER), TriesLeft::AtMost(1));
        // The app had logged a lock, but the card was reset at the city office.
        fail(&mut guard, USER, 1);
        assert!(guard.is_locked(USER));
        guard.record_card_count(USER, CardPinCount::Remaining(3));
        assert_eq!(guard.tries_left(USER), TriesLeft::AtMost(3));
        guard.record_card_count(USER, CardPinCount::Blocked);
        assert!(guard.is_locked(USER));
    }

    #[test]
    fn failures_after_a_read_lower_the_cards_count() {
        let mut guard = PinGuard::new();
        guard.record_card_count(USER, CardPinCount::Remaining(2));
        guard.record_failure(USER);
        assert_eq!(guard.tries_left(USER), TriesLeft::AtMost(1));
        guard.record_failure(USER);
        assert!(guard.is_locked(USER));
    }

    #[test]
    fn a_read_without_a_count_shows_no_number_until_a_correct_entry() {
        let mut guard = PinGuard::new();
        guard.record_card_count(USER, CardPinCount::NotReported);
        assert_eq!(guard.tries_left(USER), TriesLeft::Unknown);
        guard.record_failure(USER);
        assert_eq!(guard.tries_left(USER), TriesLeft::Unknown);
        guard.record_success(USER);
        assert_eq!(guard.tries_left(USER), TriesLeft::AtMost(3));
    }

    #[test]
    fn a_silent_read_does_not_undo_a_lock_the_recorded_failures_prove() {
        let mut guard = PinGuard::new();
        fail(&mut guard, USER, 3);
        guard.record_card_count(USER, CardPinCount::NotReported);
        assert!(guard.is_locked(USER));
    }

    #[test]
    fn a_count_above_the_official_limit_is_capped() {
        let mut guard = PinGuard::new();
        guard.record_card_count(USER, CardPinCount::Remaining(15));
        assert_eq!(guard.tries_left(USER), TriesLeft::AtMost(3));
    }

    #[test]
    fn advice_sees_the_user_pin_failures_and_an_unknown_count_as_the_last_try() {
        let mut guard = PinGuard::new();
        assert_eq!(guard.advice_pin_failures(), 0);
        fail(&mut guard, SIGN, 5);
        assert_eq!(guard.advice_pin_failures(), 0);
        guard.record_card_count(USER, CardPinCount::Remaining(2));
        assert_eq!(guard.advice_pin_failures(), 1);
        guard.record_card_count(USER, CardPinCount::NotReported);
        assert_eq!(guard.advice_pin_failures(), 2);
        guard.record_card_count(USER, CardPinCount::Blocked);
        assert_eq!(guard.advice_pin_failures(), 3);
    }

    #[test]
    fn state_round_trips_through_json_and_old_or_partial_state_loads() {
        let mut guard = PinGuard::new();
        fail(&mut guard, USER, 1);
        guard.record_card_count(SIGN, CardPinCount::Remaining(4));
        guard.record_card_count(PinKind::CardInfoInput, CardPinCount::NotReported);
        let json = serde_json::to_string(&guard).unwrap();
        assert_eq!(serde_json::from_str::<PinGuard>(&json).unwrap(), guard);

        let partial: PinGuard =
            serde_json::from_str(r#"{"signature":{"basis":"card_count","tries_left":2}}"#).unwrap();
        assert_eq!(partial.tries_left(SIGN), TriesLeft::AtMost(2));
        assert_eq!(partial.tries_left(USER), TriesLeft::AtMost(3));
    }
}

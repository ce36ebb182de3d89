//! What a user should do about a PIN in its current state, as stable codes (R-PIN-1..3). The
//! words come from the apps' localised resources; the conditions that decide what is possible
//! (which PIN, which kiosk chain, what hours) are data here so every UI states them alike.

use serde::Serialize;

use super::{CountBasis, PinGuard, PinKind, TriesLeft};
use crate::rules::Rule;

/// Hours the kiosk step has after the reset is started in the app (R-PIN-3).
pub const KIOSK_WINDOW_HOURS: u32 = 24;
/// Kiosk reset service hours, opening (R-PIN-3).
pub const KIOSK_OPENS: &str = "06:30";
/// Kiosk reset service hours, closing (R-PIN-3).
pub const KIOSK_CLOSES: &str = "23:00";

/// A convenience-store chain whose multifunction kiosk takes part in the J-LIS PIN reset
/// (コンビニエンスストア).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum StoreChain {
    /// セブン-イレブン.
    SevenEleven,
    /// イオン.
    Aeon,
    /// ローソン.
    Lawson,
    /// ファミリーマート.
    FamilyMart,
    /// ミニストップ.
    Ministop,
}

/// One thing to tell the user about a PIN (暗証番号の案内). Serialised as `{"code": …}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PinGuidance {
    /// At the clinic reader, choose face recognition (顔認証) instead of the PIN (R-PIN-2).
    UseFaceRecognition,
    /// Or ask the staff to check the card visually (目視確認モード) (R-PIN-2).
    AskStaffVisualCheck,
    /// Do not try the PIN again until sure of it: one more wrong entry locks it (R-PIN-1).
    DoNotGuess,
    /// This PIN is not used for the insurance check, which is unaffected (R-PIN-2).
    InsuranceCheckUnaffected,
    /// Reset it at the city office (市区町村窓口), free (R-PIN-3).
    ResetAtCityOffice,
    /// Reset it with the J-LIS 「JPKI暗証番号リセット」 app, then a convenience-store kiosk
    /// (R-PIN-3), under these conditions.
    ResetByAppAndKiosk {
        /// The other PIN of the pair, which the user must know.
        needs_known: PinKind,
        /// Hours allowed between the app step and the kiosk step.
        within_hours: u32,
        /// Kiosk service opens (JST, HH:MM).
        opens: String,
        /// Kiosk service closes (JST, HH:MM).
        closes: String,
        /// Chains whose kiosks reset this PIN.
        chains: Vec<StoreChain>,
    },
    /// The 4-digit PINs may share a value: a guess that failed here may fail on the others too,
    /// so do not try it there (R-PIN-1).
    OtherPinsMayShareValue,
    /// The count is the app's estimate; reading the card over NFC gives its own (R-PIN-1).
    ReadCardForCount,
}

impl PinGuidance {
    /// The rule this guidance comes from.
    pub fn rule(&self) -> Rule {
        match self {
            PinGuidance::UseFaceRecognition
            | PinGuidance::AskStaffVisualCheck
            | PinGuidance::InsuranceCheckUnaffected => Rule::Pin2,
            PinGuidance::ResetAtCityOffice | PinGuidance::ResetByAppAndKiosk { .. } => Rule::Pin3,
            PinGuidance::DoNotGuess
            | PinGuidance::OtherPinsMayShareValue
            | PinGuidance::ReadCardForCount => Rule::Pin1,
        }
    }
}

/// The other PIN of the pair the kiosk route resets, which the user must know (R-PIN-3); `None`
/// for the PINs only the city office resets.
fn kiosk_partner(kind: PinKind) -> Option<PinKind> {
    match kind {
        PinKind::UserCertificate => Some(PinKind::Signature),
        PinKind::Signature => Some(PinKind::UserCertificate),
        PinKind::CardInfoInput | PinKind::ResidentRegistry => None,
    }
}

/// The chains whose kiosks reset `kind` (R-PIN-3: both PINs at 7-Eleven and Aeon, the 署名用
/// password alone also at Lawson, FamilyMart and Ministop).
fn kiosk_chains(kind: PinKind) -> Vec<StoreChain> {
    let mut chains = vec![StoreChain::SevenEleven, StoreChain::Aeon];
    if kind == PinKind::Signature {
        chains.extend([
            StoreChain::Lawson,
            StoreChain::FamilyMart,
            StoreChain::Ministop,
        ]);
    }
    chains
}

impl PinGuard {
    /// What to tell the user about `kind` now, most urgent first; empty when nothing is needed.
    pub fn guidance(&self, kind: PinKind) -> Vec<PinGuidance> {
        let state = self.tries_left(kind);
        let locked = state == TriesLeft::Locked;
        let at_risk = matches!(
            state,
            TriesLeft::Locked | TriesLeft::AtMost(1) | TriesLeft::Unknown
        );
        let mut guidance = Vec::new();

        if at_risk && kind == PinKind::UserCertificate {
            // R-PIN-2
            guidance.extend([
                PinGuidance::UseFaceRecognition,
                PinGuidance::AskStaffVisualCheck,
            ]);
        }
        if at_risk && !locked {
            guidance.push(PinGuidance::DoNotGuess);
        }
        if locked && kind != PinKind::UserCertificate {
            guidance.push(PinGuidance::InsuranceCheckUnaffected);
        }
        if locked {
            // R-PIN-3
            guidance.push(PinGuidance::ResetAtCityOffice);
            // The kiosk route needs the other PIN of the pair: not if that one is locked too.
            if let Some(partner) = kiosk_partner(kind).filter(|other| !self.is_locked(*other)) {
                guidance.push(PinGuidance::ResetByAppAndKiosk {
                    needs_known: partner,
                    within_hours: KIOSK_WINDOW_HOURS,
                    opens: KIOSK_OPENS.to_owned(),
                    closes: KIOSK_CLOSES.to_owned(),
                    chains: kiosk_chains(kind),
                });
            }
        }
        if at_risk && kind.is_four_digit() {
            guidance.push(PinGuidance::OtherPinsMayShareValue);
        }
        let from_card = matches!(
            self.basis(kind),
            CountBasis::CardCount { .. } | CountBasis::CardSilent
        );
        let never_checked = self.basis(kind) == CountBasis::OfficialLimit;
        if !from_card && !locked && (never_checked || self.failures_since(kind) > 0) {
            guidance.push(PinGuidance::ReadCardForCount);
        }
        guidance
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pin::CardPinCount;

    fn codes(guidance: &[PinGuidance]) -> Vec<String> {
        guidance
            .iter()
            .map(|g| {
                serde_json::to_value(g).unwrap()["code"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    }

    #[test]
    fn a_locked_user_pin_points_to_face_recognition_and_both_resets() {
        let mut guard = PinGuard::new();
        guard.record_card_count(PinKind::UserCertificate, CardPinCount::Blocked);
        let guidance = guard.guidance(PinKind::UserCertificate);
        assert_eq!(
            codes(&guidance),
            [
                "use_face_recognition",
                "ask_staff_visual_check",
                "reset_at_city_office",
                "reset_by_app_and_kiosk",
                "other_pins_may_share_value"
            ]
        );
        let kiosk = serde_json::to_value(&guidance[3]).unwrap();
        assert_eq!(
            kiosk,
            serde_json::json!({"code": "reset_by_app_and_kiosk", "needs_known": "signature",
                "within_hours": 24, "opens": "06:30", "closes": "23:00",
                "chains": ["seven_eleven", "aeon"]})
        );
        assert_eq!(guidance[0].rule(), Rule::Pin2);
        assert_eq!(guidance[3].rule(), Rule::Pin3);
    }

    #[test]
    fn the_kiosk_route_is_gone_when_the_other_pin_of_the_pair_is_locked_too() {
        let mut guard = PinGuard::new();
        guard.record_card_count(PinKind::UserCertificate, CardPinCount::Blocked);
        guard.record_card_count(PinKind::Signature, CardPinCount::Blocked);
        for kind in [PinKind::UserCertificate, PinKind::Signature] {
            let guidance = guard.guidance(kind);
            assert!(guidance.contains(&PinGuidance::ResetAtCityOffice));
            assert!(!codes(&guidance).contains(&"reset_by_app_and_kiosk".to_owned()));
        }
    }

    #[test]
    fn the_signature_password_resets_at_more_chains_and_leaves_the_insurance_check_alone() {
        let mut guard = PinGuard::new();
        guard.record_card_count(PinKind::Signature, CardPinCount::Blocked);
        let guidance = guard.guidance(PinKind::Signature);
        assert_eq!(guidance[0], PinGuidance::InsuranceCheckUnaffected);
        let Some(PinGuidance::ResetByAppAndKiosk {
            needs_known,
            chains,
            ..
        }) = guidance.get(2)
        else {
            panic!("no kiosk route in {guidance:?}");
        };
        assert_eq!(*needs_known, PinKind::UserCertificate);
        assert_eq!(chains.len(), 5);
        assert!(!codes(&guidance).contains(&"use_face_recognition".to_owned()));
    }

    #[test]
    fn the_input_support_pin_resets_only_at_the_city_office() {
        let mut guard = PinGuard::new();
        guard.record_card_count(PinKind::CardInfoInput, CardPinCount::Blocked);
        assert_eq!(
            codes(&guard.guidance(PinKind::CardInfoInput)),
            [
                "insurance_check_unaffected",
                "reset_at_city_office",
                "other_pins_may_share_value"
            ]
        );
    }

    #[test]
    fn the_last_try_and_an_unknown_count_both_say_do_not_risk_it() {
        let mut guard = PinGuard::new();
        guard.record_card_count(PinKind::UserCertificate, CardPinCount::Remaining(1));
        let expected = [
            "use_face_recognition",
            "ask_staff_visual_check",
            "do_not_guess",
            "other_pins_may_share_value",
        ];
        assert_eq!(codes(&guard.guidance(PinKind::UserCertificate)), expected);
        guard.record_card_count(PinKind::UserCertificate, CardPinCount::NotReported);
        assert_eq!(codes(&guard.guidance(PinKind::UserCertificate)), expected);
    }

    #[test]
    fn a_healthy_count_needs_nothing_but_an_unchecked_or_estimated_one_suggests_a_read() {
        let mut guard = PinGuard::new();
        assert_eq!(
            codes(&guard.guidance(PinKind::Signature)),
            ["read_card_for_count"]
        );
        guard.record_card_count(PinKind::Signature, CardPinCount::Remaining(5));
        assert!(guard.guidance(PinKind::Signature).is_empty());
        guard.record_success(PinKind::Signature);
        assert!(guard.guidance(PinKind::Signature).is_empty());
        guard.record_failure(PinKind::Signature);
        assert_eq!(
            codes(&guard.guidance(PinKind::Signature)),
            ["read_card_for_count"]
        );
    }
}

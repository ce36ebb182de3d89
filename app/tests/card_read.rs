//! A card read stored through the one path that applies it (`use_cases::card_read`): the card's PIN
//! counts override the logged estimates (R-PIN-1), its certificate expiry (R-ECERT-1) and, when
//! given, its body expiry (R-CARD-1) replace the stored ones, and the advice sees the result.

use shikaku_app::use_cases::card_read::apply_card_read;
use shikaku_app::use_cases::counter_card::scenario;
use shikaku_core::advice::{advise, AlertCode};
use shikaku_core::card::CardRead;
use shikaku_core::pin::{CardPinCount, PinKind, TriesLeft};
use shikaku_core::scenario::{OnlineCheck, Visit};
use shikaku_core::test_support::{add, date, fail_pin, new_vault};
use shikaku_core::vault::{CardRecord, Relation};

fn read(user_pin: CardPinCount, card_expires: Option<&str>) -> CardRead {
    CardRead {
        user_pin,
        signature_pin: CardPinCount::NotReported,
        card_info_input_pin: CardPinCount::Blocked,
        ecert_expires: date("2031-05-10"),
        card_expires: card_expires.map(date),
    }
}

#[test]
fn a_read_overrides_the_logged_counts_and_updates_the_stored_card() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let member = add(&vault, "山田太郎", "1980-05-10", Relation::Myself);
    let today = date("2026-11-21");

    // Without stored card facts only the PIN counts are kept.
    assert!(!apply_card_read(
        &vault,
        member,
        &read(CardPinCount::Remaining(2), None),
        today
    )
    .unwrap());
    vault
        .set_card(
            member,
            &CardRecord {
                expires: Some(date("2030-01-01")),
                ecert_expires: date("2026-01-01"),
                insurance_registered: true,
                last4: None,
            },
        )
        .unwrap();
    for _ in 0..3 {
        fail_pin(&vault, member);
    }
    assert!(apply_card_read(
        &vault,
        member,
        &read(CardPinCount::Remaining(2), None),
        today
    )
    .unwrap());
    let pins = vault.pin_guard(member).unwrap();
    assert_eq!(
        pins.tries_left(PinKind::UserCertificate),
        TriesLeft::AtMost(2)
    );
    assert_eq!(pins.tries_left(PinKind::Signature), TriesLeft::Unknown);
    assert!(pins.is_locked(PinKind::CardInfoInput));
    let card = vault.card(member).unwrap().unwrap();
    assert_eq!(
        card.expires,
        Some(date("2030-01-01")),
        "an unread expiry is kept"
    );
    assert_eq!(card.ecert_expires, date("2031-05-10"));
    assert!(card.insurance_registered);

    apply_card_read(
        &vault,
        member,
        &read(CardPinCount::Remaining(3), Some("2035-05-17")),
        today,
    )
    .unwrap();
    assert_eq!(
        vault.card(member).unwrap().unwrap().expires,
        Some(date("2035-05-17"))
    );
}

/// The whole path: a card that reports its 利用者証明用 PIN locked makes the advice say so.
#[test]
fn a_locked_card_read_reaches_the_advice() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let member = add(&vault, "山田太郎", "1980-05-10", Relation::Myself);
    let today = date("2026-11-21");
    vault
        .set_card(
            member,
            &CardRecord {
                expires: Some(date("2035-05-17")),
                ecert_expires: date("2031-05-10"),
                insurance_registered: true,
                last4: None,
            },
        )
        .unwrap();
    let clinic = || {
        scenario(
            &vault,
            member,
            today,
            Visit::Clinic,
            OnlineCheck::Unknown,
            None,
        )
        .unwrap()
    };
    let locked = |alerts: &[shikaku_core::advice::Alert]| {
        alerts
            .iter()
            .any(|alert| alert.code == AlertCode::PinLocked)
    };
    assert!(!locked(&advise(&clinic()).alerts));
    apply_card_read(&vault, member, &read(CardPinCount::Blocked, None), today).unwrap();
    assert!(locked(&advise(&clinic()).alerts));
}

//! A member's counter card and the visit scenario built from it (`use_cases::counter_card`): the
//! stored facts reach the advice, of each document kind the latest counts, a damaged newest
//! document is reported rather than replaced by an older one, and debug output names no one; the
//! household overview is every member's counter card in one read (`use_cases::household`).

use shikaku_app::use_cases::counter_card::{scenario, CounterCard};
use shikaku_app::use_cases::household::household_overview;
use shikaku_app::use_cases::school_pack::school_pack;
use shikaku_app::use_cases::UseCaseError;
use shikaku_core::advice::{advise, AlertCode};
use shikaku_core::pin::PinKind;
use shikaku_core::scenario::{Escort, OnlineCheck, Visit};
use shikaku_core::test_support::{
    self, card, date, fill_household, insurance_facts, new_vault, raw,
};
use shikaku_core::vault::{
    CardRecord, DocumentKind, MemberFacts, NewDocument, PinOutcome, RecordRef, VaultError,
};

#[test]
fn the_scenario_comes_from_stored_facts_and_todays_date() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    let on = date("2026-11-20");
    for _ in 0..2 {
        vault
            .record_pin(taro, PinKind::UserCertificate, PinOutcome::Failed, on)
            .unwrap();
    }
    let clinic = scenario(
        &vault,
        taro,
        date("2026-07-01"),
        Visit::Clinic,
        OnlineCheck::Unknown,
        None,
    )
    .unwrap();
    let person = &clinic.person;
    assert_eq!(person.birth_date, Some(date("1952-02-29")));
    let card = person.card.as_ref().unwrap();
    assert_eq!(
        (card.ecert_expires, card.pin_failures),
        (date("2026-05-10"), Some(2))
    );
    assert_eq!(
        person.saved_pdf.as_ref().unwrap().saved_at,
        date("2026-01-01")
    );
    assert!(person.phone.as_ref().unwrap().mynaportal_app);
    // The advice sees the e-certificate in its grace period and the PIN near lockout.
    let codes: Vec<AlertCode> = advise(&clinic).alerts.iter().map(|a| a.code).collect();
    let trip = scenario(
        &vault,
        taro,
        date("2026-07-01"),
        Visit::SchoolTrip,
        OnlineCheck::Unknown,
        Some(Escort::Parent),
    )
    .unwrap();
    assert_eq!(trip.escort(), Escort::Parent);
    assert!(
        codes.contains(&AlertCode::EcertGrace) && codes.contains(&AlertCode::PinLastTry),
        "{codes:?}"
    );
}

/// Issue 14, defect 4: with the newest document damaged, the advice and the school pack are
/// refused naming the damaged cell instead of silently using the older document.
#[test]
fn a_damaged_newest_document_is_reported_not_replaced_by_an_older_one() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    let newest = vault.documents(taro).unwrap().items.last().unwrap().id;
    vault
        .add_document(
            taro,
            &NewDocument {
                kind: DocumentKind::Image,
                content: b"older".to_vec(),
                fields: Default::default(),
                source: "camera".into(),
                stored_on: date("2026-01-01"),
            },
        )
        .unwrap();
    let damaged_id = vault.documents(taro).unwrap().items.last().unwrap().id;
    assert_ne!(damaged_id, newest);
    raw(dir.path())
        .execute(
            "UPDATE documents SET summary = x'00' WHERE id = ?1",
            [damaged_id.0],
        )
        .unwrap();
    let damaged = RecordRef {
        table: "documents",
        row: damaged_id.0,
        column: "summary",
    };
    let listing = vault.documents(taro).unwrap();
    assert!(matches!(listing.complete(), Err(VaultError::Tampered(r)) if r == damaged));
    assert!(matches!(
        scenario(&vault, taro, date("2026-11-21"), Visit::Clinic, OnlineCheck::Available, None),
        Err(VaultError::Tampered(r)) if r == damaged
    ));
    assert!(matches!(
        school_pack(&vault,
            taro,
            Visit::SchoolTrip,
            None,
            date("2026-11-21"),
            shikaku_core::text::Language::Ja
        ),
        Err(UseCaseError::Vault(VaultError::Tampered(r))) if r == damaged
    ));
}

#[test]
fn version_2_facts_reach_the_scenario_and_leave_it_when_cleared() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    vault.set_member_facts(taro, &insurance_facts()).unwrap();
    let person = scenario(
        &vault,
        taro,
        date("2026-11-21"),
        Visit::HospitalStay,
        OnlineCheck::Available,
        None,
    )
    .unwrap()
    .person;
    assert_eq!(person.name.as_deref(), Some("山田太郎"));
    assert_eq!(person.insurance_changed_on, Some(date("2026-10-01")));
    assert!(person.new_insurer_registered && person.elderly_income_general);
    let phone = person.phone.unwrap();
    assert!(phone.smartphone_card && phone.mynaportal_app);
    assert_eq!(person.subsidy_card, insurance_facts().subsidy_card);
    assert_eq!(
        person.limit_certificate,
        insurance_facts().limit_certificate
    );

    vault
        .set_member_facts(taro, &MemberFacts::default())
        .unwrap();
    let person = CounterCard::read(&vault, taro).unwrap().person();
    assert!(!person.phone.unwrap().smartphone_card);
    assert!(person.limit_certificate.is_none() && person.insurance_changed_on.is_none());
}

#[test]
fn a_card_without_a_known_body_expiry_reaches_the_advice_as_unknown() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    let unknown = CardRecord {
        expires: None,
        ..card()
    };
    vault.set_card(taro, &unknown).unwrap();
    let person = CounterCard::read(&vault, taro).unwrap().person();
    assert_eq!(person.card.unwrap().expires, None);
}

#[test]
fn a_counter_card_is_the_stored_records_and_its_debug_output_names_no_one() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    let card = CounterCard::read(&vault, taro).unwrap();
    let (member, facts, stored_card, pins, documents) = test_support::stored(&vault, taro);
    assert_eq!(
        (card.member.clone(), card.facts.clone(), card.card.clone()),
        (member, facts, stored_card)
    );
    assert_eq!(
        (card.pins.clone(), card.documents.clone()),
        (pins, documents)
    );
    assert_eq!(card.pins.failures_since(PinKind::UserCertificate), 0);
    let debug = format!("{card:?}");
    for personal in test_support::PERSONAL {
        assert!(!debug.contains(personal), "{personal} in {debug}");
    }
}

/// Issue 10: the household screen's read, one snapshot for every member: the same counter cards
/// as one read each, in household order; a member whose own record is damaged is listed apart.
#[test]
fn the_household_overview_is_every_members_counter_card_in_household_order() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    vault.set_member_facts(taro, &insurance_facts()).unwrap();
    let order: Vec<_> = vault
        .members()
        .unwrap()
        .items
        .iter()
        .rev()
        .map(|m| m.id)
        .collect();
    vault.reorder_members(&order).unwrap();
    let overview = household_overview(&vault).unwrap();
    let one_by_one: Vec<CounterCard> = order
        .iter()
        .map(|&member| CounterCard::read(&vault, member).unwrap())
        .collect();
    assert_eq!(overview.items, one_by_one);
    assert_eq!(overview.items.len(), 2);
    assert_eq!(overview.items[1].facts, insurance_facts());
    assert!(overview.damaged.is_empty());

    raw(dir.path())
        .execute("UPDATE members SET name = x'00' WHERE id = ?1", [taro.0])
        .unwrap();
    let overview = household_overview(&vault).unwrap();
    assert_eq!(overview.items, one_by_one[..1]);
    assert_eq!(
        overview.damaged,
        [RecordRef {
            table: "members",
            row: taro.0,
            column: "name"
        }]
    );
}

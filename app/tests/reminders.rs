//! The household's reminders from the stored facts (`use_cases::reminders`): unique ids across
//! the household, the core's fire dates (R-OFFICE-1), names only when asked, acknowledged ones
//! left out, and ids that survive a key rotation.

use shikaku_app::use_cases::counter_card::scenario;
use shikaku_app::use_cases::reminders::{household_reminders, member_reminders, ReminderWording};
use shikaku_core::advice::advise;
use shikaku_core::scenario::{OnlineCheck, Visit};
use shikaku_core::test_support::{card, date, fill_household, new_vault, provider, reopen};
use shikaku_core::text::Language;
use shikaku_core::vault::{CardRecord, Unlock};

#[test]
fn household_reminders_have_unique_ids_and_the_cores_fire_dates() {
    use shikaku_core::reminders::{reminders, ReminderOptions};
    use shikaku_core::text::Language;
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    let hanako = vault.members().unwrap().items[1].id;
    // Two members with the same card dates: the same card deadlines, different IDs.
    vault.set_card(hanako, &card()).unwrap();
    let today = date("2026-02-01");
    let wording = ReminderWording {
        language: Language::Ja,
        detailed: false,
        names: false,
    };
    let all = household_reminders(&vault, None, today, wording).unwrap();
    let of = |member| all.iter().filter(move |r| r.member == member);
    assert!(of(taro).count() > 0 && of(hanako).count() > 0);
    let mut ids: Vec<&str> = all.iter().map(|r| r.reminder.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(
        ids.len(),
        all.len(),
        "IDs must be unique across the household"
    );
    assert!(all
        .windows(2)
        .all(|w| w[0].reminder.fire_on <= w[1].reminder.fire_on));

    // One member's are the core's reminders for that member's scenario, fire dates included
    // (lead times and office days are the core's, R-OFFICE-1).
    let one = household_reminders(&vault, Some(taro), today, wording).unwrap();
    assert!(one.iter().all(|r| r.member == taro));
    let scenario = scenario(
        &vault,
        taro,
        today,
        Visit::Clinic,
        OnlineCheck::Unknown,
        None,
    )
    .unwrap();
    let options = ReminderOptions {
        language: Language::Ja,
        detailed: false,
        name: None,
        subject: "any".into(),
    };
    let core = reminders(&advise(&scenario).deadlines, today, &options);
    let planned: Vec<_> = one
        .iter()
        .map(|r| (r.reminder.kind, r.reminder.deadline, r.reminder.fire_on))
        .collect();
    let expected: Vec<_> = core
        .iter()
        .map(|r| (r.kind, r.deadline, r.fire_on))
        .collect();
    assert_eq!(planned, expected);
    assert_eq!(of(taro).count(), one.len());

    // Names only when asked: the given name in titles; never by default.
    assert!(all.iter().all(|r| !r.reminder.title.contains("太郎")));
    let named = ReminderWording {
        names: true,
        ..wording
    };
    let titled = household_reminders(&vault, Some(taro), today, named).unwrap();
    assert!(titled.iter().all(|r| r.reminder.title.contains("太郎")));
    // Acknowledged reminders are left out, for that member only.
    let first = &one[0].reminder.id;
    vault.acknowledge_reminder(taro, first, today).unwrap();
    let after = household_reminders(&vault, None, today, wording).unwrap();
    assert_eq!(after.len(), all.len() - 1);
    assert!(after.iter().all(|r| &r.reminder.id != first));
}

#[test]
fn a_household_reminder_that_opens_a_window_at_new_year_fires_on_the_next_office_day() {
    use shikaku_core::advice::DeadlineKind;
    use shikaku_core::office_days::office_open;
    use shikaku_core::text::Language;
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    // The renewal window opens on 3 January 2027, when city offices are closed (R-OFFICE-1).
    let card = CardRecord {
        ecert_expires: date("2027-04-03"),
        ..card()
    };
    vault.set_card(taro, &card).unwrap();
    let wording = ReminderWording {
        language: Language::En,
        detailed: true,
        names: false,
    };
    let planned = household_reminders(&vault, Some(taro), date("2026-11-21"), wording).unwrap();
    let opens = planned
        .iter()
        .find(|r| r.reminder.kind == DeadlineKind::EcertRenewalOpens)
        .expect("a reminder for the renewal window");
    assert_eq!(opens.reminder.deadline, date("2027-01-03"));
    assert_eq!(opens.reminder.fire_on, date("2027-01-04"));
    assert!(office_open(opens.reminder.fire_on));
}

/// Issue 14, defect 10: a key rotation re-seals every cell, but the reminder ids the phone has
/// scheduled stay the same (they derive from a secret the rotation keeps).
#[test]
fn reminder_ids_survive_a_key_rotation() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    let today = date("2026-11-21");
    let ids = |vault: &shikaku_core::vault::Vault| -> Vec<String> {
        member_reminders(vault, taro, today, Language::Ja, false)
            .unwrap()
            .into_iter()
            .map(|r| r.id)
            .collect()
    };
    let before = ids(&vault);
    assert!(!before.is_empty());
    vault.rotate_key(Unlock::Provider(&provider(1))).unwrap();
    assert_eq!(ids(&vault), before);
    drop(vault);
    assert_eq!(ids(&reopen(dir.path())), before);
}

//! Schema migrations, tested from the committed fixtures written at schema versions 1 and 2.

use std::path::Path;

use shikaku_core::import::Field;
use shikaku_core::pin::PinKind;
use shikaku_core::test_support::{self, date, insurance_facts, new_vault, provider, raw, reopen};
use shikaku_core::vault::{DocumentField, MemberId, Passphrase, Unlock, Vault, VaultError};

/// The schema version this code writes.
const CURRENT: i64 = 3;

/// A committed fixture file (`tests/fixtures/vault-v1`, `vault-v2`).
fn fixture(version: &str, file: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/vault-{version}/{file}"))
}

/// A copy of a fixture vault (the committed file is never opened for writing).
fn copy_of(version: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        fixture(version, "vault.sqlite"),
        dir.path().join("vault.sqlite"),
    )
    .unwrap();
    dir
}

fn v1_copy() -> tempfile::TempDir {
    copy_of("v1")
}

/// The tables of a vault file.
fn tables(dir: &Path) -> Vec<String> {
    schema(dir)
        .into_iter()
        .filter(|(kind, ..)| kind == "table")
        .map(|(_, name, _)| name)
        .collect()
}

/// The subject Taro's reminder ids are keyed by in the version-2 fixture (its README): it derives
/// from the sealed reminder key of a rotated vault, which the migration must carry over.
const V2_TARO_SUBJECT: &str = "27d56b1c564f2d8bb41a83df1503a753d8570a91bab160b4a37c4e57176f951e";

/// What both fixtures hold (their READMEs: `fill_household` and one failed PIN entry for Taro),
/// checked on a vault opened from one; returns Taro's facts.
fn holds_the_fixture_household(vault: &Vault) -> shikaku_core::vault::MemberFacts {
    let taro = MemberId(1);
    let (member, facts, card, pins, documents) = test_support::stored(vault, taro);
    assert_eq!(member.name, "山田太郎");
    assert_eq!(card.unwrap().last4.unwrap().as_str(), "7391");
    assert_eq!(pins.failures_since(PinKind::UserCertificate), 1);
    assert_eq!(
        documents.items[0].fields[&DocumentField::Printed(Field::InsurerNumber)],
        "01130012"
    );
    assert_eq!(vault.members().unwrap().items.len(), 2);
    facts
}

/// What the version-2 fixture holds beyond that, checked on a vault opened from it.
fn holds_the_version_2_household(vault: &Vault) {
    let taro = MemberId(1);
    assert_eq!(holds_the_fixture_household(vault), insurance_facts());
    assert_eq!(vault.acknowledged_reminders(taro).unwrap().items.len(), 1);
    assert_eq!(
        vault.setting("lock_screen_preview").unwrap().as_deref(),
        Some("off")
    );
    let subject = vault
        .read(|tables| Ok(tables.reminder_subject(taro)))
        .unwrap();
    assert_eq!(subject, V2_TARO_SUBJECT);
}

fn user_version(dir: &Path) -> i64 {
    raw(dir)
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap()
}

/// Every table and index with its SQL, as SQLite stores it.
fn schema(dir: &Path) -> Vec<(String, String, Option<String>)> {
    let conn = raw(dir);
    let mut stmt = conn
        .prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn a_version_1_vault_is_migrated_with_every_record_intact() {
    let dir = v1_copy();
    assert_eq!(user_version(dir.path()), 1);
    let vault = reopen(dir.path());
    assert_eq!(user_version(dir.path()), CURRENT);
    let taro = MemberId(1);
    holds_the_fixture_household(&vault);
    // What version 2 adds works on the migrated vault.
    vault
        .acknowledge_reminder(taro, "ecert_renewal_opens", date("2026-11-21"))
        .unwrap();
    vault
        .acknowledge_reminder(taro, "ecert_renewal_opens", date("2026-11-22"))
        .unwrap();
    vault.set_setting("lock_screen_preview", "off").unwrap();
    drop(vault);
    let vault = reopen(dir.path());
    assert_eq!(vault.acknowledged_reminders(taro).unwrap().items.len(), 1);
    assert_eq!(
        vault.setting("lock_screen_preview").unwrap().as_deref(),
        Some("off")
    );
    assert!(matches!(
        vault.set_setting("山田", "x"),
        Err(VaultError::Invalid(_))
    ));
}

#[test]
fn an_upgraded_schema_equals_a_fresh_one() {
    let upgraded = v1_copy();
    reopen(upgraded.path());
    let fresh = tempfile::tempdir().unwrap();
    new_vault(fresh.path());
    assert_eq!(schema(upgraded.path()), schema(fresh.path()));
    assert_eq!(user_version(upgraded.path()), user_version(fresh.path()));
}

#[test]
fn a_wrong_key_does_not_migrate_and_a_failed_migration_changes_nothing() {
    let dir = v1_copy();
    assert!(matches!(
        Vault::open(dir.path(), Unlock::Provider(&provider(9))),
        Err(VaultError::WrongKey)
    ));
    assert_eq!(user_version(dir.path()), 1);
    // A table in the way makes the 1 → 2 migration fail halfway: nothing of it stays.
    raw(dir.path())
        .execute_batch("CREATE TABLE settings (x)")
        .unwrap();
    let before = schema(dir.path());
    assert!(Vault::open(dir.path(), Unlock::Provider(&provider(1))).is_err());
    assert_eq!(user_version(dir.path()), 1);
    assert_eq!(schema(dir.path()), before);
}

/// Version 3 (issue 15): `meta` and `key_slot` become the one `header` row, in the transaction
/// that sets the version; every record, the key and the reminder ids are kept.
#[test]
fn a_version_2_vault_is_migrated_to_one_header_row_with_every_record_intact() {
    let dir = copy_of("v2");
    assert_eq!(user_version(dir.path()), 2);
    assert!(tables(dir.path()).contains(&"key_slot".to_owned()));
    let vault = reopen(dir.path());
    assert_eq!(user_version(dir.path()), CURRENT);
    let found = tables(dir.path());
    assert!(found.contains(&"header".to_owned()), "{found:?}");
    assert!(
        !found.iter().any(|t| t == "meta" || t == "key_slot"),
        "{found:?}"
    );
    holds_the_version_2_household(&vault);
    // Writes check the key against the moved canary; a rotation rewrites the header row.
    vault.set_setting("lock_screen_preview", "on").unwrap();
    vault.rotate_key(Unlock::Provider(&provider(1))).unwrap();
    drop(vault);
    let vault = reopen(dir.path());
    assert_eq!(
        vault.setting("lock_screen_preview").unwrap().as_deref(),
        Some("on")
    );
    assert_eq!(
        vault.read(|t| Ok(t.reminder_subject(MemberId(1)))).unwrap(),
        V2_TARO_SUBJECT
    );
    let fresh = tempfile::tempdir().unwrap();
    new_vault(fresh.path());
    assert_eq!(schema(dir.path()), schema(fresh.path()));
}

#[test]
fn a_version_2_vault_is_not_migrated_without_its_key_and_is_wiped_as_it_is() {
    let dir = copy_of("v2");
    assert!(matches!(
        Vault::open(dir.path(), Unlock::Provider(&provider(9))),
        Err(VaultError::WrongKey)
    ));
    assert_eq!(user_version(dir.path()), 2);
    // A wipe does not open the vault: it erases `key_slot` and `meta` where version 2 has them
    // (an erase it could not do would be `EraseIncomplete`).
    Vault::wipe(dir.path()).unwrap();
    assert!(!dir.path().join("vault.sqlite").exists());
}

#[test]
fn a_backup_of_a_version_2_vault_restores_migrated() {
    let restored = tempfile::tempdir().unwrap();
    let dir = restored.path().join("vault");
    let passphrase = Passphrase::new("backup passphrase".into()).unwrap();
    let vault = Vault::restore_backup(
        &dir,
        &fixture("v2", "household.backup"),
        &passphrase,
        Unlock::Provider(&provider(3)),
    )
    .unwrap();
    assert_eq!(user_version(&dir), CURRENT);
    holds_the_version_2_household(&vault);
    drop(vault);
    let vault = Vault::open(&dir, Unlock::Provider(&provider(3))).unwrap();
    holds_the_version_2_household(&vault);
}

//! Schema migrations, tested from the committed fixture written at schema version 1.

use std::path::Path;

use shikaku_core::import::Field;
use shikaku_core::pin::PinKind;
use shikaku_core::test_support::{self, date, new_vault, provider, raw, reopen};
use shikaku_core::vault::{DocumentField, MemberId, Unlock, Vault, VaultError};

/// A copy of the version-1 fixture (the committed file is never opened for writing).
fn v1_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/vault-v1/vault.sqlite");
    std::fs::copy(fixture, dir.path().join("vault.sqlite")).unwrap();
    dir
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
    assert_eq!(user_version(dir.path()), 2);
    let taro = MemberId(1);
    let (member, _, card, pins, documents) = test_support::stored(&vault, taro);
    assert_eq!(member.name, "山田太郎");
    assert_eq!(card.unwrap().last4.unwrap().as_str(), "7391");
    assert_eq!(pins.failures_since(PinKind::UserCertificate), 1);
    assert_eq!(
        documents.items[0].fields[&DocumentField::Printed(Field::InsurerNumber)],
        "01130012"
    );
    assert_eq!(vault.members().unwrap().items.len(), 2);
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

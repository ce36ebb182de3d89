//! Keys and unlocking: a wrong or lost key opens nothing and says which; re-wrapping keeps the data.

mod common;

use common::{fill_household, new_vault, open_error, provider, reopen};
use shikaku_core::vault::{KeyProvider, KeyProviderError, Passphrase, Unlock, Vault, VaultError};

/// A platform provider whose key was wiped by an OS restore (or that fails otherwise).
struct Broken(KeyProviderError);

impl KeyProvider for Broken {
    fn wrap_key(&self, _: Vec<u8>) -> Result<Vec<u8>, KeyProviderError> {
        Err(self.0.clone())
    }
    fn unwrap_key(&self, _: Vec<u8>) -> Result<Vec<u8>, KeyProviderError> {
        Err(self.0.clone())
    }
}

#[test]
fn a_vault_reopens_with_its_key_and_keeps_its_records() {
    let dir = tempfile::tempdir().unwrap();
    let taro = fill_household(&new_vault(dir.path()));
    let vault = reopen(dir.path());
    assert_eq!(vault.member(taro).unwrap().name, "山田太郎");
    assert_eq!(vault.members().unwrap().items.len(), 2);
}

#[test]
fn a_wrong_key_opens_nothing() {
    let dir = tempfile::tempdir().unwrap();
    new_vault(dir.path());
    let err = open_error(dir.path(), 2);
    assert!(matches!(err, VaultError::WrongKey), "{err:?}");
}

#[test]
fn a_lost_platform_key_is_its_own_error_and_points_to_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    new_vault(dir.path());
    let lost = Broken(KeyProviderError::Unavailable);
    let err = Vault::open(dir.path(), Unlock::Provider(&lost))
        .err()
        .unwrap();
    assert!(matches!(err, VaultError::KeyUnavailable), "{err:?}");
    assert!(err.to_string().contains("backup"));
    let failing = Broken(KeyProviderError::Failed {
        reason: "keystore busy".into(),
    });
    let err = Vault::open(dir.path(), Unlock::Provider(&failing))
        .err()
        .unwrap();
    assert!(
        matches!(err, VaultError::KeyProvider(ref r) if r == "keystore busy"),
        "{err:?}"
    );
    // The vault itself is untouched.
    reopen(dir.path());
}

#[test]
fn a_key_slot_copied_from_another_vault_is_caught_by_the_canary() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    new_vault(a.path());
    new_vault(b.path());
    let other = rusqlite::Connection::open(b.path().join("vault.sqlite")).unwrap();
    let wrapped: Vec<u8> = other
        .query_row("SELECT wrapped FROM key_slot", [], |r| r.get(0))
        .unwrap();
    let conn = rusqlite::Connection::open(a.path().join("vault.sqlite")).unwrap();
    conn.execute("UPDATE key_slot SET wrapped = ?1", [wrapped])
        .unwrap();
    let err = open_error(a.path(), 1);
    assert!(matches!(err, VaultError::WrongKey), "{err:?}");
}

#[test]
fn passphrase_vaults_refuse_a_wrong_passphrase_and_rewrap_without_losing_data() {
    // Three PBKDF2 derivations at 600,000 iterations: create, wrong open, right open.
    let dir = tempfile::tempdir().unwrap();
    let right = Passphrase::new("correct horse battery".into()).unwrap();
    let wrong = Passphrase::new("correct horse battery!".into()).unwrap();
    let taro = fill_household(&Vault::create(dir.path(), Unlock::Passphrase(&right)).unwrap());
    let err = Vault::open(dir.path(), Unlock::Passphrase(&wrong))
        .err()
        .unwrap();
    assert!(matches!(err, VaultError::WrongKey), "{err:?}");
    let vault = Vault::open(dir.path(), Unlock::Passphrase(&right)).unwrap();
    // Move to a device key: the passphrase no longer opens it (no derivation: the slot kind
    // differs), the device key does, and every record is still there.
    vault.rewrap(Unlock::Provider(&provider(7))).unwrap();
    drop(vault);
    assert!(matches!(
        Vault::open(dir.path(), Unlock::Passphrase(&right)),
        Err(VaultError::WrongKey)
    ));
    let vault = Vault::open(dir.path(), Unlock::Provider(&provider(7))).unwrap();
    assert_eq!(vault.member(taro).unwrap().name, "山田太郎");
    // A second re-wrap to another device key retires the previous one.
    vault.rewrap(Unlock::Provider(&provider(8))).unwrap();
    assert!(matches!(
        Vault::open(dir.path(), Unlock::Provider(&provider(7))),
        Err(VaultError::WrongKey)
    ));
    assert_eq!(
        Vault::open(dir.path(), Unlock::Provider(&provider(8)))
            .unwrap()
            .member(taro)
            .unwrap()
            .name,
        "山田太郎"
    );
}

#[test]
fn create_refuses_an_existing_vault_and_open_a_missing_one() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(
        Vault::open(dir.path(), Unlock::Provider(&provider(1))),
        Err(VaultError::NotFound)
    ));
    new_vault(dir.path());
    assert!(matches!(
        Vault::create(dir.path(), Unlock::Provider(&provider(1))),
        Err(VaultError::AlreadyExists)
    ));
    reopen(dir.path());
}

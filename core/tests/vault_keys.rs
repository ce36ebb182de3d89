//! Keys and unlocking: a wrong or lost key opens nothing and says which; re-wrapping keeps the data.

use shikaku_core::test_support::{self, fill_household, new_vault, open_error, provider, reopen};
use shikaku_core::vault::{
    KeyProvider, KeyProviderError, LockedVault, MemberId, Passphrase, Unlock, Vault, VaultError,
};

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
        .query_row("SELECT wrapped FROM header", [], |r| r.get(0))
        .unwrap();
    let conn = rusqlite::Connection::open(a.path().join("vault.sqlite")).unwrap();
    conn.execute("UPDATE header SET wrapped = ?1", [wrapped])
        .unwrap();
    let err = open_error(a.path(), 1);
    assert!(matches!(err, VaultError::WrongKey), "{err:?}");
}

#[test]
fn passphrase_vaults_refuse_a_wrong_passphrase_and_change_key_without_losing_data() {
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
    vault.rotate_key(Unlock::Provider(&provider(7))).unwrap();
    drop(vault);
    assert!(matches!(
        Vault::open(dir.path(), Unlock::Passphrase(&right)),
        Err(VaultError::WrongKey)
    ));
    let vault = Vault::open(dir.path(), Unlock::Provider(&provider(7))).unwrap();
    assert_eq!(vault.member(taro).unwrap().name, "山田太郎");
    // A second change to another device key retires the previous one.
    vault.rotate_key(Unlock::Provider(&provider(8))).unwrap();
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

/// The key slot row of a vault file, to graft onto another copy.
fn slot_of(dir: &std::path::Path) -> Vec<u8> {
    test_support::raw(dir)
        .query_row("SELECT wrapped FROM header", [], |r| r.get(0))
        .unwrap()
}

/// The subject `taro`'s reminder ids are keyed by.
fn reminder_subject(vault: &Vault, taro: MemberId) -> String {
    vault
        .read(|tables| Ok(tables.reminder_subject(taro)))
        .unwrap()
}

/// Issue 14, defect 10: rotation re-seals every cell under a new data key (records, reminder
/// ids and acknowledgements unchanged); the old data key — grafted back as an old slot, as an
/// old backup would give it — no longer opens the vault; a damaged cell stops it unchanged.
#[test]
fn key_rotation_reseals_every_cell_and_the_old_key_no_longer_opens() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    let before = test_support::stored(&vault, taro);
    let before_subject = reminder_subject(&vault, taro);
    let old_slot = slot_of(dir.path());
    let old_cells: Vec<Vec<u8>> = sealed_names(dir.path());

    vault.rotate_key(Unlock::Provider(&provider(1))).unwrap();
    // The same handle goes on with the new key, for reads and writes.
    assert_eq!(test_support::stored(&vault, taro), before);
    let order: Vec<_> = vault
        .members()
        .unwrap()
        .items
        .iter()
        .map(|m| m.id)
        .collect();
    vault.reorder_members(&order).unwrap();
    drop(vault);
    let vault = reopen(dir.path());
    assert_eq!(test_support::stored(&vault, taro), before);
    // Reminder ids derive from a secret the rotation keeps: the phone's scheduled ones stay valid.
    assert_eq!(reminder_subject(&vault, taro), before_subject);
    let new_cells: Vec<Vec<u8>> = sealed_names(dir.path());
    assert!(old_cells.iter().zip(&new_cells).all(|(a, b)| a != b));
    drop(vault);

    // The old slot (the old data key) grafted onto the rotated file opens nothing.
    test_support::raw(dir.path())
        .execute("UPDATE header SET wrapped = ?1", [&old_slot])
        .unwrap();
    assert!(matches!(open_error(dir.path(), 1), VaultError::WrongKey));

    // A damaged cell stops the rotation; the vault is unchanged and still opens.
    let other = tempfile::tempdir().unwrap();
    let vault = new_vault(other.path());
    let taro = fill_household(&vault);
    test_support::raw(other.path())
        .execute("UPDATE members SET details = x'00' WHERE id = ?1", [taro.0])
        .unwrap();
    let slot = slot_of(other.path());
    assert!(matches!(
        vault.rotate_key(Unlock::Provider(&provider(1))),
        Err(VaultError::Tampered(_))
    ));
    assert_eq!(slot_of(other.path()), slot);
    assert!(reopen(other.path()).members().is_ok());
}

/// The members' sealed name cells as stored in the file.
fn sealed_names(dir: &std::path::Path) -> Vec<Vec<u8>> {
    test_support::raw(dir)
        .prepare("SELECT name FROM members ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// A handle opened before another handle (another process) rotated the key must not seal with
/// the old key: its next write is refused and writes nothing; the vault opens with the new key.
#[test]
fn a_handle_left_on_a_rotated_key_is_refused_its_writes() {
    let dir = tempfile::tempdir().unwrap();
    let first = new_vault(dir.path());
    fill_household(&first);
    let second = reopen(dir.path());
    first.rotate_key(Unlock::Provider(&provider(1))).unwrap();
    let stale = second.add_member(&test_support::member(
        "佐藤花子",
        "サトウハナコ",
        "1990-01-01",
        shikaku_core::vault::Relation::Spouse,
    ));
    assert!(matches!(stale, Err(VaultError::WrongKey)), "{stale:?}");
    drop((first, second));
    let members = reopen(dir.path()).members().unwrap();
    assert_eq!(members.items.len(), 2);
    assert!(members.complete().is_ok());
}

/// A locked vault tells how its key is wrapped without a key, and unlocks over its one
/// connection as `Vault::open` would: the right key opens the records, a wrong one opens nothing.
#[test]
fn a_locked_vault_names_its_wrapping_and_unlocks_only_with_its_key() {
    let dir = tempfile::tempdir().unwrap();
    let taro = fill_household(&new_vault(dir.path()));
    let locked = LockedVault::open(dir.path()).unwrap();
    assert_eq!(locked.provider_wrapped(), Some(&slot_of(dir.path())[..]));
    let vault = locked.unlock(Unlock::Provider(&provider(1))).unwrap();
    assert_eq!(vault.member(taro).unwrap().name, "山田太郎");
    drop(vault);

    let err = LockedVault::open(dir.path())
        .unwrap()
        .unlock(Unlock::Provider(&provider(2)))
        .err()
        .unwrap();
    assert!(matches!(err, VaultError::WrongKey), "{err:?}");

    let other = tempfile::tempdir().unwrap();
    let passphrase = Passphrase::new("correct horse battery".into()).unwrap();
    Vault::create(other.path(), Unlock::Passphrase(&passphrase)).unwrap();
    assert_eq!(
        LockedVault::open(other.path()).unwrap().provider_wrapped(),
        None
    );
    assert!(matches!(
        LockedVault::open(tempfile::tempdir().unwrap().path()),
        Err(VaultError::NotFound)
    ));
}

/// What the file says at the unlock counts, not what it said when it was looked at: a key
/// rotated or a trigger planted by another connection in between is seen.
#[test]
fn a_locked_vault_reads_its_header_again_when_the_file_changed() {
    let dir = tempfile::tempdir().unwrap();
    let taro = fill_household(&new_vault(dir.path()));
    let locked = LockedVault::open(dir.path()).unwrap();
    reopen(dir.path())
        .rotate_key(Unlock::Provider(&provider(3)))
        .unwrap();
    let err = locked.unlock(Unlock::Provider(&provider(1))).err().unwrap();
    assert!(matches!(err, VaultError::WrongKey), "{err:?}");
    let locked = LockedVault::open(dir.path()).unwrap();
    let rotated = Vault::open(dir.path(), Unlock::Provider(&provider(3))).unwrap();
    rotated.rotate_key(Unlock::Provider(&provider(4))).unwrap();
    drop(rotated);
    let vault = locked.unlock(Unlock::Provider(&provider(4))).unwrap();
    assert_eq!(vault.member(taro).unwrap().name, "山田太郎");
    drop(vault);

    let locked = LockedVault::open(dir.path()).unwrap();
    test_support::raw(dir.path())
        .execute_batch("CREATE VIEW v AS SELECT * FROM members;")
        .unwrap();
    let err = locked.unlock(Unlock::Provider(&provider(4))).err().unwrap();
    assert!(matches!(err, VaultError::Corrupt), "{err:?}");
}

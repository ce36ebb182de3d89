//! Backups restore everything into a fresh vault; a wrong passphrase, a truncated or an altered
//! file each give their own error and leave nothing behind. Wipe destroys the vault.

use shikaku_core::test_support::{self, fill_household, new_vault, open_error, provider};
use shikaku_core::vault::{BackupError, Passphrase, Unlock, Vault, VaultError};

fn restore(
    dir: &std::path::Path,
    file: &std::path::Path,
    passphrase: &Passphrase,
) -> Result<Vault, VaultError> {
    Vault::restore_backup(dir, file, passphrase, Unlock::Provider(&provider(2)))
}

fn backup_error(result: Result<Vault, VaultError>) -> BackupError {
    match result {
        Err(VaultError::Backup(e)) => e,
        other => panic!("expected a backup error, got {:?}", other.map(|_| ())),
    }
}

#[test]
fn a_backup_restores_everything_and_refuses_wrong_damaged_or_short_files() {
    // PBKDF2 runs three times: export, wrong passphrase, restore. Damage is found before it.
    let source = tempfile::tempdir().unwrap();
    let vault = new_vault(source.path());
    let taro = fill_household(&vault);
    let passphrase = Passphrase::new("backup passphrase".into()).unwrap();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("household.shikaku-backup");
    vault.export_backup(&file, &passphrase).unwrap();
    let bytes = std::fs::read(&file).unwrap();
    assert_eq!(&bytes[..8], b"SHIKAKUB");

    let target = tempfile::tempdir().unwrap();
    let fresh = target.path().join("restored");
    let damaged = out.path().join("damaged");
    let mut altered = bytes.clone();
    altered[bytes.len() / 2] ^= 0x01;
    std::fs::write(&damaged, &altered).unwrap();
    assert_eq!(
        backup_error(restore(&fresh, &damaged, &passphrase)),
        BackupError::Damaged
    );
    std::fs::write(&damaged, &bytes[..bytes.len() - 1]).unwrap();
    assert_eq!(
        backup_error(restore(&fresh, &damaged, &passphrase)),
        BackupError::Truncated
    );
    std::fs::write(&damaged, &bytes[..40]).unwrap();
    assert_eq!(
        backup_error(restore(&fresh, &damaged, &passphrase)),
        BackupError::Truncated
    );
    std::fs::write(&damaged, b"not a backup at all").unwrap();
    assert_eq!(
        backup_error(restore(&fresh, &damaged, &passphrase)),
        BackupError::NotABackup
    );
    let wrong = Passphrase::new("backup passphrase?".into()).unwrap();
    assert_eq!(
        backup_error(restore(&fresh, &file, &wrong)),
        BackupError::WrongPassphrase
    );
    assert!(
        !fresh.join("vault.sqlite").exists(),
        "a refused backup leaves no vault behind"
    );

    let restored = restore(&fresh, &file, &passphrase).unwrap();
    assert_eq!(
        test_support::stored(&restored, taro),
        test_support::stored(&vault, taro)
    );
    let doc = restored.documents(taro).unwrap().items[0].id;
    assert_eq!(
        restored.document(doc).unwrap(),
        vault.document(doc).unwrap()
    );
    assert_eq!(restored.members().unwrap(), vault.members().unwrap());
    // The restored vault opens with this device's key, not the old one.
    drop(restored);
    Vault::open(&fresh, Unlock::Provider(&provider(2))).unwrap();
    assert!(matches!(
        Vault::open(&fresh, Unlock::Provider(&provider(1))),
        Err(VaultError::WrongKey)
    ));
    // A restore never overwrites a vault.
    assert!(matches!(
        restore(&fresh, &file, &passphrase),
        Err(VaultError::AlreadyExists)
    ));
}

#[test]
fn wipe_destroys_the_vault_even_without_its_key() {
    let dir = tempfile::tempdir().unwrap();
    let vault_dir = dir.path().join("vault");
    fill_household(&new_vault(&vault_dir));
    // A second name for the same file stands for its blocks recovered from flash after deletion.
    let leftover_dir = dir.path().join("leftover");
    std::fs::create_dir(&leftover_dir).unwrap();
    std::fs::hard_link(
        vault_dir.join("vault.sqlite"),
        leftover_dir.join("vault.sqlite"),
    )
    .unwrap();
    Vault::wipe(&vault_dir).unwrap();
    assert!(!vault_dir.exists());
    assert!(matches!(
        Vault::open(&vault_dir, Unlock::Provider(&provider(1))),
        Err(VaultError::NotFound)
    ));
    assert!(matches!(Vault::wipe(&vault_dir), Err(VaultError::NotFound)));
    // The key was erased in place before deletion: the leftover bytes no longer open.
    let leftover = open_error(&leftover_dir, 1);
    assert!(
        matches!(leftover, VaultError::Corrupt | VaultError::WrongKey),
        "{leftover:?}"
    );
}

//! Proof that nothing personal reaches the disk in plaintext: every file of the vault directory
//! (and the backup) is searched for every personal string stored, in UTF-8, UTF-16LE and UTF-16BE.

use std::path::Path;

use shikaku_core::test_support::{fail_pin, fill_household, new_vault, provider, PERSONAL};
use shikaku_core::vault::{MemberId, Passphrase, Unlock, Vault, VaultError};

/// The encodings a string could be found in.
fn encodings(text: &str) -> [Vec<u8>; 3] {
    let le = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let be = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
    [text.as_bytes().to_vec(), le, be]
}

/// Every personal string found in any file under `dir`, with the file's name.
fn leaks(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        for text in PERSONAL {
            for needle in encodings(text) {
                if bytes.windows(needle.len()).any(|w| w == needle) {
                    found.push(format!("{text} in {}", path.display()));
                }
            }
        }
    }
    found
}

#[test]
fn no_personal_string_is_in_any_file_of_the_vault_or_its_backup() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    // The search finds what it looks for: the same strings in a plain file are reported.
    let control = tempfile::tempdir().unwrap();
    std::fs::write(
        control.path().join("plain.txt"),
        "山田太郎"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect::<Vec<u8>>(),
    )
    .unwrap();
    assert_eq!(leaks(control.path()).len(), 1);

    assert_eq!(leaks(dir.path()), Vec::<String>::new());
    // Rewrites, deletions and logs leave no plaintext behind either (secure_delete, no temp files).
    vault.rename_member(taro, "山田太郎").unwrap();
    fail_pin(&vault, taro);
    vault.remove_member(MemberId(taro.0 + 1)).unwrap();
    assert_eq!(leaks(dir.path()), Vec::<String>::new());

    let out = tempfile::tempdir().unwrap();
    vault
        .export_backup(
            &out.path().join("backup"),
            &Passphrase::new("plaintext test".into()).unwrap(),
        )
        .unwrap();
    assert_eq!(leaks(out.path()), Vec::<String>::new());
}

/// Issue 14, defects 5 and 6: `create` never changes the mode of a directory the user owns
/// (one others may write to is refused), makes a missing one 0700, and the vault file is 0600.
#[cfg(unix)]
#[test]
fn create_keeps_an_existing_directory_mode_and_writes_private_files() {
    use std::os::unix::fs::PermissionsExt;
    let mode =
        |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o7777;
    let root = tempfile::tempdir().unwrap();
    let shared = root.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o1777)).unwrap();
    assert!(matches!(
        Vault::create(&shared, Unlock::Provider(&provider(1))),
        Err(VaultError::Invalid(_))
    ));
    assert_eq!(mode(&shared), 0o1777);
    assert_eq!(std::fs::read_dir(&shared).unwrap().count(), 0);

    let readable = root.path().join("readable");
    std::fs::create_dir(&readable).unwrap();
    std::fs::set_permissions(&readable, std::fs::Permissions::from_mode(0o755)).unwrap();
    drop(new_vault(&readable));
    assert_eq!(mode(&readable), 0o755);
    assert_eq!(mode(&readable.join("vault.sqlite")), 0o600);

    let fresh = root.path().join("a/b/vault");
    drop(new_vault(&fresh));
    assert_eq!(mode(&fresh), 0o700);
    assert_eq!(mode(&fresh.join("vault.sqlite")), 0o600);
}

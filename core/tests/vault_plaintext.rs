//! Proof that nothing personal reaches the disk in plaintext: every file of the vault directory
//! (and the backup) is searched for every personal string stored, in UTF-8, UTF-16LE and UTF-16BE.

mod common;

use std::path::Path;

use common::{fail_pin, fill_household, new_vault, PERSONAL};
use shikaku_core::vault::{MemberId, Passphrase};

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
            &Passphrase::new("p".into()).unwrap(),
        )
        .unwrap();
    assert_eq!(leaks(out.path()), Vec::<String>::new());
}

//! Importing documents into the vault: what the importer reads is stored with the original
//! bytes, typed fields pass the same rules, and a full My Number is refused on every path
//! (R-NUM-2) with nothing stored.

mod common;

use std::collections::BTreeMap;

use common::{date, fill_household, new_vault};
use shikaku_core::vault::{DocumentKind, Intake, NewDocument, VaultError};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .unwrap()
}

fn typed(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn a_mynaportal_pdf_is_read_and_stored_with_its_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let member = fill_household(&vault);
    let bytes = fixture("mynaportal_embedded.pdf");
    let intake = Intake {
        content: bytes.clone(),
        kind: None,
        typed: BTreeMap::new(),
        source: "record.pdf".into(),
    };
    let imported = vault
        .import_document(member, intake, date("2026-11-21"))
        .unwrap();
    assert_eq!(
        imported.extraction.fields.saved_at,
        Some(date("2025-01-01"))
    );
    let stored = vault.document(imported.document).unwrap();
    assert_eq!(stored.content, bytes);
    assert_eq!(stored.summary.kind, DocumentKind::MynaportalPdf);
    assert_eq!(
        stored.summary.fields.get("saved_at").map(String::as_str),
        Some("2025-01-01")
    );
    assert_eq!(
        stored
            .summary
            .fields
            .get("insurer_number")
            .map(String::as_str),
        Some("06139992")
    );
}

#[test]
fn typed_fields_of_a_photo_are_checked_and_normalised() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let member = fill_household(&vault);
    let photo = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    let intake = Intake {
        content: photo,
        kind: Some(DocumentKind::Notice),
        typed: typed(&[
            ("issued", "令和6年10月1日"),
            ("last4", "１２３４"),
            ("insurer_number", "06139992"),
        ]),
        source: "camera".into(),
    };
    let imported = vault
        .import_document(member, intake, date("2026-11-21"))
        .unwrap();
    let fields = vault.document(imported.document).unwrap().summary.fields;
    assert_eq!(fields.get("issued").map(String::as_str), Some("2024-10-01"));
    assert_eq!(fields.get("last4").map(String::as_str), Some("1234"));
    assert_eq!(vault.documents(member).unwrap().items.len(), 2);
}

#[test]
fn a_full_my_number_is_refused_in_every_field_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let member = fill_household(&vault);
    let before = vault.documents(member).unwrap().items.len();
    for (field, value) in [
        ("number", "1234 5678 9018"),
        ("last4", "123456789018"),
        ("memo", "123456789018"),
    ] {
        let intake = Intake {
            content: fixture("mynaportal_embedded.pdf"),
            kind: None,
            typed: typed(&[(field, value)]),
            source: "x".into(),
        };
        match vault.import_document(member, intake, date("2026-11-21")) {
            Err(error @ VaultError::Field { .. }) => {
                assert!(error.to_string().contains(field), "{error}");
                assert!(
                    !error.to_string().contains("9018"),
                    "the number is echoed: {error}"
                );
            }
            other => panic!("{field}: expected a field error, got {other:?}"),
        }
    }
    // The lower-level path refuses it too.
    let direct = NewDocument {
        kind: DocumentKind::Notice,
        content: vec![1, 2, 3],
        fields: typed(&[("note", "マイナンバー 123456789018")]),
        source: "x".into(),
        stored_on: date("2026-11-21"),
    };
    assert!(matches!(
        vault.add_document(member, &direct),
        Err(VaultError::Field { .. })
    ));
    assert_eq!(vault.documents(member).unwrap().items.len(), before);
}

#[test]
fn unreadable_files_and_bad_dates_are_typed_errors() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let member = fill_household(&vault);
    let junk = Intake {
        content: b"not a document".to_vec(),
        kind: None,
        typed: BTreeMap::new(),
        source: "x".into(),
    };
    assert!(matches!(
        vault.import_document(member, junk, date("2026-11-21")),
        Err(VaultError::Import(_))
    ));
    let bad_date = Intake {
        content: fixture("mynaportal_embedded.pdf"),
        kind: None,
        typed: typed(&[("expires", "2026-02-30")]),
        source: "x".into(),
    };
    assert!(matches!(
        vault.import_document(member, bad_date, date("2026-11-21")),
        Err(VaultError::Field { .. })
    ));
}

#[test]
fn free_text_fields_refuse_a_full_my_number_too() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let mut member = common::member(
        "山田 123456789018",
        "ヤマダ",
        "1980-05-10",
        shikaku_core::vault::Relation::Myself,
    );
    assert!(matches!(
        vault.add_member(&member),
        Err(VaultError::Field { .. })
    ));
    member.name = "山田太郎".into();
    member.kana = Some("1234-5678-9018".into());
    assert!(matches!(
        vault.add_member(&member),
        Err(VaultError::Field { .. })
    ));
    let taro = fill_household(&vault);
    let named_file = Intake {
        content: fixture("mynaportal_embedded.pdf"),
        kind: None,
        typed: BTreeMap::new(),
        source: "123456789018.pdf".into(),
    };
    assert!(matches!(
        vault.import_document(taro, named_file, date("2026-11-21")),
        Err(VaultError::Field { .. })
    ));
    assert!(matches!(
        vault.set_setting("note", "123456789018"),
        Err(VaultError::Field { .. })
    ));
}

/// Issue 14, defect 3: the one detector (core/src/numbers.rs) at every entry point, with any
/// separator between the groups, and never echoing the number.
#[test]
fn a_my_number_with_any_separator_is_refused_at_every_entry_point() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    let stored = vault.documents(taro).unwrap().items.len();
    for sep in [
        "  ", "-", "–", "—", "ー", ".", "/", ",", "_", "\u{200B}", "\t", "\n",
    ] {
        let number = format!("1234{sep}5678{sep}9018");
        let mut member = common::member(
            &format!("Taro {number}"),
            "タロウ",
            "1980-05-10",
            shikaku_core::vault::Relation::Myself,
        );
        let refused = vault.add_member(&member).unwrap_err().to_string();
        assert!(!refused.contains("9018"), "{refused}");
        member.name = "Taro".into();
        member.kana = Some(number.clone());
        assert!(matches!(
            vault.add_member(&member),
            Err(VaultError::Field { .. })
        ));
        for (typed_fields, source) in [
            (typed(&[("memo", &number)]), "photo.jpg".to_string()),
            (typed(&[(&number, "x")]), "photo.jpg".to_string()),
            (BTreeMap::new(), format!("{number}.jpg")),
        ] {
            let intake = Intake {
                content: b"\xFF\xD8\xFF\xE0\0\x10JFIF a photo".to_vec(),
                kind: Some(DocumentKind::Image),
                typed: typed_fields,
                source,
            };
            let refused = vault
                .import_document(taro, intake, date("2026-11-21"))
                .unwrap_err();
            assert!(
                matches!(refused, VaultError::Field { .. }),
                "{sep:?}: {refused}"
            );
            assert!(!refused.to_string().contains("9018"), "{refused}");
        }
        let pack = vault.school_pack(
            taro,
            shikaku_core::scenario::Visit::SchoolTrip,
            Some(format!("tel {number}")),
            date("2026-11-21"),
            shikaku_core::text::Language::Ja,
        );
        assert!(matches!(pack, Err(VaultError::Field { .. })), "{sep:?}");
    }
    assert_eq!(vault.documents(taro).unwrap().items.len(), stored);
}

/// Issue 14, defect 3: a document whose text holds a valid My Number is not stored, even when
/// the field it stands in was refused by its rule; ordinary records still are.
#[test]
fn a_document_whose_text_holds_a_my_number_is_not_stored() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let taro = fill_household(&vault);
    let stored = vault.documents(taro).unwrap().items.len();
    let intake = Intake {
        content: fixture("mynaportal_suspicious.pdf"),
        kind: None,
        typed: BTreeMap::new(),
        source: "record.pdf".into(),
    };
    assert!(matches!(
        vault.import_document(taro, intake, date("2026-11-21")),
        Err(VaultError::Import(
            shikaku_core::import::ImportError::HoldsMyNumber
        ))
    ));
    assert_eq!(vault.documents(taro).unwrap().items.len(), stored);
    for name in [
        "mynaportal_chromium.pdf",
        "mynaportal_cid.pdf",
        "mynaportal_elderly.pdf",
        "mynaportal_elderly_cid.pdf",
        "mynaportal_embedded.pdf",
    ] {
        let intake = Intake {
            content: fixture(name),
            kind: None,
            typed: BTreeMap::new(),
            source: "record.pdf".into(),
        };
        vault
            .import_document(taro, intake, date("2026-11-21"))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

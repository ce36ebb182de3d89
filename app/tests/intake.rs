//! Importing documents into the vault: what the importer reads is stored with the original
//! bytes, typed fields pass the same rules, and a full My Number is refused on every path
//! (R-NUM-2) with nothing stored.

use std::collections::BTreeMap;

use shikaku_app::use_cases::counter_card::CounterCard;
use shikaku_app::use_cases::intake::{import_document, Imported, Intake};
use shikaku_app::use_cases::school_pack::school_pack;
use shikaku_app::use_cases::UseCaseError;
use shikaku_core::import::{Field, FieldError, ImportError};
use shikaku_core::numbers::NumberError;
use shikaku_core::test_support::{self, date, fill_household, new_vault};
use shikaku_core::vault::{DocumentField, DocumentKind, NewDocument, VaultError};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../core/tests/fixtures")
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
    let imported = import_document(&vault, member, intake, date("2026-11-21")).unwrap();
    assert_eq!(
        imported.extraction.fields.saved_at,
        Some(date("2025-01-01"))
    );
    let stored = vault.document(imported.document).unwrap();
    assert_eq!(stored.content, bytes);
    assert_eq!(stored.summary.kind, DocumentKind::MynaportalPdf);
    assert_eq!(
        stored
            .summary
            .fields
            .get(&DocumentField::Printed(Field::SavedAt))
            .map(String::as_str),
        Some("2025-01-01")
    );
    assert_eq!(
        stored
            .summary
            .fields
            .get(&DocumentField::Printed(Field::InsurerNumber))
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
    let imported = import_document(&vault, member, intake, date("2026-11-21")).unwrap();
    let fields = vault.document(imported.document).unwrap().summary.fields;
    assert_eq!(
        fields.get(&DocumentField::Issued).map(String::as_str),
        Some("2024-10-01")
    );
    assert_eq!(
        fields.get(&DocumentField::Last4).map(String::as_str),
        Some("1234")
    );
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
        match import_document(&vault, member, intake, date("2026-11-21")) {
            Err(UseCaseError::Vault(error @ VaultError::FullMyNumber { .. })) => {
                assert!(matches!(&error, VaultError::FullMyNumber { field: f } if f == field));
                assert!(error.to_string().contains(field), "{error}");
                assert!(
                    !error.to_string().contains("9018"),
                    "the number is echoed: {error}"
                );
            }
            other => panic!("{field}: expected a full My Number error, got {other:?}"),
        }
    }
    // The lower-level path refuses it too.
    let direct = NewDocument {
        kind: DocumentKind::Notice,
        content: vec![1, 2, 3],
        fields: [(
            DocumentField::Printed(Field::InsurerName),
            "マイナンバー 123456789018".to_owned(),
        )]
        .into(),
        source: "x".into(),
        stored_on: date("2026-11-21"),
    };
    assert!(matches!(
        vault.add_document(member, &direct),
        Err(VaultError::FullMyNumber { .. })
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
        import_document(&vault, member, junk, date("2026-11-21")),
        Err(UseCaseError::Import(ImportError::UnsupportedType))
    ));
    let bad_date = Intake {
        content: fixture("mynaportal_embedded.pdf"),
        kind: None,
        typed: typed(&[("expires", "2026-02-30")]),
        source: "x".into(),
    };
    assert!(matches!(
        import_document(&vault, member, bad_date, date("2026-11-21")),
        Err(UseCaseError::Field {
            reason: FieldError::Date(_),
            ..
        })
    ));
}

/// A typed field refused by its own rule carries the rule's typed reason (issue 10), so a screen
/// can tell twelve digits typed as the last 4 from a mistyped date.
#[test]
fn a_typed_field_refused_by_its_rule_names_the_rule() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let member = fill_household(&vault);
    for ((name, value), expected) in [
        // Twelve digits whose last is not their check digit: not caught as a My Number in free
        // text, but never a last 4 either (R-NUM-2).
        (
            ("last4", "123456789010"),
            FieldError::Number(NumberError::FullMyNumber),
        ),
        (
            ("last4", "12"),
            FieldError::Number(NumberError::NotFourDigits),
        ),
        (("copy_only", "yes"), FieldError::NotTrueOrFalse),
        (("nickname", "Hana"), FieldError::UnknownField),
        (
            ("insurer_number", "0613999"),
            FieldError::Number(NumberError::InsurerLength),
        ),
    ] {
        let intake = Intake {
            content: b"\x89PNG\r\n\x1a\n a photo".to_vec(),
            kind: Some(DocumentKind::Notice),
            typed: typed(&[(name, value)]),
            source: "camera".into(),
        };
        match import_document(&vault, member, intake, date("2026-11-21")) {
            Err(UseCaseError::Field { field, reason }) => {
                assert_eq!((field.as_str(), reason), (name, expected));
            }
            other => panic!("{name}: expected a field error, got {other:?}"),
        }
    }
}

#[test]
fn free_text_fields_refuse_a_full_my_number_too() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let mut member = test_support::member(
        "山田 123456789018",
        "ヤマダ",
        "1980-05-10",
        shikaku_core::vault::Relation::Myself,
    );
    assert!(matches!(
        vault.add_member(&member),
        Err(VaultError::FullMyNumber { .. })
    ));
    member.name = "山田太郎".into();
    member.kana = Some("1234-5678-9018".into());
    assert!(matches!(
        vault.add_member(&member),
        Err(VaultError::FullMyNumber { .. })
    ));
    let taro = fill_household(&vault);
    let named_file = Intake {
        content: fixture("mynaportal_embedded.pdf"),
        kind: None,
        typed: BTreeMap::new(),
        source: "123456789018.pdf".into(),
    };
    assert!(matches!(
        import_document(&vault, taro, named_file, date("2026-11-21")),
        Err(UseCaseError::Vault(VaultError::FullMyNumber { .. }))
    ));
    assert!(matches!(
        vault.set_setting("note", "123456789018"),
        Err(VaultError::FullMyNumber { .. })
    ));
}

/// Imports `mynaportal_cid.pdf` (氏名 デジタル 花子) for `member`.
fn import_hanako_pdf(
    vault: &shikaku_core::vault::Vault,
    member: shikaku_core::vault::MemberId,
    typed_fields: &[(&str, &str)],
) -> Imported {
    let intake = Intake {
        content: fixture("mynaportal_cid.pdf"),
        kind: None,
        typed: typed(typed_fields),
        source: "cid.pdf".into(),
    };
    import_document(vault, member, intake, date("2026-11-21")).unwrap()
}

#[test]
fn the_printed_name_is_checked_against_the_member_and_kept_with_the_document() {
    use shikaku_core::vault::OwnerCheck;
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let hanako = test_support::add(
        &vault,
        "デジタル　花子",
        "1990-01-01",
        shikaku_core::vault::Relation::Myself,
    );
    let child = test_support::add(
        &vault,
        "山田 陽太",
        "2018-05-05",
        shikaku_core::vault::Relation::Child,
    );
    // R-OWNER-1: NFKC, spaces ignored (the member is stored with a full-width space).
    let own = import_hanako_pdf(&vault, hanako, &[]);
    assert_eq!(own.owner, OwnerCheck::Match);
    let json = serde_json::to_value(&own).unwrap();
    assert_eq!(json["owner"], "match");
    let other = import_hanako_pdf(&vault, child, &[]);
    assert_eq!(other.owner, OwnerCheck::Mismatch);
    // The name matches but a typed birth date printed on it does not.
    let wrong_birth = import_hanako_pdf(&vault, hanako, &[("birth_date", "1991-01-01")]);
    assert_eq!(wrong_birth.owner, OwnerCheck::Mismatch);
    // Nothing printed to compare: a photo without a typed name.
    let photo = Intake {
        content: b"\x89PNG\r\n\x1a\n rest of a photo".to_vec(),
        kind: Some(DocumentKind::Notice),
        typed: typed(&[("issued", "2026-10-01")]),
        source: "camera".into(),
    };
    let unknown = import_document(&vault, child, photo, date("2026-11-21")).unwrap();
    assert_eq!(unknown.owner, OwnerCheck::Unknown);

    // Stored with the document, sealed, across a reopen.
    drop(vault);
    let vault = test_support::reopen(dir.path());
    let listed = vault.documents(child).unwrap().items;
    assert_eq!(
        listed.iter().map(|d| d.owner).collect::<Vec<_>>(),
        [OwnerCheck::Mismatch, OwnerCheck::Unknown]
    );
    assert!(listed[0].owner_unconfirmed() && !listed[1].owner_unconfirmed());
    // Not handed over until confirmed; another member's document is not found.
    assert!(matches!(
        vault.document_to_hand_over(child, other.document),
        Err(VaultError::Invalid(_))
    ));
    assert!(matches!(
        vault.confirm_owner(hanako, other.document),
        Err(VaultError::NoSuchDocument(_))
    ));
    let confirmed = vault.confirm_owner(child, other.document).unwrap();
    assert!(confirmed.owner_confirmed && !confirmed.owner_unconfirmed());
    assert_eq!(confirmed.owner, OwnerCheck::Mismatch);
    drop(vault);
    let vault = test_support::reopen(dir.path());
    let bytes = vault
        .document_to_hand_over(child, other.document)
        .unwrap()
        .content;
    assert_eq!(bytes, fixture("mynaportal_cid.pdf"));
}

#[test]
fn a_mismatched_document_reaches_the_advice_as_not_theirs_until_confirmed() {
    use shikaku_core::advice::Item;
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let child = test_support::add(
        &vault,
        "山田 陽太",
        "2018-05-05",
        shikaku_core::vault::Relation::Child,
    );
    vault
        .set_card(
            child,
            &shikaku_core::vault::CardRecord {
                expires: Some(date("2028-05-05")),
                ecert_expires: date("2028-05-05"),
                insurance_registered: true,
                last4: None,
            },
        )
        .unwrap();
    let imported = import_hanako_pdf(&vault, child, &[]);
    let today = date("2026-11-21");
    let card = CounterCard::read(&vault, child).unwrap();
    let pdf = card.person().saved_pdf.unwrap();
    assert!(pdf.owner_mismatch);
    assert_eq!(card.document_for(Item::SavedPdf), None);
    // Issue 11, item 7: an 8-year-old with デジタル 花子's PDF is not ready for the teacher.
    let visit = shikaku_core::scenario::Visit::SchoolTrip;
    let pack = school_pack(
        &vault,
        child,
        visit,
        None,
        today,
        shikaku_core::text::Language::Ja,
    )
    .unwrap();
    assert!(!pack.pack.ready);
    assert_eq!(pack.document, None);

    vault.confirm_owner(child, imported.document).unwrap();
    let card = CounterCard::read(&vault, child).unwrap();
    assert!(!card.person().saved_pdf.unwrap().owner_mismatch);
    let pack = school_pack(
        &vault,
        child,
        visit,
        None,
        today,
        shikaku_core::text::Language::Ja,
    )
    .unwrap();
    assert_eq!(pack.document, Some(imported.document));
}

#[test]
fn typed_valid_from_limit_category_and_birth_date_are_checked_and_reach_the_scenario() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let member = fill_household(&vault);
    let certificate = |fields: &[(&str, &str)]| Intake {
        content: b"\x89PNG\r\n\x1a\n a certificate photo".to_vec(),
        kind: Some(DocumentKind::Certificate),
        typed: typed(fields),
        source: "camera".into(),
    };
    for bad in [
        ("valid_from", "not a date"),
        ("birth_date", "1952-02-30"),
        ("limit_category", "yes"),
    ] {
        let refused = import_document(&vault, member, certificate(&[bad]), date("2026-11-21"));
        assert!(
            matches!(&refused, Err(UseCaseError::Field { field, .. }) if field == bad.0),
            "{bad:?}: {refused:?}"
        );
    }
    import_document(
        &vault,
        member,
        certificate(&[
            ("expires", "令和11年12月1日"),
            ("valid_from", "2026-04-01"),
            ("limit_category", "true"),
        ]),
        date("2026-11-21"),
    )
    .unwrap();
    let person = CounterCard::read(&vault, member).unwrap().person();
    let held = person.certificate.unwrap();
    assert_eq!(held.expires, date("2029-12-01"));
    assert_eq!(held.valid_from, Some(date("2026-04-01")));
    assert!(held.limit_category && !held.copy_only && !held.owner_mismatch);
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
        let mut member = test_support::member(
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
            Err(VaultError::FullMyNumber { .. })
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
            let refused = import_document(&vault, taro, intake, date("2026-11-21")).unwrap_err();
            assert!(
                matches!(
                    refused,
                    UseCaseError::Vault(VaultError::FullMyNumber { .. })
                ),
                "{sep:?}: {refused}"
            );
            assert!(!refused.to_string().contains("9018"), "{refused}");
        }
        let pack = school_pack(
            &vault,
            taro,
            shikaku_core::scenario::Visit::SchoolTrip,
            Some(format!("tel {number}")),
            date("2026-11-21"),
            shikaku_core::text::Language::Ja,
        );
        assert!(
            matches!(
                pack,
                Err(UseCaseError::Vault(VaultError::FullMyNumber { .. }))
            ),
            "{sep:?}"
        );
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
        import_document(&vault, taro, intake, date("2026-11-21")),
        Err(UseCaseError::Import(ImportError::HoldsMyNumber))
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
        import_document(&vault, taro, intake, date("2026-11-21"))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

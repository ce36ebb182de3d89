//! Shared fixtures of the vault tests: a fast test key provider and a sample household whose
//! personal strings the tests look for.
#![allow(dead_code)] // each test file uses a part

use std::path::Path;

use shikaku_core::dates::JapanDate;
use shikaku_core::import::Field;
use shikaku_core::numbers::Last4;
use shikaku_core::vault::{
    CardRecord, DocumentField, DocumentFields, DocumentKind, MemberId, NewDocument, NewMember,
    RawKeyProvider, Relation, Unlock, Vault,
};

/// A raw-key provider: no PBKDF2, so tests stay fast.
pub fn provider(seed: u8) -> RawKeyProvider {
    RawKeyProvider::new(&[seed; 32])
}

pub fn date(text: &str) -> JapanDate {
    text.parse().unwrap()
}

/// Creates a vault unlocked by `provider(1)`.
pub fn new_vault(dir: &Path) -> Vault {
    Vault::create(dir, Unlock::Provider(&provider(1))).unwrap()
}

/// Opens a vault made by [`new_vault`].
pub fn reopen(dir: &Path) -> Vault {
    Vault::open(dir, Unlock::Provider(&provider(1))).unwrap()
}

pub fn member(name: &str, kana: &str, birth: &str, relation: Relation) -> NewMember {
    NewMember {
        name: name.into(),
        kana: Some(kana.into()),
        birth_date: Some(date(birth)),
        relation,
        mynaportal_app: true,
    }
}

/// Personal strings stored by [`fill_household`]; none may appear in any file of the vault.
pub const PERSONAL: &[&str] = &[
    "山田太郎",
    "ヤマダタロウ",
    "山田花子",
    "1952-02-29",
    "全国健康保険協会東京支部",
    "01130012",
    "記号AB12",
    "7391",
    "Yamada-Taro-Passport",
];

/// Stores a small household with every kind of record; returns the first member.
pub fn fill_household(vault: &Vault) -> MemberId {
    let taro = vault
        .add_member(&member(
            "山田太郎",
            "ヤマダタロウ",
            "1952-02-29",
            Relation::Myself,
        ))
        .unwrap();
    let hanako = vault
        .add_member(&member(
            "山田花子",
            "ヤマダハナコ",
            "1955-06-01",
            Relation::Spouse,
        ))
        .unwrap();
    vault
        .set_card(
            taro,
            &CardRecord {
                expires: Some(date("2031-05-10")),
                ecert_expires: date("2026-05-10"),
                insurance_registered: true,
                last4: Some(Last4::parse("7391").unwrap()),
            },
        )
        .unwrap();
    let fields: DocumentFields = [
        (Field::SavedAt, "2026-01-01"),
        (Field::InsurerName, "全国健康保険協会東京支部"),
        (Field::InsurerNumber, "01130012"),
        (Field::Symbol, "記号AB12"),
        (Field::Name, "山田太郎"),
    ]
    .into_iter()
    .map(|(k, v)| (DocumentField::Printed(k), v.to_string()))
    .collect();
    for owner in [taro, hanako] {
        vault
            .add_document(
                owner,
                &NewDocument {
                    kind: DocumentKind::MynaportalPdf,
                    content: b"%PDF-1.7 Yamada-Taro-Passport".to_vec(),
                    fields: fields.clone(),
                    source: "Yamada-Taro-Passport.pdf".into(),
                    stored_on: date("2026-01-02"),
                },
            )
            .unwrap();
    }
    taro
}

/// A plain SQLite connection to a vault's file, for tests that damage it.
pub fn raw(dir: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(dir.join("vault.sqlite")).unwrap()
}

/// Adds a member with a kana and relation of no interest to the test.
pub fn add(vault: &Vault, name: &str, birth: &str, relation: Relation) -> MemberId {
    vault
        .add_member(&member(name, "カナ", birth, relation))
        .unwrap()
}

/// Logs one wrong entry of the clinic reader's PIN on 2026-11-21.
pub fn fail_pin(vault: &Vault, member: MemberId) {
    vault
        .record_pin(
            member,
            shikaku_core::pin::PinKind::UserCertificate,
            shikaku_core::vault::PinOutcome::Failed,
            date("2026-11-21"),
        )
        .unwrap();
}

/// Why opening `dir` with `provider(seed)` fails (it must).
pub fn open_error(dir: &Path, seed: u8) -> shikaku_core::vault::VaultError {
    match Vault::open(dir, Unlock::Provider(&provider(seed))) {
        Ok(_) => panic!("the vault opened"),
        Err(error) => error,
    }
}

/// The members' names in household order, as the vault lists them.
pub fn member_names(vault: &Vault) -> Vec<String> {
    let members = vault.members().unwrap().items;
    members.into_iter().map(|m| m.name).collect()
}

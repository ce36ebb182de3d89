//! Test support (テスト用の補助), for the tests and benchmarks of the core and of the crates above
//! it; never in a shipped build (compiled for the core's own tests, or with the `test-support`
//! feature, which only dev-dependencies turn on): the one date helper every test uses, a fast
//! key provider and a sample household whose personal strings the vault tests look for.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // a failed fixture is a failed test

use std::path::Path;

use crate::dates::JapanDate;
use crate::import::Field;
use crate::numbers::Last4;
use crate::pin::PinGuard;
use crate::scenario::{LimitCertificate, SubsidyCard, SubsidyKind};
use crate::vault::{
    CardRecord, DocumentField, DocumentFields, DocumentKind, DocumentSummary, Listing, Member,
    MemberFacts, MemberId, NewDocument, NewMember, RawKeyProvider, Relation, Unlock, Vault,
};

/// A Japan date from ISO text (`2026-11-21`); anything else fails the test.
pub fn date(text: &str) -> JapanDate {
    text.parse()
        .unwrap_or_else(|_| panic!("not an ISO date: {text}"))
}

/// A raw-key provider: no PBKDF2, so tests stay fast.
pub fn provider(seed: u8) -> RawKeyProvider {
    RawKeyProvider::new(&[seed; 32])
}

/// Creates a vault unlocked by `provider(1)`.
pub fn new_vault(dir: &Path) -> Vault {
    Vault::create(dir, Unlock::Provider(&provider(1))).unwrap()
}

/// Opens a vault made by [`new_vault`].
pub fn reopen(dir: &Path) -> Vault {
    Vault::open(dir, Unlock::Provider(&provider(1))).unwrap()
}

/// A member to add, with the マイナポータル app.
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
            crate::pin::PinKind::UserCertificate,
            crate::vault::PinOutcome::Failed,
            date("2026-11-21"),
        )
        .unwrap();
}

/// Why opening `dir` with `provider(seed)` fails (it must).
pub fn open_error(dir: &Path, seed: u8) -> crate::vault::VaultError {
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

/// Card facts of no interest to the test: a valid card whose certificate expires on 2026-05-10.
pub fn card() -> CardRecord {
    CardRecord {
        expires: Some(date("2031-05-10")),
        ecert_expires: date("2026-05-10"),
        insurance_registered: true,
        last4: None,
    }
}

/// Version-2 facts worth storing for a member: a change of insurer, the phone, a 医療証 and a
/// 限度額適用認定証.
pub fn insurance_facts() -> MemberFacts {
    MemberFacts {
        insurance_changed_on: Some(date("2026-10-01")),
        new_insurer_registered: true,
        smartphone_card: true,
        elderly_income_general: true,
        subsidy_card: Some(SubsidyCard {
            expires: Some(date("2027-03-31")),
            linked_to_card: true,
            kind: SubsidyKind::Child,
            owner_mismatch: false,
        }),
        limit_certificate: Some(LimitCertificate {
            expires: date("2027-07-31"),
            issued: Some(date("2026-10-15")),
            owner_mismatch: false,
        }),
    }
}

/// Everything stored about one member, table by table.
pub type Stored = (
    Member,
    MemberFacts,
    Option<CardRecord>,
    PinGuard,
    Listing<DocumentSummary>,
);

/// Everything stored about `member`, read through the repositories in one snapshot: what tests
/// compare before and after a rotation, a backup or a migration.
pub fn stored(vault: &Vault, member: MemberId) -> Stored {
    vault
        .read(|tables| {
            Ok((
                tables.members().get(member)?,
                tables.members().facts(member)?,
                tables.cards().get(member)?,
                tables.pin_log().guard(member)?,
                tables.documents().list(member)?,
            ))
        })
        .unwrap()
}

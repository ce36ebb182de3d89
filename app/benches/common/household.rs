//! The household both vault benchmarks read (criterion's `vault` and callgrind's
//! `instructions`): six members, 50 documents of 60 kB, in an encrypted vault and in a plain
//! rusqlite database of the same shape, and the counter-card read on each.

use std::path::Path;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use shikaku_app::use_cases::counter_card::CounterCard;
use shikaku_core::import::Field;
use shikaku_core::pin::PinKind;
use shikaku_core::test_support::date;
use shikaku_core::vault::{
    CardRecord, DocumentField, DocumentFields, DocumentKind, MemberId, NewDocument, NewMember,
    PinOutcome, RawKeyProvider, Relation, Unlock, Vault,
};

const MEMBERS: i64 = 6;
const DOCUMENTS: usize = 50;
/// A typical saved Mynaportal PDF is tens of kilobytes.
const DOCUMENT_BYTES: usize = 60_000;
/// The member whose card is read (the household's third).
pub const READ_MEMBER: i64 = 3;

/// The same connection settings as the vault's: only encryption is left out of the comparison.
const PRAGMAS: &str = "PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; \
                       PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON; \
                       PRAGMA trusted_schema = OFF;";

fn fields(i: usize) -> DocumentFields {
    [
        (Field::SavedAt, format!("2026-0{}-01", 1 + i % 9)),
        (Field::InsurerName, "全国健康保険協会東京支部".to_owned()),
        (Field::InsurerNumber, "01130012".to_owned()),
        (Field::Symbol, "12345".to_owned()),
        (Field::Number, format!("{i}")),
        (Field::Name, "山田太郎".to_owned()),
    ]
    .into_iter()
    .map(|(k, v)| (DocumentField::Printed(k), v))
    .collect()
}

/// The encrypted household.
pub fn fill_vault(dir: &Path, provider: &RawKeyProvider) {
    let vault = Vault::create(dir, Unlock::Provider(provider)).expect("create");
    for m in 0..MEMBERS {
        let id = vault
            .add_member(&NewMember {
                name: format!("山田 {m}"),
                kana: Some("ヤマダ".into()),
                birth_date: Some(date("1980-01-01")),
                relation: Relation::Other,
                mynaportal_app: true,
            })
            .expect("member");
        vault
            .set_card(
                id,
                &CardRecord {
                    expires: Some(date("2031-05-10")),
                    ecert_expires: date("2026-05-10"),
                    insurance_registered: true,
                    last4: None,
                },
            )
            .expect("card");
        for outcome in [
            PinOutcome::Failed,
            PinOutcome::Succeeded,
            PinOutcome::Failed,
        ] {
            vault
                .record_pin(id, PinKind::UserCertificate, outcome, date("2026-11-21"))
                .expect("pin");
        }
    }
    for i in 0..DOCUMENTS {
        let member = MemberId(1 + (i as i64) % MEMBERS);
        let document = NewDocument {
            kind: DocumentKind::MynaportalPdf,
            content: vec![b'%'; DOCUMENT_BYTES],
            fields: fields(i),
            source: "資格情報.pdf".into(),
            stored_on: date("2026-11-21"),
        };
        vault.add_document(member, &document).expect("document");
    }
}

/// The same household in plaintext: the vault's tables and constraints (schema.rs, versions 1 to
/// 3) but for its `header` row (key slot, vault id, canary), which only encryption needs; JSON
/// where the vault seals JSON.
pub fn fill_plain(path: &Path) {
    let conn = Connection::open(path).expect("plain db");
    conn.execute_batch(
        "CREATE TABLE members (id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL,
             name BLOB NOT NULL, details BLOB NOT NULL);
         CREATE TABLE documents (id INTEGER PRIMARY KEY AUTOINCREMENT, member_id INTEGER NOT NULL
             REFERENCES members(id) ON DELETE CASCADE, summary BLOB NOT NULL, content BLOB NOT NULL);
         CREATE INDEX documents_by_member ON documents(member_id);
         CREATE TABLE card_facts (member_id INTEGER PRIMARY KEY NOT NULL
             REFERENCES members(id) ON DELETE CASCADE, facts BLOB NOT NULL);
         CREATE TABLE pin_log (id INTEGER PRIMARY KEY AUTOINCREMENT, member_id INTEGER NOT NULL
             REFERENCES members(id) ON DELETE CASCADE, event BLOB NOT NULL);
         CREATE INDEX pin_log_by_member ON pin_log(member_id);
         CREATE TABLE reminder_acks (id INTEGER PRIMARY KEY AUTOINCREMENT,
             member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
             ack BLOB NOT NULL);
         CREATE INDEX reminder_acks_by_member ON reminder_acks(member_id);
         CREATE TABLE settings (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE,
             value BLOB NOT NULL);",
    )
    .expect("plain schema");
    for m in 1..=MEMBERS {
        let details = r#"{"kana":"ヤマダ","birth_date":"1980-01-01","relation":"other","mynaportal_app":true}"#;
        conn.execute(
            "INSERT INTO members (id, position, name, details) VALUES (?1, ?1, ?2, ?3)",
            params![m, format!("山田 {m}"), details],
        )
        .expect("member");
        let facts =
            r#"{"expires":"2031-05-10","ecert_expires":"2026-05-10","insurance_registered":true}"#;
        conn.execute("INSERT INTO card_facts VALUES (?1, ?2)", params![m, facts])
            .expect("card");
        for outcome in ["failed", "succeeded", "failed"] {
            let event = format!(
                r#"{{"member":{m},"kind":"user_certificate","outcome":"{outcome}","on":"2026-11-21"}}"#
            );
            conn.execute(
                "INSERT INTO pin_log (member_id, event) VALUES (?1, ?2)",
                params![m, event],
            )
            .expect("pin");
        }
    }
    for i in 0..DOCUMENTS {
        let member = 1 + (i as i64) % MEMBERS;
        let summary = serde_json::json!({
            "member": member, "kind": "mynaportal_pdf", "fields": fields(i),
            "source": "資格情報.pdf", "stored_on": "2026-11-21",
        })
        .to_string();
        conn.execute(
            "INSERT INTO documents (member_id, summary, content) VALUES (?1, ?2, ?3)",
            params![member, summary, vec![b'%'; DOCUMENT_BYTES]],
        )
        .expect("document");
    }
}

/// Opens the plain database and reads what the counter card reads, parsing the same JSON.
pub fn plain_counter_card(path: &Path) -> usize {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE).expect("open");
    conn.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))
        .expect("journal");
    conn.execute_batch(PRAGMAS).expect("pragmas");
    // Any stored database checks its schema version on open, encrypted or not.
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .expect("version");
    let tx = conn.unchecked_transaction().expect("read transaction");
    let json = |text: String| serde_json::from_str::<serde_json::Value>(&text).expect("json");
    let (name, details): (String, String) = tx
        .query_row(
            "SELECT name, details FROM members WHERE id = ?1",
            [READ_MEMBER],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("member");
    let mut read = version as usize + name.len() + json(details).as_object().map_or(0, |o| o.len());
    let facts: Option<String> = tx
        .query_row(
            "SELECT facts FROM card_facts WHERE member_id = ?1",
            [READ_MEMBER],
            |r| r.get(0),
        )
        .optional()
        .expect("card");
    read += facts
        .map(json)
        .map_or(0, |v| v.as_object().map_or(0, |o| o.len()));
    for sql in [
        "SELECT id, event FROM pin_log WHERE member_id = ?1 ORDER BY id",
        "SELECT id, summary FROM documents WHERE member_id = ?1 ORDER BY id",
    ] {
        let mut stmt = tx.prepare(sql).expect("prepare");
        let rows = stmt
            .query_map([READ_MEMBER], |r| r.get::<_, String>(1))
            .expect("query");
        for row in rows {
            read += json(row.expect("row")).as_object().map_or(0, |o| o.len());
        }
    }
    read
}

/// Opens the encrypted vault with the provider key and reads the counter card.
pub fn encrypted_counter_card(dir: &Path, provider: &RawKeyProvider) -> CounterCard {
    let vault = Vault::open(dir, Unlock::Provider(provider)).expect("open");
    CounterCard::read(&vault, MemberId(READ_MEMBER)).expect("counter card")
}

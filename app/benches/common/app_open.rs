//! The app's open path that both app benchmarks measure (criterion's `app` and callgrind's
//! `instructions`): a household of six members in the app's vault, opening it the way the apps do
//! with the household and a counter card viewed (`open_and_views`), and the same reads from a plain
//! rusqlite database of the same shape (`fill_plain`, `plain_reads`).

use std::path::Path;

use rusqlite::{params, Connection, OpenFlags};
use shikaku_app::{App, Event, Screen, ViewModel};
use shikaku_core::test_support::date;
use shikaku_core::text::Language;
use shikaku_core::vault::{MemberId, NewMember, Relation};

use crate::support::{household, new_app, FakeShell};

/// The vault's connection settings, so the comparison leaves out only what the app adds.
const PRAGMAS: &str = "PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; \
                       PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON; \
                       PRAGMA trusted_schema = OFF;";

/// The household of four plus two more: six members.
pub fn six_members(dir: &Path, shell: &mut FakeShell) -> App {
    let mut app = new_app(dir, shell, Language::Ja);
    household(&mut app, shell);
    for name in ["追加 一郎", "追加 二郎"] {
        let member = NewMember {
            name: name.into(),
            kana: None,
            birth_date: Some(date("1979-01-01")),
            relation: Relation::Other,
            mynaportal_app: true,
        };
        shell.send(&mut app, Event::AddMember { member });
    }
    shell.send(
        &mut app,
        Event::Navigate {
            screen: Screen::Household,
        },
    );
    app
}

/// A plaintext database of the same shape and size: six members, card facts, four documents.
pub fn fill_plain(path: &Path) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(
        "CREATE TABLE members (id INTEGER PRIMARY KEY, position INTEGER, name BLOB, details BLOB);
         CREATE TABLE documents (id INTEGER PRIMARY KEY, member_id INTEGER, summary BLOB, content BLOB);
         CREATE INDEX documents_by_member ON documents(member_id);
         CREATE TABLE card_facts (member_id INTEGER PRIMARY KEY, facts BLOB);
         CREATE TABLE pin_log (id INTEGER PRIMARY KEY, member_id INTEGER, event BLOB);
         CREATE INDEX pin_log_by_member ON pin_log(member_id);
         CREATE TABLE reminder_acks (id INTEGER PRIMARY KEY, member_id INTEGER, ack BLOB);
         CREATE INDEX reminder_acks_by_member ON reminder_acks(member_id);
         CREATE TABLE settings (id INTEGER PRIMARY KEY, name TEXT UNIQUE, value BLOB);",
    )
    .unwrap();
    let details =
        r#"{"kana":null,"birth_date":"1980-01-01","relation":"other","mynaportal_app":false}"#;
    let facts =
        r#"{"expires":"2031-05-10","ecert_expires":"2026-10-20","insurance_registered":true}"#;
    let summary = r#"{"member":1,"kind":"mynaportal_pdf","fields":{"saved_at":"2025-01-01","insurer_name":"XX健康保険組合","insurer_number":"06139992","symbol":"1","number":"0000123","branch":"00"},"source":"a.pdf","stored_on":"2026-12-02"}"#;
    for m in 1..=6i64 {
        conn.execute(
            "INSERT INTO members VALUES (?1, ?1, ?2, ?3)",
            params![m, format!("山田 {m}"), details],
        )
        .unwrap();
        conn.execute("INSERT INTO card_facts VALUES (?1, ?2)", params![m, facts])
            .unwrap();
        if m <= 4 {
            conn.execute(
                "INSERT INTO documents (member_id, summary, content) VALUES (?1, ?2, ?3)",
                params![m, summary, vec![b'%'; 20_000]],
            )
            .unwrap();
        }
    }
    conn.execute(
        "INSERT INTO settings (name, value) VALUES ('app.language', 'ja')",
        [],
    )
    .unwrap();
}

/// Reads one member's counter card (member, card facts, PIN log, documents) in one transaction,
/// parsing the same JSON the vault unseals; with `acks`, the reminder acknowledgements too.
fn plain_counter_card(conn: &Connection, id: i64, acks: bool) -> usize {
    let tx = conn.unchecked_transaction().unwrap();
    let json = |text: String| serde_json::from_str::<serde_json::Value>(&text).unwrap();
    let (name, details): (String, String) = tx
        .query_row(
            "SELECT name, details FROM members WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let mut read = name.len() + json(details).as_object().map_or(0, |o| o.len());
    let acks_sql = acks.then_some("SELECT ack FROM reminder_acks WHERE member_id = ?1 ORDER BY id");
    let reads = [
        Some("SELECT facts FROM card_facts WHERE member_id = ?1"),
        Some("SELECT event FROM pin_log WHERE member_id = ?1 ORDER BY id"),
        Some("SELECT summary FROM documents WHERE member_id = ?1 ORDER BY id"),
        acks_sql,
    ];
    for sql in reads.into_iter().flatten() {
        let mut stmt = tx.prepare(sql).unwrap();
        for row in stmt.query_map([id], |r| r.get::<_, String>(0)).unwrap() {
            read += json(row.unwrap()).as_object().map_or(0, |o| o.len());
        }
    }
    read
}

/// A setting, as the vault reads one.
fn plain_setting(conn: &Connection, name: &str) -> usize {
    conn.query_row("SELECT value FROM settings WHERE name = ?1", [name], |r| {
        r.get::<_, String>(0)
    })
    .map_or(0, |value| value.len())
}

/// Opens the plain database and makes the reads the app makes when it opens: the language, the
/// reminders planned for every member (counter card and acknowledgements) with the two settings
/// they depend on, the household (every member's counter card) and one counter card.
pub fn plain_reads(path: &Path) -> usize {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE).unwrap();
    conn.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))
        .unwrap();
    conn.execute_batch(PRAGMAS).unwrap();
    let mut read = plain_setting(&conn, "app.language");
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM members ORDER BY position")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    read += plain_setting(&conn, "app.reminders_detailed");
    for &id in &ids {
        read += plain_counter_card(&conn, id, true);
    }
    read += plain_setting(&conn, "app.auto_lock_minutes");
    for &id in &ids {
        read += plain_counter_card(&conn, id, false);
    }
    read + plain_counter_card(&conn, 1, false)
}

/// What the user waits for when the app opens: unlocking with the platform key (`Start`, the
/// shell answering `UnwrapKey`, notifications planned), the household view and member 1's
/// counter card view.
pub fn open_and_views(dir: &Path, shell: &mut FakeShell) -> ViewModel {
    let mut opened = App::new(dir, Language::Ja);
    shell.send(&mut opened, Event::Start);
    let household = opened.view();
    assert_eq!(household.screen, Screen::Household);
    opened.view_of(Screen::CounterCard {
        member: MemberId(1),
    })
}

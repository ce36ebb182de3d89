//! What the user waits for when the app opens: unlocking with the platform key (the apps' path:
//! the key is unwrapped by the shell, answered through an effect), the household view and one
//! counter card view — against the same reads from a plain rusqlite database of the same shape;
//! and the household `view()` alone for six members.
//! Goals (issue 10): open + household + counter card p50 ≤ 2 ms and ≤ 1.3× plain; household
//! view ≤ 200 µs.
//!
//! Run: `cargo bench -p shikaku-app --bench app`; results in `docs/benchmarks.md`.

#[path = "../tests/support/mod.rs"]
mod support;

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};
use rusqlite::{params, Connection, OpenFlags};
use shikaku_app::{App, Event, Screen};
use shikaku_core::text::Language;
use shikaku_core::vault::{MemberId, NewMember, Relation};

use support::{household, new_app, FakeShell};

/// The vault's connection settings, so the comparison leaves out only what the app adds.
const PRAGMAS: &str = "PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; \
                       PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON; \
                       PRAGMA trusted_schema = OFF;";

/// The household of four plus two more: six members.
fn six_members(dir: &Path, shell: &mut FakeShell) -> App {
    let mut app = new_app(dir, shell, Language::Ja);
    household(&mut app, shell);
    for name in ["追加 一郎", "追加 二郎"] {
        let member = NewMember {
            name: name.into(),
            kana: None,
            birth_date: Some(support::date("1979-01-01")),
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
fn fill_plain(path: &Path) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(
        "CREATE TABLE members (id INTEGER PRIMARY KEY, position INTEGER, name BLOB, details BLOB);
         CREATE TABLE documents (id INTEGER PRIMARY KEY, member_id INTEGER, summary BLOB, content BLOB);
         CREATE INDEX documents_by_member ON documents(member_id);
         CREATE TABLE card_facts (member_id INTEGER PRIMARY KEY, facts BLOB);
         CREATE TABLE pin_log (id INTEGER PRIMARY KEY, member_id INTEGER, event BLOB);
         CREATE INDEX pin_log_by_member ON pin_log(member_id);
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

/// Opens the plain database and reads what the household and one counter card read.
fn plain_reads(path: &Path) -> usize {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE).unwrap();
    conn.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))
        .unwrap();
    conn.execute_batch(PRAGMAS).unwrap();
    let json = |text: String| serde_json::from_str::<serde_json::Value>(&text).unwrap();
    let mut read = 0;
    let setting: String = conn
        .query_row(
            "SELECT value FROM settings WHERE name = 'app.language'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    read += setting.len();
    let members: Vec<(i64, String, String)> = conn
        .prepare("SELECT id, name, details FROM members ORDER BY position")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    // The household reads every member's counter card; the counter card view reads one again.
    let read_ids = members.iter().map(|m| m.0).chain([1]);
    for id in read_ids {
        let tx = conn.unchecked_transaction().unwrap();
        read += json(members[(id - 1) as usize].2.clone())
            .as_object()
            .map_or(0, |o| o.len());
        for sql in [
            "SELECT facts FROM card_facts WHERE member_id = ?1",
            "SELECT event FROM pin_log WHERE member_id = ?1 ORDER BY id",
            "SELECT summary FROM documents WHERE member_id = ?1 ORDER BY id",
        ] {
            let mut stmt = tx.prepare(sql).unwrap();
            for row in stmt.query_map([id], |r| r.get::<_, String>(0)).unwrap() {
                read += json(row.unwrap()).as_object().map_or(0, |o| o.len());
            }
        }
    }
    read
}

fn bench(c: &mut Criterion) {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("vault");
    let mut shell = FakeShell::new();
    let app = six_members(&dir, &mut shell);
    let plain = root.path().join("plain.sqlite");
    fill_plain(&plain);

    let mut group = c.benchmark_group("app");
    group.sample_size(50);
    group.bench_function("open_platform_key+household+counter_card", |b| {
        b.iter(|| {
            let mut opened = App::new(&dir, Language::Ja);
            shell.send(&mut opened, Event::Start);
            let household = opened.view();
            let counter = opened.view_of(Screen::CounterCard {
                member: MemberId(1),
            });
            assert_eq!(household.screen, Screen::Household);
            counter
        })
    });
    group.bench_function("plain_rusqlite_same_reads", |b| {
        b.iter(|| plain_reads(&plain))
    });
    group.bench_function("household_view_six_members", |b| b.iter(|| app.view()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

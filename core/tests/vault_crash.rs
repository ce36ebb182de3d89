//! Other processes: a writer killed with SIGKILL at random points never costs a committed record
//! nor the file's integrity, and a process holding the vault makes this one wait, then say busy.
//!
//! Both use a child process: this test binary re-run with `SHIKAKU_VAULT_CHILD` set, executing
//! only the ignored `child` test, which reports on its standard error (the test harness owns
//! standard output). `SHIKAKU_CRASH_KILLS` sets the number of kills (default 200;
//! the documented long run is `SHIKAKU_CRASH_KILLS=1000 cargo test -p shikaku-core --test
//! vault_crash`).

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{add, date, fail_pin, member, new_vault, provider, raw, reopen};
use ring::rand::{SecureRandom, SystemRandom};
use shikaku_core::pin::PinKind;
use shikaku_core::vault::{
    DocumentKind, MemberId, NewDocument, Relation, Unlock, Vault, VaultError,
};

const CHILD_ENV: &str = "SHIKAKU_VAULT_CHILD";
const KILLS_ENV: &str = "SHIKAKU_CRASH_KILLS";

/// The bytes stored for a record: a few hundred bytes to tens of kilobytes, so some writes span
/// many pages.
fn content_of(name: &str, i: usize) -> Vec<u8> {
    name.as_bytes().repeat(20 + (i * 977) % 4000)
}

/// Runs in the child process only; a no-op otherwise.
#[test]
#[ignore = "the child process of the other tests in this file"]
fn child() {
    let Ok(task) = std::env::var(CHILD_ENV) else {
        return;
    };
    let (mode, rest) = task.split_once(':').unwrap();
    match mode {
        // Writes records forever, reporting each one after its last commit.
        "write" => {
            let (dir, prefix) = rest.split_once(':').unwrap();
            let vault = reopen(Path::new(dir));
            let mut out = std::io::stderr().lock();
            writeln!(out, "ready").unwrap();
            for i in 0.. {
                let name = format!("{prefix}-{i}");
                let id = vault
                    .add_member(&member(&name, "カナ", "1970-01-01", Relation::Other))
                    .unwrap();
                let doc = NewDocument {
                    kind: DocumentKind::Image,
                    content: content_of(&name, i),
                    fields: [("name".to_string(), name.clone())].into(),
                    source: "crash-test".into(),
                    stored_on: date("2026-11-21"),
                };
                vault.add_document(id, &doc).unwrap();
                fail_pin(&vault, id);
                // One write per report, so a kill cannot split it (a cut line is ignored anyway).
                out.write_all(format!("committed {i} {} {name}\n", id.0).as_bytes())
                    .unwrap();
            }
        }
        // Holds an exclusive lock until its standard input closes.
        "hold" => {
            let conn = rusqlite::Connection::open(Path::new(rest).join("vault.sqlite")).unwrap();
            conn.execute_batch("BEGIN EXCLUSIVE").unwrap();
            eprintln!("locked");
            let _ = std::io::stdin().read_to_end(&mut Vec::new());
        }
        other => panic!("unknown child mode {other}"),
    }
}

fn spawn_child(task: &str) -> Child {
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, task)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn random_below(rng: &SystemRandom, bound: u32) -> u32 {
    let mut bytes = [0u8; 4];
    rng.fill(&mut bytes).unwrap();
    u32::from_le_bytes(bytes) % bound
}

/// A record the child reported as committed: index, member id, name.
type Committed = BTreeMap<String, (usize, MemberId)>;

/// Checks that every reported record is whole and that nothing in the vault is damaged.
fn check_records(vault: &Vault, committed: &Committed, full: bool) {
    let list = vault.members().unwrap();
    assert!(
        list.damaged.is_empty(),
        "damaged after a kill: {:?}",
        list.damaged
    );
    let stored: BTreeMap<&str, MemberId> =
        list.items.iter().map(|m| (m.name.as_str(), m.id)).collect();
    for (name, (i, id)) in committed {
        assert_eq!(
            stored.get(name.as_str()),
            Some(id),
            "committed record {name} lost"
        );
        if full {
            let docs = vault.documents(*id).unwrap();
            assert_eq!(docs.items.len(), 1, "{name}");
            assert_eq!(
                vault.document(docs.items[0].id).unwrap().content,
                content_of(name, *i)
            );
            assert_eq!(
                vault
                    .pin_guard(*id)
                    .unwrap()
                    .failures_since(PinKind::UserCertificate),
                1
            );
        }
    }
}

fn integrity(dir: &Path) -> String {
    raw(dir)
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_writer_killed_at_random_points_loses_no_committed_record() {
    let kills: usize = std::env::var(KILLS_ENV)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let dir = tempfile::tempdir().unwrap();
    new_vault(dir.path());
    let rng = SystemRandom::new();
    let mut committed = Committed::new();
    let mut new_since_check = Committed::new();
    for kill in 0..kills {
        let task = format!("write:{}:k{kill}", dir.path().display());
        let mut child = spawn_child(&task);
        let mut reports = BufReader::new(child.stderr.take().unwrap());
        // Every tenth kill lands anywhere, opening included (a hot journal being rolled back);
        // the others land while records are being written.
        if kill % 10 != 0 {
            let mut ready = String::new();
            reports.read_line(&mut ready).unwrap();
            assert_eq!(ready, "ready\n", "the writer started");
        }
        std::thread::sleep(Duration::from_micros(u64::from(random_below(&rng, 50_000))));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let mut out = String::new();
        reports.read_to_string(&mut out).unwrap();
        let whole_lines = out
            .split_inclusive('\n')
            .filter_map(|l| l.strip_suffix('\n'));
        for line in whole_lines.filter_map(|l| l.strip_prefix("committed ")) {
            let mut parts = line.splitn(3, ' ');
            let i: usize = parts.next().unwrap().parse().unwrap();
            let id = MemberId(parts.next().unwrap().parse().unwrap());
            new_since_check.insert(parts.next().unwrap().to_string(), (i, id));
        }
        // Opening rolls back the killed writer's hot journal; then everything must check out.
        let vault = reopen(dir.path());
        assert_eq!(integrity(dir.path()), "ok", "after kill {kill}");
        check_records(&vault, &new_since_check, true);
        committed.append(&mut new_since_check);
        check_records(&vault, &committed, false);
    }
    eprintln!("{kills} kills, {} records committed", committed.len());
    assert!(
        committed.len() >= kills / 4,
        "the writer committed too little to test: {}",
        committed.len()
    );
    check_records(&reopen(dir.path()), &committed, true);
}

#[test]
fn another_process_holding_the_vault_makes_this_one_wait_then_report_busy() {
    let dir = tempfile::tempdir().unwrap();
    let vault = new_vault(dir.path());
    let mut holder = spawn_child(&format!("hold:{}", dir.path().display()));
    let mut lines = BufReader::new(holder.stderr.take().unwrap()).lines();
    assert!(
        lines.any(|line| line.unwrap() == "locked"),
        "the other process took the lock"
    );

    let started = Instant::now();
    let write = vault.add_member(&member("A", "エー", "1980-01-01", Relation::Myself));
    assert!(matches!(write, Err(VaultError::Busy)), "{write:?}");
    assert!(
        started.elapsed() >= shikaku_core::vault::BUSY_TIMEOUT / 2,
        "it waited before giving up"
    );
    let open = Vault::open(dir.path(), Unlock::Provider(&provider(1)));
    assert!(
        matches!(open, Err(VaultError::Busy)),
        "{:?}",
        open.map(|_| ())
    );

    drop(holder.stdin.take()); // the other process finishes
    holder.wait().unwrap();
    let id = add(&vault, "A", "1980-01-01", Relation::Myself);
    assert_eq!(reopen(dir.path()).member(id).unwrap().name, "A");
}

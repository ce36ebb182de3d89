//! Other processes: a writer killed with SIGKILL at random points never costs a committed record
//! nor the file's integrity, and a process holding the vault makes this one wait, then say busy.
//!
//! Both use a child process: this test binary re-run with `SHIKAKU_VAULT_CHILD` set, executing
//! only the ignored `child` test, which reports on its standard error (the test harness owns
//! standard output). `SHIKAKU_CRASH_KILLS` sets the number of kills (default 200;
//! the documented long run is `SHIKAKU_CRASH_KILLS=1000 cargo test -p shikaku-core --test
//! vault_crash`).

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use ring::rand::{SecureRandom, SystemRandom};
use shikaku_core::import::Field;
use shikaku_core::pin::PinKind;
use shikaku_core::test_support::{
    self, add, date, fail_pin, member, new_vault, provider, raw, reopen,
};
use shikaku_core::vault::{
    DocumentField, DocumentKind, MemberId, NewDocument, Passphrase, Relation, Unlock, Vault,
    VaultError,
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
                    fields: [(DocumentField::Printed(Field::Name), name.clone())].into(),
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
        // Creates a vault with provider(SEED) once its standard input says go, then stores a
        // member through the handle and reports; a refusal is reported by its Debug form.
        "init" => {
            let (dir, seed) = rest.split_once(':').unwrap();
            let seed: u8 = seed.parse().unwrap();
            eprintln!("ready");
            let mut go = String::new();
            std::io::stdin().read_line(&mut go).unwrap();
            match Vault::create(Path::new(dir), Unlock::Provider(&provider(seed))) {
                Ok(vault) => {
                    add(
                        &vault,
                        &format!("winner-{seed}"),
                        "1970-01-01",
                        Relation::Myself,
                    );
                    eprintln!("created");
                }
                Err(error) => eprintln!("refused {error:?}"),
            }
        }
        // Restores BACKUP into DIR (passphrase "crash passphrase", then provider(1)).
        "restore" => {
            let (dir, backup) = rest.split_once(':').unwrap();
            let passphrase = Passphrase::new("crash passphrase".into()).unwrap();
            eprintln!("ready");
            Vault::restore_backup(
                Path::new(dir),
                Path::new(backup),
                &passphrase,
                Unlock::Provider(&provider(1)),
            )
            .unwrap();
            eprintln!("restored");
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
        // Every tenth kill lands anywhere, opening included (a hot journal being rolled back).
        // The others wait for the writer to be ready and to commit 0 to 2 records, then land
        // within the next 20 ms, mid-write: keyed to the writer's progress, not to the clock, so
        // a slow machine still commits records between kills.
        let mut out = String::new();
        if kill % 10 != 0 {
            let mut ready = String::new();
            reports.read_line(&mut ready).unwrap();
            assert_eq!(ready, "ready\n", "the writer started");
            for _ in 0..random_below(&rng, 3) {
                reports.read_line(&mut out).unwrap();
            }
        }
        std::thread::sleep(Duration::from_micros(u64::from(random_below(&rng, 20_000))));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
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

/// The files of a directory, by name.
fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Issue 14, defect 1: two processes creating the same vault at once. Exactly one creates it and
/// its handle's writes open with its key; the other is told the vault already exists; no
/// staging file is left. 20 runs.
#[test]
fn two_inits_at_once_make_one_vault_that_opens_with_the_winners_key() {
    for run in 0..20 {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("vault");
        let mut children: Vec<Child> = [1u8, 2]
            .iter()
            .map(|seed| spawn_child(&format!("init:{}:{seed}", dir.display())))
            .collect();
        let mut readers: Vec<_> = children
            .iter_mut()
            .map(|c| BufReader::new(c.stderr.take().unwrap()))
            .collect();
        for reader in &mut readers {
            let mut ready = String::new();
            reader.read_line(&mut ready).unwrap();
            assert_eq!(ready, "ready\n");
        }
        for child in &mut children {
            child.stdin.take().unwrap().write_all(b"go\n").unwrap();
        }
        let mut outcomes = Vec::new();
        for (child, mut reader) in children.iter_mut().zip(readers) {
            let mut out = String::new();
            reader.read_to_string(&mut out).unwrap();
            assert!(child.wait().unwrap().success(), "run {run}: {out}");
            outcomes.push(out);
        }
        let winners: Vec<u8> = outcomes
            .iter()
            .zip([1u8, 2])
            .filter(|(out, _)| out.contains("created"))
            .map(|(_, seed)| seed)
            .collect();
        assert_eq!(winners.len(), 1, "run {run}: {outcomes:?}");
        let winner = winners[0];
        let loser = 3 - winner;
        assert!(
            outcomes[usize::from(loser - 1)].contains("refused AlreadyExists"),
            "run {run}: {outcomes:?}"
        );
        let vault = Vault::open(&dir, Unlock::Provider(&provider(winner))).unwrap();
        let names = test_support::member_names(&vault);
        assert_eq!(names, [format!("winner-{winner}")], "run {run}");
        assert!(matches!(
            Vault::open(&dir, Unlock::Provider(&provider(loser))),
            Err(VaultError::WrongKey)
        ));
        assert_eq!(files_in(&dir), ["vault.sqlite"], "run {run}");
    }
}

/// Issue 14, defect 8: a restore killed at a random point leaves either no vault or a whole one;
/// whatever staging file it left is removed by the next open, a new restore or `wipe`.
#[test]
fn an_interrupted_restore_leaves_nothing_behind_after_the_next_open_or_wipe() {
    let source = tempfile::tempdir().unwrap();
    let vault = new_vault(source.path());
    let kept = add(&vault, "Kept", "1970-01-01", Relation::Myself);
    let backup = source.path().join("backup.shikaku");
    vault
        .export_backup(
            &backup,
            &Passphrase::new("crash passphrase".into()).unwrap(),
        )
        .unwrap();
    let rng = SystemRandom::new();
    let mut states = BTreeMap::new();
    for run in 0..20 {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("vault");
        let mut child = spawn_child(&format!("restore:{}:{}", dir.display(), backup.display()));
        let mut reports = BufReader::new(child.stderr.take().unwrap());
        let mut ready = String::new();
        reports.read_line(&mut ready).unwrap();
        // The restore (two PBKDF2 runs, the staging file, the link) takes about a second here.
        std::thread::sleep(Duration::from_millis(u64::from(random_below(&rng, 1200))));
        let _ = child.kill();
        child.wait().unwrap();
        let installed = dir.join("vault.sqlite").exists();
        *states.entry(installed).or_insert(0) += 1;
        if installed {
            let vault = reopen(&dir);
            assert_eq!(vault.member(kept).unwrap().name, "Kept", "run {run}");
            // A kill during the key rotation that follows the install can leave SQLite's own
            // journal (a rolled-back or never-hot one); no staging file may remain.
            let left: Vec<String> = files_in(&dir)
                .into_iter()
                .filter(|f| f != "vault.sqlite-journal")
                .collect();
            assert_eq!(left, ["vault.sqlite"], "run {run}");
            drop(vault);
        }
        if dir.exists() {
            match Vault::wipe(&dir) {
                Ok(()) | Err(VaultError::NotFound) => {}
                Err(other) => panic!("run {run}: {other:?}"),
            }
            assert!(
                !dir.exists() || files_in(&dir).is_empty(),
                "run {run}: {:?}",
                files_in(&dir)
            );
        }
    }
    eprintln!("interrupted restores: {states:?} (true = the vault was installed)");
}

/// Issue 14, defect 8: a staging file left beside a vault (a full copy of one) is removed when
/// the vault opens, and `wipe` removes staging files even with no vault installed.
#[test]
fn leftover_staging_files_are_removed_on_open_and_by_wipe() {
    let dir = tempfile::tempdir().unwrap();
    drop(new_vault(dir.path()));
    let db = dir.path().join("vault.sqlite");
    for leftover in ["vault.sqlite.new", "vault.sqlite.new-0123456789abcdef"] {
        std::fs::copy(&db, dir.path().join(leftover)).unwrap();
    }
    drop(reopen(dir.path()));
    assert_eq!(files_in(dir.path()), ["vault.sqlite"]);

    let other = tempfile::tempdir().unwrap();
    std::fs::copy(&db, other.path().join("vault.sqlite.new-feed")).unwrap();
    std::fs::write(other.path().join("vault.sqlite.new-feed-journal"), b"x").unwrap();
    Vault::wipe(other.path()).unwrap();
    assert!(!other.path().exists());
}

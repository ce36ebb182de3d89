//! Instruction counts for the ratios the project claims, which wall-clock time on a shared
//! machine cannot decide: the vault's open + counter card, encrypted against plain rusqlite of the
//! same shape (goal ≤ 1.3, issue 15); the app's open with the household and a counter card
//! viewed, against the plain reads of the criterion bench `app` (goal ≤ 1.3, issue 10), and the
//! household view of six members alone; and extracting the one-page Mynaportal fixtures.
//!
//! `scripts/instructions` runs this binary under callgrind once per case, counting only
//! [`measured`]: one run of the case after one unmeasured warm-up run, so SQLite's
//! initialisation, CPU feature detection and the allocator's first pages are not counted, and
//! setting the household up is not either. Run without callgrind (`cargo bench`), it runs every
//! case once and measures nothing. Figures: docs/benchmarks.md.

#[path = "common/household.rs"]
mod household;

#[path = "../tests/support/mod.rs"]
mod support;

#[path = "common/app_open.rs"]
mod app_open;

use std::cell::RefCell;
use std::hint::black_box;
use std::process::ExitCode;

use household::{encrypted_counter_card, fill_plain, fill_vault, plain_counter_card};
use shikaku_core::import::extract;
use shikaku_core::vault::RawKeyProvider;
use support::FakeShell;

/// Every case, by the name `scripts/instructions` passes.
const CASES: [&str; 8] = [
    "vault_encrypted",
    "vault_plain",
    "app_open",
    "app_plain",
    "household_view",
    "extract_embedded",
    "extract_cid",
    "extract_chromium",
];

/// The one function callgrind counts (`--toggle-collect`): everything `work` does, once.
#[inline(never)]
fn measured(work: &dyn Fn() -> usize) -> usize {
    work()
}

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../core/tests/fixtures/mynaportal_{name}.pdf",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(path).expect("fixture")
}

/// Sets `case` up, runs it once unmeasured, then once through [`measured`].
fn run(case: &str) -> usize {
    let root = tempfile::tempdir().expect("tempdir");
    let work: Box<dyn Fn() -> usize> = match case {
        "vault_encrypted" => {
            let provider = RawKeyProvider::new(&[7; 32]);
            let dir = root.path().join("vault");
            fill_vault(&dir, &provider);
            Box::new(move || {
                encrypted_counter_card(&dir, &provider)
                    .documents
                    .items
                    .len()
            })
        }
        "vault_plain" => {
            let path = root.path().join("plain.sqlite");
            fill_plain(&path);
            Box::new(move || plain_counter_card(&path))
        }
        "app_open" => {
            let dir = root.path().join("vault");
            let mut shell = FakeShell::new();
            app_open::six_members(&dir, &mut shell);
            let shell = RefCell::new(shell);
            Box::new(move || {
                let view = app_open::open_and_views(&dir, &mut shell.borrow_mut());
                black_box(view);
                1
            })
        }
        "app_plain" => {
            let path = root.path().join("plain.sqlite");
            app_open::fill_plain(&path);
            Box::new(move || app_open::plain_reads(&path))
        }
        "household_view" => {
            let app = app_open::six_members(&root.path().join("vault"), &mut FakeShell::new());
            Box::new(move || {
                black_box(app.view());
                1
            })
        }
        other => {
            let bytes = fixture(other.trim_start_matches("extract_"));
            Box::new(move || extract(&bytes).expect("fixture reads").missing.len())
        }
    };
    black_box(work());
    measured(&*work)
}

fn main() -> ExitCode {
    // `cargo bench` passes `--bench`; anything else names cases.
    let named: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with("--"))
        .collect();
    let cases: Vec<&str> = if named.is_empty() {
        CASES.to_vec()
    } else {
        named.iter().map(String::as_str).collect()
    };
    for case in cases {
        if !CASES.contains(&case) {
            eprintln!("unknown case {case}; cases: {}", CASES.join(" "));
            return ExitCode::FAILURE;
        }
        black_box(run(case));
    }
    ExitCode::SUCCESS
}

//! Extracting a one-page Mynaportal PDF (goal: ≤ 30 ms, and no slower than poppler's
//! `pdftotext` on the same file, measured here side by side). `pdftotext` runs as a process,
//! as a user of it would run it; it is skipped when not installed. Figures: docs/import.md.

use std::hint::black_box;
use std::process::{Command, Stdio};

use criterion::{criterion_group, criterion_main, Criterion};
use shikaku_core::import::extract;

const FIXTURES: [&str; 3] = [
    "mynaportal_embedded.pdf",
    "mynaportal_cid.pdf",
    "mynaportal_chromium.pdf",
];

fn path(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn pdftotext_available() -> bool {
    Command::new("pdftotext")
        .arg("-v")
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

fn one_page_pdf(c: &mut Criterion) {
    let with_poppler = pdftotext_available();
    if !with_poppler {
        eprintln!("pdftotext not found (apt-get install poppler-utils): timing shikaku only");
    }
    for name in FIXTURES {
        let file = path(name);
        let mut group = c.benchmark_group(name);
        // Reading the file is part of both sides: pdftotext reads it too.
        group.bench_function("shikaku extract", |b| {
            b.iter(|| extract(black_box(&std::fs::read(&file).expect("fixture"))))
        });
        if with_poppler {
            group.bench_function("pdftotext", |b| {
                b.iter(|| {
                    Command::new("pdftotext")
                        .args([file.as_str(), "-"])
                        .stdout(Stdio::piped())
                        .output()
                        .expect("pdftotext runs")
                })
            });
        }
        group.finish();
    }
}

criterion_group!(benches, one_page_pdf);
criterion_main!(benches);

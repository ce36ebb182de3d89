//! What the vault's encryption costs where the user waits for it: opening the vault and reading one
//! member's counter card (member, card facts, PIN log, document summaries), against the same reads
//! from an unencrypted rusqlite database of the same shape. Six members, 50 documents.
//! Goal (issue 3): encrypted / plain ≤ 1.3 and a median under 2 ms. Both sides use the same
//! connection settings and read the schema version, so the difference is what encryption adds:
//! the key slot and canary, AES-GCM, and the two extra tables SQLite parses. "Open" is with a
//! provider key (the apps' path); PBKDF2 at 600,000 iterations (the CLI's and backups' path) is
//! measured apart. The ratio is decided in instructions (`instructions` bench, scripts/instructions);
//! this bench gives the times.
//!
//! It lives with the app because the counter card is the app's use case (`use_cases::counter_card`)
//! over the core's storage. Run: `cargo bench -p shikaku-app --bench vault`; results in
//! `docs/benchmarks.md`.

#[path = "common/household.rs"]
mod household;

use criterion::{criterion_group, criterion_main, Criterion};
use household::{encrypted_counter_card, fill_plain, fill_vault, plain_counter_card};
use shikaku_core::vault::{Passphrase, RawKeyProvider, Unlock, Vault};

fn bench_vault(c: &mut Criterion) {
    let root = tempfile::tempdir().expect("tempdir");
    let provider = RawKeyProvider::new(&[7; 32]);
    let encrypted = root.path().join("vault");
    fill_vault(&encrypted, &provider);
    let plain = root.path().join("plain.sqlite");
    fill_plain(&plain);

    let mut group = c.benchmark_group("open_and_counter_card");
    group.bench_function("encrypted", |b| {
        b.iter(|| encrypted_counter_card(&encrypted, &provider))
    });
    group.bench_function("plain", |b| b.iter(|| plain_counter_card(&plain)));
    group.finish();

    let passphrase = Passphrase::new("correct horse battery staple".into()).expect("passphrase");
    let with_passphrase = root.path().join("passphrase-vault");
    Vault::create(&with_passphrase, Unlock::Passphrase(&passphrase)).expect("create");
    let mut group = c.benchmark_group("open_with_passphrase");
    group.sample_size(10);
    group.bench_function("pbkdf2_600k", |b| {
        b.iter(|| Vault::open(&with_passphrase, Unlock::Passphrase(&passphrase)).expect("open"))
    });
    group.finish();
}

criterion_group!(benches, bench_vault);
criterion_main!(benches);

//! What the user waits for when the app opens: unlocking with the platform key (the apps' path:
//! the key is unwrapped by the shell, answered through an effect; the notifications planned), the
//! household view and one counter card view — against the same reads from a plain rusqlite
//! database of the same shape (`plain_reads`); and the household `view()` alone for six members.
//! Goals (issue 10): open + household + counter card p50 ≤ 2 ms and ≤ 1.3× plain (decided in
//! instructions: `scripts/instructions app_open app_plain`); household view ≤ 200 µs.
//!
//! Run: `cargo bench -p shikaku-app --bench app`; results in `docs/benchmarks.md`.

#[path = "../tests/support/mod.rs"]
mod support;

#[path = "common/app_open.rs"]
mod app_open;

use criterion::{criterion_group, criterion_main, Criterion};

use app_open::{fill_plain, open_and_views, plain_reads, six_members};
use support::FakeShell;

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
        b.iter(|| open_and_views(&dir, &mut shell))
    });
    group.bench_function("plain_rusqlite_same_reads", |b| {
        b.iter(|| plain_reads(&plain))
    });
    group.bench_function("household_view_six_members", |b| b.iter(|| app.view()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

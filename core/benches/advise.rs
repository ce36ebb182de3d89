//! How long the visit decision takes (`advise`), on scenarios that exercise every branch.
//! Goal (issue 2): ≤ 10 µs per scenario on the development machine.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use shikaku_core::{advise, Scenario};

/// A clinic with a broken reader, a 74-year-old with every alert, a school trip, and nothing held.
const SCENARIOS: [&str; 4] = [
    r#"{"today":"2026-11-21","visit":"clinic","online_check":"reader_broken","person":{"birth_date":"1981-03-14",
        "card":{"expires":"2031-03-14","ecert_expires":"2026-10-15","insurance_registered":true},
        "phone":{"mynaportal_app":true},"saved_pdf":{"saved_at":"2026-04-02"}}}"#,
    r#"{"today":"2026-11-21","visit":"clinic","person":{"birth_date":"1951-12-20",
        "card":{"expires":"2026-12-20","ecert_expires":"2026-11-01","insurance_registered":true,"pin_failures":2,"last4":"1234"},
        "saved_pdf":{"saved_at":"2025-01-01","share_ratio_expires":"2026-12-19"},
        "notice":{"issued":"2025-08-01","share_ratio_expires":"2026-12-01","last4":"4321"},
        "certificate":{"expires":"2026-12-31"},"legacy_card":{"expires":"2026-03-31"}}}"#,
    r#"{"today":"2026-11-21","visit":"school_trip","person":{"birth_date":"2015-07-07",
        "card":{"expires":"2030-07-07","ecert_expires":"2030-07-07","insurance_registered":true},
        "saved_pdf":{"saved_at":"2026-09-01"},"notice":{"issued":"2024-10-01"}}}"#,
    r#"{"today":"2026-11-21","visit":"pharmacy","person":{}}"#,
];

fn bench_advise(c: &mut Criterion) {
    let scenarios: Vec<Scenario> = SCENARIOS
        .iter()
        .map(|json| Scenario::from_json(json).expect("bench scenario"))
        .collect();
    let mut group = c.benchmark_group("advise");
    for (name, scenario) in [
        "broken_reader",
        "every_alert",
        "school_trip",
        "nothing_held",
    ]
    .iter()
    .zip(&scenarios)
    {
        group.bench_function(*name, |b| b.iter(|| advise(std::hint::black_box(scenario))));
    }
    group.bench_function("from_json_and_advise", |b| {
        b.iter_batched(
            || SCENARIOS[1],
            |json| advise(&Scenario::from_json(json).unwrap()),
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

criterion_group!(benches, bench_advise);
criterion_main!(benches);

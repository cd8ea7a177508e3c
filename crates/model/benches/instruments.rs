//! The planner's instruments on the Brescia pilot (issue 9): a goal seek (racks → 5,000 homes,
//! target ≤ 50 ms) and 1,000 seeded Monte Carlo runs with the tornado (target ≤ 0.3 s
//! natively), each including the parsing of the scenario, as the Web Worker runs them.
//!
//! `cargo bench -p heat-twin-model --bench instruments`

#![allow(clippy::unwrap_used, missing_docs)] // a benchmark: a panic is the report

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use heat_twin_model::instruments::{
    default_ranges, seek, uncertainty, Evaluator, SeekOptions, UncertaintyOptions,
};

const BRESCIA: &str = include_str!("../../../scenarios/brescia-pilot.json");

fn evaluator() -> Evaluator {
    Evaluator::from_json(BRESCIA, |_| Err("no files".into())).unwrap()
}

fn instruments(c: &mut Criterion) {
    let mut group = c.benchmark_group("instruments");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("seek_racks_for_5000_homes_brescia", |b| {
        b.iter(|| {
            let mut eval = evaluator();
            let r = seek(
                &mut eval,
                "data_centre.racks",
                "homes_equivalent",
                black_box(5000.0),
                SeekOptions::default(),
                |_, _| true,
            )
            .unwrap();
            black_box(r.value)
        })
    });
    group.bench_function("monte_carlo_1000_runs_seed_1_brescia", |b| {
        b.iter(|| {
            let mut eval = evaluator();
            let ranges = default_ranges(&eval);
            let u = uncertainty(
                &mut eval,
                &ranges,
                &UncertaintyOptions::default(),
                |_, _| true,
            )
            .unwrap();
            black_box(u.percentiles.len())
        })
    });
    group.finish();
}

criterion_group!(benches, instruments);
criterion_main!(benches);

//! The project's life wired to the annual simulation (docs/model/life.md §4), as a slider move
//! triggers it: weather loaded, scenario valid, workspace warm. Target: a 20-year project
//! ≤ 10 ms in the browser; natively a flat ramp costs one annual run, a four-step ramp four.
//!
//! `cargo bench -p heat-twin-model --bench life`

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)] // a benchmark: a panic is the report

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use heat_twin_model::project::run_project;
use heat_twin_model::scenario::load_scenario;
use heat_twin_model::weather::builtin_year;
use heat_twin_model::Simulator;

fn life(c: &mut Criterion) {
    let t_out = builtin_year("po-valley").expect("the built-in year");
    let mut sim = Simulator::new();
    for (name, json) in [
        ("annual_default", r#"{"economics": {"years": 1}}"#),
        ("life_20y_flat", r#"{"economics": {"years": 20}}"#),
        (
            "life_20y_ramp4",
            r#"{"economics": {"years": 20}, "data_centre": {"ramp": [0.05, 0.3, 0.6, 1]}}"#,
        ),
        (
            "life_20y_ramp4_escalation",
            r#"{"economics": {"years": 20, "fuel_escalation": 0.02, "electricity_escalation": 0.01},
                "data_centre": {"ramp": [0.05, 0.3, 0.6, 1]}}"#,
        ),
    ] {
        let scenario = load_scenario(json).expect("a valid scenario");
        run_project(&scenario, &t_out, &mut sim);
        c.bench_function(name, |b| {
            b.iter(|| {
                let (results, life) =
                    run_project(black_box(&scenario), black_box(&t_out), &mut sim);
                black_box((results.summary.erf, life.npv_system_eur))
            })
        });
    }
}

criterion_group!(benches, life);
criterion_main!(benches);

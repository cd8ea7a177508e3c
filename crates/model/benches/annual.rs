//! One annual run of the simulation (8,760 hours), as a slider move triggers it: weather
//! loaded, parameters valid, workspace warm. Target: ≤ 0.25 ms median natively.
//!
//! `cargo bench -p heat-twin-model --bench annual`

#![allow(clippy::unwrap_used, missing_docs)] // a benchmark: a panic is the report

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use heat_twin_model::params::Params;
use heat_twin_model::weather::builtin_year;
use heat_twin_model::Simulator;

fn annual(c: &mut Criterion) {
    let t_out = builtin_year("po-valley").expect("the built-in year");
    let default = Params::default();
    // Settimo Milanese-like tanks on a network small enough to leave summer surpluses.
    let mut storage = Params::default();
    storage.storage.volume_m3 = 6000.0;
    storage.network.homes = 1500.0;
    // The same tanks looking ahead (storage.dispatch = peak, MODEL.md §6).
    let mut peak = storage;
    peak.storage.dispatch = heat_twin_model::params::StorageDispatch::Peak;
    let mut sim = Simulator::new();
    for (name, params) in [
        ("default", default),
        ("storage_6000_m3", storage),
        ("storage_6000_m3_peak", peak),
    ] {
        sim.run(&params, &t_out);
        c.bench_function(name, |b| {
            b.iter(|| black_box(sim.run(black_box(&params), black_box(&t_out)).summary.erf))
        });
    }
}

criterion_group!(benches, annual);
criterion_main!(benches);

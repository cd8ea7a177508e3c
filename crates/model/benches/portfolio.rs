//! The region run (docs/model/portfolio.md §9 "Speed"): a generated portfolio of `SITES` sites
//! on 10 networks (settimo-milanese presets with overrides, as `tests/bench/region.mjs` and
//! `crates/model/tests/portfolio.rs` generate it), loaded and its weather ready, run with the
//! offers kept or not and on one thread or the machine's cores. Issue 8's native budget is
//! 0.3 s for 1,000 sites (`heat-twin-cli portfolio`, the whole command).
//!
//! `cargo bench -p heat-twin-model --bench portfolio` (`SITES=1000` for the full size).

#![allow(clippy::unwrap_used, missing_docs)] // a benchmark: a panic is the report

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use heat_twin_model::portfolio::{load_portfolio, run_portfolio_with, RunOptions};
use heat_twin_model::weather::load_weather;
use serde_json::{json, Value};

const PRESETS: &[(&str, &str)] = &[(
    "settimo-milanese",
    include_str!("../../../scenarios/settimo-milanese.json"),
)];

fn generated(n: usize) -> Value {
    let networks: Vec<Value> = (0..10)
        .map(|j| {
            json!({"id": format!("n{j}"), "name": format!("Network {j}"),
                   "lat": 45.0 + j as f64 * 0.1, "lon": 9.0, "preset": "settimo-milanese",
                   "network": {"homes": 1000 + j * 100}})
        })
        .collect();
    let sites: Vec<Value> = (0..n)
        .map(|i| {
            json!({"name": format!("Site {i}"), "lat": 45.5, "lon": 9.2,
                   "network": format!("n{}", i % 10), "preset": "settimo-milanese",
                   "data_centre": {"racks": 10 + i}})
        })
        .collect();
    json!({"name": "generated", "networks": networks, "sites": sites})
}

fn portfolio(c: &mut Criterion) {
    let n: usize = std::env::var("SITES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100);
    let p = load_portfolio(&generated(n).to_string(), PRESETS).unwrap();
    let t: Vec<Vec<f64>> = (0..p.networks.len())
        .map(|j| {
            let i = p.sites_of(j).next().unwrap();
            load_weather(&p.sites[i].scenario.weather, |_| Err("no files".into())).unwrap()
        })
        .collect();
    let cores = RunOptions::for_portfolio(&p);
    let mut group = c.benchmark_group(format!("portfolio_{n}_sites"));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    for (name, options) in [
        (
            "recompute_1_thread",
            RunOptions {
                threads: 1,
                offer_cache_bytes: 0,
            },
        ),
        (
            "kept_1_thread",
            RunOptions {
                threads: 1,
                ..cores
            },
        ),
        ("kept_all_cores", cores),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| black_box(run_portfolio_with(black_box(&p), &t, options).sites.len()))
        });
    }
    group.finish();
}

criterion_group!(benches, portfolio);
criterion_main!(benches);

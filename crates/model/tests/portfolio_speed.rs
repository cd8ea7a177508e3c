//! The region run's speed levers change no result (docs/model/portfolio.md §9 "Speed"): the
//! offers kept from the design pass (all, some or none of a network's sites) and the networks
//! shared over threads give the same per-site, per-network and aggregate results, bit for bit,
//! as the path that keeps nothing and runs on one thread (the path before the offers were kept).

#![allow(clippy::unwrap_used)] // in a test a panic is the failure report

use heat_twin_model::portfolio::{
    load_portfolio, run_portfolio, run_portfolio_with, run_portfolio_with_progress, sites_kept,
    Portfolio, PortfolioRun, RunOptions, OFFER_BYTES,
};
use heat_twin_model::weather::{load_weather, HOURS};
use serde_json::{json, Value};

const PRESETS: &[(&str, &str)] = &[
    (
        "brescia-phase1",
        include_str!("../../../scenarios/brescia-phase1.json"),
    ),
    (
        "meta-odense",
        include_str!("../../../scenarios/meta-odense.json"),
    ),
    (
        "settimo-milanese",
        include_str!("../../../scenarios/settimo-milanese.json"),
    ),
    (
        "stockholm-data-parks",
        include_str!("../../../scenarios/stockholm-data-parks.json"),
    ),
];
const LOMBARDY_PRESETS: &[(&str, &str)] = &[
    (
        "brescia-phase1",
        include_str!("../../../scenarios/brescia-phase1.json"),
    ),
    (
        "brescia-pilot",
        include_str!("../../../scenarios/brescia-pilot.json"),
    ),
    (
        "settimo-milanese",
        include_str!("../../../scenarios/settimo-milanese.json"),
    ),
];
const LOMBARDY: &str = include_str!("../../../portfolios/lombardy.json");

/// Four networks of different presets (with and without a tank, different plants and
/// climates) fed by 4, 3, 2 and 1 sites of mixed presets and sizes, and a fifth network that
/// no site feeds.
fn mixed() -> String {
    let nets = [
        "settimo-milanese",
        "brescia-phase1",
        "meta-odense",
        "stockholm-data-parks",
    ];
    let mut networks: Vec<Value> = nets
        .iter()
        .enumerate()
        .map(|(j, preset)| {
            json!({"id": format!("n{j}"), "name": format!("Network {j}"), "lat": 45.0,
                   "lon": 9.0 + j as f64 * 0.1, "preset": preset})
        })
        .collect();
    networks.push(
        json!({"id": "empty", "name": "No site", "lat": 45.0, "lon": 9.5,
                         "preset": "settimo-milanese"}),
    );
    let mut sites = Vec::new();
    for (j, count) in [4, 3, 2, 1].into_iter().enumerate() {
        for k in 0..count {
            let preset = nets[(j + k) % nets.len()];
            sites.push(
                json!({"name": format!("Site {j}.{k}"), "lat": 45.1, "lon": 9.1,
                              "network": format!("n{j}"), "preset": preset,
                              "data_centre": {"racks": 20 + 37 * k + 11 * j}}),
            );
        }
    }
    json!({"name": "mixed", "networks": networks, "sites": sites}).to_string()
}

fn weather(p: &Portfolio) -> Vec<Vec<f64>> {
    (0..p.networks.len())
        .map(|j| match p.sites_of(j).next() {
            Some(i) => {
                load_weather(&p.sites[i].scenario.weather, |_| Err("no files".into())).unwrap()
            }
            None => Vec::new(),
        })
        .collect()
}

/// Bit for bit: `Debug` prints each `f64` in its shortest round-trip form (−0.0 as `-0.0`),
/// so equal strings mean equal bits for every number that is not NaN.
fn assert_identical(got: &PortfolioRun, want: &PortfolioRun, what: &str) {
    assert_eq!(got.sites.len(), want.sites.len(), "{what}: site count");
    for (g, w) in got.sites.iter().zip(&want.sites) {
        assert_eq!(
            format!("{g:?}"),
            format!("{w:?}"),
            "{what}: site {}",
            w.name
        );
    }
    for (g, w) in got.networks.iter().zip(&want.networks) {
        assert_eq!(
            format!("{g:?}"),
            format!("{w:?}"),
            "{what}: network {}",
            w.id
        );
    }
    assert_eq!(
        serde_json::to_string(&got.summary).unwrap(),
        serde_json::to_string(&want.summary).unwrap(),
        "{what}: aggregate"
    );
    assert_eq!(format!("{got:?}"), format!("{want:?}"), "{what}: whole run");
}

fn options(threads: usize, sites_per_thread: usize) -> RunOptions {
    RunOptions {
        threads,
        offer_cache_bytes: threads * sites_per_thread * HOURS * OFFER_BYTES,
    }
}

#[test]
fn kept_offers_and_threads_change_no_bit() {
    for (name, json, presets) in [
        ("mixed", mixed(), PRESETS),
        ("lombardy", LOMBARDY.to_string(), LOMBARDY_PRESETS),
    ] {
        let p = load_portfolio(&json, presets).unwrap();
        let t = weather(&p);
        // The reference: nothing kept, one thread (every offer computed in every pass).
        let reference = run_portfolio_with(&p, &t, options(1, 0));
        // The sites deliver something and the shared networks bind somewhere, so the
        // comparison is not between empty runs.
        assert!(
            reference.sites.iter().all(|s| s.heat_delivered_mwh > 0.0),
            "{name}"
        );
        for (threads, kept) in [(1, 1), (1, 2), (1, 1000), (2, 0), (2, 1), (2, 1000), (3, 2)] {
            let got = run_portfolio_with(&p, &t, options(threads, kept));
            assert_identical(
                &got,
                &reference,
                &format!("{name}, {threads} threads, {kept} sites kept"),
            );
        }
        assert_identical(
            &run_portfolio(&p, &t),
            &reference,
            &format!("{name}, default"),
        );
        let mut calls = 0;
        let with_progress = run_portfolio_with_progress(&p, &t, &mut |done, total| {
            calls += 1;
            assert_eq!((done, total), (calls, p.sites.len()));
        });
        assert_eq!(calls, p.sites.len());
        assert_identical(&with_progress, &reference, &format!("{name}, progress"));
    }
}

#[test]
fn the_kept_offers_stay_within_the_budget() {
    // 17 bytes a site-hour (8 + 8 + 1): one site's year is 8,760 · 17 = 148,920 bytes.
    assert_eq!(OFFER_BYTES * HOURS, 148_920);
    assert_eq!(sites_kept(100, 148_920 * 3), 3);
    assert_eq!(sites_kept(100, 148_920 * 3 - 1), 2);
    assert_eq!(sites_kept(2, 148_920 * 3), 2);
    assert_eq!(sites_kept(1000, 0), 0);
    // The default budget, 32 MiB = 33,554,432 bytes, keeps 225 sites' years (225.3).
    assert_eq!(
        sites_kept(1000, heat_twin_model::portfolio::OFFER_CACHE_BYTES),
        225
    );
}

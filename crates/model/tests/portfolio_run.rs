//! The region run (docs/model/portfolio.md §9): one site per network gives the single-site
//! result; shared networks never take more than their demand, balance, and add nothing when
//! saturated.

#![allow(clippy::unwrap_used)] // in a test a panic is the failure report

use heat_twin_model::portfolio::{load_portfolio, run_portfolio, Portfolio, PortfolioRun};
use heat_twin_model::weather::load_weather;
use heat_twin_model::Simulator;
use serde_json::{json, Value};

const PRESETS: &[(&str, &str)] = &[
    (
        "brescia-phase1",
        include_str!("../../../scenarios/brescia-phase1.json"),
    ),
    (
        "brescia-pilot",
        include_str!("../../../scenarios/brescia-pilot.json"),
    ),
    (
        "espoo-microsoft-fortum",
        include_str!("../../../scenarios/espoo-microsoft-fortum.json"),
    ),
    (
        "lombardy-150k-homes",
        include_str!("../../../scenarios/lombardy-150k-homes.json"),
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
const SHARED: &str = include_str!("../../../portfolios/example-shared.json");
const LOMBARDY: &str = include_str!("../../../portfolios/lombardy.json");

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

fn run(json: &str) -> (Portfolio, PortfolioRun) {
    let p = load_portfolio(json, PRESETS).unwrap();
    let r = run_portfolio(&p, &weather(&p));
    (p, r)
}

/// The site's equivalent scenario run alone, as `heat-twin-cli simulate` runs it.
fn alone(p: &Portfolio, i: usize) -> Value {
    let t = load_weather(&p.sites[i].scenario.weather, |_| Err("no files".into())).unwrap();
    let mut sim = Simulator::new();
    serde_json::to_value(sim.run(&p.sites[i].scenario.params, &t).summary).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-3)
}

/// Every numeric field of `got` equals `want` to 1e-9 relative (nested objects too).
fn assert_same(got: &Value, want: &Value, path: &str) {
    match (got, want) {
        (Value::Object(g), Value::Object(w)) => {
            for (k, wv) in w {
                assert_same(g.get(k).unwrap_or(&Value::Null), wv, &format!("{path}.{k}"));
            }
        }
        (Value::Number(g), Value::Number(w)) => {
            let (g, w) = (g.as_f64().unwrap(), w.as_f64().unwrap());
            assert!(close(g, w), "{path}: portfolio {g} vs alone {w}");
        }
        (g, w) => assert_eq!(g, w, "{path}"),
    }
}

/// example-shared.json with its second site moved to a copy of the network: one site each.
fn one_site_each() -> String {
    let mut v: Value = serde_json::from_str(SHARED).unwrap();
    let mut copy = v["networks"][0].clone();
    copy["id"] = json!("small-b");
    copy["name"] = json!("Small network B");
    v["networks"].as_array_mut().unwrap().push(copy);
    v["sites"][1]["network"] = json!("small-b");
    v.to_string()
}

#[test]
fn one_site_per_network_equals_each_site_alone() {
    let (p, r) = run(&one_site_each());
    let mut delivered = 0.0;
    let mut dc_energy = 0.0;
    let mut used = 0.0;
    for i in 0..p.sites.len() {
        let want = alone(&p, i);
        let got = serde_json::to_value(r.sites[i].summary).unwrap();
        assert_same(&got, &want, &format!("sites[{i}]"));
        delivered += want["heat_delivered_mwh"].as_f64().unwrap();
        dc_energy += want["dc_energy_mwh"].as_f64().unwrap();
        used += want["dc_heat_used_mwh"].as_f64().unwrap();
    }
    // Aggregate: amounts summed, ratios recomputed from the sums.
    let s = &r.summary;
    assert!(close(s["heat_delivered_mwh"].as_f64().unwrap(), delivered));
    assert!(close(s["erf"].as_f64().unwrap(), used / dc_energy));
}

#[test]
fn lombardy_networks_with_one_site_equal_the_site_alone() {
    let (p, r) = run(LOMBARDY);
    for (j, n) in r.networks.iter().enumerate() {
        if let [i] = n.sites[..] {
            let got = serde_json::to_value(r.sites[i].summary).unwrap();
            assert_same(&got, &alone(&p, i), &format!("networks[{j}].sites[{i}]"));
        }
    }
}

#[test]
fn shared_networks_take_at_most_their_demand_and_balance() {
    for json in [SHARED, LOMBARDY] {
        let (p, r) = run(json);
        for n in &r.networks {
            assert!(
                n.max_direct_over_demand_kw <= 1e-9,
                "{}: {}",
                n.id,
                n.max_direct_over_demand_kw
            );
            assert!(
                n.max_balance_error_kw <= 1e-6,
                "{}: {}",
                n.id,
                n.max_balance_error_kw
            );
            // Year balance from the site summaries: M + backup + Σ delivered = demand.
            let delivered: f64 = n.sites.iter().map(|&i| r.sites[i].heat_delivered_mwh).sum();
            let lhs = n.must_run_mwh + n.backup_mwh + delivered;
            assert!(
                close(lhs, n.demand_mwh),
                "{}: {lhs} vs {}",
                n.id,
                n.demand_mwh
            );
            assert!(delivered <= n.demand_mwh * (1.0 + 1e-12));
            if let Some(&first) = n.sites.first() {
                let tank =
                    heat_twin_model::storage::Tank::from_params(&p.sites[first].scenario.params);
                assert!(n.max_charge_kw <= tank.power_kw + 1e-9);
            }
        }
        // Never more than the sites run alone.
        let alone_sum: f64 = (0..p.sites.len())
            .map(|i| alone(&p, i)["heat_delivered_mwh"].as_f64().unwrap())
            .sum();
        let together = r.summary["heat_delivered_mwh"].as_f64().unwrap();
        assert!(
            together <= alone_sum * (1.0 + 1e-12),
            "{together} > {alone_sum}"
        );
    }
}

/// example-shared.json with its cheap site (sites[1]) twice: two identical sites.
fn twins() -> String {
    let mut v: Value = serde_json::from_str(SHARED).unwrap();
    let mut copy = v["sites"][1].clone();
    copy["name"] = json!("Twin of the second site");
    v["sites"][0] = copy;
    v.to_string()
}

#[test]
fn identical_sites_on_a_shared_network_bind_and_share_equally() {
    // Alone each delivers about half the network's demand (≈ 3,611 of 7,070 MWh, its offer
    // exceeding the demand outside the heating season); together they cannot deliver twice
    // that, and ties are shared in proportion to what each can give: equally.
    let (p, r) = run(&twins());
    let alone_sum: f64 = (0..2)
        .map(|i| alone(&p, i)["heat_delivered_mwh"].as_f64().unwrap())
        .sum();
    let together = r.summary["heat_delivered_mwh"].as_f64().unwrap();
    assert!(together < alone_sum - 100.0, "{together} vs {alone_sum}");
    assert!(together <= r.networks[0].demand_mwh);
    assert!(close(
        r.sites[0].heat_delivered_mwh,
        r.sites[1].heat_delivered_mwh
    ));
    // The offer not taken grows by what the network could not take.
    let alone_not_taken: f64 = (0..2)
        .map(|i| alone(&p, i)["heat_offered_not_taken_mwh"].as_f64().unwrap())
        .sum();
    let not_taken = r.summary["heat_offered_not_taken_mwh"].as_f64().unwrap();
    assert!(
        not_taken > alone_not_taken,
        "{not_taken} vs {alone_not_taken}"
    );
}

#[test]
fn a_dearer_site_is_taken_only_after_the_cheaper_one() {
    // In example-shared.json sites[0] is too dear for the network's boilers alone (it
    // delivers 0 run alone); beside a cheaper site it still delivers nothing, and the cheaper
    // site delivers what it does alone.
    let (p, r) = run(SHARED);
    assert_eq!(alone(&p, 0)["heat_delivered_mwh"].as_f64().unwrap(), 0.0);
    assert_eq!(r.sites[0].heat_delivered_mwh, 0.0);
    let cheap_alone = alone(&p, 1)["heat_delivered_mwh"].as_f64().unwrap();
    assert!(close(r.sites[1].heat_delivered_mwh, cheap_alone));
}

#[test]
fn a_site_added_to_a_saturated_network_adds_only_offered_heat() {
    // 50 homes (≈ 590 MWh a year, peak ≈ 0.2 MW at the plant) against two sites each offering
    // ≈ 0.6 MW: the sites cover every hour, the plants make nothing (headroom 0). A third
    // identical site then adds no delivered heat and its whole offer is not taken.
    let mut v: Value = serde_json::from_str(&twins()).unwrap();
    v["networks"][0]["network"]["homes"] = json!(50);
    let (_, r1) = run(&v.to_string());
    assert!(
        r1.networks[0].headroom_mwh.abs() < 1e-9,
        "{}",
        r1.networks[0].headroom_mwh
    );
    let mut extra = v["sites"][0].clone();
    extra["name"] = json!("A third identical site");
    v["sites"].as_array_mut().unwrap().push(extra);
    let (_, r2) = run(&v.to_string());
    let get = |r: &PortfolioRun, k: &str| r.summary[k].as_f64().unwrap();
    assert!(close(
        get(&r2, "heat_delivered_mwh"),
        get(&r1, "heat_delivered_mwh")
    ));
    assert!(close(
        get(&r2, "network_demand_mwh"),
        get(&r1, "network_demand_mwh")
    ));
    // The new site's offer (its recovery output alone would be its captured heat lifted)
    // all goes to "offered but not taken": the not-taken total rises by one site's offer.
    let offer_one = r2.sites[2].heat_offered_not_taken_mwh + r2.sites[2].heat_delivered_mwh;
    let rise = get(&r2, "heat_offered_not_taken_mwh") - get(&r1, "heat_offered_not_taken_mwh");
    assert!(
        offer_one > 1000.0 && close(rise, offer_one),
        "{rise} vs {offer_one}"
    );
}

#[test]
fn one_site_per_network_with_a_tank_equals_each_site_alone() {
    // The tank path (warm-up year from half full, charge from no-room heat, discharge): with
    // one site per network its parts are the whole tank, so the result is the site's alone.
    let mut v: Value = serde_json::from_str(&one_site_each()).unwrap();
    for n in v["networks"].as_array_mut().unwrap() {
        n["storage"] = json!({"volume_m3": 2000});
    }
    let (p, r) = run(&v.to_string());
    for i in 0..p.sites.len() {
        let got = serde_json::to_value(r.sites[i].summary).unwrap();
        let want = alone(&p, i);
        assert!(
            want["storage_charge_mwh"].as_f64().unwrap() > 0.0,
            "the tank is used"
        );
        assert_same(&got, &want, &format!("sites[{i}]"));
    }
}

#[test]
fn identical_sites_sharing_a_tank_balance_it() {
    // Two identical sites and a tank: each site's parts balance over the year
    // (charge = discharge + loss + end − start) and they share equally.
    let mut v: Value = serde_json::from_str(&twins()).unwrap();
    v["networks"][0]["storage"] = json!({"volume_m3": 2000});
    let (_, r) = run(&v.to_string());
    for s in &r.sites {
        let m = &s.summary;
        let lhs = m.storage_charge_mwh;
        let rhs =
            m.storage_discharge_mwh + m.storage_loss_mwh + m.storage_end_mwh - m.storage_start_mwh;
        assert!(lhs > 0.0 && close(lhs, rhs), "{}: {lhs} vs {rhs}", s.name);
    }
    assert!(close(
        r.sites[0].heat_delivered_mwh,
        r.sites[1].heat_delivered_mwh
    ));
    let n = &r.networks[0];
    assert!(n.max_balance_error_kw <= 1e-6);
    let delivered: f64 = r.sites.iter().map(|s| s.heat_delivered_mwh).sum();
    assert!(close(
        n.must_run_mwh + n.backup_mwh + delivered,
        n.demand_mwh
    ));
}

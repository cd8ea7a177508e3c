//! `heat-twin-cli portfolio` and `schema --portfolio` as a user meets them
//! (docs/model/portfolio.md §9).
#![allow(clippy::unwrap_used, clippy::expect_used)] // in a test a panic is the failure report

use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::{Command, Output};

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_heat-twin-cli"))
        .args(args)
        .output()
        .expect("run heat-twin-cli")
}

fn tmp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("heat-twin-portfolio-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn stdout_json(o: &Output) -> Value {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

const SHARED: &str = include_str!("../../../portfolios/example-shared.json");

fn shared() -> Value {
    serde_json::from_str(SHARED).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-3)
}

/// The equivalent scenario of a site written out (docs/model/portfolio.md §3): the site's
/// sections with its network's.
fn equivalent(site: &Value, network: &Value) -> Value {
    json!({
        "name": site["name"],
        "weather": network["weather"],
        "network": network["network"],
        "storage": network["storage"],
        "data_centre": site["data_centre"],
        "recovery": site["recovery"],
        "economics": site["economics"],
    })
}

#[test]
fn one_site_per_network_sums_to_simulate_of_each_site() {
    // Site A written out on its own copy of the network: each network has one site.
    let mut v = shared();
    let net = v["networks"][0].clone();
    let mut site_a = v["sites"][0].clone();
    site_a["network"] = json!("a");
    let mut site_c = site_a.clone();
    site_c["name"] = json!("Site C, twice the racks");
    site_c["network"] = json!("c");
    site_c["data_centre"]["racks"] = json!(200);
    let mut net_a = net.clone();
    net_a["id"] = json!("a");
    let mut net_c = net.clone();
    net_c["id"] = json!("c");
    net_c["name"] = json!("Small network C");
    v["networks"] = json!([net_a, net_c]);
    v["sites"] = json!([site_a, site_c]);
    let file = tmp("one-each.json", &v.to_string());
    let out = stdout_json(&cli(&["portfolio", file.to_str().unwrap()]));

    let mut sums = [0.0; 4];
    let fields = [
        "heat_delivered_mwh",
        "dc_energy_mwh",
        "dc_heat_used_mwh",
        "co2_avoided_t",
    ];
    for (k, site) in v["sites"].as_array().unwrap().iter().enumerate() {
        let scenario = equivalent(site, &net);
        let f = tmp(&format!("alone-{k}.json"), &scenario.to_string());
        let alone = stdout_json(&cli(&["simulate", f.to_str().unwrap()]));
        for (s, name) in sums.iter_mut().zip(fields) {
            *s += alone["summary"][name].as_f64().unwrap();
        }
        let got = &out["sites"][k]["summary"];
        for (name, want) in alone["summary"].as_object().unwrap() {
            if let (Some(a), Some(b)) = (got[name].as_f64(), want.as_f64()) {
                assert!(close(a, b), "sites[{k}].{name}: {a} vs simulate {b}");
            }
        }
    }
    let agg = &out["summary"];
    for (s, name) in sums.iter().zip(fields) {
        assert!(close(agg[name].as_f64().unwrap(), *s), "{name}");
    }
    // ERF recomputed from the sums: Σ heat used / Σ facility energy.
    assert!(close(agg["erf"].as_f64().unwrap(), sums[2] / sums[1]));
    assert_eq!(out["networks"].as_array().unwrap().len(), 2);
    assert_eq!(out["networks"][0]["id"], "a");
}

#[test]
fn shared_network_and_sites_csv() {
    let csv = std::env::temp_dir().join(format!("heat-twin-portfolio-{}.csv", std::process::id()));
    let out = stdout_json(&cli(&[
        "portfolio",
        "../../portfolios/example-shared.json",
        "--sites",
        csv.to_str().unwrap(),
    ]));
    let n = &out["networks"][0];
    let demand = n["demand_mwh"].as_f64().unwrap();
    let delivered: f64 = out["sites"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["heat_delivered_mwh"].as_f64().unwrap())
        .sum();
    assert!(delivered <= demand);
    // Network demand counted once in the aggregate, not once per site.
    assert!(close(
        out["summary"]["network_demand_mwh"].as_f64().unwrap(),
        demand
    ));
    let text = std::fs::read_to_string(&csv).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].starts_with("name,network,lat,lon,"));
    assert!(lines[0].contains("heat_delivered_mwh"));
    assert!(lines[1].starts_with("Site A (written out),small,45.51,9.19,"));
}

#[test]
fn bad_portfolios_exit_2_naming_every_site_and_network() {
    let mut v = shared();
    v["sites"][1]["preset"] = json!("no-such-preset");
    v["sites"][0]["lat"] = json!(123.0);
    v["sites"][0]["data_centre"]["racks"] = json!(-5);
    let mut dup = v["sites"][0].clone();
    dup["network"] = json!("milano-ovest");
    v["sites"].as_array_mut().unwrap().push(dup);
    let file = tmp("bad.json", &v.to_string());
    let o = cli(&["portfolio", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    for want in [
        "sites[1].preset",
        "sites[0].lat",
        "sites[0].data_centre.racks",
        "sites[2].network",
        "milano-ovest",
        "sites[2].name",
    ] {
        assert!(err.contains(want), "missing {want} in:\n{err}");
    }
    assert!(err.lines().count() >= 6, "{err}");
    // An empty site list.
    let mut empty = shared();
    empty["sites"] = json!([]);
    let file = tmp("empty.json", &empty.to_string());
    let o = cli(&["portfolio", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("sites"));
    // A missing file and a usage error.
    assert_eq!(
        cli(&["portfolio", "/no/such/file.json"]).status.code(),
        Some(2)
    );
    assert_eq!(cli(&["portfolio"]).status.code(), Some(2));
}

#[test]
fn schema_portfolio_prints_the_portfolio_schema() {
    let out = stdout_json(&cli(&["schema", "--portfolio"]));
    assert_eq!(out["$id"], "urn:heat-twin:portfolio:1");
    assert!(out["properties"]["sites"].is_object());
}

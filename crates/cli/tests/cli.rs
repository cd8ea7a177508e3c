//! heat-twin-cli as a user meets it: subcommands, output formats, exit codes and messages.
#![allow(clippy::unwrap_used, clippy::expect_used)] // in a test a panic is the failure report

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cli(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_heat-twin-cli"))
        .args(args)
        .output()
        .expect("run heat-twin-cli")
}

fn tmp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("heat-twin-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

#[test]
fn simulate_prints_summary_monthly_and_warnings() {
    let p = tmp("default.json", "{}");
    let o = cli(&["simulate", p.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    for field in [
        "it_energy_mwh",
        "dc_energy_mwh",
        "heat_captured_mwh",
        "dc_heat_used_mwh",
        "heat_rejected_mwh",
        "heat_delivered_mwh",
        "heat_pump_output_mwh",
        "heat_pump_electricity_mwh",
        "pumping_electricity_mwh",
        "heat_pump_scop",
        "network_demand_mwh",
        "backup_heat_mwh",
        "dc_share_of_demand",
        "erf",
        "homes_equivalent",
        "co2_avoided_t",
        "trees_equivalent",
        "fuel_saved_mwh",
        "gas_saved_sm3",
        "full_load_hours",
        "capex_eur",
        "annual_benefit_eur",
        "simple_payback_years",
        "lcoh_eur_per_mwh",
        "heat_revenue_eur",
        "storage_loss_mwh",
        "homes_from_dc_heat",
        "site_heat_rejected_mwh",
        "fuel_cost_avoided_eur",
        "utility_benefit_eur",
        "dc_benefit_eur",
        "utility_cost_eur_per_mwh",
        "pue",
        "heat_pump_hours",
        "heat_pump_hours_below_co2_breakeven_cop",
        "heat_pump_hours_below_cost_breakeven_cop",
        "heat_pump_hours_at_max_cop",
    ] {
        assert!(v["summary"].get(field).is_some(), "summary lacks {field}");
    }
    let monthly = v["monthly"].as_array().unwrap();
    assert_eq!(monthly.len(), 12);
    for field in [
        "heat_delivered_mwh",
        "network_demand_mwh",
        "heat_rejected_mwh",
        "backup_heat_mwh",
        "co2_avoided_t",
    ] {
        assert!(monthly[0].get(field).is_some(), "monthly lacks {field}");
    }
    // Monthly heat adds up to the year.
    let sum: f64 = monthly
        .iter()
        .map(|m| m["heat_delivered_mwh"].as_f64().unwrap())
        .sum();
    let year = v["summary"]["heat_delivered_mwh"].as_f64().unwrap();
    assert!((sum - year).abs() <= 1e-6 * year, "{sum} vs {year}");
    assert!(v["warnings"].is_array());
}

#[test]
fn hourly_csv_has_a_header_with_units_and_8760_rows() {
    let p = tmp(
        "hourly.json",
        r#"{"storage": {"volume_m3": 3000}, "network": {"homes": 2000}}"#,
    );
    let csv = p.with_extension("csv");
    let o = cli(&[
        "simulate",
        p.to_str().unwrap(),
        "--hourly",
        csv.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&csv).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 8761);
    let header: Vec<&str> = lines[0].split(',').collect();
    for col in [
        "t_out_c",
        "t_supply_c",
        "p_it_kw",
        "q_captured_kw",
        "available_kw",
        "demand_kw",
        "direct_kw",
        "charge_kw",
        "discharge_kw",
        "backup_kw",
        "delivered_kw",
        "rejected_kw",
        "hp_electricity_kw",
        "cop",
        "storage_kwh",
        "mode",
        "t_return_c",
        "displaced_kind",
    ] {
        assert!(header.contains(&col), "header lacks {col}: {}", lines[0]);
    }
    // Version 2: the return is the network's 50 °C (constant), and each hour that delivers heat
    // names the plant kind it displaced at the margin (the default network's boilers).
    let ret = header.iter().position(|c| *c == "t_return_c").unwrap();
    let kind = header.iter().position(|c| *c == "displaced_kind").unwrap();
    let delivered = header.iter().position(|c| *c == "delivered_kw").unwrap();
    for line in &lines[1..] {
        let cells: Vec<&str> = line.split(',').collect();
        assert_eq!(cells.len(), header.len());
        assert_eq!(cells[ret], "50");
        let d: f64 = cells[delivered].parse().unwrap();
        assert_eq!(
            cells[kind],
            if d > 0.0 { "gas_boiler" } else { "" },
            "{line}"
        );
    }
    // delivered_kw sums to heat_delivered_mwh.
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let i = header.iter().position(|c| *c == "delivered_kw").unwrap();
    let sum: f64 = lines[1..]
        .iter()
        .map(|l| l.split(',').nth(i).unwrap().parse::<f64>().unwrap())
        .sum();
    let year = v["summary"]["heat_delivered_mwh"].as_f64().unwrap();
    assert!(
        (sum / 1000.0 - year).abs() <= 1e-6 * year,
        "{sum} kWh vs {year} MWh"
    );
    // The connection pipe (MODEL.md §9.1): connection_loss_kw sums to the summary's loss, and
    // the default 1 km pipe loses heat; its DN is a JSON integer.
    let i = header
        .iter()
        .position(|c| *c == "connection_loss_kw")
        .expect("connection_loss_kw column");
    let loss: f64 = lines[1..]
        .iter()
        .map(|l| l.split(',').nth(i).unwrap().parse::<f64>().unwrap())
        .sum();
    let year_loss = v["summary"]["connection_heat_loss_mwh"].as_f64().unwrap();
    assert!(year_loss > 0.0);
    assert!((loss / 1000.0 - year_loss).abs() <= 1e-6 * year_loss);
    assert!(v["summary"]["connection_dn"].is_u64());
    for key in ["connection_pumping_mwh", "connection_capex_eur"] {
        assert!(v["summary"][key].as_f64().unwrap() > 0.0, "{key}");
    }
    // Availability (MODEL.md §4.1): every hour available by default, none counted as lost.
    let i = header
        .iter()
        .position(|c| *c == "recovery_available")
        .expect("recovery_available column");
    assert!(lines[1..].iter().all(|l| l.split(',').nth(i) == Some("1")));
    assert_eq!(v["summary"]["recovery_hours_unavailable"], 0);
}

#[test]
fn invalid_input_exits_2_with_one_line_per_problem() {
    let p = tmp(
        "bad.json",
        r#"{"data_centre": {"racks": 2000000, "pue": 0.5, "colour": "red"}, "network": {"return_c": 80}}"#,
    );
    let o = cli(&["simulate", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines.len() >= 4, "{err}");
    assert!(
        err.contains("data_centre.racks") && err.contains("2000000") && err.contains("1,000,000"),
        "{err}"
    );
    assert!(
        err.contains("data_centre.pue") && err.contains("0.5"),
        "{err}"
    );
    assert!(err.contains("data_centre.colour"), "{err}");
    assert!(
        err.contains("network.return_c") || err.contains("network.supply_min_c"),
        "{err}"
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn broken_weather_file_names_the_line() {
    let dir = tmp("x", "").parent().unwrap().to_path_buf();
    std::fs::write(dir.join("short.csv"), "temperature\n1\n2\n3\n").unwrap();
    let p = tmp("weather.json", r#"{"weather": {"csv_file": "short.csv"}}"#);
    let o = cli(&["validate", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("weather.csv_file") && stderr(&o).contains("line 5"),
        "{}",
        stderr(&o)
    );
    let p = tmp(
        "missing.json",
        r#"{"weather": {"epw_file": "nowhere.epw"}}"#,
    );
    let o = cli(&["simulate", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nowhere.epw"));
}

#[test]
fn the_real_epw_gives_the_builtin_year() {
    // The PVGIS rows are in UTC; the built-in po-valley year is the same file shifted one hour
    // to Central European (local standard) time (docs/model/climates.md). An upload is never
    // shifted, so the EPW run equals the built-in run once its rows are shifted the same way.
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let epw = repo.join("data/weather/tmy_45.000_8.000_2005_2020.epw");
    let bytes = std::fs::read(&epw).expect("the shipped EPW file");
    let utc = heat_twin_model::weather::read_epw(&bytes).expect("the shipped EPW parses");
    let n = utc.len();
    let local: Vec<String> = (0..n)
        .map(|h| format!("{:?}", utc[(h + n - 1) % n]))
        .collect();
    let shifted = tmp("shifted.csv", &local.join("\n"));
    let a = tmp(
        "epw-shifted.json",
        &format!(
            r#"{{"weather": {{"csv_file": {:?}}}}}"#,
            shifted.to_str().unwrap()
        ),
    );
    let b = tmp("builtin.json", r#"{"weather": {"builtin": "po-valley"}}"#);
    let va: Value =
        serde_json::from_slice(&cli(&["simulate", a.to_str().unwrap()]).stdout).unwrap();
    let vb: Value =
        serde_json::from_slice(&cli(&["simulate", b.to_str().unwrap()]).stdout).unwrap();
    assert_eq!(va["summary"], vb["summary"]);
    // The EPW itself runs unshifted: equal to its own rows given as a CSV, and not to the
    // built-in year.
    let unshifted: Vec<String> = utc.iter().map(|t| format!("{t:?}")).collect();
    let plain = tmp("unshifted.csv", &unshifted.join("\n"));
    let c = tmp(
        "epw.json",
        &format!(
            r#"{{"weather": {{"epw_file": {:?}}}}}"#,
            epw.to_str().unwrap()
        ),
    );
    let d = tmp(
        "csv.json",
        &format!(
            r#"{{"weather": {{"csv_file": {:?}}}}}"#,
            plain.to_str().unwrap()
        ),
    );
    let vc: Value =
        serde_json::from_slice(&cli(&["simulate", c.to_str().unwrap()]).stdout).unwrap();
    let vd: Value =
        serde_json::from_slice(&cli(&["simulate", d.to_str().unwrap()]).stdout).unwrap();
    assert_eq!(vc["summary"], vd["summary"]);
    assert_ne!(vc["summary"], vb["summary"]);
}

#[test]
fn validate_bench_climates_schema() {
    let p = tmp("ok.json", r#"{"name": "Test site"}"#);
    let o = cli(&["validate", p.to_str().unwrap()]);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("Test site"));

    let o = cli(&["bench", p.to_str().unwrap(), "--runs", "5"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["runs"], 5);
    assert!(v["median_us"].as_f64().unwrap() > 0.0);
    assert!(v["p95_us"].as_f64().unwrap() >= v["median_us"].as_f64().unwrap());
    assert_eq!(
        cli(&["bench", p.to_str().unwrap(), "--runs", "zero"])
            .status
            .code(),
        Some(2)
    );

    let o = cli(&["climates", "--json"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    for id in [
        "po-valley",
        "milan",
        "brescia",
        "frankfurt",
        "amsterdam",
        "dublin",
        "paris",
        "stockholm",
        "helsinki",
        "copenhagen",
    ] {
        assert!(ids.contains(&id), "climates lacks {id}");
    }
    for c in v.as_array().unwrap() {
        assert!(
            !c["source"].as_str().unwrap().is_empty() && !c["period"].as_str().unwrap().is_empty()
        );
    }
    let text = String::from_utf8_lossy(&cli(&["climates"]).stdout).to_string();
    assert!(text.contains("source:") && text.contains("1991"));

    let o = cli(&["schema"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        v["properties"]["data_centre"]["properties"]["racks"]["maximum"],
        1_000_000.0
    );

    assert_eq!(cli(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(cli(&[]).status.code(), Some(2));
}

#[test]
fn maintenance_hours_are_written_as_zeros_in_recovery_available() {
    // 1–14 July (days 181–194): 336 hours in which the plant cannot run (MODEL.md §4.1).
    let p = tmp(
        "maintenance.json",
        r#"{"recovery": {"maintenance": [{"from": "07-01", "to": "07-14"}]}}"#,
    );
    let csv = p.with_extension("csv");
    let o = cli(&[
        "simulate",
        p.to_str().unwrap(),
        "--hourly",
        csv.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["summary"]["recovery_hours_unavailable"], 336);
    let text = std::fs::read_to_string(&csv).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let header: Vec<&str> = lines[0].split(',').collect();
    let i = header
        .iter()
        .position(|c| *c == "recovery_available")
        .unwrap();
    let d = header.iter().position(|c| *c == "delivered_kw").unwrap();
    for (hour, line) in lines[1..].iter().enumerate() {
        let cells: Vec<&str> = line.split(',').collect();
        let down = (181 * 24..195 * 24).contains(&hour);
        assert_eq!(cells[i], if down { "0" } else { "1" }, "hour {hour}");
        if down {
            assert_eq!(cells[d], "0", "hour {hour}");
        }
    }
}

#[test]
fn simulate_gives_the_project_life_year_by_year() {
    let p = tmp(
        "life.json",
        r#"{"economics": {"years": 3, "country": "FI"}, "data_centre": {"ramp": [0.5, 1]}}"#,
    );
    let o = cli(&["simulate", p.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let years = v["years"].as_array().unwrap();
    // Year 0 (the investment) to 3.
    assert_eq!(years.len(), 4);
    for (k, y) in years.iter().enumerate() {
        assert_eq!(y["year"].as_u64(), Some(k as u64));
        for key in [
            "heat_delivered_mwh",
            "co2_avoided_t",
            "cash_flow_utility_eur",
            "cash_flow_data_centre_eur",
        ] {
            assert!(y[key].is_number(), "year {k}: {key}");
        }
    }
    // Year 0 is minus each party's capex as built; year 1 runs at half the IT load.
    let s = &v["summary"];
    assert_eq!(
        years[0]["cash_flow_utility_eur"].as_f64(),
        s["capex_utility_eur"].as_f64().map(|c| -c)
    );
    let q = |k: usize| years[k]["heat_delivered_mwh"].as_f64().unwrap();
    assert!(q(1) < q(2) && q(2) == q(3));
    assert_eq!(s["heat_delivered_mwh"].as_f64(), Some(q(2)));
    for key in [
        "npv_utility_eur",
        "npv_data_centre_eur",
        "lifetime_heat_delivered_mwh",
        "lifetime_co2_avoided_t",
    ] {
        assert!(s[key].is_number(), "{key}");
    }
    // An IRR is a number, or null with its reason in words.
    for party in ["utility", "data_centre"] {
        let irr = &s[format!("irr_{party}")];
        let why = &s[format!("irr_{party}_reason")];
        assert!(irr.is_number() != why.is_string(), "{party}: {irr} {why}");
    }
    let lifetime: f64 = (1..4).map(q).sum();
    assert!((s["lifetime_heat_delivered_mwh"].as_f64().unwrap() - lifetime).abs() < 1e-6);
}

#[test]
fn simulate_with_the_store_looking_ahead() {
    // MODEL.md §6: storage.dispatch = peak on a small zone-E network with a 3,000 m³ tank
    // (crates/model/tests/storage_dispatch.rs checks the rule hour by hour); here the CLI
    // reads the field and a wrong value exits 2 naming it.
    let scenario = |dispatch: &str| {
        format!(
            r#"{{"weather": {{"builtin": "po-valley"}}, "network": {{"heating_rule": "it_zone_e", "homes": 1000}}, "storage": {{"volume_m3": 3000, "dispatch": "{dispatch}"}}}}"#
        )
    };
    let peak_backup = |dispatch: &str| -> f64 {
        let p = tmp(&format!("dispatch-{dispatch}.json"), &scenario(dispatch));
        let o = cli(&["simulate", p.to_str().unwrap()]);
        assert!(o.status.success(), "{}", stderr(&o));
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        v["summary"]["peak_backup_mw"].as_f64().unwrap()
    };
    let (first, peak) = (peak_backup("first"), peak_backup("peak"));
    assert!(peak < first, "peak {peak} MW, first {first} MW");
    let p = tmp("dispatch-bad.json", &scenario("later"));
    let o = cli(&["simulate", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("storage.dispatch") && err.contains("later") && err.contains("peak"),
        "{err}"
    );
}

//! The instruments on the command line (`seek`, `sweep`, `uncertainty`, `ranges`), each answer
//! checked against `heat-twin-cli simulate` of the scenario written out with its inputs set:
//! the independent path (scenario JSON → load_scenario → simulate) that a user would take.
#![allow(clippy::unwrap_used, clippy::expect_used)] // in a test a panic is the failure report

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cli(args: &[&str]) -> Output {
    cli_in(&std::env::temp_dir(), args)
}

/// Runs in `dir`, so that a weather file can only be found relative to the scenario file.
fn cli_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_heat-twin-cli"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run heat-twin-cli")
}

fn dir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("heat-twin-instruments-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn tmp(name: &str, text: &str) -> String {
    let p = dir().join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, text).unwrap();
    p.to_str().unwrap().to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

fn json_out(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", String::from_utf8_lossy(&o.stdout), stderr(o)))
}

/// `base` with the field at dotted `path` set to `x` (whole numbers written as integers).
fn with_input(base: &Value, path: &str, x: f64) -> Value {
    let mut v = base.clone();
    let mut node = &mut v;
    let parts: Vec<&str> = path.split('.').collect();
    for part in &parts[..parts.len() - 1] {
        node = node
            .as_object_mut()
            .unwrap()
            .entry(*part)
            .or_insert_with(|| json!({}));
    }
    let value = if x.fract() == 0.0 && x.abs() < 1e15 {
        json!(x as i64)
    } else {
        json!(x)
    };
    node.as_object_mut()
        .unwrap()
        .insert(parts[parts.len() - 1].to_string(), value);
    v
}

/// The summary `simulate` prints for a scenario.
fn simulate(name: &str, scenario: &Value) -> Value {
    let p = tmp(name, &scenario.to_string());
    let o = cli(&["simulate", &p]);
    assert!(o.status.success(), "{}", stderr(&o));
    json_out(&o)["summary"].clone()
}

fn num(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"))
}

#[test]
fn seek_racks_for_5000_homes_simulates_to_the_target() {
    let base = json!({});
    let p = tmp("seek-default.json", "{}");
    let o = cli(&[
        "seek",
        &p,
        "--input",
        "data_centre.racks",
        "--kpi",
        "homes_equivalent",
        "--target",
        "5000",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json_out(&o);
    assert_eq!(v["status"], "found");
    assert_eq!(v["input"], "data_centre.racks");
    assert_eq!(v["kpi"], "homes_equivalent");
    assert_eq!(num(&v["target"]), 5000.0);
    let racks = num(&v["value"]);
    let tolerance = num(&v["tolerance"]);
    assert_eq!(racks.fract(), 0.0, "racks is an integer field");
    // The tolerance of an integer input is half the KPI's step over one rack: at the
    // default ~2.9 homes per rack (286 homes at 100 racks) it is a few homes, never 1 %.
    assert!(tolerance > 0.0 && tolerance < 50.0, "{tolerance}");
    let at = |x: f64, name: &str| {
        num(&simulate(name, &with_input(&base, "data_centre.racks", x))["homes_equivalent"])
    };
    let homes = at(racks, "seek-at.json");
    assert_eq!(homes, num(&v["achieved"]), "achieved is simulate's value");
    assert!(
        (homes - 5000.0).abs() <= tolerance,
        "{homes} vs 5000 ± {tolerance}"
    );
    // No neighbouring whole number of racks comes closer to 5,000 homes.
    for n in [racks - 1.0, racks + 1.0] {
        assert!(
            (at(n, "seek-nb.json") - 5000.0).abs() >= (homes - 5000.0).abs(),
            "{n}"
        );
    }
}

#[test]
fn seek_a_continuous_input_meets_the_target_within_one_part_per_million() {
    // Homes equivalent falls as the heat per home rises: find the heat per home for which the
    // default scenario's delivered heat makes 1,000 homes.
    let base = json!({});
    let p = tmp("seek-cont.json", "{}");
    let o = cli(&[
        "seek",
        &p,
        "--input",
        "network.home_heat_mwh",
        "--kpi",
        "homes_equivalent",
        "--target",
        "1000",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v = json_out(&o);
    assert_eq!(v["status"], "found");
    let tolerance = num(&v["tolerance"]);
    let x = num(&v["value"]);
    let s = simulate(
        "seek-cont-at.json",
        &with_input(&base, "network.home_heat_mwh", x),
    );
    let homes = num(&s["homes_equivalent"]);
    // The stated tolerance is 1e-6 of the KPI's scale (at most the sampled maximum): tiny.
    assert!(tolerance <= 1e-6 * 1e6, "{tolerance}");
    assert!(
        (homes - 1000.0).abs() <= tolerance,
        "{homes} vs 1000 ± {tolerance}"
    );
    // Independent check: homes_equivalent = heat delivered / heat per home (MODEL.md), so
    // x ≈ delivered / 1000.
    let delivered = num(&s["heat_delivered_mwh"]);
    assert!(
        (delivered / x - homes).abs() < 1e-6 * homes,
        "{delivered} / {x} vs {homes}"
    );
}

#[test]
fn an_unreachable_target_exits_3_with_the_closest_reachable_value() {
    let p = tmp("seek-unreachable.json", "{}");
    let o = cli(&[
        "seek",
        &p,
        "--input",
        "data_centre.racks",
        "--kpi",
        "homes_equivalent",
        "--target",
        "1e12",
    ]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("out of reach"), "{}", stderr(&o));
    let v = json_out(&o);
    assert_eq!(v["status"], "unreachable");
    let value = num(&v["value"]);
    let achieved = num(&v["achieved"]);
    assert!((0.0..=1_000_000.0).contains(&value));
    let s = simulate(
        "seek-unreachable-at.json",
        &with_input(&json!({}), "data_centre.racks", value),
    );
    assert_eq!(num(&s["homes_equivalent"]), achieved);
    // Independently unreachable: neither end of the range comes near 10¹² homes (the
    // network's demand caps the homes served).
    for n in [0.0, 1_000_000.0] {
        let s = simulate(
            "seek-end.json",
            &with_input(&json!({}), "data_centre.racks", n),
        );
        let h = num(&s["homes_equivalent"]);
        assert!(h < 1e7 && h <= achieved + 1e-9 * achieved.abs(), "{n}: {h}");
    }
}

#[test]
fn a_kpi_that_rises_and_falls_is_reported_not_monotonic_with_its_samples() {
    // LCOH against the heat pump's cap from 0 (0 = unlimited, MODEL.md §4) to 2 MW: a tiny
    // cap leaves the fixed pipe cost on little heat (dear), a larger cap spreads it (cheaper),
    // unlimited is cheapest of all; so the sampled KPI both rises and falls.
    let p = tmp("seek-not-monotonic.json", "{}");
    let o = cli(&[
        "seek",
        &p,
        "--input",
        "recovery.heat_pump_max_mw",
        "--kpi",
        "lcoh_eur_per_mwh",
        "--target",
        "40",
        "--from",
        "0",
        "--to",
        "2",
    ]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("rises and falls"), "{}", stderr(&o));
    let v = json_out(&o);
    assert_eq!(v["status"], "not_monotonic");
    let samples = v["samples"].as_array().unwrap();
    assert_eq!(samples.len(), 16);
    // The first three samples, simulated: a rise then a fall.
    let lcoh: Vec<f64> = samples[..3]
        .iter()
        .map(|sample| {
            let x = num(&sample["value"]);
            let s = simulate(
                "seek-nm-at.json",
                &with_input(&json!({}), "recovery.heat_pump_max_mw", x),
            );
            assert_eq!(
                num(&s["lcoh_eur_per_mwh"]),
                num(&sample["kpi"]),
                "at {x} MW"
            );
            num(&s["lcoh_eur_per_mwh"])
        })
        .collect();
    assert!(lcoh[1] > lcoh[0] && lcoh[2] < lcoh[1], "{lcoh:?}");
}

#[test]
fn invalid_seek_input_exits_2_naming_each_problem() {
    let p = tmp("seek-invalid.json", "{}");
    let o = cli(&[
        "seek",
        &p,
        "--input",
        "data_centre.rackz",
        "--kpi",
        "homes",
        "--target",
        "lots",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(o.stdout.is_empty());
    assert_eq!(e.lines().count(), 3, "{e}");
    assert!(
        e.contains("--input data_centre.rackz: no such scenario field"),
        "{e}"
    );
    assert!(e.contains("--kpi homes: not a summary field") && e.contains("homes_equivalent"));
    assert!(e.contains("--target lots: not a number"), "{e}");
    // A field that is not a number cannot be an input; an infinite target is refused.
    let o = cli(&[
        "seek",
        &p,
        "--input",
        "data_centre.cooling",
        "--kpi",
        "erf",
        "--target",
        "inf",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("data_centre.cooling: not a numeric field"),
        "{e}"
    );
    assert!(
        e.contains("--target inf: inf is not a finite number"),
        "{e}"
    );
    // A search range outside the field's range names the field, the value and the range.
    let o = cli(&[
        "seek",
        &p,
        "--input",
        "data_centre.racks",
        "--kpi",
        "erf",
        "--target",
        "0.5",
        "--from",
        "-3",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("data_centre.racks: -3 is out of range; allowed 0 to 1000000"));
    // An invalid scenario: the same lines as `simulate`.
    let bad = tmp(
        "seek-bad-scenario.json",
        r#"{"data_centre": {"racks": -5}}"#,
    );
    let o = cli(&[
        "seek",
        &bad,
        "--input",
        "data_centre.racks",
        "--kpi",
        "erf",
        "--target",
        "0.5",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let sim = cli(&["simulate", &bad]);
    assert_eq!(sim.status.code(), Some(2));
    assert_eq!(stderr(&o), stderr(&sim));
    assert!(stderr(&o).contains("data_centre.racks"));
    // A missing option is a usage error (also exit 2).
    let o = cli(&["seek", &p, "--input", "data_centre.racks", "--kpi", "erf"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("seek needs --target"));
}

/// A one-column weather CSV beside a scenario in a subfolder: 10 °C ± 12 K over the year
/// (cold in January), ± 4 K over the day.
fn scenario_with_weather_file(name: &str) -> String {
    let mut csv = String::from("t_out_c\n");
    for h in 0..8760 {
        let day = (h / 24) as f64;
        let hod = (h % 24) as f64;
        let t = 10.0 - 12.0 * (2.0 * std::f64::consts::PI * (day + 10.0) / 365.0).cos()
            + 4.0 * (2.0 * std::f64::consts::PI * (hod - 15.0) / 24.0).cos();
        csv.push_str(&format!("{t:.2}\n"));
    }
    tmp("site/weather.csv", &csv);
    tmp(
        &format!("site/{name}"),
        r#"{"name": "site", "weather": {"csv_file": "weather.csv"}}"#,
    )
}

#[test]
fn each_sweep_row_equals_simulate_of_that_scenario() {
    let p = scenario_with_weather_file("sweep.json");
    let base: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
    // Run from the filesystem root: the weather file is found only relative to the scenario.
    let o = cli_in(
        Path::new("/"),
        &[
            "sweep",
            &p,
            "--input",
            "data_centre.racks",
            "--from",
            "100",
            "--to",
            "300",
            "--steps",
            "2",
            "--input",
            "network.loss_share",
            "--from",
            "0.05",
            "--to",
            "0.2",
            "--steps",
            "2",
            "--kpi",
            "homes_equivalent,lcoh_eur_per_mwh,co2_avoided_t,network_losses_mwh",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = String::from_utf8(o.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("data_centre.racks,network.loss_share,homes_equivalent,lcoh_eur_per_mwh,co2_avoided_t,network_losses_mwh")
    );
    let rows: Vec<Vec<f64>> = lines
        .map(|l| l.split(',').map(|f| f.parse().unwrap()).collect())
        .collect();
    // Row-major, the first input varying slowest.
    let grid = [(100.0, 0.05), (100.0, 0.2), (300.0, 0.05), (300.0, 0.2)];
    assert_eq!(rows.len(), grid.len());
    let (mut co2, mut losses) = (Vec::new(), Vec::new());
    for (row, (racks, loss)) in rows.iter().zip(grid) {
        assert_eq!((row[0], row[1]), (racks, loss));
        let scenario = with_input(
            &with_input(&base, "data_centre.racks", racks),
            "network.loss_share",
            loss,
        );
        // Written beside the weather file, so that simulate reads the same file.
        let q = tmp("site/cell.json", &scenario.to_string());
        let sim = cli_in(Path::new("/"), &["simulate", &q]);
        assert!(sim.status.success(), "{}", stderr(&sim));
        let s = json_out(&sim)["summary"].clone();
        for (k, name) in [
            "homes_equivalent",
            "lcoh_eur_per_mwh",
            "co2_avoided_t",
            "network_losses_mwh",
        ]
        .iter()
        .enumerate()
        {
            assert_eq!(
                row[2 + k],
                num(&s[name]),
                "{name} at {racks} racks, loss {loss}"
            );
        }
        co2.push(row[4]);
        losses.push(row[5]);
    }
    // The columns' order, checked by proportions that need no simulation: the losses are the
    // loss share times a term free of it (MODEL.md §5: L[h] = loss_share · homes · home_heat ·
    // 1000/8760 · θ[h]/θ_ref), so 0.2 gives 4 × the losses of 0.05,
    // and three times the racks avoid more CO2.
    for (a, b) in [(losses[0], losses[1]), (losses[2], losses[3])] {
        assert!((b / a - 4.0).abs() < 1e-9, "{losses:?}");
    }
    assert!(co2[2] > co2[0] && co2[3] > co2[1], "{co2:?}");

    // With --csv: the same CSV in the file, and a digest naming the best cells.
    let csv = dir().join("sweep-out.csv");
    let o = cli(&[
        "sweep",
        &p,
        "--input",
        "data_centre.racks",
        "--from",
        "100",
        "--to",
        "300",
        "--steps",
        "2",
        "--input",
        "network.loss_share",
        "--from",
        "0.05",
        "--to",
        "0.2",
        "--steps",
        "2",
        "--kpi",
        "homes_equivalent,lcoh_eur_per_mwh,co2_avoided_t,network_losses_mwh",
        "--csv",
        csv.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&csv).unwrap(), text);
    let digest = json_out(&o);
    assert_eq!(digest["cells"], 4);
    assert_eq!(digest["invalid_cells"], 0);
    let max = &digest["best"]["co2_avoided_t"]["max"];
    let best = co2.iter().copied().fold(f64::MIN, f64::max);
    assert_eq!(num(&max["value"]), best);
    assert_eq!(num(&max["inputs"]["data_centre.racks"]), 300.0);
    // CO2 avoided does not depend on the loss share here (the losses are made up by the
    // backup boiler): of equal cells the largest is the last, the smallest the first.
    assert_eq!(num(&max["inputs"]["network.loss_share"]), 0.2);
    let min = &digest["best"]["co2_avoided_t"]["min"];
    assert_eq!(
        num(&min["value"]),
        co2.iter().copied().fold(f64::MAX, f64::min)
    );
    assert_eq!(num(&min["inputs"]["data_centre.racks"]), 100.0);
    assert_eq!(num(&min["inputs"]["network.loss_share"]), 0.05);
    assert_eq!(num(&digest["scenario"]["data_centre.racks"]), 400.0);
}

#[test]
fn invalid_sweep_input_exits_2_naming_each_problem() {
    let p = tmp("sweep-invalid.json", "{}");
    let o = cli(&[
        "sweep",
        &p,
        "--input",
        "network.loss_share",
        "--from",
        "0",
        "--to",
        "0.9",
        "--steps",
        "0",
        "--kpi",
        "erf,nope",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("--to: network.loss_share: 0.9 is out of range; allowed 0 to 0.6"),
        "{e}"
    );
    assert!(
        e.contains("--steps 0: give a whole number 1 to 10000"),
        "{e}"
    );
    assert!(e.contains("--kpi nope: not a summary field"), "{e}");
    let o = cli(&[
        "sweep",
        &p,
        "--from",
        "0",
        "--input",
        "network.loss_share",
        "--kpi",
        "erf",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--from comes before any --input"));
    let o = cli(&[
        "sweep",
        &p,
        "--input",
        "data_centre.racks",
        "--from",
        "1",
        "--to",
        "2",
        "--steps",
        "10000",
        "--input",
        "network.loss_share",
        "--from",
        "0",
        "--to",
        "0.1",
        "--steps",
        "26",
        "--kpi",
        "erf",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("260000 cells in all; allowed at most 250000"));
}

fn uncertainty(p: &str, extra: &[&str]) -> Output {
    let mut args = vec!["uncertainty", p];
    args.extend_from_slice(extra);
    cli(&args)
}

#[test]
fn uncertainty_is_reproducible_and_its_percentiles_ordered() {
    let p = tmp("mc.json", "{}");
    let a = uncertainty(&p, &["--runs", "40", "--seed", "7"]);
    let b = uncertainty(&p, &["--runs", "40", "--seed", "7"]);
    assert!(a.status.success(), "{}", stderr(&a));
    assert_eq!(a.stdout, b.stdout, "same seed, same JSON");
    let c = uncertainty(&p, &["--runs", "40", "--seed", "8"]);
    assert_ne!(a.stdout, c.stdout, "another seed, other draws");
    let v = json_out(&a);
    assert_eq!(
        (v["runs"].as_u64(), v["seed"].as_u64()),
        (Some(40), Some(7))
    );
    let percentiles = v["percentiles"].as_object().unwrap();
    // Every numeric summary field of simulate has percentiles.
    let s = simulate("mc-base.json", &json!({}));
    for (name, x) in s.as_object().unwrap() {
        if x.is_number() && !life_figure(name) {
            assert!(percentiles.contains_key(name), "{name}");
        }
    }
    for (name, q) in percentiles {
        let (p10, p50, p90) = (num(&q["p10"]), num(&q["p50"]), num(&q["p90"]));
        assert!(p10 <= p50 && p50 <= p90, "{name}: {p10} {p50} {p90}");
    }
    // The built-in ranges really spread CO2 avoided.
    let co2 = &percentiles["co2_avoided_t"];
    assert!(num(&co2["p10"]) < num(&co2["p90"]));
    // The tornado: one bar per built-in range, largest swing first; the top bar equals the
    // two one-at-a-time simulations (every other input at its likely value, the scenario's).
    let bars = v["tornado"].as_array().unwrap();
    // 12 built-in ranges (the flat pipe price has none since MODEL.md §9.1).
    assert_eq!(bars.len(), 12);
    let swing = |b: &Value| (num(&b["kpi_high"]) - num(&b["kpi_low"])).abs();
    for pair in bars.windows(2) {
        assert!(swing(&pair[0]) >= swing(&pair[1]));
    }
    let top = &bars[0];
    let input = top["input"].as_str().unwrap();
    for (end, kpi) in [("low", "kpi_low"), ("high", "kpi_high")] {
        let s = simulate(
            "mc-bar.json",
            &with_input(&json!({}), input, num(&top[end])),
        );
        let want = num(&s["co2_avoided_t"]);
        let got = num(&top[kpi]);
        assert!(
            (got - want).abs() <= 1e-9 * want.abs(),
            "{input} at {end}: {got} vs {want}"
        );
    }
}

#[test]
fn collapsed_ranges_give_simulates_value_at_every_percentile() {
    let p = tmp("mc-collapsed.json", r#"{"data_centre": {"racks": 250}}"#);
    let o = cli(&["ranges", &p]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut ranges = json_out(&o);
    for r in ranges.as_object_mut().unwrap().values_mut() {
        let likely = r["likely"].clone();
        r["low"] = likely.clone();
        r["high"] = likely;
    }
    let file = tmp("collapsed-ranges.json", &ranges.to_string());
    let o = uncertainty(&p, &["--runs", "7", "--seed", "3", "--ranges", &file]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json_out(&o);
    let s = simulate(
        "mc-collapsed-sim.json",
        &json!({"data_centre": {"racks": 250}}),
    );
    let percentiles = v["percentiles"].as_object().unwrap();
    let mut checked = 0;
    for (name, x) in s.as_object().unwrap() {
        let Some(x) = x.as_f64() else { continue };
        if life_figure(name) {
            continue;
        }
        let q = &percentiles[name];
        for p in ["p10", "p50", "p90"] {
            assert_eq!(num(&q[p]), x, "{name} {p}");
        }
        checked += 1;
    }
    assert!(checked > 50, "{checked} fields");
    for bar in v["tornado"].as_array().unwrap() {
        assert_eq!(num(&bar["kpi_low"]), num(&s["co2_avoided_t"]));
        assert_eq!(num(&bar["kpi_high"]), num(&s["co2_avoided_t"]));
    }
}

#[test]
fn ranges_output_is_the_ranges_in_force_and_valid_for_ranges() {
    // Heat price 40 €/MWh: the built-in spread ×0.5 / ×1.5 gives 20 / 60 around it.
    let p = tmp(
        "ranges.json",
        r#"{"economics": {"heat_price_eur_per_mwh": 40}}"#,
    );
    let o = cli(&["ranges", &p]);
    assert!(o.status.success(), "{}", stderr(&o));
    let ranges = json_out(&o);
    let price = &ranges["economics.heat_price_eur_per_mwh"];
    assert_eq!(
        (
            num(&price["low"]),
            num(&price["likely"]),
            num(&price["high"])
        ),
        (20.0, 40.0, 60.0)
    );
    assert!(price["source"].as_str().unwrap().len() > 10);
    for (path, r) in ranges.as_object().unwrap() {
        assert!(
            num(&r["low"]) <= num(&r["likely"]) && num(&r["likely"]) <= num(&r["high"]),
            "{path}"
        );
    }
    // Given back with --ranges, the same analysis as with the built-in ranges.
    let file = tmp("ranges-out.json", &String::from_utf8(o.stdout).unwrap());
    let builtin = uncertainty(&p, &["--runs", "12", "--seed", "5"]);
    let from_file = uncertainty(&p, &["--runs", "12", "--seed", "5", "--ranges", &file]);
    assert!(from_file.status.success(), "{}", stderr(&from_file));
    assert_eq!(builtin.stdout, from_file.stdout);
}

#[test]
fn invalid_uncertainty_input_exits_2_naming_each_problem() {
    let p = tmp("mc-invalid.json", "{}");
    let o = uncertainty(&p, &["--runs", "0", "--seed", "-1", "--kpi", "nope"]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("--runs 0: give a whole number 1 to 100000"),
        "{e}"
    );
    assert!(e.contains("--seed -1"), "{e}");
    assert!(e.contains("--kpi nope: not a summary field"), "{e}");
    // A range out of order names the input and the three values.
    let bad = tmp(
        "bad-ranges.json",
        r#"{"network.loss_share": {"low": 0.2, "likely": 0.1, "high": 0.3}}"#,
    );
    let o = uncertainty(&p, &["--ranges", &bad]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("network.loss_share"), "{}", stderr(&o));
    // A field that is not in the file's shape is named by serde.
    let bad = tmp(
        "bad-ranges-shape.json",
        r#"{"network.loss_share": {"low": 0.1, "hi": 0.3}}"#,
    );
    let o = uncertainty(&p, &["--ranges", &bad]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--ranges") && stderr(&o).contains("hi"),
        "{}",
        stderr(&o)
    );
}

/// The project's life figures that `simulate` adds to the summary (docs/model/life.md §3):
/// the instruments work on the annual figures and do not vary them yet.
fn life_figure(name: &str) -> bool {
    [
        "npv_",
        "irr_",
        "discounted_payback_",
        "lifetime_",
        "annual_runs",
    ]
    .iter()
    .any(|p| name.starts_with(p))
}

//! A scenario's own measured profiles on the command line (docs/model/measured.md §9):
//! `simulate` runs on them and says so under `"drivers"`; a file's driver overrides the
//! scenario's profile of the same series; `compare` drives with them; `schema` lists them.
#![allow(clippy::unwrap_used, clippy::expect_used)] // in a test a panic is the failure report

use serde_json::{json, Value};

mod common;
use common::{cli, dir, json_out, tmp, ROOT};
const HOURS: usize = 8760;

fn settimo() -> Value {
    let text = std::fs::read_to_string(format!("{ROOT}/scenarios/settimo-milanese.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// `kw` in January's 744 hours, null in the others.
fn january(kw: f64) -> Value {
    Value::Array(
        (0..HOURS)
            .map(|h| if h < 744 { json!(kw) } else { Value::Null })
            .collect(),
    )
}

/// A drivers file giving `kw` of IT load in January's 744 hours.
fn january_file(name: &str, kw: f64) -> String {
    let mut text = String::from("timestamp,it_kw\n");
    for h in 0..744 {
        text.push_str(&format!(
            "2023-01-{:02}T{:02}:00:00+01:00,{kw}\n",
            h / 24 + 1,
            h % 24
        ));
    }
    tmp(name, &text)
}

/// The model's own IT energy of the Settimo preset, and that of its January, MWh.
fn model_it_mwh() -> (f64, f64) {
    let csv = dir().join("model-hourly.csv");
    let path = format!("{ROOT}/scenarios/settimo-milanese.json");
    let out = json_out(&cli(&[
        "simulate",
        &path,
        "--hourly",
        csv.to_str().unwrap(),
    ]));
    assert!(out.get("drivers").is_none(), "no profile, no \"drivers\"");
    let text = std::fs::read_to_string(csv).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = header.iter().position(|h| *h == "p_it_kw").unwrap();
    let january: f64 = lines
        .take(744)
        .map(|l| l.split(',').nth(col).unwrap().parse::<f64>().unwrap())
        .sum();
    (
        out["summary"]["it_energy_mwh"].as_f64().unwrap(),
        january / 1000.0,
    )
}

#[test]
fn simulate_runs_on_the_scenarios_it_profile() {
    let (year, january_mwh) = model_it_mwh();
    let mut s = settimo();
    s["data_centre"]["it_profile"] = january(1000.0);
    let path = tmp("settimo-it.json", &s.to_string());
    let out = json_out(&cli(&["simulate", &path]));
    let d = &out["drivers"];
    assert_eq!(d["used"], json!(["it_kw"]));
    assert_eq!(d["driven_hours"]["it_kw"], 744);
    assert_eq!(d["source"]["it_kw"], "scenario");
    // The model's year less its January plus 744 h × 1,000 kW = 744 MWh.
    let want = year - january_mwh + 744.0;
    let got = out["summary"]["it_energy_mwh"].as_f64().unwrap();
    assert!((got - want).abs() < 1e-6 * want, "{got} vs {want}");
    // The project's life is computed on the profile too.
    assert!(out["years"].is_array());

    // The same column from a drivers file gives the same year.
    let file = january_file("it-1000.csv", 1000.0);
    let plain = tmp("settimo-plain.json", &settimo().to_string());
    let from_file = json_out(&cli(&[
        "simulate",
        &plain,
        "--drivers",
        &file,
        "--drive",
        "it_kw",
    ]));
    assert_eq!(
        from_file["summary"]["heat_delivered_mwh"],
        out["summary"]["heat_delivered_mwh"]
    );
    assert_eq!(from_file["drivers"]["source"]["it_kw"], "file");
}

#[test]
fn a_files_driver_overrides_the_scenarios_profile_of_that_series() {
    let (year, january_mwh) = model_it_mwh();
    let mut s = settimo();
    s["data_centre"]["it_profile"] = january(1000.0);
    let mut outdoor = vec![json!(-5.0); HOURS];
    outdoor[0] = Value::Null;
    s["weather"]["outdoor_profile"] = Value::Array(outdoor);
    let path = tmp("settimo-it-outdoor.json", &s.to_string());
    let file = january_file("it-500.csv", 500.0);
    let out = json_out(&cli(&[
        "simulate",
        &path,
        "--drivers",
        &file,
        "--drive",
        "it_kw",
    ]));
    let d = &out["drivers"];
    assert_eq!(d["source"]["it_kw"], "file");
    assert_eq!(d["source"]["outdoor_c"], "scenario");
    assert_eq!(d["driven_hours"]["outdoor_c"], HOURS - 1);
    // The file's 500 kW, not the scenario's 1,000: year − January + 744 × 0.5 MWh.
    let want = year - january_mwh + 372.0;
    let got = out["summary"]["it_energy_mwh"].as_f64().unwrap();
    assert!((got - want).abs() < 1e-6 * want, "{got} vs {want}");
}

#[test]
fn compare_drives_with_the_scenarios_profile_unless_the_file_does() {
    let example = format!("{ROOT}/data/measured/example-15min.csv");
    let mut s = settimo();
    // A flat 1,000 kW: far from the example's IT load (about 5,100 × 8 × 0.8 = 32,640 kW).
    s["data_centre"]["it_profile"] = Value::Array(vec![json!(1000.0); HOURS]);
    let path = tmp("settimo-flat.json", &s.to_string());
    let out = json_out(&cli(&[
        "compare",
        &path,
        "--measured",
        &example,
        "--drive",
        "none",
    ]));
    assert_eq!(out["drivers"]["used"], json!(["it_kw"]));
    assert_eq!(out["drivers"]["source"]["it_kw"], "scenario");
    let nmbe = out["before"]["it_kw"]["nmbe"].as_f64().unwrap();
    // ASHRAE Guideline 14: NMBE = Σ(measured − model)/Σ measured ≈ (32,640 − 1,000)/32,640
    // ≈ 0.97 (the model under-predicts).
    assert!(nmbe > 0.9 && nmbe < 1.0, "{nmbe}");
    let file = json_out(&cli(&[
        "compare",
        &path,
        "--measured",
        &example,
        "--drive",
        "it_kw",
    ]));
    assert_eq!(file["drivers"]["source"]["it_kw"], "file");
    assert_eq!(file["before"]["it_kw"]["nmbe"].as_f64(), Some(0.0));
}

#[test]
fn a_bad_profile_is_refused_naming_input_and_hour() {
    let mut s = settimo();
    s["network"]["demand_profile"] = Value::Array(vec![json!(100.0); 8759]);
    let mut it = vec![json!(100.0); HOURS];
    it[4380] = json!(2.1e7);
    s["data_centre"]["it_profile"] = Value::Array(it);
    let path = tmp("settimo-bad.json", &s.to_string());
    let o = cli(&["simulate", &path]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("network.demand_profile: has 8759 values; expected 8,760"),
        "{err}"
    );
    // Hour 4380 = 1 July (hour 4,344) + 36 h: 2 July 12:00.
    assert!(
        err.contains("data_centre.it_profile[4380]: (2 Jul 12:00): 21000000 kW is out of range"),
        "{err}"
    );
}

#[test]
fn schema_lists_the_four_profiles() {
    let out = json_out(&cli(&["schema"]));
    let p = &out["properties"];
    for f in [
        &p["data_centre"]["properties"]["it_profile"],
        &p["network"]["properties"]["demand_profile"],
        &p["network"]["properties"]["supply_profile"],
        &p["weather"]["oneOf"][1]["properties"]["outdoor_profile"],
    ] {
        assert_eq!(f["maxItems"], 8760, "{f}");
    }
}

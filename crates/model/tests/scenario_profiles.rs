//! The measured profiles as scenario inputs (docs/model/measured.md §9): `data_centre.it_profile`,
//! `weather.outdoor_profile`, `network.demand_profile`, `network.supply_profile`. A scenario
//! with a profile runs exactly as `Simulator::run_driven` on the same column; every problem
//! names the input and the hour; profiles survive scenario → JSON → scenario.
#![allow(clippy::unwrap_used, clippy::expect_used)] // in a test a panic is the failure report

use heat_twin_model::project::run_project;
use heat_twin_model::scenario::{load_scenario, parse_scenario, Problem, Scenario};
use heat_twin_model::weather::{load_weather, HOURS};
use heat_twin_model::{Driver, Drivers, Simulator};
use serde_json::{json, Value};

/// An IT profile that no utilisation × swing gives: 300 kW + 1 kW per hour of the day,
/// with hours 0–23 of 1 January and every 100th hour missing.
fn it_column() -> Vec<f64> {
    (0..HOURS)
        .map(|h| {
            if h < 24 || h % 100 == 0 {
                f64::NAN
            } else {
                300.0 + (h % 24) as f64
            }
        })
        .collect()
}

fn as_json(column: &[f64]) -> Value {
    Value::Array(
        column
            .iter()
            .map(|&x| if x.is_nan() { Value::Null } else { json!(x) })
            .collect(),
    )
}

fn problems(v: &Value) -> Vec<Problem> {
    load_scenario(&v.to_string()).expect_err("should be refused")
}

fn find<'a>(problems: &'a [Problem], path: &str) -> &'a Problem {
    problems
        .iter()
        .find(|p| p.path == path)
        .unwrap_or_else(|| panic!("no problem at {path}: {problems:?}"))
}

#[test]
fn no_profile_no_drivers() {
    let valid = load_scenario(r#"{"data_centre": {"racks": 100}}"#).unwrap();
    assert!(valid.drivers.is_empty());
    // `null` for a whole profile is the same as leaving it out.
    let valid = load_scenario(r#"{"data_centre": {"it_profile": null}}"#).unwrap();
    assert!(valid.drivers.is_empty());
}

#[test]
fn a_scenario_with_an_it_profile_runs_as_run_driven_on_that_column() {
    let column = it_column();
    let v = json!({"data_centre": {"racks": 100, "it_profile": as_json(&column)}});
    let valid = load_scenario(&v.to_string()).unwrap();
    // 8,760 hours − 24 (1 January) − the multiples of 100 from 100 to 8,700 (87 of them;
    // hour 0 is already among the first 24) = 8,649 driven hours.
    assert_eq!(valid.drivers.driven_hours().it_kw, 8649);
    let t = load_weather(&valid.weather, |_| Err("none".into())).unwrap();

    let mut sim = Simulator::new();
    let (project, _) = run_project(&valid, &t, &mut sim);
    let project = project.clone();

    let drivers = Drivers::none().with(Driver::ItKw, &column).unwrap();
    let mut direct = Simulator::new();
    let driven = direct
        .run_driven(&valid.params, &t, &drivers)
        .unwrap()
        .clone();
    assert_eq!(project.hourly.p_it_kw, driven.hourly.p_it_kw);
    assert_eq!(project.hourly.delivered_kw, driven.hourly.delivered_kw);
    assert_eq!(
        serde_json::to_string(&project.summary).unwrap(),
        serde_json::to_string(&driven.summary).unwrap()
    );

    // Independently of run_driven: the driven hours hold the profile, the gaps the model's.
    let undriven = Simulator::new().run(&valid.params, &t).clone();
    assert_eq!(project.hourly.p_it_kw[4381], 300.0 + (4381 % 24) as f64);
    assert_eq!(project.hourly.p_it_kw[5], undriven.hourly.p_it_kw[5]);
    assert_eq!(project.hourly.p_it_kw[200], undriven.hourly.p_it_kw[200]);
    assert_ne!(
        project.summary.it_energy_mwh,
        undriven.summary.it_energy_mwh
    );
}

#[test]
fn wrong_length_names_the_input_and_the_length() {
    let v = json!({"network": {"demand_profile": vec![100.0; 8759]}});
    let p = problems(&v);
    let p = find(&p, "network.demand_profile");
    assert!(p.message.contains("has 8759 values"), "{}", p.message);
    assert!(p.message.contains("8,760"), "{}", p.message);
}

#[test]
fn out_of_range_names_input_hour_date_and_range() {
    let mut column = vec![500.0; HOURS];
    // Hour 4380: 1 July starts at hour 4,344 (181 days × 24), so 4380 = 4344 + 24 + 12 is
    // 2 July 12:00.
    column[4380] = 2.1e7;
    let v = json!({"data_centre": {"it_profile": column}});
    let p = problems(&v);
    let p = find(&p, "data_centre.it_profile[4380]");
    assert_eq!(
        p.to_string(),
        "data_centre.it_profile[4380]: (2 Jul 12:00): 21000000 kW is out of range; allowed 0 to 10,000,000 kW"
    );
    // Negative outdoor temperature below −90 °C, hour 0.
    let mut t = vec![10.0; HOURS];
    t[0] = -91.0;
    let p = problems(&json!({"weather": {"outdoor_profile": t}}));
    assert!(find(&p, "weather.outdoor_profile[0]")
        .message
        .contains("(1 Jan 00:00): -91 °C is out of range"));
}

#[test]
fn many_bad_hours_are_counted_after_the_first_three() {
    let column = vec![-1.0; HOURS];
    let p = problems(&json!({"data_centre": {"it_profile": column}}));
    assert_eq!(p.len(), 4, "{p:?}");
    assert!(find(&p, "data_centre.it_profile")
        .message
        .starts_with("8757 more hours are out of range"));
}

#[test]
fn a_nan_string_or_other_type_is_refused_naming_the_hour() {
    let mut column: Vec<Value> = vec![json!(800.0); HOURS];
    column[7] = json!("NaN");
    column[8] = json!(true);
    let p = problems(&json!({"network": {"demand_profile": column}}));
    let at7 = find(&p, "network.demand_profile[7]");
    assert!(at7.message.contains("(1 Jan 07:00)"), "{}", at7.message);
    assert!(at7.message.contains("\"NaN\""), "{}", at7.message);
    assert!(
        at7.message.contains("a number (kW) or null"),
        "{}",
        at7.message
    );
    find(&p, "network.demand_profile[8]");
    // Not an array at all.
    let p = problems(&json!({"data_centre": {"it_profile": 5}}));
    find(&p, "data_centre.it_profile");
}

#[test]
fn a_supply_not_above_the_highest_return_is_refused() {
    // return 40 °C, supply_min 70 °C, return_rise_k 10: Δ = min(10, (70 − 40)/2 = 15) = 10,
    // so the highest return is 50 °C: 50 is refused, 50.5 allowed.
    let network = |supply: &[f64]| {
        json!({"network": {"generation": "custom", "supply_max_c": 90, "supply_min_c": 70,
            "return_c": 40, "return_rise_k": 10, "supply_profile": supply}})
    };
    let mut supply = vec![80.0; HOURS];
    supply[100] = 50.0;
    let p = problems(&network(&supply));
    let at = find(&p, "network.supply_profile[100]");
    assert!(
        at.message.contains("(5 Jan 04:00): 50 °C is not above"),
        "{}",
        at.message
    );
    assert!(
        at.message.contains("50 °C (network.return_c"),
        "{}",
        at.message
    );
    supply[100] = 50.5;
    let valid = load_scenario(&network(&supply).to_string()).unwrap();
    assert_eq!(valid.drivers.driven_hours().supply_c, HOURS);
    // And below the range's 10 °C: a range problem, not a return problem.
    supply[3] = 9.0;
    let p = problems(&network(&supply));
    assert!(find(&p, "network.supply_profile[3]")
        .message
        .contains("out of range"));
}

#[test]
fn outdoor_profile_goes_beside_any_weather_source() {
    let t: Vec<Value> = (0..HOURS)
        .map(|h| if h % 2 == 0 { json!(5.5) } else { Value::Null })
        .collect();
    for source in [
        json!({}),
        json!({"builtin": "po-valley"}),
        json!({"epw_file": "x.epw"}),
        json!({"monthly_means_c": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]}),
    ] {
        let mut w = source.clone();
        w["outdoor_profile"] = Value::Array(t.clone());
        let valid = load_scenario(&json!({ "weather": w }).to_string())
            .unwrap_or_else(|p| panic!("{source}: {p:?}"));
        assert_eq!(valid.drivers.driven_hours().outdoor_c, HOURS / 2);
    }
    // Two sources are still refused.
    let p = problems(
        &json!({"weather": {"builtin": "po-valley", "csv_file": "a.csv", "outdoor_profile": t}}),
    );
    find(&p, "weather");
}

#[test]
fn profiles_round_trip_through_json() {
    let it = it_column();
    let v = json!({
        "weather": {"builtin": "po-valley", "outdoor_profile": as_json(&vec![0.1; HOURS])},
        "data_centre": {"it_profile": as_json(&it)},
        "network": {"demand_profile": as_json(&vec![12345.6789; HOURS])},
    });
    let scenario = parse_scenario(&v.to_string()).unwrap();
    assert!(scenario.has_profiles());
    let text = serde_json::to_string(&scenario).unwrap();
    let again = parse_scenario(&text).unwrap();
    assert_eq!(scenario, again);
    let a = load_scenario(&v.to_string()).unwrap();
    let b = load_scenario(&text).unwrap();
    // Drivers hold NaN for gaps (NaN ≠ NaN): compare the columns bit for bit.
    assert_eq!(a.drivers.driven_hours(), b.drivers.driven_hours());
    for d in Driver::ALL {
        let bits = |x: &heat_twin_model::scenario::ValidScenario| {
            x.drivers
                .column(d)
                .map(|c| c.iter().map(|v| v.to_bits()).collect::<Vec<_>>())
        };
        assert!(bits(&a) == bits(&b), "{d:?}");
    }
    // Gaps stay gaps (null), values bit for bit.
    let col = b.drivers.column(Driver::ItKw).unwrap();
    assert!(col[0].is_nan() && col[100].is_nan());
    assert_eq!(col[25].to_bits(), 301.0f64.to_bits());
    // set_profile writes the same thing as the file gave.
    let mut s = Scenario::default();
    s.set_profile(Driver::ItKw, Some(&it));
    assert_eq!(s.profile(Driver::ItKw), scenario.profile(Driver::ItKw));
    s.set_profile(Driver::ItKw, None);
    assert!(!s.has_profiles());
    assert_eq!(serde_json::to_string(&s).unwrap(), "{}");
}

#[test]
fn every_run_of_the_project_life_is_driven() {
    // A two-step ramp runs two IT shares; both years carry the measured IT load in its hours.
    let column = vec![250.0; HOURS];
    let v = json!({"data_centre": {"racks": 100, "ramp": [0.5, 1], "it_profile": column}});
    let valid = load_scenario(&v.to_string()).unwrap();
    let t = load_weather(&valid.weather, |_| Err("none".into())).unwrap();
    let mut sim = Simulator::new();
    let (results, life) = run_project(&valid, &t, &mut sim);
    // 250 kW × 8,760 h = 2,190 MWh of IT energy in the design year.
    assert!((results.summary.it_energy_mwh - 2190.0).abs() < 1e-6);
    let years: Vec<_> = life
        .years
        .iter()
        .filter(|y| y.heat_delivered_mwh > 0.0)
        .collect();
    assert!(years.len() >= 2);
    assert_eq!(
        years[0].heat_delivered_mwh.to_bits(),
        years[1].heat_delivered_mwh.to_bits(),
        "with every hour's IT load measured, the ramp's 0.5 changes nothing"
    );
}

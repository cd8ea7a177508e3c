//! The project's life wired to scenarios (issue 13, docs/model/life.md §4–§5): the new fields
//! load, are refused with the field named when invalid, old scenarios mean what they meant,
//! each preset is priced in its own country, and no input gives a panic or a NaN.

use heat_twin_model::life::{npv, GridPath};
use heat_twin_model::prices::Country;
use heat_twin_model::project::{design_params, life_after_design, life_summary, run_project};
use heat_twin_model::scenario::{load_scenario, Problem, ValidScenario};
use heat_twin_model::weather::builtin_year;
use heat_twin_model::Simulator;
use proptest::prelude::*;

fn valid(json: &str) -> ValidScenario {
    load_scenario(json).unwrap_or_else(|p| panic!("{json}: {p:#?}"))
}

fn problems(json: &str) -> Vec<Problem> {
    load_scenario(json)
        .map(|_| panic!("accepted {json}"))
        .unwrap_or_else(|p| p)
}

fn preset(file: &str) -> ValidScenario {
    let path = format!("{}/../../scenarios/{file}", env!("CARGO_MANIFEST_DIR"));
    valid(&std::fs::read_to_string(path).unwrap_or_default())
}

#[test]
fn each_preset_is_priced_in_its_own_country() {
    // The price sets of docs/model/life.md §1 (Eurostat 2024-S2), copied here: electricity
    // nrg_pc_205 band ID; gas nrg_pc_203 band I4 in €/kWh GCV ÷ 0.9 → €/MWh LHV.
    let table = [
        ("brescia-pilot.json", Country::Italy, 200.6, 0.0478),
        ("brescia-phase1.json", Country::Italy, 200.6, 0.0478),
        ("settimo-milanese.json", Country::Italy, 200.6, 0.0478),
        ("lombardy-150k-homes.json", Country::Italy, 200.6, 0.0478),
        ("meta-odense.json", Country::Denmark, 126.7, 0.0557),
        (
            "espoo-microsoft-fortum.json",
            Country::Finland,
            67.4,
            0.0806,
        ),
        ("stockholm-data-parks.json", Country::Sweden, 72.5, 0.0945),
    ];
    for (file, country, electricity, gas_gcv_eur_per_kwh) in table {
        let s = preset(file);
        let e = &s.params.economics;
        assert_eq!(s.params.project.country, country, "{file}");
        assert_eq!(e.electricity_price_eur_per_mwh, electricity, "{file}");
        // 0.0806 €/kWh GCV · 1000 / 0.9 = 89.56 €/MWh LHV (Finland).
        let fuel = gas_gcv_eur_per_kwh * 1000.0 / 0.9;
        assert!(
            (e.fuel_price_eur_per_mwh - fuel).abs() < 0.06,
            "{file}: fuel {} against {fuel}",
            e.fuel_price_eur_per_mwh
        );
        // The grid path is the country's, through the preset's own 2026 factor when given.
        let g2026 = s.grid_path.at(2026.0);
        assert!(
            (g2026 - s.params.emissions.grid_g_per_kwh).abs() < 1e-9,
            "{file}"
        );
        assert!(s.grid_path.at(2050.0) <= g2026, "{file}");
    }
    // Brescia's published phase 1 (about 0.8 GWh of 16 GWh, 30 of 600 units) is its ramp.
    assert_eq!(preset("brescia-pilot.json").ramp, [0.05, 1.0]);
}

#[test]
fn the_country_sets_defaults_and_a_value_given_wins() {
    let fi = valid(r#"{"economics": {"country": "FI"}}"#);
    assert_eq!(fi.params.economics.electricity_price_eur_per_mwh, 67.4);
    assert_eq!(fi.grid_path, GridPath::for_country(Country::Finland));
    let given = valid(
        r#"{"economics": {"country": "FI", "electricity_price_eur_per_mwh": 150},
            "emissions": {"grid_path": [{"year": 2020, "g_per_kwh": 100}, {"year": 2040, "g_per_kwh": 0}]}}"#,
    );
    assert_eq!(given.params.economics.electricity_price_eur_per_mwh, 150.0);
    // Finland's gas: 0.0806 €/kWh GCV · 1000 / 0.9 = 89.556 €/MWh LHV.
    assert!((given.params.economics.fuel_price_eur_per_mwh - 0.0806 * 1000.0 / 0.9).abs() < 1e-9);
    // Linear between the points: 2030 is halfway, 50 g/kWh.
    assert_eq!(given.grid_path.at(2030.0), 50.0);
}

#[test]
fn old_scenarios_load_and_keep_their_meaning() {
    // A version-2 scenario with every economics field of MODEL.md §9 given.
    let old = valid(
        r#"{"economics": {"heat_price_eur_per_mwh": 30, "electricity_price_eur_per_mwh": 150,
            "fuel_price_eur_per_mwh": 45, "heat_pump_owner": "data_centre",
            "heat_pump_capex_eur_per_mw": 670000, "storage_capex_eur_per_m3": 200,
            "pipe_length_km": 0.2, "pipe_capex_eur_per_m": 1500, "om_share_of_capex": 0.02,
            "lifetime_years": 30, "discount_rate": 0.04}}"#,
    );
    let e = &old.params.economics;
    assert_eq!(
        (e.electricity_price_eur_per_mwh, e.fuel_price_eur_per_mwh),
        (150.0, 45.0)
    );
    assert_eq!(
        (
            e.storage_capex_eur_per_m3,
            e.lifetime_years,
            e.discount_rate
        ),
        (200.0, 30, 0.04)
    );
    assert_eq!(old.ramp, [1.0]);
    assert_eq!(old.params.project.years, 25);
    // `{}` is still the default scenario.
    assert_eq!(
        valid("{}").params,
        heat_twin_model::params::Params::default()
    );
}

#[test]
fn invalid_life_inputs_are_refused_naming_the_field() {
    let cases = [
        (r#"{"economics": {"country": "XX"}}"#, "economics.country"),
        (r#"{"economics": {"years": 0}}"#, "economics.years"),
        (r#"{"economics": {"years": 2.5}}"#, "economics.years"),
        (
            r#"{"economics": {"start_year": 1999}}"#,
            "economics.start_year",
        ),
        (
            r#"{"economics": {"fuel_escalation": 0.5}}"#,
            "economics.fuel_escalation",
        ),
        (
            r#"{"economics": {"incentive_to": "city"}}"#,
            "economics.incentive_to",
        ),
        (
            r#"{"capex": {"engineering_share": 2}}"#,
            "capex.engineering_share",
        ),
        (r#"{"capex": {"nope": 2}}"#, "capex.nope"),
        (
            r#"{"data_centre": {"ramp": [0.5, 1.5]}}"#,
            "data_centre.ramp[1]",
        ),
        (r#"{"data_centre": {"ramp": []}}"#, "data_centre.ramp"),
        (
            r#"{"data_centre": {"ramp": [0.5, "x"]}}"#,
            "data_centre.ramp[1]",
        ),
        (r#"{"data_centre": {"ramp": 1}}"#, "data_centre.ramp"),
        (
            r#"{"emissions": {"grid_path": [{"year": 2030, "g_per_kwh": 100}, {"year": 2025, "g_per_kwh": 50}]}}"#,
            "emissions.grid_path[1].year",
        ),
        (
            r#"{"emissions": {"grid_path": [{"year": 2030, "g_per_kwh": -1}]}}"#,
            "emissions.grid_path[0].g_per_kwh",
        ),
        (
            r#"{"emissions": {"grid_path": [{"year": 2030}]}}"#,
            "emissions.grid_path[0]",
        ),
        (r#"{"emissions": {"grid_path": []}}"#, "emissions.grid_path"),
    ];
    for (json, path) in cases {
        let ps = problems(json);
        assert!(
            ps.iter().any(|p| p.path == path),
            "{json}: expected a problem at {path}, got {ps:#?}"
        );
    }
    // The message names the value and the range.
    let p = &problems(r#"{"data_centre": {"ramp": [0.5, 1.5]}}"#)[0];
    assert_eq!(
        p.to_string(),
        "data_centre.ramp[1]: 1.5 is out of range; allowed 0 to 1"
    );
}

#[test]
fn npv_of_the_wired_life_is_the_discounted_sum_of_its_years() {
    // Independent of the life's own summation: Σ CF_k / 1.05^k over the printed years.
    let s = valid(r#"{"economics": {"years": 10}, "data_centre": {"ramp": [0.5, 1]}}"#);
    let t = builtin_year("po-valley").unwrap_or_default();
    let mut sim = Simulator::new();
    let (_, life) = run_project(&s, &t, &mut sim);
    let u: Vec<f64> = life.years.iter().map(|y| y.cash_flow_utility_eur).collect();
    let by_hand: f64 = u
        .iter()
        .enumerate()
        .map(|(k, cf)| cf / 1.05f64.powi(k as i32))
        .sum();
    assert!((life.npv_utility_eur - by_hand).abs() <= 1e-6 * by_hand.abs().max(1.0));
    assert!((npv(0.05, &u) - by_hand).abs() <= 1e-6 * by_hand.abs().max(1.0));
    let m = life_summary(&life);
    for key in [
        "npv_utility_eur",
        "npv_data_centre_eur",
        "irr_utility",
        "irr_data_centre",
        "irr_utility_reason",
        "lifetime_heat_delivered_mwh",
        "lifetime_co2_avoided_t",
        "lifetime_lcoh_eur_per_mwh",
        "discounted_payback_utility_years",
    ] {
        assert!(m.contains_key(key), "{key}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Every new input at random, in range or not: loading never panics; a valid scenario's
    /// life has only finite figures (or none, with a reason); an invalid one names a field of
    /// the inputs given.
    #[test]
    fn any_life_input_is_finite_or_refused(
        country in prop::sample::select(vec!["IT", "DK", "FI", "SE", "DE", "NL", "FR", "IE", "it", "ZZ"]),
        years in -2i32..70,
        start in 1990i32..2110,
        esc in prop::array::uniform5(-0.3..0.4f64),
        carbon in -10.0..1100.0f64,
        incentive in -10.0..1100.0f64,
        grant in -0.2..1.2f64,
        ramp in prop::collection::vec(-0.2..1.2f64, 0..8),
        path in prop::collection::vec((1995.0..2105.0f64, -50.0..2100.0f64), 0..5),
        curves in prop::array::uniform3(-1.0..2e7f64),
    ) {
        let ramp: Vec<String> = ramp.iter().map(|x| format!("{x}")).collect();
        let path: Vec<String> = path
            .iter()
            .map(|(y, g)| format!(r#"{{"year": {}, "g_per_kwh": {g}}}"#, y.round()))
            .collect();
        let json = format!(
            r#"{{"economics": {{"country": "{country}", "years": {years}, "start_year": {start},
                "electricity_escalation": {}, "fuel_escalation": {}, "heat_escalation": {},
                "carbon_escalation": {}, "om_escalation": {}, "carbon_price_eur_per_t": {carbon},
                "incentive_eur_per_mwh": {incentive}, "incentive_capex_share": {grant}}},
              "capex": {{"exchanger_small_eur_per_mw": {}, "electrical_eur_per_mw": {},
                "pumping_large_eur_per_mw": {}}},
              "data_centre": {{"racks": 40, "ramp": [{}]}},
              "emissions": {{"grid_path": [{}]}}}}"#,
            esc[0], esc[1], esc[2], esc[3], esc[4], curves[0], curves[1], curves[2],
            ramp.join(", "), path.join(", ")
        );
        match load_scenario(&json) {
            Ok(s) => {
                let t = builtin_year("po-valley").unwrap_or_default();
                let mut sim = Simulator::new();
                let (results, life) = run_project(&s, &t, &mut sim);
                prop_assert!(results.summary.capex_eur.is_finite());
                prop_assert_eq!(life.years.len() as u32, s.params.project.years + 1);
                for y in &life.years {
                    prop_assert!(y.cash_flow_utility_eur.is_finite() && y.cash_flow_data_centre_eur.is_finite());
                    prop_assert!(y.heat_delivered_mwh.is_finite() && y.co2_avoided_t.is_finite());
                }
                prop_assert!(life.npv_utility_eur.is_finite() && life.npv_data_centre_eur.is_finite());
                prop_assert!(life.irr_utility.is_some() != life.irr_utility_undefined.is_some());
                prop_assert!(life.irr_utility.is_none_or(f64::is_finite));
                prop_assert!(life.lifetime_lcoh_eur_per_mwh.is_none_or(f64::is_finite));
            }
            Err(ps) => {
                prop_assert!(!ps.is_empty());
                for p in &ps {
                    prop_assert!(
                        ["economics.", "capex.", "data_centre.ramp", "emissions.grid_path"]
                            .iter()
                            .any(|prefix| p.path.starts_with(prefix)),
                        "{}", p
                    );
                }
            }
        }
    }
}

/// The page runs the design year for the KPIs and the life's other years a frame later
/// (`life_after_design`, issue 14): the same design year and the same life as `run_project`,
/// bit for bit, for every preset (ramps of one and of several shares) and a ramp whose largest
/// share is not the last.
#[test]
fn the_life_after_the_design_year_is_run_project_s_life() {
    let t = builtin_year("po-valley").unwrap_or_default();
    let dir = format!("{}/../../scenarios", env!("CARGO_MANIFEST_DIR"));
    let mut scenarios: Vec<ValidScenario> = std::fs::read_dir(&dir)
        .expect("the presets' folder")
        .flatten()
        .map(|e| valid(&std::fs::read_to_string(e.path()).expect("a preset")))
        .collect();
    scenarios.push(valid(
        r#"{"data_centre": {"racks": 300, "ramp": [0.2, 0.9, 0.5, 0.9]}, "storage": {"volume_m3": 2000}}"#,
    ));
    assert!(scenarios.len() >= 8);
    for s in &scenarios {
        let mut whole = Simulator::new();
        let (results, expected) = run_project(s, &t, &mut whole);
        let expected_summary = results.summary;
        // The design year alone, then the life on another simulator.
        let mut page = Simulator::new();
        let design = page.run_on(&design_params(s), &t, &s.drivers).clone();
        assert_eq!(design.summary, expected_summary);
        let mut other = Simulator::new();
        let life = life_after_design(s, &t, &design.summary, &design.monthly, &mut other);
        assert_eq!(
            serde_json::to_string(&life).expect("life as JSON"),
            serde_json::to_string(&expected).expect("life as JSON")
        );
        assert!(life.years.len() > 1);
    }
}

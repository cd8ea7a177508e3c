//! Every rule of MODEL.md §10 that makes a scenario invalid has its own test here; each checks
//! that the problem names the path and the value given. The weather rules are in
//! `scenario_weather.rs`.

use heat_twin_model::scenario::{
    fields, load_scenario, parse_scenario, FieldKind, Problem, ValidScenario,
};

fn problems(json: &str) -> Vec<Problem> {
    match load_scenario(json) {
        Ok(v) => panic!("accepted {json}: {v:?}"),
        Err(p) => p,
    }
}

/// The single problem of `json`, checked to be at `path` and to mention every `words`.
fn one(json: &str, path: &str, words: &[&str]) -> Problem {
    let ps = problems(json);
    assert_eq!(ps.len(), 1, "{json}: {ps:#?}");
    let p = ps.into_iter().next().expect("one");
    assert_eq!(p.path, path, "{json}: {p}");
    for w in words {
        assert!(p.message.contains(w), "{json}: {p} should mention {w}");
    }
    p
}

fn valid(json: &str) -> ValidScenario {
    load_scenario(json).unwrap_or_else(|p| panic!("{json}: {p:#?}"))
}

#[test]
fn unknown_field_at_top_level() {
    one(
        r#"{"data_center": {}}"#,
        "data_center",
        &["unknown field", "data_centre"],
    );
}

#[test]
fn unknown_field_inside_a_section() {
    one(
        r#"{"data_centre": {"rackz": 3}}"#,
        "data_centre.rackz",
        &["unknown field", "racks"],
    );
    one(
        r#"{"economics": {"x": null}}"#,
        "economics.x",
        &["unknown field"],
    );
}

#[test]
fn unknown_field_inside_weather_and_heating_season() {
    one(
        r#"{"weather": {"city": "milan"}}"#,
        "weather.city",
        &["unknown field"],
    );
    one(
        r#"{"network": {"heating_season": {"start": "10-15", "end": "04-15", "mid": "01-01"}}}"#,
        "network.heating_season.mid",
        &["unknown field"],
    );
}

#[test]
fn wrong_type_is_reported_with_the_value() {
    one(
        r#"{"data_centre": {"racks": "400"}}"#,
        "data_centre.racks",
        &["\"400\"", "number"],
    );
    one(
        r#"{"recovery": {"heat_pump": 1}}"#,
        "recovery.heat_pump",
        &["1", "true or false"],
    );
    one(
        r#"{"recovery": {"feed_in": true}}"#,
        "recovery.feed_in",
        &["true", "supply_line"],
    );
    one(r#"{"network": []}"#, "network", &["array", "object"]);
    one(r#"{"name": 5}"#, "name", &["5", "string"]);
    one(r#"{"sources": ["a", 2]}"#, "sources[1]", &["2", "string"]);
    one(r#"{"sources": "a"}"#, "sources", &["array"]);
    one(
        r#"{"emissions": {"displaced_heat_kg_per_mwh": [1,2,3,4,5,6,7,8,9,10,11,"x"]}}"#,
        "emissions.displaced_heat_kg_per_mwh[11]",
        &["\"x\"", "number"],
    );
}

#[test]
fn null_is_refused_where_not_allowed() {
    one(
        r#"{"data_centre": {"pue": null}}"#,
        "data_centre.pue",
        &["null is not allowed", "1 to 3"],
    );
    one(
        r#"{"network": {"generation": null}}"#,
        "network.generation",
        &["null"],
    );
    one(r#"{"name": null}"#, "name", &["null"]);
    one(r#"{"weather": null}"#, "weather", &["null"]);
    one(r#"{"storage": null}"#, "storage", &["null"]);
}

#[test]
fn null_is_allowed_for_the_two_nullable_fields() {
    let v = valid(
        r#"{"network": {"heating_season": null}, "emissions": {"displaced_heat_kg_per_mwh": null}}"#,
    );
    assert_eq!(v.params.network.heating_season, None);
    assert_eq!(v.params.emissions.displaced_heat_kg_per_mwh, None);
}

#[test]
fn out_of_range_low_and_high_for_sample_fields() {
    one(
        r#"{"data_centre": {"pue": 0.9}}"#,
        "data_centre.pue",
        &["0.9", "allowed 1 to 3"],
    );
    one(
        r#"{"data_centre": {"pue": 3.5}}"#,
        "data_centre.pue",
        &["3.5", "allowed 1 to 3"],
    );
    one(
        r#"{"network": {"ground_c": -11}}"#,
        "network.ground_c",
        &["-11", "-10 to 30 °C"],
    );
    one(
        r#"{"storage": {"volume_m3": 2e6}}"#,
        "storage.volume_m3",
        &["2000000", "1,000,000 m³"],
    );
    one(
        r#"{"economics": {"lifetime_years": 0}}"#,
        "economics.lifetime_years",
        &["0", "1 to 100"],
    );
    let p = one(
        r#"{"data_centre": {"racks": 2000000}}"#,
        "data_centre.racks",
        &[],
    );
    assert_eq!(
        p.message,
        "2000000 is out of range; allowed 0 to 1,000,000 (integer)"
    );
}

/// Table-driven: every numeric field rejects min − ε and max + ε, and accepts min and max.
#[test]
fn every_numeric_field_rejects_just_outside_its_range() {
    let mut checked = 0;
    for spec in fields() {
        let (min, max, integer) = match spec.kind {
            FieldKind::Number { min, max } => (min, max, false),
            FieldKind::Integer { min, max } => (min, max, true),
            _ => continue,
        };
        let eps = if integer { 1.0 } else { (max - min) * 1e-6 };
        let (section, name) = spec.path.split_once('.').expect("section.name");
        for x in [min - eps, max + eps] {
            let json = format!(r#"{{"{section}": {{"{name}": {x:?}}}}}"#);
            let p = one(&json, spec.path, &["out of range"]);
            let named: Option<f64> = p
                .message
                .split_whitespace()
                .next()
                .and_then(|t| t.parse().ok());
            // serde_json's float parsing may differ from Rust's by an ulp.
            let close = named.is_some_and(|n| (n - x).abs() <= 1e-12 * x.abs().max(1.0));
            assert!(close, "{p}: names the value {x}");
        }
        for x in [min, max] {
            let json = format!(r#"{{"{section}": {{"{name}": {x:?}}}}}"#);
            if let Err(ps) = load_scenario(&json) {
                assert!(
                    ps.iter().all(|p| !p.message.contains("out of range")),
                    "{json}: {ps:?}"
                );
            }
        }
        checked += 1;
    }
    // 46 of version 2 + connection.length_km, connection.dn (MODEL.md §9.1),
    // recovery.availability (§4.1) + seven numeric heat-pump inputs of version 3 (§4, §4.2)
    // + 11 of the project's life and 8 capex curves (issue 13) + network.timer_spread_h
    // (docs/model/demand.md §2).
    assert_eq!(checked, 76);
}

#[test]
fn every_monthly_factor_is_range_checked() {
    for (i, bad) in [(0, -0.001), (6, 2000.5), (11, 1e9)] {
        let mut m = [100.0; 12];
        m[i] = bad;
        let json = format!(r#"{{"emissions": {{"displaced_heat_kg_per_mwh": {m:?}}}}}"#);
        one(
            &json,
            "emissions.displaced_heat_kg_per_mwh",
            &["out of range", "0 to 2000"],
        );
    }
    valid(r#"{"emissions": {"displaced_heat_kg_per_mwh": [0,0,0,0,0,0,2000,0,0,0,0,0]}}"#);
}

#[test]
fn integer_field_with_a_fraction_is_rejected() {
    one(
        r#"{"data_centre": {"racks": 400.5}}"#,
        "data_centre.racks",
        &["400.5", "whole number"],
    );
    one(
        r#"{"economics": {"lifetime_years": 2.55e1}}"#,
        "economics.lifetime_years",
        &["25.5"],
    );
}

#[test]
fn integer_written_as_a_float_is_accepted() {
    let v = valid(r#"{"data_centre": {"racks": 400.0}, "economics": {"lifetime_years": 3e1}}"#);
    assert_eq!(v.params.data_centre.racks, 400.0);
    assert_eq!(v.params.economics.lifetime_years, 30);
}

#[test]
fn duplicate_field_inside_a_section() {
    one(
        r#"{"data_centre": {"racks": 400, "racks": 500}}"#,
        "data_centre.racks",
        &["400", "500"],
    );
}

#[test]
fn duplicate_section_at_top_level() {
    one(
        r#"{"storage": {}, "storage": {"volume_m3": 5}}"#,
        "storage",
        &["2 times"],
    );
    one(r#"{"name": "a", "name": "b"}"#, "name", &["\"a\"", "\"b\""]);
}

#[test]
fn duplicate_key_in_weather_and_season() {
    one(
        r#"{"weather": {"builtin": "po-valley", "builtin": "x"}}"#,
        "weather.builtin",
        &["2 times"],
    );
    one(
        r#"{"network": {"heating_season": {"start": "10-15", "start": "10-16", "end": "04-15"}}}"#,
        "network.heating_season.start",
        &["2 times"],
    );
}

#[test]
fn duplicates_are_found_by_parse_scenario_too() {
    let ps = parse_scenario(r#"{"recovery": {"max_cop": 5, "max_cop": 5}}"#).expect_err("dup");
    assert_eq!(ps.len(), 1);
    assert_eq!(ps[0].path, "recovery.max_cop");
}

#[test]
fn nan_and_infinity_literals_are_syntax_errors_with_line_and_column() {
    for (json, token) in [
        ("{\n  \"data_centre\": {\"pue\": NaN}\n}", "NaN"),
        ("{\n  \"data_centre\": {\"pue\": Infinity}\n}", "Infinity"),
        ("{\n  \"data_centre\": {\"pue\": -Infinity}\n}", "-Infinity"),
    ] {
        let p = one(json, "", &["line 2, column", token]);
        assert!(p.to_string().starts_with("line 2, column "), "{p}");
    }
}

#[test]
fn number_too_big_for_f64_is_an_error() {
    one(
        r#"{"network": {"homes": 1e400}}"#,
        "",
        &["line 1", "1e400", "too large"],
    );
    one(
        r#"{"network": {"homes": -1e400}}"#,
        "",
        &["line 1", "too large"],
    );
}

#[test]
fn json_syntax_error_names_line_and_column() {
    one("{\n\"name\": \"a\",\n}", "", &["line 3, column 1"]);
    one("", "", &["empty"]);
    one("{} {}", "", &["line 1"]);
}

#[test]
fn top_level_must_be_an_object() {
    one("[]", "", &["object", "array"]);
    one("42", "", &["object", "42"]);
    one("null", "", &["object", "null"]);
}

#[test]
fn choices_are_case_sensitive() {
    one(
        r#"{"network": {"generation": "3g"}}"#,
        "network.generation",
        &["\"3g\"", "\"3G\""],
    );
    one(
        r#"{"data_centre": {"cooling": "Air"}}"#,
        "data_centre.cooling",
        &["\"Air\"", "air"],
    );
    one(
        r#"{"recovery": {"feed_in": "supply"}}"#,
        "recovery.feed_in",
        &["supply_line"],
    );
    one(
        r#"{"economics": {"heat_pump_owner": "DC"}}"#,
        "economics.heat_pump_owner",
        &["utility"],
    );
}

fn season(start: &str, end: &str) -> String {
    format!(r#"{{"network": {{"heating_season": {{"start": "{start}", "end": "{end}"}}}}}}"#)
}

#[test]
fn heating_season_rejects_29_february() {
    one(
        &season("02-29", "04-15"),
        "network.heating_season",
        &["\"02-29\"", "leap"],
    );
}

#[test]
fn heating_season_rejects_month_13_and_bad_formats() {
    one(
        &season("10-15", "13-01"),
        "network.heating_season",
        &["\"13-01\"", "month 13"],
    );
    one(
        &season("4-15", "10-15"),
        "network.heating_season",
        &["\"4-15\"", "MM-DD"],
    );
    one(
        &season("04-31", "10-15"),
        "network.heating_season",
        &["\"04-31\"", "April"],
    );
    one(
        &season("00-10", "10-15"),
        "network.heating_season",
        &["month 0"],
    );
    one(
        r#"{"network": {"heating_season": {"start": "10-15"}}}"#,
        "network.heating_season",
        &["\"end\" is missing"],
    );
    one(
        r#"{"network": {"heating_season": "10-15"}}"#,
        "network.heating_season",
        &["MM-DD"],
    );
}

#[test]
fn heating_season_wrapping_over_new_year_is_accepted() {
    let v = valid(&season("10-15", "04-15"));
    let s = v.params.network.heating_season.expect("season");
    assert_eq!((s.start_day, s.end_day), (287, 104));
    assert!(s.contains(0) && s.contains(364) && s.contains(104) && s.contains(287));
    assert!(!s.contains(105) && !s.contains(200) && !s.contains(286));
    let v = valid(&season("01-01", "12-31"));
    assert_eq!(
        v.params
            .network
            .heating_season
            .map(|s| (s.start_day, s.end_day)),
        Some((0, 364))
    );
}

#[test]
fn displaced_factors_need_exactly_twelve() {
    let eleven = r#"{"emissions": {"displaced_heat_kg_per_mwh": [1,2,3,4,5,6,7,8,9,10,11]}}"#;
    one(
        eleven,
        "emissions.displaced_heat_kg_per_mwh",
        &["11 values", "12"],
    );
    let thirteen =
        r#"{"emissions": {"displaced_heat_kg_per_mwh": [1,2,3,4,5,6,7,8,9,10,11,12,13]}}"#;
    one(
        thirteen,
        "emissions.displaced_heat_kg_per_mwh",
        &["13 values"],
    );
    one(
        r#"{"emissions": {"displaced_heat_kg_per_mwh": 5}}"#,
        "emissions.displaced_heat_kg_per_mwh",
        &["5"],
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let json = r#"{
        "data_centre": {"racks": 2000000, "bogus": 1},
        "network": {"generation": "5G"}
    }"#;
    let ps = problems(json);
    let paths: Vec<&str> = ps.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths.len(), 3, "{ps:#?}");
    for path in [
        "data_centre.racks",
        "data_centre.bogus",
        "network.generation",
    ] {
        assert!(paths.contains(&path), "{path} in {ps:#?}");
    }
    let many = r#"{"x": 1, "data_centre": {"pue": "high", "utilisation": 2, "utilisation": 3},
        "weather": {"builtin": "nowhere"}, "network": {"supply_min_c": 95, "heating_season": null},
        "economics": {"lifetime_years": 0.5}}"#;
    let ps = problems(many);
    let paths: Vec<&str> = ps.iter().map(|p| p.path.as_str()).collect();
    for path in [
        "x",
        "data_centre.pue",
        "data_centre.utilisation",
        "weather.builtin",
        "network.supply_min_c",
        "economics.lifetime_years",
    ] {
        assert!(paths.contains(&path), "{path} in {ps:#?}");
    }
}

#[test]
fn plants_problems_are_all_reported_with_their_paths() {
    let p = problems(
        r#"{"network": {"plants": [
            {"kind": "gas_boiler", "capacity_mw": 10},
            {"kind": "wte", "capacity_mw": "big", "must_run": 1, "colour": "red"},
            {"kind": "chp", "capacity_mw": 5, "kind": "chp", "must_run_months": [0, 6.5, "x"]},
            {"capacity_mw": 200000, "co2_kg_per_mwh": -1, "marginal_cost_eur_per_mwh": 1e5}
        ]}, "published": {"heat_delivered_mwh": 16000, "homes": 1350, "co2_avoided_t": "3500"}}"#,
    );
    let lines: Vec<String> = p.iter().map(ToString::to_string).collect();
    let has = |start: &str| {
        assert!(
            lines.iter().any(|l| l.starts_with(start)),
            "no problem starting {start:?} in {lines:#?}"
        )
    };
    has("network.plants[1].capacity_mw: expected a number; got the string \"big\"");
    has("network.plants[1].must_run: expected true or false; got 1");
    has("network.plants[1].colour: unknown field");
    has("network.plants[2].kind: given 2 times");
    has("network.plants[2].must_run_months[2]: expected a month number 1–12");
    has("published.co2_avoided_t: expected a number");
    // Values are checked once the structure is read: but only where the structure is sound.
    let p = problems(
        r#"{"network": {"plants": [
            {"kind": "wte", "capacity_mw": 10, "must_run_months": [0, 6.5]},
            {"capacity_mw": 200000, "co2_kg_per_mwh": -1, "marginal_cost_eur_per_mwh": 1e5}
        ]}, "published": {"heat_delivered_mwh": 16000, "homes": 1350}}"#,
    );
    let lines: Vec<String> = p.iter().map(ToString::to_string).collect();
    let has = |start: &str| {
        assert!(
            lines.iter().any(|l| l.starts_with(start)),
            "no problem starting {start:?} in {lines:#?}"
        )
    };
    has("network.plants[0].kind: \"wte\" is not a valid choice; allowed \"waste_to_energy\"");
    has("network.plants[0].must_run_months[0]: 0 is out of range; allowed 1 to 12");
    has("network.plants[0].must_run_months[1]: 6.5 is not a whole number");
    has("network.plants[1]: \"kind\" is missing");
    has("network.plants[1].capacity_mw: 200000 is out of range; allowed 0 to 100,000 MW");
    has("network.plants[1].co2_kg_per_mwh: -1 is out of range");
    has("network.plants[1].marginal_cost_eur_per_mwh: 100000 is out of range");
    has("published.homes: 1350 is given for an unknown summary field");
    // A valid list resolves with the kinds' reference values and the months as a bit set.
    let v = valid(
        r#"{"network": {"plants": [{"name": "Silla 2", "kind": "waste_to_energy", "capacity_mw": 60, "must_run": true, "must_run_months": [6, 7, 8]}]}}"#,
    );
    let plants = v.params.network.plants.expect("the plants of a valid list");
    let silla = plants.as_slice()[0];
    assert_eq!(silla.name.as_str(), "Silla 2");
    assert_eq!(silla.must_run_months, 0b0000_1110_0000);
    assert_eq!(silla.marginal_cost_eur_per_mwh, 7.4);
    // More than 16 plants is refused.
    let many: Vec<String> = (0..17)
        .map(|_| r#"{"kind": "gas_boiler", "capacity_mw": 1}"#.to_string())
        .collect();
    let p = problems(&format!(
        r#"{{"network": {{"plants": [{}]}}}}"#,
        many.join(",")
    ));
    assert!(p[0]
        .to_string()
        .starts_with("network.plants: has 17 plants; at most 16"));
}

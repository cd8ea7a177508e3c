//! The generated JSON Schema: its shape follows the field table, and scenarios that
//! `load_scenario` accepts validate against it with a small checker of the keywords it emits.

use serde_json::{json, Value};

use heat_twin_model::scenario::{fields, json_schema, load_scenario, FieldKind, Scenario};

/// Validates `v` against the subset of draft 2020-12 that `json_schema()` emits; returns the
/// paths and reasons of every failure.
fn check(schema: &Value, v: &Value, path: &str, errors: &mut Vec<String>) {
    let mut fail = |why: &str| errors.push(format!("{path}: {why}"));
    if let Some(t) = schema.get("type").and_then(Value::as_str) {
        let ok = match t {
            "object" => v.is_object(),
            "array" => v.is_array(),
            "string" => v.is_string(),
            "boolean" => v.is_boolean(),
            "null" => v.is_null(),
            "number" => v.is_number(),
            "integer" => v.as_f64().is_some_and(|x| x.fract() == 0.0),
            _ => false,
        };
        if !ok {
            fail(&format!("not of type {t}"));
            return;
        }
    }
    if let (Some(x), Some(min)) = (v.as_f64(), schema.get("minimum").and_then(Value::as_f64)) {
        if x < min {
            fail("below minimum");
        }
    }
    if let (Some(x), Some(max)) = (v.as_f64(), schema.get("maximum").and_then(Value::as_f64)) {
        if x > max {
            fail("above maximum");
        }
    }
    if let Some(e) = schema.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            fail("not in enum");
        }
    }
    if let (Some(s), Some(n)) = (v.as_str(), schema.get("minLength").and_then(Value::as_u64)) {
        if (s.chars().count() as u64) < n {
            fail("too short");
        }
    }
    if let (Some(s), Some(_)) = (v.as_str(), schema.get("pattern")) {
        // Only DATE_PATTERN is emitted: MM-DD with month 01–12 and day 01–31.
        let b = s.as_bytes();
        let ok = b.len() == 5
            && b[2] == b'-'
            && matches!(s[..2].parse::<u8>(), Ok(1..=12))
            && matches!(s[3..].parse::<u8>(), Ok(1..=31));
        if !ok {
            fail("does not match pattern");
        }
    }
    if let Some(items) = v.as_array() {
        let n = items.len() as u64;
        if schema
            .get("minItems")
            .and_then(Value::as_u64)
            .is_some_and(|m| n < m)
        {
            fail("too few items");
        }
        if schema
            .get("maxItems")
            .and_then(Value::as_u64)
            .is_some_and(|m| n > m)
        {
            fail("too many items");
        }
        if let Some(item_schema) = schema.get("items") {
            for (i, item) in items.iter().enumerate() {
                check(item_schema, item, &format!("{path}[{i}]"), errors);
            }
        }
    }
    if let Some(obj) = v.as_object() {
        let props = schema.get("properties").and_then(Value::as_object);
        if schema
            .get("maxProperties")
            .and_then(Value::as_u64)
            .is_some_and(|m| obj.len() as u64 > m)
        {
            errors.push(format!("{path}: too many properties"));
        }
        if let Some(required) = schema.get("required").and_then(Value::as_array) {
            for r in required.iter().filter_map(Value::as_str) {
                if !obj.contains_key(r) {
                    errors.push(format!("{path}: missing {r}"));
                }
            }
        }
        for (k, child) in obj {
            match props.and_then(|p| p.get(k)) {
                Some(s) => check(s, child, &format!("{path}.{k}"), errors),
                None if schema.get("additionalProperties") == Some(&json!(false)) => {
                    errors.push(format!("{path}.{k}: additional property"));
                }
                None => {}
            }
        }
    }
    if let Some(alternatives) = schema.get("oneOf").and_then(Value::as_array) {
        let matching = alternatives
            .iter()
            .filter(|alt| {
                let mut e = Vec::new();
                check(alt, v, path, &mut e);
                e.is_empty()
            })
            .count();
        if matching != 1 {
            errors.push(format!("{path}: matches {matching} of oneOf"));
        }
    }
}

fn schema_errors(v: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    check(&json_schema(), v, "$", &mut errors);
    errors
}

fn full_example() -> Value {
    json!({
        "name": "example",
        "description": "every section",
        "sources": ["a", "b"],
        "weather": {"monthly_means_c": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "diurnal_amplitude_k": 5},
        "data_centre": {"racks": 400.0, "rack_kw": 8, "cooling": "air", "capture_share": 0.8},
        "recovery": {"feed_in": "supply_line", "heat_pump": true, "heat_pump_max_mw": 45},
        "network": {"generation": "4G", "heating_season": {"start": "10-15", "end": "04-15"},
                    "takes_all_heat": false, "supply_max_c": 75},
        "storage": {"volume_m3": 3000},
        "emissions": {"displaced_heat_kg_per_mwh": [100, 100, 100, 100, 50, 0, 0, 0, 50, 100, 100, 100],
                      "credit_avoided_cooling": true},
        "economics": {"heat_pump_owner": "data_centre", "lifetime_years": 20}
    })
}

#[test]
fn schema_is_draft_2020_12_and_closed() {
    let s = json_schema();
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["type"], "object");
    assert_eq!(s["additionalProperties"], false);
    for section in [
        "data_centre",
        "recovery",
        "network",
        "storage",
        "emissions",
        "economics",
    ] {
        assert_eq!(
            s["properties"][section]["additionalProperties"], false,
            "{section}"
        );
    }
    assert_eq!(
        s["properties"]["weather"]["oneOf"].as_array().map(Vec::len),
        Some(5)
    );
}

#[test]
fn every_table_field_appears_with_its_bounds() {
    let s = json_schema();
    for spec in fields() {
        let (section, name) = spec.path.split_once('.').expect("section.name");
        let f = &s["properties"][section]["properties"][name];
        assert!(f.is_object(), "{} missing", spec.path);
        let description = f["description"].as_str().unwrap_or_default();
        assert!(description.contains(spec.label), "{}", spec.path);
        if !spec.unit.is_empty() {
            assert!(
                description.contains(spec.unit),
                "{}: unit in description",
                spec.path
            );
        }
        match spec.kind {
            FieldKind::Number { min, max } => {
                assert_eq!(
                    (
                        f["type"].as_str(),
                        f["minimum"].as_f64(),
                        f["maximum"].as_f64()
                    ),
                    (Some("number"), Some(min), Some(max)),
                    "{}",
                    spec.path
                );
            }
            FieldKind::Integer { min, max } => {
                assert_eq!(
                    (
                        f["type"].as_str(),
                        f["minimum"].as_f64(),
                        f["maximum"].as_f64()
                    ),
                    (Some("integer"), Some(min), Some(max)),
                    "{}",
                    spec.path
                );
            }
            FieldKind::Bool => assert_eq!(f["type"], "boolean"),
            FieldKind::Choice(c) => assert_eq!(f["enum"], json!(c), "{}", spec.path),
            FieldKind::MonthDayRange => assert_eq!(f["default"], Value::Null),
            FieldKind::Monthly12 { min, max } => {
                let arr = &f["oneOf"][1];
                assert_eq!(
                    (arr["minItems"].as_u64(), arr["maxItems"].as_u64()),
                    (Some(12), Some(12))
                );
                assert_eq!(
                    (
                        arr["items"]["minimum"].as_f64(),
                        arr["items"]["maximum"].as_f64()
                    ),
                    (Some(min), Some(max))
                );
            }
        }
    }
}

#[test]
fn accepted_examples_validate_against_the_schema() {
    let examples = [
        json!({}),
        json!({"weather": {}}),
        json!({"weather": {"builtin": "po-valley"}}),
        json!({"weather": {"epw_file": "x.epw"}}),
        json!({"weather": {"csv_file": "x.csv"}}),
        json!({"network": {"heating_season": null}, "emissions": {"displaced_heat_kg_per_mwh": null}}),
        full_example(),
        serde_json::to_value(Scenario::default()).expect("serializes"),
    ];
    for e in examples {
        assert!(load_scenario(&e.to_string()).is_ok(), "{e}");
        assert_eq!(schema_errors(&e), Vec::<String>::new(), "{e}");
    }
}

#[test]
fn rejected_examples_fail_the_schema_too() {
    for bad in [
        json!({"x": 1}),
        json!({"data_centre": {"racks": 400.5}}),
        json!({"data_centre": {"racks": -1}}),
        json!({"data_centre": {"cooling": "Air"}}),
        json!({"network": {"generation": null}}),
        json!({"weather": {"builtin": "po-valley", "epw_file": "a"}}),
        json!({"weather": {"builtin": "atlantis"}}),
        json!({"weather": {"diurnal_amplitude_k": 3}}),
        json!({"network": {"heating_season": {"start": "13-01", "end": "01-01"}}}),
        json!({"emissions": {"displaced_heat_kg_per_mwh": [1, 2]}}),
    ] {
        assert!(load_scenario(&bad.to_string()).is_err(), "{bad}");
        assert!(!schema_errors(&bad).is_empty(), "{bad} passes the schema");
    }
}

/// The real-project presets in `scenarios/` are valid scenarios. A built-in climate the
/// weather catalogue does not have yet is the only problem tolerated (reported on stderr).
#[test]
fn preset_files_validate() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../scenarios");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable preset");
        let value: Value = serde_json::from_str(&text).expect("preset is JSON");
        let schema = schema_errors(&value);
        let load = load_scenario(&text).err().unwrap_or_default();
        let (climate, other): (Vec<_>, Vec<_>) =
            load.into_iter().partition(|p| p.path == "weather.builtin");
        assert!(other.is_empty(), "{}: {other:#?}", path.display());
        assert!(
            schema.iter().all(|e| e.starts_with("$.weather")),
            "{}: {schema:#?}",
            path.display()
        );
        for p in climate {
            eprintln!("{}: {p}", path.display());
        }
    }
}

#[test]
fn measured_profiles_are_in_the_schema_and_checked_by_it() {
    // docs/model/measured.md §9: four arrays of 8,760 numbers or null.
    let s = json_schema();
    for (section, name, max) in [
        ("data_centre", "it_profile", 1.0e7),
        ("network", "demand_profile", 1.0e7),
        ("network", "supply_profile", 150.0),
    ] {
        let f = &s["properties"][section]["properties"][name];
        assert_eq!(f["minItems"], 8760, "{name}");
        assert_eq!(f["maxItems"], 8760, "{name}");
        assert_eq!(
            f["items"]["oneOf"][0]["maximum"].as_f64(),
            Some(max),
            "{name}"
        );
    }
    let mut hours: Vec<Value> = vec![json!(12.5); 8760];
    hours[3] = Value::Null;
    let good = json!({
        "weather": {"builtin": "po-valley", "outdoor_profile": hours},
        "data_centre": {"it_profile": vec![json!(400.0); 8760]},
    });
    assert!(load_scenario(&good.to_string()).is_ok());
    assert_eq!(schema_errors(&good), Vec::<String>::new());
    let alone = json!({"weather": {"outdoor_profile": vec![json!(1.0); 8760]}});
    assert_eq!(schema_errors(&alone), Vec::<String>::new());
    let short = json!({"data_centre": {"it_profile": vec![json!(400.0); 8759]}});
    assert!(load_scenario(&short.to_string()).is_err());
    assert!(!schema_errors(&short).is_empty());
    let mut text = vec![json!(400.0); 8760];
    text[9] = json!("NaN");
    let bad = json!({"data_centre": {"it_profile": text}});
    assert!(load_scenario(&bad.to_string()).is_err());
    assert!(!schema_errors(&bad).is_empty());
}

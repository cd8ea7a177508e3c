//! The field table, defaults, round trips and the path accessors of `heat_twin_model::scenario`.

use std::collections::{BTreeMap, BTreeSet};

use heat_twin_model::params::{Params, WeatherSpec};
use heat_twin_model::scenario::{
    field, fields, load_scenario, parse_scenario, resolved_value, section_fields, DefaultValue,
    FieldKind, FieldSpec, FieldValue, Scenario, Section,
};

/// A valid, non-default value for each field that keeps the cross-field rules satisfied.
fn sample(spec: &FieldSpec) -> FieldValue {
    match (spec.path, spec.kind) {
        ("network.supply_max_c", _) => FieldValue::Number(95.0),
        ("network.supply_min_c", _) => FieldValue::Number(70.5),
        ("network.return_c", _) => FieldValue::Number(45.0),
        ("network.ground_c", _) => FieldValue::Number(5.5),
        ("network.dhw_min_supply_c", _) => FieldValue::Number(60.0),
        ("connection.dn", _) => FieldValue::Number(250.0),
        (_, FieldKind::Number { min, max }) => FieldValue::Number(min + (max - min) * 0.37),
        (_, FieldKind::Integer { min, max }) => {
            FieldValue::Number((min + (max - min) * 0.37).round())
        }
        (_, FieldKind::Bool) => match spec.default {
            DefaultValue::Bool(b) => FieldValue::Bool(!b),
            _ => FieldValue::Bool(true),
        },
        (_, FieldKind::Choice(choices)) => {
            FieldValue::Choice(choices.last().copied().unwrap_or_default().to_string())
        }
        (_, FieldKind::MonthDayRange) => FieldValue::Season {
            start: "10-15".into(),
            end: "04-15".into(),
        },
        (_, FieldKind::Monthly12 { min, max }) => {
            let mut m = [0.0; 12];
            for (i, x) in m.iter_mut().enumerate() {
                *x = min + (max - min) * (i as f64 + 0.5) / 12.0;
            }
            FieldValue::Monthly(m)
        }
    }
}

fn full_scenario() -> Scenario {
    let mut s = Scenario::default();
    for spec in fields() {
        // The old name of connection.length_km may not be given beside it (MODEL.md §9.1).
        if spec.path == "economics.pipe_length_km" {
            continue;
        }
        s.set(spec.path, sample(spec))
            .unwrap_or_else(|p| panic!("{p}"));
    }
    s
}

#[test]
fn empty_object_gives_default_params_and_po_valley() {
    for text in [
        "{}",
        " { } \n",
        r#"{"weather": {}}"#,
        r#"{"data_centre": {}, "network": {}}"#,
    ] {
        let v = load_scenario(text).unwrap_or_else(|p| panic!("{text}: {p:?}"));
        assert_eq!(v.params, Params::default(), "{text}");
        assert_eq!(
            v.weather,
            WeatherSpec::Builtin("po-valley".into()),
            "{text}"
        );
        assert_eq!(v.name, "");
        assert_eq!(v.description, None);
        assert!(v.sources.is_empty());
    }
}

#[test]
fn default_scenario_serializes_to_empty_object() {
    let text = serde_json::to_string(&Scenario::default()).expect("serializes");
    assert_eq!(text, "{}");
    assert_eq!(
        Scenario::default().validate().map(|v| v.params),
        Ok(Params::default())
    );
}

#[test]
fn table_paths_are_unique_and_built_from_section_and_name() {
    let mut seen = BTreeSet::new();
    for spec in fields() {
        assert!(seen.insert(spec.path), "{} twice", spec.path);
        assert_eq!(spec.path, format!("{}.{}", spec.section.key(), spec.name));
        assert_eq!(field(spec.path), Some(spec));
        assert!(!spec.label.is_empty() && !spec.help.is_empty() && !spec.source.is_empty());
        assert!(spec.help.ends_with('.'), "{}: help is sentences", spec.path);
    }
    // 52 of version 1 + recovery.run_for_co2 and storage.kind (version 2, MODEL.md) + six
    // demand-shape inputs (docs/model/demand.md) + connection.length_km, connection.dn and
    // recovery.availability (issue 13, MODEL.md §9.1 and §4.1) + nine heat-pump inputs of
    // version 3 (MODEL.md §4, §4.2) + 14 economics inputs of the project's life and 8 capex
    // curves (docs/model/life.md, issue 13) + storage.dispatch (MODEL.md §6, issue 11).
    assert_eq!(fields().len(), 96);
    assert_eq!(field("data_centre.nope"), None);
    assert_eq!(field("racks"), None);
    let per_section: usize = Section::ALL
        .iter()
        .map(|s| section_fields(*s).count())
        .sum();
    assert_eq!(per_section, fields().len());
}

#[test]
fn table_holds_the_fields_the_brief_names() {
    for path in [
        "network.generation",
        "data_centre.cooling",
        "recovery.feed_in",
        "economics.heat_pump_owner",
        "network.heating_season",
        "emissions.displaced_heat_kg_per_mwh",
        "emissions.credit_avoided_cooling",
        "emissions.site_cooling_eer",
    ] {
        assert!(field(path).is_some(), "{path} missing");
    }
}

#[test]
fn fixed_defaults_match_params_default() {
    let p = Params::default();
    for spec in fields() {
        let resolved = resolved_value(&p, spec.path).expect("every table path resolves");
        let expected = match spec.default {
            DefaultValue::Number(x) => FieldValue::Number(x),
            DefaultValue::Bool(b) => FieldValue::Bool(b),
            DefaultValue::Choice(c) => FieldValue::Choice(c.to_string()),
            DefaultValue::Null => FieldValue::Null,
            DefaultValue::PerCooling | DefaultValue::PerGeneration => continue,
            // Params::default() is Italy's (the default country).
            DefaultValue::PerCountry => {
                let it = heat_twin_model::prices::Country::Italy.prices();
                let want = match spec.path {
                    "economics.electricity_price_eur_per_mwh" => it.electricity_eur_per_mwh,
                    "economics.fuel_price_eur_per_mwh" => it.fuel_eur_per_mwh,
                    other => panic!("{other}: no per-country default known"),
                };
                FieldValue::Number(want)
            }
        };
        assert_eq!(resolved, expected, "{}", spec.path);
    }
    assert_eq!(resolved_value(&p, "network.nope"), None);
}

#[test]
fn defaults_lie_within_their_ranges() {
    for spec in fields() {
        if let (DefaultValue::Number(x), Some((min, max))) = (spec.default, spec.kind.range()) {
            assert!((min..=max).contains(&x), "{}", spec.path);
        }
        if let (DefaultValue::Choice(c), FieldKind::Choice(all)) = (spec.default, spec.kind) {
            assert!(all.contains(&c), "{}", spec.path);
        }
    }
}

/// The JSON fields, ranges and defaults of MODEL.md's input tables (§2–§9) are the table's.
#[test]
fn table_matches_model_md() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/MODEL.md");
    let mut text = std::fs::read_to_string(path).expect("docs/MODEL.md is readable");
    // The demand-shape inputs are specified in docs/model/demand.md, linked from MODEL.md §5.
    let demand = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/model/demand.md");
    text.push_str(&std::fs::read_to_string(demand).expect("docs/model/demand.md is readable"));
    let mut rows = BTreeMap::new();
    for line in text.lines().filter(|l| l.starts_with('|')) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        let Some(json) = cells
            .get(1)
            .and_then(|c| c.strip_prefix('`')?.strip_suffix('`'))
        else {
            continue;
        };
        if json
            .split_once('.')
            .is_some_and(|(s, _)| Section::from_key(s).is_some())
        {
            rows.insert(json.to_string(), cells);
        }
    }
    let table: BTreeSet<String> = fields().iter().map(|f| f.path.to_string()).collect();
    // `network.generation` is defined in the prose of §3, not in a table row.
    let mut doc: BTreeSet<String> = rows.keys().cloned().collect();
    assert!(text.contains("`network.generation` (`3G` default, `4G`, or `custom`"));
    doc.insert("network.generation".into());
    // `network.plants` (version 2) is a list specified in §5.1, not a field of the table.
    assert!(doc.remove("network.plants"));
    assert!(text.contains("### 5.1 The network's own plants"));
    assert_eq!(
        table, doc,
        "the field table and MODEL.md list different fields"
    );
    let num = |s: &str| -> Option<f64> {
        s.replace('−', "-")
            .replace(',', "")
            .split_whitespace()
            .next()?
            .parse()
            .ok()
    };
    for (path, cells) in rows.iter().filter(|(p, _)| *p != "network.plants") {
        let spec = field(path).expect("listed");
        let range_cell = cells.last().copied().unwrap_or_default();
        if let Some((lo, hi)) = spec.kind.range() {
            let r = range_cell
                .trim_start_matches("integer ")
                .trim_end_matches(" each");
            let (a, b) = r.split_once('–').expect("a range a–b");
            assert_eq!(
                (num(a), num(b)),
                (Some(lo), Some(hi)),
                "{path}: range {range_cell}"
            );
            assert_eq!(
                range_cell.starts_with("integer"),
                matches!(spec.kind, FieldKind::Integer { .. }),
                "{path}"
            );
        }
        let default_cell = cells[2];
        match spec.default {
            DefaultValue::Number(x) => assert_eq!(num(default_cell), Some(x), "{path}"),
            DefaultValue::Bool(b) => assert_eq!(default_cell, b.to_string(), "{path}"),
            DefaultValue::Choice(c) => assert_eq!(default_cell, format!("`{c}`"), "{path}"),
            DefaultValue::Null => assert!(default_cell.starts_with("null"), "{path}"),
            DefaultValue::PerCooling => assert!(default_cell.starts_with("per cooling"), "{path}"),
            DefaultValue::PerCountry => assert!(default_cell.starts_with("per country"), "{path}"),
            DefaultValue::PerGeneration => {
                assert_eq!(cells.len(), 5, "{path}: in the 3G/4G table");
                assert_ne!(cells[2], cells[3], "{path}: 3G and 4G differ");
            }
        }
        if let FieldKind::Choice(choices) = spec.kind {
            for c in choices {
                assert!(
                    text.contains(&format!("`{c}`")),
                    "{path}: choice {c} not named in MODEL.md"
                );
            }
        }
    }
}

#[test]
fn every_field_round_trips_through_json() {
    for spec in fields() {
        let mut s = Scenario::default();
        let value = sample(spec);
        s.set(spec.path, value.clone())
            .unwrap_or_else(|p| panic!("{p}"));
        let text = serde_json::to_string(&s).expect("serializes");
        let back = parse_scenario(&text).unwrap_or_else(|p| panic!("{text}: {p:?}"));
        assert_eq!(
            back.get(spec.path),
            Some(value.clone()),
            "{}: {text}",
            spec.path
        );
        assert_eq!(back, s, "{text}");
        let v = back.validate().unwrap_or_else(|p| panic!("{text}: {p:?}"));
        assert_eq!(
            resolved_value(&v.params, spec.path),
            Some(value),
            "{}",
            spec.path
        );
    }
}

#[test]
fn full_scenario_round_trips_and_validates() {
    let s = full_scenario();
    let text = serde_json::to_string_pretty(&s).expect("serializes");
    let back = parse_scenario(&text).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(back, s);
    let v = load_scenario(&text).unwrap_or_else(|p| panic!("{p:?}"));
    for spec in fields() {
        assert_eq!(
            resolved_value(&v.params, spec.path),
            Some(sample(spec)),
            "{}",
            spec.path
        );
    }
}

#[test]
fn integer_fields_serialize_as_json_integers() {
    let mut s = Scenario::default();
    s.set("data_centre.racks", FieldValue::Number(400.0))
        .expect("valid");
    s.set("economics.lifetime_years", FieldValue::Number(30.0))
        .expect("valid");
    let text = serde_json::to_string(&s).expect("serializes");
    assert_eq!(
        text,
        r#"{"data_centre":{"racks":400},"economics":{"lifetime_years":30}}"#
    );
}

#[test]
fn name_description_sources_and_weather_round_trip() {
    let text = r#"{"name":"A","description":"B","sources":["x","y"],"weather":{"monthly_means_c":[1,2,3,4,5,6,7,8,9,10,11,12],"diurnal_amplitude_k":5}}"#;
    let s = parse_scenario(text).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(s.weather.diurnal_amplitude_k, Some(5.0));
    let v = s.validate().unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(
        (v.name.as_str(), v.description.as_deref()),
        ("A", Some("B"))
    );
    assert_eq!(v.sources, ["x", "y"]);
    let back = parse_scenario(&serde_json::to_string(&s).expect("serializes"));
    assert_eq!(back, Ok(s));
}

#[test]
fn set_refuses_out_of_range_without_changing_anything() {
    let mut s = Scenario::default();
    s.set("data_centre.racks", FieldValue::Number(10.0))
        .expect("valid");
    let before = s.clone();
    let p = s
        .set("data_centre.racks", FieldValue::Number(2_000_000.0))
        .expect_err("too many");
    assert_eq!(p.path, "data_centre.racks");
    assert!(
        p.message.contains("2000000") && p.message.contains("1,000,000"),
        "{p}"
    );
    assert!(s
        .set("data_centre.racks", FieldValue::Number(10.5))
        .is_err());
    assert!(s
        .set("data_centre.racks", FieldValue::Number(f64::NAN))
        .is_err());
    assert!(s.set("data_centre.racks", FieldValue::Bool(true)).is_err());
    assert!(s.set("data_centre.racks", FieldValue::Null).is_err());
    assert!(s
        .set("data_centre.cooling", FieldValue::Choice("Air".into()))
        .is_err());
    assert!(s.set("data_centre.nope", FieldValue::Number(1.0)).is_err());
    let bad_season = FieldValue::Season {
        start: "02-29".into(),
        end: "03-01".into(),
    };
    assert!(s.set("network.heating_season", bad_season).is_err());
    assert!(s
        .set(
            "emissions.displaced_heat_kg_per_mwh",
            FieldValue::Monthly([2001.0; 12])
        )
        .is_err());
    assert_eq!(s, before);
}

#[test]
fn get_set_clear_by_path() {
    let mut s = Scenario::default();
    assert_eq!(s.get("network.generation"), None);
    s.set("network.generation", FieldValue::Choice("4G".into()))
        .expect("valid");
    assert_eq!(s.network.generation.as_deref(), Some("4G"));
    assert_eq!(
        s.get("network.generation"),
        Some(FieldValue::Choice("4G".into()))
    );
    s.clear("network.generation");
    assert_eq!(s.get("network.generation"), None);
    assert_eq!(s, Scenario::default());
    s.clear("nope.nope");
    assert_eq!(s.get("nope"), None);
}

#[test]
fn null_clears_the_nullable_fields() {
    let mut s = Scenario::default();
    let season = FieldValue::Season {
        start: "10-15".into(),
        end: "04-15".into(),
    };
    s.set("network.heating_season", season.clone())
        .expect("valid");
    s.set(
        "emissions.displaced_heat_kg_per_mwh",
        FieldValue::Monthly([100.0; 12]),
    )
    .expect("valid");
    assert_eq!(s.get("network.heating_season"), Some(season));
    s.set("network.heating_season", FieldValue::Null)
        .expect("null allowed");
    s.set("emissions.displaced_heat_kg_per_mwh", FieldValue::Null)
        .expect("null allowed");
    assert_eq!(s, Scenario::default());
}

#[test]
fn resolved_value_reads_every_field_and_season_as_dates() {
    let v = load_scenario(r#"{"network": {"heating_season": {"start": "12-31", "end": "01-01"}}}"#)
        .unwrap_or_else(|p| panic!("{p:?}"));
    let season = v.params.network.heating_season.expect("a season");
    assert_eq!((season.start_day, season.end_day), (364, 0));
    assert_eq!(
        resolved_value(&v.params, "network.heating_season"),
        Some(FieldValue::Season {
            start: "12-31".into(),
            end: "01-01".into()
        })
    );
    for spec in fields() {
        assert!(
            resolved_value(&v.params, spec.path).is_some(),
            "{}",
            spec.path
        );
    }
}

#[test]
fn problem_displays_path_then_message() {
    let problems = load_scenario(r#"{"data_centre": {"racks": 2000000}}"#).expect_err("too many");
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["data_centre.racks: 2000000 is out of range; allowed 0 to 1,000,000 (integer)"]
    );
}

#[test]
fn connection_length_takes_over_the_old_name() {
    // The old name loads and means the same; the new one wins as the only one given.
    let old = load_scenario(r#"{"economics": {"pipe_length_km": 2.5}}"#).expect("valid");
    assert_eq!(old.params.connection.length_km, 2.5);
    assert_eq!(old.params.economics.pipe_length_km, 2.5);
    let new = load_scenario(r#"{"connection": {"length_km": 0.3}}"#).expect("valid");
    assert_eq!(new.params.connection.length_km, 0.3);
    assert_eq!(new.params.economics.pipe_length_km, 0.3);
    let none = load_scenario("{}").expect("valid");
    assert_eq!(none.params.connection.length_km, 1.0);
    // Both given: refused, naming both.
    let both = r#"{"economics": {"pipe_length_km": 2}, "connection": {"length_km": 2}}"#;
    let problems = load_scenario(both).expect_err("both names");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "connection.length_km");
    let message = problems[0].to_string();
    assert!(
        message.contains("connection.length_km") && message.contains("economics.pipe_length_km"),
        "{message}"
    );
}

#[test]
fn connection_dn_is_a_catalogue_dn_or_automatic() {
    let auto = load_scenario(r#"{"connection": {}}"#).expect("valid");
    assert_eq!(auto.params.connection.dn, None);
    let given = load_scenario(r#"{"connection": {"dn": 150}}"#).expect("valid");
    assert_eq!(given.params.connection.dn, Some(150));
    for bad in ["149", "40", "700", "150.5", "\"DN150\""] {
        let text = format!(r#"{{"connection": {{"dn": {bad}}}}}"#);
        let problems = load_scenario(&text).expect_err(&text);
        assert!(
            problems.iter().all(|p| p.path == "connection.dn"),
            "{text}: {problems:?}"
        );
    }
    // The pipe's price replaces the flat €/m only when that price is not given.
    assert!(!auto.params.pipe_capex_given);
    let flat = load_scenario(r#"{"economics": {"pipe_capex_eur_per_m": 900}}"#).expect("valid");
    assert!(flat.params.pipe_capex_given);
}

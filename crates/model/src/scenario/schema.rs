//! The JSON Schema (draft 2020-12) of a scenario file, generated from the field table so that
//! it cannot drift from validation. It covers the structure, types, ranges, choices and
//! defaults; the cross-field rules of MODEL.md §3, valid calendar dates and duplicate keys are
//! beyond JSON Schema and are checked by [`super::load_scenario`] only.

use serde_json::{json, Map, Value};

use super::fields::{section_fields, DefaultValue, FieldKind, FieldSpec, Section};
use super::resolved::resolved_value;
use super::table::{COOLING, COUNTRY, GENERATION};
use super::validate::{
    apply_presets, climate_ids, DEFAULT_CLIMATE, DEFAULT_DIURNAL_AMPLITUDE_K,
    DIURNAL_AMPLITUDE_RANGE_K, MONTHLY_MEAN_RANGE_C,
};
use super::FieldValue;
use crate::params::Params;

/// A `"MM-DD"` date; the day is checked against the month by validation, not by the pattern.
const DATE_PATTERN: &str = "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

/// The draft 2020-12 JSON Schema of a scenario file, generated from [`super::fields`]:
/// `additionalProperties: false` at every level, `minimum`/`maximum` from each range,
/// `"type": "integer"` for whole-number fields, `enum` for choices, `default` where it is a
/// fixed value and a description with the unit, help text, default and source.
pub fn json_schema() -> Value {
    let mut properties = Map::new();
    properties.insert(
        "name".into(),
        json!({"type": "string", "description": "Name of the scenario."}),
    );
    properties.insert(
        "description".into(),
        json!({"type": "string", "description": "Free text about the scenario; ignored by the physics."}),
    );
    properties.insert(
        "sources".into(),
        json!({
            "type": "array",
            "items": {"type": "string"},
            "description": "Sources of the scenario's figures, free text; ignored by the physics."
        }),
    );
    properties.insert("published".into(), super::plants::published_schema());
    properties.insert("weather".into(), weather_schema());
    for section in Section::ALL {
        let mut fields = Map::new();
        for spec in section_fields(section) {
            fields.insert(spec.name.into(), field_schema(spec));
        }
        if section == Section::Recovery {
            fields.insert(
                "maintenance".into(),
                super::maintenance::maintenance_schema(),
            );
        }
        if section == Section::Network {
            fields.insert("plants".into(), super::plants::plants_schema());
        }
        if section == Section::DataCentre {
            fields.insert("ramp".into(), super::life_fields::ramp_schema());
        }
        if section == Section::DataCentre {
            let it = crate::drivers::Driver::ItKw;
            fields.insert("it_profile".into(), super::profiles::profile_schema(it));
        }
        if section == Section::Network {
            for d in [
                crate::drivers::Driver::DemandKw,
                crate::drivers::Driver::SupplyC,
            ] {
                let name = super::profiles::profile_path(d).trim_start_matches("network.");
                fields.insert(name.into(), super::profiles::profile_schema(d));
            }
        }
        if section == Section::Emissions {
            fields.insert("grid_path".into(), super::life_fields::grid_path_schema());
        }
        properties.insert(
            section.key().into(),
            json!({
                "type": "object",
                "title": section.title(),
                "additionalProperties": false,
                "properties": fields,
            }),
        );
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:heat-twin:scenario:2",
        "title": "heat-twin scenario",
        "description": "A data centre whose waste heat feeds a district heating network (MODEL.md version 2, §10). Every field is optional and takes its default; {} is the default scenario. Also required, beyond this schema: no key given twice; valid dates (02-29 is not); network.supply_max_c ≥ network.supply_min_c > network.return_c; (supply_min_c + return_c)/2 > ground_c; dhw_min_supply_c ≤ supply_max_c when dhw_share > 0; network.plants not given with takes_all_heat = true or baseload_mw > 0.",
        "type": "object",
        "additionalProperties": false,
        "properties": properties,
    })
}

/// One field's schema.
fn field_schema(spec: &FieldSpec) -> Value {
    let mut s = match spec.kind {
        FieldKind::Number { min, max } => json!({"type": "number", "minimum": min, "maximum": max}),
        FieldKind::Integer { min, max } => {
            json!({"type": "integer", "minimum": min, "maximum": max})
        }
        FieldKind::Bool => json!({"type": "boolean"}),
        FieldKind::Choice(choices) => json!({"type": "string", "enum": choices}),
        FieldKind::MonthDayRange => json!({"oneOf": [
            {"type": "null"},
            {
                "type": "object",
                "additionalProperties": false,
                "required": ["start", "end"],
                "properties": {
                    "start": {"type": "string", "pattern": DATE_PATTERN},
                    "end": {"type": "string", "pattern": DATE_PATTERN},
                },
            },
        ]}),
        FieldKind::Monthly12 { min, max } => json!({"oneOf": [
            {"type": "null"},
            {
                "type": "array",
                "minItems": 12,
                "maxItems": 12,
                "items": {"type": "number", "minimum": min, "maximum": max},
            },
        ]}),
    };
    if let Value::Object(map) = &mut s {
        map.insert("title".into(), spec.label.into());
        map.insert("description".into(), description(spec).into());
        if let Some(default) = default_json(spec) {
            map.insert("default".into(), default);
        }
        if !spec.unit.is_empty() {
            map.insert("x-unit".into(), spec.unit.into());
        }
        map.insert("x-advanced".into(), spec.advanced.into());
    }
    s
}

/// The fixed default as JSON; `None` for preset-dependent defaults.
fn default_json(spec: &FieldSpec) -> Option<Value> {
    match (spec.default, spec.kind) {
        (DefaultValue::Number(x), FieldKind::Integer { .. }) => Some(json!(x as i64)),
        (DefaultValue::Number(x), _) => Some(json!(x)),
        (DefaultValue::Bool(b), _) => Some(json!(b)),
        (DefaultValue::Choice(c), _) => Some(json!(c)),
        (DefaultValue::Null, _) => Some(Value::Null),
        (DefaultValue::PerCooling | DefaultValue::PerGeneration | DefaultValue::PerCountry, _) => {
            None
        }
    }
}

/// `label (unit). help Default: …. Source: ….`
fn description(spec: &FieldSpec) -> String {
    let unit = if spec.unit.is_empty() {
        String::new()
    } else {
        format!(" ({})", spec.unit)
    };
    let default = match spec.default {
        DefaultValue::Number(x) => format!("{x}"),
        DefaultValue::Bool(b) => format!("{b}"),
        DefaultValue::Choice(c) => c.to_string(),
        DefaultValue::Null => "null".to_string(),
        DefaultValue::PerCooling => per_preset(spec.path, "data_centre.cooling", COOLING),
        DefaultValue::PerGeneration => per_preset(spec.path, "network.generation", GENERATION),
        DefaultValue::PerCountry => per_preset(spec.path, "economics.country", COUNTRY),
    };
    format!(
        "{}{unit}. {} Default: {default}. Source: {}.",
        spec.label, spec.help, spec.source
    )
}

/// `"per data_centre.cooling: air 0.6, rear_door 0.85, …"`, read from the presets.
fn per_preset(path: &str, by: &str, choices: &[&str]) -> String {
    let parts: Vec<String> = choices
        .iter()
        .filter_map(|&choice| {
            let mut p = Params::default();
            let value = FieldValue::Choice(choice.to_string());
            super::resolved::write(&mut p, by, &value);
            apply_presets(&mut p);
            match resolved_value(&p, path) {
                Some(FieldValue::Number(x)) => Some(format!("{choice} {x}")),
                _ => None,
            }
        })
        .collect();
    format!("per {by}: {}", parts.join(", "))
}

/// `weather`: `{}` or exactly one source.
/// The weather section's schema: one source ([`weather_sources`]), each allowing
/// `outdoor_profile` beside it (docs/model/measured.md §9).
fn weather_schema() -> Value {
    let mut schema = weather_sources();
    let profile = super::profiles::profile_schema(crate::drivers::Driver::OutdoorC);
    if let Some(Value::Array(branches)) = schema.get_mut("oneOf") {
        for branch in branches {
            if let Value::Object(b) = branch {
                b.remove("maxProperties");
                b.insert("additionalProperties".into(), Value::Bool(false));
                let props = b.entry("properties").or_insert_with(|| json!({}));
                if let Value::Object(props) = props {
                    props.insert("outdoor_profile".into(), profile.clone());
                }
            }
        }
    }
    schema
}

/// The weather sources, exactly one (or none).
fn weather_sources() -> Value {
    let (mean_min, mean_max) = MONTHLY_MEAN_RANGE_C;
    let (amp_min, amp_max) = DIURNAL_AMPLITUDE_RANGE_K;
    let path = |key: &str, what: &str| {
        json!({
            "type": "object",
            "additionalProperties": false,
            "required": [key],
            "properties": {key: {"type": "string", "minLength": 1, "description": what}},
        })
    };
    json!({
        "type": "object",
        "title": "Weather",
        "description": format!("Where the hourly outdoor temperatures come from (MODEL.md §1): {{}} or absent for the built-in {DEFAULT_CLIMATE} year, or exactly one source."),
        "oneOf": [
            {"type": "object", "maxProperties": 0},
            {
                "type": "object",
                "additionalProperties": false,
                "required": ["builtin"],
                "properties": {"builtin": {"type": "string", "enum": climate_ids(), "description": "A built-in climate."}},
            },
            path("epw_file", "An EPW weather file, path relative to the scenario file (absolute allowed)."),
            path("csv_file", "A one-column CSV of 8,760 hourly temperatures (°C), path relative to the scenario file."),
            {
                "type": "object",
                "additionalProperties": false,
                "required": ["monthly_means_c"],
                "properties": {
                    "monthly_means_c": {
                        "type": "array",
                        "minItems": 12,
                        "maxItems": 12,
                        "items": {"type": "number", "minimum": mean_min, "maximum": mean_max},
                        "description": "12 monthly mean temperatures (°C), January first, for a synthetic year.",
                        "x-unit": "°C",
                    },
                    "diurnal_amplitude_k": {
                        "type": "number",
                        "minimum": amp_min,
                        "maximum": amp_max,
                        "default": DEFAULT_DIURNAL_AMPLITUDE_K,
                        "description": "Half the daily temperature range (K) of the synthetic year.",
                        "x-unit": "K",
                    },
                },
            },
        ],
    })
}

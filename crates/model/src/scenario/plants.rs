//! `network.plants` and `published`: the two scenario entries that are lists or maps rather
//! than fields of the field table (MODEL.md §5.1 and §10, version 2).
//!
//! - `network.plants` is an array of at most [`MAX_PLANTS`] objects with the keys of
//!   [`PLANT_KEYS`]; `kind` and `capacity_mw` are required. Every problem names its path, e.g.
//!   `network.plants[2].capacity_mw`, the value and what is allowed.
//! - `published` is an object of numbers keyed by summary field names (e.g.
//!   `heat_delivered_mwh`): the project's announced figures, shown beside the model's.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::fields::{check_number, closest, did_you_mean, fmt_num, quoted_list};
use super::kind::{Expected, Num, ProblemKind, Range};
use super::parse::Parsed;
use super::tree::{shorten, Json};
use super::Problem;
use crate::network::plants::{Plant, PlantKind, PlantName, Plants, MAX_NAME_BYTES, MAX_PLANTS};
use serde::{Deserialize, Serialize};

/// One item of `network.plants` as given (MODEL.md §5.1): `kind` and `capacity_mw` are
/// required; `name` defaults to the kind, `must_run` to false, `must_run_months` to every month
/// and the cost and CO2 to the kind's reference values
/// ([`crate::network::plants::PlantKind::reference`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlantGiven {
    /// Name, at most 48 bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// One of `waste_to_energy`, `chp`, `biomass`, `waste_heat`, `heat_pump`, `gas_boiler`,
    /// `oil_boiler`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Heat capacity, MW (0–100,000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capacity_mw: Option<f64>,
    /// Runs first whatever its cost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub must_run: Option<bool>,
    /// Months (1–12) in which it must run; all when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub must_run_months: Option<Vec<f64>>,
    /// Marginal heat cost, €/MWh (−1,000–10,000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marginal_cost_eur_per_mwh: Option<f64>,
    /// CO2 per MWh of heat, kg (0–2,000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub co2_kg_per_mwh: Option<f64>,
}

/// Keys of one plant object, in contract order.
pub const PLANT_KEYS: [&str; 7] = [
    "name",
    "kind",
    "capacity_mw",
    "must_run",
    "must_run_months",
    "marginal_cost_eur_per_mwh",
    "co2_kg_per_mwh",
];
/// Range of `capacity_mw`, MW.
pub const CAPACITY_RANGE_MW: (f64, f64) = (0.0, 100_000.0);
/// Range of `marginal_cost_eur_per_mwh` (a CHP's heat may have a negative marginal cost).
pub const COST_RANGE_EUR_PER_MWH: (f64, f64) = (-1_000.0, 10_000.0);
/// Range of `co2_kg_per_mwh`.
pub const CO2_RANGE_KG_PER_MWH: (f64, f64) = (0.0, 2_000.0);

/// Kind names in contract order.
fn kind_names() -> Vec<&'static str> {
    PlantKind::ALL.iter().map(|k| k.as_str()).collect()
}

/// Reads `network.plants` (structure and types only); `None` on a problem with the array.
pub(crate) fn read_plants(p: &mut Parsed, path: &str, value: &Json) -> Option<Vec<PlantGiven>> {
    let Json::Array(items) = value else {
        p.wrong_type(path, "an array of plant objects", Expected::Object, value);
        return None;
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let at = format!("{path}[{i}]");
        let Json::Object(entries) = item else {
            p.wrong_type(&at, "a plant object {…}", Expected::Object, item);
            continue;
        };
        let mut plant = PlantGiven::default();
        for (key, value, sub) in p.unique(&at, entries) {
            let number = |p: &mut Parsed, unit: &'static str| match value {
                Json::Number(x) => Some(*x),
                other => {
                    p.wrong_type(&sub, "a number", Expected::Number { unit }, other);
                    None
                }
            };
            match key {
                "name" | "kind" => {
                    let s = match value {
                        Json::String(s) => Some(s.clone()),
                        other => {
                            p.wrong_type(&sub, "a string", Expected::String, other);
                            None
                        }
                    };
                    if key == "name" {
                        plant.name = s;
                    } else {
                        plant.kind = s;
                    }
                }
                "capacity_mw" => plant.capacity_mw = number(p, "MW"),
                "marginal_cost_eur_per_mwh" => {
                    plant.marginal_cost_eur_per_mwh = number(p, "€/MWh");
                }
                "co2_kg_per_mwh" => plant.co2_kg_per_mwh = number(p, "kg/MWh"),
                "must_run" => match value {
                    Json::Bool(b) => plant.must_run = Some(*b),
                    other => p.wrong_type(&sub, "true or false", Expected::Object, other),
                },
                "must_run_months" => match value {
                    Json::Array(months) => {
                        let mut list = Vec::new();
                        for (j, m) in months.iter().enumerate() {
                            match m {
                                Json::Number(x) => list.push(*x),
                                other => p.wrong_type(
                                    &format!("{sub}[{j}]"),
                                    "a month number 1–12",
                                    Expected::Number { unit: "" },
                                    other,
                                ),
                            }
                        }
                        plant.must_run_months = Some(list);
                    }
                    other => p.wrong_type(
                        &sub,
                        "an array of month numbers 1–12",
                        Expected::Object,
                        other,
                    ),
                },
                _ => {
                    let hint = did_you_mean(key, PLANT_KEYS);
                    p.problem(
                        &sub,
                        format!("unknown field{hint}; a plant has {}", PLANT_KEYS.join(", ")),
                        ProblemKind::UnknownField {
                            suggestion: closest(key, PLANT_KEYS).map(str::to_string),
                            allowed: PLANT_KEYS.to_vec(),
                        },
                    );
                }
            }
        }
        out.push(plant);
    }
    Some(out)
}

/// Checks a number of a plant and records the problem.
fn check(
    problems: &mut Vec<Problem>,
    path: &str,
    x: f64,
    range: (f64, f64),
    unit: &'static str,
    integer: bool,
) -> bool {
    match check_number(x, range, unit, integer, None) {
        Some((message, kind)) => {
            problems.push(Problem::with_kind(path, message, kind));
            false
        }
        None => true,
    }
}

/// Validates the plants as given: ranges, choices, required keys and the list's length.
/// Returns the resolved [`Plants`] (only when every plant is valid).
pub(crate) fn validate_plants(list: &[PlantGiven], problems: &mut Vec<Problem>) -> Option<Plants> {
    let before = problems.len();
    if list.len() > MAX_PLANTS {
        problems.push(Problem::with_kind(
            "network.plants",
            format!(
                "has {} plants; at most {MAX_PLANTS} are allowed (group small plants of one kind)",
                list.len()
            ),
            ProblemKind::OutOfRange {
                month: None,
                value: Num(list.len() as f64),
                range: Range::new(0.0, MAX_PLANTS as f64, "", true),
            },
        ));
    }
    let mut plants = Plants::new();
    for (i, g) in list.iter().enumerate() {
        let at = |key: &str| format!("network.plants[{i}].{key}");
        let kind = match &g.kind {
            None => {
                problems.push(Problem::with_kind(
                    format!("network.plants[{i}]"),
                    format!(
                        "\"kind\" is missing; expected one of {}",
                        quoted_list(&kind_names())
                    ),
                    ProblemKind::MissingKey {
                        key: "kind",
                        expected: Expected::Object,
                    },
                ));
                None
            }
            Some(k) => {
                let kind = PlantKind::named(k);
                if kind.is_none() {
                    let names = kind_names();
                    let case = names.iter().copied().find(|c| c.eq_ignore_ascii_case(k));
                    problems.push(Problem::with_kind(
                        at("kind"),
                        format!(
                            "\"{}\" is not a valid choice; allowed {}",
                            shorten(k),
                            quoted_list(&names)
                        ),
                        ProblemKind::BadChoice {
                            value: shorten(k),
                            choices: names,
                            case_hint: case,
                        },
                    ));
                }
                kind
            }
        };
        let capacity = match g.capacity_mw {
            None => {
                problems.push(Problem::with_kind(
                    format!("network.plants[{i}]"),
                    "\"capacity_mw\" is missing; expected a number of MW, 0 to 100,000",
                    ProblemKind::MissingKey {
                        key: "capacity_mw",
                        expected: Expected::Number { unit: "MW" },
                    },
                ));
                None
            }
            Some(x) => check(
                problems,
                &at("capacity_mw"),
                x,
                CAPACITY_RANGE_MW,
                "MW",
                false,
            )
            .then_some(x),
        };
        if let Some(x) = g.marginal_cost_eur_per_mwh {
            check(
                problems,
                &at("marginal_cost_eur_per_mwh"),
                x,
                COST_RANGE_EUR_PER_MWH,
                "€/MWh",
                false,
            );
        }
        if let Some(x) = g.co2_kg_per_mwh {
            check(
                problems,
                &at("co2_kg_per_mwh"),
                x,
                CO2_RANGE_KG_PER_MWH,
                "kg/MWh",
                false,
            );
        }
        let mut months = crate::network::plants::ALL_MONTHS;
        if let Some(list) = &g.must_run_months {
            months = 0;
            for (j, &m) in list.iter().enumerate() {
                if check(
                    problems,
                    &format!("network.plants[{i}].must_run_months[{j}]"),
                    m,
                    (1.0, 12.0),
                    "",
                    true,
                ) {
                    months |= 1 << (m as u16 - 1);
                }
            }
        }
        if let Some(name) = &g.name {
            if name.len() > MAX_NAME_BYTES {
                problems.push(Problem::with_kind(
                    at("name"),
                    format!(
                        "\"{}\" is {} bytes long; at most {MAX_NAME_BYTES} are allowed",
                        shorten(name),
                        name.len()
                    ),
                    ProblemKind::Other,
                ));
            }
        }
        if let (Some(kind), Some(capacity_mw)) = (kind, capacity) {
            let (cost, co2) = kind.reference();
            plants.push(Plant {
                name: PlantName::new(g.name.as_deref().unwrap_or(kind.as_str())),
                kind,
                capacity_mw,
                must_run: g.must_run.unwrap_or(false),
                must_run_months: months,
                marginal_cost_eur_per_mwh: g.marginal_cost_eur_per_mwh.unwrap_or(cost),
                co2_kg_per_mwh: g.co2_kg_per_mwh.unwrap_or(co2),
            });
        }
    }
    (problems.len() == before).then_some(plants)
}

/// Summary field names that `published` may use: every numeric field of
/// [`crate::results::Summary`].
pub fn summary_field_names() -> Vec<String> {
    let summary = crate::results::Summary::default();
    match serde_json::to_value(summary) {
        Ok(Value::Object(map)) => map
            .into_iter()
            .filter(|(_, v)| !v.is_object())
            .map(|(k, _)| k)
            .collect(),
        _ => Vec::new(),
    }
}

/// Reads `published` (structure and types only).
pub(crate) fn read_published(
    p: &mut Parsed,
    path: &str,
    value: &Json,
) -> Option<BTreeMap<String, f64>> {
    let Json::Object(entries) = value else {
        p.wrong_type(
            path,
            "an object of numbers keyed by summary field names",
            Expected::Object,
            value,
        );
        return None;
    };
    let mut out = BTreeMap::new();
    for (key, value, sub) in p.unique(path, entries) {
        match value {
            Json::Number(x) => {
                out.insert(key.to_string(), *x);
            }
            other => p.wrong_type(&sub, "a number", Expected::Number { unit: "" }, other),
        }
    }
    Some(out)
}

/// Checks that every key of `published` is a summary field name.
pub(crate) fn validate_published(published: &BTreeMap<String, f64>, problems: &mut Vec<Problem>) {
    if published.is_empty() {
        return;
    }
    // The names come from serialising a summary: built once (every instrument's run
    // re-validates its scenario, and a preset's `published` keys are checked each time).
    static NAMES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let names = NAMES.get_or_init(summary_field_names);
    for (key, value) in published {
        if !names.iter().any(|n| n == key) {
            let known: Vec<&str> = names.iter().map(String::as_str).collect();
            problems.push(Problem::with_kind(
                format!("published.{key}"),
                format!(
                    "{} is given for an unknown summary field{}; published figures are keyed by the summary's field names, e.g. heat_delivered_mwh",
                    fmt_num(*value),
                    did_you_mean(key, known.iter().copied())
                ),
                ProblemKind::UnknownField {
                    suggestion: closest(key, known.iter().copied()).map(str::to_string),
                    allowed: Vec::new(),
                },
            ));
        }
    }
}

/// JSON Schema of `network.plants`.
pub(crate) fn plants_schema() -> Value {
    json!({
        "type": "array",
        "maxItems": MAX_PLANTS,
        "title": "The network's own heat plants",
        "description": "The heat sources the network already has (MODEL.md §5.1, version 2); each hour they and the data centre meet the demand in merit order: must-run plants first (in their must-run months), then by marginal cost. Replaces baseload_mw and takes_all_heat, which may not be given with it. Cost and CO2 default to the kind's reference values (DEA technology catalogue at the default prices; docs/REFERENCE.md §8).",
        "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["kind", "capacity_mw"],
            "properties": {
                "name": {"type": "string", "maxLength": MAX_NAME_BYTES, "description": "Name of the plant (default: its kind)."},
                "kind": {"type": "string", "enum": kind_names()},
                "capacity_mw": {"type": "number", "minimum": CAPACITY_RANGE_MW.0, "maximum": CAPACITY_RANGE_MW.1, "x-unit": "MW", "description": "Heat capacity, MW."},
                "must_run": {"type": "boolean", "default": false, "description": "Runs first, whatever its cost (waste-to-energy, industrial waste heat)."},
                "must_run_months": {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 12}, "description": "Months (1 = January) in which it must run; every month when not given."},
                "marginal_cost_eur_per_mwh": {"type": "number", "minimum": COST_RANGE_EUR_PER_MWH.0, "maximum": COST_RANGE_EUR_PER_MWH.1, "x-unit": "€/MWh", "description": "Short-run cost of one more MWh of heat (fuel / efficiency + variable O&M − electricity sold by a CHP). Default by kind."},
                "co2_kg_per_mwh": {"type": "number", "minimum": CO2_RANGE_KG_PER_MWH.0, "maximum": CO2_RANGE_KG_PER_MWH.1, "x-unit": "kg/MWh", "description": "CO2 per MWh of heat (CHP: lost-electricity method). Default by kind."},
            },
        },
    })
}

/// JSON Schema of `published`.
pub(crate) fn published_schema() -> Value {
    json!({
        "type": "object",
        "propertyNames": {"enum": summary_field_names()},
        "additionalProperties": {"type": "number"},
        "description": "The project's announced figures keyed by summary field names (e.g. heat_delivered_mwh, homes_equivalent, co2_avoided_t), shown beside the model's result with the gap; ignored by the physics. Their sources go in sources.",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_names_include_the_contract() {
        let names = summary_field_names();
        for n in [
            "heat_delivered_mwh",
            "homes_equivalent",
            "co2_avoided_t",
            "peak_demand_mw",
        ] {
            assert!(names.iter().any(|x| x == n), "{n}");
        }
        assert!(!names.iter().any(|x| x == "heat_displaced_by_kind_mwh"));
    }

    #[test]
    fn plant_problems_name_path_value_and_range() {
        let list = vec![
            PlantGiven {
                kind: Some("gas_boiler".into()),
                capacity_mw: Some(10.0),
                ..PlantGiven::default()
            },
            PlantGiven {
                kind: Some("coal".into()),
                capacity_mw: Some(-1.0),
                must_run_months: Some(vec![13.0, 7.0]),
                ..PlantGiven::default()
            },
            PlantGiven::default(),
        ];
        let mut problems = Vec::new();
        assert!(validate_plants(&list, &mut problems).is_none());
        let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert!(lines
            .iter()
            .any(|l| l.starts_with("network.plants[1].kind: \"coal\"")));
        assert!(lines
            .iter()
            .any(|l| l.starts_with("network.plants[1].capacity_mw: -1 is out of range")));
        assert!(lines
            .iter()
            .any(|l| l.starts_with("network.plants[1].must_run_months[0]: 13")));
        assert!(lines.iter().any(|l| l.contains("\"kind\" is missing")));
        assert!(lines
            .iter()
            .any(|l| l.contains("\"capacity_mw\" is missing")));
        // The first one alone is fine, with the kind's reference values.
        let mut problems = Vec::new();
        let plants = validate_plants(&list[..1], &mut problems);
        assert!(problems.is_empty());
        let p = plants.map(|p| p.as_slice()[0]);
        assert_eq!(p.map(|p| p.marginal_cost_eur_per_mwh), Some(48.9));
        assert_eq!(
            p.map(|p| p.name.as_str().to_string()).as_deref(),
            Some("gas_boiler")
        );
    }
}

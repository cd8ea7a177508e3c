//! The two list inputs of the project's life that are not in the field table
//! (docs/model/life.md §3): `data_centre.ramp` (shares of design IT load by operating year) and
//! `emissions.grid_path` (the grid's CO2 factor by calendar year). Reading, validation (every
//! problem names the field, the value and the range) and their JSON Schema.

use serde_json::{json, Value};

use super::given::{GridPoint, Scenario};
use super::parse::Parsed;
use super::tree::Json;
use super::{Expected, Problem};
use crate::life::{GridPath, MAX_YEARS, RAMP_RANGE};
use crate::params::Params;
use crate::prices::Country;

/// Reads `data_centre.ramp`: an array of numbers (ranges are checked by validation).
pub(crate) fn read_ramp(p: &mut Parsed, path: &str, value: &Json) -> Option<Vec<f64>> {
    let Json::Array(items) = value else {
        p.wrong_type(path, "an array of shares 0 to 1", Expected::Object, value);
        return None;
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match item {
            Json::Number(x) => out.push(*x),
            other => {
                let at = format!("{path}[{i}]");
                p.wrong_type(&at, "a number", Expected::Number { unit: "" }, other);
                p.bad.insert(path.to_string());
            }
        }
    }
    (!p.bad.contains(path)).then_some(out)
}

/// Reads `emissions.grid_path`: an array of `{"year", "g_per_kwh"}` objects.
pub(crate) fn read_grid_path(p: &mut Parsed, path: &str, value: &Json) -> Option<Vec<GridPoint>> {
    let Json::Array(items) = value else {
        p.wrong_type(
            path,
            "an array of {\"year\", \"g_per_kwh\"} objects",
            Expected::Object,
            value,
        );
        return None;
    };
    let mut out = Vec::with_capacity(items.len());
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        let at = format!("{path}[{i}]");
        let Json::Object(entries) = item else {
            p.wrong_type(
                &at,
                "an object {\"year\", \"g_per_kwh\"}",
                Expected::Object,
                item,
            );
            ok = false;
            continue;
        };
        let (mut year, mut g) = (None, None);
        for (key, value, sub) in p.unique(&at, entries) {
            let slot = match key {
                "year" => &mut year,
                "g_per_kwh" => &mut g,
                _ => {
                    p.problem(
                        &sub,
                        "unknown field; a grid path point has year and g_per_kwh",
                        super::ProblemKind::UnknownField {
                            suggestion: super::fields::closest(key, ["year", "g_per_kwh"])
                                .map(str::to_string),
                            allowed: vec!["year", "g_per_kwh"],
                        },
                    );
                    ok = false;
                    continue;
                }
            };
            match value {
                Json::Number(x) => *slot = Some(*x),
                other => {
                    p.wrong_type(&sub, "a number", Expected::Number { unit: "" }, other);
                    ok = false;
                }
            }
        }
        match (year, g) {
            (Some(year), Some(g_per_kwh)) => out.push(GridPoint { year, g_per_kwh }),
            _ => {
                if ok {
                    p.problem(
                        &at,
                        "needs both \"year\" and \"g_per_kwh\"",
                        super::ProblemKind::Other,
                    );
                }
                ok = false;
            }
        }
    }
    if !ok {
        p.bad.insert(path.to_string());
    }
    ok.then_some(out)
}

/// The ramp as given, checked: 1–60 values, each a share 0–1; `[1]` when not given.
pub(crate) fn validate_ramp(s: &Scenario, problems: &mut Vec<Problem>) -> Vec<f64> {
    let Some(ramp) = &s.data_centre.ramp else {
        return vec![1.0];
    };
    let before = problems.len();
    if ramp.is_empty() || ramp.len() > MAX_YEARS as usize {
        problems.push(Problem::new(
            "data_centre.ramp",
            format!(
                "{} values given; allowed 1 to {MAX_YEARS} shares of design IT load",
                ramp.len()
            ),
        ));
    }
    for (i, &x) in ramp.iter().enumerate() {
        if let Some(mut p) = RAMP_RANGE.check(x) {
            p.path = format!("data_centre.ramp[{i}]");
            problems.push(p);
        }
    }
    if problems.len() > before {
        vec![1.0]
    } else {
        ramp.clone()
    }
}

/// The grid path: the one given (checked), else the country's, anchored at the start year to
/// `emissions.grid_g_per_kwh` when the scenario gives that.
pub(crate) fn validate_grid_path(
    s: &Scenario,
    params: &Params,
    problems: &mut Vec<Problem>,
) -> GridPath {
    let country: Country = params.project.country;
    let start = u16::try_from(params.project.start_year).unwrap_or(crate::life::DEFAULT_START_YEAR);
    match &s.emissions.grid_path {
        Some(points) => {
            let pairs: Vec<(f64, f64)> = points.iter().map(|p| (p.year, p.g_per_kwh)).collect();
            GridPath::new(&pairs).unwrap_or_else(|mut more| {
                problems.append(&mut more);
                GridPath::for_country(country)
            })
        }
        None if s.emissions.grid_g_per_kwh.is_some() => {
            GridPath::for_country(country).anchored(start, params.emissions.grid_g_per_kwh)
        }
        None => GridPath::for_country(country),
    }
}

/// Schema of `data_centre.ramp`.
pub(crate) fn ramp_schema() -> Value {
    json!({
        "type": "array",
        "minItems": 1,
        "maxItems": MAX_YEARS,
        "items": {"type": "number", "minimum": 0, "maximum": 1},
        "default": [1],
        "title": "IT load ramp",
        "description": "Share of the design IT load in operating years 1, 2, …; the last value repeats (docs/model/life.md §3). Default [1]: the full load from the first year.",
        "x-unit": "share",
    })
}

/// Schema of `emissions.grid_path`.
pub(crate) fn grid_path_schema() -> Value {
    json!({
        "type": "array",
        "minItems": 1,
        "maxItems": crate::life::grid::MAX_POINTS,
        "title": "Grid CO2 path",
        "description": "Grid CO2 factor by calendar year, linear between points and flat outside; years increasing (docs/model/life.md §3). Default: the country's path (Italy: 288 g/kWh in 2024, 190 in 2030, 100 in 2040, 25 in 2050), scaled to pass through emissions.grid_g_per_kwh in the start year when that is given.",
        "items": {
            "type": "object",
            "additionalProperties": false,
            "required": ["year", "g_per_kwh"],
            "properties": {
                "year": {"type": "integer", "minimum": 2000, "maximum": 2100},
                "g_per_kwh": {"type": "number", "minimum": 0, "maximum": 2000, "x-unit": "g/kWh"},
            },
        },
    })
}

//! Reading a JSON tree into a [`Scenario`]: the structural checks (object shapes, unknown
//! fields, duplicate keys, types, nulls). Ranges, choices, dates and cross-field rules are
//! checked by validation. Every problem is collected; a field with a problem is left out.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::fields::{
    closest, did_you_mean, expected, field, section_fields, FieldKind, FieldSpec, Section,
};
use super::given::{Scenario, WeatherSection};
use super::tree::Json;
use super::{Expected, FieldValue, Given, Problem, ProblemKind};

/// Top-level keys other than the sections.
const TOP_KEYS: [&str; 5] = ["name", "description", "sources", "published", "weather"];
/// Keys of the `weather` section.
pub(crate) const WEATHER_KEYS: [&str; 6] = [
    "builtin",
    "epw_file",
    "csv_file",
    "monthly_means_c",
    "diurnal_amplitude_k",
    "outdoor_profile",
];

/// A scenario read from a tree, with the problems found and the paths that had them.
pub(crate) struct Parsed {
    pub scenario: Scenario,
    pub problems: Vec<Problem>,
    /// Paths (fields, or sections) whose value was rejected, so validation does not apply
    /// cross-field rules to a default that stands in for them.
    pub bad: BTreeSet<String>,
}

impl Parsed {
    pub(crate) fn problem(&mut self, path: &str, message: impl Into<String>, kind: ProblemKind) {
        self.bad.insert(path.to_string());
        self.problems.push(Problem::with_kind(path, message, kind));
    }

    /// `expected …; got …` for a value of the wrong type.
    pub(crate) fn wrong_type(&mut self, path: &str, words: &str, expected: Expected, found: &Json) {
        let found = found.given();
        self.problem(
            path,
            format!("expected {words}; got {}", found.english()),
            ProblemKind::WrongType { expected, found },
        );
    }

    /// Entries of an object, each key once (the first occurrence): a repeated key is one
    /// problem naming how often it was given and the values.
    pub(crate) fn unique<'a>(
        &mut self,
        base: &str,
        entries: &'a [(String, Json)],
    ) -> Vec<(&'a str, &'a Json, String)> {
        let mut by_key: HashMap<&str, Vec<&Json>> = HashMap::new();
        for (key, value) in entries {
            by_key.entry(key.as_str()).or_default().push(value);
        }
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for (key, value) in entries {
            if !seen.insert(key.as_str()) {
                continue;
            }
            let path = join(base, key);
            let values = by_key.get(key.as_str()).map_or(&[][..], Vec::as_slice);
            if values.len() > 1 {
                let given: Vec<Given> = values.iter().take(5).map(|v| v.given()).collect();
                let shown: Vec<String> = given.iter().map(Given::english).collect();
                self.problem(
                    &path,
                    format!(
                        "given {} times ({}); each field may appear only once",
                        values.len(),
                        shown.join(", ")
                    ),
                    ProblemKind::Duplicate {
                        count: values.len(),
                        values: given,
                    },
                );
            }
            out.push((key.as_str(), value, path));
        }
        out
    }
}

/// An unknown `key` where `allowed` are the keys.
fn unknown(key: &str, allowed: Vec<&'static str>) -> ProblemKind {
    ProblemKind::UnknownField {
        suggestion: closest(key, allowed.iter().copied()).map(str::to_string),
        allowed,
    }
}

/// `base.key`, or `key` at the top level.
fn join(base: &str, key: &str) -> String {
    if base.is_empty() {
        key.to_string()
    } else {
        format!("{base}.{key}")
    }
}

/// Reads the whole tree into a scenario, collecting every structural problem.
pub(crate) fn read_scenario(tree: &Json) -> Parsed {
    let mut p = Parsed {
        scenario: Scenario::default(),
        problems: Vec::new(),
        bad: BTreeSet::new(),
    };
    let Json::Object(entries) = tree else {
        let found = tree.given();
        p.problem(
            "",
            format!(
                "the scenario must be a JSON object {{…}}; got {}",
                found.english()
            ),
            ProblemKind::WrongType {
                expected: Expected::Scenario,
                found,
            },
        );
        return p;
    };
    for (key, value, path) in p.unique("", entries) {
        match key {
            "name" => p.scenario.name = read_string(&mut p, &path, value),
            "description" => p.scenario.description = read_string(&mut p, &path, value),
            "sources" => p.scenario.sources = read_sources(&mut p, &path, value),
            "published" => {
                p.scenario.published = super::plants::read_published(&mut p, &path, value);
            }
            "weather" => p.scenario.weather = read_weather(&mut p, value),
            _ => match Section::from_key(key) {
                Some(section) => read_section(&mut p, section, value),
                None => {
                    let known: Vec<&'static str> = TOP_KEYS
                        .into_iter()
                        .chain(Section::ALL.map(Section::key))
                        .collect();
                    let hint = did_you_mean(key, known.iter().copied());
                    let kind = unknown(key, known);
                    p.problem(&path, format!("unknown field{hint}; the scenario's fields are name, description, sources, published, weather, data_centre, recovery, network, storage, emissions, economics, connection and capex"), kind);
                }
            },
        }
    }
    p
}

fn read_string(p: &mut Parsed, path: &str, value: &Json) -> Option<String> {
    match value {
        Json::String(s) => Some(s.clone()),
        other => {
            p.wrong_type(path, "a string", Expected::String, other);
            None
        }
    }
}

fn read_sources(p: &mut Parsed, path: &str, value: &Json) -> Option<Vec<String>> {
    let Json::Array(items) = value else {
        p.wrong_type(path, "an array of strings", Expected::StringArray, value);
        return None;
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if let Some(s) = read_string(p, &format!("{path}[{i}]"), item) {
            out.push(s);
        }
    }
    Some(out)
}

fn read_section(p: &mut Parsed, section: Section, value: &Json) {
    let base = section.key();
    let Json::Object(entries) = value else {
        p.wrong_type(base, "an object {…}", Expected::Object, value);
        return;
    };
    for (key, value, path) in p.unique(base, entries) {
        if section == Section::Recovery && key == "maintenance" {
            p.scenario.recovery.maintenance = super::maintenance::read_maintenance(p, &path, value);
            continue;
        }
        if section == Section::Network && key == "plants" {
            p.scenario.network.plants = super::plants::read_plants(p, &path, value);
            continue;
        }
        if section == Section::DataCentre && key == "ramp" {
            p.scenario.data_centre.ramp = super::life_fields::read_ramp(p, &path, value);
            continue;
        }
        if let Some(driver) = super::profiles::driver_at(&path) {
            let read = super::profiles::read_profile(p, driver, &path, value);
            super::profiles::put(&mut p.scenario, driver, read);
            continue;
        }
        if section == Section::Emissions && key == "grid_path" {
            p.scenario.emissions.grid_path = super::life_fields::read_grid_path(p, &path, value);
            continue;
        }
        let Some(spec) = field(&path) else {
            let hint = did_you_mean(key, section_fields(section).map(|f| f.name));
            let suggestion = closest(key, section_fields(section).map(|f| f.name));
            p.problem(
                &path,
                format!("unknown field{hint}"),
                ProblemKind::UnknownField {
                    suggestion: suggestion.map(str::to_string),
                    allowed: Vec::new(),
                },
            );
            continue;
        };
        if let Some(v) = read_field(p, spec, &path, value) {
            // Null for a nullable field means "not given"; types match by construction.
            let stored = (v != FieldValue::Null).then_some(v);
            p.scenario.put(section, spec.name, stored);
        }
    }
}

/// Reads one field's value by its kind (type and shape only).
fn read_field(p: &mut Parsed, spec: &FieldSpec, path: &str, value: &Json) -> Option<FieldValue> {
    let wrong = |p: &mut Parsed, v: &Json| {
        let what = Expected::Field(spec.path);
        if *v == Json::Null {
            p.problem(
                path,
                format!(
                    "null is not allowed; expected {} (or leave the field out)",
                    expected(spec)
                ),
                ProblemKind::Null { expected: what },
            );
        } else {
            p.wrong_type(path, &expected(spec), what, v);
        }
        None
    };
    match (spec.kind, value) {
        (FieldKind::MonthDayRange | FieldKind::Monthly12 { .. }, Json::Null) => {
            Some(FieldValue::Null)
        }
        (FieldKind::Number { .. } | FieldKind::Integer { .. }, Json::Number(x)) => {
            Some(FieldValue::Number(*x))
        }
        (FieldKind::Bool, Json::Bool(b)) => Some(FieldValue::Bool(*b)),
        (FieldKind::Choice(_), Json::String(s)) => Some(FieldValue::Choice(s.clone())),
        (FieldKind::MonthDayRange, Json::Object(entries)) => read_season(p, spec, path, entries),
        (FieldKind::Monthly12 { .. }, Json::Array(items)) => {
            read_twelve(p, path, items, &expected(spec), Expected::Field(spec.path))
                .map(FieldValue::Monthly)
        }
        (_, v) => wrong(p, v),
    }
}

fn read_season(
    p: &mut Parsed,
    spec: &FieldSpec,
    path: &str,
    entries: &[(String, Json)],
) -> Option<FieldValue> {
    let (mut start, mut end) = (None, None);
    let mut ok = true;
    for (key, value, sub) in p.unique(path, entries) {
        let slot = match key {
            "start" => &mut start,
            "end" => &mut end,
            _ => {
                p.problem(
                    &sub,
                    format!(
                        "unknown field{}; expected {}",
                        did_you_mean(key, ["start", "end"]),
                        expected(spec)
                    ),
                    unknown(key, vec!["start", "end"]),
                );
                ok = false;
                continue;
            }
        };
        match value {
            Json::String(s) => *slot = Some(s.clone()),
            other => {
                p.wrong_type(&sub, "a date string \"MM-DD\"", Expected::DateString, other);
                ok = false;
            }
        }
    }
    for (name, given) in [("start", &start), ("end", &end)] {
        if given.is_none() && ok {
            p.problem(
                path,
                format!("\"{name}\" is missing; expected {}", expected(spec)),
                ProblemKind::MissingKey {
                    key: name,
                    expected: Expected::Field(spec.path),
                },
            );
            ok = false;
        }
    }
    match (ok, start, end) {
        (true, Some(start), Some(end)) => Some(FieldValue::Season { start, end }),
        _ => {
            p.bad.insert(path.to_string());
            None
        }
    }
}

/// Exactly 12 numbers; `what` says what is expected, for the message.
fn read_twelve(
    p: &mut Parsed,
    path: &str,
    items: &[Json],
    what: &str,
    expected: Expected,
) -> Option<[f64; 12]> {
    if items.len() != 12 {
        p.problem(
            path,
            format!("has {} values; expected {what}", items.len()),
            ProblemKind::WrongCount {
                expected,
                found: items.len(),
            },
        );
        return None;
    }
    let mut out = [0.0; 12];
    let mut ok = true;
    for (i, item) in items.iter().enumerate() {
        match item {
            Json::Number(x) => out[i] = *x,
            other => {
                let at = format!("{path}[{i}]");
                p.wrong_type(&at, "a number", Expected::Number { unit: "" }, other);
                ok = false;
            }
        }
    }
    if !ok {
        p.bad.insert(path.to_string());
    }
    ok.then_some(out)
}

fn read_weather(p: &mut Parsed, value: &Json) -> WeatherSection {
    let mut w = WeatherSection::default();
    let Json::Object(entries) = value else {
        p.wrong_type(
            "weather",
            "an object such as {\"builtin\": \"po-valley\"}",
            Expected::WeatherObject,
            value,
        );
        return w;
    };
    for (key, value, path) in p.unique("weather", entries) {
        match key {
            "builtin" => w.builtin = read_string(p, &path, value),
            "epw_file" => w.epw_file = read_string(p, &path, value),
            "csv_file" => w.csv_file = read_string(p, &path, value),
            "monthly_means_c" => match value {
                Json::Array(items) => {
                    w.monthly_means_c = read_twelve(
                        p,
                        &path,
                        items,
                        "12 monthly means, °C, January first",
                        Expected::MonthlyMeans,
                    );
                }
                other => p.wrong_type(
                    &path,
                    "an array of 12 numbers, °C",
                    Expected::MonthlyMeans,
                    other,
                ),
            },
            "outdoor_profile" => {
                let driver = crate::drivers::Driver::OutdoorC;
                w.outdoor_profile = super::profiles::read_profile(p, driver, &path, value);
            }
            "diurnal_amplitude_k" => match value {
                Json::Number(x) => w.diurnal_amplitude_k = Some(*x),
                other => {
                    p.wrong_type(&path, "a number, K", Expected::Number { unit: "K" }, other);
                }
            },
            _ => {
                let hint = did_you_mean(key, WEATHER_KEYS);
                p.problem(&path, format!("unknown field{hint}; weather takes one of builtin, epw_file, csv_file or monthly_means_c (with diurnal_amplitude_k), and outdoor_profile"), unknown(key, WEATHER_KEYS.to_vec()));
            }
        }
    }
    w
}

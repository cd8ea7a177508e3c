//! Structure of a portfolio file: keys, types, identifiers, coordinates, duplicates and
//! provenance tags. Scenario sections are only checked to be objects here; their fields are
//! checked by the scenario reader once merged ([`super::merge`]).

use super::{MAX_ENTRIES, MAX_TARGET_HOMES, NETWORK_SECTIONS, PROVENANCE_TAGS, SITE_SECTIONS};
use crate::scenario::{field, Problem};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

const TOP_KEYS: [&str; 7] = [
    "name",
    "description",
    "sources",
    "target_homes",
    "provenance",
    "networks",
    "sites",
];
const NETWORK_KEYS: [&str; 6] = ["id", "name", "lat", "lon", "preset", "provenance"];
const SITE_KEYS: [&str; 6] = ["name", "lat", "lon", "network", "preset", "provenance"];
const MAX_NAME_CHARS: usize = 200;
const MAX_ID_CHARS: usize = 64;

/// One network or site as read, before presets are merged.
#[derive(Debug, Default)]
pub(crate) struct RawEntry {
    pub id: String,
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    /// For a site: the network id it names.
    pub network: String,
    pub preset: Option<String>,
    pub sections: Map<String, Value>,
    pub provenance: BTreeMap<String, String>,
}

/// The portfolio as read. Entries that failed keep their place (so indices stay right).
#[derive(Debug, Default)]
pub(crate) struct RawPortfolio {
    pub name: String,
    pub description: Option<String>,
    pub sources: Vec<String>,
    pub target_homes: Option<f64>,
    pub provenance: BTreeMap<String, String>,
    pub networks: Vec<RawEntry>,
    pub sites: Vec<RawEntry>,
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn shorten(s: &str) -> String {
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s.to_owned()
    }
}

fn wrong_type(out: &mut Vec<Problem>, path: &str, want: &str, v: &Value) {
    out.push(Problem::new(
        path,
        format!("expected {want}, found {}", kind_of(v)),
    ));
}

fn read_name(out: &mut Vec<Problem>, path: &str, v: &Value) -> String {
    match v {
        Value::String(s) if s.trim().is_empty() => {
            out.push(Problem::new(path, "is empty; give a name"));
            String::new()
        }
        Value::String(s) if s.chars().count() > MAX_NAME_CHARS => {
            out.push(Problem::new(
                path,
                format!(
                    "\"{}\" has {} characters; allowed 1 to {MAX_NAME_CHARS}",
                    shorten(s),
                    s.chars().count()
                ),
            ));
            String::new()
        }
        Value::String(s) => s.clone(),
        _ => {
            wrong_type(out, path, "a string", v);
            String::new()
        }
    }
}

fn read_text(out: &mut Vec<Problem>, path: &str, v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        _ => {
            wrong_type(out, path, "a string", v);
            None
        }
    }
}

fn read_id(out: &mut Vec<Problem>, path: &str, v: &Value) -> String {
    let Value::String(s) = v else {
        wrong_type(out, path, "a string", v);
        return String::new();
    };
    let ok_chars = s
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if s.is_empty() || s.chars().count() > MAX_ID_CHARS || !ok_chars {
        out.push(Problem::new(
            path,
            format!(
                "\"{}\" is not an id; allowed 1 to {MAX_ID_CHARS} ASCII letters, digits, '-', '_' or '.'",
                shorten(s)
            ),
        ));
        return String::new();
    }
    s.clone()
}

fn read_coordinate(out: &mut Vec<Problem>, path: &str, v: Option<&Value>, max: f64) -> f64 {
    let unit = if max < 100.0 { "latitude" } else { "longitude" };
    match v {
        None => {
            out.push(Problem::new(
                path,
                format!("missing; give the {unit} in WGS84 degrees, -{max} to {max}"),
            ));
            0.0
        }
        Some(Value::Number(n)) => match n.as_f64() {
            Some(x) if (-max..=max).contains(&x) => x,
            _ => {
                out.push(Problem::new(
                    path,
                    format!("{n} is out of range; allowed -{max} to {max} ({unit}, WGS84 degrees)"),
                ));
                0.0
            }
        },
        Some(other) => {
            wrong_type(out, path, "a number", other);
            0.0
        }
    }
}

/// Provenance: an object of field → note, each note starting with a tag of
/// [`PROVENANCE_TAGS`]; `keys_ok` says which keys are allowed.
fn read_provenance(
    out: &mut Vec<Problem>,
    path: &str,
    v: &Value,
    keys_ok: &dyn Fn(&str) -> bool,
    keys_help: &str,
) -> BTreeMap<String, String> {
    let mut notes = BTreeMap::new();
    let Value::Object(map) = v else {
        wrong_type(out, path, "an object of field → tagged note", v);
        return notes;
    };
    for (key, note) in map {
        let p = format!("{path}.{key}");
        if !keys_ok(key) {
            out.push(Problem::new(
                &p,
                format!(
                    "\"{}\" is not a field of this entry; allowed {keys_help}",
                    shorten(key)
                ),
            ));
            continue;
        }
        match note {
            Value::String(s) if PROVENANCE_TAGS.iter().any(|t| s.starts_with(t)) => {
                notes.insert(key.clone(), s.clone());
            }
            Value::String(s) => out.push(Problem::new(
                &p,
                format!(
                    "\"{}\" does not start with a tag; start with [P] (published), [D] (derived), [A] (assumed) or [2°] (secondary source)",
                    shorten(s)
                ),
            )),
            other => wrong_type(out, &p, "a string", other),
        }
    }
    notes
}

/// Whether `key` names a field of one of `sections` (or a whole section, or `extra`).
fn entry_key_ok(key: &str, sections: &[&str], extra: &[&str]) -> bool {
    extra.contains(&key)
        || sections.contains(&key)
        || (field(key).is_some() && sections.iter().any(|s| key.starts_with(&format!("{s}."))))
        || (sections.contains(&"weather") && key.starts_with("weather."))
}

fn unknown_key(out: &mut Vec<Problem>, path: &str, allowed: &[&str]) {
    out.push(Problem::new(
        path,
        format!("unknown field; allowed {}", allowed.join(", ")),
    ));
}

fn read_entry(out: &mut Vec<Problem>, path: &str, v: &Value, site: bool) -> RawEntry {
    let mut e = RawEntry::default();
    let Value::Object(map) = v else {
        wrong_type(out, path, "an object", v);
        return e;
    };
    let (keys, sections, extra): (&[&str], &[&str], &[&str]) = if site {
        (&SITE_KEYS, &SITE_SECTIONS, &["name", "location", "network"])
    } else {
        (&NETWORK_KEYS, &NETWORK_SECTIONS, &["name", "location"])
    };
    for (key, value) in map {
        let p = format!("{path}.{key}");
        match key.as_str() {
            "id" if !site => e.id = read_id(out, &p, value),
            "name" => e.name = read_name(out, &p, value),
            "network" if site => e.network = read_id(out, &p, value),
            "lat" | "lon" => {}
            "preset" => e.preset = read_text(out, &p, value),
            "provenance" => {
                let help = format!(
                    "{}, or a field path of {}",
                    extra.join(", "),
                    sections.join(", ")
                );
                e.provenance =
                    read_provenance(out, &p, value, &|k| entry_key_ok(k, sections, extra), &help);
            }
            s if sections.contains(&s) => match value {
                Value::Object(_) => {
                    e.sections.insert(key.clone(), value.clone());
                }
                other => wrong_type(out, &p, "an object", other),
            },
            _ => {
                let allowed: Vec<&str> = keys.iter().chain(sections).copied().collect();
                unknown_key(out, &p, &allowed);
            }
        }
    }
    e.lat = read_coordinate(out, &format!("{path}.lat"), map.get("lat"), 90.0);
    e.lon = read_coordinate(out, &format!("{path}.lon"), map.get("lon"), 180.0);
    for required in ["name", if site { "network" } else { "id" }] {
        if !map.contains_key(required) {
            out.push(Problem::new(
                format!("{path}.{required}"),
                "missing; required",
            ));
        }
    }
    e
}

fn read_list(out: &mut Vec<Problem>, top: &Map<String, Value>, key: &str) -> Vec<RawEntry> {
    let site = key == "sites";
    match top.get(key) {
        None => {
            out.push(Problem::new(key, "missing; give at least one entry"));
            Vec::new()
        }
        Some(Value::Array(items)) if items.is_empty() => {
            out.push(Problem::new(key, "is empty; give at least one entry"));
            Vec::new()
        }
        Some(Value::Array(items)) if items.len() > MAX_ENTRIES => {
            out.push(Problem::new(
                key,
                format!("{} entries; allowed 1 to {MAX_ENTRIES}", items.len()),
            ));
            Vec::new()
        }
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, v)| read_entry(out, &format!("{key}[{i}]"), v, site))
            .collect(),
        Some(other) => {
            wrong_type(out, key, "an array", other);
            Vec::new()
        }
    }
}

/// Reports entries whose `key` (a non-empty string picked by `get`) repeats an earlier one.
fn duplicates(out: &mut Vec<Problem>, list: &str, entries: &[RawEntry], key: &str) {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, e) in entries.iter().enumerate() {
        let v = if key == "id" { &e.id } else { &e.name };
        if v.is_empty() {
            continue;
        }
        if let Some(first) = seen.get(v.as_str()) {
            out.push(Problem::new(
                format!("{list}[{i}].{key}"),
                format!(
                    "\"{}\" is already the {key} of {list}[{first}]; each {key} must be unique",
                    shorten(v)
                ),
            ));
        } else {
            seen.insert(v, i);
        }
    }
}

fn read_target(out: &mut Vec<Problem>, v: &Value) -> Option<f64> {
    match v {
        Value::Null => None,
        Value::Number(n) => match n.as_f64() {
            Some(x) if (0.0..=MAX_TARGET_HOMES).contains(&x) && x.fract() == 0.0 => Some(x),
            _ => {
                out.push(Problem::new(
                    "target_homes",
                    format!("{n} is out of range; allowed 0 to 100,000,000 (whole homes)"),
                ));
                None
            }
        },
        other => {
            wrong_type(out, "target_homes", "a number or null", other);
            None
        }
    }
}

/// Reads the structure of a portfolio tree, pushing every problem found.
pub(crate) fn read_portfolio(tree: &Value, out: &mut Vec<Problem>) -> RawPortfolio {
    let mut p = RawPortfolio::default();
    let Value::Object(top) = tree else {
        wrong_type(out, "", "a JSON object", tree);
        return p;
    };
    for (key, value) in top {
        match key.as_str() {
            "name" => p.name = read_text(out, "name", value).unwrap_or_default(),
            "description" => p.description = read_text(out, "description", value),
            "sources" => match value {
                Value::Array(items) => {
                    for (i, s) in items.iter().enumerate() {
                        if let Some(s) = read_text(out, &format!("sources[{i}]"), s) {
                            p.sources.push(s);
                        }
                    }
                }
                other => wrong_type(out, "sources", "an array of strings", other),
            },
            "target_homes" => p.target_homes = read_target(out, value),
            "provenance" => {
                p.provenance = read_provenance(
                    out,
                    "provenance",
                    value,
                    &|k| matches!(k, "name" | "target_homes"),
                    "name, target_homes",
                );
            }
            "networks" | "sites" => {}
            _ => unknown_key(out, key, &TOP_KEYS),
        }
    }
    p.networks = read_list(out, top, "networks");
    p.sites = read_list(out, top, "sites");
    duplicates(out, "networks", &p.networks, "id");
    duplicates(out, "networks", &p.networks, "name");
    duplicates(out, "sites", &p.sites, "name");
    p
}

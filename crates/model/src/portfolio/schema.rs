//! The JSON Schema (draft 2020-12) of a portfolio file, for `heat-twin-cli schema
//! --portfolio`. The sections are taken from the scenario's schema
//! ([`crate::scenario::json_schema`]) so they cannot drift from it.

use super::{MAX_ENTRIES, MAX_TARGET_HOMES, NETWORK_SECTIONS, SITE_SECTIONS};
use crate::scenario::json_schema;
use serde_json::{json, Map, Value};

/// A tagged provenance note: starts with `[P]`, `[D]`, `[A]` or `[2°]`.
const TAG_PATTERN: &str = "^\\[(P|D|A|2°)\\]";

fn provenance(keys: &str) -> Value {
    json!({
        "type": "object",
        "description": format!("Tagged notes on where figures come from: keys {keys}; each value starts with [P] (published), [D] (derived), [A] (assumed) or [2°] (secondary source). docs/model/portfolio.md §5."),
        "additionalProperties": {"type": "string", "pattern": TAG_PATTERN}
    })
}

fn coordinate(max: f64, what: &str) -> Value {
    json!({"type": "number", "minimum": -max, "maximum": max, "description": format!("{what}, WGS84 degrees.")})
}

/// An entry's schema: its own keys, then the scenario sections it carries.
fn entry(
    scenario: &Map<String, Value>,
    sections: &[&str],
    own: Map<String, Value>,
    required: &[&str],
    what: &str,
) -> Value {
    let mut properties = own;
    for s in sections {
        if let Some(schema) = scenario.get(*s) {
            properties.insert((*s).to_owned(), schema.clone());
        }
    }
    json!({
        "type": "object",
        "description": what,
        "additionalProperties": false,
        "required": required,
        "properties": properties,
    })
}

/// The draft 2020-12 JSON Schema of a portfolio file. Beyond the schema, the reader also
/// refuses duplicate keys, duplicate network ids, network names and site names, sites naming
/// an unknown network or preset, and every scenario rule on the merged sections.
pub fn portfolio_json_schema() -> Value {
    let scenario = json_schema();
    let empty = Map::new();
    let sections = scenario["properties"].as_object().unwrap_or(&empty);
    let name = json!({"type": "string", "minLength": 1, "maxLength": 200});
    let preset = json!({"type": "string", "description": "Stem of a preset scenario file (scenarios/<stem>.json) whose sections fill this entry; the sections written beside it override it field by field, weather as a whole."});
    let mut network = Map::new();
    network.insert("id".into(), json!({"type": "string", "pattern": "^[A-Za-z0-9._-]{1,64}$", "description": "Identifier the sites name in their network; unique."}));
    network.insert("name".into(), name.clone());
    network.insert("lat".into(), coordinate(90.0, "Latitude"));
    network.insert("lon".into(), coordinate(180.0, "Longitude"));
    network.insert("preset".into(), preset.clone());
    network.insert(
        "provenance".into(),
        provenance(
            "name, location, a section or a field path of weather, network, storage, emissions",
        ),
    );
    let mut site = Map::new();
    site.insert("name".into(), name);
    site.insert("lat".into(), coordinate(90.0, "Latitude"));
    site.insert("lon".into(), coordinate(180.0, "Longitude"));
    site.insert(
        "network".into(),
        json!({"type": "string", "description": "The id of the network this site feeds."}),
    );
    site.insert("preset".into(), preset);
    site.insert("provenance".into(), provenance("name, location, network, a section or a field path of data_centre, recovery, economics"));
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:heat-twin:portfolio:1",
        "title": "heat-twin portfolio",
        "description": "Data centres (sites) feeding district heating networks (docs/model/portfolio.md). A site and the network it feeds make one scenario. Also required, beyond this schema: no key given twice; unique network ids, network names and site names; each site's network and each preset exist; every scenario rule holds on the merged sections.",
        "type": "object",
        "additionalProperties": false,
        "required": ["networks", "sites"],
        "properties": {
            "name": {"type": "string"},
            "description": {"type": "string"},
            "sources": {"type": "array", "items": {"type": "string"}},
            "target_homes": {"type": ["integer", "null"], "minimum": 0, "maximum": MAX_TARGET_HOMES, "description": "Homes the portfolio aims to heat; state its provenance."},
            "provenance": provenance("name, target_homes"),
            "networks": {"type": "array", "minItems": 1, "maxItems": MAX_ENTRIES,
                "items": entry(sections, &NETWORK_SECTIONS, network, &["id", "name", "lat", "lon"], "A district heating network: the network part of a scenario.")},
            "sites": {"type": "array", "minItems": 1, "maxItems": MAX_ENTRIES,
                "items": entry(sections, &SITE_SECTIONS, site, &["name", "lat", "lon", "network"], "A data centre: the data-centre part of a scenario and the network it feeds.")},
        }
    })
}

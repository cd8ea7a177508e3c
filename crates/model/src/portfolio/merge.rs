//! Presets, field-by-field overrides and the equivalent scenario of each site.

use super::read::{RawEntry, RawPortfolio};
use super::strict::parse_strict;
use super::{Portfolio, PortfolioNetwork, PortfolioSite, NETWORK_SECTIONS, SITE_SECTIONS};
use crate::scenario::{load_scenario, Problem, ValidScenario};
use serde_json::{Map, Value};

/// Merges `overrides` into `base`, section by section and field by field: a field written in
/// `overrides` replaces the same field of `base` (a field's value, such as
/// `network.heating_season` or `emissions.displaced_heat_kg_per_mwh`, is replaced whole,
/// never merged inside); fields only in `base` are kept. The `weather` section is one
/// choice of source, so a `weather` written in `overrides` replaces the preset's whole.
///
/// Example: base `{"data_centre": {"racks": 400, "pue": 1.3}}` with overrides
/// `{"data_centre": {"racks": 10}}` gives `{"data_centre": {"racks": 10, "pue": 1.3}}`.
pub fn merge_sections(
    base: &Map<String, Value>,
    overrides: &Map<String, Value>,
) -> Map<String, Value> {
    let mut out = base.clone();
    for (section, over) in overrides {
        match (out.get_mut(section), over) {
            (Some(Value::Object(into)), Value::Object(fields)) if section != "weather" => {
                for (k, v) in fields {
                    into.insert(k.clone(), v.clone());
                }
            }
            _ => {
                out.insert(section.clone(), over.clone());
            }
        }
    }
    out
}

/// The preset texts and, once read, their scenario sections (name, description and sources
/// dropped): each preset is parsed at most once per portfolio, however many entries use it.
struct Presets<'a> {
    texts: &'a [(&'a str, &'a str)],
    read: Vec<Option<Result<Map<String, Value>, String>>>,
}

impl<'a> Presets<'a> {
    fn new(texts: &'a [(&'a str, &'a str)]) -> Self {
        Presets {
            texts,
            read: vec![None; texts.len()],
        }
    }

    /// The sections of preset `stem` that belong to `wanted`, or a message why not.
    fn sections(&mut self, stem: &str, wanted: &[&str]) -> Result<Map<String, Value>, String> {
        let Some(i) = self.texts.iter().position(|(s, _)| *s == stem) else {
            let mut known: Vec<&str> = self.texts.iter().map(|(s, _)| *s).collect();
            known.sort_unstable();
            return Err(format!(
                "unknown preset \"{}\"; known: {}",
                stem.chars().take(60).collect::<String>(),
                if known.is_empty() {
                    "none".to_owned()
                } else {
                    known.join(", ")
                }
            ));
        };
        let text = self.texts[i].1;
        let top = self.read[i].get_or_insert_with(|| match parse_strict(text) {
            Ok(Value::Object(top)) => Ok(top
                .into_iter()
                .filter(|(k, _)| {
                    SITE_SECTIONS.contains(&k.as_str()) || NETWORK_SECTIONS.contains(&k.as_str())
                })
                .collect()),
            Ok(_) => Err(format!("preset \"{stem}\" is not a JSON object")),
            Err(e) => Err(format!("preset \"{stem}\" is not valid JSON: {e}")),
        });
        match top {
            Ok(top) => Ok(top
                .iter()
                .filter(|(k, _)| wanted.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()),
            Err(msg) => Err(msg.clone()),
        }
    }
}

/// The entry's sections: its preset's (if any), overridden by those written beside it.
fn entry_sections(
    e: &RawEntry,
    path: &str,
    presets: &mut Presets,
    wanted: &[&str],
    out: &mut Vec<Problem>,
) -> Option<Map<String, Value>> {
    match &e.preset {
        None => Some(e.sections.clone()),
        Some(stem) => match presets.sections(stem, wanted) {
            Ok(base) => Some(merge_sections(&base, &e.sections)),
            Err(msg) => {
                out.push(Problem::new(format!("{path}.preset"), msg));
                None
            }
        },
    }
}

/// The scenario JSON made of `name` and the given sections, in scenario-file order.
fn scenario_json(name: &str, parts: &[&Map<String, Value>]) -> Value {
    let mut s = Map::new();
    s.insert("name".into(), Value::String(name.to_owned()));
    for part in parts {
        for (k, v) in part.iter() {
            s.insert(k.clone(), v.clone());
        }
    }
    Value::Object(s)
}

/// Checks `scenario` with the scenario reader; problems are re-rooted at `prefix` and tagged
/// with `who` (`site "…"` or `network "…"`). `keep` picks the problems to report by path.
fn check(
    scenario: &Value,
    prefix: &str,
    who: &str,
    keep: &dyn Fn(&str) -> bool,
    out: &mut Vec<Problem>,
) -> Option<ValidScenario> {
    match load_scenario(&scenario.to_string()) {
        Ok(valid) => Some(valid),
        Err(problems) => {
            for p in problems.into_iter().filter(|p| keep(&p.path)) {
                let path = if p.path.is_empty() {
                    prefix.to_owned()
                } else {
                    format!("{prefix}.{}", p.path)
                };
                out.push(Problem {
                    path,
                    message: format!("{} [{who}]", p.message),
                    kind: p.kind,
                });
            }
            None
        }
    }
}

fn section_of(path: &str) -> &str {
    path.split(['.', '[']).next().unwrap_or("")
}

/// Merges presets, checks every network and site scenario, and assembles the portfolio.
/// Returns `None` when anything is wrong (the problems are in `out`).
pub(crate) fn build(
    raw: RawPortfolio,
    presets: &[(&str, &str)],
    out: &mut Vec<Problem>,
) -> Option<Portfolio> {
    let mut presets = Presets::new(presets);
    // Networks: merged sections, checked once on their own (site sections at defaults), so
    // that a bad network field is reported once under networks[j], not once per site.
    let mut networks = Vec::with_capacity(raw.networks.len());
    let mut network_ok = Vec::with_capacity(raw.networks.len());
    for (j, e) in raw.networks.iter().enumerate() {
        let path = format!("networks[{j}]");
        let sections = entry_sections(e, &path, &mut presets, &NETWORK_SECTIONS, out);
        let ok = sections.as_ref().is_some_and(|s| {
            let who = format!("network \"{}\"", e.id);
            check(&scenario_json(&e.name, &[s]), &path, &who, &|_| true, out).is_some()
        });
        network_ok.push(ok);
        networks.push(PortfolioNetwork {
            id: e.id.clone(),
            name: e.name.clone(),
            lat: e.lat,
            lon: e.lon,
            preset: e.preset.clone(),
            sections: sections.unwrap_or_default(),
            provenance: e.provenance.clone(),
        });
    }

    let mut sites = Vec::with_capacity(raw.sites.len());
    for (i, e) in raw.sites.iter().enumerate() {
        let path = format!("sites[{i}]");
        let index = networks
            .iter()
            .position(|n| !n.id.is_empty() && n.id == e.network);
        if index.is_none() && !e.network.is_empty() {
            let known: Vec<&str> = networks.iter().map(|n| n.id.as_str()).take(8).collect();
            out.push(Problem::new(
                format!("{path}.network"),
                format!(
                    "no network \"{}\"; the portfolio's network ids are {}",
                    e.network,
                    known.join(", ")
                ),
            ));
        }
        let Some(own) = entry_sections(e, &path, &mut presets, &SITE_SECTIONS, out) else {
            continue;
        };
        let Some(j) = index.filter(|&j| network_ok[j]) else {
            // No usable network: still check the site's own fields, against default network
            // sections, so that every problem is reported in one pass.
            let who = format!("site \"{}\"", e.name);
            let alone = scenario_json(&e.name, &[&own]);
            check(
                &alone,
                &path,
                &who,
                &|p| SITE_SECTIONS.contains(&section_of(p)),
                out,
            );
            continue;
        };
        let json = scenario_json(&e.name, &[&networks[j].sections, &own]);
        let who = format!("site \"{}\" on network \"{}\"", e.name, e.network);
        if let Some(scenario) = check(&json, &path, &who, &|_| true, out) {
            sites.push(PortfolioSite {
                name: e.name.clone(),
                lat: e.lat,
                lon: e.lon,
                network: e.network.clone(),
                network_index: j,
                preset: e.preset.clone(),
                provenance: e.provenance.clone(),
                scenario_json: json,
                scenario,
            });
        }
    }
    if !out.is_empty() || sites.len() != raw.sites.len() {
        return None;
    }
    Some(Portfolio {
        name: raw.name,
        description: raw.description,
        sources: raw.sources,
        target_homes: raw.target_homes,
        provenance: raw.provenance,
        networks,
        sites,
    })
}

//! A site of the region opened in the single-site twin, and what the twin gives back.
//!
//! *Open* (a site row's button) builds the site's equivalent scenario as the model does
//! (`PortfolioSite::scenario_json`: the site's data centre, recovery and economics with its
//! network's weather, network, storage and emissions, presets merged; [`site_scenario`]), loads
//! it into the twin
//! and shows the twin, remembering the portfolio's link and the site ([`Opened`]). Coming back
//! through the header's *Region* link opens that portfolio again; if the twin's
//! `data_centre`, `recovery` or `economics` changed meanwhile, they replace the site's
//! ([`write_back`]: written out in full, the site's `preset` dropped, so the site is exactly
//! what the twin showed). The network's sections are shared by every site on it and are not
//! carried back (the page says so).

use super::edit::EditError;
use super::Source;
use crate::i18n::{Arg, I18n};
use heat_twin_model::portfolio::{merge_sections, NETWORK_SECTIONS, SITE_SECTIONS};
use leptos::prelude::*;
use serde_json::{Map, Value};
use std::cell::RefCell;

/// A site opened in the twin.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    /// The region fragment of the portfolio it came from (src/region/link.rs).
    pub fragment: String,
    /// The site's name.
    pub site: String,
    /// The twin's scenario right after the site was loaded (as the twin serializes it).
    pub scenario: Value,
}

thread_local! {
    static OPENED: RefCell<Option<Opened>> = const { RefCell::new(None) };
}

/// Remembers the site opened in the twin (replacing any earlier one).
pub fn remember(opened: Opened) {
    OPENED.with(|o| *o.borrow_mut() = Some(opened));
}

/// The region fragment to come back to, if a site is open in the twin.
pub fn fragment() -> Option<String> {
    OPENED.with(|o| o.borrow().as_ref().map(|o| o.fragment.clone()))
}

/// Takes the opened site (the region page is shown again).
pub fn take() -> Option<Opened> {
    OPENED.with(|o| o.borrow_mut().take())
}

/// An entry's `wanted` sections: its preset's (if any), overridden field by field by those
/// written beside it ([`merge_sections`], as the model's portfolio reader does).
fn entry_sections(entry: &Value, wanted: &[&str]) -> Result<Map<String, Value>, String> {
    let pick = |v: &Value| -> Map<String, Value> {
        wanted
            .iter()
            .filter_map(|s| v.get(*s).map(|x| ((*s).to_owned(), x.clone())))
            .collect()
    };
    let base = match entry.get("preset").and_then(Value::as_str) {
        None => Map::new(),
        Some(stem) => {
            let text =
                crate::presets::preset(stem).ok_or_else(|| format!("no preset \"{stem}\""))?;
            let preset: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
            pick(&preset)
        }
    };
    Ok(merge_sections(&base, &pick(entry)))
}

/// The equivalent scenario (JSON) of site `name` and its preset stem: the site's name, its
/// `data_centre`, `recovery` and `economics` with its network's `weather`, `network`,
/// `storage` and `emissions`, presets merged — the model's `PortfolioSite::scenario_json`
/// (a test checks every site of the embedded portfolios against it), built here without the
/// model's whole portfolio reader, which the page's first download would otherwise carry.
pub fn site_scenario(text: &str, name: &str) -> Result<(String, Option<String>), String> {
    let top: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let list = |key: &str| top.get(key).and_then(Value::as_array).cloned();
    let site = list("sites")
        .unwrap_or_default()
        .into_iter()
        .find(|s| s.get("name").and_then(Value::as_str) == Some(name))
        .ok_or_else(|| format!("no site \"{name}\""))?;
    let id = site.get("network").and_then(Value::as_str).unwrap_or("");
    let network = list("networks")
        .unwrap_or_default()
        .into_iter()
        .find(|n| n.get("id").and_then(Value::as_str) == Some(id))
        .ok_or_else(|| format!("no network \"{id}\""))?;
    let mut scenario = entry_sections(&network, &NETWORK_SECTIONS)?;
    scenario.extend(entry_sections(&site, &SITE_SECTIONS)?);
    scenario.insert("name".into(), Value::from(name));
    let preset = site
        .get("preset")
        .and_then(Value::as_str)
        .map(str::to_owned);
    Ok((Value::Object(scenario).to_string(), preset))
}

/// The site sections of a scenario value (absent ones left out).
fn site_sections(scenario: &Value) -> Map<String, Value> {
    SITE_SECTIONS
        .iter()
        .filter_map(|s| scenario.get(*s).map(|v| ((*s).to_owned(), v.clone())))
        .collect()
}

/// Whether the twin's scenario `now` differs from `opened` in a site section.
pub fn changed(opened: &Value, now: &Value) -> bool {
    site_sections(opened) != site_sections(now)
}

/// The portfolio with site `name`'s `data_centre`, `recovery` and `economics` replaced by
/// those of `scenario` (a section it lacks is removed: the defaults) and its `preset` dropped;
/// everything else of the site and the portfolio kept.
pub fn write_back(text: &str, name: &str, scenario: &Value) -> Result<String, EditError> {
    let not = |why: &str| EditError::NotPortfolio(why.to_owned());
    let mut top: Value = serde_json::from_str(text).map_err(|e| not(&e.to_string()))?;
    let sites = top
        .get_mut("sites")
        .and_then(Value::as_array_mut)
        .ok_or_else(|| not("no \"sites\" array"))?;
    let site = sites
        .iter_mut()
        .filter_map(Value::as_object_mut)
        .find(|s| s.get("name").and_then(Value::as_str) == Some(name))
        .ok_or_else(|| EditError::NoSite(name.to_owned()))?;
    site.remove("preset");
    for s in SITE_SECTIONS {
        site.remove(s);
    }
    site.extend(site_sections(scenario));
    Ok(top.to_string())
}

/// The portfolio to show when the page opens on `source`: if a site of it was opened in the
/// twin and the twin's data centre, recovery or economics changed, the portfolio with them
/// written back, and a message saying what happened.
pub(super) fn come_back(source: Source, i18n: I18n) -> (Source, Option<String>) {
    let Some(opened) = take() else {
        return (source, None);
    };
    let Some(twin) = use_context::<crate::state::Twin>() else {
        return (source, None);
    };
    if source.fragment() != opened.fragment {
        return (source, None);
    }
    // The twin's message about the opened site has served.
    twin.notice.set(None);
    let lang = i18n.lang.get_untracked();
    let name = ("name", Arg::Text(opened.site.clone()));
    let now = twin
        .scenario
        .with_untracked(|s| serde_json::to_value(s))
        .unwrap_or_default();
    if !changed(&opened.scenario, &now) {
        let said = crate::i18n::translate(lang, "region-back-unchanged", &[name]);
        return (source, Some(said));
    }
    let written = source
        .text()
        .ok_or_else(|| EditError::NoSite(opened.site.clone()))
        .and_then(|text| write_back(&text, &opened.site, &now));
    match written {
        Ok(text) => {
            let said = crate::i18n::translate(lang, "region-back-changed", &[name]);
            (Source::Json(text), Some(said))
        }
        Err(e) => (source, Some(super::editor::message(lang, &e))),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // in a test a panic is the failure report
mod tests {
    use super::*;
    use serde_json::json;

    const PF: &str = include_str!("../../portfolios/example-shared.json");

    #[test]
    fn every_sites_scenario_is_the_models() {
        let presets: Vec<(&str, &str)> = crate::presets::PRESETS.to_vec();
        for (stem, text) in crate::region::portfolios::PORTFOLIOS {
            let p = heat_twin_model::portfolio::load_portfolio(text, &presets).unwrap();
            for site in &p.sites {
                let (json, preset) = site_scenario(text, &site.name).unwrap();
                let ours: Value = serde_json::from_str(&json).unwrap();
                assert_eq!(ours, site.scenario_json, "{stem}: {}", site.name);
                assert_eq!(preset, site.preset, "{stem}: {}", site.name);
            }
        }
        assert!(site_scenario("{\"sites\": []}", "A").is_err());
        assert!(site_scenario("not json", "A").is_err());
    }

    #[test]
    fn a_sites_scenario_is_the_models_and_its_changes_come_back() {
        let (json, preset) = site_scenario(PF, "Site B (preset with overrides)").unwrap();
        assert_eq!(preset.as_deref(), Some("settimo-milanese"));
        let opened: Value = serde_json::from_str(&json).unwrap();
        // The overrides beside the preset win: 100 racks of 10 kW (the preset has others).
        assert_eq!(opened["data_centre"]["racks"], json!(100));
        assert_eq!(opened["data_centre"]["rack_kw"], json!(10));
        assert!(site_scenario(PF, "Nobody").is_err());
        // The twin changes the racks and the network's homes.
        let mut now = opened.clone();
        now["data_centre"]["racks"] = json!(250);
        assert!(changed(&opened, &now));
        let mut only_network = opened.clone();
        only_network["network"]["homes"] = json!(9999);
        assert!(!changed(&opened, &only_network));
        now["network"]["homes"] = json!(9999);
        let back = write_back(PF, "Site B (preset with overrides)", &now).unwrap();
        let t: Value = serde_json::from_str(&back).unwrap();
        let site = &t["sites"][1];
        assert_eq!(site["data_centre"], now["data_centre"]);
        assert_eq!(site["recovery"], now["recovery"]);
        assert_eq!(site["economics"], now["economics"]);
        assert!(site.get("preset").is_none());
        assert_eq!(site["lat"], json!(45.49));
        // The network is not touched; nor is the other site.
        let orig: Value = serde_json::from_str(PF).unwrap();
        assert_eq!(t["networks"], orig["networks"]);
        assert_eq!(t["sites"][0], orig["sites"][0]);
        // The portfolio built from it gives the twin's site sections back exactly.
        let (again, preset) = site_scenario(&back, "Site B (preset with overrides)").unwrap();
        assert_eq!(preset, None);
        let again: Value = serde_json::from_str(&again).unwrap();
        assert!(!changed(&now, &again));
        assert_eq!(
            write_back(PF, "Nobody", &now),
            Err(EditError::NoSite("Nobody".into()))
        );
    }
}

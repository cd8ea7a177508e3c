//! Edits of the portfolio on the region page: add, duplicate and remove sites, and add the
//! sites of a CSV file (src/region/csv_import.rs). Each edit takes the portfolio's JSON text
//! and gives the edited text (or why it cannot be made); the page then runs the new text in
//! the worker, as any other portfolio, and writes it into the link.
//!
//! These functions check only what they need (the text is a portfolio object with a `sites`
//! array, the site named exists, the network named exists); the model checks the rest when
//! the edited portfolio runs (`heat_twin_model::portfolio::load_portfolio`), and the page
//! goes back to the last portfolio that ran if it refuses the edit (src/region/mod.rs).
//!
//! Names stay unique: a duplicate or an added site whose name is taken gets the first free
//! `"<name> (2)"`, `"<name> (3)"`, … ([`unique_name`]). The last site cannot be removed (the
//! model refuses an empty site list). The text is written compact, keys in sorted order
//! (serde_json's map); every value is kept, numbers bit for bit (`float_roundtrip`).

use serde_json::{Map, Value};

/// Why an edit cannot be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditError {
    /// The text is not a JSON object with a `sites` array (the message says why).
    NotPortfolio(String),
    /// No site has this name.
    NoSite(String),
    /// Removing the only site (a portfolio needs at least one).
    LastSite,
    /// No network has this id.
    NoNetwork(String),
    /// A coordinate out of range: which (`lat`, `lon`) and the value as written.
    Coordinate(&'static str, String),
    /// Nothing to add (a CSV file without one good row).
    NothingToAdd,
}

/// One network as the add-a-site form offers it.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkChoice {
    /// Its `id`.
    pub id: String,
    /// Its display name (the id when it has none).
    pub name: String,
    /// Latitude, WGS84 degrees (`None` when not a number).
    pub lat: Option<f64>,
    /// Longitude, WGS84 degrees.
    pub lon: Option<f64>,
}

/// A new site from the add-a-site form.
#[derive(Debug, Clone, PartialEq)]
pub struct NewSite {
    /// Wanted name (made unique; blank gives `fallback_name`).
    pub name: String,
    /// Name used when `name` is blank.
    pub fallback_name: String,
    /// `id` of the network it feeds.
    pub network: String,
    /// Preset stem filling its sections, if any.
    pub preset: Option<String>,
    /// Latitude; `None` takes the network's.
    pub lat: Option<f64>,
    /// Longitude; `None` takes the network's.
    pub lon: Option<f64>,
}

/// The portfolio's top-level object and its `sites` array, taken out of it (put back by
/// [`write`]).
fn parse(text: &str) -> Result<(Map<String, Value>, Vec<Value>), EditError> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(mut top)) => match top.remove("sites") {
            Some(Value::Array(sites)) => Ok((top, sites)),
            _ => Err(EditError::NotPortfolio(
                "not a portfolio object with a \"sites\" array".into(),
            )),
        },
        Ok(_) => Err(EditError::NotPortfolio(
            "not a portfolio object with a \"sites\" array".into(),
        )),
        Err(e) => Err(EditError::NotPortfolio(e.to_string())),
    }
}

fn write(mut top: Map<String, Value>, sites: Vec<Value>) -> String {
    top.insert("sites".into(), Value::Array(sites));
    Value::Object(top).to_string()
}

fn name_of(site: &Value) -> Option<&str> {
    site.get("name").and_then(Value::as_str)
}

/// The names of the portfolio's sites, in file order.
pub fn site_names(text: &str) -> Vec<String> {
    parse(text)
        .map(|(_, sites)| {
            sites
                .iter()
                .filter_map(name_of)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// The portfolio's networks, in file order (entries without a string `id` left out).
pub fn networks(text: &str) -> Vec<NetworkChoice> {
    let Ok((top, _)) = parse(text) else {
        return Vec::new();
    };
    let Some(Value::Array(nets)) = top.get("networks") else {
        return Vec::new();
    };
    nets.iter()
        .filter_map(|n| {
            let id = n.get("id")?.as_str()?.to_owned();
            Some(NetworkChoice {
                name: n
                    .get("name")
                    .and_then(Value::as_str)
                    .map_or_else(|| id.clone(), str::to_owned),
                lat: n.get("lat").and_then(Value::as_f64),
                lon: n.get("lon").and_then(Value::as_f64),
                id,
            })
        })
        .collect()
}

/// `wanted` if no name in `taken` equals it, else the first free `"<base> (n)"`, n ≥ 2, where
/// `base` is `wanted` without a `" (k)"` it already ends with (so a copy of "A (2)" is
/// "A (3)", not "A (2) (2)").
pub fn unique_name<'a>(wanted: &str, taken: impl IntoIterator<Item = &'a str> + Clone) -> String {
    let is_taken = |n: &str| taken.clone().into_iter().any(|t| t == n);
    if !is_taken(wanted) {
        return wanted.to_owned();
    }
    let base = match wanted.rsplit_once(" (") {
        Some((b, k))
            if k.ends_with(')')
                && k.len() > 1
                && k[..k.len() - 1].chars().all(|c| c.is_ascii_digit()) =>
        {
            b
        }
        _ => wanted,
    };
    (2u64..)
        .map(|n| format!("{base} ({n})"))
        .find(|n| !is_taken(n))
        .unwrap_or_else(|| wanted.to_owned())
}

/// The portfolio with a copy of site `name` right after it, named uniquely.
pub fn duplicate_site(text: &str, name: &str) -> Result<String, EditError> {
    let (top, mut sites) = parse(text)?;
    let i = sites
        .iter()
        .position(|s| name_of(s) == Some(name))
        .ok_or_else(|| EditError::NoSite(name.to_owned()))?;
    let names: Vec<String> = sites
        .iter()
        .filter_map(name_of)
        .map(str::to_owned)
        .collect();
    let new_name = unique_name(name, names.iter().map(String::as_str));
    let mut copy = sites[i].clone();
    if let Value::Object(m) = &mut copy {
        m.insert("name".into(), Value::String(new_name));
    }
    sites.insert(i + 1, copy);
    Ok(write(top, sites))
}

/// The portfolio without site `name`; refused when it is the only site.
pub fn remove_site(text: &str, name: &str) -> Result<String, EditError> {
    let (top, mut sites) = parse(text)?;
    let i = sites
        .iter()
        .position(|s| name_of(s) == Some(name))
        .ok_or_else(|| EditError::NoSite(name.to_owned()))?;
    if sites.len() <= 1 {
        return Err(EditError::LastSite);
    }
    sites.remove(i);
    Ok(write(top, sites))
}

/// Checks a coordinate: finite and within ±`max` degrees.
fn coordinate(which: &'static str, v: f64, max: f64) -> Result<f64, EditError> {
    if v.is_finite() && (-max..=max).contains(&v) {
        Ok(v)
    } else {
        Err(EditError::Coordinate(which, format!("{v}")))
    }
}

/// The portfolio with a new site at its end: `{"name", "lat", "lon", "network", "preset"?}`,
/// the coordinates the network's unless given. Returns the text and the name given.
pub fn add_site(text: &str, new: &NewSite) -> Result<(String, String), EditError> {
    let nets = networks(text);
    let net = nets
        .iter()
        .find(|n| n.id == new.network)
        .ok_or_else(|| EditError::NoNetwork(new.network.clone()))?;
    let lat = coordinate("lat", new.lat.or(net.lat).unwrap_or(f64::NAN), 90.0)?;
    let lon = coordinate("lon", new.lon.or(net.lon).unwrap_or(f64::NAN), 180.0)?;
    let mut site = Map::new();
    let wanted = match new.name.trim() {
        "" => new.fallback_name.trim(),
        n => n,
    };
    site.insert("lat".into(), Value::from(lat));
    site.insert("lon".into(), Value::from(lon));
    site.insert("network".into(), Value::String(net.id.clone()));
    if let Some(p) = new.preset.as_ref().filter(|p| !p.is_empty()) {
        site.insert("preset".into(), Value::String(p.clone()));
    }
    let (top, mut sites) = parse(text)?;
    let name = add_named(&mut sites, wanted, site);
    Ok((write(top, sites), name))
}

/// Appends `site` named `wanted` (made unique); returns the name given.
fn add_named(sites: &mut Vec<Value>, wanted: &str, mut site: Map<String, Value>) -> String {
    let names: Vec<String> = sites
        .iter()
        .filter_map(name_of)
        .map(str::to_owned)
        .collect();
    let name = unique_name(wanted, names.iter().map(String::as_str));
    site.insert("name".into(), Value::String(name.clone()));
    sites.push(Value::Object(site));
    name
}

/// The portfolio with `new` sites (objects with a `name`, e.g. from the CSV import) added
/// after its own, each name made unique against those before it; with `replace`, they take
/// the place of the portfolio's sites instead. Refused when `new` is empty. Returns the text and the names given, in order.
pub fn add_sites(
    text: &str,
    new: Vec<Map<String, Value>>,
    replace: bool,
) -> Result<(String, Vec<String>), EditError> {
    if new.is_empty() {
        return Err(EditError::NothingToAdd);
    }
    let (top, mut sites) = parse(text)?;
    if replace {
        sites.clear();
    }
    let names = new
        .into_iter()
        .map(|mut site| {
            let wanted = site
                .remove("name")
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            add_named(&mut sites, &wanted, site)
        })
        .collect();
    Ok((write(top, sites), names))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // in a test a panic is the failure report
mod tests {
    use super::*;
    use serde_json::json;

    const PF: &str = r#"{"name": "P", "target_homes": 600,
        "networks": [{"id": "small", "name": "Small", "lat": 45.5, "lon": 9.2,
                      "network": {"homes": 600}}],
        "sites": [
          {"name": "A", "lat": 45.51, "lon": 9.19, "network": "small",
           "data_centre": {"racks": 100, "rack_kw": 10.1}},
          {"name": "B", "lat": 45.49, "lon": 9.21, "network": "small", "preset": "settimo-milanese"}
        ]}"#;

    fn tree(text: &str) -> Value {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn unique_names_count_up_from_two_and_strip_an_earlier_count() {
        assert_eq!(unique_name("C", ["A", "B"]), "C");
        assert_eq!(unique_name("A", ["A", "B"]), "A (2)");
        assert_eq!(unique_name("A", ["A", "A (2)"]), "A (3)");
        // A copy of a copy: "A (2)" → base "A" → first free is "A (3)".
        assert_eq!(unique_name("A (2)", ["A", "A (2)"]), "A (3)");
        // Brackets that are not a count stay part of the name.
        assert_eq!(
            unique_name("Rozzano (TIM)", ["Rozzano (TIM)"]),
            "Rozzano (TIM) (2)"
        );
        assert_eq!(unique_name("X ()", ["X ()"]), "X () (2)");
    }

    #[test]
    fn duplicate_copies_every_field_right_after_the_original() {
        let out = tree(&duplicate_site(PF, "A").unwrap());
        let sites = out["sites"].as_array().unwrap();
        assert_eq!(sites.len(), 3);
        assert_eq!(sites[1]["name"], "A (2)");
        // Everything but the name is the original's, numbers bit for bit.
        let mut copy = sites[1].clone();
        copy["name"] = json!("A");
        assert_eq!(copy, sites[0]);
        assert_eq!(sites[1]["data_centre"]["rack_kw"].as_f64(), Some(10.1));
        assert_eq!(sites[2]["name"], "B");
        // The rest of the portfolio is kept.
        assert_eq!(out["target_homes"], 600);
        assert_eq!(out["networks"], tree(PF)["networks"]);
        // Duplicating again counts on.
        let again = tree(&duplicate_site(&out.to_string(), "A").unwrap());
        assert_eq!(again["sites"][1]["name"], "A (3)");
        assert_eq!(duplicate_site(PF, "Z"), Err(EditError::NoSite("Z".into())));
    }

    #[test]
    fn remove_keeps_the_others_and_refuses_the_last_site() {
        let one = remove_site(PF, "A").unwrap();
        let t = tree(&one);
        assert_eq!(t["sites"].as_array().unwrap().len(), 1);
        assert_eq!(t["sites"][0], tree(PF)["sites"][1]);
        assert_eq!(remove_site(&one, "B"), Err(EditError::LastSite));
        assert_eq!(remove_site(PF, "Z"), Err(EditError::NoSite("Z".into())));
    }

    #[test]
    fn add_takes_the_networks_place_and_a_unique_name() {
        let new = NewSite {
            name: " A ".into(),
            fallback_name: "New site".into(),
            network: "small".into(),
            preset: Some("brescia-pilot".into()),
            lat: None,
            lon: None,
        };
        let (text, name) = add_site(PF, &new).unwrap();
        assert_eq!(name, "A (2)");
        let t = tree(&text);
        assert_eq!(
            t["sites"][2],
            json!({"name": "A (2)", "lat": 45.5, "lon": 9.2, "network": "small",
                   "preset": "brescia-pilot"})
        );
        // Blank name: the fallback; given coordinates win; no preset, no key.
        let blank = NewSite {
            name: "  ".into(),
            preset: None,
            lat: Some(45.0),
            lon: Some(-9.0),
            ..new.clone()
        };
        let (text, name) = add_site(PF, &blank).unwrap();
        assert_eq!(name, "New site");
        assert_eq!(
            tree(&text)["sites"][2],
            json!({"name": "New site", "lat": 45.0, "lon": -9.0, "network": "small"})
        );
        let far = NewSite {
            lat: Some(91.0),
            ..new.clone()
        };
        assert_eq!(
            add_site(PF, &far),
            Err(EditError::Coordinate("lat", "91".into()))
        );
        let nowhere = NewSite {
            network: "big".into(),
            ..new
        };
        assert_eq!(
            add_site(PF, &nowhere),
            Err(EditError::NoNetwork("big".into()))
        );
    }

    #[test]
    fn added_rows_append_or_replace_with_unique_names() {
        let row = |n: &str| {
            let mut m = Map::new();
            m.insert("name".into(), json!(n));
            m.insert("network".into(), json!("small"));
            m
        };
        let (text, names) = add_sites(PF, vec![row("B"), row("C"), row("C")], false).unwrap();
        assert_eq!(names, ["B (2)", "C", "C (2)"]);
        assert_eq!(
            site_names(&text),
            ["A", "B", "B (2)", "C", "C (2)"].map(String::from)
        );
        let (text, names) = add_sites(PF, vec![row("B")], true).unwrap();
        assert_eq!(names, ["B"]);
        assert_eq!(site_names(&text), ["B"]);
        assert_eq!(add_sites(PF, vec![], true), Err(EditError::NothingToAdd));
        assert_eq!(add_sites(PF, vec![], false), Err(EditError::NothingToAdd));
    }

    #[test]
    fn text_that_is_not_a_portfolio_is_refused_not_changed() {
        for bad in ["", "[]", "{\"sites\": {}}", "{\"sites\": [1,"] {
            assert!(
                matches!(duplicate_site(bad, "A"), Err(EditError::NotPortfolio(_))),
                "{bad}"
            );
            assert!(matches!(
                remove_site(bad, "A"),
                Err(EditError::NotPortfolio(_))
            ));
        }
        assert!(networks("nonsense").is_empty());
        assert_eq!(
            networks(PF),
            vec![NetworkChoice {
                id: "small".into(),
                name: "Small".into(),
                lat: Some(45.5),
                lon: Some(9.2)
            }]
        );
    }
}

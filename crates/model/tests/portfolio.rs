//! Portfolio files (docs/model/portfolio.md): reading, presets and overrides, every problem
//! named by entry and field, the packaged presets, and the offline map's projection.

#![allow(clippy::unwrap_used)] // in a test a panic is the failure report

use heat_twin_model::portfolio::map::LOMBARDY_MAP;
use heat_twin_model::portfolio::{load_portfolio, merge_sections, Portfolio};
use heat_twin_model::scenario::{load_scenario, Problem};
use serde_json::{json, Value};

const PRESETS: &[(&str, &str)] = &[
    (
        "brescia-phase1",
        include_str!("../../../scenarios/brescia-phase1.json"),
    ),
    (
        "brescia-pilot",
        include_str!("../../../scenarios/brescia-pilot.json"),
    ),
    (
        "espoo-microsoft-fortum",
        include_str!("../../../scenarios/espoo-microsoft-fortum.json"),
    ),
    (
        "lombardy-150k-homes",
        include_str!("../../../scenarios/lombardy-150k-homes.json"),
    ),
    (
        "meta-odense",
        include_str!("../../../scenarios/meta-odense.json"),
    ),
    (
        "settimo-milanese",
        include_str!("../../../scenarios/settimo-milanese.json"),
    ),
    (
        "stockholm-data-parks",
        include_str!("../../../scenarios/stockholm-data-parks.json"),
    ),
];
const LOMBARDY: &str = include_str!("../../../portfolios/lombardy.json");
const EXAMPLE: &str = include_str!("../../../portfolios/example-shared.json");
const MAP: &str = include_str!("../../../data/map/lombardy-provinces.json");

fn load(v: &Value) -> Result<Portfolio, Vec<Problem>> {
    load_portfolio(&v.to_string(), PRESETS)
}

fn problems(v: &Value) -> Vec<String> {
    match load(v) {
        Ok(_) => panic!("expected problems for {v}"),
        Err(ps) => ps.iter().map(ToString::to_string).collect(),
    }
}

fn has(lines: &[String], start: &str, fragment: &str) {
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(start) && l.contains(fragment)),
        "no line starting {start:?} containing {fragment:?} in:\n{}",
        lines.join("\n")
    );
}

/// A valid portfolio: one network, one site, everything written out.
fn good() -> Value {
    json!({
        "name": "t",
        "target_homes": 1000,
        "networks": [{
            "id": "n1", "name": "Net one", "lat": 45.5, "lon": 9.2,
            "weather": {"builtin": "milan"},
            "network": {"homes": 1000, "takes_all_heat": false},
            "storage": {"volume_m3": 100}
        }],
        "sites": [{
            "name": "A", "lat": 45.51, "lon": 9.19, "network": "n1",
            "data_centre": {"racks": 10, "cooling": "air"},
            "recovery": {"heat_pump_max_mw": 1},
            "economics": {"pipe_length_km": 2}
        }]
    })
}

// ---------------------------------------------------------------- good portfolios

#[test]
fn site_and_network_make_the_hand_written_scenario() {
    let p = load(&good()).unwrap();
    let expected = json!({
        "name": "A",
        "weather": {"builtin": "milan"},
        "network": {"homes": 1000, "takes_all_heat": false},
        "storage": {"volume_m3": 100},
        "data_centre": {"racks": 10, "cooling": "air"},
        "recovery": {"heat_pump_max_mw": 1},
        "economics": {"pipe_length_km": 2}
    });
    assert_eq!(p.sites[0].scenario_json, expected);
    // The equivalent scenario is exactly what load_scenario makes of the hand-written file.
    let direct = load_scenario(&expected.to_string()).unwrap();
    assert_eq!(p.sites[0].scenario, direct);
    assert_eq!(p.sites[0].network_index, 0);
    assert_eq!(p.target_homes, Some(1000.0));
    assert_eq!((p.sites[0].lat, p.sites[0].lon), (45.51, 9.19));
    assert_eq!(p.sites_of(0).collect::<Vec<_>>(), vec![0]);
}

#[test]
fn preset_with_overrides_merges_field_by_field() {
    // Site: settimo-milanese's data centre (5,100 racks × 8 kW, air, utilisation 0.8, pue 1.3)
    // with racks and rack_kw overridden; network: settimo-milanese's network with homes
    // overridden and the rest (heating season, 95,000 → 500 homes, storage 6,000 m³) kept.
    let v = json!({
        "networks": [{"id": "m", "name": "M", "lat": 45.46, "lon": 9.19,
                      "preset": "settimo-milanese", "network": {"homes": 500}}],
        "sites": [{"name": "S", "lat": 45.47, "lon": 9.05, "network": "m",
                   "preset": "settimo-milanese",
                   "data_centre": {"racks": 100, "rack_kw": 10},
                   "recovery": {"heat_pump_max_mw": 0}}]
    });
    let p = load(&v).unwrap();
    let s = &p.sites[0].scenario_json;
    assert_eq!(s["data_centre"]["racks"], json!(100));
    assert_eq!(s["data_centre"]["rack_kw"], json!(10));
    assert_eq!(s["data_centre"]["utilisation"], json!(0.8)); // from the preset
    assert_eq!(s["data_centre"]["cooling"], json!("air")); // from the preset
    assert_eq!(s["recovery"]["heat_pump_max_mw"], json!(0)); // preset had 72
    assert_eq!(s["recovery"]["run_for_co2"], json!(true)); // from the preset
    assert_eq!(s["network"]["homes"], json!(500)); // preset had 95,000
    assert_eq!(
        s["network"]["heating_season"],
        json!({"start": "10-15", "end": "04-15"})
    );
    assert_eq!(s["storage"]["volume_m3"], json!(6000));
    assert_eq!(s["weather"], json!({"builtin": "milan"}));
    // The preset's name, description and sources are not carried over: the site names it.
    assert_eq!(s["name"], json!("S"));
    assert!(s.get("sources").is_none());
    let params = &p.sites[0].scenario.params;
    assert_eq!(params.data_centre.racks, 100.0);
    assert_eq!(params.network.homes, 500.0);
    assert_eq!(params.recovery.heat_pump_max_mw, 0.0);
}

#[test]
fn merge_replaces_fields_whole_and_weather_as_a_whole() {
    let base = json!({
        "network": {"homes": 10, "heating_season": {"start": "10-15", "end": "04-15"}},
        "weather": {"builtin": "milan"},
        "storage": {"volume_m3": 5}
    });
    let over = json!({
        "network": {"heating_season": {"start": "11-01"}},
        "weather": {"monthly_means_c": [0,1,2,3,4,5,6,7,8,9,10,11]}
    });
    let m = merge_sections(base.as_object().unwrap(), over.as_object().unwrap());
    assert_eq!(
        Value::Object(m),
        json!({
            // A field's value (here an object) is replaced, not merged inside.
            "network": {"homes": 10, "heating_season": {"start": "11-01"}},
            // weather is one choice of source: replaced as a whole, not mixed with builtin.
            "weather": {"monthly_means_c": [0,1,2,3,4,5,6,7,8,9,10,11]},
            "storage": {"volume_m3": 5}
        })
    );
}

#[test]
fn example_shared_loads_and_its_preset_site_equals_the_written_one() {
    let p = load_portfolio(EXAMPLE, PRESETS).unwrap();
    assert_eq!(p.networks.len(), 1);
    assert_eq!(p.sites.len(), 2);
    assert_eq!(p.sites_of(0).count(), 2);
    // Site A is written out; site B is settimo-milanese with overrides. They are identical data
    // centres: their resolved parameters are equal but for the dispatch rule that site B
    // inherits from the Settimo preset (`recovery.run_for_co2`, model version 2), which makes
    // it the cheaper site in the network's merit order (tests/portfolio_run.rs relies on it).
    assert!(!p.sites[0].scenario.params.recovery.run_for_co2);
    assert!(p.sites[1].scenario.params.recovery.run_for_co2);
    let mut b = p.sites[1].scenario.params;
    b.recovery.run_for_co2 = false;
    assert_eq!(p.sites[0].scenario.params, b);
    // The arithmetic of the description: 600 × 11.85 = 7,110 MWh of demand; each site
    // 100 × 10 kW × 0.8 = 0.8 MW IT, 60 % captured.
    let s = &p.sites[0].scenario.params;
    assert!((s.network.homes * s.network.home_heat_mwh - 7110.0).abs() < 1e-9);
    assert!(
        (s.data_centre.racks * s.data_centre.rack_kw * s.data_centre.utilisation - 800.0).abs()
            < 1e-9
    );
    assert_eq!(s.data_centre.capture_share, 0.6);
    assert!(!s.network.takes_all_heat);
}

#[test]
fn lombardy_loads_with_published_projects_and_tags() {
    let p = load_portfolio(LOMBARDY, PRESETS).unwrap();
    assert_eq!(p.target_homes, Some(150_000.0));
    assert_eq!(p.networks.len(), 4);
    assert_eq!(p.sites.len(), 15);
    let target = &p.provenance["target_homes"];
    assert!(
        target.starts_with("[A]") && target.contains("28,600"),
        "{target}"
    );
    // 28,600 = 1,350 + 1,250 + 21,000 + 5,000 (lombardy.md §0.4); 19 % of 150,000.
    assert_eq!(1_350 + 1_250 + 21_000 + 5_000, 28_600);
    assert_eq!((28_600.0_f64 / 150_000.0 * 100.0).round(), 19.0);
    for s in &p.sites {
        // The pairing rule: same town or within about 10 km of the network.
        assert!(
            s.scenario.params.economics.pipe_length_km <= 10.0,
            "{}",
            s.name
        );
        assert!(s.provenance.contains_key("location"), "{}", s.name);
    }
    // Published figures kept: Avalon 3 is 3.2 MW IT with a 2.5 MW heat pump.
    let avalon = p
        .sites
        .iter()
        .find(|s| s.name.contains("Avalon 3"))
        .unwrap();
    let dc = &avalon.scenario.params.data_centre;
    assert!((dc.racks * dc.rack_kw - 3200.0).abs() < 1e-9);
    assert_eq!(avalon.scenario.params.recovery.heat_pump_max_mw, 2.5);
    // Milan's network: 95,000 × 11.85 = 1,125,750 MWh ≈ 225 GWh ÷ 0.20 (lombardy.md §1.2).
    let milano = &p.networks[p.sites[1].network_index];
    assert_eq!(milano.id, "milano");
    let net = &avalon.scenario.params.network;
    assert!((net.homes * net.home_heat_mwh / 225_000.0 - 5.0).abs() < 0.01);
    assert_eq!(avalon.scenario.params.storage.volume_m3, 9000.0);
}

// ---------------------------------------------------------------- bad portfolios

#[test]
fn unknown_preset_names_the_entry() {
    let mut v = good();
    v["sites"][0]["preset"] = json!("nope");
    v["networks"][0]["preset"] = json!("milano-ovest");
    let l = problems(&v);
    has(
        &l,
        "sites[0].preset: ",
        "unknown preset \"nope\"; known: brescia-phase1",
    );
    has(
        &l,
        "networks[0].preset: ",
        "unknown preset \"milano-ovest\"",
    );
}

#[test]
fn bad_coordinates_are_refused_with_their_range() {
    let mut v = good();
    v["sites"][0]["lat"] = json!(91);
    v["sites"][0]["lon"] = json!("9.2");
    v["networks"][0]["lon"] = json!(-180.5);
    v["networks"][0].as_object_mut().unwrap().remove("lat");
    let l = problems(&v);
    has(
        &l,
        "sites[0].lat: ",
        "91 is out of range; allowed -90 to 90",
    );
    has(&l, "sites[0].lon: ", "expected a number, found a string");
    has(
        &l,
        "networks[0].lon: ",
        "-180.5 is out of range; allowed -180 to 180",
    );
    has(&l, "networks[0].lat: ", "missing");
}

#[test]
fn bad_override_names_the_site_and_field() {
    let mut v = good();
    v["sites"][0]["data_centre"]["racks"] = json!(2_000_000);
    v["sites"][0]["data_centre"]["rackz"] = json!(1);
    v["sites"][0]["recovery"]["feed_in"] = json!("sideways");
    let l = problems(&v);
    has(&l, "sites[0].data_centre.racks: ", "out of range");
    has(
        &l,
        "sites[0].data_centre.racks: ",
        "[site \"A\" on network \"n1\"]",
    );
    has(&l, "sites[0].data_centre.rackz: ", "unknown field");
    has(&l, "sites[0].recovery.feed_in: ", "sideways");
    // A site may not carry network sections, nor a network site sections.
    let mut v = good();
    v["sites"][0]["network_section"] = json!({});
    v["sites"][0]["storage"] = json!({"volume_m3": 1});
    v["networks"][0]["data_centre"] = json!({"racks": 1});
    let l = problems(&v);
    has(
        &l,
        "sites[0].network_section: ",
        "unknown field; allowed name, lat, lon, network, preset, provenance, data_centre",
    );
    has(&l, "sites[0].storage: ", "unknown field");
    has(&l, "networks[0].data_centre: ", "unknown field");
}

#[test]
fn site_on_unknown_network() {
    let mut v = good();
    v["sites"][0]["network"] = json!("milano-ovest");
    let l = problems(&v);
    has(
        &l,
        "sites[0].network: ",
        "no network \"milano-ovest\"; the portfolio's network ids are n1",
    );
    assert_eq!(l.len(), 1, "{l:?}");
    // The site's own fields are still checked.
    v["sites"][0]["economics"]["pipe_length_km"] = json!(501);
    let l = problems(&v);
    has(
        &l,
        "sites[0].economics.pipe_length_km: ",
        "501 is out of range",
    );
    assert_eq!(l.len(), 2, "{l:?}");
}

#[test]
fn empty_or_missing_lists() {
    let mut v = good();
    v["sites"] = json!([]);
    has(&problems(&v), "sites: ", "is empty");
    let mut v = good();
    v.as_object_mut().unwrap().remove("networks");
    let l = problems(&v);
    has(&l, "networks: ", "missing");
    // Without networks the site's network id names nothing.
    has(&l, "sites[0].network: ", "no network \"n1\"");
    let mut v = good();
    v["sites"] = json!({"name": "A"});
    has(
        &problems(&v),
        "sites: ",
        "expected an array, found an object",
    );
}

#[test]
fn duplicate_names_and_ids() {
    let mut v = good();
    let site = v["sites"][0].clone();
    let net = v["networks"][0].clone();
    v["sites"].as_array_mut().unwrap().push(site);
    v["networks"].as_array_mut().unwrap().push(net);
    let l = problems(&v);
    has(
        &l,
        "sites[1].name: ",
        "\"A\" is already the name of sites[0]",
    );
    has(
        &l,
        "networks[1].id: ",
        "\"n1\" is already the id of networks[0]",
    );
    has(
        &l,
        "networks[1].name: ",
        "\"Net one\" is already the name of networks[0]",
    );
}

#[test]
fn bad_network_field_is_reported_once_under_the_network() {
    let mut v = good();
    v["networks"][0]["network"]["homes"] = json!(-5);
    let site = json!({"name": "B", "lat": 45.0, "lon": 9.0, "network": "n1",
                      "data_centre": {"pue": 9}});
    v["sites"].as_array_mut().unwrap().push(site);
    let l = problems(&v);
    let homes: Vec<_> = l.iter().filter(|x| x.contains("network.homes")).collect();
    assert_eq!(homes.len(), 1, "{l:?}");
    has(&l, "networks[0].network.homes: ", "[network \"n1\"]");
    // The site's own field is still checked while its network is broken.
    has(&l, "sites[1].data_centre.pue: ", "out of range");
}

#[test]
fn structure_top_level_and_provenance_problems() {
    let mut v = good();
    v["colour"] = json!("red");
    v["target_homes"] = json!(1.5);
    v["sources"] = json!(["ok", 3]);
    v["provenance"] = json!({"target_homes": "no tag", "sites": "[P] x"});
    v["networks"][0]["id"] = json!("has space");
    v["sites"][0]["name"] = json!("  ");
    v["sites"][0]["provenance"] =
        json!({"data_centre.racks": "[D] 10 × 1", "network.homes": "[P] y"});
    let l = problems(&v);
    has(&l, "colour: ", "unknown field; allowed name, description, sources, target_homes, provenance, networks, sites");
    has(
        &l,
        "target_homes: ",
        "1.5 is out of range; allowed 0 to 100,000,000 (whole homes)",
    );
    has(&l, "sources[1]: ", "expected a string, found a number");
    has(&l, "provenance.target_homes: ", "does not start with a tag");
    has(&l, "provenance.sites: ", "is not a field of this entry");
    has(&l, "networks[0].id: ", "\"has space\" is not an id");
    has(&l, "sites[0].name: ", "is empty");
    has(
        &l,
        "sites[0].provenance.network.homes: ",
        "is not a field of this entry",
    );
    assert!(!l.iter().any(|x| x.contains("data_centre.racks")), "{l:?}");
}

#[test]
fn syntax_errors_and_duplicate_keys_are_one_problem_with_position() {
    for text in [
        "{\"name\": \"x\",\n \"name\": \"y\"}",
        "{\"sites\": [",
        "[1]",
        "{\"target_homes\": NaN}",
    ] {
        let e = load_portfolio(text, PRESETS).unwrap_err();
        assert_eq!(e.len(), 1, "{text}: {e:?}");
        if text.starts_with('[') {
            assert_eq!(e[0].to_string(), "expected a JSON object, found an array");
        } else {
            assert!(
                e[0].path.is_empty() && e[0].message.contains("line"),
                "{e:?}"
            );
        }
    }
}

#[test]
fn a_broken_preset_file_is_named() {
    let presets: &[(&str, &str)] = &[("broken", "{\"data_centre\": ")];
    let mut v = good();
    v["sites"][0]["preset"] = json!("broken");
    let e = load_portfolio(&v.to_string(), presets).unwrap_err();
    assert!(
        e.iter().any(|p| p.path == "sites[0].preset"
            && p.message.contains("preset \"broken\" is not valid JSON")),
        "{e:?}"
    );
}

mod no_panic {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Cutting any slice out of a real portfolio never panics, and a result, if any, is
        /// either a portfolio or at least one problem.
        #[test]
        fn cut_portfolios_never_panic(a in 0usize..4000, len in 0usize..200) {
            let bytes = EXAMPLE.as_bytes();
            let a = a.min(bytes.len());
            let b = (a + len).min(bytes.len());
            let mut cut = bytes[..a].to_vec();
            cut.extend_from_slice(&bytes[b..]);
            if let Ok(text) = String::from_utf8(cut) {
                match load_portfolio(&text, PRESETS) {
                    Ok(p) => prop_assert!(!p.sites.is_empty()),
                    Err(e) => prop_assert!(!e.is_empty()),
                }
            }
        }
    }
}

// ---------------------------------------------------------------- the map

/// The rings of an SVG path made of `M x y`, `L x y` and `Z` (what prepare.py writes).
fn rings(path: &str) -> Vec<Vec<(f64, f64)>> {
    let mut out = Vec::new();
    for ring in path.split('Z').filter(|r| !r.is_empty()) {
        let pts = ring
            .split(['M', 'L'])
            .filter(|s| !s.is_empty())
            .map(|pt| {
                let mut it = pt.split(' ').map(|n| n.parse::<f64>().unwrap());
                (it.next().unwrap(), it.next().unwrap())
            })
            .collect();
        out.push(pts);
    }
    out
}

/// Even–odd point-in-polygon over all rings (holes included), by ray casting to +x.
fn inside(path: &str, (x, y): (f64, f64)) -> bool {
    let mut odd = false;
    for ring in rings(path) {
        for i in 0..ring.len() {
            let (x1, y1) = ring[i];
            let (x2, y2) = ring[(i + 1) % ring.len()];
            if (y1 > y) != (y2 > y) && x < x1 + (y - y1) * (x2 - x1) / (y2 - y1) {
                odd = !odd;
            }
        }
    }
    odd
}

fn province(map: &Value, code: u64) -> &Value {
    map["provinces"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["code"] == json!(code))
        .unwrap()
}

#[test]
fn map_file_carries_the_projection_of_the_code() {
    let map: Value = serde_json::from_str(MAP).unwrap();
    let pr = &map["projection"];
    assert_eq!(pr["lat0_deg"], json!(LOMBARDY_MAP.lat0_deg));
    assert_eq!(pr["lon_min_deg"], json!(LOMBARDY_MAP.lon_min_deg));
    assert_eq!(pr["lat_max_deg"], json!(LOMBARDY_MAP.lat_max_deg));
    assert_eq!(pr["units_per_deg"], json!(LOMBARDY_MAP.units_per_deg));
    assert_eq!(map["provinces"].as_array().unwrap().len(), 12);
    assert!(map["attribution"]
        .as_str()
        .unwrap()
        .contains("Openpolis, CC BY 4.0"));
    assert!(MAP.len() <= 60_000, "{} bytes", MAP.len());
}

#[test]
fn milan_and_brescia_fall_in_their_provinces() {
    let map: Value = serde_json::from_str(MAP).unwrap();
    let milan = LOMBARDY_MAP.project(45.4642, 9.19);
    let brescia = LOMBARDY_MAP.project(45.5416, 10.2118);
    for (point, code, other) in [(milan, 15, 17), (brescia, 17, 15)] {
        let p = province(&map, code);
        let b: Vec<f64> = p["bbox"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_f64().unwrap())
            .collect();
        assert!(
            b[0] <= point.0 && point.0 <= b[2] && b[1] <= point.1 && point.1 <= b[3],
            "{point:?} {b:?}"
        );
        let path = p["path"].as_str().unwrap();
        assert!(inside(path, point), "{code}");
        assert!(
            !inside(province(&map, other)["path"].as_str().unwrap(), point),
            "{code} in {other}"
        );
    }
}

#[test]
fn every_lombardy_site_and_network_is_on_the_map() {
    let map: Value = serde_json::from_str(MAP).unwrap();
    let paths: Vec<&str> = map["provinces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["path"].as_str().unwrap())
        .collect();
    let p = load_portfolio(LOMBARDY, PRESETS).unwrap();
    let points = p
        .sites
        .iter()
        .map(|s| (&s.name, s.lat, s.lon))
        .chain(p.networks.iter().map(|n| (&n.name, n.lat, n.lon)));
    for (name, lat, lon) in points {
        let xy = LOMBARDY_MAP.project(lat, lon);
        assert!(
            paths.iter().any(|path| inside(path, xy)),
            "{name} at {lat}, {lon} is outside Lombardy"
        );
    }
}

// ---------------------------------------------------------------- scale

/// A generated portfolio: `n` sites spread over 10 networks, presets with overrides.
fn generated(n: usize) -> Value {
    let networks: Vec<Value> = (0..10)
        .map(|j| {
            json!({"id": format!("n{j}"), "name": format!("Network {j}"),
                        "lat": 45.0 + j as f64 * 0.1, "lon": 9.0, "preset": "settimo-milanese",
                        "network": {"homes": 1000 + j * 100}})
        })
        .collect();
    let sites: Vec<Value> = (0..n)
        .map(|i| {
            json!({"name": format!("Site {i}"), "lat": 45.5, "lon": 9.2,
                        "network": format!("n{}", i % 10), "preset": "settimo-milanese",
                        "data_centre": {"racks": 10 + i}})
        })
        .collect();
    json!({"name": "generated", "networks": networks, "sites": sites})
}

#[test]
fn a_thousand_sites_load() {
    let p = load(&generated(1000)).unwrap();
    assert_eq!(p.sites.len(), 1000);
    assert_eq!(p.sites_of(3).count(), 100);
    assert_eq!(p.sites[999].scenario.params.data_centre.racks, 1009.0);
    assert_eq!(p.sites[999].scenario.params.network.homes, 1900.0);
}

/// Timing: `cargo test --release -p heat-twin-model --test portfolio -- --ignored --nocapture`.
#[test]
#[ignore]
fn timing_load_1000_sites() {
    let text = generated(1000).to_string();
    let runs = 10;
    let start = std::time::Instant::now();
    for _ in 0..runs {
        assert!(load_portfolio(&text, PRESETS).is_ok());
    }
    let per_run = start.elapsed().as_secs_f64() / runs as f64;
    println!(
        "load_portfolio, 1,000 sites on 10 networks: {:.1} ms per load ({} bytes)",
        per_run * 1e3,
        text.len()
    );
}

// ---------------------------------------------------------------- schema

#[test]
fn schema_sections_are_the_scenario_sections_and_cover_the_presets() {
    let schema = heat_twin_model::portfolio::portfolio_json_schema();
    let scenario = heat_twin_model::scenario::json_schema();
    let net = &schema["properties"]["networks"]["items"]["properties"];
    let site = &schema["properties"]["sites"]["items"]["properties"];
    for s in ["weather", "network", "storage", "emissions"] {
        assert_eq!(net[s], scenario["properties"][s], "{s}");
    }
    for s in ["weather", "storage", "emissions"] {
        assert!(site.get(s).is_none(), "{s}");
    }
    // A site's "network" is the id of the network it feeds, not the section.
    assert_eq!(site["network"]["type"], json!("string"));
    for s in ["data_centre", "recovery", "economics"] {
        assert_eq!(site[s], scenario["properties"][s], "{s}");
        assert!(net.get(s).is_none(), "{s}");
    }
    // Every key written in the packaged portfolios is in the schema (additionalProperties
    // is false at every level).
    for text in [LOMBARDY, EXAMPLE] {
        let v: Value = serde_json::from_str(text).unwrap();
        for k in v.as_object().unwrap().keys() {
            assert!(schema["properties"].get(k).is_some(), "{k}");
        }
        for (list, props) in [("networks", net), ("sites", site)] {
            for e in v[list].as_array().unwrap() {
                for (k, sec) in e.as_object().unwrap() {
                    assert!(props.get(k).is_some(), "{list}.{k}");
                    if let (Some(fields), Some(p)) = (sec.as_object(), props[k].get("properties")) {
                        if k != "provenance" {
                            for f in fields.keys() {
                                assert!(p.get(f).is_some(), "{list}.{k}.{f}");
                            }
                        }
                    }
                }
            }
        }
    }
    assert_eq!(
        schema["properties"]["sites"]["items"]["required"],
        json!(["name", "lat", "lon", "network"])
    );
}

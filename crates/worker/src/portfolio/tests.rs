//! The portfolio request against the model and the CLI's preset list.

use crate::{answer_text, Reply, Request};
use heat_twin_model::{scenario::load_scenario, simulate, weather::load_weather};

fn clock() -> f64 {
    thread_local!(static T0: std::time::Instant = std::time::Instant::now());
    T0.with(|t| t.elapsed().as_secs_f64() * 1000.0)
}

/// The presets the example names, as the page sends them.
fn presets() -> Vec<(String, String)> {
    vec![(
        "settimo-milanese".into(),
        include_str!("../../../../scenarios/settimo-milanese.json").into(),
    )]
}

fn replies(portfolio: &str) -> Vec<Reply> {
    let text = serde_json::to_string(&Request::Portfolio {
        id: 11,
        portfolio: portfolio.into(),
        presets: presets(),
    })
    .expect("serialises");
    let mut out = Vec::new();
    answer_text(&text, &clock, &mut |r| out.push(r.clone()));
    out
}

const EXAMPLE: &str = include_str!("../../../../portfolios/example-shared.json");

#[test]
fn a_site_alone_on_its_network_gives_what_simulate_gives() {
    // One site on one network: the portfolio is the single-site scenario (portfolio.md §9).
    let portfolio = r#"{"name": "one", "networks": [{"id": "n", "name": "N", "lat": 45.5,
        "lon": 9.2, "weather": {"builtin": "milan"}, "network": {"homes": 2000}}],
        "sites": [{"name": "S", "lat": 45.51, "lon": 9.19, "network": "n",
        "data_centre": {"racks": 200, "cooling": "direct_to_chip"}}]}"#;
    let r = replies(portfolio);
    let Some(Reply::Portfolio { id: 11, answer }) = r.last() else {
        panic!("{r:?}")
    };
    let scenario = r#"{"weather": {"builtin": "milan"}, "network": {"homes": 2000},
        "data_centre": {"racks": 200, "cooling": "direct_to_chip"}}"#;
    let v = load_scenario(scenario).expect("valid");
    let t = load_weather(&v.weather, |_| Err("none".into())).expect("weather");
    let alone = simulate(&v.params, &t).summary;
    let site = &answer.sites[0];
    let rel = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs().max(1.0);
    assert!(rel(site.heat_delivered_mwh, alone.heat_delivered_mwh));
    assert!(rel(site.homes_equivalent, alone.homes_equivalent));
    assert!(rel(
        answer.networks[0].demand_mwh,
        alone.network_demand_mwh.expect("a demand")
    ));
    let agg = answer.summary["heat_delivered_mwh"]
        .as_f64()
        .expect("a number");
    assert!(rel(agg, alone.heat_delivered_mwh));
    // Direct-to-chip water is hot enough for a 3G network with a heat exchanger alone.
    assert_eq!(site.lat, 45.51);
}

#[test]
fn the_shared_example_never_gives_a_network_more_than_its_demand() {
    let r = replies(EXAMPLE);
    let Some(Reply::Portfolio { answer, .. }) = r.last() else {
        panic!("{r:?}")
    };
    assert_eq!(answer.target_homes, Some(600.0));
    assert!(answer
        .target_provenance
        .as_deref()
        .is_some_and(|p| p.starts_with("[A]")));
    let net = &answer.networks[0];
    assert_eq!(net.sites, 2);
    let sum: f64 = answer.sites.iter().map(|s| s.heat_delivered_mwh).sum();
    assert!((sum - net.dc_heat_mwh).abs() <= 1e-9 * sum.max(1.0));
    assert!(net.dc_heat_mwh <= net.demand_mwh);
    // Both sites run a heat pump on air-cooled heat (the file's description).
    assert!(
        answer.sites.iter().all(|s| s.mode == "heat_pump"),
        "{:?}",
        answer.sites
    );
    // The aggregate's amounts are sums of the sites' (portfolio.md §9).
    let agg = answer.summary["heat_delivered_mwh"]
        .as_f64()
        .expect("a number");
    assert!((agg - sum).abs() <= 1e-9 * sum.max(1.0));
}

#[test]
fn a_bad_portfolio_fails_naming_the_site_and_field() {
    let bad = EXAMPLE.replace(
        r#""racks": 100, "rack_kw": 10, "utilisation""#,
        r#""racks": -5, "rack_kw": 10, "utilisation""#,
    );
    assert_ne!(bad, EXAMPLE);
    let r = replies(&bad);
    let Some(Reply::Failed { id: 11, message }) = r.last() else {
        panic!("{r:?}")
    };
    assert!(message.contains("sites[0].data_centre.racks"), "{message}");
}

#[test]
fn a_preset_the_page_did_not_send_is_named() {
    let text = serde_json::to_string(&Request::Portfolio {
        id: 4,
        portfolio: EXAMPLE.into(),
        presets: vec![],
    })
    .expect("serialises");
    let mut out = Vec::new();
    answer_text(&text, &clock, &mut |r| out.push(r.clone()));
    let Some(Reply::Failed { id: 4, message }) = out.last() else {
        panic!("{out:?}")
    };
    assert!(
        message.contains("sites[1]") && message.contains("settimo-milanese"),
        "{message}"
    );
}

#[test]
fn an_instrument_request_reads_as_before() {
    // The existing message, as the page posts it, is unchanged by the new variant.
    let text = r#"{"type":"run","id":2,"scenario":"{}","weather":null,
        "job":{"kind":"seek","input":"data_centre.racks","kpi":"homes_equivalent","target":100}}"#;
    assert!(matches!(
        serde_json::from_str::<Request>(text),
        Ok(Request::Run { id: 2, .. })
    ));
}

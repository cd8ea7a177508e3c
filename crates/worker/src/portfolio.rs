//! The region page's portfolio run in the worker (issue 8): a portfolio file in, the summaries
//! out — the aggregate, one row per network and one per site, never the hourly columns
//! (docs/model/portfolio.md §9; the same run as `heat-twin-cli portfolio`).

use heat_twin_model::params::{FeedIn, RecoveryParams};
use heat_twin_model::portfolio::{load_portfolio, run_portfolio_with_progress};
use heat_twin_model::weather::load_weather;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// One network's row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkRow {
    /// The network's `id`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Latitude, WGS84 degrees.
    pub lat: f64,
    /// Longitude, WGS84 degrees.
    pub lon: f64,
    /// Demand at the plant, MWh a year.
    pub demand_mwh: f64,
    /// Heat from the data centres, MWh a year.
    pub dc_heat_mwh: f64,
    /// Heat from the dispatchable plants after the data centres and the tank, MWh a year.
    pub backup_mwh: f64,
    /// How much more data-centre heat it could absorb (its dispatchable plants' heat), MWh a year.
    pub headroom_mwh: f64,
    /// Sites feeding it.
    pub sites: usize,
}

/// One site's row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SiteRow {
    /// The site's name.
    pub name: String,
    /// `id` of the network it feeds.
    pub network: String,
    /// Latitude, WGS84 degrees.
    pub lat: f64,
    /// Longitude, WGS84 degrees.
    pub lon: f64,
    /// How the heat is handed over: `direct`, `heat_pump` (a heat pump delivered heat in the
    /// year) or `return_line`.
    pub mode: String,
    /// Heat delivered, MWh a year.
    pub heat_delivered_mwh: f64,
    /// Heat offered but not taken, MWh a year.
    pub heat_offered_not_taken_mwh: f64,
    /// Its share of the network's demand (0–1; `None` when the demand is 0).
    pub share_of_network_demand: Option<f64>,
    /// Homes its delivered heat equals (`homes_equivalent` of its summary).
    pub homes_equivalent: f64,
}

/// A portfolio run's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PortfolioAnswer {
    /// The portfolio's `name`.
    pub name: String,
    /// Homes it aims to heat, if given.
    pub target_homes: Option<f64>,
    /// The target's provenance note from the file (`provenance.target_homes`), if any.
    pub target_provenance: Option<String>,
    /// The aggregate summary (as `heat-twin-cli portfolio` prints it under `summary`).
    pub summary: Map<String, Value>,
    /// The networks, in file order.
    pub networks: Vec<NetworkRow>,
    /// The sites, in file order.
    pub sites: Vec<SiteRow>,
    /// Time spent in the worker, ms (from reading the file to the answer).
    pub elapsed_ms: f64,
}

/// Reads, checks and runs a portfolio (JSON text); `presets` are the scenario files its
/// entries may name, as `(stem, JSON)` pairs (the page sends the ones it embeds, so the worker
/// carries none); `progress(done, total)` after each site. Every problem is returned, one line
/// each, naming the entry and field.
pub fn run(
    text: &str,
    presets: &[(&str, &str)],
    now: &dyn Fn() -> f64,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<PortfolioAnswer, String> {
    let started = now();
    let p = load_portfolio(text, presets).map_err(|problems| {
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    let mut temps = Vec::with_capacity(p.networks.len());
    let mut problems = Vec::new();
    for (j, net) in p.networks.iter().enumerate() {
        let t = match p.sites_of(j).next().and_then(|i| p.sites.get(i)) {
            Some(site) => load_weather(&site.scenario.weather, |f| {
                Err(format!(
                    "the weather file \"{f}\" cannot be read in the page"
                ))
            })
            .unwrap_or_else(|e| {
                problems.push(format!("networks[{j}].weather ({}): {}", net.id, e.message));
                Vec::new()
            }),
            None => Vec::new(),
        };
        temps.push(t);
    }
    if !problems.is_empty() {
        return Err(problems.join("\n"));
    }
    let run = run_portfolio_with_progress(&p, &temps, progress);
    let networks = run
        .networks
        .iter()
        .zip(&p.networks)
        .map(|(n, net)| NetworkRow {
            id: n.id.clone(),
            name: n.name.clone(),
            lat: net.lat,
            lon: net.lon,
            demand_mwh: n.demand_mwh,
            dc_heat_mwh: n.dc_heat_mwh,
            backup_mwh: n.backup_mwh,
            headroom_mwh: n.headroom_mwh,
            sites: n.sites.len(),
        })
        .collect();
    let sites = run
        .sites
        .iter()
        .zip(&p.sites)
        .map(|(s, site)| SiteRow {
            name: s.name.clone(),
            network: s.network.clone(),
            lat: site.lat,
            lon: site.lon,
            mode: mode(&site.scenario.params.recovery, &s.summary).to_string(),
            heat_delivered_mwh: s.heat_delivered_mwh,
            heat_offered_not_taken_mwh: s.heat_offered_not_taken_mwh,
            share_of_network_demand: s.share_of_network_demand,
            homes_equivalent: s.summary.homes_equivalent,
        })
        .collect();
    Ok(PortfolioAnswer {
        name: p.name.clone(),
        target_homes: p.target_homes,
        target_provenance: p.provenance.get("target_homes").cloned(),
        summary: run.summary,
        networks,
        sites,
        elapsed_ms: now() - started,
    })
}

/// The site's mode for the map's colours: `return_line` when it feeds the return; `heat_pump`
/// when its heat pump delivered heat in the year, or is allowed and nothing was delivered
/// (the heat-pump design the network did not take); else `direct` (a heat exchanger alone,
/// also when a heat pump is allowed but the capture was always hot enough).
pub fn mode(recovery: &RecoveryParams, s: &heat_twin_model::Summary) -> &'static str {
    match recovery.feed_in {
        FeedIn::ReturnLine => "return_line",
        _ if s.heat_pump_output_mwh > 0.0 => "heat_pump",
        _ if recovery.heat_pump && s.heat_delivered_mwh <= 0.0 => "heat_pump",
        _ => "direct",
    }
}

#[cfg(test)]
mod tests;

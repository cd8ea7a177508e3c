//! Portfolios: many data centres (sites) feeding many district heating networks
//! (docs/model/portfolio.md).
//!
//! A portfolio file names networks and sites. A **network** carries the network part of a
//! scenario (`network`, `storage`, `emissions`, `weather`); a **site** carries the data-centre
//! part (`data_centre`, `recovery`, `economics`) and the `id` of the network it feeds. A site
//! and its network make one scenario, which [`crate::scenario::load_scenario`] checks as any
//! scenario file. A `preset` fills an entry's sections from a preset scenario file; the
//! sections written beside it override it field by field ([`merge_sections`]).
//!
//! The model crate reads no files: the caller passes the preset texts as `(stem, json)`
//! pairs (the CLI and the app embed `scenarios/*.json`).
//!
//! [`load_portfolio`] reads, checks and builds everything in one step and reports every
//! problem, each naming the entry and field (`sites[3].data_centre.racks: …`,
//! `sites[5].network: no network "milano-ovest" …`). No input makes it panic.
//!
//! [`run_portfolio`] runs the sites of each network together, hour by hour, in the network's
//! merit order ([`clearing`]), and sums the summaries ([`aggregate`]).
//!
//! [`map`] places latitude/longitude on the packaged map of Lombardy's provinces.

pub mod aggregate;
pub mod clearing;
pub mod map;
mod merge;
mod network;
mod read;
mod run;
mod schema;
mod site;
mod site_pass;
mod strict;

pub use merge::merge_sections;
pub use network::{sites_kept, OFFER_BYTES};
pub use run::{
    run_portfolio, run_portfolio_with, run_portfolio_with_progress, NetworkRun, PortfolioRun,
    RunOptions, SiteRun, OFFER_CACHE_BYTES,
};
pub use schema::portfolio_json_schema;

use crate::scenario::{Problem, ValidScenario};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// The scenario sections a site carries, in scenario-file order.
pub const SITE_SECTIONS: [&str; 3] = ["data_centre", "recovery", "economics"];
/// The scenario sections a network carries, in scenario-file order.
pub const NETWORK_SECTIONS: [&str; 4] = ["weather", "network", "storage", "emissions"];
/// Provenance tags, as in the project's research notes: published, derived, assumed,
/// secondary source.
pub const PROVENANCE_TAGS: [&str; 4] = ["[P]", "[D]", "[A]", "[2°]"];
/// Most sites (and most networks) one portfolio may hold; keeps a run bounded.
pub const MAX_ENTRIES: usize = 10_000;
/// Largest `target_homes` accepted (ten times Italy's district-heated homes would still fit).
pub const MAX_TARGET_HOMES: f64 = 100_000_000.0;

/// A district heating network of a portfolio, with its sections resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioNetwork {
    /// Identifier the sites refer to (ASCII letters, digits, `-`, `_`, `.`; 1–64 characters).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Latitude, WGS84 degrees (−90…90).
    pub lat: f64,
    /// Longitude, WGS84 degrees (−180…180).
    pub lon: f64,
    /// Stem of the preset file that filled the sections, if any.
    pub preset: Option<String>,
    /// The network's `weather`, `network`, `storage` and `emissions` sections after the
    /// preset and the overrides are merged (absent sections take the scenario defaults).
    pub sections: Map<String, Value>,
    /// Provenance notes: field path (or `location`, `name`) → tagged note.
    pub provenance: BTreeMap<String, String>,
}

/// A data-centre site of a portfolio, with its equivalent scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioSite {
    /// Display name, unique in the portfolio.
    pub name: String,
    /// Latitude, WGS84 degrees (−90…90).
    pub lat: f64,
    /// Longitude, WGS84 degrees (−180…180).
    pub lon: f64,
    /// `id` of the network it feeds.
    pub network: String,
    /// Index of that network in [`Portfolio::networks`].
    pub network_index: usize,
    /// Stem of the preset file that filled the sections, if any.
    pub preset: Option<String>,
    /// Provenance notes: field path (or `location`, `name`, `network`) → tagged note.
    pub provenance: BTreeMap<String, String>,
    /// The equivalent scenario file: `name` (the site's), the site's `data_centre`,
    /// `recovery`, `economics` and the network's `weather`, `network`, `storage`, `emissions`,
    /// presets merged. `heat-twin-cli simulate` of this JSON is the site run alone.
    pub scenario_json: Value,
    /// That scenario, checked and resolved.
    pub scenario: ValidScenario,
}

/// A checked portfolio: every site's scenario is valid.
#[derive(Debug, Clone, PartialEq)]
pub struct Portfolio {
    /// The portfolio's `name` (empty when not given).
    pub name: String,
    /// The portfolio's `description`, if given.
    pub description: Option<String>,
    /// The portfolio's `sources` (empty when not given).
    pub sources: Vec<String>,
    /// Homes the portfolio aims to heat, if given (0…[`MAX_TARGET_HOMES`], whole homes).
    pub target_homes: Option<f64>,
    /// Provenance of portfolio-level figures (e.g. `target_homes`) → tagged note.
    pub provenance: BTreeMap<String, String>,
    /// The networks, in file order.
    pub networks: Vec<PortfolioNetwork>,
    /// The sites, in file order.
    pub sites: Vec<PortfolioSite>,
}

impl Portfolio {
    /// Indices into [`Portfolio::sites`] of the sites feeding network `index`, in file order.
    pub fn sites_of(&self, index: usize) -> impl Iterator<Item = usize> + '_ {
        self.sites
            .iter()
            .enumerate()
            .filter(move |(_, s)| s.network_index == index)
            .map(|(i, _)| i)
    }
}

/// Reads, checks and builds a portfolio in one step.
///
/// `presets` are the preset scenario files the entries may name, as `(stem, json)` pairs
/// (e.g. `("settimo-milanese", include_str!("…/scenarios/settimo-milanese.json"))`).
/// Every problem is reported, each with a path starting `networks[j].`, `sites[i].` or a
/// top-level field; only a JSON syntax error stops early.
pub fn load_portfolio(json: &str, presets: &[(&str, &str)]) -> Result<Portfolio, Vec<Problem>> {
    let tree = strict::parse_strict(json).map_err(|e| vec![Problem::new("", e)])?;
    let mut problems = Vec::new();
    let raw = read::read_portfolio(&tree, &mut problems);
    let built = merge::build(raw, presets, &mut problems);
    match built {
        Some(p) if problems.is_empty() => Ok(p),
        _ => Err(problems),
    }
}

//! One network of the region run (docs/model/portfolio.md §9): its sites' plants designed,
//! the network pass (every hour cleared, [`clear_hour`]) and each site's pass
//! ([`super::site_pass::site_pass`]), keeping summaries only (split out of `run.rs`).
//!
//! **Offers kept** (§9 "Speed"): the network pass needs each site's offer `(A_i, c_i)` every
//! hour, once per pass (twice with a tank). The second design pass computes the same supply
//! side, so it keeps the offers of the first `cached` sites of the network, hour-major, in
//! the workspace, and the network pass reads
//! them instead of computing the supply side again (its `kw` and `cost` as two `f64` and
//! `may_charge` as one byte: [`OFFER_BYTES`] = 17 bytes a site-hour, 148,920 bytes a site's
//! year). `cached` is what the caller's byte budget
//! allows; the other sites compute their offers as before. Same numbers either way: the kept
//! offer is what [`SitePlant::offer`] returns for that hour, bit for bit.

use super::aggregate::{combine, SummaryMap};
use super::clearing::{clear_hour, Clearing, Offer};
use super::run::{NetworkRun, SiteRun};
use super::site::{site_plant, weather, SitePlant, Weather};
use super::site_pass::site_pass;
use super::Portfolio;
use crate::dispatch::MeritOrder;
use crate::results::{Hourly, Monthly};
use crate::weather::{HOURS, MONTH_START_HOUR};

/// Bytes one kept offer takes (one site, one hour): its heat and cost (`f64` each) and whether
/// it may charge the tank (one byte).
pub const OFFER_BYTES: usize = 2 * std::mem::size_of::<f64>() + std::mem::size_of::<bool>();

/// Scratch reused by every network and site: the clearing column, one site's hours, the kept
/// offers and the network's demand column.
pub(super) struct Workspace {
    pub(super) clearings: Vec<Clearing>,
    pub(super) hourly: Hourly,
    pub(super) capped: Vec<bool>,
    pub(super) monthly: [Monthly; 12],
    offers: Vec<Offer>,
    order: Vec<usize>,
    contents: Vec<f64>,
    /// Kept offers' heat `A_i`, kW, hour-major: `kept_kw[h · cached + i]` (i < cached).
    kept_kw: Vec<f64>,
    /// Kept offers' cost `c_i`, €/MWh, as `kept_kw`.
    kept_cost: Vec<f64>,
    /// Kept offers' `may_charge`, as `kept_kw`.
    kept_charge: Vec<bool>,
    /// One site's offers of the year while its design pass runs (then copied into `kept`).
    site_offers: Vec<Offer>,
    /// One site's return temperature of the year (scratch of the design pass).
    t_return: Vec<f64>,
    /// Demand at the plant each hour, kW (as the last site's supply side gives it).
    demand: Vec<f64>,
}

impl Workspace {
    pub(super) fn new() -> Self {
        Workspace {
            clearings: vec![Clearing::default(); HOURS],
            hourly: Hourly::new(),
            capped: vec![false; HOURS],
            monthly: [Monthly::default(); 12],
            offers: Vec::new(),
            order: Vec::new(),
            contents: Vec::new(),
            kept_kw: Vec::new(),
            kept_cost: Vec::new(),
            kept_charge: Vec::new(),
            site_offers: Vec::new(),
            t_return: Vec::new(),
            demand: vec![0.0; HOURS],
        }
    }
}

/// Month (0–11) of hour `h` of the year.
pub(super) fn month_of(h: usize) -> usize {
    MONTH_START_HOUR[1..].partition_point(|&s| s <= h)
}

/// How many of `sites` sites' offers fit in `budget_bytes` (8,760 offers each).
pub fn sites_kept(sites: usize, budget_bytes: usize) -> usize {
    sites.min(budget_bytes / (OFFER_BYTES * HOURS))
}

/// One site's result: its index in the portfolio, its run and its summary as a JSON map.
pub(super) type SiteResult = (usize, SiteRun, SummaryMap);
/// One network's result and its sites' results in file order.
pub(super) type NetworkResult = (NetworkRun, Vec<SiteResult>);

/// Network `j`'s run (`members`: its sites' indices in file order, as
/// [`Portfolio::sites_of`] gives them): the network's totals and summary, and `(index, run, summary map)` of each
/// of its sites in file order. `progress()` is called after each site's summary. The offers of
/// as many sites as `cache_bytes` allows are kept between passes (module docs).
pub(super) fn run_network(
    portfolio: &Portfolio,
    j: usize,
    members: &[usize],
    temps: &[f64],
    ws: &mut Workspace,
    cache_bytes: usize,
    progress: &mut dyn FnMut(),
) -> NetworkResult {
    let net = &portfolio.networks[j];
    let mut run = NetworkRun {
        id: net.id.clone(),
        name: net.name.clone(),
        sites: members.to_vec(),
        demand_mwh: 0.0,
        dc_heat_mwh: 0.0,
        backup_mwh: 0.0,
        must_run_mwh: 0.0,
        headroom_mwh: 0.0,
        max_direct_over_demand_kw: f64::NEG_INFINITY,
        max_charge_kw: 0.0,
        max_balance_error_kw: 0.0,
        summary: SummaryMap::new(),
    };
    let mut sites = Vec::with_capacity(members.len());
    let Some(&first) = members.first() else {
        return (run, sites);
    };
    let w = weather(&portfolio.sites[first].scenario.params, temps);
    let mut plants: Vec<SitePlant> = members
        .iter()
        .map(|&i| site_plant(&portfolio.sites[i].scenario.params, &w.t_out))
        .collect();
    let cached = sites_kept(plants.len(), cache_bytes);
    for kept in [&mut ws.kept_kw, &mut ws.kept_cost] {
        kept.clear();
        kept.resize(cached * HOURS, 0.0);
    }
    ws.kept_charge.clear();
    ws.kept_charge.resize(cached * HOURS, false);
    if cached > 0 {
        ws.site_offers.resize(HOURS, Offer::default());
        ws.t_return.resize(HOURS, 0.0);
    }
    for (i, plant) in plants.iter_mut().enumerate() {
        if i < cached {
            plant.design(
                &w,
                &mut ws.demand,
                Some((&mut ws.site_offers, &mut ws.t_return)),
            );
            for (h, o) in ws.site_offers.iter().enumerate() {
                let at = h * cached + i;
                ws.kept_kw[at] = o.kw;
                ws.kept_cost[at] = o.cost;
                ws.kept_charge[at] = o.may_charge;
            }
        } else {
            plant.design(&w, &mut ws.demand, None);
        }
    }
    let starts = network_pass(&mut plants, &w, cached, ws, &mut run);
    for ((k, &i), plant) in members.iter().enumerate().zip(plants.iter_mut()) {
        let site = &portfolio.sites[i];
        let summary = site_pass(plant, &w, starts[k], ws);
        let map = match serde_json::to_value(summary) {
            Ok(serde_json::Value::Object(m)) => m,
            _ => SummaryMap::new(),
        };
        run.dc_heat_mwh += summary.heat_delivered_mwh;
        let site_run = SiteRun {
            name: site.name.clone(),
            network: net.id.clone(),
            heat_delivered_mwh: summary.heat_delivered_mwh,
            heat_offered_not_taken_mwh: summary.heat_offered_not_taken_mwh,
            share_of_network_demand: summary.dc_share_of_demand,
            summary,
        };
        sites.push((i, site_run, map));
        progress();
    }
    let maps: Vec<&SummaryMap> = sites.iter().map(|s| &s.2).collect();
    run.summary = combine(&maps, &maps[..1]);
    (run, sites)
}

/// Site `i`'s tank flows from the hour's clearing: `(charge, discharge, loss, content_end)`.
#[inline]
pub(super) fn site_tank(c: &Clearing, o: &Offer, content: f64) -> (f64, f64, f64, f64) {
    let loss = c.lambda * content;
    let after = content - loss;
    let discharge = c.delta * after;
    let surplus = (o.kw - c.direct(o)).max(0.0);
    let charge = if o.may_charge {
        c.kappa * c.rho * surplus
    } else {
        0.0
    };
    (charge, discharge, loss, after + charge - discharge)
}

/// Pass 1: the network's clearing of every hour into `ws.clearings`, its totals into `run`;
/// returns each site's part of the tank at the start of the reported year, kWh. The first
/// `cached` sites' offers are read from `ws.kept`, the others' computed.
fn network_pass(
    plants: &mut [SitePlant],
    w: &Weather,
    cached: usize,
    ws: &mut Workspace,
    run: &mut NetworkRun,
) -> Vec<f64> {
    let k = plants.len();
    let merits: Vec<MeritOrder> = plants.iter().map(|p| p.plant.merit).collect();
    let tank = plants[0].plant.tank;
    ws.offers.clear();
    ws.offers.resize(k, Offer::default());
    ws.order.clear();
    ws.order.resize(k, 0);
    ws.contents.clear();
    let start = if tank.is_active() {
        tank.warm_up_start_kwh()
    } else {
        0.0
    };
    ws.contents.resize(k, start / k as f64);
    let unbounded = merits[0].unbounded;
    let passes = if tank.is_active() && !unbounded { 2 } else { 1 };
    let mut starts = Vec::new();
    for pass in 0..passes {
        let report = pass + 1 == passes;
        if report {
            starts = ws.contents.clone();
        }
        let mut content: f64 = ws.contents.iter().sum();
        for h in 0..HOURS {
            // The last site's demand, as each site's supply side gives it.
            let mut demand = ws.demand[h];
            let row = h * cached..(h + 1) * cached;
            for (((slot, &kw), &cost), &may_charge) in ws.offers[..cached]
                .iter_mut()
                .zip(&ws.kept_kw[row.clone()])
                .zip(&ws.kept_cost[row.clone()])
                .zip(&ws.kept_charge[row])
            {
                *slot = Offer {
                    kw,
                    cost,
                    may_charge,
                };
            }
            for (p, slot) in plants[cached..].iter_mut().zip(&mut ws.offers[cached..]) {
                let (f, o, _) = p.offer(w, h);
                demand = f.demand_kw;
                *slot = o;
            }
            if unbounded {
                run.demand_mwh += demand / 1000.0;
                continue;
            }
            let (c, end) = clear_hour(
                &merits,
                month_of(h),
                demand,
                &ws.offers,
                &tank,
                content,
                &mut ws.order,
            );
            content = end;
            for (part, o) in ws.contents.iter_mut().zip(&ws.offers) {
                *part = site_tank(&c, o, *part).3;
            }
            if report {
                ws.clearings[h] = c;
                run.demand_mwh += demand / 1000.0;
                run.backup_mwh += c.backup_kw / 1000.0;
                run.must_run_mwh += c.must_run_kw / 1000.0;
                run.max_direct_over_demand_kw =
                    run.max_direct_over_demand_kw.max(c.direct_kw - demand);
                run.max_charge_kw = run.max_charge_kw.max(c.charge_kw);
                let balance = c.must_run_kw + c.backup_kw + c.direct_kw + c.discharge_kw - demand;
                run.max_balance_error_kw = run.max_balance_error_kw.max(balance.abs());
            }
        }
    }
    run.headroom_mwh = run.backup_mwh;
    starts
}

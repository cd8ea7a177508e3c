//! The region run (docs/model/portfolio.md §9): each network with the sites feeding it,
//! dispatched together hour by hour, then each site's MODEL.md summary from its own hours.
//!
//! Two passes per network, keeping only summaries (never sites × 8,760 columns):
//! 1. the network pass: every site's supply side (MODEL.md §2–§4, [`Plant::supply_side`]) each
//!    hour, cleared together ([`clear_hour`]) into one [`Clearing`] per hour (a network column);
//!    with a tank first a warm-up year from half full, as a single site does;
//! 2. the site pass, one site at a time in one reused workspace: its supply side again, its
//!    flows from its offer and the hour's clearing, the settlement ([`settle`]) and the
//!    summary ([`summarise`]) of MODEL.md §10.

use super::aggregate::{combine, SummaryMap};
use super::clearing::{clear_hour, Clearing, Offer};
use super::site::{site_plant, weather, SitePlant, Weather};
use super::Portfolio;
use crate::connection::PipeHourInput;
use crate::dispatch::{DispatchHour, MeritOrder, BOILERS, KINDS, NO_PLANT};
use crate::emissions::Emissions;
use crate::network::plants::PlantKind;
use crate::recovery::RecoveryHour;
use crate::results::{Hourly, Monthly, Summary};
use crate::summary::{summarise, RunFacts};
use crate::totals::HourRules;
use crate::weather::{HOURS, MONTH_START_HOUR};

/// One site's result in a region run.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteRun {
    /// The site's name.
    pub name: String,
    /// `id` of the network it feeds.
    pub network: String,
    /// Heat delivered to the network `ΣQ_del`, MWh.
    pub heat_delivered_mwh: f64,
    /// Heat offered but not taken (too dear or no room, after the tank), MWh.
    pub heat_offered_not_taken_mwh: f64,
    /// Its share of the network's demand `ΣQ_del / ΣD` (None when the demand is 0).
    pub share_of_network_demand: Option<f64>,
    /// Its MODEL.md §10 summary (with the network's demand, must-run and backup).
    pub summary: Summary,
}

/// One network's result in a region run.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkRun {
    /// The network's `id`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Indices of its sites in [`PortfolioRun::sites`].
    pub sites: Vec<usize>,
    /// Demand at the plant `ΣD`, MWh (0 for a network no site feeds).
    pub demand_mwh: f64,
    /// Heat from the data centres `Σ_i ΣQ_del,i`, MWh.
    pub dc_heat_mwh: f64,
    /// Heat from the dispatchable plants after the data centres and the tank, MWh.
    pub backup_mwh: f64,
    /// Heat from the must-run plants, MWh.
    pub must_run_mwh: f64,
    /// How much more data-centre heat it could absorb: its dispatchable plants' heat, MWh.
    pub headroom_mwh: f64,
    /// Largest hourly `Σdirect_i − D`, kW (≤ 0: the sites never serve more than the demand).
    pub max_direct_over_demand_kw: f64,
    /// Largest hourly charge, kW (≤ the tank's power).
    pub max_charge_kw: f64,
    /// Largest hourly `|M + backup + Σdirect + discharge − D|`, kW.
    pub max_balance_error_kw: f64,
    /// Its sites' summaries combined (network fields once).
    pub summary: SummaryMap,
}

/// A portfolio's result.
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioRun {
    /// Every site's summary combined, network fields once per network.
    pub summary: SummaryMap,
    /// The networks, in file order.
    pub networks: Vec<NetworkRun>,
    /// The sites, in file order.
    pub sites: Vec<SiteRun>,
}

/// Runs a portfolio: `t_out_c[j]` holds the hourly outdoor temperatures of network `j` (°C,
/// 8,760 values, as for [`crate::Simulator::run`]; an empty slice for a network no site
/// feeds). Cannot fail: every site's scenario is already valid.
pub fn run_portfolio(portfolio: &Portfolio, t_out_c: &[Vec<f64>]) -> PortfolioRun {
    run_portfolio_with_progress(portfolio, t_out_c, &mut |_, _| {})
}

/// [`run_portfolio`], calling `progress(done, total)` after each site's summary (sites done,
/// sites in all), e.g. for a Web Worker's progress messages. Same results.
pub fn run_portfolio_with_progress(
    portfolio: &Portfolio,
    t_out_c: &[Vec<f64>],
    progress: &mut dyn FnMut(usize, usize),
) -> PortfolioRun {
    let total = portfolio.sites.len();
    let mut done = 0;
    let mut ws = Workspace::new();
    let mut sites: Vec<Option<(SiteRun, SummaryMap)>> = vec![None; portfolio.sites.len()];
    let mut networks = Vec::with_capacity(portfolio.networks.len());
    for (j, net) in portfolio.networks.iter().enumerate() {
        let members: Vec<usize> = portfolio.sites_of(j).collect();
        let temps = t_out_c.get(j).map_or(&[][..], Vec::as_slice);
        let mut run = NetworkRun {
            id: net.id.clone(),
            name: net.name.clone(),
            sites: members.clone(),
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
        if let Some(&first) = members.first() {
            let w = weather(&portfolio.sites[first].scenario.params, temps);
            let mut plants: Vec<SitePlant> = members
                .iter()
                .map(|&i| site_plant(&portfolio.sites[i].scenario.params, &w.t_out))
                .collect();
            for plant in &mut plants {
                plant.design(&w);
            }
            let starts = network_pass(&mut plants, &w, &mut ws, &mut run);
            for ((k, &i), plant) in members.iter().enumerate().zip(plants.iter_mut()) {
                let site = &portfolio.sites[i];
                let summary = site_pass(plant, &w, starts[k], &mut ws);
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
                sites[i] = Some((site_run, map));
                done += 1;
                progress(done, total);
            }
            let maps: Vec<&SummaryMap> = members
                .iter()
                .filter_map(|&i| sites[i].as_ref().map(|s| &s.1))
                .collect();
            run.summary = combine(&maps, &maps[..1]);
        }
        networks.push(run);
    }
    let site_maps: Vec<&SummaryMap> = sites.iter().flatten().map(|s| &s.1).collect();
    let network_maps: Vec<&SummaryMap> = networks
        .iter()
        .filter_map(|n| n.sites.first())
        .filter_map(|&i| sites[i].as_ref().map(|s| &s.1))
        .collect();
    let summary = combine(&site_maps, &network_maps);
    PortfolioRun {
        summary,
        networks,
        sites: sites.into_iter().flatten().map(|s| s.0).collect(),
    }
}

/// Scratch reused by every network and site: the clearing column and one site's hours.
struct Workspace {
    clearings: Vec<Clearing>,
    hourly: Hourly,
    capped: Vec<bool>,
    monthly: [Monthly; 12],
    offers: Vec<Offer>,
    order: Vec<usize>,
    contents: Vec<f64>,
}

impl Workspace {
    fn new() -> Self {
        Workspace {
            clearings: vec![Clearing::default(); HOURS],
            hourly: Hourly::new(),
            capped: vec![false; HOURS],
            monthly: [Monthly::default(); 12],
            offers: Vec::new(),
            order: Vec::new(),
            contents: Vec::new(),
        }
    }
}

fn month_of(h: usize) -> usize {
    MONTH_START_HOUR[1..].partition_point(|&s| s <= h)
}

/// Site `i`'s tank flows from the hour's clearing: `(charge, discharge, loss, content_end)`.
#[inline]
fn site_tank(c: &Clearing, o: &Offer, content: f64) -> (f64, f64, f64, f64) {
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
/// returns each site's part of the tank at the start of the reported year, kWh.
fn network_pass(
    plants: &mut [SitePlant],
    w: &Weather,
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
            let mut demand = 0.0;
            for (i, p) in plants.iter_mut().enumerate() {
                let (f, o, _) = p.offer(w, h);
                demand = f.demand_kw;
                ws.offers[i] = o;
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

/// Pass 2: one site's hours from its offer and the clearings, then its summary.
#[allow(clippy::needless_range_loop)] // one hour index over many columns
fn site_pass(p: &mut SitePlant, w: &Weather, start_kwh: f64, ws: &mut Workspace) -> Summary {
    let clearings = &ws.clearings;
    let hr = &mut ws.hourly;
    hr.t_out_c.copy_from_slice(&w.t_out);
    hr.t_smooth_c.copy_from_slice(&w.t_smooth);
    hr.t_supply_c.copy_from_slice(&w.t_supply);
    let merit = p.plant.merit;
    let mut by_kind = [[0.0; KINDS]; 12];
    let mut content = start_kwh;
    let (mut connection_pumping_kwh, mut connection_loss_kwh) = (0.0, 0.0);
    let mut hours_off_min_load = 0;
    for h in 0..HOURS {
        let month = month_of(h);
        let (f, o, full_loss) = p.offer(w, h);
        hours_off_min_load += u32::from(f.off_min_load);
        let rec: RecoveryHour = f.recovery;
        let d = if merit.unbounded {
            unbounded_hour(&merit, month, &o)
        } else {
            let c = &clearings[h];
            let direct = c.direct(&o);
            let surplus = (o.kw - direct).max(0.0);
            let no_room = c.rho * surplus;
            let (charge, discharge, loss, end) = site_tank(c, &o, content);
            content = end;
            let delivered = direct + discharge;
            let mut displaced_kw = [0.0; KINDS];
            for (x, s) in displaced_kw.iter_mut().zip(c.kind_share) {
                *x = s * delivered;
            }
            DispatchHour {
                direct_kw: direct,
                charge_kw: charge,
                discharge_kw: discharge,
                backup_kw: c.backup_kw,
                must_run_kw: c.must_run_kw,
                standing_loss_kwh: loss,
                content_end_kwh: content,
                too_dear_kw: surplus - no_room,
                no_room_kw: no_room - charge,
                displaced_kw,
                displaced_co2_kg: c.co2_per_kw * delivered,
                displaced_cost_eur: c.cost_per_kw * delivered,
                marginal_kind: if delivered > 0.0 {
                    c.marginal_kind
                } else {
                    None
                },
                covered_by: if surplus > 0.0 {
                    c.covered_by
                } else {
                    NO_PLANT
                },
            }
        };
        let pipe = p.connection.settle_hour(
            &p.plant,
            &PipeHourInput {
                recovery: rec,
                dispatch: d,
                q_captured_kw: f.q_captured_kw,
                p_it_kw: f.p_it_kw,
                full_loss_kw: full_loss,
                t_supply_c: w.t_supply[h],
                t_return_c: f.t_return_c,
            },
        );
        let s = pipe.settled;
        connection_pumping_kwh += pipe.route_pumping_kw;
        connection_loss_kwh += pipe.loss_kw;
        hr.connection_loss_kw[h] = pipe.loss_kw;
        for (sum, kw) in by_kind[month].iter_mut().zip(d.displaced_kw) {
            *sum += kw;
        }
        hr.p_it_kw[h] = f.p_it_kw;
        hr.q_captured_kw[h] = f.q_captured_kw;
        hr.network_loss_kw[h] = f.network_loss_kw;
        hr.demand_kw[h] = f.demand_kw;
        hr.t_return_c[h] = f.t_return_c;
        hr.available_kw[h] = rec.available_kw;
        hr.mode[h] = rec.mode;
        hr.cop[h] = rec.cop;
        ws.capped[h] = rec.capped;
        hr.direct_kw[h] = d.direct_kw;
        hr.backup_kw[h] = d.backup_kw;
        hr.must_run_kw[h] = d.must_run_kw;
        hr.too_dear_kw[h] = d.too_dear_kw;
        hr.no_room_kw[h] = d.no_room_kw;
        hr.displaced_co2_kg[h] = d.displaced_co2_kg;
        hr.displaced_cost_eur[h] = d.displaced_cost_eur;
        hr.displaced_kind[h] = d.marginal_kind;
        hr.covered_by[h] = d.covered_by;
        hr.charge_kw[h] = d.charge_kw;
        hr.discharge_kw[h] = d.discharge_kw;
        hr.storage_loss_kwh[h] = d.standing_loss_kwh;
        hr.storage_kwh[h] = content;
        hr.delivered_kw[h] = s.delivered_kw;
        hr.q_used_kw[h] = s.q_used_kw;
        hr.rejected_kw[h] = s.rejected_kw;
        hr.hp_output_kw[h] = s.hp_output_kw;
        hr.hp_electricity_kw[h] = s.hp_electricity_kw;
        hr.pumping_kw[h] = s.pumping_kw;
        hr.p_dc_kw[h] = pipe.p_dc_kw;
    }
    let plant = &p.plant;
    let priced = p.connection.priced(p.params);
    let params = &priced;
    let emissions = Emissions::from_params(params);
    let rules = HourRules {
        emissions,
        economics: params.economics,
        pue: plant.data_centre.pue,
        max_cop: crate::machines::cop_ceiling(&p.params.recovery),
        recovery: plant.recovery,
        tank_active: plant.tank.is_active(),
    };
    let facts = RunFacts {
        tank: plant.tank,
        storage_start_kwh: start_kwh,
        storage_end_kwh: content,
        mean_utilisation: plant.utilisation.iter().sum::<f64>() / 24.0,
        min_supply_c: w.min_supply,
        max_supply_c: w.max_supply,
        degree_hours: p.degree_hours,
        space_heating_kwh: plant.demand.space_heating_kwh,
        displaced_by_kind: by_kind,
        merit,
        connection_dn: p.connection.pipe.dn(),
        connection_pumping_kwh,
        connection_loss_kwh,
        connection_capex_eur: p.connection.capex_eur(),
        hours_unavailable: p.hours_unavailable,
        heat_pump_units: plant.recovery.machines.units.unwrap_or_default(),
        hours_off_min_load,
    };
    summarise(
        params,
        &ws.hourly,
        &ws.capped,
        &rules,
        &facts,
        &mut ws.monthly,
    )
    .0
}

/// The version-1 network that takes all heat (MODEL.md §7): each site alone, no tank.
fn unbounded_hour(merit: &MeritOrder, month: usize, o: &Offer) -> DispatchHour {
    let take = merit.run_for_co2 || o.cost < merit.boiler_cost;
    let direct = if take { o.kw } else { 0.0 };
    let mut d = DispatchHour {
        direct_kw: direct,
        too_dear_kw: o.kw - direct,
        covered_by: if !take && o.kw > 0.0 {
            BOILERS
        } else {
            NO_PLANT
        },
        displaced_co2_kg: direct * merit.boiler_co2[month % 12] / 1000.0,
        displaced_cost_eur: direct * merit.boiler_cost / 1000.0,
        marginal_kind: (direct > 0.0).then_some(PlantKind::GasBoiler),
        ..DispatchHour::default()
    };
    d.displaced_kw[PlantKind::GasBoiler.index()] = direct;
    d
}

//! One site's plant for a portfolio run and each network's weather: built as
//! [`crate::Simulator::run`] builds them (split out of `run.rs`).

use super::clearing::Offer;
use crate::connection::ConnectionRun;
use crate::data_centre::DataCentre;
use crate::dispatch::MeritOrder;
use crate::emissions::Emissions;
use crate::network::cold_water::DAYS;
use crate::network::{Demand, DemandDay, Mains, SupplyCurve};
use crate::params::{ColdWater, Params};
use crate::recovery::{LiftCache, Mode, Recovery};
use crate::simulation::{Plant, SupplySide};
use crate::storage::Tank;
use crate::weather::{smooth_72h, HOURS};

/// A site's plant for the year, built as [`crate::Simulator::run`] builds it.
pub(super) struct SitePlant<'a> {
    pub(super) params: &'a Params,
    pub(super) plant: Plant,
    pub(super) degree_hours: f64,
    /// The recovery plant's COP cache (as in [`crate::Simulator::run`]).
    pub(super) lifts: LiftCache,
    /// Hot-water factor of each day from the cold-water model (docs/model/demand.md §3).
    pub(super) hot_water: [f64; DAYS],
    /// The day whose demand shape [`SitePlant::day`] computed last.
    pub(super) day: Option<(usize, DemandDay)>,
    /// The connection pipe, designed by [`SitePlant::design_connection`] as the single-site
    /// run designs it (MODEL.md §9.1); 0 km until then.
    pub(super) connection: ConnectionRun,
    /// Whether the recovery plant can run in each hour (MODEL.md §4.1).
    pub(super) available: Vec<bool>,
    /// Hours it cannot (maintenance and outages).
    pub(super) hours_unavailable: u32,
}

impl SitePlant<'_> {
    /// Day `d`'s demand shape, as the single-site supply pass builds it (recomputed only when
    /// the day changes: hours are visited in order).
    pub(super) fn day(&mut self, w: &Weather, d: usize) -> DemandDay {
        if let Some((cached, day)) = self.day {
            if cached == d {
                return day;
            }
        }
        let demand = &self.plant.demand;
        let hours = d * 24..(d * 24 + 24).min(w.t_out.len());
        let degree_hours = if demand.rule_share > 0.0 {
            w.t_out[hours]
                .iter()
                .map(|&t| demand.degree_hours(t, d))
                .sum()
        } else {
            0.0
        };
        let day = demand.day(
            d,
            degree_hours,
            self.plant.space_heating_per_degree_hour,
            self.hot_water.get(d).copied().unwrap_or(1.0),
        );
        self.day = Some((d, day));
        day
    }

    /// Sizes the heat pump's units and designs the connection pipe as [`crate::Simulator::run`]
    /// does (two extra supply-side passes over the year).
    ///
    /// The second pass also writes each hour's demand at the plant into `demand` and, with
    /// `keep = Some((offers, t_return))` (each of [`HOURS`] values), the hour's offer into
    /// `offers`: after the pipe is designed, `offers[h]` is exactly what [`SitePlant::offer`]
    /// returns for hour `h` (`t_return` is scratch). The network pass then reads the offers
    /// instead of computing the supply side again (docs/model/portfolio.md §9, "Speed").
    pub(super) fn design(
        &mut self,
        w: &Weather,
        demand: &mut [f64],
        mut keep: Option<(&mut [Offer], &mut [f64])>,
    ) {
        let hours = w.t_out.len().min(HOURS);
        let mut design_kw = 0.0_f64;
        for h in 0..hours {
            let day = self.day(w, h / 24);
            let f =
                self.plant
                    .supply_side(h % 24, &day, w.t_out[h], w.t_supply[h], &mut self.lifts);
            design_kw = design_kw.max(crate::machines::Machines::heat_pump_output_kw(&f.recovery));
        }
        self.plant.recovery.machines.size(design_kw);
        let mut largest = 0.0_f64;
        for h in 0..hours {
            let day = self.day(w, h / 24);
            let f =
                self.plant
                    .supply_side(h % 24, &day, w.t_out[h], w.t_supply[h], &mut self.lifts);
            largest = largest.max(f.recovery.available_kw);
            if let Some(d) = demand.get_mut(h) {
                *d = f.demand_kw;
            }
            if let Some((offers, t_return)) = keep.as_mut() {
                let f = self.masked(h, f);
                if let (Some(o), Some(t)) = (offers.get_mut(h), t_return.get_mut(h)) {
                    // The pipe's loss is taken out below, once the pipe is designed.
                    *o = self.priced(&f);
                    *t = f.t_return_c;
                }
            }
        }
        let network = &self.params.network;
        self.connection = ConnectionRun::design(
            &self.params.connection,
            &[largest],
            w.max_supply,
            network.return_c,
            network.ground_c,
        );
        if let Some((offers, t_return)) = keep {
            for ((o, &t_ret), &t_sup) in offers.iter_mut().zip(t_return.iter()).zip(&w.t_supply) {
                // As in `offer`: `A − ℓ(A)` with `ℓ` at the full available heat.
                let full_loss = self.connection.loss_kw(o.kw, t_sup, t_ret);
                o.kw -= full_loss;
            }
        }
    }

    /// Hour `h`'s supply side `f` as the single-site run sees it: nothing available in an hour
    /// the plant cannot run (MODEL.md §4.1).
    #[inline]
    fn masked(&self, h: usize, mut f: SupplySide) -> SupplySide {
        if !self.available.get(h).copied().unwrap_or(true) {
            f.recovery.available_kw = 0.0;
            f.recovery.mode = Mode::None;
            f.recovery.cop = 0.0;
            f.recovery.hp_share = 0.0;
            f.recovery.capped = false;
        }
        f
    }

    /// The offer of a (masked) supply side `f` before the pipe's loss: its available heat, its
    /// marginal cost (−∞ with `run_for_co2`; the cost does not depend on the heat offered) and
    /// whether it may charge the tank.
    #[inline]
    fn priced(&self, f: &SupplySide) -> Offer {
        let cost = if self.plant.merit.run_for_co2 {
            f64::NEG_INFINITY
        } else {
            self.plant.merit.offer.cost(&f.recovery)
        };
        Offer {
            kw: f.recovery.available_kw,
            cost,
            may_charge: f.recovery.mode != Mode::ReturnLine,
        }
    }

    /// Supply side and offer of hour `h`, after the connection pipe's loss at the full
    /// available heat `ℓ(A)` (returned third, kW) is taken out of what the plant can place.
    pub(super) fn offer(&mut self, w: &Weather, h: usize) -> (SupplySide, Offer, f64) {
        let day = self.day(w, h / 24);
        let f = self
            .plant
            .supply_side(h % 24, &day, w.t_out[h], w.t_supply[h], &mut self.lifts);
        let mut f = self.masked(h, f);
        let full_loss =
            self.connection
                .loss_kw(f.recovery.available_kw, w.t_supply[h], f.t_return_c);
        f.recovery.available_kw -= full_loss;
        let offer = self.priced(&f);
        (f, offer, full_loss)
    }
}

pub(super) fn site_plant<'a>(params: &'a Params, t_out: &[f64]) -> SitePlant<'a> {
    let mut network = params.network;
    if network.plants.is_some() {
        network.baseload_mw = 0.0;
        network.takes_all_heat = false;
    }
    let demand = Demand::from_params(&network);
    let degree_hours: f64 = t_out
        .iter()
        .enumerate()
        .map(|(h, &t)| demand.degree_hours(t, h / 24))
        .sum();
    let data_centre = DataCentre::from_params(params);
    let emissions = Emissions::from_params(params);
    let mut plant = Plant {
        data_centre,
        demand,
        recovery: Recovery::from_params(params),
        tank: Tank::from_params(params),
        utilisation: data_centre.utilisation_profile(),
        space_heating_per_degree_hour: demand.space_heating_per_degree_hour(degree_hours),
        pumping_share: params.recovery.pumping_share,
        bounded: !demand.takes_all_heat,
        merit: MeritOrder::from_params(params, emissions.displaced_kg_per_mwh),
    };
    plant.recovery.machines.price_against(&plant.merit);
    let mut hot_water = [1.0; DAYS];
    if demand.cold_water == ColdWater::Climate {
        Mains::new(demand.cold_water, demand.cold_water_c, t_out).daily_factors(&mut hot_water);
    }
    let mut available = vec![true; HOURS];
    let counts = crate::availability::fill_mask(
        &mut available,
        params.maintenance.as_slice(),
        params.recovery.availability,
    );
    SitePlant {
        params,
        available,
        hours_unavailable: counts.unavailable_hours(),
        plant,
        degree_hours,
        lifts: LiftCache::new(),
        hot_water,
        day: None,
        connection: ConnectionRun::design(
            &crate::pipe::ConnectionParams {
                length_km: 0.0,
                ..params.connection
            },
            &[],
            0.0,
            0.0,
            0.0,
        ),
    }
}

/// A network's weather and supply temperatures.
pub(super) struct Weather {
    pub(super) t_out: Vec<f64>,
    pub(super) t_smooth: Vec<f64>,
    pub(super) t_supply: Vec<f64>,
    pub(super) min_supply: f64,
    pub(super) max_supply: f64,
}

pub(super) fn weather(params: &Params, t_out_c: &[f64]) -> Weather {
    let n = t_out_c.len();
    let t_out: Vec<f64> = (0..HOURS)
        .map(|h| {
            let v = if n == 0 { 0.0 } else { t_out_c[h % n] };
            if v.is_finite() {
                v
            } else {
                0.0
            }
        })
        .collect();
    let mut t_smooth = vec![0.0; HOURS];
    smooth_72h(&t_out, &mut t_smooth);
    let curve = SupplyCurve::from_params(&params.network);
    let t_supply: Vec<f64> = t_smooth.iter().map(|&t| curve.supply_c(t)).collect();
    let min_supply = t_supply.iter().copied().fold(f64::INFINITY, f64::min);
    let max_supply = t_supply.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    Weather {
        t_out,
        t_smooth,
        t_supply,
        min_supply,
        max_supply,
    }
}

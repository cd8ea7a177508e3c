//! The annual simulation: validate once, then a tight hourly loop over columns (MODEL.md §0–§10).
//!
//! A [`Simulator`] owns every hourly column (`Box<[f64]>` of 8,760) and reuses them: once warm,
//! [`Simulator::run`] allocates nothing, so a slider can re-run the year on every move. The order
//! of the passes follows the plant:
//! 1. weather: copy `T_out` and its 72-hour mean `T_smooth` (recomputed only when the weather
//!    changes);
//! 2. network supply temperature `T_sup` and its minimum `T_floor` (§3);
//! 3. the year's heating degree-hours `Σw` (§5);
//! 4. the hour step in two halves, each a pure function of copyable scalars:
//!    [`Plant::supply_side`]: IT power and captured heat (§2), demand at the plant (§5) and what
//!    the recovery plant can deliver (§4), none of which depends on the tank; then
//!    [`Plant::demand_side`]: dispatch through the tank (§6–§7), heat pump, heat used and
//!    rejected, pumping and facility power (which depends on the heat used, so it comes after
//!    dispatch). Between the two, the connection pipe is designed from the year's largest
//!    available heat and its loss at that heat is taken out of what the plant can place
//!    (MODEL.md §9.1). With a tank the year is dispatched twice: a warm-up pass from half full
//!    that keeps only the tank content, then the reported pass from the warm-up's end content;
//! 5. monthly and annual figures, CO2, economics and warnings from the columns (§8–§10).
//!
//! Nothing can fail, because [`Params`] is already valid.
//!
//! The code is in three files: this one (the workspace and the order of the passes),
//! `plant.rs` (the hour step's two halves) and `passes.rs` (each pass over the year).

mod driven;
mod passes;
mod plant;

pub use plant::{Plant, SupplySide};

use crate::connection::ConnectionRun;
use crate::data_centre::DataCentre;
use crate::dispatch::{MeritOrder, KINDS};
use crate::drivers::Drivers;
use crate::emissions::Emissions;
use crate::network::Demand;
use crate::params::{Params, StorageDispatch};
use crate::recovery::Recovery;
use crate::results::Results;
use crate::storage::Tank;
use crate::summary::{summarise, RunFacts};
use crate::totals::HourRules;
use crate::weather::HOURS;

/// Runs one annual simulation (allocates its workspace; for repeated runs keep a [`Simulator`]).
///
/// `t_out_c` holds the 8,760 hourly outdoor temperatures, °C (see [`Simulator::run`]).
pub fn simulate(params: &Params, t_out_c: &[f64]) -> Results {
    let mut simulator = Simulator::new();
    simulator.run(params, t_out_c);
    simulator.into_results()
}

/// A reusable workspace: the hourly columns of results and scratch, allocated once.
#[derive(Debug, Clone)]
pub struct Simulator {
    results: Results,
    /// What the data centre may serve `D_dc[h]`, kW.
    dc_demand_kw: Box<[f64]>,
    /// Heat pump's share of the network heating `s[h]`.
    hp_share: Box<[f64]>,
    /// Data-centre heat per kWh delivered `g[h]`.
    dc_heat_per_kwh: Box<[f64]>,
    /// The heat pump's cap limited `A[h]`.
    capped: Box<[bool]>,
    /// `t_smooth_c` matches `t_out_c`.
    smoothed: bool,
    /// The tank columns hold values of an earlier run with a tank.
    tank_columns_dirty: bool,
    /// Heat displaced from each plant kind in each month, kWh (accumulated in the reported
    /// pass: a fixed array, no allocation).
    displaced_by_kind: [[f64; KINDS]; 12],
    /// The connection pipe's loss at the full available heat `ℓ(A[h])`, kW (MODEL.md §9.1).
    connection_full_loss_kw: Box<[f64]>,
    /// The heat the connection pipe carries `direct + charge + loss`, kW (the route pumping's
    /// pass reads it).
    route_heat_kw: Box<[f64]>,
    /// The connection pipe's pumping over the reported year, kWh.
    connection_pumping_kwh: f64,
    /// The connection pipe's loss over the reported year, kWh.
    connection_loss_kwh: f64,
    /// The dispatchable plants' output before the store `b[h] = R[h] − direct[h]`, kW (only
    /// with `storage.dispatch = peak`, MODEL.md §6).
    before_store_kw: Box<[f64]>,
    /// The weather with the measured outdoor driver merged in (empty until a driven run needs
    /// it; docs/model/measured.md §9).
    driven_weather: Vec<f64>,
}

impl Default for Simulator {
    fn default() -> Self {
        Simulator::new()
    }
}

impl Simulator {
    /// A workspace with every column allocated.
    pub fn new() -> Self {
        Simulator {
            results: Results::new(),
            dc_demand_kw: vec![0.0; HOURS].into_boxed_slice(),
            hp_share: vec![0.0; HOURS].into_boxed_slice(),
            dc_heat_per_kwh: vec![0.0; HOURS].into_boxed_slice(),
            capped: vec![false; HOURS].into_boxed_slice(),
            smoothed: false,
            tank_columns_dirty: false,
            displaced_by_kind: [[0.0; KINDS]; 12],
            connection_full_loss_kw: vec![0.0; HOURS].into_boxed_slice(),
            route_heat_kw: vec![0.0; HOURS].into_boxed_slice(),
            connection_pumping_kwh: 0.0,
            connection_loss_kwh: 0.0,
            before_store_kw: vec![0.0; HOURS].into_boxed_slice(),
            driven_weather: Vec::new(),
        }
    }

    /// The results of the last run.
    pub fn results(&self) -> &Results {
        &self.results
    }

    /// Gives the results of the last run away.
    pub fn into_results(self) -> Results {
        self.results
    }

    /// Simulates the year for validated `params` and the hourly outdoor temperatures `t_out_c`
    /// (°C, hour 0 = 1 January 00:00–01:00); allocates nothing once the workspace is warm.
    ///
    /// `t_out_c` should hold exactly 8,760 finite values (the weather readers guarantee it).
    /// Otherwise, so that the run still cannot fail, it is repeated cyclically to fill the year
    /// (an empty slice reads as 0 °C) and non-finite values read as 0 °C.
    pub fn run(&mut self, params: &Params, t_out_c: &[f64]) -> &Results {
        self.run_with(params, t_out_c, None, true)
    }

    /// [`Simulator::run`], with measured drivers when `drivers` is given (see
    /// [`Simulator::run_driven`], which checks them against `params` first); without the
    /// summary, the monthly figures and the warnings when `with_summary` is false (see
    /// [`Simulator::run_driven_hourly`]).
    fn run_with(
        &mut self,
        params: &Params,
        t_out_c: &[f64],
        drivers: Option<&Drivers>,
        with_summary: bool,
    ) -> &Results {
        match drivers {
            Some(d) => self.load_driven_weather(t_out_c, d),
            None => self.load_weather(t_out_c),
        }
        let (mut min_supply_c, mut max_supply_c) = self.supply_temperatures(params);
        if let Some(d) = drivers {
            (min_supply_c, max_supply_c) = self.drive_supply(d, (min_supply_c, max_supply_c));
        }
        // With `network.plants` given, the version-1 `baseload_mw` and `takes_all_heat` play no
        // part: the must-run plants take the baseload's role in dispatch (§5.1), and the
        // return line is limited by the whole network's flow.
        let mut network = params.network;
        if network.plants.is_some() {
            network.baseload_mw = 0.0;
            network.takes_all_heat = false;
        }
        let demand = Demand::from_params(&network);
        let degree_hours = self.degree_hours(&demand);
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
        match drivers.and_then(Drivers::supply_side_columns) {
            Some((it_kw, demand_kw)) => self.supply_pass_by::<true>(&plant, it_kw, demand_kw),
            None => self.supply_pass(&plant),
        }
        // The heat pump's units (MODEL.md §4.2): sized once from the design hour, then every
        // heat-pump hour again with the units' minimum load (and the `auto` choice).
        let (design_kw, smallest_kw) = self.heat_pump_design_kw();
        plant.recovery.machines.size(design_kw);
        let hours_off_min_load = if plant.recovery.machines.units_can_bind(smallest_kw) {
            self.units_pass(&plant)
        } else {
            0
        };
        let connection = ConnectionRun::design(
            &params.connection,
            &self.results.hourly.available_kw,
            max_supply_c,
            params.network.return_c,
            params.network.ground_c,
        );
        // Availability (MODEL.md §4.1): the mask of hours the recovery plant can run.
        let mask = crate::availability::fill_mask(
            &mut self.results.hourly.recovery_available,
            params.maintenance.as_slice(),
            params.recovery.availability,
        );
        self.connection_pass(&connection, mask.unavailable_hours() > 0);
        let (storage_start_kwh, storage_end_kwh) = if plant.tank.is_active() {
            self.tank_columns_dirty = true;
            if params.storage.dispatch == StorageDispatch::Peak {
                self.before_store_pass(&plant);
                let start = self.warm_up::<true>(&plant);
                (
                    start,
                    self.demand_pass::<true, true>(&plant, &connection, start),
                )
            } else {
                let start = self.warm_up::<false>(&plant);
                (
                    start,
                    self.demand_pass::<true, false>(&plant, &connection, start),
                )
            }
        } else {
            if self.tank_columns_dirty {
                let h = &mut self.results.hourly;
                for column in [
                    &mut h.charge_kw,
                    &mut h.discharge_kw,
                    &mut h.storage_kwh,
                    &mut h.storage_loss_kwh,
                ] {
                    column.fill(0.0);
                }
                self.tank_columns_dirty = false;
            }
            (
                0.0,
                self.demand_pass::<false, false>(&plant, &connection, 0.0),
            )
        };
        if !with_summary {
            // Every hourly column is written; what follows only sums them up.
            return &self.results;
        }
        // The connection's capex replaces the flat €/m price unless that price is given.
        let priced = connection.priced(params);
        let params = &priced;

        let rules = HourRules {
            emissions,
            economics: params.economics,
            pue: data_centre.pue,
            max_cop: crate::machines::cop_ceiling(&params.recovery),
            recovery: plant.recovery,
            tank_active: plant.tank.is_active(),
        };
        let facts = RunFacts {
            tank: plant.tank,
            storage_start_kwh,
            storage_end_kwh,
            mean_utilisation: match drivers {
                Some(d) if d.column(crate::drivers::Driver::ItKw).is_some() => {
                    self.driven_mean_utilisation(&data_centre)
                }
                _ => plant.utilisation.iter().sum::<f64>() / 24.0,
            },
            min_supply_c,
            max_supply_c,
            degree_hours,
            space_heating_kwh: demand.space_heating_kwh,
            displaced_by_kind: self.displaced_by_kind,
            merit: plant.merit,
            connection_dn: connection.pipe.dn(),
            connection_pumping_kwh: self.connection_pumping_kwh,
            connection_loss_kwh: self.connection_loss_kwh,
            hours_unavailable: mask.unavailable_hours(),
            connection_capex_eur: connection.capex_eur(),
            heat_pump_units: plant.recovery.machines.units.unwrap_or_default(),
            hours_off_min_load,
        };
        let results = &mut self.results;
        let (summary, warnings) = summarise(
            params,
            &results.hourly,
            &self.capped,
            &rules,
            &facts,
            &mut results.monthly,
        );
        results.summary = summary;
        results.warnings = warnings;
        results.takes_all_heat = plant.merit.unbounded;
        &self.results
    }
}

/// Bit-for-bit equal slices (cheaper than element-wise `==` and exact for the cache).
fn same_values(a: &[f64], b: &[f64]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .fold(true, |same, (x, y)| same & (x.to_bits() == y.to_bits()))
}

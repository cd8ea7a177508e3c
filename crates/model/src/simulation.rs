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

use crate::connection::{ConnectionRun, PipeHourInput};
use crate::data_centre::DataCentre;
use crate::dispatch::{
    dispatch_hour, dispatch_hour_capped, settle, DispatchHour, MeritOrder, PlantHour, KINDS,
};
use crate::emissions::Emissions;
use crate::network::cold_water::DAYS;
use crate::network::{Demand, DemandDay, Mains, SupplyCurve};
use crate::params::{ColdWater, Params, StorageDispatch};
use crate::recovery::{LiftCache, Mode, Recovery, RecoveryHour};
use crate::results::{Hourly, Results};
use crate::storage::{look_ahead, Tank};
use crate::summary::{summarise, RunFacts};
use crate::totals::HourRules;
use crate::weather::{smooth_72h, HOURS, MONTH_START_HOUR};

/// Runs one annual simulation (allocates its workspace; for repeated runs keep a [`Simulator`]).
///
/// `t_out_c` holds the 8,760 hourly outdoor temperatures, °C (see [`Simulator::run`]).
pub fn simulate(params: &Params, t_out_c: &[f64]) -> Results {
    let mut simulator = Simulator::new();
    simulator.run(params, t_out_c);
    simulator.into_results()
}

/// The year's constants: every component of the plant for one run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plant {
    /// The data centre.
    pub data_centre: DataCentre,
    /// The network's demand.
    pub demand: Demand,
    /// The recovery plant.
    pub recovery: Recovery,
    /// The tank (zero capacity when none or ignored).
    pub tank: Tank,
    /// Utilisation in each hour of the day.
    pub utilisation: [f64; 24],
    /// Space heating per degree-hour `E_sh / Σw`, kW/K (0 when `Σw = 0`).
    pub space_heating_per_degree_hour: f64,
    /// Pumping electricity per kWh delivered.
    pub pumping_share: f64,
    /// `D_dc` bounds dispatch (false when the network takes all heat).
    pub bounded: bool,
    /// The network's plants in merit order and the data centre's offer price (§7).
    pub merit: MeritOrder,
}

/// The flows of one hour that do not depend on the tank.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SupplySide {
    /// IT power `P_it`, kW.
    pub p_it_kw: f64,
    /// Heat captured `Q_cap`, kW.
    pub q_captured_kw: f64,
    /// Network loss `L`, kW.
    pub network_loss_kw: f64,
    /// Heat needed at the plant `D`, kW.
    pub demand_kw: f64,
    /// What the data centre may serve `D_dc`, kW.
    pub dc_demand_kw: f64,
    /// Network return temperature `T_ret`, °C.
    pub t_return_c: f64,
    /// What the recovery plant could do.
    pub recovery: RecoveryHour,
    /// The heat pump's part was below one unit's minimum load: the hour fell back (§4.2).
    pub off_min_load: bool,
}

impl Plant {
    /// The hour step, first half: data centre, network demand and recovery plant (§2–§5), for
    /// LST hour of day `hod` of the day whose constants are `day` (docs/model/demand.md), outdoor and
    /// supply temperatures, with the hour's return from the customers' load and the recovery's
    /// [`crate::recovery::Lift`] from `lifts`. Nothing here depends on the tank.
    #[inline(always)]
    pub fn supply_side(
        &self,
        hod: usize,
        day: &DemandDay,
        t_out_c: f64,
        t_supply_c: f64,
        lifts: &mut LiftCache,
    ) -> SupplySide {
        let dc = &self.data_centre;
        let p_it_kw = dc.it_power_kw(self.utilisation[hod % 24]);
        let q_captured_kw = dc.captured_kw(p_it_kw);
        let customers =
            self.demand
                .customers(day, hod, t_out_c, self.space_heating_per_degree_hour);
        let t_return_c = self
            .demand
            .return_curve
            .return_c(customers.space_heating_kw, customers.hot_water_kw);
        let network_loss_kw = self.demand.loss_at_kw(t_supply_c, t_return_c);
        let demand_kw = customers.space_heating_kw + customers.hot_water_kw + network_loss_kw;
        let dc_demand_kw = self.demand.dc_demand_kw(demand_kw);
        let hour_plant;
        let plant = if t_return_c == self.recovery.return_c {
            &self.recovery
        } else {
            hour_plant = self.recovery.at_return(t_return_c);
            &hour_plant
        };
        let lift = lifts.get(plant, t_supply_c);
        let recovery = plant.hour_with(lift, q_captured_kw, t_supply_c, dc_demand_kw, self.bounded);
        let (recovery, note) = plant.machines.apply(
            plant,
            recovery,
            q_captured_kw,
            t_supply_c,
            dc_demand_kw,
            self.bounded,
        );
        debug_assert!(demand_kw.is_finite() && recovery.available_kw.is_finite());
        SupplySide {
            p_it_kw,
            q_captured_kw,
            network_loss_kw,
            demand_kw,
            dc_demand_kw,
            t_return_c,
            recovery,
            off_min_load: note.off_min_load,
        }
    }

    /// The hour step, second half: dispatch in merit order through the tank from
    /// `content_kwh` (§6–§7) for demand at the plant `demand_kw` in month `month` (0–11), then
    /// heat pump, heat used and rejected, pumping, and facility power `P_dc`, kW (§2).
    #[inline(always)]
    pub fn demand_side(
        &self,
        recovery: &RecoveryHour,
        q_captured_kw: f64,
        demand_kw: f64,
        month: usize,
        p_it_kw: f64,
        content_kwh: f64,
    ) -> (DispatchHour, PlantHour, f64) {
        let dispatch = self.dispatch(recovery, demand_kw, month, content_kwh);
        let plant = settle(recovery, q_captured_kw, &dispatch, self.pumping_share);
        let p_dc_kw = self.data_centre.facility_power_kw(p_it_kw, plant.q_used_kw);
        (dispatch, plant, p_dc_kw)
    }

    /// Dispatch alone (what the warm-up pass needs).
    #[inline(always)]
    fn dispatch(
        &self,
        recovery: &RecoveryHour,
        demand_kw: f64,
        month: usize,
        content_kwh: f64,
    ) -> DispatchHour {
        let may_charge = recovery.mode != Mode::ReturnLine;
        dispatch_hour(
            &self.merit,
            month,
            demand_kw,
            recovery.available_kw,
            self.merit.offer.cost(recovery),
            may_charge,
            &self.tank,
            content_kwh,
        )
    }

    /// Dispatch with `storage.dispatch = peak` (MODEL.md §6): the discharge also held to the
    /// look-ahead's cap over `before_store_kw` (`b`, every hour of the year) for hour `h`, the
    /// pass's sorted `window` following the hours.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)] // the hour's scalars
    fn dispatch_peak(
        &self,
        recovery: &RecoveryHour,
        demand_kw: f64,
        month: usize,
        content_kwh: f64,
        before_store_kw: &[f64],
        h: usize,
        window: &mut look_ahead::Window,
    ) -> DispatchHour {
        let tank = &self.tank;
        // The content after the standing loss, as `dispatch_hour` computes it.
        let content = content_kwh - tank.standing_loss_kwh(content_kwh);
        let cap = window.cap_kw(before_store_kw, h, tank.power_kw, content);
        dispatch_hour_capped(
            &self.merit,
            month,
            demand_kw,
            recovery.available_kw,
            self.merit.offer.cost(recovery),
            recovery.mode != Mode::ReturnLine,
            tank,
            content_kwh,
            cap,
        )
    }
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
    /// The connection pipe's pumping over the reported year, kWh.
    connection_pumping_kwh: f64,
    /// The connection pipe's loss over the reported year, kWh.
    connection_loss_kwh: f64,
    /// The dispatchable plants' output before the store `b[h] = R[h] − direct[h]`, kW (only
    /// with `storage.dispatch = peak`, MODEL.md §6).
    before_store_kw: Box<[f64]>,
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
            connection_pumping_kwh: 0.0,
            connection_loss_kwh: 0.0,
            before_store_kw: vec![0.0; HOURS].into_boxed_slice(),
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
        self.load_weather(t_out_c);
        let (min_supply_c, max_supply_c) = self.supply_temperatures(params);
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
        self.supply_pass(&plant);
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
            mean_utilisation: plant.utilisation.iter().sum::<f64>() / 24.0,
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

    /// Step 1: `T_out` and `T_smooth`, recomputing the smoothing only for new weather.
    fn load_weather(&mut self, t_out_c: &[f64]) {
        let hourly = &mut self.results.hourly;
        if self.smoothed && same_values(&hourly.t_out_c, t_out_c) {
            return;
        }
        let n = t_out_c.len();
        for (h, t) in hourly.t_out_c.iter_mut().enumerate() {
            let value = if n == 0 { 0.0 } else { t_out_c[h % n] };
            *t = if value.is_finite() { value } else { 0.0 };
        }
        debug_assert_eq!(n, HOURS, "a weather year has 8,760 hours");
        smooth_72h(&hourly.t_out_c, &mut hourly.t_smooth_c);
        // Only an exact 8,760-value input can match the cache next time.
        self.smoothed = n == HOURS;
    }

    /// Step 2: supply temperatures; returns the year's lowest (`T_floor`) and highest supply.
    fn supply_temperatures(&mut self, params: &Params) -> (f64, f64) {
        let curve = SupplyCurve::from_params(&params.network);
        let hourly = &mut self.results.hourly;
        for (t_sup, &t_smooth) in hourly.t_supply_c.iter_mut().zip(hourly.t_smooth_c.iter()) {
            *t_sup = curve.supply_c(t_smooth);
        }
        let (mut lowest, mut highest) = (f64::INFINITY, f64::NEG_INFINITY);
        for &t in hourly.t_supply_c.iter() {
            lowest = if t < lowest { t } else { lowest };
            highest = if t > highest { t } else { highest };
        }
        (lowest, highest)
    }

    /// Step 3: the year's heating degree-hours `Σw`.
    fn degree_hours(&self, demand: &Demand) -> f64 {
        let t_out = &self.results.hourly.t_out_c;
        t_out
            .iter()
            .enumerate()
            .map(|(h, &t)| demand.degree_hours(t, h / 24))
            .sum()
    }

    /// Step 4a: the supply side of every hour, written to the columns.
    fn supply_pass(&mut self, plant: &Plant) {
        let hr: &mut Hourly = &mut self.results.hourly;
        let (dc_demand, hp_share) = (&mut self.dc_demand_kw[..HOURS], &mut self.hp_share[..HOURS]);
        let (g, capped) = (
            &mut self.dc_heat_per_kwh[..HOURS],
            &mut self.capped[..HOURS],
        );
        let mut lifts = LiftCache::new();
        let demand = &plant.demand;
        let mut hot_water_factors = [1.0; DAYS];
        if demand.cold_water == ColdWater::Climate {
            Mains::new(demand.cold_water, demand.cold_water_c, &hr.t_out_c)
                .daily_factors(&mut hot_water_factors);
        }
        for (d, &hot_water_factor) in hot_water_factors.iter().enumerate() {
            let hours = d * 24..d * 24 + 24;
            let degree_hours = if demand.rule_share > 0.0 {
                hr.t_out_c[hours.clone()]
                    .iter()
                    .map(|&t| demand.degree_hours(t, d))
                    .sum()
            } else {
                0.0
            };
            let day = demand.day(
                d,
                degree_hours,
                plant.space_heating_per_degree_hour,
                hot_water_factor,
            );
            for (hod, h) in hours.enumerate() {
                let t_sup = hr.t_supply_c[h];
                let f = plant.supply_side(hod, &day, hr.t_out_c[h], t_sup, &mut lifts);
                hr.p_it_kw[h] = f.p_it_kw;
                hr.q_captured_kw[h] = f.q_captured_kw;
                hr.network_loss_kw[h] = f.network_loss_kw;
                hr.demand_kw[h] = f.demand_kw;
                hr.t_return_c[h] = f.t_return_c;
                dc_demand[h] = f.dc_demand_kw;
                hr.available_kw[h] = f.recovery.available_kw;
                hr.mode[h] = f.recovery.mode;
                hr.cop[h] = f.recovery.cop;
                hp_share[h] = f.recovery.hp_share;
                g[h] = f.recovery.dc_heat_per_kwh;
                capped[h] = f.recovery.capped;
            }
        }
    }

    /// The design hour's heat-pump output `max_h s·A[h]` and the smallest positive `s·A[h]`,
    /// kW (0 and infinity without heat-pump hours).
    fn heat_pump_design_kw(&self) -> (f64, f64) {
        let hr = &self.results.hourly;
        let (mut design, mut smallest) = (0.0_f64, f64::INFINITY);
        for h in 0..HOURS {
            if hr.mode[h] == Mode::HeatPump {
                let wanted = self.hp_share[h] * hr.available_kw[h];
                design = design.max(wanted);
                if wanted > 0.0 {
                    smallest = smallest.min(wanted);
                }
            }
        }
        (design, smallest)
    }

    /// Step 4a'': the heat-pump hours again with the sized units (and the `auto` choice);
    /// returns the hours whose heat-pump part was below one unit's minimum load.
    fn units_pass(&mut self, plant: &Plant) -> u32 {
        let hr = &mut self.results.hourly;
        let (hp_share, capped) = (&mut self.hp_share[..HOURS], &mut self.capped[..HOURS]);
        let (g, dc_demand) = (
            &mut self.dc_heat_per_kwh[..HOURS],
            &self.dc_demand_kw[..HOURS],
        );
        let mut lifts = LiftCache::new();
        let mut off = 0;
        for h in 0..HOURS {
            let t_sup = hr.t_supply_c[h];
            let r = plant.recovery.at_return(hr.t_return_c[h]);
            let lift = lifts.get(&r, t_sup);
            if !matches!(lift, crate::recovery::Lift::HeatPump { .. }) {
                continue;
            }
            let q_cap = hr.q_captured_kw[h];
            let raw = r.hour_with(lift, q_cap, t_sup, dc_demand[h], plant.bounded);
            let (rec, note) = r
                .machines
                .apply(&r, raw, q_cap, t_sup, dc_demand[h], plant.bounded);
            off += u32::from(note.off_min_load);
            hr.available_kw[h] = rec.available_kw;
            hr.mode[h] = rec.mode;
            hr.cop[h] = rec.cop;
            hp_share[h] = rec.hp_share;
            g[h] = rec.dc_heat_per_kwh;
            capped[h] = rec.capped;
        }
        off
    }

    /// Step 4a': availability and the connection pipe. In hours the plant cannot run
    /// (MODEL.md §4.1) nothing is available and the hour's mode is `none`; otherwise the loss at
    /// the full available heat `ℓ(A)` (MODEL.md §9.1), and the heat the plant can place at the
    /// network `A − ℓ(A)` written back into `available_kw`.
    fn connection_pass(&mut self, connection: &ConnectionRun, outages: bool) {
        let hr = &mut self.results.hourly;
        let full = &mut self.connection_full_loss_kw[..HOURS];
        if outages {
            let (hp_share, capped) = (&mut self.hp_share[..HOURS], &mut self.capped[..HOURS]);
            for (h, &up) in hr.recovery_available.iter().enumerate().take(HOURS) {
                if !up {
                    hr.available_kw[h] = 0.0;
                    hr.mode[h] = Mode::None;
                    hr.cop[h] = 0.0;
                    hp_share[h] = 0.0;
                    capped[h] = false;
                }
            }
        }
        if !connection.is_active() {
            full.fill(0.0);
            return;
        }
        for (h, full_loss) in full.iter_mut().enumerate() {
            let a = hr.available_kw[h];
            let loss = connection.loss_kw(a, hr.t_supply_c[h], hr.t_return_c[h]);
            *full_loss = loss;
            hr.available_kw[h] = a - loss;
        }
    }

    /// Step 4a''': with `storage.dispatch = peak`, the dispatchable plants' output before the
    /// store `b[h] = R[h] − direct[h]` of every hour (the backup of an empty store, which does
    /// not depend on the store), for the look-ahead (MODEL.md §6).
    fn before_store_pass(&mut self, plant: &Plant) {
        let hr = &self.results.hourly;
        let before = &mut self.before_store_kw[..HOURS];
        let mut month = 0;
        for (h, b) in before.iter_mut().enumerate() {
            if h >= MONTH_START_HOUR[month + 1] {
                month += 1;
            }
            let recovery = RecoveryHour {
                mode: hr.mode[h],
                available_kw: hr.available_kw[h],
                hp_share: self.hp_share[h],
                cop: hr.cop[h],
                dc_heat_per_kwh: self.dc_heat_per_kwh[h],
                capped: self.capped[h],
            };
            *b = plant
                .dispatch(&recovery, hr.demand_kw[h], month, 0.0)
                .backup_kw;
        }
    }

    /// Step 4a'': with a tank, the warm-up pass from half full, which keeps only the tank
    /// content; returns the content the reported year starts with, kWh. `PEAK`: the look-ahead
    /// discharge over `before_store_kw`.
    fn warm_up<const PEAK: bool>(&self, plant: &Plant) -> f64 {
        let hr = &self.results.hourly;
        let mut content = plant.tank.warm_up_start_kwh();
        let mut window = look_ahead::Window::new();
        let mut month = 0;
        for h in 0..HOURS {
            if h >= MONTH_START_HOUR[month + 1] {
                month += 1;
            }
            let recovery = RecoveryHour {
                mode: hr.mode[h],
                available_kw: hr.available_kw[h],
                hp_share: self.hp_share[h],
                cop: hr.cop[h],
                dc_heat_per_kwh: self.dc_heat_per_kwh[h],
                capped: self.capped[h],
            };
            let d = if PEAK {
                let before = &self.before_store_kw[..HOURS];
                plant.dispatch_peak(
                    &recovery,
                    hr.demand_kw[h],
                    month,
                    content,
                    before,
                    h,
                    &mut window,
                )
            } else {
                plant.dispatch(&recovery, hr.demand_kw[h], month, content)
            };
            content = d.content_end_kwh;
        }
        content
    }

    /// Step 4b: the reported pass of dispatch and settlement from `start_kwh`, writing the
    /// remaining columns; returns the tank content at the end, kWh. `TANK` false skips the tank
    /// columns, which then hold zeros; `PEAK` discharges by the look-ahead (MODEL.md §6).
    fn demand_pass<const TANK: bool, const PEAK: bool>(
        &mut self,
        plant: &Plant,
        connection: &ConnectionRun,
        start_kwh: f64,
    ) -> f64 {
        let hr: &mut Hourly = &mut self.results.hourly;
        let full_loss = &self.connection_full_loss_kw[..HOURS];
        let (mut connection_pumping_kwh, mut connection_loss_kwh) = (0.0, 0.0);
        let hp_share = &self.hp_share[..HOURS];
        let (g, capped) = (&self.dc_heat_per_kwh[..HOURS], &self.capped[..HOURS]);
        let before = &self.before_store_kw[..HOURS];
        let mut window = look_ahead::Window::new();
        let by_kind = &mut self.displaced_by_kind;
        *by_kind = [[0.0; KINDS]; 12];
        let mut content = start_kwh;
        let mut month = 0;
        for h in 0..HOURS {
            if h >= MONTH_START_HOUR[month + 1] {
                month += 1;
            }
            let recovery = RecoveryHour {
                mode: hr.mode[h],
                available_kw: hr.available_kw[h],
                hp_share: hp_share[h],
                cop: hr.cop[h],
                dc_heat_per_kwh: g[h],
                capped: capped[h],
            };
            let d = if PEAK {
                plant.dispatch_peak(
                    &recovery,
                    hr.demand_kw[h],
                    month,
                    content,
                    before,
                    h,
                    &mut window,
                )
            } else {
                plant.dispatch(&recovery, hr.demand_kw[h], month, content)
            };
            content = d.content_end_kwh;
            // Settlement through the connection pipe (MODEL.md §9.1; as `Plant::demand_side`
            // when the pipe has no length).
            let pipe = connection.settle_hour(
                plant,
                &PipeHourInput {
                    recovery,
                    dispatch: d,
                    q_captured_kw: hr.q_captured_kw[h],
                    p_it_kw: hr.p_it_kw[h],
                    full_loss_kw: full_loss[h],
                    t_supply_c: hr.t_supply_c[h],
                    t_return_c: hr.t_return_c[h],
                },
            );
            let (p, p_dc_kw, loss) = (pipe.settled, pipe.p_dc_kw, pipe.loss_kw);
            connection_pumping_kwh += pipe.route_pumping_kw;
            connection_loss_kwh += loss;
            hr.connection_loss_kw[h] = loss;
            hr.direct_kw[h] = d.direct_kw;
            hr.backup_kw[h] = d.backup_kw;
            hr.must_run_kw[h] = d.must_run_kw;
            hr.too_dear_kw[h] = d.too_dear_kw;
            hr.no_room_kw[h] = d.no_room_kw;
            hr.displaced_co2_kg[h] = d.displaced_co2_kg;
            hr.displaced_cost_eur[h] = d.displaced_cost_eur;
            hr.displaced_kind[h] = d.marginal_kind;
            hr.covered_by[h] = d.covered_by;
            for (sum, kw) in by_kind[month].iter_mut().zip(d.displaced_kw) {
                *sum += kw;
            }
            if TANK {
                hr.charge_kw[h] = d.charge_kw;
                hr.discharge_kw[h] = d.discharge_kw;
                hr.storage_loss_kwh[h] = d.standing_loss_kwh;
                hr.storage_kwh[h] = content;
            }
            hr.delivered_kw[h] = p.delivered_kw;
            hr.q_used_kw[h] = p.q_used_kw;
            hr.rejected_kw[h] = p.rejected_kw;
            hr.hp_output_kw[h] = p.hp_output_kw;
            hr.hp_electricity_kw[h] = p.hp_electricity_kw;
            hr.pumping_kw[h] = p.pumping_kw;
            hr.p_dc_kw[h] = p_dc_kw;
        }
        self.connection_pumping_kwh = connection_pumping_kwh;
        self.connection_loss_kwh = connection_loss_kwh;
        content
    }
}

/// Bit-for-bit equal slices (cheaper than element-wise `==` and exact for the cache).
fn same_values(a: &[f64], b: &[f64]) -> bool {
    a.len() == b.len()
        && a.iter()
            .zip(b)
            .fold(true, |same, (x, y)| same & (x.to_bits() == y.to_bits()))
}

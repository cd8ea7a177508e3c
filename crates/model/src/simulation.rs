//! The annual simulation: validate once, then a tight hourly loop over columns (MODEL.md §0–§10).
//!
//! A [`Simulator`] owns every hourly column (`Box<[f64]>` of 8,760) and reuses them: once warm,
//! [`Simulator::run`] allocates nothing, so a slider can re-run the year on every move. The order
//! of the passes follows the plant:
//! 1. weather: copy `T_out` and its 72-hour mean `T_smooth` (recomputed only when the weather
//!    changes);
//! 2. network supply temperature `T_sup` and its minimum `T_floor` (§3);
//! 3. heating degree-hours and their sum `Σw` (§5);
//! 4. for each hour: IT power and captured heat (§2), demand at the plant (§5), and what the
//!    recovery plant can deliver (§4);
//! 5. dispatch through the tank (§6–§7): a warm-up pass from half full, then the reported pass
//!    from the warm-up's end content, settling heat pump, heat used and rejected, pumping and
//!    facility power (which depends on the heat used, so it comes after dispatch);
//! 6. monthly and annual figures, CO2, economics and warnings from the columns (§8–§10).
//!
//! Every step is a pure function of copyable scalars (see the component modules); nothing can
//! fail, because [`Params`] is already valid.

use crate::data_centre::DataCentre;
use crate::dispatch::{dispatch_hour, settle};
use crate::emissions::Emissions;
use crate::network::{Demand, SupplyCurve};
use crate::params::Params;
use crate::recovery::{Mode, Recovery};
use crate::results::Results;
use crate::storage::Tank;
use crate::summary::{summarise, HourRules, RunFacts};
use crate::weather::{smooth_72h, HOURS};

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
    /// Heating degree-hours `w[h]`, K·h.
    degree_hours: Box<[f64]>,
    /// Heat pump's share of the network heating `s[h]`.
    hp_share: Box<[f64]>,
    /// Data-centre heat per kWh delivered `g[h]`.
    dc_heat_per_kwh: Box<[f64]>,
    /// The heat pump's cap limited `A[h]`.
    capped: Box<[bool]>,
    /// `t_smooth_c` matches `t_out_c`.
    smoothed: bool,
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
            degree_hours: vec![0.0; HOURS].into_boxed_slice(),
            hp_share: vec![0.0; HOURS].into_boxed_slice(),
            dc_heat_per_kwh: vec![0.0; HOURS].into_boxed_slice(),
            capped: vec![false; HOURS].into_boxed_slice(),
            smoothed: false,
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
        let demand = Demand::from_params(&params.network);
        let degree_hours = self.degree_hours(&demand);
        let dc = DataCentre::from_params(params);
        let recovery = Recovery::from_params(params);
        let profile = dc.utilisation_profile();
        self.plant_hours(&dc, &demand, &recovery, &profile, degree_hours);
        let tank = Tank::from_params(params, min_supply_c);
        let (storage_start_kwh, storage_end_kwh) = self.dispatch(
            &dc,
            &tank,
            params.recovery.pumping_share,
            !demand.takes_all_heat,
        );

        let rules = HourRules {
            emissions: Emissions::from_params(params),
            economics: params.economics,
            pue: dc.pue,
            max_cop: params.recovery.max_cop,
            recovery,
        };
        let facts = RunFacts {
            tank,
            storage_start_kwh,
            storage_end_kwh,
            mean_utilisation: profile.iter().sum::<f64>() / 24.0,
            min_supply_c,
            max_supply_c,
            degree_hours,
            space_heating_kwh: demand.space_heating_kwh,
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
        results.takes_all_heat = params.network.takes_all_heat;
        &self.results
    }

    /// Step 1: `T_out` and `T_smooth`, recomputing the smoothing only for new weather.
    fn load_weather(&mut self, t_out_c: &[f64]) {
        let hourly = &mut self.results.hourly;
        if self.smoothed && hourly.t_out_c[..] == *t_out_c {
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
        let (mut lowest, mut highest) = (f64::INFINITY, f64::NEG_INFINITY);
        for (t_sup, &t_smooth) in hourly.t_supply_c.iter_mut().zip(hourly.t_smooth_c.iter()) {
            *t_sup = curve.supply_c(t_smooth);
            lowest = lowest.min(*t_sup);
            highest = highest.max(*t_sup);
        }
        (lowest, highest)
    }

    /// Step 3: heating degree-hours `w[h]`; returns `Σw`.
    fn degree_hours(&mut self, demand: &Demand) -> f64 {
        let t_out = &self.results.hourly.t_out_c;
        let mut sum = 0.0;
        for (h, (w, &t)) in self.degree_hours.iter_mut().zip(t_out.iter()).enumerate() {
            *w = demand.degree_hours(t, h / 24);
            sum += *w;
        }
        sum
    }

    /// Step 4: data centre, demand and recovery plant, hour by hour.
    fn plant_hours(
        &mut self,
        dc: &DataCentre,
        demand: &Demand,
        recovery: &Recovery,
        profile: &[f64; 24],
        sum_w: f64,
    ) {
        let hr = &mut self.results.hourly;
        let bounded = !demand.takes_all_heat;
        for h in 0..HOURS {
            let hod = h % 24;
            let p_it = dc.it_power_kw(profile[hod]);
            let q_cap = dc.captured_kw(p_it);
            let t_sup = hr.t_supply_c[h];
            let loss = demand.loss_kw(t_sup);
            let plant_demand = demand.space_heating_kw(self.degree_hours[h], sum_w)
                + demand.hot_water_kw[hod]
                + loss;
            let dc_demand = demand.dc_demand_kw(plant_demand);
            let rec = recovery.hour(q_cap, t_sup, dc_demand, bounded);
            debug_assert!(rec.available_kw.is_finite() && plant_demand.is_finite());
            hr.p_it_kw[h] = p_it;
            hr.q_captured_kw[h] = q_cap;
            hr.network_loss_kw[h] = loss;
            hr.demand_kw[h] = plant_demand;
            hr.dc_demand_kw[h] = dc_demand;
            hr.available_kw[h] = rec.available_kw;
            hr.mode[h] = rec.mode;
            hr.cop[h] = rec.cop;
            self.hp_share[h] = rec.hp_share;
            self.dc_heat_per_kwh[h] = rec.dc_heat_per_kwh;
            self.capped[h] = rec.capped;
        }
    }

    /// Step 5: dispatch (warm-up pass when there is a tank, then the reported pass); returns the
    /// tank content at the start and end of the reported year, kWh.
    fn dispatch(
        &mut self,
        dc: &DataCentre,
        tank: &Tank,
        pumping_share: f64,
        bounded: bool,
    ) -> (f64, f64) {
        let hr = &mut self.results.hourly;
        let mut content = 0.0;
        if tank.is_active() {
            content = tank.warm_up_start_kwh();
            for h in 0..HOURS {
                let may_charge = hr.mode[h] != Mode::ReturnLine;
                content = dispatch_hour(
                    hr.available_kw[h],
                    hr.dc_demand_kw[h],
                    bounded,
                    may_charge,
                    tank,
                    content,
                )
                .content_end_kwh;
            }
        }
        let start = content;
        for h in 0..HOURS {
            let mode = hr.mode[h];
            let d = dispatch_hour(
                hr.available_kw[h],
                hr.dc_demand_kw[h],
                bounded,
                mode != Mode::ReturnLine,
                tank,
                content,
            );
            content = d.content_end_kwh;
            let rec = crate::recovery::RecoveryHour {
                mode,
                available_kw: hr.available_kw[h],
                hp_share: self.hp_share[h],
                cop: hr.cop[h],
                dc_heat_per_kwh: self.dc_heat_per_kwh[h],
                capped: self.capped[h],
            };
            let q_cap = hr.q_captured_kw[h];
            let p = settle(&rec, q_cap, &d, pumping_share);
            hr.direct_kw[h] = d.direct_kw;
            hr.charge_kw[h] = d.charge_kw;
            hr.discharge_kw[h] = d.discharge_kw;
            hr.backup_kw[h] = d.backup_kw;
            hr.storage_loss_kwh[h] = d.standing_loss_kwh;
            hr.storage_kwh[h] = d.content_end_kwh;
            hr.delivered_kw[h] = p.delivered_kw;
            hr.q_used_kw[h] = p.q_used_kw;
            hr.rejected_kw[h] = p.rejected_kw;
            hr.hp_output_kw[h] = p.hp_output_kw;
            hr.hp_electricity_kw[h] = p.hp_electricity_kw;
            hr.pumping_kw[h] = p.pumping_kw;
            hr.p_dc_kw[h] = dc.facility_power_kw(hr.p_it_kw[h], p.q_used_kw);
        }
        (start, content)
    }
}

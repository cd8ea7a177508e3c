//! The passes over the year, in the order [`super::Simulator::run`] calls them.

use super::{same_values, Plant, Simulator};
use crate::connection::{ConnectionRun, PipeHourInput};
use crate::dispatch::KINDS;
use crate::network::cold_water::DAYS;
use crate::network::{Demand, Mains, SupplyCurve};
use crate::params::{ColdWater, Params};
use crate::recovery::{LiftCache, Mode, RecoveryHour};
use crate::results::Hourly;
use crate::storage::look_ahead;
use crate::weather::{smooth_72h, HOURS, MONTH_START_HOUR};

/// What the recovery plant offers in hour `h`, read back from the supply side's columns.
#[inline(always)]
fn recovery_hour(
    hr: &Hourly,
    hp_share: &[f64],
    g: &[f64],
    capped: &[bool],
    h: usize,
) -> RecoveryHour {
    RecoveryHour {
        mode: hr.mode[h],
        available_kw: hr.available_kw[h],
        hp_share: hp_share[h],
        cop: hr.cop[h],
        dc_heat_per_kwh: g[h],
        capped: capped[h],
    }
}

impl Simulator {
    /// [`recovery_hour`] from this workspace's columns.
    #[inline(always)]
    fn recovery_hour(&self, h: usize) -> RecoveryHour {
        recovery_hour(
            &self.results.hourly,
            &self.hp_share,
            &self.dc_heat_per_kwh,
            &self.capped,
            h,
        )
    }

    /// Step 1: `T_out` and `T_smooth`, recomputing the smoothing only for new weather.
    pub(super) fn load_weather(&mut self, t_out_c: &[f64]) {
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
    pub(super) fn supply_temperatures(&mut self, params: &Params) -> (f64, f64) {
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
    pub(super) fn degree_hours(&self, demand: &Demand) -> f64 {
        let t_out = &self.results.hourly.t_out_c;
        t_out
            .iter()
            .enumerate()
            .map(|(h, &t)| demand.degree_hours(t, h / 24))
            .sum()
    }

    /// Step 4a: the supply side of every hour, written to the columns.
    pub(super) fn supply_pass(&mut self, plant: &Plant) {
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
    pub(super) fn heat_pump_design_kw(&self) -> (f64, f64) {
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
    pub(super) fn units_pass(&mut self, plant: &Plant) -> u32 {
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
    pub(super) fn connection_pass(&mut self, connection: &ConnectionRun, outages: bool) {
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
    pub(super) fn before_store_pass(&mut self, plant: &Plant) {
        let hr = &self.results.hourly;
        let before = &mut self.before_store_kw[..HOURS];
        let mut month = 0;
        for (h, b) in before.iter_mut().enumerate() {
            if h >= MONTH_START_HOUR[month + 1] {
                month += 1;
            }
            let recovery =
                recovery_hour(hr, &self.hp_share, &self.dc_heat_per_kwh, &self.capped, h);
            *b = plant
                .dispatch(&recovery, hr.demand_kw[h], month, 0.0)
                .backup_kw;
        }
    }

    /// Step 4a'': with a tank, the warm-up pass from half full, which keeps only the tank
    /// content; returns the content the reported year starts with, kWh. `PEAK`: the look-ahead
    /// discharge over `before_store_kw`.
    pub(super) fn warm_up<const PEAK: bool>(&self, plant: &Plant) -> f64 {
        let hr = &self.results.hourly;
        let mut content = plant.tank.warm_up_start_kwh();
        let mut window = look_ahead::Window::new();
        let mut month = 0;
        for h in 0..HOURS {
            if h >= MONTH_START_HOUR[month + 1] {
                month += 1;
            }
            let recovery = self.recovery_hour(h);
            let before = &self.before_store_kw[..HOURS];
            let d = plant.dispatch_by::<PEAK>(
                &recovery,
                hr.demand_kw[h],
                month,
                content,
                before,
                h,
                &mut window,
            );
            content = d.content_end_kwh;
        }
        content
    }

    /// Step 4b: the reported pass of dispatch and settlement from `start_kwh`, writing the
    /// remaining columns; returns the tank content at the end, kWh. `TANK` false skips the tank
    /// columns, which then hold zeros; `PEAK` discharges by the look-ahead (MODEL.md §6).
    #[allow(clippy::needless_range_loop)] // the hour indexes some twenty columns
    pub(super) fn demand_pass<const TANK: bool, const PEAK: bool>(
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
            let recovery = recovery_hour(hr, hp_share, g, capped, h);
            let d = plant.dispatch_by::<PEAK>(
                &recovery,
                hr.demand_kw[h],
                month,
                content,
                before,
                h,
                &mut window,
            );
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

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
    /// (Inlined as before the measured drivers gave it a second caller.)
    #[inline(always)]
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
        self.supply_pass_by::<false>(plant, &[], &[]);
    }

    /// [`Simulator::supply_pass`]; when `DRIVEN`, with the measured IT power `it_kw` and
    /// demand `measured_demand_kw` (8,760 values each, `NaN` for a gap, or empty when not given) in
    /// place of the model's (docs/model/measured.md §9).
    pub(super) fn supply_pass_by<const DRIVEN: bool>(
        &mut self,
        plant: &Plant,
        it_kw: &[f64],
        measured_demand_kw: &[f64],
    ) {
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
            // The day's slice of every column (one bounds check a day, none an hour).
            let (t_out, t_supply) = (&hr.t_out_c[hours.clone()], &hr.t_supply_c[hours.clone()]);
            let (p_it, q_captured, network_loss) = (
                &mut hr.p_it_kw[hours.clone()],
                &mut hr.q_captured_kw[hours.clone()],
                &mut hr.network_loss_kw[hours.clone()],
            );
            let (demand_kw, t_return, available) = (
                &mut hr.demand_kw[hours.clone()],
                &mut hr.t_return_c[hours.clone()],
                &mut hr.available_kw[hours.clone()],
            );
            let (mode, cop) = (&mut hr.mode[hours.clone()], &mut hr.cop[hours.clone()]);
            let (dc_demand, hp_share) =
                (&mut dc_demand[hours.clone()], &mut hp_share[hours.clone()]);
            let (it_day, measured_demand) = if DRIVEN {
                (
                    it_kw.get(hours.clone()).unwrap_or(&[]),
                    measured_demand_kw.get(hours.clone()).unwrap_or(&[]),
                )
            } else {
                (&[][..], &[][..])
            };
            let (g, capped) = (&mut g[hours.clone()], &mut capped[hours]);
            for hod in 0..24 {
                let f = if DRIVEN {
                    plant.supply_side_by::<true>(
                        hod,
                        &day,
                        t_out[hod],
                        t_supply[hod],
                        it_day.get(hod).copied().unwrap_or(f64::NAN),
                        measured_demand.get(hod).copied().unwrap_or(f64::NAN),
                        &mut lifts,
                    )
                } else {
                    plant.supply_side(hod, &day, t_out[hod], t_supply[hod], &mut lifts)
                };
                p_it[hod] = f.p_it_kw;
                q_captured[hod] = f.q_captured_kw;
                network_loss[hod] = f.network_loss_kw;
                demand_kw[hod] = f.demand_kw;
                t_return[hod] = f.t_return_c;
                dc_demand[hod] = f.dc_demand_kw;
                available[hod] = f.recovery.available_kw;
                mode[hod] = f.recovery.mode;
                cop[hod] = f.recovery.cop;
                hp_share[hod] = f.recovery.hp_share;
                g[hod] = f.recovery.dc_heat_per_kwh;
                capped[hod] = f.recovery.capped;
            }
        }
    }

    /// The design hour's heat-pump output `max_h s·A[h]` and the smallest positive `s·A[h]`,
    /// kW (0 and infinity without heat-pump hours).
    pub(super) fn heat_pump_design_kw(&self) -> (f64, f64) {
        let hr = &self.results.hourly;
        let (mode, available) = (&hr.mode[..HOURS], &hr.available_kw[..HOURS]);
        let hp_share = &self.hp_share[..HOURS];
        let (mut design, mut smallest) = (0.0_f64, f64::INFINITY);
        for h in 0..HOURS {
            if mode[h] == Mode::HeatPump {
                let wanted = hp_share[h] * available[h];
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
        let available = &mut hr.available_kw[..HOURS];
        let (t_supply, t_return) = (&hr.t_supply_c[..HOURS], &hr.t_return_c[..HOURS]);
        for h in 0..HOURS {
            let a = available[h];
            let loss = connection.loss_kw(a, t_supply[h], t_return[h]);
            full[h] = loss;
            available[h] = a - loss;
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
        // Every column sliced to the year once, so that the hour's reads and writes need no
        // bounds check (the columns all hold `HOURS` values; same values, same order).
        let (mode, available, cop) = (
            &hr.mode[..HOURS],
            &hr.available_kw[..HOURS],
            &hr.cop[..HOURS],
        );
        let (demand, q_captured, p_it) = (
            &hr.demand_kw[..HOURS],
            &hr.q_captured_kw[..HOURS],
            &hr.p_it_kw[..HOURS],
        );
        let (t_supply, t_return) = (&hr.t_supply_c[..HOURS], &hr.t_return_c[..HOURS]);
        let (connection_loss, direct, backup) = (
            &mut hr.connection_loss_kw[..HOURS],
            &mut hr.direct_kw[..HOURS],
            &mut hr.backup_kw[..HOURS],
        );
        let (must_run, too_dear, no_room) = (
            &mut hr.must_run_kw[..HOURS],
            &mut hr.too_dear_kw[..HOURS],
            &mut hr.no_room_kw[..HOURS],
        );
        let (displaced_co2, displaced_cost, displaced_kind, covered_by) = (
            &mut hr.displaced_co2_kg[..HOURS],
            &mut hr.displaced_cost_eur[..HOURS],
            &mut hr.displaced_kind[..HOURS],
            &mut hr.covered_by[..HOURS],
        );
        let (charge, discharge, storage_loss, storage) = (
            &mut hr.charge_kw[..HOURS],
            &mut hr.discharge_kw[..HOURS],
            &mut hr.storage_loss_kwh[..HOURS],
            &mut hr.storage_kwh[..HOURS],
        );
        let (delivered, q_used, rejected) = (
            &mut hr.delivered_kw[..HOURS],
            &mut hr.q_used_kw[..HOURS],
            &mut hr.rejected_kw[..HOURS],
        );
        let (hp_output, hp_electricity, pumping, p_dc) = (
            &mut hr.hp_output_kw[..HOURS],
            &mut hr.hp_electricity_kw[..HOURS],
            &mut hr.pumping_kw[..HOURS],
            &mut hr.p_dc_kw[..HOURS],
        );
        let full_loss = &self.connection_full_loss_kw[..HOURS];
        let route_heat = &mut self.route_heat_kw[..HOURS];
        let mut connection_loss_kwh = 0.0;
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
                mode: mode[h],
                available_kw: available[h],
                hp_share: hp_share[h],
                cop: cop[h],
                dc_heat_per_kwh: g[h],
                capped: capped[h],
            };
            let d = plant.dispatch_by::<PEAK>(
                &recovery,
                demand[h],
                month,
                content,
                before,
                h,
                &mut window,
            );
            content = d.content_end_kwh;
            // Settlement through the connection pipe (MODEL.md §9.1; as `Plant::demand_side`
            // when the pipe has no length).
            let pipe = connection.settle_hour_at_plant(
                plant,
                &PipeHourInput {
                    recovery,
                    dispatch: d,
                    q_captured_kw: q_captured[h],
                    p_it_kw: p_it[h],
                    full_loss_kw: full_loss[h],
                    t_supply_c: t_supply[h],
                    t_return_c: t_return[h],
                },
            );
            let (p, p_dc_kw, loss) = (pipe.settled, pipe.p_dc_kw, pipe.loss_kw);
            route_heat[h] = d.direct_kw + d.charge_kw + loss;
            connection_loss_kwh += loss;
            connection_loss[h] = loss;
            direct[h] = d.direct_kw;
            backup[h] = d.backup_kw;
            must_run[h] = d.must_run_kw;
            too_dear[h] = d.too_dear_kw;
            no_room[h] = d.no_room_kw;
            displaced_co2[h] = d.displaced_co2_kg;
            displaced_cost[h] = d.displaced_cost_eur;
            displaced_kind[h] = d.marginal_kind;
            covered_by[h] = d.covered_by;
            for (sum, kw) in by_kind[month].iter_mut().zip(d.displaced_kw) {
                *sum += kw;
            }
            if TANK {
                charge[h] = d.charge_kw;
                discharge[h] = d.discharge_kw;
                storage_loss[h] = d.standing_loss_kwh;
                storage[h] = content;
            }
            delivered[h] = p.delivered_kw;
            q_used[h] = p.q_used_kw;
            rejected[h] = p.rejected_kw;
            hp_output[h] = p.hp_output_kw;
            hp_electricity[h] = p.hp_electricity_kw;
            pumping[h] = p.pumping_kw;
            p_dc[h] = p_dc_kw;
        }
        // The route's pumping, in a pass of its own (its divisions off the hour's chain): the
        // same sums as `ConnectionRun::settle_hour` makes hour by hour.
        let mut connection_pumping_kwh = 0.0;
        if connection.is_active() {
            for h in 0..HOURS {
                let route_kw = connection.pumping_kw(route_heat[h], t_supply[h], t_return[h]);
                pumping[h] += route_kw;
                connection_pumping_kwh += route_kw;
            }
        }
        self.connection_pumping_kwh = connection_pumping_kwh;
        self.connection_loss_kwh = connection_loss_kwh;
        content
    }
}

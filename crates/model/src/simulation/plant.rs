//! The hour step's two halves as pure functions of the year's constants (MODEL.md §2–§7).

use crate::data_centre::DataCentre;
use crate::dispatch::{
    dispatch_hour, dispatch_hour_capped, settle, DispatchHour, MeritOrder, PlantHour,
};
use crate::network::{Demand, DemandDay};
use crate::recovery::{LiftCache, Mode, Recovery, RecoveryHour};
use crate::storage::{look_ahead, Tank};

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
        self.supply_side_by::<false>(hod, day, t_out_c, t_supply_c, f64::NAN, f64::NAN, lifts)
    }

    /// [`Plant::supply_side`] with measured drivers (docs/model/measured.md §9): when `DRIVEN`,
    /// a measured IT power `it_kw` replaces `P_it` and a measured demand at the plant
    /// `demand_kw` replaces `D` (the losses and the return stay the model's); `NaN` keeps the
    /// model's value. Without `DRIVEN` both are ignored and the arithmetic is
    /// [`Plant::supply_side`]'s, with no test in the hour.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)] // the hour's scalars
    pub fn supply_side_by<const DRIVEN: bool>(
        &self,
        hod: usize,
        day: &DemandDay,
        t_out_c: f64,
        t_supply_c: f64,
        it_kw: f64,
        demand_kw: f64,
        lifts: &mut LiftCache,
    ) -> SupplySide {
        let dc = &self.data_centre;
        let p_it_kw = if DRIVEN && !it_kw.is_nan() {
            it_kw
        } else {
            dc.it_power_kw(self.utilisation[hod % 24])
        };
        let measured_demand_kw = demand_kw;
        let q_captured_kw = dc.captured_kw(p_it_kw);
        let customers =
            self.demand
                .customers(day, hod, t_out_c, self.space_heating_per_degree_hour);
        let t_return_c = self
            .demand
            .return_curve
            .return_c(customers.space_heating_kw, customers.hot_water_kw);
        let network_loss_kw = self.demand.loss_at_kw(t_supply_c, t_return_c);
        let demand_kw = if DRIVEN && !measured_demand_kw.is_nan() {
            measured_demand_kw
        } else {
            customers.space_heating_kw + customers.hot_water_kw + network_loss_kw
        };
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
    pub(super) fn dispatch(
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
    pub(super) fn dispatch_peak(
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

    /// The hour's dispatch by the store's rule: [`Plant::dispatch_peak`] when `PEAK`, else
    /// [`Plant::dispatch`] (`before_store_kw` and `window` unused).
    #[inline(always)]
    #[allow(clippy::too_many_arguments)] // the hour's scalars
    pub(super) fn dispatch_by<const PEAK: bool>(
        &self,
        recovery: &RecoveryHour,
        demand_kw: f64,
        month: usize,
        content_kwh: f64,
        before_store_kw: &[f64],
        h: usize,
        window: &mut look_ahead::Window,
    ) -> DispatchHour {
        if PEAK {
            self.dispatch_peak(
                recovery,
                demand_kw,
                month,
                content_kwh,
                before_store_kw,
                h,
                window,
            )
        } else {
            self.dispatch(recovery, demand_kw, month, content_kwh)
        }
    }
}

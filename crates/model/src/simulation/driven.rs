//! The steps of a run on measured drivers (docs/model/measured.md §9), kept apart from the
//! passes of an ordinary run: the outdoor driver merged into the weather before step 1, the
//! supply driver written over `T_sup` after step 2, and the mean utilisation of a run on
//! measured IT power. The IT and demand drivers enter the supply-side pass
//! (`Simulator::supply_pass_by::<true>`).

use super::Simulator;
use crate::data_centre::DataCentre;
use crate::drivers::{Driver, DriverError, Drivers};
use crate::params::Params;
use crate::results::Results;
use crate::weather::HOURS;

impl Simulator {
    /// Simulates the year for validated `params` and the weather `t_out_c` (as
    /// [`Simulator::run`]) on measured `drivers`: in every hour a driver gives a value, it
    /// replaces the model's `P_it`, `T_out`, `D` or `T_sup` (docs/model/measured.md §9); the
    /// other hours are the model's. With no driver the results equal [`Simulator::run`]'s bit
    /// for bit.
    ///
    /// Refused (nothing run) when a measured supply is not above the scenario's highest return
    /// ([`Drivers::check_against`]). Allocates one weather column on the first run with an
    /// outdoor driver, then nothing.
    pub fn run_driven(
        &mut self,
        params: &Params,
        t_out_c: &[f64],
        drivers: &Drivers,
    ) -> Result<&Results, DriverError> {
        drivers.check_against(params)?;
        if drivers.is_empty() {
            return Ok(self.run(params, t_out_c));
        }
        Ok(self.run_with(params, t_out_c, Some(drivers), true))
    }

    /// [`Simulator::run_driven`] for the hourly columns only: the summary, the monthly figures
    /// and the warnings are not computed (about a tenth of a run), and [`Simulator::results`]
    /// keeps the previous run's in those fields. What a calibration's objective needs
    /// (docs/model/measured.md §5): the hourly columns are bit for bit those of
    /// [`Simulator::run_driven`].
    pub fn run_driven_hourly(
        &mut self,
        params: &Params,
        t_out_c: &[f64],
        drivers: &Drivers,
    ) -> Result<&crate::results::Hourly, DriverError> {
        drivers.check_against(params)?;
        let driving = (!drivers.is_empty()).then_some(drivers);
        Ok(&self.run_with(params, t_out_c, driving, false).hourly)
    }

    /// The annual run of a valid scenario on its own drivers ([`crate::scenario::ValidScenario`]'s
    /// `drivers`, already checked against its network by validation): [`Simulator::run`] when
    /// `drivers` is empty (bit for bit), else [`Simulator::run_driven`]'s run. Cannot fail: a
    /// supply driver that does not suit `params` (never the case for the scenario's own
    /// params) is left out rather than run.
    pub fn run_on(&mut self, params: &Params, t_out_c: &[f64], drivers: &Drivers) -> &Results {
        if drivers.is_empty() {
            return self.run(params, t_out_c);
        }
        if drivers.check_against(params).is_err() {
            let mut usable = drivers.clone();
            usable.clear(Driver::SupplyC);
            return self.run_with(params, t_out_c, Some(&usable), true);
        }
        self.run_with(params, t_out_c, Some(drivers), true)
    }

    /// Step 1 with the outdoor driver: the weather (repeated or zeroed as
    /// [`Simulator::run`] reads it) with every measured hour written over it, then smoothed.
    pub(super) fn load_driven_weather(&mut self, t_out_c: &[f64], drivers: &Drivers) {
        let Some(outdoor) = drivers.column(Driver::OutdoorC) else {
            self.load_weather(t_out_c);
            return;
        };
        let mut merged = std::mem::take(&mut self.driven_weather);
        merged.clear();
        merged.resize(HOURS, 0.0);
        let n = t_out_c.len();
        for (h, (t, &measured)) in merged.iter_mut().zip(outdoor).enumerate() {
            let modelled = if n == 0 { 0.0 } else { t_out_c[h % n] };
            *t = if !measured.is_nan() {
                measured
            } else if modelled.is_finite() {
                modelled
            } else {
                0.0
            };
        }
        self.load_weather(&merged);
        self.driven_weather = merged;
    }

    /// After step 2: the measured supply written over `T_sup` in its hours; returns the year's
    /// lowest and highest supply again (`modelled` when there is no supply driver).
    pub(super) fn drive_supply(&mut self, drivers: &Drivers, modelled: (f64, f64)) -> (f64, f64) {
        let Some(supply) = drivers.column(Driver::SupplyC) else {
            return modelled;
        };
        let t_supply = &mut self.results.hourly.t_supply_c;
        let (mut lowest, mut highest) = (f64::INFINITY, f64::NEG_INFINITY);
        for (t, &measured) in t_supply.iter_mut().zip(supply) {
            if !measured.is_nan() {
                *t = measured;
            }
            lowest = lowest.min(*t);
            highest = highest.max(*t);
        }
        (lowest, highest)
    }

    /// The mean utilisation of a run on measured IT power, `ΣP_it / (8,760 · P_design)` (0
    /// when `P_design = 0`; may exceed 1: docs/model/measured.md §9).
    pub(super) fn driven_mean_utilisation(&self, data_centre: &DataCentre) -> f64 {
        let design = data_centre.design_it_kw;
        if design > 0.0 {
            self.results.hourly.p_it_kw.iter().sum::<f64>() / (HOURS as f64 * design)
        } else {
            0.0
        }
    }
}

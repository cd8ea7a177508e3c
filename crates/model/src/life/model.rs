//! The annual simulation of MODEL.md as an [`AnnualModel`]: a year at IT share `s` is the
//! scenario with `racks · s` (the racks installed so far; utilisation and swing unchanged), the
//! year's grid factor and prices; its [`Results`] become a [`YearPhysics`].

use super::{AnnualModel, YearInputs, YearPhysics};
use crate::capex::{capex, CapexBreakdown, CapexParams, Plant, StorageKind};
use crate::emissions::Emissions;
use crate::params::{HeatPumpOwner, Params};
use crate::results::{Monthly, Results, Summary};
use crate::simulation::Simulator;

/// `params` with the design IT load scaled by `share` (racks · share; `share` clamped to
/// 0–1, not finite = 0).
pub fn with_it_share(params: &Params, share: f64) -> Params {
    let share = if share.is_finite() {
        share.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let mut p = *params;
    p.data_centre.racks *= share;
    p
}

/// The physics of one run that the project's life needs (MODEL.md §8–§9 quantities):
/// `D_co2 = Σ_m Q_del[m] · e[m] / 1000`, `F_co2 = F · fuel_kg_per_mwh / 1000`, and each party's
/// electricity by the heat pump's owner (the utility always pays for pumping).
pub fn year_physics(params: &Params, results: &Results) -> YearPhysics {
    year_physics_of(params, &results.summary, &results.monthly)
}

/// [`year_physics`] from a year's summary and monthly figures (e.g. the page's copy of them).
pub fn year_physics_of(params: &Params, s: &Summary, monthly: &[Monthly; 12]) -> YearPhysics {
    let e = Emissions::from_params(params);
    let displaced_co2_t = monthly
        .iter()
        .zip(e.displaced_kg_per_mwh)
        .map(|(m, factor)| m.heat_delivered_mwh * factor)
        .sum::<f64>()
        / 1000.0;
    let (utility_electricity_mwh, data_centre_electricity_mwh) = match params
        .economics
        .heat_pump_owner
    {
        HeatPumpOwner::Utility => (s.heat_pump_electricity_mwh + s.pumping_electricity_mwh, 0.0),
        HeatPumpOwner::DataCentre => (s.pumping_electricity_mwh, s.heat_pump_electricity_mwh),
    };
    YearPhysics {
        heat_delivered_mwh: s.heat_delivered_mwh,
        fuel_avoided_mwh: s.fuel_saved_mwh,
        fuel_co2_t: s.fuel_saved_mwh * params.emissions.fuel_kg_per_mwh / 1000.0,
        displaced_co2_t,
        heat_sold_mwh: s.metered_heat_mwh,
        utility_electricity_mwh,
        data_centre_electricity_mwh,
        cooling_saved_mwh: s.cooling_electricity_saved_mwh,
        displaced_cost_eur: Some(s.fuel_cost_avoided_eur),
    }
}

/// What the design year built, for [`crate::capex::capex`]: the recovery plant's peak output
/// through the exchangers, the heat pump's peak output and electricity (MW), the tank when it
/// is used (as a steel tank), and the connection pipe's `pipe_eur`. The user's
/// `heat_pump_installed_mw` is left at 0 (as sized): the caller sets it.
pub fn plant_as_built(params: &Params, results: &Results, pipe_eur: f64) -> Plant {
    let peak_mw = |column: &[f64]| column.iter().fold(0.0f64, |m, &x| m.max(x)) / 1000.0;
    let h = &results.hourly;
    let tank_used = results.summary.storage_capacity_mwh > 0.0;
    Plant {
        exchanger_mw: results.summary.peak_recovery_output_mw,
        heat_pump_ran_mw: peak_mw(&h.hp_output_kw),
        heat_pump_installed_mw: 0.0,
        heat_pump_electric_mw: peak_mw(&h.hp_electricity_kw),
        pipe_eur,
        storage_volume_m3: if tank_used {
            params.storage.volume_m3
        } else {
            0.0
        },
        storage_kind: tank_used.then_some(StorageKind::Tank),
    }
}

/// The peaks of one annual run that size what is built (docs/model/life.md §2).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct RunPeaks {
    /// The recovery plant's peak output through the exchangers, MW.
    pub recovery_mw: f64,
    /// The heat pump's peak output, MW (0 when it never ran).
    pub heat_pump_output_mw: f64,
    /// The heat pump's peak electricity, MW.
    pub heat_pump_electric_mw: f64,
    /// The store is used (a volume, supply-line feed-in, a bounded network).
    pub storage_used: bool,
}

/// Capex as built of one run (docs/model/life.md §2): exchanger and pumping stations on the
/// peak recovery output, heat pumps on `max(peak that ran, heat_pump_installed_kw / 1000)` MW,
/// their electrical connection, the connection pipe's `pipe_eur`, the store by its kind and
/// volume at `economics.storage_capex_eur_per_m3` (the DEA curve of its kind in 2025 € when
/// the scenario does not give it), buildings and engineering; split by the heat pump's owner.
///
/// DEA's heat-pump curve is scaled by `capex.heat_pump_curve_scale ·
/// economics.heat_pump_capex_eur_per_mw / 670,000`: the scenario's €/MW is read as the price
/// of DEA's 10 MW unit (670,000 €/MW in 2015 €, its default), and the curve gives smaller
/// units their higher price per MW.
///
/// The pipe's capex and the installed heat-pump capacity are arguments so that the pipe
/// catalogue and the heat-pump units can supply them; today's values are
/// [`crate::economics::connection_pipe_eur`] and [`crate::economics::heat_pump_sized_mw`].
pub fn capex_as_built(
    params: &Params,
    peaks: &RunPeaks,
    pipe_eur: f64,
    heat_pump_installed_kw: f64,
) -> CapexBreakdown {
    let plant = Plant {
        exchanger_mw: peaks.recovery_mw,
        heat_pump_ran_mw: peaks.heat_pump_output_mw,
        heat_pump_installed_mw: heat_pump_installed_kw / 1000.0,
        heat_pump_electric_mw: peaks.heat_pump_electric_mw,
        pipe_eur,
        storage_volume_m3: if peaks.storage_used {
            params.storage.volume_m3
        } else {
            0.0
        },
        storage_kind: peaks.storage_used.then_some(match params.storage.kind {
            crate::params::StorageKind::Tank => StorageKind::Tank,
            crate::params::StorageKind::Pit => StorageKind::Pit,
        }),
    };
    let curves = CapexParams {
        heat_pump_curve_scale: params.capex.heat_pump_curve_scale
            * params.economics.heat_pump_capex_eur_per_mw
            / DEA_10_MW_EUR_PER_MW_2015,
        storage_eur_per_m3: Some(params.economics.storage_capex_eur_per_m3),
        ..params.capex
    };
    capex(&curves, &plant, params.economics.heat_pump_owner)
}

/// DEA's 10 MW excess-heat heat pump, € per MW of heat in 2015 € (the default of
/// `economics.heat_pump_capex_eur_per_mw`, the reference its value scales the curve by).
pub const DEA_10_MW_EUR_PER_MW_2015: f64 = 670_000.0;

/// The annual simulation of `params` on the weather `t_out_c`, one reusable workspace for all
/// the years.
#[derive(Debug, Clone)]
pub struct SimulatedYears<'a> {
    params: &'a Params,
    t_out_c: &'a [f64],
    simulator: Simulator,
}

impl<'a> SimulatedYears<'a> {
    /// Years of `params` (validated) on `t_out_c` (8,760 hourly °C).
    pub fn new(params: &'a Params, t_out_c: &'a [f64]) -> Self {
        SimulatedYears {
            params,
            t_out_c,
            simulator: Simulator::new(),
        }
    }

    /// Years of `params` reusing a warm `simulator`.
    pub fn with_simulator(params: &'a Params, t_out_c: &'a [f64], simulator: Simulator) -> Self {
        SimulatedYears {
            params,
            t_out_c,
            simulator,
        }
    }

    /// Gives the workspace back (its results are those of the last year simulated).
    pub fn into_simulator(self) -> Simulator {
        self.simulator
    }
}

impl AnnualModel for SimulatedYears<'_> {
    fn run_year(&mut self, inputs: &YearInputs) -> YearPhysics {
        let mut p = with_it_share(self.params, inputs.it_share);
        if inputs.grid_g_per_kwh.is_finite() {
            p.emissions.grid_g_per_kwh = inputs.grid_g_per_kwh.max(0.0);
        }
        let prices = &inputs.prices;
        let e = &mut p.economics;
        for (field, value) in [
            (
                &mut e.electricity_price_eur_per_mwh,
                prices.electricity_eur_per_mwh,
            ),
            (&mut e.fuel_price_eur_per_mwh, prices.fuel_eur_per_mwh),
            (&mut e.heat_price_eur_per_mwh, prices.heat_eur_per_mwh),
        ] {
            if value.is_finite() {
                *field = value.max(0.0);
            }
        }
        let results = self.simulator.run(&p, self.t_out_c);
        year_physics(&p, results)
    }
}

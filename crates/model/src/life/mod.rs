//! The project's whole life (docs/model/life.md §3): years of operation with a ramp of the IT
//! load, escalating prices and a falling grid CO2 factor; cash flows per party, NPV, IRR,
//! discounted payback, lifetime heat, CO2 and LCOH.
//!
//! **Year k** (1..N, calendar year `start_year + k − 1`): IT share `s_k = ramp[min(k, len) − 1]`
//! (the last value repeats), grid factor `g_k = path(year)`, each price `p_1 · (1 + e)^(k−1)`.
//! An [`AnnualModel`] returns the year's [`YearPhysics`]; then
//! - `co2_avoided_t = D_co2 − (W_u + W_dc − E_cool) · g_k / 1000`;
//! - utility `CF_u = F · fuel + [in_ets] · F_co2 · carbon − M · heat − W_u · elec − OM_u + I`,
//!   where the real simulation gives the cost of the heat displaced (merit order, MODEL.md §9)
//!   in place of `F · fuel`, escalated with the fuel price;
//! - data centre `CF_dc = M · heat − W_dc · elec + E_cool · elec − OM_dc` (+ `I` if it receives
//!   the incentive); `I = incentive_eur_per_mwh · Q` for `k ≤ incentive_years`;
//! - year 0: `−C · (1 − incentive_capex_share)` for the recipient, `−C` for the other party.
//!
//! NPV, IRR and discounted payback per party as in [`finance`]; `lifetime_lcoh_eur_per_mwh =
//! [C_u + C_dc + Σ_k ((W_u + W_dc) · elec_k + OM_k) d_k] / Σ_k Q_k d_k`.
//!
//! **Memoised runs.** The annual physics of MODEL.md v1 depends neither on prices (they only
//! count hours) nor on the grid factor (CO2 only), and CO2 and money are linear in them, so they
//! are applied afterwards: with [`MemoBy::ItShare`] (default) each *distinct* IT share of the ramp
//! is simulated once. The physics is not linear in the share (demand bound, heat-pump cap,
//! tank), so shares are never scaled. [`MemoBy::AllInputs`] keys on the share, the grid factor
//! and every price, for a model whose dispatch depends on them.

pub mod finance;
pub mod grid;
mod model;
mod params;

pub use finance::{discounted_payback_years, irr, npv, IrrUndefined};
pub use grid::GridPath;
pub use model::{
    capex_as_built, plant_as_built, with_it_share, year_physics, year_physics_of, RunPeaks,
    SimulatedYears,
};
pub use params::{
    Escalation, LifeParams, MemoBy, CAPEX_RANGE, DEFAULT_DISCOUNT_RATE, DEFAULT_START_YEAR,
    DEFAULT_YEARS, DISCOUNT_RATE_RANGE, ESCALATION_RANGES, MAX_YEARS, OM_RANGE, RAMP_RANGE,
    START_YEAR_RANGE, YEARS_RANGE,
};

use crate::prices::{Party, PriceSet};
use params::tame;

/// What one annual run is asked to simulate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YearInputs {
    /// Operating year, 1-based.
    pub year: u32,
    /// Calendar year.
    pub calendar_year: u16,
    /// Share of design IT load.
    pub it_share: f64,
    /// Grid CO2 factor, g/kWh.
    pub grid_g_per_kwh: f64,
    /// This year's prices.
    pub prices: PriceSet,
}

/// The physics of one year that the money and CO2 need.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct YearPhysics {
    /// Heat delivered `Q`, MWh.
    pub heat_delivered_mwh: f64,
    /// Fuel avoided `F = Q / boiler_efficiency`, MWh of fuel.
    pub fuel_avoided_mwh: f64,
    /// Combustion CO2 of that fuel `F_co2`, t (what the ETS prices).
    pub fuel_co2_t: f64,
    /// CO2 of the heat displaced `D_co2` (monthly factors, MODEL.md §8), t.
    pub displaced_co2_t: f64,
    /// Metered heat sold by the data centre `M`, MWh.
    pub heat_sold_mwh: f64,
    /// The utility's electricity `W_u`, MWh.
    pub utility_electricity_mwh: f64,
    /// The data centre's electricity (a heat pump it owns) `W_dc`, MWh.
    pub data_centre_electricity_mwh: f64,
    /// The site's cooling electricity saved `E_cool`, MWh (0 without the credit).
    pub cooling_saved_mwh: f64,
    /// What the heat displaced would have cost at year-1 prices, € (MODEL.md §9, version 2:
    /// the marginal cost of the plants displaced, hour by hour). When given, the utility's
    /// saving in year k is this · `(1 + fuel_escalation)^(k−1)` instead of `F · fuel_k`.
    pub displaced_cost_eur: Option<f64>,
}

/// Runs one year of the plant.
pub trait AnnualModel {
    /// The physics of the year described by `inputs`.
    fn run_year(&mut self, inputs: &YearInputs) -> YearPhysics;
}

impl<F: FnMut(&YearInputs) -> YearPhysics> AnnualModel for F {
    fn run_year(&mut self, inputs: &YearInputs) -> YearPhysics {
        self(inputs)
    }
}

/// One year of the project (year 0 is the investment). JSON names are a contract.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize)]
pub struct LifeYear {
    /// Operating year, 0 for the investment.
    pub year: u32,
    /// Heat delivered, MWh.
    pub heat_delivered_mwh: f64,
    /// CO2 avoided with this year's grid factor, t.
    pub co2_avoided_t: f64,
    /// The utility's cash flow, €.
    pub cash_flow_utility_eur: f64,
    /// The data centre's cash flow, €.
    pub cash_flow_data_centre_eur: f64,
}

/// The project over its life.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
pub struct Life {
    /// Year 0 (investment) to N.
    pub years: Vec<LifeYear>,
    /// The utility's NPV, €.
    pub npv_utility_eur: f64,
    /// The data centre's NPV, €.
    pub npv_data_centre_eur: f64,
    /// Both together, €.
    pub npv_system_eur: f64,
    /// The utility's IRR; `None` when undefined.
    pub irr_utility: Option<f64>,
    /// Why the utility has no IRR.
    pub irr_utility_undefined: Option<IrrUndefined>,
    /// The data centre's IRR; `None` when undefined.
    pub irr_data_centre: Option<f64>,
    /// Why the data centre has no IRR.
    pub irr_data_centre_undefined: Option<IrrUndefined>,
    /// The system's IRR; `None` when undefined.
    pub irr_system: Option<f64>,
    /// Why the system has no IRR.
    pub irr_system_undefined: Option<IrrUndefined>,
    /// The utility's discounted payback, years; `None` when not within the life.
    pub discounted_payback_utility_years: Option<f64>,
    /// The data centre's discounted payback, years.
    pub discounted_payback_data_centre_years: Option<f64>,
    /// The system's discounted payback, years.
    pub discounted_payback_system_years: Option<f64>,
    /// Heat delivered over the life, MWh.
    pub lifetime_heat_delivered_mwh: f64,
    /// CO2 avoided over the life, t.
    pub lifetime_co2_avoided_t: f64,
    /// Lifetime levelised cost of the recovered heat, €/MWh; `None` when no heat.
    pub lifetime_lcoh_eur_per_mwh: Option<f64>,
    /// Annual simulations made.
    pub annual_runs: u32,
}

/// Memo key of one year.
fn memo_key(memo: MemoBy, y: &YearInputs) -> [u64; 7] {
    let mut key = [y.it_share.to_bits(), 0, 0, 0, 0, 0, 0];
    if memo == MemoBy::AllInputs {
        let p = &y.prices;
        key[1..].copy_from_slice(&[
            y.grid_g_per_kwh.to_bits(),
            p.electricity_eur_per_mwh.to_bits(),
            p.fuel_eur_per_mwh.to_bits(),
            p.heat_eur_per_mwh.to_bits(),
            p.carbon_eur_per_t.to_bits(),
            p.incentive_eur_per_mwh.to_bits(),
        ]);
    }
    key
}

/// The project over its life: runs `model` once per distinct memo key and prices each year.
/// Inputs that [`LifeParams::validate`] would refuse are clamped (years to 0–60, the discount
/// rate to 0–0.5, capex, O&M and the grant share into their ranges, non-finite values to 0), so
/// this never panics; non-finite physics from `model` propagate to the figures (and the IRR
/// says [`IrrUndefined::NotFinite`]).
pub fn project_life<M: AnnualModel + ?Sized>(params: &LifeParams, model: &mut M) -> Life {
    let n = params.years.min(MAX_YEARS);
    let r = tame(params.discount_rate, 0.0, 0.5, 0.0);
    let om_growth = 1.0 + tame(params.escalation.om, -0.2, 0.3, 0.0);
    let fuel_growth = 1.0 + tame(params.escalation.fuel, -0.2, 0.3, 0.0);
    let capex = [
        tame(params.capex_utility_eur, 0.0, CAPEX_RANGE.max, 0.0),
        tame(params.capex_data_centre_eur, 0.0, CAPEX_RANGE.max, 0.0),
    ];
    let om_year1 = [
        tame(params.om_utility_eur, 0.0, OM_RANGE.max, 0.0),
        tame(params.om_data_centre_eur, 0.0, OM_RANGE.max, 0.0),
    ];
    let recipient = params.prices.incentive_to;
    let grant = 1.0 - tame(params.prices.incentive_capex_share, 0.0, 1.0, 0.0);
    let year0 = LifeYear {
        year: 0,
        cash_flow_utility_eur: -capex[0]
            * if recipient == Party::Utility {
                grant
            } else {
                1.0
            },
        cash_flow_data_centre_eur: -capex[1]
            * if recipient == Party::DataCentre {
                grant
            } else {
                1.0
            },
        ..LifeYear::default()
    };
    let mut years = Vec::with_capacity(n as usize + 1);
    years.push(year0);
    let mut memo: Vec<([u64; 7], YearPhysics)> = Vec::new();
    let (mut discounted_cost, mut discounted_heat) = (capex[0] + capex[1], 0.0);
    let mut discount = 1.0;
    for k in 1..=n {
        discount /= 1.0 + r;
        let calendar_year = params.start_year.saturating_add((k - 1) as u16);
        let inputs = YearInputs {
            year: k,
            calendar_year,
            it_share: params.it_share(k),
            grid_g_per_kwh: params.grid_path.at(f64::from(calendar_year)),
            prices: params.prices_in(k),
        };
        let key = memo_key(params.memo, &inputs);
        let physics = match memo.iter().find(|(seen, _)| *seen == key) {
            Some((_, physics)) => *physics,
            None => {
                let physics = model.run_year(&inputs);
                memo.push((key, physics));
                physics
            }
        };
        let p = &inputs.prices;
        let om = om_growth.powi(k as i32 - 1);
        let (om_u, om_dc) = (om_year1[0] * om, om_year1[1] * om);
        let x = &physics;
        let incentive = if k <= p.incentive_years {
            p.incentive_eur_per_mwh * x.heat_delivered_mwh
        } else {
            0.0
        };
        let carbon = if p.in_ets {
            x.fuel_co2_t * p.carbon_eur_per_t
        } else {
            0.0
        };
        let elec = p.electricity_eur_per_mwh;
        let heat_revenue = x.heat_sold_mwh * p.heat_eur_per_mwh;
        let fuel_saving = match x.displaced_cost_eur {
            Some(cost) => cost * fuel_growth.powi(k as i32 - 1),
            None => x.fuel_avoided_mwh * p.fuel_eur_per_mwh,
        };
        let mut utility =
            fuel_saving + carbon - heat_revenue - x.utility_electricity_mwh * elec - om_u;
        let mut data_centre = heat_revenue - x.data_centre_electricity_mwh * elec
            + x.cooling_saved_mwh * elec
            - om_dc;
        match recipient {
            Party::Utility => utility += incentive,
            Party::DataCentre => data_centre += incentive,
        }
        let electricity_mwh = x.utility_electricity_mwh + x.data_centre_electricity_mwh;
        let co2_avoided_t = x.displaced_co2_t
            - (electricity_mwh - x.cooling_saved_mwh) * inputs.grid_g_per_kwh / 1000.0;
        discounted_cost += (electricity_mwh * elec + om_u + om_dc) * discount;
        discounted_heat += x.heat_delivered_mwh * discount;
        years.push(LifeYear {
            year: k,
            heat_delivered_mwh: x.heat_delivered_mwh,
            co2_avoided_t,
            cash_flow_utility_eur: utility,
            cash_flow_data_centre_eur: data_centre,
        });
    }
    summarise(years, r, discounted_cost, discounted_heat, memo.len())
}

/// NPV, IRR, payback and lifetime totals of the priced years.
fn summarise(
    years: Vec<LifeYear>,
    r: f64,
    discounted_cost: f64,
    discounted_heat: f64,
    runs: usize,
) -> Life {
    let utility: Vec<f64> = years.iter().map(|y| y.cash_flow_utility_eur).collect();
    let data_centre: Vec<f64> = years.iter().map(|y| y.cash_flow_data_centre_eur).collect();
    let system: Vec<f64> = utility
        .iter()
        .zip(&data_centre)
        .map(|(u, d)| u + d)
        .collect();
    let (irr_utility, irr_utility_undefined) = split(irr(&utility));
    let (irr_data_centre, irr_data_centre_undefined) = split(irr(&data_centre));
    let (irr_system, irr_system_undefined) = split(irr(&system));
    let npv_utility_eur = npv(r, &utility);
    let npv_data_centre_eur = npv(r, &data_centre);
    Life {
        npv_utility_eur,
        npv_data_centre_eur,
        npv_system_eur: npv(r, &system),
        irr_utility,
        irr_utility_undefined,
        irr_data_centre,
        irr_data_centre_undefined,
        irr_system,
        irr_system_undefined,
        discounted_payback_utility_years: discounted_payback_years(r, &utility),
        discounted_payback_data_centre_years: discounted_payback_years(r, &data_centre),
        discounted_payback_system_years: discounted_payback_years(r, &system),
        lifetime_heat_delivered_mwh: years.iter().map(|y| y.heat_delivered_mwh).sum(),
        lifetime_co2_avoided_t: years.iter().map(|y| y.co2_avoided_t).sum(),
        lifetime_lcoh_eur_per_mwh: (discounted_heat > 0.0)
            .then(|| discounted_cost / discounted_heat)
            .filter(|x| x.is_finite()),
        annual_runs: runs as u32,
        years,
    }
}

fn split(result: Result<f64, IrrUndefined>) -> (Option<f64>, Option<IrrUndefined>) {
    match result {
        Ok(rate) => (Some(rate), None),
        Err(why) => (None, Some(why)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prices::Country;
    use approx::assert_relative_eq;

    /// A year whose physics is proportional to the IT share: 10,000 MWh of heat at share 1.
    fn linear(y: &YearInputs) -> YearPhysics {
        let s = y.it_share;
        YearPhysics {
            heat_delivered_mwh: 10_000.0 * s,
            fuel_avoided_mwh: 10_000.0 * s / 0.9,
            fuel_co2_t: 10_000.0 * s / 0.9 * 0.2,
            displaced_co2_t: 10_000.0 * s / 0.9 * 0.2,
            heat_sold_mwh: 8_000.0 * s,
            utility_electricity_mwh: 2_000.0 * s,
            data_centre_electricity_mwh: 0.0,
            cooling_saved_mwh: 0.0,
            displaced_cost_eur: None,
        }
    }

    fn params() -> LifeParams {
        let mut p = LifeParams::for_country(Country::Italy);
        p.years = 3;
        p.grid_path = GridPath::constant(300.0);
        p.prices.electricity_eur_per_mwh = 150.0;
        p.prices.fuel_eur_per_mwh = 45.0;
        p.prices.heat_eur_per_mwh = 30.0;
        p.prices.carbon_eur_per_t = 0.0;
        p.capex_utility_eur = 1_000_000.0;
        p.om_utility_eur = 20_000.0;
        p
    }

    #[test]
    fn cash_flows_by_hand() {
        let mut p = params();
        p.ramp = vec![0.5, 1.0];
        let life = project_life(&p, &mut linear);
        // Year 1 at share 0.5: fuel 5,555.56 MWh · 45 = 250,000; heat sold 4,000 · 30 = 120,000;
        // electricity 1,000 · 150 = 150,000; O&M 20,000: utility −40,000; data centre +120,000.
        // Years 2 and 3 at share 1: 500,000 − 240,000 − 300,000 − 20,000 = −60,000; +240,000.
        let u: Vec<f64> = life.years.iter().map(|y| y.cash_flow_utility_eur).collect();
        let d: Vec<f64> = life
            .years
            .iter()
            .map(|y| y.cash_flow_data_centre_eur)
            .collect();
        for (got, want) in u
            .iter()
            .zip([-1_000_000.0, -40_000.0, -60_000.0, -60_000.0])
        {
            assert_relative_eq!(*got, want, epsilon = 1e-6);
        }
        for (got, want) in d.iter().zip([0.0, 120_000.0, 240_000.0, 240_000.0]) {
            assert_relative_eq!(*got, want, epsilon = 1e-6);
        }
        // CO2 year 1: 5,555.56 · 0.2 = 1,111.11 t − 1,000 MWh · 300 g/kWh / 1000 = 811.11 t.
        assert_relative_eq!(life.years[1].co2_avoided_t, 811.111_111, epsilon = 1e-5);
        assert_relative_eq!(life.lifetime_heat_delivered_mwh, 25_000.0, epsilon = 1e-9);
        // Two distinct shares, two runs.
        assert_eq!(life.annual_runs, 2);
        // The utility only loses: no IRR, said why; the data centre gains with no capex.
        assert_eq!(life.irr_utility, None);
        assert_eq!(life.irr_utility_undefined, Some(IrrUndefined::NoSignChange));
        assert_eq!(
            life.irr_data_centre_undefined,
            Some(IrrUndefined::NoSignChange)
        );
        assert_eq!(life.discounted_payback_utility_years, None);
        assert_eq!(life.discounted_payback_data_centre_years, Some(0.0));
        // NPV at 5 %: data centre 120,000/1.05 + 240,000/1.05² + 240,000/1.05³
        // = 114,285.714 + 217,687.075 + 207,321.024 = 539,293.813.
        assert_relative_eq!(life.npv_data_centre_eur, 539_293.813, epsilon = 1e-3);
        // LCOH: (1,000,000 + (150,000 + 20,000)/1.05 + 320,000/1.05² + 320,000/1.05³)
        // / (5,000/1.05 + 10,000/1.05² + 10,000/1.05³)
        // = (1,000,000 + 161,904.76 + 290,249.43 + 276,428.03) / (4,761.90 + 9,070.29 + 8,638.38).
        let lcoh = (1_000_000.0 + 161_904.762 + 290_249.433 + 276_428.031)
            / (4_761.905 + 9_070.295 + 8_638.376);
        assert_relative_eq!(
            life.lifetime_lcoh_eur_per_mwh.unwrap_or(f64::NAN),
            lcoh,
            epsilon = 1e-3
        );
    }

    #[test]
    fn ramp_repeats_its_last_value() {
        let mut p = params();
        p.ramp = vec![0.05, 0.3, 0.6, 1.0];
        let shares: Vec<f64> = (1..=7).map(|k| p.it_share(k)).collect();
        assert_eq!(shares, [0.05, 0.3, 0.6, 1.0, 1.0, 1.0, 1.0]);
        assert_eq!(p.design_share(), 1.0);
        p.ramp.clear();
        assert_eq!(p.it_share(3), 1.0);
        p.ramp = vec![1.0, 0.5];
        assert_eq!(p.design_share(), 1.0);
        assert_eq!(p.it_share(20), 0.5);
        // A 20-year life over a four-step ramp runs four years only.
        p.years = 20;
        p.ramp = vec![0.05, 0.3, 0.6, 1.0];
        let mut calls = Vec::new();
        let life = project_life(&p, &mut |y: &YearInputs| {
            calls.push(y.it_share);
            linear(y)
        });
        assert_eq!(calls, [0.05, 0.3, 0.6, 1.0]);
        assert_eq!(life.annual_runs, 4);
        assert_eq!(life.years.len(), 21);
        assert_eq!(life.years[20].year, 20);
        assert_eq!(life.years[20].heat_delivered_mwh, 10_000.0);
    }

    #[test]
    fn escalation_compounds_by_hand() {
        let mut p = params();
        p.escalation = Escalation {
            electricity: 0.02,
            fuel: 0.03,
            heat: -0.01,
            carbon: 0.05,
            om: 0.0,
        };
        p.prices.carbon_eur_per_t = 80.0;
        let y4 = p.prices_in(4);
        // Year 4: three years of growth: 150 · 1.02³ = 159.1812; 45 · 1.092727 = 49.172715;
        // 30 · 0.99³ = 29.1089; 80 · 1.05³ = 92.61.
        assert_relative_eq!(y4.electricity_eur_per_mwh, 159.181_2, epsilon = 1e-9);
        assert_relative_eq!(y4.fuel_eur_per_mwh, 49.172_715, epsilon = 1e-9);
        assert_relative_eq!(y4.heat_eur_per_mwh, 29.108_97, epsilon = 1e-9);
        assert_relative_eq!(y4.carbon_eur_per_t, 92.61, epsilon = 1e-9);
        assert_eq!(p.prices_in(1), p.prices);
        // With escalation every year is a run of its own when keyed on all inputs.
        p.years = 5;
        p.memo = MemoBy::AllInputs;
        assert_eq!(project_life(&p, &mut linear).annual_runs, 5);
        p.escalation = Escalation::default();
        assert_eq!(project_life(&p, &mut linear).annual_runs, 1);
    }

    #[test]
    fn carbon_and_incentives_by_hand() {
        let mut p = params();
        p.years = 2;
        p.prices.carbon_eur_per_t = 75.0;
        p.prices.incentive_eur_per_mwh = 10.0;
        p.prices.incentive_years = 1;
        p.prices.incentive_capex_share = 0.4;
        let base = project_life(&params(), &mut linear);
        let life = project_life(&p, &mut linear);
        // Capex 1,000,000 less a 40 % grant: −600,000.
        assert_relative_eq!(life.years[0].cash_flow_utility_eur, -600_000.0);
        // ETS: 2,222.22 t · 75 = 166,666.67 each year; incentive 10,000 MWh · 10 in year 1 only.
        let gain =
            |k: usize| life.years[k].cash_flow_utility_eur - base.years[k].cash_flow_utility_eur;
        assert_relative_eq!(gain(1), 166_666.667 + 100_000.0, epsilon = 1e-3);
        assert_relative_eq!(gain(2), 166_666.667, epsilon = 1e-3);
        // Not in the ETS: no carbon; the data centre as recipient gets the grant on its capex.
        p.prices.in_ets = false;
        p.prices.incentive_to = Party::DataCentre;
        p.capex_data_centre_eur = 500_000.0;
        let dc = project_life(&p, &mut linear);
        assert_relative_eq!(dc.years[0].cash_flow_utility_eur, -1_000_000.0);
        assert_relative_eq!(dc.years[0].cash_flow_data_centre_eur, -300_000.0);
        assert_relative_eq!(
            dc.years[1].cash_flow_data_centre_eur - base.years[1].cash_flow_data_centre_eur,
            100_000.0,
            epsilon = 1e-6
        );
        assert_relative_eq!(
            dc.years[2].cash_flow_utility_eur,
            base.years[2].cash_flow_utility_eur,
            epsilon = 1e-6
        );
    }

    #[test]
    fn validate_names_each_field() {
        assert_eq!(LifeParams::for_country(Country::Finland).validate(), Ok(()));
        let mut p = params();
        p.years = 0;
        p.ramp = vec![0.5, 1.2];
        p.discount_rate = 0.7;
        p.escalation.carbon = f64::NAN;
        p.prices.heat_eur_per_mwh = -1.0;
        let paths: Vec<String> = p
            .validate()
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|q| q.path)
            .collect();
        assert_eq!(
            paths,
            [
                "economics.years",
                "economics.discount_rate",
                "economics.carbon_escalation",
                "data_centre.ramp[1]",
                "economics.heat_price_eur_per_mwh",
            ]
        );
        p = params();
        p.ramp = Vec::new();
        assert!(p.validate().is_err());
        p.ramp = vec![1.0; 61];
        assert!(p.validate().is_err());
    }

    #[test]
    fn invalid_inputs_do_not_panic() {
        let mut p = params();
        p.years = u32::MAX;
        p.discount_rate = f64::NAN;
        p.capex_utility_eur = 1e12;
        p.om_utility_eur = f64::INFINITY;
        p.ramp = vec![f64::NAN];
        p.start_year = u16::MAX;
        let life = project_life(&p, &mut linear);
        assert_eq!(life.years.len(), 61);
        // Capex clamped to 1e11, O&M (infinite) to 0, the rate to 0, the NaN share to 0.
        assert_eq!(life.years[0].cash_flow_utility_eur, -1e11);
        assert!(life.npv_utility_eur.is_finite() && life.npv_system_eur.is_finite());
        assert_eq!(life.years[5].heat_delivered_mwh, 0.0);
        assert_eq!(life.years[5].cash_flow_utility_eur, 0.0);
    }
}

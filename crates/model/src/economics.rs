//! Economics of the two parties, utility and data centre, in one system (MODEL.md §9).
//!
//! **Who pays what.** The utility owns the connection pipe and the tank and pays for pumping; the
//! heat pump's owner (`heat_pump_owner`) pays its capex, its O&M and its electricity. The data
//! centre sells metered heat: `ΣQ_used` (heat at the exchanger and evaporator) when the utility
//! owns the heat pump, `Σ(direct + charge)` (heat handed over at the plant) when the data centre
//! does.
//!
//! **Equations.**
//! - Capex: heat pump `C_hp = €/MW × (heat_pump_max_mw if > 0, else max_h HP / 1000)`, 0 if no
//!   hour ran the heat pump; storage `C_st = volume · €/m³` whenever the tank is used; pipe
//!   `C_pipe = km · 1000 · €/m`; O&M `= om_share_of_capex ×` each party's capex.
//! - `fuel_cost_avoided = Σ_h Σ_i displaced_i[h] · c_i`: the marginal cost of the plants the
//!   data centre's heat displaced, hour by hour (version 2; with only the network's boilers this
//!   is version 1's `ΣQ_del / boiler_efficiency · fuel price`);
//!   `cooling_saving = E_cool · electricity price`.
//! - System: `annual_benefit = fuel_cost_avoided − Σ(W_hp + W_pump) · electricity price − O&M +
//!   cooling_saving`; utility: `fuel_cost_avoided − heat_revenue − its electricity − its O&M`;
//!   data centre: `heat_revenue − its electricity − its O&M + cooling_saving`. They add up.
//! - `simple_payback = capex / annual_benefit` (0 when capex is 0 and the benefit positive; none
//!   when the benefit is ≤ 0).
//! - `CRF = r(1+r)^n / ((1+r)^n − 1)`, `1/n` when `r = 0`;
//!   `LCOH = (capex · CRF + electricity cost + O&M) / ΣQ_del` (compare with the boiler's
//!   `fuel price / boiler_efficiency`); the utility's cost of the heat
//!   `((C_st + C_pipe + utility's C_hp) · CRF + its electricity + its O&M + heat revenue) / ΣQ_del`;
//!   both none when nothing is delivered.
//!
//! Sources: heat pump capex 0.67 M€/MW of heat and storage €3 M/GWh (Danish Energy Agency
//! technology catalogue 2020, via PyPSA technology-data).

use crate::capex::CapexBreakdown;
use crate::params::{EconomicsParams, HeatPumpOwner};

/// Capital recovery factor of discount rate `r` over `n` years: `r(1+r)^n/((1+r)^n − 1)`, and
/// `1/n` when `r = 0`.
pub fn capital_recovery_factor(r: f64, n: u32) -> f64 {
    let n = n.max(1);
    if r == 0.0 {
        return 1.0 / f64::from(n);
    }
    let growth = (1.0 + r).powi(n as i32);
    r * growth / (growth - 1.0)
}

/// A heat-pump hour at `cop` costs more than the boiler heat it displaces:
/// `COP < electricity price · boiler_efficiency / fuel price`, evaluated as
/// `COP · fuel price < electricity price · boiler_efficiency` so that a free fuel makes every
/// paid-for heat-pump hour dearer and free electricity and fuel make none.
#[inline]
pub fn costs_more_than_boiler(
    economics: &EconomicsParams,
    boiler_efficiency: f64,
    cop: f64,
) -> bool {
    cop * economics.fuel_price_eur_per_mwh
        < economics.electricity_price_eur_per_mwh * boiler_efficiency
}

/// Annual physical totals that the economics need, MWh (or MW for the peak).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct EnergyTotals {
    /// Heat delivered from the data centre `ΣQ_del`, MWh.
    pub delivered_mwh: f64,
    /// Data-centre heat handed over at the exchanger and evaporator `ΣQ_used`, MWh.
    pub dc_heat_used_mwh: f64,
    /// Heat handed over at the plant `Σ(direct + charge)`, MWh.
    pub plant_output_mwh: f64,
    /// Heat pump electricity `ΣW_hp`, MWh.
    pub hp_electricity_mwh: f64,
    /// Pumping electricity `ΣW_pump`, MWh.
    pub pumping_mwh: f64,
    /// The site's cooling electricity saved `E_cool`, MWh.
    pub cooling_saved_mwh: f64,
    /// Highest hourly heat pump output, MW (0 if the heat pump never ran).
    pub peak_hp_output_mw: f64,
    /// Some hour ran the heat pump.
    pub heat_pump_ran: bool,
    /// Storage volume that is used (0 when none or ignored), m³.
    pub storage_volume_m3: f64,
    /// Efficiency of the displaced boilers.
    pub boiler_efficiency: f64,
    /// Cost of the heat the data centre displaced, `Σ displaced_i · c_i`, € (MODEL.md §9,
    /// version 2).
    pub displaced_cost_eur: f64,
}

/// Capex, yearly cash flows and unit costs of both parties, €.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Economics {
    /// Heat pump capacity costed, MW of heat.
    pub hp_capacity_mw: f64,
    /// Heat pump capex `C_hp`, €.
    pub hp_capex_eur: f64,
    /// Storage capex `C_st`, €.
    pub storage_capex_eur: f64,
    /// Connection pipe capex `C_pipe`, €.
    pub pipe_capex_eur: f64,
    /// All capex, €.
    pub capex_eur: f64,
    /// The utility's capex, €.
    pub utility_capex_eur: f64,
    /// The data centre's capex, €.
    pub dc_capex_eur: f64,
    /// Yearly O&M of both parties, €.
    pub om_eur: f64,
    /// Metered heat sold by the data centre, MWh.
    pub metered_heat_mwh: f64,
    /// Heat revenue paid to the data centre, €/yr.
    pub heat_revenue_eur: f64,
    /// Fuel cost the network no longer pays, €/yr.
    pub fuel_cost_avoided_eur: f64,
    /// The site's cooling electricity saved, €/yr.
    pub cooling_saving_eur: f64,
    /// Heat pump and pumping electricity, €/yr.
    pub electricity_cost_eur: f64,
    /// The utility's electricity, €/yr.
    pub utility_electricity_eur: f64,
    /// The data centre's electricity (for the heat pump it owns), €/yr.
    pub dc_electricity_eur: f64,
    /// The system's yearly benefit, €/yr.
    pub annual_benefit_eur: f64,
    /// The utility's yearly benefit, €/yr.
    pub utility_benefit_eur: f64,
    /// The data centre's yearly benefit, €/yr.
    pub dc_benefit_eur: f64,
    /// Capital recovery factor.
    pub crf: f64,
    /// Simple payback, years (`None`: never).
    pub simple_payback_years: Option<f64>,
    /// Levelised cost of the recovered heat, €/MWh (`None`: nothing delivered).
    pub lcoh_eur_per_mwh: Option<f64>,
    /// What the recovered heat costs the utility, €/MWh (`None`: nothing delivered).
    pub utility_cost_eur_per_mwh: Option<f64>,
}

/// Evaluates the economics of the year's totals `t` for a heat pump capped at
/// `heat_pump_max_mw` (0 = unlimited: the year's peak output is costed).
pub fn evaluate(p: &EconomicsParams, heat_pump_max_mw: f64, t: &EnergyTotals) -> Economics {
    let hp_capacity_mw = heat_pump_sized_mw(heat_pump_max_mw, t);
    let hp_capex_eur = p.heat_pump_capex_eur_per_mw * hp_capacity_mw;
    let storage_capex_eur = p.storage_capex_eur_per_m3 * t.storage_volume_m3;
    let pipe_capex_eur = connection_pipe_eur(p);
    let utility_owns_hp = p.heat_pump_owner == HeatPumpOwner::Utility;
    let (utility_hp_capex, dc_capex_eur) = if utility_owns_hp {
        (hp_capex_eur, 0.0)
    } else {
        (0.0, hp_capex_eur)
    };
    let capex = CapexBreakdown {
        heat_pump_installed_mw: hp_capacity_mw,
        heat_pumps_eur: hp_capex_eur,
        pipe_eur: pipe_capex_eur,
        storage_eur: storage_capex_eur,
        total_eur: hp_capex_eur + storage_capex_eur + pipe_capex_eur,
        utility_eur: storage_capex_eur + pipe_capex_eur + utility_hp_capex,
        data_centre_eur: dc_capex_eur,
        ..CapexBreakdown::default()
    };
    evaluate_as_built(p, t, &capex)
}

/// The heat pump's capacity as sized today (version 2): `heat_pump_max_mw` when set, else the
/// year's peak output; 0 when no hour ran it, MW.
pub fn heat_pump_sized_mw(heat_pump_max_mw: f64, t: &EnergyTotals) -> f64 {
    if !t.heat_pump_ran {
        0.0
    } else if heat_pump_max_mw > 0.0 {
        heat_pump_max_mw
    } else {
        t.peak_hp_output_mw
    }
}

/// The connection pipe's capex today, `km · 1000 · €/m`, €.
pub fn connection_pipe_eur(p: &EconomicsParams) -> f64 {
    p.pipe_length_km * 1000.0 * p.pipe_capex_eur_per_m
}

/// Evaluates the economics of the year's totals `t` with the capex `capex` (as built,
/// [`crate::capex::capex`]): each party's capex from its split, O&M `om_share_of_capex ·` it.
pub fn evaluate_as_built(
    p: &EconomicsParams,
    t: &EnergyTotals,
    capex: &CapexBreakdown,
) -> Economics {
    let hp_capacity_mw = capex.heat_pump_installed_mw;
    let hp_capex_eur = capex.heat_pumps_eur;
    let storage_capex_eur = capex.storage_eur;
    let pipe_capex_eur = capex.pipe_eur;
    let utility_owns_hp = p.heat_pump_owner == HeatPumpOwner::Utility;
    let utility_capex_eur = capex.utility_eur;
    let dc_capex_eur = capex.data_centre_eur;
    let capex_eur = capex.total_eur;
    let utility_om = p.om_share_of_capex * utility_capex_eur;
    let dc_om = p.om_share_of_capex * dc_capex_eur;

    let price = p.electricity_price_eur_per_mwh;
    let hp_elec_eur = t.hp_electricity_mwh * price;
    let pumping_eur = t.pumping_mwh * price;
    let (utility_electricity_eur, dc_electricity_eur) = if utility_owns_hp {
        (pumping_eur + hp_elec_eur, 0.0)
    } else {
        (pumping_eur, hp_elec_eur)
    };
    let metered_heat_mwh = if utility_owns_hp {
        t.dc_heat_used_mwh
    } else {
        t.plant_output_mwh
    };
    let heat_revenue_eur = metered_heat_mwh * p.heat_price_eur_per_mwh;
    let fuel_cost_avoided_eur = t.displaced_cost_eur;
    let cooling_saving_eur = t.cooling_saved_mwh * price;
    let electricity_cost_eur = (t.hp_electricity_mwh + t.pumping_mwh) * price;
    let om_eur = utility_om + dc_om;

    let annual_benefit_eur =
        fuel_cost_avoided_eur - electricity_cost_eur - om_eur + cooling_saving_eur;
    let utility_benefit_eur =
        fuel_cost_avoided_eur - heat_revenue_eur - utility_electricity_eur - utility_om;
    let dc_benefit_eur = heat_revenue_eur - dc_electricity_eur - dc_om + cooling_saving_eur;

    let simple_payback_years = if annual_benefit_eur <= 0.0 {
        None
    } else if capex_eur == 0.0 {
        Some(0.0)
    } else {
        Some(capex_eur / annual_benefit_eur)
    };
    let crf = capital_recovery_factor(p.discount_rate, p.lifetime_years);
    let per_delivered = |cost: f64| (t.delivered_mwh > 0.0).then(|| cost / t.delivered_mwh);
    let lcoh_eur_per_mwh = per_delivered(capex_eur * crf + electricity_cost_eur + om_eur);
    let utility_cost_eur_per_mwh = per_delivered(
        utility_capex_eur * crf + utility_electricity_eur + utility_om + heat_revenue_eur,
    );

    Economics {
        hp_capacity_mw,
        hp_capex_eur,
        storage_capex_eur,
        pipe_capex_eur,
        capex_eur,
        utility_capex_eur,
        dc_capex_eur,
        om_eur,
        metered_heat_mwh,
        heat_revenue_eur,
        fuel_cost_avoided_eur,
        cooling_saving_eur,
        electricity_cost_eur,
        utility_electricity_eur,
        dc_electricity_eur,
        annual_benefit_eur,
        utility_benefit_eur,
        dc_benefit_eur,
        crf,
        simple_payback_years,
        lcoh_eur_per_mwh,
        utility_cost_eur_per_mwh,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::Params;
    use approx::assert_relative_eq;

    #[test]
    fn crf_with_and_without_discounting() {
        // 5 %, 25 years: 1.05^25 = 3.386355; 0.05 · 3.386355 / 2.386355 = 0.070952.
        assert_relative_eq!(
            capital_recovery_factor(0.05, 25),
            0.070_952_457,
            epsilon = 1e-9
        );
        // r = 0: 1/n.
        assert_relative_eq!(capital_recovery_factor(0.0, 25), 0.04);
        assert_relative_eq!(capital_recovery_factor(0.0, 1), 1.0);
        // One year at 10 %: 0.1 · 1.1 / 0.1 = 1.1.
        assert_relative_eq!(capital_recovery_factor(0.1, 1), 1.1, epsilon = 1e-12);
    }

    /// Version 2's default economics (150 €/MWh electricity, 45 €/MWh fuel), for which the
    /// hand calculations below are written.
    fn v2_economics() -> EconomicsParams {
        EconomicsParams {
            electricity_price_eur_per_mwh: 150.0,
            fuel_price_eur_per_mwh: 45.0,
            ..Params::default().economics
        }
    }

    fn totals() -> EnergyTotals {
        EnergyTotals {
            delivered_mwh: 10_000.0,
            dc_heat_used_mwh: 8_000.0,
            plant_output_mwh: 10_200.0,
            hp_electricity_mwh: 2_200.0,
            pumping_mwh: 100.0,
            cooling_saved_mwh: 0.0,
            peak_hp_output_mw: 1.5,
            heat_pump_ran: true,
            storage_volume_m3: 1000.0,
            boiler_efficiency: 0.9,
            // As if all 10,000 MWh displaced boilers: 10,000 / 0.9 · 45 = 500,000 €.
            displaced_cost_eur: 10_000.0 / 0.9 * 45.0,
        }
    }

    #[test]
    fn utility_owns_the_heat_pump() {
        let p = v2_economics();
        let e = evaluate(&p, 0.0, &totals());
        // Capex: HP 670,000 · 1.5 = 1,005,000; tank 200 · 1,000 = 200,000; pipe 1 km · 1,500 €/m
        // = 1,500,000; all 2,705,000 €, all the utility's; O&M 2 % = 54,100 €.
        assert_relative_eq!(e.hp_capex_eur, 1_005_000.0, epsilon = 1e-6);
        assert_relative_eq!(e.capex_eur, 2_705_000.0, epsilon = 1e-6);
        assert_relative_eq!(e.utility_capex_eur, 2_705_000.0, epsilon = 1e-6);
        assert_relative_eq!(e.om_eur, 54_100.0, epsilon = 1e-6);
        // Metered = ΣQ_used = 8,000 MWh · 30 = 240,000 €.
        assert_relative_eq!(e.heat_revenue_eur, 240_000.0, epsilon = 1e-6);
        // Fuel avoided 10,000 / 0.9 · 45 = 500,000 €; electricity 2,300 · 150 = 345,000 €.
        assert_relative_eq!(e.fuel_cost_avoided_eur, 500_000.0, epsilon = 1e-6);
        assert_relative_eq!(e.electricity_cost_eur, 345_000.0, epsilon = 1e-6);
        // System: 500,000 − 345,000 − 54,100 = 100,900 €/yr.
        assert_relative_eq!(e.annual_benefit_eur, 100_900.0, epsilon = 1e-6);
        // Utility: 500,000 − 240,000 − 345,000 − 54,100 = −139,100; data centre: +240,000.
        assert_relative_eq!(e.utility_benefit_eur, -139_100.0, epsilon = 1e-6);
        assert_relative_eq!(e.dc_benefit_eur, 240_000.0, epsilon = 1e-6);
        assert_relative_eq!(
            e.utility_benefit_eur + e.dc_benefit_eur,
            e.annual_benefit_eur,
            epsilon = 1e-6
        );
        // Payback 2,705,000 / 100,900 = 26.81 years.
        assert_relative_eq!(
            e.simple_payback_years.unwrap_or(f64::NAN),
            26.808_721_5,
            epsilon = 1e-6
        );
        // LCOH (2,705,000 · 0.0709525 + 345,000 + 54,100) / 10,000 = 59.10 €/MWh.
        let crf = capital_recovery_factor(0.05, 25);
        let lcoh = (2_705_000.0 * crf + 345_000.0 + 54_100.0) / 10_000.0;
        assert_relative_eq!(e.lcoh_eur_per_mwh.unwrap_or(f64::NAN), lcoh, epsilon = 1e-9);
        // Utility's cost: (2,705,000 · CRF + 345,000 + 54,100 + 240,000) / 10,000.
        let uc = (2_705_000.0 * crf + 345_000.0 + 54_100.0 + 240_000.0) / 10_000.0;
        assert_relative_eq!(
            e.utility_cost_eur_per_mwh.unwrap_or(f64::NAN),
            uc,
            epsilon = 1e-9
        );
    }

    #[test]
    fn data_centre_owns_the_heat_pump() {
        let mut p = v2_economics();
        p.heat_pump_owner = HeatPumpOwner::DataCentre;
        // A 2 MW cap is costed instead of the 1.5 MW peak: 1,340,000 €.
        let e = evaluate(&p, 2.0, &totals());
        assert_relative_eq!(e.hp_capex_eur, 1_340_000.0, epsilon = 1e-6);
        assert_relative_eq!(e.dc_capex_eur, 1_340_000.0, epsilon = 1e-6);
        assert_relative_eq!(e.utility_capex_eur, 1_700_000.0, epsilon = 1e-6);
        // Metered at the plant: 10,200 MWh · 30 = 306,000 €.
        assert_relative_eq!(e.heat_revenue_eur, 306_000.0, epsilon = 1e-6);
        // Utility: 500,000 − 306,000 − 15,000 (pumping) − 34,000 (O&M) = 145,000 €.
        assert_relative_eq!(e.utility_benefit_eur, 145_000.0, epsilon = 1e-6);
        // Data centre: 306,000 − 330,000 (HP electricity) − 26,800 (O&M) = −50,800 €.
        assert_relative_eq!(e.dc_benefit_eur, -50_800.0, epsilon = 1e-6);
        // System: 500,000 − 345,000 − 60,800 = 94,200 € = 145,000 − 50,800.
        assert_relative_eq!(e.annual_benefit_eur, 94_200.0, epsilon = 1e-6);
        // Utility's cost: (1,700,000 · CRF + 15,000 + 34,000 + 306,000) / 10,000.
        let crf = capital_recovery_factor(0.05, 25);
        let uc = (1_700_000.0 * crf + 15_000.0 + 34_000.0 + 306_000.0) / 10_000.0;
        assert_relative_eq!(
            e.utility_cost_eur_per_mwh.unwrap_or(f64::NAN),
            uc,
            epsilon = 1e-9
        );
    }

    #[test]
    fn payback_and_unit_costs_edge_cases() {
        let mut p = v2_economics();
        p.pipe_length_km = 0.0;
        let mut t = totals();
        t.heat_pump_ran = false;
        t.hp_electricity_mwh = 0.0;
        t.storage_volume_m3 = 0.0;
        // No capex and a positive benefit: payback 0.
        let e = evaluate(&p, 5.0, &t);
        assert_eq!(e.hp_capex_eur, 0.0);
        assert_eq!(e.simple_payback_years, Some(0.0));
        // Nothing delivered: no LCOH, no utility cost, and a negative benefit has no payback.
        t.delivered_mwh = 0.0;
        t.displaced_cost_eur = 0.0;
        let e = evaluate(&p, 0.0, &t);
        assert_eq!(e.lcoh_eur_per_mwh, None);
        assert_eq!(e.utility_cost_eur_per_mwh, None);
        assert_eq!(e.simple_payback_years, None);
    }

    #[test]
    fn cooling_saving_goes_to_the_data_centre() {
        let p = v2_economics();
        let mut t = totals();
        t.cooling_saved_mwh = 100.0;
        let without = evaluate(&p, 0.0, &totals());
        let with = evaluate(&p, 0.0, &t);
        // 100 MWh · 150 €/MWh = 15,000 € to the data centre and the system.
        assert_relative_eq!(
            with.dc_benefit_eur - without.dc_benefit_eur,
            15_000.0,
            epsilon = 1e-6
        );
        assert_relative_eq!(
            with.annual_benefit_eur - without.annual_benefit_eur,
            15_000.0,
            epsilon = 1e-6
        );
        assert_relative_eq!(with.utility_benefit_eur, without.utility_benefit_eur);
    }

    #[test]
    fn cost_break_even() {
        let p = v2_economics();
        // 150 · 0.92 / 45 = 3.067: COP 3 costs more, COP 3.1 does not.
        assert!(costs_more_than_boiler(&p, 0.92, 3.0));
        assert!(!costs_more_than_boiler(&p, 0.92, 3.1));
        let free_fuel = EconomicsParams {
            fuel_price_eur_per_mwh: 0.0,
            ..p
        };
        assert!(costs_more_than_boiler(&free_fuel, 0.92, 8.0));
        let free_all = EconomicsParams {
            electricity_price_eur_per_mwh: 0.0,
            ..free_fuel
        };
        assert!(!costs_more_than_boiler(&free_all, 0.92, 8.0));
    }
}

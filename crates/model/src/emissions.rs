//! Emissions and equivalents (MODEL.md §8): CO2 avoided by the recovered heat, trees, fuel and
//! gas saved.
//!
//! **Equations.** With energies in MWh and g/kWh = kg/MWh, over any period (year or month):
//! `co2_avoided_t = [Σ_h Q_del[h] · e[month(h)] − Σ(W_hp + W_pump) · grid + E_cool · grid] / 1000`,
//! where `e[m]` is the month's displaced-heat factor (`displaced_heat_kg_per_mwh[m]` when given,
//! else `fuel_kg_per_mwh / boiler_efficiency`: 218.9 kg/MWh with the Italian defaults, A2A's basis)
//! and `E_cool = Σ(P_dc0 − P_dc)` the site's cooling electricity saved (0 without the credit).
//! It may be negative (a dirty grid and a heat pump), and so may
//! `trees_equivalent = co2_avoided_t · 1000 / tree_kg_per_year`.
//! Gross fuel saved `ΣQ_del / boiler_efficiency` (as if all displaced heat came from the
//! boilers); gas at 9.79 kWh per Sm³ (LHV). A heat-pump hour with `COP · e[month] < grid`
//! emits more than the heat it displaces.
//!
//! Sources: Italian national gas factor 55.934 t CO2/TJ → 201.4 kg/MWh of fuel; grid factors are
//! Ember's lifecycle CO2e (Italy 2023: 330.7 g/kWh), the gas factor combustion CO2 only: a
//! conservative pairing that understates savings. 159 kg CO2 per tree per year is implied by the
//! Brescia pilot's 3,500 t ↔ 22,000 trees (generic figures are 10–40 kg).

use crate::params::Params;

/// Natural gas, kWh per standard cubic metre (LHV; MODEL.md §11).
pub const GAS_KWH_PER_SM3: f64 = 9.79;

/// Emission factors of one run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Emissions {
    /// Displaced-heat factor of each month `e[m]`, kg CO2 per MWh of heat (January first).
    pub displaced_kg_per_mwh: [f64; 12],
    /// Grid electricity, kg CO2 per MWh (= g/kWh).
    pub grid_kg_per_mwh: f64,
    /// Efficiency of the displaced boilers.
    pub boiler_efficiency: f64,
    /// CO2 one tree absorbs per year, kg.
    pub tree_kg_per_year: f64,
}

impl Emissions {
    /// The factors of validated parameters.
    pub fn from_params(params: &Params) -> Self {
        let e = &params.emissions;
        let displaced_kg_per_mwh = e
            .displaced_heat_kg_per_mwh
            .unwrap_or([e.fuel_kg_per_mwh / e.boiler_efficiency; 12]);
        Emissions {
            displaced_kg_per_mwh,
            grid_kg_per_mwh: e.grid_g_per_kwh,
            boiler_efficiency: e.boiler_efficiency,
            tree_kg_per_year: e.tree_kg_per_year,
        }
    }

    /// CO2 avoided in month `month` (0–11), t, by `delivered_kwh` of heat at the cost of
    /// `electricity_kwh` (heat pump and pumping), crediting `cooling_saved_kwh` of the site's
    /// cooling electricity.
    pub fn co2_avoided_t(
        &self,
        month: usize,
        delivered_kwh: f64,
        electricity_kwh: f64,
        cooling_saved_kwh: f64,
    ) -> f64 {
        let e = self.displaced_kg_per_mwh[month % 12];
        (delivered_kwh * e - electricity_kwh * self.grid_kg_per_mwh
            + cooling_saved_kwh * self.grid_kg_per_mwh)
            / 1.0e6
    }

    /// CO2 avoided, t, when the displaced heat carried `displaced_co2_kg` (MODEL.md §8, version
    /// 2: the plants actually displaced, hour by hour), at the cost of `electricity_kwh` (heat
    /// pump and pumping), crediting `cooling_saved_kwh` of the site's cooling electricity.
    pub fn co2_avoided_from_displaced_t(
        &self,
        displaced_co2_kg: f64,
        electricity_kwh: f64,
        cooling_saved_kwh: f64,
    ) -> f64 {
        (displaced_co2_kg * 1000.0 - electricity_kwh * self.grid_kg_per_mwh
            + cooling_saved_kwh * self.grid_kg_per_mwh)
            / 1.0e6
    }

    /// A heat-pump hour in `month` at `cop` emits more than the heat it displaces:
    /// `COP · e[month] < grid`.
    #[inline]
    pub fn emits_more_than_boiler(&self, cop: f64, month: usize) -> bool {
        cop * self.displaced_kg_per_mwh[month % 12] < self.grid_kg_per_mwh
    }

    /// Trees absorbing `co2_t` in a year.
    pub fn trees(&self, co2_t: f64) -> f64 {
        co2_t * 1000.0 / self.tree_kg_per_year
    }

    /// Gross fuel saved by `delivered_mwh` of heat, MWh of fuel.
    pub fn fuel_saved_mwh(&self, delivered_mwh: f64) -> f64 {
        delivered_mwh / self.boiler_efficiency
    }
}

/// Natural gas of `fuel_mwh` of fuel, Sm³.
pub fn gas_sm3(fuel_mwh: f64) -> f64 {
    fuel_mwh * 1000.0 / GAS_KWH_PER_SM3
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    #[test]
    fn default_factor_is_a2a_basis() {
        let e = Emissions::from_params(&Params::default());
        // 201.4 / 0.92 = 218.913 kg/MWh of heat, every month.
        assert_relative_eq!(e.displaced_kg_per_mwh[6], 218.913_043_478, epsilon = 1e-6);
        // Brescia: 16 GWh displacing it = 3,502.6 t (A2A: 3,500 t); ≈ 22,029 trees at 159 kg.
        let t = e.co2_avoided_t(0, 16_000_000.0, 0.0, 0.0);
        assert_relative_eq!(t, 3_502.608_695_65, epsilon = 1e-6);
        assert_relative_eq!(e.trees(t), 22_029.0, epsilon = 1.0);
        // 16 GWh / 0.92 = 17,391.3 MWh of fuel; · 1000 / 9.79 = 1,776,435.6 Sm³.
        assert_relative_eq!(
            gas_sm3(e.fuel_saved_mwh(16_000.0)),
            1_776_435.6,
            epsilon = 0.1
        );
    }

    #[test]
    fn monthly_displaced_factors_and_electricity() {
        let mut p = Params::default();
        let mut monthly = [250.0; 12];
        monthly[6] = 20.0; // July: waste-to-energy runs anyway
        p.emissions.displaced_heat_kg_per_mwh = Some(monthly);
        let e = Emissions::from_params(&p);
        // January: 100 MWh · 250 − 10 MWh · 330.7 = 25,000 − 3,307 = 21,693 kg = 21.693 t.
        assert_relative_eq!(
            e.co2_avoided_t(0, 100_000.0, 10_000.0, 0.0),
            21.693,
            epsilon = 1e-9
        );
        // July: 100 · 20 − 3,307 = −1,307 kg: negative.
        assert_relative_eq!(
            e.co2_avoided_t(6, 100_000.0, 10_000.0, 0.0),
            -1.307,
            epsilon = 1e-9
        );
        // Break-even: COP 8 · 20 = 160 < 330.7 in July, not in January (8 · 250 = 2,000).
        assert!(e.emits_more_than_boiler(8.0, 6));
        assert!(!e.emits_more_than_boiler(8.0, 0));
    }

    #[test]
    fn cooling_credit() {
        let e = Emissions::from_params(&Params::default());
        // 5 MWh of chiller electricity saved at 330.7 kg/MWh = 1.6535 t, on top of the heat:
        // 10 MWh · 218.913 = 2.18913 t → 3.84263 t.
        let with = e.co2_avoided_t(3, 10_000.0, 0.0, 5_000.0);
        assert_relative_eq!(with, 2.189_130_435 + 1.6535, epsilon = 1e-9);
    }
}

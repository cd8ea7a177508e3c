//! Network temperatures (MODEL.md §3): weather-compensated supply with a legionella floor.
//!
//! **Equations** (PyPSA-Eur, after Pieper et al. 2019):
//! - `T_curve[h] = supply_min_c + (supply_max_c − supply_min_c) · clamp((10 − T_smooth[h]) / 10, 0, 1)`:
//!   supply at its maximum when the 72-hour mean outdoor temperature is ≤ 0 °C, at its minimum
//!   when it is ≥ 10 °C, linear between.
//! - `T_sup[h] = max(T_curve[h], dhw_min_supply_c)` when the network serves hot water
//!   (`dhw_share > 0`): substations keep stored hot water at ≥ 60 °C (Italian legionella
//!   guidelines 2015, DVGW W551), so the network supplies ≥ 65 °C by default.
//! - `T_ret = return_c`, constant; `T_floor = min_h T_sup[h]`, the lowest supply of the year,
//!   sets the storage capacity (§6).

use crate::params::NetworkParams;

/// Outdoor temperature of `T_smooth` at and below which the supply is at its maximum, °C.
pub const CURVE_COLD_C: f64 = 0.0;
/// Outdoor temperature of `T_smooth` at and above which the supply is at its minimum, °C.
pub const CURVE_MILD_C: f64 = 10.0;

/// The network's supply curve (MODEL.md §3).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SupplyCurve {
    /// Supply at cold weather, °C.
    pub supply_max_c: f64,
    /// Supply at mild weather, °C.
    pub supply_min_c: f64,
    /// Legionella floor of the supply, °C; `None` when the network serves no hot water.
    pub hot_water_floor_c: Option<f64>,
}

impl SupplyCurve {
    /// The curve of validated network parameters.
    pub fn from_params(network: &NetworkParams) -> Self {
        SupplyCurve {
            supply_max_c: network.supply_max_c,
            supply_min_c: network.supply_min_c,
            hot_water_floor_c: (network.dhw_share > 0.0).then_some(network.dhw_min_supply_c),
        }
    }

    /// Supply temperature `T_sup`, °C, for a 72-hour mean outdoor temperature `t_smooth_c`.
    #[inline]
    pub fn supply_c(&self, t_smooth_c: f64) -> f64 {
        let x = ((CURVE_MILD_C - t_smooth_c) / (CURVE_MILD_C - CURVE_COLD_C)).clamp(0.0, 1.0);
        let t_curve = self.supply_min_c + (self.supply_max_c - self.supply_min_c) * x;
        match self.hot_water_floor_c {
            Some(floor) => t_curve.max(floor),
            None => t_curve,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::Params;
    use approx::assert_relative_eq;

    #[test]
    fn curve_break_points() {
        let curve = SupplyCurve::from_params(&Params::default().network);
        // 3G: 90 °C at ≤ 0 °C, 75 °C at ≥ 10 °C, 82.5 °C at 5 °C.
        assert_relative_eq!(curve.supply_c(-5.0), 90.0);
        assert_relative_eq!(curve.supply_c(0.0), 90.0);
        assert_relative_eq!(curve.supply_c(5.0), 82.5);
        assert_relative_eq!(curve.supply_c(10.0), 75.0);
        assert_relative_eq!(curve.supply_c(25.0), 75.0);
    }

    #[test]
    fn legionella_floor_only_with_hot_water() {
        let mut network = Params::default().network;
        // 4G: 70/65 with a 68 °C floor: mild weather gives 68, cold 70, 7.5 °C gives 66.25 → 68.
        network.supply_max_c = 70.0;
        network.supply_min_c = 65.0;
        network.dhw_min_supply_c = 68.0;
        let curve = SupplyCurve::from_params(&network);
        assert_relative_eq!(curve.supply_c(20.0), 68.0);
        assert_relative_eq!(curve.supply_c(7.5), 68.0);
        assert_relative_eq!(curve.supply_c(0.0), 70.0);
        // 2 °C: 65 + 5 · 0.8 = 69 °C, above the floor.
        assert_relative_eq!(curve.supply_c(2.0), 69.0, epsilon = 1e-12);
        // Without hot water the curve alone.
        network.dhw_share = 0.0;
        let curve = SupplyCurve::from_params(&network);
        assert_relative_eq!(curve.supply_c(20.0), 65.0);
        assert_relative_eq!(curve.supply_c(7.5), 66.25, epsilon = 1e-12);
    }
}

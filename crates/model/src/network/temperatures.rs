//! Network temperatures (MODEL.md §3): weather-compensated supply with a legionella floor.
//!
//! **Equations** (PyPSA-Eur, after Pieper et al. 2019):
//! - `T_curve[h] = supply_min_c + (supply_max_c − supply_min_c) · clamp((10 − T_smooth[h]) / 10, 0, 1)`:
//!   supply at its maximum when the 72-hour mean outdoor temperature is ≤ 0 °C, at its minimum
//!   when it is ≥ 10 °C, linear between.
//! - `T_sup[h] = max(T_curve[h], dhw_min_supply_c)` when the network serves hot water
//!   (`dhw_share > 0`): substations keep stored hot water at ≥ 60 °C (Italian legionella
//!   guidelines 2015, DVGW W551), so the network supplies ≥ 65 °C by default.
//! - `T_ret[h] = return_c + Δ · (1 − x[h])` with `x` the space-heating share of the customers'
//!   heat in the hour and `Δ = min(return_rise_k, (supply_min_c − return_c)/2)`
//!   (docs/model/demand.md §4; network-data.md §4.3: summer load is hot water plus circulation
//!   and bypass flows, which return warmer); `Δ = 0` (the default) keeps version 1's constant
//!   return. `T_floor = min_h T_sup[h]`, the lowest supply of the year, sets the storage
//!   capacity (§6).

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

/// The network's return temperature rule (docs/model/demand.md §4).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReturnCurve {
    /// Design return at full space-heating load, `return_c`, °C.
    pub design_c: f64,
    /// Rise at no space-heating load, `Δ`, K (already capped).
    pub rise_k: f64,
}

impl ReturnCurve {
    /// The return rule of validated network parameters:
    /// `Δ = min(return_rise_k, (supply_min_c − return_c)/2)`, never negative.
    pub fn from_params(network: &NetworkParams) -> Self {
        let cap = ((network.supply_min_c - network.return_c) / 2.0).max(0.0);
        ReturnCurve {
            design_c: network.return_c,
            rise_k: network.return_rise_k.clamp(0.0, cap),
        }
    }

    /// Return temperature `T_ret`, °C, of an hour whose customers take `space_heating_kw` and
    /// `hot_water_kw`: `return_c + Δ · (1 − x)`, `x = SH/(SH + DHW)` (0 when both are 0).
    #[inline]
    pub fn return_c(&self, space_heating_kw: f64, hot_water_kw: f64) -> f64 {
        if self.rise_k == 0.0 {
            return self.design_c;
        }
        let total = space_heating_kw + hot_water_kw;
        let x = if total > 0.0 {
            (space_heating_kw / total).clamp(0.0, 1.0)
        } else {
            0.0
        };
        self.design_c + self.rise_k * (1.0 - x)
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
    fn return_rises_at_low_load() {
        let mut network = Params::default().network;
        network.return_rise_k = 5.0;
        let r = ReturnCurve::from_params(&network);
        // 3G 50 °C, Δ = 5 K: all space heating 50 °C; 80 % space heating 50 + 5 · 0.2 = 51 °C;
        // hot water only (summer) 55 °C; nothing at all 55 °C.
        assert_relative_eq!(r.return_c(10.0, 0.0), 50.0);
        assert_relative_eq!(r.return_c(8.0, 2.0), 51.0, epsilon = 1e-12);
        assert_relative_eq!(r.return_c(0.0, 3.0), 55.0);
        assert_relative_eq!(r.return_c(0.0, 0.0), 55.0);
        // The cap: supply at mild weather 56 °C, return 50 → Δ ≤ 3 K.
        network.supply_min_c = 56.0;
        network.return_rise_k = 30.0;
        assert_relative_eq!(ReturnCurve::from_params(&network).rise_k, 3.0);
        // Default: constant.
        let r = ReturnCurve::from_params(&Params::default().network);
        assert_eq!(r.return_c(0.0, 1.0), 50.0);
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

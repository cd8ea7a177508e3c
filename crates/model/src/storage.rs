//! Thermal storage: a hot-water tank at the plant (MODEL.md §6).
//!
//! **Equations.**
//! - Capacity `E_max = volume_m3 · 1.163 kWh/(m³·K) · (T_floor − return_c)`: the tank is charged
//!   at the supply temperature, lowest in summer when surpluses occur, so the lowest supply of the
//!   year `T_floor` sets it. Rated power `P_st = E_max / hours_to_full`.
//! - Each hour the tank first loses `content · loss_per_day / 24`, then charges or discharges
//!   (see [`crate::dispatch`]).
//! - The year is simulated twice: the first pass starts half full and is a warm-up; the second
//!   starts from the first's end content and is reported, so a typical year ends near where it
//!   began.
//! - The tank works with supply-line feed-in and a bounded network only; otherwise a volume is
//!   ignored (with a warning) and costs nothing.
//!
//! Sources: Danish Energy Agency technology catalogue: a 3,000 m³ tank ≈ 175 MWh at 55 K,
//! 0.14–0.24 %/day standing loss; water 1.163 kWh/(m³·K).

use crate::params::{FeedIn, Params};

/// Volumetric heat capacity of water, kWh/(m³·K) (MODEL.md §11).
pub const WATER_KWH_PER_M3_K: f64 = 1.163;

/// Whether a tank of these parameters is used: a volume, supply-line feed-in and a bounded
/// network.
pub fn storage_active(params: &Params) -> bool {
    params.storage.volume_m3 > 0.0
        && params.recovery.feed_in == FeedIn::SupplyLine
        && !params.network.takes_all_heat
}

/// Capacity of a tank of `volume_m3` charged at `floor_supply_c` above `return_c`, kWh.
pub fn capacity_kwh(volume_m3: f64, floor_supply_c: f64, return_c: f64) -> f64 {
    (volume_m3 * WATER_KWH_PER_M3_K * (floor_supply_c - return_c)).max(0.0)
}

/// The tank's constants for one run; an unused tank has zero capacity and power.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Tank {
    /// Capacity `E_max`, kWh.
    pub capacity_kwh: f64,
    /// Rated charge and discharge power `P_st`, kW.
    pub power_kw: f64,
    /// Share of the content lost each hour, `loss_per_day / 24`.
    pub loss_per_hour: f64,
}

impl Tank {
    /// The tank of validated parameters and the year's lowest supply `floor_supply_c`; a tank
    /// with no capacity when it is not used ([`storage_active`]).
    pub fn from_params(params: &Params, floor_supply_c: f64) -> Self {
        if !storage_active(params) {
            return Tank::default();
        }
        let s = &params.storage;
        let capacity_kwh = capacity_kwh(s.volume_m3, floor_supply_c, params.network.return_c);
        Tank {
            capacity_kwh,
            power_kw: capacity_kwh / s.hours_to_full,
            loss_per_hour: s.loss_per_day / 24.0,
        }
    }

    /// The tank is used this run.
    pub fn is_active(&self) -> bool {
        self.capacity_kwh > 0.0
    }

    /// Content at the start of the warm-up pass: half full, kWh.
    pub fn warm_up_start_kwh(&self) -> f64 {
        self.capacity_kwh / 2.0
    }

    /// Standing loss of an hour that starts with `content_kwh`, kWh.
    #[inline]
    pub fn standing_loss_kwh(&self, content_kwh: f64) -> f64 {
        content_kwh * self.loss_per_hour
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    #[test]
    fn dea_tank_capacity() {
        // DEA: 3,000 m³ at 55 K: 3,000 · 1.163 · 55 = 191,895 kWh ≈ 0.19 GWh (DEA quotes 175 MWh).
        assert_relative_eq!(capacity_kwh(3000.0, 105.0, 50.0), 191_895.0, epsilon = 1e-6);
    }

    #[test]
    fn settimo_milanese_tanks_at_the_floor() {
        // 6,000 m³ (Equinix + A2A) on the default 3G network with hot water: T_floor = 75 °C,
        // return 50 °C: 6,000 · 1.163 · 25 = 174,450 kWh; 6 h to full: 29,075 kW.
        let mut p = Params::default();
        p.storage.volume_m3 = 6000.0;
        let tank = Tank::from_params(&p, 75.0);
        assert_relative_eq!(tank.capacity_kwh, 174_450.0, epsilon = 1e-6);
        assert_relative_eq!(tank.power_kw, 29_075.0, epsilon = 1e-6);
        assert_relative_eq!(tank.warm_up_start_kwh(), 87_225.0, epsilon = 1e-6);
        // 0.2 %/day: 174,450 · 0.002 / 24 = 14.5375 kWh in the first hour of a full tank.
        assert_relative_eq!(tank.standing_loss_kwh(174_450.0), 14.5375, epsilon = 1e-9);
    }

    #[test]
    fn ignored_outside_supply_line_or_with_unbounded_network() {
        let mut p = Params::default();
        p.storage.volume_m3 = 6000.0;
        p.recovery.feed_in = FeedIn::ReturnLine;
        assert!(!Tank::from_params(&p, 75.0).is_active());
        p.recovery.feed_in = FeedIn::SupplyLine;
        p.network.takes_all_heat = true;
        assert!(!Tank::from_params(&p, 75.0).is_active());
        p.network.takes_all_heat = false;
        p.storage.volume_m3 = 0.0;
        assert!(!Tank::from_params(&p, 75.0).is_active());
    }
}

//! Thermal storage: a hot-water tank at the plant (MODEL.md §6).
//!
//! **Equations.**
//! - Capacity as built `E_max = volume_m3 · 1.163 kWh/(m³·K) · (supply_max_c − return_c)`: a
//!   store is sized and charged at the network's design supply/return difference (version 1 used
//!   the year's lowest supply, which understated it). Rated power `P_st = E_max / hours_to_full`.
//! - Capex by kind and size (DEA technology catalogue, network-data.md §6): steel tank
//!   `7,450 · V^−0.47` €/m³ (DEA 141, fitted on 1,500–5,000 m³); pit
//!   `(1.84 M€ + 42 €/m³ · V) / V` €/m³ (DEA 140, Danish pits of ~70,000 m³). Used when
//!   `economics.storage_capex_eur_per_m3` is not given.
//! - Each hour the tank first loses `content · loss_per_day / 24`, then charges or discharges
//!   (see [`crate::dispatch`]).
//! - The year is simulated twice: the first pass starts half full and is a warm-up; the second
//!   starts from the first's end content and is reported, so a typical year ends near where it
//!   began.
//! - When it gives its heat back is `storage.dispatch`: `first` (as soon as a dispatchable
//!   plant runs) or `peak` (the 24-hour water-filling look-ahead of [`look_ahead`]).
//! - The tank works with supply-line feed-in and a bounded network only; otherwise a volume is
//!   ignored (with a warning) and costs nothing.
//!
//! Sources: Danish Energy Agency technology catalogue: a 3,000 m³ tank ≈ 175 MWh at 55 K,
//! 0.14–0.24 %/day standing loss; water 1.163 kWh/(m³·K).

pub mod look_ahead;

use crate::params::{FeedIn, Params, StorageKind};

/// Volumetric heat capacity of water, kWh/(m³·K) (MODEL.md §11).
pub const WATER_KWH_PER_M3_K: f64 = 1.163;

/// Whether a tank of these parameters is used: a volume, supply-line feed-in and a bounded
/// network (the version-1 `takes_all_heat` without `plants` is unbounded).
pub fn storage_active(params: &Params) -> bool {
    params.storage.volume_m3 > 0.0
        && params.recovery.feed_in == FeedIn::SupplyLine
        && !(params.network.takes_all_heat && params.network.plants.is_none())
}

/// Capex per m³ of a store of `kind` and `volume_m3` by the DEA curves, €/m³ (0 for no volume):
/// tank `7,450 · V^−0.47`; pit `(1,840,000 + 42 · V) / V`.
pub fn capex_eur_per_m3(kind: StorageKind, volume_m3: f64) -> f64 {
    if volume_m3 <= 0.0 || !volume_m3.is_finite() {
        return 0.0;
    }
    match kind {
        StorageKind::Tank => 7450.0 * volume_m3.powf(-0.47),
        StorageKind::Pit => (1_840_000.0 + 42.0 * volume_m3) / volume_m3,
    }
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
    /// The tank of validated parameters, at the network's design supply `supply_max_c`; a tank
    /// with no capacity when it is not used ([`storage_active`]).
    pub fn from_params(params: &Params) -> Self {
        if !storage_active(params) {
            return Tank::default();
        }
        let s = &params.storage;
        let n = &params.network;
        let capacity_kwh = capacity_kwh(s.volume_m3, n.supply_max_c, n.return_c);
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
    fn settimo_milanese_tanks_at_design_difference() {
        // 6,000 m³ (Equinix + A2A) on the default 3G network: design 90 °C supply, 50 °C
        // return: 6,000 · 1.163 · 40 = 279,120 kWh; 6 h to full: 46,520 kW.
        let mut p = Params::default();
        p.storage.volume_m3 = 6000.0;
        let tank = Tank::from_params(&p);
        assert_relative_eq!(tank.capacity_kwh, 279_120.0, epsilon = 1e-6);
        assert_relative_eq!(tank.power_kw, 46_520.0, epsilon = 1e-6);
        assert_relative_eq!(tank.warm_up_start_kwh(), 139_560.0, epsilon = 1e-6);
        // 0.2 %/day: 279,120 · 0.002 / 24 = 23.26 kWh in the first hour of a full tank.
        assert_relative_eq!(tank.standing_loss_kwh(279_120.0), 23.26, epsilon = 1e-9);
    }

    #[test]
    fn dea_cost_curves() {
        // Tank: 7,450 · 2,000^−0.47 = 209 €/m³ (network-data.md §6.2); 6,000 m³: 125 €/m³.
        assert_relative_eq!(
            capex_eur_per_m3(StorageKind::Tank, 2000.0),
            209.0,
            epsilon = 0.5
        );
        assert_relative_eq!(
            capex_eur_per_m3(StorageKind::Tank, 6000.0),
            125.0,
            epsilon = 0.5
        );
        // Pit: (1.84 M€ + 42 · 70,000) / 70,000 = 4.78 M€ / 70,000 = 68.3 €/m³.
        assert_relative_eq!(
            capex_eur_per_m3(StorageKind::Pit, 70_000.0),
            68.29,
            epsilon = 0.01
        );
        assert_eq!(capex_eur_per_m3(StorageKind::Pit, 0.0), 0.0);
    }

    #[test]
    fn ignored_outside_supply_line_or_with_unbounded_network() {
        let mut p = Params::default();
        p.storage.volume_m3 = 6000.0;
        p.recovery.feed_in = FeedIn::ReturnLine;
        assert!(!Tank::from_params(&p).is_active());
        p.recovery.feed_in = FeedIn::SupplyLine;
        p.network.takes_all_heat = true;
        assert!(!Tank::from_params(&p).is_active());
        p.network.takes_all_heat = false;
        p.storage.volume_m3 = 0.0;
        assert!(!Tank::from_params(&p).is_active());
    }
}

//! Dispatch: how each hour's recoverable heat meets the network's demand, through the tank
//! (MODEL.md §7).
//!
//! **Equations**, each hour, after the tank's standing loss:
//! 1. `direct = min(A, D_dc)`; `surplus = A − direct`; `deficit = D_dc − direct`.
//! 2. `charge = min(surplus, P_st, E_max − content)` (0 in return-line fallback hours);
//!    `discharge = min(deficit, P_st, content)`.
//! 3. `backup = deficit − discharge` (the network's peak plants; baseload plants are not displaced).
//! 4. Only what is used is produced: `used = direct + charge`; heat-pump output `HP = s · used`,
//!    electricity `W_hp = s · used / COP` (heat-pump hours only); data-centre heat taken
//!    `Q_used = min(g · used, Q_cap)`; captured heat rejected `Q_rej = Q_cap − Q_used`.
//! 5. Delivered from the data centre `Q_del = direct + discharge`; pumping
//!    `W_pump = pumping_share · Q_del`.
//!
//! With `takes_all_heat` the network is unbounded: everything available is delivered directly,
//! there is no deficit, backup or storage.
//!
//! These two balances hold over the year: `Σ(Q_used + W_hp) = Σ(direct + charge)` (since
//! `g + s/COP = 1`) and `Σcharge = Σdischarge + Σstanding_loss + (content_end − content_start)`.

use crate::recovery::{Mode, RecoveryHour};
use crate::storage::Tank;

/// The smaller of two finite numbers (one `minsd`: `f64::min`'s NaN handling costs three more
/// instructions on the tank's serial dependency chain, and no flow here is NaN).
#[inline(always)]
fn min(a: f64, b: f64) -> f64 {
    if a < b {
        a
    } else {
        b
    }
}

/// The larger of two finite numbers (see [`min`]).
#[inline(always)]
fn max(a: f64, b: f64) -> f64 {
    if a > b {
        a
    } else {
        b
    }
}

/// Steps 1–3 of one hour: flows between plant, tank, network and peak plants.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DispatchHour {
    /// Heat straight from the plant to the network, kW.
    pub direct_kw: f64,
    /// Heat from the plant into the tank, kW.
    pub charge_kw: f64,
    /// Heat from the tank to the network, kW.
    pub discharge_kw: f64,
    /// Heat from the network's peak plants, kW.
    pub backup_kw: f64,
    /// Standing loss of the tank this hour, kWh.
    pub standing_loss_kwh: f64,
    /// Tank content at the end of the hour, kWh.
    pub content_end_kwh: f64,
}

/// Dispatches one hour: `available_kw` from the plant (`A`), `dc_demand_kw` the data centre may
/// serve (`D_dc`, ignored when `bounded` is false), `may_charge` false in return-line fallback
/// hours, the tank and its content at the start of the hour.
#[inline]
pub fn dispatch_hour(
    available_kw: f64,
    dc_demand_kw: f64,
    bounded: bool,
    may_charge: bool,
    tank: &Tank,
    content_kwh: f64,
) -> DispatchHour {
    let standing_loss_kwh = tank.standing_loss_kwh(content_kwh);
    let content = content_kwh - standing_loss_kwh;
    if !bounded {
        return DispatchHour {
            direct_kw: available_kw,
            standing_loss_kwh,
            content_end_kwh: content,
            ..DispatchHour::default()
        };
    }
    let direct_kw = min(available_kw, dc_demand_kw);
    let surplus_kw = available_kw - direct_kw;
    let deficit_kw = dc_demand_kw - direct_kw;
    let charge_kw = if may_charge {
        surplus_kw
            .min(tank.power_kw)
            .min(tank.capacity_kwh - content)
            .max(0.0)
    } else {
        0.0
    };
    let discharge_kw = max(min(min(deficit_kw, tank.power_kw), content), 0.0);
    let hour = DispatchHour {
        direct_kw,
        charge_kw,
        discharge_kw,
        backup_kw: max(deficit_kw - discharge_kw, 0.0),
        standing_loss_kwh,
        content_end_kwh: content + charge_kw - discharge_kw,
    };
    debug_assert!(hour.content_end_kwh.is_finite() && hour.backup_kw.is_finite());
    hour
}

/// Steps 4–5 of one hour: what the plant produced and used to do it.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PlantHour {
    /// Heat produced for the network, `used = direct + charge`, kW.
    pub used_kw: f64,
    /// Heat pump output `HP`, kW.
    pub hp_output_kw: f64,
    /// Heat pump electricity `W_hp`, kW.
    pub hp_electricity_kw: f64,
    /// Data-centre heat handed over at the exchanger and evaporator, `Q_used`, kW.
    pub q_used_kw: f64,
    /// Captured heat rejected by the site's dry coolers, `Q_rej`, kW.
    pub rejected_kw: f64,
    /// Heat delivered from the data centre, `Q_del = direct + discharge`, kW.
    pub delivered_kw: f64,
    /// Pumping electricity `W_pump`, kW.
    pub pumping_kw: f64,
}

/// Settles one hour: the recovery hour `rec`, captured heat `q_cap_kw`, the dispatch `d`.
#[inline]
pub fn settle(
    rec: &RecoveryHour,
    q_cap_kw: f64,
    d: &DispatchHour,
    pumping_share: f64,
) -> PlantHour {
    let used_kw = d.direct_kw + d.charge_kw;
    let (hp_output_kw, hp_electricity_kw) = if rec.mode == Mode::HeatPump {
        let hp = rec.hp_share * used_kw;
        (hp, hp / rec.cop)
    } else {
        (0.0, 0.0)
    };
    let q_used_kw = min(rec.dc_heat_per_kwh * used_kw, q_cap_kw);
    let delivered_kw = d.direct_kw + d.discharge_kw;
    let hour = PlantHour {
        used_kw,
        hp_output_kw,
        hp_electricity_kw,
        q_used_kw,
        rejected_kw: max(q_cap_kw - q_used_kw, 0.0),
        delivered_kw,
        pumping_kw: pumping_share * delivered_kw,
    };
    debug_assert!(hour.hp_electricity_kw.is_finite() && hour.q_used_kw.is_finite());
    hour
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    const TANK: Tank = Tank {
        capacity_kwh: 1000.0,
        power_kw: 200.0,
        loss_per_hour: 0.01,
    };

    #[test]
    fn surplus_charges_within_power_and_space() {
        // Content 500 loses 5 → 495. A = 900, D = 600: direct 600, surplus 300,
        // charge = min(300, 200, 505) = 200; end 695.
        let d = dispatch_hour(900.0, 600.0, true, true, &TANK, 500.0);
        assert_relative_eq!(d.standing_loss_kwh, 5.0);
        assert_relative_eq!(d.direct_kw, 600.0);
        assert_relative_eq!(d.charge_kw, 200.0);
        assert_relative_eq!(d.discharge_kw, 0.0);
        assert_relative_eq!(d.backup_kw, 0.0);
        assert_relative_eq!(d.content_end_kwh, 695.0);
        // Nearly full: content 950 → 940.5; charge = min(300, 200, 59.5) = 59.5.
        let d = dispatch_hour(900.0, 600.0, true, true, &TANK, 950.0);
        assert_relative_eq!(d.charge_kw, 59.5, epsilon = 1e-9);
        assert_relative_eq!(d.content_end_kwh, 1000.0, epsilon = 1e-9);
        // Return-line fallback hour: no charge.
        let d = dispatch_hour(900.0, 600.0, true, false, &TANK, 500.0);
        assert_relative_eq!(d.charge_kw, 0.0);
        assert_relative_eq!(d.content_end_kwh, 495.0);
    }

    #[test]
    fn deficit_discharges_then_backup() {
        // Content 100 → 99. A = 300, D = 700: deficit 400; discharge = min(400, 200, 99) = 99;
        // backup 301.
        let d = dispatch_hour(300.0, 700.0, true, true, &TANK, 100.0);
        assert_relative_eq!(d.direct_kw, 300.0);
        assert_relative_eq!(d.discharge_kw, 99.0);
        assert_relative_eq!(d.backup_kw, 301.0);
        assert_relative_eq!(d.content_end_kwh, 0.0);
    }

    #[test]
    fn unbounded_network_takes_everything() {
        let d = dispatch_hour(900.0, 0.0, false, true, &Tank::default(), 0.0);
        assert_relative_eq!(d.direct_kw, 900.0);
        assert_relative_eq!(d.charge_kw + d.discharge_kw + d.backup_kw, 0.0);
    }

    #[test]
    fn heat_pump_hour_balances() {
        // s = 0.8, COP 8, g = 0.9; direct 600 + charge 200 = 800 used:
        // HP = 640, W_hp = 80, Q_used = 720 (of 1000 captured), rejected 280;
        // Q_used + W_hp = 800 = used.
        let rec = RecoveryHour {
            mode: Mode::HeatPump,
            available_kw: 1111.0,
            hp_share: 0.8,
            cop: 8.0,
            dc_heat_per_kwh: 0.9,
            capped: false,
        };
        let d = DispatchHour {
            direct_kw: 600.0,
            charge_kw: 200.0,
            ..DispatchHour::default()
        };
        let p = settle(&rec, 1000.0, &d, 0.01);
        assert_relative_eq!(p.used_kw, 800.0);
        assert_relative_eq!(p.hp_output_kw, 640.0, epsilon = 1e-9);
        assert_relative_eq!(p.hp_electricity_kw, 80.0, epsilon = 1e-9);
        assert_relative_eq!(p.q_used_kw, 720.0, epsilon = 1e-9);
        assert_relative_eq!(p.rejected_kw, 280.0, epsilon = 1e-9);
        assert_relative_eq!(p.q_used_kw + p.hp_electricity_kw, p.used_kw, epsilon = 1e-9);
        // Delivered is direct + discharge (600), pumping 1 % of it.
        assert_relative_eq!(p.delivered_kw, 600.0);
        assert_relative_eq!(p.pumping_kw, 6.0, epsilon = 1e-12);
    }
}

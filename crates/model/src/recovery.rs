//! Heat recovery: heat exchanger, heat pump and return-line preheating between the data centre's
//! water loop and the network (MODEL.md §4).
//!
//! **Ports.** In: captured heat `Q_cap` (kW) at `T_src` (loop water leaving the IT), the
//! network's supply `T_sup[h]` and return `T_ret[h]` (the hour's return, docs/model/demand.md
//! §4: [`Recovery::at_return`] gives the plant of that hour), the demand the data centre may
//! serve `D_dc`.
//! Out: the heat the plant could deliver to the network this hour, `A[h]` (kW), its mode, the
//! heat pump's share of the network heating `s`, its COP, and the data-centre heat taken per kWh
//! delivered `g`.
//!
//! **Equations**, with approach `a`, `f_cold = clamp((T_src − a − T_ret) / loop_delta_k, 0, 1)`:
//! - *direct* (supply line, `T_src − a ≥ T_sup`): `A = Q_cap · f_cold` (the exchanger's cold end
//!   limits how far the loop water can be cooled; the rest is rejected);
//! - *heat pump* (supply line, heat pump allowed, otherwise): an exchanger preheats the network
//!   water to `T_pre = max(T_ret, T_src − a)` and the heat pump lifts it to `T_sup`;
//!   `s = (T_sup − T_pre)/(T_sup − T_ret)`; Lorenz COP with log-mean temperatures in kelvin,
//!   sink `T_pre + a → T_sup + a`, source `T_src − a → T_src − loop_delta_k − a`,
//!   `T_lm(x, y) = (x − y)/ln(1 + (x − y)/y)` (`= x` when `x = y`),
//!   `COP = min(η_Lorenz · T_lm,sink / max(T_lm,sink − T_lm,source, min_lift), max_cop)`;
//!   when `COP > 1`, `g = (1 − s) + s·(1 − 1/COP)` and `A = Q_cap / g`, capped at
//!   `1000 · heat_pump_max_mw / s` (the cap limits heat-pump hours only);
//! - *return line* (feed-in `return_line`, or the supply-line fallback when no heat pump is
//!   allowed or `COP ≤ 1`): possible when `T_src − a ≥ T_ret + 5 K`;
//!   `A = min(Q_cap · f_cold, D_dc · min(1, (T_src − a − T_ret)/(T_sup − T_ret)))`, no `D_dc`
//!   limit when the network takes all heat;
//! - *none* otherwise: `A = 0`.
//!
//! Sources: Lorenz efficiency 0.58 reproduces the Danish Energy Agency's 10 MW excess-heat heat
//! pump (source 25→15 °C, network 35→70 °C, nameplate COP 5.0: the formula with the default 3 K
//! approach gives 4.98); ~0.47 fits DEA's 1 MW unit. Return-line preheating as A2A does in
//! Brescia with 65 °C water (no heat pump).

use crate::heat_pump::{jensen_cop, JensenParams};
use crate::heat_pump::{CopModel, Duty};
use crate::machines::Machines;
use crate::params::{CopMethod, FeedIn, ModeChoice, Params};

/// 0 °C in kelvin.
pub const KELVIN: f64 = 273.15;

/// Minimum preheat of the return for the return-line rule, K (MODEL.md §11).
pub const RETURN_LINE_MIN_PREHEAT_K: f64 = 5.0;

/// How the recovered heat reaches the network in one hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Heat exchanger straight into the supply line (`direct`).
    Direct,
    /// Preheat exchanger and heat pump into the supply line (`heat_pump`).
    HeatPump,
    /// Preheating the network's return water (`return_line`).
    ReturnLine,
    /// No heat can be recovered this hour (`none`).
    #[default]
    None,
}

impl Mode {
    /// The mode's name as in JSON and CSV: `direct`, `heat_pump`, `return_line` or `none`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Direct => "direct",
            Mode::HeatPump => "heat_pump",
            Mode::ReturnLine => "return_line",
            Mode::None => "none",
        }
    }
}

/// Logarithmic mean of two absolute temperatures `x` and `y`, K:
/// `(x − y)/ln(1 + (x − y)/y)`, and `x` when `x = y`.
#[inline]
pub fn log_mean_temperature_k(x: f64, y: f64) -> f64 {
    if x == y {
        x
    } else {
        (x - y) / ((x - y) / y).ln_1p()
    }
}

/// The heat pump's COP model (MODEL.md §4): by `method`, the fitted model of
/// docs/model/heat_pump.md §1.2 (`fit`), Jensen et al. (2018) (`jensen`), or version 1's Lorenz
/// efficiency applied to log-mean temperatures with a minimum lift and a ceiling (`lorenz`,
/// the three fields below).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HeatPump {
    /// Share of the Lorenz (log-mean temperature) ideal that the machine reaches (`lorenz`).
    pub lorenz_efficiency: f64,
    /// Smallest lift used in the formula, K (`lorenz`).
    pub min_lift_k: f64,
    /// Highest COP a real machine reaches (`lorenz`).
    pub max_cop: f64,
    /// Which COP model runs.
    pub method: CopMethod,
    /// The fitted model's parameters (`fit`).
    pub fit: CopModel,
}

impl HeatPump {
    /// COP from the log-mean temperatures of sink and source, both in kelvin.
    #[inline]
    pub fn cop_from_log_means(&self, sink_lm_k: f64, source_lm_k: f64) -> f64 {
        let lift = (sink_lm_k - source_lm_k).max(self.min_lift_k);
        (self.lorenz_efficiency * sink_lm_k / lift).min(self.max_cop)
    }

    /// COP heating network water from `sink_in_c` to `sink_out_c` with loop water cooled from
    /// `source_in_c` to `source_out_c` (°C), each across an exchanger of approach `approach_k`.
    pub fn cop(
        &self,
        sink_in_c: f64,
        sink_out_c: f64,
        source_in_c: f64,
        source_out_c: f64,
        approach_k: f64,
    ) -> f64 {
        let sink = log_mean_temperature_k(
            sink_in_c + approach_k + KELVIN,
            sink_out_c + approach_k + KELVIN,
        );
        let source = log_mean_temperature_k(
            source_in_c - approach_k + KELVIN,
            source_out_c - approach_k + KELVIN,
        );
        self.cop_from_log_means(sink, source)
    }
}

/// What the recovery plant can do in one hour.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct RecoveryHour {
    /// How the heat reaches the network.
    pub mode: Mode,
    /// Heat the plant could deliver to the network, `A`, kW.
    pub available_kw: f64,
    /// Heat pump's share of the network heating `s` (0 outside heat-pump hours).
    pub hp_share: f64,
    /// Heat pump COP (0 outside heat-pump hours).
    pub cop: f64,
    /// Data-centre heat taken per kWh delivered to the network, `g` (1 outside heat-pump hours).
    pub dc_heat_per_kwh: f64,
    /// The heat pump's capacity limited `A` this hour.
    pub capped: bool,
}

/// What the supply temperature alone decides about an hour (see [`Recovery::lift`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Lift {
    /// Direct exchange into the supply line.
    Direct,
    /// Preheat and heat pump: heat pump's share `s`, its COP, data-centre heat per kWh `g`.
    HeatPump {
        /// Heat pump's share of the network heating.
        s: f64,
        /// Coefficient of performance.
        cop: f64,
        /// Data-centre heat per kWh delivered, `(1 − s) + s·(1 − 1/COP)`.
        g: f64,
    },
    /// The return-line rule (feed-in `return_line`, or no heat pump, or `COP ≤ 1`).
    Fallback,
}

/// The recovery plant's constants for one run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Recovery {
    /// Where the heat enters the network.
    pub feed_in: FeedIn,
    /// The heat pump, when allowed and feeding the supply line.
    pub heat_pump: Option<HeatPump>,
    /// Heat-exchanger approach `a`, K.
    pub approach_k: f64,
    /// Loop water leaving the IT, `T_src`, °C.
    pub source_c: f64,
    /// Network return `T_ret`, °C.
    pub return_c: f64,
    /// Share of captured heat the exchanger's cold end lets through, `f_cold`, 0–1.
    pub f_cold: f64,
    /// Network water after the preheat exchanger, `T_pre = max(T_ret, T_src − a)`, °C.
    pub preheat_c: f64,
    /// Log-mean temperature of the heat pump's source, K (constant over the year).
    pub source_lm_k: f64,
    /// Heat pump output cap, kW (`None`: unlimited).
    pub hp_cap_kw: Option<f64>,
    /// The return-line rule can work: `T_src − a ≥ T_ret + 5 K`.
    pub return_line_possible: bool,
    /// Loop cooling across the recovery, K (sets `f_cold`).
    pub loop_delta_k: f64,
    /// The heat pump's units and the hour's choice (MODEL.md §4.2).
    pub machines: Machines,
}

impl Recovery {
    /// The recovery plant of validated parameters.
    pub fn from_params(params: &Params) -> Self {
        let r = &params.recovery;
        let dc = &params.data_centre;
        let a = r.approach_k;
        let t_src = dc.loop_out_c;
        let t_ret = params.network.return_c;
        // `mode_choice = return_line` runs the plant as if no heat pump were allowed.
        let allowed = r.heat_pump
            && r.feed_in == FeedIn::SupplyLine
            && r.mode_choice != ModeChoice::ReturnLine;
        let heat_pump = allowed.then_some(HeatPump {
            lorenz_efficiency: r.lorenz_efficiency,
            min_lift_k: r.min_lift_k,
            max_cop: r.max_cop,
            method: r.cop_method,
            fit: CopModel {
                efficiency: r.hp_efficiency,
                penalty_k: r.hp_penalty_k,
                drive_efficiency: r.hp_drive_efficiency,
                aux_share: r.hp_aux_share,
            },
        });
        Recovery {
            feed_in: r.feed_in,
            heat_pump,
            approach_k: a,
            source_c: t_src,
            return_c: t_ret,
            f_cold: ((t_src - a - t_ret) / dc.loop_delta_k).clamp(0.0, 1.0),
            preheat_c: t_ret.max(t_src - a),
            source_lm_k: log_mean_temperature_k(
                t_src - a + KELVIN,
                t_src - dc.loop_delta_k - a + KELVIN,
            ),
            hp_cap_kw: (r.heat_pump_max_mw > 0.0).then_some(1000.0 * r.heat_pump_max_mw),
            return_line_possible: t_src - a >= t_ret + RETURN_LINE_MIN_PREHEAT_K,
            loop_delta_k: dc.loop_delta_k,
            machines: Machines::from_params(params),
        }
    }

    /// The plant in an hour whose network return is `t_return_c`, °C: `T_ret`, `f_cold`,
    /// `T_pre` and the return-line condition follow it (docs/model/demand.md §4); itself when
    /// the return is unchanged.
    #[inline]
    pub fn at_return(&self, t_return_c: f64) -> Recovery {
        if t_return_c == self.return_c {
            return *self;
        }
        let hot_end = self.source_c - self.approach_k;
        Recovery {
            return_c: t_return_c,
            f_cold: ((hot_end - t_return_c) / self.loop_delta_k).clamp(0.0, 1.0),
            preheat_c: t_return_c.max(hot_end),
            return_line_possible: hot_end >= t_return_c + RETURN_LINE_MIN_PREHEAT_K,
            ..*self
        }
    }

    /// The heat pump's COP lifting network water from `T_pre` to `t_supply_c`, or `None` when
    /// there is no heat pump or `COP ≤ 1` (the hour falls back to the return line).
    #[inline]
    pub fn heat_pump_cop(&self, t_supply_c: f64) -> Option<f64> {
        let hp = self.heat_pump?;
        let sink_in_k = self.preheat_c + self.approach_k + KELVIN;
        let sink_out_k = t_supply_c + self.approach_k + KELVIN;
        match hp.method {
            CopMethod::Lorenz => {}
            CopMethod::Fit => {
                // heat_pump.md §6: the same temperatures as version 1, the source's log mean
                // computed once per run.
                let cop = hp.fit.cop_from_log_means(
                    log_mean_temperature_k(sink_in_k, sink_out_k),
                    self.source_lm_k,
                );
                return (cop > 1.0).then_some(cop);
            }
            CopMethod::Jensen => {
                let a = self.approach_k;
                let duty = Duty {
                    sink_in_c: self.preheat_c + a,
                    sink_out_c: t_supply_c + a,
                    source_in_c: self.source_c - a,
                    source_out_c: self.source_c - self.loop_delta_k - a,
                };
                let cop = jensen_cop(&duty, &JensenParams::PYPSA_EUR);
                return (cop > 1.0).then_some(cop);
            }
        }
        // The log mean lies between its ends: when even the coldest sink over the warmest lift
        // reaches the ceiling, COP = max_cop exactly, without the logarithm.
        let cop = if hp.lorenz_efficiency * sink_in_k
            >= hp.max_cop * (sink_out_k - self.source_lm_k).max(hp.min_lift_k)
        {
            hp.max_cop
        } else {
            hp.cop_from_log_means(
                log_mean_temperature_k(sink_in_k, sink_out_k),
                self.source_lm_k,
            )
        };
        (cop > 1.0).then_some(cop)
    }

    /// The [`Lift`] of a supply-line hour above the source's hot end, given its heat pump COP
    /// (`None`: fall back): `s = (T_sup − T_pre)/(T_sup − T_ret)`, `g = (1 − s) + s·(1 − 1/COP)`.
    #[inline]
    pub fn lift_with_cop(&self, t_supply_c: f64, cop: Option<f64>) -> Lift {
        let Some(cop) = cop else {
            return Lift::Fallback;
        };
        // T_pre < T_sup here (the source is below the supply and T_ret < T_sup), so s > 0.
        let s = (t_supply_c - self.preheat_c) / (t_supply_c - self.return_c);
        Lift::HeatPump {
            s,
            cop,
            g: (1.0 - s) + s * (1.0 - 1.0 / cop),
        }
    }

    /// What an hour's supply temperature `t_supply_c` decides with this plant's return: the
    /// mode (direct, heat pump, or fallback to the return line), and in heat-pump hours `s`,
    /// COP and `g`. Hours of equal supply and return share it ([`LiftCache`]).
    #[inline]
    pub fn lift(&self, t_supply_c: f64) -> Lift {
        if self.feed_in == FeedIn::ReturnLine {
            return Lift::Fallback;
        }
        if self.source_c - self.approach_k >= t_supply_c {
            return Lift::Direct;
        }
        self.lift_with_cop(t_supply_c, self.heat_pump_cop(t_supply_c))
    }

    /// The plant's hour: captured heat `q_cap_kw`, supply `t_supply_c`, demand the data centre
    /// may serve `dc_demand_kw` (ignored when `bounded` is false: the network takes all heat).
    pub fn hour(
        &self,
        q_cap_kw: f64,
        t_supply_c: f64,
        dc_demand_kw: f64,
        bounded: bool,
    ) -> RecoveryHour {
        self.hour_with(
            self.lift(t_supply_c),
            q_cap_kw,
            t_supply_c,
            dc_demand_kw,
            bounded,
        )
    }

    /// [`Recovery::hour`] with the supply's [`Lift`] already known.
    #[inline]
    pub fn hour_with(
        &self,
        lift: Lift,
        q_cap_kw: f64,
        t_supply_c: f64,
        dc_demand_kw: f64,
        bounded: bool,
    ) -> RecoveryHour {
        match lift {
            Lift::Direct => RecoveryHour {
                mode: Mode::Direct,
                available_kw: q_cap_kw * self.f_cold,
                dc_heat_per_kwh: 1.0,
                ..RecoveryHour::default()
            },
            Lift::HeatPump { s, cop, g } => {
                let uncapped_kw = q_cap_kw / g;
                let (available_kw, capped) = match self.hp_cap_kw {
                    Some(cap_kw) if cap_kw / s < uncapped_kw => (cap_kw / s, true),
                    _ => (uncapped_kw, false),
                };
                debug_assert!(available_kw.is_finite() && g > 0.0);
                RecoveryHour {
                    mode: Mode::HeatPump,
                    available_kw,
                    hp_share: s,
                    cop,
                    dc_heat_per_kwh: g,
                    capped,
                }
            }
            Lift::Fallback => self.return_line_hour(q_cap_kw, t_supply_c, dc_demand_kw, bounded),
        }
    }

    /// The return-line rule: preheat the return by at least 5 K, up to what the demand's flow
    /// can take (`D_dc` times the share of the network's temperature rise the source covers).
    #[inline]
    pub fn return_line_hour(
        &self,
        q_cap_kw: f64,
        t_supply_c: f64,
        dc_demand_kw: f64,
        bounded: bool,
    ) -> RecoveryHour {
        if !self.return_line_possible {
            return RecoveryHour {
                mode: Mode::None,
                dc_heat_per_kwh: 1.0,
                ..RecoveryHour::default()
            };
        }
        let from_loop_kw = q_cap_kw * self.f_cold;
        let available_kw = if bounded {
            let rise_share = ((self.source_c - self.approach_k - self.return_c)
                / (t_supply_c - self.return_c))
                .min(1.0);
            from_loop_kw.min(dc_demand_kw * rise_share)
        } else {
            from_loop_kw
        };
        RecoveryHour {
            mode: Mode::ReturnLine,
            available_kw: available_kw.max(0.0),
            dc_heat_per_kwh: 1.0,
            ..RecoveryHour::default()
        }
    }
}

/// The hour's [`Lift`], recomputed only when the supply or return changes; the COP (the costly
/// part, a logarithm) only when the supply or `T_pre` changes, which with a source warmer than
/// the return (`T_pre = T_src − a`) does not depend on the return at all.
#[derive(Debug, Clone, Copy)]
pub struct LiftCache {
    supply_c: f64,
    return_c: f64,
    preheat_c: f64,
    cop: Option<f64>,
    lift: Lift,
}

impl Default for LiftCache {
    fn default() -> Self {
        LiftCache::new()
    }
}

impl LiftCache {
    /// An empty cache.
    pub fn new() -> Self {
        LiftCache {
            supply_c: f64::NAN,
            return_c: f64::NAN,
            preheat_c: f64::NAN,
            cop: None,
            lift: Lift::Fallback,
        }
    }

    /// `recovery.lift(t_supply_c)` (with `recovery` already at the hour's return), cached.
    #[inline(always)]
    pub fn get(&mut self, recovery: &Recovery, t_supply_c: f64) -> Lift {
        if t_supply_c == self.supply_c && recovery.return_c == self.return_c {
            return self.lift;
        }
        self.lift = if recovery.feed_in == FeedIn::ReturnLine {
            Lift::Fallback
        } else if recovery.source_c - recovery.approach_k >= t_supply_c {
            Lift::Direct
        } else {
            if t_supply_c != self.supply_c || recovery.preheat_c != self.preheat_c {
                self.cop = recovery.heat_pump_cop(t_supply_c);
                self.preheat_c = recovery.preheat_c;
            }
            recovery.lift_with_cop(t_supply_c, self.cop)
        };
        self.supply_c = t_supply_c;
        self.return_c = recovery.return_c;
        self.lift
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::Params;
    use approx::assert_relative_eq;

    const DEA: HeatPump = HeatPump {
        lorenz_efficiency: 0.58,
        min_lift_k: 10.0,
        max_cop: 8.0,
        method: CopMethod::Lorenz,
        fit: CopModel::DEFAULT,
    };

    /// 4G network (70 → 35 °C) fed by direct-to-chip-like 45 °C loop water, 10 K loop ΔT.
    fn four_g(heat_pump: bool) -> Recovery {
        let mut p = Params::default();
        p.data_centre.loop_out_c = 45.0;
        p.data_centre.loop_delta_k = 10.0;
        p.network.return_c = 35.0;
        p.recovery.heat_pump = heat_pump;
        // These tests check version 1's Lorenz COP; the fitted COP is tested in heat_pump/.
        p.recovery.cop_method = CopMethod::Lorenz;
        Recovery::from_params(&p)
    }

    #[test]
    fn log_mean_temperature() {
        // 35 K between 308.15 and 343.15 K: 35 / ln(343.15/308.15) = 35 / 0.107582 = 325.336 K.
        assert_relative_eq!(
            log_mean_temperature_k(343.15, 308.15),
            325.336_282_6,
            epsilon = 1e-6
        );
        // Symmetric, and x when x = y (no 0/0).
        assert_relative_eq!(
            log_mean_temperature_k(308.15, 343.15),
            log_mean_temperature_k(343.15, 308.15),
            max_relative = 1e-14
        );
        assert_eq!(log_mean_temperature_k(300.0, 300.0), 300.0);
        // Nearly equal: close to the arithmetic mean.
        assert_relative_eq!(
            log_mean_temperature_k(300.0 + 1e-9, 300.0),
            300.0,
            epsilon = 1e-8
        );
    }

    #[test]
    fn dea_excess_heat_heat_pump_gives_4_98() {
        // DEA: source 25 → 15 °C, network 35 → 70 °C, s = 1, approach 3 K (the default):
        // sink 38 → 73 °C: T_lm = 35 / ln(346.15/311.15) = 328.31 K;
        // source 22 → 12 °C: T_lm = 10 / ln(295.15/285.15) = 290.13 K;
        // lift 38.18 K; COP = 0.58 · 328.31 / 38.18 = 4.983 (nameplate 5.0).
        let cop = DEA.cop(35.0, 70.0, 25.0, 15.0, 3.0);
        assert_relative_eq!(cop, 4.98, epsilon = 0.01);
        // With no approach the same machine would reach 5.86: the approach matters.
        assert_relative_eq!(DEA.cop(35.0, 70.0, 25.0, 15.0, 0.0), 5.857, epsilon = 0.001);
    }

    #[test]
    fn min_lift_and_max_cop() {
        // Source and sink log means 2 K apart: the lift is taken as 10 K;
        // 0.58 · 330 / 10 = 19.14 → capped at 8.
        assert_relative_eq!(DEA.cop_from_log_means(330.0, 328.0), 8.0);
        let open = HeatPump {
            max_cop: 20.0,
            ..DEA
        };
        assert_relative_eq!(
            open.cop_from_log_means(330.0, 328.0),
            19.14,
            epsilon = 1e-12
        );
    }

    #[test]
    fn direct_exchange_and_cold_end() {
        // Default: 65 °C loop, 3 K approach, 50 °C return: f_cold = min(1, (62 − 50)/10) = 1.
        let mut p = Params::default();
        let r = Recovery::from_params(&p);
        assert_relative_eq!(r.f_cold, 1.0);
        // 60 °C loop: hot end 57 °C; f_cold = (57 − 50)/10 = 0.7.
        p.data_centre.loop_out_c = 60.0;
        let r = Recovery::from_params(&p);
        assert_relative_eq!(r.f_cold, 0.7, epsilon = 1e-12);
        let h = r.hour(1000.0, 57.0, 5000.0, true);
        assert_eq!(h.mode, Mode::Direct);
        assert_relative_eq!(h.available_kw, 700.0, epsilon = 1e-9);
        assert_relative_eq!(h.dc_heat_per_kwh, 1.0);
        // Supply 57.1 °C is above the hot end: heat pump.
        assert_eq!(r.hour(1000.0, 57.1, 5000.0, true).mode, Mode::HeatPump);
    }

    #[test]
    fn preheat_share_and_heat_pump_availability() {
        // 45 °C loop, approach 3: T_pre = max(35, 42) = 42 °C; supply 70 °C:
        // s = (70 − 42)/(70 − 35) = 0.8; sink 45 → 73 °C (T_lm 331.95 K), source 42 → 32 °C
        // (T_lm 310.12 K): lift 21.83 K, 0.58 · 331.95 / 21.83 = 8.82 → COP 8;
        // g = 0.2 + 0.8 · (1 − 1/8) = 0.9; A = 1000 / 0.9 = 1,111.1 kW.
        let r = four_g(true);
        assert_relative_eq!(r.preheat_c, 42.0);
        let h = r.hour(1000.0, 70.0, 1.0e9, true);
        assert_eq!(h.mode, Mode::HeatPump);
        assert_relative_eq!(h.hp_share, 0.8, epsilon = 1e-12);
        assert_relative_eq!(h.cop, 8.0);
        assert_relative_eq!(h.dc_heat_per_kwh, 0.9, epsilon = 1e-12);
        assert_relative_eq!(h.available_kw, 1000.0 / 0.9, epsilon = 1e-9);
        assert!(!h.capped);
        // Source too cold to preheat (return 50 °C > 42 °C): s = 1.
        let mut p = Params::default();
        p.data_centre.loop_out_c = 45.0;
        let h = Recovery::from_params(&p).hour(1000.0, 80.0, 1.0e9, true);
        assert_relative_eq!(h.hp_share, 1.0);
    }

    #[test]
    fn heat_pump_cap_limits_heat_pump_hours_only() {
        // 0.5 MW cap, s = 0.8: A ≤ 500 / 0.8 = 625 kW (uncapped 1,111.1 kW).
        let mut r = four_g(true);
        r.hp_cap_kw = Some(500.0);
        let h = r.hour(1000.0, 70.0, 1.0e9, true);
        assert!(h.capped);
        assert_relative_eq!(h.available_kw, 625.0, epsilon = 1e-9);
        // A direct hour (supply 40 °C ≤ 42 °C) is not capped: f_cold = (42 − 35)/10 = 0.7.
        let h = r.hour(1000.0, 40.0, 1.0e9, true);
        assert_eq!(h.mode, Mode::Direct);
        assert_relative_eq!(h.available_kw, 700.0, epsilon = 1e-9);
    }

    #[test]
    fn return_line_limit_and_fallback() {
        // No heat pump: supply 70 °C > 42 °C, so the plant preheats the return instead:
        // 42 ≥ 35 + 5; rise share (42 − 35)/(70 − 35) = 0.2; f_cold = 0.7.
        let r = four_g(false);
        let h = r.hour(1000.0, 70.0, 2000.0, true);
        assert_eq!(h.mode, Mode::ReturnLine);
        // min(1000 · 0.7, 2000 · 0.2) = 400 kW.
        assert_relative_eq!(h.available_kw, 400.0, epsilon = 1e-9);
        // min(700, 5000 · 0.2 = 1000) = 700 kW; unbounded network: 700 kW.
        assert_relative_eq!(
            r.hour(1000.0, 70.0, 5000.0, true).available_kw,
            700.0,
            epsilon = 1e-9
        );
        assert_relative_eq!(
            r.hour(1000.0, 70.0, 0.0, false).available_kw,
            700.0,
            epsilon = 1e-9
        );
        // Loop at 42 °C: hot end 39 °C < 35 + 5: neither.
        let mut p = Params::default();
        p.data_centre.loop_out_c = 42.0;
        p.network.return_c = 35.0;
        p.recovery.feed_in = FeedIn::ReturnLine;
        let h = Recovery::from_params(&p).hour(1000.0, 70.0, 5000.0, true);
        assert_eq!(h.mode, Mode::None);
        assert_eq!(h.available_kw, 0.0);
    }

    #[test]
    fn warmer_return_changes_the_hour() {
        // 4G plant (45 °C loop, hot end 42 °C) with the return at 38 instead of 35 °C:
        // f_cold = (42 − 38)/10 = 0.4; T_pre = 42; s = (70 − 42)/(70 − 38) = 0.875;
        // COP still 8 (the sink starts at T_pre = 42 either way): g = 0.125 + 0.875 · 0.875
        // = 0.890625; the return line needs 42 ≥ 38 + 5: no longer possible.
        let r = four_g(true).at_return(38.0);
        assert_relative_eq!(r.f_cold, 0.4, epsilon = 1e-12);
        assert_relative_eq!(r.preheat_c, 42.0);
        assert!(!r.return_line_possible);
        let h = r.hour(1000.0, 70.0, 1.0e9, true);
        assert_relative_eq!(h.hp_share, 0.875, epsilon = 1e-12);
        assert_relative_eq!(h.dc_heat_per_kwh, 0.890_625, epsilon = 1e-12);
        assert_eq!(r.hour(1000.0, 40.0, 1.0e9, true).available_kw, 400.0);
        // Without a heat pump the fallback finds no return line: none.
        assert_eq!(
            four_g(false)
                .at_return(38.0)
                .hour(1000.0, 70.0, 2000.0, true)
                .mode,
            Mode::None
        );
        // The same return gives the same plant.
        assert_eq!(four_g(true).at_return(35.0), four_g(true));
        // Return above the hot end (default 65 °C loop, 62 °C hot end, return 63 °C):
        // T_pre = 63, f_cold = 0.
        let d = Recovery::from_params(&Params::default()).at_return(63.0);
        assert_relative_eq!(d.preheat_c, 63.0);
        assert_eq!(d.f_cold, 0.0);
    }

    #[test]
    fn return_above_the_hot_end_lowers_the_cop() {
        // 45 °C loop (hot end 42 °C), no COP ceiling. Return 35 °C: sink 45 → 73 °C,
        // T_lm = 28 / ln(346.15/318.15) = 331.95 K; source 310.12 K; COP = 0.58 · 331.95 / 21.83
        // = 8.82. Return 44 °C > 42: T_pre = 44, sink 47 → 73 °C, T_lm = 26 / ln(346.15/320.15)
        // = 332.99 K, lift 22.87 K, COP = 0.58 · 332.99 / 22.87 = 8.45, and s = 1.
        let mut r = four_g(true);
        r.heat_pump = Some(HeatPump {
            max_cop: 20.0,
            ..DEA
        });
        let cold = r.hour(1000.0, 70.0, 1.0e9, true);
        let warm = r.at_return(44.0).hour(1000.0, 70.0, 1.0e9, true);
        assert_relative_eq!(cold.cop, 8.82, epsilon = 0.01);
        assert_relative_eq!(warm.cop, 8.45, epsilon = 0.01);
        assert_relative_eq!(warm.hp_share, 1.0);
    }

    #[test]
    fn cache_matches_the_direct_computation() {
        let base = four_g(true);
        let mut cache = LiftCache::new();
        for (t_sup, t_ret) in [
            (70.0, 35.0),
            (70.0, 35.0),
            (70.0, 37.0),
            (66.0, 37.0),
            (40.0, 37.0),
            (70.0, 44.0),
            (70.0, 35.0),
        ] {
            let r = base.at_return(t_ret);
            assert_eq!(cache.get(&r, t_sup), r.lift(t_sup), "{t_sup} {t_ret}");
        }
        let mut ret = base;
        ret.feed_in = FeedIn::ReturnLine;
        assert_eq!(LiftCache::new().get(&ret, 70.0), Lift::Fallback);
    }

    #[test]
    fn cop_at_or_below_one_falls_back() {
        // Lorenz efficiency 0.1: 0.1 · 331.95 / 21.83 = 1.52 > 1 still a heat pump hour;
        // with a 40 K minimum lift: 0.1 · 331.95 / 40 = 0.83 ≤ 1 → return-line fallback.
        let mut r = four_g(true);
        r.heat_pump = Some(HeatPump {
            lorenz_efficiency: 0.1,
            min_lift_k: 10.0,
            max_cop: 8.0,
            ..DEA
        });
        assert_eq!(r.hour(1000.0, 70.0, 2000.0, true).mode, Mode::HeatPump);
        r.heat_pump = Some(HeatPump {
            lorenz_efficiency: 0.1,
            min_lift_k: 40.0,
            max_cop: 8.0,
            ..DEA
        });
        let h = r.hour(1000.0, 70.0, 2000.0, true);
        assert_eq!(h.mode, Mode::ReturnLine);
        assert_relative_eq!(h.available_kw, 400.0, epsilon = 1e-9);
    }
}

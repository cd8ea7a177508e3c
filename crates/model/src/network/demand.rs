//! Network heat demand at the plant (MODEL.md §5): space heating by degree-hours, hot water by a
//! daily profile, and pipe losses that scale with the network's temperature.
//!
//! **Equations.** With `E_cust = homes · home_heat_mwh · (1 − loss_share) · 1000` kWh (the
//! customers' heat; `home_heat_mwh` is counted at the plant, as A2A counts its
//! apartment-equivalents):
//! - space heating `SH[h] = E_cust · (1 − dhw_share) · w[h] / Σw` with
//!   `w[h] = max(0, heating_base_c − T_out[h]) · in_season[h]` (hourly, not smoothed, outdoor
//!   temperature; the season is whole days, inclusive, wrapping over New Year); `SH = 0` when
//!   `Σw = 0`;
//! - hot water `DHW[h] = E_cust · dhw_share / 365 · p[hod] / 1000` with the per-mille profile
//!   [`HOT_WATER_PROFILE_PER_MILLE`];
//! - losses `L[h] = loss_share · homes · home_heat_mwh · 1000 / 8760 · θ[h] / θ_ref`,
//!   `θ[h] = (T_sup[h] + T_ret)/2 − ground_c`, `θ_ref = 56.25 K` (a 90/75 → 50 °C network over
//!   10 °C ground: the one `loss_share` is quoted for; a 4G network loses about 30 % less);
//! - at the plant `D = SH + DHW + L`; the data centre can serve what the plants that run anyway do
//!   not: `D_dc = max(0, D − 1000 · baseload_mw)`; with `takes_all_heat`, `D_dc` is unbounded.
//!
//! Sources: degree-hour method and hot-water share as in PyPSA-Eur; network losses 5–40 % of heat
//! fed in (DIN EN 13941 method, PyPSA-Eur default 15 %).
//!
//! **Daily shape** (docs/model/demand.md): profiles follow the clock ([`Clock`], daylight saving);
//! with an Italian heating-hours rule the day's degree-hours `W_d` are delivered by the rule's
//! per-mille profile `q` ([`rule_profile`]):
//! `SH[h] = E_sh/Σw · ((1 − e) · W_d · q[c(h)]/Q_d + e · w[h])`, `e` the exempt share (the
//! continuous rule is `e = 1`: version 1); hot water follows the cold water,
//! `DHW[h] = E_cust · dhw_share / 365 · k[d] · p[c(h)]/P_d` ([`crate::network::Mains`]); `Q_d`,
//! `P_d` are the profiles' sums over the day's clock hours (1,000 except on the two switch
//! days), so every day keeps its energy exactly. The return follows [`ReturnCurve`] and the
//! losses the hour's return.

use super::clock::{is_weekend, Clock};
use super::heating_rule::{rule_profile, spread};
use super::temperatures::ReturnCurve;
use crate::params::{ColdWater, HeatingSeason, NetworkParams};

/// Daily hot-water profile, per mille of a day's hot water in each hour 0–23 (sums to 1,000).
pub const HOT_WATER_PROFILE_PER_MILLE: [f64; 24] = [
    10.0, 6.0, 4.0, 4.0, 6.0, 15.0, 50.0, 92.0, 80.0, 60.0, 45.0, 40.0, 45.0, 40.0, 30.0, 30.0,
    35.0, 45.0, 65.0, 88.0, 80.0, 65.0, 40.0, 25.0,
];

/// A daily profile with hour 0 repeated at index 24.
const fn wrap(profile: [f64; 24]) -> [f64; 25] {
    let mut out = [0.0; 25];
    let mut k = 0;
    while k < 25 {
        out[k] = profile[k % 24];
        k += 1;
    }
    out
}

/// [`HOT_WATER_PROFILE_PER_MILLE`] with hour 0 repeated at index 24.
const HOT_WATER_WRAPPED: [f64; 25] = wrap(HOT_WATER_PROFILE_PER_MILLE);

/// Mean network temperature above ground of the reference 3G network, K:
/// `(82.5 + 50)/2 − 10 = 56.25`.
pub const THETA_REF_K: f64 = 56.25;

/// The network's demand constants for one run (MODEL.md §5).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Demand {
    /// Customers' annual space heating `E_sh`, kWh.
    pub space_heating_kwh: f64,
    /// Hot water in each hour of the day, kW.
    pub hot_water_kw: [f64; 24],
    /// Network loss per kelvin of mean temperature above ground, kW/K.
    pub loss_kw_per_k: f64,
    /// Return temperature, °C.
    pub return_c: f64,
    /// Ground temperature, °C.
    pub ground_c: f64,
    /// Balance temperature for space heating, °C.
    pub heating_base_c: f64,
    /// Heating season; `None` for all year.
    pub heating_season: Option<HeatingSeason>,
    /// Heat from plants that run anyway, kW.
    pub baseload_kw: f64,
    /// The network takes all the data centre's heat (`D_dc` unbounded).
    pub takes_all_heat: bool,
    /// The clock of the daily profiles.
    pub clock: Clock,
    /// Share of space heating that follows the rule's daily profile, `1 − e` (0 for the
    /// continuous rule and zone F).
    pub rule_share: f64,
    /// The rule's per-mille space-heating profile by clock hour, weekday then weekend (zeros
    /// when `rule_share` is 0).
    pub rule_profile: [[f64; 24]; 2],
    /// Customers' hot water on an average day, kWh.
    pub hot_water_per_day_kwh: f64,
    /// The return temperature rule.
    pub return_curve: ReturnCurve,
    /// The rule profile with clock hour 0 repeated at index 24 (for hours shifted by daylight
    /// saving past midnight).
    pub rule_profile_wrapped: [[f64; 25]; 2],
    /// How the cold-water temperature is set.
    pub cold_water: ColdWater,
    /// Constant cold-water temperature, °C (with [`ColdWater::Constant`]).
    pub cold_water_c: f64,
}

/// What one day of the year contributes to each of its hours (see [`Demand::day`]).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DemandDay {
    /// Rule space heating per ‰ of the day's profile, `E_sh/Σw · (1 − e) · W_d / Q_d`, kW.
    pub rule_kw_per_permille: f64,
    /// Hot water per ‰ of the day's profile, `E_cust · dhw_share / 365 · k[d] / P_d`, kW.
    pub hot_water_kw_per_permille: f64,
    /// Profile row: 0 weekday, 1 weekend.
    pub weekend: usize,
    /// Hours the clock is ahead of LST before `switch_hod` (0 or 1).
    pub shift_before: usize,
    /// Hours the clock is ahead of LST from `switch_hod` on (0 or 1).
    pub shift_after: usize,
    /// LST hour of the day at which the clock changes (0 on days without a change).
    pub switch_hod: usize,
    /// The day lies in the heating season.
    pub in_season: bool,
}

/// Space heating and hot water of the customers in one hour, kW.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct CustomerHour {
    /// Space heating `SH`, kW.
    pub space_heating_kw: f64,
    /// Hot water `DHW`, kW.
    pub hot_water_kw: f64,
}

impl Demand {
    /// The demand of validated network parameters.
    pub fn from_params(network: &NetworkParams) -> Self {
        let plant_kwh = network.homes * network.home_heat_mwh * 1000.0;
        let customers_kwh = plant_kwh * (1.0 - network.loss_share);
        let hot_water_per_day_kwh = customers_kwh * network.dhw_share / 365.0;
        let mut hot_water_kw = [0.0; 24];
        for (kw, p) in hot_water_kw.iter_mut().zip(HOT_WATER_PROFILE_PER_MILLE) {
            *kw = hot_water_per_day_kwh * p / 1000.0;
        }
        let (rule_share, rule_profile) = match network.heating_rule.hours_per_day() {
            Some(hours) => (
                1.0 - network.heating_exempt_share,
                [
                    spread(rule_profile(hours, false), network.timer_spread_h),
                    spread(rule_profile(hours, true), network.timer_spread_h),
                ],
            ),
            None => (0.0, [[0.0; 24]; 2]),
        };
        Demand {
            space_heating_kwh: customers_kwh * (1.0 - network.dhw_share),
            hot_water_kw,
            loss_kw_per_k: network.loss_share * plant_kwh / 8760.0 / THETA_REF_K,
            return_c: network.return_c,
            ground_c: network.ground_c,
            heating_base_c: network.heating_base_c,
            heating_season: network.heating_season.or(network.heating_rule.season()),
            baseload_kw: 1000.0 * network.baseload_mw,
            takes_all_heat: network.takes_all_heat,
            clock: Clock {
                daylight_saving: network.daylight_saving,
            },
            rule_share,
            rule_profile,
            rule_profile_wrapped: rule_profile.map(wrap),
            hot_water_per_day_kwh,
            return_curve: ReturnCurve::from_params(network),
            cold_water: network.cold_water,
            cold_water_c: network.cold_water_c,
        }
    }

    /// The constants of 0-based `day`: its degree-hours `W_d` (K·h, season included), the
    /// year's space heating per degree-hour `E_sh/Σw` (kW/K) and the day's hot-water factor
    /// `k[d]` (mean 1 over the year).
    pub fn day(
        &self,
        day: usize,
        degree_hours_of_day: f64,
        space_heating_per_degree_hour: f64,
        hot_water_factor: f64,
    ) -> DemandDay {
        let weekend = usize::from(is_weekend(day));
        let first = day * 24;
        let shift_before = self.clock.hour_of_day(first);
        let shift_after = (self.clock.hour_of_day(first + 23) + 1) % 24;
        let (switch_hod, rule_permille, hot_water_permille) = if self.clock.is_switch_day(day) {
            let profile = &self.rule_profile[weekend];
            (
                (0..24)
                    .find(|&k| (self.clock.hour_of_day(first + k) + 24 - k) % 24 == shift_after)
                    .unwrap_or(0),
                self.clock.day_sum(profile, day),
                self.clock.day_sum(&HOT_WATER_PROFILE_PER_MILLE, day),
            )
        } else {
            (0, 1000.0, 1000.0)
        };
        let rule_kw_per_permille = if self.rule_share > 0.0 && rule_permille > 0.0 {
            space_heating_per_degree_hour * self.rule_share * degree_hours_of_day / rule_permille
        } else {
            0.0
        };
        DemandDay {
            rule_kw_per_permille,
            hot_water_kw_per_permille: self.hot_water_per_day_kwh * hot_water_factor
                / hot_water_permille,
            weekend,
            shift_before,
            shift_after,
            switch_hod,
            in_season: self.in_season(day),
        }
    }

    /// Space heating and hot water in LST hour `hod` (0–23) of a day (from [`Demand::day`]) at
    /// outdoor temperature `t_out_c`, with `E_sh/Σw` = `space_heating_per_degree_hour`:
    /// `SH = E_sh/Σw · ((1 − e) · W_d · q[c]/Q_d + e · w)` (`e` = 1 for the continuous rule:
    /// version 1), `DHW = E_cust · dhw_share / 365 · k[d] · p[c]/P_d`, `c` the clock hour.
    #[inline]
    pub fn customers(
        &self,
        day: &DemandDay,
        hod: usize,
        t_out_c: f64,
        space_heating_per_degree_hour: f64,
    ) -> CustomerHour {
        let shift = if hod < day.switch_hod {
            day.shift_before
        } else {
            day.shift_after
        };
        // The profiles are stored with hour 0 repeated at index 24, so `c` needs no modulo.
        let c = (hod + shift).min(24);
        let w = if day.in_season {
            (self.heating_base_c - t_out_c).max(0.0)
        } else {
            0.0
        };
        let hourly_kw = space_heating_per_degree_hour * (1.0 - self.rule_share) * w;
        let rule = &self.rule_profile_wrapped[day.weekend.min(1)];
        CustomerHour {
            space_heating_kw: day.rule_kw_per_permille * rule[c] + hourly_kw,
            hot_water_kw: day.hot_water_kw_per_permille * HOT_WATER_WRAPPED[c],
        }
    }

    /// Whether 0-based `day` is in the heating season (always without a season).
    #[inline]
    pub fn in_season(&self, day: usize) -> bool {
        match self.heating_season {
            Some(season) => season.contains(day as u16),
            None => true,
        }
    }

    /// Network loss `L` at supply `t_supply_c` and return `t_return_c`, kW (never negative).
    #[inline]
    pub fn loss_at_kw(&self, t_supply_c: f64, t_return_c: f64) -> f64 {
        let theta = (t_supply_c + t_return_c) / 2.0 - self.ground_c;
        self.loss_kw_per_k * theta.max(0.0)
    }

    /// Heating degree-hour weight `w` of an hour at `t_out_c` on 0-based `day` (0–364), K·h.
    #[inline]
    pub fn degree_hours(&self, t_out_c: f64, day: usize) -> f64 {
        if self.in_season(day) {
            (self.heating_base_c - t_out_c).max(0.0)
        } else {
            0.0
        }
    }

    /// Space heating `SH` of an hour of weight `w` in a year of total weight `sum_w`, kW; 0 when
    /// the year has no degree-hours.
    #[inline]
    pub fn space_heating_kw(&self, w: f64, sum_w: f64) -> f64 {
        w * self.space_heating_per_degree_hour(sum_w)
    }

    /// Space heating per degree-hour `E_sh / Σw`, kW/K, in a year of total weight `sum_w`; 0
    /// when the year has no degree-hours. (`SH = w · E_sh/Σw`: one division a year, not an
    /// hour; equal to `E_sh · w / Σw` up to rounding.)
    pub fn space_heating_per_degree_hour(&self, sum_w: f64) -> f64 {
        if sum_w > 0.0 {
            self.space_heating_kwh / sum_w
        } else {
            0.0
        }
    }

    /// Network loss `L` at supply temperature `t_supply_c` and the design return, kW.
    #[inline]
    pub fn loss_kw(&self, t_supply_c: f64) -> f64 {
        self.loss_at_kw(t_supply_c, self.return_c)
    }

    /// What the data centre may serve, `D_dc = max(0, D − baseload)`, kW, of plant demand `D`.
    /// (With `takes_all_heat` dispatch ignores it: see [`crate::dispatch`].)
    #[inline]
    pub fn dc_demand_kw(&self, demand_kw: f64) -> f64 {
        (demand_kw - self.baseload_kw).max(0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::Params;
    use approx::assert_relative_eq;

    #[test]
    fn profile_sums_to_one_thousand() {
        assert_relative_eq!(HOT_WATER_PROFILE_PER_MILLE.iter().sum::<f64>(), 1000.0);
    }

    #[test]
    fn default_split() {
        let d = Demand::from_params(&Params::default().network);
        // 20,000 · 11.85 MWh = 237,000 MWh at the plant; customers 0.88 of it = 208,560 MWh;
        // space heating 0.8 of that = 166,848 MWh; hot water 41,712 MWh / 365 = 114.279 MWh/day.
        assert_relative_eq!(d.space_heating_kwh, 166_848_000.0, max_relative = 1e-12);
        let day: f64 = d.hot_water_kw.iter().sum();
        assert_relative_eq!(day, 41_712_000.0 / 365.0, max_relative = 1e-12);
        // 07:00 takes 92 ‰ of the day.
        assert_relative_eq!(
            d.hot_water_kw[7],
            41_712_000.0 / 365.0 * 0.092,
            max_relative = 1e-12
        );
    }

    #[test]
    fn losses_scale_with_theta() {
        let d = Demand::from_params(&Params::default().network);
        // Reference network: 237,000 MWh · 0.12 / 8760 h = 3.2466 MW at θ = 56.25 K, which a
        // supply of 82.5 °C gives: (82.5 + 50)/2 − 10 = 56.25.
        let reference_kw = 0.12 * 237_000_000.0 / 8760.0;
        assert_relative_eq!(d.loss_kw(82.5), reference_kw, max_relative = 1e-12);
        // 4G-like 70/35 °C: θ = 52.5 − 10 = 42.5 K → 42.5/56.25 of the reference.
        let cooler = Demand {
            return_c: 35.0,
            ..d
        };
        assert_relative_eq!(
            cooler.loss_kw(70.0),
            reference_kw * 42.5 / 56.25,
            max_relative = 1e-12
        );
    }

    #[test]
    fn degree_hours_and_season() {
        let mut network = Params::default().network;
        // Base 16 °C: 4 °C outside gives 12 K·h, 20 °C gives none.
        let d = Demand::from_params(&network);
        assert_relative_eq!(d.degree_hours(4.0, 100), 12.0);
        assert_relative_eq!(d.degree_hours(20.0, 100), 0.0);
        // 15 Oct (day 287) to 15 Apr (day 104), wrapping over New Year, inclusive.
        network.heating_season = Some(HeatingSeason {
            start_day: 287,
            end_day: 104,
        });
        let d = Demand::from_params(&network);
        assert_relative_eq!(d.degree_hours(4.0, 104), 12.0);
        assert_relative_eq!(d.degree_hours(4.0, 105), 0.0);
        assert_relative_eq!(d.degree_hours(4.0, 286), 0.0);
        assert_relative_eq!(d.degree_hours(4.0, 287), 12.0);
        assert_relative_eq!(d.degree_hours(4.0, 0), 12.0);
        // No degree-hours in the year: no space heating, no division by zero.
        assert_relative_eq!(d.space_heating_kw(0.0, 0.0), 0.0);
        assert_relative_eq!(
            d.space_heating_kw(2.0, 8.0),
            166_848_000.0 / 4.0,
            max_relative = 1e-12
        );
    }

    #[test]
    fn baseload_serves_first() {
        let mut network = Params::default().network;
        network.baseload_mw = 10.0;
        let d = Demand::from_params(&network);
        // 25 MW at the plant, 10 MW from the baseload: 15 MW for the data centre; 8 MW: none.
        assert_relative_eq!(d.dc_demand_kw(25_000.0), 15_000.0);
        assert_relative_eq!(d.dc_demand_kw(8_000.0), 0.0);
    }
}

//! Cold-water (mains) temperature over the year and the daily hot-water factor that follows it
//! (docs/model/demand.md §3).
//!
//! **Equations.** Hot water is heated from `T_cw[d]` to [`DHW_DELIVERY_C`] (40 °C, UNI/TS
//! 11300-2). With `climate`, the correlation of Burch & Christensen (NREL 2007), as EnergyPlus
//! uses it, in °C: `T̄` annual mean outdoor temperature, `ΔT` highest minus lowest monthly mean,
//! `F = 1.8·T̄ + 32 − 44` (°F above 44 °F), `ratio = 0.4 + 0.01·F`, `lag = 35 − F` days,
//! `T_cw[d] = T̄ + 6/1.8 + ratio · ΔT/2 · sin((0.986 · (d + 1 − 15 − lag) − 90)°)`, clamped to
//! 1–30 °C; southern-hemisphere years shift by 182 days. With `constant`, `T_cw = cold_water_c`.
//! The daily factor `k[d] = (40 − T_cw[d]) / mean_d(40 − T_cw[d])` sums to 365 over the year,
//! so the annual hot water is unchanged.

use crate::params::ColdWater;
use crate::weather::{monthly_means, HOURS, MONTH_START_HOUR};

/// Temperature the hot water is delivered at, °C (UNI/TS 11300-2, θ_er = 40 °C).
pub const DHW_DELIVERY_C: f64 = 40.0;
/// Lowest cold-water temperature, °C [A: water in a main does not freeze].
pub const COLD_WATER_MIN_C: f64 = 1.0;
/// Highest cold-water temperature, °C [A: keeps `40 − T_cw ≥ 10 K`].
pub const COLD_WATER_MAX_C: f64 = 30.0;
/// Days in the model year.
pub const DAYS: usize = 365;

/// The year's cold-water model, fitted to one weather year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mains {
    /// Annual mean of the water, `T̄ + 6 °F`, °C (the constant in `constant` mode).
    pub mean_c: f64,
    /// Amplitude of the sine, K (0 in `constant` mode).
    pub amplitude_k: f64,
    /// Day of year (1-based, possibly fractional) of the coldest water.
    pub coldest_day: f64,
}

impl Mains {
    /// The mains model of `mode` for the hourly outdoor temperatures `t_out_c` (8,760 values;
    /// an empty or non-finite year gives the constant `cold_water_c`).
    pub fn new(mode: ColdWater, cold_water_c: f64, t_out_c: &[f64]) -> Self {
        let constant = Mains {
            mean_c: cold_water_c,
            amplitude_k: 0.0,
            coldest_day: 0.0,
        };
        if mode == ColdWater::Constant || t_out_c.is_empty() {
            return constant;
        }
        let months = monthly_means(t_out_c);
        // The annual mean from the monthly ones, weighted by their hours (one pass, not two).
        let mean = if t_out_c.len() == HOURS {
            months
                .iter()
                .zip(MONTH_START_HOUR.windows(2))
                .map(|(m, w)| m * (w[1] - w[0]) as f64)
                .sum::<f64>()
                / HOURS as f64
        } else {
            t_out_c.iter().sum::<f64>() / t_out_c.len() as f64
        };
        let (lo, hi) = months
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &m| {
                (lo.min(m), hi.max(m))
            });
        if !(mean.is_finite() && lo.is_finite() && hi.is_finite()) {
            return constant;
        }
        let f = 1.8 * mean + 32.0 - 44.0;
        let ratio = 0.4 + 0.01 * f;
        let lag = 35.0 - f;
        let winter = months[11] + months[0] + months[1];
        let summer = months[5] + months[6] + months[7];
        let shift = if summer < winter { 182.0 } else { 0.0 };
        Mains {
            mean_c: mean + 6.0 / 1.8,
            amplitude_k: ratio * (hi - lo) / 2.0,
            // sin(0.986·(day − 15 − lag) − 90°) is lowest when its argument is −90°.
            coldest_day: 15.0 + lag + shift,
        }
    }

    /// Cold-water temperature on 0-based `day`, °C.
    pub fn cold_water_c(&self, day: usize) -> f64 {
        let angle = (0.986 * (day as f64 + 1.0 - self.coldest_day) - 90.0).to_radians();
        (self.mean_c + self.amplitude_k * angle.sin()).clamp(COLD_WATER_MIN_C, COLD_WATER_MAX_C)
    }

    /// The daily hot-water factors `k[d]` (mean 1 over the 365 days), written into `out`.
    pub fn daily_factors(&self, out: &mut [f64; DAYS]) {
        if self.amplitude_k == 0.0 {
            out.fill(1.0);
            return;
        }
        let mut sum = 0.0;
        for (day, k) in out.iter_mut().enumerate() {
            *k = DHW_DELIVERY_C - self.cold_water_c(day);
            sum += *k;
        }
        let mean = sum / DAYS as f64;
        for k in out.iter_mut() {
            *k /= mean;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    /// A year of constant months: January `jan`, rising linearly to July and back.
    fn year(jan: f64, jul: f64) -> Vec<f64> {
        let months = [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0];
        let starts = crate::weather::MONTH_START_HOUR;
        let mut t = vec![0.0; 8760];
        for m in 0..12 {
            for x in &mut t[starts[m]..starts[m + 1]] {
                *x = jan + (jul - jan) * months[m] / 6.0;
            }
        }
        t
    }

    #[test]
    fn correlation_by_hand() {
        // Months from 0 °C (January) to 24 °C (July): ΔT = 24 K. The annual mean (hour-weighted)
        // is close to 12 °C; with exactly T̄ = 12 °C: F = 21.6 + 32 − 44 = 9.6 °F, ratio = 0.496,
        // lag = 25.4 days, mean water 12 + 3.333 = 15.33 °C, amplitude 0.496 · 12 = 5.95 K.
        let t = year(0.0, 24.0);
        let mains = Mains::new(ColdWater::Climate, 15.0, &t);
        let mean = t.iter().sum::<f64>() / 8760.0;
        let f = 1.8 * mean - 12.0;
        assert_relative_eq!(mains.mean_c, mean + 6.0 / 1.8, max_relative = 1e-12);
        assert_relative_eq!(
            mains.amplitude_k,
            (0.4 + 0.01 * f) * 12.0,
            max_relative = 1e-12
        );
        assert_relative_eq!(mains.coldest_day, 15.0 + 35.0 - f, max_relative = 1e-12);
        assert_relative_eq!(mean, 12.0, epsilon = 0.2);
        assert_relative_eq!(mains.amplitude_k, 5.95, epsilon = 0.05);
        // Coldest water about 40 days into the year, warmest half a year later.
        let coldest = (0..365).fold(0, |b, d| {
            if mains.cold_water_c(d) < mains.cold_water_c(b) {
                d
            } else {
                b
            }
        });
        assert!((38..=42).contains(&coldest), "{coldest}");
        assert_relative_eq!(
            mains.cold_water_c(coldest),
            mains.mean_c - mains.amplitude_k,
            epsilon = 0.01
        );
    }

    #[test]
    fn factors_mean_one_and_more_in_winter() {
        let t = year(0.0, 24.0);
        let mut k = [0.0; DAYS];
        Mains::new(ColdWater::Climate, 15.0, &t).daily_factors(&mut k);
        assert_relative_eq!(k.iter().sum::<f64>(), 365.0, max_relative = 1e-12);
        // Early February: water about 9.4 °C, so (40 − 9.4)/(40 − 15.3) ≈ 1.24.
        assert!(k[40] > 1.2 && k[220] < 0.8, "{} {}", k[40], k[220]);
    }

    #[test]
    fn constant_and_clamped() {
        let t = year(0.0, 24.0);
        let mut k = [0.0; DAYS];
        let mains = Mains::new(ColdWater::Constant, 14.5, &t);
        assert_eq!(mains.cold_water_c(40), 14.5);
        mains.daily_factors(&mut k);
        assert!(k.iter().all(|&x| x == 1.0));
        // Arctic year: water never below 1 °C; desert year: never above 30 °C.
        let cold = Mains::new(ColdWater::Climate, 15.0, &year(-40.0, -10.0));
        assert!((0..365).all(|d| cold.cold_water_c(d) >= COLD_WATER_MIN_C));
        let hot = Mains::new(ColdWater::Climate, 15.0, &year(30.0, 45.0));
        assert!((0..365).all(|d| hot.cold_water_c(d) <= COLD_WATER_MAX_C));
        // Empty weather: the constant.
        assert_eq!(
            Mains::new(ColdWater::Climate, 12.0, &[]).cold_water_c(3),
            12.0
        );
    }

    #[test]
    fn southern_hemisphere_shifts_half_a_year() {
        // January 24 °C, July 0 °C: the coldest water falls in winter there (July–August).
        let t = year(24.0, 0.0);
        let mains = Mains::new(ColdWater::Climate, 15.0, &t);
        let coldest = (0..365).fold(0, |b, d| {
            if mains.cold_water_c(d) < mains.cold_water_c(b) {
                d
            } else {
                b
            }
        });
        assert!((200..=240).contains(&coldest), "{coldest}");
    }
}

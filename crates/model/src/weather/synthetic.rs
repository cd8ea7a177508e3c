//! A synthetic year from 12 monthly mean temperatures and a diurnal amplitude (MODEL.md §1.4).
//!
//! Equations, with days counted from 1 January 00:00:
//!
//! - month `m` has its mean `T̄_m` at its mid-point `t_m = start_day(m) + ndays(m)/2`
//!   (January 15.5, February 45.0, …, December 349.5); December is repeated at `t_12 − 365`
//!   and January at `t_1 + 365`, so the year wraps smoothly;
//! - `M(day)` is the linear interpolation of those 14 points at `day + 0.5` (noon), constant
//!   over the 24 hours of the day;
//! - `T[h] = M(day) + A_d · cos(2π(hod − 15)/24)`: warmest at 15:00, coldest at 03:00;
//! - then every hour of month `m` gets `T̄_m − mean(T over month m)` added, so that each
//!   month's mean is exactly the given one (interpolation alone would pull the warmest and
//!   coldest months toward their neighbours).
//!
//! The inputs' ranges (means −50…50 °C, `A_d` 0…20 K) are checked where the scenario is
//! validated; here any value is accepted and NaN propagates.

use super::{HOURS, MONTH_START_HOUR};

/// Days in the model year.
const DAYS: usize = HOURS / 24;

/// Hour of the day at which the synthetic diurnal cycle peaks.
const PEAK_HOD: f64 = 15.0;

/// A synthetic hourly year (°C, 8,760 values) from monthly means (°C, January first) and the
/// diurnal amplitude `A_d` (K, half the mean daily range), as MODEL.md §1.4 defines it.
///
/// Each month's mean of the result equals the given mean (to rounding); within every day the
/// temperature peaks at 15:00.
pub fn synthetic_year(monthly_means_c: &[f64; 12], diurnal_amplitude_k: f64) -> Vec<f64> {
    let daily = interpolated_days(monthly_means_c);
    let diurnal: [f64; 24] = std::array::from_fn(|hod| {
        diurnal_amplitude_k * (2.0 * std::f64::consts::PI * (hod as f64 - PEAK_HOD) / 24.0).cos()
    });
    let mut t: Vec<f64> = (0..HOURS)
        .map(|h| daily[h / 24] + diurnal[h % 24])
        .collect();
    for (m, &target) in monthly_means_c.iter().enumerate() {
        let month = &mut t[MONTH_START_HOUR[m]..MONTH_START_HOUR[m + 1]];
        let mean = month.iter().sum::<f64>() / month.len() as f64;
        let shift = target - mean;
        month.iter_mut().for_each(|x| *x += shift);
    }
    t
}

/// Mid-point of month `m` (0..12) in days since 1 January 00:00: `start_day + ndays/2`.
fn mid_day(m: usize) -> f64 {
    let start = MONTH_START_HOUR[m] as f64 / 24.0;
    let ndays = (MONTH_START_HOUR[m + 1] - MONTH_START_HOUR[m]) as f64 / 24.0;
    start + ndays / 2.0
}

/// `M(day)` for every day of the year: linear interpolation of the monthly means placed at the
/// month mid-points (December also at `t_12 − 365`, January also at `t_1 + 365`), at noon.
fn interpolated_days(means: &[f64; 12]) -> [f64; DAYS] {
    // The 14 knots (day, mean), in increasing day order.
    let knots: [(f64, f64); 14] = std::array::from_fn(|k| match k {
        0 => (mid_day(11) - DAYS as f64, means[11]),
        13 => (mid_day(0) + DAYS as f64, means[0]),
        _ => (mid_day(k - 1), means[k - 1]),
    });
    let mut out = [0.0; DAYS];
    let mut k = 0;
    for (day, m) in out.iter_mut().enumerate() {
        let x = day as f64 + 0.5;
        // Advance to the segment [knots[k], knots[k + 1]] that holds x (x only grows).
        while k + 2 < knots.len() && knots[k + 1].0 <= x {
            k += 1;
        }
        let (x0, y0) = knots[k];
        let (x1, y1) = knots[k + 1];
        *m = y0 + (y1 - y0) * (x - x0) / (x1 - x0);
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // in a test a panic is the failure report
mod tests {
    use super::*;

    #[test]
    fn mid_points_as_in_the_spec() {
        assert_eq!(mid_day(0), 15.5);
        assert_eq!(mid_day(1), 45.0);
        assert_eq!(mid_day(11), 349.5);
    }

    #[test]
    fn interpolation_hits_the_knots_and_wraps_over_new_year() {
        let means = [
            1.0, 2.0, 6.0, 10.0, 15.0, 18.0, 20.0, 19.0, 15.0, 10.0, 5.0, 2.0,
        ];
        let m = interpolated_days(&means);
        // January's mid-point 15.5 is the noon of day 15; February's (45.0) lies between days.
        assert_eq!(m[15], 1.0);
        assert_eq!(m[349], 2.0);
        // Between December's mid-point (349.5) and January's next one (380.5) the slope is
        // (1 − 2)/31 per day, on both sides of New Year.
        let slope = (means[0] - means[11]) / 31.0;
        assert!((m[0] - m[364] - slope).abs() < 1e-12);
        assert!((m[364] - m[363] - slope).abs() < 1e-12);
        assert!((m[1] - m[0] - slope).abs() < 1e-12);
    }

    #[test]
    fn diurnal_cycle_before_correction_peaks_at_15() {
        let means = [0.0; 12];
        let t = synthetic_year(&means, 4.0);
        // Constant means: the correction is zero (to rounding), so T is the bare cosine.
        assert!((t[15] - 4.0).abs() < 1e-12);
        assert!((t[3] + 4.0).abs() < 1e-12);
    }
}

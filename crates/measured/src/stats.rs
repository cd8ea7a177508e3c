//! Model against measurement: ASHRAE Guideline 14-2014 statistics (docs/model/measured.md §4).
//!
//! On the `n` points where the measured value is present and the modelled one finite, with
//! `y` measured, `ŷ` modelled, `ȳ` the mean of the measured values compared and `p` the
//! number of model parameters (degrees of freedom `n − p`):
//!
//! ```text
//! NMBE     = Σ (y − ŷ) / ((n − p) · ȳ)
//! CV(RMSE) = √( Σ (y − ŷ)² / (n − p) ) / ȳ
//! ```
//!
//! as fractions. Source: ASHRAE Guideline 14-2014 §5.2.11.3, as discussed by Ruiz & Bandera,
//! *Energies* 10 (2017) 1587, §2. Sign: measured minus modelled, so a positive NMBE means the
//! model under-predicts. [`P_DEFAULT`] = 1 (n − 1), as NREL OpenStudio's `UtilityBill`
//! calibration report computes them.

use serde::{Deserialize, Serialize};

use crate::time::HOURS_PER_YEAR;

/// Parameters subtracted from the number of points: `p = 1`, the n − 1 convention of
/// NREL OpenStudio's `UtilityBill` (src/model/UtilityBill.cpp).
pub const P_DEFAULT: usize = 1;

/// Days of each month in the model's year (no leap day).
pub const MONTH_DAYS: [usize; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// Goodness of fit of a model to a measured series.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Gof {
    /// Normalised mean bias error, a fraction (0.05 = 5 %); positive: the model under-predicts.
    pub nmbe: f64,
    /// Coefficient of variation of the root-mean-square error, a fraction.
    pub cv_rmse: f64,
    /// Points compared: hours (hourly) or months (monthly).
    pub n: usize,
    /// Hours compared (for monthly: the hours inside the months counted).
    pub hours: usize,
}

/// The guideline's limits for a calibrated model.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Limits {
    /// Largest |NMBE| allowed, a fraction.
    pub nmbe_abs: f64,
    /// Largest CV(RMSE) allowed, a fraction.
    pub cv_rmse: f64,
}

/// Hourly data: |NMBE| ≤ 10 %, CV(RMSE) ≤ 30 % (ASHRAE Guideline 14-2014, Table 5-2 note;
/// §5.3.2.4 f).
pub const HOURLY_LIMITS: Limits = Limits {
    nmbe_abs: 0.10,
    cv_rmse: 0.30,
};

/// Monthly data: |NMBE| ≤ 5 %, CV(RMSE) ≤ 15 % (same source).
pub const MONTHLY_LIMITS: Limits = Limits {
    nmbe_abs: 0.05,
    cv_rmse: 0.15,
};

impl Gof {
    /// Whether both statistics are within `limits`.
    pub fn within(&self, limits: &Limits) -> bool {
        self.nmbe.abs() <= limits.nmbe_abs && self.cv_rmse <= limits.cv_rmse
    }
}

/// The statistics from sums over the `n` points: Σy, Σ(y − ŷ), Σ(y − ŷ)².
fn from_sums(n: usize, hours: usize, sum_y: f64, sum_e: f64, sum_e2: f64, p: usize) -> Option<Gof> {
    if n <= p {
        return None;
    }
    let mean_y = sum_y / n as f64;
    let dof = (n - p) as f64;
    let nmbe = sum_e / (dof * mean_y);
    let cv_rmse = (sum_e2 / dof).sqrt() / mean_y;
    (mean_y != 0.0 && nmbe.is_finite() && cv_rmse.is_finite()).then_some(Gof {
        nmbe,
        cv_rmse,
        n,
        hours,
    })
}

/// Whether hour `h` is compared: measured present and modelled finite.
fn pair(measured: &[Option<f64>], modelled: &[f64], h: usize) -> Option<(f64, f64)> {
    let y = (*measured.get(h)?)?;
    let m = *modelled.get(h)?;
    (y.is_finite() && m.is_finite()).then_some((y, m))
}

/// Hourly NMBE and CV(RMSE) over the hours compared; `None` if `n ≤ p` or the measured mean
/// is zero.
pub fn hourly(measured: &[Option<f64>], modelled: &[f64], p: usize) -> Option<Gof> {
    let (mut n, mut sy, mut se, mut se2) = (0, 0.0, 0.0, 0.0);
    for h in 0..measured.len().min(modelled.len()) {
        if let Some((y, m)) = pair(measured, modelled, h) {
            n += 1;
            sy += y;
            se += y - m;
            se2 += (y - m) * (y - m);
        }
    }
    from_sums(n, n, sy, se, se2, p)
}

/// Monthly NMBE and CV(RMSE): each month's sums of measured and modelled values over its
/// compared hours; a month counts if at least half its hours are compared (an assumption).
/// The series are on the model's year (8,760 hours).
pub fn monthly(measured: &[Option<f64>], modelled: &[f64], p: usize) -> Option<Gof> {
    let (mut n, mut hours, mut sy, mut se, mut se2) = (0, 0, 0.0, 0.0, 0.0);
    let mut start = 0;
    for days in MONTH_DAYS {
        let end = (start + days * 24).min(HOURS_PER_YEAR);
        let (mut k, mut my, mut mm) = (0, 0.0, 0.0);
        for h in start..end {
            if let Some((y, m)) = pair(measured, modelled, h) {
                k += 1;
                my += y;
                mm += m;
            }
        }
        if 2 * k >= end - start {
            n += 1;
            hours += k;
            sy += my;
            se += my - mm;
            se2 += (my - mm) * (my - mm);
        }
        start = end;
    }
    from_sums(n, hours, sy, se, se2, p)
}

/// Σ (y − ŷ)² over the hours compared, and their number: the least-squares objective.
pub fn sum_squared_residuals(measured: &[Option<f64>], modelled: &[f64]) -> (f64, usize) {
    let (mut n, mut s) = (0, 0.0);
    for h in 0..measured.len().min(modelled.len()) {
        if let Some((y, m)) = pair(measured, modelled, h) {
            n += 1;
            s += (y - m) * (y - m);
        }
    }
    (s, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Hand computation, five hours, one gap:
    /// measured y = [10, 12, –, 8, 10], modelled ŷ = [9, 13, 50, 8, 11].
    /// Compared hours: 0, 1, 3, 4 → n = 4; y − ŷ = [1, −1, 0, −1]; Σ = −1; Σ² = 3;
    /// ȳ = (10 + 12 + 8 + 10) / 4 = 10. With p = 1: n − p = 3;
    /// NMBE = −1 / (3 · 10) = −0.033 333…; CV(RMSE) = √(3 / 3) / 10 = 0.1.
    /// With p = 0: NMBE = −1 / 40 = −0.025; CV(RMSE) = √(3/4) / 10 = 0.086 602 5….
    #[test]
    fn hourly_matches_the_hand_computation() {
        let y = [Some(10.0), Some(12.0), None, Some(8.0), Some(10.0)];
        let m = [9.0, 13.0, 50.0, 8.0, 11.0];
        let g = hourly(&y, &m, 1).expect("defined");
        assert_eq!((g.n, g.hours), (4, 4));
        assert!((g.nmbe - (-1.0 / 30.0)).abs() < 1e-15);
        assert!((g.cv_rmse - 0.1).abs() < 1e-15);
        let g0 = hourly(&y, &m, 0).expect("defined");
        assert!((g0.nmbe + 0.025).abs() < 1e-15);
        assert!((g0.cv_rmse - 0.75_f64.sqrt() / 10.0).abs() < 1e-15);
        assert_eq!(sum_squared_residuals(&y, &m), (3.0, 4));
    }

    #[test]
    fn undefined_cases() {
        assert_eq!(hourly(&[Some(1.0)], &[1.0], 1), None, "n ≤ p");
        assert_eq!(
            hourly(&[Some(1.0), Some(-1.0)], &[0.0, 0.0], 1),
            None,
            "mean zero"
        );
        assert_eq!(hourly(&[None, None], &[1.0, 2.0], 0), None);
        assert_eq!(
            hourly(&[Some(1.0), Some(2.0)], &[f64::NAN, 2.0], 0).map(|g| g.n),
            Some(1)
        );
    }

    /// Monthly, hand computation: measured 100 kW every hour of January and February, model
    /// 110 kW in January and 90 kW in February; March onwards absent.
    /// January: Σy = 744 · 100 = 74,400, Σŷ = 81,840, y − ŷ = −7,440.
    /// February: Σy = 672 · 100 = 67,200, Σŷ = 60,480, y − ŷ = +6,720.
    /// n = 2 months, p = 1: ȳ = 70,800; Σ(y − ŷ) = −720 → NMBE = −720 / (1 · 70,800);
    /// Σ(y − ŷ)² = 55,353,600 + 45,158,400 = 100,512,000 → CV = √100,512,000 / 70,800.
    #[test]
    fn monthly_matches_the_hand_computation() {
        let mut y = vec![None; HOURS_PER_YEAR];
        let mut m = vec![0.0; HOURS_PER_YEAR];
        for h in 0..744 + 672 {
            y[h] = Some(100.0);
            m[h] = if h < 744 { 110.0 } else { 90.0 };
        }
        let g = monthly(&y, &m, 1).expect("defined");
        assert_eq!((g.n, g.hours), (2, 1416));
        assert!((g.nmbe - (-720.0 / 70_800.0)).abs() < 1e-15);
        assert!((g.cv_rmse - 100_512_000_f64.sqrt() / 70_800.0).abs() < 1e-15);
        // Half a month is enough to count it; fewer hours is not.
        y[744 + 336..744 + 672].fill(None);
        assert_eq!(monthly(&y, &m, 1).map(|g| g.n), Some(2));
        y[744 + 335] = None;
        assert_eq!(monthly(&y, &m, 0).map(|g| g.n), Some(1));
    }

    #[test]
    fn limits() {
        let g = Gof {
            nmbe: -0.09,
            cv_rmse: 0.29,
            n: 10,
            hours: 10,
        };
        assert!(g.within(&HOURLY_LIMITS) && !g.within(&MONTHLY_LIMITS));
        let g = Gof { nmbe: 0.11, ..g };
        assert!(!g.within(&HOURLY_LIMITS));
    }
}

//! The design cold spell of a built-in climate, and the shift of a UTC year to local time
//! (docs/model/climates.md §3–§4).
//!
//! A 5-day overlay starting at day `d0` (0-based) 00:00 local time, with `t` the hour within it:
//! weight `w = (t + 0.5)/24` on day 1, `1` on days 2–4, `(120 − t − 0.5)/24` on day 5, `0`
//! outside; spell temperature `S = T_design + A_s · cos(2π(hod − 15)/24)`;
//! `T' = (1 − w)·T + w·S`; then every month the spell touches gets
//! `c_m · (1 − w)` added, `c_m = −Σ_m(T' − T) / Σ_m(1 − w)`, so its mean is unchanged and the
//! core keeps its exact shape.

use serde::Serialize;

use super::{month_of_hour, HOURS, MONTH_START_HOUR};

/// Days of the design cold spell: 1 ramp day, 3 core days, 1 ramp day (network-data.md §2.4).
pub const COLD_SPELL_DAYS: usize = 5;

/// 0-based day on which the built-in climates' spells start: day 19 is 20 January.
pub const COLD_SPELL_START_DAY: usize = 19;

/// Cap on the spell's diurnal amplitude `A_s = min(A_d, 1.5 K)` \[A\], so that the coldest hour
/// is within 2 K of the design temperature with a 0.5 K margin (docs/model/climates.md §3.2).
pub const COLD_SPELL_MAX_AMPLITUDE_K: f64 = 1.5;

/// Hour of the day at which the spell's diurnal cycle peaks (as in the synthetic year).
const PEAK_HOD: f64 = 15.0;

/// A design cold spell laid over a typical year (docs/model/climates.md §3).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ColdSpell {
    /// 0-based day of the year on which the spell starts at 00:00 local time (19 = 20 January).
    pub start_day: usize,
    /// Length in days: day 1 ramps down, the middle days are the core, the last ramps up.
    pub days: usize,
    /// Daily mean of every core day, °C: the climate's design temperature.
    pub core_mean_c: f64,
    /// Half the daily range in the core, K (`A_s`); the coldest hour is `core_mean_c − A_s`.
    pub diurnal_amplitude_k: f64,
}

impl ColdSpell {
    /// The built-in design spell for a climate with design temperature `design_c` and diurnal
    /// amplitude `a_d`: 5 days from 20 January, `A_s = min(a_d, 1.5 K)` (negative `a_d` gives 0).
    pub const fn design(design_c: f64, a_d: f64) -> Self {
        let a = if a_d > COLD_SPELL_MAX_AMPLITUDE_K {
            COLD_SPELL_MAX_AMPLITUDE_K
        } else if a_d > 0.0 {
            a_d
        } else {
            0.0
        };
        Self {
            start_day: COLD_SPELL_START_DAY,
            days: COLD_SPELL_DAYS,
            core_mean_c: design_c,
            diurnal_amplitude_k: a,
        }
    }

    /// First hour of the spell (0..8760; a start day past the year wraps).
    pub fn start_hour(&self) -> usize {
        (self.start_day * 24) % HOURS
    }

    /// Length in hours (at most a year).
    pub fn hours(&self) -> usize {
        (self.days * 24).min(HOURS)
    }

    /// Blend weight `w` of hour `t` (0-based) within the spell, 0 outside: ramps of one day at
    /// each end through hour mid-points, 1 in between. A spell of 2 days or fewer has no core:
    /// its weight is the smaller of the two ramps.
    pub fn weight(&self, t: usize) -> f64 {
        let n = self.hours();
        if t >= n {
            return 0.0;
        }
        let up = (t as f64 + 0.5) / 24.0;
        let down = (n as f64 - t as f64 - 0.5) / 24.0;
        up.min(down).min(1.0)
    }

    /// Dates of the spell in words, e.g. "20–24 January" (days of a 365-day year).
    pub fn label(&self) -> String {
        let first = self.start_hour() / 24;
        let last = (first + self.days.max(1) - 1) % (HOURS / 24);
        let (d1, m1) = day_and_month(first);
        let (d2, m2) = day_and_month(last);
        if m1 == m2 && d2 >= d1 {
            format!("{d1}–{d2} {}", MONTH_NAMES[m1])
        } else {
            format!("{d1} {} – {d2} {}", MONTH_NAMES[m1], MONTH_NAMES[m2])
        }
    }
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// 1-based day of the month and 0-based month of the 0-based day of the year.
fn day_and_month(day: usize) -> (usize, usize) {
    let m = month_of_hour(day * 24);
    (day - MONTH_START_HOUR[m] / 24 + 1, m)
}

/// Lays `spell` over `year` in place, keeping every month's mean (docs/model/climates.md §3).
///
/// `year` should hold [`HOURS`] values; for any other length it is left unchanged. NaN
/// propagates; no value is ever refused.
pub fn apply_cold_spell(year: &mut [f64], spell: &ColdSpell) {
    if year.len() != HOURS {
        return;
    }
    let start = spell.start_hour();
    let n = spell.hours();
    // Per month: Σ(T' − T) and Σ(1 − w) over the spell's hours; hours outside add 0 and 1.
    let mut delta = [0.0; 12];
    let mut slack: [f64; 12] =
        std::array::from_fn(|m| (MONTH_START_HOUR[m + 1] - MONTH_START_HOUR[m]) as f64);
    let mut touched = [false; 12];
    for t in 0..n {
        let h = (start + t) % HOURS;
        let w = spell.weight(t);
        let hod = (h % 24) as f64;
        let s = spell.core_mean_c
            + spell.diurnal_amplitude_k
                * (2.0 * std::f64::consts::PI * (hod - PEAK_HOD) / 24.0).cos();
        let new = (1.0 - w) * year[h] + w * s;
        let m = month_of_hour(h);
        delta[m] += new - year[h];
        slack[m] -= w;
        touched[m] = true;
        year[h] = new;
    }
    for m in (0..12).filter(|&m| touched[m]) {
        if slack[m] <= 0.0 {
            continue;
        }
        let c = -delta[m] / slack[m];
        let first = MONTH_START_HOUR[m];
        for (h, x) in year[first..MONTH_START_HOUR[m + 1]].iter_mut().enumerate() {
            // The hour's position in the spell (≥ the spell's length when outside it).
            let t = (first + h + HOURS - start) % HOURS;
            *x += c * (1.0 - spell.weight(t));
        }
    }
}

/// A year in UTC shifted cyclically to local standard time `utc_offset_h` hours ahead of UTC:
/// `local[h] = utc[(h − offset) mod n]` with `n = utc.len()` (docs/model/climates.md §4). An
/// empty slice gives an empty vector; any offset, positive or negative, is accepted.
pub fn shift_to_local(utc: &[f64], utc_offset_h: i32) -> Vec<f64> {
    let n = utc.len();
    if n == 0 {
        return Vec::new();
    }
    // (h − o) mod n = (h + k) mod n with k = (−o) mod n, computed without overflow.
    let k = (-(i64::from(utc_offset_h))).rem_euclid(n as i64) as usize;
    (0..n).map(|h| utc[(h + k) % n]).collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // in a test a panic is the failure report
mod tests {
    use super::*;
    use crate::weather::monthly_means;

    #[test]
    fn weights_ramp_through_hour_mid_points() {
        let s = ColdSpell::design(-5.0, 4.0);
        // Day 1: (t + 0.5)/24 → 1/48 at t = 0, 47/48 at t = 23.
        assert_eq!(s.weight(0), 1.0 / 48.0);
        assert_eq!(s.weight(23), 47.0 / 48.0);
        assert_eq!(s.weight(24), 1.0);
        assert_eq!(s.weight(95), 1.0);
        // Day 5: (120 − t − 0.5)/24 → 47/48 at t = 96, 1/48 at t = 119.
        assert_eq!(s.weight(96), 47.0 / 48.0);
        assert_eq!(s.weight(119), 1.0 / 48.0);
        assert_eq!(s.weight(120), 0.0);
        // Σw = 2 × (24 × 0.5) + 72 = 96 hours of full weight.
        let total: f64 = (0..120).map(|t| s.weight(t)).sum();
        assert!((total - 96.0).abs() < 1e-12);
    }

    #[test]
    fn amplitude_is_capped_at_one_and_a_half_kelvin() {
        assert_eq!(ColdSpell::design(-5.0, 4.91).diurnal_amplitude_k, 1.5);
        assert_eq!(ColdSpell::design(-5.0, 1.2).diurnal_amplitude_k, 1.2);
        assert_eq!(ColdSpell::design(-5.0, -1.0).diurnal_amplitude_k, 0.0);
    }

    #[test]
    fn label_and_start() {
        let s = ColdSpell::design(-5.0, 2.0);
        assert_eq!(s.start_hour(), 19 * 24);
        assert_eq!(s.label(), "20–24 January");
        let crossing = ColdSpell {
            start_day: 363,
            ..s
        };
        assert_eq!(crossing.label(), "30 December – 3 January");
    }

    #[test]
    fn flat_year_by_hand() {
        // A flat 0 °C year, spell at −10 °C with A_s = 0: core hours are −10; January's
        // Σ(T' − T) = −10 × 96 = −960 K·h is returned over Σ(1 − w) = 744 − 96 = 648 h, so
        // every hour outside the spell becomes 960/648 = 1.48148… °C.
        let mut t = vec![0.0; HOURS];
        let s = ColdSpell::design(-10.0, 0.0);
        apply_cold_spell(&mut t, &s);
        let start = s.start_hour();
        assert!((t[start + 48] + 10.0).abs() < 1e-12);
        assert!((t[0] - 960.0 / 648.0).abs() < 1e-12);
        // Day-1 hour 0: w = 1/48 → (1 − w)·0 + w·(−10) + c·(1 − w).
        let w = 1.0 / 48.0;
        assert!((t[start] - (-10.0 * w + 960.0 / 648.0 * (1.0 - w))).abs() < 1e-12);
        assert!(monthly_means(&t)[0].abs() < 1e-12);
        // Other months untouched.
        assert!(t[744..].iter().all(|&x| x == 0.0));
    }

    #[test]
    fn a_spell_across_new_year_keeps_both_months() {
        let mut t: Vec<f64> = (0..HOURS).map(|h| (h % 24) as f64 * 0.1).collect();
        let before = monthly_means(&t);
        let s = ColdSpell {
            start_day: 362,
            ..ColdSpell::design(-20.0, 1.0)
        };
        apply_cold_spell(&mut t, &s);
        for (a, b) in monthly_means(&t).iter().zip(before) {
            assert!((a - b).abs() < 1e-9);
        }
        // Days 362 (ramp), 363, 364, 0 (core), 1 (ramp): the core crosses New Year, and its
        // 03:00 hours are T_design − A_s = −21 °C on both sides.
        for day in [363, 364, 0] {
            let h = day * 24 + 3;
            assert!((t[h] - (-21.0)).abs() < 1e-12, "day {day}: {}", t[h]);
        }
    }

    #[test]
    fn wrong_length_is_left_alone() {
        let mut t = vec![1.0; 10];
        apply_cold_spell(&mut t, &ColdSpell::design(-5.0, 2.0));
        assert!(t.iter().all(|&x| x == 1.0));
    }

    #[test]
    fn shift_by_hand() {
        let utc = [0.0, 1.0, 2.0, 3.0];
        // CET = UTC + 1: local hour 0 is UTC hour −1 = the last one.
        assert_eq!(shift_to_local(&utc, 1), vec![3.0, 0.0, 1.0, 2.0]);
        assert_eq!(shift_to_local(&utc, -1), vec![1.0, 2.0, 3.0, 0.0]);
        assert_eq!(shift_to_local(&utc, 0), utc.to_vec());
        assert_eq!(shift_to_local(&utc, 5), shift_to_local(&utc, 1));
        assert!(shift_to_local(&[], 1).is_empty());
        assert_eq!(shift_to_local(&utc, i32::MIN).len(), 4);
    }
}

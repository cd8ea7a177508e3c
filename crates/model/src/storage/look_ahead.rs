//! The store's look-ahead discharge, `storage.dispatch = peak` (MODEL.md §6, §7 step 5).
//!
//! **Equations.** In hour `h`, with `c` the content after the hour's standing loss, `P_st` the
//! rated power and `b_k = R_k − direct_k` the dispatchable plants' output before the store for
//! the window `k = h … h+23` (wrapping past the year's last hour), the water-filling level
//! `L ≥ 0` solves `Σ_k min(P_st, max(0, b_k − L)) = c` (`L = 0` when `Σ_k min(P_st, b_k) ≤ c`);
//! the store may discharge at most `max(0, b_h − L)` in hour `h` (and, as always, at most
//! `P_st`, `c` and `b_h`).
//!
//! `f(L) = Σ_k min(P_st, max(0, b_k − L))` is continuous, piecewise linear and non-increasing,
//! with slope `−(number of k with b_k − P_st < L < b_k)`: the slope steepens by one at each `b_k`
//! and flattens by one at each `b_k − P_st`. [`water_level`] sorts these 48 breaks on the stack
//! and walks them from the top until `f` reaches `c`: exact, no allocation, no iteration count.

/// Hours the look-ahead sees, the hour itself included (MODEL.md §6).
pub const WINDOW_HOURS: usize = 24;

/// The water-filling level `L`, kW: the level above which the store, discharging up to
/// `power_kw` an hour, gives back exactly `content_kwh` over the hours of `window_kw` (the
/// dispatchable output before the store, kW; at most [`WINDOW_HOURS`] values are read).
///
/// Returns 0 when the content covers every hour up to `power_kw`, and the window's largest
/// value (no discharge anywhere) when there is no content or no power.
pub fn water_level(window_kw: &[f64], power_kw: f64, content_kwh: f64) -> f64 {
    let window = &window_kw[..window_kw.len().min(WINDOW_HOURS)];
    let top = window
        .iter()
        .fold(0.0_f64, |m, &b| if b > m { b } else { m });
    if content_kwh <= 0.0 || power_kw <= 0.0 || content_kwh.is_nan() {
        return top;
    }
    let covered: f64 = window.iter().map(|&b| b.max(0.0).min(power_kw)).sum();
    if covered <= content_kwh {
        return 0.0;
    }
    // The breaks: +1 to the slope's steepness at b_k, −1 at b_k − P_st (hours with b_k ≤ 0 add
    // nothing for L ≥ 0 and are left out).
    let mut breaks = [(0.0_f64, 0_i8); 2 * WINDOW_HOURS];
    let mut n = 0;
    for &b in window {
        if b > 0.0 {
            breaks[n] = (b, 1);
            breaks[n + 1] = (b - power_kw, -1);
            n += 2;
        }
    }
    let breaks = &mut breaks[..n];
    breaks.sort_unstable_by(|a, b| b.0.total_cmp(&a.0));
    // Walk down from the top break, where f = 0.
    let (mut level, mut sum, mut steep) = (top, 0.0_f64, 0.0_f64);
    for &(at, step) in breaks.iter() {
        let next = sum + steep * (level - at);
        if next >= content_kwh && steep > 0.0 {
            return (level - (content_kwh - sum) / steep).max(0.0);
        }
        sum = next;
        level = at;
        steep += f64::from(step);
    }
    // Unreachable while `covered > content` (f(0) = covered); kept total for any input.
    0.0
}

/// The most the store may discharge in hour `h` with `peak` (kW): `max(0, b_h − L_h)` over the
/// window of [`WINDOW_HOURS`] hours of `before_store_kw` from `h`, wrapping to its start;
/// `content_kwh` is the content after the hour's standing loss. 0 when there is nothing to
/// displace or nothing in the store, or `h` is out of range.
#[inline]
pub fn discharge_cap_kw(before_store_kw: &[f64], h: usize, power_kw: f64, content_kwh: f64) -> f64 {
    let len = before_store_kw.len();
    let Some(&b_h) = before_store_kw.get(h) else {
        return 0.0;
    };
    if b_h <= 0.0 || content_kwh <= 0.0 {
        return 0.0;
    }
    let hours = len.min(WINDOW_HOURS);
    let mut window = [0.0; WINDOW_HOURS];
    if h + hours <= len {
        window[..hours].copy_from_slice(&before_store_kw[h..h + hours]);
    } else {
        let head = len - h;
        window[..head].copy_from_slice(&before_store_kw[h..]);
        window[head..hours].copy_from_slice(&before_store_kw[..hours - head]);
    }
    let level = water_level(&window[..hours], power_kw, content_kwh);
    (b_h - level).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;
    use proptest::prelude::*;

    /// A morning peak: 100 kW all day but 400, 500 and 300 kW at 06–08.
    fn morning_peak() -> [f64; 24] {
        let mut b = [100.0; 24];
        b[6] = 400.0;
        b[7] = 500.0;
        b[8] = 300.0;
        b
    }

    #[test]
    fn water_level_of_a_morning_peak() {
        // P_st = 200, c = 500. At L = 0 the window asks Σ min(200, b_k) = 21 · 100 + 3 · 200 =
        // 2,700 > 500. For L in [200, 300]: hour 6 gives min(200, 400 − L) = 400 − L, hour 7
        // min(200, 500 − L) = 200, hour 8 300 − L, the 100-kW hours 0:
        // f(L) = (400 − L) + 200 + (300 − L) = 900 − 2L = 500 → L = 200.
        let b = morning_peak();
        assert_relative_eq!(water_level(&b, 200.0, 500.0), 200.0, epsilon = 1e-9);
        // c = 300: L in [300, 400]: hour 6 400 − L, hour 7 min(200, 500 − L) = 500 − L (L ≥
        // 300), hour 8 0: 900 − 2L = 300 → L = 300.
        assert_relative_eq!(water_level(&b, 200.0, 300.0), 300.0, epsilon = 1e-9);
        // c = 50: only hour 7 above L: 500 − L = 50 → L = 450.
        assert_relative_eq!(water_level(&b, 200.0, 50.0), 450.0, epsilon = 1e-9);
        // c = 3,000 ≥ 2,700: the content covers all: L = 0.
        assert_eq!(water_level(&b, 200.0, 3000.0), 0.0);
        // c = 2,650: L in [0, 100]: 21 · (100 − L) + 600 = 2,650 → 100 − L = 2,050/21 →
        // L = 100 − 97.619 = 2.381.
        assert_relative_eq!(
            water_level(&b, 200.0, 2650.0),
            100.0 - 2050.0 / 21.0,
            epsilon = 1e-9
        );
        // No content: the top (nothing discharged).
        assert_eq!(water_level(&b, 200.0, 0.0), 500.0);
    }

    #[test]
    fn cap_of_each_hour() {
        // The same day; c = 500, P_st = 200, L = 200: hours 0–5 and 9–23 (100 kW) get 0,
        // hour 6 400 − 200 = 200, hour 7 300, hour 8 100 (the dispatch then takes min with
        // P_st = 200). The window of hour 6 wraps to hours 0–5 of the same array.
        let b = morning_peak();
        assert_eq!(discharge_cap_kw(&b, 0, 200.0, 500.0), 0.0);
        assert_relative_eq!(discharge_cap_kw(&b, 6, 200.0, 500.0), 200.0, epsilon = 1e-9);
        assert_relative_eq!(discharge_cap_kw(&b, 7, 200.0, 500.0), 300.0, epsilon = 1e-9);
        assert_relative_eq!(discharge_cap_kw(&b, 8, 200.0, 500.0), 100.0, epsilon = 1e-9);
        assert_eq!(discharge_cap_kw(&b, 24, 200.0, 500.0), 0.0);
        assert_eq!(discharge_cap_kw(&[], 0, 200.0, 500.0), 0.0);
    }

    proptest! {
        /// The level solves the water-filling equation (or is 0 with the content covering all).
        #[test]
        fn level_solves_the_equation(
            b in proptest::collection::vec(-100.0..5000.0_f64, 1..=24),
            p in 0.1..3000.0_f64,
            c in 0.0..20_000.0_f64,
        ) {
            let level = water_level(&b, p, c);
            prop_assert!(level.is_finite() && level >= 0.0);
            let f = |l: f64| -> f64 { b.iter().map(|&x| (x - l).max(0.0).min(p)).sum() };
            if f(0.0) <= c {
                prop_assert_eq!(level, 0.0);
            } else if c > 0.0 {
                prop_assert!((f(level) - c).abs() <= 1e-9 * c.max(1.0), "f({level}) = {} ≠ {c}", f(level));
            }
        }
    }
}

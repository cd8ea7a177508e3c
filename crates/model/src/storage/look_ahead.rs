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
//! and flattens by one at each `b_k − P_st`. With the window's `b` sorted from the highest, the
//! breaks `b_k − P_st` come in the same order, so [`level_of_sorted`] merges the two lists and
//! walks them from the top until `f` reaches `c`: exact, no allocation, no iteration count.
//! Through a pass, [`Window`] keeps the 24 values sorted as the hour advances (one value out,
//! one in: O(24) a hour instead of a sort).

/// Hours the look-ahead sees, the hour itself included (MODEL.md §6).
pub const WINDOW_HOURS: usize = 24;

/// The water-filling level `L`, kW, of a window sorted from the highest value (`sorted_kw`,
/// the dispatchable output before the store), a store of power `power_kw` and content
/// `content_kwh`: `Σ_k min(P, max(0, b_k − L)) = c`, 0 when the content covers every hour up to
/// `P`, and the window's highest value (or 0) when there is no content or no power.
pub fn level_of_sorted(sorted_kw: &[f64], power_kw: f64, content_kwh: f64) -> f64 {
    let n = sorted_kw.len();
    let top = sorted_kw.first().map_or(0.0, |&b| b.max(0.0));
    if n == 0 || content_kwh.is_nan() || content_kwh <= 0.0 || power_kw.is_nan() || power_kw <= 0.0
    {
        return top;
    }
    // Walk down from the top, where f = 0: the next break is the larger of the next b_i
    // (steepens) and the next b_j − P (flattens); below 0 the walk stops (L ≥ 0).
    let (mut i, mut j) = (0, 0);
    let (mut level, mut sum, mut steep) = (top, 0.0_f64, 0.0_f64);
    while i < n || j < n {
        let up = if i < n {
            sorted_kw[i]
        } else {
            f64::NEG_INFINITY
        };
        let down = if j < n {
            sorted_kw[j] - power_kw
        } else {
            f64::NEG_INFINITY
        };
        let at = up.max(down);
        let next = sum + steep * (level - at.max(0.0));
        if next >= content_kwh && steep > 0.0 {
            return (level - (content_kwh - sum) / steep).max(0.0);
        }
        if at <= 0.0 || at.is_nan() {
            // f(0) = next < c: the content covers the window.
            return 0.0;
        }
        sum = next;
        level = at;
        if up >= down {
            steep += 1.0;
            i += 1;
        } else {
            steep -= 1.0;
            j += 1;
        }
    }
    // Every break passed above 0 with f still below c.
    0.0
}

/// The water-filling level `L`, kW, of the hours of `window_kw` in any order (at most
/// [`WINDOW_HOURS`] values are read); see [`level_of_sorted`].
pub fn water_level(window_kw: &[f64], power_kw: f64, content_kwh: f64) -> f64 {
    let hours = window_kw.len().min(WINDOW_HOURS);
    let mut sorted = [0.0; WINDOW_HOURS];
    sorted[..hours].copy_from_slice(&window_kw[..hours]);
    sort_down(&mut sorted[..hours]);
    level_of_sorted(&sorted[..hours], power_kw, content_kwh)
}

/// Sorts from the highest value (by `total_cmp`; allocation-free).
fn sort_down(values: &mut [f64]) {
    values.sort_unstable_by(|a, b| b.total_cmp(a));
}

/// The most the store may discharge in hour `h` with `peak` (kW): `max(0, b_h − L_h)` over the
/// window of [`WINDOW_HOURS`] hours of `before_store_kw` from `h`, wrapping to its start;
/// `content_kwh` is the content after the hour's standing loss. 0 when there is nothing to
/// displace or nothing in the store, or `h` is out of range. (A pass uses [`Window`], which
/// gives the same numbers without sorting every hour.)
pub fn discharge_cap_kw(before_store_kw: &[f64], h: usize, power_kw: f64, content_kwh: f64) -> f64 {
    Window::new().cap_kw(before_store_kw, h, power_kw, content_kwh)
}

/// The look-ahead window of a pass: `b_h … b_{h+23}` (wrapping) kept sorted from the highest
/// as `h` advances by one, with one value out and one in; any other step re-sorts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Window {
    /// The window's values, sorted from the highest (the first `hours`).
    sorted: [f64; WINDOW_HOURS],
    /// Number of values held: `min(WINDOW_HOURS, len)`.
    hours: usize,
    /// The hour whose window is held (`usize::MAX`: none yet).
    hour: usize,
}

impl Default for Window {
    fn default() -> Self {
        Window::new()
    }
}

impl Window {
    /// An empty window: the first [`Window::cap_kw`] sorts.
    pub fn new() -> Self {
        Window {
            sorted: [0.0; WINDOW_HOURS],
            hours: 0,
            hour: usize::MAX,
        }
    }

    /// [`discharge_cap_kw`] of hour `h` of `before_store_kw`, holding the window for the next
    /// hour. Calls with `h` rising by one cost O(24) each.
    #[inline]
    pub fn cap_kw(
        &mut self,
        before_store_kw: &[f64],
        h: usize,
        power_kw: f64,
        content_kwh: f64,
    ) -> f64 {
        let Some(&b_h) = before_store_kw.get(h) else {
            return 0.0;
        };
        if content_kwh <= 0.0 || content_kwh.is_nan() {
            // An empty store: the window is re-sorted when it next has content.
            return 0.0;
        }
        self.hold(before_store_kw, h);
        if b_h <= 0.0 {
            return 0.0;
        }
        let level = level_of_sorted(&self.sorted[..self.hours], power_kw, content_kwh);
        (b_h - level).max(0.0)
    }

    /// Makes the held window that of hour `h < b.len()`.
    fn hold(&mut self, b: &[f64], h: usize) {
        let len = b.len();
        let hours = len.min(WINDOW_HOURS);
        if self.hours == hours && self.hour != usize::MAX && self.hour + 1 == h {
            // One hour on: b[h − 1] leaves, b[h − 1 + hours] (wrapping) enters.
            let out = b[h - 1];
            let incoming = b[(h - 1 + hours) % len];
            let held = &mut self.sorted[..hours];
            if let Some(i) = held.iter().position(|x| x.to_bits() == out.to_bits()) {
                // Remove at i, then insert in order (by `total_cmp`, as `sort_down`).
                held.copy_within(i + 1.., i);
                let last = hours - 1;
                let mut k = last;
                while k > 0 && held[k - 1].total_cmp(&incoming).is_lt() {
                    held[k] = held[k - 1];
                    k -= 1;
                }
                held[k] = incoming;
                self.hour = h;
                return;
            }
        }
        for (i, x) in self.sorted[..hours].iter_mut().enumerate() {
            *x = b[(h + i) % len];
        }
        sort_down(&mut self.sorted[..hours]);
        self.hours = hours;
        self.hour = h;
    }
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
        /// The pass's sliding window gives the caps of a fresh sort, hour after hour (with
        /// wrapping, skipped hours and empty-store hours).
        #[test]
        fn sliding_window_matches_a_fresh_sort(
            b in proptest::collection::vec(prop_oneof![Just(0.0), 0.0..5000.0_f64], 1..80),
            contents in proptest::collection::vec(prop_oneof![Just(0.0), 0.0..20_000.0_f64], 200),
            p in 0.1..3000.0_f64,
            skip in 0usize..7,
        ) {
            let mut window = Window::new();
            for (step, &c) in contents.iter().enumerate() {
                let h = if skip > 0 && step % 13 == skip { (step * 7) % b.len() } else { step % b.len() };
                let slid = window.cap_kw(&b, h, p, c);
                prop_assert_eq!(slid.to_bits(), Window::new().cap_kw(&b, h, p, c).to_bits());
            }
        }

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

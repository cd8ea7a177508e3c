//! Discounted cash flows (docs/model/life.md §3): NPV, IRR and discounted payback of a series
//! of yearly flows `CF_0, CF_1, …, CF_N` (year 0 at the start, year k at the end of year k).
//!
//! - `NPV(r) = Σ_k CF_k (1+r)^−k`, evaluated by Horner's rule in `x = 1/(1+r)`.
//! - IRR: the rate `ρ` in `[−0.99, 10]` with `NPV(ρ) = 0`. NPV is evaluated on a fixed grid of
//!   290 rates (−0.99 to 1.00 by 0.01, then 1.1 to 10.0 by 0.1); each sign change between
//!   neighbours (or an exact zero on the grid) is a root, refined by bisection to 1e−12. One root:
//!   returned. None: [`IrrUndefined`] says why. More than one: [`IrrUndefined::MultipleRoots`]
//!   (with flows that change sign more than once the IRR is not unique; none is returned).
//!   A conventional project (one sign change) has exactly one root above −100 % (Descartes'
//!   rule of signs in `x`). Roots closer than the grid step can be missed (reported as none).
//! - Discounted payback: with `S_k = Σ_{j≤k} CF_j (1+r)^−j`, 0 when no `S_k` is negative;
//!   `None` when `S_N < 0`; otherwise the last crossing from negative to non-negative,
//!   interpolated in its year: `k − 1 + (−S_{k−1}) / (S_k − S_{k−1})`.

/// Lowest rate the IRR search tries.
pub const IRR_MIN: f64 = -0.99;
/// Highest rate the IRR search tries.
pub const IRR_MAX: f64 = 10.0;
/// Rates on the IRR search grid.
pub const IRR_GRID_POINTS: usize = 290;

/// Why a series of flows has no IRR.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IrrUndefined {
    /// Every flow is zero (or there are none).
    NoFlows,
    /// The flows never change sign: no rate makes the NPV zero.
    NoSignChange,
    /// The flows change sign but the NPV is not zero at any rate from −99 % to 1,000 %.
    NoRoot,
    /// More than one rate makes the NPV zero (flows that change sign more than once).
    MultipleRoots,
    /// A flow is not a finite number.
    NotFinite,
}

impl IrrUndefined {
    /// The reason in plain English, for the page.
    pub fn english(self) -> &'static str {
        match self {
            IrrUndefined::NoFlows => "no money changes hands",
            IrrUndefined::NoSignChange => {
                "the cash flows never change sign: they are all gains or all costs"
            }
            IrrUndefined::NoRoot => {
                "no rate between −99 % and 1,000 % a year balances the cash flows"
            }
            IrrUndefined::MultipleRoots => {
                "the cash flows change sign more than once and more than one rate balances them"
            }
            IrrUndefined::NotFinite => "a cash flow is not a finite number",
        }
    }
}

/// `Σ_k flows[k] · (1 + rate)^−k`, for `rate > −1` (Horner's rule in `1/(1+rate)`).
pub fn npv(rate: f64, flows: &[f64]) -> f64 {
    let x = 1.0 / (1.0 + rate);
    flows.iter().rev().fold(0.0, |acc, &cf| acc * x + cf)
}

/// Rate number `i` of the IRR search grid.
fn grid_rate(i: usize) -> f64 {
    if i < 200 {
        IRR_MIN + 0.01 * i as f64
    } else {
        1.0 + 0.1 * (i - 199) as f64
    }
}

/// The internal rate of return of `flows`, or why there is none (see the module docs).
pub fn irr(flows: &[f64]) -> Result<f64, IrrUndefined> {
    if flows.iter().any(|f| !f.is_finite()) {
        return Err(IrrUndefined::NotFinite);
    }
    let positive = flows.iter().any(|&f| f > 0.0);
    let negative = flows.iter().any(|&f| f < 0.0);
    match (positive, negative) {
        (false, false) => return Err(IrrUndefined::NoFlows),
        (true, false) | (false, true) => return Err(IrrUndefined::NoSignChange),
        (true, true) => {}
    }
    // Scale to the largest flow: the NPV's sign is unchanged and the sums stay small.
    let scale = flows.iter().fold(0.0f64, |m, f| m.max(f.abs()));
    let f = |r: f64| npv(r, flows) / scale;
    let mut root = None;
    let mut last: Option<(f64, f64)> = None;
    for i in 0..IRR_GRID_POINTS {
        let r = grid_rate(i);
        let v = f(r);
        if !v.is_finite() {
            last = None;
            continue;
        }
        let found = if v == 0.0 {
            Some(r)
        } else {
            match last {
                Some((a, fa)) if fa != 0.0 && (fa < 0.0) != (v < 0.0) => {
                    Some(bisect(&f, (a, fa), r))
                }
                _ => None,
            }
        };
        if let Some(found) = found {
            if root.is_some() {
                return Err(IrrUndefined::MultipleRoots);
            }
            root = Some(found);
        }
        last = Some((r, v));
    }
    root.ok_or(IrrUndefined::NoRoot)
}

/// A root of `f` in `[a, b]`, where `f(a) = fa` and `f(b)` have opposite signs, to 1e−12.
fn bisect(f: &impl Fn(f64) -> f64, (mut a, fa): (f64, f64), mut b: f64) -> f64 {
    let a_negative = fa < 0.0;
    for _ in 0..100 {
        let m = 0.5 * (a + b);
        if b - a < 1e-12 {
            return m;
        }
        let fm = f(m);
        if fm == 0.0 {
            return m;
        }
        if (fm < 0.0) == a_negative {
            a = m;
        } else {
            b = m;
        }
    }
    0.5 * (a + b)
}

/// Years until the cumulative discounted flows at `rate` are back to zero (see the module
/// docs); `None` when they are still negative at the end.
pub fn discounted_payback_years(rate: f64, flows: &[f64]) -> Option<f64> {
    let x = 1.0 / (1.0 + rate);
    let mut discount = 1.0;
    let mut cumulative = 0.0;
    let mut payback = Some(0.0);
    for (k, &cf) in flows.iter().enumerate() {
        let before = cumulative;
        cumulative += cf * discount;
        discount *= x;
        if cumulative < 0.0 {
            payback = None;
        } else if payback.is_none() {
            // Crossed from negative (before < 0) to non-negative in year k (k ≥ 1).
            let step = cumulative - before;
            let within = if step > 0.0 { -before / step } else { 1.0 };
            payback = Some((k as f64 - 1.0) + within.clamp(0.0, 1.0));
        }
        if !cumulative.is_finite() {
            return None;
        }
    }
    payback
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    #[test]
    fn npv_by_hand() {
        // −1000, 300, 400, 500 at 10 %: −1000 + 272.7273 + 330.5785 + 375.6574 = −21.0368.
        let flows = [-1000.0, 300.0, 400.0, 500.0];
        assert_relative_eq!(npv(0.10, &flows), -21.036_814, epsilon = 1e-6);
        // At 0 %: the plain sum 200.
        assert_relative_eq!(npv(0.0, &flows), 200.0, epsilon = 1e-12);
        assert_eq!(npv(0.05, &[]), 0.0);
    }

    #[test]
    fn irr_by_hand() {
        // −1000, 300, 400, 500: NPV(8 %) = −1000 + 277.7778 + 342.9355 + 396.9161 = +17.6294
        // and NPV(10 %) = −21.0368, so 8 % < IRR < 10 %; linear interpolation gives
        // 8 % + 2 % · 17.63/38.67 = 8.91 %, the root is 8.8963 % (NPV there ≈ 0, checked below).
        let flows = [-1000.0, 300.0, 400.0, 500.0];
        assert_relative_eq!(npv(0.08, &flows), 17.629_426, epsilon = 1e-6);
        let rate = irr(&flows).unwrap_or(f64::NAN);
        assert!(rate > 0.08 && rate < 0.10, "{rate}");
        assert!(npv(rate, &flows).abs() < 1e-8);
        assert_relative_eq!(rate, 0.088_963, epsilon = 1e-6);
    }

    #[test]
    fn irr_undefined_reasons() {
        assert_eq!(irr(&[]), Err(IrrUndefined::NoFlows));
        assert_eq!(irr(&[0.0, 0.0]), Err(IrrUndefined::NoFlows));
        assert_eq!(irr(&[100.0, 5.0, 0.0]), Err(IrrUndefined::NoSignChange));
        assert_eq!(irr(&[-100.0, -5.0]), Err(IrrUndefined::NoSignChange));
        assert_eq!(irr(&[-100.0, f64::NAN]), Err(IrrUndefined::NotFinite));
        // −100 then +1 after 1 year: ρ = −99 % exactly is the grid's edge; +0.5: ρ = −99.5 %,
        // below the range.
        assert_eq!(irr(&[-100.0, 0.5]), Err(IrrUndefined::NoRoot));
        // −1, +1,000,000 a year later: ρ = 999,999 (far above 1,000 %).
        assert_eq!(irr(&[-1.0, 1e6]), Err(IrrUndefined::NoRoot));
        // −100, +230, −132 = −100 (1 − 1.1 x)(1 − 1.2 x)... roots at 10 % and 20 %:
        // (1+ρ)² − 2.3(1+ρ) + 1.32 = 0 ⇒ 1+ρ = 1.1 or 1.2.
        assert_eq!(
            irr(&[-100.0, 230.0, -132.0]),
            Err(IrrUndefined::MultipleRoots)
        );
        for reason in [
            IrrUndefined::NoFlows,
            IrrUndefined::NoSignChange,
            IrrUndefined::NoRoot,
            IrrUndefined::MultipleRoots,
            IrrUndefined::NotFinite,
        ] {
            assert!(!reason.english().is_empty());
        }
    }

    #[test]
    fn irr_of_two_sign_changes_with_one_root_is_returned() {
        // −100, +250, −10: x-roots of −100 + 250x − 10x² = 0: x = (250 ∓ √(62,500 − 4,000))/20
        // = 0.406613 or 24.5934 ⇒ ρ = 1/x − 1 = 145.93 % or −95.93 %: two roots in range.
        assert_eq!(
            irr(&[-100.0, 250.0, -10.0]),
            Err(IrrUndefined::MultipleRoots)
        );
        // −100, +150, −1: x = (150 − √(22,500 − 400))/2 = 0.669656 ⇒ ρ = 49.330 %; the other
        // x = 149.33 ⇒ ρ = −99.33 %, below the range: one root returned.
        let rate = irr(&[-100.0, 150.0, -1.0]).unwrap_or(f64::NAN);
        let x = (150.0 - 22_100f64.sqrt()) / 2.0;
        assert_relative_eq!(rate, 1.0 / x - 1.0, epsilon = 1e-9);
        assert_relative_eq!(rate, 0.493_303, epsilon = 1e-6);
    }

    #[test]
    fn payback_by_hand() {
        // −1000, 300, 400, 500 at 0 %: cumulative −1000, −700, −300, +200: 2 + 300/500 = 2.6.
        let flows = [-1000.0, 300.0, 400.0, 500.0];
        assert_relative_eq!(
            discounted_payback_years(0.0, &flows).unwrap_or(f64::NAN),
            2.6,
            epsilon = 1e-12
        );
        // At 5 %: −1000, −714.2857, −351.4739, +80.4449; 500/1.05³ = 431.9188;
        // 2 + 351.4739/431.9188 = 2.81375.
        assert_relative_eq!(
            discounted_payback_years(0.05, &flows).unwrap_or(f64::NAN),
            2.0 + 351.473_923 / 431.918_799,
            epsilon = 1e-6
        );
        // At 10 % it never pays back (NPV −21.04).
        assert_eq!(discounted_payback_years(0.10, &flows), None);
        // Nothing negative: 0. Back to negative at the end: none. A dip and recovery: the last
        // crossing (−10, +20 → 10 ≥ 0 after 1 year; −30 → −20; +40 → +20: 2 + 20/40 = 2.5).
        assert_eq!(discounted_payback_years(0.05, &[0.0, 10.0]), Some(0.0));
        assert_eq!(discounted_payback_years(0.0, &[-10.0, 20.0, -30.0]), None);
        assert_eq!(
            discounted_payback_years(0.0, &[-10.0, 20.0, -30.0, 40.0]),
            Some(2.5)
        );
    }
}

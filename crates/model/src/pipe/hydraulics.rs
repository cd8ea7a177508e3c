//! Hydraulics of one pipe: Darcy–Weisbach with the Swamee–Jain friction factor, Colebrook–White as
//! the check, and the choice of DN from the design flow (docs/model/pipe.md §3–§4).
//!
//! ```text
//! v = ṁ / (ρ π d²/4),  Re = ρ v d / μ,  R = f ρ v² / (2 d)   [Pa per metre of one pipe]
//! f = 64/Re (Re ≤ 2,000); Swamee–Jain (Re ≥ 4,000); linear in Re in between
//! Swamee–Jain (1976): f = 0.25 / log10(ε/(3.7 d) + 5.74/Re^0.9)²
//! Colebrook–White:    1/√f = −2 log10(ε/(3.7 d) + 2.51/(Re √f))
//! ```
//!
//! All functions are pure functions of scalars: no allocation, no panic; a flow that is zero,
//! negative or not finite gives a gradient of 0.

use super::catalogue::{PipeSize, CATALOGUE};
use super::water;

/// Reynolds number up to which the flow is laminar (`f = 64/Re`).
pub const LAMINAR_RE: f64 = 2000.0;
/// Reynolds number from which Swamee–Jain applies.
pub const TURBULENT_RE: f64 = 4000.0;

/// Largest relative error of [`swamee_jain`] against [`colebrook_white`] over
/// `5,000 ≤ Re ≤ 1e8`, `1e-6 ≤ ε/d ≤ 1e-2`, measured (docs/model/pipe.md §4; worst at Re 5,000,
/// ε/d 1e-2: 2.83 %).
pub const SWAMEE_JAIN_MAX_ERROR: f64 = 0.029;
/// The same over the connection's practical range `1e4 ≤ Re ≤ 1e7`, `1e-5 ≤ ε/d ≤ 1e-3`
/// (measured worst 0.88 %).
pub const SWAMEE_JAIN_PRACTICAL_ERROR: f64 = 0.009;

/// The sizing limits of the automatic DN.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Largest pressure gradient at the design flow, Pa per metre of one pipe.
    pub max_gradient_pa_per_m: f64,
    /// Largest velocity at the design flow, m/s.
    pub max_velocity_m_per_s: f64,
}

/// Darcy friction factor, Swamee–Jain, for `re > 0` and relative roughness `rel ≥ 0`.
pub fn swamee_jain(re: f64, rel: f64) -> f64 {
    let l = (rel / 3.7 + 5.74 / re.powf(0.9)).log10();
    0.25 / (l * l)
}

/// Darcy friction factor, Colebrook–White, by fixed-point iteration on `1/√f` from the
/// Swamee–Jain value (until the change is below 1e-12, at most 50 steps), for `re > 0`.
pub fn colebrook_white(re: f64, rel: f64) -> f64 {
    let mut x = 1.0 / swamee_jain(re, rel).sqrt();
    for _ in 0..50 {
        let next = -2.0 * (rel / 3.7 + 2.51 * x / re).log10();
        let done = (next - x).abs() < 1e-12;
        x = next;
        if done {
            break;
        }
    }
    1.0 / (x * x)
}

/// Darcy friction factor of the model: laminar, Swamee–Jain, or linear in `Re` between them;
/// 0 for `re ≤ 0` or not finite.
pub fn friction_factor(re: f64, rel: f64) -> f64 {
    if !(re.is_finite() && re > 0.0) {
        return 0.0;
    }
    let rel = if rel.is_finite() { rel.max(0.0) } else { 0.0 };
    if re <= LAMINAR_RE {
        64.0 / re
    } else if re >= TURBULENT_RE {
        swamee_jain(re, rel)
    } else {
        let w = (re - LAMINAR_RE) / (TURBULENT_RE - LAMINAR_RE);
        (1.0 - w) * 64.0 / LAMINAR_RE + w * swamee_jain(TURBULENT_RE, rel)
    }
}

/// Mean velocity, m/s, of `mass_flow_kg_s` in a pipe of inner diameter `inner_m` at `mean_c`;
/// 0 for a flow or diameter that is not positive and finite.
pub fn velocity_m_per_s(mass_flow_kg_s: f64, inner_m: f64, mean_c: f64) -> f64 {
    if !(mass_flow_kg_s.is_finite() && mass_flow_kg_s > 0.0 && inner_m.is_finite() && inner_m > 0.0)
    {
        return 0.0;
    }
    let area = std::f64::consts::PI * inner_m * inner_m / 4.0;
    mass_flow_kg_s / (water::density_kg_per_m3(mean_c) * area)
}

/// Reynolds number `ρ v d / μ` (0 where the velocity is 0).
pub fn reynolds(mass_flow_kg_s: f64, inner_m: f64, mean_c: f64) -> f64 {
    let v = velocity_m_per_s(mass_flow_kg_s, inner_m, mean_c);
    water::density_kg_per_m3(mean_c) * v * inner_m / water::viscosity_pa_s(mean_c)
}

/// Pressure gradient, Pa per metre of one pipe, with the model's friction factor
/// ([`friction_factor`], Swamee–Jain when turbulent). `roughness_m` is the absolute roughness ε.
pub fn pressure_gradient_pa_per_m(
    mass_flow_kg_s: f64,
    inner_m: f64,
    roughness_m: f64,
    mean_c: f64,
) -> f64 {
    let v = velocity_m_per_s(mass_flow_kg_s, inner_m, mean_c);
    if v == 0.0 {
        return 0.0;
    }
    let rho = water::density_kg_per_m3(mean_c);
    let f = friction_factor(
        reynolds(mass_flow_kg_s, inner_m, mean_c),
        roughness_m / inner_m,
    );
    // Saturates rather than overflowing for absurd flows (beyond ~1e150 kg/s).
    (f * rho * v * v / (2.0 * inner_m)).min(f64::MAX)
}

/// The same gradient with Colebrook–White when turbulent (`Re ≥ 4,000`), for checks; otherwise
/// as [`pressure_gradient_pa_per_m`].
pub fn pressure_gradient_colebrook_pa_per_m(
    mass_flow_kg_s: f64,
    inner_m: f64,
    roughness_m: f64,
    mean_c: f64,
) -> f64 {
    let re = reynolds(mass_flow_kg_s, inner_m, mean_c);
    let model = pressure_gradient_pa_per_m(mass_flow_kg_s, inner_m, roughness_m, mean_c);
    if re < TURBULENT_RE {
        return model;
    }
    let rel = (roughness_m / inner_m).max(0.0);
    model * colebrook_white(re, rel) / swamee_jain(re, rel)
}

/// Whether `mass_flow_kg_s` in `size` keeps both limits.
pub fn within_limits(
    size: &PipeSize,
    mass_flow_kg_s: f64,
    roughness_m: f64,
    mean_c: f64,
    limits: Limits,
) -> bool {
    let d = size.inner_m();
    velocity_m_per_s(mass_flow_kg_s, d, mean_c) <= limits.max_velocity_m_per_s
        && pressure_gradient_pa_per_m(mass_flow_kg_s, d, roughness_m, mean_c)
            <= limits.max_gradient_pa_per_m
}

/// Largest mass flow, kg/s, that `size` carries within both limits: the flow at the velocity
/// limit, or less where the gradient limit binds first (bisection, 100 halvings; the result is on
/// the feasible side). 0 when a limit is not positive.
pub fn capacity_kg_s(size: &PipeSize, roughness_m: f64, mean_c: f64, limits: Limits) -> f64 {
    if !(limits.max_velocity_m_per_s > 0.0 && limits.max_gradient_pa_per_m > 0.0) {
        return 0.0;
    }
    let d = size.inner_m();
    let area = std::f64::consts::PI * d * d / 4.0;
    let at_velocity = water::density_kg_per_m3(mean_c) * area * limits.max_velocity_m_per_s;
    if !at_velocity.is_finite() {
        return 0.0;
    }
    if within_limits(size, at_velocity, roughness_m, mean_c, limits) {
        return at_velocity;
    }
    let (mut lo, mut hi) = (0.0, at_velocity);
    for _ in 0..100 {
        let mid = 0.5 * (lo + hi);
        if within_limits(size, mid, roughness_m, mean_c, limits) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

/// The automatic choice: the smallest catalogue DN that carries `mass_flow_kg_s` within the
/// limits, with 1 pair; if even the largest cannot, `n` parallel pairs of the largest, `n` the
/// smallest count for which each pair's `ṁ/n` keeps the limits. A flow that is 0 or not finite
/// gives the smallest DN.
pub fn choose_size(
    mass_flow_kg_s: f64,
    roughness_m: f64,
    mean_c: f64,
    limits: Limits,
) -> (&'static PipeSize, u32) {
    let m = if mass_flow_kg_s.is_finite() {
        mass_flow_kg_s.max(0.0)
    } else {
        0.0
    };
    if let Some(size) = CATALOGUE
        .iter()
        .find(|s| within_limits(s, m, roughness_m, mean_c, limits))
    {
        return (size, 1);
    }
    let largest = &CATALOGUE[CATALOGUE.len() - 1];
    let cap = capacity_kg_s(largest, roughness_m, mean_c, limits);
    if cap.is_nan() || cap <= 0.0 {
        return (largest, 1);
    }
    // `as` saturates: a count beyond u32::MAX (no physical case) stays u32::MAX.
    let mut pairs = ((m / cap).ceil() as u32).max(1);
    // Guard against rounding in m/n; at most a step or two.
    for _ in 0..4 {
        if within_limits(largest, m / f64::from(pairs), roughness_m, mean_c, limits) {
            break;
        }
        pairs = pairs.saturating_add(1);
    }
    (largest, pairs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipe::catalogue::by_dn;

    const LIMITS: Limits = Limits {
        max_gradient_pa_per_m: 100.0,
        max_velocity_m_per_s: 3.0,
    };

    fn size(dn: u32) -> &'static PipeSize {
        by_dn(dn).expect("DN in the catalogue")
    }

    #[test]
    fn gradient_dn200_five_mw_by_hand() {
        // 5 MW at 80/45 °C → ṁ = 34.1243 kg/s (see `mass_flow_kg_s`); T_m = 62.5 °C:
        // ρ = 981.895 kg/m³ (Kell), μ = 4.4857e-4 Pa·s (Vogel); d = 0.2101 m,
        // A = π·0.2101²/4 = 0.0346691 m²; v = 34.1243/(981.895·0.0346691) = 1.00244 m/s;
        // Re = 981.895·1.00244·0.2101/4.4857e-4 = 461,018; ε/d = 0.05/210.1 = 2.3798e-4;
        // f = 0.25/log10(2.3798e-4/3.7 + 5.74/461018^0.9)² = 0.0159596;
        // R = 0.0159596·981.895·1.00244²/(2·0.2101) = 37.475 Pa/m.
        let r = pressure_gradient_pa_per_m(34.1243, 0.2101, 0.05e-3, 62.5);
        assert!((r - 37.475).abs() < 0.01, "{r}");
        let v = velocity_m_per_s(34.1243, 0.2101, 62.5);
        assert!((v - 1.00244).abs() < 1e-4, "{v}");
    }

    #[test]
    fn laminar_gradient_is_hagen_poiseuille() {
        // DN50 (d 0.0545 m), 0.05 kg/s at 40 °C: v = 0.021601 m/s, Re = 1,791 < 2,000;
        // Hagen–Poiseuille R = 32 μ v / d² = 32·6.5218e-4·0.021601/0.0545² = 0.15178 Pa/m.
        let r = pressure_gradient_pa_per_m(0.05, 0.0545, 0.05e-3, 40.0);
        assert!((r - 0.15178).abs() < 1e-4, "{r}");
    }

    #[test]
    fn friction_is_continuous_across_the_transition() {
        for rel in [0.0, 1e-4, 1e-3] {
            let below = friction_factor(LAMINAR_RE * (1.0 - 1e-9), rel);
            let above = friction_factor(LAMINAR_RE * (1.0 + 1e-9), rel);
            assert!((below - above).abs() < 1e-8);
            let below = friction_factor(TURBULENT_RE * (1.0 - 1e-9), rel);
            let above = friction_factor(TURBULENT_RE * (1.0 + 1e-9), rel);
            assert!((below - above).abs() < 1e-8);
        }
        assert_eq!(friction_factor(0.0, 1e-4), 0.0);
        assert_eq!(friction_factor(f64::NAN, 1e-4), 0.0);
    }

    #[test]
    fn colebrook_solves_its_equation() {
        for (re, rel) in [(5e3, 1e-2), (1e5, 2.4e-4), (1e8, 1e-6), (4e4, 0.0)] {
            let f: f64 = colebrook_white(re, rel);
            let rhs = -2.0 * (rel / 3.7 + 2.51 / (re * f.sqrt())).log10();
            assert!((1.0 / f.sqrt() - rhs).abs() < 1e-9, "Re {re}, ε/d {rel}");
        }
    }

    #[test]
    fn swamee_jain_within_documented_error_of_colebrook() {
        // Grid over 5e3 ≤ Re ≤ 1e8, 1e-6 ≤ ε/d ≤ 1e-2, 10 steps per decade.
        let mut worst: f64 = 0.0;
        let mut worst_practical: f64 = 0.0;
        for i in 0..=40 {
            let rel = 10f64.powf(-6.0 + 0.1 * f64::from(i));
            for j in 0..=43 {
                let re = 5e3 * 10f64.powf(0.1 * f64::from(j));
                let err = (swamee_jain(re, rel) / colebrook_white(re, rel) - 1.0).abs();
                worst = worst.max(err);
                if (1e4..=1e7).contains(&re) && (1e-5..=1e-3).contains(&rel) {
                    worst_practical = worst_practical.max(err);
                }
            }
        }
        assert!(worst <= SWAMEE_JAIN_MAX_ERROR, "{worst}");
        assert!(worst > 0.02, "the grid reaches the worst corner: {worst}");
        assert!(
            worst_practical <= SWAMEE_JAIN_PRACTICAL_ERROR,
            "{worst_practical}"
        );
    }

    #[test]
    fn velocity_at_100_pa_per_m_matches_the_datasheet() {
        // money-data.md §2.3 [D]: Colebrook, k 0.05 mm, water at 70 °C, 100 Pa/m; velocities
        // rounded to 0.01 m/s (so within 0.7 % at DN50). Found here by bisection on the flow.
        let published = [
            (50, 0.71),
            (80, 0.93),
            (100, 1.10),
            (150, 1.42),
            (200, 1.68),
            (250, 1.93),
            (300, 2.15),
            (350, 2.28),
            (400, 2.48),
            (500, 2.85),
            (600, 3.18),
        ];
        for (dn, v_pub) in published {
            let d = size(dn).inner_m();
            let (mut lo, mut hi) = (0.0, 2000.0);
            for _ in 0..200 {
                let mid = 0.5 * (lo + hi);
                if pressure_gradient_colebrook_pa_per_m(mid, d, 0.05e-3, 70.0) <= 100.0 {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let v = velocity_m_per_s(lo, d, 70.0);
            assert!((v / v_pub - 1.0).abs() < 0.01, "DN{dn}: {v} vs {v_pub}");
        }
    }

    #[test]
    fn size_changes_exactly_at_capacity() {
        for (dn, next) in [(50, 65), (200, 250), (500, 600)] {
            let cap = capacity_kg_s(size(dn), 0.05e-3, 70.0, LIMITS);
            assert_eq!(
                choose_size(cap * (1.0 - 1e-9), 0.05e-3, 70.0, LIMITS).0.dn,
                dn
            );
            assert_eq!(
                choose_size(cap * (1.0 + 1e-6), 0.05e-3, 70.0, LIMITS).0.dn,
                next
            );
            // The gradient limit binds below DN600 (velocities 0.71–2.85 m/s < 3 m/s).
            let r = pressure_gradient_pa_per_m(cap, size(dn).inner_m(), 0.05e-3, 70.0);
            assert!((r - 100.0).abs() < 1e-6, "DN{dn}: {r}");
        }
    }

    #[test]
    fn velocity_cap_binds_at_dn600() {
        // At 100 Pa/m DN600 would run at 3.18 m/s (datasheet), so 3 m/s binds:
        // ṁ = ρ(70 °C)·π·0.5958²/4·3.0 = 977.77·0.278798·3.0 = 817.80 kg/s.
        let cap = capacity_kg_s(size(600), 0.05e-3, 70.0, LIMITS);
        assert!((cap - 817.80).abs() < 0.05, "{cap}");
    }

    #[test]
    fn beyond_dn600_parallel_pairs_carry_the_flow() {
        let cap = capacity_kg_s(size(600), 0.05e-3, 70.0, LIMITS);
        let (s, n) = choose_size(cap * 2.5, 0.05e-3, 70.0, LIMITS);
        assert_eq!((s.dn, n), (600, 3));
        let (s, n) = choose_size(cap * (1.0 + 1e-6), 0.05e-3, 70.0, LIMITS);
        assert_eq!((s.dn, n), (600, 2));
        assert_eq!(choose_size(0.0, 0.05e-3, 70.0, LIMITS).0.dn, 50);
        assert_eq!(
            choose_size(f64::NAN, 0.05e-3, 70.0, LIMITS),
            (&CATALOGUE[0], 1)
        );
    }
}

//! Liquid water properties at 1 atm for the connection pipe's hydraulics (docs/model/pipe.md §4).
//!
//! - density: Kell (1975), J. Chem. Eng. Data 20(1), 97–105, valid 0–150 °C;
//! - dynamic viscosity: Vogel equation, constants of Viswanath & Natarajan (1989), *Data Book on
//!   the Viscosity of Liquids*;
//! - specific heat: IAPWS-95 saturated-liquid values every 10 K (NIST Chemistry WebBook), linear
//!   in between.
//!
//! Temperatures outside 0–150 °C are clamped to that range; a NaN temperature is read as 0 °C,
//! so every function returns a finite, positive value for any input.

/// Lowest temperature of the property formulas, °C.
pub const MIN_C: f64 = 0.0;
/// Highest temperature of the property formulas, °C.
pub const MAX_C: f64 = 150.0;

/// Specific heat of saturated liquid water, J/(kg·K), at 0, 10, …, 150 °C (IAPWS-95 via the
/// NIST Chemistry WebBook; the 0 °C entry is the triple point, 0.01 °C).
const CP_J_PER_KG_K: [f64; 16] = [
    4219.9, 4195.5, 4184.4, 4180.1, 4179.6, 4181.5, 4185.1, 4190.2, 4196.9, 4205.3, 4215.7, 4228.3,
    4243.5, 4261.5, 4282.6, 4307.1,
];

fn clamp_c(t_c: f64) -> f64 {
    if t_c.is_nan() {
        MIN_C
    } else {
        t_c.clamp(MIN_C, MAX_C)
    }
}

/// Density, kg/m³ (Kell 1975). Hand check at 70 °C: numerator 999.83952 + 1186.16232 − 39.13650
/// − 15.83647 + 2.53456 − 0.47151 = 2133.09193; denominator 1 + 1.1815895 = 2.1815895;
/// ρ = 977.7 kg/m³ (IAPWS 977.76).
pub fn density_kg_per_m3(t_c: f64) -> f64 {
    let t = clamp_c(t_c);
    let num = 999.83952
        + t * (16.945176
            + t * (-7.987_040_1e-3
                + t * (-46.170_461e-6 + t * (105.563_02e-9 + t * -280.542_53e-12))));
    num / (1.0 + 16.879_850e-3 * t)
}

/// Dynamic viscosity, Pa·s (Vogel: `0.02939e-3 · exp(507.88 / (T_K − 149.3))`). Hand check at
/// 70 °C: T_K − 149.3 = 193.85; 507.88/193.85 = 2.61996; e^2.61996 = 13.7352; × 0.02939e-3 =
/// 4.0368e-4 Pa·s (IAPWS 4.040e-4).
pub fn viscosity_pa_s(t_c: f64) -> f64 {
    let t_k = clamp_c(t_c) + 273.15;
    0.02939e-3 * (507.88 / (t_k - 149.3)).exp()
}

/// Specific heat, J/(kg·K), linear between the 10 K table points.
pub fn specific_heat_j_per_kg_k(t_c: f64) -> f64 {
    let t = clamp_c(t_c);
    let pos = t / 10.0;
    // pos is in 0..=15, so the cast is exact and in range; `min` keeps 150 °C on the last span.
    let i = (pos.floor() as usize).min(CP_J_PER_KG_K.len() - 2);
    let w = pos - i as f64;
    CP_J_PER_KG_K[i] + w * (CP_J_PER_KG_K[i + 1] - CP_J_PER_KG_K[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Published table values (pandapipes' `properties/water/*.txt`, which equal the standard
    /// saturated-water tables) at 20, 50, 70 and 90 °C: density kg/m³, viscosity Pa·s.
    const TABLE: [(f64, f64, f64); 4] = [
        (20.0, 998.21, 1.002e-3),
        (50.0, 988.04, 0.547e-3),
        (70.0, 977.77, 0.404e-3),
        (90.0, 965.31, 0.315e-3),
    ];

    #[test]
    fn density_matches_tables_to_0_01_percent() {
        for (t, rho, _) in TABLE {
            let r = density_kg_per_m3(t);
            assert!((r / rho - 1.0).abs() < 1e-4, "{t} °C: {r} vs {rho}");
        }
        // Hand calculation in the doc comment.
        assert!((density_kg_per_m3(70.0) - 2133.09193 / 2.1815895).abs() < 1e-3);
    }

    #[test]
    fn viscosity_matches_tables_to_half_a_percent() {
        for (t, _, mu) in TABLE {
            let m = viscosity_pa_s(t);
            assert!((m / mu - 1.0).abs() < 5e-3, "{t} °C: {m} vs {mu}");
        }
        assert!((viscosity_pa_s(70.0) - 4.0368e-4).abs() < 1e-8);
    }

    #[test]
    fn specific_heat_interpolates_the_table() {
        assert_eq!(specific_heat_j_per_kg_k(70.0), 4190.2);
        // Halfway 60 → 70 °C: (4185.1 + 4190.2)/2 = 4187.65.
        assert!((specific_heat_j_per_kg_k(65.0) - 4187.65).abs() < 1e-9);
        assert_eq!(specific_heat_j_per_kg_k(150.0), 4307.1);
        assert_eq!(specific_heat_j_per_kg_k(1e9), 4307.1);
        assert_eq!(specific_heat_j_per_kg_k(-40.0), 4219.9);
        assert_eq!(specific_heat_j_per_kg_k(f64::NAN), 4219.9);
    }

    #[test]
    fn properties_are_finite_and_positive_everywhere() {
        for t in [
            f64::NEG_INFINITY,
            -1e300,
            -5.0,
            0.0,
            37.3,
            99.9,
            150.0,
            1e300,
            f64::NAN,
        ] {
            for x in [
                density_kg_per_m3(t),
                viscosity_pa_s(t),
                specific_heat_j_per_kg_k(t),
            ] {
                assert!(x.is_finite() && x > 0.0, "{t}: {x}");
            }
        }
    }
}

//! The grid's CO2 factor over the years (docs/model/life.md §3): points `(year, g/kWh)`,
//! linear between them, flat before the first and after the last.
//!
//! Defaults, lifecycle g CO2e/kWh (money-data.md §5.3): Italy 2024 288 (Ember), 2030 190
//! (derived: 35 % gas CCGT at 490 + 65 % renewables at 30), 2040 100 and 2050 25 (assumed: EU
//! climate neutrality with a lifecycle residue). No official year-by-year path was found for any
//! country; the others run from their 2025 Electricity Maps yearly average in a straight line to
//! `min(2025 value, 25)` in 2050 (assumed, as Italy's 2050 point).

use crate::prices::{Country, FieldRange};
use crate::scenario::Problem;

/// Most points a path may have.
pub const MAX_POINTS: usize = 20;
/// Range of a point's year.
pub const YEAR_RANGE: FieldRange = FieldRange {
    path: "emissions.grid_path",
    min: 2000.0,
    max: 2100.0,
    unit: "",
    integer: true,
};
/// Range of a point's factor, g CO2 per kWh (as `emissions.grid_g_per_kwh`).
pub const G_PER_KWH_RANGE: FieldRange = FieldRange {
    path: "emissions.grid_path",
    min: 0.0,
    max: 2000.0,
    unit: "g/kWh",
    integer: false,
};

/// Lifecycle factor of 2050 that every default path reaches (or stays below), g/kWh (assumed).
pub const RESIDUE_2050_G_PER_KWH: f64 = 25.0;

/// A valid path: 1 to 20 points, years strictly increasing, factors 0–2000 g/kWh.
#[derive(Debug, Clone, PartialEq)]
pub struct GridPath {
    points: Vec<(u16, f64)>,
}

impl GridPath {
    /// A path through `points` (`(calendar year, g/kWh)`), or every problem with them, each
    /// naming `emissions.grid_path[i]`, the value and the range.
    pub fn new(points: &[(f64, f64)]) -> Result<GridPath, Vec<Problem>> {
        let mut problems = Vec::new();
        if points.is_empty() || points.len() > MAX_POINTS {
            problems.push(Problem::new(
                "emissions.grid_path",
                format!("{} points given; allowed 1 to {MAX_POINTS}", points.len()),
            ));
        }
        for (i, &(year, g)) in points.iter().enumerate() {
            for (range, x, key) in [
                (YEAR_RANGE, year, "year"),
                (G_PER_KWH_RANGE, g, "g_per_kwh"),
            ] {
                if let Some(mut p) = range.check(x) {
                    p.path = format!("emissions.grid_path[{i}].{key}");
                    problems.push(p);
                }
            }
            if i > 0 && year <= points[i - 1].0 {
                problems.push(Problem::new(
                    format!("emissions.grid_path[{i}].year"),
                    format!(
                        "{year} does not come after {}; years must increase",
                        points[i - 1].0
                    ),
                ));
            }
        }
        if problems.is_empty() {
            Ok(GridPath {
                points: points.iter().map(|&(y, g)| (y as u16, g)).collect(),
            })
        } else {
            Err(problems)
        }
    }

    /// The same factor every year (`g_per_kwh` clamped into 0–2000).
    pub fn constant(g_per_kwh: f64) -> GridPath {
        let g = if g_per_kwh.is_finite() {
            g_per_kwh.clamp(G_PER_KWH_RANGE.min, G_PER_KWH_RANGE.max)
        } else {
            0.0
        };
        GridPath {
            points: vec![(2025, g)],
        }
    }

    /// The default path of `country`.
    pub fn for_country(country: Country) -> GridPath {
        let residue = |start: f64| vec![(2025, start), (2050, start.min(RESIDUE_2050_G_PER_KWH))];
        let points = match country {
            Country::Italy => vec![(2024, 288.0), (2030, 190.0), (2040, 100.0), (2050, 25.0)],
            Country::Denmark => residue(123.0),
            Country::Finland => residue(68.0),
            Country::Sweden => residue(21.0),
            Country::Germany => residue(342.0),
            Country::Netherlands => residue(253.0),
            Country::France => residue(31.0),
            Country::Ireland => residue(301.0),
        };
        GridPath { points }
    }

    /// The path's points, `(calendar year, g/kWh)`.
    pub fn points(&self) -> &[(u16, f64)] {
        &self.points
    }

    /// The factor in calendar `year`, g/kWh: linear between points, flat outside.
    pub fn at(&self, year: f64) -> f64 {
        let (Some(&(y0, g0)), Some(&(yn, gn))) = (self.points.first(), self.points.last()) else {
            return 0.0;
        };
        if year.is_nan() || year <= f64::from(y0) {
            return g0;
        }
        if year >= f64::from(yn) {
            return gn;
        }
        for pair in self.points.windows(2) {
            let ((ya, ga), (yb, gb)) = (pair[0], pair[1]);
            let (ya, yb) = (f64::from(ya), f64::from(yb));
            if year <= yb {
                return ga + (gb - ga) * (year - ya) / (yb - ya);
            }
        }
        gn
    }

    /// The path scaled so that it passes through `g_per_kwh` in `year` (a scenario's own
    /// factor for its own year); a constant path when the path is 0 there. Factors stay within
    /// 0–2000 g/kWh.
    pub fn anchored(&self, year: u16, g_per_kwh: f64) -> GridPath {
        let here = self.at(f64::from(year));
        if here.is_nan() || here <= 0.0 || !g_per_kwh.is_finite() {
            return GridPath::constant(g_per_kwh);
        }
        let scale = g_per_kwh / here;
        GridPath {
            points: self
                .points
                .iter()
                .map(|&(y, g)| (y, (g * scale).clamp(0.0, G_PER_KWH_RANGE.max)))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    #[test]
    fn italy_path_by_hand() {
        let p = GridPath::for_country(Country::Italy);
        assert_eq!(p.at(2020.0), 288.0);
        assert_eq!(p.at(2024.0), 288.0);
        // 2027: halfway 2024→2030: 288 − 98 · 3/6 = 239.
        assert_relative_eq!(p.at(2027.0), 239.0, epsilon = 1e-12);
        // 2035: 190 − 90 · 5/10 = 145.
        assert_relative_eq!(p.at(2035.0), 145.0, epsilon = 1e-12);
        assert_eq!(p.at(2050.0), 25.0);
        assert_eq!(p.at(2080.0), 25.0);
        assert_eq!(p.at(f64::NAN), 288.0);
    }

    #[test]
    fn other_countries_fall_to_the_residue_or_stay() {
        // Germany: 342 → 25 over 25 years: 2030 = 342 − 317 · 5/25 = 278.6.
        let de = GridPath::for_country(Country::Germany);
        assert_relative_eq!(de.at(2030.0), 278.6, epsilon = 1e-12);
        // Sweden stays at 21 (already below 25).
        let se = GridPath::for_country(Country::Sweden);
        assert_eq!(se.at(2026.0), 21.0);
        assert_eq!(se.at(2060.0), 21.0);
        for c in Country::ALL {
            let p = GridPath::for_country(c);
            let mut last = f64::INFINITY;
            for y in 2020..2070 {
                let g = p.at(f64::from(y));
                assert!((0.0..=400.0).contains(&g) && g <= last, "{c:?} {y}: {g}");
                last = g;
            }
        }
    }

    #[test]
    fn anchored_passes_through_the_scenario_value() {
        // The scenario's 330.7 g/kWh in 2023 (Ember, Italy): scale 330.7/288 = 1.14826.
        let p = GridPath::for_country(Country::Italy).anchored(2023, 330.7);
        assert_relative_eq!(p.at(2023.0), 330.7, epsilon = 1e-9);
        assert_relative_eq!(p.at(2030.0), 190.0 * 330.7 / 288.0, epsilon = 1e-9);
        let zero = GridPath::constant(0.0).anchored(2030, 100.0);
        assert_eq!(zero.at(2040.0), 100.0);
        assert_eq!(GridPath::constant(f64::NAN).at(2030.0), 0.0);
        assert_eq!(GridPath::constant(5000.0).at(2030.0), 2000.0);
    }

    #[test]
    fn new_refuses_bad_points_naming_them() {
        assert!(GridPath::new(&[(2024.0, 300.0), (2050.0, 20.0)]).is_ok());
        let problems = GridPath::new(&[(2024.0, 300.0), (2024.0, -1.0), (2030.5, 10.0)])
            .err()
            .unwrap_or_default();
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "emissions.grid_path[1].g_per_kwh",
                "emissions.grid_path[1].year",
                "emissions.grid_path[2].year",
            ]
        );
        assert!(GridPath::new(&[]).is_err());
        assert!(GridPath::new(&[(2030.0, f64::NAN)]).is_err());
    }
}

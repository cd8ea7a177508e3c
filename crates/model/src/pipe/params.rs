//! Inputs of the connection pipe, their defaults and ranges (docs/model/pipe.md §1), and their
//! validation.

use super::catalogue::{self, Series, DN_LIST};
use super::hydraulics::Limits;
use crate::scenario::{Num, Problem, ProblemKind, Range};

/// `connection.length_km` default, km (today's `economics.pipe_length_km` default).
pub const DEFAULT_LENGTH_KM: f64 = 1.0;
/// `connection.length_km` range, km (as `economics.pipe_length_km`).
pub const LENGTH_KM_RANGE: (f64, f64) = (0.0, 500.0);
/// `connection.series` default \[A: the middle series\].
pub const DEFAULT_SERIES: Series = Series::S2;
/// `connection.series` range (1, 2 or 3).
pub const SERIES_RANGE: (u8, u8) = (1, 3);
/// `connection.max_pressure_gradient_pa_per_m` default, Pa/m \[P: vicus-software.com, 100–200
/// Pa/m typical design; lower end].
pub const DEFAULT_MAX_GRADIENT_PA_PER_M: f64 = 100.0;
/// `connection.max_pressure_gradient_pa_per_m` range, Pa/m \[A: isoplus tables use 60–80, HotMaps
/// transmission lines up to 600; a margin either side].
pub const MAX_GRADIENT_RANGE_PA_PER_M: (f64, f64) = (20.0, 1000.0);
/// `connection.max_velocity_m_per_s` default, m/s \[P: HotMaps `parameters.py`, cap at DN600\].
pub const DEFAULT_MAX_VELOCITY_M_PER_S: f64 = 3.0;
/// `connection.max_velocity_m_per_s` range, m/s \[A: vicus-software.com gives 0.5–2.5 m/s as
/// allowed; a margin either side].
pub const MAX_VELOCITY_RANGE_M_PER_S: (f64, f64) = (0.3, 5.0);
/// `connection.roughness_mm` default, mm \[P: vicus-software.com, new steel\].
pub const DEFAULT_ROUGHNESS_MM: f64 = 0.05;
/// `connection.roughness_mm` range, mm \[A: drawn tube 0.0015 mm up to heavily scaled steel\].
pub const ROUGHNESS_RANGE_MM: (f64, f64) = (0.001, 5.0);
/// `connection.pump_efficiency` default \[P: HotMaps `parameters.py`\].
pub const DEFAULT_PUMP_EFFICIENCY: f64 = 0.8;
/// `connection.pump_efficiency` range \[A: physical bounds with a floor against division by ~0\].
pub const PUMP_EFFICIENCY_RANGE: (f64, f64) = (0.1, 1.0);

/// Inputs of the connection pipe (docs/model/pipe.md §1). JSON paths `connection.<field>`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ConnectionParams {
    /// `length_km`, route length, km (0–500; default 1). 0 = no connection pipe.
    pub length_km: f64,
    /// `dn`, nominal diameter; `None` (JSON `null`, default) = automatic from the design flow;
    /// otherwise a DN of [`DN_LIST`] (50–600, EN 253).
    pub dn: Option<u32>,
    /// `series`, insulation series 1–3 (default 2, assumed: the middle series).
    pub series: Series,
    /// `max_pressure_gradient_pa_per_m`, sizing limit per pipe, Pa/m (20–1,000; default 100,
    /// vicus-software.com).
    pub max_pressure_gradient_pa_per_m: f64,
    /// `max_velocity_m_per_s`, sizing limit, m/s (0.3–5; default 3.0, HotMaps).
    pub max_velocity_m_per_s: f64,
    /// `roughness_mm`, absolute roughness of the steel, mm (0.001–5; default 0.05 new steel,
    /// vicus-software.com; aged 0.1–0.5).
    pub roughness_mm: f64,
    /// `pump_efficiency`, hydraulic power / electricity (0.1–1; default 0.8, HotMaps).
    pub pump_efficiency: f64,
}

impl Default for ConnectionParams {
    fn default() -> Self {
        ConnectionParams {
            length_km: DEFAULT_LENGTH_KM,
            dn: None,
            series: DEFAULT_SERIES,
            max_pressure_gradient_pa_per_m: DEFAULT_MAX_GRADIENT_PA_PER_M,
            max_velocity_m_per_s: DEFAULT_MAX_VELOCITY_M_PER_S,
            roughness_mm: DEFAULT_ROUGHNESS_MM,
            pump_efficiency: DEFAULT_PUMP_EFFICIENCY,
        }
    }
}

/// The numeric fields: JSON name, unit, range, accessor.
type NumField = (
    &'static str,
    &'static str,
    (f64, f64),
    fn(&ConnectionParams) -> f64,
);

const NUM_FIELDS: [NumField; 5] = [
    ("length_km", "km", LENGTH_KM_RANGE, |p| p.length_km),
    (
        "max_pressure_gradient_pa_per_m",
        "Pa/m",
        MAX_GRADIENT_RANGE_PA_PER_M,
        |p| p.max_pressure_gradient_pa_per_m,
    ),
    (
        "max_velocity_m_per_s",
        "m/s",
        MAX_VELOCITY_RANGE_M_PER_S,
        |p| p.max_velocity_m_per_s,
    ),
    ("roughness_mm", "mm", ROUGHNESS_RANGE_MM, |p| p.roughness_mm),
    ("pump_efficiency", "share", PUMP_EFFICIENCY_RANGE, |p| {
        p.pump_efficiency
    }),
];

/// Clamps `x` into `(min, max)`; NaN gives `default`.
fn clamp_or(x: f64, (min, max): (f64, f64), default: f64) -> f64 {
    if x.is_nan() {
        default
    } else {
        x.clamp(min, max)
    }
}

/// `connection.series` from its JSON number: 1, 2 or 3, or a problem naming the field.
pub fn series_from_number(x: f64) -> Result<Series, Problem> {
    let (min, max) = SERIES_RANGE;
    let whole = x.fract() == 0.0 && (f64::from(min)..=f64::from(max)).contains(&x);
    // `whole` makes the cast exact (1.0, 2.0 or 3.0).
    match whole.then(|| Series::from_number(x as u8)).flatten() {
        Some(series) => Ok(series),
        None => Err(Problem::with_kind(
            "connection.series",
            format!("{x} is not an insulation series; allowed 1, 2 or 3"),
            ProblemKind::OutOfRange {
                month: None,
                value: Num(x),
                range: Range::new(f64::from(min), f64::from(max), "", true),
            },
        )),
    }
}

/// `connection.dn` from its JSON number (the caller maps `null` to `None` itself): a DN of
/// [`DN_LIST`], or a problem naming the field and the allowed DNs.
pub fn dn_from_number(x: f64) -> Result<u32, Problem> {
    DN_LIST
        .iter()
        .copied()
        .find(|&dn| f64::from(dn) == x)
        .ok_or_else(|| dn_problem(&x.to_string()))
}

fn dn_problem(given: &str) -> Problem {
    let list: Vec<String> = DN_LIST.iter().map(u32::to_string).collect();
    Problem::new(
        "connection.dn",
        format!(
            "DN{given} is not in the EN 253 catalogue; allowed null (automatic) or one of {}",
            list.join(", ")
        ),
    )
}

impl ConnectionParams {
    /// Every problem with these inputs, each naming the field (`connection.<field>`), the value
    /// and what is allowed; empty when all are valid.
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        for (name, unit, (min, max), get) in NUM_FIELDS {
            let x = get(self);
            if !(x.is_finite() && (min..=max).contains(&x)) {
                problems.push(Problem::with_kind(
                    format!("connection.{name}"),
                    format!("{x} is out of range; allowed {min} to {max} {unit}"),
                    ProblemKind::OutOfRange {
                        month: None,
                        value: Num(x),
                        range: Range::new(min, max, unit, false),
                    },
                ));
            }
        }
        if let Some(dn) = self.dn {
            if catalogue::by_dn(dn).is_none() {
                problems.push(dn_problem(&dn.to_string()));
            }
        }
        problems
    }

    /// A copy with every number inside its range (NaN → default) and a DN that is in the
    /// catalogue (the next larger, or DN600), for [`super::Connection::design`].
    pub(crate) fn clamped(&self) -> ConnectionParams {
        let dn = self.dn.map(|dn| {
            catalogue::CATALOGUE
                .iter()
                .find(|s| s.dn >= dn)
                .map_or(DN_LIST[DN_LIST.len() - 1], |s| s.dn)
        });
        ConnectionParams {
            length_km: clamp_or(self.length_km, LENGTH_KM_RANGE, DEFAULT_LENGTH_KM),
            dn,
            series: self.series,
            max_pressure_gradient_pa_per_m: clamp_or(
                self.max_pressure_gradient_pa_per_m,
                MAX_GRADIENT_RANGE_PA_PER_M,
                DEFAULT_MAX_GRADIENT_PA_PER_M,
            ),
            max_velocity_m_per_s: clamp_or(
                self.max_velocity_m_per_s,
                MAX_VELOCITY_RANGE_M_PER_S,
                DEFAULT_MAX_VELOCITY_M_PER_S,
            ),
            roughness_mm: clamp_or(self.roughness_mm, ROUGHNESS_RANGE_MM, DEFAULT_ROUGHNESS_MM),
            pump_efficiency: clamp_or(
                self.pump_efficiency,
                PUMP_EFFICIENCY_RANGE,
                DEFAULT_PUMP_EFFICIENCY,
            ),
        }
    }

    /// The sizing limits.
    pub fn limits(&self) -> Limits {
        Limits {
            max_gradient_pa_per_m: self.max_pressure_gradient_pa_per_m,
            max_velocity_m_per_s: self.max_velocity_m_per_s,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn series_and_dn_from_json_numbers() {
        assert_eq!(series_from_number(1.0), Ok(Series::S1));
        assert_eq!(series_from_number(3.0), Ok(Series::S3));
        for bad in [0.0, 2.5, 4.0, -1.0, f64::NAN, f64::INFINITY] {
            let p = series_from_number(bad).expect_err("not a series");
            assert_eq!(p.path, "connection.series");
        }
        assert_eq!(dn_from_number(200.0), Ok(200));
        let p = dn_from_number(199.5).expect_err("not a DN");
        assert_eq!(
            p.to_string(),
            "connection.dn: DN199.5 is not in the EN 253 catalogue; allowed null (automatic) or \
             one of 50, 65, 80, 100, 125, 150, 200, 250, 300, 350, 400, 450, 500, 600"
        );
        assert!(dn_from_number(f64::NAN).is_err());
    }
}

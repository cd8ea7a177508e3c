//! Validation of the weather section: the one-of of its sources, the synthetic year's ranges
//! and the built-in climates (MODEL.md §1).

use super::super::fields::{fmt_bound, fmt_num, quoted_list, MONTH_NAMES};
use super::super::given::WeatherSection;
use super::super::kind::{Num, ProblemKind, Range};
use super::super::Problem;
use crate::params::WeatherSpec;

/// Range of each monthly mean of a synthetic weather year, °C (MODEL.md §1.4).
pub const MONTHLY_MEAN_RANGE_C: (f64, f64) = (-50.0, 50.0);
/// Range of the diurnal amplitude of a synthetic weather year, K (MODEL.md §1.4).
pub const DIURNAL_AMPLITUDE_RANGE_K: (f64, f64) = (0.0, 20.0);
/// Default diurnal amplitude of a synthetic weather year, K (MODEL.md §1.4).
pub const DEFAULT_DIURNAL_AMPLITUDE_K: f64 = 4.0;
/// The built-in climate used when the scenario names no weather.
pub const DEFAULT_CLIMATE: &str = "po-valley";

/// Ids accepted for `weather.builtin`, from the weather module's catalogue.
pub(crate) fn climate_ids() -> Vec<&'static str> {
    crate::weather::climates().iter().map(|c| c.id).collect()
}

/// Whether `id` names a built-in climate (the one place that decides it).
fn known_climate(id: &str) -> bool {
    crate::weather::climates().iter().any(|c| c.id == id)
}

/// Checks a number against a range for the weather section.
fn weather_range(
    x: f64,
    (min, max): (f64, f64),
    unit: &'static str,
    month: Option<u8>,
) -> Option<(String, ProblemKind)> {
    (!(x.is_finite() && (min..=max).contains(&x))).then(|| {
        (
            format!(
                "{} is out of range; allowed {} to {} {unit}",
                fmt_num(x),
                fmt_bound(min),
                fmt_bound(max)
            ),
            ProblemKind::OutOfRange {
                month,
                value: Num(x),
                range: Range::new(min, max, unit, false),
            },
        )
    })
}

/// The weather source: absent or `{}` gives the default climate; otherwise exactly one key.
pub(super) fn validate_weather(w: &WeatherSection, problems: &mut Vec<Problem>) -> WeatherSpec {
    let before = problems.len();
    let given: Vec<&str> = [
        ("builtin", w.builtin.is_some()),
        ("epw_file", w.epw_file.is_some()),
        ("csv_file", w.csv_file.is_some()),
        ("monthly_means_c", w.monthly_means_c.is_some()),
    ]
    .into_iter()
    .filter_map(|(k, on)| on.then_some(k))
    .collect();
    if given.len() > 1 {
        problems.push(Problem::with_kind(
            "weather",
            format!(
                "gives {} weather sources ({}); give exactly one of builtin, epw_file, csv_file or monthly_means_c",
                given.len(),
                given.join(" and ")
            ),
            ProblemKind::WeatherSources {
                given: given.clone(),
            },
        ));
    }
    if let Some(id) = &w.builtin {
        if !known_climate(id) {
            problems.push(Problem::with_kind(
                "weather.builtin",
                format!(
                    "\"{}\" is not a built-in climate; allowed {}",
                    super::super::tree::shorten(id),
                    quoted_list(&climate_ids())
                ),
                ProblemKind::UnknownClimate {
                    value: super::super::tree::shorten(id),
                    choices: climate_ids(),
                },
            ));
        }
    }
    for (key, path) in [("epw_file", &w.epw_file), ("csv_file", &w.csv_file)] {
        if path.as_deref().is_some_and(|p| p.trim().is_empty()) {
            problems.push(Problem::with_kind(
                format!("weather.{key}"),
                "the file path is empty; give the file's path relative to the scenario file",
                ProblemKind::EmptyPath,
            ));
        }
    }
    if let Some(means) = &w.monthly_means_c {
        for ((x, month), number) in means.iter().zip(MONTH_NAMES).zip(1u8..) {
            if let Some((m, kind)) = weather_range(*x, MONTHLY_MEAN_RANGE_C, "°C", Some(number)) {
                problems.push(Problem::with_kind(
                    "weather.monthly_means_c",
                    format!("{month}: {m}"),
                    kind,
                ));
            }
        }
    }
    if let Some(a) = w.diurnal_amplitude_k {
        if w.monthly_means_c.is_none() && given.is_empty() {
            problems.push(Problem::with_kind(
                "weather.diurnal_amplitude_k",
                format!(
                    "{} is given without monthly_means_c; it only goes with monthly_means_c",
                    fmt_num(a)
                ),
                ProblemKind::AmplitudeWithoutMeans {
                    value: Num(a),
                    given: Vec::new(),
                },
            ));
        } else if w.monthly_means_c.is_none() {
            problems.push(Problem::with_kind(
                "weather.diurnal_amplitude_k",
                format!(
                    "{} is given with {}; it only goes with monthly_means_c",
                    fmt_num(a),
                    given.join(" and ")
                ),
                ProblemKind::AmplitudeWithoutMeans {
                    value: Num(a),
                    given: given.clone(),
                },
            ));
        }
        if let Some((m, kind)) = weather_range(a, DIURNAL_AMPLITUDE_RANGE_K, "K", None) {
            problems.push(Problem::with_kind("weather.diurnal_amplitude_k", m, kind));
        }
    }
    if problems.len() > before {
        return WeatherSpec::default();
    }
    match (&w.builtin, &w.epw_file, &w.csv_file, &w.monthly_means_c) {
        (Some(id), ..) => WeatherSpec::Builtin(id.clone()),
        (_, Some(p), ..) => WeatherSpec::EpwFile(p.clone()),
        (_, _, Some(p), _) => WeatherSpec::CsvFile(p.clone()),
        (.., Some(m)) => WeatherSpec::Monthly {
            monthly_means_c: *m,
            diurnal_amplitude_k: w.diurnal_amplitude_k.unwrap_or(DEFAULT_DIURNAL_AMPLITUDE_K),
        },
        _ => WeatherSpec::Builtin(DEFAULT_CLIMATE.to_string()),
    }
}

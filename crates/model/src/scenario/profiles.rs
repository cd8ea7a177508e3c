//! The four measured profiles of a scenario (docs/model/measured.md §9, issue 10): hourly
//! series that replace the model's own drivers where given.
//!
//! | input | driver | unit | allowed per hour |
//! |---|---|---|---|
//! | `data_centre.it_profile` | [`Driver::ItKw`] | kW | 0 – 10⁷ |
//! | `weather.outdoor_profile` | [`Driver::OutdoorC`] | °C | −90 – 70 |
//! | `network.demand_profile` | [`Driver::DemandKw`] | kW | 0 – 10⁷ |
//! | `network.supply_profile` | [`Driver::SupplyC`] | °C | 10 – 150, above `return_c + Δ` |
//!
//! Each is exactly 8,760 entries, a number or `null` (an hour without a measurement, which
//! keeps the model's value). Reading checks the types; validation checks the length, the
//! ranges and the supply's rule, names the input and the hour (with its date), and turns the
//! profiles into the scenario's [`Drivers`]. Not rows of the field table: the table's inputs
//! are single values.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::fields::{fmt_bound, fmt_num};
use super::given::Scenario;
use super::kind::{Num, ProblemKind, Range};
use super::parse::Parsed;
use super::tree::Json;
use super::{Expected, Problem};
use crate::drivers::{hour_label, Driver, Drivers};
use crate::network::ReturnCurve;
use crate::params::Params;
use crate::weather::HOURS;

/// Bad hours listed per input before the rest are counted in one line.
const LISTED: usize = 3;

/// The scenario input of a driver (`data_centre.it_profile`, …).
pub fn profile_path(driver: Driver) -> &'static str {
    match driver {
        Driver::ItKw => "data_centre.it_profile",
        Driver::OutdoorC => "weather.outdoor_profile",
        Driver::DemandKw => "network.demand_profile",
        Driver::SupplyC => "network.supply_profile",
    }
}

/// The driver whose scenario input is at `path`, if any.
pub(crate) fn driver_at(path: &str) -> Option<Driver> {
    Driver::ALL.into_iter().find(|d| profile_path(*d) == path)
}

impl Scenario {
    /// The profile given for `driver` (8,760 entries when valid; `None` entries are gaps).
    pub fn profile(&self, driver: Driver) -> Option<&[Option<f64>]> {
        match driver {
            Driver::ItKw => self.data_centre.it_profile.as_deref(),
            Driver::OutdoorC => self.weather.outdoor_profile.as_deref(),
            Driver::DemandKw => self.network.demand_profile.as_deref(),
            Driver::SupplyC => self.network.supply_profile.as_deref(),
        }
    }

    /// Sets (or with `None` removes) the profile of `driver` from a column where `NaN` is an
    /// hour without a measurement. Not checked here: [`Scenario::validate`] checks it.
    pub fn set_profile(&mut self, driver: Driver, column: Option<&[f64]>) {
        let given = column.map(|c| c.iter().map(|&x| (!x.is_nan()).then_some(x)).collect());
        put(self, driver, given);
    }

    /// Whether any of the four profiles is given.
    pub fn has_profiles(&self) -> bool {
        Driver::ALL.into_iter().any(|d| self.profile(d).is_some())
    }
}

/// Stores a profile as read.
pub(crate) fn put(s: &mut Scenario, driver: Driver, given: Option<Vec<Option<f64>>>) {
    match driver {
        Driver::ItKw => s.data_centre.it_profile = given,
        Driver::OutdoorC => s.weather.outdoor_profile = given,
        Driver::DemandKw => s.network.demand_profile = given,
        Driver::SupplyC => s.network.supply_profile = given,
    }
}

/// `path[h]`, the hour's date and what is expected, for messages.
fn at(path: &str, hour: usize) -> (String, String) {
    (format!("{path}[{hour}]"), hour_label(hour))
}

/// Reads a profile: an array of numbers or `null`s (`null` for the whole input = not given).
/// Lengths and ranges are checked by validation.
pub(crate) fn read_profile(
    p: &mut Parsed,
    driver: Driver,
    path: &str,
    value: &Json,
) -> Option<Vec<Option<f64>>> {
    let unit = driver.unit();
    let items = match value {
        Json::Null => return None,
        Json::Array(items) => items,
        other => {
            p.wrong_type(
                path,
                &format!("an array of 8,760 hourly values ({unit}) or null"),
                Expected::Number { unit },
                other,
            );
            return None;
        }
    };
    let mut out = Vec::with_capacity(items.len());
    let mut bad = 0;
    for (hour, item) in items.iter().enumerate() {
        match item {
            Json::Number(x) => out.push(Some(*x)),
            Json::Null => out.push(None),
            other => {
                bad += 1;
                if bad <= LISTED {
                    let (sub, date) = at(path, hour);
                    let found = other.given();
                    p.problem(
                        &sub,
                        format!(
                            "({date}): expected a number ({unit}) or null; got {}",
                            found.english()
                        ),
                        ProblemKind::WrongType {
                            expected: Expected::Number { unit },
                            found,
                        },
                    );
                }
            }
        }
    }
    if bad > LISTED {
        p.problem(
            path,
            format!("{} more hours are not a number or null", bad - LISTED),
            ProblemKind::Other,
        );
    }
    if bad > 0 {
        p.bad.insert(path.to_string());
        return None;
    }
    Some(out)
}

/// Checks the profiles given and returns them as the scenario's drivers (those with a problem
/// left out): each exactly 8,760 entries, each number finite and within [`Driver::range`], a
/// supply above the network's highest return `return_c + Δ` (unless a field it depends on
/// already has a problem: `bad`).
pub(crate) fn validate_profiles(
    s: &Scenario,
    params: &Params,
    bad: &BTreeSet<String>,
    problems: &mut Vec<Problem>,
) -> Drivers {
    let mut drivers = Drivers::none();
    for driver in Driver::ALL {
        let Some(given) = s.profile(driver) else {
            continue;
        };
        let path = profile_path(driver);
        if given.len() != HOURS {
            problems.push(Problem::with_kind(
                path,
                format!(
                    "has {} values; expected 8,760 (one per hour of the model year, null for an hour without a measurement)",
                    given.len()
                ),
                ProblemKind::WrongCount {
                    expected: Expected::Number { unit: driver.unit() },
                    found: given.len(),
                },
            ));
            continue;
        }
        let column: Vec<f64> = given.iter().map(|v| v.unwrap_or(f64::NAN)).collect();
        let before = problems.len();
        check_range(driver, &column, problems);
        if driver == Driver::SupplyC && problems.len() == before {
            let depends = [
                "network.return_c",
                "network.supply_min_c",
                "network.return_rise_k",
            ];
            if !depends.iter().any(|d| bad.contains(*d)) {
                check_supply(&column, params, problems);
            }
        }
        if problems.len() > before {
            continue;
        }
        // Cannot fail: the length and every value were checked above.
        if let Err(e) = drivers.set(driver, &column) {
            problems.push(Problem::new(path, e.to_string()));
        }
    }
    drivers
}

/// Every value finite and within the driver's range; the first [`LISTED`] hours outside named.
fn check_range(driver: Driver, column: &[f64], problems: &mut Vec<Problem>) {
    let (lo, hi) = driver.range();
    let unit = driver.unit();
    let path = profile_path(driver);
    let allowed = |x: f64| x.is_nan() || (x.is_finite() && (lo..=hi).contains(&x));
    let outside: Vec<usize> = (0..column.len()).filter(|&h| !allowed(column[h])).collect();
    for &hour in outside.iter().take(LISTED) {
        let (sub, date) = at(path, hour);
        let x = column[hour];
        problems.push(Problem::with_kind(
            sub,
            format!(
                "({date}): {} {unit} is out of range; allowed {} to {} {unit}",
                fmt_num(x),
                fmt_bound(lo),
                fmt_bound(hi)
            ),
            ProblemKind::OutOfRange {
                month: None,
                value: Num(x),
                range: Range::new(lo, hi, unit, false),
            },
        ));
    }
    if outside.len() > LISTED {
        problems.push(Problem::new(
            path,
            format!(
                "{} more hours are out of range; allowed {} to {} {unit}",
                outside.len() - LISTED,
                fmt_bound(lo),
                fmt_bound(hi)
            ),
        ));
    }
}

/// A measured supply above the highest hourly return `return_c + Δ` (docs/model/demand.md
/// §4), the rule of [`Drivers::check_against`], every hour checked.
fn check_supply(column: &[f64], params: &Params, problems: &mut Vec<Problem>) {
    let curve = ReturnCurve::from_params(&params.network);
    let highest = curve.design_c + curve.rise_k;
    let path = profile_path(Driver::SupplyC);
    let below: Vec<usize> = (0..column.len())
        .filter(|&h| column[h] <= highest)
        .collect();
    for &hour in below.iter().take(LISTED) {
        let (sub, date) = at(path, hour);
        problems.push(Problem::new(
            sub,
            format!(
                "({date}): {} °C is not above the network's highest return, {} °C (network.return_c + return rise); a supply temperature must be above it",
                fmt_num(column[hour]),
                fmt_num(highest)
            ),
        ));
    }
    if below.len() > LISTED {
        problems.push(Problem::new(
            path,
            format!(
                "{} more hours are not above the network's highest return, {} °C",
                below.len() - LISTED,
                fmt_num(highest)
            ),
        ));
    }
}

/// Schema of one profile.
pub(crate) fn profile_schema(driver: Driver) -> Value {
    let (lo, hi) = driver.range();
    let (title, replaces) = match driver {
        Driver::ItKw => ("Measured IT load profile", "the IT power P_it (utilisation × daily swing)"),
        Driver::OutdoorC => ("Measured outdoor temperature profile", "the weather source's outdoor temperature, beside any source"),
        Driver::DemandKw => ("Measured network demand profile", "the network's heat demand D (degree-hours, hot water, losses)"),
        Driver::SupplyC => ("Measured supply temperature profile", "the supply temperature of the curve; each value must also be above network.return_c + the return rise"),
    };
    json!({
        "type": "array",
        "minItems": HOURS,
        "maxItems": HOURS,
        "items": {
            "oneOf": [
                {"type": "number", "minimum": lo, "maximum": hi},
                {"type": "null"},
            ],
        },
        "title": title,
        "description": format!("Measured hourly values, {}, for hours 0–8,759 of the model year; null = no measurement (the model's own value). Replaces {replaces} in every hour given (docs/model/measured.md §9). Absent: not driven.", driver.unit()),
        "x-unit": driver.unit(),
    })
}

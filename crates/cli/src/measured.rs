//! Measured data on the command line: `compare` and `calibrate` (issue 10; the data side is
//! `heat-twin-measured`, specified in docs/model/measured.md).
//!
//! - `compare SCENARIO --measured FILE.csv [--measured FILE2.csv …]` prints
//!   `{"before": {SERIES: {"nmbe", "cv_rmse", "hours", "monthly": {…}}}, "files": […]}`: the
//!   ASHRAE Guideline 14 statistics of the scenario's year against each measured output.
//! - `calibrate SCENARIO --measured FILE.csv [--measured …] [--fit PATH[,PATH…]]` fits up to
//!   four numeric inputs (default: capture share, heat per home, network losses, heat-pump
//!   efficiency) by least squares with the bounded Nelder–Mead of `heat-twin-measured`, within
//!   each input's allowed range, starting from the scenario's own values, and prints
//!   `{"fitted": {PATH: value}, "before": {…}, "after": {…}, "scenario": {…}, …}` where
//!   `scenario` is the file's JSON with the fitted values written in.
//!
//! The objective is the sum over the measured outputs of their squared hourly CV(RMSE) with
//! `p = 0`, so that series of different sizes (kW of IT load, kW of heat, °C) weigh alike.
//! Measured drivers (docs/model/measured.md §9; `crate::drivers`) replace the scenario's
//! assumptions in the hours they are present: by default `it_kw` and `outdoor_c`, with
//! `--drive` any of those and `network_demand_kw`, `supply_c`, or `none`. A driven series is
//! still compared (its statistics are zero by construction) but never fitted; the JSON's
//! `"drivers"` says which series drove and how many hours.
//!
//! A bad file exits 2 with the loader's message, which names the line and the column; a good
//! file after a bad one is never needed, since nothing is written before every file has loaded.

use crate::commands::options;
use crate::drivers::{drive_list, driving, Driving};
use crate::instruments::evaluator;
use crate::Failure;
use heat_twin_measured::{
    load_csv, minimize, Bounds, Gof, LoadOptions, Measured, Options, Series, HOURLY_LIMITS,
    MONTHLY_LIMITS,
};
use heat_twin_model::instruments::{Bound, Evaluator};
use heat_twin_model::{Drivers, Hourly, Simulator};
use serde_json::{json, Map, Value};
use std::io::Write;

// The defaults, the limit and the pairing of measured series with the model's columns are the
// page's (its calibration runs in the worker): one definition of issue 10's contract.
use heat_twin_worker::calibrate::{modelled, DEFAULT_FIT, MAX_FIT};

/// How the files are read: by the contract's names, or with `--timestamp-column NAME` and
/// `--column HEADER=SERIES` (repeatable: then only the columns named are read, in every file;
/// docs/model/measured.md §1).
fn load_options(options: &[(&str, &str)]) -> Result<LoadOptions, Failure> {
    let mut o = LoadOptions::default();
    for (name, value) in options {
        match *name {
            "timestamp-column" => o.timestamp_column = Some(value.to_string()),
            "column" => {
                let (header, series) = value.rsplit_once('=').ok_or_else(|| {
                    Failure::Usage(format!("--column {value}: give HEADER=SERIES"))
                })?;
                let series = Series::from_name(series.trim()).ok_or_else(|| {
                    let all: Vec<&str> = Series::ALL.iter().map(|s| s.name()).collect();
                    Failure::Usage(format!(
                        "--column {value}: {series} is not a measured series; give one of {}",
                        all.join(", ")
                    ))
                })?;
                o.mapping.push(heat_twin_measured::ColumnMapping {
                    header: header.trim().to_string(),
                    series,
                    unit: None,
                });
            }
            _ => {}
        }
    }
    Ok(o)
}

/// Reads every `--measured` file; the later file wins for a series given twice. Every bad
/// file is reported (one line each, naming the file, the line and the column).
fn read_measured(files: &[&str], load: &LoadOptions) -> Result<Measured, Failure> {
    if files.is_empty() {
        return Err(Failure::Usage(
            "give at least one --measured FILE.csv".into(),
        ));
    }
    let mut problems = Vec::new();
    let mut all: Option<Measured> = None;
    for file in files {
        let bytes = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => {
                problems.push(format!("{file}: cannot read the measured file: {e}"));
                continue;
            }
        };
        match load_csv(&bytes, load) {
            Ok(m) => match all.as_mut() {
                Some(a) => a.merge(m),
                None => all = Some(m),
            },
            Err(e) => problems.push(format!("{file}: {e}")),
        }
    }
    match all {
        Some(m) if problems.is_empty() => Ok(m),
        _ => Err(Failure::Invalid(problems)),
    }
}

/// One statistic as JSON: a fraction, or null when undefined (e.g. a measured mean of zero).
fn gof_json(g: Option<Gof>, limits: &heat_twin_measured::Limits) -> Value {
    match g {
        Some(g) => json!({
            "nmbe": g.nmbe,
            "cv_rmse": g.cv_rmse,
            "points": g.n,
            "hours": g.hours,
            "within_guideline": g.within(limits),
        }),
        None => Value::Null,
    }
}

/// The statistics of a year against every measured series: `{SERIES: {"nmbe", "cv_rmse",
/// "hours", "missing_share", "monthly": {…}}}` (hourly figures at the top, as the contract has
/// them).
fn statistics(measured: &Measured, h: &Hourly) -> Map<String, Value> {
    let mut out = Map::new();
    for c in heat_twin_measured::compare(measured, |s| modelled(s, h)) {
        let mut entry = match gof_json(c.hourly, &HOURLY_LIMITS) {
            Value::Object(m) => m,
            _ => {
                let mut m = Map::new();
                m.insert("nmbe".into(), Value::Null);
                m.insert("cv_rmse".into(), Value::Null);
                m.insert("hours".into(), json!(c.hours_present));
                m
            }
        };
        entry.insert("missing_share".into(), json!(c.missing_share));
        entry.insert("monthly".into(), gof_json(c.monthly, &MONTHLY_LIMITS));
        out.insert(c.series.name().to_string(), Value::Object(entry));
    }
    out
}

/// The series the fit minimises over (see `heat_twin_measured::fitted_series`), less those
/// that drive the run (they equal the model's column wherever they are present).
fn fitted_series(measured: &Measured, driving: &Driving) -> Vec<Series> {
    heat_twin_measured::fitted_series(measured)
        .into_iter()
        .filter(|s| !driving.drives(*s))
        .collect()
}

/// The least-squares objective (see `heat_twin_measured::objective`).
fn objective(measured: &Measured, series: &[Series], h: &Hourly) -> f64 {
    heat_twin_measured::objective(measured, series, |s| modelled(s, h))
}

/// The scenario, the evaluator and the measured files of both commands.
struct Setup {
    path: String,
    eval: Evaluator,
    measured: Measured,
    driving: Driving,
}

fn setup(args: &[String], known: &[&str]) -> Result<(Setup, Vec<(String, String)>), Failure> {
    let (positional, options) = options(args, known)?;
    let path = match positional.as_slice() {
        [one] => *one,
        [] => return Err(Failure::Usage("no scenario file given".into())),
        _ => return Err(Failure::Usage("give one scenario file".into())),
    };
    let files: Vec<&str> = options
        .iter()
        .filter(|(n, _)| *n == "measured")
        .map(|(_, v)| *v)
        .collect();
    let mut problems = Vec::new();
    let eval = match evaluator(path) {
        Ok(e) => Some(e),
        Err(Failure::Invalid(lines)) => {
            problems.extend(lines);
            None
        }
        Err(other) => return Err(other),
    };
    let measured = match read_measured(&files, &load_options(&options)?) {
        Ok(m) => Some(m),
        Err(Failure::Invalid(lines)) => {
            problems.extend(lines);
            None
        }
        Err(other) => return Err(other),
    };
    let drive = options.iter().find(|(n, _)| *n == "drive").map(|(_, v)| *v);
    let asked = drive_list(drive)?;
    match (eval, measured) {
        (Some(eval), Some(measured)) if problems.is_empty() => {
            let driving = driving(&measured, &asked)?.with_scenario(eval.drivers());
            let rest = options
                .into_iter()
                .filter(|(n, _)| *n != "measured" && *n != "drive")
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect();
            Ok((
                Setup {
                    path: path.to_string(),
                    eval,
                    measured,
                    driving,
                },
                rest,
            ))
        }
        _ => Err(Failure::Invalid(problems)),
    }
}

/// Runs the year with `settings` on the measured `drivers` and hands its hourly columns to
/// `read`.
fn with_hourly<T>(
    eval: &Evaluator,
    settings: &[(Bound, f64)],
    drivers: &Drivers,
    sim: &mut Simulator,
    read: impl FnOnce(&Hourly) -> T,
) -> Result<T, Failure> {
    let scenario = eval
        .scenario_with(settings)
        .map_err(|e| Failure::Invalid(vec![e.to_string()]))?;
    let valid = scenario
        .validate()
        .map_err(|ps| Failure::Invalid(ps.iter().map(|p| p.to_string()).collect()))?;
    // Only the hourly columns are read: the run skips the summary (measured.md §8).
    let hourly = sim
        .run_driven_hourly(&valid.params, eval.weather(), drivers)
        .map_err(|e| Failure::Invalid(vec![e.to_string()]))?;
    Ok(read(hourly))
}

/// What the files held, for the reader: per series its column, unit, hours present and role.
fn files_json(measured: &Measured, driving: &Driving) -> Value {
    let series: Vec<Value> = measured
        .series
        .iter()
        .map(|s| {
            json!({
                "series": s.series.name(),
                "column": s.column,
                "hours_present": s.hours_present(),
                "missing_share": s.missing_share(),
                "role": if driving.drives(s.series) {
                    "driver (replaces the model's hours it is present in)"
                } else if s.series == Series::OutdoorC {
                    "compared with the weather in use (not driving)"
                } else {
                    "output"
                },
            })
        })
        .collect();
    json!({
        "series": series,
        "rows": measured.report.rows,
        "years": measured.report.years,
        "rows_wall_clock": measured.report.rows_wall_clock,
        "rows_with_offset": measured.report.rows_with_offset,
        "ignored_columns": measured.report.ignored_columns,
    })
}

fn print_json(value: &Value) -> Result<(), Failure> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    serde_json::to_writer_pretty(&mut out, value).map_err(|e| Failure::Io(e.to_string()))?;
    writeln!(out).map_err(|e| Failure::Io(e.to_string()))
}

/// `compare SCENARIO --measured FILE.csv [--measured …]`.
pub fn compare(args: &[String]) -> Result<(), Failure> {
    let (s, _) = setup(args, &["measured", "drive", "column", "timestamp-column"])?;
    let mut sim = Simulator::new();
    let drivers = &s.driving.drivers;
    let before = with_hourly(&s.eval, &[], drivers, &mut sim, |h| {
        statistics(&s.measured, h)
    })?;
    print_json(&json!({
        "before": before,
        "drivers": s.driving.json(),
        "measured": files_json(&s.measured, &s.driving),
        "limits": {
            "hourly": {"nmbe_abs": HOURLY_LIMITS.nmbe_abs, "cv_rmse": HOURLY_LIMITS.cv_rmse},
            "monthly": {"nmbe_abs": MONTHLY_LIMITS.nmbe_abs, "cv_rmse": MONTHLY_LIMITS.cv_rmse},
        },
    }))
}

/// The inputs to fit: `--fit` split on commas, or the defaults the field table has.
fn fit_inputs(given: Option<&str>) -> Result<Vec<Bound>, Failure> {
    let paths: Vec<&str> = match given {
        Some(list) => list
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect(),
        None => DEFAULT_FIT
            .iter()
            .copied()
            .filter(|p| Bound::new(p).is_ok())
            .take(MAX_FIT)
            .collect(),
    };
    if paths.is_empty() {
        return Err(Failure::Invalid(vec!["--fit: no input named".into()]));
    }
    if paths.len() > MAX_FIT {
        return Err(Failure::Invalid(vec![format!(
            "--fit: {} inputs given; at most {MAX_FIT} are fitted at once",
            paths.len()
        )]));
    }
    let mut problems = Vec::new();
    let mut bounds = Vec::new();
    for p in &paths {
        match Bound::new(p) {
            Ok(b) if b.max > b.min => bounds.push(b),
            Ok(_) => problems.push(format!("--fit {p}: its allowed range is a single value")),
            Err(e) => problems.push(format!("--fit {p}: {e}")),
        }
    }
    if problems.is_empty() {
        Ok(bounds)
    } else {
        Err(Failure::Invalid(problems))
    }
}

/// Writes `value` at `path` (`section.field`) into the scenario JSON.
fn write_path(doc: &mut Value, path: &str, value: f64) {
    let mut node = doc;
    let mut parts = path.split('.').peekable();
    while let Some(key) = parts.next() {
        let Value::Object(map) = node else { return };
        if parts.peek().is_none() {
            map.insert(key.to_string(), json!(value));
            return;
        }
        node = map
            .entry(key.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
    }
}

/// `calibrate SCENARIO --measured FILE.csv [--measured …] [--fit PATH[,PATH…]]`.
pub fn calibrate(args: &[String]) -> Result<(), Failure> {
    let (s, rest) = setup(
        args,
        &["measured", "fit", "drive", "column", "timestamp-column"],
    )?;
    let drivers = &s.driving.drivers;
    let fit_arg = rest
        .iter()
        .find(|(n, _)| n == "fit")
        .map(|(_, v)| v.as_str());
    let inputs = fit_inputs(fit_arg)?;
    let series = fitted_series(&s.measured, &s.driving);
    if series.is_empty() {
        return Err(Failure::Invalid(vec![
            "--measured: no measured output to fit (outdoor_c and the series that drive are not fitted)".into(),
        ]));
    }
    let mut sim = Simulator::new();
    let (before, before_f) = with_hourly(&s.eval, &[], drivers, &mut sim, |h| {
        (
            statistics(&s.measured, h),
            objective(&s.measured, &series, h),
        )
    })?;
    let start: Vec<f64> = inputs
        .iter()
        .map(|b| s.eval.base_value(b).clamp(b.min, b.max))
        .collect();
    let bounds: Vec<Bounds> = inputs
        .iter()
        .map(|b| Bounds {
            lo: b.min,
            hi: b.max,
        })
        .collect();
    let mut f = |x: &[f64]| -> f64 {
        let settings: Vec<(Bound, f64)> = inputs.iter().copied().zip(x.iter().copied()).collect();
        // A combination a cross-field rule refuses is a wall for the search.
        with_hourly(&s.eval, &settings, drivers, &mut sim, |h| {
            objective(&s.measured, &series, h)
        })
        .unwrap_or(f64::INFINITY)
    };
    let best = minimize(&mut f, &bounds, &start, Options::calibration(), |_| true)
        .map_err(|e| Failure::Invalid(vec![format!("--fit: {e}")]))?;
    let settings: Vec<(Bound, f64)> = inputs
        .iter()
        .copied()
        .zip(best.x.iter().copied())
        .map(|(b, x)| (b, if b.integer { x.round() } else { x }))
        .collect();
    let mut sim = Simulator::new();
    let after = with_hourly(&s.eval, &settings, drivers, &mut sim, |h| {
        statistics(&s.measured, h)
    })?;
    let text = std::fs::read_to_string(&s.path).map_err(|e| {
        Failure::Invalid(vec![format!("{}: cannot read the scenario: {e}", s.path)])
    })?;
    let mut doc: Value = serde_json::from_str(&text)
        .map_err(|e| Failure::Invalid(vec![format!("{}: {e}", s.path)]))?;
    let mut fitted = Map::new();
    for (b, x) in &settings {
        fitted.insert(b.path.to_string(), json!(x));
        write_path(&mut doc, b.path, *x);
    }
    let started: Map<String, Value> = inputs
        .iter()
        .zip(&start)
        .map(|(b, x)| (b.path.to_string(), json!(x)))
        .collect();
    print_json(&json!({
        "fitted": fitted,
        "start": started,
        "before": before,
        "after": after,
        "objective": {
            "what": "sum over the fitted series of hourly CV(RMSE)^2 (p = 0)",
            "series": series.iter().map(|s| s.name()).collect::<Vec<_>>(),
            "before": before_f,
            "after": best.f,
        },
        "drivers": s.driving.json(),
        "evaluations": best.evaluations,
        "stop": best.stop.map(|r| format!("{r:?}").to_lowercase()),
        "scenario": doc,
    }))
}

//! The planner's instruments on the command line: `seek`, `sweep`, `uncertainty` and `ranges`
//! (issue 9; the model side and every algorithm are in docs/model/instruments.md).
//!
//! Each command loads its scenario exactly as `simulate` does ([`crate::commands::load`]:
//! weather files relative to the scenario file, one line per problem), parses it once into the
//! typed scenario and runs the instrument on a [`heat_twin_model::instruments::Evaluator`].
//! Invalid input (an unknown or non-numeric input path, an unknown KPI, a value that is not a
//! number or is out of the field's range, an invalid scenario or ranges file) exits 2 with one
//! line per problem; a goal seek that does not meet its target exits 3 after printing its JSON.

use crate::commands::load;
use crate::Failure;
use heat_twin_model::instruments::{
    default_ranges, kpi_index, kpi_names, resolve_ranges, seek as seek_kpi, sweep as sweep_grid,
    uncertainty as monte_carlo, Bound, Distribution, Evaluator, Extremum, InstrumentError,
    RangeSpec, SeekOptions, SeekStatus, Sweep, SweepAxis, UncertaintyOptions, MAX_CELLS, MAX_RUNS,
    MAX_STEPS,
};
use heat_twin_model::scenario::{field, parse_scenario, FieldKind};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::io::Write;

/// Positional arguments and `--name value` pairs in the order given (names may repeat).
struct Args<'a> {
    positional: Vec<&'a str>,
    options: Vec<(&'a str, &'a str)>,
}

impl<'a> Args<'a> {
    /// Splits `args`; every option takes a value (the next argument, even if it starts with
    /// `-`, so `--target -5` works).
    fn parse(args: &'a [String], known: &[&str]) -> Result<Args<'a>, Failure> {
        let mut positional = Vec::new();
        let mut options = Vec::new();
        let mut it = args.iter();
        while let Some(a) = it.next() {
            if let Some(name) = a.strip_prefix("--") {
                if !known.contains(&name) {
                    return Err(Failure::Usage(format!("unknown option --{name}")));
                }
                let value = it
                    .next()
                    .ok_or_else(|| Failure::Usage(format!("--{name} needs a value")))?;
                options.push((name, value.as_str()));
            } else {
                positional.push(a.as_str());
            }
        }
        Ok(Args {
            positional,
            options,
        })
    }

    /// The one scenario path.
    fn scenario(&self) -> Result<&'a str, Failure> {
        match self.positional.as_slice() {
            [one] => Ok(one),
            [] => Err(Failure::Usage("no scenario file given".into())),
            _ => Err(Failure::Usage("give one scenario file".into())),
        }
    }

    /// The value of option `name` given at most once.
    fn one(&self, name: &str) -> Result<Option<&'a str>, Failure> {
        let mut found = self.options.iter().filter(|(n, _)| *n == name);
        let first = found.next().map(|(_, v)| *v);
        if found.next().is_some() {
            return Err(Failure::Usage(format!("--{name} given more than once")));
        }
        Ok(first)
    }
}

/// Problems found while reading the command line, reported together (one line each).
#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    fn push(&mut self, line: String) {
        self.0.push(line);
    }

    /// `Some(x)` if `r` is Ok, else records its lines.
    fn take<T>(&mut self, r: Result<T, Failure>) -> Option<T> {
        match r {
            Ok(x) => Some(x),
            Err(Failure::Invalid(lines)) => {
                self.0.extend(lines);
                None
            }
            Err(Failure::Usage(m) | Failure::Io(m) | Failure::NotReached(m)) => {
                self.0.push(m);
                None
            }
        }
    }

    fn finish(self) -> Result<(), Failure> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(Failure::Invalid(self.0))
        }
    }
}

/// An instrument error as the lines of an invalid-input failure.
fn invalid(e: InstrumentError) -> Failure {
    match e {
        InstrumentError::Scenario(problems) => {
            Failure::Invalid(problems.iter().map(ToString::to_string).collect())
        }
        other => Failure::Invalid(vec![other.to_string()]),
    }
}

/// A numeric input path, telling an unknown path from a field that is not a number.
fn input(path: &str) -> Result<Bound, Failure> {
    match field(path) {
        None => Err(Failure::Invalid(vec![format!(
            "--input {path}: no such scenario field (see `heat-twin-cli schema`)"
        )])),
        Some(spec)
            if !matches!(
                spec.kind,
                FieldKind::Number { .. } | FieldKind::Integer { .. }
            ) =>
        {
            Err(Failure::Invalid(vec![format!(
                "--input {path}: not a numeric field, so it cannot be an instrument's input"
            )]))
        }
        Some(_) => Bound::new(path).map_err(invalid),
    }
}

/// A summary field name.
fn kpi(name: &str) -> Result<&str, Failure> {
    kpi_index(name).map(|_| name).map_err(|_| {
        Failure::Invalid(vec![format!(
            "--kpi {name}: not a summary field; allowed: {}",
            kpi_names().join(", ")
        )])
    })
}

/// A finite number given as option `name`.
fn number(name: &str, value: &str) -> Result<f64, Failure> {
    match value.trim().parse::<f64>() {
        Ok(x) if x.is_finite() => Ok(x),
        Ok(x) => Err(Failure::Invalid(vec![format!(
            "--{name} {value}: {x} is not a finite number"
        )])),
        Err(_) => Err(Failure::Invalid(vec![format!(
            "--{name} {value}: not a number"
        )])),
    }
}

/// A whole number `min..=max` given as option `name`.
fn count(name: &str, value: &str, min: u64, max: u64) -> Result<u64, Failure> {
    match value.trim().parse::<u64>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(Failure::Invalid(vec![format!(
            "--{name} {value}: give a whole number {min} to {max}"
        )])),
    }
}

/// The evaluator of a scenario file: loaded and its weather read exactly as `simulate` does,
/// then parsed once into the typed scenario.
pub(crate) fn evaluator(path: &str) -> Result<Evaluator, Failure> {
    let loaded = load(path)?;
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::Invalid(vec![format!("{path}: cannot read the scenario: {e}")]))?;
    let scenario = parse_scenario(&text)
        .map_err(|problems| Failure::Invalid(problems.iter().map(|p| p.to_string()).collect()))?;
    Evaluator::new(scenario, loaded.t_out_c).map_err(invalid)
}

fn print_json(value: &impl serde::Serialize) -> Result<(), Failure> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    serde_json::to_writer_pretty(&mut out, value).map_err(|e| Failure::Io(e.to_string()))?;
    writeln!(out).map_err(|e| Failure::Io(e.to_string()))
}

fn write_file(file: &str, text: &str) -> Result<(), Failure> {
    std::fs::write(file, text).map_err(|e| Failure::Io(format!("cannot write {file}: {e}")))
}

/// `seek SCENARIO --input PATH --kpi FIELD --target X [--from A --to B]`: prints
/// `{"input","kpi","target","status","value","achieved","tolerance"}` (plus `samples` when
/// the KPI is not monotonic); exit 0 when found, 3 when not.
pub fn seek(args: &[String]) -> Result<(), Failure> {
    let a = Args::parse(args, &["input", "kpi", "target", "from", "to"])?;
    let path = a.scenario()?;
    let mut problems = Problems::default();
    let required = |name: &str| -> Result<&str, Failure> {
        a.one(name)?
            .ok_or_else(|| Failure::Usage(format!("seek needs --{name}")))
    };
    let (input_path, kpi_name, target_text) =
        (required("input")?, required("kpi")?, required("target")?);
    let bound = problems.take(input(input_path));
    let kpi_name = problems.take(kpi(kpi_name));
    let target = problems.take(number("target", target_text));
    let mut range = (None, None);
    for (name, slot) in [("from", &mut range.0), ("to", &mut range.1)] {
        if let Some(v) = a.one(name)? {
            *slot = problems.take(number(name, v));
        }
    }
    let eval = problems.take(evaluator(path));
    problems.finish()?;
    let (Some(bound), Some(kpi_name), Some(target), Some(mut eval)) =
        (bound, kpi_name, target, eval)
    else {
        return Err(Failure::Invalid(vec!["seek: invalid arguments".into()]));
    };
    let options = SeekOptions {
        range: match range {
            (None, None) => None,
            (from, to) => Some((from.unwrap_or(bound.min), to.unwrap_or(bound.max))),
        },
        ..SeekOptions::default()
    };
    let result = seek_kpi(&mut eval, bound.path, kpi_name, target, options, |_, _| {
        true
    })
    .map_err(invalid)?;
    let mut out = serde_json::to_value(&result).map_err(|e| Failure::Io(e.to_string()))?;
    if let Value::Object(map) = &mut out {
        map.insert("tolerance".into(), json!(result.tolerance));
    }
    print_json(&out)?;
    match result.status {
        SeekStatus::Found => Ok(()),
        SeekStatus::Unreachable => Err(Failure::NotReached(format!(
            "{} = {target} is out of reach for {} in this range",
            result.kpi, result.input
        ))),
        SeekStatus::NotMonotonic => Err(Failure::NotReached(format!(
            "{} rises and falls as {} varies: see the samples",
            result.kpi, result.input
        ))),
    }
}

/// The axes of a sweep: each `--input` opens an axis, and the `--from`, `--to` and `--steps`
/// after it belong to it.
fn axes(a: &Args<'_>, problems: &mut Problems) -> Result<Vec<SweepAxis>, Failure> {
    type Partial<'s> = (&'s str, [Option<&'s str>; 3]);
    let mut groups: Vec<Partial<'_>> = Vec::new();
    for &(name, value) in &a.options {
        let slot = match name {
            "input" => {
                groups.push((value, [None; 3]));
                continue;
            }
            "from" => 0,
            "to" => 1,
            "steps" => 2,
            _ => continue,
        };
        let Some((input, parts)) = groups.last_mut() else {
            return Err(Failure::Usage(format!("--{name} comes before any --input")));
        };
        if parts[slot].replace(value).is_some() {
            return Err(Failure::Usage(format!(
                "--{name} given twice for --input {input}"
            )));
        }
    }
    if groups.is_empty() || groups.len() > 2 {
        return Err(Failure::Usage(format!(
            "a sweep takes one or two --input (each with --from, --to, --steps); {} given",
            groups.len()
        )));
    }
    let mut out = Vec::with_capacity(groups.len());
    for (input_path, parts) in groups {
        let [Some(from), Some(to), Some(steps)] = parts else {
            return Err(Failure::Usage(format!(
                "--input {input_path} needs --from, --to and --steps after it"
            )));
        };
        let bound = problems.take(input(input_path));
        let from = problems.take(number("from", from));
        let to = problems.take(number("to", to));
        let steps = problems.take(count("steps", steps, 1, MAX_STEPS as u64));
        if let Some(bound) = bound {
            for (name, x) in [("from", from), ("to", to)] {
                if let Some(Err(e)) = x.map(|x| bound.snap(x)) {
                    problems.push(format!("--{name}: {e}"));
                }
            }
        }
        if let (Some(bound), Some(from), Some(to), Some(steps)) = (bound, from, to, steps) {
            out.push(SweepAxis {
                input: bound.path.to_string(),
                from,
                to,
                steps: usize::try_from(steps).unwrap_or(1),
            });
        }
    }
    Ok(out)
}

/// The cell with the smallest or largest value of `kpi`, as `{"inputs":{…},"value"}`.
fn extreme_cell(sweep: &Sweep, k: usize, extremum: Extremum) -> Value {
    let Some(name) = sweep.kpis.get(k) else {
        return Value::Null;
    };
    match sweep.best(name, extremum).and_then(|i| sweep.cells.get(i)) {
        Some(cell) => {
            let inputs: Map<String, Value> = sweep
                .axes
                .iter()
                .zip(&cell.inputs)
                .map(|(axis, x)| (axis.input.clone(), json!(x)))
                .collect();
            json!({ "inputs": inputs, "value": cell.kpis.get(k).copied().flatten() })
        }
        None => Value::Null,
    }
}

/// `sweep SCENARIO --input PATH --from A --to B --steps N [--input PATH2 …] --kpi F[,F…]
/// [--csv FILE]`: the CSV of the cells to FILE or standard output; with `--csv`, standard
/// output gets a JSON digest (cells, invalid cells, the scenario's own values of the inputs,
/// and for each KPI the cells where it is smallest and largest).
pub fn sweep(args: &[String]) -> Result<(), Failure> {
    let a = Args::parse(args, &["input", "from", "to", "steps", "kpi", "csv"])?;
    let path = a.scenario()?;
    let kpi_list = a
        .one("kpi")?
        .ok_or_else(|| Failure::Usage("sweep needs --kpi FIELD[,FIELD…]".into()))?;
    let csv = a.one("csv")?;
    let mut problems = Problems::default();
    let axes = axes(&a, &mut problems)?;
    let kpis: Vec<&str> = kpi_list
        .split(',')
        .map(str::trim)
        .filter_map(|k| problems.take(kpi(k)))
        .collect();
    let cells: u64 = axes.iter().map(|x| x.steps as u64).product();
    if cells > MAX_CELLS as u64 {
        problems.push(format!(
            "--steps: {cells} cells in all; allowed at most {MAX_CELLS}"
        ));
    }
    let eval = problems.take(evaluator(path));
    problems.finish()?;
    let Some(mut eval) = eval else {
        return Err(Failure::Invalid(vec!["sweep: invalid arguments".into()]));
    };
    let result = sweep_grid(&mut eval, &axes, &kpis, |_, _| true).map_err(invalid)?;
    let invalid_cells: Vec<&str> = result
        .cells
        .iter()
        .filter_map(|c| c.problem.as_deref())
        .collect();
    let Some(file) = csv else {
        if let Some(first) = invalid_cells.first() {
            eprintln!(
                "heat-twin-cli: {} of {} cells are invalid scenarios (empty KPI fields), e.g. {first}",
                invalid_cells.len(),
                result.cells.len()
            );
        }
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        return out
            .write_all(result.to_csv().as_bytes())
            .map_err(|e| Failure::Io(e.to_string()));
    };
    write_file(file, &result.to_csv())?;
    let scenario: Map<String, Value> = axes
        .iter()
        .filter_map(|axis| Bound::new(&axis.input).ok())
        .map(|b| (b.path.to_string(), json!(eval.base_value(&b))))
        .collect();
    let best: Map<String, Value> = result
        .kpis
        .iter()
        .enumerate()
        .map(|(k, name)| {
            let min = extreme_cell(&result, k, Extremum::Min);
            let max = extreme_cell(&result, k, Extremum::Max);
            (name.clone(), json!({ "min": min, "max": max }))
        })
        .collect();
    print_json(&json!({
        "csv": file,
        "cells": result.cells.len(),
        "invalid_cells": invalid_cells.len(),
        "first_problem": invalid_cells.first(),
        "scenario": scenario,
        "best": best,
    }))
}

/// `uncertainty SCENARIO [--runs N] [--seed S] [--ranges FILE] [--kpi FIELD]
/// [--distribution triangular|uniform] [--sampling independent|latin-hypercube]
/// [--samples FILE]`: prints `{"runs","seed","percentiles","tornado"}`.
pub fn uncertainty(args: &[String]) -> Result<(), Failure> {
    let a = Args::parse(
        args,
        &[
            "runs",
            "seed",
            "ranges",
            "kpi",
            "distribution",
            "sampling",
            "samples",
        ],
    )?;
    let path = a.scenario()?;
    let mut problems = Problems::default();
    let mut options = UncertaintyOptions::default();
    if let Some(v) = a.one("runs")? {
        if let Some(n) = problems.take(count("runs", v, 1, MAX_RUNS as u64)) {
            options.runs = usize::try_from(n).unwrap_or(1);
        }
    }
    if let Some(v) = a.one("seed")? {
        if let Some(s) = problems.take(count("seed", v, 0, u64::MAX)) {
            options.seed = s;
        }
    }
    if let Some(v) = a.one("kpi")? {
        if let Some(k) = problems.take(kpi(v)) {
            options.tornado_kpi = k.to_string();
        }
    }
    match a.one("distribution")? {
        None | Some("triangular") => {}
        Some("uniform") => options.distribution = Distribution::Uniform,
        Some(other) => problems.push(format!(
            "--distribution {other}: allowed triangular or uniform"
        )),
    }
    match a.one("sampling")? {
        None | Some("independent") => {}
        Some("latin-hypercube") => options.latin_hypercube = true,
        Some(other) => problems.push(format!(
            "--sampling {other}: allowed independent or latin-hypercube"
        )),
    }
    let specs = match a.one("ranges")? {
        Some(file) => problems.take(read_ranges(file)),
        None => None,
    };
    let eval = problems.take(evaluator(path));
    problems.finish()?;
    let Some(mut eval) = eval else {
        return Err(Failure::Invalid(vec![
            "uncertainty: invalid arguments".into()
        ]));
    };
    let ranges = match specs {
        Some(specs) => resolve_ranges(&eval, &specs)
            .map_err(|e| Failure::Invalid(vec![format!("--ranges: {e}")]))?,
        None => default_ranges(&eval),
    };
    let result = monte_carlo(&mut eval, &ranges, &options, |_, _| true).map_err(invalid)?;
    if let Some(file) = a.one("samples")? {
        write_file(file, &result.samples.to_csv())?;
    }
    print_json(&result)
}

/// A ranges file `{PATH: {"low","likely"?,"high","source"?}}`.
fn read_ranges(file: &str) -> Result<BTreeMap<String, RangeSpec>, Failure> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| Failure::Invalid(vec![format!("--ranges {file}: cannot read: {e}")]))?;
    serde_json::from_str(&text).map_err(|e| {
        Failure::Invalid(vec![format!(
            "--ranges {file}: {e}; expected {{PATH: {{\"low\", \"likely\", \"high\", \"source\"}}}}"
        )])
    })
}

/// `ranges SCENARIO`: the ranges in force for the scenario, `{PATH: {"low","likely","high",
/// "source"}}` (`likely` is the scenario's own value), usable as `uncertainty --ranges`.
pub fn ranges(args: &[String]) -> Result<(), Failure> {
    let a = Args::parse(args, &[])?;
    let eval = evaluator(a.scenario()?)?;
    print_json(&default_ranges(&eval))
}

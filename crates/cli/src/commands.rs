//! The subcommands of heat-twin-cli.

use crate::Failure;
use heat_twin_model::params::Params;
use heat_twin_model::project::{life_summary, run_project};
use heat_twin_model::scenario::{json_schema, load_scenario, ValidScenario};
use heat_twin_model::weather::{climates as all_climates, load_weather, ClimateKind};
use heat_twin_model::Simulator;
use serde_json::json;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// A scenario read, validated and with its weather loaded.
pub(crate) struct Loaded {
    pub(crate) scenario: ValidScenario,
    pub(crate) t_out_c: Vec<f64>,
}

/// Positional arguments, and `--name value` pairs.
pub(crate) type Parsed<'a> = (Vec<&'a str>, Vec<(&'a str, &'a str)>);

/// Splits `args` into positional arguments and `--flag value` options.
pub(crate) fn options<'a>(args: &'a [String], known: &[&str]) -> Result<Parsed<'a>, Failure> {
    let mut positional = Vec::new();
    let mut opts = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if let Some(name) = a.strip_prefix("--") {
            if !known.contains(&name) {
                return Err(Failure::Usage(format!("unknown option --{name}")));
            }
            let value = it
                .next()
                .ok_or_else(|| Failure::Usage(format!("--{name} needs a value")))?;
            opts.push((name, value.as_str()));
        } else {
            positional.push(a.as_str());
        }
    }
    Ok((positional, opts))
}

/// The one scenario path of a command.
fn scenario_path<'a>(positional: &[&'a str]) -> Result<&'a str, Failure> {
    match positional {
        [one] => Ok(one),
        [] => Err(Failure::Usage("no scenario file given".into())),
        _ => Err(Failure::Usage("give one scenario file".into())),
    }
}

/// Reads and validates a scenario, then loads its weather (files relative to the scenario).
pub(crate) fn load(path: &str) -> Result<Loaded, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::Invalid(vec![format!("{path}: cannot read the scenario: {e}")]))?;
    let scenario = load_scenario(&text)
        .map_err(|problems| Failure::Invalid(problems.iter().map(|p| p.to_string()).collect()))?;
    let base: PathBuf = Path::new(path)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let t_out_c = load_weather(&scenario.weather, |file| {
        std::fs::read(base.join(file)).map_err(|e| e.to_string())
    })
    .map_err(|e| Failure::Invalid(vec![e.to_string()]))?;
    Ok(Loaded { scenario, t_out_c })
}

fn print_json(value: &serde_json::Value) -> Result<(), Failure> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    serde_json::to_writer_pretty(&mut out, value).map_err(|e| Failure::Io(e.to_string()))?;
    writeln!(out).map_err(|e| Failure::Io(e.to_string()))
}

/// `simulate SCENARIO.json [--hourly FILE.csv]`: on the scenario's measured profiles when it
/// has any (then with `"drivers"`).
pub fn simulate(args: &[String]) -> Result<(), Failure> {
    let (positional, opts) = options(args, &["hourly", "drivers", "drive"])?;
    let loaded = load(scenario_path(&positional)?)?;
    let opt = |name: &str| opts.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
    match (opt("drivers"), opt("drive")) {
        // Measured drivers (docs/model/measured.md §9).
        (Some(file), drive) => {
            let out = crate::drivers::simulate_driven(&loaded, file, drive, opt("hourly"))?;
            return print_json(&out);
        }
        (None, Some(_)) => {
            return Err(Failure::Usage(
                "--drive needs --drivers FILE.csv (the measured file)".into(),
            ))
        }
        (None, None) => {}
    }
    let mut sim = Simulator::new();
    let (results, life) = run_project(&loaded.scenario, &loaded.t_out_c, &mut sim);
    if let Some((_, file)) = opts.iter().find(|(n, _)| *n == "hourly") {
        let f = std::fs::File::create(file)
            .map_err(|e| Failure::Io(format!("cannot create {file}: {e}")))?;
        results
            .write_hourly_csv(std::io::BufWriter::new(f))
            .map_err(|e| Failure::Io(format!("cannot write {file}: {e}")))?;
    }
    // The summary: the design year's figures, then the project's life (docs/model/life.md §3).
    let mut summary = match serde_json::to_value(results.summary) {
        Ok(serde_json::Value::Object(map)) => map,
        _ => serde_json::Map::new(),
    };
    summary.extend(life_summary(&life));
    let mut out = json!({
        "name": loaded.scenario.name,
        "summary": summary,
        "years": life.years,
        "monthly": results.monthly,
        "warnings": results.warnings(),
        "published": published_gaps(&loaded.scenario.published, &results.summary),
    });
    // The scenario's measured profiles (docs/model/measured.md §9): which drove, how many hours.
    if !loaded.scenario.drivers.is_empty() {
        let driving = crate::drivers::Driving::none().with_scenario(&loaded.scenario.drivers);
        out["drivers"] = driving.json();
    }
    print_json(&out)
}

/// The scenario's published figures beside the model's (MODEL.md §10): for each one,
/// `{"field", "published", "model", "gap", "gap_share"}` with `gap = model − published` and
/// `gap_share = gap / published` (null when the published figure is 0 or the model's is null).
pub fn published_gaps(
    published: &std::collections::BTreeMap<String, f64>,
    summary: &heat_twin_model::Summary,
) -> serde_json::Value {
    let model = serde_json::to_value(summary).unwrap_or_default();
    let rows: Vec<serde_json::Value> = published
        .iter()
        .map(|(field, &want)| {
            let got = model.get(field).and_then(serde_json::Value::as_f64);
            let gap = got.map(|g| g - want);
            json!({
                "field": field,
                "published": want,
                "model": got,
                "gap": gap,
                "gap_share": gap.filter(|_| want != 0.0).map(|g| g / want),
            })
        })
        .collect();
    serde_json::Value::Array(rows)
}

/// `validate SCENARIO.json`: every problem, or a one-line confirmation.
pub fn validate(args: &[String]) -> Result<(), Failure> {
    let (positional, _) = options(args, &[])?;
    let path = scenario_path(&positional)?;
    let loaded = load(path)?;
    let name = if loaded.scenario.name.is_empty() {
        path
    } else {
        &loaded.scenario.name
    };
    println!("valid: {name} ({} hours of weather)", loaded.t_out_c.len());
    Ok(())
}

/// `bench SCENARIO.json [--runs N]`: the annual simulation alone, weather loaded and inputs
/// validated, after one warm-up run; median and 95th percentile in microseconds.
pub fn bench(args: &[String]) -> Result<(), Failure> {
    let (positional, opts) = options(args, &["runs"])?;
    let runs: usize = match opts.iter().find(|(n, _)| *n == "runs") {
        Some((_, v)) => match v.parse() {
            Ok(n) if (1..=1_000_000).contains(&n) => n,
            _ => {
                return Err(Failure::Usage(format!(
                    "--runs {v}: give a whole number 1 to 1,000,000"
                )))
            }
        },
        None => 200,
    };
    let loaded = load(scenario_path(&positional)?)?;
    let params: Params = loaded.scenario.params;
    let mut sim = Simulator::new();
    let mut sink = sim.run(&params, &loaded.t_out_c).summary.heat_delivered_mwh;
    let mut times_us: Vec<f64> = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        let r = sim.run(&params, &loaded.t_out_c);
        sink += r.summary.heat_delivered_mwh;
        times_us.push(start.elapsed().as_secs_f64() * 1e6);
    }
    times_us.sort_unstable_by(f64::total_cmp);
    let pick = |q: f64| times_us[((runs as f64 - 1.0) * q).round() as usize];
    std::hint::black_box(sink);
    print_json(&json!({ "runs": runs, "median_us": pick(0.5), "p95_us": pick(0.95) }))
}

/// `climates [--json]`: the built-in climates with their sources.
pub fn climates(args: &[String]) -> Result<(), Failure> {
    let as_json = match args {
        [] => false,
        [flag] if flag == "--json" => true,
        _ => return Err(Failure::Usage("climates takes only --json".into())),
    };
    if as_json {
        let list: Vec<_> = all_climates()
            .iter()
            .map(|c| {
                json!({
                    "id": c.id, "name": c.name, "country": c.country,
                    "kind": match c.kind { ClimateKind::Tmy => "tmy", ClimateKind::Synthetic => "synthetic" },
                    "monthly_means_c": c.monthly_means_c, "diurnal_amplitude_k": c.diurnal_amplitude_k,
                    "station": c.station, "period": c.period, "source": c.source,
                    "design_temperature_c": c.design_temperature_c, "design_source": c.design_source,
                    "design_assumed": c.design_assumed, "utc_offset_h": c.utc_offset_h,
                    "cold_spell": c.cold_spell.map(|s| json!({
                        "start_day": s.start_day, "days": s.days, "dates": s.label(),
                        "core_mean_c": s.core_mean_c, "diurnal_amplitude_k": s.diurnal_amplitude_k,
                    })),
                })
            })
            .collect();
        return print_json(&serde_json::Value::Array(list));
    }
    for c in all_climates() {
        let kind = match c.kind {
            ClimateKind::Tmy => "typical meteorological year",
            ClimateKind::Synthetic => "synthetic year from monthly normals",
        };
        let mean = c.monthly_means_c.iter().sum::<f64>() / 12.0;
        println!(
            "{:<12} {}, {} — {kind}, annual mean {mean:.1} °C",
            c.id, c.name, c.country
        );
        println!("{:<12} station: {}; period: {}", "", c.station, c.period);
        println!("{:<12} source: {}", "", c.source);
        let spell = c
            .cold_spell
            .map_or("none (the year reaches it)".into(), |s| s.label());
        println!(
            "{:<12} design {} °C{}: {}; cold spell {spell}; UTC{:+}",
            "",
            c.design_temperature_c,
            if c.design_assumed { " (assumed)" } else { "" },
            c.design_source,
            c.utc_offset_h
        );
    }
    Ok(())
}

/// `schema`: the JSON Schema of a scenario, generated from the model's field table.
pub fn schema(args: &[String]) -> Result<(), Failure> {
    if !args.is_empty() {
        return Err(Failure::Usage("schema takes no arguments".into()));
    }
    print_json(&json_schema())
}

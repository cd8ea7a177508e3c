//! heat-twin-cli: the model on the command line.
//!
//! ```text
//! heat-twin-cli simulate SCENARIO.json [--hourly FILE.csv]   results as JSON (MODEL.md §10)
//!     [--drivers FILE.csv [--drive SERIES[,SERIES…]]]       on measured drivers
//! heat-twin-cli validate SCENARIO.json                       check a scenario and its weather
//! heat-twin-cli bench SCENARIO.json [--runs N]               time the annual simulation
//! heat-twin-cli climates [--json]                            the built-in climates and sources
//! heat-twin-cli schema [--portfolio]                         JSON Schema of a scenario (or portfolio)
//! heat-twin-cli portfolio PORTFOLIO.json [--sites FILE.csv]  run a portfolio (docs/model/portfolio.md §9)
//! heat-twin-cli seek SCENARIO.json --input PATH --kpi FIELD --target X [--from A --to B]
//! heat-twin-cli sweep SCENARIO.json --input PATH --from A --to B --steps N
//!     [--input PATH2 --from A2 --to B2 --steps N2] --kpi FIELD[,FIELD…] [--csv FILE.csv]
//! heat-twin-cli uncertainty SCENARIO.json [--runs N] [--seed S] [--ranges FILE.json]
//!     [--kpi FIELD] [--distribution triangular|uniform]
//!     [--sampling independent|latin-hypercube] [--samples FILE.csv]
//! heat-twin-cli ranges SCENARIO.json                         uncertain inputs in force
//! heat-twin-cli compare SCENARIO.json --measured FILE.csv    model against measurement
//! heat-twin-cli calibrate SCENARIO.json --measured FILE.csv [--fit PATH[,PATH…]]
//!     (both: [--drive SERIES[,SERIES…]|none], default it_kw,outdoor_c)
//! ```
//! Measured drivers (docs/model/measured.md §9): `--drive` names the measured series that
//! replace the model's IT load, weather, demand or supply temperature in the hours they are
//! present (`it_kw`, `outdoor_c`, `network_demand_kw`, `supply_c`); the output's `"drivers"`
//! says which drove and how many hours. A scenario's own measured profiles
//! (`data_centre.it_profile`, …) drive `simulate`, `compare` and `calibrate` too; a series a
//! file drives overrides the scenario's profile of that series (`"source"`: `"file"` or
//! `"scenario"`).
//! `compare` prints `{"before": {SERIES: {"nmbe","cv_rmse","hours","monthly",…}}}` (ASHRAE
//! Guideline 14, fractions, hourly); `calibrate` fits up to four numeric inputs to the measured
//! outputs and prints `{"fitted","before","after","scenario",…}` (see `measured.rs`).
//! The instruments (docs/model/instruments.md) take any numeric scenario field as an input
//! (its path, e.g. `data_centre.racks`) and any summary field as a KPI (e.g.
//! `homes_equivalent`):
//! - `seek` prints `{"input","kpi","target","status","value","achieved","tolerance"}`;
//!   `status` is `found` (exit 0), `unreachable` (exit 3; `value`/`achieved` are the closest
//!   reachable) or `not_monotonic` (exit 3, with the sampled `samples`). `--from`/`--to`
//!   narrow the search range (default: the field's allowed range). Example:
//!   `heat-twin-cli seek s.json --input data_centre.racks --kpi homes_equivalent --target 5000`.
//! - `sweep` writes CSV, one column per input then one per KPI, one row per cell (the first
//!   input varies slowest; an empty field where a cell's scenario is invalid or a KPI null),
//!   to standard output, or to FILE with `--csv`; then standard output gets a JSON digest
//!   `{"csv","cells","invalid_cells","first_problem","scenario","best"}`, where `scenario`
//!   holds the scenario's own input values and `best` for each KPI the cells with its
//!   smallest and largest value (`{"min":{"inputs","value"},"max":…}`).
//! - `uncertainty` prints `{"runs","seed","percentiles":{FIELD:{"p10","p50","p90"}},
//!   "tornado":[{"input","low","high","kpi_low","kpi_high"}]}` (plus `failed_runs` when some
//!   drawn scenarios were invalid); defaults: 1,000 runs, seed 1, triangular, independent
//!   draws, tornado of `co2_avoided_t`. `--ranges FILE` replaces the built-in ranges by the
//!   file's `{PATH: {"low","likely","high","source"}}` (`likely` defaults to the scenario's
//!   value, `source` to "user"); `--samples FILE` writes every run's draws and summary as CSV.
//! - `ranges` prints the built-in ranges around the scenario's own values in that same form,
//!   so its output is a starting point for `--ranges`.
//!
//! Weather files named by a scenario are read relative to the scenario file.
//! Invalid input exits with status 2 and one line per problem on standard error, naming the
//! field (or file line), the value and what is allowed. A goal seek that misses its target
//! exits with status 3 after printing its answer.

mod commands;
mod drivers;
mod instruments;
mod measured;
mod portfolio;

use std::process::ExitCode;

/// How a command failed.
pub enum Failure {
    /// The user's input is invalid: one line per problem; exit status 2.
    Invalid(Vec<String>),
    /// The command line itself is wrong: usage; exit status 2.
    Usage(String),
    /// Writing the output failed; exit status 1.
    Io(String),
    /// The answer was printed but misses what was asked (a goal seek not found); exit status 3.
    NotReached(String),
}

const USAGE: &str = "usage:
  heat-twin-cli simulate SCENARIO.json [--hourly FILE.csv] [--drivers FILE.csv [--drive SERIES[,SERIES...]]]
  heat-twin-cli validate SCENARIO.json
  heat-twin-cli bench SCENARIO.json [--runs N]
  heat-twin-cli climates [--json]
  heat-twin-cli schema [--portfolio]
  heat-twin-cli portfolio PORTFOLIO.json [--sites FILE.csv]
  heat-twin-cli seek SCENARIO.json --input PATH --kpi FIELD --target X [--from A --to B]
  heat-twin-cli sweep SCENARIO.json --input PATH --from A --to B --steps N
      [--input PATH2 --from A2 --to B2 --steps N2] --kpi FIELD[,FIELD...] [--csv FILE.csv]
  heat-twin-cli uncertainty SCENARIO.json [--runs N] [--seed S] [--ranges FILE.json] [--kpi FIELD]
      [--distribution triangular|uniform] [--sampling independent|latin-hypercube] [--samples FILE.csv]
  heat-twin-cli ranges SCENARIO.json
  heat-twin-cli compare SCENARIO.json --measured FILE.csv [--measured FILE2.csv ...] [--drive SERIES[,SERIES...]]
  heat-twin-cli calibrate SCENARIO.json --measured FILE.csv [--measured ...] [--fit PATH[,PATH...]]
      [--drive SERIES[,SERIES...]]
  --column HEADER=SERIES (repeatable) and --timestamp-column NAME read a file whose columns have
      other names (compare and calibrate; then only the columns named are read, in every file)
  --drive: measured series that replace the model's (it_kw, outdoor_c, network_demand_kw,
      supply_c, or none); compare and calibrate default to it_kw,outdoor_c
  A scenario's own measured profiles (data_centre.it_profile, weather.outdoor_profile,
      network.demand_profile, network.supply_profile) drive every command; a series driven by
      a --drivers/--measured file overrides the scenario's profile of the same series";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("simulate") => commands::simulate(&args[1..]),
        Some("validate") => commands::validate(&args[1..]),
        Some("bench") => commands::bench(&args[1..]),
        Some("climates") => commands::climates(&args[1..]),
        Some("schema") if args[1..] == ["--portfolio"] => portfolio::schema(),
        Some("schema") => commands::schema(&args[1..]),
        Some("portfolio") => portfolio::portfolio(&args[1..]),
        Some("seek") => instruments::seek(&args[1..]),
        Some("sweep") => instruments::sweep(&args[1..]),
        Some("uncertainty") => instruments::uncertainty(&args[1..]),
        Some("ranges") => instruments::ranges(&args[1..]),
        Some("compare") => measured::compare(&args[1..]),
        Some("calibrate") => measured::calibrate(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(Failure::Usage(format!("unknown command \"{other}\""))),
        None => Err(Failure::Usage("no command given".into())),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Invalid(lines)) => {
            for line in lines {
                eprintln!("{line}");
            }
            ExitCode::from(2)
        }
        Err(Failure::Usage(message)) => {
            eprintln!("heat-twin-cli: {message}\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Io(message)) => {
            eprintln!("heat-twin-cli: {message}");
            ExitCode::from(1)
        }
        Err(Failure::NotReached(message)) => {
            eprintln!("heat-twin-cli: {message}");
            ExitCode::from(3)
        }
    }
}

//! heat-twin-cli: the model on the command line.
//!
//! ```text
//! heat-twin-cli simulate SCENARIO.json [--hourly FILE.csv]   results as JSON (MODEL.md §10)
//! heat-twin-cli validate SCENARIO.json                       check a scenario and its weather
//! heat-twin-cli bench SCENARIO.json [--runs N]               time the annual simulation
//! heat-twin-cli climates [--json]                            the built-in climates and sources
//! heat-twin-cli schema                                       JSON Schema of a scenario
//! ```
//! Invalid input exits with status 2 and one line per problem on standard error, naming the
//! field (or file line), the value and what is allowed.

mod commands;

use std::process::ExitCode;

/// How a command failed.
pub enum Failure {
    /// The user's input is invalid: one line per problem; exit status 2.
    Invalid(Vec<String>),
    /// The command line itself is wrong: usage; exit status 2.
    Usage(String),
    /// Writing the output failed; exit status 1.
    Io(String),
}

const USAGE: &str = "usage:
  heat-twin-cli simulate SCENARIO.json [--hourly FILE.csv]
  heat-twin-cli validate SCENARIO.json
  heat-twin-cli bench SCENARIO.json [--runs N]
  heat-twin-cli climates [--json]
  heat-twin-cli schema";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("simulate") => commands::simulate(&args[1..]),
        Some("validate") => commands::validate(&args[1..]),
        Some("bench") => commands::bench(&args[1..]),
        Some("climates") => commands::climates(&args[1..]),
        Some("schema") => commands::schema(&args[1..]),
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
    }
}

//! What can go wrong in an instrument, naming the field, the value and what is allowed.

use crate::scenario::Problem;

/// Why an instrument could not run (or stopped).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum InstrumentError {
    /// The base scenario (or a scenario with an input set) is invalid; every problem is listed.
    #[error("invalid scenario: {}", join(.0))]
    Scenario(Vec<Problem>),
    /// The weather could not be loaded, or does not hold 8,760 finite hours.
    #[error("weather: {0}")]
    Weather(String),
    /// The input path is not a numeric field of the scenario table.
    #[error("{path}: not a numeric input; {allowed}")]
    NotNumericInput {
        /// The path given.
        path: String,
        /// What is allowed, in words.
        allowed: String,
    },
    /// A value of an input is outside the field's allowed range (or not finite).
    #[error("{path}: {value} is out of range; allowed {min} to {max}{}", if *.integer { " (integer)" } else { "" })]
    OutOfRange {
        /// The input's path.
        path: String,
        /// The value given.
        value: f64,
        /// Smallest allowed value.
        min: f64,
        /// Largest allowed value.
        max: f64,
        /// Whether the field takes whole numbers.
        integer: bool,
    },
    /// The KPI name is not a numeric field of the summary.
    #[error("kpi: \"{name}\" is not a summary field; allowed: {}", .allowed.join(", "))]
    UnknownKpi {
        /// The name given.
        name: String,
        /// Every summary field name.
        allowed: Vec<&'static str>,
    },
    /// An instrument's own setting is out of range (steps, runs, a range's order…).
    #[error("{setting}: {message}")]
    Setting {
        /// The setting, e.g. `steps`, `runs`, `ranges.network.loss_share`.
        setting: String,
        /// What is wrong, naming the value and what is allowed.
        message: String,
    },
    /// The progress callback asked to stop.
    #[error("cancelled")]
    Cancelled,
}

fn join(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

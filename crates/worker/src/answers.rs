//! The answers the worker sends back inside [`crate::Reply`]: a goal seek's, a Monte Carlo's
//! (with its tornado's bars) and a sweep's.

use heat_twin_model::instruments::{SweepAxis, TornadoBar};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A goal seek's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SeekAnswer {
    /// The input's path.
    pub input: String,
    /// The KPI's name.
    pub kpi: String,
    /// The target.
    pub target: f64,
    /// `found`, `unreachable` or `not_monotonic`.
    pub status: String,
    /// The value found, or the closest reachable; `None` if no point was valid.
    pub value: Option<f64>,
    /// The KPI at `value`.
    pub achieved: Option<f64>,
    /// The KPI tolerance applied.
    pub tolerance: f64,
    /// Years simulated.
    pub evaluations: usize,
    /// Time spent in the worker, ms (from the scenario's parsing to the answer).
    pub elapsed_ms: f64,
}

/// One tornado bar.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bar {
    /// The input's path.
    pub input: String,
    /// The input's low value.
    pub low: f64,
    /// The input's high value.
    pub high: f64,
    /// The KPI with the input at `low` (the others at their likely value).
    pub kpi_low: Option<f64>,
    /// The KPI with the input at `high`.
    pub kpi_high: Option<f64>,
}

/// The model's bar as the worker sends it (a Monte Carlo's answer, a pooled part's).
impl From<TornadoBar> for Bar {
    fn from(b: TornadoBar) -> Bar {
        Bar {
            input: b.input,
            low: b.low,
            high: b.high,
            kpi_low: b.kpi_low,
            kpi_high: b.kpi_high,
        }
    }
}

/// A part's bar read back for the merge.
impl From<Bar> for TornadoBar {
    fn from(b: Bar) -> TornadoBar {
        TornadoBar {
            input: b.input,
            low: b.low,
            high: b.high,
            kpi_low: b.kpi_low,
            kpi_high: b.kpi_high,
        }
    }
}

/// A Monte Carlo's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UncertaintyAnswer {
    /// Runs asked for.
    pub runs: usize,
    /// Seed used.
    pub seed: u64,
    /// `[p10, p50, p90]` of every summary field with a value.
    pub percentiles: BTreeMap<String, [f64; 3]>,
    /// The tornado's KPI.
    pub tornado_kpi: String,
    /// Tornado bars, largest swing first.
    pub tornado: Vec<Bar>,
    /// Runs whose drawn scenario was invalid.
    pub failed_runs: usize,
    /// The draws and every run's summary, as CSV.
    pub csv: String,
    /// Time spent in the worker, ms.
    pub elapsed_ms: f64,
}

/// A sweep's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SweepAnswer {
    /// The axes swept.
    pub axes: Vec<SweepAxis>,
    /// The KPIs recorded.
    pub kpis: Vec<String>,
    /// Per cell (row-major, the first input slowest): the inputs' values.
    pub inputs: Vec<Vec<f64>>,
    /// Per cell: the KPIs' values (`None`: invalid scenario or no value).
    pub values: Vec<Vec<Option<f64>>>,
    /// The best cell of the first KPI.
    pub best: Option<usize>,
    /// The sweep as CSV.
    pub csv: String,
    /// Time spent in the worker, ms.
    pub elapsed_ms: f64,
}

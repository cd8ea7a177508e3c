//! What the page asks the worker: [`Request`](crate::Request), and the instrument a run asks for, [`Job`](crate::Job).

use crate::packed;
use heat_twin_model::instruments::SweepAxis;
use serde::{Deserialize, Serialize};

/// What the page asks the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Request {
    /// Run an instrument on a scenario.
    Run {
        /// The request's id (the page's counter); every reply to it carries it.
        id: u32,
        /// The scenario as JSON text (as `heat-twin-cli` reads a file).
        scenario: String,
        /// The hourly outdoor temperatures (8,760, °C) of an uploaded weather file; `None`
        /// for the scenario's own weather (built-in or synthetic), loaded by the worker.
        weather: Option<Vec<f64>>,
        /// Which instrument, with its settings.
        job: Job,
    },
    /// Run a portfolio (the region page, issue 8): progress counts sites; the answer is
    /// [`Reply::Portfolio`](crate::Reply::Portfolio) with the summaries only.
    Portfolio {
        /// The request's id; every reply to it carries it.
        id: u32,
        /// The portfolio file as JSON text (as `heat-twin-cli portfolio` reads it).
        portfolio: String,
        /// The preset scenarios its entries may name, `(stem, JSON text)` (the page sends
        /// those it embeds; the worker embeds none).
        #[serde(default)]
        presets: Vec<(String, String)>,
    },
    /// Calibrate a scenario to measured data (the measured page, issue 10): progress counts
    /// years run; the answer is [`Reply::Calibrated`](crate::Reply::Calibrated) (see [`calibrate`](crate::calibrate)).
    Calibrate {
        /// The request's id; every reply to it carries it.
        id: u32,
        /// The scenario as JSON text.
        scenario: String,
        /// Its hourly outdoor temperatures (8,760, °C), as the page has them (packed:
        /// [`packed::floats`](crate::packed::floats)).
        #[serde(with = "packed::floats")]
        weather: Vec<f64>,
        /// The measured series (packed for the trip: [`packed`](crate::packed)); `None` (or absent) for the
        /// ones the last [`Request::Measured`](crate::Request::Measured) sent this worker.
        #[serde(default, with = "packed::optional")]
        measured: Option<Box<heat_twin_measured::Measured>>,
        /// The inputs to fit (paths; empty for the defaults).
        #[serde(default)]
        fit: Vec<String>,
        /// Which measured series drive the runs, in [`drive::DRIVABLE`](crate::drive::DRIVABLE)'s order (none when
        /// absent; the page sends its checkboxes).
        #[serde(default)]
        drive: [bool; 4],
    },
    /// The measured series later [`Request::Calibrate`](crate::Request::Calibrate)s without their own use (the page sends
    /// them once a file loads, prepared, so that a calibration's click writes only the
    /// scenario); no reply.
    Measured {
        /// The measured series (packed: [`packed`](crate::packed)).
        #[serde(with = "packed")]
        measured: Box<heat_twin_measured::Measured>,
    },
    /// One worker's part of a Monte Carlo or a sweep (the page's pool of workers, [`pool`](crate::pool)):
    /// part `index` of `of` (the runs and tornado bars, or the sweep's rows, cut by
    /// [`pool::uncertainty_bounds`](crate::pool::uncertainty_bounds) and [`pool::sweep_bounds`](crate::pool::sweep_bounds)); answered by [`Reply::Part`](crate::Reply::Part).
    /// A goal seek is not cut: it is answered whole, as by [`Request::Run`](crate::Request::Run).
    Part {
        /// The request's id; every reply to it carries it.
        id: u32,
        /// Which part (0 to `of` − 1).
        index: usize,
        /// How many parts.
        of: usize,
        /// The scenario as JSON text.
        scenario: String,
        /// Uploaded hourly temperatures, as in [`Request::Run`](crate::Request::Run).
        weather: Option<Vec<f64>>,
        /// Which instrument, with its settings (the same in every part).
        job: Job,
    },
}

/// An instrument and its settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Job {
    /// Goal seek: the value of `input` that makes `kpi` equal `target`.
    Seek {
        /// A numeric input's path, e.g. `data_centre.racks`.
        input: String,
        /// A summary field's name, e.g. `homes_equivalent`.
        kpi: String,
        /// The KPI's target value.
        target: f64,
    },
    /// Monte Carlo percentiles of every summary field, and a tornado of one KPI, over the
    /// built-in uncertainty ranges around the scenario.
    Uncertainty {
        /// Runs (1 to 100,000).
        runs: usize,
        /// The generator's seed.
        seed: u64,
        /// The tornado's KPI.
        tornado_kpi: String,
    },
    /// A sweep of one or two inputs, with the best cell of the first KPI.
    Sweep {
        /// One or two axes.
        axes: Vec<SweepAxis>,
        /// The KPIs recorded per cell.
        kpis: Vec<String>,
        /// Whether the best cell is the largest (true) or the smallest value of `kpis[0]`.
        maximise: bool,
    },
}

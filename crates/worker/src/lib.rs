//! heat-twin's instruments off the main thread: the messages between the page and its Web
//! Worker, and the runner that answers them (issue 9; docs/model/instruments.md).
//!
//! The page posts one [`Request`] per message, as JSON text; the worker answers with
//! [`Reply`] messages, also JSON text: [`Reply::Ready`] once its wasm runs, then for each
//! request [`Reply::Progress`] at most every [`PROGRESS_MS`] while it runs, and one answer
//! ([`Reply::Seek`], [`Reply::Uncertainty`], [`Reply::Sweep`]) or [`Reply::Failed`]; a
//! [`Request::Portfolio`] (the region page) is answered by [`Reply::Portfolio`].
//!
//! A run is synchronous inside the worker (the model's instruments are plain loops), so the
//! page cancels a run, or supersedes it with a newer one, by terminating the worker and
//! starting a new one (about 20 ms with the wasm in the HTTP cache); every reply carries its
//! request's id, so a late reply of an older request is recognised and dropped.
//!
//! Everything here is plain Rust, tested natively; `src/main.rs` is the browser glue.

use heat_twin_model::instruments::{
    seek, Evaluator, Extremum, InstrumentError, SeekOptions, SeekStatus, Sweep, SweepAxis,
    Uncertainty,
};
use heat_twin_model::scenario::parse_scenario;

mod answers;
pub mod calibrate;
pub mod drive;
pub mod packed;
pub mod pool;
pub mod portfolio;
pub use answers::{Bar, SeekAnswer, SweepAnswer, UncertaintyAnswer};
use serde::{Deserialize, Serialize};

/// Least time between two progress messages, ms.
pub const PROGRESS_MS: f64 = 50.0;

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
    /// [`Reply::Portfolio`] with the summaries only.
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
    /// years run; the answer is [`Reply::Calibrated`] (see [`calibrate`]).
    Calibrate {
        /// The request's id; every reply to it carries it.
        id: u32,
        /// The scenario as JSON text.
        scenario: String,
        /// Its hourly outdoor temperatures (8,760, °C), as the page has them (packed:
        /// [`packed::floats`]).
        #[serde(with = "packed::floats")]
        weather: Vec<f64>,
        /// The measured series (packed for the trip: [`packed`]); `None` (or absent) for the
        /// ones the last [`Request::Measured`] sent this worker.
        #[serde(default, with = "packed::optional")]
        measured: Option<Box<heat_twin_measured::Measured>>,
        /// The inputs to fit (paths; empty for the defaults).
        #[serde(default)]
        fit: Vec<String>,
        /// Which measured series drive the runs, in [`drive::DRIVABLE`]'s order (none when
        /// absent; the page sends its checkboxes).
        #[serde(default)]
        drive: [bool; 4],
    },
    /// The measured series later [`Request::Calibrate`]s without their own use (the page sends
    /// them once a file loads, prepared, so that a calibration's click writes only the
    /// scenario); no reply.
    Measured {
        /// The measured series (packed: [`packed`]).
        #[serde(with = "packed")]
        measured: Box<heat_twin_measured::Measured>,
    },
    /// One worker's part of a Monte Carlo or a sweep (the page's pool of workers, [`pool`]):
    /// part `index` of `of` (the runs and tornado bars, or the sweep's rows, cut by
    /// [`pool::uncertainty_bounds`] and [`pool::sweep_bounds`]); answered by [`Reply::Part`].
    /// A goal seek is not cut: it is answered whole, as by [`Request::Run`].
    Part {
        /// The request's id; every reply to it carries it.
        id: u32,
        /// Which part (0 to `of` − 1).
        index: usize,
        /// How many parts.
        of: usize,
        /// The scenario as JSON text.
        scenario: String,
        /// Uploaded hourly temperatures, as in [`Request::Run`].
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

/// What the worker tells the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Reply {
    /// The worker's wasm runs: requests are answered from now on.
    Ready,
    /// Years run so far of request `id`.
    Progress {
        /// The request's id.
        id: u32,
        /// Years run.
        done: usize,
        /// Years to run (an upper bound for a goal seek).
        total: usize,
    },
    /// A goal seek's answer.
    Seek {
        /// The request's id.
        id: u32,
        /// The answer.
        answer: SeekAnswer,
    },
    /// A Monte Carlo's answer.
    Uncertainty {
        /// The request's id.
        id: u32,
        /// The answer.
        answer: Box<UncertaintyAnswer>,
    },
    /// A sweep's answer.
    Sweep {
        /// The request's id.
        id: u32,
        /// The answer.
        answer: Box<SweepAnswer>,
    },
    /// A calibration's answer.
    Calibrated {
        /// The request's id.
        id: u32,
        /// The answer.
        answer: calibrate::CalibrationAnswer,
    },
    /// A portfolio run's answer.
    Portfolio {
        /// The request's id.
        id: u32,
        /// The answer.
        answer: Box<portfolio::PortfolioAnswer>,
    },
    /// One part's answer ([`Request::Part`]), for [`pool::Merge`]. The page reads only its
    /// `id` and `index` (the answer is skipped when read as a `Reply`: the page passes the
    /// text on to the merging worker, which reads it as a [`pool::PartReply`]).
    Part {
        /// The request's id.
        id: u32,
        /// Which part.
        index: usize,
        /// The part's runs, bars or cells.
        #[serde(skip_deserializing, default)]
        answer: Box<pool::PartAnswer>,
    },
    /// The request could not run: the model's message (naming field, value and range).
    Failed {
        /// The request's id.
        id: u32,
        /// What was wrong.
        message: String,
    },
}

impl Reply {
    /// The id of the request this answers (`None` for [`Reply::Ready`]).
    pub fn id(&self) -> Option<u32> {
        match self {
            Reply::Ready => None,
            Reply::Progress { id, .. }
            | Reply::Seek { id, .. }
            | Reply::Uncertainty { id, .. }
            | Reply::Sweep { id, .. }
            | Reply::Portfolio { id, .. }
            | Reply::Calibrated { id, .. }
            | Reply::Part { id, .. }
            | Reply::Failed { id, .. } => Some(*id),
        }
    }
}

/// Answers `text` (a [`Request`] as JSON): `post` receives the progress messages and the
/// answer, in order; `now` is a clock in ms (`performance.now()` in the worker).
pub fn answer_text(text: &str, now: &dyn Fn() -> f64, post: &mut dyn FnMut(&Reply)) {
    if text.starts_with(pool::MERGE_PREFIX) {
        let started = now();
        let reply = match serde_json::from_str::<pool::Merge>(text) {
            Ok(m) => {
                let id = m.id;
                pool::merge(m)
                    .map(|r| r.with_elapsed(now() - started))
                    .unwrap_or_else(|message| Reply::Failed { id, message })
            }
            Err(e) => Reply::Failed {
                id: 0,
                message: format!("the worker could not read the parts: {e}"),
            },
        };
        post(&reply);
        return;
    }
    match serde_json::from_str::<Request>(text) {
        Ok(request) => answer(request, now, post),
        Err(e) => post(&Reply::Failed {
            id: 0,
            message: format!("the worker could not read the request: {e}"),
        }),
    }
}

thread_local! {
    /// The measured series of the last [`Request::Measured`] (or calibration that carried its
    /// own), for calibrations that do not.
    static STORED: std::cell::RefCell<Option<heat_twin_measured::Measured>> =
        const { std::cell::RefCell::new(None) };
}

/// Answers one request (see [`answer_text`]).
pub fn answer(request: Request, now: &dyn Fn() -> f64, post: &mut dyn FnMut(&Reply)) {
    let (id, scenario, weather, job) = match request {
        Request::Run {
            id,
            scenario,
            weather,
            job,
        } => (id, scenario, weather, job),
        Request::Portfolio {
            id,
            portfolio,
            presets,
        } => return answer_portfolio(id, &portfolio, &presets, now, post),
        Request::Calibrate {
            id,
            scenario,
            weather,
            measured,
            fit,
            drive,
        } => {
            let measured = match measured {
                Some(m) => {
                    let m = *m;
                    // What a later calibration without its own series will use.
                    STORED.with(|s| *s.borrow_mut() = Some(m.clone()));
                    m
                }
                None => match STORED.with(|s| s.borrow().clone()) {
                    Some(m) => m,
                    None => {
                        post(&Reply::Failed {
                            id,
                            message: "no measured data were sent to the worker".into(),
                        });
                        return;
                    }
                },
            };
            return calibrate::answer(id, &scenario, weather, measured, &fit, drive, now, post);
        }
        Request::Measured { measured } => {
            STORED.with(|s| *s.borrow_mut() = Some(*measured));
            return;
        }
        Request::Part {
            id,
            index,
            of,
            scenario,
            weather,
            job,
        } => {
            let started = now();
            let reply = match job {
                Job::Seek { .. } => run(id, &scenario, weather, job, now, started, post),
                _ => evaluator(&scenario, weather).and_then(|mut eval| {
                    let mut progress = progress_every(id, now, started, post);
                    let answer = pool::run_part(&mut eval, &job, index, of, &mut progress)?;

                    Ok(Reply::Part {
                        id,
                        index,
                        answer: Box::new(answer),
                    })
                }),
            };
            post(&reply.unwrap_or_else(|e| Reply::Failed {
                id,
                message: e.to_string(),
            }));
            return;
        }
    };
    let started = now();
    let result = run(id, &scenario, weather, job, now, started, post);
    let reply = match result {
        Ok(reply) => reply,
        Err(e) => Reply::Failed {
            id,
            message: e.to_string(),
        },
    };
    post(&reply);
}

/// Answers a portfolio request: progress (sites done) at most every [`PROGRESS_MS`], then the
/// answer or every problem, one line each.
fn answer_portfolio(
    id: u32,
    text: &str,
    presets: &[(String, String)],
    now: &dyn Fn() -> f64,
    post: &mut dyn FnMut(&Reply),
) {
    let presets: Vec<(&str, &str)> = presets
        .iter()
        .map(|(s, j)| (s.as_str(), j.as_str()))
        .collect();
    let mut last = now();
    let reply = {
        let mut progress = |done: usize, total: usize| {
            let t = now();
            if t - last >= PROGRESS_MS {
                last = t;
                post(&Reply::Progress { id, done, total });
            }
        };
        match portfolio::run(text, &presets, now, &mut progress) {
            Ok(answer) => Reply::Portfolio {
                id,
                answer: Box::new(answer),
            },
            Err(message) => Reply::Failed { id, message },
        }
    };
    post(&reply);
}

fn evaluator(scenario: &str, weather: Option<Vec<f64>>) -> Result<Evaluator, InstrumentError> {
    match weather {
        Some(t) => {
            let typed = parse_scenario(scenario).map_err(InstrumentError::Scenario)?;
            Evaluator::new(typed, t)
        }
        None => Evaluator::from_json(scenario, |name| {
            Err(format!(
                "the weather file \"{name}\" was not sent to the worker"
            ))
        }),
    }
}

/// A progress callback that posts [`Reply::Progress`] at most every [`PROGRESS_MS`].
fn progress_every<'a>(
    id: u32,
    now: &'a dyn Fn() -> f64,
    started: f64,
    post: &'a mut dyn FnMut(&Reply),
) -> impl FnMut(usize, usize) -> bool + 'a {
    let mut last = started;
    move |done: usize, total: usize| {
        let t = now();
        if t - last >= PROGRESS_MS {
            last = t;
            post(&Reply::Progress { id, done, total });
        }
        true
    }
}

fn run(
    id: u32,
    scenario: &str,
    weather: Option<Vec<f64>>,
    job: Job,
    now: &dyn Fn() -> f64,
    started: f64,
    post: &mut dyn FnMut(&Reply),
) -> Result<Reply, InstrumentError> {
    let mut eval = evaluator(scenario, weather)?;
    let mut progress = progress_every(id, now, started, post);
    match job {
        Job::Seek { input, kpi, target } => {
            let r = seek(
                &mut eval,
                &input,
                &kpi,
                target,
                SeekOptions::default(),
                &mut progress,
            )?;
            Ok(Reply::Seek {
                id,
                answer: SeekAnswer {
                    input: r.input,
                    kpi: r.kpi,
                    target: r.target,
                    status: match r.status {
                        SeekStatus::Found => "found",
                        SeekStatus::Unreachable => "unreachable",
                        SeekStatus::NotMonotonic => "not_monotonic",
                    }
                    .to_string(),
                    value: r.value,
                    achieved: r.achieved,
                    tolerance: r.tolerance,
                    evaluations: r.evaluations,
                    elapsed_ms: now() - started,
                },
            })
        }
        // One part of one: the same code as a pool's parts and merge, so the whole answer
        // and the merged one cannot differ (and the worker holds one copy of each loop).
        Job::Uncertainty { .. } | Job::Sweep { .. } => {
            let part = pool::run_part(&mut eval, &job, 0, 1, &mut progress)?;
            pool::merge_answers(id, &job, vec![part])
                .map(|r| r.with_elapsed(now() - started))
                .map_err(|message| InstrumentError::Setting {
                    setting: "parts".to_string(),
                    message,
                })
        }
    }
}

/// The page's form of a Monte Carlo's answer.
fn uncertainty_answer(u: Uncertainty, tornado_kpi: String, elapsed_ms: f64) -> UncertaintyAnswer {
    let csv = u.samples.to_csv();
    UncertaintyAnswer {
        runs: u.runs,
        seed: u.seed,
        percentiles: u
            .percentiles
            .iter()
            .map(|(k, p)| (k.clone(), [p.p10, p.p50, p.p90]))
            .collect(),
        tornado_kpi,
        tornado: u
            .tornado
            .into_iter()
            .map(|b| Bar {
                input: b.input,
                low: b.low,
                high: b.high,
                kpi_low: b.kpi_low,
                kpi_high: b.kpi_high,
            })
            .collect(),
        failed_runs: u.failed_runs,
        csv,
        elapsed_ms,
    }
}

/// The page's form of a sweep's answer, with the best cell of its first KPI.
fn sweep_answer(s: Sweep, maximise: bool, elapsed_ms: f64) -> SweepAnswer {
    let extremum = if maximise {
        Extremum::Max
    } else {
        Extremum::Min
    };
    let best = s.kpis.first().and_then(|k| s.best(k, extremum));
    let csv = s.to_csv();
    SweepAnswer {
        inputs: s.cells.iter().map(|c| c.inputs.clone()).collect(),
        values: s.cells.iter().map(|c| c.kpis.clone()).collect(),
        axes: s.axes,
        kpis: s.kpis,
        best,
        csv,
        elapsed_ms,
    }
}

impl Reply {
    /// The answer with its `elapsed_ms` set (other replies unchanged).
    pub fn with_elapsed(mut self, ms: f64) -> Reply {
        match &mut self {
            Reply::Seek { answer, .. } => answer.elapsed_ms = ms,
            Reply::Uncertainty { answer, .. } => answer.elapsed_ms = ms,
            Reply::Sweep { answer, .. } => answer.elapsed_ms = ms,
            _ => {}
        }
        self
    }
}

#[cfg(test)]
mod tests;

//! The runner: reads a request, runs the model's instrument, the calibration or the
//! portfolio, and posts the progress and the answer.

use crate::{calibrate, pool, portfolio, Job, Reply, Request, PROGRESS_MS};
use crate::{Bar, SeekAnswer, SweepAnswer, UncertaintyAnswer};
use heat_twin_model::instruments::{
    seek, Evaluator, Extremum, InstrumentError, SeekOptions, SeekStatus, Sweep, Uncertainty,
};
use heat_twin_model::scenario::parse_scenario;

/// Answers `text` (a [`Request`](crate::Request) as JSON): `post` receives the progress messages and the
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
    /// The evaluator of the last part run, with its request's id ([`part_evaluator`]).
    static PART_EVALUATOR: std::cell::RefCell<Option<(PartKey, Evaluator)>> =
        const { std::cell::RefCell::new(None) };
    /// The measured series of the last [`Request::Measured`](crate::Request::Measured) (or calibration that carried its
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
                _ => part_evaluator(id, &scenario, &weather).and_then(|mut eval| {
                    let mut progress = progress_every(id, now, started, post);
                    let answer = pool::run_part(&mut eval, &job, index, of, &mut progress)?;
                    let key = PartKey {
                        id,
                        scenario,
                        weather,
                    };
                    PART_EVALUATOR.with(|c| *c.borrow_mut() = Some((key, eval)));
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

/// Answers a portfolio request: progress (sites done) at most every [`PROGRESS_MS`](crate::PROGRESS_MS), then the
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

/// The evaluator of request `id`'s parts: the one the worker's last part of the same request
/// used (every part of a request carries the same scenario and weather; the page cuts a run
/// into a few tens of parts, and reading the scenario and its weather again for each cost
/// about as much as three years), else a new one.
fn part_evaluator(
    id: u32,
    scenario: &str,
    weather: &Option<Vec<f64>>,
) -> Result<Evaluator, InstrumentError> {
    match PART_EVALUATOR.with(|c| c.borrow_mut().take()) {
        Some((last, eval))
            if last.id == id && last.scenario == scenario && last.weather == *weather =>
        {
            Ok(eval)
        }
        _ => evaluator(scenario, weather.clone()),
    }
}

/// What an evaluator kept for the next part was made from.
struct PartKey {
    id: u32,
    scenario: String,
    weather: Option<Vec<f64>>,
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

/// A progress callback that posts [`Reply::Progress`](crate::Reply::Progress) at most every [`PROGRESS_MS`](crate::PROGRESS_MS).
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
pub(crate) fn uncertainty_answer(
    u: Uncertainty,
    tornado_kpi: String,
    elapsed_ms: f64,
) -> UncertaintyAnswer {
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
        tornado: u.tornado.into_iter().map(Bar::from).collect(),
        failed_runs: u.failed_runs,
        csv,
        elapsed_ms,
    }
}

/// The page's form of a sweep's answer, with the best cell of its first KPI.
pub(crate) fn sweep_answer(s: Sweep, maximise: bool, elapsed_ms: f64) -> SweepAnswer {
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

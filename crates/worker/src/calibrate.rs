//! Calibration (issue 10): fit up to four numeric inputs of a scenario to measured outputs
//! with the CLI's defaults (`heat-twin-cli calibrate` without `--fit`: capture share, heat per
//! home, network losses, heat-pump efficiency), the same objective
//! (`heat_twin_measured::objective`) and the same bounded Nelder–Mead. The page sends a
//! [`crate::Request::Calibrate`] and the worker steps a [`Job`] to the end, reporting the years
//! run; the page then rebuilds the [`Fit`] from the [`CalibrationAnswer`] with one run of its
//! own ([`Fit::from_answer`]), so the page's thread never runs the search.

use heat_twin_measured::{
    compare, fitted_series, objective, Bounds, Comparison, Measured, NelderMead, Options, Series,
    Status,
};
use heat_twin_model::instruments::{Bound, Evaluator};
use heat_twin_model::scenario::Scenario;
use heat_twin_model::Hourly;
use heat_twin_model::{Drivers, Simulator};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The model's hourly column a measured series is compared with (issue 10's contract; the CLI
/// pairs them the same way in crates/cli/src/measured.rs).
pub fn modelled(series: Series, h: &Hourly) -> Option<&[f64]> {
    Some(match series {
        Series::HeatDeliveredKw => &h.delivered_kw,
        Series::ItKw => &h.p_it_kw,
        Series::HeatPumpElectricityKw => &h.hp_electricity_kw,
        Series::SupplyC => &h.t_supply_c,
        Series::ReturnC => &h.t_return_c,
        Series::NetworkDemandKw => &h.demand_kw,
        Series::OutdoorC => &h.t_out_c,
    })
}

/// Inputs fitted by default, those the field table has (as `heat-twin-cli calibrate`).
pub const DEFAULT_FIT: [&str; 5] = [
    "data_centre.capture_share",
    "network.home_heat_mwh",
    "network.loss_share",
    "recovery.hp_efficiency",
    "recovery.lorenz_efficiency",
];

/// At most this many inputs are fitted at once (issue 10).
pub const MAX_FIT: usize = 4;

/// The inputs fitted when none are chosen: the first [`MAX_FIT`] of [`DEFAULT_FIT`] that are
/// numeric inputs with a range (as `heat-twin-cli calibrate` without `--fit`).
pub fn default_fit() -> Vec<&'static str> {
    DEFAULT_FIT
        .iter()
        .copied()
        .filter(|p| Bound::new(p).is_ok_and(|b| b.max > b.min))
        .take(MAX_FIT)
        .collect()
}

/// One fitted input.
#[derive(Debug, Clone, PartialEq)]
pub struct Fitted {
    /// The input's path, e.g. `data_centre.capture_share`.
    pub path: &'static str,
    /// The scenario's value the search started from.
    pub start: f64,
    /// The fitted value (integer inputs rounded).
    pub value: f64,
}

/// A finished calibration.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit {
    /// The inputs, started and fitted.
    pub inputs: Vec<Fitted>,
    /// The objective before and after (Σ hourly CV(RMSE)², p = 0).
    pub objective: (f64, f64),
    /// Objective evaluations (annual runs) used.
    pub evaluations: usize,
    /// The statistics with the fitted values.
    pub after: Vec<Comparison>,
    /// The scenario with the fitted values written in.
    pub scenario: Scenario,
}

/// A calibration under way.
pub struct Job {
    eval: Evaluator,
    sim: Simulator,
    measured: Arc<Measured>,
    series: Vec<Series>,
    inputs: Vec<Bound>,
    start: Vec<f64>,
    before: f64,
    search: NelderMead,
    /// The measured drivers every run of the search uses (docs/model/measured.md §9).
    drivers: Drivers,
}

/// The objective at `settings`: infinite when a combination is refused (a wall for the search).
fn value(
    eval: &Evaluator,
    sim: &mut Simulator,
    measured: &Measured,
    series: &[Series],
    settings: &[(Bound, f64)],
    drivers: &Drivers,
) -> f64 {
    let Ok(scenario) = eval.scenario_with(settings) else {
        return f64::INFINITY;
    };
    let Ok(valid) = scenario.validate() else {
        return f64::INFINITY;
    };
    // The hourly columns are all the objective reads: no summary (docs/model/measured.md §8).
    let Ok(h) = sim.run_driven_hourly(&valid.params, eval.weather(), drivers) else {
        return f64::INFINITY;
    };
    objective(measured, series, |s| modelled(s, h))
}

impl Job {
    /// A calibration of `scenario` on `weather` against `measured`, fitting `paths` (the
    /// defaults when empty); a sentence when it cannot start.
    pub fn new(
        scenario: Scenario,
        weather: &[f64],
        measured: Arc<Measured>,
        paths: &[&str],
        drivers: Drivers,
    ) -> Result<Job, String> {
        // A driven series is an input of every run, not an output to fit.
        let driven = |s: &Series| {
            crate::drive::DRIVABLE
                .iter()
                .any(|(m, d)| m == s && drivers.column(*d).is_some())
        };
        let series: Vec<Series> = fitted_series(&measured)
            .into_iter()
            .filter(|s| !driven(s))
            .collect();
        if series.is_empty() {
            return Err("no measured output to fit (only outdoor_c, which is a driver)".into());
        }
        let eval = Evaluator::new(scenario, weather.to_vec()).map_err(|e| e.to_string())?;
        let inputs: Vec<Bound> = if paths.is_empty() {
            default_fit()
                .iter()
                .filter_map(|p| Bound::new(p).ok())
                .collect()
        } else {
            let mut inputs: Vec<Bound> = Vec::new();
            for p in paths {
                let b = Bound::new(p).map_err(|e| e.to_string())?;
                if b.max > b.min && !inputs.iter().any(|x| x.path == b.path) {
                    inputs.push(b);
                }
            }
            if inputs.len() > MAX_FIT {
                return Err(format!(
                    "{} inputs chosen; at most {MAX_FIT} are fitted at once",
                    inputs.len()
                ));
            }
            inputs
        };
        if inputs.is_empty() {
            return Err("no input to fit".into());
        }
        let start: Vec<f64> = inputs
            .iter()
            .map(|b| eval.base_value(b).clamp(b.min, b.max))
            .collect();
        let bounds: Vec<Bounds> = inputs
            .iter()
            .map(|b| Bounds {
                lo: b.min,
                hi: b.max,
            })
            .collect();
        let search =
            NelderMead::new(&bounds, &start, Options::calibration()).map_err(|e| e.to_string())?;
        let mut sim = Simulator::new();
        let before = value(&eval, &mut sim, &measured, &series, &[], &drivers);
        Ok(Job {
            eval,
            sim,
            measured,
            series,
            inputs,
            start,
            before,
            search,
            drivers,
        })
    }

    /// One step of the search (a few annual runs).
    pub fn step(&mut self) -> Status {
        let Job {
            eval,
            sim,
            measured,
            series,
            inputs,
            search,
            drivers,
            ..
        } = self;
        let mut f = |x: &[f64]| {
            let settings: Vec<(Bound, f64)> =
                inputs.iter().copied().zip(x.iter().copied()).collect();
            value(eval, sim, measured, series, &settings, drivers)
        };
        search.step(&mut f)
    }

    /// Annual runs so far.
    pub fn evaluations(&self) -> usize {
        self.search.best().evaluations
    }

    /// The best point found so far, as the worker sends it (integer inputs rounded).
    pub fn answer(&self) -> CalibrationAnswer {
        let best = self.search.best();
        let fitted = self
            .inputs
            .iter()
            .zip(best.x.iter())
            .zip(&self.start)
            .map(|((b, &x), &start)| FittedValue {
                path: b.path.to_string(),
                start,
                value: if b.integer { x.round() } else { x },
            })
            .collect();
        CalibrationAnswer {
            fitted,
            objective_before: self.before,
            objective_after: best.f,
            evaluations: best.evaluations,
        }
    }

    /// Runs the search to its end (natively; the worker steps it itself to report progress).
    pub fn run_to_end(&mut self) -> Status {
        loop {
            let s = self.step();
            if s != Status::Running {
                return s;
            }
        }
    }

    /// The best point found, with its statistics and scenario (see [`Fit::from_answer`]).
    pub fn finish(self) -> Result<Fit, String> {
        Fit::from_answer(
            self.eval.base().clone(),
            self.eval.weather(),
            &self.measured,
            &self.drivers,
            &self.answer(),
        )
    }
}

/// One fitted input as the worker sends it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FittedValue {
    /// The input's path.
    pub path: String,
    /// The scenario's value the search started from.
    pub start: f64,
    /// The fitted value (integer inputs rounded).
    pub value: f64,
}

/// A finished calibration as the worker sends it: the fitted values and the objective.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CalibrationAnswer {
    /// The inputs, in the order fitted.
    pub fitted: Vec<FittedValue>,
    /// The objective of the scenario as given.
    pub objective_before: f64,
    /// The objective at the fitted values.
    pub objective_after: f64,
    /// Annual runs used.
    pub evaluations: usize,
}

impl Fit {
    /// The fit of `answer` for `scenario` (the scenario the calibration started from) on
    /// `weather` against `measured` on `drivers`: the scenario with the fitted values written
    /// in, and its statistics from one annual run; a sentence if a value is refused (not
    /// expected: the search stays within the ranges).
    pub fn from_answer(
        scenario: Scenario,
        weather: &[f64],
        measured: &Measured,
        drivers: &Drivers,
        answer: &CalibrationAnswer,
    ) -> Result<Fit, String> {
        let mut settings: Vec<(Bound, f64)> = Vec::with_capacity(answer.fitted.len());
        let mut inputs = Vec::with_capacity(answer.fitted.len());
        for f in &answer.fitted {
            let b = Bound::new(&f.path).map_err(|e| e.to_string())?;
            settings.push((b, f.value));
            inputs.push(Fitted {
                path: b.path,
                start: f.start,
                value: f.value,
            });
        }
        let eval = Evaluator::new(scenario, weather.to_vec()).map_err(|e| e.to_string())?;
        let scenario = eval.scenario_with(&settings).map_err(|e| e.to_string())?;
        let valid = scenario.validate().map_err(|ps| {
            ps.iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        })?;
        let mut sim = Simulator::new();
        let h = &sim
            .run_driven(&valid.params, eval.weather(), drivers)
            .map_err(|e| e.to_string())?
            .hourly;
        let after = compare(measured, |s| modelled(s, h));
        Ok(Fit {
            inputs,
            objective: (answer.objective_before, answer.objective_after),
            evaluations: answer.evaluations,
            after,
            scenario,
        })
    }
}
/// Answers a [`crate::Request::Calibrate`]: progress (years run) at most every
/// [`crate::PROGRESS_MS`], then [`crate::Reply::Calibrated`] or [`crate::Reply::Failed`].
#[allow(clippy::too_many_arguments)] // the request's fields
pub(crate) fn answer(
    id: u32,
    scenario: &str,
    weather: Vec<f64>,
    measured: Measured,
    fit: &[String],
    drive: [bool; 4],
    now: &dyn Fn() -> f64,
    post: &mut dyn FnMut(&crate::Reply),
) {
    let started = now();
    let job = heat_twin_model::scenario::parse_scenario(scenario)
        .map_err(|ps| {
            ps.iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        })
        .and_then(|typed| {
            let params = typed.validate().ok().map(|v| v.params);
            let driving = crate::drive::driving(&measured, drive, params.as_ref());
            let paths: Vec<&str> = fit.iter().map(String::as_str).collect();
            Job::new(typed, &weather, Arc::new(measured), &paths, driving.drivers)
        });
    let mut job = match job {
        Ok(job) => job,
        Err(message) => return post(&crate::Reply::Failed { id, message }),
    };
    let mut last = started;
    // An upper bound for the bar: the search's own budget of evaluations.
    let total = Options::default().max_evaluations;
    while job.step() == Status::Running {
        let t = now();
        if t - last >= crate::PROGRESS_MS {
            last = t;
            post(&crate::Reply::Progress {
                id,
                done: job.evaluations(),
                total,
            });
        }
    }
    post(&crate::Reply::Calibrated {
        id,
        answer: job.answer(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use heat_twin_measured::{load_csv, LoadOptions};
    use heat_twin_model::scenario::FieldValue;

    /// Month and day (1-based) of hour `h` of a 365-day year.
    fn month_day(h: usize) -> (usize, usize) {
        const DAYS: [usize; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        let mut day = (h / 24).min(364);
        for (m, d) in DAYS.iter().enumerate() {
            if day < *d {
                return (m + 1, day + 1);
            }
            day -= d;
        }
        (12, 31)
    }

    #[test]
    fn recovers_a_known_capture_share_from_another_start() {
        // Heat delivered made by the model with capture share 0.8 (every 6th hour, UTC+1), then
        // fitted from the default scenario's share: the search must come back to 0.8.
        let weather: Vec<f64> = (0..8760)
            .map(|h| 10.0 - 8.0 * ((h as f64) / 8760.0 * std::f64::consts::TAU).cos())
            .collect();
        let mut truth = Scenario::default();
        truth
            .set("data_centre.capture_share", FieldValue::Number(0.8))
            .expect("in range");
        let valid = truth.validate().expect("valid");
        let mut sim = Simulator::new();
        let h = sim.run(&valid.params, &weather).hourly.clone();
        let mut csv = String::from("timestamp,heat_delivered_kw\n");
        for hour in (0..8760).step_by(6) {
            let hh = hour % 24;
            let (m, d) = month_day(hour);
            csv.push_str(&format!(
                "2023-{m:02}-{d:02}T{hh:02}:00:00+01:00,{}\n",
                h.delivered_kw[hour]
            ));
        }
        let measured = Arc::new(load_csv(csv.as_bytes(), &LoadOptions::default()).expect("loads"));
        let mut job = Job::new(
            Scenario::default(),
            &weather,
            measured,
            &["data_centre.capture_share"],
            Drivers::none(),
        )
        .expect("starts");
        assert!(job.start[0] != 0.8, "a different start: {}", job.start[0]);
        let mut steps = 0;
        while job.step() == Status::Running && steps < 5000 {
            steps += 1;
        }
        // The answer travels as JSON (the worker's reply) and gives back the same fit.
        let answer = job.answer();
        let text = serde_json::to_string(&answer).expect("serialises");
        let back: CalibrationAnswer = serde_json::from_str(&text).expect("reads");
        assert_eq!(back, answer);
        let fit = job.finish().expect("fits");
        assert!((fit.inputs[0].value - 0.8).abs() < 1e-3, "{:?}", fit.inputs);
        assert!(fit.objective.1 < 1e-6 && fit.objective.1 <= fit.objective.0);
    }

    #[test]
    fn the_worker_answers_a_calibration_request_as_the_job_does() {
        // A small measured series (every 12th hour of heat delivered at capture share 0.7).
        let weather: Vec<f64> = (0..8760)
            .map(|h| 9.0 - 7.0 * ((h as f64) / 8760.0 * std::f64::consts::TAU).cos())
            .collect();
        let mut truth = Scenario::default();
        truth
            .set("data_centre.capture_share", FieldValue::Number(0.7))
            .expect("in range");
        let valid = truth.validate().expect("valid");
        let h = Simulator::new().run(&valid.params, &weather).hourly.clone();
        let mut csv = String::from("timestamp,heat_delivered_kw\n");
        for hour in (0..8760).step_by(12) {
            let (m, d) = month_day(hour);
            csv.push_str(&format!(
                "2023-{m:02}-{d:02}T{:02}:00:00+01:00,{}\n",
                hour % 24,
                h.delivered_kw[hour]
            ));
        }
        let measured = load_csv(csv.as_bytes(), &LoadOptions::default()).expect("loads");
        let measured_copy = measured.clone();
        let fit = vec!["data_centre.capture_share".to_string()];
        let request = crate::Request::Calibrate {
            id: 7,
            scenario: "{}".into(),
            weather: weather.clone(),
            measured: Some(Box::new(measured.clone())),
            fit: fit.clone(),
            drive: [false; 4],
        };
        let text = serde_json::to_string(&request).expect("serialises");
        let mut replies = Vec::new();
        let clock = std::cell::Cell::new(0.0);
        let now = || {
            clock.set(clock.get() + 10.0);
            clock.get()
        };
        crate::answer_text(&text, &now, &mut |r| replies.push(r.clone()));
        // Progress (every 50 ms of a clock that moves 10 ms a call), then the answer.
        assert!(replies.len() > 1, "{} replies", replies.len());
        assert!(replies[..replies.len() - 1]
            .iter()
            .all(|r| matches!(r, crate::Reply::Progress { id: 7, .. })));
        let Some(crate::Reply::Calibrated { id: 7, answer }) = replies.last() else {
            panic!("no answer: {:?}", replies.last());
        };
        let mut job = Job::new(
            Scenario::default(),
            &weather,
            Arc::new(measured),
            &["data_centre.capture_share"],
            Drivers::none(),
        )
        .expect("starts");
        job.run_to_end();
        assert_eq!(*answer, job.answer());
        assert!((answer.fitted[0].value - 0.7).abs() < 1e-3, "{answer:?}");

        // A path that is not a numeric input: refused, naming it.
        let bad = text.replace("data_centre.capture_share", "data_centre.cooling");
        let mut replies = Vec::new();
        crate::answer_text(&bad, &now, &mut |r| replies.push(r.clone()));
        match replies.as_slice() {
            [crate::Reply::Failed { id: 7, message }] => {
                assert!(message.contains("data_centre.cooling"), "{message}")
            }
            other => panic!("{other:?}"),
        }

        // The series sent once (`Request::Measured`, no reply), then a calibration without its
        // own: the same answer. A fresh thread, so that nothing is stored yet.
        let answer = answer.clone();
        let (weather, measured, fit) = (weather.clone(), measured_copy, fit.clone());
        std::thread::spawn(move || {
            let clock = std::cell::Cell::new(0.0);
            let now = || {
                clock.set(clock.get() + 10.0);
                clock.get()
            };
            let calibrate = serde_json::to_string(&crate::Request::Calibrate {
                id: 8,
                scenario: "{}".into(),
                weather,
                measured: None,
                fit,
                drive: [false; 4],
            })
            .expect("serialises");
            let mut replies = Vec::new();
            crate::answer_text(&calibrate, &now, &mut |r| replies.push(r.clone()));
            assert!(
                matches!(replies.as_slice(), [crate::Reply::Failed { id: 8, message }] if message.contains("no measured data")),
                "{replies:?}"
            );
            let stored = serde_json::to_string(&crate::Request::Measured {
                measured: Box::new(measured),
            })
            .expect("serialises");
            let mut replies = Vec::new();
            crate::answer_text(&stored, &now, &mut |r| replies.push(r.clone()));
            assert!(replies.is_empty(), "{replies:?}");
            crate::answer_text(&calibrate, &now, &mut |r| replies.push(r.clone()));
            let Some(crate::Reply::Calibrated { id: 8, answer: again }) = replies.last() else {
                panic!("no answer: {:?}", replies.last());
            };
            assert_eq!(*again, answer);
        })
        .join()
        .expect("the thread's asserts hold");
    }
}

//! Calibration on the page (issue 10, second slice): the CLI's defaults (`heat-twin-cli
//! calibrate` without `--fit`: up to four of capture share, heat per home, network losses,
//! heat-pump efficiency), the same objective (`heat_twin_measured::objective`) and the same
//! bounded Nelder–Mead, stepped on the main thread in slices of about 20 ms so the page stays
//! responsive; the fitted scenario can then be applied and undone.

use heat_twin_measured::{
    compare, fitted_series, objective, Bounds, Comparison, Measured, NelderMead, Options, Series,
    Status,
};
use heat_twin_model::instruments::{Bound, Evaluator};
use heat_twin_model::scenario::Scenario;
use heat_twin_model::{Drivers, Simulator};
use std::sync::Arc;

use super::pairing::modelled;

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
    let Ok(results) = sim.run_driven(&valid.params, eval.weather(), drivers) else {
        return f64::INFINITY;
    };
    let h = &results.hourly;
    objective(measured, series, |s| modelled(s, h))
}

impl Job {
    /// A calibration of `scenario` on `weather` against `measured`, fitting `paths` (the
    /// defaults when empty), every run on the measured `drivers` (a driven series is not
    /// fitted); a sentence when it cannot start.
    pub fn new(
        scenario: Scenario,
        weather: &[f64],
        measured: Arc<Measured>,
        paths: &[&str],
        drivers: Drivers,
    ) -> Result<Job, String> {
        let driven = |s: &Series| {
            super::drive::DRIVABLE
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
        let chosen: Vec<&str> = if paths.is_empty() {
            DEFAULT_FIT.to_vec()
        } else {
            paths.to_vec()
        };
        let inputs: Vec<Bound> = chosen
            .iter()
            .filter_map(|p| Bound::new(p).ok())
            .filter(|b| b.max > b.min)
            .take(MAX_FIT)
            .collect();
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
            NelderMead::new(&bounds, &start, Options::default()).map_err(|e| e.to_string())?;
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

    /// The best point found, with its statistics and scenario; a sentence if the scenario
    /// with the fitted values is refused (not expected: the search stays within the ranges).
    pub fn finish(mut self) -> Result<Fit, String> {
        let best = self.search.best();
        let settings: Vec<(Bound, f64)> = self
            .inputs
            .iter()
            .copied()
            .zip(best.x.iter().copied())
            .map(|(b, x)| (b, if b.integer { x.round() } else { x }))
            .collect();
        let scenario = self
            .eval
            .scenario_with(&settings)
            .map_err(|e| e.to_string())?;
        let valid = scenario.validate().map_err(|ps| {
            ps.iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        })?;
        let h = &self
            .sim
            .run_driven(&valid.params, self.eval.weather(), &self.drivers)
            .map_err(|e| e.to_string())?
            .hourly;
        let after = compare(&self.measured, |s| modelled(s, h));
        let inputs = settings
            .iter()
            .zip(&self.start)
            .map(|((b, x), s)| Fitted {
                path: b.path,
                start: *s,
                value: *x,
            })
            .collect();
        Ok(Fit {
            inputs,
            objective: (self.before, best.f),
            evaluations: best.evaluations,
            after,
            scenario,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use heat_twin_measured::{load_csv, LoadOptions};
    use heat_twin_model::scenario::FieldValue;

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
            let (m, d) = super::super::pairing::month_day(hour);
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
        let fit = job.finish().expect("fits");
        assert!((fit.inputs[0].value - 0.8).abs() < 1e-3, "{:?}", fit.inputs);
        assert!(fit.objective.1 < 1e-6 && fit.objective.1 <= fit.objective.0);
    }
}

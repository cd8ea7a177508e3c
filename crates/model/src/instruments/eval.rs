//! Bound inputs and the evaluator: set a few numeric fields of a base scenario, run the year.
//!
//! The cheap path (docs/model/instruments.md §2): the base scenario is parsed once into a
//! typed [`Scenario`] and its weather loaded once. Each evaluation clones that typed
//! scenario (a few short strings), sets the inputs with [`Scenario::set`] (which checks each
//! value against the field table), re-validates with [`Scenario::validate`] (cheap: no JSON,
//! and it re-applies the presets and cross-field rules, so a changed field can never slip past
//! a rule), and runs the year in a reused [`Simulator`] that allocates nothing once warm.

use super::kpi::{kpi_index, summary_values};
use super::InstrumentError;
use crate::params::Params;
use crate::results::Summary;
use crate::scenario::{
    field, fields, load_scenario, parse_scenario, resolved_value, FieldKind, FieldValue, Scenario,
};
use crate::simulation::Simulator;
use crate::weather::{load_weather, HOURS};

/// A numeric scenario input with its allowed range, from the field table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bound {
    /// The field's path, e.g. `"data_centre.racks"`.
    pub path: &'static str,
    /// Smallest allowed value.
    pub min: f64,
    /// Largest allowed value.
    pub max: f64,
    /// Whether the field takes whole numbers only.
    pub integer: bool,
}

impl Bound {
    /// The numeric field at `path`, or an error listing the numeric paths.
    pub fn new(path: &str) -> Result<Bound, InstrumentError> {
        let spec = field(path).ok_or_else(|| not_numeric(path))?;
        match spec.kind {
            FieldKind::Number { min, max } => Ok(Bound {
                path: spec.path,
                min,
                max,
                integer: false,
            }),
            FieldKind::Integer { min, max } => Ok(Bound {
                path: spec.path,
                min,
                max,
                integer: true,
            }),
            _ => Err(not_numeric(path)),
        }
    }

    /// Every numeric input of the field table.
    pub fn all() -> Vec<Bound> {
        fields()
            .iter()
            .filter_map(|f| Bound::new(f.path).ok())
            .collect()
    }

    /// `x` as this field takes it: rounded to the nearest whole number for an integer field;
    /// an error naming the field if it is not finite or outside the allowed range.
    pub fn snap(&self, x: f64) -> Result<f64, InstrumentError> {
        let v = if self.integer { x.round() } else { x };
        if v.is_finite() && v >= self.min && v <= self.max {
            Ok(v)
        } else {
            Err(self.out_of_range(x))
        }
    }

    /// The error for `value` outside this field's range.
    pub fn out_of_range(&self, value: f64) -> InstrumentError {
        InstrumentError::OutOfRange {
            path: self.path.to_string(),
            value,
            min: self.min,
            max: self.max,
            integer: self.integer,
        }
    }
}

fn not_numeric(path: &str) -> InstrumentError {
    let numeric: Vec<&str> = fields()
        .iter()
        .filter(|f| matches!(f.kind, FieldKind::Number { .. } | FieldKind::Integer { .. }))
        .map(|f| f.path)
        .collect();
    InstrumentError::NotNumericInput {
        path: path.to_string(),
        allowed: format!("numeric inputs are {}", numeric.join(", ")),
    }
}

/// Runs the year for a base scenario with some inputs set: the engine of every instrument.
/// A clone has its own workspace (the instruments' threads each take one).
#[derive(Debug, Clone)]
pub struct Evaluator {
    base: Scenario,
    base_params: Params,
    /// The base scenario's measured profiles (docs/model/measured.md §9): every run is on them.
    drivers: crate::drivers::Drivers,
    t_out_c: Vec<f64>,
    simulator: Simulator,
    values: Vec<Option<f64>>,
}

impl Evaluator {
    /// An evaluator for a typed scenario and its hourly outdoor temperatures (°C, 8,760
    /// finite values, e.g. from [`load_weather`]); refuses an invalid scenario or weather.
    pub fn new(base: Scenario, t_out_c: Vec<f64>) -> Result<Evaluator, InstrumentError> {
        if t_out_c.len() != HOURS || t_out_c.iter().any(|t| !t.is_finite()) {
            return Err(InstrumentError::Weather(format!(
                "need {HOURS} finite hourly temperatures, got {} values",
                t_out_c.len()
            )));
        }
        let valid = base.validate().map_err(InstrumentError::Scenario)?;
        Ok(Evaluator {
            base,
            base_params: valid.params,
            drivers: valid.drivers,
            t_out_c,
            simulator: Simulator::new(),
            values: Vec::new(),
        })
    }

    /// An evaluator for scenario JSON text; `file` reads an EPW or CSV weather file named by
    /// the scenario (see [`load_weather`]).
    pub fn from_json(
        text: &str,
        file: impl FnOnce(&str) -> Result<Vec<u8>, String>,
    ) -> Result<Evaluator, InstrumentError> {
        let valid = load_scenario(text).map_err(InstrumentError::Scenario)?;
        let scenario = parse_scenario(text).map_err(InstrumentError::Scenario)?;
        let t_out_c = load_weather(&valid.weather, file)
            .map_err(|e| InstrumentError::Weather(e.to_string()))?;
        Evaluator::new(scenario, t_out_c)
    }

    /// An evaluator for a scenario as a JSON value (serialised once, then parsed once).
    pub fn from_value(
        value: &serde_json::Value,
        file: impl FnOnce(&str) -> Result<Vec<u8>, String>,
    ) -> Result<Evaluator, InstrumentError> {
        Evaluator::from_json(&value.to_string(), file)
    }

    /// The base scenario as given.
    pub fn base(&self) -> &Scenario {
        &self.base
    }

    /// The base scenario's measured profiles (docs/model/measured.md §9), checked; empty
    /// without profiles.
    pub fn drivers(&self) -> &crate::drivers::Drivers {
        &self.drivers
    }

    /// The hourly outdoor temperatures in use, °C.
    pub fn weather(&self) -> &[f64] {
        &self.t_out_c
    }

    /// The base scenario's effective value of a numeric input (presets and defaults included).
    pub fn base_value(&self, bound: &Bound) -> f64 {
        match resolved_value(&self.base_params, bound.path) {
            Some(FieldValue::Number(x)) => x,
            // Unreachable for a Bound (always a numeric field); the range's low end is safe.
            _ => bound.min,
        }
    }

    /// The base scenario's COP method (MODEL.md §4).
    pub fn cop_method(&self) -> crate::params::CopMethod {
        self.base_params.recovery.cop_method
    }

    /// The base scenario with `settings` applied (integer inputs rounded), checked. The base's
    /// COP method is kept: setting a version-1 COP input must not switch a scenario to the
    /// Lorenz COP (MODEL.md §4, version 3).
    pub fn scenario_with(&self, settings: &[(Bound, f64)]) -> Result<Scenario, InstrumentError> {
        let mut scenario = self.base.clone();
        if !settings.is_empty() && scenario.get("recovery.cop_method").is_none() {
            if let Some(method) = resolved_value(&self.base_params, "recovery.cop_method") {
                scenario
                    .set("recovery.cop_method", method)
                    .map_err(|p| InstrumentError::Scenario(vec![p]))?;
            }
        }
        for (bound, x) in settings {
            let v = bound.snap(*x)?;
            scenario
                .set(bound.path, FieldValue::Number(v))
                .map_err(|p| InstrumentError::Scenario(vec![p]))?;
        }
        Ok(scenario)
    }

    /// Runs the year with `settings` applied (integer inputs rounded to the nearest whole
    /// number) and returns its summary; an error names the field if a value is out of range
    /// or breaks a cross-field rule.
    pub fn run(&mut self, settings: &[(Bound, f64)]) -> Result<Summary, InstrumentError> {
        if settings.is_empty() {
            let (params, drivers) = (&self.base_params, &self.drivers);
            return Ok(self
                .simulator
                .run_on(params, &self.t_out_c, drivers)
                .summary);
        }
        let scenario = self.scenario_with(settings)?;
        let valid = scenario.validate().map_err(InstrumentError::Scenario)?;
        Ok(self
            .simulator
            .run_on(&valid.params, &self.t_out_c, &valid.drivers)
            .summary)
    }

    /// Runs the year and reads summary field number `kpi` (see [`kpi_index`]); `Ok(None)` when
    /// that field is null in this run.
    pub fn kpi(
        &mut self,
        settings: &[(Bound, f64)],
        kpi: usize,
    ) -> Result<Option<f64>, InstrumentError> {
        let summary = self.run(settings)?;
        summary_values(&summary, &mut self.values);
        Ok(self.values.get(kpi).copied().flatten())
    }

    /// Runs the year and reads summary field `name`.
    pub fn kpi_by_name(
        &mut self,
        settings: &[(Bound, f64)],
        name: &str,
    ) -> Result<Option<f64>, InstrumentError> {
        let index = kpi_index(name)?;
        self.kpi(settings, index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::simulate;

    #[test]
    fn bounds_come_from_the_field_table() {
        let racks = Bound::new("data_centre.racks").expect("numeric");
        assert_eq!(
            (racks.min, racks.max, racks.integer),
            (0.0, 1_000_000.0, true)
        );
        let loss = Bound::new("network.loss_share").expect("numeric");
        assert_eq!((loss.min, loss.max, loss.integer), (0.0, 0.6, false));
        assert!(Bound::new("data_centre.cooling").is_err());
        assert!(Bound::new("nope").is_err());
        // 400.4 racks → 400; 2,000,000 racks and NaN refused, naming the field.
        assert_eq!(racks.snap(400.4).ok(), Some(400.0));
        let e = racks.snap(2e6).expect_err("out of range").to_string();
        assert!(e.starts_with("data_centre.racks: 2000000"), "{e}");
        assert!(racks.snap(f64::NAN).is_err());
    }

    #[test]
    fn a_run_equals_a_direct_simulation_of_the_edited_scenario() {
        let mut eval = Evaluator::from_json("{}", |_| Err("no files".into())).expect("default");
        let racks = Bound::new("data_centre.racks").expect("numeric");
        let got = eval.run(&[(racks, 150.0)]).expect("valid");
        let direct = load_scenario(r#"{"data_centre":{"racks":150}}"#).expect("valid");
        let t = load_weather(&direct.weather, |_| Err("none".into())).expect("builtin");
        assert_eq!(got, simulate(&direct.params, &t).summary);
        // The base value of a preset-driven field is the preset's (hot_water_liquid).
        let capture = Bound::new("data_centre.capture_share").expect("numeric");
        assert!(eval.base_value(&capture) > 0.0);
    }

    #[test]
    fn a_cross_field_violation_is_refused_with_the_rule() {
        let mut eval = Evaluator::from_json("{}", |_| Err("no files".into())).expect("default");
        let supply_min = Bound::new("network.supply_min_c").expect("numeric");
        // 3G supply_max 90 °C: supply_min 120 °C breaks supply_max ≥ supply_min.
        assert!(matches!(
            eval.run(&[(supply_min, 120.0)]),
            Err(InstrumentError::Scenario(_))
        ));
    }
}

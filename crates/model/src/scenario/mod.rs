//! Scenarios: reading, checking and describing the model's inputs (MODEL.md §1–§10).
//!
//! A scenario is one JSON object with the sections `name`, `description`, `sources`,
//! `weather`, `data_centre`, `recovery`, `network`, `storage`, `emissions` and `economics`.
//! This module is the only place where the model can fail: it turns scenario text into a
//! [`ValidScenario`] (resolved [`Params`] plus a [`WeatherSpec`]) or into a list of every
//! [`Problem`] found, each naming the field, the value given and what is allowed.
//!
//! # The field table
//!
//! [`fields()`] lists every input of MODEL.md §2–§9 once, with its path, kind and range,
//! unit, label, help text, source and default. Parsing, validation, [`json_schema`] and the web
//! UI's controls and Method panel are all generated from it. [`resolved_value`] reads the
//! effective value of any field back from [`Params`], including preset defaults.
//!
//! # Rules (MODEL.md §10)
//!
//! - Every field is optional and takes its default, so `{}` is the default scenario
//!   ([`Params::default`] with the built-in `po-valley` weather).
//! - Errors: JSON syntax errors (one problem with line and column, including `NaN` and
//!   `Infinity` literals and numbers too large for a 64-bit float such as `1e400`); a top
//!   level that is not an object; unknown fields at any level; wrong types; `null` except for
//!   `network.heating_season` and `emissions.displaced_heat_kg_per_mwh` (where it means the
//!   default); values out of range; a key given twice in the same object; an integer field
//!   with a fractional part (`400` and `400.0` are both fine); choices are case-sensitive.
//! - `network.heating_season` is `{"start": "MM-DD", "end": "MM-DD"}`, whole days of a
//!   non-leap year (`02-29` is invalid), inclusive; a start after the end wraps over New Year.
//! - `emissions.displaced_heat_kg_per_mwh` is exactly 12 numbers, each 0–2000.
//! - The measured profiles `data_centre.it_profile`, `weather.outdoor_profile`,
//!   `network.demand_profile` and `network.supply_profile` are each exactly 8,760 numbers or
//!   `null`s (docs/model/measured.md §9); they become [`ValidScenario::drivers`].
//! - `weather` is absent or `{}` (built-in `po-valley`), or exactly one of
//!   `{"builtin": ID}`, `{"epw_file": PATH}`, `{"csv_file": PATH}` or
//!   `{"monthly_means_c": [12 numbers, −50…50], "diurnal_amplitude_k": 0…20 (default 4)}`.
//! - Defaults: `data_centre.cooling` sets `capture_share`, `loop_out_c`, `loop_delta_k` and
//!   `emissions.site_cooling_eer` ([`crate::params::cooling_preset`]); `network.generation`
//!   sets `supply_max_c`, `supply_min_c` and `return_c`
//!   ([`crate::params::generation_preset`]; `custom` starts from 3G). A value given always
//!   wins over a preset.
//! - Cross-field rules (MODEL.md §3), on the resolved values:
//!   `supply_max_c ≥ supply_min_c > return_c`; `(supply_min_c + return_c)/2 > ground_c`;
//!   `dhw_min_supply_c ≤ supply_max_c` when `dhw_share > 0`.
//!
//! Every problem is reported, not just the first: [`load_scenario`] collects the structural
//! problems of [`parse_scenario`] and the value problems of [`Scenario::validate`] together.
//! No input string makes this module panic.

mod fields;
mod given;
mod kind;
mod life_fields;
mod maintenance;
mod parse;
mod plants;
mod profiles;
mod resolved;
mod schema;
mod section;
mod table;
mod tree;
mod validate;

pub use fields::{field, fields, section_fields, DefaultValue, FieldKind, FieldSpec, Section};
pub use given::{
    CapexSection, ConnectionSection, DataCentreSection, EconomicsSection, EmissionsSection,
    GridPoint, NetworkSection, PlantGiven, RecoverySection, Scenario, SeasonDates, StorageSection,
    WeatherSection,
};
pub use kind::{CrossRule, DateError, Expected, Given, Num, Origin, ProblemKind, Range, Resolved};
pub use maintenance::{Maintenance, PeriodGiven, MAX_PERIODS};
pub use plants::{summary_field_names, PLANT_KEYS};
pub use profiles::profile_path;
pub use resolved::resolved_value;
pub use schema::json_schema;
pub use validate::{
    DEFAULT_CLIMATE, DEFAULT_DIURNAL_AMPLITUDE_K, DIURNAL_AMPLITUDE_RANGE_K, MONTHLY_MEAN_RANGE_C,
};

use crate::params::{Params, WeatherSpec};

/// One thing wrong with a scenario: where, and what, naming the value and what is allowed.
///
/// Displays as `path: message`, e.g. `data_centre.racks: 2000000 is out of range; allowed 0
/// to 1,000,000 (integer)`. The path is empty for a problem with the file as a whole (a JSON
/// syntax error, whose message starts with `line L, column C`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{message}", if path.is_empty() { String::new() } else { format!("{path}: ") })]
pub struct Problem {
    /// JSON path of the field, e.g. `network.supply_min_c`, `sources[2]`,
    /// `emissions.displaced_heat_kg_per_mwh[3]`; empty for the file as a whole.
    pub path: String,
    /// What is wrong, naming the value given and what is allowed (English).
    pub message: String,
    /// The same facts as data, for wording the problem in another language (boxed to keep
    /// `Result<_, Problem>` small).
    pub kind: Box<ProblemKind>,
}

impl Problem {
    /// A problem at `path` of kind [`ProblemKind::Other`].
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem::with_kind(path, message, ProblemKind::Other)
    }

    /// A problem at `path` with its English message and its kind.
    pub fn with_kind(
        path: impl Into<String>,
        message: impl Into<String>,
        kind: ProblemKind,
    ) -> Self {
        Problem {
            path: path.into(),
            message: message.into(),
            kind: Box::new(kind),
        }
    }
}

/// A field's value, as given in a scenario or as resolved in [`Params`].
#[derive(Debug, Clone, PartialEq)]
pub enum FieldValue {
    /// A number (also integer fields).
    Number(f64),
    /// `true` or `false`.
    Bool(bool),
    /// A choice, e.g. `"4G"`.
    Choice(String),
    /// `null`: the default of the two nullable fields.
    Null,
    /// 12 monthly values, January first.
    Monthly([f64; 12]),
    /// A heating season, `"MM-DD"` dates, inclusive.
    Season {
        /// First day, `"MM-DD"`.
        start: String,
        /// Last day, `"MM-DD"`.
        end: String,
    },
}

impl FieldValue {
    /// The value as given, for messages.
    fn given(&self) -> Given {
        match self {
            FieldValue::Number(x) => Given::Number(Num(*x)),
            FieldValue::Bool(b) => Given::Bool(*b),
            FieldValue::Choice(s) => Given::String(tree::shorten(s)),
            FieldValue::Null => Given::Null,
            FieldValue::Monthly(_) => Given::Monthly,
            FieldValue::Season { start, end } => Given::Season {
                start: tree::shorten(start),
                end: tree::shorten(end),
            },
        }
    }
}

/// A checked scenario, ready to simulate.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidScenario {
    /// The scenario's `name` (empty when not given).
    pub name: String,
    /// The scenario's `description`, if given.
    pub description: Option<String>,
    /// The scenario's `sources` (empty when not given).
    pub sources: Vec<String>,
    /// The project's published figures keyed by summary field name (empty when not given).
    pub published: std::collections::BTreeMap<String, f64>,
    /// Where the outdoor temperatures come from (files are read by the caller).
    pub weather: WeatherSpec,
    /// Every parameter, in range, with defaults and presets resolved.
    pub params: Params,
    /// Share of design IT load in operating years 1, 2, …, the last repeated
    /// (`data_centre.ramp`; default `[1]`).
    pub ramp: Vec<f64>,
    /// Grid CO2 factor by calendar year (`emissions.grid_path`; default the country's path,
    /// anchored at the start year to `emissions.grid_g_per_kwh` when that is given).
    pub grid_path: crate::life::GridPath,
    /// The measured profiles given (`data_centre.it_profile`, `weather.outdoor_profile`,
    /// `network.demand_profile`, `network.supply_profile`; docs/model/measured.md §9), checked:
    /// when not empty, every annual run of the scenario is [`crate::Simulator::run_driven`]
    /// on them. Empty without profiles.
    pub drivers: crate::drivers::Drivers,
}

/// Reads scenario JSON into a [`Scenario`], checking its structure: JSON syntax, object
/// shapes, unknown fields, duplicate keys, types and nulls. Values are not range-checked
/// here: call [`Scenario::validate`], or use [`load_scenario`] to get every problem at once.
pub fn parse_scenario(json: &str) -> Result<Scenario, Vec<Problem>> {
    let tree = tree::parse_tree(json).map_err(|p| vec![p])?;
    let parsed = parse::read_scenario(&tree);
    if parsed.problems.is_empty() {
        Ok(parsed.scenario)
    } else {
        Err(parsed.problems)
    }
}

/// Reads and validates scenario JSON in one step, reporting every problem of either stage
/// (only a JSON syntax error stops it early, as nothing after it can be read).
pub fn load_scenario(json: &str) -> Result<ValidScenario, Vec<Problem>> {
    let tree = tree::parse_tree(json).map_err(|p| vec![p])?;
    let parsed = parse::read_scenario(&tree);
    parsed.scenario.validate_with(parsed.problems, &parsed.bad)
}

//! The planner's instruments: goal seek, design sweeps and uncertainty, on the single-site
//! twin (docs/model/instruments.md; issue 9).
//!
//! Everything runs on an [`Evaluator`]: a base scenario parsed once, its weather loaded once,
//! and a reused [`crate::Simulator`]. An input is a [`Bound`]: a numeric field of the scenario
//! table with its allowed range and integer-ness. A KPI is any field of [`crate::Summary`],
//! named as in its JSON ([`kpi_names`]).
//!
//! - [`seek`]: the value of one input that makes one KPI equal a target ([`SeekResult`]).
//! - [`sweep()`]: one or two inputs over a grid, any KPIs per cell ([`Sweep`], CSV).
//! - [`uncertainty()`]: Monte Carlo percentiles of every summary field and a tornado of one
//!   KPI ([`Uncertainty`]) over [`Ranges`] ([`default_ranges`] gives the built-in ones).
//!
//! The long functions take `progress: FnMut(done, total) -> bool`, called after each
//! simulated year; returning false stops them with [`InstrumentError::Cancelled`], so a Web
//! Worker can report progress and honour a cancel between years.
//!
//! Nothing here panics on any input: ranges, steps, runs, paths and KPI names are checked and
//! refused with a message naming the setting, the value and what is allowed.

mod error;
mod eval;
mod kpi;
pub mod parallel;
mod ranges;
mod rng;
mod seek;
mod sweep;
mod uncertainty;

pub use error::InstrumentError;
pub use eval::{Bound, Evaluator};
pub use kpi::{kpi_index, kpi_names, kpi_value, summary_values};
pub use ranges::{
    check_ranges, default_ranges, resolve_ranges, BuiltinRange, RangeSpec, Ranges, Spread,
    UncertainRange, BUILTIN_RANGES,
};
pub use rng::{latin_hypercube, quantile, Distribution, SplitMix64};
pub use seek::{seek, seek_fn, SeekOptions, SeekResult, SeekSample, SeekStatus};
pub use sweep::{
    sweep, sweep_rows, Extremum, Sweep, SweepAxis, SweepCell, DEFAULT_GRID_STEPS, MAX_CELLS,
    MAX_STEPS,
};
pub use uncertainty::{
    percentile, uncertainty, uncertainty_part, Percentiles, SampleRow, Samples, TornadoBar,
    Uncertainty, UncertaintyOptions, UncertaintyPart, MAX_RUNS,
};

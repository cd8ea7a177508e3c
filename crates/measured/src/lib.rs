//! heat-twin-measured: a real plant's metered data, on the model's year.
//!
//! The data side of issue 10, specified in `docs/model/measured.md`:
//! - [`load_csv`]: CSV bytes (comma or semicolon, decimal point or comma, units in the header)
//!   → [`Measured`], hourly series on the model's year (8,760 h at UTC+1, gaps kept as gaps),
//!   or a [`LoadError`] naming the line and the column;
//! - [`stats`]: the ASHRAE Guideline 14 statistics (NMBE, CV(RMSE), hourly and monthly) and
//!   the guideline's limits for a calibrated model;
//! - [`fit`]: a bounded Nelder–Mead that minimises a caller's objective over up to four
//!   parameters, step by step or to the end, with a progress and cancel callback.
//!
//! The crate does not depend on the model: the caller passes the model's hourly columns to
//! [`stats`] and a closure that runs the model to [`fit`]. It builds for `wasm32-unknown-unknown`.

#![warn(missing_docs)]

pub mod compare;
pub mod error;
pub mod fit;
pub mod load;
pub mod series;
pub mod stats;
pub mod time;

pub use compare::{compare, daily_means, fitted_series, monthly_means, objective, Comparison};
pub use error::{ErrorKind, LoadError};
pub use fit::{
    minimize, Bounds, FitError, Minimum, NelderMead, Options, Progress, Status, StopReason,
};
pub use load::{
    header_cells, header_key, load_csv, timestamp_index, ColumnMapping, HourlySeries, LoadOptions,
    LoadReport, Measured,
};
pub use series::{Series, Unit};
pub use stats::{hourly, monthly, Gof, Limits, HOURLY_LIMITS, MONTHLY_LIMITS, P_DEFAULT};
pub use time::HOURS_PER_YEAR;

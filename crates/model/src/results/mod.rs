//! Results of one annual run: the annual [`Summary`] (MODEL.md §10), twelve [`Monthly`] figures,
//! the [`Hourly`] columns and the [`Warnings`].
//!
//! Energies are MWh, masses t CO2, money € (per year where a flow), JSON numbers at full double
//! precision. `null` (Rust `None`) marks a figure that does not exist for the scenario: demand,
//! backup and share with `takes_all_heat`, SCOP when the heat pump never ran, payback when the
//! benefit is ≤ 0, unit costs when nothing is delivered, PUE without IT power.
//!
//! In three files: this one (the run's results and the model version), `summary.rs` (the
//! annual summary) and `hourly.rs` (the monthly figures, the hourly columns and their CSV).

use std::io::Write;

pub use crate::network::plants::{HeatByKind, PlantKind};
pub use crate::recovery::Mode;
use crate::warnings::{Warning, Warnings};

mod hourly;
mod summary;

pub use hourly::{Hourly, Monthly};
pub use summary::Summary;

/// The results of one annual run.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// Annual totals and indicators.
    pub summary: Summary,
    /// Monthly figures, January first.
    pub monthly: [Monthly; 12],
    /// Hourly columns of 8,760 values.
    pub hourly: Hourly,
    /// What the warnings need, turned into sentences by [`Results::warnings`].
    pub warnings: Warnings,
    /// The network takes all the data centre's heat: demand and backup columns are empty in CSV.
    pub takes_all_heat: bool,
}

impl Results {
    /// Empty results with all hourly columns allocated.
    pub fn new() -> Self {
        Results {
            summary: Summary::default(),
            monthly: [Monthly::default(); 12],
            hourly: Hourly::new(),
            warnings: Warnings::default(),
            takes_all_heat: false,
        }
    }

    /// The warnings of this run in plain English, in a fixed order (allocates: call on demand).
    pub fn warnings(&self) -> Vec<Warning> {
        self.warnings.list()
    }

    /// Writes the hourly CSV (MODEL.md §10) of this run.
    pub fn write_hourly_csv<W: Write>(&self, w: W) -> std::io::Result<()> {
        self.hourly.write_csv(w, self.takes_all_heat)
    }
}

impl Default for Results {
    fn default() -> Self {
        Results::new()
    }
}

/// The version of docs/MODEL.md that computes the results (`summary.model_version`).
pub const MODEL_VERSION: u32 = 3;

//! CSV bytes → hourly series on the model's year (docs/model/measured.md §1–3).
//!
//! Never panics on any bytes (fuzzed in `tests/bad_files.rs`): every index is checked, every
//! failure is a [`LoadError`](crate::LoadError) with the line and the column.
//!
//! - `header`: the separator, the timestamp column and the measured columns with their units;
//! - `cells`: numbers, line numbers, the autumn repeated hour;
//! - `read`: the rows → hourly means ([`load_csv`]).

use serde::{Deserialize, Serialize};

use crate::series::{Series, Unit};
use crate::time::HOURS_PER_YEAR;

mod cells;
mod header;
mod read;

pub use header::{header_key, timestamp_index};
pub use read::{header_cells, load_csv};

/// A caller's choice of column: this header text is that series (in that unit, if given;
/// otherwise the unit in the header's brackets, otherwise kW or °C).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColumnMapping {
    /// The header cell, compared after trimming, case-insensitively.
    pub header: String,
    /// The series it holds.
    pub series: Series,
    /// Its unit, if the header does not say.
    pub unit: Option<Unit>,
}

/// How to read a file. The default reads the contract's column names.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LoadOptions {
    /// The timestamp column's header (default `timestamp`).
    pub timestamp_column: Option<String>,
    /// Columns chosen by the caller; when non-empty, only these series are read.
    pub mapping: Vec<ColumnMapping>,
}

/// One measured series on the model's year: 8,760 hourly means, `None` where there is a gap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HourlySeries {
    /// Which series.
    pub series: Series,
    /// The column's header text in the file.
    pub column: String,
    /// The unit as written in the file (values are converted to kW or °C).
    pub unit: Unit,
    /// Hourly means in kW or °C; `None` = no valid sample in the hour (a gap, never filled).
    pub values: Vec<Option<f64>>,
    /// Valid samples averaged into each hour.
    pub samples_in_hour: Vec<u32>,
}

impl HourlySeries {
    /// Hours with a value.
    pub fn hours_present(&self) -> usize {
        self.values.iter().filter(|v| v.is_some()).count()
    }

    /// Share of the year's 8,760 hours without a value, 0–1.
    pub fn missing_share(&self) -> f64 {
        1.0 - self.hours_present() as f64 / HOURS_PER_YEAR as f64
    }

    /// The presence mask: `true` where the hour has a value.
    pub fn present_mask(&self) -> Vec<bool> {
        self.values.iter().map(Option::is_some).collect()
    }
}

/// What loading did besides the series: counts a user should see.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LoadReport {
    /// Data rows read.
    pub rows: usize,
    /// The separator detected: `,` or `;`.
    pub delimiter: char,
    /// Rows whose timestamp had an offset (exact instants).
    pub rows_with_offset: usize,
    /// Rows read as Italian wall-clock time (CET/CEST).
    pub rows_wall_clock: usize,
    /// Rows on 29 February (dropped: the model's year has 365 days).
    pub leap_day_rows: usize,
    /// Rows dropped because a later calendar year gave the same model hour.
    pub superseded_rows: usize,
    /// Rows whose instant repeats an earlier row's (both averaged into their hour).
    pub duplicate_timestamps: usize,
    /// Calendar years (at UTC+1) the data came from, ascending.
    pub years: Vec<i32>,
    /// Header cells that are not a measured series (ignored).
    pub ignored_columns: Vec<String>,
}

/// A loaded file: its series and its report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measured {
    /// The series found, in the file's column order.
    pub series: Vec<HourlySeries>,
    /// Counts from loading.
    pub report: LoadReport,
}

impl Measured {
    /// The series `s`, if loaded.
    pub fn get(&self, s: Series) -> Option<&HourlySeries> {
        self.series.iter().find(|h| h.series == s)
    }

    /// Adds another file's series: a series loaded again replaces the earlier one (the later
    /// file wins); the reports' counts add up.
    pub fn merge(&mut self, other: Measured) {
        for h in other.series {
            match self.series.iter_mut().find(|x| x.series == h.series) {
                Some(slot) => *slot = h,
                None => self.series.push(h),
            }
        }
        let (a, b) = (&mut self.report, other.report);
        a.rows += b.rows;
        a.rows_with_offset += b.rows_with_offset;
        a.rows_wall_clock += b.rows_wall_clock;
        a.leap_day_rows += b.leap_day_rows;
        a.superseded_rows += b.superseded_rows;
        a.duplicate_timestamps += b.duplicate_timestamps;
        a.years.extend(b.years);
        a.years.sort_unstable();
        a.years.dedup();
        a.ignored_columns.extend(b.ignored_columns);
    }
}

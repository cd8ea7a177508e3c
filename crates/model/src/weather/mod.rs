//! Weather: the hourly outdoor dry-bulb temperature `T_out[h]` of one typical year, and its
//! 72-hour smoothed form (MODEL.md §1).
//!
//! `T_out` comes from exactly one source:
//!
//! 1. a built-in climate ([`builtin_year`], catalogue in [`climates`]): `po-valley`, the PVGIS
//!    typical meteorological year shipped in `crates/model/data/` (UTC, shifted cyclically to
//!    local standard time by the climate's `utc_offset_h`), or a named city made as a
//!    synthetic year from its published 1991–2020 monthly normals (station, period and
//!    publisher recorded in each [`Climate`]) with its design cold spell laid over it
//!    ([`apply_cold_spell`], docs/model/climates.md);
//! 2. an EPW file ([`read_epw`]): 8 header lines, then exactly 8,760 hourly rows whose 7th
//!    comma-separated field is the dry-bulb temperature, a number below 99.9 (the EPW code for
//!    a missing value);
//! 3. a one-column CSV ([`read_csv`]): exactly 8,760 numbers within −90…70 °C, an optional
//!    header line, blank lines ignored;
//! 4. a synthetic year from 12 monthly means and a diurnal amplitude `A_d` ([`synthetic_year`]):
//!    month means placed at the month mid-points `t_m = start_day(m) + ndays(m)/2`, linearly
//!    interpolated to `M(day)` at `day + 0.5`, plus `A_d · cos(2π(hod − 15)/24)`, then shifted
//!    month by month so that every month keeps its given mean exactly.
//!
//! Conventions (§0): hour `h = 0..8759`, hour 0 is 1 January 00:00–01:00 local standard time,
//! no leap day, row `i` of an uploaded file is hour `i` (taken as written; [`read_epw_header`]
//! reports an EPW file's time zone); `hod = h mod 24`, `day = h div 24`; months start at
//! [`MONTH_START_HOUR`].
//!
//! The network's weather compensation uses the building and network inertia
//! `T_smooth[h] = (1/72) · Σ_{k=0..71} T_out[(h − k) mod 8760]` ([`smooth_72h`]), a trailing
//! 72-hour mean that wraps around New Year, as a typical year repeats.
//!
//! A number in a weather file is an optional sign, digits with an optional decimal point and an
//! optional exponent, with blanks (spaces, tabs) around it; `nan`, `inf`, `infinity`, a lone `.`
//! and values that overflow to infinity (`1e999`) are not numbers. Readers never panic: any
//! byte sequence gives either 8,760 finite temperatures or a [`WeatherFileError`] naming the
//! first offending 1-based line and saying what was expected there.
//!
//! Sources: MODEL.md §1; EnergyPlus Auxiliary Programs, "Weather Converter Program — EnergyPlus
//! Weather File (EPW) Data Dictionary" (field 7: dry bulb temperature, missing value 99.9);
//! PVGIS TMY © European Union, 2001–2024, JRC (see `crates/model/data/README.md`).

mod climates;
mod cold_spell;
mod csv;
mod epw;
mod lines;
mod load;
mod synthetic;

pub use climates::{builtin_source_year, builtin_year, climate, climates, Climate, ClimateKind};
pub use cold_spell::{
    apply_cold_spell, shift_to_local, ColdSpell, COLD_SPELL_DAYS, COLD_SPELL_MAX_AMPLITUDE_K,
    COLD_SPELL_START_DAY,
};
pub use csv::{read_csv, CSV_MAX_C, CSV_MIN_C};
pub use epw::{read_epw, read_epw_header, EpwHeader};
pub use load::{load_weather, WeatherLoadError, WeatherLoadKind};
pub use synthetic::synthetic_year;

/// Hours in the model year (no leap day).
pub const HOURS: usize = 8760;

/// First hour of each month, and 8760 at the end (MODEL.md §0).
pub const MONTH_START_HOUR: [usize; 13] = [
    0, 744, 1416, 2160, 2880, 3624, 4344, 5088, 5832, 6552, 7296, 8016, 8760,
];

/// Hours averaged by [`smooth_72h`] (MODEL.md §1: building and network inertia).
pub const SMOOTHING_HOURS: usize = 72;

/// An error in a weather file, naming its 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct WeatherFileError {
    /// 1-based line number in the file (a file's lines are separated by `\n`; a line may end
    /// in `\r\n`). For a file that is too short it is the line after its last non-empty line.
    pub line: usize,
    /// What is wrong there and what was expected, in English words.
    pub message: String,
    /// The same facts as data, for wording the error in another language.
    pub kind: WeatherErrorKind,
}

/// Which weather file format an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeatherFormat {
    /// An EnergyPlus weather file.
    Epw,
    /// A one-column CSV of temperatures.
    Csv,
}

/// What is wrong in a weather file, as data (the facts of [`WeatherFileError::message`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WeatherErrorKind {
    /// A line that is not valid UTF-8: the 1-based byte in the line and its value.
    NotUtf8 {
        /// The file's format (what the line should hold).
        format: WeatherFormat,
        /// 1-based position of the bad byte in the line.
        byte: usize,
        /// The byte's value.
        value: u8,
    },
    /// More rows (EPW) or values (CSV) than the 8,760 hours of the year.
    TooManyRows {
        /// The file's format.
        format: WeatherFormat,
    },
    /// Fewer rows (EPW) or values (CSV) than 8,760.
    TooFewRows {
        /// The file's format.
        format: WeatherFormat,
        /// Hourly rows or values read.
        found: usize,
    },
    /// An EPW file that ends inside its 8 header lines.
    HeaderTooShort {
        /// Non-empty lines in the file.
        lines: usize,
    },
    /// A blank line among an EPW file's hourly rows.
    EmptyLine {
        /// Hourly rows before it.
        after_hour: usize,
    },
    /// An EPW row with fewer than 7 comma-separated fields.
    TooFewFields {
        /// Fields in the row.
        found: usize,
    },
    /// A value that is not a number; `text` is quoted, cut to 24 characters and escaped.
    NotANumber {
        /// The file's format.
        format: WeatherFormat,
        /// The text, as quoted in the message (e.g. `'abc'`).
        text: String,
        /// A CSV line with a comma or semicolon (one value per line, decimal point).
        separator: bool,
    },
    /// An EPW dry-bulb temperature of 99.9 or more (EPW's missing value).
    TooHigh {
        /// The text, as quoted in the message.
        text: String,
    },
    /// A CSV temperature outside −90…70 °C.
    OutOfRange {
        /// The text, as quoted in the message.
        text: String,
    },
}

/// Month index 0..12 of hour `h` (0..8760); hours past the end count as December.
pub fn month_of_hour(h: usize) -> usize {
    MONTH_START_HOUR[1..]
        .iter()
        .position(|&s| h < s)
        .unwrap_or(11)
}

/// Mean of `t_out` over each month's hours, January first (MODEL.md §0 month boundaries).
///
/// `t_out` should hold [`HOURS`] values; a month with no hours in a shorter slice gets NaN.
pub fn monthly_means(t_out: &[f64]) -> [f64; 12] {
    let mut means = [f64::NAN; 12];
    for (m, mean) in means.iter_mut().enumerate() {
        let end = MONTH_START_HOUR[m + 1].min(t_out.len());
        let start = MONTH_START_HOUR[m].min(end);
        let hours = &t_out[start..end];
        if !hours.is_empty() {
            *mean = hours.iter().sum::<f64>() / hours.len() as f64;
        }
    }
    means
}

/// 72-hour trailing mean of `t_out`, circular over the year, written into `out` (MODEL.md §1):
/// `out[h] = (1/72) · Σ_{k=0..71} t_out[(h − k) mod n]` with `n = t_out.len()`.
///
/// O(n) with a running sum and no allocation. `out` should be as long as `t_out`; if it is
/// not, only the first `min(out.len(), t_out.len())` entries are written. An empty `t_out`
/// writes nothing.
pub fn smooth_72h(t_out: &[f64], out: &mut [f64]) {
    debug_assert_eq!(
        t_out.len(),
        out.len(),
        "smooth_72h: output length differs from input"
    );
    let n = t_out.len();
    if n == 0 {
        return;
    }
    let k = SMOOTHING_HOURS;
    // Index of hour (h − j) mod n, for j ≤ k, without underflow.
    let back = |h: usize, j: usize| (h + n * (j / n + 1) - j) % n;
    // Window of hour 0: hours 0, −1, …, −71 (mod n).
    let mut sum: f64 = (0..k).map(|j| t_out[back(0, j)]).sum();
    let len = n.min(out.len());
    for h in 0..len {
        if h > 0 {
            // Slide the window: hour h enters, hour h − 72 leaves.
            sum += t_out[h] - t_out[back(h, k)];
        }
        out[h] = sum / k as f64;
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // in a test a panic is the failure report
mod tests {
    use super::*;

    #[test]
    fn month_boundaries() {
        assert_eq!(month_of_hour(0), 0);
        assert_eq!(month_of_hour(743), 0);
        assert_eq!(month_of_hour(744), 1);
        assert_eq!(month_of_hour(8015), 10);
        assert_eq!(month_of_hour(8016), 11);
        assert_eq!(month_of_hour(8759), 11);
        let days: usize = (0..12)
            .map(|m| (MONTH_START_HOUR[m + 1] - MONTH_START_HOUR[m]) / 24)
            .sum();
        assert_eq!(days, 365);
    }

    #[test]
    fn smooth_of_a_constant_is_the_constant() {
        let t = vec![7.25; HOURS];
        let mut out = vec![0.0; HOURS];
        smooth_72h(&t, &mut out);
        assert!(out.iter().all(|&x| (x - 7.25).abs() < 1e-12));
    }

    #[test]
    fn smooth_wraps_around_new_year() {
        // A single warm hour at the end of December shows up in the first 71 hours of January.
        let mut t = vec![0.0; HOURS];
        t[HOURS - 1] = 72.0;
        let mut out = vec![0.0; HOURS];
        smooth_72h(&t, &mut out);
        assert_eq!(out[HOURS - 1], 1.0);
        assert_eq!(out[70], 1.0);
        assert_eq!(out[71], 0.0);
        assert_eq!(out[HOURS - 2], 0.0);
    }

    #[test]
    fn smooth_of_a_series_shorter_than_the_window_wraps_repeatedly() {
        let t = [1.0, 2.0, 3.0];
        let mut out = [0.0; 3];
        smooth_72h(&t, &mut out);
        // 72 = 24 full turns of the 3-hour circle: every window holds each value 24 times.
        assert!(out.iter().all(|&x| (x - 2.0).abs() < 1e-12));
        smooth_72h(&[], &mut []);
    }

    #[test]
    fn monthly_means_of_a_month_index_year() {
        let t: Vec<f64> = (0..HOURS).map(|h| month_of_hour(h) as f64).collect();
        let means = monthly_means(&t);
        for (m, mean) in means.iter().enumerate() {
            assert_eq!(*mean, m as f64);
        }
    }
}

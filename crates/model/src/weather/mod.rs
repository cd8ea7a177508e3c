//! Weather (MODEL.md §1) — interface stub; the real module is being written.

/// Hours in the model year (no leap day).
pub const HOURS: usize = 8760;

/// First hour of each month, and 8760 at the end (MODEL.md §0).
pub const MONTH_START_HOUR: [usize; 13] =
    [0, 744, 1416, 2160, 2880, 3624, 4344, 5088, 5832, 6552, 7296, 8016, 8760];

/// An error in a weather file, naming its 1-based line.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct WeatherFileError {
    /// 1-based line number in the file.
    pub line: usize,
    /// What is wrong there, in words.
    pub message: String,
}

/// Month index 0..12 of hour `h` (0..8760).
pub fn month_of_hour(h: usize) -> usize {
    MONTH_START_HOUR[1..].iter().position(|&s| h < s).unwrap_or(11)
}

/// 72-hour trailing mean of `t_out` (circular), written into `out` (MODEL.md §1).
pub fn smooth_72h(t_out: &[f64], out: &mut [f64]) {
    let n = t_out.len();
    for h in 0..n {
        let mut s = 0.0;
        for k in 0..72 {
            s += t_out[(h + n * 72 - k) % n];
        }
        out[h] = s / 72.0;
    }
}

/// Reads an EPW file's dry-bulb column (stub).
pub fn read_epw(_bytes: &[u8]) -> Result<Vec<f64>, WeatherFileError> {
    Err(WeatherFileError { line: 1, message: "not implemented yet".into() })
}

/// Reads a one-column CSV of hourly temperatures (stub).
pub fn read_csv(_bytes: &[u8]) -> Result<Vec<f64>, WeatherFileError> {
    Err(WeatherFileError { line: 1, message: "not implemented yet".into() })
}

/// A synthetic year from 12 monthly means (stub: flat months).
pub fn synthetic_year(monthly_means_c: &[f64; 12], _diurnal_amplitude_k: f64) -> Vec<f64> {
    (0..HOURS).map(|h| monthly_means_c[month_of_hour(h)]).collect()
}

/// The temperatures of a built-in climate by id (stub: a flat 10 °C year for `po-valley`).
pub fn builtin_year(id: &str) -> Option<Vec<f64>> {
    (id == "po-valley").then(|| vec![10.0; HOURS])
}

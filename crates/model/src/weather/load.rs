//! Turning a scenario's weather section into 8,760 hourly temperatures.
//!
//! Built-in climates and synthetic years need nothing else; EPW and CSV files are read by the
//! caller (the command line reads the path relative to the scenario file, the browser takes
//! the user's upload) and handed over as bytes.

use super::{builtin_year, read_csv, read_epw, synthetic_year};
use crate::params::WeatherSpec;

/// Where a weather source failed, in words for people, naming the field and the file line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct WeatherLoadError {
    /// Scenario path of the weather field, e.g. `weather.epw_file`.
    pub path: &'static str,
    /// What went wrong, with the file name and line where there is one (English).
    pub message: String,
    /// The same facts as data, for wording the error in another language (boxed to keep
    /// `Result<_, WeatherLoadError>` small).
    pub kind: Box<WeatherLoadKind>,
}

/// What went wrong loading a weather source, as data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WeatherLoadKind {
    /// `weather.builtin` names no built-in climate.
    UnknownClimate {
        /// The id given.
        id: String,
    },
    /// The file could not be read; `reason` is the caller's words.
    CannotRead {
        /// The file's path as given.
        file: String,
        /// Why, as the caller said it.
        reason: String,
    },
    /// The file was read but is not a valid weather file.
    File {
        /// The file's path as given.
        file: String,
        /// What is wrong in it, and where.
        error: super::WeatherFileError,
    },
}

/// The hourly outdoor temperatures (°C, 8,760 values) for `spec`. `file` is called with the
/// path of an EPW or CSV source and returns its bytes (or why it could not be read).
pub fn load_weather(
    spec: &WeatherSpec,
    file: impl FnOnce(&str) -> Result<Vec<u8>, String>,
) -> Result<Vec<f64>, WeatherLoadError> {
    match spec {
        WeatherSpec::Builtin(id) => builtin_year(id).ok_or_else(|| WeatherLoadError {
            path: "weather.builtin",
            message: format!("\"{id}\" is not a built-in climate"),
            kind: Box::new(WeatherLoadKind::UnknownClimate { id: id.clone() }),
        }),
        WeatherSpec::Monthly {
            monthly_means_c,
            diurnal_amplitude_k,
        } => Ok(synthetic_year(monthly_means_c, *diurnal_amplitude_k)),
        WeatherSpec::EpwFile(path) => read_file(path, "weather.epw_file", file, read_epw),
        WeatherSpec::CsvFile(path) => read_file(path, "weather.csv_file", file, read_csv),
    }
}

fn read_file(
    path: &str,
    field: &'static str,
    file: impl FnOnce(&str) -> Result<Vec<u8>, String>,
    reader: fn(&[u8]) -> Result<Vec<f64>, super::WeatherFileError>,
) -> Result<Vec<f64>, WeatherLoadError> {
    let bytes = file(path).map_err(|e| WeatherLoadError {
        path: field,
        message: format!("cannot read \"{path}\": {e}"),
        kind: Box::new(WeatherLoadKind::CannotRead {
            file: path.to_string(),
            reason: e,
        }),
    })?;
    reader(&bytes).map_err(|e| WeatherLoadError {
        path: field,
        message: format!("\"{path}\" {e}"),
        kind: Box::new(WeatherLoadKind::File {
            file: path.to_string(),
            error: e,
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_and_monthly_need_no_file() {
        let spec = WeatherSpec::default();
        let t = load_weather(&spec, |_| Err("unused".into()));
        assert_eq!(t.map(|t| t.len()), Ok(8760));
        let spec = WeatherSpec::Monthly {
            monthly_means_c: [5.0; 12],
            diurnal_amplitude_k: 0.0,
        };
        let t = load_weather(&spec, |_| Err("unused".into())).unwrap_or_default();
        assert!(t.iter().all(|&x| (x - 5.0).abs() < 1e-9));
    }

    #[test]
    fn file_errors_name_field_file_and_line() {
        let spec = WeatherSpec::CsvFile("w.csv".into());
        let err = load_weather(&spec, |_| Ok(b"t\n1\n2\n".to_vec())).err();
        let err = err.map(|e| e.to_string()).unwrap_or_default();
        assert!(
            err.starts_with("weather.csv_file: \"w.csv\" line 4"),
            "{err}"
        );
        let spec = WeatherSpec::EpwFile("missing.epw".into());
        let err = load_weather(&spec, |_| Err("no such file".into())).err();
        assert_eq!(
            err.map(|e| e.to_string()).unwrap_or_default(),
            "weather.epw_file: cannot read \"missing.epw\": no such file"
        );
        let spec = WeatherSpec::Builtin("atlantis".into());
        assert!(load_weather(&spec, |_| Err(String::new())).is_err());
    }
}

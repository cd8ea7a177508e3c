//! Why a file is refused, with the line and the column (docs/model/measured.md §1).

use thiserror::Error;

/// A refused file: where (line and column, both 1-based; the column's header text when known)
/// and why. Its `Display` is a complete sentence for the page and the CLI, e.g.
/// `line 7, column 3 (heat_delivered_kw): "12,3x" is not a number`.
#[derive(Debug, Clone, PartialEq, Error)]
#[error("line {line}, column {column}{}: {kind}", header_suffix(.header))]
pub struct LoadError {
    /// Line in the file, 1-based (comment lines counted).
    pub line: u64,
    /// Column, 1-based: the field's position in the row (for bytes: the byte in the line).
    pub column: u64,
    /// The column's header text, if the header was read.
    pub header: Option<String>,
    /// What is wrong.
    pub kind: ErrorKind,
}

fn header_suffix(header: &Option<String>) -> String {
    match header {
        Some(h) => format!(" ({h})"),
        None => String::new(),
    }
}

/// What is wrong with a file.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ErrorKind {
    /// No bytes, or only blank and comment lines.
    #[error("the file is empty")]
    Empty,
    /// A NUL byte: not a text file.
    #[error("the file is binary, not CSV text")]
    Binary,
    /// Not valid UTF-8.
    #[error("the file is not UTF-8 text")]
    NotUtf8,
    /// The header has no timestamp column.
    #[error("no `{expected}` column; the header has: {found}")]
    NoTimestamp {
        /// The name looked for.
        expected: String,
        /// The header cells found, comma-separated.
        found: String,
    },
    /// The header has a single column.
    #[error("only one column; expected `timestamp` and at least one measured series")]
    OneColumn,
    /// No column is a measured series.
    #[error("no measured column; expected any of: {expected}")]
    NoSeries {
        /// The accepted names.
        expected: String,
    },
    /// A measured column's unit is not known for its quantity.
    #[error("unknown unit \"{unit}\"; allowed: {allowed}")]
    UnknownUnit {
        /// The unit as written.
        unit: String,
        /// The units allowed for this quantity.
        allowed: &'static str,
    },
    /// A name suffix and a bracketed unit disagree (`it_kw (MW)`).
    #[error("the units \"{first}\" and \"{second}\" disagree")]
    UnitConflict {
        /// The suffix unit.
        first: String,
        /// The bracketed unit.
        second: String,
    },
    /// Two columns are the same series.
    #[error("`{series}` appears twice (also column {other})")]
    DuplicateSeries {
        /// The series name.
        series: &'static str,
        /// The other column, 1-based.
        other: u64,
    },
    /// A mapping names a header that is not in the file.
    #[error("the mapping names a column \"{header}\" that is not in the header")]
    MappedColumnMissing {
        /// The header text the mapping gave.
        header: String,
    },
    /// A row has fewer fields than the header.
    #[error("{found} fields, the header has {expected}")]
    FieldCount {
        /// Fields in the header.
        expected: u64,
        /// Fields in this row.
        found: u64,
    },
    /// A timestamp cannot be read.
    #[error("\"{value}\" is not a timestamp (ISO 8601 like 2023-07-01T14:00:00+02:00, or dd/mm/yyyy hh:mm)")]
    BadTimestamp {
        /// The text.
        value: String,
    },
    /// A wall-clock time inside the spring-forward hour.
    #[error("\"{value}\" does not exist in Italian local time (clocks go from 02:00 to 03:00 that night); give an offset")]
    NonexistentLocalTime {
        /// The text.
        value: String,
    },
    /// A number cannot be read.
    #[error("\"{value}\" is not a number")]
    BadNumber {
        /// The text.
        value: String,
    },
    /// A value outside its plausible range.
    #[error("{value} {unit} is outside the plausible range {min} to {max} {unit}")]
    OutOfRange {
        /// The value after unit conversion.
        value: f64,
        /// kW or °C.
        unit: &'static str,
        /// Lowest allowed.
        min: f64,
        /// Highest allowed.
        max: f64,
    },
    /// A header and no data rows.
    #[error("no data rows after the header")]
    NoRows,
    /// The CSV reader's own error (e.g. an unterminated quote).
    #[error("CSV error: {message}")]
    Csv {
        /// The reader's message.
        message: String,
    },
}

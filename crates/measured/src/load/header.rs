//! The header row: separator, timestamp column, measured columns and their units.

use crate::error::{ErrorKind, LoadError};
use crate::load::LoadOptions;
use crate::series::{classify_header, split_bracket, Series, Unit};
use crate::time::parse_offset;

/// A measured column of the file.
pub(crate) struct Column {
    pub(crate) index: usize,
    pub(crate) series: Series,
    pub(crate) factor: f64,
    pub(crate) header: String,
}

pub(crate) fn err(line: u64, column: u64, header: Option<&str>, kind: ErrorKind) -> LoadError {
    LoadError {
        line,
        column,
        header: header.map(str::to_string),
        kind,
    }
}

/// Counts `,` and `;` outside double quotes in the header line; `;` wins only if more frequent.
pub(crate) fn detect_delimiter(text: &str) -> u8 {
    let header = text
        .lines()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .unwrap_or("");
    let (mut quoted, mut commas, mut semis) = (false, 0, 0);
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semis += 1,
            _ => {}
        }
    }
    if semis > commas {
        b';'
    } else {
        b','
    }
}

/// A header cell as written, for showing: trimmed, without a byte-order mark.
pub(crate) fn header_text(cell: &str) -> &str {
    cell.trim().trim_start_matches('\u{feff}').trim()
}

/// A header cell as the loader compares names: trimmed, without a byte-order mark, in lower
/// case (the one rule, for the loader and for a caller matching cells to series).
pub fn header_key(cell: &str) -> String {
    header_text(cell).to_lowercase()
}

/// Which of the header `cells` is the timestamp column `options` name (by default
/// `timestamp`), compared case-insensitively, with or without a zone in brackets: the one rule,
/// for the loader and for a caller that lets the user choose the columns.
pub fn timestamp_index<'a>(
    cells: impl IntoIterator<Item = &'a str>,
    options: &LoadOptions,
) -> Option<usize> {
    let ts_name = header_key(options.timestamp_column.as_deref().unwrap_or("timestamp"));
    cells.into_iter().position(|c| {
        let n = header_key(c);
        n == ts_name || split_bracket(&n).0 == ts_name
    })
}

/// Reads the header row: the timestamp column and the measured columns.
pub(crate) fn read_header(
    cells: &csv::StringRecord,
    line: u64,
    options: &LoadOptions,
    ignored: &mut Vec<String>,
) -> Result<(usize, Vec<Column>), LoadError> {
    let ts_name = options.timestamp_column.as_deref().unwrap_or("timestamp");
    let ts_index = timestamp_index(cells.iter(), options);
    if cells.len() <= 1 {
        return Err(err(
            line,
            1,
            cells.get(0).map(str::trim),
            ErrorKind::OneColumn,
        ));
    }
    let Some(ts_index) = ts_index else {
        let found: Vec<String> = cells.iter().map(|c| c.trim().to_string()).collect();
        return Err(err(
            line,
            1,
            None,
            ErrorKind::NoTimestamp {
                expected: ts_name.to_string(),
                found: found.join(", ").chars().take(200).collect(),
            },
        ));
    };
    let mut columns: Vec<Column> = Vec::new();
    for m in &options.mapping {
        let Some(index) = cells
            .iter()
            .position(|c| header_key(c) == header_key(&m.header))
        else {
            return Err(err(
                line,
                1,
                None,
                ErrorKind::MappedColumnMissing {
                    header: m.header.clone(),
                },
            ));
        };
        let header = cells.get(index).unwrap_or("").trim();
        let unit = match (split_bracket(header).1, m.unit) {
            (Some(b), None) => m.series.resolve_unit(None, Some(b)),
            (_, Some(u)) => Ok(u),
            (None, None) => m.series.resolve_unit(None, None),
        }
        .map_err(|k| err(line, index as u64 + 1, Some(header), k))?;
        push_column(&mut columns, index, m.series, unit, header, line)?;
    }
    for (index, cell) in cells.iter().enumerate() {
        if index == ts_index {
            continue;
        }
        if !options.mapping.is_empty() {
            // With the caller's choice, a column it did not name is not read.
            if !columns.iter().any(|c| c.index == index) {
                ignored.push(cell.trim().to_string());
            }
            continue;
        }
        let header = cell.trim();
        match classify_header(header) {
            Some(Ok((series, unit))) => {
                push_column(&mut columns, index, series, unit, header, line)?;
            }
            Some(Err(kind)) => return Err(err(line, index as u64 + 1, Some(header), kind)),
            None => ignored.push(header.to_string()),
        }
    }
    if columns.is_empty() {
        let expected: Vec<&str> = Series::ALL.iter().map(|s| s.name()).collect();
        return Err(err(
            line,
            1,
            None,
            ErrorKind::NoSeries {
                expected: expected.join(", "),
            },
        ));
    }
    Ok((ts_index, columns))
}

fn push_column(
    columns: &mut Vec<Column>,
    index: usize,
    series: Series,
    unit: Unit,
    header: &str,
    line: u64,
) -> Result<(), LoadError> {
    if let Some(other) = columns.iter().find(|c| c.series == series) {
        return Err(err(
            line,
            index as u64 + 1,
            Some(header),
            ErrorKind::DuplicateSeries {
                series: series.name(),
                other: other.index as u64 + 1,
            },
        ));
    }
    columns.push(Column {
        index,
        series,
        factor: unit.factor(),
        header: header.to_string(),
    });
    Ok(())
}

pub(crate) fn unit_of(c: &Column) -> Unit {
    if c.series.is_temperature() {
        Unit::Celsius
    } else if c.factor == 1000.0 {
        Unit::Mw
    } else {
        Unit::Kw
    }
}

/// The time zone a timestamp header declares in brackets, for stamps without their own offset:
/// `timestamp` → `None` (Italian wall clock); `timestamp (UTC)` → 0; `timestamp (UTC+1)`,
/// `(UTC+01:00)`, `(+01:00)` → that offset in minutes; `(local)`, `(CET/CEST)`, `(ora locale)` →
/// `None`. Anything else is refused, so a zone is never silently misread.
pub(crate) fn time_zone(header: &str) -> Result<Option<i32>, ErrorKind> {
    let Some(zone) = split_bracket(header).1 else {
        return Ok(None);
    };
    let z = zone.trim().to_ascii_lowercase();
    let unknown = || ErrorKind::UnknownUnit {
        unit: zone.trim().to_string(),
        allowed: "UTC, UTC±hh:mm, local",
    };
    match z.as_str() {
        "utc" | "z" | "gmt" => Ok(Some(0)),
        "local" | "cet/cest" | "ora locale" | "europe/rome" => Ok(None),
        _ => {
            let rest = z.strip_prefix("utc").unwrap_or(&z);
            // `+1` → `+01`, so the stamp parser's offset forms apply.
            let padded = match rest.len() {
                2 => format!(
                    "{}0{}",
                    rest.get(..1).unwrap_or(""),
                    rest.get(1..).unwrap_or("")
                ),
                _ => rest.to_string(),
            };
            match parse_offset(&padded) {
                Some(Some(o)) => Ok(Some(o)),
                _ => Err(unknown()),
            }
        }
    }
}

//! EnergyPlus weather (EPW) files: the dry-bulb column of the hourly rows (MODEL.md §1.2).
//!
//! Layout: 8 header lines (LOCATION … DATA PERIODS), then one comma-separated row per hour.
//! Field 7 of a row is the dry-bulb temperature in °C, 99.9 meaning "missing" (EnergyPlus
//! Auxiliary Programs, EPW data dictionary). Rows are taken in file order; their date fields
//! are not checked, so a TMY stitched from different years reads as written. Empty lines after
//! the last row are ignored; an empty line between rows is an error, since it would shift
//! every later hour.
//!
//! Time: EPW rows are in local standard time; the LOCATION line's 9th field is the time zone
//! (hours from UTC). [`read_epw_header`] reports it but rows are never shifted: an upload is
//! taken as written, row `i` is model hour `i` (docs/model/climates.md §4).

use super::lines::{decode, is_blank, last_non_blank, parse_number, quote, split_lines};
use super::{WeatherErrorKind, WeatherFileError, WeatherFormat, HOURS};

/// Header lines before the first hourly row.
const HEADER_LINES: usize = 8;

/// 1-based position of the dry-bulb temperature among a row's comma-separated fields.
const DRY_BULB_FIELD: usize = 7;

/// The EPW code for a missing dry-bulb temperature; valid values are below it.
const MISSING: f64 = 99.9;

/// 1-based position of the data source among the LOCATION line's comma-separated fields.
const SOURCE_FIELD: usize = 5;

/// 1-based position of the time zone (hours from UTC) among the LOCATION line's fields.
const TIME_ZONE_FIELD: usize = 9;

/// The data source PVGIS writes in its EPW files, whose rows are UTC whatever the time-zone
/// field says (the shipped PVGIS file writes time zone 1 with UTC rows).
const PVGIS_SOURCE: &str = "ECMWF/ERA";

/// What an EPW file's LOCATION line says about time (docs/model/climates.md §4).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EpwHeader {
    /// The 9th field of the LOCATION line, hours from UTC, when it is a number within
    /// −12…+14; `None` when the first line is not a LOCATION line or the field is missing,
    /// not a number or out of range.
    pub time_zone_h: Option<f64>,
    /// The 5th field of the LOCATION line (data source), trimmed, when there is one.
    pub data_source: Option<String>,
    /// True when the data source is PVGIS's `ECMWF/ERA`: such files hold UTC rows although EPW
    /// rows should be local standard time and their time-zone field may say otherwise. The
    /// rows are still read as written; the app can warn.
    pub rows_maybe_utc: bool,
}

/// Reads the time zone and data source of an EPW file's LOCATION line (its first line).
///
/// Never fails: anything unreadable gives `None` fields, so it can be called on any bytes,
/// before or after [`read_epw`], without changing which files are accepted.
pub fn read_epw_header(bytes: &[u8]) -> EpwHeader {
    let lines = split_lines(bytes);
    let Some(first) = lines.first().and_then(|l| std::str::from_utf8(l).ok()) else {
        return EpwHeader::default();
    };
    let fields: Vec<&str> = first.split(',').map(str::trim).collect();
    if !fields
        .first()
        .is_some_and(|f| f.eq_ignore_ascii_case("LOCATION"))
    {
        return EpwHeader::default();
    }
    let time_zone_h = fields
        .get(TIME_ZONE_FIELD - 1)
        .and_then(|f| parse_number(f))
        .filter(|tz| (-12.0..=14.0).contains(tz));
    let data_source = fields
        .get(SOURCE_FIELD - 1)
        .filter(|f| !f.is_empty())
        .map(|f| (*f).to_string());
    let rows_maybe_utc = data_source.as_deref() == Some(PVGIS_SOURCE);
    EpwHeader {
        time_zone_h,
        data_source,
        rows_maybe_utc,
    }
}

/// Reads the outdoor dry-bulb temperatures (°C, 8,760 values, hour 0 first) of an EPW file.
///
/// Rules (MODEL.md §1.2): after the 8 header lines, exactly 8,760 non-empty rows; trailing
/// empty lines are ignored; the 7th comma-separated field of each row is a number below 99.9.
/// Lines may end in `\r\n`. Header lines are not decoded, so a station name in a legacy
/// 8-bit encoding is accepted; a row that is not valid UTF-8 is an error.
///
/// # Errors
///
/// The first offending line, with what was wrong and what was expected: a row that is not
/// UTF-8, an empty line among the rows, a row with fewer than 7 fields, a dry bulb that is not
/// a number or is 99.9 or more, a 8,761st row (line 8,769 of a well-formed file), or, for a
/// file with too few rows, the line after its last non-empty line.
pub fn read_epw(bytes: &[u8]) -> Result<Vec<f64>, WeatherFileError> {
    let lines = split_lines(bytes);
    let last = last_non_blank(&lines);
    let mut temps = Vec::with_capacity(HOURS);
    for (i, raw) in lines.iter().enumerate().take(last).skip(HEADER_LINES) {
        let line = i + 1;
        if temps.len() == HOURS {
            return Err(WeatherFileError {
                line,
                message: format!(
                    "more than 8,760 hourly rows; expected exactly 8,760 rows on lines {}–{}",
                    HEADER_LINES + 1,
                    HEADER_LINES + HOURS
                ),
                kind: WeatherErrorKind::TooManyRows {
                    format: WeatherFormat::Epw,
                },
            });
        }
        if is_blank(raw) {
            return Err(WeatherFileError {
                line,
                message: format!(
                    "empty line inside the hourly rows (after hour {}); expected 8,760 \
                     consecutive rows, one per hour",
                    temps.len()
                ),
                kind: WeatherErrorKind::EmptyLine {
                    after_hour: temps.len(),
                },
            });
        }
        let text = decode(
            raw,
            line,
            "an ASCII row of comma-separated EPW fields",
            WeatherFormat::Epw,
        )?;
        temps.push(dry_bulb(text, line)?);
    }
    if temps.len() < HOURS {
        let rows = temps.len();
        let (message, kind) = if last < HEADER_LINES {
            (
                format!(
                    "the file ends after {last} line{}; expected 8 header lines, then 8,760 hourly rows",
                    if last == 1 { "" } else { "s" }
                ),
                WeatherErrorKind::HeaderTooShort { lines: last },
            )
        } else {
            (
                format!(
                    "the file ends after {rows} hourly row{}; expected 8,760",
                    if rows == 1 { "" } else { "s" }
                ),
                WeatherErrorKind::TooFewRows {
                    format: WeatherFormat::Epw,
                    found: rows,
                },
            )
        };
        return Err(WeatherFileError {
            line: last + 1,
            message,
            kind,
        });
    }
    Ok(temps)
}

/// The dry-bulb temperature of one row.
fn dry_bulb(row: &str, line: usize) -> Result<f64, WeatherFileError> {
    let Some(field) = row.split(',').nth(DRY_BULB_FIELD - 1) else {
        let n = row.split(',').count();
        return Err(WeatherFileError {
            line,
            message: format!(
                "row has {n} comma-separated field{}; expected the dry-bulb temperature in field 7 \
                 (of 35)",
                if n == 1 { "" } else { "s" }
            ),
            kind: WeatherErrorKind::TooFewFields { found: n },
        });
    };
    match parse_number(field) {
        None => Err(WeatherFileError {
            line,
            message: format!(
                "dry-bulb temperature (7th field) is {}, not a number",
                quote(field)
            ),
            kind: WeatherErrorKind::NotANumber {
                format: WeatherFormat::Epw,
                text: quote(field),
                separator: false,
            },
        }),
        Some(t) if t >= MISSING => Err(WeatherFileError {
            line,
            message: format!(
                "dry-bulb temperature (7th field) is {}, which EPW uses for a missing value; \
                 expected a temperature below 99.9 °C",
                quote(field)
            ),
            kind: WeatherErrorKind::TooHigh { text: quote(field) },
        }),
        Some(t) => Ok(t),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // in a test a panic is the failure report
mod tests {
    use super::*;

    fn file(rows: usize, dry_bulb: &str) -> String {
        let mut s: String = (1..=8).map(|i| format!("HEADER {i}\n")).collect();
        for h in 0..rows {
            s.push_str(&format!(
                "2014,1,1,{},0,?,{dry_bulb},-0.28,90\n",
                h % 24 + 1
            ));
        }
        s
    }

    #[test]
    fn reads_a_minimal_file() {
        let t = read_epw(file(HOURS, " 1.5 ").as_bytes()).expect("a valid EPW");
        assert_eq!(t.len(), HOURS);
        assert!(t.iter().all(|&x| x == 1.5));
    }

    #[test]
    fn missing_value_and_above_are_rejected_just_below_is_not() {
        assert_eq!(
            read_epw(file(HOURS, "99.9").as_bytes()).unwrap_err().line,
            9
        );
        assert_eq!(read_epw(file(HOURS, "150").as_bytes()).unwrap_err().line, 9);
        assert!(read_epw(file(HOURS, "99.89").as_bytes()).is_ok());
        assert!(read_epw(file(HOURS, "-99.9").as_bytes()).is_ok());
    }

    #[test]
    fn short_rows_name_the_line() {
        let mut s = file(HOURS, "1");
        s = s.replacen("2014,1,1,1,0,?,1,-0.28,90", "2014,1,1", 1);
        let e = read_epw(s.as_bytes()).unwrap_err();
        assert_eq!(e.line, 9);
        assert!(e.message.contains("3 comma-separated fields"), "{e}");
    }

    #[test]
    fn header_time_zone_and_source() {
        let h = read_epw_header(b"LOCATION,Milano,-,ITA,IWEC,160800,45.43,9.28,1.0,103\n");
        assert_eq!(h.time_zone_h, Some(1.0));
        assert_eq!(h.data_source.as_deref(), Some("IWEC"));
        assert!(!h.rows_maybe_utc);
        let h = read_epw_header(b"LOCATION,x,-,x,ECMWF/ERA,x,45,8,1,250\r\nDESIGN\n");
        assert_eq!(h.time_zone_h, Some(1.0));
        assert!(h.rows_maybe_utc);
        let h = read_epw_header(b"LOCATION,x,-,x,src,x,1,2,-3.5,0\n");
        assert_eq!(h.time_zone_h, Some(-3.5));
        // Out of range, not a number, missing, not a LOCATION line, not UTF-8, empty.
        for bad in [
            &b"LOCATION,x,-,x,s,x,1,2,15,0"[..],
            b"LOCATION,x,-,x,s,x,1,2,UTC,0",
            b"LOCATION,x,-,x",
            b"2014,1,1,1,0,?,1.5",
            b"LOCATION,\xFF,-,x,s,x,1,2,1,0",
            b"",
        ] {
            assert_eq!(read_epw_header(bad).time_zone_h, None);
        }
        assert_eq!(read_epw_header(b"").data_source, None);
    }

    #[test]
    fn a_file_shorter_than_its_header() {
        let e = read_epw(b"LOCATION\nDESIGN\n\n").unwrap_err();
        assert_eq!(e.line, 3);
        assert_eq!(read_epw(b"").unwrap_err().line, 1);
        assert_eq!(read_epw(b"\n\n\n").unwrap_err().line, 1);
    }
}

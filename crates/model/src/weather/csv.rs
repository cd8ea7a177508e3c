//! One-column CSV files of hourly outdoor temperatures (MODEL.md §1.3).
//!
//! One value per line, hour 0 first, °C. Blank lines are ignored anywhere; a first non-blank
//! line that is not a number is a header (a column name such as `t_out_c`); every other line
//! must be a number within −90…70 °C (beyond the records of −89.2 and 56.7 °C).

use super::lines::{decode, is_blank, last_non_blank, parse_number, quote, split_lines};
use super::{WeatherErrorKind, WeatherFileError, WeatherFormat, HOURS};

/// Lowest accepted temperature, °C.
pub const CSV_MIN_C: f64 = -90.0;

/// Highest accepted temperature, °C.
pub const CSV_MAX_C: f64 = 70.0;

/// Reads a one-column CSV of hourly outdoor temperatures (°C, 8,760 values, hour 0 first).
///
/// Rules (MODEL.md §1.3): exactly 8,760 numeric lines, one value per line, each within
/// −90…70 °C; blank lines are ignored; a first non-blank line that is not a number is a
/// header. Lines may end in `\r\n`; a UTF-8 byte-order mark at the start is ignored.
///
/// # Errors
///
/// The first offending line, with what was wrong and what was expected: a line that is not
/// UTF-8, a non-numeric line other than the header, a value outside −90…70 °C, the
/// 8,761st value, or, for a file with too few values, the line after its last non-blank line.
pub fn read_csv(bytes: &[u8]) -> Result<Vec<f64>, WeatherFileError> {
    let lines = split_lines(bytes);
    let mut temps = Vec::with_capacity(HOURS);
    let mut first = true;
    for (i, raw) in lines.iter().enumerate() {
        let line = i + 1;
        if is_blank(raw) {
            continue;
        }
        let text = decode(
            raw,
            line,
            "one temperature in °C per line",
            WeatherFormat::Csv,
        )?;
        let is_header = first;
        first = false;
        let Some(t) = parse_number(text) else {
            if is_header {
                continue;
            }
            let separator = text.contains(',') || text.contains(';');
            let hint = if separator {
                " (one value per line, with a decimal point)"
            } else {
                ""
            };
            return Err(WeatherFileError {
                line,
                message: format!(
                    "{} is not a number; expected one temperature in °C per line{hint}",
                    quote(text)
                ),
                kind: WeatherErrorKind::NotANumber {
                    format: WeatherFormat::Csv,
                    text: quote(text),
                    separator,
                },
            });
        };
        if temps.len() == HOURS {
            return Err(WeatherFileError {
                line,
                message: "more than 8,760 values; expected exactly one per hour of the year".into(),
                kind: WeatherErrorKind::TooManyRows {
                    format: WeatherFormat::Csv,
                },
            });
        }
        if !(CSV_MIN_C..=CSV_MAX_C).contains(&t) {
            return Err(WeatherFileError {
                line,
                message: format!(
                    "temperature {} °C is outside the accepted range −90…70 °C",
                    quote(text)
                ),
                kind: WeatherErrorKind::OutOfRange { text: quote(text) },
            });
        }
        temps.push(t);
    }
    if temps.len() < HOURS {
        let n = temps.len();
        return Err(WeatherFileError {
            line: last_non_blank(&lines) + 1,
            message: format!(
                "the file ends after {n} value{}; expected 8,760, one per hour",
                if n == 1 { "" } else { "s" }
            ),
            kind: WeatherErrorKind::TooFewRows {
                format: WeatherFormat::Csv,
                found: n,
            },
        });
    }
    Ok(temps)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // in a test a panic is the failure report
mod tests {
    use super::*;

    #[test]
    fn range_limits_are_inclusive() {
        let mut s = String::from("-90\n70\n");
        s.push_str(&"0\n".repeat(HOURS - 2));
        let t = read_csv(s.as_bytes()).expect("a valid CSV");
        assert_eq!((t[0], t[1]), (-90.0, 70.0));
    }

    #[test]
    fn a_header_only_counts_on_the_first_non_blank_line() {
        let mut s = String::from("\n\n t_out_c \n");
        s.push_str(&"1\n".repeat(HOURS));
        assert_eq!(read_csv(s.as_bytes()).expect("a valid CSV").len(), HOURS);
        let mut s = String::from("1\nt_out_c\n");
        s.push_str(&"1\n".repeat(HOURS - 1));
        assert_eq!(read_csv(s.as_bytes()).unwrap_err().line, 2);
    }

    #[test]
    fn a_decimal_comma_gets_a_hint() {
        let mut s = String::from("t\n1,5\n");
        s.push_str(&"1\n".repeat(HOURS));
        let e = read_csv(s.as_bytes()).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("decimal point"), "{e}");
    }

    #[test]
    fn empty_and_blank_files() {
        assert_eq!(read_csv(b"").unwrap_err().line, 1);
        assert_eq!(read_csv(b"\n \n\t\n").unwrap_err().line, 1);
        assert_eq!(read_csv(b"t_out_c\n").unwrap_err().line, 2);
    }
}

//! Cells and lines: numbers, line numbers of records, the autumn repeated hour.

use crate::error::ErrorKind;

/// Line and column (1-based, bytes) of byte offset `at`.
pub(crate) fn line_col(bytes: &[u8], at: usize) -> (u64, u64) {
    let before = bytes.get(..at).unwrap_or(bytes);
    let line = before.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    (line, (at - start) as u64 + 1)
}

/// A number cell: `Ok(None)` for a missing marker, the value (point or comma decimal) or an error.
pub(crate) fn parse_number(cell: &str) -> Result<Option<f64>, ErrorKind> {
    let t = cell.trim();
    if t.is_empty()
        || ["na", "n/a", "nan", "null", "-"]
            .iter()
            .any(|m| t.eq_ignore_ascii_case(m))
    {
        return Ok(None);
    }
    let bad = || ErrorKind::BadNumber {
        value: t.chars().take(40).collect(),
    };
    let value: f64 = if t.contains(',') {
        if t.contains('.') || t.matches(',').count() > 1 {
            return Err(bad());
        }
        t.replace(',', ".").parse().map_err(|_| bad())?
    } else {
        t.parse().map_err(|_| bad())?
    };
    if value.is_finite() {
        Ok(Some(value))
    } else {
        Err(bad())
    }
}

/// Line numbers of records from their byte offsets. The CSV reader reports a record's start
/// before the comment and blank lines it skipped, so those are skipped here too; counting is
/// incremental (records come in order), so the whole file costs one pass.
pub(crate) struct LineCounter<'a> {
    bytes: &'a [u8],
    at: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        LineCounter {
            bytes,
            at: 0,
            line: 1,
        }
    }

    pub(crate) fn line_of(&mut self, byte: u64) -> u64 {
        let mut start = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .min(self.bytes.len());
        if start < self.at {
            return self.line; // not expected: records come in order
        }
        let count = |from: usize, to: usize| {
            self.bytes
                .get(from..to)
                .map_or(0, |s| s.iter().filter(|&&b| b == b'\n').count())
        };
        self.line += count(self.at, start) as u64;
        // Skip comment and blank lines.
        while let Some(rest) = self.bytes.get(start..) {
            let skip = rest.first() == Some(&b'#')
                || rest.first() == Some(&b'\n')
                || rest.starts_with(b"\r\n");
            let Some(nl) = rest.iter().position(|&b| b == b'\n') else {
                break;
            };
            if !skip {
                break;
            }
            start += nl + 1;
            self.line += 1;
        }
        self.at = start;
        self.line
    }
}

/// The autumn repeated hour, taken in file order (docs/model/measured.md §2, rule 4).
#[derive(Default)]
pub(crate) struct FallBack {
    /// Day and second-within-hour of the last ambiguous time seen.
    last: Option<(i64, u32)>,
    /// The day on which the clock has gone back.
    fallen_back_day: Option<i64>,
}

impl FallBack {
    /// Offset (minutes) of an ambiguous wall-clock time on `day`, `s` seconds into the hour.
    pub(crate) fn offset(&mut self, day: i64, s: u32) -> i32 {
        if self.fallen_back_day == Some(day) {
            return 60;
        }
        if let Some((d, prev)) = self.last {
            if d == day && s <= prev {
                self.fallen_back_day = Some(day);
                return 60;
            }
        }
        self.last = Some((day, s));
        120
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::header::detect_delimiter;

    #[test]
    fn numbers() {
        assert_eq!(parse_number("12.5"), Ok(Some(12.5)));
        assert_eq!(parse_number(" 12,5 "), Ok(Some(12.5)));
        assert_eq!(parse_number("-1e3"), Ok(Some(-1000.0)));
        assert_eq!(parse_number(""), Ok(None));
        assert_eq!(parse_number("NaN"), Ok(None));
        assert_eq!(parse_number("n/a"), Ok(None));
        for bad in ["abc", "1.234,5", "1,2,3", "inf", "12 kW"] {
            assert!(parse_number(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn delimiters() {
        assert_eq!(detect_delimiter("# a;b;c\ntimestamp,it_kw\n"), b',');
        assert_eq!(detect_delimiter("timestamp;it_kw;\"a,b,c\"\n"), b';');
        assert_eq!(detect_delimiter(""), b',');
    }

    #[test]
    fn line_and_column_of_a_byte() {
        assert_eq!(line_col(b"ab\ncd\x00", 5), (2, 3));
        assert_eq!(line_col(b"\x00", 0), (1, 1));
    }
}

//! CSV bytes → hourly series on the model's year (docs/model/measured.md §1–3).
//!
//! Never panics on any bytes (fuzzed in `tests/fuzz.rs`): every index is checked, every
//! failure is a [`LoadError`] with the line and the column.

use serde::{Deserialize, Serialize};

use crate::error::{ErrorKind, LoadError};
use crate::series::{classify_header, split_bracket, Series, Unit};
use crate::time::{
    days_from_epoch, instant_utc_s, model_slot, parse_stamp, wall_clock, ModelSlot, WallClock,
    HOURS_PER_YEAR,
};

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
    pub samples_in_hour: Vec<u16>,
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

/// A measured column of the file.
struct Column {
    index: usize,
    series: Series,
    factor: f64,
    header: String,
}

fn err(line: u64, column: u64, header: Option<&str>, kind: ErrorKind) -> LoadError {
    LoadError {
        line,
        column,
        header: header.map(str::to_string),
        kind,
    }
}

/// Line and column (1-based, bytes) of byte offset `at`.
fn line_col(bytes: &[u8], at: usize) -> (u64, u64) {
    let before = bytes.get(..at).unwrap_or(bytes);
    let line = before.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
    let start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    (line, (at - start) as u64 + 1)
}

/// Counts `,` and `;` outside double quotes in the header line; `;` wins only if more frequent.
fn detect_delimiter(text: &str) -> u8 {
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

/// A number cell: `Ok(None)` for a missing marker, the value (point or comma decimal) or an error.
fn parse_number(cell: &str) -> Result<Option<f64>, ErrorKind> {
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

/// Reads the header row: the timestamp column and the measured columns.
fn read_header(
    cells: &csv::StringRecord,
    line: u64,
    options: &LoadOptions,
    ignored: &mut Vec<String>,
) -> Result<(usize, Vec<Column>), LoadError> {
    let ts_name = options.timestamp_column.as_deref().unwrap_or("timestamp");
    let norm = |c: &str| {
        c.trim()
            .trim_start_matches('\u{feff}')
            .trim()
            .to_lowercase()
    };
    let ts_index = cells.iter().position(|c| {
        let n = norm(c);
        n == ts_name.trim().to_lowercase() || split_bracket(&n).0 == ts_name.trim().to_lowercase()
    });
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
        let Some(index) = cells.iter().position(|c| norm(c) == norm(&m.header)) else {
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
        if index == ts_index || !options.mapping.is_empty() {
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

/// Line numbers of records from their byte offsets. The CSV reader reports a record's start
/// before the comment and blank lines it skipped, so those are skipped here too; counting is
/// incremental (records come in order), so the whole file costs one pass.
struct LineCounter<'a> {
    bytes: &'a [u8],
    at: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        LineCounter {
            bytes,
            at: 0,
            line: 1,
        }
    }

    fn line_of(&mut self, byte: u64) -> u64 {
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

/// The autumn repeated hour, taken in file order (docs/model/measured.md §2, rule 3).
#[derive(Default)]
struct FallBack {
    /// Day and second-within-hour of the last ambiguous time seen.
    last: Option<(i64, u32)>,
    /// The day on which the clock has gone back.
    fallen_back_day: Option<i64>,
}

impl FallBack {
    /// Offset (minutes) of an ambiguous wall-clock time on `day`, `s` seconds into the hour.
    fn offset(&mut self, day: i64, s: u32) -> i32 {
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

/// Loads a CSV file of measured series (docs/model/measured.md). The bytes may be anything:
/// a bad file is refused with a [`LoadError`] naming the line and the column.
pub fn load_csv(bytes: &[u8], options: &LoadOptions) -> Result<Measured, LoadError> {
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let (line, column) = line_col(bytes, at);
        return Err(err(line, column, None, ErrorKind::Binary));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let (line, column) = line_col(bytes, e.valid_up_to());
            return Err(err(line, column, None, ErrorKind::NotUtf8));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = detect_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let csv_err = |e: csv::Error| {
        let line = e.position().map_or(1, |p| p.line());
        err(
            line,
            1,
            None,
            ErrorKind::Csv {
                message: e.to_string(),
            },
        )
    };
    // The header: the first record that is not blank.
    let mut report = LoadReport {
        delimiter: char::from(delimiter),
        ..LoadReport::default()
    };
    // (The reader reports the header's line before the comments it skipped: count it here.)
    let header_line = text
        .lines()
        .position(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map_or(1, |i| i as u64 + 1);
    loop {
        if !reader.read_record(&mut record).map_err(csv_err)? {
            return Err(err(1, 1, None, ErrorKind::Empty));
        }
        if record.iter().any(|c| !c.trim().is_empty()) {
            break;
        }
    }
    let header_cells = record.clone();
    let (ts_index, columns) = read_header(
        &header_cells,
        header_line,
        options,
        &mut report.ignored_columns,
    )?;
    let width = header_cells.len();
    let ts_header = header_cells.get(ts_index).unwrap_or("timestamp").trim();

    let mut sums = vec![0.0_f64; columns.len() * HOURS_PER_YEAR];
    let mut counts = vec![0_u16; columns.len() * HOURS_PER_YEAR];
    let mut hour_year = vec![i32::MIN; HOURS_PER_YEAR];
    let mut hour_rows = vec![0_usize; HOURS_PER_YEAR];
    let mut instants: Vec<i64> = Vec::new();
    let mut values = vec![None; columns.len()];
    let mut fall_back = FallBack::default();

    let mut lines = LineCounter::new(text.as_bytes());
    while reader.read_record(&mut record).map_err(csv_err)? {
        let line = lines.line_of(record.position().map_or(0, |p| p.byte()));
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if record.len() < width || record.iter().skip(width).any(|c| !c.trim().is_empty()) {
            return Err(err(
                line,
                (record.len().min(width) + 1) as u64,
                None,
                ErrorKind::FieldCount {
                    expected: width as u64,
                    found: record.len() as u64,
                },
            ));
        }
        report.rows += 1;
        // Timestamp → instant.
        let ts_cell = record.get(ts_index).unwrap_or("").trim();
        let ts_col = ts_index as u64 + 1;
        let stamp = parse_stamp(ts_cell).ok_or_else(|| {
            err(
                line,
                ts_col,
                Some(ts_header),
                ErrorKind::BadTimestamp {
                    value: ts_cell.chars().take(40).collect(),
                },
            )
        })?;
        let offset = match stamp.offset_min {
            Some(o) => {
                report.rows_with_offset += 1;
                o
            }
            None => {
                report.rows_wall_clock += 1;
                match wall_clock(stamp.year, stamp.month, stamp.day, stamp.hour) {
                    WallClock::Standard => 60,
                    WallClock::Summer => 120,
                    WallClock::Ambiguous => fall_back.offset(
                        days_from_epoch(stamp.year, stamp.month, stamp.day),
                        stamp.minute * 60 + stamp.second,
                    ),
                    WallClock::Nonexistent => {
                        return Err(err(
                            line,
                            ts_col,
                            Some(ts_header),
                            ErrorKind::NonexistentLocalTime {
                                value: ts_cell.chars().take(40).collect(),
                            },
                        ))
                    }
                }
            }
        };
        let instant = instant_utc_s(&stamp, offset);
        // Values (all checked before the row counts, so a bad cell refuses the file).
        for (slot, c) in values.iter_mut().zip(&columns) {
            let cell = record.get(c.index).unwrap_or("");
            let at = |k| err(line, c.index as u64 + 1, Some(&c.header), k);
            *slot = parse_number(cell).map_err(at)?.map(|v| v * c.factor);
            if let Some(v) = *slot {
                let (min, max) = c.series.plausible_range();
                if !(min..=max).contains(&v) {
                    return Err(at(ErrorKind::OutOfRange {
                        value: v,
                        unit: c.series.unit_name(),
                        min,
                        max,
                    }));
                }
            }
        }
        let (hour, year) = match model_slot(instant) {
            ModelSlot::LeapDay => {
                report.leap_day_rows += 1;
                continue;
            }
            ModelSlot::Hour { hour, year } => (hour, year),
        };
        if hour >= HOURS_PER_YEAR {
            continue; // unreachable by construction; kept so no index can panic
        }
        instants.push(instant);
        let stored = hour_year.get(hour).copied().unwrap_or(year);
        if year < stored {
            report.superseded_rows += 1;
            continue;
        }
        if year > stored {
            if stored != i32::MIN {
                report.superseded_rows += hour_rows.get(hour).copied().unwrap_or(0);
                for k in 0..columns.len() {
                    let i = k * HOURS_PER_YEAR + hour;
                    if let (Some(s), Some(n)) = (sums.get_mut(i), counts.get_mut(i)) {
                        (*s, *n) = (0.0, 0);
                    }
                }
                if let Some(r) = hour_rows.get_mut(hour) {
                    *r = 0;
                }
            }
            if let Some(y) = hour_year.get_mut(hour) {
                *y = year;
            }
        }
        if let Some(r) = hour_rows.get_mut(hour) {
            *r += 1;
        }
        for (k, v) in values.iter().enumerate() {
            let i = k * HOURS_PER_YEAR + hour;
            if let (Some(v), Some(s), Some(n)) = (v, sums.get_mut(i), counts.get_mut(i)) {
                *s += v;
                *n = n.saturating_add(1);
            }
        }
    }
    if report.rows == 0 {
        return Err(err(header_line, 1, None, ErrorKind::NoRows));
    }
    instants.sort_unstable();
    report.duplicate_timestamps = instants.windows(2).filter(|w| w[0] == w[1]).count();
    let mut years: Vec<i32> = hour_year
        .iter()
        .copied()
        .filter(|&y| y != i32::MIN)
        .collect();
    years.sort_unstable();
    years.dedup();
    report.years = years;

    let series = columns
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let range = k * HOURS_PER_YEAR..(k + 1) * HOURS_PER_YEAR;
            let s = sums.get(range.clone()).unwrap_or(&[]);
            let n = counts.get(range).unwrap_or(&[]);
            HourlySeries {
                series: c.series,
                column: c.header.clone(),
                unit: unit_of(c),
                values: s
                    .iter()
                    .zip(n)
                    .map(|(&s, &n)| (n > 0).then(|| s / f64::from(n)))
                    .collect(),
                samples_in_hour: n.to_vec(),
            }
        })
        .collect();
    Ok(Measured { series, report })
}

fn unit_of(c: &Column) -> Unit {
    if c.series.is_temperature() {
        Unit::Celsius
    } else if c.factor == 1000.0 {
        Unit::Mw
    } else {
        Unit::Kw
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

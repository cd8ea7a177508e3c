//! The rows: timestamps → model hours, values → hourly means (docs/model/measured.md §2–3).

use crate::error::{ErrorKind, LoadError};
use crate::load::cells::{line_col, parse_number, FallBack, LineCounter};
use crate::load::header::{
    detect_delimiter, err, header_text, read_header, time_zone, unit_of, Column,
};
use crate::load::{HourlySeries, LoadOptions, LoadReport, Measured};
use crate::time::{
    days_from_epoch, instant_utc_s, model_slot, parse_stamp, wall_clock, ModelSlot, WallClock,
    HOURS_PER_YEAR,
};

/// Where a row's error points: its line, the timestamp column and its header.
struct At<'a> {
    line: u64,
    column: u64,
    header: &'a str,
}

impl At<'_> {
    fn err(&self, kind: ErrorKind) -> LoadError {
        err(self.line, self.column, Some(self.header), kind)
    }
}

/// The header row's cells of a CSV file (trimmed), read as [`load_csv`] reads it (the same
/// separator, comments and blank lines skipped), so that a caller can let the user choose what
/// each column holds; `None` when the bytes have no header row to read.
pub fn header_cells(bytes: &[u8]) -> Option<Vec<String>> {
    let text = as_text(bytes).ok()?;
    let mut reader = csv_reader(text, detect_delimiter(text));
    let mut record = csv::StringRecord::new();
    if !read_header_record(&mut reader, &mut record).ok()? {
        return None;
    }
    Some(record.iter().map(|c| header_text(c).to_string()).collect())
}

/// The reader of a measured file: `delimiter` between fields, `#` starting a comment line,
/// rows of any length (the loader says which row is short).
fn csv_reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes())
}

/// Reads the header, the first record that is not blank, into `record`; false when the file
/// has none.
fn read_header_record(
    reader: &mut csv::Reader<&[u8]>,
    record: &mut csv::StringRecord,
) -> csv::Result<bool> {
    while reader.read_record(record)? {
        if record.iter().any(|c| !c.trim().is_empty()) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Loads a CSV file of measured series (docs/model/measured.md). The bytes may be anything:
/// a bad file is refused with a [`LoadError`] naming the line and the column.
pub fn load_csv(bytes: &[u8], options: &LoadOptions) -> Result<Measured, LoadError> {
    let text = as_text(bytes)?;
    let delimiter = detect_delimiter(text);
    let mut reader = csv_reader(text, delimiter);
    let mut record = csv::StringRecord::new();
    let csv_err = |e: csv::Error| {
        let line = e.position().map_or(1, |p| p.line());
        let message = e.to_string();
        err(line, 1, None, ErrorKind::Csv { message })
    };
    let mut report = LoadReport {
        delimiter: char::from(delimiter),
        ..LoadReport::default()
    };
    // The header: the first record that is not blank. (The reader reports its line before
    // the comments it skipped, so the line is counted here.)
    let header_line = text
        .lines()
        .position(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map_or(1, |i| i as u64 + 1);
    if !read_header_record(&mut reader, &mut record).map_err(csv_err)? {
        return Err(err(1, 1, None, ErrorKind::Empty));
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
    let zone = time_zone(ts_header)
        .map_err(|k| err(header_line, ts_index as u64 + 1, Some(ts_header), k))?;

    let mut hours = Hours::new(columns.len());
    let mut values = vec![None; columns.len()];
    let mut fall_back = FallBack::default();
    let mut lines = LineCounter::new(text.as_bytes());
    while reader.read_record(&mut record).map_err(csv_err)? {
        let line = lines.line_of(record.position().map_or(0, |p| p.byte()));
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if record.len() < width || record.iter().skip(width).any(|c| !c.trim().is_empty()) {
            let kind = ErrorKind::FieldCount {
                expected: width as u64,
                found: record.len() as u64,
            };
            return Err(err(line, (record.len().min(width) + 1) as u64, None, kind));
        }
        report.rows += 1;
        let at = At {
            line,
            column: ts_index as u64 + 1,
            header: ts_header,
        };
        let ts_cell = record.get(ts_index).unwrap_or("");
        let instant = row_instant(ts_cell, zone, &at, &mut fall_back, &mut report)?;
        // Every value is checked before the row is used, so a bad cell refuses the file.
        read_values(&record, &columns, line, &mut values)?;
        match model_slot(instant) {
            ModelSlot::LeapDay => report.leap_day_rows += 1,
            ModelSlot::Hour { hour, year } => hours.add(hour, year, instant, &values, &mut report),
        }
    }
    if report.rows == 0 {
        return Err(err(header_line, 1, None, ErrorKind::NoRows));
    }
    Ok(hours.finish(&columns, report))
}

/// The bytes as text: no NUL (binary), valid UTF-8, byte-order mark skipped.
fn as_text(bytes: &[u8]) -> Result<&str, LoadError> {
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let (line, column) = line_col(bytes, at);
        return Err(err(line, column, None, ErrorKind::Binary));
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => Ok(t.strip_prefix('\u{feff}').unwrap_or(t)),
        Err(e) => {
            let (line, column) = line_col(bytes, e.valid_up_to());
            Err(err(line, column, None, ErrorKind::NotUtf8))
        }
    }
}

/// A row's timestamp → its instant (seconds since 1970 UTC), by the time rules of §2: the
/// stamp's own offset, else the column's zone, else Italian wall clock with daylight saving.
fn row_instant(
    cell: &str,
    zone: Option<i32>,
    at: &At,
    fall_back: &mut FallBack,
    report: &mut LoadReport,
) -> Result<i64, LoadError> {
    let cell = cell.trim();
    let shown = || cell.chars().take(40).collect::<String>();
    let stamp =
        parse_stamp(cell).ok_or_else(|| at.err(ErrorKind::BadTimestamp { value: shown() }))?;
    let offset = match stamp.offset_min.or(zone) {
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
                    return Err(at.err(ErrorKind::NonexistentLocalTime { value: shown() }))
                }
            }
        }
    };
    Ok(instant_utc_s(&stamp, offset))
}

/// A row's measured cells → values in kW or °C (`None` for a missing sample), range-checked.
fn read_values(
    record: &csv::StringRecord,
    columns: &[Column],
    line: u64,
    values: &mut [Option<f64>],
) -> Result<(), LoadError> {
    for (slot, c) in values.iter_mut().zip(columns) {
        let cell = record.get(c.index).unwrap_or("");
        let at = |k| err(line, c.index as u64 + 1, Some(&c.header), k);
        *slot = parse_number(cell).map_err(at)?.map(|v| v * c.factor);
        if let Some(v) = *slot {
            let (min, max) = c.series.plausible_range();
            if !(min..=max).contains(&v) {
                let unit = c.series.unit_name();
                return Err(at(ErrorKind::OutOfRange {
                    value: v,
                    unit,
                    min,
                    max,
                }));
            }
        }
    }
    Ok(())
}

/// Sums and counts per series and model hour, with the later-year rule (docs/model/measured.md §2, rule 7).
struct Hours {
    series: usize,
    /// `series × 8,760` sums of the valid samples.
    sums: Vec<f64>,
    /// `series × 8,760` numbers of valid samples.
    counts: Vec<u32>,
    /// Calendar year whose rows an hour holds (`i32::MIN`: none yet).
    year: Vec<i32>,
    /// Rows an hour holds.
    rows: Vec<usize>,
    /// Every row's instant, to count duplicates.
    instants: Vec<i64>,
}

impl Hours {
    fn new(series: usize) -> Self {
        Hours {
            series,
            sums: vec![0.0; series * HOURS_PER_YEAR],
            counts: vec![0; series * HOURS_PER_YEAR],
            year: vec![i32::MIN; HOURS_PER_YEAR],
            rows: vec![0; HOURS_PER_YEAR],
            instants: Vec::new(),
        }
    }

    /// Adds one row to model hour `hour` (0–8,759) from calendar year `year`.
    fn add(
        &mut self,
        hour: usize,
        year: i32,
        instant: i64,
        values: &[Option<f64>],
        report: &mut LoadReport,
    ) {
        let Some(&stored) = self.year.get(hour) else {
            return; // unreachable: model_slot gives hours below 8,760
        };
        self.instants.push(instant);
        if year < stored {
            report.superseded_rows += 1;
            return;
        }
        if year > stored {
            // A later calendar year: the earlier year's rows for this hour are dropped.
            if stored != i32::MIN {
                report.superseded_rows += self.rows[hour];
                for k in 0..self.series {
                    let i = k * HOURS_PER_YEAR + hour;
                    (self.sums[i], self.counts[i]) = (0.0, 0);
                }
                self.rows[hour] = 0;
            }
            self.year[hour] = year;
        }
        self.rows[hour] += 1;
        for (k, v) in values.iter().enumerate() {
            if let Some(v) = v {
                let i = k * HOURS_PER_YEAR + hour;
                self.sums[i] += v;
                self.counts[i] = self.counts[i].saturating_add(1);
            }
        }
    }

    /// Hourly means (a gap where an hour has no sample) and the report's totals.
    fn finish(mut self, columns: &[Column], mut report: LoadReport) -> Measured {
        self.instants.sort_unstable();
        report.duplicate_timestamps = self.instants.windows(2).filter(|w| w[0] == w[1]).count();
        let mut years: Vec<i32> = self
            .year
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
                let s = self.sums.get(range.clone()).unwrap_or(&[]);
                let n = self.counts.get(range).unwrap_or(&[]);
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
        Measured { series, report }
    }
}

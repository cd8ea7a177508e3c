//! The EPW and CSV readers (MODEL.md §1.2–1.3) against the real PVGIS files in `data/weather/`
//! and against malformed copies of them, each error at its exact line.

// In a test a panic is the failure report.
#![allow(clippy::unwrap_used)]

use heat_twin_model::weather::{
    builtin_source_year, builtin_year, monthly_means, read_csv, read_epw, read_epw_header, HOURS,
};

const EPW: &str = include_str!("../../../data/weather/tmy_45.000_8.000_2005_2020.epw");
const PVGIS_CSV: &str = include_str!("../../../data/weather/tmy_45.000_8.000_2005_2020.csv");

/// The T2m column of the PVGIS CSV, parsed here independently of the library.
fn pvgis_t2m() -> Vec<f64> {
    PVGIS_CSV
        .lines()
        .filter(|l| {
            l.len() > 14 && l.as_bytes()[8] == b':' && l[..8].bytes().all(|b| b.is_ascii_digit())
        })
        .map(|l| {
            l.split(',')
                .nth(1)
                .and_then(|v| v.parse().ok())
                .expect("T2m is a number")
        })
        .collect()
}

/// The real EPW as lines, to edit.
fn epw_lines() -> Vec<String> {
    EPW.lines().map(str::to_string).collect()
}

fn join(lines: &[String]) -> String {
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

fn epw_err_line(text: &str) -> usize {
    read_epw(text.as_bytes())
        .expect_err("should be rejected")
        .line
}

/// Replaces the 7th field of line `line` (1-based) with `value`.
fn with_dry_bulb(line: usize, value: &str) -> String {
    let mut lines = epw_lines();
    let mut fields: Vec<&str> = lines[line - 1].split(',').collect();
    fields[6] = value;
    lines[line - 1] = fields.join(",");
    join(&lines)
}

/// A one-column CSV with the given header and the PVGIS year, 2 decimals.
fn csv_text(header: Option<&str>) -> String {
    let mut s = header.map(|h| format!("{h}\n")).unwrap_or_default();
    for t in pvgis_t2m() {
        s.push_str(&format!("{t:.2}\n"));
    }
    s
}

fn csv_err_line(text: &str) -> usize {
    read_csv(text.as_bytes())
        .expect_err("should be rejected")
        .line
}

#[test]
fn real_epw_equals_the_csv_t2m_and_the_builtin_year_bitwise() {
    let epw = read_epw(EPW.as_bytes()).expect("the PVGIS EPW reads");
    let t2m = pvgis_t2m();
    assert_eq!(t2m.len(), HOURS);
    assert_eq!(epw.len(), HOURS);
    for h in 0..HOURS {
        assert_eq!(epw[h].to_bits(), t2m[h].to_bits(), "hour {h}");
    }
    // The built-in file as shipped (UTC) is the upload, bit for bit.
    let shipped = builtin_source_year("po-valley").expect("po-valley is built in");
    for h in 0..HOURS {
        assert_eq!(shipped[h].to_bits(), t2m[h].to_bits(), "hour {h}");
    }
    // The model's built-in year is in local time (CET = UTC + 1): the same hours shifted by
    // one, cyclically, so hour h is the file's row (h − 1) mod 8760 (docs/model/climates.md §4).
    // An uploaded EPW is taken as written, so it is one hour early against the built-in year.
    let builtin = builtin_year("po-valley").expect("po-valley is built in");
    for (h, t) in builtin.iter().enumerate() {
        let row = (h + HOURS - 1) % HOURS;
        assert_eq!(t.to_bits(), epw[row].to_bits(), "hour {h}");
    }
}

#[test]
fn real_epw_header_says_time_zone_1_but_its_rows_are_utc() {
    // PVGIS writes time zone 1 (from the longitude) in LOCATION, yet its first row is the
    // CSV's 20140101:0000 (UTC) value: the header cannot tell UTC rows apart, the data source
    // can.
    let header = read_epw_header(EPW.as_bytes());
    assert_eq!(header.time_zone_h, Some(1.0));
    assert_eq!(header.data_source.as_deref(), Some("ECMWF/ERA"));
    assert!(header.rows_maybe_utc);
    let first_utc_row = PVGIS_CSV
        .lines()
        .find(|l| l.starts_with("20140101:0000,"))
        .and_then(|l| l.split(',').nth(1))
        .and_then(|v| v.parse::<f64>().ok())
        .expect("the CSV's first hour");
    assert_eq!(read_epw(EPW.as_bytes()).unwrap()[0], first_utc_row);
}

#[test]
fn real_epw_means_match_the_readme() {
    let t = read_epw(EPW.as_bytes()).unwrap();
    let annual = t.iter().sum::<f64>() / HOURS as f64;
    assert!((annual - 13.65).abs() <= 0.01, "annual mean {annual}");
    let readme = [
        4.14, 4.99, 8.95, 15.00, 18.46, 20.58, 24.84, 21.82, 20.40, 13.97, 6.31, 3.75,
    ];
    for (m, (got, want)) in monthly_means(&t).iter().zip(readme).enumerate() {
        assert!((got - want).abs() <= 0.01, "month {m}: {got} vs {want}");
    }
}

#[test]
fn epw_crlf_and_trailing_blank_lines_are_accepted() {
    let crlf = EPW.replace('\n', "\r\n");
    assert_eq!(
        read_epw(crlf.as_bytes()).unwrap(),
        read_epw(EPW.as_bytes()).unwrap()
    );
    let trailing = format!("{EPW}\n\n  \r\n\n");
    assert_eq!(read_epw(trailing.as_bytes()).unwrap().len(), HOURS);
    let no_final_newline = EPW.trim_end_matches('\n');
    assert_eq!(read_epw(no_final_newline.as_bytes()).unwrap().len(), HOURS);
}

#[test]
fn epw_short_by_one_row_fails_at_the_line_after_the_last() {
    let mut lines = epw_lines();
    lines.pop();
    let e = read_epw(join(&lines).as_bytes()).unwrap_err();
    assert_eq!(e.line, 8768);
    assert!(e.message.contains("8759 hourly rows"), "{e}");
    // Trailing blank lines do not move it.
    assert_eq!(epw_err_line(&format!("{}\n\n\n", join(&lines))), 8768);
}

#[test]
fn epw_extra_row_fails_at_line_8769() {
    let mut lines = epw_lines();
    let last = lines[lines.len() - 1].clone();
    lines.push(last);
    let e = read_epw(join(&lines).as_bytes()).unwrap_err();
    assert_eq!(e.line, 8769);
    assert_eq!(e.to_string(), format!("line 8769: {}", e.message));
    assert!(e.message.starts_with("more than 8,760 hourly rows"), "{e}");
}

#[test]
fn epw_text_in_the_dry_bulb_names_its_line() {
    let e = read_epw(with_dry_bulb(15, "abc").as_bytes()).unwrap_err();
    assert_eq!(e.line, 15);
    assert_eq!(
        e.to_string(),
        "line 15: dry-bulb temperature (7th field) is 'abc', not a number"
    );
    for bad in [
        "", " ", "nan", "inf", "-inf", "1e999", ".", "e5", "1.2.3", "12 5",
    ] {
        assert_eq!(epw_err_line(&with_dry_bulb(4000, bad)), 4000, "{bad:?}");
    }
}

#[test]
fn epw_missing_value_and_above_are_rejected() {
    assert_eq!(epw_err_line(&with_dry_bulb(9, "99.9")), 9);
    assert_eq!(epw_err_line(&with_dry_bulb(8768, "100")), 8768);
    assert_eq!(epw_err_line(&with_dry_bulb(100, "999.9")), 100);
    assert!(read_epw(with_dry_bulb(100, "99.8").as_bytes()).is_ok());
}

#[test]
fn epw_empty_line_inside_the_data_names_its_line() {
    let mut lines = epw_lines();
    lines.insert(1000, String::new());
    let e = read_epw(join(&lines).as_bytes()).unwrap_err();
    assert_eq!(e.line, 1001);
    assert!(e.message.contains("empty line"), "{e}");
    // A blank line replacing a row is the same error, not a short file.
    let mut lines = epw_lines();
    lines[499] = "  ".into();
    assert_eq!(epw_err_line(&join(&lines)), 500);
}

#[test]
fn epw_non_utf8_bytes_in_a_row_name_the_line() {
    let mut bytes = Vec::new();
    for (i, line) in EPW.lines().enumerate() {
        bytes.extend_from_slice(line.as_bytes());
        if i + 1 == 2000 {
            bytes.extend_from_slice(b"\xff\xfe garbage \xc3");
        }
        bytes.push(b'\n');
    }
    let e = read_epw(&bytes).unwrap_err();
    assert_eq!(e.line, 2000);
    assert!(e.message.contains("UTF-8"), "{e}");
    // Header lines are not decoded: a Latin-1 station name is fine.
    let latin1 = [
        b"LOCATION,M\xdcNCHEN".as_slice(),
        &EPW.as_bytes()[EPW.find('\n').unwrap()..],
    ]
    .concat();
    assert_eq!(read_epw(&latin1).unwrap().len(), HOURS);
}

#[test]
fn epw_empty_header_only_and_truncated_files() {
    assert_eq!(epw_err_line(""), 1);
    assert_eq!(epw_err_line("\n\n"), 1);
    let header = join(&epw_lines()[..8]);
    let e = read_epw(header.as_bytes()).unwrap_err();
    assert_eq!(e.line, 9);
    assert!(e.message.contains("0 hourly rows"), "{e}");
    assert_eq!(epw_err_line(&join(&epw_lines()[..3])), 4);
    assert_eq!(epw_err_line(&join(&epw_lines()[..100])), 101);
}

#[test]
fn epw_row_with_too_few_fields() {
    let mut lines = epw_lines();
    lines[20] = "2014,1,1,13,0,flags".into();
    let e = read_epw(join(&lines).as_bytes()).unwrap_err();
    assert_eq!(e.line, 21);
    assert!(e.message.contains("6 comma-separated fields"), "{e}");
}

#[test]
fn csv_with_and_without_header_equals_the_pvgis_year() {
    let want = pvgis_t2m();
    for header in [None, Some("t_out_c"), Some("temperature (°C)")] {
        let got = read_csv(csv_text(header).as_bytes()).unwrap();
        assert_eq!(got.len(), HOURS);
        for h in 0..HOURS {
            assert_eq!(got[h].to_bits(), want[h].to_bits(), "{header:?} hour {h}");
        }
    }
}

#[test]
fn csv_blank_lines_crlf_and_blanks_around_numbers_are_accepted() {
    let text = csv_text(Some("t_out_c"));
    let spaced: String = text.lines().map(|l| format!("\n  {l}\t\r\n \n")).collect();
    assert_eq!(
        read_csv(spaced.as_bytes()).unwrap(),
        read_csv(text.as_bytes()).unwrap()
    );
}

#[test]
fn csv_wrong_counts() {
    // Without header: the 8,761st value is on line 8761.
    let extra = format!("{}0\n", csv_text(None));
    let e = read_csv(extra.as_bytes()).unwrap_err();
    assert_eq!(e.line, 8761);
    assert!(e.message.starts_with("more than 8,760 values"), "{e}");
    // With a header it is on line 8762; blank lines before it move it further.
    assert_eq!(csv_err_line(&format!("{}0\n", csv_text(Some("t")))), 8762);
    assert_eq!(
        csv_err_line(&format!("{}\n\n0\n", csv_text(Some("t")))),
        8764
    );
    // Short: the line after the last non-blank one, trailing blank lines ignored.
    let text = csv_text(Some("t"));
    let short: String = text.lines().take(8760).map(|l| format!("{l}\n")).collect();
    let e = read_csv(short.as_bytes()).unwrap_err();
    assert_eq!(e.line, 8761);
    assert!(e.message.contains("8759 values"), "{e}");
    assert_eq!(csv_err_line(&format!("{short}\n \n")), 8761);
    assert_eq!(csv_err_line(""), 1);
    assert_eq!(csv_err_line("t_out_c\n"), 2);
}

/// The PVGIS CSV text (no header) with line `line` replaced.
fn csv_with(line: usize, value: &str) -> String {
    let mut lines: Vec<String> = csv_text(None).lines().map(str::to_string).collect();
    lines[line - 1] = value.to_string();
    join(&lines)
}

#[test]
fn csv_out_of_range_and_non_numbers_name_the_line() {
    for (value, line) in [
        ("-91", 10),
        ("71", 8760),
        ("-90.01", 3),
        ("70.5", 4),
        ("1e3", 5),
    ] {
        let e = read_csv(csv_with(line, value).as_bytes()).unwrap_err();
        assert_eq!(e.line, line, "{value}");
        assert!(e.message.contains("outside"), "{e}");
    }
    for (value, line) in [
        ("nan", 2),
        ("inf", 3),
        ("-inf", 4),
        ("1e999", 5),
        ("abc", 6),
        ("1,5", 7),
        (".", 8),
    ] {
        let e = read_csv(csv_with(line, value).as_bytes()).unwrap_err();
        assert_eq!(e.line, line, "{value}");
        assert!(e.message.contains("not a number"), "{e}");
    }
    // A non-number on the first line is a header, so the file is then one value short.
    assert_eq!(csv_err_line(&csv_with(1, "nan")), 8761);
    assert!(read_csv(csv_with(100, "-90").as_bytes()).is_ok());
    assert!(read_csv(csv_with(100, "70").as_bytes()).is_ok());
}

#[test]
fn csv_non_utf8_bytes_name_the_line() {
    let mut bytes = csv_text(Some("t")).into_bytes();
    // Put garbage at the start of line 3 (after "t\n" and line 2).
    let at = bytes
        .iter()
        .enumerate()
        .filter(|(_, &b)| b == b'\n')
        .nth(1)
        .unwrap()
        .0
        + 1;
    bytes.splice(at..at, b"\x80\xff".iter().copied());
    let e = read_csv(&bytes).unwrap_err();
    assert_eq!(e.line, 3);
    assert!(e.message.contains("UTF-8"), "{e}");
}

//! Time rules of docs/model/measured.md §2: offsets, daylight saving (23- and 25-hour days),
//! duplicated and missing hours, a leap year, two calendar years, the Italian date format.

use heat_twin_measured::{load_csv, LoadOptions, Measured, Series};

fn load(text: &str) -> Measured {
    load_csv(text.as_bytes(), &LoadOptions::default()).expect("valid file")
}

fn it(m: &Measured) -> &[Option<f64>] {
    &m.get(Series::ItKw).expect("it_kw").values
}

/// Hours with a value, as (hour, value).
fn present(values: &[Option<f64>]) -> Vec<(usize, f64)> {
    values
        .iter()
        .enumerate()
        .filter_map(|(h, v)| v.map(|v| (h, v)))
        .collect()
}

#[test]
fn offset_is_honoured_and_the_model_is_at_utc_plus_one() {
    // 14:00+02:00 = 12:00 UTC = 13:00 UTC+1 on 1 July 2023 (day 181): 181·24 + 13 = 4,357.
    // Same instant as Z and as Italian summer wall-clock time: the same hour.
    for ts in [
        "2023-07-01T14:00:00+02:00",
        "2023-07-01T12:00:00Z",
        "2023-07-01 14:00",
        "01/07/2023 14:00",
    ] {
        let m = load(&format!("timestamp,it_kw\n{ts},5\n"));
        assert_eq!(present(it(&m)), vec![(4357, 5.0)], "{ts}");
    }
    // Winter: wall clock = standard time. 15/01/2023 06:30 → day 14, hour 6 → 342.
    let m = load("timestamp;it_kw\n15/01/2023 06:30;7,5\n");
    assert_eq!(present(it(&m)), vec![(342, 7.5)]);
    assert_eq!(m.report.delimiter, ';');
}

/// Wall-clock hourly rows for one whole local day, `hours` given as wall-clock hour labels.
fn day_rows(date: &str, labels: &[u32]) -> String {
    let mut s = String::from("timestamp,it_kw\n");
    for (i, h) in labels.iter().enumerate() {
        s.push_str(&format!("{date} {h:02}:00,{}\n", i + 1));
    }
    s
}

#[test]
fn spring_day_has_23_hours_and_leaves_no_model_gap() {
    // 26 March 2023 (day 84): wall clock 00, 01, 03, …, 23 (23 rows). 00 and 01 are CET →
    // model hours 84·24 + 0, + 1; 03…23 CEST → standard 02…22. Next day's 00:00 CEST would be
    // standard 23:00 of the 26th; here the file stops, so hours 2,016…2,038 are present.
    let labels: Vec<u32> = (0..24).filter(|&h| h != 2).collect();
    let m = load(&day_rows("2023-03-26", &labels));
    let got = present(it(&m));
    assert_eq!(got.len(), 23);
    let hours: Vec<usize> = got.iter().map(|&(h, _)| h).collect();
    assert_eq!(hours, (2016..2039).collect::<Vec<_>>());
    // Row 3 (wall 03:00, value 3) is standard 02:00.
    assert_eq!(got[2], (2018, 3.0));
}

#[test]
fn nonexistent_spring_time_is_refused_with_line_and_column() {
    let e = load_csv(
        b"it_kw,timestamp\n1,2023-03-26 01:00\n2,2023-03-26 02:30\n",
        &LoadOptions::default(),
    )
    .expect_err("02:30 does not exist");
    assert_eq!((e.line, e.column), (3, 2));
    assert!(e.to_string().contains("does not exist"), "{e}");
}

#[test]
fn autumn_day_has_25_hours_taken_in_file_order() {
    // 29 October 2023 (day 301, hours 7,224…): wall 00, 01, 02 (CEST), 02 (CET), 03 … 23.
    // Standard time: 00 CEST → 23:00 of the 28th (hour 7,223); 01 → 00:00 (7,224);
    // 02 CEST → 01:00 (7,225); 02 CET → 02:00 (7,226); 03 … 23 CET → 7,227 … 7,247.
    let mut labels = vec![0, 1, 2, 2];
    labels.extend(3..24);
    let m = load(&day_rows("29/10/2023", &labels));
    let got = present(it(&m));
    assert_eq!(got.len(), 25);
    assert_eq!(got[0], (7223, 1.0));
    assert_eq!(got[2], (7225, 3.0));
    assert_eq!(got[3], (7226, 4.0));
    assert_eq!(got[24], (7247, 25.0));
    assert_eq!(m.report.duplicate_timestamps, 0);
}

#[test]
fn autumn_quarter_hours_fall_back_when_the_clock_goes_back() {
    // 02:00, 02:15, 02:30, 02:45 (CEST → 01:xx standard), then 02:00 … 02:45 (CET).
    let mut s = String::from("timestamp,it_kw\n");
    for pass in [10.0, 20.0] {
        for q in [0, 15, 30, 45] {
            s.push_str(&format!("2023-10-29 02:{q:02},{pass}\n"));
        }
    }
    let got = present(it(&load(&s)));
    assert_eq!(got, vec![(7225, 10.0), (7226, 20.0)]);
}

#[test]
fn autumn_hour_written_once_leaves_a_gap() {
    let labels: Vec<u32> = (0..24).collect();
    let m = load(&day_rows("2023-10-29", &labels));
    let v = it(&m);
    assert_eq!(v[7225], Some(3.0)); // the single 02:00 taken as CEST
    assert_eq!(v[7226], None); // 02:00 CET: a gap, not filled
    assert_eq!(v[7227], Some(4.0));
}

#[test]
fn sub_hourly_is_averaged_duplicates_counted_and_gaps_kept() {
    // Hour 0: 1, 2, 3, (missing) → mean 2. Hour 1: no sample. Hour 2: 4 twice (duplicate) → 4.
    let text = "timestamp,it_kw,outdoor_c\n\
        2023-01-01T00:00+01:00,1,5\n2023-01-01T00:15+01:00,2,\n2023-01-01T00:30+01:00,3,NA\n\
        2023-01-01T00:45+01:00,,7\n2023-01-01T02:00+01:00,4,1\n2023-01-01T02:00+01:00,4,3\n";
    let m = load(text);
    assert_eq!(&it(&m)[..3], &[Some(2.0), None, Some(4.0)]);
    let out = m.get(Series::OutdoorC).expect("outdoor");
    assert_eq!(&out.values[..3], &[Some(6.0), None, Some(2.0)]);
    assert_eq!(&out.samples_in_hour[..3], &[2, 0, 2]);
    assert_eq!(m.report.duplicate_timestamps, 1);
    // 2 hours present of 8,760.
    assert!((out.missing_share() - (1.0 - 2.0 / 8760.0)).abs() < 1e-15);
    assert_eq!(out.hours_present(), 2);
}

#[test]
fn leap_year_drops_29_february_and_shifts_march() {
    let text = "timestamp,it_kw\n2024-02-28T23:00+01:00,1\n2024-02-29T12:00+01:00,2\n\
        2024-03-01T00:00+01:00,3\n2024-12-31T23:00+01:00,4\n";
    let m = load(text);
    // 28 Feb 23:00 = day 58 → 1,415; 1 March → day 59 → 1,416; 31 Dec → 8,759.
    assert_eq!(present(it(&m)), vec![(1415, 1.0), (1416, 3.0), (8759, 4.0)]);
    assert_eq!(m.report.leap_day_rows, 1);
}

#[test]
fn two_calendar_years_map_by_day_of_year_and_the_later_year_wins() {
    // July 2022 and January 2023 fill different model hours; 1 July 2023 overlaps 1 July 2022.
    let text = "timestamp,it_kw\n2022-07-01T00:00+01:00,1\n2022-07-02T00:00+01:00,2\n\
        2023-01-01T00:00+01:00,3\n2023-07-01T00:00+01:00,4\n";
    let m = load(text);
    // 1 July = day 181 → 4,344; 2 July → 4,368; 1 January → 0.
    assert_eq!(present(it(&m)), vec![(0, 3.0), (4344, 4.0), (4368, 2.0)]);
    assert_eq!(m.report.superseded_rows, 1);
    assert_eq!(m.report.years, vec![2022, 2023]);
    // Same data in the other order: the later year still wins.
    let text = "timestamp,it_kw\n2023-07-01T00:00+01:00,4\n2022-07-01T00:00+01:00,1\n";
    assert_eq!(present(it(&load(text))), vec![(4344, 4.0)]);
}

#[test]
fn new_year_across_the_offset() {
    // 2022-12-31T23:30Z = 2023-01-01 00:30 at UTC+1 → hour 0 of the model, calendar year 2023.
    let m = load("timestamp,it_kw\n2022-12-31T23:30:00Z,9\n");
    assert_eq!(present(it(&m)), vec![(0, 9.0)]);
    assert_eq!(m.report.years, vec![2023]);
}

#[test]
fn a_zone_in_the_timestamp_header_applies_to_stamps_without_offset() {
    // 12:00 UTC = 13:00 UTC+1 on 1 July 2023 → 4,357, as in the first test.
    for (header, ts) in [
        ("timestamp (UTC)", "2023-07-01 12:00"),
        ("timestamp [UTC+1]", "01/07/2023 13:00"),
        ("Timestamp (UTC+01:00)", "2023-07-01 13:00"),
        ("timestamp (+02:00)", "2023-07-01 14:00"),
        ("timestamp (local)", "2023-07-01 14:00"),
        // A stamp's own offset still wins over the header's zone.
        ("timestamp (UTC)", "2023-07-01T14:00+02:00"),
    ] {
        let m = load(&format!("{header},it_kw\n{ts},5\n"));
        assert_eq!(present(it(&m)), vec![(4357, 5.0)], "{header} {ts}");
    }
    // In UTC there is no daylight saving: 26 March 2023 01:30 UTC exists (02:30 CEST).
    let m = load("timestamp (UTC),it_kw\n2023-03-26 01:30,1\n");
    assert_eq!(present(it(&m)), vec![(84 * 24 + 2, 1.0)]);
    let e = load_csv(
        b"it_kw,timestamp (PST)\n1,2023-01-01 00:00\n",
        &LoadOptions::default(),
    )
    .expect_err("unknown zone");
    assert_eq!((e.line, e.column), (1, 2));
    assert!(e.to_string().contains("PST"), "{e}");
}

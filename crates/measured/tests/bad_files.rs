//! Bad files are refused with the line and the column; a good file after a bad one loads;
//! the loader never panics on any bytes (proptest over arbitrary and mutated files).

use heat_twin_measured::{
    load_csv, ColumnMapping, ErrorKind, LoadError, LoadOptions, Series, Unit,
};
use proptest::prelude::*;

fn refuse(bytes: &[u8]) -> LoadError {
    load_csv(bytes, &LoadOptions::default()).expect_err("a bad file")
}

const GOOD: &str = "# synthetic\ntimestamp,it_kw,heat_delivered_mw\n\
    2023-01-01T00:00+01:00,100,0.5\n2023-01-01T01:00+01:00,110,0.6\n";

#[test]
fn empty_files() {
    for bytes in [&b""[..], b"\n\n", b"# only a comment\n", b"  \n"] {
        let e = refuse(bytes);
        assert_eq!(e.kind, ErrorKind::Empty, "{bytes:?}");
        assert_eq!((e.line, e.column), (1, 1));
    }
}

#[test]
fn binary_and_non_utf8() {
    let e = refuse(b"timestamp,it_kw\n2023-01-01,\x00\x01\x02\n");
    assert_eq!(
        (e.kind.clone(), e.line, e.column),
        (ErrorKind::Binary, 2, 12)
    );
    let e = refuse(b"timestamp,it_kw\nab\xff\xfe,1\n");
    assert_eq!(
        (e.kind.clone(), e.line, e.column),
        (ErrorKind::NotUtf8, 2, 3)
    );
    assert_eq!(
        e.to_string(),
        "line 2, column 3: the file is not UTF-8 text"
    );
}

#[test]
fn no_timestamp_column() {
    let e = refuse(b"time,it_kw\n2023-01-01,1\n");
    assert!(matches!(e.kind, ErrorKind::NoTimestamp { .. }), "{e}");
    assert_eq!(e.line, 1);
    assert!(e.to_string().contains("time, it_kw"), "{e}");
}

#[test]
fn one_column_only() {
    let e = refuse(b"# header comment\ntimestamp\n2023-01-01\n");
    assert_eq!(
        (e.kind.clone(), e.line, e.column),
        (ErrorKind::OneColumn, 2, 1)
    );
}

#[test]
fn comment_lines_count_in_line_numbers() {
    let e = refuse(b"# one\n# two\ntimestamp,it_kw\n# three\n2023-01-01,x\n");
    assert_eq!((e.line, e.column), (5, 2));
    let e = refuse(b"# one\n\ntimestamp,it_kw (GJ)\n2023-01-01,1\n");
    assert_eq!((e.line, e.column), (3, 2));
}

#[test]
fn no_measured_column() {
    let e = refuse(b"timestamp,notes\n2023-01-01,x\n");
    assert!(matches!(e.kind, ErrorKind::NoSeries { .. }), "{e}");
}

#[test]
fn unknown_unit_names_the_column() {
    let e = refuse(b"timestamp,it_kw,heat_delivered (GJ)\n2023-01-01,1,2\n");
    assert!(matches!(e.kind, ErrorKind::UnknownUnit { .. }), "{e}");
    assert_eq!((e.line, e.column), (1, 3));
    assert_eq!(e.header.as_deref(), Some("heat_delivered (GJ)"));
    let e = refuse(b"timestamp;supply (K)\n2023-01-01;1\n");
    assert_eq!((e.line, e.column), (1, 2));
}

#[test]
fn text_in_a_number_names_line_and_column() {
    let text = "# a comment line counts\ntimestamp;it_kw;supply_c\n2023-01-01 00:00;1;70\n\
        2023-01-01 01:00;1,5;7O\n";
    let e = refuse(text.as_bytes());
    assert_eq!((e.line, e.column), (4, 3));
    assert_eq!(e.kind, ErrorKind::BadNumber { value: "7O".into() });
    assert_eq!(
        e.to_string(),
        "line 4, column 3 (supply_c): \"7O\" is not a number"
    );
}

#[test]
fn bad_timestamp_and_short_row() {
    let e = refuse(b"it_kw,timestamp\n1,2023-01-01 00:00\n2,yesterday\n");
    assert_eq!((e.line, e.column), (3, 2));
    assert!(matches!(e.kind, ErrorKind::BadTimestamp { .. }));
    let e = refuse(b"timestamp,it_kw,outdoor_c\n2023-01-01 00:00,1\n");
    assert_eq!((e.line, e.column), (2, 3));
    assert!(matches!(
        e.kind,
        ErrorKind::FieldCount {
            expected: 3,
            found: 2
        }
    ));
}

#[test]
fn implausible_value_and_duplicate_series_and_no_rows() {
    let e = refuse(b"timestamp,outdoor_c\n2023-01-01 00:00,450\n");
    assert!(matches!(e.kind, ErrorKind::OutOfRange { .. }), "{e}");
    assert_eq!((e.line, e.column), (2, 2));
    let e = refuse(b"timestamp,it_kw,it_mw\n2023-01-01 00:00,1,2\n");
    assert!(
        matches!(e.kind, ErrorKind::DuplicateSeries { other: 2, .. }),
        "{e}"
    );
    assert_eq!(e.column, 3);
    let e = refuse(b"timestamp,it_kw\n");
    assert_eq!(e.kind, ErrorKind::NoRows);
}

#[test]
fn megawatts_scale_and_a_good_file_after_a_bad_one_loads() {
    let _ = refuse(b"timestamp,it_kw\n2023-01-01,abc\n");
    let m = load_csv(GOOD.as_bytes(), &LoadOptions::default()).expect("good file");
    let heat = m.get(Series::HeatDeliveredKw).expect("heat");
    assert_eq!(heat.unit, Unit::Mw);
    assert_eq!(&heat.values[..2], &[Some(500.0), Some(600.0)]);
    assert_eq!(m.report.rows, 2);
}

#[test]
fn caller_mapping_reads_other_names() {
    let text = "Data/Ora;Potenza IT (MW);Note\n01/01/2023 00:00;1,2;ok\n";
    let options = LoadOptions {
        timestamp_column: Some("data/ora".into()),
        mapping: vec![ColumnMapping {
            header: "Potenza IT (MW)".into(),
            series: Series::ItKw,
            unit: None,
        }],
    };
    let m = load_csv(text.as_bytes(), &options).expect("mapped");
    assert_eq!(m.get(Series::ItKw).map(|s| s.values[0]), Some(Some(1200.0)));
    // A column the caller did not name is not read, and the report says so.
    assert_eq!(m.report.ignored_columns, ["Note"]);
    let bad = LoadOptions {
        mapping: vec![ColumnMapping {
            header: "absent".into(),
            series: Series::ItKw,
            unit: None,
        }],
        ..options
    };
    assert!(matches!(
        load_csv(text.as_bytes(), &bad).map_err(|e| e.kind),
        Err(ErrorKind::MappedColumnMissing { .. })
    ));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = load_csv(&bytes, &LoadOptions::default());
    }

    #[test]
    fn never_panics_on_mutated_valid_files(
        edits in proptest::collection::vec((0usize..200, any::<u8>()), 1..8),
        cut in 0usize..200,
    ) {
        let mut bytes = GOOD.as_bytes().to_vec();
        for (at, b) in edits {
            let i = at % bytes.len();
            bytes[i] = b;
        }
        bytes.truncate(cut.max(1));
        if let Err(e) = load_csv(&bytes, &LoadOptions::default()) {
            prop_assert!(e.line >= 1 && e.column >= 1, "{e}");
        }
    }

    #[test]
    fn never_panics_on_text_made_of_csv_pieces(
        pieces in proptest::collection::vec(prop_oneof![
            Just("timestamp"), Just("it_kw"), Just("supply (°C)"), Just(","), Just(";"),
            Just("\n"), Just("\""), Just("2023-10-29 02:00"), Just("26/03/2023 02:30"),
            Just("1,5"), Just("-"), Just("#"), Just("2024-02-29T00:00Z"), Just("1e308"),
        ], 0..60)
    ) {
        let text: String = pieces.concat();
        let _ = load_csv(text.as_bytes(), &LoadOptions::default());
    }
}

#[test]
fn several_files_merge_and_a_later_series_replaces_an_earlier_one() {
    let a = "timestamp,it_kw,outdoor_c\n2023-01-01T00:00+01:00,1,5\n";
    let b = "timestamp;outdoor_c;supply_c\n2023-01-01T01:00+01:00;6;80\n";
    let mut m = load_csv(a.as_bytes(), &LoadOptions::default()).expect("a");
    m.merge(load_csv(b.as_bytes(), &LoadOptions::default()).expect("b"));
    let names: Vec<Series> = m.series.iter().map(|s| s.series).collect();
    assert_eq!(names, vec![Series::ItKw, Series::OutdoorC, Series::SupplyC]);
    // outdoor_c comes from the second file only: hour 1 present, hour 0 a gap.
    let out = m.get(Series::OutdoorC).expect("outdoor");
    assert_eq!(&out.values[..2], &[None, Some(6.0)]);
    assert_eq!(out.present_mask()[..2], [false, true]);
    assert_eq!(m.report.rows, 2);
}

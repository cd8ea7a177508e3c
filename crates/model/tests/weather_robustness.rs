//! The weather readers never panic: arbitrary bytes and random edits of a valid file give
//! either 8,760 finite temperatures or an error naming a line within 1..=lines+1.

// In a test a panic is the failure report.
#![allow(clippy::unwrap_used)]

use heat_twin_model::weather::{read_csv, read_epw, read_epw_header, HOURS};
use proptest::prelude::*;

const EPW: &[u8] = include_bytes!("../../../data/weather/tmy_45.000_8.000_2005_2020.epw");
const CSV: &[u8] = include_bytes!("../data/po-valley.csv");

/// Lines as the readers count them: `\n`-separated, a final `\n` ends the last line.
fn line_count(bytes: &[u8]) -> usize {
    let newlines = bytes.iter().filter(|&&b| b == b'\n').count();
    newlines + usize::from(!bytes.is_empty() && bytes.last() != Some(&b'\n'))
}

fn check(bytes: &[u8]) -> Result<(), TestCaseError> {
    let lines = line_count(bytes);
    for result in [read_epw(bytes), read_csv(bytes)] {
        match result {
            Ok(t) => {
                prop_assert_eq!(t.len(), HOURS);
                prop_assert!(t.iter().all(|x| x.is_finite()));
            }
            Err(e) => {
                prop_assert!(
                    (1..=lines + 1).contains(&e.line),
                    "line {} of {}: {}",
                    e.line,
                    lines,
                    e
                );
                prop_assert!(!e.message.is_empty());
            }
        }
    }
    // The header reader never panics, and its time zone, when it has one, is in range.
    let header = read_epw_header(bytes);
    if let Some(tz) = header.time_zone_h {
        prop_assert!((-12.0..=14.0).contains(&tz));
    }
    Ok(())
}

/// One random edit of a file: delete, insert or replace a byte, or delete, duplicate or
/// replace a whole line.
#[derive(Debug, Clone)]
enum Edit {
    DeleteByte(usize),
    InsertByte(usize, u8),
    ReplaceByte(usize, u8),
    DeleteLine(usize),
    DuplicateLine(usize),
    ReplaceLine(usize, Vec<u8>),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::DeleteByte),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Edit::InsertByte(i, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Edit::ReplaceByte(i, b)),
        any::<usize>().prop_map(Edit::DeleteLine),
        any::<usize>().prop_map(Edit::DuplicateLine),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 0..40))
            .prop_map(|(i, l)| Edit::ReplaceLine(i, l)),
    ]
}

fn apply(file: &[u8], edit: &Edit) -> Vec<u8> {
    let mut bytes = file.to_vec();
    let n = bytes.len();
    let mut lines: Vec<Vec<u8>> = file.split(|&b| b == b'\n').map(<[u8]>::to_vec).collect();
    let nl = lines.len();
    match edit {
        Edit::DeleteByte(i) => {
            bytes.remove(i % n);
        }
        Edit::InsertByte(i, b) => bytes.insert(i % (n + 1), *b),
        Edit::ReplaceByte(i, b) => bytes[i % n] = *b,
        Edit::DeleteLine(i) => {
            lines.remove(i % nl);
            return lines.join(&b'\n');
        }
        Edit::DuplicateLine(i) => {
            let l = lines[i % nl].clone();
            lines.insert(i % nl, l);
            return lines.join(&b'\n');
        }
        Edit::ReplaceLine(i, l) => {
            lines[i % nl] = l.clone();
            return lines.join(&b'\n');
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        check(&bytes)?;
    }

    #[test]
    fn arbitrary_text_lines_never_panic(
        lines in prop::collection::vec("[ -~\t\r]{0,30}", 0..50),
    ) {
        check(lines.join("\n").as_bytes())?;
    }

    #[test]
    fn edited_epw_never_panics(edits in prop::collection::vec(edit(), 1..4)) {
        let file = edits.iter().fold(EPW.to_vec(), |f, e| apply(&f, e));
        check(&file)?;
    }

    #[test]
    fn edited_csv_never_panics(edits in prop::collection::vec(edit(), 1..4)) {
        let file = edits.iter().fold(CSV.to_vec(), |f, e| apply(&f, e));
        check(&file)?;
    }
}

#[test]
fn a_deleted_data_line_is_reported_at_the_end() {
    // Deleting one hourly row anywhere leaves a file one row short.
    let edited = apply(EPW, &Edit::DeleteLine(4000));
    assert_eq!(read_epw(&edited).unwrap_err().line, 8768);
    let edited = apply(CSV, &Edit::DeleteLine(4000));
    assert_eq!(read_csv(&edited).unwrap_err().line, 8761);
}

//! Shared by the EPW and CSV readers: splitting bytes into numbered lines, decoding a line as
//! UTF-8, the number grammar of MODEL.md §1, and quoting bad text in error messages.

use super::{WeatherErrorKind, WeatherFileError, WeatherFormat};

/// A UTF-8 byte-order mark, which spreadsheet programs put at the start of "UTF-8" exports.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The lines of `bytes`, each without its `\n` and without a `\r` before it, in file order.
///
/// A final `\n` ends the last line rather than starting an empty one, so `"a\nb\n"` has two
/// lines. A UTF-8 byte-order mark at the very start is dropped. The `i`-th item is line `i + 1`.
pub(super) fn split_lines(bytes: &[u8]) -> Vec<&[u8]> {
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let body = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    if bytes.is_empty() {
        return Vec::new();
    }
    body.split(|&b| b == b'\n')
        .map(|line| line.strip_suffix(b"\r").unwrap_or(line))
        .collect()
}

/// Whether a line holds nothing but blanks (spaces, tabs, carriage returns).
pub(super) fn is_blank(line: &[u8]) -> bool {
    line.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r'))
}

/// 1-based number of the last line that is not blank, or 0 when every line is blank.
pub(super) fn last_non_blank(lines: &[&[u8]]) -> usize {
    lines
        .iter()
        .rposition(|l| !is_blank(l))
        .map_or(0, |i| i + 1)
}

/// Decodes line `line_no` as UTF-8, or says where it is not.
pub(super) fn decode<'a>(
    raw: &'a [u8],
    line_no: usize,
    expected: &str,
    format: WeatherFormat,
) -> Result<&'a str, WeatherFileError> {
    std::str::from_utf8(raw).map_err(|e| {
        let byte = e.valid_up_to() + 1;
        let value = raw.get(e.valid_up_to()).copied().unwrap_or(0);
        WeatherFileError {
            line: line_no,
            message: format!(
                "byte {byte} (0x{value:02X}) is not valid UTF-8 text; expected {expected}"
            ),
            kind: WeatherErrorKind::NotUtf8 {
                format,
                byte,
                value,
            },
        }
    })
}

/// Parses a number as MODEL.md §1 defines it: blanks, an optional sign, digits with an optional
/// decimal point (at least one digit in all), an optional exponent `e`/`E` with an optional
/// sign and at least one digit, blanks. Returns `None` for anything else, including `nan`,
/// `inf`, `infinity`, `.`, `e5`, `1e`, and for values too large for an `f64` (`1e999`).
pub(super) fn parse_number(text: &str) -> Option<f64> {
    let s = text.trim_matches(|c| c == ' ' || c == '\t');
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let int_digits = count_digits(&b[i..]);
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = count_digits(&b[i..]);
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = count_digits(&b[i..]);
        if exp_digits == 0 {
            return None;
        }
        i += exp_digits;
    }
    if i != b.len() {
        return None;
    }
    // The grammar above is a subset of what `f64::from_str` accepts, so this only fails on
    // overflow to infinity, which is rejected too.
    s.parse::<f64>().ok().filter(|x| x.is_finite())
}

fn count_digits(b: &[u8]) -> usize {
    b.iter().take_while(|c| c.is_ascii_digit()).count()
}

/// `text` quoted for an error message: blanks trimmed, at most 24 characters, control
/// characters escaped.
pub(super) fn quote(text: &str) -> String {
    const MAX: usize = 24;
    let t = text.trim_matches(|c| c == ' ' || c == '\t');
    let mut out: String = t.chars().take(MAX).flat_map(char::escape_debug).collect();
    if t.chars().count() > MAX {
        out.push('…');
    }
    format!("'{out}'")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // in a test a panic is the failure report
mod tests {
    use super::*;

    #[test]
    fn numbers_accepted() {
        for (text, value) in [
            ("0", 0.0),
            ("1.08", 1.08),
            ("-3.81", -3.81),
            ("+4", 4.0),
            (" \t12.5 ", 12.5),
            ("5.", 5.0),
            (".5", 0.5),
            ("-.5", -0.5),
            ("1e2", 100.0),
            ("1E+2", 100.0),
            ("2.5e-1", 0.25),
            ("1e-999", 0.0),
        ] {
            assert_eq!(parse_number(text), Some(value), "{text:?}");
        }
    }

    #[test]
    fn non_numbers_rejected() {
        for text in [
            "", " ", "nan", "NaN", "inf", "-inf", "infinity", "Infinity", ".", "-", "+", "e5",
            ".e5", "1e", "1e+", "1e999", "-1e999", "1.2.3", "1,5", "0x10", "1 2", "--1", "+-1",
            "1_000", "١", "12abc", "abc",
        ] {
            assert_eq!(parse_number(text), None, "{text:?}");
        }
    }

    #[test]
    fn lines_split_on_lf_and_crlf() {
        assert!(split_lines(b"").is_empty());
        assert_eq!(split_lines(b"\n"), vec![b"".as_slice()]);
        assert_eq!(split_lines(b"a\r\nb\r\n"), vec![b"a".as_slice(), b"b"]);
        assert_eq!(split_lines(b"a\nb"), vec![b"a".as_slice(), b"b"]);
        assert_eq!(
            split_lines(b"a\n\nb\n\n"),
            vec![b"a".as_slice(), b"", b"b", b""]
        );
        assert_eq!(
            split_lines(b"\xEF\xBB\xBFt\n1\n"),
            vec![b"t".as_slice(), b"1"]
        );
    }

    #[test]
    fn quoting_is_short_and_safe() {
        assert_eq!(quote(" abc "), "'abc'");
        assert_eq!(quote("a\u{7}b"), "'a\\u{7}b'");
        assert_eq!(quote(&"x".repeat(30)), format!("'{}…'", "x".repeat(24)));
    }
}

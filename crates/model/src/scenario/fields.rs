//! The field table's types, lookup, and the single-field checks built on it.

use super::kind::{DateError, Expected, Num, ProblemKind, Range};
use super::table::FIELDS;
use super::tree::shorten;
use super::FieldValue;

pub use super::section::Section;

/// What kind of value a field takes, with its allowed range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FieldKind {
    /// A finite number in `min..=max`.
    Number {
        /// Smallest allowed value.
        min: f64,
        /// Largest allowed value.
        max: f64,
    },
    /// A whole number in `min..=max`; any JSON number without a fractional part (400, 400.0).
    Integer {
        /// Smallest allowed value.
        min: f64,
        /// Largest allowed value.
        max: f64,
    },
    /// `true` or `false`.
    Bool,
    /// One of these strings, case-sensitive.
    Choice(&'static [&'static str]),
    /// `null` or `{"start": "MM-DD", "end": "MM-DD"}`: whole days of a non-leap year,
    /// inclusive; a start after the end wraps over New Year (`network.heating_season`).
    MonthDayRange,
    /// `null` or exactly 12 numbers, January first, each in `min..=max`
    /// (`emissions.displaced_heat_kg_per_mwh`).
    Monthly12 {
        /// Smallest allowed value of each month.
        min: f64,
        /// Largest allowed value of each month.
        max: f64,
    },
}

impl FieldKind {
    /// Whether `null` is an allowed value (only the season and the monthly factors).
    pub fn nullable(self) -> bool {
        matches!(self, FieldKind::MonthDayRange | FieldKind::Monthly12 { .. })
    }

    /// The numeric range of a number, integer or monthly field.
    pub fn range(self) -> Option<(f64, f64)> {
        match self {
            FieldKind::Number { min, max }
            | FieldKind::Integer { min, max }
            | FieldKind::Monthly12 { min, max } => Some((min, max)),
            _ => None,
        }
    }
}

/// A field's default value, as MODEL.md states it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DefaultValue {
    /// A fixed number.
    Number(f64),
    /// A fixed boolean.
    Bool(bool),
    /// A fixed choice.
    Choice(&'static str),
    /// `null` (the season: all year; the monthly factors: fuel / boiler efficiency).
    Null,
    /// Set by `data_centre.cooling` (MODEL.md §2 table).
    PerCooling,
    /// Set by `network.generation` (MODEL.md §3 table).
    PerGeneration,
    /// Set by `economics.country` (docs/model/life.md §1 table).
    PerCountry,
}

/// One input of the scenario file: everything validation, the JSON Schema and the UI need.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FieldSpec {
    /// JSON path, `section.name`, e.g. `"data_centre.racks"`.
    pub path: &'static str,
    /// The section it belongs to.
    pub section: Section,
    /// The field's JSON key inside its section, e.g. `"racks"`.
    pub name: &'static str,
    /// Kind of value and allowed range.
    pub kind: FieldKind,
    /// Unit: `"kW"`, `"°C"`, `"K"`, `"share"`, `"€/MWh"`, … or `""` for counts and choices.
    pub unit: &'static str,
    /// Short English label for a control.
    pub label: &'static str,
    /// One or two plain sentences explaining the input.
    pub help: &'static str,
    /// Where the default comes from (REFERENCE.md, MODEL.md).
    pub source: &'static str,
    /// Whether the UI hides the control under "advanced".
    pub advanced: bool,
    /// The default value.
    pub default: DefaultValue,
}

/// Every input of MODEL.md §2–§9 in file order (sections in [`Section::ALL`] order). The
/// `weather` section (§1) is a one-of and is not in this table; see [`super::WeatherSection`].
pub fn fields() -> &'static [FieldSpec] {
    FIELDS
}

/// The field at JSON path `path` (e.g. `"network.supply_max_c"`), if any.
pub fn field(path: &str) -> Option<&'static FieldSpec> {
    FIELDS.iter().find(|f| f.path == path)
}

/// The fields of one section, in file order.
pub fn section_fields(section: Section) -> impl Iterator<Item = &'static FieldSpec> {
    FIELDS.iter().filter(move |f| f.section == section)
}

/// Days in each month of the non-leap model year.
const MONTH_DAYS: [u16; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// English month names, for messages about monthly values.
pub(crate) const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Parses `"MM-DD"` into the 0-based day of a non-leap year; `None` if it is not a valid date.
pub(crate) fn parse_month_day(text: &str) -> Option<u16> {
    month_day(text).ok()
}

/// A field's check failure: the English message and its kind.
pub(crate) type Failure = (String, ProblemKind);

/// The 0-based day of a non-leap year for `"MM-DD"`, or why it is not a valid date.
fn month_day(text: &str) -> Result<u16, (String, DateError)> {
    let b = text.as_bytes();
    if b.len() != 5 || b[2] != b'-' || ![b[0], b[1], b[3], b[4]].iter().all(u8::is_ascii_digit) {
        return Err((
            "is not a date in the form \"MM-DD\"".to_string(),
            DateError::Format,
        ));
    }
    let month = u16::from(b[0] - b'0') * 10 + u16::from(b[1] - b'0');
    let day = u16::from(b[3] - b'0') * 10 + u16::from(b[4] - b'0');
    if !(1..=12).contains(&month) {
        return Err((
            format!("has month {month}; months are 01 to 12"),
            DateError::Month { month },
        ));
    }
    let m = usize::from(month - 1);
    if day < 1 || day > MONTH_DAYS[m] {
        let leap = if month == 2 {
            " (the model year has no leap day)"
        } else {
            ""
        };
        return Err((
            format!(
                "has day {day}; {} has days 01 to {}{leap}",
                MONTH_NAMES[m], MONTH_DAYS[m]
            ),
            DateError::Day {
                day,
                month,
                days: MONTH_DAYS[m],
            },
        ));
    }
    Ok(MONTH_DAYS[..m].iter().sum::<u16>() + day - 1)
}

/// Formats the 0-based day of a non-leap year as `"MM-DD"` (days past the year clamp to 12-31).
pub(crate) fn format_month_day(day: u16) -> String {
    let mut rest = day.min(364);
    for (m, &n) in MONTH_DAYS.iter().enumerate() {
        if rest < n {
            return format!("{:02}-{:02}", m + 1, rest + 1);
        }
        rest -= n;
    }
    "12-31".to_string()
}

/// Formats a number for messages: plain digits, exponent notation when very large or small.
pub(crate) fn fmt_num(x: f64) -> String {
    let a = x.abs();
    if a != 0.0 && !(1e-6..1e15).contains(&a) {
        format!("{x:e}")
    } else {
        format!("{x}")
    }
}

/// Formats a range bound: whole numbers of 10,000 and more get thousands separators.
pub(crate) fn fmt_bound(x: f64) -> String {
    if x.fract() != 0.0 || x.abs() < 10_000.0 || x.abs() >= 1e15 {
        return fmt_num(x);
    }
    let digits = format!("{}", x.abs());
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if x < 0.0 {
        format!("-{out}")
    } else {
        out
    }
}

/// `"allowed 0 to 500 kW"` for a number range with its unit.
fn allowed(min: f64, max: f64, unit: &str, integer: bool) -> String {
    let unit = match unit {
        "" | "share" => String::new(),
        u => format!(" {u}"),
    };
    let int = if integer { " (integer)" } else { "" };
    format!(
        "allowed {} to {}{unit}{int}",
        fmt_bound(min),
        fmt_bound(max)
    )
}

/// What a kind accepts, in words, for type-mismatch messages.
pub(crate) fn expected(spec: &FieldSpec) -> String {
    match spec.kind {
        FieldKind::Number { min, max } => {
            format!("a number; {}", allowed(min, max, spec.unit, false))
        }
        FieldKind::Integer { min, max } => {
            format!("a whole number; {}", allowed(min, max, spec.unit, true))
        }
        FieldKind::Bool => "true or false".to_string(),
        FieldKind::Choice(c) => format!("one of {}", quoted_list(c)),
        FieldKind::MonthDayRange => {
            "null or {\"start\": \"MM-DD\", \"end\": \"MM-DD\"}".to_string()
        }
        FieldKind::Monthly12 { min, max } => {
            format!(
                "null or an array of 12 numbers, each {}",
                allowed(min, max, spec.unit, false)
            )
        }
    }
}

/// `"\"a\", \"b\" or \"c\""`.
pub(crate) fn quoted_list(items: &[&str]) -> String {
    let q: Vec<String> = items.iter().map(|s| format!("\"{s}\"")).collect();
    match q.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// Checks one number against a range: `None` when it fits, else the message (naming the value
/// and the range) and kind.
/// `month` (1–12) marks a monthly value, for the kind (the message adds the month's name).
pub(crate) fn check_number(
    x: f64,
    (min, max): (f64, f64),
    unit: &'static str,
    integer: bool,
    month: Option<u8>,
) -> Option<Failure> {
    let range = || Range::new(min, max, unit, integer);
    if !x.is_finite() {
        return Some((
            format!(
                "{x} is not a finite number; {}",
                allowed(min, max, unit, integer)
            ),
            ProblemKind::NotFinite {
                month,
                value: Num(x),
                range: range(),
            },
        ));
    }
    if integer && x.fract() != 0.0 {
        return Some((
            format!(
                "{} is not a whole number; {}",
                fmt_num(x),
                allowed(min, max, unit, integer)
            ),
            ProblemKind::NotInteger {
                value: Num(x),
                range: range(),
            },
        ));
    }
    if x < min || x > max {
        return Some((
            format!(
                "{} is out of range; {}",
                fmt_num(x),
                allowed(min, max, unit, integer)
            ),
            ProblemKind::OutOfRange {
                month,
                value: Num(x),
                range: range(),
            },
        ));
    }
    None
}

/// Checks a value against one field's kind and range (not the cross-field rules). Each error
/// message names the value given and what is allowed.
pub(crate) fn check_value(spec: &FieldSpec, value: &FieldValue) -> Vec<Failure> {
    let one = |r: Option<Failure>| r.into_iter().collect();
    match (spec.kind, value) {
        (FieldKind::Number { min, max }, FieldValue::Number(x)) => {
            one(check_number(*x, (min, max), spec.unit, false, None))
        }
        (FieldKind::Integer { min, max }, FieldValue::Number(x)) => {
            one(check_number(*x, (min, max), spec.unit, true, None))
        }
        (FieldKind::Bool, FieldValue::Bool(_)) => Vec::new(),
        (FieldKind::Choice(choices), FieldValue::Choice(s)) => {
            if choices.contains(&s.as_str()) {
                Vec::new()
            } else {
                let case = choices.iter().copied().find(|c| c.eq_ignore_ascii_case(s));
                let hint = case
                    .map(|c| format!(" (choices are case-sensitive: \"{c}\")"))
                    .unwrap_or_default();
                vec![(
                    format!(
                        "\"{s}\" is not a valid choice; allowed {}{hint}",
                        quoted_list(choices)
                    ),
                    ProblemKind::BadChoice {
                        value: shorten(s),
                        choices: choices.to_vec(),
                        case_hint: case,
                    },
                )]
            }
        }
        (FieldKind::MonthDayRange | FieldKind::Monthly12 { .. }, FieldValue::Null) => Vec::new(),
        (FieldKind::MonthDayRange, FieldValue::Season { start, end }) => {
            [("start", start), ("end", end)]
                .into_iter()
                .filter_map(|(which, d)| {
                    month_day(d).err().map(|(e, reason)| {
                        (
                            format!("{which} \"{}\" {e}", shorten(d)),
                            ProblemKind::BadDate {
                                which,
                                value: shorten(d),
                                reason,
                            },
                        )
                    })
                })
                .collect()
        }
        (FieldKind::Monthly12 { min, max }, FieldValue::Monthly(values)) => values
            .iter()
            .zip(MONTH_NAMES)
            .zip(1u8..)
            .filter_map(|((&x, month), number)| {
                check_number(x, (min, max), spec.unit, false, Some(number))
                    .map(|(e, kind)| (format!("{month}: {e}"), kind))
            })
            .collect(),
        (_, FieldValue::Null) => {
            vec![(
                format!(
                    "null is not allowed; expected {} (or leave the field out)",
                    expected(spec)
                ),
                ProblemKind::Null {
                    expected: Expected::Field(spec.path),
                },
            )]
        }
        (_, v) => {
            let found = v.given();
            vec![(
                format!(
                    "{} has the wrong type; expected {}",
                    found.english(),
                    expected(spec)
                ),
                ProblemKind::WrongType {
                    expected: Expected::Field(spec.path),
                    found,
                },
            )]
        }
    }
}

/// Levenshtein distance, for "did you mean" hints on unknown fields.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, &cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// `" (did you mean \"x\"?)"` when one of `known` is close to `given`, else empty.
pub(crate) fn did_you_mean<'a>(given: &str, known: impl IntoIterator<Item = &'a str>) -> String {
    closest(given, known)
        .map(|k| format!(" (did you mean \"{k}\"?)"))
        .unwrap_or_default()
}

/// The one of `known` closest to `given` (at most 2 edits), for "did you mean" hints.
pub(crate) fn closest<'a>(
    given: &str,
    known: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    if given.chars().count() > 64 {
        return None;
    }
    known
        .into_iter()
        .map(|k| (edit_distance(given, k), k))
        .filter(|&(d, _)| d <= 2)
        .min_by_key(|&(d, _)| d)
        .map(|(_, k)| k)
}

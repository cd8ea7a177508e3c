//! Scenario problems and weather file errors in the page's language.
//!
//! The model gives every [`Problem`] and [`WeatherFileError`] an English `message` (the
//! command line's and the tests' reference) and a machine-readable kind. In English the page
//! shows the model's own words, so both say exactly the same; other languages are worded here
//! from the kind (messages in `locales/<lang>/problems.ftl`), with numbers in the language's
//! style and the field named by its translated label plus its JSON path. A kind the model does
//! not classify ([`ProblemKind::Other`]) keeps the English message.

use heat_twin_model::scenario::{
    field, CrossRule, DateError, Expected, FieldKind, Given, Origin, Problem, ProblemKind, Range,
    Resolved,
};
use heat_twin_model::weather::{
    WeatherErrorKind, WeatherFileError, WeatherFormat, WeatherLoadError, WeatherLoadKind, HOURS,
};

use crate::format::fixed;
use crate::i18n::{translate, Arg, Lang};

fn t(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    translate(lang, key, args)
}

fn text(s: impl Into<String>) -> Arg {
    Arg::Text(s.into())
}

/// A number in the language's style: whole numbers grouped, others in their shortest exact
/// form with the language's decimal separator ("2.000.000", "1,7" in Italian).
pub fn number(lang: Lang, x: f64) -> String {
    let style = lang.number_style();
    if !x.is_finite() {
        return format!("{x}");
    }
    if x == x.trunc() && x.abs() < 1e15 {
        return fixed(x, 0, style);
    }
    let a = x.abs();
    let raw = if a != 0.0 && !(1e-6..1e15).contains(&a) {
        format!("{x:e}")
    } else {
        format!("{x}")
    };
    raw.replace('.', &style.decimal.to_string())
}

/// `"a", "b" or "c"` (quoted) in the language.
fn or_list(lang: Lang, items: &[&str], quote: bool) -> String {
    let q: Vec<String> = items
        .iter()
        .map(|s| {
            if quote {
                format!("\"{s}\"")
            } else {
                (*s).to_string()
            }
        })
        .collect();
    joined(lang, &q, "problem-list-or")
}

fn and_list(lang: Lang, items: &[&str]) -> String {
    let q: Vec<String> = items.iter().map(|s| (*s).to_string()).collect();
    joined(lang, &q, "problem-list-and")
}

fn joined(lang: Lang, items: &[String], key: &str) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => t(
            lang,
            key,
            &[
                ("rest", text(rest.join(", "))),
                ("last", text(last.clone())),
            ],
        ),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// The label of the field at `path` in `lang`, if it is a field with a label.
fn label(lang: Lang, path: &str) -> Option<String> {
    let spec = field(path)?;
    let key = crate::components::field::field_key(spec, "label");
    crate::i18n::has(lang, &key).then(|| translate(lang, &key, &[]))
}

/// `Label (path)` or just `path`.
fn named(lang: Lang, path: &str) -> String {
    match label(lang, path) {
        Some(l) => format!("{l} ({path})"),
        None => path.to_string(),
    }
}

fn unit_suffix(lang: Lang, unit: &str) -> String {
    match unit {
        "" | "share" => String::new(),
        "years" => format!(" {}", t(lang, "unit-years", &[])),
        "kg/yr" => format!(" {}", t(lang, "unit-kg-yr", &[])),
        u => format!(" {u}"),
    }
}

fn allowed(lang: Lang, r: &Range) -> String {
    let key = if r.integer {
        "problem-allowed-integer"
    } else {
        "problem-allowed"
    };
    t(
        lang,
        key,
        &[
            ("min", text(number(lang, r.min.0))),
            ("max", text(number(lang, r.max.0))),
            ("unit", text(unit_suffix(lang, r.unit))),
        ],
    )
}

fn range_of(min: f64, max: f64, unit: &'static str, integer: bool) -> Range {
    Range {
        min: heat_twin_model::scenario::Num(min),
        max: heat_twin_model::scenario::Num(max),
        unit,
        integer,
    }
}

fn expected(lang: Lang, e: &Expected) -> String {
    match e {
        Expected::Field(path) => match field(path) {
            Some(spec) => match spec.kind {
                FieldKind::Number { min, max } => t(
                    lang,
                    "problem-expected-field-number",
                    &[(
                        "allowed",
                        text(allowed(lang, &range_of(min, max, spec.unit, false))),
                    )],
                ),
                FieldKind::Integer { min, max } => t(
                    lang,
                    "problem-expected-field-integer",
                    &[(
                        "allowed",
                        text(allowed(lang, &range_of(min, max, spec.unit, true))),
                    )],
                ),
                FieldKind::Bool => t(lang, "problem-expected-bool", &[]),
                FieldKind::Choice(c) => t(
                    lang,
                    "problem-expected-choice",
                    &[("choices", text(or_list(lang, c, true)))],
                ),
                FieldKind::MonthDayRange => t(lang, "problem-expected-season", &[]),
                FieldKind::Monthly12 { min, max } => t(
                    lang,
                    "problem-expected-monthly",
                    &[(
                        "allowed",
                        text(allowed(lang, &range_of(min, max, spec.unit, false))),
                    )],
                ),
            },
            None => (*path).to_string(),
        },
        Expected::String => t(lang, "problem-expected-string", &[]),
        Expected::StringArray => t(lang, "problem-expected-string-array", &[]),
        Expected::Object | Expected::Scenario => t(lang, "problem-expected-object", &[]),
        Expected::WeatherObject => t(lang, "problem-expected-weather", &[]),
        Expected::MonthlyMeans => t(lang, "problem-expected-monthly-means", &[]),
        Expected::Number { unit: "" } => t(lang, "problem-expected-number", &[]),
        Expected::Number { unit } => t(
            lang,
            "problem-expected-number-unit",
            &[("unit", text(*unit))],
        ),
        Expected::DateString => t(lang, "problem-expected-date", &[]),
    }
}

fn given(lang: Lang, g: &Given) -> String {
    match g {
        Given::Null => "null".to_string(),
        Given::Bool(b) => b.to_string(),
        Given::Number(x) => number(lang, x.0),
        Given::String(s) => t(lang, "problem-given-string", &[("value", text(s.clone()))]),
        Given::Array => t(lang, "problem-given-array", &[]),
        Given::Object => t(lang, "problem-given-object", &[]),
        Given::Monthly => t(lang, "problem-given-monthly", &[]),
        Given::Season { start, end } => t(
            lang,
            "problem-given-season",
            &[("start", text(start.clone())), ("end", text(end.clone()))],
        ),
    }
}

fn month(lang: Lang, m: u16) -> String {
    t(lang, &format!("problem-month-{m}"), &[])
}

fn resolved(lang: Lang, r: &Resolved) -> String {
    let field = named(lang, r.path);
    let value = number(lang, r.value.0);
    match r.origin {
        Origin::Given => t(
            lang,
            "problem-resolved",
            &[("field", text(field)), ("value", text(value))],
        ),
        Origin::Default => t(
            lang,
            "problem-resolved-default",
            &[("field", text(field)), ("value", text(value))],
        ),
        Origin::Generation(g) => {
            let generation = if g == "custom" {
                t(lang, "problem-generation-custom", &[])
            } else {
                g.to_string()
            };
            t(
                lang,
                "problem-resolved-generation",
                &[
                    ("field", text(field)),
                    ("value", text(value)),
                    ("generation", text(generation)),
                ],
            )
        }
    }
}

fn cross(lang: Lang, rule: &CrossRule) -> String {
    match rule {
        CrossRule::SupplyMaxBelowMin { max, min } => t(
            lang,
            "problem-cross-max-below-min",
            &[
                ("max", text(resolved(lang, max))),
                ("min", text(resolved(lang, min))),
            ],
        ),
        CrossRule::SupplyMinNotAboveReturn { min, ret } => t(
            lang,
            "problem-cross-min-not-above-return",
            &[
                ("min", text(resolved(lang, min))),
                ("ret", text(resolved(lang, ret))),
            ],
        ),
        CrossRule::GroundNotBelowMean {
            ground,
            min,
            ret,
            mean,
        } => t(
            lang,
            "problem-cross-ground",
            &[
                ("ground", text(resolved(lang, ground))),
                ("min", text(resolved(lang, min))),
                ("ret", text(resolved(lang, ret))),
                ("mean", text(number(lang, mean.0))),
            ],
        ),
        CrossRule::DhwAboveSupplyMax { dhw, max, share } => t(
            lang,
            "problem-cross-dhw",
            &[
                ("dhw", text(resolved(lang, dhw))),
                ("max", text(resolved(lang, max))),
                ("share", text(resolved(lang, share))),
            ],
        ),
    }
}

fn in_month(lang: Lang, m: Option<u8>, message: String) -> String {
    match m {
        Some(m) => t(
            lang,
            "problem-in-month",
            &[
                ("month", text(month(lang, u16::from(m)))),
                ("message", text(message)),
            ],
        ),
        None => message,
    }
}

/// What is wrong, worded from the kind in `lang`; `None` for [`ProblemKind::Other`].
fn kind_text(lang: Lang, kind: &ProblemKind) -> Option<String> {
    let at = |line: usize, column: usize| {
        [
            ("line", text(number(lang, line as f64))),
            ("column", text(number(lang, column as f64))),
        ]
    };
    Some(match kind {
        ProblemKind::Other => return None,
        ProblemKind::Empty => t(lang, "problem-empty", &[]),
        ProblemKind::Syntax {
            line,
            column,
            detail,
        } => {
            let mut args = at(*line, *column).to_vec();
            args.push(("detail", text(detail.clone())));
            t(lang, "problem-syntax", &args)
        }
        ProblemKind::NotJsonNumber {
            line,
            column,
            token,
        } => {
            let mut args = at(*line, *column).to_vec();
            args.push(("token", text(token.clone())));
            t(lang, "problem-not-json-number", &args)
        }
        ProblemKind::NumberTooLarge {
            line,
            column,
            token,
        } => {
            let mut args = at(*line, *column).to_vec();
            args.push(("token", text(token.clone())));
            let largest = format!("1{}8e308", lang.number_style().decimal);
            args.push(("largest", text(largest)));
            t(lang, "problem-number-too-large", &args)
        }
        ProblemKind::UnknownField {
            suggestion,
            allowed,
        } => {
            let mut s = t(lang, "problem-unknown-field", &[]);
            if let Some(name) = suggestion {
                s.push(' ');
                s.push_str(&t(
                    lang,
                    "problem-did-you-mean",
                    &[("name", text(name.clone()))],
                ));
            }
            if !allowed.is_empty() {
                s.push_str("; ");
                s.push_str(&t(
                    lang,
                    "problem-allowed-keys",
                    &[("keys", text(or_list(lang, allowed, false)))],
                ));
            }
            s
        }
        ProblemKind::Duplicate { count, values } => {
            let shown: Vec<String> = values.iter().map(|v| given(lang, v)).collect();
            t(
                lang,
                "problem-duplicate",
                &[
                    ("count", text(number(lang, *count as f64))),
                    ("values", text(shown.join(", "))),
                ],
            )
        }
        ProblemKind::WrongType {
            expected: Expected::Scenario,
            found,
        } => t(
            lang,
            "problem-not-object",
            &[("found", text(given(lang, found)))],
        ),
        ProblemKind::WrongType { expected: e, found } => {
            // A value set through the controls names the value first, as the model does.
            let key = if matches!(found, Given::Monthly | Given::Season { .. }) {
                "problem-wrong-type-value"
            } else {
                "problem-wrong-type"
            };
            t(
                lang,
                key,
                &[
                    ("expected", text(expected(lang, e))),
                    ("found", text(given(lang, found))),
                ],
            )
        }
        ProblemKind::Null { expected: e } => t(
            lang,
            "problem-null",
            &[("expected", text(expected(lang, e)))],
        ),
        ProblemKind::MissingKey { key, expected: e } => t(
            lang,
            "problem-missing-key",
            &[("key", text(*key)), ("expected", text(expected(lang, e)))],
        ),
        ProblemKind::WrongCount { expected: e, found } => t(
            lang,
            "problem-wrong-count",
            &[
                ("found", text(number(lang, *found as f64))),
                ("expected", text(expected(lang, e))),
            ],
        ),
        ProblemKind::NotFinite {
            month: m,
            value,
            range,
        } => in_month(
            lang,
            *m,
            t(
                lang,
                "problem-not-finite",
                &[
                    ("value", text(number(lang, value.0))),
                    ("allowed", text(allowed(lang, range))),
                ],
            ),
        ),
        ProblemKind::NotInteger { value, range } => t(
            lang,
            "problem-not-integer",
            &[
                ("value", text(number(lang, value.0))),
                ("allowed", text(allowed(lang, range))),
            ],
        ),
        ProblemKind::OutOfRange {
            month: m,
            value,
            range,
        } => in_month(
            lang,
            *m,
            t(
                lang,
                "problem-out-of-range",
                &[
                    ("value", text(number(lang, value.0))),
                    ("allowed", text(allowed(lang, range))),
                ],
            ),
        ),
        ProblemKind::BadChoice {
            value,
            choices,
            case_hint,
        } => {
            let mut s = t(
                lang,
                "problem-bad-choice",
                &[
                    ("value", text(value.clone())),
                    ("choices", text(or_list(lang, choices, true))),
                ],
            );
            if let Some(c) = case_hint {
                s.push(' ');
                s.push_str(&t(lang, "problem-case-hint", &[("choice", text(*c))]));
            }
            s
        }
        ProblemKind::BadDate {
            which,
            value,
            reason,
        } => {
            let which = if *which == "start" {
                t(lang, "problem-date-start", &[])
            } else {
                t(lang, "problem-date-end", &[])
            };
            let base = [("which", text(which)), ("value", text(value.clone()))];
            match reason {
                DateError::Format => t(lang, "problem-bad-date-format", &base),
                DateError::Month { month: m } => {
                    let mut args = base.to_vec();
                    args.push(("month", text(m.to_string())));
                    t(lang, "problem-bad-date-month", &args)
                }
                DateError::Day {
                    day,
                    month: m,
                    days,
                } => {
                    let mut args = base.to_vec();
                    args.push(("day", text(day.to_string())));
                    args.push(("monthname", text(month(lang, *m))));
                    args.push(("days", text(days.to_string())));
                    let mut s = t(lang, "problem-bad-date-day", &args);
                    if *m == 2 {
                        s.push(' ');
                        s.push_str(&t(lang, "problem-no-leap-day", &[]));
                    }
                    s
                }
            }
        }
        ProblemKind::WeatherSources { given: g } => t(
            lang,
            "problem-weather-sources",
            &[
                ("count", text(g.len().to_string())),
                ("sources", text(and_list(lang, g))),
            ],
        ),
        ProblemKind::UnknownClimate { value, choices } => t(
            lang,
            "problem-unknown-climate",
            &[
                ("value", text(value.clone())),
                ("choices", text(or_list(lang, choices, true))),
            ],
        ),
        ProblemKind::EmptyPath => t(lang, "problem-empty-path", &[]),
        ProblemKind::AmplitudeWithoutMeans { value, given: g } => {
            let value = text(number(lang, value.0));
            if g.is_empty() {
                t(lang, "problem-amplitude-alone", &[("value", value)])
            } else {
                t(
                    lang,
                    "problem-amplitude-with",
                    &[("value", value), ("sources", text(and_list(lang, g)))],
                )
            }
        }
        ProblemKind::CrossField(rule) => cross(lang, rule),
        ProblemKind::Several(kinds) => {
            let parts: Option<Vec<String>> = kinds.iter().map(|k| kind_text(lang, k)).collect();
            parts?.join("; ")
        }
    })
}

/// What is wrong, without the place: the model's English message in English, else worded
/// from the kind (the English message when the kind is [`ProblemKind::Other`]).
pub fn problem_message(lang: Lang, p: &Problem) -> String {
    if lang == Lang::En {
        return p.message.clone();
    }
    kind_text(lang, &p.kind).unwrap_or_else(|| p.message.clone())
}

/// The whole problem: in English exactly the model's `path: message`; in other languages
/// `Label (path): message` (the label when the path is a field), `path: message` otherwise,
/// and just the message for a problem with the file as a whole.
pub fn problem_text(lang: Lang, p: &Problem) -> String {
    if lang == Lang::En || matches!(*p.kind, ProblemKind::Other) {
        return p.to_string();
    }
    problem_at(lang, p, &p.path)
}

/// Like [`problem_text`], with `whole` standing for the path of a problem with the file as a
/// whole (e.g. "the file"), so every line starts with a place.
pub fn problem_line(lang: Lang, p: &Problem, whole: &str) -> String {
    let path = if p.path.is_empty() { whole } else { &p.path };
    if lang == Lang::En || matches!(*p.kind, ProblemKind::Other) {
        return format!("{path}: {}", p.message);
    }
    problem_at(lang, p, path)
}

fn problem_at(lang: Lang, p: &Problem, path: &str) -> String {
    let message = problem_message(lang, p);
    if path.is_empty() {
        return message;
    }
    match label(lang, path) {
        Some(l) => t(
            lang,
            "problem-place",
            &[
                ("label", text(l)),
                ("path", text(path)),
                ("message", text(message)),
            ],
        ),
        None => t(
            lang,
            "problem-place-path",
            &[("path", text(path)), ("message", text(message))],
        ),
    }
}

/// Every problem in `lang`, joined by "; ".
pub fn problems_text(lang: Lang, problems: &[Problem]) -> String {
    let all: Vec<String> = problems.iter().map(|p| problem_text(lang, p)).collect();
    all.join("; ")
}

fn weather_message(lang: Lang, e: &WeatherFileError) -> String {
    let n = |x: usize| text(number(lang, x as f64));
    let hours = ("hours", n(HOURS));
    match &e.kind {
        WeatherErrorKind::NotUtf8 {
            format,
            byte,
            value,
        } => t(
            lang,
            match format {
                WeatherFormat::Epw => "weather-error-not-utf8-epw",
                WeatherFormat::Csv => "weather-error-not-utf8-csv",
            },
            &[("byte", n(*byte)), ("hex", text(format!("{value:02X}")))],
        ),
        WeatherErrorKind::TooManyRows {
            format: WeatherFormat::Epw,
        } => t(
            lang,
            "weather-error-too-many-epw",
            &[hours, ("first", n(9)), ("last", n(8 + HOURS))],
        ),
        WeatherErrorKind::TooManyRows {
            format: WeatherFormat::Csv,
        } => t(lang, "weather-error-too-many-csv", &[hours]),
        WeatherErrorKind::TooFewRows { format, found } => t(
            lang,
            match format {
                WeatherFormat::Epw => "weather-error-too-few-epw",
                WeatherFormat::Csv => "weather-error-too-few-csv",
            },
            &[
                hours,
                ("n", n(*found)),
                ("count", Arg::Count(*found as f64)),
            ],
        ),
        WeatherErrorKind::HeaderTooShort { lines } => t(
            lang,
            "weather-error-header-short",
            &[
                hours,
                ("n", n(*lines)),
                ("count", Arg::Count(*lines as f64)),
            ],
        ),
        WeatherErrorKind::EmptyLine { after_hour } => t(
            lang,
            "weather-error-empty-line",
            &[hours, ("hour", n(*after_hour))],
        ),
        WeatherErrorKind::TooFewFields { found } => t(
            lang,
            "weather-error-few-fields",
            &[("n", n(*found)), ("count", Arg::Count(*found as f64))],
        ),
        WeatherErrorKind::NotANumber {
            format: WeatherFormat::Epw,
            text: s,
            ..
        } => t(lang, "weather-error-nan-epw", &[("text", text(s.clone()))]),
        WeatherErrorKind::NotANumber {
            format: WeatherFormat::Csv,
            text: s,
            separator,
        } => {
            let mut out = t(lang, "weather-error-nan-csv", &[("text", text(s.clone()))]);
            if *separator {
                out.push(' ');
                out.push_str(&t(lang, "weather-error-separator-hint", &[]));
            }
            out
        }
        WeatherErrorKind::TooHigh { text: s } => t(
            lang,
            "weather-error-too-high",
            &[
                ("text", text(s.clone())),
                ("missing", text(number(lang, 99.9))),
            ],
        ),
        WeatherErrorKind::OutOfRange { text: s } => t(
            lang,
            "weather-error-out-of-range",
            &[
                ("text", text(s.clone())),
                (
                    "min",
                    text(number(lang, heat_twin_model::weather::CSV_MIN_C).replace('-', "−")),
                ),
                (
                    "max",
                    text(number(lang, heat_twin_model::weather::CSV_MAX_C)),
                ),
            ],
        ),
    }
}

/// A weather file error, `line N: what is wrong`: the model's words in English, else worded
/// from the kind with numbers in the language's style.
pub fn weather_error_text(lang: Lang, e: &WeatherFileError) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    t(
        lang,
        "weather-error-line",
        &[
            ("line", text(number(lang, e.line as f64))),
            ("message", text(weather_message(lang, e))),
        ],
    )
}

/// An uploaded file's error: `name: line N: what is wrong` (in English exactly as before).
pub fn upload_error_text(lang: Lang, file: &str, e: &WeatherFileError) -> String {
    if lang == Lang::En {
        return format!("{file}: {e}");
    }
    t(
        lang,
        "weather-error-upload",
        &[
            ("file", text(file)),
            ("error", text(weather_error_text(lang, e))),
        ],
    )
}

/// A weather source that could not be loaded: `path: what went wrong` (the model's words in
/// English).
pub fn weather_load_text(lang: Lang, e: &WeatherLoadError) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    let message = match &*e.kind {
        WeatherLoadKind::UnknownClimate { id } => t(
            lang,
            "weather-load-unknown-climate",
            &[("id", text(id.clone()))],
        ),
        WeatherLoadKind::CannotRead { file, reason } => t(
            lang,
            "weather-load-cannot-read",
            &[
                ("file", text(file.clone())),
                ("reason", text(reason.clone())),
            ],
        ),
        WeatherLoadKind::File { file, error } => t(
            lang,
            "weather-load-file",
            &[
                ("file", text(file.clone())),
                ("error", text(weather_error_text(lang, error))),
            ],
        ),
    };
    problem_at_path(lang, e.path, message)
}

fn problem_at_path(lang: Lang, path: &str, message: String) -> String {
    t(
        lang,
        "problem-place-path",
        &[("path", text(path)), ("message", text(message))],
    )
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // in a test a panic is the failure report
mod tests {
    use super::*;
    use heat_twin_model::params::WeatherSpec;
    use heat_twin_model::scenario::{load_scenario, FieldValue, Scenario};
    use heat_twin_model::weather::{load_weather, read_csv, read_epw};

    fn problems(json: &str) -> Vec<Problem> {
        load_scenario(json).err().unwrap_or_default()
    }

    fn one(json: &str) -> Problem {
        let ps = problems(json);
        assert_eq!(ps.len(), 1, "{json}: {ps:?}");
        ps.into_iter().next().expect("exactly one problem")
    }

    /// The Italian text has no message key left in it (a missing message shows its key).
    fn italian(p: &Problem) -> String {
        let s = problem_text(Lang::It, p);
        assert!(!s.contains("problem-"), "{s}");
        assert_ne!(*p.kind, ProblemKind::Other, "{p}");
        s
    }

    #[test]
    fn english_is_the_model_text() {
        for json in [
            r#"{"data_centre": {"racks": 2000000}}"#,
            r#"{"data_centre": {"utilisation": 1.7}}"#,
            "{",
            r#"{"network": {"supply_max_c": 60, "supply_min_c": 70}}"#,
        ] {
            for p in problems(json) {
                assert_eq!(problem_text(Lang::En, &p), p.to_string());
                assert_eq!(problem_message(Lang::En, &p), p.message);
            }
        }
        let p = one(r#"{"data_centre": {"utilisation": 1.7}}"#);
        assert!(problem_text(Lang::En, &p).contains("1.7 is out of range; allowed 0 to 1"));
    }

    #[test]
    fn out_of_range_in_italian_style() {
        let p = one(r#"{"data_centre": {"racks": 2000000}}"#);
        let s = italian(&p);
        assert!(s.contains("2.000.000"), "{s}");
        assert!(s.contains("1.000.000"), "{s}");
        assert!(s.contains("(data_centre.racks)"), "{s}");
        assert!(s.contains("fuori dall'intervallo"), "{s}");
        assert!(s.contains("numero intero"), "{s}");
        let p = one(r#"{"data_centre": {"utilisation": 1.7}}"#);
        let s = italian(&p);
        assert!(
            s.contains("1,7 è fuori dall'intervallo; ammessi da 0 a 1"),
            "{s}"
        );
        let p = one(r#"{"data_centre": {"racks": 400.5}}"#);
        assert!(italian(&p).contains("400,5 non è un numero intero"));
        let p =
            one(r#"{"emissions": {"displaced_heat_kg_per_mwh": [1,2,3,4,5,6,7,8,9,10,11,3000]}}"#);
        let s = italian(&p);
        assert!(s.contains("dicembre: 3.000 è fuori"), "{s}");
        assert!(s.contains("2.000"), "{s}");
    }

    #[test]
    fn every_kind_has_an_italian_text() {
        let cases: &[(&str, &str)] = &[
            ("", "vuoto"),
            ("{", "riga 1, colonna 1: JSON non valido"),
            (r#"{"a": NaN}"#, "NaN non è un numero in JSON"),
            (r#"{"a": 1e400}"#, "troppo grande"),
            ("[]", "deve essere un oggetto JSON"),
            (
                r#"{"data_centre": {"rackz": 3}}"#,
                "forse intendevi \"racks\"",
            ),
            (
                r#"{"weather": {"city": "x"}}"#,
                "campi ammessi: builtin, epw_file",
            ),
            (
                r#"{"data_centre": {"racks": 400, "racks": 500}}"#,
                "indicato 2 volte (400, 500)",
            ),
            (r#"{"name": 5}"#, "atteso una stringa; ricevuto 5"),
            (
                r#"{"data_centre": {"racks": "400"}}"#,
                "ricevuto la stringa \"400\"",
            ),
            (r#"{"data_centre": {"pue": null}}"#, "null non è ammesso"),
            (
                r#"{"network": {"heating_season": {"start": "10-15"}}}"#,
                "manca \"end\"",
            ),
            (r#"{"weather": {"monthly_means_c": [1, 2]}}"#, "ha 2 valori"),
            (
                r#"{"network": {"generation": "4g"}}"#,
                "maiuscole e minuscole contano: \"4G\"",
            ),
            (
                r#"{"network": {"heating_season": {"start": "02-29", "end": "04-15"}}}"#,
                "febbraio ha i giorni da 01 a 28",
            ),
            (
                r#"{"network": {"heating_season": {"start": "13-01", "end": "04-15"}}}"#,
                "ha il mese 13",
            ),
            (
                r#"{"network": {"heating_season": {"start": "x", "end": "04-15"}}}"#,
                "non è una data",
            ),
            (
                r#"{"weather": {"builtin": "po-valley", "csv_file": "a.csv"}}"#,
                "2 fonti meteo (builtin e csv_file)",
            ),
            (
                r#"{"weather": {"builtin": "atlantis"}}"#,
                "non è un clima integrato",
            ),
            (
                r#"{"weather": {"epw_file": " "}}"#,
                "percorso del file è vuoto",
            ),
            (
                r#"{"weather": {"diurnal_amplitude_k": 3}}"#,
                "senza monthly_means_c",
            ),
            (
                r#"{"weather": {"builtin": "po-valley", "diurnal_amplitude_k": 3}}"#,
                "indicato con builtin",
            ),
            (
                r#"{"weather": {"monthly_means_c": [1,2,3,4,5,6,7,8,9,10,11,99.5]}}"#,
                "dicembre: 99,5 è fuori",
            ),
            (
                r#"{"network": {"supply_max_c": 60, "supply_min_c": 70}}"#,
                "(network.supply_max_c) = 60 è sotto",
            ),
            (
                r#"{"network": {"supply_min_c": 40, "return_c": 45}}"#,
                "più calda del ritorno",
            ),
            (
                r#"{"network": {"ground_c": 25, "supply_min_c": 30, "return_c": 15}}"#,
                "che è 22,5",
            ),
            (
                r#"{"network": {"generation": "4G", "dhw_min_supply_c": 75, "dhw_share": 0.2}}"#,
                "(predefinito 4G)",
            ),
        ];
        for (json, words) in cases {
            let ps = problems(json);
            assert!(!ps.is_empty(), "{json}");
            let all: Vec<String> = ps.iter().map(italian).collect();
            let all = all.join(" | ");
            assert!(all.contains(words), "{json}: {all} should contain {words}");
        }
    }

    #[test]
    fn refusals_of_the_controls() {
        let mut s = Scenario::default();
        let p = s
            .set(
                "network.heating_season",
                FieldValue::Season {
                    start: "13-01".into(),
                    end: "02-30".into(),
                },
            )
            .unwrap_err();
        let it = problem_message(Lang::It, &p);
        assert!(
            it.contains("ha il mese 13; ") && it.contains("il giorno 30"),
            "{it}"
        );
        let p = s
            .set("data_centre.racks", FieldValue::Bool(true))
            .unwrap_err();
        assert!(
            problem_message(Lang::It, &p).contains("un numero intero; ammessi da 0 a 1.000.000")
        );
        let other = Problem::new("weather", "a message made by the app");
        assert_eq!(
            problem_text(Lang::It, &other),
            "weather: a message made by the app"
        );
    }

    #[test]
    fn weather_errors_in_both_languages() {
        let e = read_csv(b"t\n1\n2\n").unwrap_err();
        assert_eq!(
            upload_error_text(Lang::En, "bad.csv", &e),
            format!("bad.csv: {e}")
        );
        let it = upload_error_text(Lang::It, "bad.csv", &e);
        assert_eq!(
            it,
            "bad.csv: riga 4: il file termina dopo 2 valori; attesi 8.760, uno per ora"
        );
        let e = read_csv(b"t\n1,5\n").unwrap_err();
        assert!(weather_error_text(Lang::It, &e).contains("'1,5' non è un numero"));
        assert!(weather_error_text(Lang::It, &e).contains("punto come separatore"));
        let e = read_csv(b"t\n100\n").unwrap_err();
        assert!(weather_error_text(Lang::It, &e).contains("−90…70 °C"));
        let e = read_csv(b"t\n\xff\n").unwrap_err();
        assert!(weather_error_text(Lang::It, &e).contains("0xFF"));
        let mut s = "1\n".repeat(HOURS + 1);
        s.insert_str(0, "t\n");
        let e = read_csv(s.as_bytes()).unwrap_err();
        assert!(weather_error_text(Lang::It, &e).starts_with("riga 8.762: più di 8.760 valori"));
        let head: String = (1..=8).map(|i| format!("H{i}\n")).collect();
        for (rows, want) in [
            ("1,2,3\n".to_string(), "3 campi separati"),
            ("1,2,3,4,5,6,x\n".to_string(), "'x', non un numero"),
            ("1,2,3,4,5,6,99.9\n".to_string(), "inferiore a 99,9 °C"),
            (
                "1,2,3,4,5,6,1\n\n1,2,3,4,5,6,1\n".to_string(),
                "dopo l'ora 1",
            ),
            (
                "1,2,3,4,5,6,1\n".to_string(),
                "dopo 1 riga oraria; attese 8.760",
            ),
        ] {
            let e = read_epw(format!("{head}{rows}").as_bytes()).unwrap_err();
            let it = weather_error_text(Lang::It, &e);
            assert!(it.contains(want), "{it}");
            let en = weather_error_text(Lang::En, &e);
            assert_eq!(en, e.to_string());
        }
        let e = read_epw(b"A\n").unwrap_err();
        assert!(weather_error_text(Lang::It, &e).contains("dopo 1 riga;"));
        let mut many = head.clone();
        many.push_str(&"1,2,3,4,5,6,1\n".repeat(HOURS + 1));
        let e = read_epw(many.as_bytes()).unwrap_err();
        assert!(weather_error_text(Lang::It, &e).contains("dalla riga 9 alla 8.768"));
        let spec = WeatherSpec::CsvFile("w.csv".into());
        let e = load_weather(&spec, |_| Ok(b"t\n1\n".to_vec())).unwrap_err();
        assert_eq!(weather_load_text(Lang::En, &e), e.to_string());
        let it = weather_load_text(Lang::It, &e);
        assert!(
            it.starts_with("weather.csv_file: \"w.csv\" riga 3: il file termina dopo 1 valore;"),
            "{it}"
        );
        let e = load_weather(&spec, |_| Err("no".into())).unwrap_err();
        assert!(weather_load_text(Lang::It, &e).contains("impossibile leggere \"w.csv\": no"));
        let e =
            load_weather(&WeatherSpec::Builtin("x".into()), |_| Err(String::new())).unwrap_err();
        assert!(weather_load_text(Lang::It, &e).contains("non è un clima integrato"));
    }

    /// Every message key this module builds (string literals, and the month keys it formats)
    /// exists in both languages.
    #[test]
    fn every_key_exists_in_both_languages() {
        let src = include_str!("problems.rs");
        let mut keys: Vec<String> = (1..=12).map(|m| format!("problem-month-{m}")).collect();
        for part in src.split('"').skip(1).step_by(2) {
            let is_key = ["problem-", "weather-error-", "weather-load-"]
                .iter()
                .any(|p| part.starts_with(p))
                && !part.ends_with('-')
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if is_key {
                keys.push(part.to_string());
            }
        }
        assert!(keys.len() > 60, "{}", keys.len());
        keys.extend(["unit-years".to_string(), "unit-kg-yr".to_string()]);
        for key in &keys {
            for lang in [Lang::En, Lang::It] {
                assert!(crate::i18n::has(lang, key), "{key} missing in {lang:?}");
            }
        }
    }
}

//! Scenario problems and weather file errors in the page's language.
//!
//! The model gives every [`Problem`] and weather-file error (`WeatherFileError`) an English `message` (the
//! command line's and the tests' reference) and a machine-readable kind. In English the page
//! shows the model's own words, so both say exactly the same; other languages are worded here
//! from the kind (messages in `locales/<lang>/problems.ftl`), with numbers in the language's
//! style and the field named by its translated label plus its JSON path. A kind the model does
//! not classify ([`ProblemKind::Other`]) keeps the English message.
//!
//! Parts: the wording of each problem kind (`kinds`), weather files (`weather`), and here
//! the shared helpers and the entry points.

use heat_twin_model::scenario::{field, Problem, ProblemKind, Range};

use crate::format::fixed;
use crate::i18n::{translate, Arg, Lang};

mod kinds;
mod plain;
#[cfg(test)]
mod tests;
mod weather;

use kinds::kind_text;
pub use plain::{cross_plain, cross_problems_plain};
pub use weather::{upload_error_text, weather_error_text, weather_load_text};

pub(super) fn t(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    translate(lang, key, args)
}

pub(super) fn text(s: impl Into<String>) -> Arg {
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
pub(super) fn or_list(lang: Lang, items: &[&str], quote: bool) -> String {
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

pub(super) fn and_list(lang: Lang, items: &[&str]) -> String {
    let q: Vec<String> = items.iter().map(|s| (*s).to_string()).collect();
    joined(lang, &q, "problem-list-and")
}

pub(super) fn joined(lang: Lang, items: &[String], key: &str) -> String {
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
pub(super) fn label(lang: Lang, path: &str) -> Option<String> {
    let spec = field(path)?;
    let key = crate::components::field::field_key(spec, "label");
    crate::i18n::has(lang, &key).then(|| translate(lang, &key, &[]))
}

/// `Label (path)` or just `path`.
pub(super) fn named(lang: Lang, path: &str) -> String {
    match label(lang, path) {
        Some(l) => format!("{l} ({path})"),
        None => path.to_string(),
    }
}

pub(super) fn unit_suffix(lang: Lang, unit: &str) -> String {
    match unit {
        "" | "share" => String::new(),
        "years" => format!(" {}", t(lang, "unit-years", &[])),
        "kg/yr" => format!(" {}", t(lang, "unit-kg-yr", &[])),
        u => format!(" {u}"),
    }
}

pub(super) fn allowed(lang: Lang, r: &Range) -> String {
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

pub(super) fn range_of(min: f64, max: f64, unit: &'static str, integer: bool) -> Range {
    Range {
        min: heat_twin_model::scenario::Num(min),
        max: heat_twin_model::scenario::Num(max),
        unit,
        integer,
    }
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

pub(super) fn problem_at_path(lang: Lang, path: &str, message: String) -> String {
    t(
        lang,
        "problem-place-path",
        &[("path", text(path)), ("message", text(message))],
    )
}

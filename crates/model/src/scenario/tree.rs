//! A minimal JSON tree that keeps every key of an object, duplicates included.
//!
//! `serde_json::Value` silently keeps the last of two equal keys; a scenario must reject a
//! field given twice, so the file is read through this tree's own visitor instead. Numbers are
//! kept as `f64` (serde_json has already rejected NaN, Infinity and overflowing literals such
//! as `1e400` as syntax errors, which [`syntax_problem`] turns into a located message).

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::{Given, Num, Problem, ProblemKind};

/// One JSON value; objects keep their keys in file order, duplicates included.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The value as given (for messages: [`Given::english`]: `the string "abc"`, `true`, …).
    pub(crate) fn given(&self) -> Given {
        match self {
            Json::Null => Given::Null,
            Json::Bool(b) => Given::Bool(*b),
            Json::Number(x) => Given::Number(Num(*x)),
            Json::String(s) => Given::String(shorten(s)),
            Json::Array(_) => Given::Array,
            Json::Object(_) => Given::Object,
        }
    }
}

/// Cuts long strings for messages (on a character boundary).
pub(crate) fn shorten(s: &str) -> String {
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(Json::Number(v as f64))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Json, E> {
        Ok(Json::Number(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::String(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Json>()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut entries = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Json>()? {
            entries.push((key, value));
        }
        Ok(Json::Object(entries))
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

/// Parses JSON text into a tree; a syntax error becomes one problem naming line and column.
pub(crate) fn parse_tree(text: &str) -> Result<Json, Problem> {
    if text.trim().is_empty() {
        return Err(Problem::with_kind(
            "",
            "the scenario is empty; give a JSON object such as {}",
            ProblemKind::Empty,
        ));
    }
    serde_json::from_str::<Json>(text).map_err(|e| syntax_problem(text, &e))
}

/// A problem for a JSON syntax error: `line L, column C: reason`, with a plain hint for
/// NaN/Infinity literals and numbers too large for a 64-bit float.
fn syntax_problem(text: &str, error: &serde_json::Error) -> Problem {
    let (line, column) = (error.line(), error.column());
    let full = error.to_string();
    let reason = full.split(" at line ").next().unwrap_or(&full).to_string();
    let token = token_near(text, line, column);
    let hint = if [
        "NaN",
        "Infinity",
        "-Infinity",
        "+Infinity",
        "-NaN",
        "inf",
        "nan",
        "-inf",
    ]
    .iter()
    .any(|t| token.eq_ignore_ascii_case(t))
    {
        (
            format!(
                ": {token} is not a number in JSON (NaN and Infinity literals are not allowed)"
            ),
            ProblemKind::NotJsonNumber {
                line,
                column,
                token: token.clone(),
            },
        )
    } else if reason.contains("number out of range") && !token.is_empty() {
        (
            format!(": {token} is too large for a 64-bit number (largest about 1.8e308)"),
            ProblemKind::NumberTooLarge {
                line,
                column,
                token: token.clone(),
            },
        )
    } else {
        (
            String::new(),
            ProblemKind::Syntax {
                line,
                column,
                detail: reason.clone(),
            },
        )
    };
    let (hint, kind) = hint;
    Problem::with_kind(
        "",
        format!("line {line}, column {column}: invalid JSON: {reason}{hint}"),
        kind,
    )
}

/// The run of number-or-word characters around (1-based) `line`, `column` of `text`.
fn token_near(text: &str, line: usize, column: usize) -> String {
    let Some(l) = text.lines().nth(line.saturating_sub(1)) else {
        return String::new();
    };
    let is_tok = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-');
    let chars: Vec<char> = l.chars().collect();
    // serde_json's column is the 1-based position of the last character it read: look there
    // and up to two characters before, then widen to the whole run.
    let idx = column.saturating_sub(1).min(chars.len().saturating_sub(1));
    let Some(at) = (idx.saturating_sub(2)..=idx)
        .rev()
        .find(|&i| chars.get(i).copied().is_some_and(is_tok))
    else {
        return String::new();
    };
    let mut start = at;
    while start > 0 && is_tok(chars[start - 1]) {
        start -= 1;
    }
    let mut end = at + 1;
    while end < chars.len() && is_tok(chars[end]) {
        end += 1;
    }
    let token: String = chars[start..end].iter().collect();
    shorten(&token)
}

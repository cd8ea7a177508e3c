//! The wording of each problem kind the model classifies, in the page's language.

use super::*;
use crate::i18n::Lang;
use heat_twin_model::scenario::{
    field, CrossRule, DateError, Expected, FieldKind, Given, Origin, ProblemKind, Resolved,
};

pub(super) fn expected(lang: Lang, e: &Expected) -> String {
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

pub(super) fn given(lang: Lang, g: &Given) -> String {
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

pub(super) fn month(lang: Lang, m: u16) -> String {
    t(lang, &format!("problem-month-{m}"), &[])
}

pub(super) fn resolved(lang: Lang, r: &Resolved) -> String {
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

pub(super) fn cross(lang: Lang, rule: &CrossRule) -> String {
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

pub(super) fn in_month(lang: Lang, m: Option<u8>, message: String) -> String {
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
pub(super) fn kind_text(lang: Lang, kind: &ProblemKind) -> Option<String> {
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

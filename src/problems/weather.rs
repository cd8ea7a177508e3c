//! Weather file and weather source errors in the page's language.

use super::*;
use crate::i18n::{Arg, Lang};
use heat_twin_model::weather::{
    WeatherErrorKind, WeatherFileError, WeatherFormat, WeatherLoadError, WeatherLoadKind, HOURS,
};

pub(super) fn weather_message(lang: Lang, e: &WeatherFileError) -> String {
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

//! What can be wrong with a link, part by part, and the message in the reader's language.

use super::VERSION;
use crate::i18n::{translate, Arg, Lang};
use heat_twin_model::scenario::Problem;

/// Which part of a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// `s=`, the scenario.
    Scenario,
    /// `w=`, the weather file.
    Weather,
    /// `i=`, the instruments' requests.
    Instruments,
    /// `d=`, the scenario's measured profiles (or `e=`, B's).
    Drivers,
}

/// Why a link could not be opened.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkError {
    /// The fragment has no `s=` part.
    NoScenario,
    /// A part other than `s=`, `w=`, `p=`, `b=`, `c=`, `l=`, or one given twice.
    BadPart(String),
    /// A part of another format version.
    Version(Part, String),
    /// A part without the expected `.`-separated pieces.
    Shape(Part),
    /// Not base64url.
    Base64(Part),
    /// Not a complete zlib stream, or its checksum does not match (cut or changed).
    Deflate(Part),
    /// Unpacks to more than a link may hold.
    TooLarge(Part),
    /// The scenario is not UTF-8 text.
    NotUtf8,
    /// The scenario is not JSON (the parser's message).
    NotJson(String),
    /// The scenario has problems (shown as `path: message` in the page's language).
    Scenario(Vec<Problem>),
    /// The weather part is not an EPW/CSV file, or its name is not UTF-8.
    WeatherKind,
    /// Not 8,760 temperatures.
    WeatherCount(usize),
    /// A temperature that is not a finite number (hour from 0).
    WeatherNotFinite(usize),
    /// A temperature outside −90…70 °C (hour from 0, value).
    WeatherRange(usize, f64),
    /// The scenario reads an uploaded file but the link does not carry it.
    WeatherMissing,
    /// An instrument's request that the page cannot run (which one, and why).
    Instrument(String),
}

impl Part {
    fn word(self, lang: Lang) -> String {
        match self {
            Part::Scenario => translate(lang, "share-part-scenario", &[]),
            Part::Weather => translate(lang, "share-part-weather", &[]),
            Part::Instruments => translate(lang, "share-part-instruments", &[]),
            Part::Drivers => translate(lang, "share-part-drivers", &[]),
        }
    }
}

impl LinkError {
    /// What was wrong, in plain words (without the lead-in and the advice).
    pub fn reason(&self, lang: Lang) -> String {
        let part = |p: &Part| ("part", Arg::Text(p.word(lang)));
        match self {
            LinkError::NoScenario => translate(lang, "share-err-no-scenario", &[]),
            LinkError::BadPart(s) => translate(lang, "share-err-bad-part", &[("text", short(s))]),
            LinkError::Version(p, v) => translate(
                lang,
                "share-err-version",
                &[part(p), ("found", short(v)), ("known", VERSION.into())],
            ),
            LinkError::Shape(p) => translate(lang, "share-err-shape", &[part(p)]),
            LinkError::Base64(p) => translate(lang, "share-err-base64", &[part(p)]),
            LinkError::Deflate(p) => translate(lang, "share-err-deflate", &[part(p)]),
            LinkError::TooLarge(p) => translate(lang, "share-err-too-large", &[part(p)]),
            LinkError::NotUtf8 => translate(lang, "share-err-not-utf8", &[]),
            LinkError::NotJson(m) => {
                translate(lang, "share-err-not-json", &[("detail", m.as_str().into())])
            }
            LinkError::Scenario(ps) => crate::problems::problems_text(lang, ps),
            LinkError::WeatherKind => translate(lang, "share-err-weather-kind", &[]),
            LinkError::WeatherCount(n) => translate(
                lang,
                "share-err-weather-count",
                &[("count", Arg::Text(n.to_string()))],
            ),
            LinkError::WeatherNotFinite(h) => translate(
                lang,
                "share-err-weather-not-finite",
                &[("hour", Arg::Text((h + 1).to_string()))],
            ),
            LinkError::WeatherRange(h, t) => translate(
                lang,
                "share-err-weather-range",
                &[
                    ("hour", Arg::Text((h + 1).to_string())),
                    ("value", Arg::Text(t.to_string())),
                ],
            ),
            LinkError::WeatherMissing => translate(lang, "share-err-weather-missing", &[]),
            LinkError::Instrument(m) => translate(
                lang,
                "share-err-instrument",
                &[("detail", m.as_str().into())],
            ),
        }
    }

    /// The message for a `d=` part that could not be read: the rest of the link is open.
    pub fn drivers_message(&self, lang: Lang) -> String {
        translate(
            lang,
            "share-drivers-dropped",
            &[("reason", Arg::Text(self.reason(lang)))],
        )
    }

    /// The whole message for the page: what was wrong and what is shown instead.
    pub fn message(&self, lang: Lang) -> String {
        translate(
            lang,
            "share-bad-link",
            &[("reason", Arg::Text(self.reason(lang)))],
        )
    }
}

/// A piece of the link for a message, cut to 40 characters.
fn short(s: &str) -> Arg {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    Arg::Text(out)
}

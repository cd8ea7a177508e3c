//! The share link's format: pure encoding and decoding, no browser.
//!
//! A link's fragment is `&`-separated `key=value` parts (order free, each at most once):
//!
//! | part | value | meaning |
//! |---|---|---|
//! | `s=` (required) | `1.` + base64url(zlib(JSON)) | the scenario, `serde_json::to_string(&Scenario)`: only the given fields, `{}` for the default |
//! | `w=` (only with an uploaded weather file) | `1.` + `e`/`c` + `.` + base64url(name) + `.` + base64url(zlib(temperatures)) | the uploaded EPW (`e`) or CSV (`c`) file: its name and its 8,760 hourly temperatures, bit for bit |
//! | `p=` (optional) | a preset's file stem | with `s=`: the project last loaded, unmodified (context for the sources panel and a warning; never changes results). **Alone** (no `s=`): the short link of an unmodified preset, `#p=settimo-milanese` opens that preset as published |
//! | `b=` (optional) | a preset's file stem | the preset a modified scenario is based on ("modified from", "based on" in the report); never changes results. The page writes `b=` instead of `p=` once the scenario differs from its preset, so a link never claims a preset whose figures were changed |
//! | `c=` (optional) | as `s=` | a comparison: the scenario shown as B beside the page's scenario (A, `s=`), in the compare card; the whole of both scenarios |
//! | `l=` (optional) | `en` or `it` | the language to open in. The page writes it whenever the language shown is not the browser's own (so a link made in Italian on an English browser opens in Italian, and a link made in the browser's language follows the reader's browser); an unknown code is ignored |
//!
//! The page writes the shortest link that opens what is shown: `#p=<stem>` (plus `&l=`) for an
//! unmodified preset, else `#s=…` with `&w=`, `&p=`/`&b=`, `&c=` and `&l=` as they apply.
//! Links written before these parts existed (`#s=1.…&w=…&p=…`) open exactly as before.
//!
//! base64url is RFC 4648 §5 without padding; zlib is RFC 1950 (deflate with an Adler-32
//! checksum, so a damaged link is detected rather than read as another scenario). The leading
//! `1.` of each part is its format version: a link with another version is refused.
//!
//! The temperatures (before zlib) start with a codec byte: `1` then a byte `d` (0–3) then 8,760
//! zigzag LEB128 varints: for each hour, `k = round(t · 10^d)` minus its prediction
//! `2·k[h−1] − k[h−2]` (zero before hour 0); EPW and CSV files hold tenths or hundredths; `0` then 8,760 little-endian f64
//! (any other values). The encoder picks `1` only when every value comes back bit for bit.
//!
//! Decoding never panics and never clamps: a link that is damaged, of an unknown version, or
//! whose scenario has a problem (unknown field, out-of-range value…) is an [`LinkError`].

use crate::i18n::{translate, Arg, Lang};
use crate::state::Upload;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use heat_twin_model::scenario::{load_scenario, parse_scenario, Problem, Scenario};
use heat_twin_model::weather::{CSV_MAX_C, CSV_MIN_C, HOURS};
use std::sync::Arc;

/// The format version of each part.
pub const VERSION: &str = "1";
/// Largest scenario JSON a link may unpack to, bytes (a preset is about 5 KB).
const MAX_JSON_BYTES: usize = 256 * 1024;
/// Largest temperature payload a link may unpack to, bytes.
const MAX_WEATHER_BYTES: usize = 2 + HOURS * 8;
/// Longest weather file name, bytes.
const MAX_NAME_BYTES: usize = 1024;
/// zlib level: the best compression (a scenario is small; see the timing test).
const LEVEL: u8 = 9;

/// What a link holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    /// The scenario, valid.
    pub scenario: Scenario,
    /// The uploaded weather file, when the link carries one.
    pub upload: Option<Upload>,
    /// The preset last loaded (a known file stem), or empty.
    pub preset: String,
    /// The preset a modified scenario is based on (`b=`, a known file stem), or empty.
    pub based_on: String,
    /// The language of the link (`l=`), if it names a known one.
    pub lang: Option<Lang>,
    /// The B side of a shared comparison (`c=`), valid.
    pub compare: Option<Scenario>,
}

/// Which part of a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// `s=`, the scenario.
    Scenario,
    /// `w=`, the weather file.
    Weather,
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
}

impl Part {
    fn word(self, lang: Lang) -> String {
        match self {
            Part::Scenario => translate(lang, "share-part-scenario", &[]),
            Part::Weather => translate(lang, "share-part-weather", &[]),
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
        }
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

fn pack(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(bytes, LEVEL))
}

fn unpack(text: &str, part: Part, limit: usize) -> Result<Vec<u8>, LinkError> {
    let packed = URL_SAFE_NO_PAD.decode(text).map_err(|e| match e {
        base64::DecodeError::InvalidByte(..) => LinkError::Base64(part),
        // A wrong length or last character: the link was cut.
        _ => LinkError::Shape(part),
    })?;
    miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, limit).map_err(|e| {
        match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => LinkError::TooLarge(part),
            _ => LinkError::Deflate(part),
        }
    })
}

/// The `s=` value of a scenario: `1.` + base64url(zlib(JSON)).
pub fn encode_scenario(scenario: &Scenario) -> String {
    // Serializing a Scenario cannot fail (plain fields, string keys); `{}` would be a safe
    // stand-in, never reached.
    let json = serde_json::to_string(scenario).unwrap_or_else(|_| "{}".to_string());
    format!("{VERSION}.{}", pack(json.as_bytes()))
}

/// The `w=` value of an uploaded file: `1.e.<name>.<temperatures>` (`c` for a CSV).
pub fn encode_weather(upload: &Upload) -> String {
    let kind = if upload.epw { "e" } else { "c" };
    let name = URL_SAFE_NO_PAD.encode(upload.name.as_bytes());
    format!(
        "{VERSION}.{kind}.{name}.{}",
        pack(&temperatures_bytes(&upload.t_out_c))
    )
}

/// The temperatures before zlib (see the module docs).
fn temperatures_bytes(t: &[f64]) -> Vec<u8> {
    for d in 0..=3u8 {
        if let Some(ks) = scaled(t, d) {
            let mut out = Vec::with_capacity(2 + t.len() * 2);
            out.extend([1, d]);
            let (mut k1, mut k2) = (0i64, 0i64);
            for k in ks {
                let delta = k.wrapping_sub(predict(k1, k2));
                (k1, k2) = (k, k1);
                let mut z = ((delta << 1) ^ (delta >> 63)) as u64;
                loop {
                    let byte = (z & 0x7f) as u8;
                    z >>= 7;
                    if z == 0 {
                        out.push(byte);
                        break;
                    }
                    out.push(byte | 0x80);
                }
            }
            return out;
        }
    }
    let mut out = Vec::with_capacity(1 + t.len() * 8);
    out.push(0);
    for x in t {
        out.extend(x.to_le_bytes());
    }
    out
}

/// The next value foreseen from the last two (a straight line): temperatures change smoothly
/// from hour to hour, so what is left is small (the real EPW: 12.9 k characters against 14.5 k
/// for plain differences).
fn predict(k1: i64, k2: i64) -> i64 {
    k1.wrapping_mul(2).wrapping_sub(k2)
}

/// `round(t · 10^d)` for every value, if each comes back bit for bit as `k / 10^d`.
fn scaled(t: &[f64], d: u8) -> Option<Vec<i64>> {
    let scale = 10f64.powi(i32::from(d));
    t.iter()
        .map(|&x| {
            let k = (x * scale).round();
            // Checked through the integer, as decoding does (so −0.0 is not taken for 0).
            let k = (k.abs() < 9.0e15).then_some(k as i64)?;
            ((k as f64 / scale).to_bits() == x.to_bits()).then_some(k)
        })
        .collect()
}

/// Reads the temperatures written by [`temperatures_bytes`].
fn temperatures_from(bytes: &[u8]) -> Result<Vec<f64>, LinkError> {
    let shape = LinkError::Shape(Part::Weather);
    let t = match bytes.split_first() {
        Some((0, rest)) => {
            if rest.len() % 8 != 0 {
                return Err(shape);
            }
            rest.chunks_exact(8)
                .map(|c| {
                    let mut b = [0u8; 8];
                    b.copy_from_slice(c);
                    f64::from_le_bytes(b)
                })
                .collect()
        }
        Some((1, rest)) => {
            let (&d, mut rest) = rest.split_first().ok_or(shape.clone())?;
            if d > 3 {
                return Err(shape);
            }
            let scale = 10f64.powi(i32::from(d));
            let mut t = Vec::with_capacity(HOURS);
            let (mut k1, mut k2) = (0i64, 0i64);
            while !rest.is_empty() {
                let mut z = 0u64;
                let mut shift = 0;
                loop {
                    let (&b, tail) = rest.split_first().ok_or(shape.clone())?;
                    rest = tail;
                    if shift > 63 {
                        return Err(shape);
                    }
                    z |= u64::from(b & 0x7f) << shift;
                    shift += 7;
                    if b & 0x80 == 0 {
                        break;
                    }
                }
                let delta = ((z >> 1) as i64) ^ -((z & 1) as i64);
                let k = predict(k1, k2).wrapping_add(delta);
                (k1, k2) = (k, k1);
                t.push(k as f64 / scale);
            }
            t
        }
        _ => return Err(shape),
    };
    if t.len() != HOURS {
        return Err(LinkError::WeatherCount(t.len()));
    }
    for (h, &x) in t.iter().enumerate() {
        if !x.is_finite() {
            return Err(LinkError::WeatherNotFinite(h));
        }
        if !(CSV_MIN_C..=CSV_MAX_C).contains(&x) {
            return Err(LinkError::WeatherRange(h, x));
        }
    }
    Ok(t)
}

/// The fragment (without `#`) of a scenario, its uploaded weather (only when the scenario
/// reads a file) and the preset last loaded.
pub fn encode(scenario: &Scenario, upload: Option<&Upload>, preset: &str) -> String {
    let weather = upload.filter(|_| reads_file(scenario)).map(encode_weather);
    fragment(&encode_scenario(scenario), weather.as_deref(), preset)
}

/// Joins encoded parts into a fragment.
pub fn fragment(scenario: &str, weather: Option<&str>, preset: &str) -> String {
    let mut out = format!("s={scenario}");
    if let Some(w) = weather {
        out.push_str("&w=");
        out.push_str(w);
    }
    if !preset.is_empty() && crate::presets::preset(preset).is_some() {
        out.push_str("&p=");
        out.push_str(preset);
    }
    out
}

/// Whether the scenario's weather is an uploaded file.
pub fn reads_file(scenario: &Scenario) -> bool {
    scenario.weather.epw_file.is_some() || scenario.weather.csv_file.is_some()
}

/// Whether a fragment (without `#`) is a share link; other fragments (`#method`) are not.
pub fn is_link(fragment: &str) -> bool {
    fragment
        .split('&')
        .any(|p| p.starts_with("s=") || p.starts_with("p="))
}

/// What the page shows, for [`link`].
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    /// The scenario.
    pub scenario: &'a Scenario,
    /// The uploaded weather's `w=` value, when the scenario reads the file.
    pub weather: Option<&'a str>,
    /// The preset it was loaded from, or empty.
    pub preset: &'a str,
    /// Whether it differs from that preset.
    pub modified: bool,
    /// The language to write (`None`: the reader's browser decides).
    pub lang: Option<Lang>,
    /// The B side of a comparison shown from a link.
    pub compare: Option<&'a Scenario>,
}

/// The shortest fragment (without `#`) that opens `view` (see the module docs).
pub fn link(view: &View) -> String {
    let known = !view.preset.is_empty() && crate::presets::preset(view.preset).is_some();
    let mut out = if known && !view.modified && view.weather.is_none() && view.compare.is_none() {
        format!("p={}", view.preset)
    } else {
        let mut out = fragment(
            &encode_scenario(view.scenario),
            view.weather,
            if view.modified { "" } else { view.preset },
        );
        if known && view.modified {
            out.push_str("&b=");
            out.push_str(view.preset);
        }
        if let Some(c) = view.compare {
            out.push_str("&c=");
            out.push_str(&encode_scenario(c));
        }
        out
    };
    if let Some(lang) = view.lang {
        out.push_str("&l=");
        out.push_str(lang.code());
    }
    out
}

/// Reads a fragment (without `#`). Never panics.
pub fn decode(fragment: &str) -> Result<Shared, LinkError> {
    let (mut s, mut w, mut p, mut b, mut c, mut l) = (None, None, None, None, None, None);
    for piece in fragment.split('&') {
        let slot = match piece.split_once('=') {
            Some(("s", v)) => (&mut s, v),
            Some(("w", v)) => (&mut w, v),
            Some(("p", v)) => (&mut p, v),
            Some(("b", v)) => (&mut b, v),
            Some(("c", v)) => (&mut c, v),
            Some(("l", v)) => (&mut l, v),
            _ => return Err(LinkError::BadPart(piece.to_string())),
        };
        if slot.0.replace(slot.1).is_some() {
            return Err(LinkError::BadPart(piece.to_string()));
        }
    }
    let known = |stem: Option<&str>| {
        stem.filter(|p| crate::presets::preset(p).is_some())
            .unwrap_or_default()
            .to_string()
    };
    let lang = l.and_then(Lang::from_code);
    let compare = c.map(decode_scenario).transpose()?;
    let Some(s) = s else {
        // The short link of a preset as published.
        let stem = known(p);
        let json = crate::presets::preset(&stem).ok_or(LinkError::NoScenario)?;
        let scenario = parse_scenario(json).map_err(LinkError::Scenario)?;
        return Ok(Shared {
            scenario,
            upload: None,
            preset: stem,
            based_on: String::new(),
            lang,
            compare,
        });
    };
    let scenario = decode_scenario(s)?;
    let upload = w.map(decode_weather).transpose()?;
    if reads_file(&scenario) && upload.is_none() {
        return Err(LinkError::WeatherMissing);
    }
    // An unknown project (say, one a later version removed) is only context: ignored.
    let preset = known(p);
    Ok(Shared {
        scenario,
        upload,
        preset,
        based_on: known(b),
        lang,
        compare,
    })
}

fn version(value: &str, part: Part) -> Result<&str, LinkError> {
    let (v, rest) = value.split_once('.').unwrap_or((value, ""));
    if v == VERSION && value.len() > v.len() {
        Ok(rest)
    } else if !v.is_empty() && v != VERSION && v.chars().all(|c| c.is_ascii_digit()) {
        Err(LinkError::Version(part, v.to_string()))
    } else {
        Err(LinkError::Shape(part))
    }
}

/// Reads an `s=` value into a valid scenario (strict: problems are refused, never clamped).
pub fn decode_scenario(value: &str) -> Result<Scenario, LinkError> {
    let data = version(value, Part::Scenario)?;
    let bytes = unpack(data, Part::Scenario, MAX_JSON_BYTES)?;
    let json = String::from_utf8(bytes).map_err(|_| LinkError::NotUtf8)?;
    let problems = |ps: Vec<Problem>| match ps.as_slice() {
        [only] if only.path.is_empty() => LinkError::NotJson(only.message.clone()),
        _ => LinkError::Scenario(ps),
    };
    load_scenario(&json).map_err(problems)?;
    parse_scenario(&json).map_err(problems)
}

/// Reads a `w=` value into an upload.
pub fn decode_weather(value: &str) -> Result<Upload, LinkError> {
    let rest = version(value, Part::Weather)?;
    let mut pieces = rest.split('.');
    let (Some(kind), Some(name), Some(data), None) =
        (pieces.next(), pieces.next(), pieces.next(), pieces.next())
    else {
        return Err(LinkError::Shape(Part::Weather));
    };
    let epw = match kind {
        "e" => true,
        "c" => false,
        _ => return Err(LinkError::WeatherKind),
    };
    let name = URL_SAFE_NO_PAD
        .decode(name)
        .map_err(|_| LinkError::Base64(Part::Weather))?;
    if name.is_empty() || name.len() > MAX_NAME_BYTES {
        return Err(LinkError::WeatherKind);
    }
    let name = String::from_utf8(name).map_err(|_| LinkError::WeatherKind)?;
    let t = temperatures_from(&unpack(data, Part::Weather, MAX_WEATHER_BYTES)?)?;
    Ok(Upload {
        name,
        epw,
        t_out_c: Arc::from(t),
    })
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;

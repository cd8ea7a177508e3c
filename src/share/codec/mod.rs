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
//! | `i=` (optional) | `1.` + base64url(zlib(JSON)) | what the planner's instruments were last asked: an array of their requests (goal seek, sweep, Monte Carlo; at most one each, the last asked at the end), checked like the scenario. Opening the link fills the forms and runs the last request again; results are never carried ([`instruments`]) |
//! | `d=` (only with measured profiles) | `1.` + base64url(zlib(profiles)) | the scenario's measured profiles (`data_centre.it_profile`, …), which `s=` then leaves out ([`profiles`]: 0.1 kW, 0.01 K). A damaged `d=` is named and the rest of the link opens without it; a link that would pass [`MAX_LINK_CHARS`] leaves `d=` out and the share menu says so |
//! | `e=` (only with `c=` whose B has measured profiles) | `d`, or as `d=` | B's measured profiles, which `c=` then leaves out: `d` when they are A's (they travel once, in `d=`), else their own value as `d=` writes it. Named and left out like `d=` when damaged or when the link would pass [`MAX_LINK_CHARS`] (the compare card says so) |
//! | `l=` (optional) | `en`, `it`, `fr` or `de` | the language to open in. The page writes it whenever the language shown is not the browser's own (so a link made in Italian on an English browser opens in Italian, and a link made in the browser's language follows the reader's browser); an unknown code is ignored |
//!
//! The page writes the shortest link that opens what is shown: `#p=<stem>` (plus `&l=`) for an
//! unmodified preset, else `#s=…` with `&w=`, `&p=`/`&b=`, `&c=` and `&l=` as they apply;
//! `&i=` follows either form when an instrument has been run.
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

mod error;
pub mod instruments;
pub mod profiles;
mod temperatures;
mod varint;

use crate::i18n::Lang;
use crate::state::Upload;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
pub use error::{LinkError, Part};
use heat_twin_model::scenario::{load_scenario, parse_scenario, Problem, Scenario};
use heat_twin_model::weather::HOURS;
use heat_twin_worker::Job;
pub use instruments::{decode_instruments, encode_instruments, job_kind};
use std::sync::Arc;
use temperatures::{temperatures_bytes, temperatures_from};

/// The format version of each part.
pub const VERSION: &str = "1";
/// Largest scenario JSON a link may unpack to, bytes (a preset is about 5 KB).
const MAX_JSON_BYTES: usize = 256 * 1024;
/// Largest temperature payload a link may unpack to, bytes.
const MAX_WEATHER_BYTES: usize = 2 + HOURS * 8;
/// Longest weather file name, bytes.
const MAX_NAME_BYTES: usize = 1024;
/// Longest link the page writes with measured profiles, characters: beyond it `d=` is left out
/// and the share menu offers the scenario JSON instead. Assumed (\[A\]): browsers open far longer
/// addresses (Chromium 2 MB), but 64 Ki characters is a size mail and chat programs and web
/// servers commonly pass whole.
pub const MAX_LINK_CHARS: usize = 65_536;
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
    /// What the instruments were last asked (`i=`), checked; empty without the part.
    pub instruments: Vec<Job>,
    /// Why the link's measured profiles (`d=`, or B's `e=`) could not be read; the scenario
    /// (or B) is then without them.
    pub drivers_error: Option<LinkError>,
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
    /// The instruments' `i=` value, when one has been run.
    pub instruments: Option<&'a str>,
}

/// The shortest fragment (without `#`) that opens `view` (see the module docs).
pub fn link(view: &View) -> String {
    let known = !view.preset.is_empty() && crate::presets::preset(view.preset).is_some();
    let profiles = profiles::encode_profiles(view.scenario);
    let stripped = profiles
        .as_ref()
        .map(|_| profiles::without_profiles(view.scenario));
    let mut out = if known && !view.modified && view.weather.is_none() && view.compare.is_none() {
        format!("p={}", view.preset)
    } else {
        let mut out = fragment(
            &encode_scenario(stripped.as_ref().unwrap_or(view.scenario)),
            view.weather,
            if view.modified { "" } else { view.preset },
        );
        if known && view.modified {
            out.push_str("&b=");
            out.push_str(view.preset);
        }
        // B's profiles leave `c=` as A's leave `s=` (a link holds each series once).
        let compare_profiles = view.compare.and_then(profiles::encode_profiles);
        if let Some(c) = view.compare {
            let stripped = compare_profiles
                .as_ref()
                .map(|_| profiles::without_profiles(c));
            out.push_str("&c=");
            out.push_str(&encode_scenario(stripped.as_ref().unwrap_or(c)));
        }
        let written = profiles
            .as_ref()
            .filter(|d| out.len() + d.len() + 3 <= MAX_LINK_CHARS);
        if let Some(d) = written {
            out.push_str("&d=");
            out.push_str(d);
        }
        if let Some(e) = compare_profiles {
            // The same encoded text decodes to the same values: B then points at `d=`.
            let value = if written == Some(&e) {
                "d".to_string()
            } else {
                e
            };
            if out.len() + value.len() + 3 <= MAX_LINK_CHARS {
                out.push_str("&e=");
                out.push_str(&value);
            }
        }
        out
    };
    if let Some(i) = view.instruments {
        out.push_str("&i=");
        out.push_str(i);
    }
    if let Some(lang) = view.lang {
        out.push_str("&l=");
        out.push_str(lang.code());
    }
    out
}

/// Reads a fragment (without `#`). Never panics.
pub fn decode(fragment: &str) -> Result<Shared, LinkError> {
    let (mut s, mut w, mut p, mut b, mut c, mut l) = (None, None, None, None, None, None);
    let (mut i, mut d, mut e) = (None, None, None);
    for piece in fragment.split('&') {
        let slot = match piece.split_once('=') {
            Some(("s", v)) => (&mut s, v),
            Some(("w", v)) => (&mut w, v),
            Some(("p", v)) => (&mut p, v),
            Some(("b", v)) => (&mut b, v),
            Some(("c", v)) => (&mut c, v),
            Some(("l", v)) => (&mut l, v),
            Some(("i", v)) => (&mut i, v),
            Some(("d", v)) => (&mut d, v),
            Some(("e", v)) => (&mut e, v),
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
    let mut compare = c.map(decode_scenario).transpose()?;
    // B's profiles (`e=`): named and left out when they cannot be read, as A's are.
    let compare_drivers_error = match (compare.as_mut(), e) {
        (_, None) => None,
        (Some(b), Some("d")) => match d {
            Some(d) => with_profiles(b, d).err(),
            None => Some(LinkError::Shape(Part::Drivers)),
        },
        (Some(b), Some(e)) => with_profiles(b, e).err(),
        (None, Some(_)) => Some(LinkError::Shape(Part::Drivers)),
    };
    let instruments = i.map(decode_instruments).transpose()?.unwrap_or_default();
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
            instruments,
            drivers_error: compare_drivers_error,
        });
    };
    let mut scenario = decode_scenario(s)?;
    let drivers_error = d
        .and_then(|d| with_profiles(&mut scenario, d).err())
        .or(compare_drivers_error);
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
        instruments,
        drivers_error,
    })
}

/// Puts a `d=` value's profiles into `scenario` when they read and the scenario stays valid
/// with them; otherwise leaves it unchanged and says why.
fn with_profiles(scenario: &mut Scenario, value: &str) -> Result<(), LinkError> {
    let mut with = scenario.clone();
    for (driver, column) in profiles::decode_profiles(value)? {
        with.set_profile(driver, Some(&column));
    }
    with.validate().map_err(LinkError::Scenario)?;
    *scenario = with;
    Ok(())
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
mod tests;

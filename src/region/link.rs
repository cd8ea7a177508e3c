//! The region page's part of the address. A region fragment starts with `region` and has
//! `&`-separated parts of its own, none of which is a scenario part (`s=`, `p=`), so the
//! scenario link (src/share) neither reads nor rewrites it and every old link opens as before:
//!
//! | part | value | meaning |
//! |---|---|---|
//! | `pf=` | a file stem of `portfolios/*.json` | an embedded portfolio, unmodified |
//! | `pj=` | `1.` + base64url(zlib(portfolio JSON)) | any other portfolio, whole (presets named by their stem and their overrides, as in the file) |
//!
//! base64url without padding and zlib (RFC 1950, level 9), as the scenario link: a damaged link
//! fails its Adler-32 check and is refused, not read as another portfolio. The leading `1.` is
//! the part's format version. A portfolio of 50 sites written as presets with overrides fits
//! in well under 8,000 characters (test below).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// Format version of `pj=`.
pub const VERSION: &str = "1";
/// Largest portfolio JSON a link may unpack to, bytes.
const MAX_JSON_BYTES: usize = 1024 * 1024;

/// What a region fragment names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Named {
    /// An embedded portfolio (`pf=`), by stem.
    Preset(String),
    /// A whole portfolio (`pj=`), as JSON text (not yet checked: the worker checks it).
    Json(String),
    /// Nothing (bare `#region`): the default portfolio.
    Nothing,
}

/// Why a `pj=` part could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Another format version than [`VERSION`].
    Version,
    /// Not base64url, or cut short, or not zlib, or too large once unpacked, or not UTF-8.
    Damaged,
}

/// Whether a fragment (without `#`) opens the region page.
pub fn is_region(fragment: &str) -> bool {
    fragment == "region" || fragment.starts_with("region&")
}

/// The `pj=` value of a portfolio's JSON text.
pub fn encode(json: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 9);
    format!("{VERSION}.{}", URL_SAFE_NO_PAD.encode(packed))
}

/// The JSON text of a `pj=` value.
pub fn decode(value: &str) -> Result<String, LinkError> {
    let body = value
        .strip_prefix(VERSION)
        .and_then(|v| v.strip_prefix('.'))
        .ok_or(LinkError::Version)?;
    let packed = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| LinkError::Damaged)?;
    let bytes = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_JSON_BYTES)
        .map_err(|_| LinkError::Damaged)?;
    String::from_utf8(bytes).map_err(|_| LinkError::Damaged)
}

/// What a region fragment names (`pj=` wins over `pf=`; an unknown stem is `Nothing`).
pub fn read(fragment: &str, known: impl Fn(&str) -> bool) -> Result<Named, LinkError> {
    if !is_region(fragment) {
        return Ok(Named::Nothing);
    }
    let part = |key: &str| fragment.split('&').find_map(|p| p.strip_prefix(key));
    if let Some(v) = part("pj=") {
        return decode(v).map(Named::Json);
    }
    Ok(part("pf=")
        .filter(|s| known(s))
        .map_or(Named::Nothing, |s| Named::Preset(s.to_owned())))
}

/// The fragment of what the page shows.
pub fn write(named: &Named) -> String {
    match named {
        Named::Preset(stem) => format!("region&pf={stem}"),
        Named::Json(json) => format!("region&pj={}", encode(json)),
        Named::Nothing => "region".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_round_trip_and_scenario_links_ignore_them() {
        let json = r#"{"name":"x","networks":[],"sites":[]}"#;
        let f = write(&Named::Json(json.into()));
        assert!(f.starts_with("region&pj=1."));
        assert_eq!(read(&f, |_| false), Ok(Named::Json(json.into())));
        assert_eq!(
            read("region&pf=lombardy", |s| s == "lombardy"),
            Ok(Named::Preset("lombardy".into()))
        );
        assert_eq!(read("region&pf=nowhere", |_| false), Ok(Named::Nothing));
        assert_eq!(read("region", |_| true), Ok(Named::Nothing));
        assert_eq!(read("p=brescia-pilot", |_| true), Ok(Named::Nothing));
        assert!(!is_region("regions"));
        for named in [Named::Json(json.into()), Named::Preset("lombardy".into())] {
            assert!(!crate::share::codec::is_link(&write(&named)));
        }
    }

    #[test]
    fn damaged_links_are_refused() {
        let good = encode("{}");
        assert_eq!(decode(&good), Ok("{}".into()));
        assert_eq!(decode(&format!("2{}", &good[1..])), Err(LinkError::Version));
        // Cut short: the zlib stream's end and checksum are missing.
        assert_eq!(decode(&good[..good.len() - 3]), Err(LinkError::Damaged));
        assert_eq!(decode("1.!!!"), Err(LinkError::Damaged));
        // One character changed in the middle: the checksum (or the stream) fails.
        let mut bad: Vec<char> = good.chars().collect();
        let mid = bad.len() / 2;
        bad[mid] = if bad[mid] == 'A' { 'B' } else { 'A' };
        let bad: String = bad.into_iter().collect();
        assert_ne!(decode(&bad), Ok("{}".into()));
    }

    #[test]
    fn fifty_preset_sites_with_overrides_fit_in_8000_characters() {
        // 50 sites on 5 networks, each a preset with overrides and its own name and place:
        // the issue's size for a shareable region.
        let presets = ["settimo-milanese", "brescia-pilot", "brescia-phase1"];
        let networks: Vec<serde_json::Value> = (0..5)
            .map(|j| {
                serde_json::json!({"id": format!("net-{j}"), "name": format!("Network {j}"),
                "lat": 45.2 + 0.1 * j as f64, "lon": 9.0 + 0.2 * j as f64,
                "preset": "settimo-milanese", "network": {"homes": 5000 + 700 * j}})
            })
            .collect();
        let sites: Vec<serde_json::Value> = (0..50)
            .map(|i| {
                serde_json::json!({"name": format!("Data centre {i:02}"),
                "lat": 45.0 + 0.0137 * i as f64, "lon": 8.9 + 0.0291 * i as f64,
                "network": format!("net-{}", i % 5), "preset": presets[i % 3],
                "data_centre": {"racks": 100 + 37 * i, "rack_kw": 8 + i % 7},
                "economics": {"pipe_length_km": 0.5 + 0.1 * (i % 9) as f64}})
            })
            .collect();
        let json = serde_json::json!({"name": "Fifty sites", "target_homes": 40000,
            "networks": networks, "sites": sites})
        .to_string();
        let fragment = write(&Named::Json(json.clone()));
        assert!(fragment.len() <= 8000, "{} characters", fragment.len());
        assert_eq!(read(&fragment, |_| false), Ok(Named::Json(json)));
    }
}

//! Every malformed link says what is wrong; mutated links never panic.

use super::*;

/// Each malformed link, the error and words its message must contain.
#[test]
fn each_malformed_link_says_what_is_wrong() {
    let good = encode(&Scenario::default(), None, "");
    let up = epw_upload();
    let weather = encode_weather(&up);
    let data = |payload: &[u8]| {
        format!(
            "{}&w=1.e.{}.{}",
            link(r#"{"weather":{"epw_file":"a.epw"}}"#),
            URL_SAFE_NO_PAD.encode("a.epw"),
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(payload, 6))
        )
    };
    // The weather part with its zlib stream cut short (still valid base64url).
    let cut = |w: &str| {
        let (head, data) = w.rsplit_once('.').expect("four pieces");
        let mut bytes = URL_SAFE_NO_PAD.decode(data).expect("base64url");
        bytes.truncate(bytes.len() - 100);
        format!("{head}.{}", URL_SAFE_NO_PAD.encode(bytes))
    };
    let raw = |t: &[f64]| {
        let mut b = vec![0u8];
        for x in t {
            b.extend(x.to_le_bytes());
        }
        b
    };
    let mut nan = vec![10.0; HOURS];
    nan[99] = f64::NAN;
    let mut hot = vec![10.0; HOURS];
    hot[4] = 80.0;
    let cases: Vec<(String, LinkError, &str)> = vec![
        (
            "s=1.!!!".into(),
            LinkError::Base64(Part::Scenario),
            "base64",
        ),
        (
            good[..good.len() - 3].to_string(),
            LinkError::Deflate(Part::Scenario),
            "incomplete",
        ),
        (
            format!("s=1.{}", URL_SAFE_NO_PAD.encode(b"not zlib at all")),
            LinkError::Deflate(Part::Scenario),
            "incomplete",
        ),
        (
            format!(
                "s=1.{}",
                URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(
                    &[0xff, 0xfe, b'{'],
                    6
                ))
            ),
            LinkError::NotUtf8,
            "UTF-8",
        ),
        (
            link("{\"data_centre\":"),
            LinkError::NotJson(String::new()),
            "JSON",
        ),
        (
            good.replacen("s=1.", "s=2.", 1),
            LinkError::Version(Part::Scenario, "2".into()),
            "version 2",
        ),
        (
            "s=7".into(),
            LinkError::Version(Part::Scenario, "7".into()),
            "version 7",
        ),
        ("s=".into(), LinkError::Shape(Part::Scenario), "cut"),
        (
            good[..good.len() - 1].to_string(),
            LinkError::Shape(Part::Scenario),
            "cut",
        ),
        (
            "p=no-such-preset".into(),
            LinkError::NoScenario,
            "no scenario",
        ),
        (
            format!("{good}&x=1"),
            LinkError::BadPart("x=1".into()),
            "x=1",
        ),
        (
            format!("{good}&{good}"),
            LinkError::BadPart(good.clone()),
            "s=1",
        ),
        (
            link(r#"{"data_centre":{"racks":2000000}}"#),
            LinkError::Scenario(Vec::new()),
            "data_centre.racks: 2000000 is out of range; allowed 0 to 1,000,000",
        ),
        (
            link(r#"{"data_centre":{"rackz":2}}"#),
            LinkError::Scenario(Vec::new()),
            "rackz",
        ),
        (
            link(r#"{"weather":{"epw_file":"a.epw"}}"#),
            LinkError::WeatherMissing,
            "weather file",
        ),
        (
            format!("{good}&w=2.{}", &weather[2..]),
            LinkError::Version(Part::Weather, "2".into()),
            "weather",
        ),
        (format!("{good}&w=1.x.YQ.AA"), LinkError::WeatherKind, "EPW"),
        (
            format!("{good}&w=1.e.YQ"),
            LinkError::Shape(Part::Weather),
            "weather",
        ),
        (
            format!("{good}&w={}", cut(&weather)),
            LinkError::Deflate(Part::Weather),
            "weather",
        ),
        (
            data(&raw(&vec![10.0; 100])),
            LinkError::WeatherCount(100),
            "100",
        ),
        (
            data(&raw(&vec![10.0; HOURS + 1])),
            LinkError::TooLarge(Part::Weather),
            "too large",
        ),
        (
            data(&raw(&nan)),
            LinkError::WeatherNotFinite(99),
            "hour 100",
        ),
        (data(&raw(&hot)), LinkError::WeatherRange(4, 80.0), "80"),
        (data(&[9, 1, 2]), LinkError::Shape(Part::Weather), "weather"),
    ];
    for (fragment, want, words) in cases {
        let got = err(&fragment);
        let same = match (&got, &want) {
            (LinkError::NotJson(_), LinkError::NotJson(_))
            | (LinkError::Scenario(_), LinkError::Scenario(_)) => true,
            _ => got == want,
        };
        assert!(same, "{fragment:.60}: {got:?}, want {want:?}");
        for lang in Lang::ALL {
            let reason = got.reason(lang);
            let message = got.message(lang);
            assert!(!reason.starts_with("share-"), "{lang:?}: {reason}");
            assert!(message.contains(&reason), "{lang:?}: {message}");
            assert!(!message.contains("share-"), "{lang:?}: {message}");
        }
        let en = got.message(Lang::En);
        assert!(
            en.to_lowercase().contains(&words.to_lowercase()),
            "{en} lacks {words:?}"
        );
        assert!(en.contains("default scenario"), "{en}");
    }
}

#[test]
fn the_out_of_range_message_reads_plainly() {
    let e = err(&link(r#"{"data_centre":{"racks":2000000}}"#));
    assert_eq!(
        e.message(Lang::En),
        "This link could not be opened: data_centre.racks: 2000000 is out of range; allowed 0 to \
         1,000,000 (integer). The default scenario is shown instead."
    );
}

#[test]
fn other_fragments_are_not_links() {
    assert!(!is_link("method"));
    assert!(!is_link(""));
    assert!(is_link("s=1.abc"));
    assert!(is_link("p=x&s=1.abc"));
}

#[test]
fn an_unknown_project_is_ignored() {
    let f = format!(
        "{}&p=no-such-project",
        encode(&Scenario::default(), None, "")
    );
    assert_eq!(decode(&f).expect("opens").preset, "");
}

/// Deterministic mutations (cuts, flips, insertions, deletions, swaps) of valid links: decoding
/// never panics, and a changed link either fails or still holds a valid scenario.
#[test]
fn decoding_mutated_links_never_panics() {
    let up = epw_upload();
    let links = [
        encode(&Scenario::default(), None, ""),
        encode(&every_field(), None, "brescia-pilot"),
        encode(&with_file(&up), Some(&up), ""),
    ];
    let alphabet: Vec<char> = "AZaz09-_.=&%#!é\u{0}~s1w".chars().collect();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut failed = 0;
    let mut tried = 0;
    for l in &links {
        let chars: Vec<char> = l.chars().collect();
        for round in 0..700 {
            let mut m = chars.clone();
            let i = (next() as usize) % m.len();
            match round % 5 {
                0 => m.truncate(i),
                1 => m[i] = alphabet[(next() as usize) % alphabet.len()],
                2 => m.insert(i, alphabet[(next() as usize) % alphabet.len()]),
                3 => {
                    m.remove(i);
                }
                _ => {
                    let j = (next() as usize) % m.len();
                    m.swap(i, j);
                }
            }
            let text: String = m.into_iter().collect();
            tried += 1;
            match decode(&text) {
                Ok(s) => assert!(s.scenario.validate().is_ok()),
                Err(e) => {
                    failed += 1;
                    assert!(!e.message(Lang::En).is_empty());
                }
            }
        }
    }
    // zlib's checksum catches nearly every change.
    assert!(failed * 10 >= tried * 9, "{failed} of {tried} failed");
    for junk in [
        "",
        "&",
        "=",
        "s",
        "s=1.",
        "s=1..",
        "w=1.e..",
        "s=1.AAAA&w=",
        "%%%",
        "s=1.\u{1F525}",
    ] {
        let _ = decode(junk);
    }
}

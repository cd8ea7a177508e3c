//! Tests of the link format: round trips, exact weather, every malformed case, no panics.

use super::*;
use heat_twin_model::scenario::{fields, resolved_value, FieldKind, FieldValue, WeatherSection};
use heat_twin_model::weather::read_epw;

fn epw_upload() -> Upload {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/weather/tmy_45.000_8.000_2005_2020.epw"
    );
    let bytes = std::fs::read(path).expect("the shipped EPW");
    let t = read_epw(&bytes).expect("a valid EPW");
    Upload {
        name: "tmy_45.000_8.000_2005_2020.epw".into(),
        epw: true,
        t_out_c: t.into(),
    }
}

fn with_file(upload: &Upload) -> Scenario {
    Scenario {
        weather: WeatherSection {
            epw_file: Some(upload.name.clone()),
            ..WeatherSection::default()
        },
        ..Scenario::default()
    }
}

/// Every field given (the Brescia pilot's effective values, the two nullable fields set),
/// with a synthetic climate, a name, a description and sources.
fn every_field() -> Scenario {
    let json = crate::presets::preset("brescia-pilot").expect("the opening preset");
    let params = load_scenario(json).expect("valid").params;
    let mut s = Scenario {
        name: Some("Every field — «tutti i campi» & co.".into()),
        description: Some("A description with \"quotes\", a newline\nand emoji 🔥.".into()),
        sources: Some(vec!["one".into(), "two".into()]),
        weather: WeatherSection {
            monthly_means_c: Some([
                1.5, 3.25, 8.0, 12.0, 17.0, 21.0, 24.0, 23.5, 19.0, 13.0, 7.0, 2.0,
            ]),
            diurnal_amplitude_k: Some(4.5),
            ..WeatherSection::default()
        },
        ..Scenario::default()
    };
    for spec in fields() {
        // The old name of connection.length_km: giving both names is refused (MODEL.md §9.1).
        if spec.path == "economics.pipe_length_km" {
            continue;
        }
        let value = match (spec.kind, resolved_value(&params, spec.path)) {
            (FieldKind::MonthDayRange, _) => FieldValue::Season {
                start: "10-15".into(),
                end: "04-15".into(),
            },
            (FieldKind::Monthly12 { min, max }, _) => {
                FieldValue::Monthly(std::array::from_fn(|m| {
                    min + (max - min) * (m as f64 + 1.0) / 13.0
                }))
            }
            (_, Some(v)) => v,
            (_, None) => panic!("{}: no resolved value", spec.path),
        };
        s.set(spec.path, value.clone())
            .unwrap_or_else(|p| panic!("{}: {value:?}: {p}", spec.path));
        assert!(s.get(spec.path).is_some(), "{} is given", spec.path);
    }
    s
}

fn link(json: &str) -> String {
    format!(
        "s=1.{}",
        URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(
            json.as_bytes(),
            6
        ))
    )
}

fn err(fragment: &str) -> LinkError {
    match decode(fragment) {
        Ok(s) => panic!("{fragment}: opened as {s:?}"),
        Err(e) => e,
    }
}

#[test]
fn the_default_scenario_round_trips_in_a_short_link() {
    let f = encode(&Scenario::default(), None, "");
    assert_eq!(decode(&f).expect("opens").scenario, Scenario::default());
    assert!(f.len() <= 20, "{f} ({} chars)", f.len());
    println!("default: #{f} ({} chars)", f.len() + 1);
}

#[test]
fn every_preset_round_trips() {
    for (stem, json) in crate::presets::PRESETS {
        let s = parse_scenario(json).expect("valid preset");
        let f = encode(&s, None, stem);
        let back = decode(&f).unwrap_or_else(|e| panic!("{stem}: {e:?}"));
        assert_eq!(back.scenario, s, "{stem}");
        assert_eq!(back.preset, *stem);
        assert_eq!(back.upload, None);
        // The preset's sources, its calibration note and (version 2) its plants and published
        // figures are long prose: about 4 KB after zlib and base64. An unmodified preset travels
        // as `#p=<stem>` and a modified one without its prose, so this size is never a link's.
        assert!(f.len() < 6000, "{stem}: {} chars", f.len());
        println!("{stem}: {} chars", f.len() + 1);
    }
}

#[test]
fn a_scenario_with_every_field_set_round_trips() {
    let s = every_field();
    assert!(s.validate().is_ok(), "{:?}", s.validate().err());
    let f = encode(&s, None, "");
    assert_eq!(decode(&f).expect("opens").scenario, s);
    // Every field, the 12 monthly factors with 17 digits each: measured 1,216 characters with
    // the 52 fields of version 1, 1,310 with the 60 of version 2.
    assert!(f.len() < 1400, "{} chars", f.len());
    println!("every field: {} chars", f.len() + 1);
}

#[test]
fn a_typical_edit_stays_short() {
    let s = parse_scenario(r#"{"data_centre":{"racks":800,"rack_kw":10,"cooling":"direct_to_chip"},"network":{"generation":"4G","homes":15000}}"#)
        .expect("valid");
    let f = encode(&s, None, "");
    assert!(f.len() < 170, "{f} ({} chars)", f.len());
}

#[test]
fn the_real_epw_round_trips_bit_for_bit() {
    let up = epw_upload();
    let s = with_file(&up);
    let f = encode(&s, Some(&up), "");
    let back = decode(&f).expect("opens");
    let got = back.upload.expect("the link carries the file");
    assert_eq!(got.name, up.name);
    assert!(got.epw);
    assert_eq!(got.t_out_c.len(), HOURS);
    assert!(got
        .t_out_c
        .iter()
        .zip(up.t_out_c.iter())
        .all(|(a, b)| a.to_bits() == b.to_bits()));
    assert_eq!(back.scenario, s);
    // Hundredths of a degree, residuals of a straight-line prediction: measured 13,043 characters.
    assert!(f.len() < 13_500, "{} chars", f.len());
    println!("with the EPW: {} chars", f.len() + 1);
}

#[test]
fn any_temperatures_round_trip_bit_for_bit() {
    let cases: Vec<Vec<f64>> = vec![
        (0..HOURS)
            .map(|h| (h as f64 * 0.37).sin() * 23.456_789_123)
            .collect(),
        (0..HOURS)
            .map(|h| if h % 2 == 0 { -0.0 } else { 0.1 })
            .collect(),
        (0..HOURS).map(|h| (h % 7) as f64 * 1.25 - 3.0).collect(),
        (0..HOURS)
            .map(|h| if h == 0 { CSV_MIN_C } else { CSV_MAX_C })
            .collect(),
    ];
    for t in cases {
        let up = Upload {
            name: "x.csv".into(),
            epw: false,
            t_out_c: t.clone().into(),
        };
        let got = decode_weather(&encode_weather(&up)).expect("opens");
        assert!(!got.epw);
        assert!(got
            .t_out_c
            .iter()
            .zip(&t)
            .all(|(a, b)| a.to_bits() == b.to_bits()));
    }
}

#[test]
fn a_weather_file_is_carried_only_when_the_scenario_reads_it() {
    let up = epw_upload();
    assert!(!encode(&Scenario::default(), Some(&up), "").contains("&w="));
    assert!(encode(&with_file(&up), Some(&up), "").contains("&w=1.e."));
}

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

#[test]
fn encoding_is_cheap() {
    let s =
        parse_scenario(crate::presets::preset("brescia-pilot").expect("preset")).expect("valid");
    let small = every_field();
    let up = epw_upload();
    let time = |f: &dyn Fn() -> String| {
        let n = 200;
        let t0 = std::time::Instant::now();
        for _ in 0..n {
            std::hint::black_box(f());
        }
        t0.elapsed().as_secs_f64() * 1e3 / f64::from(n)
    };
    let ms_small = time(&|| encode(&small, None, ""));
    let ms_preset = time(&|| encode(&s, None, "brescia-pilot"));
    let ms_weather = time(&|| encode_weather(&up));
    let f = encode(&s, None, "brescia-pilot");
    let ms_decode = time(&|| format!("{:?}", decode(&f).is_ok()));
    println!(
        "encode: every field {ms_small:.3} ms, Brescia {ms_preset:.3} ms; EPW {ms_weather:.3} ms (once per file); decode Brescia {ms_decode:.3} ms"
    );
    // Generous bounds for an unoptimised test build; see the report for release timings.
    assert!(ms_small < 5.0 && ms_preset < 20.0, "{ms_small} {ms_preset}");
}

#[test]
fn short_links_open_a_preset_as_published() {
    for (stem, json) in crate::presets::PRESETS {
        let opened = decode(&format!("p={stem}&l=it")).expect("a short link opens");
        assert_eq!(opened.scenario, parse_scenario(json).expect("preset"));
        assert_eq!(opened.preset, *stem);
        assert_eq!(opened.lang, Some(Lang::It));
    }
    assert!(is_link("p=settimo-milanese"));
    assert!(!is_link("method"));
}

#[test]
fn the_page_writes_the_shortest_honest_link() {
    let json = crate::presets::preset("settimo-milanese").expect("preset");
    let preset = parse_scenario(json).expect("preset");
    let view = View {
        scenario: &preset,
        weather: None,
        preset: "settimo-milanese",
        modified: false,
        lang: None,
        compare: None,
    };
    assert_eq!(crate::share::codec::link(&view), "p=settimo-milanese");
    assert_eq!(
        crate::share::codec::link(&View {
            lang: Some(Lang::It),
            ..view
        }),
        "p=settimo-milanese&l=it"
    );
    // Modified: the whole scenario, and `b=` (based on), never `p=`.
    let mut mine = preset.clone();
    mine.name = Some("Mine".into());
    let modified = crate::share::codec::link(&View {
        scenario: &mine,
        modified: true,
        ..view
    });
    assert!(modified.starts_with("s=1."), "{modified}");
    assert!(modified.ends_with("&b=settimo-milanese"), "{modified}");
    assert!(!modified.contains("&p="));
    let back = decode(&modified).expect("opens");
    assert_eq!(back.scenario, mine);
    assert_eq!(back.preset, "");
    assert_eq!(back.based_on, "settimo-milanese");
    // A comparison carries both scenarios.
    let other = Scenario::default();
    let both = crate::share::codec::link(&View {
        scenario: &mine,
        modified: true,
        compare: Some(&other),
        ..view
    });
    let back = decode(&both).expect("opens");
    assert_eq!(back.scenario, mine);
    assert_eq!(back.compare, Some(other));
}

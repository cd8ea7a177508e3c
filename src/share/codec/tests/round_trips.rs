//! Scenarios, presets and weather files come back exactly.

use super::*;
use heat_twin_model::weather::{CSV_MAX_C, CSV_MIN_C};

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
    // the 52 fields of version 1, 1,310 with the 60 of version 2, 1,699 with the 93 of
    // version 3 (the old pipe-length name left out); under 2,000, the length every browser and
    // chat tool carries.
    assert!(f.len() < 2000, "{} chars", f.len());
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

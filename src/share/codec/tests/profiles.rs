//! The `d=` part: a scenario's measured profiles travel beside `s=`, rounded to 0.1 kW and
//! 0.01 K; a damaged `d=` is named and the rest of the link opens; a link too long leaves
//! `d=` out.

use super::*;
use crate::share::codec::profiles as codec_profiles;
use heat_twin_model::Driver;

fn view(s: &Scenario) -> String {
    crate::share::codec::link(&View {
        scenario: s,
        weather: None,
        preset: "",
        modified: false,
        lang: None,
        compare: None,
        instruments: None,
    })
}

/// 1,000 kW plus 0.1 kW per hour of the day, hours 5 and 6 missing.
fn it_column() -> Vec<f64> {
    (0..HOURS)
        .map(|h| {
            if h == 5 || h == 6 {
                f64::NAN
            } else {
                1000.0 + (h % 24) as f64 / 10.0
            }
        })
        .collect()
}

fn with_it() -> Scenario {
    let mut s = Scenario {
        name: Some("driven".into()),
        ..Scenario::default()
    };
    s.set("data_centre.racks", FieldValue::Number(500.0))
        .expect("in range");
    s.set_profile(Driver::ItKw, Some(&it_column()));
    s
}

#[test]
fn profiles_travel_in_d_and_come_back() {
    let s = with_it();
    let f = view(&s);
    let (s_part, d_part) = f.split_once("&d=").expect("a d= part");
    // `s=` carries the scenario without the profile: as short as the scenario alone.
    assert!(s_part.len() < 200, "{s_part}");
    assert!(d_part.starts_with("1."));
    let back = decode(&f).expect("opens");
    assert_eq!(back.drivers_error, None);
    // Every value is a whole number of tenths of a kW: it comes back exactly.
    assert_eq!(back.scenario, s);
    println!("IT profile, 8,758 hours: {} characters", f.len());
}

#[test]
fn values_are_rounded_to_a_tenth_of_a_kw_and_a_hundredth_of_a_kelvin() {
    let mut s = with_it();
    let mut it = it_column();
    it[0] = 123.456; // round(1,234.56) = 1,235 tenths: 123.5 kW
    s.set_profile(Driver::ItKw, Some(&it));
    let mut t = vec![f64::NAN; HOURS];
    t[10] = -4.56789; // round(−456.789) = −457 hundredths: −4.57 °C
    t[11] = 25.005; // 2,500.5 (in binary slightly below) rounds to 2,500 or 2,501 hundredths
    s.set_profile(Driver::OutdoorC, Some(&t));
    let back = decode(&view(&s)).expect("opens").scenario;
    let it_back = back.profile(Driver::ItKw).expect("IT");
    assert_eq!(it_back[0], Some(123.5));
    assert_eq!(it_back[5], None);
    let t_back = back.profile(Driver::OutdoorC).expect("outdoor");
    assert_eq!(t_back[10], Some(-4.57));
    assert!(t_back[11].is_some_and(|x| (x - 25.005).abs() <= 0.005 + 1e-12));
    assert_eq!(t_back[12], None);
    assert_eq!(
        t_back.iter().filter(|v| v.is_some()).count(),
        2,
        "gaps stay gaps"
    );
}

#[test]
fn a_damaged_d_part_is_named_and_the_rest_of_the_link_opens() {
    let s = with_it();
    let f = view(&s);
    let (head, d) = f.split_once("&d=").expect("a d= part");
    let without = codec_profiles::without_profiles(&s);
    for bad in [
        format!("{head}&d={}", &d[..d.len() / 2]),
        format!("{head}&d=1.!!!"),
        format!("{head}&d=9.{}", &d[2..]),
        format!("{head}&d=1.{}", pack(&[7, 1, 2, 3])),
        format!("{head}&d=1.{}", pack(&[0, 255])),
    ] {
        let back = decode(&bad).unwrap_or_else(|e| panic!("{bad}: {e:?}"));
        assert_eq!(
            back.scenario, without,
            "the scenario loads without profiles"
        );
        let e = back.drivers_error.expect("said");
        let text = format!("{e:?}");
        assert!(text.contains("Drivers"), "{text}");
    }
    // Out of range after decoding (−1 kW): refused by the scenario's own check, named there.
    let mut neg = vec![0u8];
    neg.extend([0xffu8; 1095]);
    neg.extend(std::iter::repeat_n(0u8, HOURS)); // k = 0 …
    neg[1096] = 19; // … but the first delta is zigzag 19 = −10: −1.0 kW
    let back = decode(&format!("{head}&d=1.{}", pack(&neg))).expect("opens");
    match back.drivers_error {
        Some(LinkError::Scenario(ps)) => {
            assert_eq!(ps[0].path, "data_centre.it_profile[0]", "{ps:?}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_link_too_long_leaves_the_profiles_out() {
    // Four profiles of pseudo-random values (a linear congruential generator): they do not
    // compress, 4 × 8,760 × about 3 bytes, beyond MAX_LINK_CHARS once in base64.
    let mut x: u64 = 1;
    let mut next = |lo: f64, hi: f64| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        lo + (hi - lo) * ((x >> 11) as f64 / (1u64 << 53) as f64)
    };
    let mut s = with_it();
    for (d, lo, hi) in [
        (Driver::ItKw, 0.0, 1.0e6),
        (Driver::OutdoorC, -20.0, 40.0),
        (Driver::DemandKw, 0.0, 1.0e6),
        (Driver::SupplyC, 100.0, 150.0),
    ] {
        let column: Vec<f64> = (0..HOURS).map(|_| next(lo, hi)).collect();
        s.set_profile(d, Some(&column));
    }
    assert!(codec_profiles::encode_profiles(&s).expect("some").len() > MAX_LINK_CHARS);
    let f = view(&s);
    assert!(!f.contains("&d="), "left out");
    assert!(f.len() < 1000);
}

#[test]
fn the_shipped_examples_default_drivers_fit_in_a_link_and_all_four_do_not() {
    // Measured: IT load alone 24,291 characters, with the outdoor temperature 39,341 (the two
    // ticked by default); adding the demand passes MAX_LINK_CHARS, so the page then offers
    // the JSON export instead.
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/measured/example-15min.csv"
    ))
    .expect("the example");
    let m = heat_twin_measured::load_csv(&bytes, &heat_twin_measured::LoadOptions::default())
        .expect("loads");
    let mut s = Scenario::default();
    let mut lengths = Vec::new();
    for (series, driver) in crate::measured::drive::DRIVABLE {
        if let Some(col) = m.get(series) {
            let c: Vec<f64> = col.values.iter().map(|v| v.unwrap_or(f64::NAN)).collect();
            s.set_profile(driver, Some(&c));
            let f = view(&s);
            println!("example through {}: {} characters", driver.name(), f.len());
            lengths.push((driver, f.contains("&d="), f.len()));
        }
    }
    assert!(lengths[0].1 && lengths[1].1, "{lengths:?}");
    assert!(lengths[1].2 <= MAX_LINK_CHARS);
    assert!(!lengths[3].1, "{lengths:?}");
    // What opens is the scenario the page had, each hour within 0.05 kW / 0.005 K.
    s.set_profile(Driver::DemandKw, None);
    s.set_profile(Driver::SupplyC, None);
    let back = decode(&view(&s)).expect("opens").scenario;
    for d in [Driver::ItKw, Driver::OutdoorC] {
        let half = if d == Driver::ItKw { 0.05 } else { 0.005 };
        for (a, b) in s
            .profile(d)
            .unwrap_or_default()
            .iter()
            .zip(back.profile(d).unwrap_or_default())
        {
            match (a, b) {
                (Some(a), Some(b)) => assert!((a - b).abs() <= half + 1e-9, "{a} {b}"),
                (None, None) => {}
                other => panic!("{other:?}"),
            }
        }
    }
}

fn compare_view(a: &Scenario, b: &Scenario) -> String {
    crate::share::codec::link(&View {
        scenario: a,
        weather: None,
        preset: "",
        modified: false,
        lang: None,
        compare: Some(b),
        instruments: None,
    })
}

#[test]
fn a_comparisons_b_carries_its_profiles_once_in_e() {
    let a = with_it();
    // B: A's profile with more racks. The series travels once: `e=d` points at `d=`.
    let mut b = a.clone();
    b.set("data_centre.racks", FieldValue::Number(800.0))
        .expect("in range");
    let f = compare_view(&a, &b);
    assert!(f.contains("&e=d"), "{f}");
    let c_part = f.split("&c=").nth(1).and_then(|r| r.split('&').next());
    assert!(c_part.expect("c=").len() < 200, "c= without the profile");
    let back = decode(&f).expect("opens");
    assert_eq!(back.drivers_error, None);
    assert_eq!(back.compare.as_ref(), Some(&b));
    assert_eq!(back.scenario, a);
    // B's own profile (another IT column): its own `e=`, A's `d=` unchanged.
    let mut other = it_column();
    other[100] = 2000.0;
    b.set_profile(Driver::ItKw, Some(&other));
    let f = compare_view(&a, &b);
    let e = f.split("&e=").nth(1).expect("e=");
    assert!(e.starts_with("1."), "{e}");
    let back = decode(&f).expect("opens");
    assert_eq!(back.compare.as_ref(), Some(&b));
    assert_eq!(back.scenario, a);
    // A without profiles, B with: `e=` alone.
    let plain = Scenario::default();
    let f = compare_view(&plain, &b);
    assert!(!f.contains("&d=") && f.contains("&e=1."), "{f}");
    assert_eq!(decode(&f).expect("opens").compare, Some(b));
}

#[test]
fn a_damaged_e_part_is_named_and_b_opens_without_its_profiles() {
    let a = Scenario::default();
    let b = with_it();
    let f = compare_view(&a, &b);
    let (head, e) = f.split_once("&e=").expect("an e= part");
    for bad in [
        format!("{head}&e={}", &e[..e.len() / 2]),
        format!("{head}&e=1.!!!"),
        // `d` with no `d=` to point at.
        format!("{head}&e=d"),
    ] {
        let back = decode(&bad).unwrap_or_else(|e| panic!("{bad}: {e:?}"));
        assert_eq!(back.scenario, a);
        assert_eq!(
            back.compare,
            Some(codec_profiles::without_profiles(&b)),
            "B opens without its profiles"
        );
        let text = format!("{:?}", back.drivers_error.expect("said"));
        assert!(text.contains("Drivers"), "{text}");
    }
    // A link written before `e=` existed: B's profiles inside `c=`'s JSON still open.
    let old = format!("s={}&c={}", encode_scenario(&a), encode_scenario(&b));
    assert_eq!(decode(&old).expect("opens").compare, Some(b));
}

#[test]
fn a_comparison_carries_the_weather_file_either_side_reads() {
    let mut b = Scenario::default();
    b.weather.csv_file = Some("milano.csv".into());
    let upload = crate::state::Upload {
        name: "milano.csv".into(),
        epw: false,
        t_out_c: std::sync::Arc::from(vec![5.0; HOURS]),
    };
    let w = crate::share::codec::encode_weather(&upload);
    let f = crate::share::codec::link(&View {
        scenario: &Scenario::default(),
        weather: Some(&w),
        preset: "",
        modified: false,
        lang: None,
        compare: Some(&b),
        instruments: None,
    });
    let back = decode(&f).expect("opens");
    assert_eq!(back.upload.map(|u| u.name), Some("milano.csv".into()));
    assert_eq!(back.compare, Some(b));
}

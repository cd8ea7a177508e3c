//! Encoding is cheap, and the page writes the shortest honest link.

use super::*;

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
        instruments: None,
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

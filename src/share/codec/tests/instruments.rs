//! The `i=` part: the instruments' requests travel in the link and come back checked.

use super::*;
use heat_twin_model::instruments::SweepAxis;

fn jobs() -> Vec<Job> {
    vec![
        Job::Uncertainty {
            runs: 500,
            seed: 7,
            tornado_kpi: "lcoh_eur_per_mwh".into(),
        },
        Job::Sweep {
            axes: vec![
                SweepAxis {
                    input: "storage.volume_m3".into(),
                    from: 0.0,
                    to: 5000.0,
                    steps: 40,
                },
                SweepAxis {
                    input: "recovery.heat_pump_max_mw".into(),
                    from: 1.0,
                    to: 20.0,
                    steps: 40,
                },
            ],
            kpis: vec!["lcoh_eur_per_mwh".into()],
            maximise: false,
        },
        Job::Seek {
            input: "data_centre.racks".into(),
            kpi: "homes_equivalent".into(),
            target: 5000.5,
        },
    ]
}

/// The `i=` value of hand-written JSON (not through the encoder under test).
fn part(json: &str) -> String {
    format!(
        "1.{}",
        URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(
            json.as_bytes(),
            6
        ))
    )
}

#[test]
fn requests_round_trip_in_order_beside_every_form_of_link() {
    let asked = jobs();
    let i = encode_instruments(&asked).expect("three requests");
    let json = crate::presets::preset("settimo-milanese").expect("preset");
    let preset = parse_scenario(json).expect("preset");
    let view = View {
        scenario: &preset,
        weather: None,
        preset: "settimo-milanese",
        modified: false,
        lang: Some(Lang::It),
        compare: None,
        instruments: Some(&i),
    };
    // The short form of an unmodified preset keeps its requests.
    let short = crate::share::codec::link(&view);
    assert!(short.starts_with("p=settimo-milanese&i=1."), "{short}");
    let back = decode(&short).expect("opens");
    assert_eq!(back.instruments, asked);
    assert_eq!(back.preset, "settimo-milanese");
    assert_eq!(back.lang, Some(Lang::It));
    // And the long form of a modified scenario.
    let mut mine = preset.clone();
    mine.name = Some("Mine".into());
    let long = crate::share::codec::link(&View {
        scenario: &mine,
        modified: true,
        ..view
    });
    let back = decode(&long).expect("opens");
    assert_eq!(back.scenario, mine);
    assert_eq!(back.instruments, asked);
    // Without requests, no part and nothing decoded.
    assert_eq!(encode_instruments(&[]), None);
    let plain = crate::share::codec::link(&View {
        instruments: None,
        ..view
    });
    assert!(!plain.contains("i="), "{plain}");
    assert!(decode(&plain).expect("opens").instruments.is_empty());
}

#[test]
fn the_worker_s_own_json_is_the_format() {
    // Written by hand as the worker's Job serializes: `kind` then the settings.
    let i = part(
        r#"[{"kind":"seek","input":"data_centre.racks","kpi":"homes_equivalent","target":5000}]"#,
    );
    let back = decode(&format!("p=brescia-pilot&i={i}")).expect("opens");
    assert_eq!(
        back.instruments,
        vec![Job::Seek {
            input: "data_centre.racks".into(),
            kpi: "homes_equivalent".into(),
            target: 5000.0
        }]
    );
}

#[test]
fn bad_requests_are_refused_with_what_was_wrong() {
    let cases = [
        (r#"{"kind":"seek"}"#, "not a list"),
        (
            r#"[{"kind":"seek","input":"data_centre.nonsense","kpi":"homes_equivalent","target":1}]"#,
            "seek: ",
        ),
        (
            r#"[{"kind":"seek","input":"data_centre.racks","kpi":"no_such_kpi","target":1}]"#,
            "no_such_kpi",
        ),
        (
            r#"[{"kind":"uncertainty","runs":0,"seed":1,"tornado_kpi":"co2_avoided_t"}]"#,
            "runs 0 is out of range",
        ),
        (
            r#"[{"kind":"sweep","axes":[],"kpis":["co2_avoided_t"],"maximise":true}]"#,
            "0 inputs",
        ),
        (
            r#"[{"kind":"sweep","axes":[{"input":"data_centre.racks","from":1,"to":10,"steps":0}],"kpis":["co2_avoided_t"],"maximise":true}]"#,
            "steps",
        ),
        (
            r#"[{"kind":"sweep","axes":[{"input":"data_centre.racks","from":1,"to":10,"steps":5}],"kpis":[],"maximise":true}]"#,
            "no KPI",
        ),
        (
            r#"[{"kind":"seek","input":"data_centre.racks","kpi":"homes_equivalent","target":1},{"kind":"seek","input":"data_centre.racks","kpi":"homes_equivalent","target":2}]"#,
            "asked twice",
        ),
        (r#"[{"kind":"teleport"}]"#, "unknown instrument"),
        (
            r#"[{"kind":"seek","input":"data_centre.racks","kpi":"homes_equivalent","target":1,"extra":2}]"#,
            "unknown field \"extra\"",
        ),
        (
            r#"[{"kind":"uncertainty","runs":10,"seed":-1,"tornado_kpi":"co2_avoided_t"}]"#,
            "\"seed\" is not a whole number",
        ),
        (
            r#"[{"kind":"sweep","axes":[{"input":"data_centre.racks","from":"1","to":10,"steps":5}],"kpis":["co2_avoided_t"],"maximise":true}]"#,
            "\"from\" is not a number",
        ),
    ];
    for (json, said) in cases {
        match err(&format!("p=brescia-pilot&i={}", part(json))) {
            LinkError::Instrument(m) => assert!(m.contains(said), "{json}: {m}"),
            other => panic!("{json}: {other:?}"),
        }
    }
    // Damage to the part itself names the part.
    assert_eq!(
        err("p=brescia-pilot&i=1.@@@"),
        LinkError::Base64(Part::Instruments)
    );
    assert_eq!(
        err("p=brescia-pilot&i=2.abc"),
        LinkError::Version(Part::Instruments, "2".into())
    );
    assert!(matches!(
        err("p=brescia-pilot&i=1.AAAA"),
        LinkError::Deflate(Part::Instruments) | LinkError::Shape(Part::Instruments)
    ));
    // Given twice.
    let i = encode_instruments(&jobs()).expect("requests");
    assert!(matches!(
        err(&format!("p=brescia-pilot&i={i}&i={i}")),
        LinkError::BadPart(_)
    ));
    // The message names the instruments in both languages.
    let e = err(&format!(
        "p=brescia-pilot&i={}",
        part(r#"[{"kind":"uncertainty","runs":0,"seed":1,"tornado_kpi":"co2_avoided_t"}]"#)
    ));
    assert!(
        e.message(Lang::En).contains("instruments"),
        "{}",
        e.message(Lang::En)
    );
    assert!(
        e.message(Lang::It).contains("strumenti"),
        "{}",
        e.message(Lang::It)
    );
}

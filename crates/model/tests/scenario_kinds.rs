//! Every problem carries a machine-readable kind (for translated messages): none of a broad
//! set of bad scenarios, `Scenario::set` refusals or weather files gives `ProblemKind::Other`
//! (which only `Problem::new` from outside the model makes), and the kinds carry the values.

use heat_twin_model::scenario::{
    load_scenario, CrossRule, DateError, Expected, FieldValue, Given, Num, Origin, Problem,
    ProblemKind, Scenario,
};
use heat_twin_model::weather::{read_csv, read_epw, WeatherErrorKind, WeatherFormat};

const BAD: &[&str] = &[
    "",
    "   ",
    "{",
    r#"{"a": NaN}"#,
    r#"{"data_centre": {"racks": 1e400}}"#,
    "[]",
    r#"{"data_center": {}}"#,
    r#"{"data_centre": {"rackz": 3}}"#,
    r#"{"weather": {"city": "milan"}}"#,
    r#"{"network": {"heating_season": {"start": "10-15", "end": "04-15", "mid": "01-01"}}}"#,
    r#"{"network": {"heating_season": {"start": 5, "end": "04-15"}}}"#,
    r#"{"network": {"heating_season": {"start": "10-15"}}}"#,
    r#"{"network": {"heating_season": {"start": "1015", "end": "13-01"}}}"#,
    r#"{"network": {"heating_season": {"start": "02-29", "end": "04-15"}}}"#,
    r#"{"data_centre": {"racks": "400"}}"#,
    r#"{"data_centre": {"pue": null}}"#,
    r#"{"network": []}"#,
    r#"{"name": 5}"#,
    r#"{"sources": ["a", 2]}"#,
    r#"{"sources": "a"}"#,
    r#"{"weather": 3}"#,
    r#"{"weather": {"monthly_means_c": 3}}"#,
    r#"{"weather": {"monthly_means_c": [1, 2]}}"#,
    r#"{"weather": {"monthly_means_c": [1,2,3,4,5,6,7,8,9,10,11,"x"]}}"#,
    r#"{"weather": {"monthly_means_c": [1,2,3,4,5,6,7,8,9,10,11,99]}}"#,
    r#"{"weather": {"diurnal_amplitude_k": "x"}}"#,
    r#"{"weather": {"diurnal_amplitude_k": 30}}"#,
    r#"{"weather": {"builtin": "po-valley", "diurnal_amplitude_k": 3}}"#,
    r#"{"weather": {"builtin": "atlantis"}}"#,
    r#"{"weather": {"builtin": "po-valley", "csv_file": "a.csv"}}"#,
    r#"{"weather": {"epw_file": " "}}"#,
    r#"{"emissions": {"displaced_heat_kg_per_mwh": [1,2,3]}}"#,
    r#"{"emissions": {"displaced_heat_kg_per_mwh": [1,2,3,4,5,6,7,8,9,10,11,3000]}}"#,
    r#"{"data_centre": {"racks": 2000000}}"#,
    r#"{"data_centre": {"racks": 400.5}}"#,
    r#"{"data_centre": {"racks": 400, "racks": 500}}"#,
    r#"{"network": {"generation": "4g"}}"#,
    r#"{"network": {"supply_max_c": 60, "supply_min_c": 70}}"#,
    r#"{"network": {"supply_min_c": 40, "return_c": 45}}"#,
    r#"{"network": {"ground_c": 25, "supply_min_c": 30, "return_c": 15}}"#,
    r#"{"network": {"generation": "4G", "dhw_min_supply_c": 75, "dhw_share": 0.2}}"#,
];

fn problems(json: &str) -> Vec<Problem> {
    match load_scenario(json) {
        Ok(v) => panic!("accepted {json}: {v:?}"),
        Err(p) => p,
    }
}

#[test]
fn every_problem_of_a_bad_scenario_has_a_kind() {
    for json in BAD {
        for p in problems(json) {
            assert_ne!(*p.kind, ProblemKind::Other, "{json}: {p}");
        }
    }
}

#[test]
fn refusals_of_set_have_kinds() {
    let mut s = Scenario::default();
    for (path, value) in [
        ("data_centre.racks", FieldValue::Number(2e6)),
        ("data_centre.racks", FieldValue::Number(f64::NAN)),
        ("data_centre.racks", FieldValue::Bool(true)),
        ("data_centre.racks", FieldValue::Null),
        ("data_centre.nope", FieldValue::Number(1.0)),
        ("network.generation", FieldValue::Choice("5G".into())),
        (
            "network.heating_season",
            FieldValue::Season {
                start: "13-01".into(),
                end: "xx".into(),
            },
        ),
        (
            "emissions.displaced_heat_kg_per_mwh",
            FieldValue::Monthly([-1.0; 12]),
        ),
    ] {
        let p = s.set(path, value).expect_err(path);
        assert_ne!(*p.kind, ProblemKind::Other, "{p}");
    }
    let p = s
        .set(
            "network.heating_season",
            FieldValue::Season {
                start: "13-01".into(),
                end: "02-30".into(),
            },
        )
        .expect_err("two bad dates");
    let ProblemKind::Several(kinds) = *p.kind else {
        panic!("{p:?}");
    };
    assert_eq!(
        kinds,
        vec![
            ProblemKind::BadDate {
                which: "start",
                value: "13-01".into(),
                reason: DateError::Month { month: 13 },
            },
            ProblemKind::BadDate {
                which: "end",
                value: "02-30".into(),
                reason: DateError::Day {
                    day: 30,
                    month: 2,
                    days: 28
                },
            },
        ]
    );
}

#[test]
fn kinds_carry_the_values() {
    let p = problems(r#"{"data_centre": {"racks": 2000000}}"#).remove(0);
    match *p.kind {
        ProblemKind::OutOfRange {
            month: None,
            value,
            range,
        } => {
            assert_eq!(value, Num(2e6));
            assert!(range.integer);
            assert_eq!(range.min, Num(0.0));
        }
        k => panic!("{k:?}"),
    }
    let p = problems(r#"{"data_centre": {"rackz": 3}}"#).remove(0);
    assert_eq!(
        *p.kind,
        ProblemKind::UnknownField {
            suggestion: Some("racks".into()),
            allowed: Vec::new()
        }
    );
    let p = problems(r#"{"name": 5}"#).remove(0);
    assert_eq!(
        *p.kind,
        ProblemKind::WrongType {
            expected: Expected::String,
            found: Given::Number(Num(5.0))
        }
    );
    let p = problems(r#"{"network": {"supply_max_c": 60, "supply_min_c": 70}}"#).remove(0);
    match *p.kind {
        ProblemKind::CrossField(CrossRule::SupplyMaxBelowMin { max, min }) => {
            assert_eq!((max.value, min.value), (Num(60.0), Num(70.0)));
            assert_eq!((max.origin, min.origin), (Origin::Given, Origin::Given));
        }
        k => panic!("{k:?}"),
    }
    let p = problems(r#"{"a": 1e400}"#).remove(0);
    assert!(
        matches!(&*p.kind, ProblemKind::NumberTooLarge { line: 1, token, .. } if token == "1e400"),
        "{p:?}"
    );
    let p = problems(r#"{"weather": {"monthly_means_c": [1,2,3,4,5,6,7,8,9,10,11,99]}}"#).remove(0);
    assert!(
        matches!(
            *p.kind,
            ProblemKind::OutOfRange {
                month: Some(12),
                ..
            }
        ),
        "{p:?}"
    );
}

#[test]
fn weather_file_errors_have_kinds() {
    let e = read_csv(b"t\n1\n2\n").expect_err("short");
    assert_eq!(
        e.kind,
        WeatherErrorKind::TooFewRows {
            format: WeatherFormat::Csv,
            found: 2
        }
    );
    let e = read_csv(b"t\n1,5\n").expect_err("comma");
    assert_eq!(
        e.kind,
        WeatherErrorKind::NotANumber {
            format: WeatherFormat::Csv,
            text: "'1,5'".into(),
            separator: true
        }
    );
    let e = read_csv(b"t\n100\n").expect_err("hot");
    assert_eq!(
        e.kind,
        WeatherErrorKind::OutOfRange {
            text: "'100'".into()
        }
    );
    let e = read_csv(b"t\n\xff\n").expect_err("bytes");
    assert!(matches!(
        e.kind,
        WeatherErrorKind::NotUtf8 {
            byte: 1,
            value: 0xFF,
            ..
        }
    ));
    let e = read_epw(b"A\nB\n").expect_err("short header");
    assert_eq!(e.kind, WeatherErrorKind::HeaderTooShort { lines: 2 });
    let mut s: String = (1..=8).map(|i| format!("H{i}\n")).collect();
    s.push_str("1,2,3\n");
    let e = read_epw(s.as_bytes()).expect_err("few fields");
    assert_eq!(e.kind, WeatherErrorKind::TooFewFields { found: 3 });
}

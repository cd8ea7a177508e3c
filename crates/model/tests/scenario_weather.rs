//! The `weather` section's rules (MODEL.md §1, §10): absent or `{}` is the built-in
//! `po-valley` year; otherwise exactly one source, each checked.

use heat_twin_model::params::WeatherSpec;
use heat_twin_model::scenario::{load_scenario, Problem, ValidScenario};

fn problems(json: &str) -> Vec<Problem> {
    match load_scenario(json) {
        Ok(v) => panic!("accepted {json}: {v:?}"),
        Err(p) => p,
    }
}

/// The single problem of `json`, checked to be at `path` and to mention every `words`.
fn one(json: &str, path: &str, words: &[&str]) -> Problem {
    let ps = problems(json);
    assert_eq!(ps.len(), 1, "{json}: {ps:#?}");
    let p = ps.into_iter().next().expect("one");
    assert_eq!(p.path, path, "{json}: {p}");
    for w in words {
        assert!(p.message.contains(w), "{json}: {p} should mention {w}");
    }
    p
}

fn valid(json: &str) -> ValidScenario {
    load_scenario(json).unwrap_or_else(|p| panic!("{json}: {p:#?}"))
}

#[test]
fn weather_with_two_keys_is_rejected() {
    one(
        r#"{"weather": {"builtin": "po-valley", "csv_file": "t.csv"}}"#,
        "weather",
        &["builtin and csv_file", "exactly one"],
    );
}

#[test]
fn weather_unknown_builtin_is_rejected() {
    one(
        r#"{"weather": {"builtin": "atlantis"}}"#,
        "weather.builtin",
        &["\"atlantis\"", "po-valley"],
    );
    one(
        r#"{"weather": {"builtin": "Po-Valley"}}"#,
        "weather.builtin",
        &["\"Po-Valley\""],
    );
}

#[test]
fn weather_monthly_means_out_of_range() {
    one(
        r#"{"weather": {"monthly_means_c": [1,2,3,4,5,6,7,8,9,10,11,50.5]}}"#,
        "weather.monthly_means_c",
        &["December", "50.5", "-50 to 50"],
    );
    one(
        r#"{"weather": {"monthly_means_c": [-51,2,3,4,5,6,7,8,9,10,11,12]}}"#,
        "weather.monthly_means_c",
        &["January", "-51"],
    );
    one(
        r#"{"weather": {"monthly_means_c": [1,2,3]}}"#,
        "weather.monthly_means_c",
        &["3 values"],
    );
    one(
        r#"{"weather": {"monthly_means_c": [1,2,3,4,5,6,7,8,9,10,11,12], "diurnal_amplitude_k": 21}}"#,
        "weather.diurnal_amplitude_k",
        &["21", "0 to 20"],
    );
    one(
        r#"{"weather": {"diurnal_amplitude_k": 3}}"#,
        "weather.diurnal_amplitude_k",
        &["monthly_means_c"],
    );
}

#[test]
fn weather_sources_are_accepted() {
    assert_eq!(
        valid(r#"{"weather": {"builtin": "po-valley"}}"#).weather,
        WeatherSpec::default()
    );
    assert_eq!(
        valid(r#"{"weather": {"epw_file": "a.epw"}}"#).weather,
        WeatherSpec::EpwFile("a.epw".into())
    );
    assert_eq!(
        valid(r#"{"weather": {"csv_file": "/abs/t.csv"}}"#).weather,
        WeatherSpec::CsvFile("/abs/t.csv".into())
    );
    let means = [
        1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0,
    ];
    let json = format!(r#"{{"weather": {{"monthly_means_c": {means:?}}}}}"#);
    assert_eq!(
        valid(&json).weather,
        WeatherSpec::Monthly {
            monthly_means_c: means,
            diurnal_amplitude_k: 4.0
        }
    );
    one(
        r#"{"weather": {"epw_file": " "}}"#,
        "weather.epw_file",
        &["empty"],
    );
}

#[test]
fn weather_wrong_types() {
    one(
        r#"{"weather": "milan"}"#,
        "weather",
        &["\"milan\"", "object"],
    );
    one(
        r#"{"weather": {"builtin": 3}}"#,
        "weather.builtin",
        &["3", "string"],
    );
    one(
        r#"{"weather": {"monthly_means_c": 3}}"#,
        "weather.monthly_means_c",
        &["3", "array"],
    );
    one(
        r#"{"weather": {"monthly_means_c": [1,2,3,4,5,6,7,8,9,10,11,12], "diurnal_amplitude_k": "4"}}"#,
        "weather.diurnal_amplitude_k",
        &["\"4\""],
    );
}

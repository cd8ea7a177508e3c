//! Tests of the problem wording.
#![allow(clippy::unwrap_used)] // in a test a panic is the failure report

use super::*;
use heat_twin_model::params::WeatherSpec;
use heat_twin_model::scenario::{load_scenario, FieldValue, Scenario};
use heat_twin_model::weather::{load_weather, read_csv, read_epw, HOURS};

fn problems(json: &str) -> Vec<Problem> {
    load_scenario(json).err().unwrap_or_default()
}

fn one(json: &str) -> Problem {
    let ps = problems(json);
    assert_eq!(ps.len(), 1, "{json}: {ps:?}");
    ps.into_iter().next().expect("exactly one problem")
}

/// The Italian text has no message key left in it (a missing message shows its key).
fn italian(p: &Problem) -> String {
    let s = problem_text(Lang::It, p);
    assert!(!s.contains("problem-"), "{s}");
    assert_ne!(*p.kind, ProblemKind::Other, "{p}");
    s
}

#[test]
fn english_is_the_model_text() {
    for json in [
        r#"{"data_centre": {"racks": 2000000}}"#,
        r#"{"data_centre": {"utilisation": 1.7}}"#,
        "{",
        r#"{"network": {"supply_max_c": 60, "supply_min_c": 70}}"#,
    ] {
        for p in problems(json) {
            assert_eq!(problem_text(Lang::En, &p), p.to_string());
            assert_eq!(problem_message(Lang::En, &p), p.message);
        }
    }
    let p = one(r#"{"data_centre": {"utilisation": 1.7}}"#);
    assert!(problem_text(Lang::En, &p).contains("1.7 is out of range; allowed 0 to 1"));
}

#[test]
fn out_of_range_in_italian_style() {
    let p = one(r#"{"data_centre": {"racks": 2000000}}"#);
    let s = italian(&p);
    assert!(s.contains("2.000.000"), "{s}");
    assert!(s.contains("1.000.000"), "{s}");
    assert!(s.contains("(data_centre.racks)"), "{s}");
    assert!(s.contains("fuori dall'intervallo"), "{s}");
    assert!(s.contains("numero intero"), "{s}");
    let p = one(r#"{"data_centre": {"utilisation": 1.7}}"#);
    let s = italian(&p);
    assert!(
        s.contains("1,7 è fuori dall'intervallo; ammessi da 0 a 1"),
        "{s}"
    );
    let p = one(r#"{"data_centre": {"racks": 400.5}}"#);
    assert!(italian(&p).contains("400,5 non è un numero intero"));
    let p = one(r#"{"emissions": {"displaced_heat_kg_per_mwh": [1,2,3,4,5,6,7,8,9,10,11,3000]}}"#);
    let s = italian(&p);
    assert!(s.contains("dicembre: 3.000 è fuori"), "{s}");
    assert!(s.contains("2.000"), "{s}");
}

#[test]
fn every_kind_has_an_italian_text() {
    let cases: &[(&str, &str)] = &[
        ("", "vuoto"),
        ("{", "riga 1, colonna 1: JSON non valido"),
        (r#"{"a": NaN}"#, "NaN non è un numero in JSON"),
        (r#"{"a": 1e400}"#, "troppo grande"),
        ("[]", "deve essere un oggetto JSON"),
        (
            r#"{"data_centre": {"rackz": 3}}"#,
            "forse intendevi \"racks\"",
        ),
        (
            r#"{"weather": {"city": "x"}}"#,
            "campi ammessi: builtin, epw_file",
        ),
        (
            r#"{"data_centre": {"racks": 400, "racks": 500}}"#,
            "indicato 2 volte (400, 500)",
        ),
        (r#"{"name": 5}"#, "atteso una stringa; ricevuto 5"),
        (
            r#"{"data_centre": {"racks": "400"}}"#,
            "ricevuto la stringa \"400\"",
        ),
        (r#"{"data_centre": {"pue": null}}"#, "null non è ammesso"),
        (
            r#"{"network": {"heating_season": {"start": "10-15"}}}"#,
            "manca \"end\"",
        ),
        (r#"{"weather": {"monthly_means_c": [1, 2]}}"#, "ha 2 valori"),
        (
            r#"{"network": {"generation": "4g"}}"#,
            "maiuscole e minuscole contano: \"4G\"",
        ),
        (
            r#"{"network": {"heating_season": {"start": "02-29", "end": "04-15"}}}"#,
            "febbraio ha i giorni da 01 a 28",
        ),
        (
            r#"{"network": {"heating_season": {"start": "13-01", "end": "04-15"}}}"#,
            "ha il mese 13",
        ),
        (
            r#"{"network": {"heating_season": {"start": "x", "end": "04-15"}}}"#,
            "non è una data",
        ),
        (
            r#"{"weather": {"builtin": "po-valley", "csv_file": "a.csv"}}"#,
            "2 fonti meteo (builtin e csv_file)",
        ),
        (
            r#"{"weather": {"builtin": "atlantis"}}"#,
            "non è un clima integrato",
        ),
        (
            r#"{"weather": {"epw_file": " "}}"#,
            "percorso del file è vuoto",
        ),
        (
            r#"{"weather": {"diurnal_amplitude_k": 3}}"#,
            "senza monthly_means_c",
        ),
        (
            r#"{"weather": {"builtin": "po-valley", "diurnal_amplitude_k": 3}}"#,
            "indicato con builtin",
        ),
        (
            r#"{"weather": {"monthly_means_c": [1,2,3,4,5,6,7,8,9,10,11,99.5]}}"#,
            "dicembre: 99,5 è fuori",
        ),
        (
            r#"{"network": {"supply_max_c": 60, "supply_min_c": 70}}"#,
            "(network.supply_max_c) = 60 è sotto",
        ),
        (
            r#"{"network": {"supply_min_c": 40, "return_c": 45}}"#,
            "più calda del ritorno",
        ),
        (
            r#"{"network": {"ground_c": 25, "supply_min_c": 30, "return_c": 15}}"#,
            "che è 22,5",
        ),
        (
            r#"{"network": {"generation": "4G", "dhw_min_supply_c": 75, "dhw_share": 0.2}}"#,
            "(predefinito 4G)",
        ),
    ];
    for (json, words) in cases {
        let ps = problems(json);
        assert!(!ps.is_empty(), "{json}");
        let all: Vec<String> = ps.iter().map(italian).collect();
        let all = all.join(" | ");
        assert!(all.contains(words), "{json}: {all} should contain {words}");
    }
}

#[test]
fn refusals_of_the_controls() {
    let mut s = Scenario::default();
    let p = s
        .set(
            "network.heating_season",
            FieldValue::Season {
                start: "13-01".into(),
                end: "02-30".into(),
            },
        )
        .unwrap_err();
    let it = problem_message(Lang::It, &p);
    assert!(
        it.contains("ha il mese 13; ") && it.contains("il giorno 30"),
        "{it}"
    );
    let p = s
        .set("data_centre.racks", FieldValue::Bool(true))
        .unwrap_err();
    assert!(problem_message(Lang::It, &p).contains("un numero intero; ammessi da 0 a 1.000.000"));
    let other = Problem::new("weather", "a message made by the app");
    assert_eq!(
        problem_text(Lang::It, &other),
        "weather: a message made by the app"
    );
}

#[test]
fn weather_errors_in_both_languages() {
    let e = read_csv(b"t\n1\n2\n").unwrap_err();
    assert_eq!(
        upload_error_text(Lang::En, "bad.csv", &e),
        format!("bad.csv: {e}")
    );
    let it = upload_error_text(Lang::It, "bad.csv", &e);
    assert_eq!(
        it,
        "bad.csv: riga 4: il file termina dopo 2 valori; attesi 8.760, uno per ora"
    );
    let e = read_csv(b"t\n1,5\n").unwrap_err();
    assert!(weather_error_text(Lang::It, &e).contains("'1,5' non è un numero"));
    assert!(weather_error_text(Lang::It, &e).contains("punto come separatore"));
    let e = read_csv(b"t\n100\n").unwrap_err();
    assert!(weather_error_text(Lang::It, &e).contains("−90…70 °C"));
    let e = read_csv(b"t\n\xff\n").unwrap_err();
    assert!(weather_error_text(Lang::It, &e).contains("0xFF"));
    let mut s = "1\n".repeat(HOURS + 1);
    s.insert_str(0, "t\n");
    let e = read_csv(s.as_bytes()).unwrap_err();
    assert!(weather_error_text(Lang::It, &e).starts_with("riga 8.762: più di 8.760 valori"));
    let head: String = (1..=8).map(|i| format!("H{i}\n")).collect();
    for (rows, want) in [
        ("1,2,3\n".to_string(), "3 campi separati"),
        ("1,2,3,4,5,6,x\n".to_string(), "'x', non un numero"),
        ("1,2,3,4,5,6,99.9\n".to_string(), "inferiore a 99,9 °C"),
        (
            "1,2,3,4,5,6,1\n\n1,2,3,4,5,6,1\n".to_string(),
            "dopo l'ora 1",
        ),
        (
            "1,2,3,4,5,6,1\n".to_string(),
            "dopo 1 riga oraria; attese 8.760",
        ),
    ] {
        let e = read_epw(format!("{head}{rows}").as_bytes()).unwrap_err();
        let it = weather_error_text(Lang::It, &e);
        assert!(it.contains(want), "{it}");
        let en = weather_error_text(Lang::En, &e);
        assert_eq!(en, e.to_string());
    }
    let e = read_epw(b"A\n").unwrap_err();
    assert!(weather_error_text(Lang::It, &e).contains("dopo 1 riga;"));
    let mut many = head.clone();
    many.push_str(&"1,2,3,4,5,6,1\n".repeat(HOURS + 1));
    let e = read_epw(many.as_bytes()).unwrap_err();
    assert!(weather_error_text(Lang::It, &e).contains("dalla riga 9 alla 8.768"));
    let spec = WeatherSpec::CsvFile("w.csv".into());
    let e = load_weather(&spec, |_| Ok(b"t\n1\n".to_vec())).unwrap_err();
    assert_eq!(weather_load_text(Lang::En, &e), e.to_string());
    let it = weather_load_text(Lang::It, &e);
    assert!(
        it.starts_with("weather.csv_file: \"w.csv\" riga 3: il file termina dopo 1 valore;"),
        "{it}"
    );
    let e = load_weather(&spec, |_| Err("no".into())).unwrap_err();
    assert!(weather_load_text(Lang::It, &e).contains("impossibile leggere \"w.csv\": no"));
    let e = load_weather(&WeatherSpec::Builtin("x".into()), |_| Err(String::new())).unwrap_err();
    assert!(weather_load_text(Lang::It, &e).contains("non è un clima integrato"));
}

/// Every message key this module builds (string literals, and the month keys it formats)
/// exists in both languages.
#[test]
fn every_key_exists_in_both_languages() {
    let sources = [
        include_str!("mod.rs"),
        include_str!("kinds.rs"),
        include_str!("weather.rs"),
    ];
    let mut keys: Vec<String> = (1..=12).map(|m| format!("problem-month-{m}")).collect();
    for part in sources
        .iter()
        .flat_map(|src| src.split('"').skip(1).step_by(2))
    {
        let is_key = ["problem-", "weather-error-", "weather-load-"]
            .iter()
            .any(|p| part.starts_with(p))
            && !part.ends_with('-')
            && part
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if is_key {
            keys.push(part.to_string());
        }
    }
    assert!(keys.len() > 60, "{}", keys.len());
    keys.extend(["unit-years".to_string(), "unit-kg-yr".to_string()]);
    for key in &keys {
        for lang in [Lang::En, Lang::It] {
            assert!(crate::i18n::has(lang, key), "{key} missing in {lang:?}");
        }
    }
}

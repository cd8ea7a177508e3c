//! Property "fuzz" tests of scenario parsing and validation: arbitrary strings, random JSON
//! built from the real field names (random types, huge and fractional numbers, nesting,
//! duplicate keys) and random mutations of a valid scenario never panic, and every accepted
//! scenario's parameters are finite and within their ranges.
//!
//! Cases per property: `HEAT_TWIN_FUZZ_CASES` (default 256), e.g.
//! `HEAT_TWIN_FUZZ_CASES=100000 cargo test -p heat-twin-model --test fuzz_scenario --release`.

use proptest::prelude::*;

use heat_twin_model::scenario::{
    fields, load_scenario, parse_scenario, resolved_value, FieldKind, FieldValue, ValidScenario,
};

fn cases() -> u32 {
    std::env::var("HEAT_TWIN_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(256)
}

/// Every resolved parameter is finite and inside its field's range; the cross-field rules hold.
fn assert_in_range(v: &ValidScenario) {
    for spec in fields() {
        let value = resolved_value(&v.params, spec.path).expect("table path resolves");
        match (spec.kind, &value) {
            (FieldKind::Number { min, max }, FieldValue::Number(x)) => {
                assert!(
                    x.is_finite() && (min..=max).contains(x),
                    "{}: {x}",
                    spec.path
                );
            }
            (FieldKind::Integer { min, max }, FieldValue::Number(x)) => {
                assert!(
                    x.fract() == 0.0 && (min..=max).contains(x),
                    "{}: {x}",
                    spec.path
                );
            }
            (FieldKind::Bool, FieldValue::Bool(_)) => {}
            (FieldKind::Choice(c), FieldValue::Choice(s)) => {
                assert!(c.contains(&s.as_str()), "{}: {s}", spec.path);
            }
            (FieldKind::MonthDayRange, FieldValue::Null | FieldValue::Season { .. }) => {}
            // connection.dn: automatic (MODEL.md §9.1).
            (FieldKind::Integer { .. }, FieldValue::Null) if spec.path == "connection.dn" => {}
            (FieldKind::Monthly12 { .. }, FieldValue::Null) => {}
            (FieldKind::Monthly12 { min, max }, FieldValue::Monthly(m)) => {
                assert!(
                    m.iter().all(|x| (min..=max).contains(x)),
                    "{}: {m:?}",
                    spec.path
                );
            }
            _ => panic!("{}: {value:?} does not fit {:?}", spec.path, spec.kind),
        }
    }
    let n = &v.params.network;
    assert!(n.supply_max_c >= n.supply_min_c && n.supply_min_c > n.return_c);
    assert!((n.supply_min_c + n.return_c) / 2.0 > n.ground_c);
    assert!(n.dhw_share <= 0.0 || n.dhw_min_supply_c <= n.supply_max_c);
    if let Some(s) = n.heating_season {
        assert!(s.start_day < 365 && s.end_day < 365);
    }
    for plant in n.plants.iter().flat_map(|p| p.as_slice().to_vec()) {
        assert!((0.0..=100_000.0).contains(&plant.capacity_mw));
        assert!((-1_000.0..=10_000.0).contains(&plant.marginal_cost_eur_per_mwh));
        assert!((0.0..=2_000.0).contains(&plant.co2_kg_per_mwh));
        assert!(plant.must_run_months <= 0x0fff);
    }
}

/// Parses and validates; never panics; checks what is accepted.
fn exercise(text: &str) {
    let parsed = parse_scenario(text);
    if let Ok(s) = &parsed {
        let _ = s.validate();
    }
    match load_scenario(text) {
        Ok(v) => {
            assert!(parsed.is_ok(), "load accepted what parse refused: {text}");
            assert_in_range(&v);
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            for p in &problems {
                assert!(!p.to_string().is_empty());
            }
        }
    }
}

/// JSON text of a random value; objects are written by hand so keys may repeat.
#[derive(Debug, Clone)]
enum Node {
    Raw(String),
    Array(Vec<Node>),
    Object(Vec<(String, Node)>),
}

impl Node {
    fn write(&self, out: &mut String) {
        match self {
            Node::Raw(s) => out.push_str(s),
            Node::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Node::Object(entries) => {
                out.push('{');
                for (i, (k, v)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&serde_json::Value::String(k.clone()).to_string());
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }
}

fn names() -> Vec<String> {
    let mut n: Vec<String> = fields().iter().map(|f| f.name.to_string()).collect();
    for extra in [
        "data_centre",
        "recovery",
        "network",
        "storage",
        "emissions",
        "economics",
        "weather",
        "name",
        "description",
        "sources",
        "builtin",
        "epw_file",
        "csv_file",
        "monthly_means_c",
        "diurnal_amplitude_k",
        "start",
        "end",
        // Version 2: the plants list, its keys and kinds, and the published figures.
        "plants",
        "published",
        "kind",
        "capacity_mw",
        "must_run",
        "must_run_months",
        "marginal_cost_eur_per_mwh",
        "co2_kg_per_mwh",
        "waste_to_energy",
        "gas_boiler",
        "heat_delivered_mwh",
    ] {
        n.push(extra.to_string());
    }
    n
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![4 => proptest::sample::select(names()), 1 => "[a-zA-Z_.]{0,12}"]
}

fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<f64>()
            .prop_filter("finite", |x| x.is_finite())
            .prop_map(|x| format!("{x:?}")),
        (-5.0f64..200.0).prop_map(|x| format!("{x}")),
        (-10i64..2_000_000).prop_map(|x| x.to_string()),
        (0u32..100).prop_map(|x| format!("{x}.0")),
        proptest::sample::select(vec![
            "1e400",
            "-1e400",
            "1e308",
            "-0",
            "0.0",
            "1E5",
            "4e2",
            "NaN",
            "Infinity",
            "-Infinity",
            "1e-400",
            "18446744073709551616",
            "400.5",
            "2000",
            "2000.0000001",
        ])
        .prop_map(str::to_string),
    ]
}

fn leaf() -> impl Strategy<Value = Node> {
    prop_oneof![
        3 => number().prop_map(Node::Raw),
        1 => Just(Node::Raw("null".into())),
        1 => any::<bool>().prop_map(|b| Node::Raw(b.to_string())),
        2 => proptest::sample::select(vec![
            "3G", "4G", "custom", "3g", "air", "rear_door", "direct_to_chip", "immersion",
            "hot_water_liquid", "supply_line", "return_line", "utility", "data_centre",
            "po-valley", "frankfurt", "10-15", "04-15", "02-29", "13-01", "12-31", "", "x.epw",
        ])
        .prop_map(|s| Node::Raw(format!("\"{s}\""))),
        1 => "[ -~]{0,10}".prop_map(|s| Node::Raw(serde_json::Value::String(s).to_string())),
    ]
}

fn node() -> impl Strategy<Value = Node> {
    leaf().prop_recursive(4, 64, 14, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..14).prop_map(Node::Array),
            proptest::collection::vec((key(), inner), 0..8).prop_map(Node::Object),
        ]
    })
}

/// A scenario-shaped object: sections holding fields with random values.
fn scenario_like() -> impl Strategy<Value = Node> {
    let section = proptest::collection::vec((key(), node()), 0..8).prop_map(Node::Object);
    let top_key = proptest::sample::select(vec![
        "data_centre",
        "recovery",
        "network",
        "storage",
        "emissions",
        "economics",
        "weather",
        "name",
        "sources",
        "published",
    ]);
    proptest::collection::vec(
        (
            top_key.prop_map(str::to_string),
            prop_oneof![4 => section, 1 => node()],
        ),
        0..8,
    )
    .prop_map(Node::Object)
}

/// A valid scenario with every section, as text to mutate.
const VALID: &str = r#"{"name": "x", "sources": ["a"],
 "weather": {"monthly_means_c": [1,2,3,4,5,6,7,8,9,10,11,12], "diurnal_amplitude_k": 4},
 "data_centre": {"racks": 400, "rack_kw": 5.0, "cooling": "air", "loop_out_c": 30},
 "recovery": {"feed_in": "supply_line", "heat_pump": true, "max_cop": 8},
 "network": {"generation": "4G", "supply_max_c": 70, "heating_season": {"start": "10-15", "end": "04-15"},
  "plants": [{"name": "w", "kind": "waste_to_energy", "capacity_mw": 5, "must_run": true, "must_run_months": [6, 7]},
             {"kind": "gas_boiler", "capacity_mw": 50, "marginal_cost_eur_per_mwh": 40, "co2_kg_per_mwh": 200}]},
 "published": {"heat_delivered_mwh": 100},
 "storage": {"volume_m3": 100},
 "emissions": {"displaced_heat_kg_per_mwh": [1,2,3,4,5,6,7,8,9,10,11,12]},
 "economics": {"lifetime_years": 25, "heat_pump_owner": "utility"}}"#;

#[derive(Debug, Clone)]
enum Mutation {
    Delete(usize, usize),
    Insert(usize, String),
    Replace(usize, u8),
    Duplicate(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let n = VALID.len();
    prop_oneof![
        (0..n, 1..8usize).prop_map(|(i, l)| Mutation::Delete(i, l)),
        (
            0..n,
            prop_oneof![
                "[ -~]{1,6}".boxed(),
                number().boxed(),
                Just(",\"racks\": 7".to_string()).boxed(),
                Just("null".to_string()).boxed(),
            ]
        )
            .prop_map(|(i, s)| Mutation::Insert(i, s)),
        (0..n, any::<u8>()).prop_map(|(i, b)| Mutation::Replace(i, b)),
        (0..n, 1..40usize).prop_map(|(i, l)| Mutation::Duplicate(i, l)),
    ]
}

fn mutate(mutations: &[Mutation]) -> String {
    let mut bytes = VALID.as_bytes().to_vec();
    for m in mutations {
        let n = bytes.len();
        match m {
            Mutation::Delete(i, l) => {
                let i = (*i).min(n);
                bytes.drain(i..(i + l).min(n));
            }
            Mutation::Insert(i, s) => {
                let i = (*i).min(n);
                bytes.splice(i..i, s.bytes());
            }
            Mutation::Replace(i, b) => {
                if n > 0 {
                    bytes[i % n] = *b;
                }
            }
            Mutation::Duplicate(i, l) => {
                let i = (*i).min(n);
                let chunk: Vec<u8> = bytes[i..(i + l).min(n)].to_vec();
                bytes.splice(i..i, chunk);
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_never_panic(text in ".{0,200}") {
        exercise(&text);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        exercise(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn random_json_from_field_names_never_panics(n in node()) {
        let mut text = String::new();
        n.write(&mut text);
        exercise(&text);
    }

    #[test]
    fn random_scenario_shaped_json_never_panics(n in scenario_like()) {
        let mut text = String::new();
        n.write(&mut text);
        exercise(&text);
    }

    #[test]
    fn mutated_valid_scenarios_never_panic(ms in proptest::collection::vec(mutation(), 1..4)) {
        exercise(&mutate(&ms));
    }
}

#[test]
fn the_mutation_seed_is_valid() {
    let v = load_scenario(VALID).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_in_range(&v);
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(load_scenario(&deep).is_err());
    let deep = format!(
        r#"{{"data_centre": {}1{}}}"#,
        "{\"a\":".repeat(5000),
        "}".repeat(5000)
    );
    assert!(load_scenario(&deep).is_err());
}

#[test]
fn many_keys_are_handled_quickly() {
    let keys: Vec<String> = (0..50_000).map(|i| format!("\"k{i}\": {i}")).collect();
    let text = format!(r#"{{"network": {{{}}}}}"#, keys.join(","));
    let problems = load_scenario(&text).expect_err("unknown fields");
    assert_eq!(problems.len(), 50_000);
    let dup: Vec<String> = (0..50_000).map(|i| format!("\"racks\": {i}")).collect();
    let text = format!(r#"{{"data_centre": {{{}}}}}"#, dup.join(","));
    assert_eq!(load_scenario(&text).expect_err("duplicates").len(), 1);
}

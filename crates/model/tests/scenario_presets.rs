//! Preset defaults (cooling, network generation) and the cross-field rules of MODEL.md §3,
//! applied to resolved values.

use heat_twin_model::params::{Cooling, Generation};
use heat_twin_model::scenario::{
    load_scenario, resolved_value, FieldValue, Problem, ValidScenario,
};

fn valid(json: &str) -> ValidScenario {
    load_scenario(json).unwrap_or_else(|p| panic!("{json}: {p:#?}"))
}

fn problems(json: &str) -> Vec<Problem> {
    load_scenario(json)
        .map(|v| panic!("accepted {json}: {v:?}"))
        .unwrap_or_else(|p| p)
}

/// MODEL.md §2's cooling table, copied here independently of `params::cooling_preset`.
const COOLING_TABLE: [(&str, Cooling, [f64; 4]); 5] = [
    ("air", Cooling::Air, [0.60, 27.0, 8.0, 4.5]),
    ("rear_door", Cooling::RearDoor, [0.85, 32.0, 8.0, 5.0]),
    (
        "direct_to_chip",
        Cooling::DirectToChip,
        [0.80, 50.0, 10.0, 20.0],
    ),
    ("immersion", Cooling::Immersion, [0.95, 45.0, 10.0, 20.0]),
    (
        "hot_water_liquid",
        Cooling::HotWaterLiquid,
        [0.90, 65.0, 10.0, 25.0],
    ),
];

const COOLING_PATHS: [&str; 4] = [
    "data_centre.capture_share",
    "data_centre.loop_out_c",
    "data_centre.loop_delta_k",
    "emissions.site_cooling_eer",
];

#[test]
fn each_cooling_gives_its_table_values() {
    for (name, cooling, values) in COOLING_TABLE {
        let v = valid(&format!(r#"{{"data_centre": {{"cooling": "{name}"}}}}"#));
        let p = &v.params;
        assert_eq!(p.data_centre.cooling, cooling);
        let got = [
            p.data_centre.capture_share,
            p.data_centre.loop_out_c,
            p.data_centre.loop_delta_k,
            p.emissions.site_cooling_eer,
        ];
        assert_eq!(got, values, "{name}");
        for (path, x) in COOLING_PATHS.iter().zip(values) {
            assert_eq!(
                resolved_value(p, path),
                Some(FieldValue::Number(x)),
                "{name} {path}"
            );
        }
    }
}

#[test]
fn default_cooling_is_hot_water_liquid() {
    let v = valid("{}");
    assert_eq!(v.params.data_centre.cooling, Cooling::HotWaterLiquid);
    assert_eq!(v.params.data_centre.loop_out_c, 65.0);
    assert_eq!(v.params.emissions.site_cooling_eer, 25.0);
}

#[test]
fn an_explicit_value_wins_over_the_cooling_preset() {
    for (name, _, _) in COOLING_TABLE {
        let json = format!(
            r#"{{"data_centre": {{"loop_out_c": 40, "cooling": "{name}", "capture_share": 0.5,
                "loop_delta_k": 7}}, "emissions": {{"site_cooling_eer": 3.3}}}}"#
        );
        let p = valid(&json).params;
        assert_eq!(p.data_centre.capture_share, 0.5, "{name}");
        assert_eq!(p.data_centre.loop_out_c, 40.0, "{name}");
        assert_eq!(p.data_centre.loop_delta_k, 7.0, "{name}");
        assert_eq!(p.emissions.site_cooling_eer, 3.3, "{name}");
    }
    // One given field does not stop the others taking the preset.
    let p = valid(r#"{"data_centre": {"cooling": "air", "loop_out_c": 30}}"#).params;
    assert_eq!(
        (p.data_centre.capture_share, p.data_centre.loop_out_c),
        (0.60, 30.0)
    );
    assert_eq!(p.emissions.site_cooling_eer, 4.5);
}

#[test]
fn generation_4g_defaults() {
    let p = valid(r#"{"network": {"generation": "4G"}}"#).params;
    assert_eq!(p.network.generation, Generation::G4);
    assert_eq!(
        (
            p.network.supply_max_c,
            p.network.supply_min_c,
            p.network.return_c
        ),
        (70.0, 65.0, 35.0)
    );
    assert_eq!(p.network.ground_c, 10.0);
    assert_eq!(p.network.dhw_min_supply_c, 65.0);
    assert_eq!(
        resolved_value(&p, "network.generation"),
        Some(FieldValue::Choice("4G".into()))
    );
}

#[test]
fn generation_3g_is_the_default_and_custom_starts_from_3g() {
    for json in [
        "{}",
        r#"{"network": {"generation": "3G"}}"#,
        r#"{"network": {"generation": "custom"}}"#,
    ] {
        let p = valid(json).params;
        assert_eq!(
            (
                p.network.supply_max_c,
                p.network.supply_min_c,
                p.network.return_c
            ),
            (90.0, 75.0, 50.0)
        );
    }
    let p = valid(r#"{"network": {"generation": "custom"}}"#).params;
    assert_eq!(p.network.generation, Generation::Custom);
}

#[test]
fn an_explicit_value_wins_over_the_generation_preset() {
    let p =
        valid(r#"{"network": {"generation": "4G", "supply_max_c": 80, "return_c": 30}}"#).params;
    assert_eq!(
        (
            p.network.supply_max_c,
            p.network.supply_min_c,
            p.network.return_c
        ),
        (80.0, 65.0, 30.0)
    );
}

#[test]
fn rule_supply_max_not_below_supply_min() {
    let ps = problems(r#"{"network": {"supply_max_c": 70, "supply_min_c": 75}}"#);
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert_eq!(ps[0].path, "network.supply_max_c");
    assert!(
        ps[0].message.contains("network.supply_max_c = 70"),
        "{}",
        ps[0]
    );
    assert!(
        ps[0].message.contains("network.supply_min_c = 75"),
        "{}",
        ps[0]
    );
    valid(r#"{"network": {"supply_max_c": 75, "supply_min_c": 75}}"#);
}

#[test]
fn rule_uses_the_generation_defaults_and_says_so() {
    // 4G supplies at most 70 °C; a given supply_min_c of 80 breaks the rule.
    let ps = problems(r#"{"network": {"generation": "4G", "supply_min_c": 80}}"#);
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert_eq!(ps[0].path, "network.supply_min_c");
    assert!(
        ps[0]
            .message
            .contains("network.supply_max_c = 70 (4G default)"),
        "{}",
        ps[0]
    );
}

#[test]
fn rule_supply_min_above_return() {
    let ps = problems(r#"{"network": {"supply_min_c": 50, "return_c": 50}}"#);
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert_eq!(ps[0].path, "network.supply_min_c");
    assert!(
        ps[0].message.contains("= 50") && ps[0].message.contains("network.return_c"),
        "{}",
        ps[0]
    );
    // 3G return 50 with a given 4G-like supply: resolved values are checked.
    let ps = problems(r#"{"network": {"supply_max_c": 48, "supply_min_c": 45}}"#);
    assert!(
        ps.iter()
            .any(|p| p.message.contains("network.return_c = 50 (3G default)")),
        "{ps:#?}"
    );
}

#[test]
fn rule_mean_network_temperature_above_ground() {
    let json = r#"{"network": {"supply_max_c": 30, "supply_min_c": 25, "return_c": 15,
        "ground_c": 20, "dhw_share": 0}}"#;
    let ps = problems(json);
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert_eq!(ps[0].path, "network.ground_c");
    assert!(ps[0].message.contains("which is 20"), "{}", ps[0]);
    valid(&json.replace("\"ground_c\": 20", "\"ground_c\": 19.9"));
}

#[test]
fn rule_legionella_supply_within_supply_max_when_hot_water_is_served() {
    let json = r#"{"network": {"generation": "4G", "dhw_min_supply_c": 75}}"#;
    let ps = problems(json);
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert_eq!(ps[0].path, "network.dhw_min_supply_c");
    assert!(
        ps[0].message.contains("75") && ps[0].message.contains("= 70"),
        "{}",
        ps[0]
    );
    // Without hot water the rule does not apply.
    valid(r#"{"network": {"generation": "4G", "dhw_min_supply_c": 75, "dhw_share": 0}}"#);
}

#[test]
fn a_field_with_its_own_problem_is_not_also_blamed_by_a_rule() {
    let ps = problems(r#"{"network": {"supply_min_c": 200}}"#);
    assert_eq!(ps.len(), 1, "{ps:#?}");
    assert!(ps[0].message.contains("out of range"));
    let ps = problems(r#"{"network": {"supply_min_c": "hot", "return_c": 80}}"#);
    assert_eq!(ps.len(), 1, "{ps:#?}");
}

//! Availability wired into the annual run (MODEL.md §4.1): maintenance periods and unplanned
//! outages.

#![allow(clippy::unwrap_used)] // in a test a panic is the failure report

use heat_twin_model::params::Params;
use heat_twin_model::scenario::load_scenario;
use heat_twin_model::weather::{builtin_year, HOURS};
use heat_twin_model::{simulate, Mode, Results};

fn run(json: &str) -> Results {
    let v = load_scenario(json).unwrap();
    simulate(&v.params, &builtin_year("po-valley").unwrap())
}

#[test]
fn nothing_is_recovered_in_maintenance() {
    // 1–14 July: days 181–194, 14 days = 336 hours.
    let r = run(r#"{"recovery": {"maintenance": [{"from": "07-01", "to": "07-14"}]}}"#);
    assert_eq!(r.summary.recovery_hours_unavailable, 336.0);
    let h = &r.hourly;
    for hour in 181 * 24..195 * 24 {
        assert!(!h.recovery_available[hour]);
        assert_eq!(h.delivered_kw[hour], 0.0, "hour {hour}");
        assert_eq!(h.q_used_kw[hour], 0.0);
        assert_eq!(h.hp_electricity_kw[hour], 0.0);
        assert_eq!(h.mode[hour], Mode::None);
    }
    assert!(h.recovery_available[181 * 24 - 1] && h.recovery_available[195 * 24]);
    // A period over New Year wraps: 12-31 to 01-01 is two days.
    let wrap = run(r#"{"recovery": {"maintenance": [{"from": "12-31", "to": "01-01"}]}}"#);
    assert_eq!(wrap.summary.recovery_hours_unavailable, 48.0);
    assert!(!wrap.hourly.recovery_available[0] && !wrap.hourly.recovery_available[HOURS - 1]);
}

#[test]
fn the_share_lost_equals_the_input() {
    // 0.9 of the 8,760 − 336 = 8,424 hours outside maintenance: ⌊0.1 · 8424 + 0.5⌋ = 842 lost.
    let r = run(
        r#"{"recovery": {"availability": 0.9, "maintenance": [{"from": "07-01", "to": "07-14"}]}}"#,
    );
    assert_eq!(r.summary.recovery_hours_unavailable, 336.0 + 842.0);
    let lost = r.hourly.recovery_available.iter().filter(|&&a| !a).count();
    assert_eq!(lost, 336 + 842);
    assert!((842.0_f64 / 8424.0 - 0.1).abs() < 0.5 / 8424.0);
}

#[test]
fn the_network_plants_cover_exactly_what_is_lost() {
    // Without a tank the hours are independent: in each lost hour the network's plants take
    // over what the data centre delivered in the run without outages; other hours are equal.
    let base = run(r#"{"connection": {"length_km": 0}}"#);
    let out = run(r#"{"connection": {"length_km": 0}, "recovery": {"availability": 0.95}}"#);
    let (a, b) = (&base.hourly, &out.hourly);
    let mut lost_kwh = 0.0;
    for h in 0..HOURS {
        let plants = |x: &heat_twin_model::Hourly| x.backup_kw[h] + x.must_run_kw[h];
        if b.recovery_available[h] {
            assert_eq!(a.delivered_kw[h], b.delivered_kw[h], "hour {h}");
        } else {
            lost_kwh += a.delivered_kw[h];
            assert_eq!(b.delivered_kw[h], 0.0);
            let covered = plants(b) - plants(a);
            assert!(
                (covered - a.delivered_kw[h]).abs() <= 1e-9 * a.delivered_kw[h].max(1.0),
                "hour {h}: {covered} vs {}",
                a.delivered_kw[h]
            );
        }
        assert!((a.demand_kw[h] - b.demand_kw[h]).abs() < 1e-12);
    }
    let fall = (base.summary.heat_delivered_mwh - out.summary.heat_delivered_mwh) * 1000.0;
    assert!(
        (fall - lost_kwh).abs() <= 1e-9 * lost_kwh,
        "{fall} vs {lost_kwh}"
    );
    assert!(lost_kwh > 0.0);
}

#[test]
fn invalid_availability_inputs_are_refused_with_the_field_named() {
    for (json, path) in [
        (
            r#"{"recovery": {"availability": 1.2}}"#,
            "recovery.availability",
        ),
        (
            r#"{"recovery": {"availability": -0.1}}"#,
            "recovery.availability",
        ),
        (
            r#"{"recovery": {"maintenance": [{"from": "02-29", "to": "03-01"}]}}"#,
            "recovery.maintenance[0].from",
        ),
        (
            r#"{"recovery": {"maintenance": [{"from": "07-01", "to": "7-14"}]}}"#,
            "recovery.maintenance[0].to",
        ),
        (
            r#"{"recovery": {"maintenance": {"from": "07-01"}}}"#,
            "recovery.maintenance",
        ),
        (
            r#"{"recovery": {"maintenance": [{"from": "07-01"}]}}"#,
            "recovery.maintenance[0]",
        ),
        (
            r#"{"recovery": {"maintenance": [{"from": "07-01", "to": "07-02", "x": "1"}]}}"#,
            "recovery.maintenance[0].x",
        ),
    ] {
        let problems = load_scenario(json).expect_err(json);
        assert!(
            problems.iter().any(|p| p.path == path),
            "{json}: {problems:?}"
        );
    }
    let many: Vec<String> = (1..=13)
        .map(|m| format!(r#"{{"from": "01-{m:02}", "to": "01-{m:02}"}}"#))
        .collect();
    let json = format!(r#"{{"recovery": {{"maintenance": [{}]}}}}"#, many.join(","));
    let problems = load_scenario(&json).expect_err("13 periods");
    assert_eq!(problems[0].path, "recovery.maintenance");
    // The default: all hours available.
    assert_eq!(Params::default().recovery.availability, 1.0);
    let r = run("{}");
    assert_eq!(r.summary.recovery_hours_unavailable, 0.0);
    assert!(r.hourly.recovery_available.iter().all(|&a| a));
}

#[test]
fn maintenance_round_trips_through_json() {
    let text = r#"{"recovery": {"maintenance": [{"from": "07-01", "to": "07-14"}]}}"#;
    let v = load_scenario(text).unwrap();
    assert_eq!(v.params.maintenance.count, 1);
    let s = heat_twin_model::scenario::parse_scenario(text).unwrap();
    let back = serde_json::to_string(&s).unwrap();
    assert_eq!(heat_twin_model::scenario::parse_scenario(&back).unwrap(), s);
}

//! Measured drivers in the annual run (docs/model/measured.md §9): a driver equal to the
//! model's own column changes nothing, a measured IT load moves the captured heat by hand
//! arithmetic, gaps keep the model's hours, and drivers that do not fit the scenario are refused.

#![allow(clippy::unwrap_used)] // in a test a panic is the failure report
#![allow(clippy::needless_range_loop)] // hours index several columns at once

use heat_twin_model::params::Params;
use heat_twin_model::weather::{builtin_year, HOURS};
use heat_twin_model::{Driver, DriverError, Drivers, Results, Simulator};

fn base() -> (Params, Vec<f64>, Results) {
    let p = Params::default();
    let t = builtin_year("po-valley").unwrap();
    let r = heat_twin_model::simulate(&p, &t);
    (p, t, r)
}

fn driven(p: &Params, t: &[f64], d: &Drivers) -> Results {
    let mut sim = Simulator::new();
    sim.run_driven(p, t, d).unwrap().clone()
}

/// Every hourly column of the two runs, bit for bit.
fn assert_same_hourly(a: &Results, b: &Results) {
    let (x, y) = (&a.hourly, &b.hourly);
    let columns: [(&str, &[f64], &[f64]); 12] = [
        ("t_out", &x.t_out_c, &y.t_out_c),
        ("t_smooth", &x.t_smooth_c, &y.t_smooth_c),
        ("t_supply", &x.t_supply_c, &y.t_supply_c),
        ("t_return", &x.t_return_c, &y.t_return_c),
        ("p_it", &x.p_it_kw, &y.p_it_kw),
        ("p_dc", &x.p_dc_kw, &y.p_dc_kw),
        ("q_captured", &x.q_captured_kw, &y.q_captured_kw),
        ("available", &x.available_kw, &y.available_kw),
        ("demand", &x.demand_kw, &y.demand_kw),
        ("delivered", &x.delivered_kw, &y.delivered_kw),
        ("hp_electricity", &x.hp_electricity_kw, &y.hp_electricity_kw),
        ("backup", &x.backup_kw, &y.backup_kw),
    ];
    for (name, a, b) in columns {
        for h in 0..HOURS {
            assert_eq!(
                a[h].to_bits(),
                b[h].to_bits(),
                "{name}[{h}]: {} vs {}",
                a[h],
                b[h]
            );
        }
    }
}

#[test]
fn no_driver_equals_run() {
    let (p, t, r) = base();
    let d = driven(&p, &t, &Drivers::none());
    assert_same_hourly(&r, &d);
    assert_eq!(
        serde_json::to_string(&r.summary).unwrap(),
        serde_json::to_string(&d.summary).unwrap()
    );
}

#[test]
fn the_models_own_columns_as_drivers_change_nothing() {
    let (p, t, r) = base();
    let h = &r.hourly;
    let drivers = Drivers::none()
        .with(Driver::ItKw, &h.p_it_kw)
        .unwrap()
        .with(Driver::OutdoorC, &h.t_out_c)
        .unwrap()
        .with(Driver::DemandKw, &h.demand_kw)
        .unwrap()
        .with(Driver::SupplyC, &h.t_supply_c)
        .unwrap();
    assert_eq!(drivers.driven_hours().it_kw, HOURS);
    assert_eq!(drivers.driven_hours().supply_c, HOURS);
    let d = driven(&p, &t, &drivers);
    assert_same_hourly(&r, &d);
    // The summary equals too; only the mean utilisation is summed another way
    // (ΣP_it / (8,760 · P_design) instead of the profile's mean), equal to rounding.
    let (mut a, mut b) = (
        serde_json::to_value(r.summary).unwrap(),
        serde_json::to_value(d.summary).unwrap(),
    );
    let (ua, ub) = (
        a["mean_utilisation"].as_f64().unwrap(),
        b["mean_utilisation"].as_f64().unwrap(),
    );
    assert!((ua - ub).abs() < 1e-12, "{ua} vs {ub}");
    a["mean_utilisation"] = 0.into();
    b["mean_utilisation"] = 0.into();
    assert_eq!(a, b);
}

#[test]
fn half_the_it_load_halves_the_captured_heat_in_those_hours_only() {
    let (p, t, r) = base();
    // Hand check of the model's own hours (MODEL.md §2, defaults): P_design = 400 · 5 = 2,000 kW;
    // hour 14 (1 Jan 14:00): u = 0.8 · (1 + 0.05 · cos 0) = 0.84, P_it = 1,680 kW; hour 2:
    // u = 0.8 · (1 + 0.05 · cos(−π)) = 0.76, P_it = 1,520 kW. Hot-water liquid cooling captures
    // 0.90: Q_cap = 1,512 and 1,368 kW.
    assert!((r.hourly.p_it_kw[14] - 1680.0).abs() < 1e-9);
    assert!((r.hourly.q_captured_kw[2] - 1368.0).abs() < 1e-9);
    let mut it = vec![f64::NAN; HOURS];
    for h in [2, 14, 4000, 4001] {
        it[h] = r.hourly.p_it_kw[h] / 2.0;
    }
    let drivers = Drivers::none().with(Driver::ItKw, &it).unwrap();
    assert_eq!(drivers.driven_hours().it_kw, 4);
    let d = driven(&p, &t, &drivers);
    // Half the IT: 840 kW → 0.9 · 840 = 756 kW at hour 14, 0.9 · 760 = 684 kW at hour 2.
    assert!((d.hourly.q_captured_kw[14] - 756.0).abs() < 1e-9);
    assert!((d.hourly.q_captured_kw[2] - 684.0).abs() < 1e-9);
    for h in 0..HOURS {
        let want = if it[h].is_nan() {
            r.hourly.q_captured_kw[h]
        } else {
            r.hourly.q_captured_kw[h] / 2.0
        };
        assert!(
            (d.hourly.q_captured_kw[h] - want).abs() <= 1e-9 * want.max(1.0),
            "hour {h}"
        );
        // The facility power follows the measured IT (P_dc ≥ P_it, PUE 1.3 without credit).
        if !it[h].is_nan() {
            assert!((d.hourly.p_dc_kw[h] - 1.3 * it[h]).abs() < 1e-9);
        }
    }
    // The gaps are the model's hours: the driven hours' IT total is 4 half-hours less.
    let lost: f64 = [2, 14, 4000, 4001].iter().map(|&h| it[h]).sum();
    let (a, b) = (r.summary.it_energy_mwh, d.summary.it_energy_mwh);
    assert!(
        (a - b - lost / 1000.0).abs() < 1e-9,
        "{a} − {b} ≠ {lost} kWh"
    );
}

#[test]
fn outdoor_gaps_keep_the_weather_and_cold_hours_raise_demand() {
    let (p, t, r) = base();
    let mut outdoor = vec![f64::NAN; HOURS];
    // One cold week in July (day 181 on): the heating season is not limited by default, so
    // space heating appears where the built-in year has none.
    for x in outdoor.iter_mut().skip(181 * 24).take(7 * 24) {
        *x = -5.0;
    }
    let drivers = Drivers::none().with(Driver::OutdoorC, &outdoor).unwrap();
    let d = driven(&p, &t, &drivers);
    for h in 0..HOURS {
        let want = if outdoor[h].is_nan() { t[h] } else { -5.0 };
        assert_eq!(d.hourly.t_out_c[h], want, "hour {h}");
    }
    let july = 181 * 24..188 * 24;
    let (before, after): (f64, f64) = (
        r.hourly.demand_kw[july.clone()].iter().sum(),
        d.hourly.demand_kw[july].iter().sum(),
    );
    assert!(after > 2.0 * before, "July week demand {before} → {after}");
    // The year's space heating is the scenario's: the weather moves when, not how much.
    let total = |x: &Results| x.hourly.demand_kw.iter().sum::<f64>();
    let (a, b) = (total(&r), total(&d));
    assert!((a - b).abs() < 0.02 * a, "annual demand {a} vs {b}");
}

#[test]
fn measured_demand_replaces_d_and_keeps_the_models_losses() {
    let (p, t, r) = base();
    let mut demand = vec![f64::NAN; HOURS];
    demand[100] = 1234.5;
    demand[200] = 0.0;
    let drivers = Drivers::none().with(Driver::DemandKw, &demand).unwrap();
    let d = driven(&p, &t, &drivers);
    assert_eq!(d.hourly.demand_kw[100], 1234.5);
    assert_eq!(d.hourly.demand_kw[200], 0.0);
    assert_eq!(d.hourly.network_loss_kw[100], r.hourly.network_loss_kw[100]);
    assert_eq!(d.hourly.t_return_c[100], r.hourly.t_return_c[100]);
    assert_eq!(d.hourly.demand_kw[101], r.hourly.demand_kw[101]);
    // No demand: the data centre delivers nothing in that hour (no tank by default).
    assert_eq!(d.hourly.delivered_kw[200], 0.0);
    assert!(d.hourly.delivered_kw[100] <= 1234.5 + 1e-9);
}

#[test]
fn measured_supply_moves_cop_and_summary_temperatures() {
    let (p, t, r) = base();
    let mut supply = vec![f64::NAN; HOURS];
    supply[3000] = 100.0;
    let drivers = Drivers::none().with(Driver::SupplyC, &supply).unwrap();
    let d = driven(&p, &t, &drivers);
    assert_eq!(d.hourly.t_supply_c[3000], 100.0);
    assert_eq!(d.summary.max_supply_c, 100.0);
    assert_eq!(d.summary.min_supply_c, r.summary.min_supply_c);
    // A 100 °C supply from a 65 °C loop needs the heat pump: a lower COP than the model's hour
    // (the curve gives at most 90 °C, MODEL.md §3), and a larger network loss (θ rises).
    assert!(d.hourly.cop[3000] > 1.0 && d.hourly.cop[3000] < r.hourly.cop[3000]);
    assert!(d.hourly.network_loss_kw[3000] > r.hourly.network_loss_kw[3000]);
}

#[test]
fn supply_not_above_the_return_is_refused_by_run_driven() {
    let (p, t, _) = base();
    let mut supply = vec![f64::NAN; HOURS];
    supply[42] = 50.0; // the default 3G return is 50 °C
    let drivers = Drivers::none().with(Driver::SupplyC, &supply).unwrap();
    let mut sim = Simulator::new();
    let e = sim.run_driven(&p, &t, &drivers).unwrap_err();
    assert!(matches!(
        e,
        DriverError::SupplyNotAboveReturn { hour: 42, .. }
    ));
    assert!(e
        .to_string()
        .starts_with("drivers.supply_c: hour 42 (2 Jan 18:00) is 50 °C"));
}

/// The calibration's run (hourly columns only) writes the same hourly columns as the full run,
/// with and without drivers, and leaves the summary of the run before it.
#[test]
fn hourly_only_run_writes_the_same_columns() {
    let (p, t, r) = base();
    let half: Vec<f64> = r.hourly.p_it_kw.iter().map(|x| x / 2.0).collect();
    for d in [
        Drivers::none(),
        Drivers::none().with(Driver::ItKw, &half).unwrap(),
    ] {
        let full = driven(&p, &t, &d);
        let mut sim = Simulator::new();
        let mut other = p;
        other.data_centre.racks = p.data_centre.racks * 2.0;
        let before = sim.run(&other, &t).summary;
        let hourly = sim.run_driven_hourly(&p, &t, &d).unwrap().clone();
        // Bit for bit, every column (`Hourly: PartialEq` compares them all; NaN would fail).
        assert!(hourly == full.hourly);
        assert_eq!(sim.results().summary, before);
        assert_ne!(before.heat_captured_mwh, full.summary.heat_captured_mwh);
    }
}

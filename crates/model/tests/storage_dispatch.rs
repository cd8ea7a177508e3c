//! `storage.dispatch` (MODEL.md §6, §7 step 5): `first` discharges as soon as a dispatchable
//! plant runs; `peak` holds the content for the 24-hour window's highest hours (the
//! water-filling level). A hand-made day, a whole year checked hour by hour against an
//! independent bisection of the level, the §7 balances and a property test.
#![allow(clippy::unwrap_used, clippy::expect_used)] // in a test a panic is the failure report

use heat_twin_model::dispatch::{dispatch_hour, dispatch_hour_capped, MeritOrder};
use heat_twin_model::params::{HeatingRule, Params, StorageDispatch};
use heat_twin_model::scenario::load_scenario;
use heat_twin_model::storage::look_ahead::discharge_cap_kw;
use heat_twin_model::storage::Tank;
use heat_twin_model::weather::{builtin_year, HOURS};
use heat_twin_model::{simulate, Results};
use proptest::prelude::*;

/// 48 hours of dispatchable demand: day 1 is 100 kW with a morning peak of 400, 500 and
/// 300 kW at 06–08; day 2 needs nothing (so the window of day 1 ends in zeros).
fn morning_peak_days() -> Vec<f64> {
    let mut d = vec![0.0; 48];
    for (h, x) in d.iter_mut().enumerate().take(24) {
        *x = match h {
            6 => 400.0,
            7 => 500.0,
            8 => 300.0,
            _ => 100.0,
        };
    }
    d
}

/// Runs the 48 hours with no data-centre offer from a content of 500 kWh (no standing loss),
/// `peak` or `first`; returns (discharge, backup) of each hour.
fn run_days(peak: bool) -> (Vec<f64>, Vec<f64>) {
    // The version-1 network with no baseload: the implicit boilers serve everything, so the
    // dispatchable output before the store b_h is the demand itself.
    let merit = MeritOrder::from_params(&Params::default(), [218.9; 12]);
    let tank = Tank {
        capacity_kwh: 1000.0,
        power_kw: 200.0,
        loss_per_hour: 0.0,
    };
    let demand = morning_peak_days();
    let b: Vec<f64> = demand
        .iter()
        .map(|&d| dispatch_hour(&merit, 0, d, 0.0, 31.5, true, &Tank::default(), 0.0).backup_kw)
        .collect();
    assert_eq!(b, demand);
    let mut content = 500.0;
    let (mut discharge, mut backup) = (vec![], vec![]);
    for (h, &d) in demand.iter().enumerate() {
        let cap = if peak {
            discharge_cap_kw(&b, h, tank.power_kw, content)
        } else {
            f64::INFINITY
        };
        let hour = dispatch_hour_capped(&merit, 0, d, 0.0, 31.5, true, &tank, content, cap);
        // §7: M + backup + direct + discharge = D.
        assert!((hour.backup_kw + hour.discharge_kw - d).abs() < 1e-9);
        content = hour.content_end_kwh;
        discharge.push(hour.discharge_kw);
        backup.push(hour.backup_kw);
    }
    (discharge, backup)
}

#[test]
fn peak_discharges_the_water_filling_amounts_first_does_not() {
    // peak, P_st = 200 kW, c = 500 kWh. Hours 0–5: the window h … h+23 holds all of day 1;
    // for L in [200, 300] f(L) = (400 − L) + 200 + (300 − L) = 900 − 2L = 500 → L = 200; the
    // 100-kW hours are below it: no discharge. Hour 6: cap 400 − 200 = 200 → 200 (c = 300).
    // Hour 7: the window is 07–30 (day 2 is 0): for L in [200, 300] f = 200 + (300 − L) =
    // 300 → L = 200, cap 500 − 200 = 300, P_st 200 → 200 (c = 100). Hour 8: 300 − L = 100 →
    // L = 200, cap 100 → 100 (c = 0). Backup 200, 300, 200 at 06–08: the peak falls from 500
    // to 300 kW, the level L + (the hour at P_st: 500 − 200).
    let (discharge, backup) = run_days(true);
    let mut expected = vec![0.0; 48];
    expected[6] = 200.0;
    expected[7] = 200.0;
    expected[8] = 100.0;
    for h in 0..48 {
        assert!(
            (discharge[h] - expected[h]).abs() < 1e-9,
            "peak, hour {h}: {} ≠ {}",
            discharge[h],
            expected[h]
        );
    }
    assert!((backup.iter().cloned().fold(0.0, f64::max) - 300.0).abs() < 1e-9);
    // first: min(b, P_st, c) from hour 0: 100 kW at 00–04 empties the 500 kWh before the
    // peak, which stays at 500 kW.
    let (discharge, backup) = run_days(false);
    for (h, &x) in discharge.iter().enumerate() {
        let want = if h < 5 { 100.0 } else { 0.0 };
        assert!((x - want).abs() < 1e-9, "first, hour {h}: {x} ≠ {want}");
    }
    assert_eq!(backup.iter().cloned().fold(0.0, f64::max), 500.0);
}

/// An Italian zone-E network of `homes` homes on the Po valley year with a tank of
/// `volume_m3`: the data centre's night surplus charges the tank before the morning start-up.
fn zone_e(homes: f64, volume_m3: f64, dispatch: StorageDispatch) -> Params {
    let mut p = Params::default();
    p.network.heating_rule = HeatingRule::ItZoneE;
    p.network.homes = homes;
    p.storage.volume_m3 = volume_m3;
    p.storage.dispatch = dispatch;
    p
}

fn sum(column: &[f64]) -> f64 {
    column.iter().sum()
}

fn close(lhs: f64, rhs: f64, rel: f64) -> bool {
    (lhs - rhs).abs() <= rel * lhs.abs().max(rhs.abs()).max(1.0)
}

/// MODEL.md §7's balances (1e-9 kW each hour, 1e-6 relative over the year) and the tank's
/// bounds `0 ≤ content ≤ E_max`, `discharge ≤ P_st`.
fn check(r: &Results, tank: &Tank) {
    let h = &r.hourly;
    for k in 0..HOURS {
        let lhs = h.must_run_kw[k] + h.backup_kw[k] + h.direct_kw[k] + h.discharge_kw[k];
        assert!(
            (lhs - h.demand_kw[k]).abs() <= 1e-9 * h.demand_kw[k].max(1.0),
            "hour {k}"
        );
        let c = h.storage_kwh[k];
        assert!(c.is_finite() && c >= 0.0 && c <= tank.capacity_kwh * (1.0 + 1e-12));
        assert!(h.discharge_kw[k] >= 0.0 && h.discharge_kw[k] <= tank.power_kw * (1.0 + 1e-12));
        assert!(h.backup_kw[k].is_finite() && h.backup_kw[k] >= 0.0);
    }
    let used = sum(&h.q_used_kw) + sum(&h.hp_electricity_kw);
    let made = sum(&h.direct_kw) + sum(&h.charge_kw) + sum(&h.connection_loss_kw);
    assert!(close(used, made, 1e-6), "heat balance: {used} vs {made}");
    let s = &r.summary;
    let out = sum(&h.discharge_kw)
        + sum(&h.storage_loss_kwh)
        + (s.storage_end_mwh - s.storage_start_mwh) * 1000.0;
    assert!(close(sum(&h.charge_kw), out, 1e-6), "storage balance");
}

/// The level by bisection (independent of the sorted walk of `water_level`): the `L ≥ 0` with
/// `Σ_k min(p, max(0, b_k − L)) = c`.
fn level_by_bisection(window: &[f64], p: f64, c: f64) -> f64 {
    let f = |l: f64| -> f64 { window.iter().map(|&b| (b - l).max(0.0).min(p)).sum() };
    if f(0.0) <= c {
        return 0.0;
    }
    let (mut lo, mut hi) = (0.0, window.iter().cloned().fold(0.0, f64::max));
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if f(mid) > c {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}

#[test]
fn a_zone_e_year_peak_lowers_the_backup_peak_and_keeps_the_balances() {
    let t_out = builtin_year("po-valley").unwrap();
    // 1,000 homes and 3,000 m³ (E_max = 3,000 · 1.163 · 40 = 139,560 kWh, P_st 23,260 kW).
    let first = simulate(&zone_e(1000.0, 3000.0, StorageDispatch::First), &t_out);
    let p = zone_e(1000.0, 3000.0, StorageDispatch::Peak);
    let tank = Tank::from_params(&p);
    assert!((tank.capacity_kwh - 139_560.0).abs() < 1e-6);
    let peak = simulate(&p, &t_out);
    check(&first, &tank);
    check(&peak, &tank);
    // The year's demand and offer are the same; only the store's timing differs.
    assert_eq!(first.hourly.demand_kw, peak.hourly.demand_kw);
    assert_eq!(first.hourly.direct_kw, peak.hourly.direct_kw);
    let (f, k) = (
        first.summary.peak_backup_mw.unwrap(),
        peak.summary.peak_backup_mw.unwrap(),
    );
    assert!(k < f - 1.0, "peak backup {k} MW not below first's {f} MW");

    // Every hour of the peak run discharges min(P_st, c, max(0, b_h − L_h)) with L_h by
    // bisection over b = backup + discharge (the output before the store), c the content
    // after the standing loss.
    let h = &peak.hourly;
    let b: Vec<f64> = (0..HOURS)
        .map(|k| h.backup_kw[k] + h.discharge_kw[k])
        .collect();
    let mut content = peak.summary.storage_start_mwh * 1000.0;
    let mut window = [0.0; 24];
    for k in 0..HOURS {
        let c = content - content * p.storage.loss_per_day / 24.0;
        for (i, w) in window.iter_mut().enumerate() {
            *w = b[(k + i) % HOURS];
        }
        let level = level_by_bisection(&window, tank.power_kw, c);
        let want = tank.power_kw.min(c).min((b[k] - level).max(0.0));
        assert!(
            (h.discharge_kw[k] - want).abs() <= 1e-6 * want.max(1.0),
            "hour {k}: discharge {} ≠ {want}",
            h.discharge_kw[k]
        );
        content = h.storage_kwh[k];
    }

    // Smaller tanks and larger networks: never a higher peak than first.
    for (homes, volume) in [(2000.0, 3000.0), (3000.0, 3000.0), (1000.0, 1500.0)] {
        let f = simulate(&zone_e(homes, volume, StorageDispatch::First), &t_out);
        let k = simulate(&zone_e(homes, volume, StorageDispatch::Peak), &t_out);
        let (f, k) = (
            f.summary.peak_backup_mw.unwrap(),
            k.summary.peak_backup_mw.unwrap(),
        );
        assert!(k <= f + 1e-9, "{homes} homes, {volume} m³: {k} > {f}");
    }
}

#[test]
fn first_is_the_default_and_bit_identical() {
    let t_out = builtin_year("po-valley").unwrap();
    let p = zone_e(1000.0, 3000.0, StorageDispatch::First);
    let mut default = p;
    default.storage.dispatch = Params::default().storage.dispatch;
    assert_eq!(default.storage.dispatch, StorageDispatch::First);
    assert_eq!(
        simulate(&p, &t_out).hourly,
        simulate(&default, &t_out).hourly
    );
}

#[test]
fn the_field_is_read_and_refused_by_name() {
    let ok = load_scenario(r#"{"storage": {"dispatch": "peak"}}"#).unwrap();
    assert_eq!(ok.params.storage.dispatch, StorageDispatch::Peak);
    let ok = load_scenario("{}").unwrap();
    assert_eq!(ok.params.storage.dispatch, StorageDispatch::First);
    for bad in [r#""later""#, "1", "true", "null", r#""Peak""#] {
        let json = format!(r#"{{"storage": {{"dispatch": {bad}}}}}"#);
        let problems = load_scenario(&json).err().unwrap();
        assert!(
            problems.iter().any(|p| p.path == "storage.dispatch"),
            "{bad}: {problems:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Any store under `peak`: no panic, the balances hold, the content stays in [0, E_max].
    #[test]
    fn peak_keeps_balances_and_bounds(
        homes in 100.0..20_000.0_f64,
        volume in 0.0..30_000.0_f64,
        hours_to_full in 0.5..100.0_f64,
        loss in 0.0..0.2_f64,
        zone_e_rule in any::<bool>(),
    ) {
        let t_out = builtin_year("po-valley").unwrap();
        let mut p = zone_e(homes, volume, StorageDispatch::Peak);
        p.storage.hours_to_full = hours_to_full;
        p.storage.loss_per_day = loss;
        if !zone_e_rule {
            p.network.heating_rule = HeatingRule::Continuous;
        }
        let r = simulate(&p, &t_out);
        check(&r, &Tank::from_params(&p));
        prop_assert!(r.summary.heat_delivered_mwh.is_finite());
    }
}

//! Demand with the shape of real buildings (docs/model/demand.md): the heating-hours rule and
//! its morning peak, weekdays and weekends, daylight saving, hot water following the mains
//! temperature, the return rising at low load, and the balances of MODEL.md §7 over the new
//! inputs.

#![allow(clippy::unwrap_used)] // in a test a panic is the failure report

use heat_twin_model::network::clock::{is_weekend, Clock};
use heat_twin_model::network::{allowed_hours, HOT_WATER_PROFILE_PER_MILLE};
use heat_twin_model::params::{ColdWater, FeedIn, HeatingRule, Params};
use heat_twin_model::weather::{builtin_year, synthetic_year, MONTH_START_HOUR};
use heat_twin_model::{simulate, Results};
use proptest::prelude::*;

const RULES: [HeatingRule; 7] = [
    HeatingRule::Continuous,
    HeatingRule::ItZoneA,
    HeatingRule::ItZoneB,
    HeatingRule::ItZoneC,
    HeatingRule::ItZoneD,
    HeatingRule::ItZoneE,
    HeatingRule::ItZoneF,
];

fn po_valley() -> Vec<f64> {
    builtin_year("po-valley").unwrap()
}

fn zone_e() -> Params {
    let mut p = Params::default();
    p.network.heating_rule = HeatingRule::ItZoneE;
    p
}

fn close(lhs: f64, rhs: f64, rel: f64) -> bool {
    (lhs - rhs).abs() <= rel * lhs.abs().max(rhs.abs()).max(1.0)
}

/// Customers' heat `SH + DHW = D − L`, summed over hours `range`, kWh.
fn customers_kwh(r: &Results, range: std::ops::Range<usize>) -> f64 {
    range
        .map(|h| r.hourly.demand_kw[h] - r.hourly.network_loss_kw[h])
        .sum()
}

/// `E_cust = homes · home_heat_mwh · (1 − loss_share) · 1000`, kWh.
fn customers_annual_kwh(p: &Params) -> f64 {
    p.network.homes * p.network.home_heat_mwh * (1.0 - p.network.loss_share) * 1000.0
}

#[test]
fn january_week_of_zone_e_peaks_in_the_morning() {
    let r = simulate(&zone_e(), &po_valley());
    // 8–14 January 2018 (days 7–13, Monday to Sunday); January clocks are on standard time.
    for day in 7..14 {
        let d: Vec<f64> = (0..24).map(|k| r.hourly.demand_kw[day * 24 + k]).collect();
        let peak = (0..24).fold(0, |b, k| if d[k] > d[b] { k } else { b });
        let low = (0..24).fold(0, |b, k| if d[k] < d[b] { k } else { b });
        assert!((5..10).contains(&peak), "day {day}: peak at {peak:02}:00");
        assert!(!(5..23).contains(&low), "day {day}: lowest at {low:02}:00");
        // Night hours carry only hot water and losses: under half the morning peak.
        assert!(d[2] < 0.5 * d[peak], "day {day}: {} vs {}", d[2], d[peak]);
    }
    // The continuous rule (version 1) has no such shape: its peak follows the coldest hour.
    let v1 = simulate(&Params::default(), &po_valley());
    let night: f64 = (7 * 24..14 * 24)
        .filter(|h| h % 24 < 5)
        .map(|h| v1.hourly.demand_kw[h])
        .sum();
    let night_e: f64 = (7 * 24..14 * 24)
        .filter(|h| h % 24 < 5)
        .map(|h| r.hourly.demand_kw[h])
        .sum();
    assert!(night_e < 0.5 * night, "{night_e} vs {night}");
}

#[test]
fn no_space_heating_outside_the_rules_hours_or_season() {
    let t = po_valley();
    for rule in RULES {
        let Some(hours) = rule.hours_per_day() else {
            continue;
        };
        let mut p = Params::default();
        p.network.heating_rule = rule;
        p.network.dhw_share = 0.0;
        p.network.loss_share = 0.0;
        let r = simulate(&p, &t);
        let season = rule.season().unwrap();
        let clock = Clock {
            daylight_saving: true,
        };
        let mut heated = 0;
        for h in 0..8760 {
            let day = h / 24;
            let allowed = allowed_hours(hours, is_weekend(day))[clock.hour_of_day(h)];
            let sh = r.hourly.demand_kw[h];
            if !allowed || !season.contains(day as u16) {
                assert_eq!(sh, 0.0, "{rule:?} hour {h}");
            } else if sh > 0.0 {
                heated += 1;
            }
        }
        // The rule's hours are used: at most H a day over the season.
        assert!(heated > 0 && heated <= hours * 365, "{rule:?}: {heated}");
    }
}

#[test]
fn annual_heat_per_home_unchanged_by_the_shape() {
    let t = po_valley();
    for rule in RULES {
        for (exempt, dst, cold, spread) in [
            (0.0, true, ColdWater::Climate, 0.0),
            (0.3, false, ColdWater::Constant, 2.0),
            (1.0, true, ColdWater::Constant, 6.0),
            (0.0, true, ColdWater::Constant, 3.0),
        ] {
            let mut p = Params::default();
            p.network.heating_rule = rule;
            p.network.heating_exempt_share = exempt;
            p.network.timer_spread_h = spread;
            p.network.daylight_saving = dst;
            p.network.cold_water = cold;
            p.network.return_rise_k = 5.0;
            let r = simulate(&p, &t);
            let total = customers_kwh(&r, 0..8760);
            assert!(
                close(total, customers_annual_kwh(&p), 1e-9),
                "{rule:?} {exempt} {dst}: {total} vs {}",
                customers_annual_kwh(&p)
            );
            // Space heating alone, against the same season's continuous version 1.
            p.network.dhw_share = 0.0;
            let shaped = customers_kwh(&simulate(&p, &t), 0..8760);
            let mut v1 = p;
            v1.network.heating_rule = HeatingRule::Continuous;
            v1.network.heating_season = rule.season();
            let hourly = customers_kwh(&simulate(&v1, &t), 0..8760);
            assert!(
                close(shaped, hourly, 1e-9),
                "{rule:?}: {shaped} vs {hourly}"
            );
        }
    }
}

#[test]
fn weekdays_and_weekends_differ_by_the_start_hour() {
    let mut p = zone_e();
    p.network.dhw_share = 0.0;
    p.network.loss_share = 0.0;
    let r = simulate(&p, &po_valley());
    let d = |day: usize, hod: usize| r.hourly.demand_kw[day * 24 + hod];
    // Monday 8 January (day 7): heating from 05:00, peak at 05:00; Saturday 13 January
    // (day 12): nothing before 07:00, peak at 07:00 (docs/model/demand.md §2).
    assert!(d(7, 5) > 0.0 && d(7, 5) > d(7, 6) && d(7, 6) > d(7, 7));
    assert_eq!(d(12, 5), 0.0);
    assert_eq!(d(12, 6), 0.0);
    assert!((0..24).all(|k| d(12, 7) >= d(12, k)));
    // The weekend's midday is heated until 14:00, the weekday's until 12:00.
    assert_eq!(d(7, 12), 0.0);
    assert!(d(12, 12) > 0.0 && d(12, 13) > 0.0);
    assert_eq!(d(12, 14), 0.0);
}

#[test]
fn hot_water_follows_the_clock_and_the_mains() {
    let t = po_valley();
    let mut p = Params::default();
    p.network.dhw_share = 1.0;
    p.network.loss_share = 0.0;
    p.network.cold_water = ColdWater::Climate;
    let r = simulate(&p, &t);
    let month =
        |r: &Results, m: usize| customers_kwh(r, MONTH_START_HOUR[m]..MONTH_START_HOUR[m + 1]);
    // More heat per day in January (cold mains) than in July (warm mains); Jan and Jul both
    // have 31 days. On the built-in year the water swings ±5–6 K around 16–17 °C, so the
    // winter day needs about (40 − 11)/(40 − 22) ≈ 1.6 times the summer's.
    let (jan, jul) = (month(&r, 0), month(&r, 6));
    assert!(jan > 1.3 * jul && jan < 2.0 * jul, "{jan} vs {jul}");
    assert!(close(
        customers_kwh(&r, 0..8760),
        customers_annual_kwh(&p),
        1e-9
    ));
    // Constant mains (the default): every day alike (version 1).
    p.network.cold_water = ColdWater::Constant;
    let c = simulate(&p, &t);
    assert!(close(month(&c, 0), month(&c, 6), 1e-9));
    // Daylight saving: the 07:00 peak of the profile is at LST 06:00 in July.
    let july_day = 190 * 24;
    let peak = |r: &Results| {
        (0..24).fold(0, |b, k| {
            if r.hourly.demand_kw[july_day + k] > r.hourly.demand_kw[july_day + b] {
                k
            } else {
                b
            }
        })
    };
    let top = (0..24).fold(0, |b, k| {
        if HOT_WATER_PROFILE_PER_MILLE[k] > HOT_WATER_PROFILE_PER_MILLE[b] {
            k
        } else {
            b
        }
    });
    assert_eq!(top, 7);
    assert_eq!(peak(&c), 6);
    p.network.daylight_saving = false;
    assert_eq!(peak(&simulate(&p, &t)), 7);
}

#[test]
fn return_stays_within_design_and_rises_at_low_load() {
    let t = po_valley();
    let v1 = simulate(&Params::default(), &t);
    assert!(v1.hourly.t_return_c.iter().all(|&x| x == 50.0));
    let mut p = zone_e();
    p.network.return_rise_k = 5.0;
    let r = simulate(&p, &t);
    let ret = &r.hourly.t_return_c;
    assert!(ret.iter().all(|&x| (50.0..=55.0).contains(&x)));
    let mean = |m: usize| {
        let hours = MONTH_START_HOUR[m]..MONTH_START_HOUR[m + 1];
        let n = hours.len() as f64;
        hours.map(|h| ret[h]).sum::<f64>() / n
    };
    // July has no space heating: hot water only, 55 °C every hour. January is mostly heating.
    assert!((MONTH_START_HOUR[6]..MONTH_START_HOUR[7]).all(|h| ret[h] == 55.0));
    assert!(mean(0) < 54.0, "{}", mean(0));
    // Within a January day the heated 05:00 hour returns colder than the unheated 03:00.
    assert!(ret[7 * 24 + 5] < ret[7 * 24 + 3]);
    // A warmer return loses more heat: θ = (T_sup + T_ret)/2 − ground.
    let loss = |r: &Results| -> f64 { r.hourly.network_loss_kw[4344..5088].iter().sum() };
    let mut flat = p;
    flat.network.return_rise_k = 0.0;
    let f = simulate(&flat, &t);
    // July: θ rises by 2.5 K on about (75 + 50)/2 − 10 = 52.5 K.
    assert!(close(loss(&r) / loss(&f), 55.0 / 52.5, 1e-9));
}

#[test]
fn warmer_return_reduces_return_line_feed_in() {
    // Brescia-like return-line plant: 65 °C loop, 3 K approach; the return at 50 °C lets the
    // exchanger cool the loop by (62 − 50)/10 → all of it; at 56 °C only (62 − 56)/10 = 60 %
    // (and 56 + 5 ≤ 62, so the return line still works).
    let t = po_valley();
    let mut p = zone_e();
    p.recovery.feed_in = FeedIn::ReturnLine;
    p.network.takes_all_heat = true;
    // No connection pipe: `available_kw` is then the plant's own offer (MODEL.md §9.1).
    p.connection.length_km = 0.0;
    let base = simulate(&p, &t);
    p.network.return_rise_k = 6.0;
    let warm = simulate(&p, &t);
    let july = MONTH_START_HOUR[6]..MONTH_START_HOUR[7];
    for h in july {
        assert_eq!(warm.hourly.t_return_c[h], 56.0);
        assert!(close(
            warm.hourly.available_kw[h],
            0.6 * base.hourly.available_kw[h],
            1e-12
        ));
    }
    assert!(warm.summary.heat_delivered_mwh < base.summary.heat_delivered_mwh);
}

fn check_balances(r: &Results) {
    let h = &r.hourly;
    let sum = |c: &[f64]| c.iter().sum::<f64>();
    let lhs = sum(&h.q_used_kw) + sum(&h.hp_electricity_kw);
    // The plant's output includes what the connection pipe loses (MODEL.md §9.1).
    let rhs = sum(&h.direct_kw) + sum(&h.charge_kw) + sum(&h.connection_loss_kw);
    assert!(close(lhs, rhs, 1e-6), "heat balance: {lhs} vs {rhs}");
    let s = &r.summary;
    let out = sum(&h.discharge_kw)
        + sum(&h.storage_loss_kwh)
        + (s.storage_end_mwh - s.storage_start_mwh) * 1000.0;
    assert!(close(sum(&h.charge_kw), out, 1e-6), "storage balance");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn new_inputs_keep_balances_and_bounds(
        rule in 0usize..7,
        exempt in 0.0..=1.0f64,
        dst in any::<bool>(),
        climate in any::<bool>(),
        cold_water_c in 0.0..=30.0f64,
        rise in 0.0..=30.0f64,
        ret in 5.0..90.0f64,
        gap in 0.5..60.0f64,
        loop_out in 15.0..95.0f64,
        feed_in_return in any::<bool>(),
        volume in prop_oneof![Just(0.0), 100.0..20_000.0f64],
        takes_all in any::<bool>(),
        dhw in 0.0..=1.0f64,
        annual in -20.0..30.0f64,
        swing in 0.0..20.0f64,
        spread in 0u8..=6,
    ) {
        let mut p = Params::default();
        let n = &mut p.network;
        n.heating_rule = RULES[rule];
        n.heating_exempt_share = exempt;
        n.timer_spread_h = f64::from(spread);
        n.daylight_saving = dst;
        n.cold_water = if climate { ColdWater::Climate } else { ColdWater::Constant };
        n.cold_water_c = cold_water_c;
        n.return_rise_k = rise;
        n.return_c = ret;
        n.supply_min_c = (ret + gap).min(150.0);
        n.supply_max_c = (n.supply_min_c + 10.0).min(150.0);
        n.dhw_min_supply_c = n.supply_max_c.clamp(40.0, 90.0).min(n.supply_max_c);
        n.dhw_share = if n.supply_max_c < 40.0 { 0.0 } else { dhw };
        n.takes_all_heat = takes_all;
        n.homes = 2000.0;
        p.data_centre.loop_out_c = loop_out;
        p.recovery.feed_in = if feed_in_return { FeedIn::ReturnLine } else { FeedIn::SupplyLine };
        p.storage.volume_m3 = volume;
        let means: [f64; 12] = std::array::from_fn(|m| {
            annual - swing * (std::f64::consts::TAU * (m as f64 + 0.5) / 12.0).cos()
        });
        let r = simulate(&p, &synthetic_year(&means, 4.0));
        check_balances(&r);
        let cap = (p.network.supply_min_c - ret) / 2.0;
        for h in 0..8760 {
            let t_ret = r.hourly.t_return_c[h];
            prop_assert!(t_ret >= ret && t_ret <= ret + rise.min(cap) + 1e-12, "T_ret {t_ret}");
            prop_assert!(r.hourly.t_supply_c[h] > t_ret);
            for x in [r.hourly.demand_kw[h], r.hourly.available_kw[h], r.hourly.network_loss_kw[h]] {
                prop_assert!(x.is_finite() && x >= 0.0);
            }
        }
        // The customers' annual heat is the input's, whatever the shape (unless no hour of the
        // season needs heating, when space heating is 0).
        let total = customers_kwh(&r, 0..8760);
        let expected = customers_annual_kwh(&p);
        let hot_water = expected * p.network.dhw_share;
        prop_assert!(close(total, expected, 1e-9) || close(total, hot_water, 1e-9),
            "{total} vs {expected}");
        let json = serde_json::to_value(r.summary).unwrap();
        let finite = |v: &serde_json::Value| v.is_null() || v.as_f64().is_some_and(f64::is_finite);
        for (name, value) in json.as_object().unwrap() {
            // Objects (heat displaced by plant kind) hold finite numbers too.
            let ok = match value.as_object() {
                Some(by_kind) => by_kind.values().all(finite),
                None => finite(value),
            };
            prop_assert!(ok, "{name}");
        }
    }
}

//! Invariants of the annual simulation over random valid parameters (MODEL.md §7, §10): both
//! energy balances, non-negative finite flows, bounded ratios, and monotonic responses.

#![allow(clippy::unwrap_used)] // in a test a panic is the failure report

use heat_twin_model::heat_pump::CopModel;
use heat_twin_model::params::{
    Cooling, CopMethod, FeedIn, HeatPumpOwner, HeatingSeason, ModeChoice, Params,
};
use heat_twin_model::recovery::HeatPump;
use heat_twin_model::weather::{builtin_year, synthetic_year, HOURS};
use heat_twin_model::{simulate, Results};
use proptest::prelude::*;
use proptest::strategy::ValueTree;

/// Uniform samples in [0, 1) mapped onto valid parameters: one sample per field.
const SAMPLES: usize = 84;

fn lerp(u: f64, lo: f64, hi: f64) -> f64 {
    lo + (hi - lo) * u
}

/// Valid parameters from uniform samples: every field inside its MODEL.md range and the
/// cross-field rules of §3 kept.
fn params_from(u: &[f64]) -> Params {
    let mut p = Params::default();
    let mut i = 0;
    let mut next = || {
        i += 1;
        u[i - 1]
    };
    let dc = &mut p.data_centre;
    dc.racks = (next().powi(3) * 20_000.0).floor();
    dc.rack_kw = lerp(next(), 0.0, 120.0);
    dc.utilisation = next();
    dc.daily_swing = lerp(next(), 0.0, 0.5);
    dc.pue = lerp(next(), 1.0, 3.0);
    dc.cooling = [
        Cooling::Air,
        Cooling::RearDoor,
        Cooling::DirectToChip,
        Cooling::Immersion,
        Cooling::HotWaterLiquid,
    ][(next() * 5.0) as usize % 5];
    dc.capture_share = next();
    dc.loop_out_c = lerp(next(), 15.0, 95.0);
    dc.loop_delta_k = lerp(next(), 1.0, 40.0);

    let r = &mut p.recovery;
    r.approach_k = lerp(next(), 0.0, 20.0);
    r.feed_in = if next() < 0.75 {
        FeedIn::SupplyLine
    } else {
        FeedIn::ReturnLine
    };
    r.heat_pump = next() < 0.75;
    r.lorenz_efficiency = lerp(next(), 0.1, 0.9);
    r.min_lift_k = lerp(next(), 1.0, 60.0);
    r.max_cop = lerp(next(), 1.5, 20.0);
    let cap = next();
    r.heat_pump_max_mw = if cap < 0.5 { 0.0 } else { lerp(cap, 0.0, 40.0) };
    r.pumping_share = lerp(next(), 0.0, 0.2);

    let n = &mut p.network;
    let (temps, ret, smin, smax) = (next(), next(), next(), next());
    if temps < 0.25 {
        // 4G preset (70/65 → 35 °C), where warm loops often exchange directly.
        (n.supply_max_c, n.supply_min_c, n.return_c) = (70.0, 65.0, 35.0);
    } else if temps < 0.4 {
        (n.supply_max_c, n.supply_min_c, n.return_c) = (90.0, 75.0, 50.0);
    } else {
        n.return_c = lerp(ret, 5.0, 99.0);
        n.supply_min_c = lerp(smin, n.return_c + 0.5, 150.0);
        n.supply_max_c = lerp(smax, n.supply_min_c, 150.0);
    }
    let ground_max = ((n.supply_min_c + n.return_c) / 2.0 - 0.1).min(30.0);
    n.ground_c = lerp(next(), -10.0, ground_max);
    let dhw = next();
    n.dhw_share = if dhw < 0.2 || n.supply_max_c < 40.0 {
        0.0
    } else {
        dhw
    };
    n.dhw_min_supply_c = lerp(next(), 40.0, n.supply_max_c.clamp(40.0, 90.0));
    n.homes = (next().powi(2) * 200_000.0).floor();
    n.home_heat_mwh = lerp(next(), 0.5, 100.0);
    n.heating_base_c = lerp(next(), 5.0, 25.0);
    let season = next();
    let start = (next() * 365.0) as u16 % 365;
    let end = (next() * 365.0) as u16 % 365;
    n.heating_season = (season < 0.5).then_some(HeatingSeason {
        start_day: start,
        end_day: end,
    });
    n.loss_share = lerp(next(), 0.0, 0.6);
    let base = next();
    n.baseload_mw = if base < 0.6 {
        0.0
    } else {
        lerp(base, 0.0, 60.0)
    };
    n.takes_all_heat = next() < 0.2;

    let s = &mut p.storage;
    let vol = next();
    s.volume_m3 = if vol < 0.3 {
        0.0
    } else {
        lerp(vol, 0.0, 30_000.0)
    };
    s.hours_to_full = lerp(next().powi(2), 0.5, 1000.0);
    s.loss_per_day = lerp(next(), 0.0, 0.2);

    let e = &mut p.emissions;
    e.grid_g_per_kwh = lerp(next(), 0.0, 2000.0);
    e.fuel_kg_per_mwh = lerp(next(), 0.0, 1000.0);
    e.boiler_efficiency = lerp(next(), 0.3, 1.2);
    e.tree_kg_per_year = lerp(next(), 1.0, 1000.0);
    let monthly = next();
    e.displaced_heat_kg_per_mwh = (monthly < 0.4).then(|| {
        let base = monthly * 5000.0;
        std::array::from_fn(|m| base * (1.0 + (m as f64 * 0.7).sin()) / 2.0)
    });
    e.credit_avoided_cooling = next() < 0.5;
    e.site_cooling_eer = lerp(next(), 0.5, 100.0);

    let c = &mut p.economics;
    c.heat_price_eur_per_mwh = lerp(next(), 0.0, 200.0);
    c.electricity_price_eur_per_mwh = lerp(next(), 0.0, 500.0);
    c.fuel_price_eur_per_mwh = lerp(next(), 0.0, 200.0);
    c.heat_pump_owner = if next() < 0.5 {
        HeatPumpOwner::Utility
    } else {
        HeatPumpOwner::DataCentre
    };
    c.heat_pump_capex_eur_per_mw = lerp(next(), 0.0, 2.0e6);
    c.storage_capex_eur_per_m3 = lerp(next(), 0.0, 1000.0);
    c.pipe_length_km = lerp(next(), 0.0, 20.0);
    c.pipe_capex_eur_per_m = lerp(next(), 0.0, 5000.0);
    c.om_share_of_capex = lerp(next(), 0.0, 0.2);
    c.lifetime_years = 1 + (next() * 100.0) as u32 % 100;
    c.discount_rate = if next() < 0.2 {
        0.0
    } else {
        lerp(next(), 0.0, 0.5)
    };
    // The connection pipe (MODEL.md §9.1): the same length under both names, an automatic or a
    // given DN (a given one may be far too small or too large for the flow).
    p.connection.length_km = p.economics.pipe_length_km;
    let pick = next();
    p.connection.dn = (pick >= 0.3).then(|| {
        let list = heat_twin_model::pipe::DN_LIST;
        list[((pick - 0.3) / 0.7 * list.len() as f64) as usize % list.len()]
    });
    p.pipe_capex_given = next() < 0.5;
    // Availability (MODEL.md §4.1): any share, and one maintenance period (maybe wrapping).
    p.recovery.availability = if next() < 0.3 { 1.0 } else { next() };
    if next() < 0.5 {
        let from_day = (next() * 365.0) as u16 % 365;
        let to_day = (next() * 365.0) as u16 % 365;
        p.maintenance.periods[0] = heat_twin_model::availability::Period { from_day, to_day };
        p.maintenance.count = 1;
    }
    // The heat pump of version 3 (MODEL.md §4, §4.2): every COP method, its parameters across
    // their ranges, units with any minimum load, size and installed output, every mode choice.
    let r = &mut p.recovery;
    r.cop_method =
        [CopMethod::Fit, CopMethod::Jensen, CopMethod::Lorenz][(next() * 3.0) as usize % 3];
    r.hp_efficiency = lerp(next(), 0.3, 1.0);
    r.hp_penalty_k = lerp(next(), 1.0, 80.0);
    r.hp_drive_efficiency = lerp(next(), 0.8, 1.0);
    r.hp_aux_share = lerp(next(), 0.0, 0.05);
    r.heat_pump_min_load = next();
    r.heat_pump_unit_mw = lerp(next().powi(2), 0.1, 100.0);
    let installed = next();
    r.heat_pump_installed_mw = if installed < 0.6 {
        0.0
    } else {
        lerp(installed, 0.0, 200.0)
    };
    r.mode_choice = [
        ModeChoice::HeatPump,
        ModeChoice::ReturnLine,
        ModeChoice::Auto,
    ][(next() * 3.0) as usize % 3];
    p
}

/// The built-in year, or a synthetic one from samples.
fn weather_from(u: &[f64]) -> Vec<f64> {
    if u[0] < 0.5 {
        return builtin_year("po-valley").unwrap();
    }
    let annual = lerp(u[1], -20.0, 30.0);
    let swing = lerp(u[2], 0.0, 20.0);
    let means: [f64; 12] = std::array::from_fn(|m| {
        annual - swing * (std::f64::consts::TAU * (m as f64 + 0.5) / 12.0).cos()
    });
    synthetic_year(&means, lerp(u[3], 0.0, 20.0))
}

/// Drivers from samples: each of the four present or not; values spread over the allowed
/// range (the supply's floor raised above the scenario's highest return), hourly gaps.
fn drivers_from(p: &Params, u: &[f64]) -> heat_twin_model::Drivers {
    use heat_twin_model::{Driver, Drivers};
    let highest_return = heat_twin_model::network::ReturnCurve::from_params(&p.network);
    let highest_return = highest_return.design_c + highest_return.rise_k;
    let mut drivers = Drivers::none();
    for (k, driver) in Driver::ALL.into_iter().enumerate() {
        if u[k] < 0.4 {
            continue;
        }
        let (mut lo, mut hi) = driver.range();
        if driver == Driver::SupplyC {
            lo = lo.max(highest_return + 0.01);
        }
        // Mostly the scale of a plant; sometimes the whole range up to its bound.
        if matches!(driver, Driver::ItKw | Driver::DemandKw) && u[k + 4] < 0.8 {
            hi = 1.0e5;
        }
        let gaps = u[k + 8] * 0.5;
        let values: Vec<f64> = (0..HOURS)
            .map(|h| {
                // A cheap deterministic scatter of [0, 1) from the hour and the samples.
                let x = ((h as f64 + 1.0) * (0.618_033_988_75 + u[k + 12])).fract();
                let y = ((h as f64 + 7.0) * (0.414_213_562_37 + u[k + 16])).fract();
                if y < gaps {
                    f64::NAN
                } else {
                    lerp(x, lo, hi)
                }
            })
            .collect();
        drivers.set(driver, &values).unwrap();
    }
    drivers
}

fn samples() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(0.0..1.0f64, SAMPLES)
}

fn close(lhs: f64, rhs: f64, rel: f64) -> bool {
    (lhs - rhs).abs() <= rel * lhs.abs().max(rhs.abs()).max(1.0)
}

fn sum(column: &[f64]) -> f64 {
    column.iter().sum()
}

/// Both balances of MODEL.md §7 over the reported year, kWh.
fn check_balances(r: &Results) {
    let h = &r.hourly;
    let lhs = sum(&h.q_used_kw) + sum(&h.hp_electricity_kw);
    // MODEL.md §9.1: the plant's output includes the heat the connection pipe loses.
    let rhs = sum(&h.direct_kw) + sum(&h.charge_kw) + sum(&h.connection_loss_kw);
    assert!(close(lhs, rhs, 1e-6), "heat balance: {lhs} vs {rhs}");
    let s = &r.summary;
    let charge = sum(&h.charge_kw);
    let out = sum(&h.discharge_kw)
        + sum(&h.storage_loss_kwh)
        + (s.storage_end_mwh - s.storage_start_mwh) * 1000.0;
    assert!(
        close(charge, out, 1e-6),
        "storage balance: {charge} vs {out}"
    );
}

fn check_bounds(r: &Results) {
    let h = &r.hourly;
    let flows: [(&str, &[f64]); 18] = [
        ("p_it", &h.p_it_kw),
        ("p_dc", &h.p_dc_kw),
        ("q_captured", &h.q_captured_kw),
        ("available", &h.available_kw),
        ("demand", &h.demand_kw),
        ("network_loss", &h.network_loss_kw),
        ("direct", &h.direct_kw),
        ("charge", &h.charge_kw),
        ("discharge", &h.discharge_kw),
        ("backup", &h.backup_kw),
        ("delivered", &h.delivered_kw),
        ("q_used", &h.q_used_kw),
        ("rejected", &h.rejected_kw),
        ("hp_output", &h.hp_output_kw),
        ("hp_electricity", &h.hp_electricity_kw),
        ("pumping", &h.pumping_kw),
        ("cop", &h.cop),
        ("storage", &h.storage_kwh),
    ];
    for (name, column) in flows {
        assert_eq!(column.len(), HOURS);
        for (hour, &x) in column.iter().enumerate() {
            assert!(x.is_finite() && x >= 0.0, "{name}[{hour}] = {x}");
        }
    }
    for hour in 0..HOURS {
        assert!(h.rejected_kw[hour] <= h.q_captured_kw[hour] * (1.0 + 1e-12) + 1e-9);
        assert!(h.q_used_kw[hour] <= h.q_captured_kw[hour] * (1.0 + 1e-12) + 1e-9);
        assert!(h.p_dc_kw[hour] >= h.p_it_kw[hour]);
    }
    let s = &r.summary;
    assert!((0.0..=1.0).contains(&s.erf), "erf {}", s.erf);
    assert!(s.heat_rejected_mwh <= s.heat_captured_mwh * (1.0 + 1e-12));
    let json = serde_json::to_value(s).unwrap();
    for (name, value) in json.as_object().unwrap() {
        // `heat_displaced_by_kind_mwh` is an object of numbers (MODEL.md §10, version 2).
        let numbers: Vec<&serde_json::Value> = match value.as_object() {
            Some(by_kind) => by_kind.values().collect(),
            None => vec![value],
        };
        for v in numbers {
            assert!(
                v.is_null() || v.as_f64().is_some_and(f64::is_finite),
                "{name} = {value}"
            );
        }
    }
    assert!(close(
        s.utility_benefit_eur + s.dc_benefit_eur,
        s.annual_benefit_eur,
        1e-6
    ));
    // Monthly figures add up to the year.
    let monthly_delivered: f64 = r.monthly.iter().map(|m| m.heat_delivered_mwh).sum();
    assert!(close(monthly_delivered, s.heat_delivered_mwh, 1e-9));
    let monthly_co2: f64 = r.monthly.iter().map(|m| m.co2_avoided_t).sum();
    assert!(close(monthly_co2, s.co2_avoided_t, 1e-9));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn balances_and_bounds_hold(u in samples(), w in samples()) {
        let p = params_from(&u);
        let r = simulate(&p, &weather_from(&w));
        check_balances(&r);
        check_bounds(&r);
        for warning in r.warnings() {
            prop_assert!(!warning.message.is_empty() && !warning.message.contains("NaN"));
        }
    }

    /// Measured drivers (docs/model/measured.md §9) with values anywhere in their allowed
    /// ranges and random gaps: the run cannot panic, produce NaN or break a balance.
    #[test]
    fn drivers_keep_balances_and_bounds(u in samples(), w in samples(), d in samples()) {
        let p = params_from(&u);
        let drivers = drivers_from(&p, &d);
        let mut sim = heat_twin_model::Simulator::new();
        let r = sim.run_driven(&p, &weather_from(&w), &drivers).unwrap();
        check_balances(r);
        check_bounds(r);
        for warning in r.warnings() {
            prop_assert!(!warning.message.is_empty() && !warning.message.contains("NaN"));
        }
    }

    #[test]
    fn more_racks_never_deliver_less_heat(u in samples(), w in samples(), extra in 1.0..500.0f64) {
        let mut p = params_from(&u);
        let t = weather_from(&w);
        // On one pipe. The automatic DN is sized for the year's peak (docs/model/pipe.md §3): a
        // larger plant may need a larger pipe or one more DN600 pair, which loses more heat in
        // every hour it carries, and then can deliver less (a kept case: 16.4 km, one pair to
        // two, 4,584 → 9,111 MWh lost). Both runs get the base's DN.
        if p.connection.dn.is_none() {
            p.connection.dn = Some(simulate(&p, &t).summary.connection_dn as u32);
        }
        let mut more = p;
        more.data_centre.racks = p.data_centre.racks + extra.floor();
        let base = simulate(&p, &t).summary.heat_delivered_mwh;
        let bigger = simulate(&more, &t).summary.heat_delivered_mwh;
        prop_assert!(bigger >= base * (1.0 - 1e-9) - 1e-9, "{bigger} < {base}");
    }

    #[test]
    fn more_storage_never_delivers_less_heat(u in samples(), w in samples(), extra in 1.0..20_000.0f64) {
        let p = params_from(&u);
        let t = weather_from(&w);
        let mut more = p;
        more.storage.volume_m3 = p.storage.volume_m3 + extra;
        let base = simulate(&p, &t).summary.heat_delivered_mwh;
        let bigger = simulate(&more, &t).summary.heat_delivered_mwh;
        prop_assert!(bigger >= base * (1.0 - 1e-9) - 1e-9, "{bigger} < {base}");
    }

    /// A higher supply temperature never raises the COP while the real lift is above the
    /// minimum lift. (Inside the minimum-lift region MODEL.md's formula gives
    /// `η · T_lm,sink / min_lift`, which rises with the sink's log-mean temperature: see the
    /// next test.)
    #[test]
    fn higher_supply_never_raises_cop(
        eta in 0.1..0.9f64,
        min_lift in 1.0..60.0f64,
        max_cop in 1.5..20.0f64,
        t_src in 15.0..95.0f64,
        delta in 1.0..40.0f64,
        a in 0.0..20.0f64,
        t_ret in 5.0..100.0f64,
        gap in 0.01..80.0f64,
        rise in 0.0..50.0f64,
    ) {
        let hp = HeatPump {
            lorenz_efficiency: eta,
            min_lift_k: min_lift,
            max_cop,
            method: CopMethod::Lorenz,
            fit: CopModel::DEFAULT,
        };
        // The supply lies above the preheated water, as in every heat-pump hour.
        let t_pre = t_ret.max(t_src - a);
        let t_sup = t_pre + gap;
        let lower = hp.cop(t_pre, t_sup, t_src, t_src - delta, a);
        let higher = hp.cop(t_pre, t_sup + rise, t_src, t_src - delta, a);
        let lm = heat_twin_model::recovery::log_mean_temperature_k;
        let sink_low = lm(t_pre + a + 273.15, t_sup + a + 273.15);
        let source = lm(t_src - a + 273.15, t_src - delta - a + 273.15);
        if sink_low - source >= min_lift {
            prop_assert!(higher <= lower * (1.0 + 1e-12), "{higher} > {lower}");
        } else {
            // Clamped: the COP can rise only with the sink's log-mean temperature.
            let sink_high = lm(t_pre + a + 273.15, t_sup + rise + a + 273.15);
            prop_assert!(higher <= lower * sink_high / sink_low * (1.0 + 1e-12));
        }
    }
}

/// The generator reaches every mode, the tank, the heat pump and the cooling credit, so the
/// properties above are not tested on trivial years only.
#[test]
fn generator_covers_the_plant() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut seen = [0usize; 8];
    for _ in 0..200 {
        let u = samples().new_tree(&mut runner).unwrap().current();
        let w = samples().new_tree(&mut runner).unwrap().current();
        let s = simulate(&params_from(&u), &weather_from(&w)).summary;
        let flags = [
            s.storage_charge_mwh > 0.0,
            s.heat_pump_hours > 0.0,
            s.heat_pump_hours_at_max_cop < s.heat_pump_hours,
            s.return_line_hours > 0.0,
            s.no_recovery_hours > 0.0,
            s.direct_hours > 0.0,
            s.heat_delivered_mwh > 0.0,
            s.cooling_electricity_saved_mwh > 0.0,
        ];
        for (n, flag) in seen.iter_mut().zip(flags) {
            *n += usize::from(flag);
        }
    }
    assert!(seen.iter().all(|&n| n >= 10), "coverage {seen:?}");
}

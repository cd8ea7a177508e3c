//! Whole-year checks of named scenarios against hand-reckoned ranges (MODEL.md §2–§10).

#![allow(clippy::unwrap_used)] // in a test a panic is the failure report

use approx::assert_relative_eq;
use heat_twin_model::network::Demand;
use heat_twin_model::params::{FeedIn, HeatingSeason, Params};
use heat_twin_model::weather::{builtin_year, synthetic_year, HOURS};
use heat_twin_model::{simulate, Mode, Simulator};

fn po_valley() -> Vec<f64> {
    builtin_year("po-valley").unwrap()
}

fn codes(r: &heat_twin_model::Results) -> Vec<&'static str> {
    r.warnings().iter().map(|w| w.code).collect()
}

#[test]
fn default_scenario_is_plausible() {
    let r = simulate(&Params::default(), &po_valley());
    let s = &r.summary;
    // 400 racks · 5 kW · 0.8 · 8,760 h = 14,016 MWh of IT; · 1.3 = 18,220.8 MWh; · 0.9 captured.
    assert_relative_eq!(s.it_energy_mwh, 14_016.0, max_relative = 1e-9);
    assert_relative_eq!(s.dc_energy_mwh, 18_220.8, max_relative = 1e-9);
    assert_relative_eq!(s.heat_captured_mwh, 12_614.4, max_relative = 1e-9);
    assert_relative_eq!(s.pue.unwrap(), 1.3, max_relative = 1e-9);
    // 65 °C loop water less 3 K is below the 75–90 °C supply: a heat pump all year, which
    // uses all the captured heat (the network needs far more).
    assert_eq!(s.heat_pump_hours, 8760.0);
    assert_relative_eq!(s.dc_heat_used_mwh, s.heat_captured_mwh, max_relative = 1e-9);
    assert_relative_eq!(s.erf, 0.9 / 1.3, max_relative = 1e-9);
    let scop = s.heat_pump_scop.unwrap();
    assert!((3.0..=8.0).contains(&scop), "SCOP {scop}");
    assert!(
        s.heat_delivered_mwh > s.heat_captured_mwh
            && s.heat_delivered_mwh < 1.5 * s.heat_captured_mwh
    );
    // 20,000 homes · 11.85 MWh ≈ 237 GWh at the plant (losses vary with the supply).
    let demand = s.network_demand_mwh.unwrap();
    assert!((220_000.0..250_000.0).contains(&demand), "demand {demand}");
    assert!((0.03..0.1).contains(&s.dc_share_of_demand.unwrap()));
    // ~13.5 GWh at 218.9 kg/MWh less ~1.1 GWh of electricity at 330.7 g/kWh.
    assert!(
        (2_000.0..3_500.0).contains(&s.co2_avoided_t),
        "CO2 {}",
        s.co2_avoided_t
    );
    assert!((1_000.0..1_300.0).contains(&s.homes_equivalent));
    let payback = s.simple_payback_years.unwrap();
    assert!((1.0..15.0).contains(&payback), "payback {payback}");
    let lcoh = s.lcoh_eur_per_mwh.unwrap();
    assert!(
        lcoh > 0.0 && lcoh < s.boiler_heat_cost_eur_per_mwh,
        "LCOH {lcoh}"
    );
    assert!(s.storage_capacity_mwh == 0.0 && s.storage_loss_mwh == 0.0);
    // The supply stays at the 75 °C minimum all summer.
    assert_relative_eq!(s.min_supply_c, 75.0);
    assert!(s.max_supply_c <= 90.0 && s.max_supply_c > 85.0);
    // Monthly demand peaks in winter.
    let jan = r.monthly[0].network_demand_mwh.unwrap();
    let jul = r.monthly[6].network_demand_mwh.unwrap();
    assert!(jan > 4.0 * jul);
}

#[test]
fn builtin_year_heating_degree_days() {
    // MODEL.md §5: 15 October–15 April at base 20 °C gives about 2,330 degree-days.
    let mut network = Params::default().network;
    network.heating_base_c = 20.0;
    network.heating_season = Some(HeatingSeason {
        start_day: 287,
        end_day: 104,
    });
    let d = Demand::from_params(&network);
    let t = po_valley();
    let degree_days: f64 = (0..HOURS)
        .map(|h| d.degree_hours(t[h], h / 24))
        .sum::<f64>()
        / 24.0;
    assert!((2_200.0..2_450.0).contains(&degree_days), "{degree_days}");
}

/// A small network (1,500 homes) that a 2 MW data centre oversupplies in summer.
fn summer_surplus() -> Params {
    let mut p = Params::default();
    p.network.homes = 1500.0;
    p
}

#[test]
fn tank_shifts_summer_surplus() {
    let t = po_valley();
    let without = simulate(&summer_surplus(), &t);
    let mut p = summer_surplus();
    p.storage.volume_m3 = 6000.0;
    let with = simulate(&p, &t);
    let s = &with.summary;
    // As built, at the design difference (version 2): 6,000 m³ · 1.163 · (90 − 50) K =
    // 279.12 MWh; 6 h to full.
    assert_relative_eq!(s.storage_capacity_mwh, 279.12, max_relative = 1e-9);
    assert_relative_eq!(s.storage_power_mw, 279.12 / 6.0, max_relative = 1e-9);
    assert!(s.storage_charge_mwh > 0.0 && s.storage_discharge_mwh > 0.0);
    assert!(s.heat_delivered_mwh > without.summary.heat_delivered_mwh);
    assert!(s.heat_rejected_mwh < without.summary.heat_rejected_mwh);
    assert!(s.backup_heat_mwh.unwrap() < without.summary.backup_heat_mwh.unwrap());
    // Storage balance over the reported year.
    let lhs = s.storage_charge_mwh;
    let rhs =
        s.storage_discharge_mwh + s.storage_loss_mwh + s.storage_end_mwh - s.storage_start_mwh;
    assert_relative_eq!(lhs, rhs, max_relative = 1e-9);
    // Content never leaves 0..E_max; the reported year starts where the warm-up ended.
    assert!(with
        .hourly
        .storage_kwh
        .iter()
        .all(|&c| (0.0..=279_120.0 * (1.0 + 1e-12)).contains(&c)));
    assert!(s.storage_capex_eur == 1_200_000.0);
}

#[test]
fn takes_all_heat_nulls_network_figures_and_ignores_storage() {
    let mut p = Params::default();
    p.network.takes_all_heat = true;
    p.network.baseload_mw = 1.0e4;
    p.storage.volume_m3 = 6000.0;
    let r = simulate(&p, &po_valley());
    let s = &r.summary;
    assert_eq!(s.network_demand_mwh, None);
    assert_eq!(s.backup_heat_mwh, None);
    assert_eq!(s.dc_share_of_demand, None);
    assert!(r
        .monthly
        .iter()
        .all(|m| m.network_demand_mwh.is_none() && m.backup_heat_mwh.is_none()));
    // Everything available is delivered despite the huge baseload; no tank, no tank capex.
    assert_relative_eq!(
        s.heat_delivered_mwh,
        s.recovery_output_mwh,
        max_relative = 1e-12
    );
    assert_eq!(s.storage_capex_eur, 0.0);
    assert_eq!(s.storage_charge_mwh, 0.0);
    assert!(codes(&r).contains(&"storage_ignored"));
    let json = serde_json::to_value(s).unwrap();
    assert!(json["network_demand_mwh"].is_null());
    // The CSV leaves demand and backup empty.
    let mut csv = Vec::new();
    r.write_hourly_csv(&mut csv).unwrap();
    let text = String::from_utf8(csv).unwrap();
    let header: Vec<_> = text.lines().next().unwrap().split(',').collect();
    let row: Vec<_> = text.lines().nth(1).unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    assert_eq!(row[col("demand_kw")], "");
    assert_eq!(row[col("backup_kw")], "");
    assert_eq!(row[col("mode")], "heat_pump");
    assert!(!row[col("cop")].is_empty());
}

#[test]
fn hourly_csv_has_every_column_and_hour() {
    let mut p = Params::default();
    // 4G network and a 50 °C direct-to-chip loop: direct in mild hours, heat pump when cold.
    p.network.supply_max_c = 70.0;
    p.network.supply_min_c = 65.0;
    p.network.return_c = 35.0;
    p.network.dhw_share = 0.0;
    p.data_centre.loop_out_c = 70.0;
    let r = simulate(&p, &po_valley());
    let mut csv = Vec::new();
    r.write_hourly_csv(&mut csv).unwrap();
    let text = String::from_utf8(csv).unwrap();
    let lines: Vec<_> = text.lines().collect();
    assert_eq!(lines.len(), HOURS + 1);
    for name in [
        "hour",
        "mode",
        "t_out_c",
        "t_supply_c",
        "p_it_kw",
        "q_captured_kw",
        "available_kw",
        "demand_kw",
        "direct_kw",
        "charge_kw",
        "discharge_kw",
        "backup_kw",
        "delivered_kw",
        "rejected_kw",
        "hp_electricity_kw",
        "cop",
        "storage_kwh",
    ] {
        assert!(lines[0].split(',').any(|h| h == name), "missing {name}");
    }
    let cop = lines[0].split(',').position(|h| h == "cop").unwrap();
    let mode = lines[0].split(',').position(|h| h == "mode").unwrap();
    let mut seen_direct = false;
    for line in &lines[1..] {
        let cells: Vec<_> = line.split(',').collect();
        assert_eq!(cells.len(), lines[0].split(',').count());
        seen_direct |= cells[mode] == "direct";
        assert_eq!(cells[cop].is_empty(), cells[mode] != "heat_pump");
    }
    assert!(seen_direct);
}

#[test]
fn return_line_feed_in_like_brescia() {
    // Warm-water liquid cooling at 65 °C into the 50 °C return of a 3G network, no heat pump.
    let mut p = Params::default();
    p.recovery.feed_in = FeedIn::ReturnLine;
    p.storage.volume_m3 = 1000.0;
    let r = simulate(&p, &po_valley());
    let s = &r.summary;
    assert_eq!(s.return_line_hours, 8760.0);
    assert_eq!(s.heat_pump_hours, 0.0);
    assert_eq!(s.heat_pump_scop, None);
    assert_eq!(s.heat_pump_capex_eur, 0.0);
    // f_cold = min(1, (62 − 50)/10) = 1, and the network's flow takes it all.
    assert_relative_eq!(
        s.heat_delivered_mwh,
        s.heat_captured_mwh,
        max_relative = 1e-9
    );
    assert!(codes(&r).contains(&"storage_ignored"));
    assert_eq!(s.storage_capex_eur, 0.0);
}

#[test]
fn too_cold_without_heat_pump_warns() {
    // Air cooling (27 °C loop) on a 3G network without a heat pump: 24 °C cannot preheat a
    // 50 °C return, so nothing is recovered.
    let mut p = Params::default();
    p.data_centre.loop_out_c = 27.0;
    p.data_centre.loop_delta_k = 8.0;
    p.data_centre.capture_share = 0.6;
    p.recovery.heat_pump = false;
    let r = simulate(&p, &po_valley());
    assert_eq!(r.summary.no_recovery_hours, 8760.0);
    assert_eq!(r.summary.heat_delivered_mwh, 0.0);
    assert_eq!(r.summary.lcoh_eur_per_mwh, None);
    assert_eq!(r.summary.full_load_hours, None);
    assert_eq!(r.summary.simple_payback_years, None);
    let c = codes(&r);
    assert!(
        c.contains(&"source_too_cold") && c.contains(&"high_rejection"),
        "{c:?}"
    );
    assert!(r.hourly.mode.iter().all(|&m| m == Mode::None));
}

#[test]
fn no_degree_hours_means_no_space_heating() {
    // A tropical synthetic year never drops below a 5 °C base.
    let t = synthetic_year(&[28.0; 12], 4.0);
    let mut p = Params::default();
    p.network.heating_base_c = 5.0;
    let r = simulate(&p, &t);
    assert!(codes(&r).contains(&"no_space_heating"));
    // Hot water and losses remain: 237 GWh · 0.88 · 0.2 of hot water plus losses.
    let demand = r.summary.network_demand_mwh.unwrap();
    assert!(
        demand > 237_000.0 * 0.88 * 0.2 && demand < 237_000.0 * 0.5,
        "{demand}"
    );
}

#[test]
fn empty_data_centre_gives_zeros_not_nan() {
    let mut p = Params::default();
    p.data_centre.racks = 0.0;
    let r = simulate(&p, &po_valley());
    let s = &r.summary;
    assert_eq!(s.pue, None);
    assert_eq!(s.erf, 0.0);
    assert_eq!(s.heat_pump_scop, None);
    assert_eq!(s.heat_delivered_mwh, 0.0);
    let json = serde_json::to_string(s).unwrap();
    assert!(!json.contains("NaN") && !json.contains("inf"));
}

#[test]
fn reused_simulator_matches_fresh_runs() {
    let t1 = po_valley();
    let t2 = synthetic_year(
        &[
            0.0, 1.0, 5.0, 10.0, 15.0, 20.0, 23.0, 22.0, 18.0, 12.0, 6.0, 1.0,
        ],
        5.0,
    );
    let a = summer_surplus();
    let mut b = a;
    b.storage.volume_m3 = 6000.0;
    b.emissions.credit_avoided_cooling = true;
    let mut sim = Simulator::new();
    for (p, t) in [(&a, &t1), (&b, &t1), (&a, &t2), (&b, &t2), (&a, &t1)] {
        let fresh = simulate(p, t);
        assert_eq!(sim.run(p, t), &fresh);
    }
}

#[test]
fn cooling_credit_lowers_facility_power_and_adds_co2() {
    let t = po_valley();
    let mut p = Params::default();
    let without = simulate(&p, &t).summary;
    p.emissions.credit_avoided_cooling = true;
    let with = simulate(&p, &t).summary;
    // Q_used / EER = 12,614.4 / 25 = 504.6 MWh saved, never below IT power.
    assert_relative_eq!(
        with.cooling_electricity_saved_mwh,
        12_614.4 / 25.0,
        max_relative = 1e-9
    );
    assert_relative_eq!(
        with.dc_energy_mwh,
        18_220.8 - 12_614.4 / 25.0,
        max_relative = 1e-9
    );
    // + 504.6 MWh · 330.7 kg/MWh = 166.9 t.
    assert_relative_eq!(
        with.co2_avoided_t - without.co2_avoided_t,
        12_614.4 / 25.0 * 0.3307,
        max_relative = 1e-9
    );
    assert!(with.erf > without.erf);
}

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
    // (The connection pipe's loss leaves the plant but not the network, MODEL.md §9.1.)
    assert_relative_eq!(
        s.heat_delivered_mwh + s.connection_heat_loss_mwh,
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
    // (Less the connection pipe's loss, MODEL.md §9.1.)
    assert_relative_eq!(
        s.heat_delivered_mwh + s.connection_heat_loss_mwh,
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

// ---- Version 2: the network's own plants and merit order (MODEL.md §5.1, §7) ----

use heat_twin_model::network::plants::{Plant, PlantKind, Plants};
use heat_twin_model::scenario::load_scenario;

/// A small Po-valley network (1,500 homes, about 17.8 GWh/yr) whose must-run waste-to-energy
/// plant (3 MW, June–September) covers its summer demand (a few MW at most: hot water and
/// losses), with a gas boiler of 20 MW for the rest; the default 2 MW-class data centre with
/// its 65 °C water in direct-exchange hours only (no heat pump) so that its heat costs
/// 30 + 150 · 0.01 = 31.5 €/MWh.
fn wte_network() -> Params {
    let mut p = Params::default();
    p.network.homes = 1500.0;
    p.recovery.heat_pump = false;
    p.network.supply_max_c = 62.0;
    p.network.supply_min_c = 60.0;
    p.network.dhw_min_supply_c = 60.0;
    p.network.return_c = 40.0;
    let mut wte = Plant::reference("City waste-to-energy", PlantKind::WasteToEnergy, 3.0, true);
    wte.must_run_months = 0b0001_1110_0000; // June–September
    let boiler = Plant::reference("Peak boilers", PlantKind::GasBoiler, 20.0, false);
    p.network.plants = Plants::from_slice(&[wte, boiler]);
    p
}

fn month_hours(m: usize) -> std::ops::Range<usize> {
    let starts = heat_twin_model::weather::MONTH_START_HOUR;
    starts[m]..starts[m + 1]
}

#[test]
fn must_run_waste_to_energy_covers_summer_demand() {
    let r = simulate(&wte_network(), &po_valley());
    let h = &r.hourly;
    // The summer demand stays below the plant's 3 MW in every hour of July (hand check of the
    // premise: hot water peaks at 92 ‰ of a day's 1,500 · 11.85 · 0.88 · 0.2 / 365 MWh plus
    // losses of about 0.12 · 17,775 / 8,760 MW).
    let july = month_hours(6);
    assert!(h.demand_kw[july.clone()].iter().all(|&d| d < 3000.0));
    for m in [5, 6, 7, 8] {
        let month = month_hours(m);
        let taken: f64 = month.clone().map(|i| h.direct_kw[i]).sum();
        let co2: f64 = month.clone().map(|i| h.displaced_co2_kg[i]).sum();
        assert_eq!(taken, 0.0, "month {m}: nothing is taken");
        assert_eq!(co2, 0.0, "month {m}: nothing displaced");
        // CO2 avoided in the month is only the (zero) pumping: nothing is delivered.
        assert!(r.monthly[m].co2_avoided_t <= 0.0);
        assert!(month.clone().all(|i| h.displaced_kind[i].is_none()));
        // All of the offer is rejected, and it is recorded as "no room".
        let offered: f64 = month.clone().map(|i| h.available_kw[i]).sum();
        let not_taken: f64 = month.map(|i| h.no_room_kw[i] + h.too_dear_kw[i]).sum();
        assert_relative_eq!(not_taken, offered, max_relative = 1e-12);
    }
    // The warning names July and the plant.
    let july_warning = r
        .warnings()
        .into_iter()
        .find(|w| w.code == "heat_not_taken" && w.message.contains("July"))
        .expect("a July warning");
    assert!(
        july_warning
            .message
            .contains("must-run waste-to-energy plant “City waste-to-energy” already covers"),
        "{}",
        july_warning.message
    );
    // In January the data centre's heat displaces the gas boiler at the margin: 218.9 kg/MWh.
    let jan = month_hours(0);
    let direct: f64 = jan.clone().map(|i| h.direct_kw[i]).sum();
    let co2: f64 = jan.clone().map(|i| h.displaced_co2_kg[i]).sum();
    assert!(direct > 0.0);
    assert_relative_eq!(co2, direct * 218.9 / 1000.0, max_relative = 1e-9);
    assert!(jan
        .filter(|&i| h.direct_kw[i] > 0.0)
        .all(|i| h.displaced_kind[i] == Some(PlantKind::GasBoiler)));
    let s = &r.summary;
    assert_eq!(s.model_version, 3);
    assert_relative_eq!(
        s.heat_displaced_by_kind_mwh.gas_boiler,
        s.heat_delivered_mwh,
        max_relative = 1e-9
    );
    assert_eq!(s.heat_displaced_by_kind_mwh.waste_to_energy, 0.0);
    assert!(s.heat_offered_not_taken_mwh > 0.0);
    // Peaks: the largest hourly demand and backup, at the first hour that reaches them.
    let (mut hd, mut hb) = (0, 0);
    for i in 0..HOURS {
        if h.demand_kw[i] > h.demand_kw[hd] {
            hd = i;
        }
        if h.backup_kw[i] > h.backup_kw[hb] {
            hb = i;
        }
    }
    assert_eq!(s.peak_demand_mw, Some(h.demand_kw[hd] / 1000.0));
    assert_eq!(s.peak_demand_hour, Some(hd as u32));
    assert_eq!(s.peak_backup_mw, Some(h.backup_kw[hb] / 1000.0));
    assert_eq!(s.peak_backup_hour, Some(hb as u32));
    // The waste-to-energy plant is not must-run in winter, so the backup peak is the demand
    // peak less the data centre's heat in that hour.
    assert!(s.peak_backup_mw <= s.peak_demand_mw);
}

/// `M + backup + direct + discharge = D` in every hour, with plants, a tank and the data centre.
fn hourly_balance(r: &heat_twin_model::Results) {
    let h = &r.hourly;
    for i in 0..HOURS {
        let lhs = h.must_run_kw[i] + h.backup_kw[i] + h.direct_kw[i] + h.discharge_kw[i];
        assert!(
            (lhs - h.demand_kw[i]).abs() <= 1e-9 * h.demand_kw[i].max(1.0),
            "hour {i}: {lhs} vs {}",
            h.demand_kw[i]
        );
    }
}

#[test]
fn energy_balance_each_hour_with_plants_tank_and_data_centre() {
    let mut p = wte_network();
    p.storage.volume_m3 = 500.0;
    let r = simulate(&p, &po_valley());
    assert!(r.summary.storage_charge_mwh > 0.0 && r.summary.storage_discharge_mwh > 0.0);
    hourly_balance(&r);
    // Summer surplus that no plant makes room for charges the store in July; the store
    // discharges only in hours when a dispatchable plant would otherwise run (R > direct).
    let july = month_hours(6);
    let charged: f64 = july.map(|i| r.hourly.charge_kw[i]).sum();
    assert!(charged > 0.0);
    let h = &r.hourly;
    for i in 0..HOURS {
        if h.discharge_kw[i] > 0.0 {
            let residual = h.demand_kw[i] - h.must_run_kw[i];
            assert!(residual - h.direct_kw[i] >= h.discharge_kw[i] - 1e-9);
        }
    }
}

#[test]
fn old_network_fields_keep_their_meaning() {
    // Version 1: baseload_mw = 1 MW is a must-run plant of 1 MW that is never displaced; the
    // rest displaces boilers at e[m]. An explicit list with the same plant gives the same year.
    let old = load_scenario(r#"{"network": {"homes": 1500, "baseload_mw": 1}}"#).unwrap();
    let mut explicit = old.params;
    explicit.network.baseload_mw = 0.0;
    let mut base = Plant::reference("baseload", PlantKind::WasteHeat, 1.0, true);
    base.marginal_cost_eur_per_mwh = 0.0;
    base.co2_kg_per_mwh = 0.0;
    let mut boilers = Plant::reference("boilers", PlantKind::GasBoiler, 1.0e5, false);
    // The implicit boilers cost the fuel price over the boilers' efficiency (MODEL.md §5.1),
    // which the country's price set gives (docs/model/life.md §1).
    boilers.marginal_cost_eur_per_mwh =
        old.params.economics.fuel_price_eur_per_mwh / old.params.emissions.boiler_efficiency;
    explicit.network.plants = Plants::from_slice(&[base, boilers]);
    let t = po_valley();
    let a = simulate(&old.params, &t);
    let b = simulate(&explicit, &t);
    assert_relative_eq!(
        a.summary.heat_delivered_mwh,
        b.summary.heat_delivered_mwh,
        max_relative = 1e-12
    );
    // The listed boiler has the reference 218.9 kg/MWh; the implicit one 201.4/0.92 = 218.913.
    assert_relative_eq!(
        a.summary.displaced_co2_t,
        b.summary.displaced_co2_t,
        max_relative = 1e-4
    );
    // D_dc = max(0, D − 1 MW): the data centre never serves the first MW.
    let h = &a.hourly;
    for i in 0..HOURS {
        assert!(h.direct_kw[i] <= (h.demand_kw[i] - 1000.0).max(0.0) + 1e-9);
    }
    // Every MWh delivered displaced the boilers at e[m] (version 1's CO2).
    assert_relative_eq!(
        a.summary.displaced_co2_t,
        a.summary.heat_delivered_mwh * 201.4 / 0.92 / 1000.0,
        max_relative = 1e-9
    );
    // takes_all_heat still loads: unbounded, nulls, every MWh at e[m].
    let all = load_scenario(r#"{"network": {"takes_all_heat": true}}"#).unwrap();
    let r = simulate(&all.params, &t);
    assert!(r.summary.network_demand_mwh.is_none() && r.summary.peak_backup_mw.is_none());
    assert_relative_eq!(
        r.summary.displaced_co2_t,
        r.summary.heat_delivered_mwh * 201.4 / 0.92 / 1000.0,
        max_relative = 1e-9
    );
    // Giving plants with the old fields is refused, naming the field and the value.
    let both = load_scenario(
        r#"{"network": {"baseload_mw": 5, "plants": [{"kind": "gas_boiler", "capacity_mw": 10}]}}"#,
    )
    .unwrap_err();
    assert!(both[0]
        .to_string()
        .starts_with("network.baseload_mw: 5 is given with network.plants"));
}

#[test]
fn dear_heat_pump_heat_is_not_bought() {
    // Settimo-like air-cooled source (27 °C) and a 3G network: COP about 3–4. With electricity
    // at 200 €/MWh its heat costs 30 · g + 200 · (1/COP + 0.01) ≥ 30 · 0.67 + 200 · 0.26 =
    // 72 €/MWh > 48.9 €/MWh of the gas boilers (45 / 0.92): not bought in any hour.
    let mut p = load_scenario(r#"{"data_centre": {"cooling": "air"}, "economics": {"fuel_price_eur_per_mwh": 45}, "network": {"plants": [{"kind": "gas_boiler", "capacity_mw": 500}]}}"#)
        .unwrap()
        .params;
    p.economics.electricity_price_eur_per_mwh = 200.0;
    let t = po_valley();
    let r = simulate(&p, &t);
    assert_eq!(r.summary.heat_pump_hours, 0.0);
    assert_eq!(r.summary.heat_delivered_mwh, 0.0);
    assert!(r.summary.heat_not_taken_too_dear_mwh > 0.0);
    assert!(codes(&r).contains(&"heat_not_taken"));
    // Run for CO2: bought anyway, and its cost-break-even warning fires.
    p.recovery.run_for_co2 = true;
    let r = simulate(&p, &t);
    assert_eq!(r.summary.heat_pump_hours, 8760.0);
    assert!(r.summary.heat_pump_hours_below_cost_breakeven_cop > 0.0);
    // Cheap electricity (50 €/MWh): 30 · 0.7 + 50 · 0.3 ≈ 36 < 48.9: bought without the flag.
    p.recovery.run_for_co2 = false;
    p.economics.electricity_price_eur_per_mwh = 50.0;
    let r = simulate(&p, &t);
    assert!(r.summary.heat_pump_hours > 8000.0);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 24, ..Default::default() })]

    /// Random plant lists, must-run months, costs, prices, stores and the run-for-CO2 flag:
    /// every hour balances, every flow is finite and non-negative, nothing displaced exceeds
    /// what was delivered.
    #[test]
    fn merit_order_balances_for_any_plants(
        kinds in proptest::collection::vec((0usize..7, 0.0..30.0f64, proptest::bool::ANY, 0u16..4096, -50.0..120.0f64, 0.0..400.0f64), 0..6),
        homes in 0.0..5000.0f64,
        volume in 0.0..3000.0f64,
        electricity in 0.0..400.0f64,
        run_for_co2 in proptest::bool::ANY,
    ) {
        let mut p = Params::default();
        p.network.homes = homes;
        p.storage.volume_m3 = volume;
        p.economics.electricity_price_eur_per_mwh = electricity;
        p.recovery.run_for_co2 = run_for_co2;
        let list: Vec<Plant> = kinds
            .iter()
            .map(|&(k, cap, must, months, cost, co2)| Plant {
                must_run_months: months,
                marginal_cost_eur_per_mwh: cost,
                co2_kg_per_mwh: co2,
                ..Plant::reference("p", PlantKind::ALL[k], cap, must)
            })
            .collect();
        p.network.plants = Plants::from_slice(&list);
        let r = simulate(&p, &po_valley());
        hourly_balance(&r);
        let h = &r.hourly;
        for i in 0..HOURS {
            for x in [h.must_run_kw[i], h.backup_kw[i], h.direct_kw[i], h.too_dear_kw[i], h.no_room_kw[i], h.displaced_co2_kg[i]] {
                proptest::prop_assert!(x.is_finite() && x >= -1e-9, "hour {i}: {x}");
            }
            // Taken + stored + not taken = offered.
            let offered = h.available_kw[i];
            let split = h.direct_kw[i] + h.charge_kw[i] + h.too_dear_kw[i] + h.no_room_kw[i];
            proptest::prop_assert!((split - offered).abs() <= 1e-9 * offered.max(1.0));
        }
        let s = &r.summary;
        proptest::prop_assert!((s.heat_displaced_by_kind_mwh.total() - s.heat_delivered_mwh).abs() <= 1e-6 * s.heat_delivered_mwh.max(1.0));
    }
}

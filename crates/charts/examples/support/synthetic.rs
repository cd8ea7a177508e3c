//! A plausible synthetic year for the examples and tests: a 2 MW (IT) data centre with
//! warm-water cooling and a heat pump, feeding a network of about 1,500 homes, with a small
//! tank. Not the model: simple formulas with the right shapes (sinusoidal weather, degree-hour
//! demand, weather-compensated supply, storage that shifts surplus to deficit).

#![allow(dead_code)]

use heat_twin_charts::data::{daily_totals, monthly_totals, CopBins};
use heat_twin_charts::EnergyFlows;
use std::f64::consts::PI;

/// Hourly columns (kW, °C) and their aggregates.
pub struct Year {
    pub t_out_c: Vec<f64>,
    pub supply_c: Vec<f64>,
    pub cop: Vec<f64>,
    pub demand_kw: Vec<f64>,
    pub available_kw: Vec<f64>,
    pub direct_kw: Vec<f64>,
    pub discharge_kw: Vec<f64>,
    pub delivered_kw: Vec<f64>,
    pub backup_kw: Vec<f64>,
    pub rejected_kw: Vec<f64>,
    pub daily_direct_mwh: Vec<f64>,
    pub daily_storage_mwh: Vec<f64>,
    pub daily_backup_mwh: Vec<f64>,
    pub daily_demand_mwh: Vec<f64>,
    pub daily_rejected_mwh: Vec<f64>,
    pub monthly_delivered_mwh: [f64; 12],
    pub monthly_backup_mwh: [f64; 12],
    pub monthly_rejected_mwh: [f64; 12],
    pub monthly_co2_t: [f64; 12],
    pub flows: EnergyFlows,
    pub bins: CopBins,
}

/// The synthetic year; `it_kw` scales the data centre (2,000 kW is the reference).
pub fn year(it_kw: f64) -> Year {
    let n = 8760;
    let mut y = Year {
        t_out_c: Vec::with_capacity(n),
        supply_c: Vec::with_capacity(n),
        cop: Vec::with_capacity(n),
        demand_kw: Vec::with_capacity(n),
        available_kw: Vec::with_capacity(n),
        direct_kw: Vec::with_capacity(n),
        discharge_kw: Vec::with_capacity(n),
        delivered_kw: Vec::with_capacity(n),
        backup_kw: Vec::with_capacity(n),
        rejected_kw: Vec::with_capacity(n),
        daily_direct_mwh: vec![],
        daily_storage_mwh: vec![],
        daily_backup_mwh: vec![],
        daily_demand_mwh: vec![],
        daily_rejected_mwh: vec![],
        monthly_delivered_mwh: [0.0; 12],
        monthly_backup_mwh: [0.0; 12],
        monthly_rejected_mwh: [0.0; 12],
        monthly_co2_t: [0.0; 12],
        flows: EnergyFlows::default(),
        bins: CopBins::default(),
    };
    let (e_max, p_st) = (12_000.0, 2_000.0); // tank: kWh, kW
    let mut content = e_max / 2.0;
    let (mut it_sum, mut cap_sum, mut used_sum, mut hp_el_sum, mut del_sum) =
        (0.0, 0.0, 0.0, 0.0, 0.0);
    let (mut demand_sum, mut loss_sum) = (0.0, 0.0);
    let mut hp_el = vec![0.0; n];
    for h in 0..n {
        let day = (h / 24) as f64;
        let hod = (h % 24) as f64;
        // Weather: Po valley-like, coldest mid January.
        let t = 13.0 - 10.5 * (2.0 * PI * (day - 15.0) / 365.0).cos()
            + 4.0 * (2.0 * PI * (hod - 15.0) / 24.0).cos()
            + 2.5 * (day * 0.7).sin() * (day * 0.13).cos();
        let supply = 75.0 + 15.0 * ((10.0 - t) / 10.0).clamp(0.0, 1.0);
        // Data centre: 90 % captured at 65 °C; heat pump lifts to supply (half the heating).
        let it = it_kw * (1.0 + 0.05 * (2.0 * PI * (hod - 14.0) / 24.0).cos());
        let cap = 0.9 * it;
        let lift = supply + 3.0 - 52.0;
        let cop = (0.58 * (supply + 273.15) / lift.max(10.0)).min(8.0);
        let s = 0.5;
        let g = (1.0 - s) + s * (1.0 - 1.0 / cop);
        let available = cap / g;
        // Network demand: degree hours + hot water + losses.
        let dhw_profile = [
            10., 6., 4., 4., 6., 15., 50., 92., 80., 60., 45., 40., 45., 40., 30., 30., 35., 45.,
            65., 88., 80., 65., 40., 25.,
        ];
        let sh = 260.0 * (16.0 - t).max(0.0);
        let dhw = 700.0 * 24.0 * dhw_profile[h % 24] / 1000.0;
        let losses = 300.0 * (supply + 50.0 - 20.0) / 112.5;
        let demand = sh + dhw + losses;
        // Dispatch.
        let direct = available.min(demand);
        let surplus = available - direct;
        let deficit = demand - direct;
        content *= 1.0 - 0.002 / 24.0;
        let charge = surplus.min(p_st).min(e_max - content);
        let discharge = deficit.min(p_st).min(content);
        content += charge - discharge;
        let backup = deficit - discharge;
        let used = direct + charge;
        let q_used = (g * used).min(cap);
        let w_hp = s * used / cop;
        y.t_out_c.push(t);
        y.supply_c.push(supply);
        y.cop.push(if used > 0.0 { cop } else { 0.0 });
        y.demand_kw.push(demand);
        y.available_kw.push(available);
        y.direct_kw.push(direct);
        y.discharge_kw.push(discharge);
        y.delivered_kw.push(direct + discharge);
        y.backup_kw.push(backup);
        y.rejected_kw.push(cap - q_used);
        hp_el[h] = w_hp;
        it_sum += it;
        cap_sum += cap;
        used_sum += q_used;
        hp_el_sum += w_hp;
        del_sum += direct + discharge;
        demand_sum += demand;
        loss_sum += losses;
    }
    y.daily_direct_mwh = daily_totals(&y.direct_kw, 24, 1e-3);
    y.daily_storage_mwh = daily_totals(&y.discharge_kw, 24, 1e-3);
    y.daily_backup_mwh = daily_totals(&y.backup_kw, 24, 1e-3);
    y.daily_demand_mwh = daily_totals(&y.demand_kw, 24, 1e-3);
    y.daily_rejected_mwh = daily_totals(&y.rejected_kw, 24, 1e-3);
    y.monthly_delivered_mwh = monthly_totals(&y.delivered_kw, 1e-3);
    y.monthly_backup_mwh = monthly_totals(&y.backup_kw, 1e-3);
    y.monthly_rejected_mwh = monthly_totals(&y.rejected_kw, 1e-3);
    let hp_monthly = monthly_totals(&hp_el, 1e-3);
    for ((co2, delivered), hp) in y
        .monthly_co2_t
        .iter_mut()
        .zip(&y.monthly_delivered_mwh)
        .zip(&hp_monthly)
    {
        let pump = 0.01 * delivered;
        *co2 = (delivered * 218.9 - (hp + pump) * 330.7) / 1000.0;
    }
    y.flows = EnergyFlows {
        it_electricity_mwh: it_sum / 1000.0,
        overhead_electricity_mwh: 0.3 * it_sum / 1000.0,
        heat_captured_mwh: cap_sum / 1000.0,
        dc_heat_used_mwh: used_sum / 1000.0,
        heat_pump_electricity_mwh: hp_el_sum / 1000.0,
        pumping_electricity_mwh: 0.01 * del_sum / 1000.0,
        heat_delivered_mwh: del_sum / 1000.0,
        network_losses_mwh: del_sum / 1000.0 * loss_sum / demand_sum,
        ..EnergyFlows::default() // no tank
    };
    y.bins = CopBins::from_hourly(&y.t_out_c, &y.supply_c, &y.cop);
    y
}

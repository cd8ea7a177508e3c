//! The connection pipe wired into the annual run (MODEL.md §9.1).

#![allow(clippy::unwrap_used)] // in a test a panic is the failure report

use heat_twin_model::params::Params;
use heat_twin_model::pipe::{mass_flow_kg_s, CATALOGUE};
use heat_twin_model::weather::builtin_year;
use heat_twin_model::{simulate, Results};

fn run(length_km: f64, dn: Option<u32>, flat_capex: bool) -> Results {
    let mut p = Params::default();
    p.connection.length_km = length_km;
    p.economics.pipe_length_km = length_km;
    p.connection.dn = dn;
    p.pipe_capex_given = flat_capex;
    simulate(&p, &builtin_year("po-valley").unwrap())
}

fn sum(column: &[f64]) -> f64 {
    column.iter().sum()
}

#[test]
fn length_zero_adds_no_loss_pumping_or_capex() {
    let r = run(0.0, None, false);
    let s = &r.summary;
    assert_eq!(s.connection_heat_loss_mwh, 0.0);
    assert_eq!(s.connection_pumping_mwh, 0.0);
    assert_eq!(s.connection_capex_eur, 0.0);
    assert_eq!(s.pipe_capex_eur, 0.0);
    assert!(r.hourly.connection_loss_kw.iter().all(|&x| x == 0.0));
    // The stations' own pumping alone: pumping_share × delivered.
    let p = Params::default();
    let expected = p.recovery.pumping_share * sum(&r.hourly.delivered_kw);
    assert!((sum(&r.hourly.pumping_kw) - expected).abs() <= 1e-9 * expected.max(1.0));
}

#[test]
fn the_loss_is_taken_out_of_the_heat_delivered() {
    let (none, piped) = (run(0.0, None, false), run(5.0, None, false));
    let (a, b) = (&none.summary, &piped.summary);
    assert!(b.connection_heat_loss_mwh > 0.0);
    // The loss equals the hourly column's sum, MWh.
    let column = sum(&piped.hourly.connection_loss_kw) / 1000.0;
    assert!((b.connection_heat_loss_mwh - column).abs() <= 1e-9 * column);
    // Heat balance at the plant (MODEL.md §9.1): Q_used + W_hp = direct + charge + loss.
    let h = &piped.hourly;
    let lhs = sum(&h.q_used_kw) + sum(&h.hp_electricity_kw);
    let rhs = sum(&h.direct_kw) + sum(&h.charge_kw) + sum(&h.connection_loss_kw);
    assert!((lhs - rhs).abs() <= 1e-9 * rhs, "{lhs} vs {rhs}");
    // The default plant uses all its captured heat with or without the pipe (the network needs
    // far more), so the loss comes out of the heat delivered: delivered falls by the loss.
    assert!((a.dc_heat_used_mwh - b.dc_heat_used_mwh).abs() < 1e-6 * a.dc_heat_used_mwh);
    let fall = a.heat_delivered_mwh - b.heat_delivered_mwh;
    assert!(
        (fall - b.connection_heat_loss_mwh).abs() < 0.02 * b.connection_heat_loss_mwh,
        "fall {fall} vs loss {}",
        b.connection_heat_loss_mwh
    );
    // Hand check of the size of the loss: 5 km of the chosen DN, series 2, kept warm at the
    // mean supply and 50 °C return over 10 °C ground: U·L·(T_s + T_r − 2·T_g) per hour, and the
    // carrying loss is a little less. U of the DN from the catalogue.
    let dn = b.connection_dn as u32;
    let size = CATALOGUE.iter().find(|s| s.dn == dn).unwrap();
    let u = size.u_w_per_m_k(heat_twin_model::pipe::Series::S2);
    let kept_warm_mwh = u * 5000.0 * (b.mean_supply_c + 50.0 - 20.0) * 8760.0 / 1e6;
    assert!(
        b.connection_heat_loss_mwh <= kept_warm_mwh * 1.0001
            && b.connection_heat_loss_mwh > 0.9 * kept_warm_mwh,
        "{} vs kept warm {kept_warm_mwh}",
        b.connection_heat_loss_mwh
    );
    // Route pumping is counted once, inside pumping_kw.
    let stations = Params::default().recovery.pumping_share * sum(&h.delivered_kw);
    let route = sum(&h.pumping_kw) - stations;
    assert!(b.connection_pumping_mwh > 0.0);
    assert!((route / 1000.0 - b.connection_pumping_mwh).abs() <= 1e-9 * route.max(1.0));
}

#[test]
fn automatic_dn_carries_the_design_heat_within_the_limits() {
    let r = run(1.0, None, false);
    let s = &r.summary;
    let dn = s.connection_dn as u32;
    // Design heat = the largest hour the plant could deliver (before the pipe): at most the
    // available plus the loss of that hour.
    let design_kw = r.hourly.available_kw.iter().fold(0.0_f64, |m, &a| m.max(a));
    let m = mass_flow_kg_s(design_kw, s.max_supply_c, 50.0);
    let size = CATALOGUE.iter().find(|x| x.dn == dn).unwrap();
    // Velocity in the chosen DN ≤ 3 m/s (with ~1 % slack for the loss added back).
    let area = std::f64::consts::PI * size.inner_m().powi(2) / 4.0;
    assert!(m / (970.0 * area) <= 3.0 * 1.01, "DN{dn}: {m} kg/s");
    // Capex: the DN's catalogue price × 1,000 m, and it replaces the flat 1,500 €/m.
    assert!((s.connection_capex_eur - size.capex_eur_per_m * 1000.0).abs() < 1e-6);
    assert_eq!(s.pipe_capex_eur, s.connection_capex_eur);
    // Given a flat price, the flat price is kept.
    let flat = run(1.0, None, true);
    assert_eq!(flat.summary.pipe_capex_eur, 1500.0 * 1000.0);
    assert_eq!(flat.summary.connection_capex_eur, s.connection_capex_eur);
}

#[test]
fn a_given_dn_is_used() {
    let r = run(1.0, Some(400), false);
    assert_eq!(r.summary.connection_dn, 400.0);
    // A larger pipe loses more heat than the automatic one (larger U).
    let auto = run(1.0, None, false);
    assert!(auto.summary.connection_dn < 400.0);
    assert!(r.summary.connection_heat_loss_mwh > auto.summary.connection_heat_loss_mwh);
}

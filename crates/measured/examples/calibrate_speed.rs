//! Times a four-parameter calibration of the model on the example year (natively; issue 10's
//! target is ≤ 0.5 s natively). Same fit as `tests/calibrate_model.rs`.
//!
//! ```text
//! cargo run -p heat-twin-measured --example calibrate_speed --release
//! ```

use std::time::Instant;

use heat_twin_measured::{hourly, load_csv, minimize, Bounds, LoadOptions, Options, Series};
use heat_twin_model::scenario::load_scenario;
use heat_twin_model::weather::load_weather;
use heat_twin_model::{Drivers, Simulator};

fn main() -> Result<(), String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let bytes = std::fs::read(format!("{root}/data/measured/example-15min.csv"))
        .map_err(|e| e.to_string())?;
    let measured = load_csv(&bytes, &LoadOptions::default()).map_err(|e| e.to_string())?;
    let json = std::fs::read_to_string(format!("{root}/scenarios/settimo-milanese.json"))
        .map_err(|e| e.to_string())?;
    let scenario = load_scenario(&json).map_err(|p| format!("{p:?}"))?;
    let t_out =
        load_weather(&scenario.weather, |_| Err("no file".into())).map_err(|e| e.to_string())?;
    let get = |s| {
        measured
            .get(s)
            .map(|h| h.values.clone())
            .ok_or("missing series")
    };
    let (it, heat) = (get(Series::ItKw)?, get(Series::HeatDeliveredKw)?);
    let (hp, demand) = (
        get(Series::HeatPumpElectricityKw)?,
        get(Series::NetworkDemandKw)?,
    );
    let mut sim = Simulator::new();
    let none = Drivers::none();
    let mut params = scenario.params;
    let t = Instant::now();
    let objective = |x: &[f64]| {
        params.data_centre.utilisation = x[0];
        params.data_centre.capture_share = x[1];
        params.recovery.hp_efficiency = x[2];
        params.network.home_heat_mwh = x[3];
        // As the page's and the CLI's calibration: the hourly columns only, no summary.
        let Ok(h) = sim.run_driven_hourly(&params, &t_out, &none) else {
            return f64::INFINITY;
        };
        [
            (&it, &h.p_it_kw),
            (&heat, &h.delivered_kw),
            (&hp, &h.hp_electricity_kw),
            (&demand, &h.demand_kw),
        ]
        .iter()
        .map(|(y, m)| hourly(y, m, 0).map_or(f64::INFINITY, |g| g.cv_rmse * g.cv_rmse))
        .sum::<f64>()
    };
    let bounds = [
        Bounds { lo: 0.3, hi: 1.0 },
        Bounds { lo: 0.3, hi: 0.95 },
        Bounds { lo: 0.3, hi: 1.0 },
        Bounds { lo: 5.0, hi: 20.0 },
    ];
    let fit = minimize(
        objective,
        &bounds,
        &[0.6, 0.8, 0.75, 15.0],
        Options::calibration(),
        |_| true,
    )
    .map_err(|e| e.to_string())?;
    let s = t.elapsed().as_secs_f64();
    println!(
        "4-parameter fit: x = {:?}, {} evaluations, {:.0} ms ({:.2} ms per evaluation)",
        fit.x,
        fit.evaluations,
        s * 1e3,
        s * 1e3 / fit.evaluations as f64
    );
    Ok(())
}

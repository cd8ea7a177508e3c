//! The shipped example `data/measured/example-15min.csv` loads as documented, and it matches the
//! model run it was generated from (a check of the whole path: timestamps → hours → averages).

use heat_twin_measured::{
    hourly, load_csv, monthly, LoadOptions, Series, HOURLY_LIMITS, P_DEFAULT,
};
use heat_twin_model::scenario::load_scenario;
use heat_twin_model::simulate;
use heat_twin_model::weather::load_weather;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

#[test]
fn example_loads_with_the_documented_gaps_and_matches_its_model_run() {
    let bytes =
        std::fs::read(format!("{ROOT}/data/measured/example-15min.csv")).expect("example file");
    let m = load_csv(&bytes, &LoadOptions::default()).expect("valid");
    assert_eq!(m.report.rows, 35_040);
    assert_eq!(m.report.rows_with_offset, 35_040);
    assert_eq!(m.report.years, vec![2023]);
    assert_eq!(m.series.len(), 6);
    // Documented outages: 10 March (24 h) and 15 September 08:00–14:00 (6 h) → 30 hours missing
    // in every series (a 1 % cell gap empties a whole hour with probability 1e-8: none expected).
    for s in &m.series {
        assert_eq!(s.hours_present(), 8760 - 30, "{:?}", s.series);
        assert!((s.missing_share() - 30.0 / 8760.0).abs() < 1e-12);
    }
    // 10 March = day 68 → hours 1,632…1,655 missing; 11 March 00:00 present.
    let it = &m.get(Series::ItKw).expect("it").values;
    assert!(it[1632..1656].iter().all(Option::is_none) && it[1656].is_some() && it[1631].is_some());

    let json = std::fs::read_to_string(format!("{ROOT}/scenarios/settimo-milanese.json"))
        .expect("scenario");
    let scenario = load_scenario(&json).expect("valid scenario");
    let t_out = load_weather(&scenario.weather, |_| Err("no file".into())).expect("weather");
    let r = simulate(&scenario.params, &t_out);
    // Noise σ = 2 % per quarter-hour → about 1 % on the hourly mean: CV(RMSE) ≈ 0.01, NMBE ≈ 0
    // (0.0159 measured with model version 2, whose network leaves summer heat untaken, so the
    // mean the CV is taken against is lower). A one-hour shift of the time mapping would raise
    // CV(RMSE) well above 0.03.
    let delivered = &m.get(Series::HeatDeliveredKw).expect("heat").values;
    let g = hourly(delivered, &r.hourly.delivered_kw, P_DEFAULT).expect("defined");
    assert_eq!(g.hours, 8730);
    assert!(g.nmbe.abs() < 0.002 && g.cv_rmse < 0.02, "{g:?}");
    assert!(g.within(&HOURLY_LIMITS));
    let gm = monthly(delivered, &r.hourly.delivered_kw, P_DEFAULT).expect("defined");
    assert_eq!(gm.n, 12);
    assert!(gm.cv_rmse < 0.005, "{gm:?}");
    let supply = &m.get(Series::SupplyC).expect("supply").values;
    let g = hourly(supply, &r.hourly.t_supply_c, P_DEFAULT).expect("defined");
    assert!(g.cv_rmse < 0.01, "{g:?}");
}

//! The project over its life, wired to the annual simulation (docs/model/life.md §4): the one
//! function the command line and the page both call.
//!
//! **Order.** The scenario is valid (a [`ValidScenario`]) → the design year runs at the ramp's
//! largest IT share (`with_it_share(params, design_share)`; with the default ramp `[1]` this
//! is the scenario's own annual run, unchanged) → its capex as built (docs/model/life.md §2,
//! computed inside every annual run and reported in its summary) gives each party's capex and
//! O&M (`om_share_of_capex ·` capex) → [`project_life`] prices every operating year. The
//! simulation runs once per distinct IT share of the life, the ramp's other shares first and
//! the design year last, so the simulator is left holding the design year's results.
//!
//! **Measured drivers.** A scenario with measured profiles (docs/model/measured.md §9) runs
//! every year of its life on them ([`Simulator::run_on`] with [`ValidScenario::drivers`]): the
//! measured year stands for every operating year; without profiles each run is
//! [`Simulator::run`], unchanged.
//!
//! **Prices in the physics.** Every annual run uses the scenario's (year-1) prices and grid
//! factor, so that the memo by IT share is exact: escalation and the grid path change the
//! money and the CO2 of each year, not the hourly dispatch (a heat-pump hour that is too dear
//! in year 1 stays untaken in later years). The cost of the heat displaced escalates with the
//! fuel price.

use serde_json::{json, Map, Value};

use crate::life::{
    project_life, with_it_share, year_physics, year_physics_of, Escalation, Life, LifeParams,
    MemoBy, YearInputs, YearPhysics, DEFAULT_START_YEAR,
};
use crate::params::Params;
use crate::prices::PriceSet;
use crate::results::{Monthly, Results, Summary};
use crate::scenario::ValidScenario;
use crate::simulation::Simulator;

/// The inputs of the project's life from a valid scenario and its design year's summary
/// (which carries each party's capex as built).
pub fn life_params(scenario: &ValidScenario, design: &Summary) -> LifeParams {
    let p = &scenario.params;
    let (e, q) = (&p.economics, &p.project);
    let om = e.om_share_of_capex;
    LifeParams {
        years: q.years,
        start_year: u16::try_from(q.start_year).unwrap_or(DEFAULT_START_YEAR),
        ramp: scenario.ramp.clone(),
        discount_rate: e.discount_rate,
        escalation: Escalation {
            electricity: q.electricity_escalation,
            fuel: q.fuel_escalation,
            heat: q.heat_escalation,
            carbon: q.carbon_escalation,
            om: q.om_escalation,
        },
        grid_path: scenario.grid_path.clone(),
        prices: PriceSet {
            electricity_eur_per_mwh: e.electricity_price_eur_per_mwh,
            fuel_eur_per_mwh: e.fuel_price_eur_per_mwh,
            heat_eur_per_mwh: e.heat_price_eur_per_mwh,
            district_heat_eur_per_mwh: q.country.prices().district_heat_eur_per_mwh,
            carbon_eur_per_t: q.carbon_price_eur_per_t,
            in_ets: q.in_ets,
            incentive_eur_per_mwh: q.incentive_eur_per_mwh,
            incentive_years: q.incentive_years,
            incentive_capex_share: q.incentive_capex_share,
            incentive_to: q.incentive_to,
        },
        capex_utility_eur: design.capex_utility_eur,
        capex_data_centre_eur: design.capex_data_centre_eur,
        om_utility_eur: om * design.capex_utility_eur,
        om_data_centre_eur: om * design.capex_data_centre_eur,
        memo: MemoBy::ItShare,
    }
}

/// The design year's parameters: the scenario's at the ramp's largest IT share (its own
/// parameters with the default ramp `[1]`).
pub fn design_params(scenario: &ValidScenario) -> Params {
    with_it_share(&scenario.params, design_share(scenario))
}

/// The life's shape (its years and ramp) of a scenario.
fn shape(scenario: &ValidScenario) -> LifeParams {
    LifeParams {
        ramp: scenario.ramp.clone(),
        years: scenario.params.project.years,
        ..LifeParams::default()
    }
}

fn design_share(scenario: &ValidScenario) -> f64 {
    shape(scenario).design_share()
}

/// The physics of the ramp's IT shares other than the design year's, each run once on `sim`
/// in the order the life first meets it.
fn other_years(
    scenario: &ValidScenario,
    t_out_c: &[f64],
    sim: &mut Simulator,
) -> Vec<(u64, YearPhysics)> {
    let base = &scenario.params;
    let shape = shape(scenario);
    let design_share = shape.design_share();
    let mut memo: Vec<(u64, YearPhysics)> = Vec::new();
    for k in 1..=shape.years.min(crate::life::MAX_YEARS) {
        let share = shape.it_share(k);
        if share.to_bits() != design_share.to_bits()
            && !memo.iter().any(|(bits, _)| *bits == share.to_bits())
        {
            let p = with_it_share(base, share);
            memo.push((
                share.to_bits(),
                year_physics(&p, sim.run_on(&p, t_out_c, &scenario.drivers)),
            ));
        }
    }
    memo
}

/// The life priced from the design year's `summary` and the physics of every IT share run
/// (`memo`, by the share's bits); a share missing from it (not reached: every share of the
/// life is run first) is run by `run` with its parameters.
fn price_life(
    scenario: &ValidScenario,
    summary: &Summary,
    memo: &[(u64, YearPhysics)],
    run: &mut dyn FnMut(&Params) -> YearPhysics,
) -> Life {
    let life = life_params(scenario, summary);
    project_life(&life, &mut |y: &YearInputs| match memo
        .iter()
        .find(|(bits, _)| *bits == y.it_share.to_bits())
    {
        Some((_, physics)) => *physics,
        None => run(&with_it_share(&scenario.params, y.it_share)),
    })
}

/// Runs the project: the design year on `sim` (whose results it returns) and every operating
/// year of the life (docs/model/life.md §4). `t_out_c` is the scenario's weather.
pub fn run_project<'s>(
    scenario: &ValidScenario,
    t_out_c: &[f64],
    sim: &'s mut Simulator,
) -> (&'s Results, Life) {
    // The ramp's other shares first, the design year last: its results stay in `sim`.
    let mut memo = other_years(scenario, t_out_c, sim);
    let design_params = design_params(scenario);
    let results = sim.run_on(&design_params, t_out_c, &scenario.drivers);
    memo.push((
        design_share(scenario).to_bits(),
        year_physics(&design_params, results),
    ));
    let summary = results.summary;
    let mut ran_again = false;
    let life = price_life(scenario, &summary, &memo, &mut |p| {
        ran_again = true;
        year_physics(p, sim.run_on(p, t_out_c, &scenario.drivers))
    });
    if ran_again {
        sim.run_on(&design_params, t_out_c, &scenario.drivers);
    }
    (sim.results(), life)
}

/// The project's life when its design year has already run elsewhere ([`design_params`] on
/// the same weather and drivers; `summary` and `monthly` its results): only the ramp's other
/// IT shares run, on `sim`. The same life as [`run_project`]'s, bit for bit (a simulator's
/// reuse never changes a result). The page runs the design year for the KPIs and this for the
/// life's panel (issue 14).
pub fn life_after_design(
    scenario: &ValidScenario,
    t_out_c: &[f64],
    summary: &Summary,
    monthly: &[Monthly; 12],
    sim: &mut Simulator,
) -> Life {
    let mut memo = other_years(scenario, t_out_c, sim);
    memo.push((
        design_share(scenario).to_bits(),
        year_physics_of(&design_params(scenario), summary, monthly),
    ));
    price_life(scenario, summary, &memo, &mut |p| {
        year_physics(p, sim.run_on(p, t_out_c, &scenario.drivers))
    })
}

/// The life's figures for the summary (docs/model/life.md §3; the `years` are apart): NPV,
/// IRR (null when undefined, `irr_*_undefined` the reason's code and `irr_*_reason` its
/// words), discounted paybacks, lifetime heat, CO2 and LCOH, and the annual runs made.
pub fn life_summary(life: &Life) -> Map<String, Value> {
    let mut map = match serde_json::to_value(life) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    };
    map.remove("years");
    for (party, why) in [
        ("utility", life.irr_utility_undefined),
        ("data_centre", life.irr_data_centre_undefined),
        ("system", life.irr_system_undefined),
    ] {
        map.insert(
            format!("irr_{party}_reason"),
            why.map_or(Value::Null, |w| json!(w.english())),
        );
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::load_scenario;
    use crate::weather::builtin_year;
    use approx::assert_relative_eq;

    fn run(json: &str) -> (Summary, Life) {
        let scenario = load_scenario(json).unwrap_or_else(|p| panic!("{p:?}"));
        let t = builtin_year("po-valley").unwrap_or_default();
        let mut sim = Simulator::new();
        let (results, life) = run_project(&scenario, &t, &mut sim);
        (results.summary, life)
    }

    #[test]
    fn year_one_equals_the_single_year_economics() {
        // Carbon and incentives off: year 1's flows are MODEL.md §9's benefits and year 0 is
        // minus each party's capex as built (life.md §3).
        let (s, life) = run(
            r#"{"economics": {"carbon_price_eur_per_t": 0, "heat_pump_owner": "data_centre"},
                "network": {"homes": 3000}}"#,
        );
        assert!(s.capex_data_centre_eur > 0.0 && s.capex_utility_eur > 0.0);
        assert_relative_eq!(life.years[0].cash_flow_utility_eur, -s.capex_utility_eur);
        assert_relative_eq!(
            life.years[0].cash_flow_data_centre_eur,
            -s.capex_data_centre_eur
        );
        let y1 = life.years[1];
        assert_relative_eq!(
            y1.cash_flow_utility_eur,
            s.utility_benefit_eur,
            max_relative = 1e-9
        );
        assert_relative_eq!(
            y1.cash_flow_data_centre_eur,
            s.dc_benefit_eur,
            max_relative = 1e-9
        );
        assert_relative_eq!(y1.heat_delivered_mwh, s.heat_delivered_mwh);
        // 25 years by default, one annual run (the design year's, reused).
        assert_eq!(life.years.len(), 26);
        assert_eq!(life.annual_runs, 1);
    }

    #[test]
    fn a_ramp_runs_each_share_once_and_keeps_the_design_year() {
        let (flat, _) = run("{}");
        let (s, life) =
            run(r#"{"data_centre": {"ramp": [0.25, 0.5, 1]}, "economics": {"years": 5}}"#);
        // The summary is the design year's (share 1): the same as without a ramp.
        assert_eq!(s, flat);
        assert_eq!(life.annual_runs, 3);
        let q: Vec<f64> = life.years.iter().map(|y| y.heat_delivered_mwh).collect();
        assert_eq!(q.len(), 6);
        assert!(q[1] < q[2] && q[2] < q[3], "{q:?}");
        assert_eq!(q[3], q[5]);
    }

    #[test]
    fn irr_reason_in_words() {
        let life = Life {
            irr_utility_undefined: Some(crate::life::IrrUndefined::NoSignChange),
            ..Life::default()
        };
        let m = life_summary(&life);
        assert_eq!(m["irr_utility"], Value::Null);
        assert_eq!(m["irr_utility_undefined"], json!("no_sign_change"));
        assert!(m["irr_utility_reason"]
            .as_str()
            .is_some_and(|w| w.contains("never change sign")));
        assert!(!m.contains_key("years"));
    }
}

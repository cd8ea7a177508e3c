//! One annual simulation per change, and the small snapshot of it that the views read.
//!
//! The simulator (all hourly columns, allocated once) lives in a thread-local and is reused;
//! the snapshot keeps only what the page shows (summary, monthly, warnings, daily sums for
//! the year chart, COP bins, energy flows), so one change costs one run plus a few passes over
//! 8,760 values. Views needing an hour (the plant view) or the hourly columns (the duration
//! curve, the CSV export) read the last run with [`with_results`].

use heat_twin_charts::data::CopBins;
use heat_twin_charts::EnergyFlows;
use heat_twin_model::life::Life;
use heat_twin_model::params::Params;
use heat_twin_model::scenario::ValidScenario;
use heat_twin_model::{Monthly, Results, Simulator, Summary, Warning};
use std::cell::RefCell;

thread_local! {
    static SIM: RefCell<Simulator> = RefCell::new(Simulator::new());
}

/// Daily sums of the year (365 values each, MWh/day).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Daily {
    /// Heat delivered directly.
    pub direct_mwh: Vec<f64>,
    /// Heat delivered from storage.
    pub storage_mwh: Vec<f64>,
    /// Heat from backup plants (empty when the network takes all heat).
    pub backup_mwh: Vec<f64>,
    /// Heat needed at the plant (empty when the network takes all heat).
    pub demand_mwh: Vec<f64>,
    /// Captured heat rejected.
    pub rejected_mwh: Vec<f64>,
}

/// What the page shows of one run.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    /// The parameters that were run.
    pub params: Params,
    /// Annual summary.
    pub summary: Summary,
    /// Monthly figures.
    pub monthly: [Monthly; 12],
    /// Warnings in English (code + sentence).
    pub warnings: Vec<Warning>,
    /// Daily sums for the year chart.
    pub daily: Daily,
    /// Supply temperature and COP binned by outdoor temperature.
    pub cop_bins: CopBins,
    /// Annual flows for the energy-flow chart.
    pub flows: EnergyFlows,
    /// The network takes all the heat: no demand, backup or share.
    pub takes_all_heat: bool,
    /// A counter that changes with every run (so memos always propagate).
    pub run_id: u64,
    /// The project over its life (docs/model/life.md; empty for a single-year run).
    pub life: Life,
}

thread_local! {
    static RUNS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Runs the year for `params` on `t_out_c` and returns its snapshot.
pub fn simulate(params: &Params, t_out_c: &[f64]) -> Snapshot {
    let run_id = RUNS.with(|r| {
        r.set(r.get() + 1);
        r.get()
    });
    SIM.with(|sim| {
        let mut sim = sim.borrow_mut();
        let results = crate::perf::time("simulation", || sim.run(params, t_out_c));
        crate::perf::time("snapshot", || snapshot(params, results, run_id))
    })
}

/// Runs the project of a valid scenario (docs/model/life.md §4: the design year, then each
/// operating year with its IT share) and returns the design year's snapshot with the life.
/// The snapshot's `params` are the design year's, so re-running them gives the same hours.
pub fn simulate_project(valid: &ValidScenario, t_out_c: &[f64]) -> Snapshot {
    let run_id = RUNS.with(|r| {
        r.set(r.get() + 1);
        r.get()
    });
    SIM.with(|sim| {
        let mut sim = sim.borrow_mut();
        let (results, life) = crate::perf::time("simulation", || {
            heat_twin_model::project::run_project(valid, t_out_c, &mut sim)
        });
        let share = valid.ramp.iter().copied().fold(0.0f64, f64::max);
        let params = heat_twin_model::life::with_it_share(&valid.params, share);
        let mut snap = crate::perf::time("snapshot", || snapshot(&params, results, run_id));
        snap.life = life;
        snap
    })
}

/// Calls `f` with the results of the last run (hourly columns included).
pub fn with_results<R>(f: impl FnOnce(&Results) -> R) -> R {
    SIM.with(|sim| f(sim.borrow().results()))
}

fn daily(column: &[f64]) -> Vec<f64> {
    column
        .chunks(24)
        .map(|day| day.iter().sum::<f64>() / 1000.0)
        .collect()
}

fn snapshot(params: &Params, r: &Results, run_id: u64) -> Snapshot {
    let h = &r.hourly;
    let s = &r.summary;
    let takes_all_heat = r.takes_all_heat;
    let daily = Daily {
        direct_mwh: daily(&h.direct_kw),
        storage_mwh: daily(&h.discharge_kw),
        backup_mwh: if takes_all_heat {
            Vec::new()
        } else {
            daily(&h.backup_kw)
        },
        demand_mwh: if takes_all_heat {
            Vec::new()
        } else {
            daily(&h.demand_kw)
        },
        rejected_mwh: daily(&h.rejected_kw),
    };
    let cop_bins = CopBins::from_hourly(&h.t_out_c, &h.t_supply_c, &h.cop);
    let losses = match (s.network_losses_mwh, s.network_demand_mwh) {
        (Some(l), Some(d)) if d > 0.0 => s.heat_delivered_mwh * l / d,
        _ => s.heat_delivered_mwh * params.network.loss_share,
    };
    let flows = EnergyFlows {
        it_electricity_mwh: s.it_energy_mwh,
        overhead_electricity_mwh: (s.dc_energy_mwh - s.it_energy_mwh).max(0.0),
        heat_captured_mwh: s.heat_captured_mwh,
        dc_heat_used_mwh: s.dc_heat_used_mwh,
        heat_pump_electricity_mwh: s.heat_pump_electricity_mwh,
        pumping_electricity_mwh: s.pumping_electricity_mwh,
        heat_delivered_mwh: s.heat_delivered_mwh,
        network_losses_mwh: losses,
        connection_loss_mwh: s.connection_heat_loss_mwh,
        ..crate::components::charts::tank_flows(s)
    };
    Snapshot {
        params: *params,
        summary: *s,
        monthly: r.monthly,
        warnings: r.warnings(),
        daily,
        cop_bins,
        flows,
        takes_all_heat,
        run_id,
        life: Life::default(),
    }
}

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
    /// The life's other years (see [`project_life`]).
    static LIFE_SIM: RefCell<Simulator> = RefCell::new(Simulator::new());
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

/// Runs the design year of a valid scenario (docs/model/life.md §4: at the ramp's largest IT
/// share; the scenario's own year with the default ramp) and returns its snapshot. The life's
/// other years run apart, in [`project_life`], one frame later on the page (issue 14): the
/// KPIs come from this run alone.
pub fn simulate_design(valid: &ValidScenario, t_out_c: &[f64]) -> Snapshot {
    let run_id = RUNS.with(|r| {
        r.set(r.get() + 1);
        r.get()
    });
    SIM.with(|sim| {
        let mut sim = sim.borrow_mut();
        let params = heat_twin_model::project::design_params(valid);
        let started = crate::perf::now_ms();
        let results = crate::perf::time("simulation", || {
            sim.run_on(&params, t_out_c, &valid.drivers)
        });
        note_run_ms(crate::perf::now_ms() - started);
        crate::perf::time("snapshot", || snapshot(&params, results, run_id))
    })
}

/// A design year's run that takes longer than this on the page marks a slow device (about 1 ms
/// on the 2-core build machine at full speed, 4 ms with Chromium's CPU slowed 4×), ms.
pub const SLOW_RUN_MS: f64 = 2.5;

thread_local! {
    /// The recent design-year runs' typical duration, ms (a moving average; 0 before any run).
    static RUN_MS: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

/// Adds one run's duration to the moving average (a quarter weight: a run slowed by a busy
/// moment moves it little).
fn note_run_ms(ms: f64) {
    if ms.is_finite() && ms >= 0.0 {
        RUN_MS.with(|r| {
            let before = r.get();
            r.set(if before == 0.0 {
                ms
            } else {
                0.75 * before + 0.25 * ms
            });
        });
    }
}

/// Whether this device runs the design year slower than [`SLOW_RUN_MS`] (a phone, or a
/// computer far slower than the build machine): the page's secondary panels then follow a
/// frame after the KPIs (src/components/late.rs). A measure of the model alone, so it does not
/// change when the page splits its work.
pub fn slow_device() -> bool {
    FORCED
        .with(std::cell::Cell::get)
        .unwrap_or_else(|| RUN_MS.with(std::cell::Cell::get) > SLOW_RUN_MS)
}

thread_local! {
    /// What [`slow_device`] answers whatever the runs take (`None`: measured).
    static FORCED: std::cell::Cell<Option<bool>> = const { std::cell::Cell::new(None) };
}

/// Makes [`slow_device`] answer `slow` whatever the runs take, or go back to measuring with
/// `None` (the browser tests of src/components/late.rs try both kinds of device on a debug
/// build, whose runs are all slow).
pub fn force_slow_device(slow: Option<bool>) {
    FORCED.with(|f| f.set(slow));
}

/// The project over its life from the design year in `design` (a [`simulate_design`] of
/// `valid` on `t_out_c`): the ramp's other IT shares run on a simulator of their own, so the
/// design year's hourly results stay where the charts and exports read them. The same life as
/// `heat_twin_model::project::run_project`'s, bit for bit.
pub fn project_life(valid: &ValidScenario, t_out_c: &[f64], design: &Snapshot) -> Life {
    LIFE_SIM.with(|sim| {
        crate::perf::time("life", || {
            heat_twin_model::project::life_after_design(
                valid,
                t_out_c,
                &design.summary,
                &design.monthly,
                &mut sim.borrow_mut(),
            )
        })
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
    }
}

//! `Simulator::run` allocates nothing once its workspace is warm: a slider can re-run the year
//! on every move without touching the allocator.
//!
//! The counting global allocator is `stats_alloc`'s instrumented `System` allocator, so this
//! test needs no `unsafe` of its own (the workspace forbids it).

#![allow(clippy::unwrap_used)] // in a test a panic is the failure report

use std::alloc::System;

use heat_twin_model::network::plants::{Plant, PlantKind, Plants};
use heat_twin_model::params::Params;
use heat_twin_model::weather::builtin_year;
use heat_twin_model::Simulator;
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Allocations and reallocations made while `f` runs (the test is this binary's only one, so
/// no other test thread allocates meanwhile).
fn allocations_during(f: impl FnOnce()) -> usize {
    let region = Region::new(GLOBAL);
    f();
    let stats = region.change();
    stats.allocations + stats.reallocations
}

/// One test function only: the test harness's other threads would allocate concurrently.
#[test]
fn warm_simulator_runs_without_allocating() {
    let t_out = builtin_year("po-valley").unwrap();
    let default = Params::default();
    let mut storage = Params::default();
    storage.storage.volume_m3 = 6000.0;
    storage.network.homes = 1500.0;
    let mut credit = storage;
    credit.emissions.credit_avoided_cooling = true;
    credit.recovery.heat_pump_max_mw = 0.5;
    // Version 2: a list of plants in merit order, must-run months and run-for-CO2.
    let mut plants = storage;
    let mut wte = Plant::reference("WtE", PlantKind::WasteToEnergy, 1.0, true);
    wte.must_run_months = 0b0000_1111_0000;
    let list = [
        Plant::reference("boilers", PlantKind::GasBoiler, 5.0, false),
        wte,
        Plant::reference("CHP", PlantKind::Chp, 1.0, false),
    ];
    plants.network.plants = Plants::from_slice(&list);
    plants.recovery.run_for_co2 = true;
    // The store's look-ahead (MODEL.md §6): its before-store column is part of the workspace.
    let mut peak = plants;
    peak.storage.dispatch = heat_twin_model::params::StorageDispatch::Peak;

    let mut sim = Simulator::new();
    sim.run(&default, &t_out);
    for params in [default, storage, credit, plants, peak, storage, default] {
        let n = allocations_during(|| {
            std::hint::black_box(sim.run(&params, &t_out));
        });
        assert_eq!(n, 0, "run allocated {n} times");
    }
    // The weather changing is no reason to allocate either.
    let warmer: Vec<f64> = t_out.iter().map(|t| t + 2.0).collect();
    let n = allocations_during(|| {
        std::hint::black_box(sim.run(&storage, &warmer));
    });
    assert_eq!(n, 0, "run with new weather allocated {n} times");
    // Measured drivers (docs/model/measured.md §9): the merged weather column is allocated on
    // the first driven run, then reused.
    let mut drivers = heat_twin_model::Drivers::none();
    let h = &sim.results().hourly;
    let (it, supply): (Vec<f64>, Vec<f64>) = (h.p_it_kw.to_vec(), h.t_supply_c.to_vec());
    let demand = h.demand_kw.to_vec();
    use heat_twin_model::Driver;
    drivers.set(Driver::ItKw, &it).unwrap();
    drivers.set(Driver::OutdoorC, &warmer).unwrap();
    drivers.set(Driver::DemandKw, &demand).unwrap();
    drivers.set(Driver::SupplyC, &supply).unwrap();
    sim.run_driven(&storage, &t_out, &drivers).unwrap();
    let n = allocations_during(|| {
        std::hint::black_box(sim.run_driven(&storage, &t_out, &drivers).unwrap());
    });
    assert_eq!(n, 0, "a warm driven run allocated {n} times");
    // The counter works: the summary's JSON does allocate, and a fresh simulator does too.
    assert!(allocations_during(|| drop(serde_json::to_string(&sim.results().summary))) > 0);
    assert!(allocations_during(|| drop(std::hint::black_box(Simulator::new()))) > 0);
}

//! `Simulator::run` allocates nothing once its workspace is warm: a slider can re-run the year
//! on every move without touching the allocator.
//!
//! PENDING: the workspace sets `unsafe_code = "forbid"`, which no `#![allow]` can relax, and a
//! counting allocator needs `unsafe impl GlobalAlloc`. Until the workspace lint is `"deny"`
//! (which this file's `#![allow(unsafe_code)]` does override), the test compiles only with
//! `RUSTFLAGS="--cfg heat_twin_alloc_count --cap-lints warn"`; it passes that way. Once the lint
//! is relaxed, delete the `cfg` line below.

#![allow(unexpected_cfgs)]
#![cfg(heat_twin_alloc_count)]
// A counting global allocator has to implement `GlobalAlloc`, whose methods are `unsafe fn`s by
// definition; the workspace forbids `unsafe` everywhere else. The impl only forwards to
// `std::alloc::System` after bumping a counter, so it upholds `GlobalAlloc`'s contract exactly
// as `System` does.
#![allow(unsafe_code)]
#![allow(clippy::unwrap_used)] // in a test a panic is the failure report

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use heat_twin_model::params::Params;
use heat_twin_model::weather::builtin_year;
use heat_twin_model::Simulator;

/// `System`, counting every allocation and reallocation.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every method forwards its arguments unchanged to `System`, which implements
// `GlobalAlloc` soundly; counting touches only an atomic.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations made by `f` on this thread's watch (the test runs alone in its binary's only
/// test, so no other thread allocates meanwhile).
fn allocations_during(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    f();
    ALLOCATIONS.load(Ordering::SeqCst) - before
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

    let mut sim = Simulator::new();
    sim.run(&default, &t_out);
    for params in [default, storage, credit, default] {
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
    // The counter works: the summary's JSON does allocate.
    assert!(allocations_during(|| drop(serde_json::to_string(&sim.results().summary))) > 0);
}

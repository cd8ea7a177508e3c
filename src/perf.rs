//! Timings of the page's stages in the browser (simulation, chart drawing, plant view), for the
//! in-browser speed benchmark `tests/bench/speed.mjs`, which reads them with
//! `window.wasmBindings.heat_twin_perf_take()`. Natively, [`time`] just runs its closure.

#[cfg(target_arch = "wasm32")]
use std::cell::RefCell;

#[cfg(target_arch = "wasm32")]
thread_local! {
    static LOG: RefCell<Vec<(&'static str, f64)>> = const { RefCell::new(Vec::new()) };
}

/// At most this many timings are kept (the oldest are dropped).
#[cfg(target_arch = "wasm32")]
const KEEP: usize = 20_000;

/// The page's clock, ms since it opened (`performance.now()`; 0 off the browser or without a
/// window).
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

/// Runs `f`, recording how long it took under `stage` (milliseconds, `performance.now()`).
pub fn time<R>(stage: &'static str, f: impl FnOnce() -> R) -> R {
    #[cfg(target_arch = "wasm32")]
    {
        let perf = web_sys::window().and_then(|w| w.performance());
        let t0 = perf.as_ref().map(|p| p.now());
        let r = f();
        if let (Some(p), Some(t0)) = (perf, t0) {
            let ms = p.now() - t0;
            LOG.with(|log| {
                let mut log = log.borrow_mut();
                if log.len() >= KEEP {
                    log.remove(0);
                }
                log.push((stage, ms));
            });
        }
        r
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = stage;
        f()
    }
}

/// The timings recorded since the last call, as JSON `{"stage": [ms, …], …}`; clears them.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn heat_twin_perf_take() -> String {
    let log = LOG.with(|log| std::mem::take(&mut *log.borrow_mut()));
    let mut stages: Vec<(&'static str, Vec<f64>)> = Vec::new();
    for (stage, ms) in log {
        match stages.iter_mut().find(|(s, _)| *s == stage) {
            Some((_, v)) => v.push(ms),
            None => stages.push((stage, vec![ms])),
        }
    }
    let parts: Vec<String> = stages
        .iter()
        .map(|(s, v)| {
            let nums: Vec<String> = v.iter().map(|x| format!("{x}")).collect();
            format!("\"{s}\":[{}]", nums.join(","))
        })
        .collect();
    format!("{{{}}}", parts.join(","))
}

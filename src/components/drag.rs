//! Paced model runs while a slider is dragged (issue 14, speed on the devices people hold).
//!
//! A drag gives the model at most one run per animation frame (src/components/field.rs). On a
//! fast machine a run and the page's updates after it (the KPIs, the headline, the warnings,
//! style, layout, paint) fit in a frame and every frame runs. On a slow phone they take two or
//! three frames' worth of time (about 50 ms with Chromium's CPU slowed 4×), so a run every
//! frame left no frame smooth: after a run whose frame took c ms, more than [`SMOOTH_MS`], the
//! next run waits until about `c` ms more have passed. The KPIs still follow every run and the
//! last value of a drag is always run: only runs for values already passed are skipped.

use crate::perf::now_ms;
use leptos::prelude::request_animation_frame;

/// A frame at 60 Hz lasts 16.7 ms; one that took up to this is smooth enough to run again in
/// the next frame.
pub const SMOOTH_MS: f64 = 20.0;

/// After a run whose frame took c ms, the next run waits `FACTOR`·c ms after that frame: the
/// runs take at most about half the main thread during a drag, and the frames between them
/// stay smooth (the scrolling, the slider's thumb, the paced charts).
pub const FACTOR: f64 = 1.0;

thread_local! {
    /// When the next run may start (`performance.now()`, ms), shared by every slider.
    static NEXT_MS: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
    /// Runs asked for and not yet run.
    static PENDING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// A run took place in this frame (cleared in the next one).
    static RAN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// The last run's frame was slower than [`SMOOTH_MS`]: runs are being paced.
    static SLOW: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// When a slider last moved (`performance.now()`, ms; never: -∞).
    static LAST_INPUT_MS: std::cell::Cell<f64> = const { std::cell::Cell::new(f64::NEG_INFINITY) };
}

/// How long after a slider's last move the page counts as being dragged, ms.
pub const HELD_MS: f64 = 300.0;

/// Notes that a slider moved (every `input` event of a drag).
pub fn note_input() {
    LAST_INPUT_MS.with(|t| t.set(now_ms()));
}

/// Whether a slider moved in the last [`HELD_MS`]: the instruments' pool then leaves one core
/// to the page (src/instruments/pool.rs, issue 9: a drag drops no frame while they run).
pub fn dragging() -> bool {
    now_ms() - LAST_INPUT_MS.with(std::cell::Cell::get) < HELD_MS
}

/// Whether this animation frame belongs to a model run on a slow device: one ran in it, or
/// one is waiting and due. The paced charts (src/components/charts/pace.rs) then wait for
/// another frame, so that a chart and a run never share a frame (together they made the long
/// tasks of a drag). Always false on a device where a run fits in a frame.
pub fn frame_taken() -> bool {
    SLOW.with(std::cell::Cell::get)
        && (RAN.with(std::cell::Cell::get)
            || (PENDING.with(std::cell::Cell::get) > 0
                && now_ms() >= NEXT_MS.with(std::cell::Cell::get)))
}

/// When the next run may start after a run that started at `started` and whose frame ended
/// at `ended` (both ms): at once when the frame was smooth, else `FACTOR`·(its length) later.
pub fn next_run_ms(started: f64, ended: f64) -> f64 {
    let cost = ended - started;
    if cost > SMOOTH_MS {
        ended + FACTOR * cost
    } else {
        0.0
    }
}

/// Runs `run` in a coming animation frame: the next one when the last paced run's frame was
/// smooth, else the first one after [`next_run_ms`].
pub fn run_paced(run: impl FnOnce() + 'static) {
    PENDING.with(|p| p.set(p.get() + 1));
    in_a_frame(run);
}

fn in_a_frame(run: impl FnOnce() + 'static) {
    request_animation_frame(move || {
        let started = now_ms();
        if started < NEXT_MS.with(std::cell::Cell::get) {
            in_a_frame(run); // too soon after the last run: wait another frame
            return;
        }
        PENDING.with(|p| p.set(p.get().saturating_sub(1)));
        RAN.with(|r| r.set(true));
        run();
        // The next frame's start tells what this run cost: the model, the page's updates (the
        // effects after this callback), style, layout and paint.
        request_animation_frame(move || {
            let next = next_run_ms(started, now_ms());
            NEXT_MS.with(|n| n.set(next));
            SLOW.with(|s| s.set(next > 0.0));
            RAN.with(|r| r.set(false));
        });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_smooth_frame_lets_the_next_run_come_at_once() {
        // 12 ms of work in a 16.7 ms frame: no wait.
        assert_eq!(next_run_ms(100.0, 116.7), 0.0);
        assert_eq!(next_run_ms(100.0, 100.0 + SMOOTH_MS), 0.0);
    }

    #[test]
    fn a_slow_frame_holds_the_next_run_for_as_long_again() {
        // A 50 ms frame from 100 to 150 ms: the next run not before 150 + 1·50 = 200 ms, so
        // about three 16.7 ms frames in between are left to the page.
        assert_eq!(next_run_ms(100.0, 150.0), 200.0);
        // 100 ms frame: 100 ms wait.
        assert_eq!(next_run_ms(0.0, 100.0), 200.0);
    }
}

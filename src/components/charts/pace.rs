//! Paced chart redraws: in an animation frame, one chart per frame, and less often on a slow
//! device.

use crate::perf::now_ms;
use leptos::prelude::*;

/// After a draw of d ms, no paced chart draws again before `FACTOR`·d ms have passed: the
/// charts take at most about a sixth of the main thread during a drag, whatever their
/// number, and the KPIs (never paced) keep the rest.
const FACTOR: f64 = 6.0;

thread_local! {
    /// When the next paced draw may start (`performance.now()`, ms), shared by every
    /// [`Pacer`] so that two charts on screen (the year chart and the cash flow) take turns
    /// instead of drawing in the same frame.
    static NEXT_MS: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

/// Paces one chart's redraws: at most one pending per animation frame, drawn in a frame when
/// no other paced draw ran in the last `FACTOR`·d ms (a chart on a slow phone follows at a
/// lower rate than the KPIs, and catches up with the last run once the input pauses).
#[derive(Clone, Default)]
pub(crate) struct Pacer(std::rc::Rc<PacerState>);

#[derive(Default)]
struct PacerState {
    pending: std::cell::Cell<bool>,
}

impl Pacer {
    /// Runs `draw` in a coming animation frame (once however often it is asked before then).
    pub(crate) fn schedule(&self, draw: impl Fn() + 'static) {
        if self.0.pending.replace(true) {
            return;
        }
        let state = self.0.clone();
        pace(state, std::rc::Rc::new(draw));
    }
}

fn pace(state: std::rc::Rc<PacerState>, draw: std::rc::Rc<dyn Fn()>) {
    request_animation_frame(move || {
        let t0 = now_ms();
        if t0 < NEXT_MS.with(|n| n.get()) || crate::components::drag::frame_taken() {
            // Too soon after the last draw, or the frame of a model run on a slow device
            // (src/components/drag.rs): wait another frame.
            pace(state, draw);
            return;
        }
        state.pending.set(false);
        draw();
        let took = now_ms() - t0;
        NEXT_MS.with(|n| n.set(t0 + FACTOR * took));
    });
}

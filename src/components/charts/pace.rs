//! Paced chart redraws: in an animation frame, and less often on a slow device.

use leptos::prelude::*;

/// Paces redraws: at most one pending per animation frame, and after a draw of d ms the next
/// waits at least 2·d ms (a chart on a slow phone follows at a lower rate than the KPIs).
#[derive(Clone, Default)]
pub(super) struct Pacer(std::rc::Rc<PacerState>);

#[derive(Default)]
struct PacerState {
    pending: std::cell::Cell<bool>,
    next_ms: std::cell::Cell<f64>,
}

impl Pacer {
    /// Runs `draw` in a coming animation frame (once however often it is asked before then).
    pub(super) fn schedule(&self, draw: impl Fn() + 'static) {
        if self.0.pending.replace(true) {
            return;
        }
        let state = self.0.clone();
        pace(state, std::rc::Rc::new(draw));
    }
}

fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.performance())
            .map(|p| p.now())
            .unwrap_or(0.0)
    }
    #[cfg(not(target_arch = "wasm32"))]
    0.0
}

fn pace(state: std::rc::Rc<PacerState>, draw: std::rc::Rc<dyn Fn()>) {
    request_animation_frame(move || {
        let t0 = now_ms();
        if t0 < state.next_ms.get() {
            pace(state, draw); // too soon after the last draw: wait another frame
            return;
        }
        state.pending.set(false);
        draw();
        let took = now_ms() - t0;
        state.next_ms.set(t0 + 3.0 * took);
    });
}

//! The printed report, following the page once the input pauses.
//!
//! The report (hidden on screen, shown when printing) rebuilds its tables of inputs and KPIs
//! and its chart descriptions from the run: doing that on every input of a slider drag cost as
//! much as the rest of the page's updates on a slow phone. Here it sees the checked scenario
//! and the run through memos that follow the page's own [`SETTLE_MS`] after the last change,
//! and at once on `beforeprint` (this listener is installed before the report's own, so the
//! report reads the current run when it redraws its charts for printing). Its name,
//! description and link follow the scenario as before, on every change.

use crate::components::report::Report;
use crate::state::Twin;
use leptos::prelude::*;
use std::time::Duration;

/// How long the input must pause before the report follows, ms (less than the report's own
/// 400 ms before it redraws its charts, so those charts show the settled run).
pub const SETTLE_MS: u64 = 150;

/// `twin` with its checked scenario and run seen as they were when the input last paused.
pub fn settled(twin: Twin) -> Twin {
    let tick = RwSignal::new(0u64);
    let bump = move || tick.update(|t| *t = t.wrapping_add(1));
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |first: Option<()>| {
        twin.snapshot.track();
        twin.valid.track();
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        if first.is_none() {
            return;
        }
        let handle = set_timeout_with_handle(bump, Duration::from_millis(SETTLE_MS));
        pending.set_value(handle.ok());
    });
    let _print = window_event_listener_untyped("beforeprint", move |_| {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        bump();
    });
    let valid = Memo::new(move |_| {
        tick.track();
        twin.valid.get_untracked()
    });
    let snapshot = Memo::new(move |_| {
        tick.track();
        twin.snapshot.get_untracked()
    });
    twin.with_views(valid, snapshot)
}

/// The report, seeing the settled run (see the module's documentation).
#[component]
pub fn SettledReport() -> impl IntoView {
    let twin = Twin::use_twin();
    provide_context(settled(twin));
    view! { <Report /> }
}

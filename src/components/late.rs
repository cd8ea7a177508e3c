//! The page's secondary panels one animation frame behind the KPIs (issue 14, a slow phone).
//!
//! After every model run the whole page used to follow in one task: the KPIs and the headline,
//! but also the published table, the warnings, the project's life (its IRR and NPV), the plant
//! diagram, the compare table and the Method panel's tables. With Chromium's CPU slowed 4× that
//! task, with its style, layout and paint, took 40–120 ms during a drag (a long task each time).
//! On such a device (the design year's run takes more than [`crate::run::SLOW_RUN_MS`]) the
//! panels provided with [`late`]'s view of the twin see the checked scenario and the run of the
//! frame before: the run's own frame updates the KPIs, the headline and the sliders; the next
//! frame updates these panels. Nothing is skipped: every run reaches every panel, one frame
//! (16.7 ms at 60 Hz) later, and at once on `beforeprint`. Where runs fit in a frame the panels
//! follow in the run's own task, as before. The scenario itself (what the user edits) is
//! shared, never late. The charts keep the live view: they are paced on their own
//! (src/components/charts/pace.rs) and never draw in a run's frame; following this view they
//! drew in its frame instead, which measured worse.

use crate::run::Snapshot;
use crate::state::Twin;
use heat_twin_model::scenario::{Problem, ValidScenario};
use leptos::prelude::*;
use std::sync::Arc;

/// `twin` with its checked scenario and run as they were one animation frame ago.
pub fn late(twin: Twin) -> Twin {
    let tick = RwSignal::new(0u64);
    let bump = move || tick.update(|t| *t = t.wrapping_add(1));
    // A frame is asked for and has not come yet (several runs before it: one update).
    let asked = StoredValue::new(false);
    Effect::new(move |first: Option<()>| {
        twin.snapshot.track();
        twin.valid.track();
        if first.is_none() || asked.get_value() {
            return;
        }
        if !crate::run::slow_device() {
            // A device whose runs fit in a frame: the panels follow in the same task (a
            // second frame's style, layout and paint would cost more than it saves: 13.7 →
            // 16.5 ms of main thread per input of a drag at full speed).
            bump();
            return;
        }
        asked.set_value(true);
        request_animation_frame(move || {
            asked.set_value(false);
            bump();
        });
    });
    let _print = window_event_listener_untyped("beforeprint", move |_| bump());
    let valid: Memo<Result<ValidScenario, Vec<Problem>>> = Memo::new(move |_| {
        tick.track();
        twin.valid.get_untracked()
    });
    let snapshot: Memo<Option<Arc<Snapshot>>> = Memo::new_with_compare(
        move |_| {
            tick.track();
            twin.snapshot.get_untracked()
        },
        crate::state::another_run,
    );
    twin.with_views(valid, snapshot)
}

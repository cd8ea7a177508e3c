//! The headline: heat delivered, homes and CO2 in one line. On a phone it stays at the top of
//! the screen while the controls scroll under it, so a slider's effect is always in view; for
//! screen readers it is the live region that announces the result after a change.

use crate::format::{readable, NumberStyle};
use crate::state::Twin;
use leptos::prelude::*;

/// The headline bar.
#[component]
pub fn Headline() -> impl IntoView {
    let twin = Twin::use_twin();
    let text = move || {
        twin.snapshot.get().map(|s| {
            let n = |x: f64| readable(x, NumberStyle::EN);
            let sum = &s.summary;
            format!(
                "{} MWh/yr of heat · {} homes · {} t CO2 avoided a year",
                n(sum.heat_delivered_mwh),
                n(sum.homes_equivalent),
                n(sum.co2_avoided_t)
            )
        })
    };
    view! {
        <div class="headline-bar" role="status" aria-live="polite" aria-atomic="true" data-control="headline">
            {move || text().unwrap_or_else(|| "The scenario cannot run: see the messages below.".into())}
        </div>
    }
}

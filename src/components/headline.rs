//! The headline: heat delivered, homes and CO2 in one line. On a phone it stays at the top of
//! the screen while the controls scroll under it, so a slider's effect is always in view; for
//! screen readers it is the live region that announces the result after a change.

use crate::i18n::{Arg, I18n};
use crate::state::Twin;
use leptos::prelude::*;

/// The headline bar.
#[component]
pub fn Headline() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let text = move || {
        twin.snapshot.get().map(|s| {
            let n = |x: f64| Arg::Text(i18n.num(x));
            let sum = &s.summary;
            i18n.t_args(
                "headline",
                &[
                    ("heat", n(sum.heat_delivered_mwh)),
                    ("homes", n(sum.homes_equivalent)),
                    ("co2", n(sum.co2_avoided_t)),
                ],
            )
        })
    };
    view! {
        <div class="headline-bar" role="status" aria-live="polite" aria-atomic="true" data-control="headline">
            {move || text().unwrap_or_else(|| i18n.t("headline-cannot-run"))}
        </div>
    }
}

//! The instruments' panel: the collapsible group holding goal seek, sweeps and uncertainty,
//! and the status line they share (`[data-status="instrument"]`, progress, cancel).

use super::{seek, sweep, uncertainty, worker, Kind, Lab, RunState};
use crate::i18n::{Arg, I18n};
use leptos::prelude::*;

/// The status line: `[data-status="instrument"]` with its `data-state`, the progress and
/// the failure's message.
#[component]
fn Status() -> impl IntoView {
    let lab = Lab::get();
    let i18n = I18n::use_i18n();
    let text = move || match lab.state.get() {
        RunState::Idle => String::new(),
        RunState::Running => match lab.progress.get() {
            Some((done, total)) => i18n.t_args(
                "instr-running-progress",
                &[
                    ("done", Arg::Text(i18n.fixed(done as f64, 0))),
                    ("total", Arg::Text(i18n.fixed(total as f64, 0))),
                ],
            ),
            None => i18n.t("instr-running"),
        },
        RunState::Done => i18n.t_args(
            "instr-done",
            &[(
                "ms",
                Arg::Text(i18n.fixed(lab.elapsed_ms.get().unwrap_or(0.0), 0)),
            )],
        ),
        RunState::Cancelled => i18n.t("instr-cancelled"),
        RunState::Failed => i18n.t_args(
            "instr-failed",
            &[("message", Arg::Text(lab.message.get().unwrap_or_default()))],
        ),
    };
    view! {
        <div class="instr-status">
            <p data-status="instrument" data-state=move || lab.state.get().code()
                data-elapsed-ms=move || lab.elapsed_ms.get().map(|ms| format!("{ms:?}"))
                data-kind=move || lab.kind.get().map(|k| match k {
                    Kind::Seek => "seek",
                    Kind::Uncertainty => "uncertainty",
                    Kind::Sweep => "sweep",
                }) role="status"
                aria-live="polite">{text}</p>
            <Show when=move || lab.progress.with(Option::is_some)>
                <progress max=move || lab.progress.get().map(|p| p.1).unwrap_or(1)
                    value=move || lab.progress.get().map(|p| p.0).unwrap_or(0)></progress>
            </Show>
            <button type="button" data-action="cancel"
                disabled=move || lab.state.get() != RunState::Running
                on:click=move |_| lab.cancel()>{move || i18n.t("instr-cancel")}</button>
        </div>
    }
}

/// The instruments' panel: a collapsible group with goal seek, sweeps and uncertainty.
#[component]
pub fn Instruments() -> impl IntoView {
    let i18n = I18n::use_i18n();
    let lab = Lab::get();
    let details = NodeRef::<leptos::html::Details>::new();
    // A link that asks the instruments opens their panel.
    Effect::new(move |_| {
        if lab.restored.with(Option::is_some) {
            if let Some(d) = details.get() {
                d.set_open(true);
            }
        }
    });
    view! {
        <details class="instruments" data-group="instruments" node_ref=details
            on:toggle=move |_| {
                // Opened: start the pool's workers now, so the first run need not wait for
                // their wasm.
                if details.get_untracked().is_some_and(|d| d.open()) {
                    worker::warm(lab);
                }
            }>
            <summary>{move || i18n.t("instr-title")}</summary>
            <p class="instr-intro">{move || i18n.t("instr-intro")}</p>
            <Status />
            <seek::GoalSeek />
            <sweep::Sweep />
            <uncertainty::Uncertainty />
        </details>
    }
}

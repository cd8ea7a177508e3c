//! The calibration's buttons and result: `calibrate-run` (the search in slices of about 20 ms
//! on the main thread), the fitted values beside the scenario's, the objective and the
//! statistics after, `calibrate-apply` (the fitted values into the scenario) and
//! `calibrate-undo` (the scenario as it was before applying).

use super::calibrate::{Fit, Job};
use super::load::Loaded;
use super::view::series_label;
use crate::i18n::{Arg, I18n};
use crate::perf::now_ms;
use crate::state::Twin;
use heat_twin_measured::Status;
use heat_twin_model::scenario::Scenario;
use leptos::prelude::*;
use std::sync::Arc;

/// Resumes in a later task (a `setTimeout` of 0), so the page can draw and take input.
async fn next_task() {
    #[cfg(target_arch = "wasm32")]
    {
        let p = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(p).await;
    }
}

/// Steps `job` in slices of about 20 ms, yielding to the page between them and reporting the
/// annual runs so far; `None` when a newer run (`token` moved on) replaced it.
async fn run_sliced(
    mut job: Job,
    token: StoredValue<u32>,
    mine: u32,
    progress: RwSignal<usize>,
) -> Option<Result<Fit, String>> {
    loop {
        let end = now_ms() + 20.0;
        let status = loop {
            let s = job.step();
            if s != Status::Running || now_ms() >= end {
                break s;
            }
        };
        progress.set(job.evaluations());
        if status != Status::Running {
            return Some(job.finish());
        }
        next_task().await;
        if token.get_value() != mine {
            return None;
        }
    }
}

/// The calibration section of the panel.
#[component]
pub fn Calibrate(
    loaded: RwSignal<Option<Loaded>>,
    /// The measured drivers of the panel's runs (docs/model/measured.md §9).
    driving: Memo<Option<super::drive::Driving>>,
) -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let fit: RwSignal<Option<Arc<Fit>>> = RwSignal::new(None);
    let running = RwSignal::new(false);
    let progress = RwSignal::new(0usize);
    let message: RwSignal<Option<String>> = RwSignal::new(None);
    let undo: RwSignal<Option<Scenario>> = RwSignal::new(None);
    let token = StoredValue::new(0u32);
    let run = move |_| {
        let Some(data) = loaded.with_untracked(|l| l.as_ref().map(|l| l.data.clone())) else {
            return;
        };
        let Ok(weather) = twin.weather.get_untracked() else {
            message.set(Some(i18n.t("measured-no-model")));
            return;
        };
        let drivers = driving
            .get_untracked()
            .map(|d| d.drivers)
            .unwrap_or_default();
        let job = match Job::new(twin.scenario.get_untracked(), &weather, data, &[], drivers) {
            Ok(j) => j,
            Err(e) => {
                message.set(Some(
                    i18n.t_args("calibrate-failed", &[("reason", Arg::Text(e))]),
                ));
                return;
            }
        };
        let mine = token.get_value().wrapping_add(1);
        token.set_value(mine);
        running.set(true);
        progress.set(0);
        message.set(None);
        fit.set(None);
        leptos::task::spawn_local(async move {
            match run_sliced(job, token, mine, progress).await {
                None => {}
                Some(Ok(f)) => {
                    fit.set(Some(Arc::new(f)));
                    running.set(false);
                }
                Some(Err(e)) => {
                    message.set(Some(
                        i18n.t_args("calibrate-failed", &[("reason", Arg::Text(e))]),
                    ));
                    running.set(false);
                }
            }
        });
    };
    let apply = move |_| {
        let Some(f) = fit.get_untracked() else { return };
        undo.set(Some(twin.scenario.get_untracked()));
        twin.scenario.set(f.scenario.clone());
    };
    let undo_click = move |_| {
        if let Some(prev) = undo.get_untracked() {
            twin.scenario.set(prev);
            undo.set(None);
        }
    };
    let result = move || {
        fit.get().map(|f| {
            let rows = f
                .inputs
                .iter()
                .map(|x| {
                    view! {
                        <tr data-fit-path=x.path data-value=format!("{:?}", x.value)
                            data-start=format!("{:?}", x.start)>
                            <th scope="row"><code>{x.path}</code></th>
                            <td>{i18n.num(x.start)}</td>
                            <td>{i18n.num(x.value)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let after = f
                .after
                .iter()
                .map(|c| {
                    let h = c.hourly;
                    let pct = |v: Option<f64>| {
                        v.map(|v| format!("{} %", i18n.fixed(v * 100.0, 1)))
                            .unwrap_or_else(|| "—".into())
                    };
                    view! {
                        <tr data-after-series=c.series.name()
                            data-nmbe=h.map(|g| format!("{:?}", g.nmbe)).unwrap_or_default()
                            data-cv-rmse=h.map(|g| format!("{:?}", g.cv_rmse)).unwrap_or_default()>
                            <th scope="row">{series_label(i18n, c.series)}</th>
                            <td>{pct(h.map(|g| g.nmbe))}</td>
                            <td>{pct(h.map(|g| g.cv_rmse))}</td>
                        </tr>
                    }
                })
                .collect_view();
            let summary = i18n.t_args(
                "calibrate-summary",
                &[
                    ("before", Arg::Text(format!("{:.6}", f.objective.0))),
                    ("after", Arg::Text(format!("{:.6}", f.objective.1))),
                    ("runs", Arg::Text(i18n.fixed(f.evaluations as f64, 0))),
                ],
            );
            view! {
                <p class="measured-note" data-calibrate-result=""
                    data-objective-before=format!("{:?}", f.objective.0)
                    data-objective-after=format!("{:?}", f.objective.1)>{summary}</p>
                <table class="measured-table" data-table="calibrate-fitted">
                    <caption>{i18n.t("calibrate-fitted-caption")}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("calibrate-col-input")}</th>
                        <th scope="col">{i18n.t("calibrate-col-start")}</th>
                        <th scope="col">{i18n.t("calibrate-col-fitted")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                <table class="measured-table" data-table="calibrate-after">
                    <caption>{i18n.t("calibrate-after-caption")}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("measured-col-series")}</th>
                        <th scope="col">{i18n.t("measured-col-nmbe-h")}</th>
                        <th scope="col">{i18n.t("measured-col-cv-h")}</th>
                    </tr></thead>
                    <tbody>{after}</tbody>
                </table>
            }
        })
    };
    view! {
        <div class="measured-calibrate" hidden=move || loaded.with(Option::is_none)>
            <h3>{move || i18n.t("calibrate-title")}</h3>
            <p class="measured-note">{move || i18n.t("calibrate-note")}</p>
            <div class="measured-form">
                <button type="button" data-action="calibrate-run" on:click=run
                    disabled=move || running.get()>{move || i18n.t("calibrate-run")}</button>
                <button type="button" data-action="calibrate-apply" on:click=apply
                    disabled=move || fit.with(Option::is_none) || running.get()>
                    {move || i18n.t("calibrate-apply")}</button>
                <button type="button" data-action="calibrate-undo" on:click=undo_click
                    disabled=move || undo.with(Option::is_none)>{move || i18n.t("calibrate-undo")}</button>
            </div>
            <p role="status" data-status="calibrate"
                data-state=move || if running.get() { "running" } else if fit.with(Option::is_some) { "done" } else { "idle" }>
                {move || running.get().then(|| i18n.t_args("calibrate-running",
                    &[("runs", Arg::Text(i18n.fixed(progress.get() as f64, 0)))]))}
                {move || message.get()}
            </p>
            {result}
        </div>
    }
}

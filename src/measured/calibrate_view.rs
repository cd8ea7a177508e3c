//! The calibration's inputs, buttons and result: the inputs to fit (`calibrate-fit-1…4`),
//! `calibrate-run` (the search in the page's own instance of the Web Worker, through
//! [`crate::worker_bridge`]: the page's thread only draws the progress), the fitted values
//! beside the scenario's, the objective and the statistics after (one annual run on the page,
//! [`Fit::from_answer`]), `calibrate-apply` (the fitted values into the scenario) and
//! `calibrate-undo` (the scenario as it was before applying).

use super::calibrate::{default_fit, Fit, MAX_FIT};
use super::load::Loaded;
use super::view::series_label;
use crate::i18n::{Arg, I18n};
use crate::instruments::sweep::answer::input_label;
use crate::state::Twin;
use crate::worker_bridge::{Handlers, Slot};
use heat_twin_measured::Measured;
use heat_twin_model::instruments::Bound;
use heat_twin_model::scenario::Scenario;
use heat_twin_model::Drivers;
use heat_twin_worker::drive::DRIVABLE;
use heat_twin_worker::{Reply, Request};
use leptos::prelude::*;
use std::rc::Rc;
use std::sync::Arc;

/// The inputs chosen in the four selects, in order, each once (empty choices skipped).
fn chosen_paths(choice: &[RwSignal<String>]) -> Vec<String> {
    let mut paths: Vec<String> = Vec::new();
    for c in choice {
        let p = c.get_untracked();
        if !p.is_empty() && !paths.contains(&p) {
            paths.push(p);
        }
    }
    paths
}

thread_local! {
    /// The measured page's worker.
    static SLOT: Slot = const { Slot::new() };
}

/// What a calibration was started from, to rebuild its [`Fit`] from the worker's answer.
type Started = (Scenario, Arc<[f64]>, Arc<Measured>, Drivers);

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
    // The inputs to fit: up to four, the CLI's defaults first (any numeric input may be chosen).
    let defaults = default_fit();
    let choice: [RwSignal<String>; MAX_FIT] = std::array::from_fn(|i| {
        RwSignal::new(defaults.get(i).map(|p| p.to_string()).unwrap_or_default())
    });
    let started: StoredValue<Option<Started>> = StoredValue::new(None);
    let on_reply = move |reply: Reply| {
        if reply.id() != Some(token.get_value()) {
            return;
        }
        match reply {
            Reply::Progress { done, .. } => progress.set(done),
            Reply::Calibrated { answer, .. } => {
                let Some((scenario, weather, data, drivers)) = started.get_value() else {
                    return;
                };
                let fitted = crate::perf::time("calibrate answer", || {
                    Fit::from_answer(scenario, &weather, &data, &drivers, &answer)
                });
                match fitted {
                    Ok(f) => fit.set(Some(Arc::new(f))),
                    Err(e) => message.set(Some(
                        i18n.t_args("calibrate-failed", &[("reason", Arg::Text(e))]),
                    )),
                }
                running.set(false);
            }
            Reply::Failed { message: m, .. } => {
                message.set(Some(
                    i18n.t_args("calibrate-failed", &[("reason", Arg::Text(m))]),
                ));
                running.set(false);
            }
            _ => {}
        }
    };
    let on_error = move || {
        SLOT.with(Slot::stop);
        if running.get_untracked() {
            message.set(Some(i18n.t("calibrate-worker-failed")));
            running.set(false);
        }
    };
    on_cleanup(|| SLOT.with(Slot::stop));
    let run = move |_| {
        let Some((data, measured_request)) = loaded.with_untracked(|l| {
            l.as_ref()
                .map(|l| (l.data.clone(), l.worker_request.clone()))
        }) else {
            return;
        };
        if measured_request.is_empty() {
            message.set(Some(i18n.t_args(
                "calibrate-failed",
                &[(
                    "reason",
                    Arg::Text("the measured series could not be written for the worker".into()),
                )],
            )));
            return;
        }
        let Ok(weather) = twin.weather.get_untracked() else {
            message.set(Some(i18n.t("measured-no-model")));
            return;
        };
        let paths = chosen_paths(&choice);
        if paths.is_empty() {
            message.set(Some(i18n.t("calibrate-no-input")));
            return;
        }
        let scenario = twin.scenario.get_untracked();
        // The drivers in force (the worker builds the same from the series and this choice).
        let driving = driving.get_untracked().unwrap_or_default();
        let drive = DRIVABLE.map(|(series, _)| driving.used.iter().any(|(s, _)| *s == series));
        let id = token.get_value().wrapping_add(1);
        // The scenario and the request as JSON; a failure is said, never replaced by the
        // defaults (a calibration of another scenario would look like this one's).
        let text = crate::perf::time("calibrate request", || {
            // Without its measured profiles: the worker drives from the measured series and
            // `drive` (what they were made of), so the profiles would be 17,520 numbers of
            // JSON for nothing.
            let bare = crate::share::codec::profiles::without_profiles(&scenario);
            crate::perf::time("calibrate scenario", || serde_json::to_string(&bare)).and_then(
                |scenario| {
                    // The measured series go first, as prepared when the file loaded.
                    let request = Request::Calibrate {
                        id,
                        scenario,
                        weather: weather.to_vec(),
                        measured: None,
                        fit: paths,
                        drive,
                    };
                    crate::perf::time("calibrate request json", || serde_json::to_string(&request))
                },
            )
        });
        let text = match text {
            Ok(t) => t,
            Err(e) => {
                let reason = Arg::Text(e.to_string());
                message.set(Some(i18n.t_args("calibrate-failed", &[("reason", reason)])));
                return;
            }
        };
        token.set_value(id);
        started.set_value(Some((scenario, weather, data, driving.drivers)));
        let superseded = running.get_untracked();
        running.set(true);
        progress.set(0);
        message.set(None);
        fit.set(None);
        // A run under way is superseded: its worker goes with it (an idle one is reused).
        if superseded {
            SLOT.with(Slot::stop);
        }
        let handlers = move || Handlers {
            on_reply: Rc::new(on_reply),
            on_error: Rc::new(on_error),
        };
        let posted = crate::perf::time("calibrate post", || {
            let texts: Vec<Rc<str>> = vec![Rc::from(&*measured_request), Rc::from(text)];
            SLOT.with(|slot| slot.post_all(handlers, texts))
        });
        if let Err(e) = posted {
            message.set(Some(
                i18n.t_args("calibrate-failed", &[("reason", Arg::Text(e))]),
            ));
            running.set(false);
        }
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
            <fieldset class="measured-form calibrate-fit">
                <legend>{move || i18n.t("calibrate-fit-legend")}</legend>
                {choice.into_iter().enumerate().map(|(i, chosen)| {
                    let bounds = Bound::all();
                    view! {
                        <label>{move || i18n.t_args("calibrate-fit-label",
                                &[("n", Arg::Text((i + 1).to_string()))])}
                            <select data-control=format!("calibrate-fit-{}", i + 1)
                                prop:value=move || chosen.get()
                                on:change=move |e| chosen.set(event_target_value(&e))
                                disabled=move || running.get()>
                                <option value="" selected=move || chosen.with(String::is_empty)>
                                    {move || i18n.t("calibrate-fit-none")}</option>
                                {bounds.into_iter().filter(|b| b.max > b.min).map(|b| {
                                    let path = b.path;
                                    view! {
                                        <option value=path selected=move || chosen.with(|c| c == path)>
                                            {move || input_label(&i18n, path)}</option>
                                    }
                                }).collect_view()}
                            </select>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
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

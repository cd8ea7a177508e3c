//! Saved scenarios: the user's own scenarios kept in the browser's localStorage, to load,
//! rename, delete and compare later.
//!
//! Storage format: one key, [`STORAGE_KEY`] (`heat-twin.saved.v1`), holding a JSON array of
//! `{"name": text, "saved_at": ISO 8601 text, "scenario": the scenario object}` (the scenario is
//! exactly what a scenario file holds). An uploaded weather file is not stored: a scenario that
//! reads one says so, and loading it asks for the file again.
//!
//! Bad data never crashes the page and never costs the user a good entry:
//! - an entry that is not an object, whose `name` or `saved_at` is not text, or whose scenario
//!   fails [`load_scenario`](heat_twin_model::scenario::load_scenario) is skipped with a message naming how many and why, and is written
//!   back exactly as it was (unknown fields of good entries are kept too) until the user removes
//!   the unreadable entries with a button;
//! - a stored value that is not JSON or not an array (another app's data, say) is skipped; the
//!   first write then moves its text to [`UNREADABLE_KEY`] before writing a new list.
//!
//! Duplicate names get a suffix: "Brescia (2)". Storage that is missing (private browsing) or
//! full is reported; the list then lasts until the page is reloaded.

mod storage;
mod store;

use crate::i18n::{Arg, I18n};
use crate::state::Twin;
use heat_twin_model::params::WeatherSpec;
use leptos::prelude::*;
pub use storage::use_saved;
use storage::{now_iso, persist};
pub use store::{unique_name, Entry, Skip, Store, Unreadable, STORAGE_KEY, UNREADABLE_KEY};

/// What the status line says, and whether it is a problem.
type Status = Option<(String, bool)>;

/// The "Your scenarios" card: save the current scenario, and the list to load, rename, delete.
#[component]
pub fn SavedScenarios() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let store = use_saved();
    let status: RwSignal<Status> = RwSignal::new(None);
    let typed: RwSignal<Option<String>> = RwSignal::new(None);
    let editing: RwSignal<Option<usize>> = RwSignal::new(None);
    let confirming: RwSignal<Option<usize>> = RwSignal::new(None);
    let rename_text = RwSignal::new(String::new());

    // The scenario's name as a memo: moving a slider does not rewrite the name box.
    let scenario_name = Memo::new(move |_| twin.scenario.with(|s| s.name.clone()));
    let default_name = move || {
        let base = scenario_name.get().or_else(|| {
            let stem = twin.preset.get();
            crate::presets::preset(&stem).and_then(|json| {
                heat_twin_model::scenario::parse_scenario(json)
                    .ok()
                    .and_then(|s| s.name)
            })
        });
        let base = base.unwrap_or_else(|| i18n.t("saved-default-name"));
        format!("{base} {}", now_iso().get(..10).unwrap_or(""))
    };
    let name_value = move || typed.get().unwrap_or_else(default_name);
    let file_of_current = move || {
        twin.valid.with(|v| match v.as_ref().map(|v| &v.weather) {
            Ok(WeatherSpec::EpwFile(p) | WeatherSpec::CsvFile(p)) => Some(p.clone()),
            _ => None,
        })
    };
    let write = move |ok_msg: String| {
        let written = store.try_update(persist).unwrap_or(false);
        if written {
            status.set(Some((ok_msg, false)));
        } else {
            let warn = i18n.t("saved-write-failed");
            status.set(Some((format!("{ok_msg} {warn}"), true)));
        }
    };

    let save = move || {
        let name = name_value().trim().to_string();
        let name = if name.is_empty() {
            default_name()
        } else {
            name
        };
        if let Err(problems) = twin.valid.get_untracked() {
            let text: Vec<String> = problems
                .iter()
                .map(|p| crate::problems::problem_text(i18n.lang.get_untracked(), p))
                .collect();
            let msg = i18n.t_args("saved-invalid", &[("problems", Arg::Text(text.join("; ")))]);
            status.set(Some((msg, true)));
            return;
        }
        let scenario = twin.scenario.get_untracked();
        let result = store.try_update(|s| s.add(&name, &now_iso(), &scenario));
        match result {
            Some(Ok(used)) => {
                typed.set(None);
                twin.mark_saved();
                let msg = if used == name {
                    i18n.t_args("saved-saved", &[("name", Arg::Text(used))])
                } else {
                    i18n.t_args(
                        "saved-saved-as",
                        &[("name", Arg::Text(used)), ("given", Arg::Text(name))],
                    )
                };
                write(msg);
            }
            Some(Err(_)) | None => {
                status.set(Some((i18n.t("saved-cannot-save"), true)));
            }
        }
    };

    let load = move |index: usize| {
        let Some(entry) = store.with_untracked(|s| s.get(index).cloned()) else {
            return;
        };
        match twin.load_json(&entry.json) {
            Ok(()) => {
                twin.preset.set(String::new());
                twin.notice.set(None);
                status.set(Some((
                    i18n.t_args("saved-loaded", &[("name", Arg::Text(entry.name))]),
                    false,
                )));
            }
            Err(problems) => {
                let text: Vec<String> = problems
                    .iter()
                    .map(|p| crate::problems::problem_text(i18n.lang.get_untracked(), p))
                    .collect();
                let msg = i18n.t_args(
                    "saved-load-failed",
                    &[
                        ("name", Arg::Text(entry.name)),
                        ("problems", Arg::Text(text.join("; "))),
                    ],
                );
                status.set(Some((msg, true)));
            }
        }
    };

    let commit_rename = move |index: usize| {
        let text = rename_text.get_untracked().trim().to_string();
        if text.is_empty() {
            status.set(Some((i18n.t("saved-rename-empty"), true)));
            return;
        }
        if let Some(Some(used)) = store.try_update(|s| s.rename(index, &text)) {
            editing.set(None);
            write(i18n.t_args("saved-renamed", &[("name", Arg::Text(used))]));
        }
    };

    let delete = move |index: usize| {
        confirming.set(None);
        if let Some(Some(entry)) = store.try_update(|s| s.remove(index)) {
            write(i18n.t_args("saved-deleted", &[("name", Arg::Text(entry.name))]));
        }
    };

    let row = move |index: usize, e: Entry| {
        let name = e.name.clone();
        let saved_at = e.saved_at.clone();
        let file = e.weather_file.clone();
        let body = if editing.get() == Some(index) {
            let input = NodeRef::<leptos::html::Input>::new();
            Effect::new(move |_| {
                if let Some(el) = input.get() {
                    let _ = el.focus();
                }
            });
            view! {
                <div class="saved-edit">
                    <label class="visually-hidden" for=format!("saved-rename-{index}")>{move || i18n.t("saved-new-name")}</label>
                    <input type="text" id=format!("saved-rename-{index}") node_ref=input data-control="rename-input"
                        prop:value=move || rename_text.get()
                        on:input=move |ev| rename_text.set(event_target_value(&ev))
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
                            "Enter" => commit_rename(index),
                            "Escape" => editing.set(None),
                            _ => {}
                        } />
                    <button type="button" class="primary" data-action="rename-confirm" on:click=move |_| commit_rename(index)>{move || i18n.t("saved-rename-confirm")}</button>
                    <button type="button" data-action="rename-cancel" on:click=move |_| editing.set(None)>{move || i18n.t("saved-cancel")}</button>
                </div>
            }
            .into_any()
        } else if confirming.get() == Some(index) {
            let cancel = NodeRef::<leptos::html::Button>::new();
            Effect::new(move |_| {
                if let Some(el) = cancel.get() {
                    let _ = el.focus();
                }
            });
            let ask_name = name.clone();
            view! {
                <div class="saved-confirm" role="group" aria-label=move || i18n.t("saved-delete")>
                    <span>{move || i18n.t_args("saved-delete-ask", &[("name", Arg::Text(ask_name.clone()))])}</span>
                    <button type="button" class="danger" data-action="confirm-delete" on:click=move |_| delete(index)>{move || i18n.t("saved-delete-yes")}</button>
                    <button type="button" node_ref=cancel data-action="cancel-delete" on:click=move |_| confirming.set(None)
                        on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Escape" { confirming.set(None) }>{move || i18n.t("saved-cancel")}</button>
                </div>
            }
            .into_any()
        } else {
            let start_name = name.clone();
            view! {
                <div class="saved-actions">
                    <button type="button" data-action="load-scenario" on:click=move |_| load(index)>{move || i18n.t("saved-load")}</button>
                    <button type="button" data-action="rename-scenario" on:click=move |_| {
                        rename_text.set(start_name.clone());
                        confirming.set(None);
                        editing.set(Some(index));
                    }>{move || i18n.t("saved-rename")}</button>
                    <button type="button" data-action="delete-scenario" on:click=move |_| {
                        editing.set(None);
                        confirming.set(Some(index));
                    }>{move || i18n.t("saved-delete")}</button>
                </div>
            }
            .into_any()
        };
        view! {
            <li class="saved-item" data-saved=name.clone()>
                <div class="saved-meta">
                    <span class="saved-name">{name.clone()}</span>
                    <span class="saved-date">{move || {
                        // The day in the language's words (Intl.DateTimeFormat).
                        let day = crate::i18n::intl::date(i18n.lang.get(), &saved_at, crate::i18n::intl::DateLength::Day);
                        i18n.t_args("saved-on", &[("date", Arg::Text(day))])
                    }}</span>
                    {file.map(|f| view! { <span class="saved-file">{move || i18n.t_args("saved-needs-file", &[("file", Arg::Text(f.clone()))])}</span> })}
                </div>
                {body}
            </li>
        }
    };

    let list = move || {
        let entries: Vec<(usize, Entry)> =
            store.with(|s| s.entries().map(|(i, e)| (i, e.clone())).collect());
        if entries.is_empty() {
            return view! { <p class="meta">{move || i18n.t("saved-empty")}</p> }.into_any();
        }
        view! {
            <ul class="saved-list" aria-label=move || i18n.t("saved-list-label")>
                {entries.into_iter().map(|(i, e)| row(i, e)).collect_view()}
            </ul>
        }
        .into_any()
    };

    let storage_problem = move || {
        store.with(|s| {
            let mut lines = Vec::new();
            if s.unavailable {
                lines.push(i18n.t("saved-unavailable"));
            }
            match s.unreadable() {
                Some(Unreadable::NotJson(e)) => lines.push(i18n.t_args(
                    "saved-unreadable-json",
                    &[
                        ("error", Arg::Text(e.clone())),
                        ("key", Arg::Text(UNREADABLE_KEY.into())),
                    ],
                )),
                Some(Unreadable::NotList) => lines.push(i18n.t_args(
                    "saved-unreadable-list",
                    &[("key", Arg::Text(UNREADABLE_KEY.into()))],
                )),
                None => {}
            }
            let skipped = s.skipped();
            if !skipped.is_empty() {
                let reasons: Vec<String> = skipped
                    .iter()
                    .map(|(n, why)| {
                        let why = match why {
                            Skip::NotObject => i18n.t("saved-why-not-object"),
                            Skip::Name => i18n.t("saved-why-name"),
                            Skip::Date => i18n.t("saved-why-date"),
                            Skip::NoScenario => i18n.t("saved-why-no-scenario"),
                            Skip::Scenario(p) => i18n.t_args(
                                "saved-why-scenario",
                                &[("problems", Arg::Text(p.clone()))],
                            ),
                        };
                        i18n.t_args(
                            "saved-skip-entry",
                            &[("n", Arg::Text(n.to_string())), ("why", Arg::Text(why))],
                        )
                    })
                    .collect();
                lines.push(i18n.t_args(
                    "saved-skipped",
                    &[
                        ("count", Arg::Count(skipped.len() as f64)),
                        ("reasons", Arg::Text(reasons.join("; "))),
                    ],
                ));
            }
            lines
        })
    };
    let has_skipped = move || store.with(|s| !s.skipped().is_empty());

    view! {
        <section class="card saved" aria-labelledby="saved-title">
            <h2 id="saved-title">{move || i18n.t("saved-title")}</h2>
            <form class="saved-form" on:submit=move |ev| { ev.prevent_default(); save(); }>
                <label for="saved-name">{move || i18n.t("saved-name-label")}</label>
                <input type="text" id="saved-name" data-control="saved-name" maxlength="120"
                    prop:value=name_value on:input=move |ev| typed.set(Some(event_target_value(&ev))) />
                <button type="submit" class="primary" data-action="save-scenario">{move || i18n.t("saved-save")}</button>
            </form>
            {move || file_of_current().map(|f| view! {
                <p class="meta saved-note">{i18n.t_args("saved-file-note", &[("file", Arg::Text(f))])}</p>
            })}
            <div class="saved-problems" data-saved-problems="" role="status">
                {move || storage_problem().into_iter().map(|l| view! { <p class="message">{l}</p> }).collect_view()}
                <Show when=has_skipped>
                    <button type="button" data-action="discard-unreadable" on:click=move |_| {
                        store.update(Store::discard_skipped);
                        write(i18n.t("saved-discarded"));
                    }>{move || i18n.t("saved-discard")}</button>
                </Show>
            </div>
            <p class="saved-status" role="status" data-saved-status=""
                class:problem=move || status.with(|s| s.as_ref().is_some_and(|(_, bad)| *bad))>
                {move || status.get().map(|(m, _)| m)}
            </p>
            {list}
        </section>
    }
}

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
//!   fails [`load_scenario`] is skipped with a message naming how many and why, and is written
//!   back exactly as it was (unknown fields of good entries are kept too) until the user removes
//!   the unreadable entries with a button;
//! - a stored value that is not JSON or not an array (another app's data, say) is skipped; the
//!   first write then moves its text to [`UNREADABLE_KEY`] before writing a new list.
//!
//! Duplicate names get a suffix: "Brescia (2)". Storage that is missing (private browsing) or
//! full is reported; the list then lasts until the page is reloaded.

use crate::i18n::{Arg, I18n};
use crate::state::Twin;
use heat_twin_model::params::WeatherSpec;
use heat_twin_model::scenario::{load_scenario, Scenario};
use leptos::prelude::*;
use serde_json::Value;

/// The localStorage key of the saved scenarios.
pub const STORAGE_KEY: &str = "heat-twin.saved.v1";
/// Where an unreadable stored value is moved before a new list is written over it.
pub const UNREADABLE_KEY: &str = "heat-twin.saved.v1.unreadable";

/// One readable saved scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The name the user gave it.
    pub name: String,
    /// When it was saved, ISO 8601 text.
    pub saved_at: String,
    /// The scenario as JSON text (what [`Twin::load_json`] takes).
    pub json: String,
    /// The weather file it reads (not stored), if any.
    pub weather_file: Option<String>,
}

/// Why a stored entry was skipped.
#[derive(Debug, Clone, PartialEq)]
pub enum Skip {
    /// Not a JSON object.
    NotObject,
    /// `name` is missing or not text.
    Name,
    /// `saved_at` is missing or not text.
    Date,
    /// `scenario` is missing.
    NoScenario,
    /// The scenario fails validation: its problems, joined.
    Scenario(String),
}

/// Why the whole stored value could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum Unreadable {
    /// Not JSON: the parser's message.
    NotJson(String),
    /// JSON, but not an array.
    NotList,
}

/// The saved scenarios as stored: every item as it was, and what could be read of it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Store {
    /// Each stored item, untouched, with its reading.
    items: Vec<(Value, Result<Entry, Skip>)>,
    /// The stored text when it was not a JSON array, and why.
    unreadable: Option<(String, Unreadable)>,
    /// The browser's storage could not be used at all.
    pub unavailable: bool,
}

/// Reads one stored item.
fn read_item(v: &Value) -> Result<Entry, Skip> {
    let obj = v.as_object().ok_or(Skip::NotObject)?;
    let name = obj.get("name").and_then(Value::as_str).ok_or(Skip::Name)?;
    let saved_at = obj
        .get("saved_at")
        .and_then(Value::as_str)
        .ok_or(Skip::Date)?;
    let scenario = obj.get("scenario").ok_or(Skip::NoScenario)?;
    let json = scenario.to_string();
    let valid = load_scenario(&json).map_err(|problems| {
        let text: Vec<String> = problems.iter().take(3).map(|p| p.to_string()).collect();
        let more = problems.len().saturating_sub(3);
        let mut s = text.join("; ");
        if more > 0 {
            s.push_str(&format!("; +{more}"));
        }
        Skip::Scenario(s)
    })?;
    let weather_file = match valid.weather {
        WeatherSpec::EpwFile(p) | WeatherSpec::CsvFile(p) => Some(p),
        _ => None,
    };
    Ok(Entry {
        name: name.to_string(),
        saved_at: saved_at.to_string(),
        json,
        weather_file,
    })
}

/// `base`, or `base (2)`, `base (3)`… whichever no name in `taken` already is.
pub fn unique_name<'a>(base: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let used = |n: &str| taken.clone().any(|t| t == n);
    if !used(base) {
        return base.to_string();
    }
    // "A (2)" taken again becomes "A (3)", not "A (2) (2)".
    let root = base
        .strip_suffix(')')
        .and_then(|b| b.rsplit_once(" ("))
        .filter(|(_, n)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        .map_or(base, |(r, _)| r);
    (2..)
        .map(|i| format!("{root} ({i})"))
        .find(|n| !used(n))
        .unwrap_or_else(|| base.to_string())
}

impl Store {
    /// Reads the stored text (`None` when nothing is stored).
    pub fn parse(text: Option<&str>) -> Store {
        let Some(text) = text else {
            return Store::default();
        };
        match serde_json::from_str::<Value>(text) {
            Ok(Value::Array(items)) => Store {
                items: items
                    .into_iter()
                    .map(|v| {
                        let r = read_item(&v);
                        (v, r)
                    })
                    .collect(),
                ..Store::default()
            },
            Ok(_) => Store {
                unreadable: Some((text.to_string(), Unreadable::NotList)),
                ..Store::default()
            },
            Err(e) => Store {
                unreadable: Some((text.to_string(), Unreadable::NotJson(e.to_string()))),
                ..Store::default()
            },
        }
    }

    /// The readable entries with their position in storage.
    pub fn entries(&self) -> impl Iterator<Item = (usize, &Entry)> + Clone {
        self.items
            .iter()
            .enumerate()
            .filter_map(|(i, (_, r))| r.as_ref().ok().map(|e| (i, e)))
    }

    /// The entry at storage position `index`, if readable.
    pub fn get(&self, index: usize) -> Option<&Entry> {
        self.items.get(index).and_then(|(_, r)| r.as_ref().ok())
    }

    /// The skipped entries: their 1-based position and why.
    pub fn skipped(&self) -> Vec<(usize, &Skip)> {
        self.items
            .iter()
            .enumerate()
            .filter_map(|(i, (_, r))| r.as_ref().err().map(|s| (i + 1, s)))
            .collect()
    }

    /// Why the stored value as a whole could not be read, if so.
    pub fn unreadable(&self) -> Option<&Unreadable> {
        self.unreadable.as_ref().map(|(_, why)| why)
    }

    fn names(&self) -> impl Iterator<Item = &str> + Clone {
        self.entries().map(|(_, e)| e.name.as_str())
    }

    /// Adds `scenario` under `name` (made unique); returns the name used.
    pub fn add(&mut self, name: &str, saved_at: &str, scenario: &Scenario) -> Result<String, Skip> {
        let name = unique_name(name, self.names());
        let scenario = serde_json::to_value(scenario).map_err(|e| Skip::Scenario(e.to_string()))?;
        let v = serde_json::json!({ "name": name, "saved_at": saved_at, "scenario": scenario });
        let entry = read_item(&v)?;
        self.items.push((v, Ok(entry)));
        Ok(name)
    }

    /// Renames the entry at `index` (made unique among the others); returns the name used.
    pub fn rename(&mut self, index: usize, name: &str) -> Option<String> {
        let others: Vec<String> = self
            .entries()
            .filter(|(i, _)| *i != index)
            .map(|(_, e)| e.name.clone())
            .collect();
        let name = unique_name(name, others.iter().map(String::as_str));
        let (raw, entry) = self.items.get_mut(index)?;
        let entry = entry.as_mut().ok()?;
        let obj = raw.as_object_mut()?;
        obj.insert("name".into(), Value::String(name.clone()));
        entry.name = name.clone();
        Some(name)
    }

    /// Removes the entry at `index`; returns it.
    pub fn remove(&mut self, index: usize) -> Option<Entry> {
        if index >= self.items.len() {
            return None;
        }
        self.items.remove(index).1.ok()
    }

    /// Removes every skipped entry.
    pub fn discard_skipped(&mut self) {
        self.items.retain(|(_, r)| r.is_ok());
    }

    /// The text to store: every item as it was, edits applied.
    pub fn to_json(&self) -> String {
        let items: Vec<&Value> = self.items.iter().map(|(v, _)| v).collect();
        serde_json::to_string(&items).unwrap_or_else(|_| "[]".into())
    }
}

/// The browser's localStorage, if the page may use it.
#[cfg(target_arch = "wasm32")]
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the store from localStorage.
fn load_store() -> Store {
    #[cfg(target_arch = "wasm32")]
    {
        match storage() {
            Some(s) => match s.get_item(STORAGE_KEY) {
                Ok(text) => Store::parse(text.as_deref()),
                Err(_) => Store {
                    unavailable: true,
                    ..Store::default()
                },
            },
            None => Store {
                unavailable: true,
                ..Store::default()
            },
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    Store {
        unavailable: true,
        ..Store::default()
    }
}

/// Writes the store to localStorage (first moving an unreadable old value aside); false when
/// the browser refused (full, or no storage).
fn persist(store: &mut Store) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(s) = storage() else {
            return false;
        };
        if let Some((text, _)) = &store.unreadable {
            if s.set_item(UNREADABLE_KEY, text).is_err() {
                return false;
            }
            store.unreadable = None;
        }
        s.set_item(STORAGE_KEY, &store.to_json()).is_ok()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = store;
        false
    }
}

/// The page's saved scenarios, shared by this card and the comparison (one per thread, read
/// from storage on first use).
pub fn use_saved() -> RwSignal<Store> {
    thread_local! {
        static SAVED: ArcRwSignal<Store> = ArcRwSignal::new(load_store());
    }
    RwSignal::from(SAVED.with(Clone::clone))
}

/// Now, as ISO 8601 text.
fn now_iso() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::Date::new_0().to_iso_string())
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::from("1970-01-01T00:00:00.000Z")
}

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
        let date = e.saved_at.get(..10).unwrap_or(&e.saved_at).to_string();
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
                    <span class="saved-date">{move || i18n.t_args("saved-on", &[("date", Arg::Text(date.clone()))])}</span>
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

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str =
        r#"{"name":"A","saved_at":"2026-01-02T03:04:05.000Z","scenario":{"name":"x"}}"#;

    #[test]
    fn nothing_stored_is_an_empty_list() {
        let s = Store::parse(None);
        assert_eq!(s.entries().count(), 0);
        assert!(s.skipped().is_empty());
        assert!(s.unreadable().is_none());
    }

    #[test]
    fn not_json_is_skipped_and_kept_aside() {
        let s = Store::parse(Some("not json"));
        assert!(matches!(s.unreadable(), Some(Unreadable::NotJson(_))));
        assert_eq!(s.entries().count(), 0);
    }

    #[test]
    fn another_apps_object_is_not_a_list() {
        let s = Store::parse(Some(r#"{"theme":"dark"}"#));
        assert_eq!(s.unreadable(), Some(&Unreadable::NotList));
    }

    #[test]
    fn wrong_types_are_skipped_one_by_one_and_good_entries_stay() {
        let text = format!(
            r#"[{{"name":1}}, 5, {GOOD}, {{"name":"B","saved_at":7,"scenario":{{}}}},
            {{"name":"C","saved_at":"d"}},
            {{"name":"D","saved_at":"d","scenario":{{"data_centre":{{"racks":-5}}}}}},
            {{"name":"E","saved_at":"d","scenario":{{"bogus":1}}}}]"#
        );
        let s = Store::parse(Some(&text));
        let names: Vec<&str> = s.entries().map(|(_, e)| e.name.as_str()).collect();
        assert_eq!(names, ["A"]);
        let skipped = s.skipped();
        assert_eq!(skipped.len(), 6);
        assert_eq!(skipped[0], (1, &Skip::Name));
        assert_eq!(skipped[1], (2, &Skip::NotObject));
        assert_eq!(skipped[2], (4, &Skip::Date));
        assert_eq!(skipped[3], (5, &Skip::NoScenario));
        assert!(matches!(skipped[4].1, Skip::Scenario(p) if p.contains("racks")));
        assert!(matches!(skipped[5].1, Skip::Scenario(p) if p.contains("bogus")));
        // Written back, every item is still there, untouched.
        let back: Value = serde_json::from_str(&s.to_json()).unwrap_or(Value::Null);
        let orig: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        assert_eq!(back, orig);
    }

    #[test]
    fn add_rename_remove_keep_bad_entries_and_unknown_fields() {
        let text = r#"[{"name":1}, {"name":"A","saved_at":"d","scenario":{},"extra":true}]"#;
        let mut s = Store::parse(Some(text));
        let used = s.add("A", "2026-05-01T00:00:00Z", &Scenario::default());
        assert_eq!(used, Ok("A (2)".to_string()));
        assert_eq!(
            s.rename(1, "A (2)"),
            Some("A (3)".to_string()),
            "rename avoids the other's name"
        );
        assert_eq!(s.rename(0, "x"), None, "a skipped entry cannot be renamed");
        let back: Value = serde_json::from_str(&s.to_json()).unwrap_or(Value::Null);
        assert_eq!(back[0], serde_json::json!({"name": 1}));
        assert_eq!(back[1]["extra"], Value::Bool(true));
        assert_eq!(back[1]["name"], "A (3)");
        assert_eq!(back[2]["name"], "A (2)");
        let again = Store::parse(Some(&s.to_json()));
        assert_eq!(again.entries().count(), 2);
        assert_eq!(s.remove(1).map(|e| e.name), Some("A (3)".to_string()));
        s.discard_skipped();
        assert_eq!(s.skipped().len(), 0);
        assert_eq!(
            s.entries().map(|(_, e)| e.name.clone()).collect::<Vec<_>>(),
            ["A (2)"]
        );
    }

    #[test]
    fn file_weather_is_noted() {
        let text =
            r#"[{"name":"F","saved_at":"d","scenario":{"weather":{"epw_file":"milan.epw"}}}]"#;
        let s = Store::parse(Some(text));
        assert_eq!(
            s.get(0).and_then(|e| e.weather_file.clone()),
            Some("milan.epw".into())
        );
    }

    #[test]
    fn unique_names_count_up() {
        let taken = ["a", "a (2)"];
        assert_eq!(unique_name("a", taken.iter().copied()), "a (3)");
        assert_eq!(unique_name("b", taken.iter().copied()), "b");
    }
}

//! Export and import in the toolbar: the scenario as JSON (and back), the last run's hourly
//! results as CSV (MODEL.md §10), the visible chart as PNG, and the printable report.
//!
//! Downloads are made in the page (a Blob and a temporary `<a download>`); an import goes
//! through [`Twin::load_json`], so a file with problems changes nothing and every problem is
//! listed with its path and the value given.

pub mod csv;
pub mod download;
pub mod names;

use crate::i18n::{Arg, I18n};
use crate::state::Twin;
use leptos::prelude::*;
use names::{file_name, file_stem, problem_lines};
use wasm_bindgen::JsCast;

/// What the bar last has to say: a sentence and, for a refused import, one line per problem.
#[derive(Debug, Clone, PartialEq, Default)]
struct Message {
    error: bool,
    text: String,
    lines: Vec<String>,
}

impl Message {
    fn error(text: String) -> Self {
        Message {
            error: true,
            text,
            lines: Vec::new(),
        }
    }
}

/// The stem of exported files: the scenario's own name; the preset's stem only while the
/// preset is unmodified (a modified preset carries the user's name, see
/// [`crate::components::identity`]).
fn stem(twin: Twin) -> String {
    let preset = if twin.modified.get_untracked() {
        String::new()
    } else {
        twin.preset.get_untracked()
    };
    twin.scenario
        .with_untracked(|s| file_stem(s.name.as_deref(), &preset))
}

/// Makes sure the simulator's hourly results (which the CSV and some charts read) are those
/// of `snap`, the run on the page, running it again if another run came in between.
fn current_results(twin: Twin, snap: &crate::run::Snapshot) {
    if crate::run::with_results(|r| r.summary != snap.summary) {
        if let Ok(t) = twin.weather.get_untracked() {
            let _ = crate::run::simulate(&snap.params, &t);
        }
    }
}

/// The row of export and import buttons (wraps on a phone), with its message below.
#[component]
pub fn ExportBar() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let message = RwSignal::new(None::<Message>);
    let fail = move |key: &str, why: String| {
        message.set(Some(Message::error(
            i18n.t_args(key, &[("why", Arg::Text(why))]),
        )));
    };

    let export_json = move |_| {
        let json = twin
            .scenario
            .with_untracked(serde_json::to_string_pretty)
            .map_err(|e| e.to_string());
        let saved = json.and_then(|mut j| {
            j.push('\n');
            download::save(
                &file_name(&stem(twin), "", "json"),
                "application/json",
                j.as_bytes(),
            )
        });
        match saved {
            Ok(()) => {
                twin.mark_saved();
                message.set(None)
            }
            Err(why) => fail("export-download-failed", why),
        }
    };

    let export_csv = move |local: bool| {
        let Some(snap) = twin.snapshot.get_untracked() else {
            message.set(Some(Message::error(i18n.t("export-no-results"))));
            return;
        };
        current_results(twin, &snap);
        let lang = i18n.lang.get_untracked();
        let (dialect, suffix) = if local {
            (csv::Dialect::local(lang), format!("hourly-{}", lang.code()))
        } else {
            (csv::Dialect::STANDARD, "hourly".to_string())
        };
        let name = twin
            .scenario
            .with_untracked(|s| crate::components::identity::title(s, lang));
        let text = crate::run::with_results(|r| csv::hourly_csv(r, &name, dialect));
        let written = download::save(
            &file_name(&stem(twin), &suffix, "csv"),
            "text/csv;charset=utf-8",
            text.as_bytes(),
        );
        match written {
            Ok(()) => message.set(None),
            Err(why) => fail("export-download-failed", why),
        }
    };

    let export_png = move |_| {
        let canvas = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("canvas[data-chart]").ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok())
            .filter(|c| c.width() > 0 && c.height() > 0);
        let Some(canvas) = canvas else {
            message.set(Some(Message::error(i18n.t("export-no-chart"))));
            return;
        };
        let chart = canvas.get_attribute("data-chart").unwrap_or_default();
        // The canvas may be stale or never drawn (a chart out of view is not redrawn on every
        // change, a paced redraw may still be waiting for its frame): draw it now, from the
        // run on the page, before reading its pixels.
        if let (Some(kind), Some(snap)) = (
            crate::components::charts::ChartKind::from_id(&chart),
            twin.snapshot.get_untracked(),
        ) {
            current_results(twin, &snap);
            crate::components::charts::draw(&canvas, kind, &snap, i18n.lang.get_untracked());
        }
        let name = file_name(&stem(twin), &format!("chart-{chart}"), "png");
        match download::canvas_png(&canvas).and_then(|png| download::save(&name, "image/png", &png))
        {
            Ok(()) => message.set(None),
            Err(why) => fail("export-download-failed", why),
        }
    };

    let print = move |_| {
        if let Some(w) = web_sys::window() {
            if let Err(e) = w.print() {
                fail("export-print-failed", format!("{e:?}"));
            }
        }
    };

    let on_import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Choosing the same file again must import it again.
        input.set_value("");
        let name = file.name();
        leptos::task::spawn_local(async move {
            let file_arg = || ("file", Arg::Text(name.clone()));
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
                Err(_) => {
                    message.set(Some(Message::error(
                        i18n.t_args("export-read-failed", &[file_arg()]),
                    )));
                    return;
                }
            };
            let Ok(text) = String::from_utf8(bytes) else {
                message.set(Some(Message::error(
                    i18n.t_args("export-not-utf8", &[file_arg()]),
                )));
                return;
            };
            match twin.load_json(&text) {
                Ok(()) => {
                    twin.preset.set(String::new());
                    let shown = twin
                        .scenario
                        .with_untracked(|s| s.name.clone())
                        .unwrap_or_else(|| name.clone());
                    message.set(Some(Message {
                        error: false,
                        text: i18n.t_args("export-imported", &[("name", Arg::Text(shown))]),
                        lines: Vec::new(),
                    }));
                }
                Err(problems) => message.set(Some(Message {
                    error: true,
                    text: i18n.t_args(
                        "export-import-refused",
                        &[file_arg(), ("count", Arg::Count(problems.len() as f64))],
                    ),
                    lines: problem_lines(&problems, &i18n.t("export-whole-file")),
                })),
            }
        });
    };

    view! {
        <div class="export-bar" role="group" aria-label=move || i18n.t("export-group")>
            <crate::components::share_menu::ShareMenu />
            <div class="export-buttons">
                <button type="button" data-action="export-json" title=move || i18n.t("export-json-title")
                    on:click=export_json>{move || i18n.t("export-json")}</button>
                <label class="export-import" title=move || i18n.t("export-import-title")>
                    <input type="file" accept=".json,application/json" data-action="import-json"
                        on:change=on_import />
                    <span>{move || i18n.t("export-import")}</span>
                </label>
                <button type="button" data-action="export-csv" title=move || i18n.t("export-csv-title")
                    on:click=move |_| export_csv(false)>{move || i18n.t("export-csv")}</button>
                <button type="button" data-action="export-csv-local" title=move || i18n.t("export-csv-local-title")
                    on:click=move |_| export_csv(true)>{move || i18n.t("export-csv-local")}</button>
                <button type="button" data-action="export-png" title=move || i18n.t("export-png-title")
                    on:click=export_png>{move || i18n.t("export-png")}</button>
                <button type="button" data-action="print" title=move || i18n.t("export-print-title")
                    on:click=print>{move || i18n.t("export-print")}</button>
            </div>
            <div class="export-message" aria-live="polite">
                {move || message.get().map(|m| view! {
                    <div data-export-message=if m.error { "error" } else { "ok" } role=m.error.then_some("alert")>
                        <p>{m.text}</p>
                        {(!m.lines.is_empty()).then(|| view! {
                            <ul>{m.lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                        })}
                        <button type="button" class="export-dismiss" on:click=move |_| message.set(None)
                            aria-label=move || i18n.t("export-dismiss")>"×"</button>
                    </div>
                })}
            </div>
        </div>
    }
}

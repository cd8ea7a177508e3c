//! Two scenarios side by side: the current one, any preset or any saved scenario as A and as B,
//! the main KPIs of each with the difference B − A (signed, with its unit, and as a percentage
//! of A where that means something), and the year chart of each.
//!
//! Each side other than the current scenario costs one whole-year simulation, run with the
//! allocating [`heat_twin_model::simulate`] (the page's shared simulator holds the current
//! scenario's hourly results, which other views read). Nothing runs while the card is closed
//! or a side is not chosen. A scenario that reads a weather file uses the uploaded file when it
//! has the same name; otherwise it cannot be compared, and the card says so.

mod chart;
mod rows;
mod side;

use crate::components::saved::use_saved;
use crate::format::readable;
use crate::i18n::{Arg, I18n};
use crate::presets::PRESETS;
use crate::state::Twin;
use chart::draw;
use leptos::prelude::*;
use rows::*;
pub use rows::{diff_cells, signed};
use side::{preset_name, resolve};
pub use side::{Side, SideError};
use std::sync::Arc;

type SideMemo = Memo<Option<Result<Arc<Side>, SideError>>>;

/// The "Compare two scenarios" card (a `<details>`, closed at first: nothing runs until opened).
#[component]
pub fn Compare() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let store = use_saved();
    let open = RwSignal::new(false);
    let choice_a = RwSignal::new(String::new());
    let choice_b = RwSignal::new("current".to_string());
    let side = move |choice: RwSignal<String>| -> SideMemo {
        Memo::new(move |_| {
            if !open.get() {
                return None;
            }
            let c = choice.get();
            (!c.is_empty()).then(|| resolve(twin, &c))
        })
    };
    let side_a = side(choice_a);
    let side_b = side(choice_b);
    let details = NodeRef::<leptos::html::Details>::new();
    // A comparison opened from a link: the page's scenario (A) against the link's B, shown.
    Effect::new(move |_| {
        if twin.compare_link.with(Option::is_none) {
            return;
        }
        choice_a.set("current".into());
        choice_b.set("link".into());
        open.set(true);
        if let Some(d) = details.get() {
            d.set_open(true);
        }
    });
    // Choosing another B leaves the shared comparison (and the address follows).
    Effect::new(move |first: Option<()>| {
        let b = choice_b.get();
        if first.is_some() && b != "link" && twin.compare_link.with_untracked(Option::is_some) {
            twin.compare_link.set(None);
        }
    });
    let link_status = RwSignal::new(String::new());
    // Whether the link just written left a side's measured profiles out (too long).
    let profiles_left_out = RwSignal::new(false);
    let share_link = move |_| {
        let (Some(Ok(a)), Some(Ok(b))) = (side_a.get_untracked(), side_b.get_untracked()) else {
            return;
        };
        let url = crate::components::compare_inputs::comparison_url(&a.scenario, &b.scenario);
        profiles_left_out.set(
            (a.scenario.has_profiles() && !url.contains("&d="))
                || (b.scenario.has_profiles() && !url.contains("&e=")),
        );
        link_status.set(url.clone());
        crate::components::compare_inputs::copy_text(url);
    };
    let print = move |_| {
        #[cfg(target_arch = "wasm32")]
        crate::components::compare_inputs::print_handout(&i18n.t("compare-handout-title"));
    };
    let inputs = move || {
        let a = side_a.get()?.ok()?;
        let b = side_b.get()?.ok()?;
        let rows = crate::components::compare_inputs::input_diff(
            (&a.params, &a.weather),
            (&b.params, &b.weather),
            i18n.lang.get(),
        );
        if rows.is_empty() {
            return Some(view! { <p class="meta" data-compare-inputs="none">{i18n.t("compare-inputs-none")}</p> }.into_any());
        }
        Some(view! {
            <div class="table-wrap">
                <table class="compare-inputs">
                    <caption>{i18n.t("compare-inputs-title")}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("compare-input")}</th>
                        <th scope="col">{i18n.t("compare-unit")}</th>
                        <th scope="col">"A"</th>
                        <th scope="col">"B"</th>
                    </tr></thead>
                    <tbody>{rows.into_iter().map(|r| view! {
                        <tr data-compare-input=r.path>
                            <th scope="row">{r.label}</th><td>{r.unit}</td><td>{r.a}</td><td>{r.b}</td>
                        </tr>
                    }).collect_view()}</tbody>
                </table>
            </div>
        }.into_any())
    };

    let name_of = move |s: &Side| s.name.clone().unwrap_or_else(|| i18n.t("compare-current"));
    let error_text = move |e: &SideError| match e {
        SideError::NoFile { name, file } => i18n.t_args(
            "compare-no-file",
            &[
                ("name", Arg::Text(name.clone())),
                ("file", Arg::Text(file.clone())),
            ],
        ),
        SideError::Invalid { name, problems } => i18n.t_args(
            "compare-invalid",
            &[
                ("name", Arg::Text(name.clone())),
                ("problems", Arg::Text(problems.clone())),
            ],
        ),
        SideError::Missing => i18n.t("compare-missing"),
        SideError::Current(why) => i18n.t_args(
            "compare-current-missing",
            &[("why", Arg::Text(why.clone()))],
        ),
    };

    let selector = move |choice: RwSignal<String>, control: &'static str, label: String| {
        view! {
            <label class="compare-pick">
                <span>{label}</span>
                <select data-control=control prop:value=move || choice.get()
                    on:change=move |ev| choice.set(event_target_value(&ev))>
                    <option value="">{move || i18n.t("compare-choose")}</option>
                    <option value="current">{move || i18n.t("compare-current")}</option>
                    {move || twin.compare_link.with(|c| c.as_ref().map(|c| {
                        let name = c.name.clone().unwrap_or_else(|| i18n.t("compare-link"));
                        view! { <option value="link">{i18n.t_args("compare-link-side", &[("name", Arg::Text(name))])}</option> }
                    }))}
                    <optgroup label=move || i18n.t("compare-group-presets")>
                        {PRESETS.iter().map(|(stem, json)| view! {
                            <option value=format!("preset:{stem}")>{preset_name(stem, json)}</option>
                        }).collect_view()}
                    </optgroup>
                    {move || {
                        let saved: Vec<(usize, String)> = store.with(|s| s.entries().map(|(i, e)| (i, e.name.clone())).collect());
                        (!saved.is_empty()).then(|| view! {
                            <optgroup label=i18n.t("compare-group-saved")>
                                {saved.into_iter().map(|(i, n)| view! { <option value=format!("saved:{i}")>{n}</option> }).collect_view()}
                            </optgroup>
                        })
                    }}
                </select>
            </label>
        }
    };

    let problems = move || {
        [side_a, side_b]
            .into_iter()
            .filter_map(|m| m.with(|s| s.as_ref().and_then(|r| r.as_ref().err().map(error_text))))
            .map(|t| view! { <p class="message">{t}</p> })
            .collect_view()
    };

    let table = move || {
        let a = side_a.get()?.ok()?;
        let b = side_b.get()?.ok()?;
        let style = i18n.style();
        let na = i18n.t("compare-na");
        let pp = i18n.t("compare-unit-pp");
        let rows = ROWS
            .iter()
            .map(|(field, value, scale, unit)| {
                let va = value(&a.summary).map(|v| v * scale);
                let vb = value(&b.summary).map(|v| v * scale);
                let u = unit_text(&i18n, *unit);
                let cell = |v: Option<f64>| match v {
                    Some(v) if v.is_finite() => format!("{}\u{a0}{u}", readable(v, style)),
                    _ => na.clone(),
                };
                let points = (*unit == Unit::Percent).then_some(pp.as_str());
                let (d, rel) = diff_cells(va, vb, &u, points, style);
                let num = |v: Option<f64>| v.map(|v| format!("{v:?}")).unwrap_or_default();
                view! {
                    <tr data-compare-row=*field>
                        <th scope="row">{row_label(&i18n, field)}</th>
                        <td data-a=num(va)>{cell(va)}</td>
                        <td data-b=num(vb)>{cell(vb)}</td>
                        <td data-diff="">{d}</td>
                        <td data-change="">{rel}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <div class="table-wrap">
                <table class="compare-table">
                    <caption class="visually-hidden">{i18n.t("compare-title")}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("compare-indicator")}</th>
                        <th scope="col">"A: "{name_of(&a)}</th>
                        <th scope="col">"B: "{name_of(&b)}</th>
                        <th scope="col">{i18n.t("compare-diff")}</th>
                        <th scope="col">{i18n.t("compare-change")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        })
    };

    let size_tick = RwSignal::new(0u32);
    let _resize = window_event_listener(leptos::ev::resize, move |_| size_tick.update(|t| *t += 1));
    let chart = move |memo: SideMemo, letter: &'static str| {
        let canvas = NodeRef::<leptos::html::Canvas>::new();
        Effect::new(move |_| {
            size_tick.track();
            let lang = I18n::use_i18n().lang.get();
            let Some(Ok(s)) = memo.get() else {
                return;
            };
            if let Some(c) = canvas.get() {
                draw(&c, &s, lang);
            }
        });
        let ready = move || memo.with(|m| matches!(m, Some(Ok(_))));
        let caption = move || {
            memo.with(|m| match m {
                Some(Ok(s)) => i18n.t_args(
                    "compare-chart-caption",
                    &[
                        ("side", Arg::Text(letter.into())),
                        ("name", Arg::Text(name_of(s))),
                    ],
                ),
                _ => String::new(),
            })
        };
        let label = move || {
            memo.with(|m| match m {
                Some(Ok(s)) => i18n.t_args(
                    "compare-chart-label",
                    &[
                        ("name", Arg::Text(name_of(s))),
                        (
                            "total",
                            Arg::Text(readable(s.summary.heat_delivered_mwh, i18n.style())),
                        ),
                    ],
                ),
                _ => String::new(),
            })
        };
        view! {
            <figure class="compare-chart" hidden=move || !ready()>
                <figcaption>{caption}</figcaption>
                <canvas node_ref=canvas data-compare-chart=letter role="img" aria-label=label></canvas>
            </figure>
        }
    };

    view! {
        <section class="card compare" aria-labelledby="compare-title">
            <details node_ref=details on:toggle=move |ev| {
                use wasm_bindgen::JsCast;
                let is_open = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                    .is_some_and(|d| d.open());
                open.set(is_open);
            }>
                <summary><h2 id="compare-title">{move || i18n.t("compare-title")}</h2></summary>
                <p class="meta">{move || i18n.t("compare-hint")}</p>
                <div class="compare-picks">
                    {selector(choice_a, "compare-a", "A".into())}
                    {selector(choice_b, "compare-b", "B".into())}
                </div>
                <div role="status" data-compare-problems="">{problems}</div>
                {table}
                {inputs}
                <div class="compare-actions">
                    <button type="button" data-action="share-compare" on:click=share_link
                        disabled=move || !(matches!(side_a.get(), Some(Ok(_))) && matches!(side_b.get(), Some(Ok(_))))>
                        {move || i18n.t("compare-share-link")}</button>
                    <button type="button" data-action="print-compare" on:click=print>{move || i18n.t("compare-print")}</button>
                    <input type="url" readonly data-control="compare-link" aria-label=move || i18n.t("compare-share-link")
                        prop:value=move || link_status.get() hidden=move || link_status.with(String::is_empty) />
                </div>
                {move || profiles_left_out.get().then(|| view! {
                    <p class="meta" data-status="compare-profiles-share" data-state="too-long">
                        {i18n.t("compare-profiles-too-long")}</p>
                })}
                <div class="compare-charts">
                    {chart(side_a, "A")}
                    {chart(side_b, "B")}
                </div>
            </details>
        </section>
    }
}

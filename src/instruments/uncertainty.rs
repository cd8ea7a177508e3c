//! Uncertainty on the page: N seeded Monte Carlo runs in the worker over the built-in ranges
//! (docs/model/instruments.md §5), the P10–P90 band on the KPI cards ([`super::Lab::band`]),
//! a tornado of one KPI (chart and table) and the samples as CSV.

use super::{Kind, Lab, McResult, RunState};
use crate::components::field::field_label;
use crate::i18n::{Arg, I18n};
use crate::state::Twin;
use heat_twin_model::scenario::field;
use heat_twin_worker::{Bar, Job};
use leptos::prelude::*;
use std::sync::Arc;

/// Runs by default (the 1,000).
pub const DEFAULT_RUNS: usize = 1000;

fn label(i18n: &I18n, path: &str) -> String {
    field(path)
        .map(|spec| field_label(i18n, spec))
        .unwrap_or_else(|| path.to_string())
}

fn swing(b: &Bar) -> f64 {
    match (b.kpi_low, b.kpi_high) {
        (Some(a), Some(b)) => (b - a).abs(),
        _ => 0.0,
    }
}

/// The tornado as a table: the chart's text alternative.
fn tornado_table(i18n: I18n, m: &McResult) -> impl IntoView {
    let opt = move |x: Option<f64>| x.map(|x| i18n.num(x)).unwrap_or_else(|| "–".into());
    let rows = m
        .answer
        .tornado
        .iter()
        .map(|b| {
            let b = b.clone();
            view! {
                <tr data-tornado-input=b.input.clone() data-swing=format!("{:?}", swing(&b))>
                    <th scope="row">{label(&i18n, &b.input)}</th>
                    <td>{i18n.num(b.low)}" → "{opt(b.kpi_low)}</td>
                    <td>{i18n.num(b.high)}" → "{opt(b.kpi_high)}</td>
                    <td>{i18n.num(swing(&b))}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="tornado-table" data-table="tornado">
            <caption>{i18n.t_args("mc-tornado-caption",
                &[("kpi", Arg::Text(m.answer.tornado_kpi.clone()))])}</caption>
            <thead><tr>
                <th scope="col">{i18n.t("mc-col-input")}</th>
                <th scope="col">{i18n.t("mc-col-low")}</th>
                <th scope="col">{i18n.t("mc-col-high")}</th>
                <th scope="col">{i18n.t("mc-col-swing")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Draws the tornado of `m` on `canvas` (plotters, crates/charts), at its box's size.
#[cfg(target_arch = "wasm32")]
fn draw_tornado(canvas: &web_sys::HtmlCanvasElement, i18n: I18n, m: &McResult, base: f64) {
    use heat_twin_charts::{TornadoRow, TornadoText};
    let size = (
        f64::from(canvas.client_width()),
        f64::from(canvas.client_height()),
    );
    let Some((area, theme)) = crate::components::charts::prepare(canvas, size) else {
        return;
    };
    let lang = i18n.lang.get_untracked();
    let rows: Vec<TornadoRow> = m
        .answer
        .tornado
        .iter()
        .map(|b| TornadoRow {
            label: label(&i18n, &b.input),
            kpi_low: b.kpi_low.unwrap_or(f64::NAN),
            kpi_high: b.kpi_high.unwrap_or(f64::NAN),
        })
        .collect();
    let kpi = Arg::Text(m.answer.tornado_kpi.clone());
    let words = TornadoText {
        title: i18n.t_args("mc-tornado-title", &[("kpi", kpi.clone())]),
        x_axis: m.answer.tornado_kpi.clone(),
        low: i18n.t("mc-tornado-low"),
        high: i18n.t("mc-tornado-high"),
    };
    let text = crate::components::charts::chart_text(lang);
    let _ = heat_twin_charts::draw_tornado(&area, &rows, base, &words, &text, &theme);
    let _ = area.present();
}

/// The Monte Carlo form, its summary, the tornado and the CSV export.
#[component]
pub fn Uncertainty() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let lab = Lab::get();
    let runs = RwSignal::new(DEFAULT_RUNS.to_string());
    let seed = RwSignal::new("1".to_string());
    let tornado = RwSignal::new("co2_avoided_t".to_string());
    let run = move || {
        let (Ok(r), Ok(s)) = (
            runs.get_untracked().trim().parse::<usize>(),
            seed.get_untracked().trim().parse::<u64>(),
        ) else {
            lab.message.set(Some(i18n.t("mc-bad-settings")));
            lab.state.set(RunState::Failed);
            return;
        };
        lab.start(
            twin,
            Kind::Uncertainty,
            Job::Uncertainty {
                runs: r,
                seed: s,
                tornado_kpi: tornado.get_untracked(),
            },
        );
    };
    super::on_restore("uncertainty", move |job, again| {
        if let Job::Uncertainty {
            runs: r,
            seed: s,
            tornado_kpi,
        } = job
        {
            runs.set(r.to_string());
            seed.set(s.to_string());
            tornado.set(tornado_kpi.clone());
            if again {
                run();
            }
        }
    });
    let export = move |_| {
        if let Some(m) = lab.mc.get_untracked() {
            #[cfg(target_arch = "wasm32")]
            {
                let name = format!("heat-twin-monte-carlo-seed{}.csv", m.answer.seed);
                let _ = crate::components::export::download::save(
                    &name,
                    "text/csv",
                    m.answer.csv.as_bytes(),
                );
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = m;
        }
    };
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        let Some(m) = lab.mc.get() else { return };
        let Some(el) = canvas.get() else { return };
        // The line: the KPI with every input at its likely value, i.e. the scenario's own.
        let base = twin
            .snapshot
            .with_untracked(|s| {
                let k = heat_twin_model::instruments::kpi_index(&m.answer.tornado_kpi).ok()?;
                heat_twin_model::instruments::kpi_value(&s.as_ref()?.summary, k)
            })
            .unwrap_or(f64::NAN);
        let _ = lang;
        #[cfg(target_arch = "wasm32")]
        draw_tornado(&el, i18n, &m, base);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (el, base);
    });
    view! {
        <section class="instr mc" aria-labelledby="mc-title">
            <h3 id="mc-title">{move || i18n.t("mc-title")}</h3>
            <p class="instr-note">{move || i18n.t("mc-note")}</p>
            <div class="instr-form">
                <label>{move || i18n.t("mc-runs")}
                    <input type="number" min="1" max="100000" data-input="mc-runs"
                        prop:value=move || runs.get()
                        on:input=move |e| runs.set(event_target_value(&e)) />
                </label>
                <label>{move || i18n.t("mc-seed")}
                    <input type="number" min="0" data-input="mc-seed"
                        prop:value=move || seed.get()
                        on:input=move |e| seed.set(event_target_value(&e)) />
                </label>
                <button type="button" data-action="uncertainty-run" on:click=move |_| run()>
                    {move || i18n.t("mc-run")}</button>
            </div>
            <canvas class="tornado-chart" node_ref=canvas aria-hidden="true"
                hidden=move || lab.mc.with(Option::is_none)></canvas>
            {move || lab.mc.get().map(|m: Arc<McResult>| {
                let a = &m.answer;
                let summary = i18n.t_args("mc-summary", &[
                    ("runs", Arg::Text(i18n.fixed(a.runs as f64, 0))),
                    ("seed", Arg::Text(a.seed.to_string())),
                    ("failed", Arg::Text(i18n.fixed(a.failed_runs as f64, 0))),
                ]);
                let stale = move || lab.band(twin, "heat_delivered_mwh").is_none();
                view! {
                    <p class="mc-summary" data-mc-runs=a.runs data-mc-seed=a.seed>{summary}</p>
                    <Show when=stale>
                        <p class="instr-note">{move || i18n.t("mc-stale")}</p>
                    </Show>
                    {tornado_table(i18n, &m)}
                    <button type="button" data-action="uncertainty-csv" on:click=export>
                        {move || i18n.t("mc-csv")}</button>
                }
            })}
        </section>
    }
}

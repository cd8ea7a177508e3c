//! The five charts of `heat-twin-charts` on canvases, one visible at a time (tabs), redrawn
//! when the run or the size changes, sharp on high-DPI screens, each with a text alternative
//! (a short summary and a data table) for screen readers.

use crate::i18n::{translate, I18n, Lang};
use crate::run::Snapshot;
use crate::state::Twin;
use heat_twin_charts as hc;

pub(crate) mod pace;
mod text;

use leptos::prelude::*;
use pace::Pacer;
pub use text::summary;
use text::table;

/// Which chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// Daily heat over the year.
    Year,
    /// Load-duration curve.
    Duration,
    /// Monthly heat and CO2.
    Monthly,
    /// Energy flows (Sankey).
    Flows,
    /// COP and supply temperature against outdoor temperature.
    Cop,
}

impl ChartKind {
    const ALL: [ChartKind; 5] = [
        ChartKind::Year,
        ChartKind::Duration,
        ChartKind::Monthly,
        ChartKind::Flows,
        ChartKind::Cop,
    ];

    /// The chart with `data-chart` id `id`.
    pub fn from_id(id: &str) -> Option<ChartKind> {
        ChartKind::ALL.into_iter().find(|k| k.id() == id)
    }

    fn id(self) -> &'static str {
        match self {
            ChartKind::Year => "year",
            ChartKind::Duration => "duration",
            ChartKind::Monthly => "monthly",
            ChartKind::Flows => "flows",
            ChartKind::Cop => "cop",
        }
    }

    fn tab(self, i18n: &I18n) -> String {
        match self {
            ChartKind::Year => i18n.t("tab-year"),
            ChartKind::Duration => i18n.t("tab-duration"),
            ChartKind::Monthly => i18n.t("tab-monthly"),
            ChartKind::Flows => i18n.t("tab-flows"),
            ChartKind::Cop => i18n.t("tab-cop"),
        }
    }
}

/// Draws `kind` for `snap` on `canvas` in `lang`, sized to its box × devicePixelRatio.
#[cfg(target_arch = "wasm32")]
pub fn draw(canvas: &web_sys::HtmlCanvasElement, kind: ChartKind, snap: &Snapshot, lang: Lang) {
    let (w, h) = (
        f64::from(canvas.client_width()),
        f64::from(canvas.client_height()),
    );
    draw_sized(canvas, kind, snap, lang, (w, h));
}

/// A canvas ready to draw on: sized to `(w, h)` CSS pixels × devicePixelRatio (resized only
/// when that changed: resizing reallocates its pixels), with the theme it asks for through
/// `data-theme` (the printed report is always light) or else the system's colour scheme.
/// None when the box is too small or the canvas has no 2D context.
#[cfg(target_arch = "wasm32")]
pub fn prepare(
    canvas: &web_sys::HtmlCanvasElement,
    (w, h): (f64, f64),
) -> Option<(
    plotters::drawing::DrawingArea<
        crate::components::canvas_backend::MeasuredCanvas,
        plotters::coord::Shift,
    >,
    heat_twin_charts::Theme,
)> {
    use plotters::prelude::IntoDrawingArea;
    let window = web_sys::window()?;
    if w < 10.0 || h < 10.0 {
        return None;
    }
    let dpr = window.device_pixel_ratio().clamp(1.0, 4.0);
    let (pw, ph) = ((w * dpr).round() as u32, (h * dpr).round() as u32);
    if canvas.width() != pw {
        canvas.set_width(pw);
    }
    if canvas.height() != ph {
        canvas.set_height(ph);
    }
    let dark = match canvas.get_attribute("data-theme").as_deref() {
        Some("light") => false,
        Some("dark") => true,
        _ => window
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches()),
    };
    let theme = if dark {
        hc::Theme::dark()
    } else {
        hc::Theme::light()
    }
    .with_scale(dpr);
    let backend = crate::components::canvas_backend::MeasuredCanvas::new(canvas.clone())?;
    Some((backend.into_drawing_area(), theme))
}

/// Draws `kind` on `canvas` whose box is `size` CSS pixels (known without asking the page for
/// its layout, e.g. from a ResizeObserver).
#[cfg(target_arch = "wasm32")]
pub fn draw_sized(
    canvas: &web_sys::HtmlCanvasElement,
    kind: ChartKind,
    snap: &Snapshot,
    lang: Lang,
    (w, h): (f64, f64),
) {
    let Some((area, theme)) = prepare(canvas, (w, h)) else {
        return;
    };
    let text = chart_text(lang);
    let d = &snap.daily;
    fn opt(v: &[f64], takes_all_heat: bool) -> Option<&[f64]> {
        (!takes_all_heat).then_some(v)
    }
    let result = match kind {
        ChartKind::Year => {
            // Without a demand curve (the network takes all the heat) the heat reads against
            // the data centre's IT electricity, day by day.
            let it = snap
                .takes_all_heat
                .then(|| crate::run::with_results(|r| daily_mwh(&r.hourly.p_it_kw)));
            hc::draw_year_with_it(
                &area,
                &hc::YearData {
                    direct_mwh: &d.direct_mwh,
                    storage_mwh: &d.storage_mwh,
                    backup_mwh: opt(&d.backup_mwh, snap.takes_all_heat),
                    demand_mwh: opt(&d.demand_mwh, snap.takes_all_heat),
                    rejected_mwh: &d.rejected_mwh,
                },
                it.as_deref(),
                &text,
                &theme,
            )
        }
        ChartKind::Duration => crate::run::with_results(|r| {
            let h = &r.hourly;
            hc::draw_duration(
                &area,
                &hc::DurationData {
                    demand_kw: (!snap.takes_all_heat).then_some(&h.demand_kw[..]),
                    delivered_kw: &h.delivered_kw,
                    available_kw: &h.available_kw,
                },
                &text,
                &theme,
            )
        }),
        ChartKind::Monthly => {
            let m = &snap.monthly;
            let delivered: Vec<f64> = m.iter().map(|x| x.heat_delivered_mwh).collect();
            let backup: Vec<f64> = m.iter().map(|x| x.backup_heat_mwh.unwrap_or(0.0)).collect();
            let rejected: Vec<f64> = m.iter().map(|x| x.heat_rejected_mwh).collect();
            let co2: Vec<f64> = m.iter().map(|x| x.co2_avoided_t).collect();
            hc::draw_monthly(
                &area,
                &hc::MonthlyData {
                    delivered_mwh: &delivered,
                    backup_mwh: (!snap.takes_all_heat).then_some(&backup[..]),
                    rejected_mwh: &rejected,
                    co2_avoided_t: &co2,
                },
                &text,
                &theme,
            )
        }
        ChartKind::Flows => hc::draw_flows(&area, &snap.flows, &text, &theme),
        ChartKind::Cop => hc::draw_cop(&area, &snap.cop_bins.as_data(), &text, &theme),
    };
    if let Err(e) = result.and_then(|()| area.present().map_err(|_| hc::DrawError::Layout)) {
        web_sys::console::warn_1(&format!("chart {}: {e}", kind.id()).into());
    }
}

/// The chart texts of `lang`, built once per language.
#[cfg(target_arch = "wasm32")]
pub fn chart_text(lang: Lang) -> heat_twin_charts::ChartText {
    thread_local! {
        static TEXTS: std::cell::RefCell<Vec<(Lang, heat_twin_charts::ChartText)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    TEXTS.with(|cell| {
        let mut texts = cell.borrow_mut();
        if let Some((_, t)) = texts.iter().find(|(l, _)| *l == lang) {
            return t.clone();
        }
        let t = build_chart_text(lang);
        texts.push((lang, t.clone()));
        t
    })
}

/// Every word the charts draw, from the messages of `lang`, and its number separators.
pub fn build_chart_text(lang: Lang) -> heat_twin_charts::ChartText {
    let t = |key: &str| translate(lang, key, &[]);
    let style = lang.number_style();
    hc::ChartText {
        months: month_names(lang),
        thousands_separator: Some(style.thousands),
        decimal_separator: style.decimal,
        year: hc::YearText {
            title: t("chart-year-title"),
            x_axis: t("chart-month"),
            y_axis: t("chart-year-y"),
            direct: t("chart-direct"),
            storage: t("chart-from-storage"),
            backup: t("chart-backup-plants"),
            demand: t("chart-network-demand"),
            rejected: t("chart-rejected-below"),
            it: t("chart-it-electricity"),
            all_heat_note: t("chart-all-heat-note"),
        },
        duration: hc::DurationText {
            title: t("chart-duration-title"),
            x_axis: t("chart-duration-x"),
            y_axis: t("chart-duration-y"),
            demand: t("chart-network-demand"),
            delivered: t("chart-delivered-from-dc"),
            available: t("chart-available-from-dc"),
        },
        monthly: hc::MonthlyText {
            title: t("chart-monthly-title"),
            x_axis: t("chart-month"),
            y_axis: t("chart-monthly-y"),
            co2_axis: t("chart-co2-axis"),
            delivered: t("chart-delivered"),
            backup: t("chart-backup"),
            rejected: t("chart-rejected"),
            co2: t("chart-co2"),
        },
        flows: hc::FlowText {
            title: t("chart-flows-title"),
            subtitle: t("chart-flows-subtitle"),
            unit: t("chart-mwh"),
            it: t("chart-it"),
            overhead: t("chart-overhead"),
            captured: t("chart-captured"),
            room_air: t("chart-room-air"),
            heat_pump_electricity: t("chart-heat-pump"),
            recovered: t("chart-recovered"),
            rejected: t("chart-rejected"),
            pumping: t("chart-pumping"),
            delivered: t("chart-delivered"),
            storage_losses: t("chart-storage-losses"),
            tank: t("chart-tank"),
            tank_start: t("chart-tank-start"),
            tank_kept: t("chart-tank-kept"),
            homes: t("chart-homes"),
            network_losses: t("chart-network-losses"),
            legend_electricity: t("chart-electricity"),
            legend_heat: t("chart-heat"),
            legend_rejected: t("chart-rejected"),
            legend_losses: t("chart-losses"),
        },
        cop: hc::CopText {
            title: t("chart-cop-title"),
            x_axis: t("chart-cop-x"),
            y_axis: t("chart-cop-y"),
            cop_axis: t("chart-cop-axis"),
            supply: t("chart-supply"),
            cop: t("chart-cop"),
        },
    }
}

/// Month abbreviations of `lang`, January first.
pub fn month_names(lang: Lang) -> [String; 12] {
    const KEYS: [&str; 12] = [
        "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
        "month-9", "month-10", "month-11", "month-12",
    ];
    KEYS.map(|k| translate(lang, k, &[]))
}

/// Natively there is no canvas: nothing to draw.
#[cfg(not(target_arch = "wasm32"))]
pub fn draw(_canvas: &web_sys::HtmlCanvasElement, _kind: ChartKind, _snap: &Snapshot, _lang: Lang) {
}

/// Natively there is no canvas: nothing to draw.
#[cfg(not(target_arch = "wasm32"))]
pub fn draw_sized(
    _canvas: &web_sys::HtmlCanvasElement,
    _kind: ChartKind,
    _snap: &Snapshot,
    _lang: Lang,
    _size: (f64, f64),
) {
}

/// The chart area: tabs, the visible chart's canvas, its text alternative.
#[component]
pub fn Charts() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let active = RwSignal::new(ChartKind::Year);
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let size_tick = RwSignal::new(0u32);
    let _resize = window_event_listener(leptos::ev::resize, move |_| size_tick.update(|t| *t += 1));
    // Only a chart that can be seen redraws; one scrolled out of view catches up when it
    // comes back (this also spares the page layout that plotters' text measuring forces).
    let visible = crate::visible::use_visible(canvas_ref);
    let size = crate::visible::use_size(canvas_ref);
    // Printing draws every chart as it is now, visible or not (a chart scrolled out of view
    // would otherwise print stale figures).
    let printing = RwSignal::new(false);
    let _before_print = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("beforeprint"),
        move |_| printing.set(true),
    );
    let _after_print = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("afterprint"),
        move |_| printing.set(false),
    );
    // The chart follows the KPIs in the next animation frame, not inside the input event, and on
    // a slow device at a lower rate: after a draw that took d ms, no chart draws again for
    // 6·d ms, and the year chart and the cash flow take turns (pace.rs). The KPIs are never
    // held back.
    let pacer = Pacer::default();
    Effect::new(move |_| {
        size_tick.track();
        let forced = printing.get();
        if !visible.get() && !forced {
            return;
        }
        // Track what the drawing reads, then draw (at once when printing, else paced).
        let _ = (
            size.get(),
            active.get(),
            i18n.lang.get(),
            twin.snapshot.with(|_| ()),
        );
        let draw_now = move || {
            let (Some(snap), Some(canvas)) =
                (twin.snapshot.get_untracked(), canvas_ref.get_untracked())
            else {
                return;
            };
            let size = size.get_untracked();
            let kind = active.get_untracked();
            let lang = i18n.lang.get_untracked();
            crate::perf::time("chart", || {
                // Before the first size report, ask the page (once).
                if size.0 > 0.0 {
                    draw_sized(&canvas, kind, &snap, lang, size)
                } else {
                    draw(&canvas, kind, &snap, lang)
                }
            });
        };
        if forced {
            draw_now();
        } else {
            pacer.schedule(draw_now);
        }
    });
    // The text alternative: one summary for the aria-label and the paragraph; the data table
    // is built only while its disclosure is open.
    let described = Memo::new(move |_| {
        twin.snapshot
            .get()
            .map(|s| summary(&i18n, active.get(), &s))
            .unwrap_or_default()
    });
    let table_open = RwSignal::new(false);
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let i = ChartKind::ALL
            .iter()
            .position(|k| *k == active.get_untracked())
            .unwrap_or(0);
        let n = ChartKind::ALL.len();
        let next = match ev.key().as_str() {
            "ArrowRight" => (i + 1) % n,
            "ArrowLeft" => (i + n - 1) % n,
            _ => return,
        };
        active.set(ChartKind::ALL[next]);
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(el) = doc.get_element_by_id(&format!("tab-{}", ChartKind::ALL[next].id())) {
                use wasm_bindgen::JsCast;
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }
    };
    view! {
        <section class="card chart" aria-label=move || i18n.t("charts-aria")>
            <div class="tabs" role="tablist" aria-label=move || i18n.t("charts-aria") on:keydown=on_key>
                {ChartKind::ALL.iter().map(|k| {
                    let k = *k;
                    view! {
                        <button role="tab" id=format!("tab-{}", k.id()) data-chart-tab=k.id()
                            aria-selected=move || (active.get() == k).to_string()
                            tabindex=move || if active.get() == k { "0" } else { "-1" }
                            aria-controls="chart-panel"
                            on:click=move |_| active.set(k)>{move || k.tab(&i18n)}</button>
                    }
                }).collect_view()}
            </div>
            <div id="chart-panel" role="tabpanel" aria-labelledby=move || format!("tab-{}", active.get().id())>
                <canvas node_ref=canvas_ref data-chart=move || active.get().id() role="img"
                    aria-label=move || described.get()></canvas>
                <details on:toggle=move |ev| table_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                    <summary>{move || i18n.t("charts-as-text")}</summary>
                    <p>{move || described.get()}</p>
                    <div class="table-wrap" tabindex="0" role="region" aria-label=move || i18n.t("charts-table-region")>
                        {move || table_open.get().then(|| twin.snapshot.get().map(|s| table(&i18n, active.get(), &s)))}
                    </div>
                </details>
            </div>
        </section>
    }
}

/// The tank's annual flows for the energy-flow chart (the rest of [`hc::EnergyFlows`] is 0).
pub fn tank_flows(s: &heat_twin_model::Summary) -> hc::EnergyFlows {
    hc::EnergyFlows {
        storage_charge_mwh: s.storage_charge_mwh,
        storage_discharge_mwh: s.storage_discharge_mwh,
        storage_loss_mwh: s.storage_loss_mwh,
        storage_change_mwh: s.storage_end_mwh - s.storage_start_mwh,
        ..hc::EnergyFlows::default()
    }
}

/// Daily sums of an hourly kW column, MWh/day.
#[cfg(target_arch = "wasm32")]
fn daily_mwh(column: &[f64]) -> Vec<f64> {
    column
        .chunks(24)
        .map(|day| day.iter().sum::<f64>() / 1000.0)
        .collect()
}

#[cfg(test)]
mod flow_tests {
    use super::*;
    use crate::presets::PRESETS;
    use crate::state::weather_for;
    use heat_twin_model::scenario::load_scenario;

    /// For every preset, the energy-flow graph balances at every node that has both inflows and
    /// outflows, and "delivered" receives exactly the heat-delivered KPI (not the KPI plus
    /// pumping, as before: 83,096 vs 82,273 MWh on Brescia). Independent of the chart code: the
    /// tank's balance `start + charge = discharge + loss + end` and the dispatch's
    /// `direct + discharge = delivered` are the model's (MODEL.md §6–7).
    #[test]
    fn flows_balance_and_delivered_is_the_kpi_for_every_preset() {
        for (stem, json) in PRESETS {
            let valid = load_scenario(json).expect("presets are valid (presets.rs test)");
            let t = weather_for(&valid.weather, None).expect("built-in weather");
            let snap = crate::run::simulate(&valid.params, &t);
            let links = hc::flow_links(&snap.flows);
            let (inflow, outflow) = hc::node_totals(&links);
            let kpi = snap.summary.heat_delivered_mwh;
            let tol = 1e-6 * kpi.max(1.0);
            for (i, node) in hc::FlowNode::ALL.iter().enumerate() {
                if inflow[i] > 0.0 && outflow[i] > 0.0 {
                    assert!(
                        (inflow[i] - outflow[i]).abs() <= tol,
                        "{stem}: {node:?} in {} out {}",
                        inflow[i],
                        outflow[i]
                    );
                }
            }
            let d = hc::FlowNode::Delivered.index();
            assert!(
                (inflow[d] - kpi).abs() <= tol,
                "{stem}: delivered {} vs KPI {kpi}",
                inflow[d]
            );
            let values = hc::node_values(&snap.flows, &links);
            assert!((values[d] - kpi).abs() <= tol, "{stem}");
        }
    }
}

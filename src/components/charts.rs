//! The five charts of `heat-twin-charts` on canvases, one visible at a time (tabs), redrawn
//! when the run or the size changes, sharp on high-DPI screens, each with a text alternative
//! (a short summary and a data table) for screen readers.

use crate::format::{readable, NumberStyle};
use crate::run::Snapshot;
use crate::state::Twin;
use leptos::prelude::*;
use std::sync::Arc;

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

    fn id(self) -> &'static str {
        match self {
            ChartKind::Year => "year",
            ChartKind::Duration => "duration",
            ChartKind::Monthly => "monthly",
            ChartKind::Flows => "flows",
            ChartKind::Cop => "cop",
        }
    }

    fn tab(self) -> &'static str {
        match self {
            ChartKind::Year => "Year, day by day",
            ChartKind::Duration => "Load duration",
            ChartKind::Monthly => "Months",
            ChartKind::Flows => "Energy flows",
            ChartKind::Cop => "COP & temperatures",
        }
    }
}

/// Draws `kind` for `snap` on `canvas`, sized to its box × devicePixelRatio.
#[cfg(target_arch = "wasm32")]
pub fn draw(canvas: &web_sys::HtmlCanvasElement, kind: ChartKind, snap: &Snapshot) {
    use heat_twin_charts as hc;
    use plotters::prelude::IntoDrawingArea;
    let Some(window) = web_sys::window() else {
        return;
    };
    let dpr = window.device_pixel_ratio().clamp(1.0, 4.0);
    let (w, h) = (
        f64::from(canvas.client_width()),
        f64::from(canvas.client_height()),
    );
    if w < 10.0 || h < 10.0 {
        return;
    }
    canvas.set_width((w * dpr).round() as u32);
    canvas.set_height((h * dpr).round() as u32);
    let dark = window
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let theme = if dark {
        hc::Theme::dark()
    } else {
        hc::Theme::light()
    }
    .with_scale(dpr);
    let text = chart_text();
    let Some(backend) = plotters_canvas::CanvasBackend::with_canvas_object(canvas.clone()) else {
        return;
    };
    let area = backend.into_drawing_area();
    let d = &snap.daily;
    fn opt(v: &[f64], takes_all_heat: bool) -> Option<&[f64]> {
        (!takes_all_heat).then_some(v)
    }
    let result = match kind {
        ChartKind::Year => hc::draw_year(
            &area,
            &hc::YearData {
                direct_mwh: &d.direct_mwh,
                storage_mwh: &d.storage_mwh,
                backup_mwh: opt(&d.backup_mwh, snap.takes_all_heat),
                demand_mwh: opt(&d.demand_mwh, snap.takes_all_heat),
                rejected_mwh: &d.rejected_mwh,
            },
            &text,
            &theme,
        ),
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

/// The chart texts, built once.
#[cfg(target_arch = "wasm32")]
fn chart_text() -> heat_twin_charts::ChartText {
    thread_local! {
        static TEXT: heat_twin_charts::ChartText = heat_twin_charts::ChartText::english();
    }
    TEXT.with(Clone::clone)
}

/// Natively there is no canvas: nothing to draw.
#[cfg(not(target_arch = "wasm32"))]
pub fn draw(_canvas: &web_sys::HtmlCanvasElement, _kind: ChartKind, _snap: &Snapshot) {}

/// The chart area: tabs, the visible chart's canvas, its text alternative.
#[component]
pub fn Charts() -> impl IntoView {
    let twin = Twin::use_twin();
    let active = RwSignal::new(ChartKind::Year);
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let size_tick = RwSignal::new(0u32);
    let _resize = window_event_listener(leptos::ev::resize, move |_| size_tick.update(|t| *t += 1));
    Effect::new(move |_| {
        size_tick.track();
        let kind = active.get();
        let Some(snap) = twin.snapshot.get() else {
            return;
        };
        if let Some(canvas) = canvas_ref.get() {
            crate::perf::time("chart", || draw(&canvas, kind, &snap));
        }
    });
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
        <section class="card chart" aria-label="Charts">
            <div class="tabs" role="tablist" aria-label="Charts" on:keydown=on_key>
                {ChartKind::ALL.iter().map(|k| {
                    let k = *k;
                    view! {
                        <button role="tab" id=format!("tab-{}", k.id()) data-chart-tab=k.id()
                            aria-selected=move || (active.get() == k).to_string()
                            tabindex=move || if active.get() == k { "0" } else { "-1" }
                            aria-controls="chart-panel"
                            on:click=move |_| active.set(k)>{k.tab()}</button>
                    }
                }).collect_view()}
            </div>
            <div id="chart-panel" role="tabpanel" aria-labelledby=move || format!("tab-{}", active.get().id())>
                <canvas node_ref=canvas_ref data-chart=move || active.get().id() role="img"
                    aria-label=move || twin.snapshot.get().map(|s| summary(active.get(), &s)).unwrap_or_default()></canvas>
                <details>
                    <summary>"The chart as text and a table"</summary>
                    <p>{move || twin.snapshot.get().map(|s| summary(active.get(), &s))}</p>
                    <div class="table-wrap">{move || twin.snapshot.get().map(|s| table(active.get(), &s))}</div>
                </details>
            </div>
        </section>
    }
}

fn n(x: f64) -> String {
    readable(x, NumberStyle::EN)
}

/// A one-sentence summary of a chart for screen readers.
pub fn summary(kind: ChartKind, s: &Snapshot) -> String {
    let sum = &s.summary;
    match kind {
        ChartKind::Year => {
            let peak = s.daily.direct_mwh.iter().zip(&s.daily.storage_mwh).map(|(a, b)| a + b).fold(0.0, f64::max);
            format!(
                "Heat delivered day by day over the year: {} MWh in all, up to {} MWh on the best day; {} MWh of captured heat rejected.",
                n(sum.heat_delivered_mwh), n(peak), n(sum.heat_rejected_mwh)
            )
        }
        ChartKind::Duration => format!(
            "Hours of the year sorted by load: the recovery plant peaks at {} MW and runs {} full-load hours.",
            n(sum.peak_recovery_output_mw),
            sum.full_load_hours.map(n).unwrap_or_else(|| "no".into())
        ),
        ChartKind::Monthly => {
            let best = s.monthly.iter().enumerate().max_by(|a, b| a.1.heat_delivered_mwh.total_cmp(&b.1.heat_delivered_mwh));
            format!(
                "Heat delivered and CO2 avoided month by month; most heat in {}.",
                best.map(|(m, _)| MONTHS[m]).unwrap_or("–")
            )
        }
        ChartKind::Flows => format!(
            "Energy flows over a year: {} MWh of IT electricity becomes heat; {} MWh is captured, {} MWh used, and {} MWh delivered to the network.",
            n(sum.it_energy_mwh), n(sum.heat_captured_mwh), n(sum.dc_heat_used_mwh), n(sum.heat_delivered_mwh)
        ),
        ChartKind::Cop => format!(
            "Network supply temperature from {} to {} °C as the weather changes; heat-pump seasonal COP {}.",
            n(sum.min_supply_c), n(sum.max_supply_c),
            sum.heat_pump_scop.map(n).unwrap_or_else(|| "n/a (no heat pump ran)".into())
        ),
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The data behind a chart as a table.
fn table(kind: ChartKind, s: &Arc<Snapshot>) -> AnyView {
    match kind {
        ChartKind::Year | ChartKind::Monthly | ChartKind::Duration => view! {
            <table>
                <caption class="visually-hidden">"Monthly heat and CO2"</caption>
                <thead><tr><th scope="col">"Month"</th><th scope="col">"Delivered, MWh"</th><th scope="col">"Demand, MWh"</th>
                    <th scope="col">"Backup, MWh"</th><th scope="col">"Rejected, MWh"</th><th scope="col">"CO2 avoided, t"</th></tr></thead>
                <tbody>
                    {s.monthly.iter().enumerate().map(|(i, m)| view! {
                        <tr><th scope="row">{MONTHS[i]}</th><td>{n(m.heat_delivered_mwh)}</td>
                            <td>{m.network_demand_mwh.map(n).unwrap_or_else(|| "–".into())}</td>
                            <td>{m.backup_heat_mwh.map(n).unwrap_or_else(|| "–".into())}</td>
                            <td>{n(m.heat_rejected_mwh)}</td><td>{n(m.co2_avoided_t)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
        ChartKind::Flows => {
            let f = &s.flows;
            let rows = [
                ("IT electricity", f.it_electricity_mwh),
                ("Cooling and other site electricity", f.overhead_electricity_mwh),
                ("Heat captured in the water loop", f.heat_captured_mwh),
                ("Captured heat used", f.dc_heat_used_mwh),
                ("Heat-pump electricity", f.heat_pump_electricity_mwh),
                ("Pumping electricity", f.pumping_electricity_mwh),
                ("Heat delivered to the network", f.heat_delivered_mwh),
                ("Of which lost in the network", f.network_losses_mwh),
            ];
            view! {
                <table>
                    <thead><tr><th scope="col">"Flow"</th><th scope="col">"MWh/yr"</th></tr></thead>
                    <tbody>{rows.into_iter().map(|(name, v)| view! { <tr><th scope="row">{name}</th><td>{n(v)}</td></tr> }).collect_view()}</tbody>
                </table>
            }
            .into_any()
        }
        ChartKind::Cop => {
            let b = &s.cop_bins;
            view! {
                <table>
                    <thead><tr><th scope="col">"Outdoor, °C"</th><th scope="col">"Supply, °C"</th><th scope="col">"COP"</th></tr></thead>
                    <tbody>{b.outdoor_c.iter().zip(&b.supply_c).zip(&b.cop).map(|((t, sup), c)| view! {
                        <tr><th scope="row">{n(*t)}</th><td>{n(*sup)}</td><td>{if c.is_finite() { n(*c) } else { "–".into() }}</td></tr>
                    }).collect_view()}</tbody>
                </table>
            }
            .into_any()
        }
    }
}

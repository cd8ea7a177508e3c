//! The chosen week, hour by hour: the week picker (`data-control="measured-week"`, weeks 1–52
//! counted from 1 January, limited to the measured period), the hourly overlay of the chosen
//! series (gaps kept) and its text alternative, a table of the week's daily sums (kWh) or
//! means (°C) over the hours measured.

use super::pairing::{month_day, Compared, Means};
use super::view::series_label;
use super::week::{self, Week};
use crate::i18n::{Arg, I18n};
use heat_twin_measured::Series;
use leptos::prelude::*;
use std::sync::Arc;

/// Day `day` of the model's year (0 = 1 January) as "2 Jul".
pub fn day_text(i18n: I18n, day: usize) -> String {
    let (m, d) = month_day(day * 24);
    let months = crate::components::charts::month_names(i18n.lang.get_untracked());
    format!("{d} {}", months.get(m - 1).cloned().unwrap_or_default())
}

/// The unit of the table's figures: kWh for a power summed over hours, °C for a temperature's
/// mean.
fn day_unit(series: Series) -> &'static str {
    if series.is_temperature() {
        "°C"
    } else {
        "kWh"
    }
}

/// Draws the week of `series` on `canvas` at its box's size.
#[cfg(target_arch = "wasm32")]
fn draw(canvas: &web_sys::HtmlCanvasElement, i18n: I18n, series: Series, w: &Week) {
    use heat_twin_charts::{OverlayData, OverlayText};
    let size = (
        f64::from(canvas.client_width()),
        f64::from(canvas.client_height()),
    );
    let Some((area, theme)) = crate::components::charts::prepare(canvas, size) else {
        return;
    };
    let lang = i18n.lang.get_untracked();
    let data = OverlayData {
        measured: w.measured.clone(),
        modelled: w.modelled.clone(),
    };
    let label = series_label(i18n, series);
    let words = OverlayText {
        title: i18n.t_args(
            "measured-week-title",
            &[
                ("series", Arg::Text(label.clone())),
                ("week", Arg::Text(w.week.to_string())),
            ],
        ),
        x_axis: i18n.t("measured-week-x"),
        y_axis: format!("{label}, {}", series.unit_name()),
        measured: i18n.t("measured-col-measured"),
        modelled: i18n.t("measured-col-modelled"),
    };
    let first_day = w.first_hour / 24;
    let days: Vec<String> = (first_day..first_day + 8)
        .map(|d| day_text(i18n, d.min(364)))
        .collect();
    let text = crate::components::charts::chart_text(lang);
    let _ = heat_twin_charts::draw_overlay_week(&area, &data, &words, &days, &text, &theme);
    let _ = area.present();
}

/// The week's daily figures: the chart's text alternative.
fn day_table(i18n: I18n, series: Series, w: &Week) -> impl IntoView {
    let unit = day_unit(series);
    let decimals = if series.is_temperature() { 1 } else { 0 };
    let cell = |v: Option<f64>| {
        v.map(|v| i18n.fixed(v, decimals))
            .unwrap_or_else(|| "—".into())
    };
    let rows = w
        .days
        .iter()
        .map(|d| {
            view! {
                <tr data-day=d.day data-hours=d.hours
                    data-measured=d.measured.map(|v| format!("{v:?}")).unwrap_or_default()
                    data-modelled=d.modelled.map(|v| format!("{v:?}")).unwrap_or_default()>
                    <th scope="row">{day_text(i18n, d.day)}</th>
                    <td>{i18n.fixed(d.hours as f64, 0)}</td>
                    <td>{cell(d.measured)}</td>
                    <td>{cell(d.modelled)}</td>
                </tr>
            }
        })
        .collect_view();
    let key = if series.is_temperature() {
        "measured-week-caption-mean"
    } else {
        "measured-week-caption-sum"
    };
    let caption = i18n.t_args(
        key,
        &[
            ("series", Arg::Text(series_label(i18n, series))),
            ("week", Arg::Text(w.week.to_string())),
        ],
    );
    view! {
        <table class="measured-table" data-table="measured-week" data-series=series.name()
            data-week=w.week>
            <caption>{caption}</caption>
            <thead><tr>
                <th scope="col">{i18n.t("measured-col-day")}</th>
                <th scope="col">{i18n.t("measured-col-hours-measured")}</th>
                <th scope="col">{format!("{}, {unit}", i18n.t("measured-col-measured"))}</th>
                <th scope="col">{format!("{}, {unit}", i18n.t("measured-col-modelled"))}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// The week picker, the hourly chart and its table, for the series `chosen`. `asked` is the
/// week the user typed (`None`: the default week of the series shown).
#[component]
pub fn WeekOverlay(
    /// The statistics and the paired hours of every series.
    compared: Memo<Option<Arc<Compared>>>,
    /// The series shown.
    chosen: RwSignal<Option<Series>>,
    /// The measured period's weeks (first, last), 1–52.
    weeks: Signal<(usize, usize)>,
    /// The week the user chose, if any.
    asked: RwSignal<Option<usize>>,
) -> impl IntoView {
    let i18n = I18n::use_i18n();
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let means = move || -> Option<Means> {
        let c = compared.get()?;
        let s = chosen.get()?;
        c.means.iter().find(|m| m.series == s).cloned()
    };
    let shown = Memo::new(move |_| {
        let m = means()?;
        let (lo, hi) = weeks.get();
        let w = asked
            .get()
            .unwrap_or_else(|| week::default_week(&m.hourly))
            .clamp(lo, hi);
        Some((
            m.series,
            Arc::new(week::week(&m.hourly, w, m.series.is_temperature())),
        ))
    });
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        let Some((series, w)) = shown.get() else {
            return;
        };
        let Some(el) = canvas.get() else { return };
        let _ = lang;
        #[cfg(target_arch = "wasm32")]
        draw(&el, i18n, series, &w);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (el, series, w);
    });
    let on_week = move |ev: leptos::ev::Event| {
        let (lo, hi) = weeks.get_untracked();
        if let Ok(w) = event_target_value(&ev).trim().parse::<usize>() {
            asked.set(Some(w.clamp(lo, hi)));
        }
    };
    let span = move || {
        shown.get().map(|(_, w)| {
            let first = w.first_hour / 24;
            i18n.t_args(
                "measured-week-span",
                &[
                    ("from", Arg::Text(day_text(i18n, first))),
                    ("to", Arg::Text(day_text(i18n, first + 6))),
                ],
            )
        })
    };
    view! {
        <div class="measured-week">
            <label>{move || i18n.t("measured-week-pick")}
                <input type="number" data-control="measured-week" inputmode="numeric"
                    min=move || weeks.get().0 max=move || weeks.get().1 step="1"
                    prop:value=move || shown.get().map(|(_, w)| w.week.to_string()).unwrap_or_default()
                    data-week=move || shown.get().map(|(_, w)| w.week)
                    on:change=on_week />
            </label>
            <p class="measured-note" data-week-span="">{span}</p>
            <canvas class="measured-chart" data-measured-chart="week" node_ref=canvas
                aria-hidden="true"></canvas>
            {move || shown.get().map(|(s, w)| day_table(i18n, s, &w))}
        </div>
    }
}

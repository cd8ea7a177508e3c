//! What the panel shows: the series a file holds, the statistics beside the guideline's limits,
//! and the overlay chart of daily means with its table of monthly means.

use super::load::Loaded;
use super::pairing::{month_day, period, Compared};
use crate::i18n::{Arg, I18n};
use heat_twin_measured::{Gof, Limits, Series, Unit, HOURLY_LIMITS, MONTHLY_LIMITS};
use leptos::prelude::*;
use std::sync::Arc;

/// The series' name as shown (its contract name stays in the data attributes).
pub fn series_label(i18n: I18n, s: Series) -> String {
    i18n.t(&format!("measured-s-{}", s.name()))
}

fn unit_text(u: Unit) -> &'static str {
    match u {
        Unit::Kw => "kW",
        Unit::Mw => "MW",
        Unit::Celsius => "°C",
    }
}

/// A share 0–1 as a percentage with one decimal, in the page's number style.
fn percent(i18n: I18n, x: f64) -> String {
    format!("{} %", i18n.fixed(x * 100.0, 1))
}

/// Hour `h` of the model's year as "day month".
fn date(i18n: I18n, h: usize) -> String {
    let (m, d) = month_day(h);
    let months = crate::components::charts::month_names(i18n.lang.get_untracked());
    format!("{d} {}", months.get(m - 1).cloned().unwrap_or_default())
}

/// The table of what a file holds: per series its column, unit, hours present and missing
/// share; above it the file, its rows and the period covered.
pub fn found(i18n: I18n, l: &Loaded) -> impl IntoView {
    let m = &l.data;
    let years: Vec<String> = m.report.years.iter().map(i32::to_string).collect();
    let span = period(m)
        .map(|(a, b)| format!("{} – {}", date(i18n, a), date(i18n, b)))
        .unwrap_or_default();
    let summary = i18n.t_args(
        "measured-loaded",
        &[
            ("file", Arg::Text(l.name.clone())),
            ("rows", Arg::Text(i18n.fixed(m.report.rows as f64, 0))),
            ("years", Arg::Text(years.join(", "))),
            ("period", Arg::Text(span)),
        ],
    );
    let rows = m
        .series
        .iter()
        .map(|s| {
            view! {
                <tr data-series=s.series.name() data-hours=s.hours_present()
                    data-missing=format!("{:?}", s.missing_share())>
                    <th scope="row">{series_label(i18n, s.series)}" "<code>{s.column.clone()}</code></th>
                    <td>{unit_text(s.unit)}</td>
                    <td>{i18n.fixed(s.hours_present() as f64, 0)}</td>
                    <td>{percent(i18n, s.missing_share())}</td>
                </tr>
            }
        })
        .collect_view();
    let time = time_notes(i18n, &m.report);
    view! {
        <p class="measured-loaded" data-measured-file=l.name.clone()>{summary}</p>
        <p class="measured-note" data-measured-time="">{time}</p>
        <table class="measured-table" data-table="measured-series">
            <caption>{i18n.t("measured-found-caption")}</caption>
            <thead><tr>
                <th scope="col">{i18n.t("measured-col-series")}</th>
                <th scope="col">{i18n.t("measured-col-unit")}</th>
                <th scope="col">{i18n.t("measured-col-hours")}</th>
                <th scope="col">{i18n.t("measured-col-missing")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// How the file's times were read, in sentences (issue 10: daylight saving "handled and
/// said"): rows with an offset, rows read as Italian wall-clock time, rows on 29 February
/// dropped, repeated instants, rows of a later year over the same model hour, columns not read.
pub fn time_notes(i18n: I18n, r: &heat_twin_measured::LoadReport) -> String {
    let n = |x: usize| Arg::Text(i18n.fixed(x as f64, 0));
    let mut out = Vec::new();
    for (count, key) in [
        (r.rows_with_offset, "measured-time-offset"),
        (r.rows_wall_clock, "measured-time-wall"),
        (r.leap_day_rows, "measured-time-leap"),
        (r.duplicate_timestamps, "measured-time-duplicates"),
        (r.superseded_rows, "measured-time-superseded"),
    ] {
        if count > 0 {
            out.push(i18n.t_args(key, &[("rows", n(count))]));
        }
    }
    if !r.ignored_columns.is_empty() {
        out.push(i18n.t_args(
            "measured-columns-ignored",
            &[("columns", Arg::Text(r.ignored_columns.join(", ")))],
        ));
    }
    out.join(" ")
}

/// One statistic's cell: the percentage, marked within or outside the limit. Hourly figures
/// carry `data-stat` and `data-value` (the fraction, full precision); monthly ones
/// `data-stat-monthly`.
fn stat_cell(
    i18n: I18n,
    key: String,
    monthly: bool,
    value: Option<f64>,
    ok: Option<bool>,
) -> impl IntoView {
    let text = value
        .map(|v| percent(i18n, v))
        .unwrap_or_else(|| "—".into());
    let mark = match ok {
        Some(true) => i18n.t("measured-within"),
        Some(false) => i18n.t("measured-outside"),
        None => String::new(),
    };
    let raw = value.map(|v| format!("{v:?}")).unwrap_or_default();
    let class = match ok {
        Some(true) => "stat within",
        Some(false) => "stat outside",
        None => "stat",
    };
    let (stat, stat_monthly) = if monthly {
        (None, Some(key))
    } else {
        (Some(key), None)
    };
    view! {
        <td class=class data-stat=stat data-stat-monthly=stat_monthly data-value=raw>
            {text}" "<span class="stat-mark">{mark}</span></td>
    }
}

fn gof_cells(
    i18n: I18n,
    series: Series,
    g: Option<Gof>,
    limits: &Limits,
    monthly: bool,
) -> impl IntoView {
    let name = series.name();
    let nmbe_ok = g.map(|g| g.nmbe.abs() <= limits.nmbe_abs);
    let cv_ok = g.map(|g| g.cv_rmse <= limits.cv_rmse);
    view! {
        {stat_cell(i18n, format!("{name}.nmbe"), monthly, g.map(|g| g.nmbe), nmbe_ok)}
        {stat_cell(i18n, format!("{name}.cv_rmse"), monthly, g.map(|g| g.cv_rmse), cv_ok)}
    }
}

/// The statistics table: per series the hours compared, hourly and monthly NMBE and
/// CV(RMSE), with the guideline's limits said above it.
pub fn statistics(i18n: I18n, c: &Compared) -> impl IntoView {
    let rows = c
        .stats
        .iter()
        .map(|s| {
            let hours = s.hourly.map_or(0, |g| g.hours);
            let months = s.monthly.map_or(0, |g| g.n);
            view! {
                <tr data-stat-series=s.series.name() data-hours-compared=hours>
                    <th scope="row">{series_label(i18n, s.series)}</th>
                    <td>{i18n.fixed(hours as f64, 0)}</td>
                    {gof_cells(i18n, s.series, s.hourly, &HOURLY_LIMITS, false)}
                    <td>{i18n.fixed(months as f64, 0)}</td>
                    {gof_cells(i18n, s.series, s.monthly, &MONTHLY_LIMITS, true)}
                </tr>
            }
        })
        .collect_view();
    let limits = i18n.t_args(
        "measured-limits",
        &[
            ("hn", Arg::Text(percent(i18n, HOURLY_LIMITS.nmbe_abs))),
            ("hc", Arg::Text(percent(i18n, HOURLY_LIMITS.cv_rmse))),
            ("mn", Arg::Text(percent(i18n, MONTHLY_LIMITS.nmbe_abs))),
            ("mc", Arg::Text(percent(i18n, MONTHLY_LIMITS.cv_rmse))),
        ],
    );
    view! {
        <p class="measured-note">{limits}</p>
        <div class="measured-scroll">
        <table class="measured-table" data-table="measured-stats">
            <caption>{i18n.t("measured-stats-caption")}</caption>
            <thead><tr>
                <th scope="col">{i18n.t("measured-col-series")}</th>
                <th scope="col">{i18n.t("measured-col-compared")}</th>
                <th scope="col">{i18n.t("measured-col-nmbe-h")}</th>
                <th scope="col">{i18n.t("measured-col-cv-h")}</th>
                <th scope="col">{i18n.t("measured-col-months")}</th>
                <th scope="col">{i18n.t("measured-col-nmbe-m")}</th>
                <th scope="col">{i18n.t("measured-col-cv-m")}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        </div>
        <p class="measured-note">{i18n.t("measured-driver-note")}</p>
    }
}

/// The monthly means of the chosen series: the chart's text alternative.
fn monthly_table(i18n: I18n, series: Series, monthly: &[Option<(f64, f64)>]) -> impl IntoView {
    let months = crate::components::charts::month_names(i18n.lang.get_untracked());
    let unit = series.unit_name();
    let cell = |v: Option<f64>| v.map(|v| i18n.fixed(v, 1)).unwrap_or_else(|| "—".into());
    let rows = monthly
        .iter()
        .enumerate()
        .map(|(i, m)| {
            view! {
                <tr data-month=i + 1>
                    <th scope="row">{months.get(i).cloned().unwrap_or_default()}</th>
                    <td>{cell(m.map(|p| p.0))}</td>
                    <td>{cell(m.map(|p| p.1))}</td>
                </tr>
            }
        })
        .collect_view();
    let caption = i18n.t_args(
        "measured-monthly-caption",
        &[("series", Arg::Text(series_label(i18n, series)))],
    );
    view! {
        <table class="measured-table" data-table="measured-monthly" data-series=series.name()>
            <caption>{caption}</caption>
            <thead><tr>
                <th scope="col">{i18n.t("measured-col-month")}</th>
                <th scope="col">{format!("{}, {unit}", i18n.t("measured-col-measured"))}</th>
                <th scope="col">{format!("{}, {unit}", i18n.t("measured-col-modelled"))}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// Draws the overlay of `series` on `canvas` at its box's size.
#[cfg(target_arch = "wasm32")]
fn draw(
    canvas: &web_sys::HtmlCanvasElement,
    i18n: I18n,
    series: Series,
    daily: &[Option<(f64, f64)>],
) {
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
        measured: daily.iter().map(|d| d.map(|p| p.0)).collect(),
        modelled: daily.iter().map(|d| d.map(|p| p.1)).collect(),
    };
    let label = series_label(i18n, series);
    let words = OverlayText {
        title: i18n.t_args(
            "measured-chart-title",
            &[("series", Arg::Text(label.clone()))],
        ),
        x_axis: i18n.t("measured-chart-x"),
        y_axis: format!("{label}, {}", series.unit_name()),
        measured: i18n.t("measured-col-measured"),
        modelled: i18n.t("measured-col-modelled"),
    };
    let text = crate::components::charts::chart_text(lang);
    let _ = heat_twin_charts::draw_overlay(&area, &data, &words, &text, &theme);
    let _ = area.present();
}

/// The series picker, the overlay chart and its table.
#[component]
pub fn Overlay(
    compared: Memo<Option<Arc<Compared>>>,
    chosen: RwSignal<Option<Series>>,
) -> impl IntoView {
    let i18n = I18n::use_i18n();
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let means = move || {
        let c = compared.get()?;
        let s = chosen.get()?;
        c.means.iter().find(|m| m.series == s).cloned()
    };
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        let Some(m) = means() else { return };
        let Some(el) = canvas.get() else { return };
        let _ = lang;
        #[cfg(target_arch = "wasm32")]
        draw(&el, i18n, m.series, &m.daily);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (el, m);
    });
    let options = move || {
        compared.get().map(|c| {
            c.means
                .iter()
                .map(|m| {
                    let name = m.series.name();
                    view! {
                        <option value=name selected=move || chosen.get() == Series::from_name(name)>
                            {series_label(i18n, m.series)}</option>
                    }
                })
                .collect_view()
        })
    };
    let on_pick =
        move |ev: leptos::ev::Event| chosen.set(Series::from_name(&event_target_value(&ev)));
    view! {
        <div class="measured-overlay" hidden=move || compared.with(Option::is_none)>
            <label>{move || i18n.t("measured-chart-series")}
                <select data-control="measured-series" on:change=on_pick>{options}</select>
            </label>
            <canvas class="measured-chart" data-measured-chart="daily" node_ref=canvas
                aria-hidden="true"></canvas>
            {move || means().map(|m| monthly_table(i18n, m.series, &m.monthly))}
        </div>
    }
}

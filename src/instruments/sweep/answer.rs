//! A sweep's answer on the page: the chart (line or heat map), the words and the table that
//! are its text alternative, and the labels with units they share.

use super::Meta;
use crate::components::field::{field_label, unit_text};
use crate::i18n::{Arg, I18n};
use heat_twin_model::scenario::field;
use heat_twin_worker::SweepAnswer;
use leptos::prelude::*;

/// The unit of summary field `kpi`, read from its name's suffix ("" when it has none).
fn kpi_unit(i18n: &I18n, kpi: &str) -> String {
    let ends = |s: &str| kpi.ends_with(s);
    match () {
        _ if ends("_eur_per_mwh") => i18n.t("unit-eur-mwh"),
        _ if ends("_mwh") => i18n.t("unit-mwh-yr"),
        _ if ends("_t") => i18n.t("unit-t-yr"),
        _ if ends("_eur") => "€".into(),
        _ if ends("_years") => i18n.t("unit-years"),
        _ if ends("_mw") => "MW".into(),
        _ if ends("_c") => "°C".into(),
        _ if ends("hours") => "h".into(),
        _ if ends("_sm3") => "Sm³".into(),
        _ => String::new(),
    }
}

/// A KPI's name with its unit, e.g. "Cost of the recovered heat (LCOH), €/MWh": the card's
/// label in the page's language where the KPI has a card, else the summary field's name.
pub(super) fn kpi_label(i18n: &I18n, kpi: &str) -> String {
    let name = crate::components::kpis::card_label(i18n, kpi).unwrap_or_else(|| kpi.to_string());
    match kpi_unit(i18n, kpi) {
        u if u.is_empty() => name,
        u => format!("{name}, {u}"),
    }
}

/// An input's label with its unit, e.g. "Racks" or "Heat price, €/MWh".
pub(crate) fn input_label(i18n: &I18n, path: &str) -> String {
    match field(path) {
        Some(spec) if !matches!(spec.unit, "" | "share") => {
            format!(
                "{}, {}",
                field_label(i18n, spec),
                unit_text(i18n, spec.unit)
            )
        }
        Some(spec) => field_label(i18n, spec),
        None => path.to_string(),
    }
}

/// "Racks = 600, Heat price = 30" for the cell's inputs.
fn at_text(i18n: &I18n, a: &SweepAnswer, inputs: &[f64]) -> String {
    a.axes
        .iter()
        .zip(inputs)
        .map(|(axis, x)| format!("{} = {}", input_label(i18n, &axis.input), i18n.num(*x)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The first KPI of every cell (NaN: no value).
fn first_kpi(a: &SweepAnswer) -> Vec<f64> {
    a.values
        .iter()
        .map(|c| c.first().copied().flatten().unwrap_or(f64::NAN))
        .collect()
}

/// The sweep in words: its range, the best cell and the current scenario (the charts' text
/// alternative, with the table).
pub(super) fn summary(i18n: I18n, a: &SweepAnswer, m: &Meta) -> impl IntoView {
    let kpi = a.kpis.first().cloned().unwrap_or_default();
    let values = first_kpi(a);
    let finite = values.iter().copied().filter(|v| v.is_finite());
    let (min, max) = finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    let invalid = a
        .values
        .iter()
        .filter(|c| c.iter().all(Option::is_none))
        .count();
    let k = Arg::Text(kpi_label(&i18n, &kpi));
    let mut text = i18n.t_args(
        "sweep-summary",
        &[
            ("cells", Arg::Text(i18n.fixed(a.values.len() as f64, 0))),
            ("invalid", Arg::Text(i18n.fixed(invalid as f64, 0))),
        ],
    );
    if min.is_finite() {
        text.push(' ');
        text.push_str(&i18n.t_args(
            "sweep-range",
            &[
                ("kpi", k.clone()),
                ("min", Arg::Text(i18n.num(min))),
                ("max", Arg::Text(i18n.num(max))),
            ],
        ));
    }
    let best = a
        .best
        .and_then(|b| Some((b, a.inputs.get(b)?, *values.get(b)?)));
    let best_text = match best {
        Some((_, inputs, v)) => i18n.t_args(
            if m.lowest {
                "sweep-best-low"
            } else {
                "sweep-best-high"
            },
            &[
                ("kpi", k.clone()),
                ("value", Arg::Text(i18n.num(v))),
                ("at", Arg::Text(at_text(&i18n, a, inputs))),
            ],
        ),
        None => i18n.t_args("sweep-no-best", &[("kpi", k.clone())]),
    };
    let here = m.current_kpis.first().copied().filter(|v| v.is_finite());
    let here_text = here.map(|v| {
        i18n.t_args(
            "sweep-here",
            &[
                ("at", Arg::Text(at_text(&i18n, a, &m.current_inputs))),
                ("value", Arg::Text(i18n.num(v))),
            ],
        )
    });
    view! {
        <p class="sweep-summary" data-sweep-cells=a.values.len()>{text}</p>
        <p class="sweep-best" data-sweep-best=best.map(|b| b.0.to_string())
            data-sweep-best-value=best.map(|b| format!("{:?}", b.2))>{best_text}</p>
        {here_text.map(|t| view! { <p class="sweep-here">{t}</p> })}
    }
}

/// Every cell as a table: one column per input, then one per KPI.
pub(super) fn table(i18n: I18n, a: &SweepAnswer) -> impl IntoView {
    let head = a
        .axes
        .iter()
        .map(|x| input_label(&i18n, &x.input))
        .chain(a.kpis.iter().map(|k| kpi_label(&i18n, k)))
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    let opt = move |x: Option<f64>| x.map(|x| i18n.num(x)).unwrap_or_else(|| "–".into());
    let rows = a
        .inputs
        .iter()
        .zip(&a.values)
        .enumerate()
        .map(|(n, (inputs, kpis))| {
            let cells = inputs
                .iter()
                .map(|x| Some(*x))
                .chain(kpis.iter().copied())
                .map(|x| view! { <td>{opt(x)}</td> })
                .collect_view();
            view! { <tr data-cell=n>{cells}</tr> }
        })
        .collect_view();
    view! {
        <details class="sweep-values">
            <summary>{i18n.t("sweep-table")}</summary>
            <table class="tornado-table" data-table="sweep">
                <thead><tr>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </details>
    }
}

/// Draws the line chart (one input) or the heat map (two) on `canvas`.
#[cfg(target_arch = "wasm32")]
pub(super) fn draw(canvas: &web_sys::HtmlCanvasElement, i18n: I18n, a: &SweepAnswer, m: &Meta) {
    use heat_twin_charts::{HeatmapData, SweepSeries, SweepText};
    let size = (
        f64::from(canvas.client_width()),
        f64::from(canvas.client_height()),
    );
    let Some((area, theme)) = crate::components::charts::prepare(canvas, size) else {
        return;
    };
    let text = crate::components::charts::chart_text(i18n.lang.get_untracked());
    let label = |n: usize| a.axes.get(n).map(|x| input_label(&i18n, &x.input));
    let kpi = a
        .kpis
        .first()
        .map(|k| kpi_label(&i18n, k))
        .unwrap_or_default();
    let best_word = i18n.t(if m.lowest {
        "sweep-lowest"
    } else {
        "sweep-highest"
    });
    let mut words = SweepText {
        x_axis: label(0).unwrap_or_default(),
        y_axis: label(1).unwrap_or_default(),
        scale: kpi.clone(),
        current: i18n.t("sweep-current"),
        best: i18n.t_args(
            "sweep-best-mark",
            &[
                ("which", Arg::Text(best_word)),
                (
                    "kpi",
                    Arg::Text(a.kpis.first().cloned().unwrap_or_default()),
                ),
            ],
        ),
        title: String::new(),
    };
    let col = |n: usize| -> Vec<f64> {
        a.inputs
            .iter()
            .map(|c| c.get(n).copied().unwrap_or(f64::NAN))
            .collect()
    };
    let result = if a.axes.len() == 1 {
        words.title = i18n.t_args(
            "sweep-line-title",
            &[
                ("kpi", Arg::Text(kpi)),
                ("input", Arg::Text(words.x_axis.clone())),
            ],
        );
        let x = col(0);
        let labels: Vec<String> = a.kpis.iter().map(|k| kpi_label(&i18n, k)).collect();
        let values: Vec<Vec<f64>> = (0..a.kpis.len())
            .map(|k| {
                a.values
                    .iter()
                    .map(|c| c.get(k).copied().flatten().unwrap_or(f64::NAN))
                    .collect()
            })
            .collect();
        let series: Vec<SweepSeries> = labels
            .iter()
            .zip(&values)
            .enumerate()
            .map(|(k, (label, values))| SweepSeries {
                label,
                values,
                current: m.current_kpis.get(k).copied().unwrap_or(f64::NAN),
            })
            .collect();
        let cx = m.current_inputs.first().copied().unwrap_or(f64::NAN);
        let data = heat_twin_charts::SweepLineData {
            x: &x,
            series: &series,
            current_x: cx,
            best: a.best,
        };
        heat_twin_charts::draw_sweep_line(&area, &data, &words, &text, &theme)
    } else {
        words.title = i18n.t_args(
            "sweep-map-title",
            &[
                ("kpi", Arg::Text(kpi)),
                ("a", Arg::Text(words.x_axis.clone())),
                ("b", Arg::Text(words.y_axis.clone())),
            ],
        );
        let ny = a.axes.get(1).map_or(1, |x| x.steps.max(1));
        let xs: Vec<f64> = col(0).into_iter().step_by(ny).collect();
        let ys: Vec<f64> = col(1).into_iter().take(ny).collect();
        let values = first_kpi(a);
        let current = match m.current_inputs[..] {
            [p, q] => Some((p, q)),
            _ => None,
        };
        let data = HeatmapData {
            x: &xs,
            y: &ys,
            values: &values,
            current,
            best: a.best,
        };
        heat_twin_charts::draw_heatmap(&area, &data, &words, &text, &theme)
    };
    if let Err(e) = result.and_then(|()| {
        area.present()
            .map_err(|_| heat_twin_charts::DrawError::Layout)
    }) {
        web_sys::console::warn_1(&format!("sweep chart: {e}").into());
    }
}

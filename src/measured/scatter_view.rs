//! The scatter of the chosen series: the model's value against the measured one, each hour
//! compared a point, with the 1:1 line (`heat_twin_charts::draw_scatter`). The canvas is an
//! image (`role="img"`) whose label says what it shows and how many hours; the number of hours
//! plotted is also written beside it (`data-scatter-hours`). The statistics table above is
//! the figures' text form.

use super::pairing::Compared;
use super::view::series_label;
use crate::i18n::{Arg, I18n};
use heat_twin_measured::Series;
use leptos::prelude::*;
use std::sync::Arc;

/// The hours compared of `series` as (measured, modelled) points.
fn points(c: &Compared, series: Series) -> Vec<(f64, f64)> {
    c.means
        .iter()
        .find(|m| m.series == series)
        .map(|m| {
            heat_twin_charts::scatter_points(
                &m.hourly.iter().flatten().copied().collect::<Vec<_>>(),
            )
        })
        .unwrap_or_default()
}

/// Draws the scatter of `series` on `canvas` at its box's size.
#[cfg(target_arch = "wasm32")]
fn draw(canvas: &web_sys::HtmlCanvasElement, i18n: I18n, series: Series, pts: &[(f64, f64)]) {
    use heat_twin_charts::ScatterText;
    let size = (
        f64::from(canvas.client_width()),
        f64::from(canvas.client_height()),
    );
    let Some((area, theme)) = crate::components::charts::prepare(canvas, size) else {
        return;
    };
    let lang = i18n.lang.get_untracked();
    let label = series_label(i18n, series);
    let unit = series.unit_name();
    let args = [
        ("series", Arg::Text(label.clone())),
        ("unit", Arg::Text(unit.to_string())),
    ];
    let words = ScatterText {
        title: i18n.t_args("measured-scatter-title", &args[..1]),
        x_axis: i18n.t_args("measured-scatter-x", &args),
        y_axis: i18n.t_args("measured-scatter-y", &args),
        points: i18n.t_args(
            "measured-scatter-points",
            &[("hours", Arg::Text(i18n.fixed(pts.len() as f64, 0)))],
        ),
        one_to_one: i18n.t("measured-scatter-line"),
    };
    let text = crate::components::charts::chart_text(lang);
    let _ = heat_twin_charts::draw_scatter(&area, pts, &words, &text, &theme);
    let _ = area.present();
}

/// The scatter of the series `chosen`, with its label and the hours plotted.
#[component]
pub fn Scatter(
    /// The statistics and the paired hours of every series.
    compared: Memo<Option<Arc<Compared>>>,
    /// The series shown.
    chosen: RwSignal<Option<Series>>,
) -> impl IntoView {
    let i18n = I18n::use_i18n();
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let shown = Memo::new(move |_| {
        let c = compared.get()?;
        let s = chosen.get()?;
        Some((s, Arc::new(points(&c, s))))
    });
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        let Some((series, pts)) = shown.get() else {
            return;
        };
        let Some(el) = canvas.get() else { return };
        let _ = lang;
        #[cfg(target_arch = "wasm32")]
        draw(&el, i18n, series, &pts);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (el, series, pts);
    });
    let alt = move || {
        shown.get().map(|(s, pts)| {
            i18n.t_args(
                "measured-scatter-alt",
                &[
                    ("series", Arg::Text(series_label(i18n, s))),
                    ("hours", Arg::Text(i18n.fixed(pts.len() as f64, 0))),
                ],
            )
        })
    };
    view! {
        <div class="measured-scatter">
            <canvas class="measured-chart" data-measured-chart="scatter" node_ref=canvas
                role="img" aria-label=alt></canvas>
            <p class="measured-note" data-scatter-hours=move || shown.get().map(|(_, p)| p.len())>
                {alt}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measured::pairing::Means;

    #[test]
    fn the_points_are_the_hours_compared_of_the_series() {
        // Hours 0 and 2 compared, hour 1 a gap: 2 points, in hour order.
        let c = Compared {
            stats: Vec::new(),
            means: vec![Means {
                series: Series::SupplyC,
                daily: Vec::new(),
                monthly: Vec::new(),
                hourly: vec![Some((70.0, 72.0)), None, Some((71.0, 70.5))],
            }],
        };
        assert_eq!(
            points(&c, Series::SupplyC),
            vec![(70.0, 72.0), (71.0, 70.5)]
        );
        assert!(points(&c, Series::ItKw).is_empty());
    }
}

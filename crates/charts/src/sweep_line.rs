//! A one-input design sweep (issue 9): each KPI against the swept input, one panel per KPI
//! (KPIs have different units, so each gets its own y axis), the current scenario marked by a
//! dashed vertical line and a dot at its own value, and the best cell of the first KPI by a
//! triangle.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::frame::{frame, style_mesh, y_label_area, LegendItem, Swatch};
use crate::{ChartText, DrawError, Theme};

/// One KPI of [`draw_sweep_line`].
#[derive(Debug, Clone, PartialEq)]
pub struct SweepSeries<'a> {
    /// The KPI's name and unit as shown (the panel's y axis).
    pub label: &'a str,
    /// The KPI at each value of the input (non-finite: no value there; the line breaks).
    pub values: &'a [f64],
    /// The KPI of the current scenario (non-finite: no dot).
    pub current: f64,
}

/// Every visible word of [`draw_sweep_line`] and [`crate::draw_heatmap`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SweepText {
    /// The chart's title.
    pub title: String,
    /// The x axis: the first input and its unit.
    pub x_axis: String,
    /// The y axis of a heat map: the second input and its unit (unused by the line chart).
    pub y_axis: String,
    /// The colour scale of a heat map: the KPI and its unit (unused by the line chart).
    pub scale: String,
    /// Legend: the current scenario.
    pub current: String,
    /// Legend: the best cell.
    pub best: String,
}

/// Colours of the panels, in order (repeated past four KPIs).
fn series_colour(theme: &Theme, i: usize) -> RGBColor {
    [theme.demand, theme.direct, theme.co2, theme.heat_pump][i % 4]
}

/// The finite range of `values` with 5 % headroom; `(v − 1, v + 1)` for a single value and
/// `(0, 1)` without any.
pub(crate) fn fit_range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (lo, hi) = values
        .filter(|v| v.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(v), b.max(v))
        });
    if !(lo.is_finite() && hi.is_finite()) {
        return (0.0, 1.0);
    }
    let span = hi - lo;
    if span <= f64::EPSILON * hi.abs().max(1.0) {
        let d = (hi.abs() * 0.05).max(1.0);
        return (lo - d, hi + d);
    }
    (lo - 0.05 * span, hi + 0.05 * span)
}

/// The values of [`draw_sweep_line`].
#[derive(Debug, Clone, PartialEq)]
pub struct SweepLineData<'a> {
    /// The input's values, in sweep order.
    pub x: &'a [f64],
    /// One panel per KPI, stacked top to bottom.
    pub series: &'a [SweepSeries<'a>],
    /// The current scenario's input value (non-finite or outside the swept range: no marker).
    pub current_x: f64,
    /// The index of the best cell of the first series.
    pub best: Option<usize>,
}

/// Draws the sweep of one input (see [`SweepLineData`]).
pub fn draw_sweep_line<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &SweepLineData<'_>,
    words: &SweepText,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), DrawError> {
    let SweepLineData {
        x,
        series,
        current_x,
        best,
    } = *data;
    let legend = [
        LegendItem {
            label: &words.current,
            swatch: Swatch::Dashed(theme.muted),
        },
        LegendItem {
            label: &words.best,
            swatch: Swatch::Triangle(theme.foreground),
        },
    ];
    let plot = frame(area, &words.title, None, &legend, theme)?;
    let (xlo, xhi) = fit_range(x.iter().copied());
    let inside = current_x.is_finite() && current_x >= xlo && current_x <= xhi;
    let fmt = |v: &f64| text.format_tick(*v);
    let n = series.len().max(1);
    let panels = plot.split_evenly((n, 1));
    let ranges: Vec<(f64, f64)> = series
        .iter()
        .map(|s| fit_range(s.values.iter().copied().chain([s.current])))
        .collect();
    // One label width for every panel, so that their x axes line up.
    let ticks: Vec<String> = ranges
        .iter()
        .flat_map(|(lo, hi)| [text.format_tick(*lo), text.format_tick(*hi)])
        .collect();
    let y_area = y_label_area(&ticks, theme);
    for (k, ((s, panel), &(lo, hi))) in series.iter().zip(&panels).zip(&ranges).enumerate() {
        let last = k + 1 == series.len();
        let mut chart = ChartBuilder::on(panel)
            .margin_left(theme.px(4.0))
            .margin_right(theme.px(12.0))
            .margin_top(theme.px(6.0))
            .x_label_area_size(theme.upx(if last { 40.0 } else { 22.0 }))
            .y_label_area_size(y_area)
            .build_cartesian_2d(xlo..xhi, lo..hi)?;
        let mut mesh = chart.configure_mesh();
        style_mesh(&mut mesh, theme);
        mesh.x_labels(6)
            .y_labels(4)
            .x_label_formatter(&fmt)
            .y_label_formatter(&fmt)
            .y_desc(s.label);
        if last {
            mesh.x_desc(words.x_axis.as_str());
        }
        mesh.draw()?;
        let colour = series_colour(theme, k);
        let style = colour.stroke_width(theme.upx(2.0));
        // One line per run of finite values.
        let mut run: Vec<(f64, f64)> = Vec::new();
        for (&xi, &yi) in x.iter().zip(s.values).chain([(&f64::NAN, &f64::NAN)]) {
            if xi.is_finite() && yi.is_finite() {
                run.push((xi, yi));
            } else if !run.is_empty() {
                chart.draw_series(LineSeries::new(std::mem::take(&mut run), style))?;
            }
        }
        if inside {
            let dash = (hi - lo) / 24.0;
            chart.draw_series((0..12).map(|d| {
                let y0 = lo + 2.0 * d as f64 * dash;
                PathElement::new(
                    vec![(current_x, y0), (current_x, y0 + dash)],
                    theme.muted.stroke_width(theme.upx(1.5)),
                )
            }))?;
            if s.current.is_finite() {
                let r = theme.upx(4.0);
                chart.draw_series([
                    Circle::new((current_x, s.current), r + 2, theme.background.filled()),
                    Circle::new((current_x, s.current), r, theme.foreground.filled()),
                ])?;
            }
        }
        if k == 0 {
            if let Some((bx, by)) = best.and_then(|b| Some((*x.get(b)?, *s.values.get(b)?))) {
                if bx.is_finite() && by.is_finite() {
                    chart.draw_series([
                        TriangleMarker::new((bx, by), theme.px(8.0), theme.background.filled()),
                        TriangleMarker::new((bx, by), theme.px(6.0), theme.foreground.filled()),
                    ])?;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters_svg::SVGBackend;

    fn words() -> SweepText {
        SweepText {
            title: "LCOH against racks".into(),
            x_axis: "Racks".into(),
            current: "this scenario".into(),
            best: "best".into(),
            ..SweepText::default()
        }
    }

    fn svg(x: &[f64], series: &[SweepSeries<'_>], current_x: f64, best: Option<usize>) -> String {
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (640, 480)).into_drawing_area();
            let text = ChartText::english();
            let data = SweepLineData {
                x,
                series,
                current_x,
                best,
            };
            draw_sweep_line(&area, &data, &words(), &text, &Theme::dark()).expect("draws");
            area.present().expect("presents");
        }
        out
    }

    #[test]
    fn fit_range_by_hand() {
        // 10..20: span 10, 5 % = 0.5 each side.
        assert_eq!(fit_range([10.0, 20.0, f64::NAN].into_iter()), (9.5, 20.5));
        // One value 100: ± max(5, 1).
        assert_eq!(fit_range([100.0].into_iter()), (95.0, 105.0));
        assert_eq!(fit_range([f64::NAN].into_iter()), (0.0, 1.0));
    }

    #[test]
    fn one_panel_per_kpi_with_labels_and_markers() {
        let x = [0.0, 1.0, 2.0, 3.0];
        let a = [4.0, 3.0, f64::NAN, 5.0];
        let b = [1.0, 2.0, 3.0, 4.0];
        let s = svg(
            &x,
            &[
                SweepSeries {
                    label: "LCOH, €/MWh",
                    values: &a,
                    current: 3.5,
                },
                SweepSeries {
                    label: "Heat delivered, MWh/yr",
                    values: &b,
                    current: 2.5,
                },
            ],
            1.5,
            Some(1),
        );
        assert!(s.contains("LCOH, €/MWh") && s.contains("Heat delivered, MWh/yr"));
        assert!(s.contains("LCOH against racks") && s.contains("this scenario"));
        // The NaN splits the first line in two (first colour); the second is one line.
        let lines = |c: RGBColor| {
            let stroke = format!("stroke=\"#{:02X}{:02X}{:02X}\"", c.0, c.1, c.2);
            s.split("<polyline")
                .skip(1)
                .filter(|p| p.split('>').next().is_some_and(|t| t.contains(&stroke)))
                .count()
        };
        let t = Theme::dark();
        assert_eq!((lines(t.demand), lines(t.direct)), (2, 1), "{s}");
        // Two dots (halo + dot) per panel and the best triangle (halo + mark).
        assert!(s.matches("<circle").count() >= 4);
    }

    #[test]
    fn empty_and_non_finite_inputs_do_not_panic() {
        let _ = svg(&[], &[], f64::NAN, None);
        let v = [f64::NAN, f64::INFINITY];
        let _ = svg(
            &[f64::NAN, 1.0],
            &[SweepSeries {
                label: "x",
                values: &v,
                current: f64::NAN,
            }],
            1e300,
            Some(7),
        );
    }
}

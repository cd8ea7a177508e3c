//! Measured against modelled (issue 10): one measured series and the model's column it is
//! paired with, over the same hours, as two lines: the daily means across the year
//! ([`draw_overlay`]) or the hourly values of one week ([`draw_overlay_week`]). Days (or hours)
//! without a measured value are gaps in both lines (never joined across), so a missing week
//! (or hour) shows as missing.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::frame::{finite, frame, padded_range, style_mesh, y_label_area, LegendItem, Swatch};
use crate::{ChartText, DrawError, Theme};

/// The two lines of [`draw_overlay`]: one value per day of the model's year (365), `None` for a
/// day with no hour compared. Non-finite values count as gaps.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OverlayData {
    /// Daily means of the measured series, in its unit (kW or °C).
    pub measured: Vec<Option<f64>>,
    /// Daily means of the modelled column over the same hours.
    pub modelled: Vec<Option<f64>>,
}

/// Every visible word of [`draw_overlay`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OverlayText {
    /// The chart's title.
    pub title: String,
    /// The x axis (the day of the year).
    pub x_axis: String,
    /// The y axis: the quantity and its unit.
    pub y_axis: String,
    /// Legend: the measured line.
    pub measured: String,
    /// Legend: the modelled line.
    pub modelled: String,
}

/// Runs of consecutive values that are finite, as (x, value) points with value `i` at
/// x = (i + 0.5) · `step`: one polyline each. For daily values `step` is 1 (x in days); for
/// hourly values 1/24 (x still in days, each hour at its middle).
fn runs(values: &[Option<f64>], step: f64) -> Vec<Vec<(f64, f64)>> {
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut current: Vec<(f64, f64)> = Vec::new();
    for (d, v) in values.iter().enumerate() {
        match v.filter(|v| v.is_finite()) {
            Some(v) => current.push(((d as f64 + 0.5) * step, v)),
            None if !current.is_empty() => out.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Draws the overlay on `area`: the measured line solid in the theme's foreground colour, the
/// modelled line dashed in the heat colour; the y axis spans both lines (from 0 for positive
/// series). Empty data draws the axes.
pub fn draw_overlay<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &OverlayData,
    words: &OverlayText,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), DrawError> {
    let fmt = |v: &f64| text.format_tick(*v);
    draw_lines(area, data, words, 1.0, &fmt, text, theme)
}

/// Hours in a week: the length of [`draw_overlay_week`]'s lines.
pub const WEEK_HOURS: usize = 168;

/// Draws one week hour by hour: `data` holds one value per hour (up to [`WEEK_HOURS`]), the x
/// axis is in days from the week's first hour, labelled at each day's start with
/// `day_labels[d]` (e.g. "3 Jul"; the day's number when a label is missing). An hour without a
/// value breaks both lines. Otherwise as [`draw_overlay`].
pub fn draw_overlay_week<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &OverlayData,
    words: &OverlayText,
    day_labels: &[String],
    text: &ChartText,
    theme: &Theme,
) -> Result<(), DrawError> {
    let fmt = |v: &f64| day_label(*v, day_labels, text);
    draw_lines(area, data, words, 1.0 / 24.0, &fmt, text, theme)
}

/// The label of the x position `v` (in days) on the week's axis: the day's label at a whole
/// day, nothing between days (plotters may ask for half days on a wide chart).
fn day_label(v: f64, labels: &[String], text: &ChartText) -> String {
    let d = v.round();
    if (v - d).abs() > 1e-6 || d < 0.0 {
        return String::new();
    }
    labels
        .get(d as usize)
        .cloned()
        .unwrap_or_else(|| text.format_tick(d))
}

/// The two lines, value `i` at x = (i + 0.5) · `step` on an axis from 0 to len · `step`, the x
/// ticks written by `x_fmt`.
fn draw_lines<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &OverlayData,
    words: &OverlayText,
    step: f64,
    x_fmt: &dyn Fn(&f64) -> String,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), DrawError> {
    let all = data
        .measured
        .iter()
        .chain(&data.modelled)
        .filter_map(|v| v.filter(|v| v.is_finite()));
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in all {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if !lo.is_finite() || !hi.is_finite() {
        (lo, hi) = (0.0, 1.0);
    }
    let lo = finite(lo.min(0.0));
    let (lo, hi) = padded_range(lo, finite(hi));
    let days = data.measured.len().max(data.modelled.len()).max(1) as f64 * step;
    let legend = [
        LegendItem {
            label: &words.measured,
            swatch: Swatch::Line(theme.foreground),
        },
        LegendItem {
            label: &words.modelled,
            swatch: Swatch::Dashed(theme.direct),
        },
    ];
    let plot = frame(area, &words.title, None, &legend, theme)?;
    let k = theme.k();
    let fmt = |v: &f64| text.format_tick(*v);
    let (w, _) = plot.dim_in_pixel();
    let x_labels = ((f64::from(w) / (50.0 * k)) as usize).clamp(2, 12);
    let mut chart = ChartBuilder::on(&plot)
        .margin_left(theme.px(4.0))
        .margin_right(theme.px(16.0))
        .margin_top(theme.px(4.0))
        .x_label_area_size(theme.upx(40.0))
        .y_label_area_size(y_label_area(&[fmt(&hi), fmt(&lo)], theme))
        .build_cartesian_2d(0.0..days, lo..hi)?;
    let mut mesh = chart.configure_mesh();
    style_mesh(&mut mesh, theme);
    // A week has 7 days and 8 day boundaries to label; the year up to 12 ticks by width.
    let x_labels = if step < 1.0 { 8 } else { x_labels };
    mesh.x_labels(x_labels)
        .y_labels(6)
        .x_label_formatter(x_fmt)
        .y_label_formatter(&fmt)
        .x_desc(words.x_axis.as_str())
        .y_desc(words.y_axis.as_str())
        .draw()?;
    let width = theme.upx(1.5);
    for run in runs(&data.measured, step) {
        chart.draw_series(LineSeries::new(run, theme.foreground.stroke_width(width)))?;
    }
    for run in runs(&data.modelled, step) {
        chart.draw_series(DashedLineSeries::new(
            run,
            theme.px(6.0),
            theme.px(3.0),
            theme.direct.stroke_width(width),
        ))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters_svg::SVGBackend;

    fn svg(data: &OverlayData, theme: Theme) -> String {
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (640, 320)).into_drawing_area();
            let words = OverlayText {
                title: "Heat delivered: daily mean".into(),
                x_axis: "day of the year".into(),
                y_axis: "kW".into(),
                measured: "measured".into(),
                modelled: "modelled".into(),
            };
            draw_overlay(&area, data, &words, &ChartText::english(), &theme).expect("draws");
        }
        out
    }

    #[test]
    fn gaps_split_the_lines() {
        // Days 0–1 present, day 2 missing, day 3 present: two runs, the second a single point.
        let v = vec![Some(1.0), Some(2.0), None, Some(f64::NAN), Some(4.0)];
        let r = runs(&v, 1.0);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0], vec![(0.5, 1.0), (1.5, 2.0)]);
        assert_eq!(r[1], vec![(4.5, 4.0)]);
        // Hourly: hour 0 at 0.5/24 day, hour 1 at 1.5/24 = 0.0625 day; hour 4 at 4.5/24 = 0.1875.
        let h = runs(&v, 1.0 / 24.0);
        assert_eq!(h[0], vec![(0.5 / 24.0, 1.0), (0.0625, 2.0)]);
        assert_eq!(h[1], vec![(0.1875, 4.0)]);
    }

    #[test]
    fn the_week_axis_is_labelled_with_the_days_only() {
        let labels: Vec<String> = ["2 Jan", "3 Jan"].map(String::from).to_vec();
        let t = ChartText::english();
        assert_eq!(day_label(0.0, &labels, &t), "2 Jan");
        assert_eq!(day_label(1.0, &labels, &t), "3 Jan");
        assert_eq!(day_label(0.5, &labels, &t), "");
        assert_eq!(day_label(-1.0, &labels, &t), "");
        // A day beyond the labels gets its number.
        assert_eq!(day_label(5.0, &labels, &t), "5");
    }

    #[test]
    fn a_week_with_a_missing_hour_breaks_the_line_and_labels_the_days() {
        // 168 hours, hour 30 missing: the measured line (solid, foreground colour) splits into 2
        // polylines of 30 (hours 0–29) and 137 (hours 31–167) points; the modelled line is
        // dashed (one polyline per dash), so it is checked through `runs` above.
        let measured: Vec<Option<f64>> = (0..WEEK_HOURS)
            .map(|h| (h != 30).then_some(h as f64))
            .collect();
        let modelled = measured.iter().map(|v| v.map(|v| v + 1.0)).collect();
        let data = OverlayData { measured, modelled };
        let labels: Vec<String> = (2..9).map(|d| format!("{d} Jan")).collect();
        let theme = Theme::light();
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (640, 320)).into_drawing_area();
            let words = OverlayText {
                title: "Heat delivered: week 1, hourly".into(),
                x_axis: "day".into(),
                y_axis: "kW".into(),
                measured: "measured".into(),
                modelled: "modelled".into(),
            };
            draw_overlay_week(&area, &data, &words, &labels, &ChartText::english(), &theme)
                .expect("draws");
        }
        let c = theme.foreground;
        let stroke = format!("stroke=\"#{:02X}{:02X}{:02X}\"", c.0, c.1, c.2);
        let solid: Vec<usize> = out
            .lines()
            .filter(|l| l.starts_with("<polyline") && l.contains(&stroke))
            .map(|l| l.matches(',').count())
            .collect();
        // The legend's swatch (2 points), then one point per hour, broken at hour 30.
        assert_eq!(solid, vec![2, 30, 137]);
        for d in ["2 Jan", "5 Jan", "8 Jan"] {
            assert!(out.contains(d), "{d} labelled");
        }
    }

    #[test]
    fn draws_both_lines_in_both_themes_and_survives_empty_data() {
        let data = OverlayData {
            measured: (0..365).map(|d| (d % 7 != 0).then_some(d as f64)).collect(),
            modelled: (0..365).map(|d| Some(d as f64 * 0.9)).collect(),
        };
        for theme in [Theme::light(), Theme::dark()] {
            let s = svg(&data, theme);
            assert!(s.contains("Heat delivered: daily mean"));
            assert!(s.contains("measured") && s.contains("modelled"));
            // Measured: 53 weekly gaps → 53 runs of lines (day 0 is a gap, so 52 full weeks + 1).
            assert!(s.matches("<polyline").count() >= 2);
        }
        let _ = svg(&OverlayData::default(), Theme::light());
        let _ = svg(
            &OverlayData {
                measured: vec![Some(f64::INFINITY); 3],
                modelled: vec![None; 3],
            },
            Theme::dark(),
        );
    }
}

//! Measured against modelled (issue 10): the daily means of one measured series and of the
//! model's column it is paired with, over the same hours, as two lines across the year. Days
//! without a measured hour are gaps in both lines (never joined across), so a missing week
//! shows as missing.

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

/// Runs of consecutive days with a finite value, as (day, value) points: one polyline each.
fn runs(values: &[Option<f64>]) -> Vec<Vec<(f64, f64)>> {
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut current: Vec<(f64, f64)> = Vec::new();
    for (d, v) in values.iter().enumerate() {
        match v.filter(|v| v.is_finite()) {
            Some(v) => current.push((d as f64 + 0.5, v)),
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
    let days = data.measured.len().max(data.modelled.len()).max(1) as f64;
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
    mesh.x_labels(x_labels)
        .y_labels(6)
        .x_label_formatter(&fmt)
        .y_label_formatter(&fmt)
        .x_desc(words.x_axis.as_str())
        .y_desc(words.y_axis.as_str())
        .draw()?;
    let width = theme.upx(1.5);
    for run in runs(&data.measured) {
        chart.draw_series(LineSeries::new(run, theme.foreground.stroke_width(width)))?;
    }
    for run in runs(&data.modelled) {
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
        let r = runs(&v);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0], vec![(0.5, 1.0), (1.5, 2.0)]);
        assert_eq!(r[1], vec![(4.5, 4.0)]);
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

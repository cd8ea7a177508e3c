//! Modelled against measured (issue 10): one point per hour compared, the measured value on
//! the x axis and the model's on the y axis, both axes over the same range and in the same
//! unit, with the 1:1 line on which a perfect model's points would lie. Points above the line
//! are hours the model overestimates. The number of hours plotted is in the legend.
//!
//! Points with a non-finite coordinate are skipped (and not counted); no data draws the axes
//! and the 1:1 line.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::frame::{finite, frame, y_label_area, LegendItem, Swatch};
use crate::{ChartText, DrawError, Theme};

/// Every visible word of [`draw_scatter`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScatterText {
    /// The chart's title.
    pub title: String,
    /// The x axis: the measured quantity and its unit.
    pub x_axis: String,
    /// The y axis: the modelled quantity and its unit.
    pub y_axis: String,
    /// Legend: the points, with their number (e.g. "8,123 hours").
    pub points: String,
    /// Legend: the 1:1 line.
    pub one_to_one: String,
}

/// The points of `pairs` (measured, modelled) with both coordinates finite.
pub fn scatter_points(pairs: &[(f64, f64)]) -> Vec<(f64, f64)> {
    pairs
        .iter()
        .filter(|(x, y)| x.is_finite() && y.is_finite())
        .map(|&(x, y)| (finite(x), finite(y)))
        .collect()
}

/// The common range of both axes: from the smallest to the largest coordinate of `points`
/// (from 0 when all are positive, as power is), with 5 % headroom; (0, 1) without points.
pub fn scatter_range(points: &[(f64, f64)]) -> (f64, f64) {
    let (lo, hi) = points
        .iter()
        .flat_map(|&(x, y)| [x, y])
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if lo > hi {
        return (0.0, 1.0);
    }
    let lo = lo.min(0.0);
    let span = hi - lo;
    if span <= f64::EPSILON * hi.abs().max(1.0) {
        return (lo - 1.0, hi + 1.0);
    }
    let pad = span * 0.05;
    (if lo < 0.0 { lo - pad } else { lo }, hi + pad)
}

/// Draws the scatter on `area`: each hour a small dot in the heat colour (translucent, so that
/// dense regions look denser), the 1:1 line dashed in the foreground colour, both axes over
/// [`scatter_range`]. Returns the number of points drawn.
pub fn draw_scatter<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    pairs: &[(f64, f64)],
    words: &ScatterText,
    text: &ChartText,
    theme: &Theme,
) -> Result<usize, DrawError> {
    let points = scatter_points(pairs);
    let (lo, hi) = scatter_range(&points);
    let legend = [
        LegendItem {
            label: &words.points,
            swatch: Swatch::Circle(theme.direct),
        },
        LegendItem {
            label: &words.one_to_one,
            swatch: Swatch::Dashed(theme.foreground),
        },
    ];
    let plot = frame(area, &words.title, None, &legend, theme)?;
    let fmt = |v: &f64| text.format_tick(*v);
    let mut chart = ChartBuilder::on(&plot)
        .margin_left(theme.px(4.0))
        .margin_right(theme.px(16.0))
        .margin_top(theme.px(4.0))
        .x_label_area_size(theme.upx(40.0))
        .y_label_area_size(y_label_area(&[fmt(&hi), fmt(&lo)], theme))
        .build_cartesian_2d(lo..hi, lo..hi)?;
    let mut mesh = chart.configure_mesh();
    crate::frame::style_mesh(&mut mesh, theme);
    mesh.x_labels(6)
        .y_labels(6)
        .x_label_formatter(&fmt)
        .y_label_formatter(&fmt)
        .x_desc(words.x_axis.as_str())
        .y_desc(words.y_axis.as_str())
        .draw()?;
    let r = theme.upx(1.5).max(1);
    let style = theme.direct.mix(0.35).filled();
    chart.draw_series(points.iter().map(|&p| Circle::new(p, r, style)))?;
    chart.draw_series(DashedLineSeries::new(
        [(lo, lo), (hi, hi)],
        theme.px(6.0),
        theme.px(3.0),
        theme.foreground.stroke_width(theme.upx(1.5)),
    ))?;
    Ok(points.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_with_a_non_finite_coordinate_are_skipped() {
        let p = scatter_points(&[
            (1.0, 2.0),
            (f64::NAN, 1.0),
            (3.0, f64::INFINITY),
            (4.0, 5.0),
        ]);
        assert_eq!(p, vec![(1.0, 2.0), (4.0, 5.0)]);
    }

    #[test]
    fn both_axes_share_one_range_from_zero_for_positive_values() {
        // Coordinates 10…200: from 0 to 200 + 5 % of 200 = 210.
        assert_eq!(scatter_range(&[(10.0, 50.0), (200.0, 120.0)]), (0.0, 210.0));
        // A negative value (outdoor temperature −5…15 °C): span 20, 5 % = 1 each side.
        assert_eq!(scatter_range(&[(-5.0, 0.0), (15.0, 10.0)]), (-6.0, 16.0));
        // No points: (0, 1); all values 0: widened by 1 each side.
        assert_eq!(scatter_range(&[]), (0.0, 1.0));
        assert_eq!(scatter_range(&[(0.0, 0.0)]), (-1.0, 1.0));
    }
}

//! A two-input design sweep (issue 9) as a heat map: one cell per pair of input values,
//! coloured by one KPI on a sequential scale (a colour bar with the KPI and its unit below the
//! map), the current scenario marked by a dot and the best cell by a framed triangle. Cells
//! without a value are drawn in the grid colour.
//!
//! The scale runs through five stops of the viridis palette (van der Walt & Smith, matplotlib,
//! 2015), perceptually uniform and readable without colour vision; the markers are drawn in
//! the theme's foreground on a halo of its background, so they show on any cell in both
//! themes.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::frame::{frame, style_mesh, text_width, y_label_area, LegendItem, Swatch, TICK_PX};
use crate::sweep_line::fit_range;
use crate::{ChartText, DrawError, SweepText, Theme};

/// The values of a heat map.
#[derive(Debug, Clone, PartialEq)]
pub struct HeatmapData<'a> {
    /// The first input's values (x axis), in sweep order.
    pub x: &'a [f64],
    /// The second input's values (y axis), in sweep order.
    pub y: &'a [f64],
    /// The KPI per cell, the first input slowest: `values[i * y.len() + j]` is at `(x[i], y[j])`
    /// (non-finite: no value).
    pub values: &'a [f64],
    /// The current scenario's two input values (`None` or outside the grid: no dot).
    pub current: Option<(f64, f64)>,
    /// The index of the best cell in `values`.
    pub best: Option<usize>,
}

/// Viridis at five stops (0, ¼, ½, ¾, 1).
const STOPS: [(u8, u8, u8); 5] = [
    (0x44, 0x01, 0x54),
    (0x3B, 0x52, 0x8B),
    (0x21, 0x90, 0x8C),
    (0x5D, 0xC8, 0x63),
    (0xFD, 0xE7, 0x25),
];

/// The scale's colour at `t` in 0..=1 (clamped; non-finite counts as 0), linear between stops.
pub fn scale_colour(t: f64) -> RGBColor {
    let t = if t.is_finite() {
        t.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let p = t * (STOPS.len() - 1) as f64;
    let i = (p.floor() as usize).min(STOPS.len() - 2);
    let f = p - i as f64;
    let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * f).round() as u8;
    let (a, b) = (STOPS[i], STOPS[i + 1]);
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

/// Where `v` falls along `axis` as a fractional index (linear between neighbours, either
/// order); `None` outside the axis or for a non-finite `v`.
pub fn axis_position(axis: &[f64], v: f64) -> Option<f64> {
    if !v.is_finite() {
        return None;
    }
    if let [a] = axis {
        return ((v - a).abs() <= 1e-9 * a.abs().max(1.0)).then_some(0.0);
    }
    axis.windows(2).enumerate().find_map(|(k, w)| {
        let (a, b) = (w[0], w[1]);
        if v < a.min(b) || v > a.max(b) {
            return None;
        }
        let f = if b == a { 0.0 } else { (v - a) / (b - a) };
        Some(k as f64 + f)
    })
}

/// The axis value at fractional index `p` (linear between neighbours, held at the ends).
fn axis_value(axis: &[f64], p: f64) -> f64 {
    let n = axis.len();
    if n == 0 {
        return 0.0;
    }
    let p = p.clamp(0.0, (n - 1) as f64);
    let k = (p.floor() as usize).min(n.saturating_sub(2));
    match (axis.get(k), axis.get(k + 1)) {
        (Some(a), Some(b)) => a + (b - a) * (p - k as f64),
        (Some(a), None) => *a,
        _ => 0.0,
    }
}

/// Draws the heat map of `data` with the colour bar below it.
pub fn draw_heatmap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &HeatmapData<'_>,
    words: &SweepText,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), DrawError> {
    let legend = [
        LegendItem {
            label: &words.current,
            swatch: Swatch::Circle(theme.foreground),
        },
        LegendItem {
            label: &words.best,
            swatch: Swatch::Triangle(theme.foreground),
        },
    ];
    let plot = frame(area, &words.title, None, &legend, theme)?;
    let (nx, ny) = (data.x.len().max(1), data.y.len().max(1));
    // The scale spans the values exactly (no headroom), so its ends are the extreme cells.
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in data.values.iter().copied().filter(|v| v.is_finite()) {
        (lo, hi) = (lo.min(v), hi.max(v));
    }
    if hi - lo <= f64::EPSILON * hi.abs().max(1.0) {
        (lo, hi) = fit_range(data.values.iter().copied());
    }
    let tick = |axis: &[f64], v: f64| text.format_tick(axis_value(axis, v));
    let y_ticks: Vec<String> = data.y.iter().map(|v| text.format_tick(*v)).collect();
    let y_area = y_label_area(&y_ticks, theme);
    let k = theme.k();
    let (_, h) = plot.dim_in_pixel();
    let bar_h = (60.0 * k) as u32;
    let (map, bar) = plot.split_vertically(h.saturating_sub(bar_h));
    let fx = |v: &f64| tick(data.x, *v);
    let fy = |v: &f64| tick(data.y, *v);
    let mut chart = ChartBuilder::on(&map)
        .margin_left(theme.px(4.0))
        .margin_right(theme.px(12.0))
        .margin_top(theme.px(4.0))
        .x_label_area_size(theme.upx(40.0))
        .y_label_area_size(y_area)
        .build_cartesian_2d(-0.5..(nx as f64 - 0.5), -0.5..(ny as f64 - 0.5))?;
    let mut mesh = chart.configure_mesh();
    style_mesh(&mut mesh, theme);
    mesh.disable_mesh()
        .x_labels(6)
        .y_labels(6)
        .x_label_formatter(&fx)
        .y_label_formatter(&fy)
        .x_desc(words.x_axis.as_str())
        .y_desc(words.y_axis.as_str())
        .draw()?;
    let span = hi - lo;
    let colour = |v: f64| {
        if v.is_finite() {
            scale_colour((v - lo) / span)
        } else {
            theme.grid
        }
    };
    chart.draw_series(data.values.iter().enumerate().map(|(c, &v)| {
        let (i, j) = ((c / ny) as f64, (c % ny) as f64);
        Rectangle::new([(i - 0.5, j - 0.5), (i + 0.5, j + 0.5)], colour(v).filled())
    }))?;
    if let Some((i, j)) = data
        .best
        .filter(|b| *b < data.values.len())
        .map(|b| ((b / ny) as f64, (b % ny) as f64))
    {
        chart.draw_series([Rectangle::new(
            [(i - 0.5, j - 0.5), (i + 0.5, j + 0.5)],
            theme.foreground.stroke_width(theme.upx(2.0)),
        )])?;
        chart.draw_series([
            TriangleMarker::new((i, j), theme.px(8.0), theme.background.filled()),
            TriangleMarker::new((i, j), theme.px(6.0), theme.foreground.filled()),
        ])?;
    }
    let at = data
        .current
        .and_then(|(a, b)| Some((axis_position(data.x, a)?, axis_position(data.y, b)?)));
    if let Some(p) = at {
        let r = theme.upx(4.0);
        chart.draw_series([
            Circle::new(p, r + 2, theme.background.filled()),
            Circle::new(p, r, theme.foreground.filled()),
        ])?;
    }
    // The colour bar, aligned with the map's plot area.
    let widest = text_width(&text.format_tick(hi), TICK_PX * k);
    let mut scale = ChartBuilder::on(&bar)
        .margin_left(theme.px(4.0) + y_area as i32)
        .margin_right(theme.px(12.0).max((widest / 2.0) as i32))
        .margin_top(theme.px(8.0))
        .x_label_area_size(theme.upx(36.0))
        .build_cartesian_2d(lo..hi, 0.0..1.0)?;
    let mut mesh = scale.configure_mesh();
    style_mesh(&mut mesh, theme);
    let fv = |v: &f64| text.format_tick(*v);
    mesh.disable_mesh()
        .disable_y_axis()
        .x_labels(5)
        .x_label_formatter(&fv)
        .x_desc(words.scale.as_str())
        .draw()?;
    const STEPS: usize = 48;
    scale.draw_series((0..STEPS).map(|s| {
        let (a, b) = (s as f64 / STEPS as f64, (s + 1) as f64 / STEPS as f64);
        Rectangle::new(
            [(lo + a * span, 0.0), (lo + b * span, 1.0)],
            scale_colour((a + b) / 2.0).filled(),
        )
    }))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters_svg::SVGBackend;

    fn svg(data: &HeatmapData<'_>, theme: &Theme) -> String {
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (640, 520)).into_drawing_area();
            let words = SweepText {
                title: "LCOH over storage × heat pump".into(),
                x_axis: "Storage volume, m³".into(),
                y_axis: "Heat-pump capacity, MW".into(),
                scale: "LCOH, €/MWh".into(),
                current: "this scenario".into(),
                best: "lowest LCOH".into(),
            };
            draw_heatmap(&area, data, &words, &ChartText::english(), theme).expect("draws");
            area.present().expect("presents");
        }
        out
    }

    #[test]
    fn scale_ends_and_middle_are_the_stops() {
        assert_eq!(scale_colour(0.0), RGBColor(0x44, 0x01, 0x54));
        assert_eq!(scale_colour(0.5), RGBColor(0x21, 0x90, 0x8C));
        assert_eq!(scale_colour(1.0), RGBColor(0xFD, 0xE7, 0x25));
        assert_eq!(scale_colour(7.0), scale_colour(1.0));
        assert_eq!(scale_colour(f64::NAN), scale_colour(0.0));
        // Halfway between stops 0 and 1 (t = 1/8): (0x44 + 0x3B)/2 = 63.5 → 64 (0x40).
        assert_eq!(scale_colour(0.125).0, 0x40);
    }

    #[test]
    fn axis_position_by_hand() {
        let a = [0.0, 10.0, 20.0];
        assert_eq!(axis_position(&a, 15.0), Some(1.5));
        assert_eq!(axis_position(&a, 0.0), Some(0.0));
        assert_eq!(axis_position(&a, 25.0), None);
        // A falling axis: 20 → 0 at index 2, so 5 is at 1.5.
        assert_eq!(axis_position(&[20.0, 10.0, 0.0], 5.0), Some(1.5));
        assert_eq!(axis_position(&[3.0], 3.0), Some(0.0));
        assert_eq!(axis_position(&[3.0], f64::NAN), None);
        assert_eq!(axis_value(&a, 1.5), 15.0);
        assert_eq!(axis_value(&a, 9.0), 20.0);
    }

    #[test]
    fn every_cell_is_drawn_in_its_colour_with_the_words() {
        // 2 × 3 cells, values 0..4 and one without: the lowest cell takes the first stop, the
        // highest the last (the scale spans the values exactly).
        let values = [0.0, 1.0, 2.0, 3.0, 4.0, f64::NAN];
        let data = HeatmapData {
            x: &[0.0, 100.0],
            y: &[1.0, 2.0, 3.0],
            values: &values,
            current: Some((50.0, 2.0)),
            best: Some(0),
        };
        for theme in [Theme::light(), Theme::dark()] {
            let s = svg(&data, &theme);
            for w in [
                "LCOH, €/MWh",
                "Storage volume, m³",
                "Heat-pump capacity, MW",
                "lowest LCOH",
            ] {
                assert!(s.contains(w), "{w}");
            }
            // The no-value cell in the grid colour.
            let g = theme.grid;
            assert!(s.contains(&format!("#{:02X}{:02X}{:02X}", g.0, g.1, g.2)));
            for c in [scale_colour(0.0), scale_colour(1.0)] {
                assert!(s.contains(&format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)));
            }
            // Six cells and 48 bar steps at least.
            assert!(s.matches("<rect").count() >= 6 + 48);
        }
    }

    #[test]
    fn empty_and_mismatched_data_do_not_panic() {
        let _ = svg(
            &HeatmapData {
                x: &[],
                y: &[],
                values: &[],
                current: None,
                best: Some(3),
            },
            &Theme::light(),
        );
        let _ = svg(
            &HeatmapData {
                x: &[1.0],
                y: &[f64::NAN, 2.0],
                values: &[f64::INFINITY, 1.0, 2.0, 3.0],
                current: Some((f64::NAN, 1.0)),
                best: Some(3),
            },
            &Theme::dark(),
        );
    }
}

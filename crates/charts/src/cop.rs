//! Network supply temperature and heat-pump COP against outdoor temperature: a scatter of
//! daily or binned points (see [`crate::data::CopBins`]), supply temperature as circles on the
//! left axis in °C, COP as triangles on the right axis (dimensionless), drawn only where the
//! heat pump ran. The weather-compensation curve of the network (hotter supply in cold
//! weather) and the COP it costs read off the same picture.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::frame::{font, frame, style_mesh, y_label_area, LegendItem, Swatch, DESC_PX, TICK_PX};
use crate::{ChartText, DrawError, Theme};

/// Points for [`draw_cop`], paired by index (up to the shortest of `outdoor_c` and each other
/// slice): daily means or temperature bins, a few hundred at most. A supply point is drawn
/// where both its temperatures are finite (outdoor within ±100 °C, supply within −100…300 °C);
/// a COP point where the outdoor temperature is and the COP is finite and positive, at most 100
/// (0 or NaN mean "the heat pump did not run").
#[derive(Debug, Clone, Copy, Default)]
pub struct CopData<'a> {
    /// Outdoor temperature, °C.
    pub outdoor_c: &'a [f64],
    /// Network supply temperature, °C.
    pub supply_c: &'a [f64],
    /// Heat-pump COP (heat out per electricity in), dimensionless.
    pub cop: &'a [f64],
}

/// Draws the COP and supply-temperature chart on `area`.
pub fn draw_cop<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &CopData<'_>,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), DrawError> {
    let t = &text.cop;
    let supply: Vec<(f64, f64)> = data
        .outdoor_c
        .iter()
        .zip(data.supply_c)
        .filter(|(x, y)| plausible(**x, -100.0, 100.0) && plausible(**y, -100.0, 300.0))
        .map(|(x, y)| (*x, *y))
        .collect();
    let cop: Vec<(f64, f64)> = data
        .outdoor_c
        .iter()
        .zip(data.cop)
        .filter(|(x, c)| plausible(**x, -100.0, 100.0) && plausible(**c, 1e-9, 100.0))
        .map(|(x, c)| (*x, *c))
        .collect();

    let (x_lo, x_hi) = span(supply.iter().chain(&cop).map(|p| p.0))
        .map_or((-10.0, 35.0), |r| ((r.0 - 1.0).floor(), (r.1 + 1.0).ceil()));
    let (y_lo, y_hi) = span(supply.iter().map(|p| p.1)).map_or((0.0, 100.0), |r| {
        (
            ((r.0 - 5.0) / 10.0).floor() * 10.0,
            ((r.1 + 5.0) / 10.0).ceil() * 10.0,
        )
    });
    let cop_hi = span(cop.iter().map(|p| p.1)).map_or(8.0, |r| (r.1 * 1.15).ceil().max(1.0));

    let legend = [
        LegendItem {
            label: &t.supply,
            swatch: Swatch::Circle(theme.supply_temperature),
        },
        LegendItem {
            label: &t.cop,
            swatch: Swatch::Triangle(theme.heat_pump),
        },
    ];
    let plot = frame(area, &t.title, None, &legend, theme)?;

    let k = theme.k();
    let fmt = |v: &f64| text.format_tick(*v);
    let (w, _) = plot.dim_in_pixel();
    let x_labels = ((f64::from(w) / (55.0 * k)) as usize).clamp(2, 12);
    let mut chart = ChartBuilder::on(&plot)
        .margin_left(theme.px(4.0))
        .margin_right(theme.px(4.0))
        .margin_top(theme.px(4.0))
        .x_label_area_size(theme.upx(40.0))
        .y_label_area_size(y_label_area(&[fmt(&y_hi), fmt(&y_lo)], theme))
        .right_y_label_area_size(y_label_area(&[fmt(&cop_hi), fmt(&(cop_hi - 0.5))], theme))
        .build_cartesian_2d(x_lo..x_hi, y_lo..y_hi)?
        .set_secondary_coord(x_lo..x_hi, 0.0..cop_hi);
    let mut mesh = chart.configure_mesh();
    style_mesh(&mut mesh, theme);
    mesh.x_labels(x_labels)
        .y_labels(6)
        .x_label_formatter(&fmt)
        .y_label_formatter(&fmt)
        .x_desc(t.x_axis.as_str())
        .y_desc(t.y_axis.as_str())
        .draw()?;
    chart
        .configure_secondary_axes()
        .axis_style(theme.muted.stroke_width(theme.upx(1.0)))
        .set_all_tick_mark_size(theme.px(4.0))
        .label_style(font(theme, TICK_PX, theme.muted))
        .axis_desc_style(font(theme, DESC_PX, theme.foreground))
        .y_labels(6)
        .y_label_formatter(&fmt)
        .y_desc(t.cop_axis.as_str())
        .draw()?;

    let r = theme.upx(3.0);
    let supply_style = theme.supply_temperature.filled();
    chart.draw_series(supply.into_iter().map(|p| Circle::new(p, r, supply_style)))?;
    let size = theme.px(5.0);
    let cop_style = theme.heat_pump.filled();
    chart.draw_secondary_series(
        cop.into_iter()
            .map(|p| TriangleMarker::new(p, size, cop_style)),
    )?;
    Ok(())
}

/// Whether `v` is finite and within `lo..=hi` (points far outside are input errors; keeping
/// them out keeps the axes sane).
fn plausible(v: f64, lo: f64, hi: f64) -> bool {
    v.is_finite() && (lo..=hi).contains(&v)
}

/// Smallest and largest of `values`, `None` when there are none; widened to 10 units when
/// they are all equal, so the axis is never degenerate.
fn span(values: impl Iterator<Item = f64>) -> Option<(f64, f64)> {
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    if lo > hi {
        None
    } else if hi - lo < 1e-9 {
        Some((lo - 5.0, hi + 5.0))
    } else {
        Some((lo, hi))
    }
}

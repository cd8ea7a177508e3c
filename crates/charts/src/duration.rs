//! Load-duration curves: the hours of the year sorted from the highest to the lowest load, for
//! the network demand, the heat the data centre delivered and the heat it had available. The
//! area under "delivered" is shaded; where "available" lies above "delivered" the data centre
//! had heat to spare, where "demand" lies above it the backup plants (or storage) made up the
//! difference. Each curve is sampled to [`DURATION_POINTS`] points with [`duration_curve`].

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::data::duration_curve;
use crate::frame::{frame, padded_range, style_mesh, y_label_area, LegendItem, Swatch};
use crate::{ChartText, DrawError, Theme};

/// Points drawn per curve.
pub const DURATION_POINTS: usize = 300;

/// Hourly loads for [`draw_duration`]: the model's hourly columns in kW (= kWh per hour),
/// typically 8,760 values each; drawn in MW. Non-finite values count as 0.
#[derive(Debug, Clone, Copy, Default)]
pub struct DurationData<'a> {
    /// Heat needed at the plant, kW; `None` when the network takes all heat.
    pub demand_kw: Option<&'a [f64]>,
    /// Heat delivered from the data centre (directly and from storage), kW.
    pub delivered_kw: &'a [f64],
    /// Heat available from the data centre, kW.
    pub available_kw: &'a [f64],
}

/// Draws the load-duration chart on `area`.
pub fn draw_duration<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &DurationData<'_>,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), DrawError> {
    let t = &text.duration;
    let to_mw = |c: Vec<(f64, f64)>| -> Vec<(f64, f64)> {
        c.into_iter()
            .map(|(x, y)| (x, y.max(0.0) / 1000.0))
            .collect()
    };
    let demand = data
        .demand_kw
        .map(|d| to_mw(duration_curve(d, DURATION_POINTS)));
    let delivered = to_mw(duration_curve(data.delivered_kw, DURATION_POINTS));
    let available = to_mw(duration_curve(data.available_kw, DURATION_POINTS));

    let hours = [
        data.demand_kw.map_or(0, <[f64]>::len),
        data.delivered_kw.len(),
        data.available_kw.len(),
    ]
    .into_iter()
    .max()
    .unwrap_or(0);
    let x_end = if hours == 0 { 8760.0 } else { hours as f64 };
    let peak = [demand.as_deref().unwrap_or(&[]), &delivered, &available]
        .iter()
        .filter_map(|c| c.first().map(|p| p.1))
        .fold(0.0, f64::max);
    let (_, y_hi) = padded_range(0.0, peak);

    let mut legend = Vec::with_capacity(3);
    if demand.is_some() {
        legend.push(LegendItem {
            label: &t.demand,
            swatch: Swatch::Line(theme.demand),
        });
    }
    legend.push(LegendItem {
        label: &t.available,
        swatch: Swatch::Dashed(theme.available),
    });
    legend.push(LegendItem {
        label: &t.delivered,
        swatch: Swatch::Fill(theme.direct),
    });
    let plot = frame(area, &t.title, None, &legend, theme)?;

    let k = theme.k();
    let fmt = |v: &f64| text.format_tick(*v);
    let (w, _) = plot.dim_in_pixel();
    let x_labels = ((f64::from(w) / (50.0 * k)) as usize).clamp(2, 10);
    let mut chart = ChartBuilder::on(&plot)
        .margin_left(theme.px(4.0))
        .margin_right(theme.px(16.0))
        .margin_top(theme.px(4.0))
        .x_label_area_size(theme.upx(40.0))
        .y_label_area_size(y_label_area(&[fmt(&y_hi), fmt(&(y_hi / 3.0))], theme))
        .build_cartesian_2d(0.0..x_end, 0.0..y_hi)?;
    let mut mesh = chart.configure_mesh();
    style_mesh(&mut mesh, theme);
    mesh.x_labels(x_labels)
        .y_labels(6)
        .x_label_formatter(&fmt)
        .y_label_formatter(&fmt)
        .x_desc(t.x_axis.as_str())
        .y_desc(t.y_axis.as_str())
        .draw()?;

    if delivered.len() > 1 {
        let shade: Vec<(f64, f64)> = delivered
            .iter()
            .copied()
            .chain([(x_end, 0.0), (0.0, 0.0)])
            .collect();
        chart.draw_series(std::iter::once(Polygon::new(
            shade,
            theme.direct.mix(0.35).filled(),
        )))?;
    }
    let width = theme.upx(2.0);
    chart.draw_series(LineSeries::new(delivered, theme.direct.stroke_width(width)))?;
    chart.draw_series(DashedLineSeries::new(
        available,
        theme.px(7.0),
        theme.px(4.0),
        theme.available.stroke_width(width),
    ))?;
    if let Some(demand) = demand {
        chart.draw_series(LineSeries::new(demand, theme.demand.stroke_width(width)))?;
    }
    Ok(())
}

//! Monthly heat and CO₂: for each month a stacked bar of the heat the network received
//! (delivered from the data centre, backup plants on top) beside a bar of the data centre's
//! rejected heat, on the left axis in MWh; the CO₂ avoided each month is a line with markers on
//! the right axis in tonnes (it may be negative: a dirty grid and a heat pump).

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::frame::{
    at, draw_month_labels, finite, frame, padded_range, style_mesh, y_label_area, LegendItem,
    Swatch, DESC_PX, TICK_PX,
};
use crate::{ChartText, DrawError, Theme};

/// Monthly figures for [`draw_monthly`], January first; 12 values per series (missing months
/// count as 0, extra values are ignored). Non-finite values count as 0; negative heat counts
/// as 0.
#[derive(Debug, Clone, Copy, Default)]
pub struct MonthlyData<'a> {
    /// Heat delivered from the data centre to the network, MWh.
    pub delivered_mwh: &'a [f64],
    /// Heat from the network's backup plants, MWh; `None` when the network takes all heat (no
    /// bar segment, no legend entry).
    pub backup_mwh: Option<&'a [f64]>,
    /// Data-centre heat rejected, MWh.
    pub rejected_mwh: &'a [f64],
    /// CO₂ avoided, t (may be negative).
    pub co2_avoided_t: &'a [f64],
}

/// Draws the monthly chart on `area`.
pub fn draw_monthly<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &MonthlyData<'_>,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), DrawError> {
    let t = &text.monthly;
    let backup = data.backup_mwh.unwrap_or(&[]);
    let co2 = |m: usize| data.co2_avoided_t.get(m).copied().map_or(0.0, finite);
    let mut heat_hi: f64 = 0.0;
    let (mut co2_lo, mut co2_hi): (f64, f64) = (0.0, 0.0);
    for m in 0..12 {
        heat_hi = heat_hi
            .max(at(data.delivered_mwh, m) + at(backup, m))
            .max(at(data.rejected_mwh, m));
        co2_lo = co2_lo.min(co2(m));
        co2_hi = co2_hi.max(co2(m));
    }
    let (_, heat_hi) = padded_range(0.0, heat_hi);
    let (co2_lo, co2_hi) = padded_range(co2_lo, co2_hi);

    let mut legend = vec![LegendItem {
        label: &t.delivered,
        swatch: Swatch::Fill(theme.direct),
    }];
    if data.backup_mwh.is_some() {
        legend.push(LegendItem {
            label: &t.backup,
            swatch: Swatch::Fill(theme.backup),
        });
    }
    legend.push(LegendItem {
        label: &t.rejected,
        swatch: Swatch::Fill(theme.rejected),
    });
    legend.push(LegendItem {
        label: &t.co2,
        swatch: Swatch::Circle(theme.co2),
    });
    let plot = frame(area, &t.title, None, &legend, theme)?;

    let k = theme.k();
    let fmt = |v: &f64| text.format_tick(*v);
    let x_area = (TICK_PX * 1.3 + DESC_PX * 1.5 + 10.0) * k;
    let mut chart = ChartBuilder::on(&plot)
        .margin_left(theme.px(4.0))
        .margin_right(theme.px(4.0))
        .margin_top(theme.px(4.0))
        .x_label_area_size(x_area as u32)
        .y_label_area_size(y_label_area(&[fmt(&heat_hi), fmt(&(heat_hi / 3.0))], theme))
        .right_y_label_area_size(y_label_area(&[fmt(&co2_hi), fmt(&co2_lo)], theme))
        .build_cartesian_2d(-0.5..11.5, 0.0..heat_hi)?
        .set_secondary_coord(-0.5..11.5, co2_lo..co2_hi);
    let mut mesh = chart.configure_mesh();
    style_mesh(&mut mesh, theme);
    mesh.disable_x_mesh()
        .x_labels(0)
        .y_labels(6)
        .y_label_formatter(&fmt)
        .x_desc(t.x_axis.as_str())
        .y_desc(t.y_axis.as_str())
        .draw()?;
    chart
        .configure_secondary_axes()
        .axis_style(theme.muted.stroke_width(theme.upx(1.0)))
        .set_all_tick_mark_size(theme.px(4.0))
        .label_style(crate::frame::font(theme, TICK_PX, theme.muted))
        .axis_desc_style(crate::frame::font(theme, DESC_PX, theme.foreground))
        .y_labels(6)
        .y_label_formatter(&fmt)
        .y_desc(t.co2_axis.as_str())
        .draw()?;

    // Bars: [delivered + backup] and [rejected], side by side around the month's centre.
    let (l0, l1, r0, r1) = (-0.4, -0.03, 0.03, 0.4);
    let bar = |m: usize, x0: f64, x1: f64, y0: f64, y1: f64, c: RGBColor| {
        let x = m as f64;
        (y1 > y0).then(|| Rectangle::new([(x + x0, y0), (x + x1, y1)], c.filled()))
    };
    chart.draw_series(
        (0..12).filter_map(|m| bar(m, l0, l1, 0.0, at(data.delivered_mwh, m), theme.direct)),
    )?;
    chart.draw_series((0..12).filter_map(|m| {
        let d = at(data.delivered_mwh, m);
        bar(m, l0, l1, d, d + at(backup, m), theme.backup)
    }))?;
    chart.draw_series(
        (0..12).filter_map(|m| bar(m, r0, r1, 0.0, at(data.rejected_mwh, m), theme.rejected)),
    )?;

    // CO₂ avoided on the secondary axis: zero line (when negative values exist), line, markers.
    if co2_lo < 0.0 {
        chart.draw_secondary_series(std::iter::once(PathElement::new(
            vec![(-0.5, 0.0), (11.5, 0.0)],
            theme.co2.mix(0.6).stroke_width(theme.upx(1.0)),
        )))?;
    }
    chart.draw_secondary_series(LineSeries::new(
        (0..12).map(|m| (m as f64, co2(m))),
        theme.co2.stroke_width(theme.upx(2.0)),
    ))?;
    chart.draw_secondary_series(
        (0..12).map(|m| Circle::new((m as f64, co2(m)), theme.upx(3.5), theme.co2.filled())),
    )?;

    // Month labels under the bars.
    let mut centres = [0i32; 12];
    let mut axis_y = 0;
    for (m, c) in centres.iter_mut().enumerate() {
        let (px, py) = chart.backend_coord(&(m as f64, 0.0));
        *c = px;
        axis_y = py;
    }
    draw_month_labels(area, &centres, axis_y + theme.px(6.0), &text.months, theme)
}

//! Daily heat over the year: stacked areas of the heat the network received (directly from the
//! data centre, from storage, from backup plants), the network demand as a line, and the data
//! centre's rejected heat as an area mirrored below the zero line (the axis labels show its
//! magnitude), so surplus and shortfall read at a glance. The horizontal axis is the 365 days,
//! labelled with the months at their centres and ruled at their boundaries.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::frame::{
    at, draw_month_labels, frame, padded_range, style_mesh, y_label_area, LegendItem, Swatch,
    DESC_PX, TICK_PX,
};
use crate::{ChartText, DrawError, Theme};

/// Days after which input values are ignored (one value per day; a leap year at most).
pub const MAX_DAYS: usize = 366;

/// Day of the year on which each month starts, and 365 (no leap day, as in the model).
pub(crate) const MONTH_START_DAY: [u16; 13] =
    [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

/// Daily energies for [`draw_year`], one value per day (365; at most [`MAX_DAYS`] are read).
/// Series may be shorter (missing days count as 0); negative and non-finite values count as 0.
#[derive(Debug, Clone, Copy, Default)]
pub struct YearData<'a> {
    /// Heat delivered directly from the data centre to the network, MWh/day.
    pub direct_mwh: &'a [f64],
    /// Heat delivered from storage, MWh/day.
    pub storage_mwh: &'a [f64],
    /// Heat from the network's backup plants, MWh/day; `None` when unknown (the network takes
    /// all heat): no band and no legend entry.
    pub backup_mwh: Option<&'a [f64]>,
    /// Heat needed by the network, MWh/day; `None` when the network takes all heat.
    pub demand_mwh: Option<&'a [f64]>,
    /// Data-centre heat rejected (captured but not used), MWh/day.
    pub rejected_mwh: &'a [f64],
}

/// Draws the daily year chart on `area`.
pub fn draw_year<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &YearData<'_>,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), DrawError> {
    draw_year_with_it(area, data, None, text, theme)
}

/// [`draw_year`] with the data centre's IT electricity a day (`it_mwh`, MWh/day) as a dashed
/// line: when the network takes all the heat there is no demand to draw, and the heat then reads
/// against what the data centre consumes. Without a demand curve the chart says why, in its
/// subtitle ([`crate::YearText::all_heat_note`]).
pub fn draw_year_with_it<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &YearData<'_>,
    it_mwh: Option<&[f64]>,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), DrawError> {
    let t = &text.year;
    let it = it_mwh.unwrap_or(&[]);
    let empty: &[f64] = &[];
    let backup = data.backup_mwh.unwrap_or(empty);
    let demand = data.demand_mwh.unwrap_or(empty);
    let days = [
        data.direct_mwh,
        data.storage_mwh,
        backup,
        demand,
        data.rejected_mwh,
    ]
    .iter()
    .map(|s| s.len())
    .max()
    .unwrap_or(0)
    .min(MAX_DAYS);

    // Cumulative stack tops: direct, + storage, + backup.
    let tops: Vec<[f64; 3]> = (0..days)
        .map(|i| {
            let a = at(data.direct_mwh, i);
            let b = a + at(data.storage_mwh, i);
            [a, b, b + at(backup, i)]
        })
        .collect();
    let y_hi = tops
        .iter()
        .enumerate()
        .map(|(i, t)| t[2].max(at(demand, i)).max(at(it, i)))
        .fold(0.0, f64::max);
    let y_lo = (0..days)
        .map(|i| -at(data.rejected_mwh, i))
        .fold(0.0, f64::min);
    let (y_lo, y_hi) = padded_range(y_lo, y_hi);

    let mut legend = vec![
        LegendItem {
            label: &t.direct,
            swatch: Swatch::Fill(theme.direct),
        },
        LegendItem {
            label: &t.storage,
            swatch: Swatch::Fill(theme.storage),
        },
    ];
    if data.backup_mwh.is_some() {
        legend.push(LegendItem {
            label: &t.backup,
            swatch: Swatch::Fill(theme.backup),
        });
    }
    if data.demand_mwh.is_some() {
        legend.push(LegendItem {
            label: &t.demand,
            swatch: Swatch::Line(theme.demand),
        });
    }
    if it_mwh.is_some() {
        legend.push(LegendItem {
            label: &t.it,
            swatch: Swatch::Line(theme.electricity),
        });
    }
    legend.push(LegendItem {
        label: &t.rejected,
        swatch: Swatch::Fill(theme.rejected),
    });
    let note = data
        .demand_mwh
        .is_none()
        .then_some(t.all_heat_note.as_str());
    let plot = frame(area, &t.title, note, &legend, theme)?;

    let k = theme.k();
    let y_fmt = |v: &f64| text.format_tick(v.abs());
    let labels = [y_fmt(&y_hi), y_fmt(&y_lo)];
    let x_area = (TICK_PX * 1.3 + DESC_PX * 1.5 + 10.0) * k;
    let x_end = days.max(365) as f64;
    let mut chart = ChartBuilder::on(&plot)
        .margin_left(theme.px(4.0))
        .margin_right(theme.px(12.0))
        .margin_top(theme.px(4.0))
        .x_label_area_size(x_area as u32)
        .y_label_area_size(y_label_area(&labels, theme))
        .build_cartesian_2d(0.0..x_end, y_lo..y_hi)?;
    let mut mesh = chart.configure_mesh();
    style_mesh(&mut mesh, theme);
    mesh.disable_x_mesh()
        .x_labels(0)
        .y_labels(10)
        .y_label_formatter(&y_fmt)
        .x_desc(t.x_axis.as_str())
        .y_desc(t.y_axis.as_str())
        .draw()?;

    // Month boundaries.
    let grid = theme.grid.stroke_width(theme.upx(1.0));
    chart.draw_series(
        MONTH_START_DAY[1..12]
            .iter()
            .map(|d| PathElement::new(vec![(f64::from(*d), y_lo), (f64::from(*d), y_hi)], grid)),
    )?;

    // Stacked bands, then rejected heat below zero.
    let x = |i: usize| i as f64 + 0.5;
    let bands = [theme.direct, theme.storage, theme.backup];
    for (level, colour) in bands.into_iter().enumerate() {
        let lower = |t: &[f64; 3]| if level == 0 { 0.0 } else { t[level - 1] };
        if !tops.iter().any(|t| t[level] > lower(t)) {
            continue;
        }
        let points: Vec<(f64, f64)> = tops
            .iter()
            .enumerate()
            .map(|(i, t)| (x(i), t[level]))
            .chain(tops.iter().enumerate().rev().map(|(i, t)| (x(i), lower(t))))
            .collect();
        chart.draw_series(std::iter::once(Polygon::new(points, colour.filled())))?;
    }
    if (0..days).any(|i| at(data.rejected_mwh, i) > 0.0) {
        let points: Vec<(f64, f64)> = (0..days)
            .map(|i| (x(i), -at(data.rejected_mwh, i)))
            .chain([(x(days - 1), 0.0), (x(0), 0.0)])
            .collect();
        chart.draw_series(std::iter::once(Polygon::new(
            points,
            theme.rejected.filled(),
        )))?;
    }
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(0.0, 0.0), (x_end, 0.0)],
        theme.muted.stroke_width(theme.upx(1.0)),
    )))?;
    if it_mwh.is_some() && days > 0 {
        chart.draw_series(DashedLineSeries::new(
            (0..days).map(|i| (x(i), at(it, i))),
            theme.px(6.0) as u32,
            theme.px(4.0) as u32,
            theme.electricity.stroke_width(theme.upx(2.0)),
        ))?;
    }
    if data.demand_mwh.is_some() && days > 0 {
        chart.draw_series(LineSeries::new(
            (0..days).map(|i| (x(i), at(demand, i))),
            theme.demand.stroke_width(theme.upx(2.0)),
        ))?;
    }

    // Month labels at month centres, below the axis.
    let mut centres = [0i32; 12];
    let mut axis_y = 0;
    for (m, c) in centres.iter_mut().enumerate() {
        let mid = f64::from(MONTH_START_DAY[m] + MONTH_START_DAY[m + 1]) / 2.0;
        let (px, py) = chart.backend_coord(&(mid, y_lo));
        *c = px;
        axis_y = py;
    }
    draw_month_labels(area, &centres, axis_y + theme.px(6.0), &text.months, theme)
}

//! What every chart shares: background, title, legend, fonts, axis styling, month labels and
//! input sanitising.
//!
//! Text widths are *estimated* (characters × 0.58 em) instead of measured: in the browser
//! plotters measures text by inserting a `<span>` into the page, which forces a layout, and the
//! charts are redrawn on every slider movement.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::{DrawError, Theme};

/// Font sizes in CSS pixels (multiplied by [`Theme::scale`]).
pub(crate) const TITLE_PX: f64 = 15.0;
pub(crate) const DESC_PX: f64 = 12.0;
pub(crate) const TICK_PX: f64 = 11.0;
pub(crate) const LEGEND_PX: f64 = 12.0;

/// Average glyph width as a share of the font size, a little generous for sans-serif fonts.
const EM_PER_CHAR: f64 = 0.58;

/// Estimated width in device pixels of `text` at `size_px` device pixels.
pub(crate) fn text_width(text: &str, size_px: f64) -> f64 {
    text.chars().count() as f64 * EM_PER_CHAR * size_px
}

/// A text style of `size` CSS pixels in `colour`.
pub(crate) fn font(theme: &Theme, size: f64, colour: RGBColor) -> TextStyle<'static> {
    styled((theme.font_family, size * theme.k()).into_font(), colour)
}

/// A text style from a font and a colour (`TextStyle::color` would borrow the colour).
pub(crate) fn styled(font: FontDesc<'static>, colour: RGBColor) -> TextStyle<'static> {
    TextStyle {
        font,
        color: colour.to_backend_color(),
        pos: Pos::new(HPos::Left, VPos::Top),
    }
}

/// `v` if finite, else 0; clamped to ±[`MAX_VALUE`].
pub(crate) fn finite(v: f64) -> f64 {
    if v.is_finite() {
        v.clamp(-MAX_VALUE, MAX_VALUE)
    } else {
        0.0
    }
}

/// Largest magnitude drawn: beyond it values are input errors (1e15 MWh is a million times the
/// world's annual heat use); capping keeps sums finite.
pub(crate) const MAX_VALUE: f64 = 1e15;

/// A flow: finite and non-negative (non-finite and negative values count as 0), at most
/// [`MAX_VALUE`].
pub(crate) fn flow(v: f64) -> f64 {
    if v.is_finite() && v > 0.0 {
        v.min(MAX_VALUE)
    } else {
        0.0
    }
}

/// Element `i` of an optional slice as a flow, 0 when absent.
pub(crate) fn at(values: &[f64], i: usize) -> f64 {
    values.get(i).copied().map_or(0.0, flow)
}

/// An axis range from `lo` to `hi` with 5 % headroom at the ends away from zero; `(0, 1)` when
/// both are zero (an empty chart keeps its axes).
pub(crate) fn padded_range(lo: f64, hi: f64) -> (f64, f64) {
    let (lo, hi) = (finite(lo).min(0.0), finite(hi).max(0.0));
    if hi - lo <= f64::EPSILON * hi.abs().max(1.0) {
        return (0.0, 1.0);
    }
    (lo * 1.05, hi * 1.05)
}

/// How a legend entry shows its series.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Swatch {
    /// A filled box (areas, bars).
    Fill(RGBColor),
    /// A solid line.
    Line(RGBColor),
    /// A dashed line.
    Dashed(RGBColor),
    /// A filled circle marker.
    Circle(RGBColor),
    /// A triangle marker.
    Triangle(RGBColor),
}

/// One legend entry.
pub(crate) struct LegendItem<'a> {
    pub label: &'a str,
    pub swatch: Swatch,
}

/// Fills the background, draws the title (and an optional subtitle) and a legend that wraps
/// into rows; returns the area below them for the plot.
pub(crate) fn frame<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    title: &str,
    subtitle: Option<&str>,
    legend: &[LegendItem<'_>],
    theme: &Theme,
) -> Result<DrawingArea<DB, Shift>, DrawError> {
    area.fill(&theme.background)?;
    let (w, _) = area.dim_in_pixel();
    let w = f64::from(w);
    let k = theme.k();
    let pad = 6.0 * k;

    // Title, shrunk (down to 70 %) when it would not fit the width.
    let mut title_px = TITLE_PX * k;
    let est = text_width(title, title_px);
    if est > w - 2.0 * pad && est > 0.0 {
        title_px *= ((w - 2.0 * pad) / est).clamp(0.7, 1.0);
    }
    let title_style = styled(
        (theme.font_family, title_px, FontStyle::Bold).into_font(),
        theme.foreground,
    )
    .pos(Pos::new(HPos::Center, VPos::Top));
    let mut y = pad;
    area.draw(&Text::new(
        title.to_owned(),
        ((w / 2.0) as i32, y as i32),
        title_style,
    ))?;
    y += title_px * 1.3;
    if let Some(sub) = subtitle {
        let style = font(theme, DESC_PX, theme.muted).pos(Pos::new(HPos::Center, VPos::Top));
        area.draw(&Text::new(
            sub.to_owned(),
            ((w / 2.0) as i32, y as i32),
            style,
        ))?;
        y += DESC_PX * k * 1.3;
    }

    // Legend rows, each centred.
    let size = LEGEND_PX * k;
    let swatch_w = 16.0 * k;
    let gap = 4.0 * k;
    let spacing = 12.0 * k;
    let widths: Vec<f64> = legend
        .iter()
        .map(|it| swatch_w + gap + text_width(it.label, size))
        .collect();
    let mut rows: Vec<(usize, usize, f64)> = Vec::new(); // (first, end, width)
    let mut start = 0;
    let mut row_w = 0.0;
    for (i, iw) in widths.iter().enumerate() {
        let add = if i == start { *iw } else { spacing + iw };
        if i > start && row_w + add > w - 2.0 * pad {
            rows.push((start, i, row_w));
            start = i;
            row_w = *iw;
        } else {
            row_w += add;
        }
    }
    if start < legend.len() {
        rows.push((start, legend.len(), row_w));
    }
    if !rows.is_empty() {
        y += 2.0 * k;
    }
    let row_h = size * 1.45;
    let label_style =
        font(theme, LEGEND_PX, theme.foreground).pos(Pos::new(HPos::Left, VPos::Center));
    for (first, end, rw) in rows {
        let mut x = ((w - rw) / 2.0).max(pad);
        let cy = y + row_h / 2.0;
        for (item, iw) in legend[first..end].iter().zip(&widths[first..end]) {
            draw_swatch(area, item.swatch, x, cy, swatch_w, theme)?;
            area.draw(&Text::new(
                item.label.to_owned(),
                ((x + swatch_w + gap) as i32, cy as i32),
                label_style.clone(),
            ))?;
            x += iw + spacing;
        }
        y += row_h;
    }
    y += 4.0 * k;
    let (_, h) = area.dim_in_pixel();
    let (_, rest) = area.split_vertically((y.round() as i32).clamp(0, h as i32));
    Ok(rest)
}

fn draw_swatch<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    swatch: Swatch,
    x: f64,
    cy: f64,
    w: f64,
    theme: &Theme,
) -> Result<(), DrawError> {
    let k = theme.k();
    let (x0, x1, yc) = (x as i32, (x + w) as i32, cy as i32);
    let line_w = theme.upx(2.5);
    match swatch {
        Swatch::Fill(c) => {
            let h = (5.0 * k) as i32;
            area.draw(&Rectangle::new([(x0, yc - h), (x1, yc + h)], c.filled()))?;
        }
        Swatch::Line(c) => {
            area.draw(&PathElement::new(
                vec![(x0, yc), (x1, yc)],
                c.stroke_width(line_w),
            ))?;
        }
        Swatch::Dashed(c) => {
            let seg = (w / 3.0) as i32;
            for s in [x0, x0 + 2 * seg] {
                area.draw(&PathElement::new(
                    vec![(s, yc), (s + seg, yc)],
                    c.stroke_width(line_w),
                ))?;
            }
        }
        Swatch::Circle(c) => {
            area.draw(&Circle::new(
                ((x0 + x1) / 2, yc),
                theme.upx(3.5),
                c.filled(),
            ))?;
        }
        Swatch::Triangle(c) => {
            area.draw(&TriangleMarker::new(
                ((x0 + x1) / 2, yc),
                theme.px(5.0),
                c.filled(),
            ))?;
        }
    }
    Ok(())
}

/// Width of a y label area in device pixels: the widest of `labels`, a tick, and room for the
/// rotated axis description.
pub(crate) fn y_label_area(labels: &[String], theme: &Theme) -> u32 {
    let k = theme.k();
    let widest = labels
        .iter()
        .map(|l| text_width(l, TICK_PX * k))
        .fold(0.0, f64::max);
    (widest + 8.0 * k + DESC_PX * k * 1.6).ceil() as u32
}

/// Axis and grid styling shared by every Cartesian chart.
pub(crate) fn style_mesh<X, Y, DB>(
    mesh: &mut plotters::chart::MeshStyle<'_, '_, X, Y, DB>,
    theme: &Theme,
) where
    X: plotters::coord::ranged1d::Ranged,
    Y: plotters::coord::ranged1d::Ranged,
    DB: DrawingBackend,
{
    mesh.axis_style(theme.muted.stroke_width(theme.upx(1.0)))
        .bold_line_style(theme.grid.stroke_width(theme.upx(1.0)))
        .light_line_style(TRANSPARENT)
        .set_all_tick_mark_size(theme.px(4.0))
        .label_style(font(theme, TICK_PX, theme.muted))
        .axis_desc_style(font(theme, DESC_PX, theme.foreground));
}

/// Draws month labels centred at the given device x positions (absolute backend pixels), one
/// label in every `stride` months so they do not overlap, at device height `y_px`.
pub(crate) fn draw_month_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    centres_px: &[i32; 12],
    y_px: i32,
    months: &[String; 12],
    theme: &Theme,
) -> Result<(), DrawError> {
    let k = theme.k();
    let spacing = centres_px
        .windows(2)
        .map(|p| (p[1] - p[0]).abs())
        .min()
        .unwrap_or(1)
        .max(1);
    let widest = months
        .iter()
        .map(|m| text_width(m, TICK_PX * k))
        .fold(0.0, f64::max);
    let needed = widest + 4.0 * k;
    let stride = [1usize, 2, 3, 4, 6, 12]
        .into_iter()
        .find(|s| (*s as f64) * f64::from(spacing) >= needed)
        .unwrap_or(12);
    let (bx, by) = area.get_base_pixel();
    let style = font(theme, TICK_PX, theme.muted).pos(Pos::new(HPos::Center, VPos::Top));
    for (m, cx) in centres_px.iter().enumerate().step_by(stride) {
        area.draw(&Text::new(
            months[m].clone(),
            (cx - bx, y_px - by),
            style.clone(),
        ))?;
    }
    Ok(())
}

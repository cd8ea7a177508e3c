//! Tornado chart of an uncertainty analysis (issue 9): one horizontal bar per uncertain input,
//! from the KPI with that input at its low value to the KPI at its high value (the others at
//! their likely value), largest swing at the top; a vertical line at the KPI with every input
//! at its likely value. The low end is drawn in one colour, the high end in another, so the
//! direction of each input's effect reads off the picture.

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::frame::{
    finite, font, frame, padded_range, style_mesh, text_width, LegendItem, Swatch, TICK_PX,
};
use crate::{ChartText, DrawError, Theme};
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One bar of [`draw_tornado`].
#[derive(Debug, Clone, PartialEq)]
pub struct TornadoRow {
    /// The input's name as shown.
    pub label: String,
    /// The KPI with the input at its low value (non-finite: no bar end).
    pub kpi_low: f64,
    /// The KPI with the input at its high value.
    pub kpi_high: f64,
}

/// Every visible word of [`draw_tornado`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TornadoText {
    /// The chart's title.
    pub title: String,
    /// The x axis: the KPI and its unit.
    pub x_axis: String,
    /// Legend: the input at its low value.
    pub low: String,
    /// Legend: the input at its high value.
    pub high: String,
}

/// Draws the tornado on `area`: `rows` in the order given, the first at the top (the caller
/// sorts them by swing); `base` is the KPI with every input at its likely value. Rows with a
/// non-finite end draw only the finite half; an empty list draws the axes.
pub fn draw_tornado<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    rows: &[TornadoRow],
    base: f64,
    words: &TornadoText,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), DrawError> {
    let base = finite(base);
    let mut lo = base;
    let mut hi = base;
    for r in rows {
        for v in [r.kpi_low, r.kpi_high] {
            if v.is_finite() {
                lo = lo.min(v);
                hi = hi.max(v);
            }
        }
    }
    let (lo, hi) = padded_range(lo, hi);
    let legend = [
        LegendItem {
            label: &words.low,
            swatch: Swatch::Fill(theme.rejected),
        },
        LegendItem {
            label: &words.high,
            swatch: Swatch::Fill(theme.direct),
        },
    ];
    let plot = frame(area, &words.title, None, &legend, theme)?;
    let k = theme.k();
    let n = rows.len().max(1);
    let widest = rows
        .iter()
        .map(|r| text_width(&r.label, TICK_PX * k))
        .fold(0.0, f64::max);
    let fmt = |v: &f64| text.format_tick(*v);
    let mut chart = ChartBuilder::on(&plot)
        .margin_left(theme.px(4.0))
        .margin_right(theme.px(12.0))
        .margin_top(theme.px(4.0))
        .x_label_area_size(theme.upx(40.0))
        .y_label_area_size((widest + 12.0 * k).ceil() as u32)
        .build_cartesian_2d(lo..hi, -0.5..(n as f64 - 0.5))?;
    let mut mesh = chart.configure_mesh();
    style_mesh(&mut mesh, theme);
    mesh.disable_y_mesh()
        .x_labels(6)
        .x_label_formatter(&fmt)
        .y_labels(0)
        .x_desc(words.x_axis.as_str())
        .draw()?;
    // Row i is drawn at y = n − 1 − i, so the first row is at the top; its label left of the axis.
    let label_style =
        font(theme, TICK_PX, theme.foreground).pos(Pos::new(HPos::Right, VPos::Center));
    for (i, r) in rows.iter().enumerate() {
        let (px, py) = chart.backend_coord(&(lo, (n - 1 - i) as f64));
        area.draw(&Text::new(
            r.label.clone(),
            (px - theme.px(6.0), py),
            label_style.clone(),
        ))?;
    }
    let half = 0.35;
    let bar = |y: f64, a: f64, b: f64, c: RGBColor| {
        (b.is_finite() && a != b)
            .then(|| Rectangle::new([(a.min(b), y - half), (a.max(b), y + half)], c.filled()))
    };
    chart.draw_series(rows.iter().enumerate().flat_map(|(i, r)| {
        let y = (n - 1 - i) as f64;
        [
            bar(y, base, r.kpi_low, theme.rejected),
            bar(y, base, r.kpi_high, theme.direct),
        ]
        .into_iter()
        .flatten()
    }))?;
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(base, -0.5), (base, n as f64 - 0.5)],
        theme.foreground.stroke_width(theme.upx(1.5)),
    )))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters_svg::SVGBackend;

    fn svg(rows: &[TornadoRow], base: f64) -> String {
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (640, 360)).into_drawing_area();
            let words = TornadoText {
                title: "What moves CO2 most".into(),
                x_axis: "CO2 avoided, t/yr".into(),
                low: "input low".into(),
                high: "input high".into(),
            };
            draw_tornado(
                &area,
                rows,
                base,
                &words,
                &ChartText::english(),
                &Theme::light(),
            )
            .expect("draws");
            area.present().expect("presents");
        }
        out
    }

    #[test]
    fn bars_and_labels_are_drawn_largest_first_at_the_top() {
        let rows = vec![
            TornadoRow {
                label: "Capture share".into(),
                kpi_low: 800.0,
                kpi_high: 1200.0,
            },
            TornadoRow {
                label: "Losses".into(),
                kpi_low: 1050.0,
                kpi_high: 950.0,
            },
        ];
        let s = svg(&rows, 1000.0);
        assert!(s.contains("Capture share") && s.contains("Losses"), "{s}");
        assert!(s.contains("What moves CO2 most"));
        // Two halves per row: 4 bars; plus the background and legend swatches.
        let rects = s.matches("<rect").count();
        assert!(rects >= 4 + 2, "{rects} rects");
        // "Capture share" (first row) is higher on the page than "Losses".
        let y_of = |label: &str| {
            let at = s.find(&format!(">\n{label}\n<")).expect("label");
            let tag = &s[s[..at].rfind("<text").expect("text")..at];
            let y = tag
                .split("y=\"")
                .nth(1)
                .expect("y")
                .split('"')
                .next()
                .expect("y");
            y.parse::<f64>().expect("number")
        };
        assert!(y_of("Capture share") < y_of("Losses"));
    }

    #[test]
    fn empty_and_non_finite_rows_do_not_panic() {
        let _ = svg(&[], 0.0);
        let _ = svg(
            &[TornadoRow {
                label: "x".into(),
                kpi_low: f64::NAN,
                kpi_high: f64::INFINITY,
            }],
            f64::NAN,
        );
    }
}

//! The project's cumulative cash flow per party (docs/model/life.md §3): for the utility and
//! the data centre, `S_k = Σ_{j≤k} CF_j` over years 0 (the investment) to N, in M€, with the
//! zero line where each party has got its money back (undiscounted; the page shows the
//! discounted payback beside it).

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::frame::{finite, frame, padded_range, style_mesh, y_label_area, LegendItem, Swatch};
use crate::{ChartText, DrawError, Theme};

/// Yearly cash flows for [`draw_cashflow`], €; index 0 is year 0 (the investment). Non-finite
/// values count as 0.
#[derive(Debug, Clone, Copy, Default)]
pub struct CashflowData<'a> {
    /// The utility's cash flow of each year, €.
    pub utility_eur: &'a [f64],
    /// The data centre's cash flow of each year, €.
    pub data_centre_eur: &'a [f64],
}

/// The words of the cash-flow chart.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CashflowText {
    /// Chart title.
    pub title: String,
    /// X axis description, e.g. "Year of operation".
    pub x_axis: String,
    /// Y axis description with its unit, e.g. "Cumulative cash flow (M€)".
    pub y_axis: String,
    /// Legend entry of the utility.
    pub utility: String,
    /// Legend entry of the data centre.
    pub data_centre: String,
}

impl CashflowText {
    /// The English words.
    pub fn english() -> Self {
        CashflowText {
            title: "Cumulative cash flow over the project's life".into(),
            x_axis: "Year of operation".into(),
            y_axis: "Cumulative cash flow (M€)".into(),
            utility: "Utility".into(),
            data_centre: "Data centre".into(),
        }
    }
}

/// Running sums of `flows` in M€ as `(year, M€)` points (non-finite flows count as 0).
pub fn cumulative_meur(flows: &[f64]) -> Vec<(f64, f64)> {
    let mut sum = 0.0;
    flows
        .iter()
        .enumerate()
        .map(|(k, &cf)| {
            sum += finite(cf) / 1e6;
            (k as f64, sum)
        })
        .collect()
}

/// Draws the cumulative cash flow of both parties on `area`.
pub fn draw_cashflow<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &CashflowData<'_>,
    t: &CashflowText,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), DrawError> {
    let utility = cumulative_meur(data.utility_eur);
    let data_centre = cumulative_meur(data.data_centre_eur);
    let years = utility
        .len()
        .max(data_centre.len())
        .saturating_sub(1)
        .max(1) as f64;
    let all = utility.iter().chain(&data_centre).map(|p| p.1);
    let (lo, hi) = all.fold((0.0f64, 0.0f64), |(lo, hi), y| (lo.min(y), hi.max(y)));
    let (y_lo, y_hi) = padded_range(lo, hi);
    let legend = [
        LegendItem {
            label: &t.utility,
            swatch: Swatch::Line(theme.demand),
        },
        LegendItem {
            label: &t.data_centre,
            swatch: Swatch::Dashed(theme.direct),
        },
    ];
    let plot = frame(area, &t.title, None, &legend, theme)?;
    let fmt = |v: &f64| text.format_tick(*v);
    let mut chart = ChartBuilder::on(&plot)
        .margin_left(theme.px(4.0))
        .margin_right(theme.px(16.0))
        .margin_top(theme.px(4.0))
        .x_label_area_size(theme.upx(40.0))
        .y_label_area_size(y_label_area(&[fmt(&y_lo), fmt(&y_hi)], theme))
        .build_cartesian_2d(0.0..years, y_lo..y_hi)?;
    let mut mesh = chart.configure_mesh();
    style_mesh(&mut mesh, theme);
    mesh.x_labels((years as usize + 1).clamp(2, 11))
        .y_labels(6)
        .x_label_formatter(&|v: &f64| format!("{v:.0}"))
        .y_label_formatter(&fmt)
        .x_desc(t.x_axis.as_str())
        .y_desc(t.y_axis.as_str())
        .draw()?;
    chart.draw_series(LineSeries::new(
        [(0.0, 0.0), (years, 0.0)],
        theme.muted.stroke_width(theme.upx(1.0)),
    ))?;
    let width = theme.upx(2.0);
    chart.draw_series(LineSeries::new(utility, theme.demand.stroke_width(width)))?;
    chart.draw_series(DashedLineSeries::new(
        data_centre,
        theme.px(7.0),
        theme.px(4.0),
        theme.direct.stroke_width(width),
    ))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_sums_by_hand() {
        // −1,000,000 then +400,000 a year: −1, −0.6, −0.2, +0.2 M€; NaN counts as 0.
        let s = cumulative_meur(&[-1e6, 4e5, 4e5, 4e5, f64::NAN]);
        let y: Vec<f64> = s.iter().map(|p| p.1).collect();
        for (got, want) in y.iter().zip([-1.0, -0.6, -0.2, 0.2, 0.2]) {
            assert!((got - want).abs() < 1e-12, "{y:?}");
        }
        assert_eq!(s[4].0, 4.0);
    }

    #[test]
    fn draws_to_svg_with_its_words_and_never_panics() {
        let text = ChartText::english();
        let words = CashflowText::english();
        for (u, d) in [
            (vec![-1e6, 3e5, 3e5, 3e5], vec![0.0, 1e5, 1e5, 1e5]),
            (Vec::new(), Vec::new()),
            (vec![f64::NAN, f64::INFINITY], vec![0.0]),
        ] {
            let mut svg = String::new();
            {
                let root =
                    plotters_svg::SVGBackend::with_string(&mut svg, (640, 360)).into_drawing_area();
                let data = CashflowData {
                    utility_eur: &u,
                    data_centre_eur: &d,
                };
                draw_cashflow(&root, &data, &words, &text, &Theme::light()).unwrap_or(());
                root.present().unwrap_or(());
            }
            assert!(svg.contains("Cumulative cash flow"), "{svg}");
            assert!(svg.contains("Data centre"));
        }
    }
}

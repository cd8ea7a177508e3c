//! Every chart rendered natively to SVG and checked: texts present, series elements counted,
//! degenerate inputs (empty, zero, NaN) drawn without panicking, Sankey widths proportional,
//! themes applied.

#[path = "../examples/support/synthetic.rs"]
mod synthetic;

use heat_twin_charts::{
    draw_cop, draw_duration, draw_flows, draw_monthly, draw_year, duration_curve, ChartText,
    CopData, DrawError, DurationData, EnergyFlows, MonthlyData, Theme, YearData, DURATION_POINTS,
};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_svg::SVGBackend;
use std::sync::OnceLock;

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// Renders with `draw` on a `w`×`h` SVG and returns the document.
fn render(w: u32, h: u32, draw: impl FnOnce(&Area<'_>) -> Result<(), DrawError>) -> String {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
        draw(&area).expect("chart draws");
        area.present().expect("svg written");
    }
    svg
}

fn year() -> &'static synthetic::Year {
    static YEAR: OnceLock<synthetic::Year> = OnceLock::new();
    YEAR.get_or_init(|| synthetic::year(2000.0))
}

/// `#RRGGBB` as the SVG backend writes it.
fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

/// The `points` of every `<tag ...>` element filled or stroked with `colour`.
fn points_of(svg: &str, tag: &str, attr: &str, colour: RGBColor) -> Vec<Vec<(f64, f64)>> {
    let needle = format!("{attr}=\"{}\"", hex(colour));
    svg.lines()
        .filter(|l| l.starts_with(&format!("<{tag} ")) && l.contains(&needle))
        .map(|l| {
            let start = l.find("points=\"").map(|i| i + 8).unwrap_or(l.len());
            let end = l[start..].find('"').map_or(l.len(), |e| start + e);
            l[start..end]
                .split_whitespace()
                .filter_map(|p| {
                    let (x, y) = p.split_once(',')?;
                    Some((x.parse().ok()?, y.parse().ok()?))
                })
                .collect()
        })
        .collect()
}

/// Number of `<tag ...>` elements filled with `colour`.
fn count_filled(svg: &str, tag: &str, colour: RGBColor) -> usize {
    let needle = format!("fill=\"{}\"", hex(colour));
    svg.lines()
        .filter(|l| l.starts_with(&format!("<{tag} ")) && l.contains(&needle))
        .count()
}

/// Whether the SVG shows `text` as a text element (the backend writes it on its own line,
/// XML-escaped).
fn shows(svg: &str, text: &str) -> bool {
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;");
    svg.lines().any(|l| l == escaped)
}

fn assert_shows(svg: &str, texts: &[&str]) {
    for t in texts {
        assert!(shows(svg, t), "missing text {t:?}");
    }
}

const NAN: f64 = f64::NAN;

mod year_chart {
    use super::*;

    /// When the network takes all the heat (no demand, no backup) the chart says why there is
    /// no demand curve and draws the IT electricity as a dashed line with its legend entry;
    /// with a demand curve neither appears.
    #[test]
    fn takes_all_heat_explains_itself_and_shows_the_it_line() {
        let text = ChartText::english();
        let flat = vec![44.0; 365];
        let it = vec![50.0; 365];
        let d = YearData {
            direct_mwh: &flat,
            rejected_mwh: &[],
            ..YearData::default()
        };
        let svg = render(800, 400, |a| {
            heat_twin_charts::draw_year_with_it(a, &d, Some(&it), &text, &Theme::light())
        });
        assert_shows(&svg, &[&text.year.all_heat_note, &text.year.it]);
        assert!(!shows(&svg, &text.year.demand));
        let y = year();
        let svg = render(800, 400, |a| draw_year(a, &data(y), &text, &Theme::light()));
        assert!(!shows(&svg, &text.year.all_heat_note) && !shows(&svg, &text.year.it));
    }

    fn data(y: &synthetic::Year) -> YearData<'_> {
        YearData {
            direct_mwh: &y.daily_direct_mwh,
            storage_mwh: &y.daily_storage_mwh,
            backup_mwh: Some(&y.daily_backup_mwh),
            demand_mwh: Some(&y.daily_demand_mwh),
            rejected_mwh: &y.daily_rejected_mwh,
        }
    }

    #[test]
    fn shows_title_axes_legend_and_months() {
        let text = ChartText::english();
        let svg = render(800, 480, |a| {
            draw_year(a, &data(year()), &text, &Theme::light())
        });
        let t = &text.year;
        assert_shows(
            &svg,
            &[
                &t.title,
                "Heat [MWh/day]",
                &t.x_axis,
                &t.direct,
                &t.storage,
                &t.backup,
                &t.demand,
            ],
        );
        assert_shows(&svg, &[&t.rejected, "Jan", "Jun", "Dec"]);
    }

    #[test]
    fn demand_line_has_one_point_per_day() {
        let theme = Theme::light();
        let y = year();
        let svg = render(800, 480, |a| {
            draw_year(a, &data(y), &ChartText::english(), &theme)
        });
        let lines = points_of(&svg, "polyline", "stroke", theme.demand);
        assert!(
            lines.iter().any(|p| p.len() == 365),
            "{:?}",
            lines.iter().map(Vec::len)
        );

        let short = YearData {
            direct_mwh: &y.daily_direct_mwh[..100],
            storage_mwh: &y.daily_storage_mwh[..100],
            backup_mwh: Some(&y.daily_backup_mwh[..100]),
            demand_mwh: Some(&y.daily_demand_mwh[..100]),
            rejected_mwh: &y.daily_rejected_mwh[..100],
        };
        let svg = render(800, 480, |a| {
            draw_year(a, &short, &ChartText::english(), &theme)
        });
        let lines = points_of(&svg, "polyline", "stroke", theme.demand);
        assert!(lines.iter().any(|p| p.len() == 100));
        assert!(!lines.iter().any(|p| p.len() == 365));
    }

    #[test]
    fn bands_follow_the_data_and_rejected_lies_below_zero() {
        let theme = Theme::light();
        let y = year();
        let svg = render(800, 480, |a| {
            draw_year(a, &data(y), &ChartText::english(), &theme)
        });
        // Direct, storage, backup and rejected are one polygon each (+ legend boxes are rects).
        for c in [theme.direct, theme.storage, theme.backup, theme.rejected] {
            assert_eq!(count_filled(&svg, "polygon", c), 1, "{}", hex(c));
        }
        // Rejected heat is drawn downwards: its polygon reaches lower than the direct one.
        let low = |c| {
            points_of(&svg, "polygon", "fill", c)[0]
                .iter()
                .map(|p| p.1)
                .fold(0.0, f64::max)
        };
        assert!(low(theme.rejected) > low(theme.direct));

        let zeros = vec![0.0; 365];
        let no_storage = YearData {
            storage_mwh: &zeros,
            ..data(y)
        };
        let svg = render(800, 480, |a| {
            draw_year(a, &no_storage, &ChartText::english(), &theme)
        });
        assert_eq!(count_filled(&svg, "polygon", theme.storage), 0);
    }

    #[test]
    fn network_taking_all_heat_has_no_demand_or_backup() {
        let text = ChartText::english();
        let y = year();
        let d = YearData {
            backup_mwh: None,
            demand_mwh: None,
            ..data(y)
        };
        let svg = render(800, 480, |a| draw_year(a, &d, &text, &Theme::light()));
        assert!(!shows(&svg, &text.year.demand));
        assert!(!shows(&svg, &text.year.backup));
        assert_shows(&svg, &[&text.year.direct]);
    }

    #[test]
    fn empty_zero_and_nan_data_draw_axes_only() {
        let text = ChartText::english();
        let theme = Theme::light();
        let zeros = vec![0.0; 365];
        let nans = [NAN, f64::INFINITY, -5.0, NAN];
        for series in [&[][..], &zeros[..], &nans[..]] {
            let d = YearData {
                direct_mwh: series,
                storage_mwh: series,
                backup_mwh: Some(series),
                demand_mwh: Some(series),
                rejected_mwh: series,
            };
            let svg = render(320, 240, |a| draw_year(a, &d, &text, &theme));
            assert_shows(&svg, &[&text.year.title, &text.year.y_axis]);
            assert_eq!(count_filled(&svg, "polygon", theme.direct), 0);
        }
    }
}

mod duration_chart {
    use super::*;

    fn data(y: &synthetic::Year) -> DurationData<'_> {
        DurationData {
            demand_kw: Some(&y.demand_kw),
            delivered_kw: &y.delivered_kw,
            available_kw: &y.available_kw,
        }
    }

    #[test]
    fn shows_title_axes_and_legend() {
        let text = ChartText::english();
        let svg = render(800, 480, |a| {
            draw_duration(a, &data(year()), &text, &Theme::light())
        });
        let t = &text.duration;
        assert_shows(
            &svg,
            &[
                &t.title,
                "Hours [h]",
                "Heat [MW]",
                &t.demand,
                &t.delivered,
                &t.available,
            ],
        );
    }

    #[test]
    fn curves_are_sampled_to_300_points() {
        let theme = Theme::light();
        let svg = render(800, 480, |a| {
            draw_duration(a, &data(year()), &ChartText::english(), &theme)
        });
        // The curve (the legend's line sample has 2 points).
        let curves = |svg: &str, c| -> Vec<Vec<(f64, f64)>> {
            points_of(svg, "polyline", "stroke", c)
                .into_iter()
                .filter(|p| p.len() > 2)
                .collect()
        };
        let demand = curves(&svg, theme.demand);
        assert_eq!(demand.len(), 1);
        assert_eq!(demand[0].len(), DURATION_POINTS);
        // Sorted descending: screen y never goes up (grows downwards) along the curve.
        assert!(demand[0].windows(2).all(|w| w[1].1 >= w[0].1));
        let delivered = curves(&svg, theme.direct);
        assert_eq!(delivered[0].len(), DURATION_POINTS);

        let d = DurationData {
            demand_kw: None,
            ..data(year())
        };
        let svg = render(800, 480, |a| {
            draw_duration(a, &d, &ChartText::english(), &theme)
        });
        assert!(curves(&svg, theme.demand).is_empty());
    }

    #[test]
    fn empty_zero_and_nan_data_do_not_panic() {
        let text = ChartText::english();
        let zeros = vec![0.0; 8760];
        let nans = vec![NAN; 8760];
        for s in [&[][..], &zeros[..], &nans[..]] {
            let d = DurationData {
                demand_kw: Some(s),
                delivered_kw: s,
                available_kw: s,
            };
            let svg = render(320, 240, |a| draw_duration(a, &d, &text, &Theme::dark()));
            assert_shows(&svg, &[&text.duration.title, &text.duration.x_axis]);
        }
    }

    #[test]
    fn duration_curve_is_sorted_and_spans_the_year() {
        let values = &year().demand_kw;
        let max = values.iter().copied().fold(f64::MIN, f64::max);
        let min = values.iter().copied().fold(f64::MAX, f64::min);
        for points in [2, 17, 300, 8760, 10_000] {
            let c = duration_curve(values, points);
            assert_eq!(c.len(), points);
            assert_eq!(c[0], (0.0, max));
            assert_eq!(c[points - 1], (8760.0, min));
            assert!(c.windows(2).all(|w| w[1].1 <= w[0].1 && w[1].0 >= w[0].0));
        }
    }
}

mod monthly_chart {
    use super::*;

    fn data(y: &synthetic::Year) -> MonthlyData<'_> {
        MonthlyData {
            delivered_mwh: &y.monthly_delivered_mwh,
            backup_mwh: Some(&y.monthly_backup_mwh),
            rejected_mwh: &y.monthly_rejected_mwh,
            co2_avoided_t: &y.monthly_co2_t,
        }
    }

    #[test]
    fn shows_title_both_axes_and_legend() {
        let text = ChartText::english();
        let svg = render(800, 480, |a| {
            draw_monthly(a, &data(year()), &text, &Theme::light())
        });
        let t = &text.monthly;
        assert_shows(
            &svg,
            &[&t.title, "Heat [MWh]", "CO₂ avoided [t]", &t.x_axis],
        );
        assert_shows(
            &svg,
            &[&t.delivered, &t.backup, &t.rejected, &t.co2, "Jan", "Dec"],
        );
    }

    #[test]
    fn one_bar_per_month_with_heat() {
        let theme = Theme::light();
        let text = ChartText::english();
        let svg = render(800, 480, |a| draw_monthly(a, &data(year()), &text, &theme));
        // 12 bars + the legend box.
        assert_eq!(count_filled(&svg, "rect", theme.direct), 13);
        // 12 CO₂ markers + the legend marker; the line has 12 points.
        assert_eq!(count_filled(&svg, "circle", theme.co2), 13);
        let co2_line = points_of(&svg, "polyline", "stroke", theme.co2);
        assert!(co2_line.iter().any(|p| p.len() == 12));

        let mut half = year().monthly_delivered_mwh;
        half[6..].fill(0.0);
        let d = MonthlyData {
            delivered_mwh: &half,
            ..data(year())
        };
        let svg = render(800, 480, |a| draw_monthly(a, &d, &text, &theme));
        assert_eq!(count_filled(&svg, "rect", theme.direct), 7);
    }

    #[test]
    fn negative_co2_and_degenerate_data_draw() {
        let text = ChartText::english();
        let negative = [
            -50.0, 20.0, NAN, 0.0, -1.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, -9.0,
        ];
        let d = MonthlyData {
            co2_avoided_t: &negative,
            ..data(year())
        };
        let svg = render(320, 300, |a| draw_monthly(a, &d, &text, &Theme::dark()));
        assert_shows(&svg, &[&text.monthly.co2_axis]);

        let nans = [NAN; 12];
        for s in [&[][..], &[0.0; 12][..], &nans[..], &[1.0, 2.0][..]] {
            let d = MonthlyData {
                delivered_mwh: s,
                backup_mwh: Some(s),
                rejected_mwh: s,
                co2_avoided_t: s,
            };
            let svg = render(320, 240, |a| draw_monthly(a, &d, &text, &Theme::light()));
            assert_shows(&svg, &[&text.monthly.title, &text.monthly.y_axis]);
        }
    }
}

mod flow_chart {
    use super::*;

    #[test]
    fn shows_title_unit_nodes_and_values() {
        let text = ChartText::english();
        let flows = year().flows;
        let svg = render(800, 480, |a| draw_flows(a, &flows, &text, &Theme::light()));
        let t = &text.flows;
        assert_shows(
            &svg,
            &[&t.title, "Energy per year [MWh/yr]", &t.legend_electricity],
        );
        assert_shows(
            &svg,
            &[&t.legend_heat, &t.legend_rejected, &t.legend_losses],
        );
        assert_shows(
            &svg,
            &[&t.it, &t.captured, &t.recovered, &t.delivered, &t.homes],
        );
        let it = text.format_quantity(flows.it_electricity_mwh, "MWh");
        assert_shows(&svg, &[&it]);
        assert!(it.contains(',') && it.ends_with(" MWh"), "{it}");
    }

    /// Thickness of a band polygon at its source end (first and last vertex).
    fn thickness(p: &[(f64, f64)]) -> f64 {
        p[p.len() - 1].1 - p[0].1
    }

    #[test]
    fn band_widths_are_proportional_to_energy() {
        let theme = Theme::light();
        let flows = EnergyFlows {
            it_electricity_mwh: 10_000.0,
            overhead_electricity_mwh: 3_000.0,
            heat_captured_mwh: 9_000.0,
            dc_heat_used_mwh: 6_000.0,
            heat_pump_electricity_mwh: 1_000.0,
            pumping_electricity_mwh: 70.0,
            heat_delivered_mwh: 6_500.0,
            network_losses_mwh: 800.0,
            // Tank: in 2,000 = out 1,500 + 300 + 200; delivered = 7,000 − 2,000 + 1,500.
            storage_charge_mwh: 2_000.0,
            storage_discharge_mwh: 1_500.0,
            storage_loss_mwh: 300.0,
            storage_change_mwh: 200.0,
            connection_loss_mwh: 0.0,
        };
        let svg = render(800, 600, |a| {
            draw_flows(a, &flows, &ChartText::english(), &theme)
        });
        // In link order: IT→captured 9,000; IT→room air 1,000; captured→recovered 6,000;
        // captured→rejected 3,000; heat pump→recovered 1,000; recovered→delivered 5,000;
        // recovered→tank 2,000; tank→delivered 1,500; tank→losses 300; tank→kept 200;
        // delivered→homes 5,700; →network losses 800. Pumping (70) is a node without a band.
        let bands: Vec<f64> = svg
            .lines()
            .filter(|l| l.starts_with("<polygon "))
            .map(|l| {
                let s = l.find("points=\"").expect("points") + 8;
                let e = s + l[s..].find('"').expect("end");
                let p: Vec<(f64, f64)> = l[s..e]
                    .split_whitespace()
                    .filter_map(|p| {
                        let (x, y) = p.split_once(',')?;
                        Some((x.parse().ok()?, y.parse().ok()?))
                    })
                    .collect();
                thickness(&p)
            })
            .collect();
        assert_eq!(bands.len(), 12);
        let expected = [
            9000., 1000., 6000., 3000., 1000., 5000., 2000., 1500., 300., 200., 5700., 800.,
        ];
        let px_per_mwh = bands[0] / 9000.0;
        for (b, e) in bands.iter().zip(expected) {
            assert!((b - e * px_per_mwh).abs() <= 1.0, "band {b} px for {e} MWh");
        }
        assert!(
            (bands[2] / bands[3] - 2.0).abs() < 0.02,
            "{} / {}",
            bands[2],
            bands[3]
        );
        // Band colours follow the flows.
        assert_eq!(points_of(&svg, "polygon", "fill", theme.rejected).len(), 2);
    }

    #[test]
    fn missing_heat_pump_and_storage_draw_no_empty_shapes() {
        let text = ChartText::english();
        let flows = EnergyFlows {
            it_electricity_mwh: 10_000.0,
            overhead_electricity_mwh: 2_000.0,
            heat_captured_mwh: 9_000.0,
            dc_heat_used_mwh: 5_000.0,
            heat_pump_electricity_mwh: 0.0,
            pumping_electricity_mwh: 0.0,
            heat_delivered_mwh: 5_000.0,
            network_losses_mwh: 0.0,
            ..Default::default()
        };
        let svg = render(800, 480, |a| draw_flows(a, &flows, &text, &Theme::light()));
        assert!(!shows(&svg, &text.flows.heat_pump_electricity));
        assert!(!shows(&svg, &text.flows.storage_losses));
        assert!(!shows(&svg, &text.flows.network_losses));
        // IT→captured, IT→room air, captured→recovered, captured→rejected, →delivered, →homes.
        assert_eq!(
            svg.lines().filter(|l| l.starts_with("<polygon ")).count(),
            6
        );
    }

    #[test]
    fn zero_and_nan_flows_draw_only_the_frame() {
        let text = ChartText::english();
        for v in [0.0, NAN, -3.0, f64::INFINITY] {
            let flows = EnergyFlows {
                it_electricity_mwh: v,
                overhead_electricity_mwh: v,
                heat_captured_mwh: v,
                dc_heat_used_mwh: v,
                heat_pump_electricity_mwh: v,
                pumping_electricity_mwh: v,
                heat_delivered_mwh: v,
                network_losses_mwh: v,
                connection_loss_mwh: v,
                storage_charge_mwh: v,
                storage_discharge_mwh: v,
                storage_loss_mwh: v,
                // The change may be negative (a tank ending emptier): only non-finite counts as 0.
                storage_change_mwh: if v.is_finite() { 0.0 } else { v },
            };
            let svg = render(320, 240, |a| draw_flows(a, &flows, &text, &Theme::light()));
            assert_shows(&svg, &[&text.flows.title, &text.flows.subtitle]);
            assert_eq!(
                svg.lines().filter(|l| l.starts_with("<polygon ")).count(),
                0
            );
        }
    }

    #[test]
    fn tiny_area_does_not_panic() {
        let flows = year().flows;
        for (w, h) in [(1, 1), (40, 30), (320, 60)] {
            render(w, h, |a| {
                draw_flows(a, &flows, &ChartText::english(), &Theme::light())
            });
        }
    }
}

mod cop_chart {
    use super::*;

    #[test]
    fn shows_title_both_axes_and_legend() {
        let text = ChartText::english();
        let bins = &year().bins;
        let svg = render(800, 480, |a| {
            draw_cop(a, &bins.as_data(), &text, &Theme::light())
        });
        let t = &text.cop;
        assert_shows(
            &svg,
            &[
                &t.title,
                "Outdoor temperature [°C]",
                "Supply temperature [°C]",
            ],
        );
        assert_shows(&svg, &["Heat-pump COP [–]", &t.supply, &t.cop]);
    }

    #[test]
    fn cop_points_only_where_the_heat_pump_ran() {
        let theme = Theme::light();
        let t = [-5.0, 0.0, 5.0, 10.0, 15.0];
        let s = [90.0, 90.0, 82.0, 75.0, 75.0];
        let cop = [3.0, 3.5, NAN, 0.0, 5.0];
        let d = CopData {
            outdoor_c: &t,
            supply_c: &s,
            cop: &cop,
        };
        let svg = render(800, 480, |a| draw_cop(a, &d, &ChartText::english(), &theme));
        // + 1 legend marker each.
        assert_eq!(count_filled(&svg, "circle", theme.supply_temperature), 6);
        assert_eq!(count_filled(&svg, "polygon", theme.heat_pump), 4);

        let bins = &year().bins;
        let svg = render(800, 480, |a| {
            draw_cop(a, &bins.as_data(), &ChartText::english(), &theme)
        });
        let n = bins.outdoor_c.len();
        assert_eq!(
            count_filled(&svg, "circle", theme.supply_temperature),
            n + 1
        );
    }

    #[test]
    fn empty_and_nan_points_do_not_panic() {
        let text = ChartText::english();
        let nans = [NAN; 5];
        let one = [20.0];
        for (t, s, c) in [
            (&[][..], &[][..], &[][..]),
            (&nans, &nans, &nans),
            (&one, &one, &one),
        ] {
            let d = CopData {
                outdoor_c: t,
                supply_c: s,
                cop: c,
            };
            let svg = render(320, 240, |a| draw_cop(a, &d, &text, &Theme::dark()));
            assert_shows(&svg, &[&text.cop.title, &text.cop.cop_axis]);
        }
    }
}

mod layout {
    use super::*;

    #[test]
    fn tiny_and_odd_areas_do_not_panic() {
        let y = year();
        let text = ChartText::english();
        let theme = Theme::light().with_scale(3.0);
        let yd = YearData {
            direct_mwh: &y.daily_direct_mwh,
            storage_mwh: &y.daily_storage_mwh,
            backup_mwh: Some(&y.daily_backup_mwh),
            demand_mwh: Some(&y.daily_demand_mwh),
            rejected_mwh: &y.daily_rejected_mwh,
        };
        let dd = DurationData {
            demand_kw: Some(&y.demand_kw),
            delivered_kw: &y.delivered_kw,
            available_kw: &y.available_kw,
        };
        let md = MonthlyData {
            delivered_mwh: &y.monthly_delivered_mwh,
            backup_mwh: Some(&y.monthly_backup_mwh),
            rejected_mwh: &y.monthly_rejected_mwh,
            co2_avoided_t: &y.monthly_co2_t,
        };
        for (w, h) in [(1, 1), (2, 200), (200, 2), (40, 30), (320, 60), (100, 100)] {
            for theme in [Theme::light(), theme] {
                let mut svg = String::new();
                let area = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
                // Errors are allowed (plotters may reject a layout); panics are not.
                let _ = draw_year(&area, &yd, &text, &theme);
                let _ = draw_duration(&area, &dd, &text, &theme);
                let _ = draw_monthly(&area, &md, &text, &theme);
                let _ = draw_flows(&area, &y.flows, &text, &theme);
                let _ = draw_cop(&area, &y.bins.as_data(), &text, &theme);
            }
        }
    }
}

mod themes_and_text {
    use super::*;

    #[test]
    fn dark_theme_changes_the_background() {
        let y = year();
        let light = render(400, 300, |a| {
            draw_flows(a, &y.flows, &ChartText::english(), &Theme::light())
        });
        let dark = render(400, 300, |a| {
            draw_flows(a, &y.flows, &ChartText::english(), &Theme::dark())
        });
        let bg = |svg: &str| svg.lines().nth(1).unwrap_or_default().to_owned();
        assert!(bg(&light).contains(&format!("fill=\"{}\"", hex(Theme::light().background))));
        assert!(bg(&dark).contains(&format!("fill=\"{}\"", hex(Theme::dark().background))));
        assert_ne!(Theme::light().background, Theme::dark().background);
    }

    #[test]
    fn caller_text_replaces_every_label() {
        let mut text = ChartText::english();
        text.months[0] = "Gen".into();
        text.year.title = "Calore nell'anno".into();
        text.year.y_axis = "Calore [MWh/giorno]".into();
        text.thousands_separator = Some('.');
        text.decimal_separator = ',';
        text.flows.unit = "MWh".into();
        let y = year();
        let d = YearData {
            direct_mwh: &y.daily_direct_mwh,
            storage_mwh: &y.daily_storage_mwh,
            backup_mwh: Some(&y.daily_backup_mwh),
            demand_mwh: Some(&y.daily_demand_mwh),
            rejected_mwh: &y.daily_rejected_mwh,
        };
        let svg = render(800, 480, |a| draw_year(a, &d, &text, &Theme::light()));
        assert_shows(&svg, &["Gen", "Calore nell'anno", "Calore [MWh/giorno]"]);
        assert!(!shows(&svg, "Jan"));
        let svg = render(800, 480, |a| {
            draw_flows(a, &y.flows, &text, &Theme::light())
        });
        let it = text.format_quantity(y.flows.it_electricity_mwh, "MWh");
        assert!(it.contains('.'), "{it}");
        assert_shows(&svg, &[&it]);
    }

    #[test]
    fn scale_enlarges_text() {
        let y = year();
        let size = |svg: &str| -> f64 {
            let l = svg
                .lines()
                .find(|l| l.starts_with("<text "))
                .unwrap_or_default();
            let s = l.find("font-size=\"").map_or(0, |i| i + 11);
            l[s..]
                .split('"')
                .next()
                .unwrap_or("0")
                .parse()
                .unwrap_or(0.0)
        };
        let one = render(320, 240, |a| {
            draw_flows(a, &y.flows, &ChartText::english(), &Theme::light())
        });
        let two = render(640, 480, |a| {
            draw_flows(
                a,
                &y.flows,
                &ChartText::english(),
                &Theme::light().with_scale(2.0),
            )
        });
        assert!((size(&two) / size(&one) - 2.0).abs() < 0.05);
    }
}

/// The modelled-against-measured scatter (issue 10): one dot per hour, the 1:1 line, words.
mod scatter {
    use super::*;
    use heat_twin_charts::{draw_scatter, ScatterText};

    fn words(n: usize) -> ScatterText {
        ScatterText {
            title: "Heat delivered: modelled against measured".into(),
            x_axis: "Measured heat delivered, kW".into(),
            y_axis: "Modelled heat delivered, kW".into(),
            points: format!("{n} hours"),
            one_to_one: "1:1 line".into(),
        }
    }

    /// The centres of the translucent dots (the legend's swatch is opaque).
    fn dots(svg: &str) -> Vec<(f64, f64)> {
        let attr = |l: &str, name: &str| -> f64 {
            let key = format!(" {name}=\"");
            let s = l.find(&key).map_or(l.len(), |i| i + key.len());
            l[s..]
                .split('"')
                .next()
                .unwrap_or("")
                .parse()
                .unwrap_or(f64::NAN)
        };
        svg.lines()
            .filter(|l| l.starts_with("<circle") && l.contains("opacity=\"0.35\""))
            .map(|l| (attr(l, "cx"), attr(l, "cy")))
            .collect()
    }

    /// The first and the last point of the dashed 1:1 line (drawn in the foreground colour,
    /// after the dots).
    fn diagonal(svg: &str, theme: &Theme) -> ((f64, f64), (f64, f64)) {
        let lines = points_of(svg, "polyline", "stroke", theme.foreground);
        // The legend's swatch comes first: the diagonal's dashes are the lines after it with
        // a slope (the swatch is horizontal).
        let dashes: Vec<&Vec<(f64, f64)>> = lines
            .iter()
            .filter(|l| l.len() >= 2 && (l[0].1 - l[l.len() - 1].1).abs() > 0.5)
            .collect();
        let first = dashes.first().map_or((0.0, 0.0), |d| d[0]);
        let last = dashes.last().map_or((0.0, 0.0), |d| d[d.len() - 1]);
        (first, last)
    }

    #[test]
    fn every_hour_is_a_dot_and_equal_values_lie_on_the_one_to_one_line() {
        let theme = Theme::light();
        // Three hours on the diagonal, one where the model gives half the measurement, one
        // not finite (skipped): 4 dots drawn.
        let pairs = [
            (100.0, 100.0),
            (400.0, 400.0),
            (800.0, 800.0),
            (800.0, 400.0),
            (f64::NAN, 3.0),
        ];
        let mut n = 0;
        let svg = render(600, 600, |a| {
            n = draw_scatter(a, &pairs, &words(4), &ChartText::english(), &theme)?;
            Ok(())
        });
        assert_eq!(n, 4);
        let d = dots(&svg);
        assert_eq!(d.len(), 4, "one dot per finite hour");
        for w in [
            "modelled against measured",
            "Measured heat delivered, kW",
            "Modelled heat delivered, kW",
            "4 hours",
            "1:1 line",
        ] {
            assert!(svg.contains(w), "{w}");
        }
        // The line through the diagonal's ends: a dot with measured = modelled lies on it
        // (within 1.5 px), the dot where the model gives half lies below it (larger y on
        // screen), and the measured value grows to the right.
        let ((x0, y0), (x1, y1)) = diagonal(&svg, &theme);
        assert!(
            x1 > x0 + 100.0 && y1 < y0 - 100.0,
            "the 1:1 line rises: {x0},{y0} → {x1},{y1}"
        );
        let line_y = |x: f64| y0 + (y1 - y0) * (x - x0) / (x1 - x0);
        for &(cx, cy) in &d[..3] {
            assert!(
                (cy - line_y(cx)).abs() < 1.5,
                "({cx}, {cy}) on the 1:1 line"
            );
        }
        assert!(d[1].0 > d[0].0 && d[2].0 > d[1].0);
        let (cx, cy) = d[3];
        assert!((cx - d[2].0).abs() < 0.5, "same measured value, same x");
        assert!(cy > line_y(cx) + 50.0, "an underestimate is below the line");
        // The y axis is the modelled one: (800, 400) and (400, 400) share their height.
        assert!(
            (d[3].1 - d[1].1).abs() < 0.5,
            "modelled 400 at the same height"
        );
    }

    #[test]
    fn no_data_or_bad_data_draws_the_axes_in_both_themes() {
        for theme in [Theme::light(), Theme::dark()] {
            for pairs in [
                vec![],
                vec![(f64::NAN, f64::INFINITY)],
                vec![(0.0, 0.0); 3],
                vec![(-1e300, 1e300)],
            ] {
                let mut n = usize::MAX;
                let svg = render(320, 240, |a| {
                    n = draw_scatter(a, &pairs, &words(0), &ChartText::english(), &theme)?;
                    Ok(())
                });
                assert!(svg.contains("1:1 line"));
                assert!(n <= pairs.len());
            }
        }
    }
}

//! Renders all five charts of a synthetic year as SVG files, light and dark, at two sizes:
//!
//! ```text
//! cargo run -p heat-twin-charts --example render_all -- OUT_DIR
//! ```
//!
//! writes `OUT_DIR/{year,duration,monthly,flows,cop}-{light,dark}-{800,320}.svg` and prints the
//! mean time of one draw (to an SVG string, synthetic data prepared beforehand; run with
//! `--release` for meaningful numbers).
//!
//! plotters' SVG backend writes `font-size` as the style's size / 1.24, while the canvas
//! backend draws text at the full size; the files here scale font sizes back up by 1.24 so
//! they show what the app's canvas shows.

#[path = "support/synthetic.rs"]
mod synthetic;

use heat_twin_charts::{
    draw_cop, draw_duration, draw_flows, draw_monthly, draw_year, ChartText, DrawError,
    DurationData, MonthlyData, Theme, YearData,
};
use plotters::prelude::*;
use plotters_svg::SVGBackend;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args_os()
        .nth(1)
        .ok_or("usage: render_all OUT_DIR")?;
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir)?;
    let y = synthetic::year(2000.0);
    let text = ChartText::english();
    for (theme_name, theme) in [("light", Theme::light()), ("dark", Theme::dark())] {
        for (w, h) in [(800u32, 480u32), (320, 300)] {
            let charts: [(&str, Chart<'_>); 5] = [
                ("year", &|a| {
                    draw_year(
                        a,
                        &YearData {
                            direct_mwh: &y.daily_direct_mwh,
                            storage_mwh: &y.daily_storage_mwh,
                            backup_mwh: Some(&y.daily_backup_mwh),
                            demand_mwh: Some(&y.daily_demand_mwh),
                            rejected_mwh: &y.daily_rejected_mwh,
                        },
                        &text,
                        &theme,
                    )
                }),
                ("duration", &|a| {
                    draw_duration(
                        a,
                        &DurationData {
                            demand_kw: Some(&y.demand_kw),
                            delivered_kw: &y.delivered_kw,
                            available_kw: &y.available_kw,
                        },
                        &text,
                        &theme,
                    )
                }),
                ("monthly", &|a| {
                    draw_monthly(
                        a,
                        &MonthlyData {
                            delivered_mwh: &y.monthly_delivered_mwh,
                            backup_mwh: Some(&y.monthly_backup_mwh),
                            rejected_mwh: &y.monthly_rejected_mwh,
                            co2_avoided_t: &y.monthly_co2_t,
                        },
                        &text,
                        &theme,
                    )
                }),
                ("flows", &|a| draw_flows(a, &y.flows, &text, &theme)),
                ("cop", &|a| draw_cop(a, &y.bins.as_data(), &text, &theme)),
            ];
            for (name, draw) in charts {
                let mut svg = String::new();
                let runs = 50;
                let start = std::time::Instant::now();
                for _ in 0..runs {
                    svg.clear();
                    let area = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
                    draw(&area)?;
                    area.present()?;
                }
                let micros = start.elapsed().as_secs_f64() * 1e6 / f64::from(runs);
                let path = dir.join(format!("{name}-{theme_name}-{w}.svg"));
                std::fs::write(&path, canvas_font_sizes(&svg))?;
                println!("{} ({micros:.0} µs per draw to SVG)", path.display());
            }
        }
    }
    Ok(())
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;
type Chart<'c> = &'c dyn Fn(&Area<'_>) -> Result<(), DrawError>;

/// Multiplies every `font-size="N"` by 1.24 (see the module docs).
fn canvas_font_sizes(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(i) = rest.find("font-size=\"") {
        let (head, tail) = rest.split_at(i + "font-size=\"".len());
        out.push_str(head);
        let end = tail.find('"').unwrap_or(0);
        match tail[..end].parse::<f64>() {
            Ok(v) => out.push_str(&format!("{:.2}", v * 1.24)),
            Err(_) => out.push_str(&tail[..end]),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

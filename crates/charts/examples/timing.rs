//! Times each chart drawn on a backend that discards what it receives, so the numbers are
//! the charts' own work (layout, sampling, sorting, coordinate mapping) without any output:
//!
//! ```text
//! cargo run --release -p heat-twin-charts --example timing
//! ```

#[path = "support/synthetic.rs"]
mod synthetic;

use heat_twin_charts::{
    draw_cop, draw_duration, draw_flows, draw_monthly, draw_year, ChartText, DrawError,
    DurationData, MonthlyData, Theme, YearData,
};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};

/// Consumes every drawing call and draws nothing.
struct Discard {
    size: (u32, u32),
}

/// Never happens.
#[derive(Debug)]
struct NoError;

impl std::fmt::Display for NoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("no error")
    }
}

impl std::error::Error for NoError {}

type Res = Result<(), DrawingErrorKind<NoError>>;

impl DrawingBackend for Discard {
    type ErrorType = NoError;
    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Res {
        Ok(())
    }
    fn present(&mut self) -> Res {
        Ok(())
    }
    fn draw_pixel(&mut self, _: BackendCoord, _: BackendColor) -> Res {
        Ok(())
    }
    fn draw_line<S: BackendStyle>(&mut self, _: BackendCoord, _: BackendCoord, _: &S) -> Res {
        Ok(())
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        _: &S,
    ) -> Res {
        path.into_iter().for_each(drop);
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        _: &S,
    ) -> Res {
        path.into_iter().for_each(drop);
        Ok(())
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        _: BackendCoord,
        _: BackendCoord,
        _: &S,
        _: bool,
    ) -> Res {
        Ok(())
    }
    fn draw_circle<S: BackendStyle>(&mut self, _: BackendCoord, _: u32, _: &S, _: bool) -> Res {
        Ok(())
    }
    fn draw_text<S: BackendTextStyle>(&mut self, _: &str, _: &S, _: BackendCoord) -> Res {
        Ok(())
    }
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<NoError>> {
        let size = style.size();
        Ok((
            (text.chars().count() as f64 * size * 0.6) as u32,
            size as u32,
        ))
    }
}

type Chart<'c> = &'c dyn Fn(&DrawingArea<Discard, Shift>) -> Result<(), DrawError>;

fn main() -> Result<(), DrawError> {
    let y = synthetic::year(2000.0);
    let text = ChartText::english();
    let theme = Theme::light();
    let charts: [(&str, Chart<'_>); 5] = [
        ("year", &|a| {
            let d = YearData {
                direct_mwh: &y.daily_direct_mwh,
                storage_mwh: &y.daily_storage_mwh,
                backup_mwh: Some(&y.daily_backup_mwh),
                demand_mwh: Some(&y.daily_demand_mwh),
                rejected_mwh: &y.daily_rejected_mwh,
            };
            draw_year(a, &d, &text, &theme)
        }),
        ("duration (3 × 8,760 h)", &|a| {
            let d = DurationData {
                demand_kw: Some(&y.demand_kw),
                delivered_kw: &y.delivered_kw,
                available_kw: &y.available_kw,
            };
            draw_duration(a, &d, &text, &theme)
        }),
        ("monthly", &|a| {
            let d = MonthlyData {
                delivered_mwh: &y.monthly_delivered_mwh,
                backup_mwh: Some(&y.monthly_backup_mwh),
                rejected_mwh: &y.monthly_rejected_mwh,
                co2_avoided_t: &y.monthly_co2_t,
            };
            draw_monthly(a, &d, &text, &theme)
        }),
        ("flows", &|a| draw_flows(a, &y.flows, &text, &theme)),
        ("cop", &|a| draw_cop(a, &y.bins.as_data(), &text, &theme)),
    ];
    let runs = 500;
    for (name, draw) in charts {
        let start = std::time::Instant::now();
        for _ in 0..runs {
            draw(&Discard { size: (800, 480) }.into_drawing_area())?;
        }
        let micros = start.elapsed().as_secs_f64() * 1e6 / f64::from(runs);
        println!("{name}: {micros:.0} µs per draw");
    }
    Ok(())
}

//! heat-twin's charts: every chart of the app as a function that draws on a plotters
//! [`DrawingArea`](plotters::drawing::DrawingArea) of any [`DrawingBackend`](plotters::prelude::DrawingBackend).
//!
//! The web app draws them on a `<canvas>` (plotters-canvas); tests and reports render them to
//! SVG. Each function takes plain data by reference (slices, already aggregated to at most a few
//! hundred points per series by the caller or by the helpers in [`data`]), a [`ChartText`] with
//! every visible word, and a [`Theme`] with the colours and the pixel scale:
//!
//! | chart | function | data |
//! |---|---|---|
//! | daily heat over the year, stacked | [`draw_year`] | [`YearData`] (365 values per series) |
//! | load-duration curves | [`draw_duration`] | [`DurationData`] (hourly, sampled to 300 points) |
//! | monthly heat bars and CO₂ avoided | [`draw_monthly`] | [`MonthlyData`] (12 values per series) |
//! | annual energy flows (Sankey) | [`draw_flows`] | [`EnergyFlows`] (MWh/yr) |
//! | supply temperature and COP against outdoor temperature | [`draw_cop`] | [`CopData`] |
//! | cumulative cash flow per party over the project's life | [`draw_cashflow`] | [`CashflowData`] (one value a year) |
//! | tornado of an uncertainty analysis (issue 9) | [`draw_tornado`] | [`TornadoRow`]s |
//! | design sweep of one input: KPIs against it (issue 9) | [`draw_sweep_line`] | [`SweepSeries`] |
//! | design sweep of two inputs: heat map of one KPI (issue 9) | [`draw_heatmap`] | [`HeatmapData`] |
//! | measured against modelled, daily means (issue 10) | [`draw_overlay`] | [`OverlayData`] (365 values per line) |
//! | measured against modelled, one week hourly (issue 10) | [`draw_overlay_week`] | [`OverlayData`] (168 values per line) |
//! | modelled against measured, each hour a point, with the 1:1 line (issue 10) | [`draw_scatter`] | (measured, modelled) pairs (up to 8,760) |
//!
//! Every chart sizes itself to the area it gets, draws a title, axis descriptions with units and
//! a legend, and never panics: non-finite inputs count as zero (scatter points with a non-finite
//! coordinate are skipped), empty or all-zero data draw an empty chart with its axes.
//! The crate needs only plotters' `line_series` feature: no `ttf`, so no font-kit; the canvas or
//! the SVG viewer renders the text.
#![warn(missing_docs)]

mod cashflow;
mod cop;
pub mod data;
mod duration;
mod flows;
mod frame;
mod heatmap;
mod monthly;
mod overlay;
mod scatter;
mod sweep_line;
mod text;
mod theme;
mod tornado;
mod year;

pub use cashflow::{cumulative_meur, draw_cashflow, CashflowData, CashflowText};
pub use cop::{draw_cop, CopData};
pub use data::duration_curve;
pub use duration::{draw_duration, DurationData, DURATION_POINTS};
pub use flows::graph::{flow_links, node_totals, node_values, FlowLink, FlowNode};
pub use flows::{draw_flows, EnergyFlows};
pub use heatmap::{axis_position, draw_heatmap, scale_colour, HeatmapData};
pub use monthly::{draw_monthly, MonthlyData};
pub use overlay::{draw_overlay, draw_overlay_week, OverlayData, OverlayText, WEEK_HOURS};
pub use scatter::{draw_scatter, scatter_points, scatter_range, ScatterText};
pub use sweep_line::{draw_sweep_line, SweepLineData, SweepSeries, SweepText};
pub use text::{ChartText, CopText, DurationText, FlowText, MonthlyText, YearText};
pub use theme::{contrast_ratio, relative_luminance, Theme};
pub use tornado::{draw_tornado, TornadoRow, TornadoText};
pub use year::{draw_year, draw_year_with_it, YearData, MAX_DAYS};

use plotters::drawing::DrawingAreaErrorKind;

/// Why a chart could not be drawn: the backend failed (for a canvas, a JavaScript exception;
/// for SVG, never in practice) or plotters rejected the layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DrawError {
    /// The drawing backend reported an error (its message).
    Backend(String),
    /// The backend was borrowed by another drawing operation.
    Sharing,
    /// The area was too small or otherwise invalid for the layout.
    Layout,
}

impl std::fmt::Display for DrawError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Backend(m) => write!(f, "chart backend error: {m}"),
            Self::Sharing => write!(f, "chart backend is in use by another drawing operation"),
            Self::Layout => write!(f, "invalid chart layout"),
        }
    }
}

impl std::error::Error for DrawError {}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for DrawError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        match e {
            DrawingAreaErrorKind::BackendError(b) => Self::Backend(b.to_string()),
            DrawingAreaErrorKind::SharingError => Self::Sharing,
            DrawingAreaErrorKind::LayoutError => Self::Layout,
        }
    }
}

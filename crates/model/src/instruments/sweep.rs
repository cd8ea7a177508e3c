//! Design sweeps: one or two inputs over a grid, any KPIs per cell (docs/model/instruments.md §4).

use std::fmt::Write as _;

use super::eval::{Bound, Evaluator};
use super::kpi::{kpi_index, kpi_names, summary_values};
use super::parallel::{map_runs, threads_for};
use super::InstrumentError;

/// Most steps along one axis.
pub const MAX_STEPS: usize = 10_000;
/// Most cells of a sweep (a 40 × 40 grid is 1,600).
pub const MAX_CELLS: usize = 250_000;
/// Default steps per axis of a two-input sweep.
pub const DEFAULT_GRID_STEPS: usize = 40;

/// One swept input: `steps` evenly spaced values from `from` to `to`, both included (one step:
/// `from` only). Integer inputs are rounded to the nearest whole number.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SweepAxis {
    /// The input's path.
    pub input: String,
    /// First value.
    pub from: f64,
    /// Last value.
    pub to: f64,
    /// Number of values (1 to [`MAX_STEPS`]).
    pub steps: usize,
}

impl SweepAxis {
    /// The checked values of this axis.
    pub fn values(&self) -> Result<(Bound, Vec<f64>), InstrumentError> {
        let bound = Bound::new(&self.input)?;
        if self.steps == 0 || self.steps > MAX_STEPS {
            return Err(InstrumentError::Setting {
                setting: format!("{}.steps", self.input),
                message: format!("{} is out of range; allowed 1 to {MAX_STEPS}", self.steps),
            });
        }
        let from = bound.snap(self.from)?;
        let to = bound.snap(self.to)?;
        let n = self.steps;
        let values = (0..n)
            .map(|i| {
                let t = if n == 1 {
                    0.0
                } else {
                    i as f64 / (n - 1) as f64
                };
                // from·(1 − t) + to·t, clamped against rounding at the ends.
                let x = from * (1.0 - t) + to * t;
                let x = if bound.integer { x.round() } else { x };
                x.clamp(bound.min, bound.max)
            })
            .collect();
        Ok((bound, values))
    }
}

/// One cell: the inputs' values and each KPI (`None`: the scenario is invalid there, see
/// `problem`, or the KPI is null).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SweepCell {
    /// The inputs' values, in axis order.
    pub inputs: Vec<f64>,
    /// The KPIs, in the sweep's KPI order.
    pub kpis: Vec<Option<f64>>,
    /// Why the scenario is invalid at this cell (e.g. a cross-field rule), if it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

/// Whether the best cell has the smallest or the largest KPI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Extremum {
    /// Smallest (e.g. LCOH, payback).
    Min,
    /// Largest (e.g. CO2 avoided, homes).
    Max,
}

/// A sweep's cells, the first axis varying slowest (row-major: `cells[i * n2 + j]`).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Sweep {
    /// The axes.
    pub axes: Vec<SweepAxis>,
    /// The KPIs' summary field names.
    pub kpis: Vec<String>,
    /// Every cell.
    pub cells: Vec<SweepCell>,
}

impl Sweep {
    /// The index of the cell with the smallest or largest value of KPI `kpi` (a name of
    /// `self.kpis`), skipping cells without a value; `None` if no cell has one.
    pub fn best(&self, kpi: &str, extremum: Extremum) -> Option<usize> {
        let k = self.kpis.iter().position(|n| n == kpi)?;
        let values = self
            .cells
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.kpis.get(k).copied().flatten().map(|v| (i, v)));
        match extremum {
            Extremum::Min => values.min_by(|a, b| a.1.total_cmp(&b.1)),
            Extremum::Max => values.max_by(|a, b| a.1.total_cmp(&b.1)),
        }
        .map(|(i, _)| i)
    }

    /// CSV text: a header with one column per input (its path) then one per KPI, then one
    /// row per cell; an empty field where a KPI has no value. Numbers in Rust's shortest
    /// round-trip form.
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        let header: Vec<&str> = self
            .axes
            .iter()
            .map(|a| a.input.as_str())
            .chain(self.kpis.iter().map(String::as_str))
            .collect();
        out.push_str(&header.join(","));
        out.push('\n');
        for cell in &self.cells {
            let mut first = true;
            for x in cell
                .inputs
                .iter()
                .map(|x| Some(*x))
                .chain(cell.kpis.iter().copied())
            {
                if !first {
                    out.push(',');
                }
                first = false;
                if let Some(x) = x {
                    let _ = write!(out, "{x}");
                }
            }
            out.push('\n');
        }
        out
    }
}

/// Sweeps one or two inputs (`axes`) and reads `kpis` in every cell. `progress(done, total)`
/// is called after each cell; returning false cancels.
pub fn sweep(
    eval: &mut Evaluator,
    axes: &[SweepAxis],
    kpis: &[&str],
    progress: impl FnMut(usize, usize) -> bool,
) -> Result<Sweep, InstrumentError> {
    sweep_rows(eval, axes, kpis, 0..usize::MAX, progress)
}

/// The cells of rows `rows` of a sweep (a row: one value of the first input, with every value
/// of the second; clipped to the first axis's steps), in order: the page's pool of Web Workers
/// runs a sweep's rows apart and puts the cells back together, giving exactly [`sweep`]'s
/// cells. The checks and errors are [`sweep`]'s; `progress(done, total)` counts the part's
/// cells.
pub fn sweep_rows(
    eval: &mut Evaluator,
    axes: &[SweepAxis],
    kpis: &[&str],
    rows: std::ops::Range<usize>,
    mut progress: impl FnMut(usize, usize) -> bool,
) -> Result<Sweep, InstrumentError> {
    if axes.is_empty() || axes.len() > 2 {
        return Err(InstrumentError::Setting {
            setting: "input".to_string(),
            message: format!("{} inputs given; a sweep takes 1 or 2", axes.len()),
        });
    }
    if kpis.is_empty() {
        return Err(InstrumentError::Setting {
            setting: "kpi".to_string(),
            message: "no KPI given; name at least one summary field".to_string(),
        });
    }
    let indices = kpis
        .iter()
        .map(|k| kpi_index(k))
        .collect::<Result<Vec<_>, _>>()?;
    let grids = axes
        .iter()
        .map(SweepAxis::values)
        .collect::<Result<Vec<_>, _>>()?;
    let total = grids.iter().map(|(_, v)| v.len()).product::<usize>();
    if total > MAX_CELLS {
        return Err(InstrumentError::Setting {
            setting: "steps".to_string(),
            message: format!("{total} cells; allowed at most {MAX_CELLS}"),
        });
    }
    let inner = grids.get(1).map_or(1, |(_, v)| v.len());
    let outer = grids.first().map_or(0, |(_, v)| v.len());
    // Cells first..first + count (row-major: row r holds cells r·inner to (r + 1)·inner − 1).
    let first = rows.start.min(outer) * inner;
    let count = (rows.end.min(outer) * inner).saturating_sub(first);
    // The cells, over the machine's cores natively (same cells, same order: parallel.rs).
    let cells = map_runs(
        eval,
        count,
        threads_for(count),
        0,
        count,
        &mut progress,
        &|eval, i| {
            let n = first + i;
            let idx = [n / inner, n % inner];
            let settings: Vec<(Bound, f64)> = grids
                .iter()
                .enumerate()
                .map(|(axis, (bound, v))| (*bound, v[idx[axis]]))
                .collect();
            let inputs: Vec<f64> = settings.iter().map(|s| s.1).collect();
            Ok(match eval.run(&settings) {
                Ok(summary) => {
                    let mut values = Vec::with_capacity(kpi_names().len());
                    summary_values(&summary, &mut values);
                    SweepCell {
                        inputs,
                        kpis: indices
                            .iter()
                            .map(|&i| values.get(i).copied().flatten())
                            .collect(),
                        problem: None,
                    }
                }
                Err(InstrumentError::Scenario(problems)) => SweepCell {
                    inputs,
                    kpis: vec![None; indices.len()],
                    problem: Some(InstrumentError::Scenario(problems).to_string()),
                },
                Err(e) => return Err(e),
            })
        },
    )?;
    Ok(Sweep {
        axes: axes.to_vec(),
        kpis: indices
            .iter()
            .map(|&i| kpi_names()[i].to_string())
            .collect(),
        cells,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn axis(input: &str, from: f64, to: f64, steps: usize) -> SweepAxis {
        SweepAxis {
            input: input.into(),
            from,
            to,
            steps,
        }
    }

    #[test]
    fn axis_values_by_hand() {
        // 0 to 1 in 5 steps: 0, 0.25, 0.5, 0.75, 1.
        let (_, v) = axis("network.loss_share", 0.0, 0.6, 4)
            .values()
            .expect("valid");
        assert_eq!(v.len(), 4);
        assert!((v[1] - 0.2).abs() < 1e-15 && (v[3] - 0.6).abs() < 1e-15);
        // Racks 0 to 10 in 4 steps: 0, 3.33→3, 6.67→7, 10.
        let (_, v) = axis("data_centre.racks", 0.0, 10.0, 4)
            .values()
            .expect("valid");
        assert_eq!(v, vec![0.0, 3.0, 7.0, 10.0]);
        let (_, v) = axis("data_centre.racks", 5.0, 10.0, 1)
            .values()
            .expect("valid");
        assert_eq!(v, vec![5.0]);
        assert!(axis("data_centre.racks", 0.0, 10.0, 0).values().is_err());
        assert!(axis("network.loss_share", 0.0, 0.9, 3).values().is_err());
    }

    #[test]
    fn best_and_csv() {
        let s = Sweep {
            axes: vec![axis("a.b", 0.0, 1.0, 3)],
            kpis: vec!["k".into()],
            cells: vec![
                SweepCell {
                    inputs: vec![0.0],
                    kpis: vec![Some(3.0)],
                    problem: None,
                },
                SweepCell {
                    inputs: vec![0.5],
                    kpis: vec![None],
                    problem: Some("x".into()),
                },
                SweepCell {
                    inputs: vec![1.0],
                    kpis: vec![Some(-1.5)],
                    problem: None,
                },
            ],
        };
        assert_eq!(s.best("k", Extremum::Min), Some(2));
        assert_eq!(s.best("k", Extremum::Max), Some(0));
        assert_eq!(s.best("z", Extremum::Max), None);
        assert_eq!(s.to_csv(), "a.b,k\n0,3\n0.5,\n1,-1.5\n");
    }
}

//! The page's pool of workers (issue 9's speed targets): a Monte Carlo or a sweep is cut into
//! parts, one per worker ([`crate::Request::Part`]); each worker runs its part and answers
//! [`crate::Reply::Part`]; one worker then puts the parts back together
//! ([`Merge`], [`merge`]) into the same answer as one worker running the whole
//! job ([`crate::Request::Run`]), bit for bit (tests beside).
//!
//! - Monte Carlo: the runs and the tornado's bars (two years each) are laid end to end, runs
//!   first, and cut into `of` nearly equal spans of years ([`uncertainty_bounds`]). Every run's
//!   draws depend on the seed and the run's number only (the model draws them all, then each
//!   part takes its own), so the cut changes nothing.
//! - Sweep: the rows (values of the first input) are cut into `of` nearly equal spans
//!   ([`sweep_bounds`]).
//!
//! The merge itself runs in a worker, not on the page: the page forwards the parts' replies
//! without reading their numbers, and receives one answer as before.

use crate::{sweep_answer, uncertainty_answer, Bar, Job, Reply};
use heat_twin_model::instruments::{
    default_ranges, kpi_index, kpi_names, sweep_rows, uncertainty_part, Evaluator, InstrumentError,
    SampleRow, Sweep, SweepCell, TornadoBar, Uncertainty, UncertaintyOptions, UncertaintyPart,
};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// How a merge request's JSON text begins (the page writes it as text, [`Merge`]).
pub const MERGE_PREFIX: &str = r#"{"type":"merge""#;

/// Put the parts' answers back together: `{"type":"merge","id","job","parts":[…]}` with every
/// part's [`Reply::Part`] as it came; answered by [`Reply::Uncertainty`] or [`Reply::Sweep`],
/// exactly as [`crate::Request::Run`] of the same job would. Not a [`crate::Request`]: the
/// page writes it as text around the parts' texts, and never needs its code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename = "merge")]
pub struct Merge {
    /// The request's id.
    pub id: u32,
    /// The job the parts ran.
    pub job: Job,
    /// Every part's reply, in any order.
    pub parts: Vec<PartReply>,
}

/// A [`Reply::Part`] as the merging worker reads it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartReply {
    /// The request's id.
    pub id: u32,
    /// Which part.
    pub index: usize,
    /// The part's runs, bars or cells.
    pub answer: PartAnswer,
}

/// One part's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PartAnswer {
    /// Some Monte Carlo runs and tornado bars.
    Uncertainty {
        /// The uncertain inputs' paths.
        inputs: Vec<String>,
        /// The part's runs in run order: the inputs drawn and every summary field
        /// (`null`: the drawn scenario was invalid).
        rows: Vec<SampleRow>,
        /// The part's tornado bars, in input order.
        bars: Vec<Bar>,
    },
    /// Some rows of a sweep: per cell, the inputs' values and the KPIs.
    Sweep {
        /// The part's cells in order.
        cells: Vec<(Vec<f64>, Vec<Option<f64>>)>,
    },
}

impl Default for PartAnswer {
    /// An empty sweep part (what the page's reading of a [`Reply::Part`] holds).
    fn default() -> Self {
        PartAnswer::Sweep { cells: Vec::new() }
    }
}

/// Part `index` of `of` of a Monte Carlo of `runs` runs and `bars` tornado bars: the runs and
/// the bars it holds. The years `0..runs + 2 × bars` (run r is year r, bar b the years
/// `runs + 2b` and `runs + 2b + 1`) are cut at `k × years / of`; a run or a bar belongs to the
/// part where its first year falls. Parts in order cover every run and bar once.
///
/// By hand: 10 runs, 3 bars (16 years) in 2 parts: years 0–7 and 8–15; part 0 holds runs 0–7,
/// part 1 runs 8–9 and bars 0–2 (first years 10, 12, 14).
pub fn uncertainty_bounds(
    runs: usize,
    bars: usize,
    index: usize,
    of: usize,
) -> (Range<usize>, Range<usize>) {
    let years = runs + 2 * bars;
    let of = of.max(1);
    let cut = |k: usize| (k.min(of) * years) / of;
    let (lo, hi) = (cut(index), cut(index + 1));
    // Bar b starts at runs + 2b: the first bar starting at or after year y is ⌈(y − runs)/2⌉.
    let bar = |y: usize| y.saturating_sub(runs).div_ceil(2);
    (lo.min(runs)..hi.min(runs), bar(lo)..bar(hi))
}

/// Part `index` of `of` of a sweep whose first input takes `rows` values: the rows it holds,
/// cut at `k × rows / of` (40 rows in 2 parts: 0–19 and 20–39).
pub fn sweep_bounds(rows: usize, index: usize, of: usize) -> Range<usize> {
    let of = of.max(1);
    let cut = |k: usize| (k.min(of) * rows) / of;
    cut(index)..cut(index + 1)
}

/// Runs part `index` of `of` of `job` (a Monte Carlo or a sweep; a goal seek is refused).
pub fn run_part(
    eval: &mut Evaluator,
    job: &Job,
    index: usize,
    of: usize,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<PartAnswer, InstrumentError> {
    match job {
        Job::Uncertainty {
            runs,
            seed,
            tornado_kpi,
        } => {
            let ranges = default_ranges(eval);
            let options = UncertaintyOptions {
                runs: *runs,
                seed: *seed,
                tornado_kpi: tornado_kpi.clone(),
                ..UncertaintyOptions::default()
            };
            let (r, b) = uncertainty_bounds(*runs, ranges.len(), index, of);
            let part = uncertainty_part(eval, &ranges, &options, r, b, progress)?;
            Ok(PartAnswer::Uncertainty {
                inputs: part.inputs,
                rows: part.rows,
                bars: part.bars.into_iter().map(Bar::from).collect(),
            })
        }
        Job::Sweep { axes, kpis, .. } => {
            let names: Vec<&str> = kpis.iter().map(String::as_str).collect();
            let rows = sweep_bounds(axes.first().map_or(0, |a| a.steps), index, of);
            let s = sweep_rows(eval, axes, &names, rows, progress)?;
            Ok(PartAnswer::Sweep {
                cells: s.cells.into_iter().map(|c| (c.inputs, c.kpis)).collect(),
            })
        }
        Job::Seek { .. } => Err(InstrumentError::Setting {
            setting: "part".to_string(),
            message: "a goal seek is not cut into parts".to_string(),
        }),
    }
}

/// The whole answer of a [`Merge`]: its parts (of request `id`, in any order; exactly one
/// per index `0..parts.len()`) put back together ([`merge_answers`]).
pub fn merge(m: Merge) -> Result<Reply, String> {
    let id = m.id;
    let n = m.parts.len();
    let mut answers: Vec<Option<PartAnswer>> = vec![None; n];
    for part in m.parts {
        match answers.get_mut(part.index) {
            Some(slot @ None) if part.id == id => *slot = Some(part.answer),
            _ => {
                return Err(format!(
                    "the parts of request {id} do not fit together: request {} part {}",
                    part.id, part.index
                ))
            }
        }
    }
    let answers: Vec<PartAnswer> = answers.into_iter().flatten().collect();
    merge_answers(id, &m.job, answers)
}

/// The same [`Reply::Uncertainty`] or [`Reply::Sweep`] as one worker running the whole `job`,
/// from its parts' answers in part order (`elapsed_ms` 0, for the caller).
pub fn merge_answers(id: u32, job: &Job, answers: Vec<PartAnswer>) -> Result<Reply, String> {
    let n = answers.len();
    if n == 0 {
        return Err(format!("request {id}: {n} parts, not one of each"));
    }
    match job {
        Job::Uncertainty {
            runs,
            seed,
            tornado_kpi,
        } => {
            let mut parts = Vec::with_capacity(n);
            for a in answers {
                let PartAnswer::Uncertainty { inputs, rows, bars } = a else {
                    return Err(format!("request {id}: a sweep's part in a Monte Carlo"));
                };
                parts.push(UncertaintyPart {
                    inputs,
                    rows,
                    bars: bars.into_iter().map(TornadoBar::from).collect(),
                });
            }
            let u = Uncertainty::from_parts(*runs, *seed, parts);
            Ok(Reply::Uncertainty {
                id,
                answer: Box::new(uncertainty_answer(u, tornado_kpi.clone(), 0.0)),
            })
        }
        Job::Sweep {
            axes,
            kpis,
            maximise,
        } => {
            let mut cells = Vec::new();
            for a in answers {
                let PartAnswer::Sweep { cells: c } = a else {
                    return Err(format!("request {id}: a Monte Carlo's part in a sweep"));
                };
                cells.extend(c.into_iter().map(|(inputs, kpis)| SweepCell {
                    inputs,
                    kpis,
                    problem: None,
                }));
            }
            let kpis = kpis
                .iter()
                .map(|k| kpi_index(k).map(|i| kpi_names()[i].to_string()))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| e.to_string())?;
            let s = Sweep {
                axes: axes.clone(),
                kpis,
                cells,
            };
            Ok(Reply::Sweep {
                id,
                answer: Box::new(sweep_answer(s, *maximise, 0.0)),
            })
        }
        Job::Seek { .. } => Err("a goal seek is not cut into parts".to_string()),
    }
}

#[cfg(test)]
mod tests;

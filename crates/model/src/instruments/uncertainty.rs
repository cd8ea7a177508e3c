//! Uncertainty: Monte Carlo percentiles of every summary field and a tornado of one KPI
//! (docs/model/instruments.md §5).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::eval::{Bound, Evaluator};
use super::kpi::{kpi_index, kpi_names, summary_values};
use super::parallel::{map_runs, threads_for};
use super::ranges::{check_ranges, Ranges, UncertainRange};
use super::rng::{latin_hypercube, quantile, Distribution, SplitMix64};
use super::InstrumentError;

/// Most Monte Carlo runs (every run keeps its ~70 summary values for the CSV: 100,000 runs
/// hold about 110 MB).
pub const MAX_RUNS: usize = 100_000;

/// Settings of an uncertainty analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct UncertaintyOptions {
    /// Monte Carlo runs (1 to [`MAX_RUNS`]; default 1,000).
    pub runs: usize,
    /// Seed of the generator (default 1).
    pub seed: u64,
    /// Distribution of every input (default triangular).
    pub distribution: Distribution,
    /// Latin hypercube sampling instead of independent draws (default false).
    pub latin_hypercube: bool,
    /// KPI of the tornado (default `co2_avoided_t`).
    pub tornado_kpi: String,
}

impl Default for UncertaintyOptions {
    fn default() -> Self {
        UncertaintyOptions {
            runs: 1000,
            seed: 1,
            distribution: Distribution::Triangular,
            latin_hypercube: false,
            tornado_kpi: "co2_avoided_t".to_string(),
        }
    }
}

/// P10, P50 and P90 of one summary field.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Percentiles {
    /// 10th percentile.
    pub p10: f64,
    /// Median.
    pub p50: f64,
    /// 90th percentile.
    pub p90: f64,
}

/// One tornado bar: the KPI with this input at its low and at its high value, every other
/// input at its likely value.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TornadoBar {
    /// The input's path.
    pub input: String,
    /// The input's low value.
    pub low: f64,
    /// The input's high value.
    pub high: f64,
    /// The KPI with the input at `low` (`None`: invalid scenario or null KPI).
    pub kpi_low: Option<f64>,
    /// The KPI with the input at `high`.
    pub kpi_high: Option<f64>,
}

impl TornadoBar {
    /// `|kpi_high − kpi_low|` (0 when either is missing).
    pub fn swing(&self) -> f64 {
        match (self.kpi_low, self.kpi_high) {
            (Some(a), Some(b)) => (b - a).abs(),
            _ => 0.0,
        }
    }
}

/// The Monte Carlo draws and results, for CSV export.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Samples {
    /// The uncertain inputs' paths.
    pub inputs: Vec<String>,
    /// One row per valid run: the inputs drawn, then every summary field ([`kpi_names`]).
    pub rows: Vec<(Vec<f64>, Vec<Option<f64>>)>,
}

impl Samples {
    /// CSV: one column per input, then one per summary field; one row per run.
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        let header: Vec<&str> = self
            .inputs
            .iter()
            .map(String::as_str)
            .chain(kpi_names().iter().copied())
            .collect();
        out.push_str(&header.join(","));
        out.push('\n');
        for (inputs, kpis) in &self.rows {
            let cells = inputs.iter().map(|x| Some(*x)).chain(kpis.iter().copied());
            for (i, x) in cells.enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if let Some(x) = x {
                    let _ = write!(out, "{x}");
                }
            }
            out.push('\n');
        }
        out
    }
}

/// The answer, shaped as the CLI contract
/// `{"runs","seed","percentiles":{FIELD:{"p10","p50","p90"}},"tornado":[…]}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Uncertainty {
    /// Runs asked for.
    pub runs: usize,
    /// Seed used.
    pub seed: u64,
    /// Percentiles of every summary field with at least one value.
    pub percentiles: BTreeMap<String, Percentiles>,
    /// Tornado bars, largest swing first.
    pub tornado: Vec<TornadoBar>,
    /// Runs whose drawn scenario was invalid (left out of the percentiles); only when > 0.
    #[serde(skip_serializing_if = "is_zero")]
    pub failed_runs: usize,
    /// The draws and results.
    #[serde(skip)]
    pub samples: Samples,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The `p`-quantile (`0 ≤ p ≤ 1`) of sorted values by linear interpolation between closest
/// ranks (Hyndman & Fan 1996 type 7, numpy's default): `h = (n − 1) p`,
/// `x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])`. NaN for an empty slice.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    let n = sorted.len();
    if n == 0 {
        return f64::NAN;
    }
    let h = (n - 1) as f64 * p.clamp(0.0, 1.0);
    let i = (h.floor() as usize).min(n - 1);
    let j = (i + 1).min(n - 1);
    sorted[i] + (h - i as f64) * (sorted[j] - sorted[i])
}

/// One Monte Carlo run: the inputs as drawn (snapped to what each field takes), then every
/// summary field ([`kpi_names`]); `None` when the drawn scenario was invalid.
pub type SampleRow = Option<(Vec<f64>, Vec<Option<f64>>)>;

/// Some of an uncertainty analysis's runs and tornado bars ([`uncertainty_part`]). Parts
/// computed apart (the page's pool of Web Workers) and put back in order with
/// [`Uncertainty::from_parts`] give exactly [`uncertainty`]'s answer: every run's draws depend
/// on the seed and the run's number only, whichever part runs it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UncertaintyPart {
    /// The uncertain inputs' paths (the same in every part).
    pub inputs: Vec<String>,
    /// The part's runs, in run order.
    pub rows: Vec<SampleRow>,
    /// The part's tornado bars, in input order (not yet sorted by swing).
    pub bars: Vec<TornadoBar>,
}

/// Monte Carlo over `ranges` and the tornado of `options.tornado_kpi`. `progress(done,
/// total)` is called after each year (`total = runs + 2 × inputs`); returning false cancels.
pub fn uncertainty(
    eval: &mut Evaluator,
    ranges: &Ranges,
    options: &UncertaintyOptions,
    progress: impl FnMut(usize, usize) -> bool,
) -> Result<Uncertainty, InstrumentError> {
    let part = uncertainty_part(
        eval,
        ranges,
        options,
        0..usize::MAX,
        0..usize::MAX,
        progress,
    )?;
    Ok(Uncertainty::from_parts(options.runs, options.seed, [part]))
}

/// Runs `runs` of the Monte Carlo (run numbers, clipped to `0..options.runs`) and the tornado
/// bars of the inputs numbered `bars` (in path order, clipped to the inputs), for
/// [`Uncertainty::from_parts`]. `progress(done, total)` after each year, `total` = the part's
/// runs + 2 × its bars; returning false cancels.
pub fn uncertainty_part(
    eval: &mut Evaluator,
    ranges: &Ranges,
    options: &UncertaintyOptions,
    runs: std::ops::Range<usize>,
    bars: std::ops::Range<usize>,
    mut progress: impl FnMut(usize, usize) -> bool,
) -> Result<UncertaintyPart, InstrumentError> {
    if options.runs == 0 || options.runs > MAX_RUNS {
        return Err(InstrumentError::Setting {
            setting: "runs".to_string(),
            message: format!("{} is out of range; allowed 1 to {MAX_RUNS}", options.runs),
        });
    }
    let tornado_kpi = kpi_index(&options.tornado_kpi)?;
    let inputs = check_ranges(ranges)?;
    let m = inputs.len();
    let runs = runs.start.min(options.runs)..runs.end.min(options.runs);
    let bars = bars.start.min(m)..bars.end.min(m);
    let total = runs.len() + 2 * bars.len();

    let draws = draw(&inputs, options);
    // The runs, over the machine's cores natively (same rows, same order: parallel.rs).
    let first = runs.start;
    let rows = map_runs(
        eval,
        runs.len(),
        threads_for(runs.len()),
        0,
        total,
        &mut progress,
        &|eval, i| {
            let run = first + i;
            let settings: Vec<(Bound, f64)> = inputs
                .iter()
                .enumerate()
                .map(|(k, (b, _))| (*b, draws[run * m + k]))
                .collect();
            match eval.run(&settings) {
                Ok(summary) => {
                    let mut values = Vec::with_capacity(kpi_names().len());
                    summary_values(&summary, &mut values);
                    let drawn = settings
                        .iter()
                        .map(|s| s.0.snap(s.1).unwrap_or(s.1))
                        .collect::<Vec<f64>>();
                    Ok(Some((drawn, values)))
                }
                Err(InstrumentError::Scenario(_)) => Ok(None),
                Err(e) => Err(e),
            }
        },
    )?;
    let mut done = runs.len();
    let mut tick = |done: &mut usize| {
        *done += 1;
        if progress(*done, total) {
            Ok(())
        } else {
            Err(InstrumentError::Cancelled)
        }
    };

    let mut tornado = Vec::with_capacity(bars.len());
    for k in bars {
        let (bound, range) = &inputs[k];
        let mut at = |x: f64, done: &mut usize| -> Result<Option<f64>, InstrumentError> {
            let mut s: Vec<(Bound, f64)> = inputs.iter().map(|(b, r)| (*b, r.likely)).collect();
            s[k].1 = x;
            let y = match eval.kpi(&s, tornado_kpi) {
                Ok(y) => y,
                Err(InstrumentError::Scenario(_)) => None,
                Err(e) => return Err(e),
            };
            tick(done)?;
            Ok(y)
        };
        let kpi_low = at(range.low, &mut done)?;
        let kpi_high = at(range.high, &mut done)?;
        tornado.push(TornadoBar {
            input: bound.path.to_string(),
            low: range.low,
            high: range.high,
            kpi_low,
            kpi_high,
        });
    }
    Ok(UncertaintyPart {
        inputs: inputs.iter().map(|(b, _)| b.path.to_string()).collect(),
        rows,
        bars: tornado,
    })
}

impl Uncertainty {
    /// The answer from its parts, given in run order (each part's runs following the
    /// previous part's; bars in any order): the samples in run order, the percentiles over
    /// every valid run, the tornado sorted by swing (largest first, then by path).
    pub fn from_parts(
        runs: usize,
        seed: u64,
        parts: impl IntoIterator<Item = UncertaintyPart>,
    ) -> Uncertainty {
        let mut inputs = None;
        let mut rows = Vec::with_capacity(runs);
        let mut tornado = Vec::new();
        for part in parts {
            inputs.get_or_insert(part.inputs);
            rows.extend(part.rows);
            tornado.extend(part.bars);
        }
        let failed_runs = rows.iter().filter(|r| r.is_none()).count();
        let samples = Samples {
            inputs: inputs.unwrap_or_default(),
            rows: rows.into_iter().flatten().collect(),
        };
        let mut percentiles = BTreeMap::new();
        let mut column = Vec::with_capacity(samples.rows.len());
        for (f, name) in kpi_names().iter().enumerate() {
            column.clear();
            column.extend(
                samples
                    .rows
                    .iter()
                    .filter_map(|(_, v)| v.get(f).copied().flatten()),
            );
            if column.is_empty() {
                continue;
            }
            column.sort_by(f64::total_cmp);
            percentiles.insert(
                (*name).to_string(),
                Percentiles {
                    p10: percentile(&column, 0.1),
                    p50: percentile(&column, 0.5),
                    p90: percentile(&column, 0.9),
                },
            );
        }
        tornado.sort_by(|a: &TornadoBar, b: &TornadoBar| {
            b.swing()
                .total_cmp(&a.swing())
                .then_with(|| a.input.cmp(&b.input))
        });
        Uncertainty {
            runs,
            seed,
            percentiles,
            tornado,
            failed_runs,
            samples,
        }
    }
}

/// Every run's draws, run-major (`draws[run × inputs + k]`). Independent draws take, run by
/// run, one uniform number per input in path order; Latin hypercube takes, input by input,
/// a shuffled column of stratified probabilities. Each probability goes through the inverse
/// distribution of that input's range.
fn draw(inputs: &[(Bound, UncertainRange)], options: &UncertaintyOptions) -> Vec<f64> {
    let mut rng = SplitMix64::new(options.seed);
    let (n, m) = (options.runs, inputs.len());
    let mut u = vec![0.0; n * m];
    if options.latin_hypercube {
        for k in 0..m {
            for (run, p) in latin_hypercube(&mut rng, n).into_iter().enumerate() {
                u[run * m + k] = p;
            }
        }
    } else {
        for p in u.iter_mut() {
            *p = rng.next_f64();
        }
    }
    u.iter()
        .enumerate()
        .map(|(i, &p)| {
            let r = &inputs[i % m.max(1)].1;
            quantile(options.distribution, r.low, r.likely, r.high, p)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_by_hand() {
        // 1..=5: h(0.1) = 0.4 → 1 + 0.4·1 = 1.4; median 3; h(0.9) = 3.6 → 4.6.
        let x = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert!((percentile(&x, 0.1) - 1.4).abs() < 1e-12);
        assert_eq!(percentile(&x, 0.5), 3.0);
        assert!((percentile(&x, 0.9) - 4.6).abs() < 1e-12);
        assert_eq!(percentile(&[7.0], 0.9), 7.0);
        assert!(percentile(&[], 0.5).is_nan());
    }

    #[test]
    fn swing_needs_both_ends() {
        let mut bar = TornadoBar {
            input: "x".into(),
            low: 0.0,
            high: 1.0,
            kpi_low: Some(3.0),
            kpi_high: Some(-2.0),
        };
        assert_eq!(bar.swing(), 5.0);
        bar.kpi_high = None;
        assert_eq!(bar.swing(), 0.0);
    }
}

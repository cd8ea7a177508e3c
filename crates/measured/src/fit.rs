//! Calibration core: a bounded Nelder–Mead (docs/model/measured.md §5), our own code.
//!
//! Minimises a caller's objective `f(x)` over `1 ≤ m ≤ 4` parameters, each within
//! `[lo, hi]`. Bounds by a change of variable (as D'Errico's `fminsearchbnd` for MATLAB does):
//! the search runs on unbounded `z` with `x = lo + (hi − lo)·(1 + sin z)/2`, so every trial
//! point is inside the box, a bound is reachable (at `z = ±π/2`), the simplex never flattens
//! against a bound, and parameters of any unit weigh alike. A non-finite `f` counts as `+∞`.
//!
//! - Initial simplex: `z⁰ = asin(2(x⁰ − lo)/(hi − lo) − 1)` and `z⁰ ± 2·initial_step·e_j`
//!   (towards the middle of the range; `initial_step = 0.1` moves `x` by about 10 % of the
//!   range from the middle).
//! - Coefficients (Nelder & Mead 1965, as stated by Lagarias et al., SIAM J. Optim. 9 (1998)
//!   112–147): reflection α = 1, expansion γ = 2, contraction β = ½, shrink δ = ½.
//! - Converged when the spread of `f` over the simplex is ≤ `f_tol_abs + f_tol_rel·|f_best|`
//!   and every vertex is within `x_tol` of the best (max-norm in `z`). Then the search
//!   restarts from the best point with a fresh simplex while a restart improves `f_best` by
//!   more than that tolerance, at most `max_restarts` times.
//! - Stops at `max_evaluations`, or when the progress callback returns `false`.
//!
//! [`NelderMead::step`] runs one iteration so a page can run the search in slices;
//! [`minimize`] runs it to the end.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Most parameters fitted at once (issue 10: "up to four inputs").
pub const MAX_PARAMETERS: usize = 4;

const ALPHA: f64 = 1.0;
const GAMMA: f64 = 2.0;
const BETA: f64 = 0.5;
const DELTA: f64 = 0.5;

/// The search variable `z` (unbounded) → the parameter: `x = lo + (hi − lo)·(1 + sin z)/2`.
fn to_x(z: f64, b: &Bounds) -> f64 {
    (b.lo + (b.hi - b.lo) * 0.5 * (1.0 + z.sin())).clamp(b.lo, b.hi)
}

/// The parameter → the search variable, in `[−π/2, π/2]` (inverse of [`to_x`]).
fn to_z(x: f64, b: &Bounds) -> f64 {
    (2.0 * (x - b.lo) / (b.hi - b.lo) - 1.0)
        .clamp(-1.0, 1.0)
        .asin()
}

/// A parameter's allowed range, `lo < hi`, both finite.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Bounds {
    /// Lowest value.
    pub lo: f64,
    /// Highest value.
    pub hi: f64,
}

/// Tolerances and budgets of the search.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Options {
    /// Objective evaluations allowed (default 2,000).
    pub max_evaluations: usize,
    /// Absolute spread of `f` for convergence (default 1e-12).
    pub f_tol_abs: f64,
    /// Spread of `f` relative to |f_best| for convergence (default 1e-10).
    pub f_tol_rel: f64,
    /// Simplex size in `z` (radians) for convergence (default 1e-7).
    pub x_tol: f64,
    /// Initial simplex step: `2·initial_step` in `z` (default 0.1: about 10 % of each range
    /// from its middle).
    pub initial_step: f64,
    /// Restarts after convergence (default 5).
    pub max_restarts: usize,
    /// A restart's simplex step, like `initial_step` (default 0.1, the same).
    pub restart_step: f64,
}

impl Options {
    /// The tolerances of a calibration against measured data (docs/model/measured.md §5,
    /// "Tolerances of a calibration"): `f` to 1e-6 relative, the simplex to 1e-4 rad in `z`
    /// (each input to within 5e-5 of its range), one restart on a simplex a tenth the size.
    pub fn calibration() -> Options {
        Options {
            f_tol_rel: 1e-6,
            x_tol: 1e-4,
            max_restarts: 1,
            restart_step: 0.01,
            ..Options::default()
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_evaluations: 2000,
            f_tol_abs: 1e-12,
            f_tol_rel: 1e-10,
            x_tol: 1e-7,
            initial_step: 0.1,
            max_restarts: 5,
            restart_step: 0.1,
        }
    }
}

/// Why the search cannot start.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum FitError {
    /// No parameter, or more than [`MAX_PARAMETERS`].
    #[error("{count} parameters to fit; allowed 1 to {MAX_PARAMETERS}")]
    ParameterCount {
        /// Parameters given.
        count: usize,
    },
    /// The start has a different number of values than the bounds.
    #[error("{start} start values for {bounds} parameters")]
    StartLength {
        /// Start values.
        start: usize,
        /// Bounds.
        bounds: usize,
    },
    /// Bounds not finite or not `lo < hi`.
    #[error("parameter {index}: bounds {lo} to {hi} are not a finite range with lo < hi")]
    BadBounds {
        /// Parameter index, 0-based.
        index: usize,
        /// Lower bound.
        lo: f64,
        /// Upper bound.
        hi: f64,
    },
    /// A start value outside its bounds.
    #[error("parameter {index}: start {value} is outside {lo} to {hi}")]
    StartOutside {
        /// Parameter index, 0-based.
        index: usize,
        /// Start value.
        value: f64,
        /// Lower bound.
        lo: f64,
        /// Upper bound.
        hi: f64,
    },
}

/// Why the search stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StopReason {
    /// The tolerances are met and a restart no longer improves.
    Converged,
    /// The evaluation budget is spent.
    MaxEvaluations,
    /// The progress callback asked to stop.
    Cancelled,
}

/// Where the search is after a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// More steps to go.
    Running,
    /// Finished.
    Done(StopReason),
}

/// The best point so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Minimum {
    /// Parameter values.
    pub x: Vec<f64>,
    /// Objective there.
    pub f: f64,
    /// Objective evaluations used.
    pub evaluations: usize,
    /// Iterations run.
    pub iterations: usize,
    /// Why it stopped (`None` while running).
    pub stop: Option<StopReason>,
}

/// What the progress callback sees after each iteration.
#[derive(Debug, Clone, Copy)]
pub struct Progress<'a> {
    /// Objective evaluations so far.
    pub evaluations: usize,
    /// Iterations so far.
    pub iterations: usize,
    /// Best objective so far.
    pub best_f: f64,
    /// Best parameters so far.
    pub best_x: &'a [f64],
}

/// A bounded Nelder–Mead search in progress.
#[derive(Debug, Clone)]
pub struct NelderMead {
    bounds: Vec<Bounds>,
    options: Options,
    /// Vertices in `z`; `m + 1` of them once started.
    simplex: Vec<Vec<f64>>,
    values: Vec<f64>,
    start: Vec<f64>,
    x: Vec<f64>,
    evaluations: usize,
    iterations: usize,
    restarts: usize,
    last_converged: Option<f64>,
    done: Option<StopReason>,
}

impl NelderMead {
    /// Prepares a search from `start` (in the parameters' own units) within `bounds`.
    pub fn new(bounds: &[Bounds], start: &[f64], options: Options) -> Result<Self, FitError> {
        if bounds.is_empty() || bounds.len() > MAX_PARAMETERS {
            return Err(FitError::ParameterCount {
                count: bounds.len(),
            });
        }
        if start.len() != bounds.len() {
            return Err(FitError::StartLength {
                start: start.len(),
                bounds: bounds.len(),
            });
        }
        let mut u0 = Vec::with_capacity(bounds.len());
        for (index, (b, &value)) in bounds.iter().zip(start).enumerate() {
            if !(b.lo.is_finite() && b.hi.is_finite() && b.lo < b.hi) {
                return Err(FitError::BadBounds {
                    index,
                    lo: b.lo,
                    hi: b.hi,
                });
            }
            if !(b.lo..=b.hi).contains(&value) {
                return Err(FitError::StartOutside {
                    index,
                    value,
                    lo: b.lo,
                    hi: b.hi,
                });
            }
            u0.push(to_z(value, b));
        }
        Ok(NelderMead {
            bounds: bounds.to_vec(),
            options,
            simplex: Vec::new(),
            values: Vec::new(),
            x: start.to_vec(),
            start: u0,
            evaluations: 0,
            iterations: 0,
            restarts: 0,
            last_converged: None,
            done: None,
        })
    }

    /// Evaluates `f` at the search point `u` (mapped into the box by [`to_x`]).
    fn eval<F: FnMut(&[f64]) -> f64>(&mut self, f: &mut F, u: &mut [f64]) -> f64 {
        for ((x, z), b) in self.x.iter_mut().zip(u.iter()).zip(&self.bounds) {
            *x = to_x(*z, b);
        }
        self.evaluations += 1;
        let v = f(&self.x);
        if v.is_finite() {
            v
        } else {
            f64::INFINITY
        }
    }

    /// A fresh simplex around `u0`.
    fn build<F: FnMut(&[f64]) -> f64>(&mut self, f: &mut F, u0: &[f64]) {
        let m = u0.len();
        let mut simplex = Vec::with_capacity(m + 1);
        let mut values = Vec::with_capacity(m + 1);
        let mut v = u0.to_vec();
        values.push(self.eval(f, &mut v));
        simplex.push(v);
        for j in 0..m {
            let mut v = u0.to_vec();
            // About `initial_step` of the range from the middle of the box; towards the
            // middle from either half.
            let step = 2.0
                * if self.restarts > 0 {
                    self.options.restart_step
                } else {
                    self.options.initial_step
                };
            if let Some(c) = v.get_mut(j) {
                *c = if *c <= 0.0 { *c + step } else { *c - step };
            }
            values.push(self.eval(f, &mut v));
            simplex.push(v);
        }
        self.simplex = simplex;
        self.values = values;
    }

    /// Vertices ordered best first (indices into the simplex).
    fn order(&self) -> Vec<usize> {
        let mut idx: Vec<usize> = (0..self.values.len()).collect();
        idx.sort_by(|&a, &b| self.values[a].total_cmp(&self.values[b]));
        idx
    }

    /// One iteration of the search (the first call builds the simplex).
    pub fn step<F: FnMut(&[f64]) -> f64>(&mut self, f: &mut F) -> Status {
        if let Some(reason) = self.done {
            return Status::Done(reason);
        }
        if self.simplex.is_empty() {
            let u0 = self.start.clone();
            self.build(f, &u0);
        }
        if self.evaluations >= self.options.max_evaluations {
            return self.finish(StopReason::MaxEvaluations);
        }
        self.iterations += 1;
        let order = self.order();
        let (best, worst) = (order[0], order[order.len() - 1]);
        let second_worst = order[order.len().saturating_sub(2)];
        let (fb, fw) = (self.values[best], self.values[worst]);
        let tol = self.options.f_tol_abs + self.options.f_tol_rel * fb.abs();
        let size = self
            .simplex
            .iter()
            .flat_map(|v| {
                v.iter()
                    .zip(&self.simplex[best])
                    .map(|(a, b)| (a - b).abs())
            })
            .fold(0.0, f64::max);
        if fw - fb <= tol && size <= self.options.x_tol {
            let improved = self.last_converged.is_none_or(|prev| prev - fb > tol);
            if improved && self.restarts < self.options.max_restarts {
                self.restarts += 1;
                self.last_converged = Some(fb);
                let u0 = self.simplex[best].clone();
                self.build(f, &u0);
                return Status::Running;
            }
            return self.finish(StopReason::Converged);
        }
        let m = self.start.len();
        // Centroid of all vertices but the worst.
        let mut c = vec![0.0; m];
        for &i in order.iter().take(m) {
            for (cj, vj) in c.iter_mut().zip(&self.simplex[i]) {
                *cj += vj / m as f64;
            }
        }
        let along = |k: f64, from: &[f64]| -> Vec<f64> {
            c.iter()
                .zip(from)
                .map(|(cj, vj)| cj + k * (vj - cj))
                .collect()
        };
        let xw = self.simplex[worst].clone();
        let mut xr = along(-ALPHA, &xw);
        let fr = self.eval(f, &mut xr);
        if fr < fb {
            let mut xe = along(GAMMA, &xr);
            let fe = self.eval(f, &mut xe);
            if fe < fr {
                self.replace(worst, xe, fe);
            } else {
                self.replace(worst, xr, fr);
            }
        } else if fr < self.values[second_worst] {
            self.replace(worst, xr, fr);
        } else {
            let outside = fr < fw;
            let (mut xc, reference) = if outside {
                (along(BETA, &xr), fr) // outside contraction
            } else {
                (along(BETA, &xw), fw) // inside contraction
            };
            let fc = self.eval(f, &mut xc);
            if fc < reference || (outside && fc <= reference) {
                self.replace(worst, xc, fc);
            } else {
                self.shrink(f, best);
            }
        }
        Status::Running
    }

    fn replace(&mut self, i: usize, v: Vec<f64>, fv: f64) {
        self.simplex[i] = v;
        self.values[i] = fv;
    }

    fn shrink<F: FnMut(&[f64]) -> f64>(&mut self, f: &mut F, best: usize) {
        let vb = self.simplex[best].clone();
        for i in 0..self.simplex.len() {
            if i == best {
                continue;
            }
            let mut v: Vec<f64> = vb
                .iter()
                .zip(&self.simplex[i])
                .map(|(b, x)| b + DELTA * (x - b))
                .collect();
            let fv = self.eval(f, &mut v);
            self.replace(i, v, fv);
        }
    }

    fn finish(&mut self, reason: StopReason) -> Status {
        self.done = Some(reason);
        Status::Done(reason)
    }

    /// Stops the search (a cancel from outside a step).
    pub fn cancel(&mut self) {
        self.done.get_or_insert(StopReason::Cancelled);
    }

    /// The best point so far, in the parameters' own units.
    pub fn best(&self) -> Minimum {
        let i = self.order().first().copied();
        let u = i.and_then(|i| self.simplex.get(i)).unwrap_or(&self.start);
        Minimum {
            x: u.iter()
                .zip(&self.bounds)
                .map(|(z, b)| to_x(*z, b))
                .collect(),
            f: i.and_then(|i| self.values.get(i))
                .copied()
                .unwrap_or(f64::INFINITY),
            evaluations: self.evaluations,
            iterations: self.iterations,
            stop: self.done,
        }
    }
}

/// Runs a bounded Nelder–Mead to the end. `progress` is called after each iteration; returning
/// `false` cancels (the best point so far is returned with [`StopReason::Cancelled`]).
pub fn minimize<F, P>(
    mut f: F,
    bounds: &[Bounds],
    start: &[f64],
    options: Options,
    mut progress: P,
) -> Result<Minimum, FitError>
where
    F: FnMut(&[f64]) -> f64,
    P: FnMut(&Progress) -> bool,
{
    let mut nm = NelderMead::new(bounds, start, options)?;
    while nm.step(&mut f) == Status::Running {
        let best = nm.best();
        let go_on = progress(&Progress {
            evaluations: best.evaluations,
            iterations: best.iterations,
            best_f: best.f,
            best_x: &best.x,
        });
        if !go_on {
            nm.cancel();
        }
    }
    Ok(nm.best())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_of_variable_round_trips_and_reaches_the_bounds() {
        let b = Bounds { lo: -2.0, hi: 6.0 };
        // z = 0 is the middle (2.0); z = ±π/2 are the bounds; asin inverts sin on [−π/2, π/2].
        assert_eq!(to_x(0.0, &b), 2.0);
        assert_eq!(to_x(std::f64::consts::FRAC_PI_2, &b), 6.0);
        assert_eq!(to_x(-std::f64::consts::FRAC_PI_2, &b), -2.0);
        for x in [-2.0, -1.5, 0.0, 2.0, 5.999, 6.0] {
            assert!((to_x(to_z(x, &b), &b) - x).abs() < 1e-12, "{x}");
        }
        // Any z maps inside the box.
        for z in [-1e9, -7.0, 3.0, 1e12] {
            assert!((b.lo..=b.hi).contains(&to_x(z, &b)));
        }
    }

    #[test]
    fn first_step_builds_m_plus_one_vertices_towards_the_middle() {
        let b = [Bounds { lo: 0.0, hi: 1.0 }; 2];
        let mut nm = NelderMead::new(&b, &[1.0, 0.0], Options::default()).expect("valid");
        let seen = std::cell::RefCell::new(Vec::new());
        let mut f = |x: &[f64]| {
            seen.borrow_mut().push(x.to_vec());
            0.0
        };
        nm.step(&mut f);
        let first: Vec<Vec<f64>> = seen.borrow().clone();
        // Start (1, 0): z = (π/2, −π/2); vertices move 0.2 rad towards the middle:
        // x = (1 + sin(π/2 − 0.2))/2 = (1 + cos 0.2)/2 = 0.990 033…
        assert_eq!(first[0], vec![1.0, 0.0]);
        assert!((first[1][0] - (1.0 + 0.2_f64.cos()) / 2.0).abs() < 1e-12);
        assert!((first[2][1] - (1.0 - 0.2_f64.cos()) / 2.0).abs() < 1e-12);
        // A flat objective converges at once (after its restarts) without leaving the box.
        while nm.step(&mut f) == Status::Running {}
        assert_eq!(nm.best().stop, Some(StopReason::Converged));
        assert!(seen
            .borrow()
            .iter()
            .flatten()
            .all(|x| (0.0..=1.0).contains(x)));
    }
}

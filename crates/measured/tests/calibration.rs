//! The bounded Nelder–Mead: Rosenbrock within bounds (interior and on a bound), a synthetic
//! four-parameter model with noise and gaps recovered from a different start, cancel.

use heat_twin_measured::stats::sum_squared_residuals;
use heat_twin_measured::{
    hourly, minimize, Bounds, FitError, NelderMead, Options, Status, StopReason, HOURS_PER_YEAR,
};

fn rosenbrock(x: &[f64]) -> f64 {
    x.windows(2)
        .map(|w| 100.0 * (w[1] - w[0] * w[0]).powi(2) + (1.0 - w[0]).powi(2))
        .sum()
}

#[test]
fn rosenbrock_2d_minimum_inside_the_bounds() {
    let b = [Bounds { lo: -2.0, hi: 2.0 }; 2];
    let m = minimize(rosenbrock, &b, &[-1.2, 1.0], Options::default(), |_| true).expect("valid");
    assert_eq!(m.stop, Some(StopReason::Converged));
    assert!(
        (m.x[0] - 1.0).abs() < 1e-4 && (m.x[1] - 1.0).abs() < 1e-4,
        "{m:?}"
    );
    assert!(m.f < 1e-8, "{m:?}");
}

#[test]
fn rosenbrock_with_the_minimum_outside_the_box_stops_on_the_bound() {
    // x ≤ 0.5: f ≥ (1 − x)² ≥ 0.25, reached at x = 0.5, y = x² = 0.25.
    let b = [Bounds { lo: -2.0, hi: 0.5 }, Bounds { lo: -1.0, hi: 3.0 }];
    let m = minimize(rosenbrock, &b, &[-1.5, 2.0], Options::default(), |_| true).expect("valid");
    assert!(
        (m.x[0] - 0.5).abs() < 1e-6 && (m.x[1] - 0.25).abs() < 1e-4,
        "{m:?}"
    );
    assert!((m.f - 0.25).abs() < 1e-8, "{m:?}");
}

#[test]
fn rosenbrock_4d() {
    let b = [Bounds { lo: -2.0, hi: 2.0 }; 4];
    let opts = Options {
        max_evaluations: 20_000,
        ..Options::default()
    };
    let m = minimize(rosenbrock, &b, &[-1.0, 0.5, -0.5, 1.5], opts, |_| true).expect("valid");
    for xi in &m.x {
        assert!((xi - 1.0).abs() < 1e-3, "{m:?}");
    }
}

/// A xorshift generator and Box–Muller normal deviates (seeded, reproducible).
struct Rng(u64);
impl Rng {
    fn uniform(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
    fn normal(&mut self) -> f64 {
        let (u1, u2) = (self.uniform().max(1e-300), self.uniform());
        (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
    }
}

/// Synthetic plant: heat = a·IT + b·max(0, T₀ − T_out) + c, kW.
fn plant(p: &[f64], it: &[f64], t: &[f64], out: &mut [f64]) {
    for ((o, it), t) in out.iter_mut().zip(it).zip(t) {
        *o = p[0] * it + p[1] * (p[2] - t).max(0.0) + p[3];
    }
}

#[test]
fn recovers_known_parameters_from_noisy_gappy_data() {
    let truth = [0.85, 40.0, 16.0, 120.0];
    let mut rng = Rng(0x5eed_2026);
    let it: Vec<f64> = (0..HOURS_PER_YEAR)
        .map(|h| 1000.0 + 150.0 * ((h % 24) as f64 / 24.0 * std::f64::consts::TAU).sin())
        .collect();
    let t: Vec<f64> = (0..HOURS_PER_YEAR)
        .map(|h| {
            12.0 - 10.0 * (h as f64 / 8760.0 * std::f64::consts::TAU).cos() + 3.0 * rng.normal()
        })
        .collect();
    let mut clean = vec![0.0; HOURS_PER_YEAR];
    plant(&truth, &it, &t, &mut clean);
    // Noise: 3 % of each value (normal); gaps: 10 % of hours at random and all of March.
    let measured: Vec<Option<f64>> = clean
        .iter()
        .enumerate()
        .map(|(h, &v)| {
            let noisy = v * (1.0 + 0.03 * rng.normal());
            let gap = rng.uniform() < 0.10 || (1416..2160).contains(&h);
            (!gap).then_some(noisy)
        })
        .collect();
    let bounds = [
        Bounds { lo: 0.5, hi: 1.0 },
        Bounds { lo: 0.0, hi: 100.0 },
        Bounds { lo: 10.0, hi: 22.0 },
        Bounds { lo: 0.0, hi: 500.0 },
    ];
    let mut model = vec![0.0; HOURS_PER_YEAR];
    let mut calls = 0;
    let objective = |p: &[f64]| {
        plant(p, &it, &t, &mut model);
        sum_squared_residuals(&measured, &model).0
    };
    let m = minimize(
        objective,
        &bounds,
        &[0.6, 80.0, 20.0, 0.0],
        Options::default(),
        |pr| {
            calls += 1;
            assert!(pr.best_f.is_finite());
            true
        },
    )
    .expect("valid");
    assert!(calls > 10);
    // Tolerance: 2 % of each true value (noise σ = 3 % on ~7,000 hours leaves the
    // least-squares estimate well inside this; the optimiser's own tolerance is far smaller).
    for (got, want) in m.x.iter().zip(truth) {
        assert!((got - want).abs() <= 0.02 * want, "{:?} vs {truth:?}", m.x);
    }
    let mut fitted = vec![0.0; HOURS_PER_YEAR];
    plant(&m.x, &it, &t, &mut fitted);
    let g = hourly(&measured, &fitted, 4).expect("defined");
    assert!(g.nmbe.abs() < 0.005 && g.cv_rmse < 0.05, "{g:?}");
}

#[test]
fn cancel_and_step_by_step() {
    let b = [Bounds { lo: -2.0, hi: 2.0 }; 2];
    let m = minimize(rosenbrock, &b, &[-1.2, 1.0], Options::default(), |p| {
        p.iterations < 5
    })
    .expect("valid");
    assert_eq!((m.stop, m.iterations), (Some(StopReason::Cancelled), 5));
    let mut nm = NelderMead::new(
        &b,
        &[-1.2, 1.0],
        Options {
            max_evaluations: 30,
            ..Options::default()
        },
    )
    .expect("valid");
    let mut f = rosenbrock;
    let mut steps = 0;
    while nm.step(&mut f) == Status::Running {
        steps += 1;
    }
    assert!(steps > 3);
    assert_eq!(nm.best().stop, Some(StopReason::MaxEvaluations));
    assert!(nm.best().evaluations >= 30 && nm.best().evaluations < 40);
}

#[test]
fn invalid_setups_are_refused() {
    let b = Bounds { lo: 0.0, hi: 1.0 };
    let f = |_: &[f64]| 0.0;
    assert_eq!(
        minimize(f, &[], &[], Options::default(), |_| true).err(),
        Some(FitError::ParameterCount { count: 0 })
    );
    assert!(matches!(
        minimize(f, &[b; 5], &[0.5; 5], Options::default(), |_| true),
        Err(FitError::ParameterCount { count: 5 })
    ));
    assert!(matches!(
        minimize(
            f,
            &[Bounds { lo: 1.0, hi: 1.0 }],
            &[1.0],
            Options::default(),
            |_| true
        ),
        Err(FitError::BadBounds { index: 0, .. })
    ));
    assert!(matches!(
        minimize(f, &[b, b], &[0.5, 2.0], Options::default(), |_| true),
        Err(FitError::StartOutside { index: 1, .. })
    ));
    assert!(matches!(
        minimize(f, &[b], &[0.5, 0.5], Options::default(), |_| true),
        Err(FitError::StartLength { .. })
    ));
    // A NaN objective is +∞, never a panic; the search still ends.
    let m = minimize(
        |_: &[f64]| f64::NAN,
        &[b],
        &[0.5],
        Options::default(),
        |_| true,
    )
    .expect("valid");
    assert!(m.stop.is_some());
}

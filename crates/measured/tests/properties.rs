//! Properties checked against independent, naive computations: the calendar, hourly
//! aggregation of random sub-hourly files, the statistics' invariances, and the optimiser's
//! bounds.

use std::collections::BTreeMap;

use heat_twin_measured::time::{date_from_days, days_from_epoch, days_in_month, last_sunday};
use heat_twin_measured::{hourly, load_csv, minimize, Bounds, LoadOptions, Options, Series};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Day numbers and dates are inverse; consecutive days are one apart; the last Sunday is a
    /// Sunday (1970-01-04 was one) within the month's last week.
    #[test]
    fn calendar(days in -25_567_i64..47_482) {
        let (y, m, d) = date_from_days(days);
        prop_assert_eq!(days_from_epoch(y, m, d), days);
        prop_assert!(d >= 1 && d <= days_in_month(y, m));
        let next = date_from_days(days + 1);
        prop_assert_eq!(days_from_epoch(next.0, next.1, next.2), days + 1);
        for month in [3, 10] {
            let s = last_sunday(y, month);
            prop_assert_eq!((days_from_epoch(y, month, s) - 3).rem_euclid(7), 0);
            prop_assert!(s + 7 > days_in_month(y, month));
        }
    }

    /// Random 5-minute samples with offsets at UTC+1 in January: each hour's mean equals a
    /// naive mean computed here, and hours without a sample are gaps.
    #[test]
    fn aggregation_matches_a_naive_mean(
        samples in proptest::collection::vec((0u32..48 * 12, proptest::option::of(-50.0f64..50.0)), 1..200)
    ) {
        let mut text = String::from("timestamp,outdoor_c\n");
        let mut naive: BTreeMap<usize, (f64, u32)> = BTreeMap::new();
        for (slot, value) in &samples {
            let minutes = slot * 5;
            let (day, hour, minute) = (1 + minutes / 1440, (minutes % 1440) / 60, minutes % 60);
            let cell = value.map(|v| format!("{v}")).unwrap_or_default();
            text.push_str(&format!("2023-01-{day:02}T{hour:02}:{minute:02}:00+01:00,{cell}\n"));
            if let Some(v) = value {
                let e = naive.entry(((day - 1) * 24 + hour) as usize).or_insert((0.0, 0));
                e.0 += v;
                e.1 += 1;
            }
        }
        let m = load_csv(text.as_bytes(), &LoadOptions::default()).expect("valid");
        let s = m.get(Series::OutdoorC).expect("outdoor");
        for (h, v) in s.values.iter().enumerate() {
            match (v, naive.get(&h)) {
                (Some(v), Some((sum, n))) => {
                    prop_assert!((v - sum / f64::from(*n)).abs() < 1e-9);
                    prop_assert_eq!(s.samples_in_hour[h], *n);
                }
                (None, None) => {}
                _ => prop_assert!(false, "hour {} present in one only", h),
            }
        }
        prop_assert_eq!(s.hours_present(), naive.len());
    }

    /// A perfect model has NMBE = CV(RMSE) = 0; scaling measured and modelled alike changes
    /// neither statistic; a model k times the measurement has NMBE = (1 − k)·n/(n − p).
    #[test]
    fn statistics_invariances(
        y in proptest::collection::vec(1.0f64..100.0, 3..50),
        scale in 0.1f64..10.0,
        k in 0.5f64..1.5,
    ) {
        let measured: Vec<Option<f64>> = y.iter().copied().map(Some).collect();
        let g = hourly(&measured, &y, 1).expect("defined");
        prop_assert!(g.nmbe.abs() < 1e-12 && g.cv_rmse.abs() < 1e-12);
        let off: Vec<f64> = y.iter().map(|v| v * k).collect();
        let g = hourly(&measured, &off, 1).expect("defined");
        let n = y.len() as f64;
        prop_assert!((g.nmbe - (1.0 - k) * n / (n - 1.0)).abs() < 1e-9);
        let ys: Vec<Option<f64>> = y.iter().map(|v| Some(v * scale)).collect();
        let offs: Vec<f64> = off.iter().map(|v| v * scale).collect();
        let gs = hourly(&ys, &offs, 1).expect("defined");
        prop_assert!((gs.nmbe - g.nmbe).abs() < 1e-9 && (gs.cv_rmse - g.cv_rmse).abs() < 1e-9);
    }

    /// The optimiser never evaluates outside the bounds and finds the minimum of a convex
    /// quadratic, clamped to the box.
    #[test]
    fn optimiser_stays_in_bounds(
        lo in proptest::collection::vec(-10.0f64..0.0, 1..5),
        width in 0.5f64..20.0,
        target in proptest::collection::vec(-15.0f64..15.0, 4),
    ) {
        let bounds: Vec<Bounds> = lo.iter().map(|&l| Bounds { lo: l, hi: l + width }).collect();
        let start: Vec<f64> = bounds.iter().map(|b| b.hi).collect();
        let mut outside = false;
        let f = |x: &[f64]| {
            outside |= x.iter().zip(&bounds).any(|(x, b)| *x < b.lo || *x > b.hi);
            x.iter().zip(&target).map(|(x, t)| (x - t).powi(2)).sum::<f64>()
        };
        let m = minimize(f, &bounds, &start, Options::default(), |_| true).expect("valid");
        prop_assert!(!outside);
        for ((x, b), t) in m.x.iter().zip(&bounds).zip(&target) {
            let want = t.clamp(b.lo, b.hi);
            prop_assert!((x - want).abs() < 1e-4 * (1.0 + width), "{} vs {}", x, want);
        }
    }
}

//! Synthetic years (MODEL.md §1.4), the 72-hour smoothing and the climate catalogue.

// In a test a panic is the failure report.
#![allow(clippy::unwrap_used)]

use heat_twin_model::weather::{
    builtin_source_year, builtin_year, climate, climates, monthly_means, smooth_72h,
    synthetic_year, ClimateKind, HOURS,
};
use proptest::prelude::*;

const MILANO_LIKE: [f64; 12] = [
    2.5, 4.5, 9.0, 13.0, 17.5, 22.0, 24.5, 23.5, 19.0, 13.5, 8.0, 3.5,
];

#[test]
fn each_month_keeps_its_given_mean() {
    for amplitude in [0.0, 4.0, 20.0] {
        let t = synthetic_year(&MILANO_LIKE, amplitude);
        assert_eq!(t.len(), HOURS);
        for (m, mean) in monthly_means(&t).iter().enumerate() {
            assert!(
                (mean - MILANO_LIKE[m]).abs() < 1e-9,
                "A={amplitude} month {m}: {mean}"
            );
        }
    }
}

#[test]
fn every_day_peaks_at_15_and_bottoms_at_3() {
    let t = synthetic_year(&MILANO_LIKE, 6.0);
    for day in t.chunks(24) {
        let (max_h, _) =
            day.iter()
                .enumerate()
                .fold((0, f64::MIN), |a, (h, &x)| if x > a.1 { (h, x) } else { a });
        let (min_h, _) =
            day.iter()
                .enumerate()
                .fold((0, f64::MAX), |a, (h, &x)| if x < a.1 { (h, x) } else { a });
        assert_eq!((max_h, min_h), (15, 3));
        // The day's range is the full 2·A_d: the correction is constant within a day.
        assert!((day[15] - day[3] - 12.0).abs() < 1e-9);
    }
}

#[test]
fn continuous_across_new_year() {
    // Daily means (the cosine averages out over a day) step no more across New Year than
    // between other December and January days.
    let t = synthetic_year(&MILANO_LIKE, 4.0);
    let daily: Vec<f64> = t.chunks(24).map(|d| d.iter().sum::<f64>() / 24.0).collect();
    let step = |a: usize, b: usize| (daily[b] - daily[a]).abs();
    let new_year = step(364, 0);
    let largest_nearby = (334..364)
        .chain(0..30)
        .map(|d| step(d, (d + 1) % 365))
        .fold(0.0, f64::max);
    assert!(
        new_year <= largest_nearby + 1e-12,
        "{new_year} vs {largest_nearby}"
    );
    assert!(new_year < 0.2, "{new_year}");
    // And the hourly values join up as within any night.
    assert!((t[0] - t[HOURS - 1]).abs() < 2.0);
}

#[test]
fn constant_means_without_a_diurnal_cycle_give_a_flat_year() {
    let t = synthetic_year(&[7.5; 12], 0.0);
    assert!(t.iter().all(|&x| (x - 7.5).abs() < 1e-12));
}

/// MODEL.md §1 as written: (1/72) Σ_{k=0..71} T[(h − k) mod n].
fn smooth_naive(t: &[f64]) -> Vec<f64> {
    let n = t.len() as i64;
    (0..n)
        .map(|h| {
            (0..72)
                .map(|k| t[(h - k).rem_euclid(n) as usize])
                .sum::<f64>()
                / 72.0
        })
        .collect()
}

#[test]
fn smooth_matches_the_naive_sum_on_the_real_year() {
    let t = builtin_year("po-valley").unwrap();
    let mut fast = vec![0.0; HOURS];
    smooth_72h(&t, &mut fast);
    for (h, (a, b)) in fast.iter().zip(smooth_naive(&t)).enumerate() {
        assert!((a - b).abs() < 1e-9, "hour {h}: {a} vs {b}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn smooth_matches_the_naive_sum_on_random_data(
        t in prop::collection::vec(-60.0f64..60.0, HOURS..=HOURS),
    ) {
        let mut fast = vec![0.0; HOURS];
        smooth_72h(&t, &mut fast);
        for (a, b) in fast.iter().zip(smooth_naive(&t)) {
            prop_assert!((a - b).abs() < 1e-9);
        }
    }

    #[test]
    fn smooth_matches_on_short_random_series(t in prop::collection::vec(-60.0f64..60.0, 1..200)) {
        let mut fast = vec![0.0; t.len()];
        smooth_72h(&t, &mut fast);
        for (a, b) in fast.iter().zip(smooth_naive(&t)) {
            prop_assert!((a - b).abs() < 1e-9);
        }
    }

    #[test]
    fn random_means_are_kept(
        means in prop::array::uniform12(-50.0f64..50.0),
        amplitude in 0.0f64..20.0,
    ) {
        let t = synthetic_year(&means, amplitude);
        for (m, mean) in monthly_means(&t).iter().enumerate() {
            prop_assert!((mean - means[m]).abs() < 1e-9);
        }
    }
}

#[test]
fn catalogue_ids_are_unique_lowercase_and_resolve() {
    let all = climates();
    assert_eq!(all[0].id, "po-valley");
    for (i, c) in all.iter().enumerate() {
        assert!(
            c.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
            "{}",
            c.id
        );
        assert!(
            all[i + 1..].iter().all(|o| o.id != c.id),
            "duplicate {}",
            c.id
        );
        assert_eq!(climate(c.id).map(|x| x.id), Some(c.id));
        let year = builtin_year(c.id).unwrap_or_else(|| panic!("{} resolves", c.id));
        assert_eq!(year.len(), HOURS);
        assert!(year.iter().all(|x| x.is_finite()));
        assert!(!c.station.is_empty() && !c.period.is_empty() && !c.source.is_empty());
        assert!((0.0..=20.0).contains(&c.diurnal_amplitude_k));
        assert!(c.monthly_means_c.iter().all(|m| (-50.0..=50.0).contains(m)));
    }
    assert_eq!(builtin_year("atlantis"), None);
    assert!(climate("PO-VALLEY").is_none());
}

#[test]
fn synthetic_cities_have_the_annual_mean_of_their_normals() {
    for c in climates()
        .iter()
        .filter(|c| c.kind == ClimateKind::Synthetic)
    {
        let year = builtin_year(c.id).unwrap();
        // Hour-weighted mean of the normals: months weigh by their length.
        let want: f64 = (0..12)
            .map(|m| {
                let hours = heat_twin_model::weather::MONTH_START_HOUR[m + 1]
                    - heat_twin_model::weather::MONTH_START_HOUR[m];
                c.monthly_means_c[m] * hours as f64
            })
            .sum::<f64>()
            / HOURS as f64;
        let got = year.iter().sum::<f64>() / HOURS as f64;
        assert!((got - want).abs() < 1e-9, "{}: {got} vs {want}", c.id);
        // And within 0.1 K of the plain mean of the 12 normals.
        let plain = c.monthly_means_c.iter().sum::<f64>() / 12.0;
        assert!((got - plain).abs() < 0.1, "{}: {got} vs {plain}", c.id);
        // The source year is the plain synthetic year; the model's year adds the design cold
        // spell in January (docs/model/climates.md §3), which keeps every month's mean.
        assert!(
            builtin_source_year(c.id).unwrap()
                == synthetic_year(&c.monthly_means_c, c.diurnal_amplitude_k)
        );
        assert!(c.cold_spell.is_some(), "{}", c.id);
    }
}

#[test]
fn po_valley_entry_describes_its_hours() {
    let c = climate("po-valley").unwrap();
    assert_eq!(c.kind, ClimateKind::Tmy);
    // The shipped hours (UTC days), before the shift to local time.
    let t = builtin_source_year("po-valley").unwrap();
    for (m, mean) in monthly_means(&t).iter().enumerate() {
        assert!(
            (mean - c.monthly_means_c[m]).abs() <= 0.005,
            "month {m}: {mean}"
        );
    }
    let half_range = t
        .chunks(24)
        .map(|d| {
            (d.iter().copied().fold(f64::MIN, f64::max)
                - d.iter().copied().fold(f64::MAX, f64::min))
                / 2.0
        })
        .sum::<f64>()
        / 365.0;
    assert!(
        (half_range - c.diurnal_amplitude_k).abs() <= 0.005,
        "{half_range}"
    );
}

#[test]
fn sourced_cities_are_listed_with_their_tables() {
    // Plain means of the 12 normals entered in climates.rs, checked against the annual
    // means of the same tables (see the comments there).
    for (id, annual) in [
        ("milan", 14.30),
        ("brescia", 13.68),
        ("dublin", 9.63),
        ("frankfurt", 11.06),
        ("amsterdam", 10.54),
        ("stockholm", 7.88),
        ("helsinki", 6.47),
        ("copenhagen", 9.66),
        ("paris", 12.10),
    ] {
        let c = climate(id).unwrap_or_else(|| panic!("{id} is listed"));
        assert_eq!(c.kind, ClimateKind::Synthetic);
        assert_eq!(c.period, "1991–2020");
        let plain = c.monthly_means_c.iter().sum::<f64>() / 12.0;
        assert!((plain - annual).abs() < 0.01, "{id}: {plain}");
        // July is the warmest month in each table.
        let warmest = (0..12)
            .max_by(|&a, &b| c.monthly_means_c[a].total_cmp(&c.monthly_means_c[b]))
            .unwrap();
        assert_eq!(warmest, 6, "{id}");
    }
    // The Po Valley stations have a wider daily range than maritime Dublin.
    let a = |id: &str| climate(id).unwrap().diurnal_amplitude_k;
    assert!(a("milan") > a("dublin") && a("brescia") > a("dublin"));
    // Inland Frankfurt has a wider daily range than the Baltic Stockholm observatory.
    assert!(a("frankfurt") > a("stockholm"));
    // Helsinki has no max/min series of its own: it borrows Stockholm's amplitude (climates.rs).
    assert_eq!(a("helsinki"), a("stockholm"));
    // Likewise Copenhagen borrows Stockholm's and Paris Frankfurt's.
    assert_eq!(a("copenhagen"), a("stockholm"));
    assert_eq!(a("paris"), a("frankfurt"));
}

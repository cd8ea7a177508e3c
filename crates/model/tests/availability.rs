//! Availability of the recovery plant (docs/model/heat_pump.md §4): maintenance periods, the
//! exact share of hours lost to outages, and a reproducible pattern.

use heat_twin_model::availability::{fill_mask, outage_hours, Period, OUTAGE_BLOCK_H};
use proptest::prelude::*;

const HOURS: usize = 8_760;

fn period(from: &str, to: &str) -> Period {
    Period::parse(0, from, to).expect("valid dates")
}

/// Lengths of the runs of unavailable hours outside maintenance, in hour order.
fn outage_runs(mask: &[bool], maintenance: &[Period]) -> Vec<usize> {
    let mut runs = Vec::new();
    let mut run = 0;
    for (h, &up) in mask.iter().enumerate() {
        let in_maintenance = maintenance
            .iter()
            .any(|p| p.contains((h / 24 % 365) as u16));
        if in_maintenance {
            continue; // outage blocks count open hours only; they may span a maintenance period
        }
        if up {
            if run > 0 {
                runs.push(run);
            }
            run = 0;
        } else {
            run += 1;
        }
    }
    if run > 0 {
        runs.push(run);
    }
    runs
}

#[test]
fn dea_planned_week_and_two_percent_outages() {
    // One week in July (DEA: planned outage 1 week a year) and availability 0.98:
    // open hours 8,760 − 168 = 8,592; lost ⌊0.02 · 8,592 + 0.5⌋ = ⌊172.34⌋ = 172;
    // k = ⌈172/24⌉ = 8 blocks of 21 or 22 hours (172 = 4 · 21 + 4 · 22).
    let maintenance = [period("07-15", "07-21")];
    let mut mask = vec![true; HOURS];
    let c = fill_mask(&mut mask, &maintenance, 0.98);
    assert_eq!(c.maintenance_hours, 168);
    assert_eq!(c.outage_hours, 172);
    assert_eq!(c.unavailable_hours(), 340);
    assert_eq!(mask.iter().filter(|h| !**h).count(), 340);
    // 07-15 is day 195: hours 4,680 … 4,847 are maintenance.
    assert!(mask[4_680..4_848].iter().all(|h| !*h));
    let mut runs = outage_runs(&mask, &maintenance);
    runs.sort_unstable();
    assert_eq!(runs, vec![21, 21, 21, 21, 22, 22, 22, 22]);
}

#[test]
fn whole_year_maintenance_and_zero_availability() {
    let mut mask = vec![true; HOURS];
    let c = fill_mask(&mut mask, &[period("01-01", "12-31")], 0.5);
    assert_eq!((c.maintenance_hours, c.outage_hours), (8_760, 0));
    assert!(mask.iter().all(|h| !*h));
    let c = fill_mask(&mut mask, &[], 0.0);
    assert_eq!((c.maintenance_hours, c.outage_hours), (0, 8_760));
    assert!(mask.iter().all(|h| !*h));
    let c = fill_mask(&mut mask, &[], 1.0);
    assert_eq!(c.unavailable_hours(), 0);
    assert!(mask.iter().all(|h| *h));
}

#[test]
fn outages_are_spread_over_the_year() {
    // 0.95: 438 hours in 19 blocks; every quarter of the year holds some.
    let mut mask = vec![true; HOURS];
    fill_mask(&mut mask, &[], 0.95);
    for quarter in mask.chunks(HOURS / 4) {
        let lost = quarter.iter().filter(|h| !**h).count();
        assert!((60..=160).contains(&lost), "{lost}");
    }
}

fn any_period() -> impl Strategy<Value = Period> {
    (0u16..365, 0u16..365).prop_map(|(from_day, to_day)| Period { from_day, to_day })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn maintenance_off_share_exact_and_deterministic(
        periods in proptest::collection::vec(any_period(), 0..4),
        availability in prop_oneof![0.0..=1.0f64, Just(0.0), Just(1.0), Just(f64::NAN)],
    ) {
        let mut mask = vec![true; HOURS];
        let c = fill_mask(&mut mask, &periods, availability);
        // Nothing available in maintenance periods; every other hour counted once.
        let mut maintenance = 0u32;
        let mut open = 0u32;
        let mut lost = 0u32;
        for (h, &up) in mask.iter().enumerate() {
            if periods.iter().any(|p| p.contains((h / 24) as u16)) {
                prop_assert!(!up, "hour {} in maintenance", h);
                maintenance += 1;
            } else {
                open += 1;
                lost += u32::from(!up);
            }
        }
        prop_assert_eq!(c.maintenance_hours, maintenance);
        // The share lost equals the input to the nearest hour of the open hours.
        prop_assert_eq!(c.outage_hours, lost);
        let a = if availability.is_nan() { 1.0 } else { availability };
        let expected = (1.0 - a) * f64::from(open);
        prop_assert!((f64::from(lost) - expected).abs() <= 0.5 + 1e-9, "{} vs {}", lost, expected);
        prop_assert_eq!(lost, outage_hours(open, availability));
        // Blocks of at most 24 hours (two may touch only when little is left available).
        if f64::from(open - lost) >= 2.0 * f64::from(lost) {
            for r in outage_runs(&mask, &periods) {
                prop_assert!(r as u64 <= OUTAGE_BLOCK_H, "run {}", r);
            }
        }
        // Reproducible: the same inputs give the same mask, whatever the slice held before.
        let mut again = vec![false; HOURS];
        prop_assert_eq!(fill_mask(&mut again, &periods, availability), c);
        prop_assert_eq!(again, mask);
    }

    #[test]
    fn any_length_and_any_share_never_panics(len in 0usize..20_000, a in -2.0..3.0f64) {
        let mut mask = vec![true; len];
        let c = fill_mask(&mut mask, &[Period { from_day: 300, to_day: 10 }], a);
        prop_assert_eq!(mask.iter().filter(|h| !**h).count() as u32, c.unavailable_hours());
    }
}

//! The built-in climates' design temperatures, cold spells and local time
//! (docs/model/climates.md).

// In a test a panic is the failure report.
#![allow(clippy::unwrap_used)]

use heat_twin_model::weather::{
    apply_cold_spell, builtin_source_year, builtin_year, climate, climates, monthly_means,
    shift_to_local, smooth_72h, ClimateKind, ColdSpell, HOURS, MONTH_START_HOUR,
};
use proptest::prelude::*;

/// The spell's weight as docs/model/climates.md §3.2 writes it, independent of the library.
fn doc_weight(t: usize) -> f64 {
    match t {
        0..=23 => (t as f64 + 0.5) / 24.0,
        24..=95 => 1.0,
        96..=119 => (120.0 - t as f64 - 0.5) / 24.0,
        _ => 0.0,
    }
}

fn min(t: &[f64]) -> f64 {
    t.iter().copied().fold(f64::INFINITY, f64::min)
}

fn mean(t: &[f64]) -> f64 {
    t.iter().sum::<f64>() / t.len() as f64
}

#[test]
fn every_builtin_climate_reaches_its_design_temperature_within_2_k() {
    for c in climates() {
        let t = builtin_year(c.id).unwrap();
        let coldest = min(&t);
        assert!(
            (coldest - c.design_temperature_c).abs() <= 2.0,
            "{}: coldest hour {coldest:.2} °C, design {} °C",
            c.id,
            c.design_temperature_c
        );
    }
}

#[test]
fn before_the_spell_nine_of_ten_did_not() {
    // The finding, kept as a test of the rule of §3.1: a climate gets a spell exactly
    // when its own year's coldest hour is more than 2 K above the design temperature.
    let mut without = 0;
    for c in climates() {
        let source = builtin_source_year(c.id).unwrap();
        let local = match c.kind {
            ClimateKind::Tmy => shift_to_local(&source, c.utc_offset_h),
            ClimateKind::Synthetic => source,
        };
        let needs = min(&local) > c.design_temperature_c + 2.0;
        assert_eq!(needs, c.cold_spell.is_some(), "{}", c.id);
        if needs {
            without += 1;
        }
    }
    assert_eq!(without, 9);
    // Helsinki's smooth year bottomed at about −7 °C (the figure): February's mean
    // −3.80 minus A_d 3.14 is −6.94, and the re-centred interpolation puts mid-February's days a
    // few tenths below the month's mean (−7.38 °C).
    let helsinki = builtin_source_year("helsinki").unwrap();
    assert!((min(&helsinki) - (-7.0)).abs() < 0.5, "{}", min(&helsinki));
}

#[test]
fn monthly_means_are_the_published_ones() {
    for c in climates() {
        let t = builtin_year(c.id).unwrap();
        for (m, got) in monthly_means(&t).iter().enumerate() {
            let want = c.monthly_means_c[m];
            // The tolerance is 0.3 K; a synthetic city keeps its means to rounding, the
            // shifted PVGIS year within 0.02 K (one hour moves across each month boundary).
            let tol = match c.kind {
                ClimateKind::Synthetic => 1e-9,
                ClimateKind::Tmy => 0.02,
            };
            assert!(
                (got - want).abs() <= tol,
                "{} month {m}: {got} vs {want}",
                c.id
            );
        }
    }
}

#[test]
fn the_spell_has_the_documented_shape() {
    for c in climates() {
        let Some(spell) = c.cold_spell else { continue };
        assert_eq!((spell.start_day, spell.days), (19, 5), "{}", c.id);
        assert_eq!(spell.label(), "20–24 January");
        assert_eq!(spell.core_mean_c, c.design_temperature_c);
        let a_s = c.diurnal_amplitude_k.min(1.5);
        assert_eq!(spell.diurnal_amplitude_k, a_s, "{}", c.id);

        let t = builtin_year(c.id).unwrap();
        let src = builtin_source_year(c.id).unwrap();
        let start = 19 * 24;
        let core = &t[start + 24..start + 96];
        // Each core day's mean, the 2-day and the 72-h mean are the design temperature.
        for day in core.chunks(24) {
            assert!(
                (mean(day) - c.design_temperature_c).abs() < 1e-9,
                "{}",
                c.id
            );
        }
        assert!((mean(&core[..48]) - c.design_temperature_c).abs() < 1e-9);
        // The model's T_smooth at the core's last hour is the 72-h mean of the core.
        let mut smooth = vec![0.0; HOURS];
        smooth_72h(&t, &mut smooth);
        assert!((smooth[start + 95] - c.design_temperature_c).abs() < 1e-9);
        // Coldest hour T_design − A_s at 03:00 local; 11 hours a core day below T_design.
        for day in core.chunks(24) {
            assert!((day[3] - (c.design_temperature_c - a_s)).abs() < 1e-9);
            assert!((min(day) - day[3]).abs() < 1e-12);
            let below = day
                .iter()
                .filter(|&&x| x < c.design_temperature_c - 1e-9)
                .count();
            assert_eq!(below, if a_s > 0.0 { 11 } else { 0 }, "{}", c.id);
        }
        // Outside the spell, January is the source year plus one constant c; inside, the doc's
        // blend (1 − w)(T + c) + w·S with S = T_design + A_s·cos(2π(hod − 15)/24).
        let c_jan = t[0] - src[0];
        for h in 0usize..744 {
            let tt = h.wrapping_sub(start);
            let w = doc_weight(tt);
            let s = c.design_temperature_c
                + a_s * (2.0 * std::f64::consts::PI * ((h % 24) as f64 - 15.0) / 24.0).cos();
            let want = (1.0 - w) * (src[h] + c_jan) + w * s;
            assert!((t[h] - want).abs() < 1e-9, "{} hour {h}", c.id);
        }
        // c by hand from the month's balance: c = −Σ w·(S − T) / Σ(1 − w), Σ(1 − w) = 648 h.
        let pull: f64 = (0..120)
            .map(|tt| {
                let h = start + tt;
                let s = c.design_temperature_c
                    + a_s * (2.0 * std::f64::consts::PI * ((h % 24) as f64 - 15.0) / 24.0).cos();
                doc_weight(tt) * (s - src[h])
            })
            .sum();
        assert!((c_jan - (-pull / 648.0)).abs() < 1e-9, "{}", c.id);
        // The rest of the year is the source year.
        for h in 744..HOURS {
            assert_eq!(t[h].to_bits(), src[h].to_bits(), "{} hour {h}", c.id);
        }
    }
}

#[test]
fn spell_daily_means_step_down_and_back_up() {
    // Daily means fall from the day before the spell to the core and rise after it.
    for c in climates().iter().filter(|c| c.cold_spell.is_some()) {
        let t = builtin_year(c.id).unwrap();
        let day = |d: usize| mean(&t[d * 24..d * 24 + 24]);
        assert!(day(18) > day(19) && day(19) > day(20), "{}", c.id);
        assert!(day(23) > day(22) && day(24) > day(23), "{}", c.id);
        // Ramp days sit half-way (their mean weight is 1/2) between background and design.
        let mid = (day(18) + day(20)) / 2.0;
        assert!(
            (day(19) - mid).abs() < 1.0,
            "{}: {} vs {mid}",
            c.id,
            day(19)
        );
    }
}

#[test]
fn po_valley_is_the_shipped_file_shifted_by_one_hour_and_not_overlaid() {
    let c = climate("po-valley").unwrap();
    assert_eq!(c.utc_offset_h, 1);
    assert!(c.cold_spell.is_none());
    let utc = builtin_source_year("po-valley").unwrap();
    let local = builtin_year("po-valley").unwrap();
    // local[h] = utc[(h − 1) mod 8760]: 00:00 CET on 1 January is 23:00 UTC, the file's last row.
    assert_eq!(local[0].to_bits(), utc[HOURS - 1].to_bits());
    for h in 1..HOURS {
        assert_eq!(local[h].to_bits(), utc[h - 1].to_bits(), "hour {h}");
    }
    // Coldest hour −3.81 °C, 1.19 K above Milan's −5 °C (so no overlay).
    assert!((min(&local) - (-3.81)).abs() < 1e-9);
}

#[test]
fn catalogue_records_design_offset_and_source() {
    let expected = [
        ("po-valley", -5.0, 1, false),
        ("milan", -5.0, 1, false),
        ("brescia", -7.0, 1, false),
        ("dublin", -3.0, 0, true),
        ("frankfurt", -12.0, 1, true),
        ("amsterdam", -10.0, 1, false),
        ("stockholm", -16.0, 1, true),
        ("helsinki", -23.7, 2, false),
        ("copenhagen", -12.0, 1, true),
        ("paris", -7.0, 1, true),
    ];
    assert_eq!(climates().len(), expected.len());
    for (id, design, offset, assumed) in expected {
        let c = climate(id).unwrap();
        assert_eq!(c.design_temperature_c, design, "{id}");
        assert_eq!(c.utc_offset_h, offset, "{id}");
        assert_eq!(c.design_assumed, assumed, "{id}");
        assert!(!c.design_source.is_empty());
        assert_eq!(c.design_source.starts_with("assumed"), assumed, "{id}");
    }
}

#[test]
fn json_of_a_climate_carries_the_new_fields() {
    let v = serde_json::to_value(climate("helsinki").unwrap()).unwrap();
    assert_eq!(v["design_temperature_c"], -23.7);
    assert_eq!(v["utc_offset_h"], 2);
    assert_eq!(v["cold_spell"]["start_day"], 19);
    assert_eq!(v["cold_spell"]["days"], 5);
    let v = serde_json::to_value(climate("po-valley").unwrap()).unwrap();
    assert!(v["cold_spell"].is_null());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn any_spell_keeps_monthly_means_and_stays_finite(
        base in prop::collection::vec(-40.0f64..40.0, HOURS..=HOURS),
        start_day in 0usize..365,
        design in -40.0f64..10.0,
        a_d in 0.0f64..20.0,
    ) {
        let mut t = base.clone();
        let spell = ColdSpell { start_day, ..ColdSpell::design(design, a_d) };
        apply_cold_spell(&mut t, &spell);
        prop_assert!(t.iter().all(|x| x.is_finite()));
        for (a, b) in monthly_means(&t).iter().zip(monthly_means(&base)) {
            prop_assert!((a - b).abs() < 1e-9);
        }
        // The core's middle day has the design mean exactly (any start, New Year included).
        let mid = (start_day + 2) % 365;
        let day = &t[mid * 24..mid * 24 + 24];
        prop_assert!((mean(day) - design).abs() < 1e-9);
        // Months the spell does not touch are unchanged.
        let touched: Vec<usize> = (0..120)
            .map(|k| heat_twin_model::weather::month_of_hour((start_day * 24 + k) % HOURS))
            .collect();
        for m in (0..12).filter(|m| !touched.contains(m)) {
            for h in MONTH_START_HOUR[m]..MONTH_START_HOUR[m + 1] {
                prop_assert_eq!(t[h].to_bits(), base[h].to_bits());
            }
        }
    }

    #[test]
    fn a_shift_is_a_rotation(offset in -30i32..30) {
        let year: Vec<f64> = (0..HOURS).map(|h| h as f64).collect();
        let local = shift_to_local(&year, offset);
        for h in [0usize, 1, 100, HOURS - 1] {
            let want = (h as i64 - i64::from(offset)).rem_euclid(HOURS as i64) as f64;
            prop_assert_eq!(local[h], want);
        }
        prop_assert_eq!(shift_to_local(&local, -offset), year);
    }
}

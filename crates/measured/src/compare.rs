//! Every measured series against the model's hourly column it is paired with (issue 10's
//! contract): the statistics the CLI's `compare` prints and the page shows, computed once here.
//!
//! The crate does not know the model, so the caller passes the pairing as a closure from a
//! [`Series`] to the model's hourly column (8,760 values), `None` for a series the model has no
//! column for.

use crate::load::Measured;
use crate::series::Series;
use crate::stats::{hourly, monthly, Gof, P_DEFAULT};

/// One measured series compared with its modelled column.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Comparison {
    /// The series.
    pub series: Series,
    /// Hourly NMBE and CV(RMSE) (`p` = [`P_DEFAULT`]); `None` when undefined (too few hours,
    /// a measured mean of zero).
    pub hourly: Option<Gof>,
    /// Monthly NMBE and CV(RMSE), as [`monthly`] computes them.
    pub monthly: Option<Gof>,
    /// Hours of the year with a measured value.
    pub hours_present: usize,
    /// Share of the year's hours without a measured value, 0–1.
    pub missing_share: f64,
}

/// The statistics of every series in `measured` (in its order) that `modelled` gives a column
/// for.
pub fn compare<'a>(
    measured: &Measured,
    modelled: impl Fn(Series) -> Option<&'a [f64]>,
) -> Vec<Comparison> {
    measured
        .series
        .iter()
        .filter_map(|s| {
            let model = modelled(s.series)?;
            Some(Comparison {
                series: s.series,
                hourly: hourly(&s.values, model, P_DEFAULT),
                monthly: monthly(&s.values, model, P_DEFAULT),
                hours_present: s.hours_present(),
                missing_share: s.missing_share(),
            })
        })
        .collect()
}

/// The series a calibration fits: every measured output (the outdoor temperature is a driver,
/// not an output, so it is compared but never fitted).
pub fn fitted_series(measured: &Measured) -> Vec<Series> {
    measured
        .series
        .iter()
        .map(|s| s.series)
        .filter(|s| *s != Series::OutdoorC)
        .collect()
}

/// The calibration's least-squares objective: Σ over `series` of the hourly CV(RMSE)² with
/// `p = 0`, so that series of different sizes (kW of IT load, kW of heat, °C) weigh alike;
/// infinite when a series cannot be compared, so that a search moves away.
pub fn objective<'a>(
    measured: &Measured,
    series: &[Series],
    modelled: impl Fn(Series) -> Option<&'a [f64]>,
) -> f64 {
    series
        .iter()
        .filter_map(|s| measured.get(*s))
        .map(|m| {
            modelled(m.series)
                .and_then(|model| hourly(&m.values, model, 0))
                .map_or(f64::INFINITY, |g| g.cv_rmse * g.cv_rmse)
        })
        .sum()
}

/// Mean of each day of the model's year (365 values) over the hours where both `measured` is
/// present and `modelled` is finite, as `(measured, modelled)`; `None` for a day with no such
/// hour. The same hours on both sides, so the two lines of an overlay are comparable.
pub fn daily_means(measured: &[Option<f64>], modelled: &[f64]) -> Vec<Option<(f64, f64)>> {
    means_over(measured, modelled, &[1; 365], 24)
}

/// Mean of each month (12 values) over the hours compared, as [`daily_means`] does per day.
pub fn monthly_means(measured: &[Option<f64>], modelled: &[f64]) -> Vec<Option<(f64, f64)>> {
    means_over(measured, modelled, &crate::stats::MONTH_DAYS, 24)
}

fn means_over(
    measured: &[Option<f64>],
    modelled: &[f64],
    days: &[usize],
    hours_a_day: usize,
) -> Vec<Option<(f64, f64)>> {
    let mut start = 0;
    days.iter()
        .map(|d| {
            let end = start + d * hours_a_day;
            let (mut k, mut sy, mut sm) = (0usize, 0.0, 0.0);
            for h in start..end {
                if let (Some(Some(y)), Some(m)) = (measured.get(h), modelled.get(h)) {
                    if y.is_finite() && m.is_finite() {
                        k += 1;
                        sy += y;
                        sm += m;
                    }
                }
            }
            start = end;
            (k > 0).then(|| (sy / k as f64, sm / k as f64))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{HourlySeries, LoadReport};
    use crate::series::Unit;
    use crate::time::HOURS_PER_YEAR;

    fn measured(values: Vec<Option<f64>>) -> Measured {
        Measured {
            series: vec![HourlySeries {
                series: Series::HeatDeliveredKw,
                column: "heat_delivered_kw".into(),
                unit: Unit::Kw,
                samples_in_hour: vec![1; values.len()],
                values,
            }],
            report: LoadReport::default(),
        }
    }

    #[test]
    fn pairs_each_series_with_its_column_and_skips_the_rest() {
        // Measured 10 kW every hour, modelled 8 kW: Σ(y − ŷ) = 2·8760, n − p = 8759, ȳ = 10,
        // NMBE = 17520 / (8759 · 10) = 0.200023, CV(RMSE) = √(4·8760/8759)/10 = 0.200011.
        let m = measured(vec![Some(10.0); HOURS_PER_YEAR]);
        let model = vec![8.0; HOURS_PER_YEAR];
        let out = compare(&m, |s| {
            (s == Series::HeatDeliveredKw).then_some(model.as_slice())
        });
        assert_eq!(out.len(), 1);
        let g = out[0].hourly.expect("defined: 8,760 hours");
        assert!((g.nmbe - 17520.0 / 87590.0).abs() < 1e-12);
        assert!((g.cv_rmse - (4.0 * 8760.0 / 8759.0_f64).sqrt() / 10.0).abs() < 1e-12);
        assert_eq!(out[0].hours_present, 8760);
        assert!(compare(&m, |_| None).is_empty());
        // Objective, p = 0: CV(RMSE) = √(4·8760/8760)/10 = 0.2, squared 0.04.
        let series = fitted_series(&m);
        assert_eq!(series, vec![Series::HeatDeliveredKw]);
        let f = objective(&m, &series, |_| Some(model.as_slice()));
        assert!((f - 0.04).abs() < 1e-12, "{f}");
        assert_eq!(objective(&m, &series, |_| None), f64::INFINITY);
    }

    #[test]
    fn daily_means_use_only_hours_present_on_both_sides() {
        // Day 1: measured 1,2,… on hours 0 and 1 only (gaps elsewhere): means (1+2)/2 = 1.5
        // measured and (10+20)/2 = 15 modelled, the model's other 22 hours ignored.
        let mut v = vec![None; HOURS_PER_YEAR];
        v[0] = Some(1.0);
        v[1] = Some(2.0);
        let mut model = vec![100.0; HOURS_PER_YEAR];
        model[0] = 10.0;
        model[1] = 20.0;
        let d = daily_means(&v, &model);
        assert_eq!(d.len(), 365);
        assert_eq!(d[0], Some((1.5, 15.0)));
        assert_eq!(d[1], None);
        let mo = monthly_means(&v, &model);
        assert_eq!(mo.len(), 12);
        assert_eq!(mo[0], Some((1.5, 15.0)));
        assert!(mo[1..].iter().all(Option::is_none));
    }
}

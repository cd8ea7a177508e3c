//! Each measured series against the model's hourly column of the scenario on the page: the
//! contract's pairing (issue 10), the ASHRAE Guideline 14 statistics from
//! `heat_twin_measured::compare` (the same function `heat-twin-cli compare` prints) and the
//! daily and monthly means the chart and its table show.

use heat_twin_measured::{compare, daily_means, monthly_means, Comparison, Measured, Series};
use heat_twin_model::Hourly;

pub use heat_twin_worker::calibrate::modelled;

/// One series over the hours compared, as `(measured, modelled)`, `None` where no hour was
/// compared: each hour (8,760, for the week's chart and the scatter), and the means per day
/// (365) and per month (12).
#[derive(Debug, Clone, PartialEq)]
pub struct Means {
    /// The series.
    pub series: Series,
    /// One per day of the model's year.
    pub daily: Vec<Option<(f64, f64)>>,
    /// One per month.
    pub monthly: Vec<Option<(f64, f64)>>,
    /// One per hour of the model's year: the measured value and the model's, where measured.
    pub hourly: Vec<Option<(f64, f64)>>,
}

/// Each hour's `(measured, modelled)`, `None` where the measurement has a gap (or either value
/// is not finite).
pub fn hourly_pairs(measured: &[Option<f64>], modelled: &[f64]) -> Vec<Option<(f64, f64)>> {
    measured
        .iter()
        .enumerate()
        .map(|(h, y)| {
            let y = (*y)?;
            let m = *modelled.get(h)?;
            (y.is_finite() && m.is_finite()).then_some((y, m))
        })
        .collect()
}

/// What the panel shows of one scenario against the measured data.
#[derive(Debug, Clone, PartialEq)]
pub struct Compared {
    /// The statistics per series, in the file's order.
    pub stats: Vec<Comparison>,
    /// The means per series, in the same order.
    pub means: Vec<Means>,
}

/// The statistics and means of `measured` against the year `h`.
pub fn compared(measured: &Measured, h: &Hourly) -> Compared {
    let stats = compare(measured, |s| modelled(s, h));
    let means = measured
        .series
        .iter()
        .filter_map(|s| {
            let model = modelled(s.series, h)?;
            Some(Means {
                series: s.series,
                daily: daily_means(&s.values, model),
                monthly: monthly_means(&s.values, model),
                hourly: hourly_pairs(&s.values, model),
            })
        })
        .collect();
    Compared { stats, means }
}

/// The first and last hour of the model's year (0–8,759) with a measured value in any series.
pub fn period(measured: &Measured) -> Option<(usize, usize)> {
    let present = |h: usize| {
        measured
            .series
            .iter()
            .any(|s| matches!(s.values.get(h), Some(Some(_))))
    };
    let n = measured.series.iter().map(|s| s.values.len()).max()?;
    let first = (0..n).find(|&h| present(h))?;
    let last = (0..n).rev().find(|&h| present(h))?;
    Some((first, last))
}

/// The month (1–12) and day of the month of hour `h` of the model's 365-day year.
pub fn month_day(h: usize) -> (usize, usize) {
    const DAYS: [usize; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut day = (h / 24).min(364);
    for (m, d) in DAYS.iter().enumerate() {
        if day < *d {
            return (m + 1, day + 1);
        }
        day -= d;
    }
    (12, 31)
}

#[cfg(test)]
mod tests {
    use super::*;
    use heat_twin_measured::{load_csv, LoadOptions};
    use heat_twin_model::weather::HOURS;
    use heat_twin_model::Simulator;

    #[test]
    fn hours_map_to_calendar_days() {
        // Hour 0 = 1 Jan; 31·24 = 744 = 1 Feb; 59·24 = 1416 = 1 Mar; 8759 = 31 Dec.
        assert_eq!(month_day(0), (1, 1));
        assert_eq!(month_day(743), (1, 31));
        assert_eq!(month_day(744), (2, 1));
        assert_eq!(month_day(1416), (3, 1));
        assert_eq!(month_day(8759), (12, 31));
        assert_eq!(month_day(99_999), (12, 31));
    }

    #[test]
    fn a_file_measured_from_the_model_itself_fits_exactly() {
        // Two hours of heat delivered taken from the model's own year (UTC+1 timestamps, hour
        // 0 and 1): NMBE = CV(RMSE) = 0 on the 2 hours compared; the period is hours 0–1.
        let params = heat_twin_model::scenario::Scenario::default()
            .validate()
            .expect("the default scenario is valid")
            .params;
        let weather = vec![5.0; HOURS];
        let mut sim = Simulator::new();
        let h = sim.run(&params, &weather).hourly.clone();
        let csv = format!(
            "timestamp,heat_delivered_kw\n2023-01-01T00:00:00+01:00,{}\n2023-01-01T01:00:00+01:00,{}\n",
            h.delivered_kw[0], h.delivered_kw[1]
        );
        let m = load_csv(csv.as_bytes(), &LoadOptions::default()).expect("loads");
        let c = compared(&m, &h);
        let g = c.stats[0].hourly.expect("defined: 2 hours, p = 1");
        assert_eq!((g.nmbe, g.cv_rmse, g.n), (0.0, 0.0, 2));
        assert_eq!(
            c.means[0].daily[0].map(|(y, m)| (y - m).abs() < 1e-9),
            Some(true)
        );
        assert_eq!(period(&m), Some((0, 1)));
        assert_eq!(
            c.means[0].hourly[..3],
            [
                Some((h.delivered_kw[0], h.delivered_kw[0])),
                Some((h.delivered_kw[1], h.delivered_kw[1])),
                None
            ]
        );
    }

    #[test]
    fn hourly_pairs_keep_gaps_and_drop_non_finite_values() {
        let p = hourly_pairs(
            &[Some(1.0), None, Some(f64::NAN), Some(4.0), Some(5.0)],
            &[2.0, 2.0, 2.0, f64::INFINITY],
        );
        // Hour 4 has no modelled value (the column is shorter): a gap, not a panic.
        assert_eq!(p, vec![Some((1.0, 2.0)), None, None, None, None]);
    }
}

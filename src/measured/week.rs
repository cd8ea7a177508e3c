//! The week the hourly overlay shows (issue 10: "for a chosen week, hourly"): which weeks the
//! measured period covers, the default week, and that week's hours and daily sums.
//!
//! Weeks are counted on the model's 365-day year from 1 January (hour 0): week `k` (1–52)
//! covers days 7(k − 1) … 7k − 1, hours 168(k − 1) … 168k − 1. They are not ISO weeks: the
//! model's year has no weekday, and the measured calendar is mapped onto it by day of the year
//! (docs/model/measured.md). 31 December (day 364) is in no week.
//!
//! The hours come from [`Means::hourly`](super::pairing::Means::hourly): `(measured,
//! modelled)` where a measured value exists, `None` in a gap. A gap stays a gap in both
//! lines; nothing is interpolated.

/// Weeks in the model's year (52 × 7 = 364 days).
pub const WEEKS: usize = 52;

/// Hours in a week.
pub const WEEK_HOURS: usize = 7 * 24;

/// The first hour (0–8,735) of week `week` (1–52; out-of-range weeks are clamped).
pub fn first_hour(week: usize) -> usize {
    (week.clamp(1, WEEKS) - 1) * WEEK_HOURS
}

/// The week (1–52) that holds hour `h`; hours of 31 December count in week 52.
pub fn week_of(h: usize) -> usize {
    (h / WEEK_HOURS + 1).min(WEEKS)
}

/// The weeks (first, last), 1–52, that the measured period `(first hour, last hour)` touches.
pub fn weeks_of_period((first, last): (usize, usize)) -> (usize, usize) {
    let (a, b) = (week_of(first), week_of(last));
    (a.min(b), a.max(b))
}

/// Whether the hour's pair is a value (both finite).
fn present(p: &Option<(f64, f64)>) -> bool {
    matches!(p, Some((y, m)) if y.is_finite() && m.is_finite())
}

/// The week shown when the user has not chosen one: the first week each of whose seven days
/// has at least one measured hour; failing that, the first week with any measured hour;
/// failing that (no data), week 1.
pub fn default_week(hourly: &[Option<(f64, f64)>]) -> usize {
    let day_has = |d: usize| {
        hourly
            .get(d * 24..(d + 1) * 24)
            .is_some_and(|h| h.iter().any(present))
    };
    let full = (1..=WEEKS).find(|&w| {
        let d0 = (w - 1) * 7;
        (d0..d0 + 7).all(day_has)
    });
    full.or_else(|| hourly.iter().position(present).map(week_of))
        .unwrap_or(1)
}

/// One day of the week's table: the day of the year (0–364), the hours with a measured value,
/// and over those hours the measured and modelled sums (kW series: kWh, as each hour's mean
/// power × 1 h) or means (temperatures: °C). `None` when the day has no measured hour.
#[derive(Debug, Clone, PartialEq)]
pub struct DaySum {
    /// Day of the model's year, 0 = 1 January.
    pub day: usize,
    /// Hours with a measured value (0–24).
    pub hours: usize,
    /// Measured: the day's sum (kWh) or mean (°C).
    pub measured: Option<f64>,
    /// Modelled over the same hours: sum (kWh) or mean (°C).
    pub modelled: Option<f64>,
}

/// One week of one series, hour by hour, as the chart and its table need it.
#[derive(Debug, Clone, PartialEq)]
pub struct Week {
    /// The week, 1–52.
    pub week: usize,
    /// Its first hour of the model's year.
    pub first_hour: usize,
    /// 168 measured values, `None` in a gap.
    pub measured: Vec<Option<f64>>,
    /// 168 modelled values over the same hours (`None` where the measurement has a gap).
    pub modelled: Vec<Option<f64>>,
    /// Its seven days.
    pub days: Vec<DaySum>,
}

/// Week `week` (clamped to 1–52) of `hourly`; `mean` makes the daily figures means (for
/// temperatures) instead of sums.
pub fn week(hourly: &[Option<(f64, f64)>], week: usize, mean: bool) -> Week {
    let week = week.clamp(1, WEEKS);
    let first = first_hour(week);
    let pair = |h: usize| hourly.get(h).filter(|p| present(p)).copied().flatten();
    let measured = (first..first + WEEK_HOURS)
        .map(|h| pair(h).map(|p| p.0))
        .collect();
    let modelled = (first..first + WEEK_HOURS)
        .map(|h| pair(h).map(|p| p.1))
        .collect();
    let days = (0..7)
        .map(|d| {
            let day = first / 24 + d;
            let pairs: Vec<(f64, f64)> = (day * 24..day * 24 + 24).filter_map(pair).collect();
            let n = pairs.len();
            let total = |f: fn(&(f64, f64)) -> f64| {
                let s: f64 = pairs.iter().map(f).sum();
                (n > 0).then(|| if mean { s / n as f64 } else { s })
            };
            DaySum {
                day,
                hours: n,
                measured: total(|p| p.0),
                modelled: total(|p| p.1),
            }
        })
        .collect();
    Week {
        week,
        first_hour: first,
        measured,
        modelled,
        days,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year(f: impl Fn(usize) -> Option<(f64, f64)>) -> Vec<Option<(f64, f64)>> {
        (0..8760).map(f).collect()
    }

    #[test]
    fn weeks_start_on_1_january_every_168_hours() {
        // Week 1 = hours 0–167; week 27 starts at 26 × 168 = 4,368 (day 182 = 2 July).
        assert_eq!(first_hour(1), 0);
        assert_eq!(first_hour(27), 4368);
        assert_eq!(first_hour(0), 0);
        assert_eq!(first_hour(99), 51 * 168);
        assert_eq!(week_of(0), 1);
        assert_eq!(week_of(167), 1);
        assert_eq!(week_of(168), 2);
        // 31 December (hours 8,736–8,759) falls in week 52.
        assert_eq!(week_of(8759), 52);
        assert_eq!(weeks_of_period((200, 4400)), (2, 27));
    }

    #[test]
    fn the_default_week_is_the_first_whose_seven_days_all_have_data() {
        // Data from hour 100 (day 4) on: week 1 misses days 0–3, so week 2 is the first full one.
        assert_eq!(default_week(&year(|h| (h >= 100).then_some((1.0, 1.0)))), 2);
        // Week 1 full even though most hours are missing: one hour a day (hour 12) suffices.
        assert_eq!(
            default_week(&year(|h| (h % 24 == 12).then_some((1.0, 1.0)))),
            1
        );
        // Every Sunday-like 7th day missing: no full week, so the first week with any hour.
        let no_full = year(|h| (h / 24 % 7 != 6 && h >= 400).then_some((1.0, 1.0)));
        assert_eq!(default_week(&no_full), week_of(400));
        // Nothing at all: week 1. NaN counts as missing.
        assert_eq!(default_week(&year(|_| None)), 1);
        assert_eq!(default_week(&year(|_| Some((f64::NAN, 1.0)))), 1);
    }

    #[test]
    fn a_week_keeps_its_gaps_and_sums_its_days_over_the_hours_measured() {
        // Week 2 (hours 168–335); measured 10 kW, modelled 12 kW every hour except hours
        // 170–179 (10 hours of day 7 missing). Day 7: 14 hours → measured 14 × 10 = 140 kWh,
        // modelled 14 × 12 = 168 kWh; day 8: 24 hours → 240 and 288 kWh.
        let data = year(|h| (!(170..180).contains(&h)).then_some((10.0, 12.0)));
        let w = week(&data, 2, false);
        assert_eq!((w.week, w.first_hour), (2, 168));
        assert_eq!(w.measured.len(), WEEK_HOURS);
        assert_eq!(w.measured[1], Some(10.0));
        assert_eq!(w.measured[2], None, "hour 170 is a gap");
        assert_eq!(w.modelled[2], None, "and a gap in the modelled line too");
        assert_eq!(w.measured[12], Some(10.0), "hour 180 is back");
        assert_eq!(w.days.len(), 7);
        assert_eq!(
            w.days[0],
            DaySum {
                day: 7,
                hours: 14,
                measured: Some(140.0),
                modelled: Some(168.0)
            }
        );
        assert_eq!(w.days[1].measured, Some(240.0));
        assert_eq!(w.days[1].modelled, Some(288.0));
        // Temperatures: means, not sums (hours 170–179 missing → 14 values of 10 °C → 10 °C).
        let t = week(&data, 2, true);
        assert_eq!(t.days[0].measured, Some(10.0));
        assert_eq!(t.days[0].modelled, Some(12.0));
    }

    #[test]
    fn an_empty_day_has_no_sum_and_a_short_or_odd_series_does_not_panic() {
        let data = year(|h| (h >= 24).then_some((1.0, 2.0)));
        let w = week(&data, 1, false);
        assert_eq!(w.days[0].hours, 0);
        assert_eq!(w.days[0].measured, None);
        assert_eq!(w.days[1].measured, Some(24.0));
        // Shorter than a year, week out of range, non-finite values.
        let short = vec![Some((f64::INFINITY, 1.0)), Some((1.0, 1.0))];
        let w = week(&short, 60, true);
        assert_eq!(w.week, 52);
        assert!(w.measured.iter().all(Option::is_none));
        let w = week(&short, 1, true);
        assert_eq!(w.measured[0], None, "an infinite value is a gap");
        assert_eq!(w.days[0].measured, Some(1.0));
    }
}

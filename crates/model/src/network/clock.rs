//! People's clocks (docs/model/demand.md §1): the model's hours are local standard time (LST),
//! the daily profiles follow the clock, with EU daylight saving time.
//!
//! **Reference year 2018**: a non-leap year that starts on a Monday, so the weekday of 0-based
//! day `d` is `d mod 7` (0 = Monday) and the weekend is `d mod 7 ∈ {5, 6}`. Its summer time runs
//! from 25 March (day 83) to 28 October (day 300), switching at 01:00 UTC = 02:00 CET (EU
//! Directive 2000/84/EC: last Sundays of March and October): the clock is one hour ahead of LST
//! for `h ∈ [83·24 + 2, 300·24 + 2) = [1994, 7202)`.

/// First LST hour with the clock one hour ahead: 25 March 2018, 02:00 LST (`83·24 + 2`).
pub const DST_START_HOUR: usize = 83 * 24 + 2;
/// First LST hour with the clock back on LST: 28 October 2018, 02:00 LST (`300·24 + 2`).
pub const DST_END_HOUR: usize = 300 * 24 + 2;

/// Whether 0-based `day` of the reference year 2018 is a Saturday or a Sunday.
#[inline]
pub fn is_weekend(day: usize) -> bool {
    day % 7 >= 5
}

/// The clock people live by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// EU daylight saving time applies.
    pub daylight_saving: bool,
}

impl Clock {
    /// Hour of the day on the clock (0–23) of LST hour `h` (0..8760).
    #[inline]
    pub fn hour_of_day(&self, h: usize) -> usize {
        let ahead =
            usize::from(self.daylight_saving && (DST_START_HOUR..DST_END_HOUR).contains(&h));
        (h % 24 + ahead) % 24
    }

    /// Whether LST `day` holds a clock change (its clock hours are not a permutation of 0–23).
    #[inline]
    pub fn is_switch_day(&self, day: usize) -> bool {
        self.daylight_saving && (day == DST_START_HOUR / 24 || day == DST_END_HOUR / 24)
    }

    /// Sum of a per-hour `profile` over the 24 LST hours of `day`, read at their clock hours:
    /// the profile's own sum except on the two switch days, where one clock hour repeats and
    /// another is skipped.
    pub fn day_sum(&self, profile: &[f64; 24], day: usize) -> f64 {
        (0..24)
            .map(|k| profile[self.hour_of_day(day * 24 + k)])
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_year_weekdays() {
        // 1 January 2018 was a Monday; 6 and 7 January the first weekend.
        assert!(!is_weekend(0));
        assert!(!is_weekend(4));
        assert!(is_weekend(5) && is_weekend(6));
        assert!(!is_weekend(7));
        // The switch days are Sundays, and the last ones of their months: +7 days is
        // 1 April (day 90) and 4 November (day 307).
        assert_eq!(DST_START_HOUR / 24, 31 + 28 + 24);
        assert_eq!(
            DST_END_HOUR / 24,
            31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 27
        );
        assert_eq!((DST_START_HOUR / 24) % 7, 6);
        assert_eq!((DST_END_HOUR / 24) % 7, 6);
        const { assert!(DST_START_HOUR / 24 + 7 >= 31 + 28 + 31) };
        const { assert!(DST_END_HOUR / 24 + 7 >= 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31) };
    }

    #[test]
    fn clock_hours() {
        let clock = Clock {
            daylight_saving: true,
        };
        // Winter: the clock is LST.
        assert_eq!(clock.hour_of_day(5), 5);
        // 25 March 01:00 LST is still 01:00; 02:00 LST is 03:00 CEST.
        assert_eq!(clock.hour_of_day(1993), 1);
        assert_eq!(clock.hour_of_day(1994), 3);
        // July, 23:00 LST is midnight on the clock.
        assert_eq!(clock.hour_of_day(190 * 24 + 23), 0);
        // 28 October 01:00 LST is 02:00 CEST, 02:00 LST is 02:00 CET again.
        assert_eq!(clock.hour_of_day(7201), 2);
        assert_eq!(clock.hour_of_day(7202), 2);
        let lst = Clock {
            daylight_saving: false,
        };
        assert_eq!(lst.hour_of_day(190 * 24 + 23), 23);
        assert!(!lst.is_switch_day(83));
        assert!(clock.is_switch_day(83) && clock.is_switch_day(300) && !clock.is_switch_day(84));
    }

    #[test]
    fn day_sums() {
        let clock = Clock {
            daylight_saving: true,
        };
        let profile: [f64; 24] = std::array::from_fn(|k| k as f64);
        // 0 + 1 + … + 23 = 276 on ordinary days, winter and summer.
        assert_eq!(clock.day_sum(&profile, 10), 276.0);
        assert_eq!(clock.day_sum(&profile, 200), 276.0);
        // 25 March: clock hours 0, 1, 3, 4, …, 23, 0 → 276 − 2 = 274.
        assert_eq!(clock.day_sum(&profile, 83), 274.0);
        // 28 October: 1, 2, 2, 3, …, 23 → 276 − 0 + 2 = 278.
        assert_eq!(clock.day_sum(&profile, 300), 278.0);
    }
}

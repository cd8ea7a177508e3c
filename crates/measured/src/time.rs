//! Timestamps and the calendar: text → an instant → the model's hour (docs/model/measured.md §2).
//!
//! The calendar arithmetic is our own and small: days since 1970-01-01 by the Gregorian rules
//! (leap if divisible by 4 and not by 100, or by 400), weekday from 1970-01-01 = Thursday,
//! and the EU daylight-saving rule (last Sunday of March 02:00 CET → 03:00 CEST, last Sunday
//! of October 03:00 CEST → 02:00 CET; Directive 2000/84/EC), applied to every year.

/// Hours in the model's year.
pub const HOURS_PER_YEAR: usize = 8760;

/// Offset of the model's local standard time from UTC, minutes (UTC+1, as Italian EPW files).
pub const MODEL_OFFSET_MIN: i64 = 60;

/// Cumulative days before each month in a non-leap year.
const DAYS_BEFORE_MONTH: [u32; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/// A timestamp as written: calendar date, wall-clock time and the offset if one was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    /// Year (1900–2100).
    pub year: i32,
    /// Month 1–12.
    pub month: u32,
    /// Day of month 1–31 (checked against the month).
    pub day: u32,
    /// Hour 0–23.
    pub hour: u32,
    /// Minute 0–59.
    pub minute: u32,
    /// Second 0–59 (fractions dropped; 60 accepted as a leap second and read as 59).
    pub second: u32,
    /// Offset from UTC in minutes, if the text had one.
    pub offset_min: Option<i32>,
}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` (1–12) of `year`; 0 for an invalid month.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Day of year, 0-based, of a valid date (leap day counted).
fn ordinal0(year: i32, month: u32, day: u32) -> u32 {
    let idx = (month.clamp(1, 12) - 1) as usize;
    let before = DAYS_BEFORE_MONTH.get(idx).copied().unwrap_or(0);
    before + u32::from(month > 2 && is_leap(year)) + day - 1
}

/// Days from 1970-01-01 to a valid date (negative before 1970).
pub fn days_from_epoch(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - 1;
    // Leap days in the years 1..=y, minus those in 1..=1969 (477).
    let leaps = y / 4 - y / 100 + y / 400 - 477;
    (i64::from(year) - 1970) * 365 + leaps + i64::from(ordinal0(year, month, day))
}

/// Inverse of [`days_from_epoch`]: the date of a day number.
pub fn date_from_days(days: i64) -> (i32, u32, u32) {
    // Estimate the year, then correct by at most a step either way.
    let mut year = 1970 + days.div_euclid(365) as i32;
    while days_from_epoch(year, 1, 1) > days {
        year -= 1;
    }
    while days_from_epoch(year + 1, 1, 1) <= days {
        year += 1;
    }
    let mut rest = (days - days_from_epoch(year, 1, 1)) as u32;
    let mut month = 1;
    while month < 12 && rest >= days_in_month(year, month) {
        rest -= days_in_month(year, month);
        month += 1;
    }
    (year, month, rest + 1)
}

/// Weekday of a day number: 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday, 3).
fn weekday(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

/// Day of month of the last Sunday of `month` in `year`.
pub fn last_sunday(year: i32, month: u32) -> u32 {
    let last = days_in_month(year, month);
    let wd = weekday(days_from_epoch(year, month, last));
    last - ((wd - 6).rem_euclid(7)) as u32
}

/// How an Italian wall-clock time (no offset) relates to daylight saving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WallClock {
    /// Winter time, CET = UTC+1.
    Standard,
    /// Summer time, CEST = UTC+2.
    Summer,
    /// 02:00–02:59 of the last Sunday of October: happens twice.
    Ambiguous,
    /// 02:00–02:59 of the last Sunday of March: does not exist.
    Nonexistent,
}

/// Classifies an Italian wall-clock date and time by the EU rule.
pub fn wall_clock(year: i32, month: u32, day: u32, hour: u32) -> WallClock {
    let spring = last_sunday(year, 3);
    let autumn = last_sunday(year, 10);
    let md = (month, day);
    if md < (3, spring) || md > (10, autumn) {
        WallClock::Standard
    } else if md == (3, spring) {
        match hour {
            0 | 1 => WallClock::Standard,
            2 => WallClock::Nonexistent,
            _ => WallClock::Summer,
        }
    } else if md == (10, autumn) {
        match hour {
            0 | 1 => WallClock::Summer,
            2 => WallClock::Ambiguous,
            _ => WallClock::Standard,
        }
    } else {
        WallClock::Summer
    }
}

/// An instant as seconds since 1970-01-01 00:00 UTC, from a stamp and its UTC offset (minutes).
pub fn instant_utc_s(s: &Stamp, offset_min: i32) -> i64 {
    let days = days_from_epoch(s.year, s.month, s.day);
    days * 86_400 + i64::from(s.hour) * 3600 + i64::from(s.minute) * 60 + i64::from(s.second)
        - i64::from(offset_min) * 60
}

/// Where an instant (seconds since 1970 UTC) falls in the model's year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModelSlot {
    /// Model hour 0–8,759 and the calendar year (at UTC+1) it came from.
    Hour {
        /// Model hour index.
        hour: usize,
        /// Calendar year of the standard-time date.
        year: i32,
    },
    /// 29 February (at UTC+1): dropped.
    LeapDay,
}

/// Maps an instant to the model's hour: UTC+1 standard time, day of year, 29 February dropped.
pub fn model_slot(instant_utc_s: i64) -> ModelSlot {
    let local_s = instant_utc_s + MODEL_OFFSET_MIN * 60;
    let days = local_s.div_euclid(86_400);
    let hour_of_day = (local_s.rem_euclid(86_400) / 3600) as usize;
    let (year, month, day) = date_from_days(days);
    if month == 2 && day == 29 {
        return ModelSlot::LeapDay;
    }
    let mut doy = ordinal0(year, month, day) as usize;
    if is_leap(year) && month > 2 {
        doy -= 1;
    }
    ModelSlot::Hour {
        hour: doy * 24 + hour_of_day,
        year,
    }
}

/// Reads a timestamp: ISO 8601 (`YYYY-MM-DD[T| ]hh:mm[:ss[.f]][Z|±hh:mm|±hhmm|±hh]`, or a bare
/// date) or Italian `dd/mm/yyyy hh:mm[:ss]`. `None` if it is not one of these or not a real date.
pub fn parse_stamp(text: &str) -> Option<Stamp> {
    let t = text.trim();
    let b = t.as_bytes();
    let (year, month, day, rest) = if b.len() >= 10 && b.get(4) == Some(&b'-') {
        (num(t, 0, 4)?, num(t, 5, 7)?, num(t, 8, 10)?, t.get(10..)?)
    } else if b.len() >= 10 && b.get(2) == Some(&b'/') && b.get(5) == Some(&b'/') {
        (num(t, 6, 10)?, num(t, 3, 5)?, num(t, 0, 2)?, t.get(10..)?)
    } else {
        return None;
    };
    if (b.len() >= 10) && (b.get(7) != Some(&b'-') && b.get(4) == Some(&b'-')) {
        return None;
    }
    let year = i32::try_from(year).ok()?;
    if !(1900..=2100).contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    if day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let mut stamp = Stamp {
        year,
        month,
        day,
        hour: 0,
        minute: 0,
        second: 0,
        offset_min: None,
    };
    if rest.is_empty() {
        return Some(stamp);
    }
    let rest = rest.strip_prefix(['T', 't', ' '])?.trim_start();
    stamp.hour = num(rest, 0, 2)?;
    if rest.as_bytes().get(2) != Some(&b':') {
        return None;
    }
    stamp.minute = num(rest, 3, 5)?;
    let mut tail = rest.get(5..)?;
    if let Some(after) = tail.strip_prefix(':') {
        stamp.second = num(after, 0, 2)?.min(59);
        tail = after.get(2..)?;
        if let Some(frac) = tail.strip_prefix(['.', ',']) {
            let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            tail = frac.get(digits..)?;
        }
    }
    if stamp.hour > 23 || stamp.minute > 59 {
        return None;
    }
    stamp.offset_min = parse_offset(tail.trim())?;
    Some(stamp)
}

/// `""` → no offset; `Z`, `±hh`, `±hhmm`, `±hh:mm` → minutes. `None` if malformed.
pub(crate) fn parse_offset(t: &str) -> Option<Option<i32>> {
    if t.is_empty() {
        return Some(None);
    }
    if t == "Z" || t == "z" {
        return Some(Some(0));
    }
    let sign = match t.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let body = t.get(1..)?;
    let (h, m) = match body.len() {
        2 => (num(body, 0, 2)?, 0),
        4 => (num(body, 0, 2)?, num(body, 2, 4)?),
        5 if body.as_bytes().get(2) == Some(&b':') => (num(body, 0, 2)?, num(body, 3, 5)?),
        _ => return None,
    };
    if h > 14 || m > 59 {
        return None;
    }
    Some(Some(sign * (h as i32 * 60 + m as i32)))
}

/// The ASCII digits `t[a..b]` as a number; `None` if any is not a digit (at most 4 digits are
/// ever asked for, so no overflow).
fn num(t: &str, a: usize, b: usize) -> Option<u32> {
    let s = t.as_bytes().get(a..b)?;
    if s.is_empty() {
        return None;
    }
    s.iter().try_fold(0_u32, |acc, &c| {
        c.is_ascii_digit()
            .then(|| acc.saturating_mul(10).saturating_add(u32::from(c - b'0')))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_days_round_trip_and_known_dates() {
        assert_eq!(days_from_epoch(1970, 1, 1), 0);
        // 2000-03-01: 30 years × 365 + 7 leap days (72, 76, …, 96) + 31 + 29 = 11,017.
        assert_eq!(days_from_epoch(2000, 3, 1), 30 * 365 + 7 + 60);
        for d in [-25_567_i64, -1, 0, 59, 10_957, 19_358, 47_482] {
            let (y, m, dd) = date_from_days(d);
            assert_eq!(days_from_epoch(y, m, dd), d, "{y}-{m}-{dd}");
        }
        assert_eq!(date_from_days(-1), (1969, 12, 31));
    }

    #[test]
    fn leap_years() {
        assert!(is_leap(2024) && is_leap(2000) && !is_leap(1900) && !is_leap(2023));
    }

    #[test]
    fn last_sundays_match_published_dst_dates() {
        // EU summer time: 26 Mar – 29 Oct 2023; 31 Mar – 27 Oct 2024; 30 Mar – 26 Oct 2025.
        assert_eq!((last_sunday(2023, 3), last_sunday(2023, 10)), (26, 29));
        assert_eq!((last_sunday(2024, 3), last_sunday(2024, 10)), (31, 27));
        assert_eq!((last_sunday(2025, 3), last_sunday(2025, 10)), (30, 26));
    }

    #[test]
    fn wall_clock_classes() {
        assert_eq!(wall_clock(2023, 3, 26, 1), WallClock::Standard);
        assert_eq!(wall_clock(2023, 3, 26, 2), WallClock::Nonexistent);
        assert_eq!(wall_clock(2023, 3, 26, 3), WallClock::Summer);
        assert_eq!(wall_clock(2023, 10, 29, 1), WallClock::Summer);
        assert_eq!(wall_clock(2023, 10, 29, 2), WallClock::Ambiguous);
        assert_eq!(wall_clock(2023, 10, 29, 3), WallClock::Standard);
        assert_eq!(wall_clock(2023, 7, 1, 12), WallClock::Summer);
        assert_eq!(wall_clock(2023, 12, 1, 12), WallClock::Standard);
    }

    #[test]
    fn parses_the_forms() {
        let s = parse_stamp("2023-07-01T14:00:00+02:00").expect("iso");
        assert_eq!(
            (s.year, s.month, s.day, s.hour, s.offset_min),
            (2023, 7, 1, 14, Some(120))
        );
        let s = parse_stamp("01/07/2023 14:30").expect("italian");
        assert_eq!(
            (s.year, s.month, s.day, s.hour, s.minute),
            (2023, 7, 1, 14, 30)
        );
        assert_eq!(
            parse_stamp("2023-01-01 00:15Z").and_then(|s| s.offset_min),
            Some(0)
        );
        assert_eq!(
            parse_stamp("2023-01-01T00:00:00.250-0330").and_then(|s| s.offset_min),
            Some(-210)
        );
        assert!(parse_stamp("2023-01-01").is_some());
        for bad in [
            "",
            "2023-02-29 00:00",
            "2023-13-01",
            "32/01/2023 00:00",
            "2023-01-01 24:00",
            "2023-01-01T10",
            "hello",
            "2023-01-01 10:00+25:00",
            "2023-01-01 10:00 x",
            "२०२३-01-01",
        ] {
            assert_eq!(parse_stamp(bad), None, "{bad}");
        }
    }

    #[test]
    fn model_slots() {
        // 2023-07-01T14:00+02:00 = 12:00 UTC = 13:00 UTC+1; day 181 → 181·24 + 13 = 4,357.
        let s = parse_stamp("2023-07-01T14:00:00+02:00").expect("iso");
        let t = instant_utc_s(&s, 120);
        assert_eq!(
            model_slot(t),
            ModelSlot::Hour {
                hour: 4357,
                year: 2023
            }
        );
        // 2024-03-01 00:00 at UTC+1 in a leap year: day 60, moved back to 59 → hour 1,416.
        let s = parse_stamp("2024-03-01T00:00+01:00").expect("iso");
        assert_eq!(
            model_slot(instant_utc_s(&s, 60)),
            ModelSlot::Hour {
                hour: 1416,
                year: 2024
            }
        );
        let s = parse_stamp("2024-02-29T12:00+01:00").expect("iso");
        assert_eq!(model_slot(instant_utc_s(&s, 60)), ModelSlot::LeapDay);
        // 2024-12-31 23:00 at UTC+1 → the last model hour, 8,759.
        let s = parse_stamp("2024-12-31T23:00+01:00").expect("iso");
        assert_eq!(
            model_slot(instant_utc_s(&s, 60)),
            ModelSlot::Hour {
                hour: 8759,
                year: 2024
            }
        );
        // 2023-01-01 00:30 UTC = 01:30 UTC+1 → hour 1.
        let s = parse_stamp("2023-01-01T00:30Z").expect("iso");
        assert_eq!(
            model_slot(instant_utc_s(&s, 0)),
            ModelSlot::Hour {
                hour: 1,
                year: 2023
            }
        );
    }
}

//! Availability of the recovery plant (docs/model/heat_pump.md §4): maintenance periods of whole
//! days and unplanned outages placed by a deterministic, evenly spread pattern, written as a mask
//! of hours in which the plant can run.
//!
//! Dates follow `network.heating_season`: `"MM-DD"` of a 365-day year, inclusive, a start after
//! the end wrapping over New Year. Filling the mask allocates nothing.

/// Length of one unplanned outage block, hours [A: one day per forced outage; DEA gives the
/// forced-outage share, 0–5 %, but no duration].
pub const OUTAGE_BLOCK_H: u64 = 24;

/// Days of the model year.
const YEAR_DAYS: usize = 365;

/// Days in each month of a non-leap year.
const MONTH_DAYS: [u16; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// `1/φ`, the golden ratio's fractional step of the low-discrepancy sequence.
const GOLDEN_STEP: f64 = 0.618_033_988_749_894_9;

/// An input outside what is allowed: the field, the value as given, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field} = {value} {reason}")]
pub struct FieldError {
    /// JSON path of the field, e.g. `recovery.maintenance[0].from`.
    pub field: String,
    /// The value as given.
    pub value: String,
    /// What is wrong and what is allowed.
    pub reason: String,
}

/// A maintenance period of whole days, inclusive; `from_day > to_day` wraps over New Year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day, 0-based day of a 365-day year (1 January = 0).
    pub from_day: u16,
    /// Last day (inclusive), 0-based.
    pub to_day: u16,
}

impl Period {
    /// Parses `{"from": from, "to": to}`, the period at position `index` of
    /// `recovery.maintenance`; the error names the field, e.g. `recovery.maintenance[1].to`.
    pub fn parse(index: usize, from: &str, to: &str) -> Result<Period, FieldError> {
        let day = |key: &str, text: &str| {
            month_day(text).ok_or_else(|| FieldError {
                field: format!("recovery.maintenance[{index}].{key}"),
                value: format!("{text:?}"),
                reason: "is not a date \"MM-DD\" of a 365-day year (01-01 to 12-31, no 02-29)"
                    .to_string(),
            })
        };
        Ok(Period {
            from_day: day("from", from)?,
            to_day: day("to", to)?,
        })
    }

    /// Whether 0-based `day` is inside the period.
    #[inline]
    pub fn contains(&self, day: u16) -> bool {
        if self.from_day <= self.to_day {
            day >= self.from_day && day <= self.to_day
        } else {
            day >= self.from_day || day <= self.to_day
        }
    }
}

/// The 0-based day of a 365-day year for `"MM-DD"`; `None` unless two-digit month 01–12, a dash
/// and a two-digit day that exists in that month (the same rules as `network.heating_season`).
pub fn month_day(text: &str) -> Option<u16> {
    let b = text.as_bytes();
    if b.len() != 5 || b[2] != b'-' || ![b[0], b[1], b[3], b[4]].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let month = u16::from(b[0] - b'0') * 10 + u16::from(b[1] - b'0');
    let day = u16::from(b[3] - b'0') * 10 + u16::from(b[4] - b'0');
    let m = usize::from(month.checked_sub(1)?);
    let days = *MONTH_DAYS.get(m)?;
    if day < 1 || day > days {
        return None;
    }
    Some(MONTH_DAYS[..m].iter().sum::<u16>() + day - 1)
}

/// Checks `recovery.availability`: a number from 0 to 1.
pub fn check_availability(value: f64) -> Result<f64, FieldError> {
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(FieldError {
            field: "recovery.availability".to_string(),
            value: format!("{value}"),
            reason: "is outside 0–1 (share of hours outside maintenance the plant can run)"
                .to_string(),
        })
    }
}

/// Hours lost to unplanned outages among `open_hours` hours outside maintenance:
/// `⌊(1 − availability) · open_hours + 0.5⌋` (nearest hour, halves up). `availability` is
/// clamped to 0–1; NaN counts as 1 (nothing lost).
pub fn outage_hours(open_hours: u32, availability: f64) -> u32 {
    let a = if availability.is_nan() {
        1.0
    } else {
        availability.clamp(0.0, 1.0)
    };
    // In 0..=open_hours + 0.5, so the cast neither saturates nor wraps.
    let lost = ((1.0 - a) * f64::from(open_hours) + 0.5).floor() as u32;
    lost.min(open_hours)
}

/// What the mask holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MaskCounts {
    /// Hours inside maintenance periods.
    pub maintenance_hours: u32,
    /// Hours lost to unplanned outages (outside maintenance).
    pub outage_hours: u32,
}

impl MaskCounts {
    /// Hours in which the plant cannot run (`recovery_hours_unavailable`).
    pub fn unavailable_hours(&self) -> u32 {
        self.maintenance_hours + self.outage_hours
    }
}

/// Start (index among the hours outside maintenance) and length of outage block `j` of `k`,
/// with `m` hours lost and `free` hours available: `S_j = ⌊(F·j + ⌊F·r_j⌋)/k⌋ + ⌊j·m/k⌋`,
/// `b_j = ⌊(j+1)·m/k⌋ − ⌊j·m/k⌋`.
fn block(j: u64, k: u64, m: u64, free: u64) -> (u64, u64) {
    let r = ((j + 1) as f64 * GOLDEN_STEP).fract();
    // F · r < F; the min guards the last rounding step.
    let jitter = ((free as f64 * r).floor() as u64).min(free.saturating_sub(1));
    let lost_before = j * m / k;
    let start = (free * j + jitter) / k + lost_before;
    (start, (j + 1) * m / k - lost_before)
}

/// Fills `mask` (`true`: the plant can run in that hour; hour `h` is on day `⌊h/24⌋ mod 365`,
/// 8,760 hours for a year): false in the days of every maintenance period, and false in the
/// outage blocks that take exactly [`outage_hours`] of the remaining hours. Deterministic; no
/// allocation.
pub fn fill_mask(mask: &mut [bool], maintenance: &[Period], availability: f64) -> MaskCounts {
    let mut open_hours: u32 = 0;
    for (day_index, day) in mask.chunks_mut(24).enumerate() {
        let d = (day_index % YEAR_DAYS) as u16;
        let open = !maintenance.iter().any(|p| p.contains(d));
        day.fill(open);
        if open {
            // A chunk holds at most 24 hours.
            open_hours = open_hours.saturating_add(day.len() as u32);
        }
    }
    let counts = MaskCounts {
        maintenance_hours: u32::try_from(mask.len())
            .unwrap_or(u32::MAX)
            .saturating_sub(open_hours),
        outage_hours: outage_hours(open_hours, availability),
    };
    let m = u64::from(counts.outage_hours);
    if m == 0 {
        return counts;
    }
    let k = m.div_ceil(OUTAGE_BLOCK_H);
    let free = u64::from(open_hours) - m;
    let mut j = 0;
    let (mut start, mut len) = block(j, k, m, free);
    // `first`: index among the open hours of the day's first hour. Days are wholly open or
    // wholly in maintenance after the first pass; only open days advance the index.
    let mut first: u64 = 0;
    for day in mask.chunks_mut(24) {
        if !day.first().copied().unwrap_or(false) {
            continue;
        }
        let end = first + day.len() as u64;
        while j < k && start < end {
            // The part of block j inside this day, as offsets into the day.
            let from = start.max(first) - first;
            let to = (start + len).min(end) - first;
            if let Some(hours) = day.get_mut(from as usize..to as usize) {
                hours.fill(false);
            }
            if start + len > end {
                break; // the block goes on into the next open day
            }
            j += 1;
            if j < k {
                (start, len) = block(j, k, m, free);
            }
        }
        first = end;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_the_heating_season() {
        assert_eq!(month_day("01-01"), Some(0));
        // 31 + 28 + 31 + 30 + 31 + 30 = 181 days before July: 07-15 → 181 + 14 = 195.
        assert_eq!(month_day("07-15"), Some(195));
        assert_eq!(month_day("12-31"), Some(364));
        for bad in [
            "02-29", "13-01", "00-10", "04-31", "7-15", "07/15", "07-00", "", "ab-cd",
        ] {
            assert_eq!(month_day(bad), None, "{bad}");
        }
        let e = Period::parse(2, "07-01", "02-30").expect_err("02-30 is no date");
        assert_eq!(e.field, "recovery.maintenance[2].to");
        assert!(e
            .to_string()
            .starts_with("recovery.maintenance[2].to = \"02-30\" is not"));
    }

    #[test]
    fn periods_wrap_over_new_year() {
        let p = Period::parse(0, "12-30", "01-02").expect("valid dates");
        assert!(p.contains(364) && p.contains(0) && p.contains(1));
        assert!(!p.contains(2) && !p.contains(362));
    }

    #[test]
    fn two_weeks_in_july_by_hand() {
        // 07-01 (day 181) to 07-14 (day 194): 14 days · 24 = 336 hours.
        let mut mask = [true; 8760];
        let p = Period::parse(0, "07-01", "07-14").expect("valid dates");
        let c = fill_mask(&mut mask, &[p], 1.0);
        assert_eq!(c.maintenance_hours, 336);
        assert_eq!(c.outage_hours, 0);
        assert!(!mask[181 * 24] && !mask[195 * 24 - 1] && mask[195 * 24] && mask[181 * 24 - 1]);
        assert_eq!(mask.iter().filter(|h| !**h).count(), 336);
    }

    #[test]
    fn outage_hours_round_to_the_nearest_hour() {
        // 0.95 of 8,760: (1 − 0.95) · 8,760 = 438.000…4 → 438.
        assert_eq!(outage_hours(8_760, 0.95), 438);
        // 0.99995 of 8,760: 0.438 → 0; 0.9999 → 0.876 → 1.
        assert_eq!(outage_hours(8_760, 0.99995), 0);
        assert_eq!(outage_hours(8_760, 0.9999), 1);
        assert_eq!(outage_hours(100, 0.5), 50);
        assert_eq!(outage_hours(8_760, f64::NAN), 0);
        assert_eq!(outage_hours(8_760, -3.0), 8_760);
        assert_eq!(outage_hours(8_760, 7.0), 0);
    }

    #[test]
    fn blocks_by_hand() {
        // m = 48 h, k = 2 blocks of 24, F = 100 − 48 = 52 free hours.
        // r_0 = 0.618034 → ⌊52 · 0.618034⌋ = 32; S_0 = ⌊32/2⌋ + 0 = 16.
        // r_1 = frac(1.236068) = 0.236068 → ⌊12.2755⌋ = 12; S_1 = ⌊(52 + 12)/2⌋ + 24 = 56.
        assert_eq!(block(0, 2, 48, 52), (16, 24));
        assert_eq!(block(1, 2, 48, 52), (56, 24));
        let mut mask = [true; 100];
        let c = fill_mask(&mut mask, &[], 0.52);
        assert_eq!(c.outage_hours, 48);
        for (h, &up) in mask.iter().enumerate() {
            let down = (16..40).contains(&h) || (56..80).contains(&h);
            assert_eq!(up, !down, "hour {h}");
        }
    }

    #[test]
    fn availability_field_is_checked() {
        assert_eq!(check_availability(0.98), Ok(0.98));
        let e = check_availability(1.2).expect_err("1.2 > 1");
        assert_eq!(e.field, "recovery.availability");
        assert!(check_availability(f64::NAN).is_err());
    }
}

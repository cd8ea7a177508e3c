//! Heating-hours rules (docs/model/demand.md §2): Italy's DPR 74/2013 art. 4 caps the hours a
//! day that buildings may heat, inside 05:00–23:00, and the season, by climate zone. Space
//! heating is then concentrated into the allowed hours, with a morning start-up peak.
//!
//! **Allowed hours** of a zone with `H` hours a day \[A\]: a morning block of `m = ⌈H/2⌉` hours
//! from `s` and an evening block of `H − m` hours ending at 23:00; `s = 05:00` on weekdays and
//! `5 + min(2, 18 − H)` (07:00) at weekends.
//!
//! **Daily shape** [D from the BDEW multi-family profile, class −4…0 °C (demandlib), with
//! assumptions]: `b` ([`BDEW_MFH_PER_MILLE`]) is the hour-by-hour heat loss of a continuously
//! heated building. `N` = Σ b over the night's off hours (23:00 to `s − 1`), `R` = Σ b over all
//! off hours; half the night's heat is a start-up surplus over the first three morning hours
//! (weights 0.5, 0.3, 0.2); the rest `R − N/2` is spread over the allowed hours in proportion to
//! `b`; then the whole is scaled to 1,000 ‰:
//! `q[c] = (b[c] · (1 + (R − N/2)/Σ_allowed b) + surplus[c]) · 1000 / Σ b`.

use crate::params::{HeatingRule, HeatingSeason};

/// BDEW standard load profile, multi-family houses, daily mean −4…0 °C: per mille of the day's
/// space heating in each hour 0–23 (demandlib `shlp_hour_factors.csv`, normalised in
/// network-data.md §1.3; sums to 1,002 by rounding).
pub const BDEW_MFH_PER_MILLE: [f64; 24] = [
    26.0, 27.0, 27.0, 29.0, 35.0, 51.0, 51.0, 48.0, 49.0, 48.0, 46.0, 45.0, 45.0, 44.0, 44.0, 44.0,
    46.0, 47.0, 48.0, 48.0, 46.0, 42.0, 38.0, 28.0,
];

/// First clock hour of the legal heating window (05:00, DPR 74/2013 art. 4).
pub const WINDOW_START_HOUR: usize = 5;
/// Clock hour at which the legal heating window ends (23:00).
pub const WINDOW_END_HOUR: usize = 23;
/// Hours later that the morning block starts at weekends \[A\].
pub const WEEKEND_DELAY_HOURS: usize = 2;
/// Share of the night's heat made up as a start-up surplus \[A\].
pub const STARTUP_SHARE: f64 = 0.5;
/// How the start-up surplus spreads over the first three morning hours \[A\].
pub const STARTUP_WEIGHTS: [f64; 3] = [0.5, 0.3, 0.2];

/// 0-based day of a non-leap year of month `m` (1–12) and day `d` (1–31).
const fn day_of(m: usize, d: usize) -> u16 {
    const START: [u16; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    START[m - 1] + d as u16 - 1
}

const fn season(start: (usize, usize), end: (usize, usize)) -> Option<HeatingSeason> {
    Some(HeatingSeason {
        start_day: day_of(start.0, start.1),
        end_day: day_of(end.0, end.1),
    })
}

impl HeatingRule {
    /// The rule's heating season (`None`: all year). DPR 74/2013 art. 4 (cefenergia 2024).
    pub fn season(self) -> Option<HeatingSeason> {
        match self {
            HeatingRule::Continuous | HeatingRule::ItZoneF => None,
            HeatingRule::ItZoneA => season((12, 1), (3, 15)),
            HeatingRule::ItZoneB => season((12, 1), (3, 31)),
            HeatingRule::ItZoneC => season((11, 15), (3, 31)),
            HeatingRule::ItZoneD => season((11, 1), (4, 15)),
            HeatingRule::ItZoneE => season((10, 15), (4, 15)),
        }
    }

    /// Hours a day that heating may run (`None`: no limit).
    pub fn hours_per_day(self) -> Option<usize> {
        match self {
            HeatingRule::Continuous | HeatingRule::ItZoneF => None,
            HeatingRule::ItZoneA => Some(6),
            HeatingRule::ItZoneB => Some(8),
            HeatingRule::ItZoneC => Some(10),
            HeatingRule::ItZoneD => Some(12),
            HeatingRule::ItZoneE => Some(14),
        }
    }
}

/// Start of the morning block, clock hour, for `hours` a day.
fn morning_start(hours: usize, weekend: bool) -> usize {
    let window = WINDOW_END_HOUR - WINDOW_START_HOUR;
    if weekend {
        WINDOW_START_HOUR + WEEKEND_DELAY_HOURS.min(window.saturating_sub(hours))
    } else {
        WINDOW_START_HOUR
    }
}

/// The clock hours in which heating may run, for `hours` a day (capped at the 18-hour window).
pub fn allowed_hours(hours: usize, weekend: bool) -> [bool; 24] {
    let hours = hours.min(WINDOW_END_HOUR - WINDOW_START_HOUR);
    let morning = hours.div_ceil(2);
    let start = morning_start(hours, weekend);
    let mut allowed = [false; 24];
    for a in &mut allowed[start..start + morning] {
        *a = true;
    }
    for a in &mut allowed[WINDOW_END_HOUR - (hours - morning)..WINDOW_END_HOUR] {
        *a = true;
    }
    allowed
}

/// Per-mille space-heating profile of a day with `hours` allowed hours (sums to 1,000; 0 outside
/// the allowed hours). See the module documentation for the construction.
pub fn rule_profile(hours: usize, weekend: bool) -> [f64; 24] {
    let allowed = allowed_hours(hours, weekend);
    let start = morning_start(hours.min(WINDOW_END_HOUR - WINDOW_START_HOUR), weekend);
    let total: f64 = BDEW_MFH_PER_MILLE.iter().sum();
    let mut on = 0.0;
    let mut night = 0.0;
    for (c, (&b, &a)) in BDEW_MFH_PER_MILLE.iter().zip(&allowed).enumerate() {
        if a {
            on += b;
        } else if c >= WINDOW_END_HOUR || c < start {
            night += b;
        }
    }
    let off = total - on;
    let surplus = STARTUP_SHARE * night;
    let spread = if on > 0.0 { (off - surplus) / on } else { 0.0 };
    let mut q = [0.0; 24];
    for (c, (&b, &a)) in BDEW_MFH_PER_MILLE.iter().zip(&allowed).enumerate() {
        if a {
            q[c] = b * (1.0 + spread);
        }
    }
    for (k, w) in STARTUP_WEIGHTS.iter().enumerate() {
        if allowed[start + k] {
            q[start + k] += surplus * w;
        }
    }
    let sum: f64 = q.iter().sum();
    if sum > 0.0 {
        for x in &mut q {
            *x *= 1000.0 / sum;
        }
    }
    q
}

/// The profile `q` as the plant sees it with the buildings' start-up spread over `k` hours
/// either side (docs/model/demand.md §2): the centred moving mean over `2k + 1` clock hours,
/// around the day. `k` is rounded and clamped to 0–6; the sum is unchanged.
pub fn spread(q: [f64; 24], k: f64) -> [f64; 24] {
    let k = if k.is_finite() {
        k.round().clamp(0.0, 6.0) as usize
    } else {
        0
    };
    if k == 0 {
        return q;
    }
    let width = (2 * k + 1) as f64;
    let mut out = [0.0; 24];
    for (c, o) in out.iter_mut().enumerate() {
        let sum: f64 = (0..=2 * k).map(|j| q[(c + 24 + j - k) % 24]).sum();
        *o = sum / width;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    #[test]
    fn bdew_profile_sums_to_1002_by_rounding() {
        assert_relative_eq!(BDEW_MFH_PER_MILLE.iter().sum::<f64>(), 1002.0);
    }

    #[test]
    fn zone_e_allowed_hours() {
        // 14 h: 05–12 and 16–23 on weekdays, 07–14 and 16–23 at weekends.
        let weekday = allowed_hours(14, false);
        let on: Vec<usize> = (0..24).filter(|&c| weekday[c]).collect();
        assert_eq!(on, [5, 6, 7, 8, 9, 10, 11, 16, 17, 18, 19, 20, 21, 22]);
        let weekend = allowed_hours(14, true);
        let on: Vec<usize> = (0..24).filter(|&c| weekend[c]).collect();
        assert_eq!(on, [7, 8, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 21, 22]);
        // Zone A, 6 h: 05–08 and 20–23.
        let a = allowed_hours(6, false);
        assert_eq!((0..24).filter(|&c| a[c]).count(), 6);
        assert!(a[5] && a[7] && !a[8] && a[20] && a[22] && !a[23]);
        // 18 h or more fill the window; weekends cannot be delayed then.
        let full = allowed_hours(30, true);
        assert!((5..23).all(|c| full[c]) && !full[4] && !full[23]);
    }

    #[test]
    fn zone_e_weekday_profile_by_hand() {
        // N = 28+26+27+27+29+35 = 172 (23:00–05:00); R = N + 45+44+44+44 = 349 (with 12–16);
        // allowed Σb = 1002 − 349 = 653; spread = (349 − 86)/653.
        // q[5] = (51 · (1 + 263/653) + 0.5 · 86) · 1000/1002 = 114.31 ‰;
        // q[16] = 46 · (1 + 263/653) · 1000/1002 = 64.40 ‰.
        let q = rule_profile(14, false);
        let k = 1000.0 / 1002.0;
        assert_relative_eq!(
            q[5],
            (51.0 * (1.0 + 263.0 / 653.0) + 43.0) * k,
            max_relative = 1e-12
        );
        assert_relative_eq!(
            q[6],
            (51.0 * (1.0 + 263.0 / 653.0) + 25.8) * k,
            max_relative = 1e-12
        );
        assert_relative_eq!(
            q[16],
            46.0 * (1.0 + 263.0 / 653.0) * k,
            max_relative = 1e-12
        );
        assert_relative_eq!(q[5], 114.31, epsilon = 0.01);
        assert_eq!(q[4], 0.0);
        assert_eq!(q[23], 0.0);
        assert_eq!(q[13], 0.0);
        assert_relative_eq!(q.iter().sum::<f64>(), 1000.0, max_relative = 1e-12);
        // The peak is the start-up hour, 2.7 times the hourly mean of 1000/24.
        let peak = q.iter().copied().fold(0.0, f64::max);
        assert_eq!(peak, q[5]);
        assert_relative_eq!(peak / (1000.0 / 24.0), 2.74, epsilon = 0.01);
    }

    #[test]
    fn weekend_peak_at_seven() {
        // Night 23:00–07:00: N = 172 + 51 + 51 = 274, so a bigger surplus at 07:00.
        let q = rule_profile(14, true);
        let peak = (0..24).fold(0, |best, c| if q[c] > q[best] { c } else { best });
        assert_eq!(peak, 7);
        assert_eq!(q[5], 0.0);
        assert!(q[7] > rule_profile(14, false)[5]);
        assert_relative_eq!(q.iter().sum::<f64>(), 1000.0, max_relative = 1e-12);
    }

    #[test]
    fn the_spread_keeps_the_day_and_lowers_the_peak() {
        let q = rule_profile(14, false);
        assert_eq!(spread(q, 0.0), q);
        let q2 = spread(q, 2.0);
        // The mean over five hours around the day keeps the sum (to rounding).
        assert!((q2.iter().sum::<f64>() - 1000.0).abs() < 1e-9);
        // Hand check: q_2[7] = (q[5] + q[6] + q[7] + q[8] + q[9]) / 5, and q_2[1] takes the
        // evening block's last hours (21, 22) and nothing else: (0 + 0 + 0 + q[21] + q[22])…
        let by_hand = (q[5] + q[6] + q[7] + q[8] + q[9]) / 5.0;
        assert!((q2[7] - by_hand).abs() < 1e-12);
        assert!((q2[0] - (q[22] + q[23] + q[0] + q[1] + q[2]) / 5.0).abs() < 1e-12);
        let peak = |p: &[f64; 24]| p.iter().cloned().fold(0.0, f64::max);
        assert!(peak(&q2) < 0.8 * peak(&q), "{} vs {}", peak(&q2), peak(&q));
        // Every value stays within the original's range; odd inputs are clamped.
        assert!(q2.iter().all(|&x| (0.0..=peak(&q)).contains(&x)));
        assert_eq!(spread(q, f64::NAN), q);
        assert_eq!(spread(q, 99.0), spread(q, 6.0));
    }

    #[test]
    fn every_zone_sums_to_one_thousand() {
        for hours in [6, 8, 10, 12, 14, 18] {
            for weekend in [false, true] {
                let q = rule_profile(hours, weekend);
                let allowed = allowed_hours(hours, weekend);
                assert_relative_eq!(q.iter().sum::<f64>(), 1000.0, max_relative = 1e-12);
                assert!((0..24).all(|c| (q[c] > 0.0) == allowed[c]));
                assert_eq!(allowed.iter().filter(|&&a| a).count(), hours);
            }
        }
    }

    #[test]
    fn seasons_of_the_law() {
        // Zone E 15 Oct (day 287) – 15 Apr (day 104); zone A 1 Dec (334) – 15 Mar (73).
        let e = HeatingRule::ItZoneE.season();
        assert_eq!(
            e,
            Some(HeatingSeason {
                start_day: 287,
                end_day: 104
            })
        );
        let a = HeatingRule::ItZoneA.season();
        assert_eq!(
            a,
            Some(HeatingSeason {
                start_day: 334,
                end_day: 73
            })
        );
        assert_eq!(
            HeatingRule::ItZoneC.season().map(|s| s.start_day),
            Some(318)
        );
        assert_eq!(HeatingRule::ItZoneF.season(), None);
        assert_eq!(HeatingRule::Continuous.hours_per_day(), None);
        assert_eq!(HeatingRule::ItZoneD.hours_per_day(), Some(12));
    }
}

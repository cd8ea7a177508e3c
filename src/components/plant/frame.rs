//! One hour of the last run, read from its hourly columns, and the pure helpers that turn it
//! into text: hour → date, kW → readable power, flow → band width.

use crate::format::{readable, NumberStyle};
use heat_twin_model::params::{FeedIn, Params};
use heat_twin_model::{Mode, Results};

/// Hours in the (non-leap) year.
pub const YEAR_HOURS: usize = 8760;

/// The heat and electricity flows the schematic draws, kW (all ≥ 0).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Flows {
    /// Electricity into the IT racks `P_it`.
    pub it: f64,
    /// Heat captured into the water loop `Q_cap`.
    pub captured: f64,
    /// Captured heat rejected by the dry coolers `Q_rej`.
    pub rejected: f64,
    /// Data-centre heat taken by the exchanger and evaporator `Q_used`.
    pub used: f64,
    /// Heat pump electricity `W_hp`.
    pub hp_electricity: f64,
    /// Heat straight into the network.
    pub direct: f64,
    /// Heat into the tank.
    pub charge: f64,
    /// Heat out of the tank.
    pub discharge: f64,
    /// Heat from the network's other plants (peak backup plus baseload plants).
    pub backup: f64,
    /// Heat reaching the homes (the network's demand less its losses; with a network that
    /// takes all heat, the data centre's delivered heat).
    pub homes: f64,
    /// Network heat loss (0 when the network takes all heat: its losses are not modelled here).
    pub losses: f64,
    /// Pumping electricity `W_pump`.
    pub pumping: f64,
}

impl Flows {
    /// Every flow, for the year's largest value.
    pub fn all(&self) -> [f64; 12] {
        [
            self.it,
            self.captured,
            self.rejected,
            self.used,
            self.hp_electricity,
            self.direct,
            self.charge,
            self.discharge,
            self.backup,
            self.homes,
            self.losses,
            self.pumping,
        ]
    }

    /// The largest flow.
    pub fn max(&self) -> f64 {
        self.all()
            .into_iter()
            .filter(|v| v.is_finite())
            .fold(0.0, f64::max)
    }
}

/// What the plant view shows of one hour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    /// Hour of the year, 0 = 1 January 00:00–01:00.
    pub hour: usize,
    /// The hour's recovery mode.
    pub mode: Mode,
    /// Where the heat enters the network.
    pub feed_in: FeedIn,
    /// The network takes all the heat (no demand, backup or losses shown).
    pub takes_all_heat: bool,
    /// A heat pump exists (allowed, supply-line feed-in).
    pub hp_installed: bool,
    /// Outdoor temperature, °C.
    pub t_out_c: f64,
    /// Loop temperature leaving the IT, °C.
    pub loop_out_c: f64,
    /// Loop temperature back to the IT, °C.
    pub loop_back_c: f64,
    /// Network supply, °C.
    pub supply_c: f64,
    /// Network return, °C.
    pub return_c: f64,
    /// Heat pump COP (0 outside heat-pump hours).
    pub cop: f64,
    /// The flows, kW.
    pub flows: Flows,
    /// Heat needed at the plant, kW (None when the network takes all heat).
    pub demand_kw: Option<f64>,
    /// Heat delivered from the data centre, kW.
    pub delivered_kw: f64,
    /// Tank content, kWh, and its share of the capacity (None without a tank).
    pub storage: Option<(f64, f64)>,
    /// Every power of this view in MW (the year's largest flow is at least 10 MW), else all in
    /// kW: one unit per view ([`view_in_mw`]).
    pub mw: bool,
}

fn at(column: &[f64], h: usize) -> f64 {
    column
        .get(h)
        .copied()
        .filter(|v| v.is_finite())
        .unwrap_or(0.0)
        .max(0.0)
}

fn signed(column: &[f64], h: usize) -> f64 {
    column
        .get(h)
        .copied()
        .filter(|v| v.is_finite())
        .unwrap_or(0.0)
}

/// The flows of hour `h`; `baseload_kw` is the network's plants that run anyway.
fn flows(r: &Results, baseload_kw: f64, h: usize) -> Flows {
    let c = &r.hourly;
    let (backup, homes, losses) = if r.takes_all_heat {
        (0.0, at(&c.delivered_kw, h), 0.0)
    } else {
        let demand = at(&c.demand_kw, h);
        let baseload = demand.min(baseload_kw.max(0.0));
        let losses = at(&c.network_loss_kw, h).min(demand);
        (at(&c.backup_kw, h) + baseload, demand - losses, losses)
    };
    Flows {
        it: at(&c.p_it_kw, h),
        captured: at(&c.q_captured_kw, h),
        rejected: at(&c.rejected_kw, h),
        used: at(&c.q_used_kw, h),
        hp_electricity: at(&c.hp_electricity_kw, h),
        direct: at(&c.direct_kw, h),
        charge: at(&c.charge_kw, h),
        discharge: at(&c.discharge_kw, h),
        backup,
        homes,
        losses,
        pumping: at(&c.pumping_kw, h),
    }
}

impl Frame {
    /// Reads hour `hour` (clamped to the year) of `r`, run with `p`; `capacity_kwh` is the
    /// tank's capacity. None when the run has no hours.
    pub fn read(r: &Results, p: &Params, capacity_kwh: f64, hour: usize) -> Option<Frame> {
        let c = &r.hourly;
        let len = c.t_out_c.len().min(c.mode.len());
        if len == 0 {
            return None;
        }
        let h = hour.min(len - 1);
        let storage_kwh = at(&c.storage_kwh, h);
        let storage = (capacity_kwh.is_finite() && capacity_kwh > 0.0)
            .then(|| (storage_kwh, (storage_kwh / capacity_kwh).clamp(0.0, 1.0)));
        Some(Frame {
            hour: h,
            mode: c.mode[h],
            feed_in: p.recovery.feed_in,
            takes_all_heat: r.takes_all_heat,
            hp_installed: p.recovery.heat_pump && p.recovery.feed_in == FeedIn::SupplyLine,
            t_out_c: signed(&c.t_out_c, h),
            loop_out_c: p.data_centre.loop_out_c,
            loop_back_c: p.data_centre.loop_out_c - p.data_centre.loop_delta_k,
            supply_c: signed(&c.t_supply_c, h),
            return_c: p.network.return_c,
            cop: at(&c.cop, h),
            flows: flows(r, 1000.0 * p.network.baseload_mw, h),
            demand_kw: (!r.takes_all_heat).then(|| at(&c.demand_kw, h)),
            delivered_kw: at(&c.delivered_kw, h),
            storage,
            mw: false,
        })
    }
}

/// The largest flow the schematic draws in any hour of `r`, run with `p` (the band-width
/// scale), kW.
pub fn year_max_kw(r: &Results, p: &Params) -> f64 {
    let len = r.hourly.t_out_c.len();
    let baseload_kw = 1000.0 * p.network.baseload_mw;
    (0..len)
        .map(|h| flows(r, baseload_kw, h).max())
        .fold(0.0, f64::max)
}

/// Widest band, in viewBox units.
pub const MAX_WIDTH: f64 = 34.0;
/// Narrowest band of a non-zero flow (a hairline), in viewBox units.
pub const MIN_WIDTH: f64 = 2.0;

/// The band width of a flow of `kw` when the year's largest flow is `max_kw`: None for zero
/// (or invalid) flows, a hairline at least, [`MAX_WIDTH`] at the maximum, proportional between.
pub fn band_width(kw: f64, max_kw: f64) -> Option<f64> {
    if !kw.is_finite() || kw <= 1e-6 {
        return None;
    }
    if !max_kw.is_finite() || max_kw <= 0.0 {
        return Some(MIN_WIDTH);
    }
    Some((MAX_WIDTH * kw / max_kw).clamp(MIN_WIDTH, MAX_WIDTH))
}

/// One unit for a whole view: MW when its largest flow (`max_kw`) is at least 10,000 kW.
pub fn view_in_mw(max_kw: f64) -> bool {
    max_kw.is_finite() && max_kw >= 10_000.0
}

/// A power in the view's unit: "12.3 MW" / "0.84 MW" when `mw`, else "840 kW" / "12,345 kW".
pub fn power_in(kw: f64, mw: bool, st: NumberStyle) -> String {
    if !kw.is_finite() {
        return "–".to_string();
    }
    let kw = if kw.abs() < 0.005 { 0.0 } else { kw };
    if mw {
        format!("{} MW", readable(kw / 1000.0, st))
    } else if kw.abs() >= 100.0 {
        format!("{} kW", crate::format::fixed(kw, 0, st))
    } else {
        format!("{} kW", readable(kw, st))
    }
}

/// A power for people, its unit chosen by its own size: "840 kW", "2,040 kW", "12.3 MW",
/// "1,234 MW" (in English). A view uses [`power_in`] so that all its figures share one unit.
pub fn power(kw: f64, st: NumberStyle) -> String {
    if !kw.is_finite() {
        return "–".to_string();
    }
    let kw = if kw.abs() < 0.005 { 0.0 } else { kw };
    if kw.abs() >= 10_000.0 {
        format!("{} MW", readable(kw / 1000.0, st))
    } else if kw.abs() >= 100.0 {
        format!("{} kW", crate::format::fixed(kw, 0, st))
    } else {
        format!("{} kW", readable(kw, st))
    }
}

/// An energy for people (tank content): "840 kWh", "12.3 MWh".
pub fn energy(kwh: f64, st: NumberStyle) -> String {
    let p = power(kwh, st);
    format!("{p}h")
}

/// A temperature: "65 °C", "−3.2 °C".
pub fn celsius(c: f64, st: NumberStyle) -> String {
    let t = if c.is_finite() && (c - c.round()).abs() < 0.05 {
        crate::format::fixed(c, 0, st)
    } else {
        crate::format::fixed(c, 1, st)
    };
    format!("{t} °C")
}

const DAYS_IN_MONTH: [usize; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// Month (0–11), day of the month (1–31) and hour of the day of hour `hour` of a non-leap year
/// (clamped to the year).
pub fn month_day_hour(hour: usize) -> (usize, usize, usize) {
    let hour = hour.min(YEAR_HOURS - 1);
    let mut day = hour / 24;
    for (m, days) in DAYS_IN_MONTH.iter().enumerate() {
        if day < *days {
            return (m, day + 1, hour % 24);
        }
        day -= days;
    }
    (11, 31, hour % 24)
}

/// Month names and word order for dates.
#[derive(Debug, Clone, Copy)]
pub struct Months(pub [&'static str; 12]);

/// "21 January, 08:00–09:00" for hour 488.
pub fn date_text(hour: usize, months: &Months) -> String {
    let (m, d, h) = month_day_hour(hour);
    format!("{d} {}, {h:02}:00–{:02}:00", months.0[m], (h + 1) % 24)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: Months = Months([
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]);

    #[test]
    fn hour_zero_is_new_year_midnight() {
        assert_eq!(date_text(0, &EN), "1 January, 00:00–01:00");
        assert_eq!(date_text(24 * 20 + 8, &EN), "21 January, 08:00–09:00");
    }

    #[test]
    fn month_boundaries_of_a_non_leap_year() {
        assert_eq!(month_day_hour(31 * 24), (1, 1, 0));
        assert_eq!(month_day_hour(59 * 24), (2, 1, 0)); // 1 March: no 29 February
        assert_eq!(date_text(8759, &EN), "31 December, 23:00–00:00");
        assert_eq!(month_day_hour(100_000), (11, 31, 23));
    }

    #[test]
    fn band_width_is_none_for_zero_max_at_max_and_monotonic() {
        assert_eq!(band_width(0.0, 1000.0), None);
        assert_eq!(band_width(-5.0, 1000.0), None);
        assert_eq!(band_width(f64::NAN, 1000.0), None);
        assert_eq!(band_width(1000.0, 1000.0), Some(MAX_WIDTH));
        assert_eq!(band_width(0.001, 1000.0), Some(MIN_WIDTH));
        assert_eq!(band_width(5.0, 0.0), Some(MIN_WIDTH));
        let mut last = 0.0;
        for i in 1..=100 {
            let w = band_width(f64::from(i) * 10.0, 1000.0).unwrap_or(0.0);
            assert!(w >= last, "{i}: {w} < {last}");
            last = w;
        }
        assert!((band_width(500.0, 1000.0).unwrap_or(0.0) - MAX_WIDTH / 2.0).abs() < 1e-9);
    }

    #[test]
    fn one_unit_per_view() {
        // A 12.3 MW view writes 840 kW as 0.84 MW; a 2 MW view writes 12,345 kW as kW.
        assert!(view_in_mw(12_300.0) && !view_in_mw(9_999.0));
        assert_eq!(power_in(840.0, true, NumberStyle::EN), "0.84 MW");
        assert_eq!(power_in(12_345.0, true, NumberStyle::EN), "12.3 MW");
        assert_eq!(power_in(12_345.0, false, NumberStyle::EN), "12,345 kW");
        assert_eq!(power_in(2_040.0, false, NumberStyle::IT), "2.040 kW");
    }

    #[test]
    fn powers_read_well() {
        assert_eq!(power(0.0, NumberStyle::EN), "0 kW");
        assert_eq!(power(1e-9, NumberStyle::EN), "0 kW");
        assert_eq!(power(5.25, NumberStyle::EN), "5.25 kW");
        assert_eq!(power(42.0, NumberStyle::EN), "42.0 kW");
        assert_eq!(power(840.4, NumberStyle::EN), "840 kW");
        assert_eq!(power(2040.0, NumberStyle::EN), "2,040 kW");
        assert_eq!(power(12_345.0, NumberStyle::EN), "12.3 MW");
        assert_eq!(power(1_234_567.0, NumberStyle::EN), "1,235 MW");
        assert_eq!(power(f64::INFINITY, NumberStyle::EN), "–");
        assert_eq!(energy(12_345.0, NumberStyle::EN), "12.3 MWh");
    }

    #[test]
    fn temperatures_drop_needless_decimals() {
        assert_eq!(celsius(65.0, NumberStyle::EN), "65 °C");
        assert_eq!(celsius(-3.24, NumberStyle::EN), "−3.2 °C");
        assert_eq!(celsius(82.46, NumberStyle::EN), "82.5 °C");
        assert_eq!(celsius(-3.24, NumberStyle::IT), "−3,2 °C");
        assert_eq!(power(2040.0, NumberStyle::IT), "2.040 kW");
        assert_eq!(energy(12_345.0, NumberStyle::IT), "12,3 MWh");
    }
}

//! Sums of the hourly columns over a month: energies, maxima and the hour counts the summary
//! and the warnings need (MODEL.md §10).
//!
//! Totals are computed from the columns after the hourly loop, never accumulated inside it. The
//! plain sums run in four interleaved partial sums so that the compiler can vectorise them; they
//! differ from a running sum only by rounding. Among the hours with heat pump output (`HP > 0`)
//! the counts are: CO2 break-even (`COP · e[month] < grid`), cost break-even (`COP < electricity
//! price · boiler_efficiency / fuel price`), at the ceiling (`COP = max_cop`) and at the
//! capacity cap (output within 1e-9 of `1000 · heat_pump_max_mw` in an hour whose `A` the cap
//! limited). Cold-end hours are direct or return-line hours with `f_cold < 1` and captured heat.

use std::ops::Range;

use crate::economics::costs_more_than_boiler;
use crate::emissions::Emissions;
use crate::params::EconomicsParams;
use crate::recovery::{Mode, Recovery};
use crate::results::Hourly;

/// Sums over some hours of the columns, kWh (energies) or °C·h (temperatures).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Totals {
    /// Hours summed.
    pub hours: u32,
    /// `ΣT_out`, °C·h.
    pub t_out: f64,
    /// `ΣT_sup`, °C·h.
    pub t_supply: f64,
    /// `ΣP_it`.
    pub p_it: f64,
    /// `ΣP_dc`.
    pub p_dc: f64,
    /// `Σ(P_dc0 − P_dc)`: the site's cooling electricity saved.
    pub cooling_saved: f64,
    /// `ΣQ_cap`.
    pub captured: f64,
    /// `ΣQ_used`.
    pub q_used: f64,
    /// `ΣQ_rej`.
    pub rejected: f64,
    /// `ΣD`.
    pub demand: f64,
    /// `ΣL`.
    pub network_loss: f64,
    /// `Σdirect`.
    pub direct: f64,
    /// `Σcharge`.
    pub charge: f64,
    /// `Σdischarge`.
    pub discharge: f64,
    /// `Σbackup`.
    pub backup: f64,
    /// `ΣQ_del`.
    pub delivered: f64,
    /// `ΣHP`.
    pub hp_output: f64,
    /// `ΣW_hp`.
    pub hp_electricity: f64,
    /// `ΣW_pump`.
    pub pumping: f64,
    /// Tank standing loss.
    pub storage_loss: f64,
    /// Highest `used = direct + charge`, kW.
    pub used_max: f64,
    /// Highest heat pump output, kW.
    pub hp_output_max: f64,
    /// Hours with `HP > 0`.
    pub hp_hours: u32,
    /// Heat-pump hours with `COP · e[month] < grid`.
    pub co2_breakeven_hours: u32,
    /// Heat-pump hours costing more than boiler heat.
    pub cost_breakeven_hours: u32,
    /// Heat-pump hours at `max_cop`.
    pub max_cop_hours: u32,
    /// Lowest COP of the heat-pump hours (+∞ when none).
    pub cop_min: f64,
    /// Highest COP of the heat-pump hours (0 when none).
    pub cop_max: f64,
    /// Hours in each mode: direct, heat pump, return line, none.
    pub mode_hours: [u32; 4],
    /// Direct or return-line hours whose exchanger cold end held heat back.
    pub cold_end_hours: u32,
    /// Captured heat the cold end held back, kWh.
    pub cold_end_held_back: f64,
    /// Hours the heat pump ran at its cap with more heat available.
    pub cap_binding_hours: u32,
    /// `ΣM`: heat from the must-run plants.
    pub must_run: f64,
    /// Offered heat not taken because a cheaper plant serves it.
    pub too_dear: f64,
    /// Offered heat not taken because must-run and cheaper plants cover the demand.
    pub no_room: f64,
    /// CO2 of the displaced heat, kg.
    pub displaced_co2_kg: f64,
    /// Cost of the displaced heat, €.
    pub displaced_cost_eur: f64,
}

impl Totals {
    /// No hours yet (the COP minimum starts at +∞).
    pub fn empty() -> Self {
        Totals {
            cop_min: f64::INFINITY,
            ..Totals::default()
        }
    }

    /// Adds the hours of `o`.
    pub fn merge(&mut self, o: &Totals) {
        self.hours += o.hours;
        self.t_out += o.t_out;
        self.t_supply += o.t_supply;
        self.p_it += o.p_it;
        self.p_dc += o.p_dc;
        self.cooling_saved += o.cooling_saved;
        self.captured += o.captured;
        self.q_used += o.q_used;
        self.rejected += o.rejected;
        self.demand += o.demand;
        self.network_loss += o.network_loss;
        self.direct += o.direct;
        self.charge += o.charge;
        self.discharge += o.discharge;
        self.backup += o.backup;
        self.delivered += o.delivered;
        self.hp_output += o.hp_output;
        self.hp_electricity += o.hp_electricity;
        self.pumping += o.pumping;
        self.storage_loss += o.storage_loss;
        self.used_max = self.used_max.max(o.used_max);
        self.hp_output_max = self.hp_output_max.max(o.hp_output_max);
        self.hp_hours += o.hp_hours;
        self.co2_breakeven_hours += o.co2_breakeven_hours;
        self.cost_breakeven_hours += o.cost_breakeven_hours;
        self.max_cop_hours += o.max_cop_hours;
        self.cop_min = self.cop_min.min(o.cop_min);
        self.cop_max = self.cop_max.max(o.cop_max);
        for (a, b) in self.mode_hours.iter_mut().zip(o.mode_hours) {
            *a += b;
        }
        self.cold_end_hours += o.cold_end_hours;
        self.cold_end_held_back += o.cold_end_held_back;
        self.cap_binding_hours += o.cap_binding_hours;
        self.must_run += o.must_run;
        self.too_dear += o.too_dear;
        self.no_room += o.no_room;
        self.displaced_co2_kg += o.displaced_co2_kg;
        self.displaced_cost_eur += o.displaced_cost_eur;
    }
}

/// Per-hour rules the totals apply (break-evens, cold end, cap).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HourRules {
    /// Emission factors.
    pub emissions: Emissions,
    /// Economic parameters (prices).
    pub economics: EconomicsParams,
    /// Power usage effectiveness (for `P_dc0`).
    pub pue: f64,
    /// COP ceiling.
    pub max_cop: f64,
    /// The recovery plant.
    pub recovery: Recovery,
    /// The tank is used (otherwise its columns hold zeros and are not summed).
    pub tank_active: bool,
}

fn mode_index(mode: Mode) -> usize {
    match mode {
        Mode::Direct => 0,
        Mode::HeatPump => 1,
        Mode::ReturnLine => 2,
        Mode::None => 3,
    }
}

/// `Σ f(a[h], b[h])` over paired columns, in four interleaved partial sums so that the compiler
/// can vectorise (the order differs from a plain running sum only by rounding).
#[inline]
fn sum_pairs(a: &[f64], b: &[f64], f: impl Fn(f64, f64) -> f64) -> f64 {
    let mut lanes = [0.0; 4];
    let (ca, cb) = (a.chunks_exact(4), b.chunks_exact(4));
    let rest: f64 = ca
        .remainder()
        .iter()
        .zip(cb.remainder())
        .map(|(&x, &y)| f(x, y))
        .sum();
    for (x, y) in ca.zip(cb) {
        for i in 0..4 {
            lanes[i] += f(x[i], y[i]);
        }
    }
    (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]) + rest
}

/// `Σ column[h]`.
#[inline]
fn sum(column: &[f64]) -> f64 {
    sum_pairs(column, column, |x, _| x)
}

/// `max column[h]`, at least 0 (as [`max_pairs`]).
#[inline]
pub(crate) fn max(column: &[f64]) -> f64 {
    max_pairs(column, column, |x, _| x)
}

/// `max f(a[h], b[h])`, at least 0 (four lanes: no chain of 8,760 dependent maxima).
#[inline]
fn max_pairs(a: &[f64], b: &[f64], f: impl Fn(f64, f64) -> f64) -> f64 {
    let mut lanes = [0.0_f64; 4];
    let (ca, cb) = (a.chunks_exact(4), b.chunks_exact(4));
    let rest = ca
        .remainder()
        .iter()
        .zip(cb.remainder())
        .fold(0.0_f64, |m, (&x, &y)| m.max(f(x, y)));
    for (x, y) in ca.zip(cb) {
        for i in 0..4 {
            lanes[i] = lanes[i].max(f(x[i], y[i]));
        }
    }
    lanes[0].max(lanes[1]).max(lanes[2].max(lanes[3])).max(rest)
}

/// Sums the columns over `hours` of month `month` (0–11).
pub fn month_totals(
    hourly: &Hourly,
    capped: &[bool],
    hours: Range<usize>,
    month: usize,
    rules: &HourRules,
) -> Totals {
    let r = hours.clone();
    let c = |column: &[f64]| sum(&column[r.clone()]);
    let (p_it, p_dc) = (&hourly.p_it_kw[r.clone()], &hourly.p_dc_kw[r.clone()]);
    let (direct, charge) = (&hourly.direct_kw[r.clone()], &hourly.charge_kw[r.clone()]);
    let hp_output = &hourly.hp_output_kw[r.clone()];
    let pue = rules.pue;
    let mut t = Totals {
        hours: hours.len() as u32,
        t_out: c(&hourly.t_out_c),
        t_supply: c(&hourly.t_supply_c),
        p_it: sum(p_it),
        p_dc: sum(p_dc),
        cooling_saved: sum_pairs(p_it, p_dc, |it, dc| it * pue - dc),
        captured: c(&hourly.q_captured_kw),
        q_used: c(&hourly.q_used_kw),
        rejected: c(&hourly.rejected_kw),
        demand: c(&hourly.demand_kw),
        network_loss: c(&hourly.network_loss_kw),
        direct: sum(direct),
        charge: if rules.tank_active { sum(charge) } else { 0.0 },
        discharge: if rules.tank_active {
            c(&hourly.discharge_kw)
        } else {
            0.0
        },
        backup: c(&hourly.backup_kw),
        delivered: c(&hourly.delivered_kw),
        hp_output: sum(hp_output),
        hp_electricity: c(&hourly.hp_electricity_kw),
        pumping: c(&hourly.pumping_kw),
        storage_loss: if rules.tank_active {
            c(&hourly.storage_loss_kwh)
        } else {
            0.0
        },
        used_max: if rules.tank_active {
            max_pairs(direct, charge, |d, ch| d + ch)
        } else {
            max(direct)
        },
        hp_output_max: max(hp_output),
        must_run: c(&hourly.must_run_kw),
        too_dear: c(&hourly.too_dear_kw),
        no_room: c(&hourly.no_room_kw),
        displaced_co2_kg: c(&hourly.displaced_co2_kg),
        displaced_cost_eur: c(&hourly.displaced_cost_eur),
        ..Totals::empty()
    };
    // One counter a mode, each in its own register (an indexed count waits on the last hour's
    // store when the mode repeats, as it does for hours on end).
    let mut counts = [0u32; 4];
    for &mode in &hourly.mode[r.clone()] {
        let i = mode_index(mode);
        counts[0] += u32::from(i == 0);
        counts[1] += u32::from(i == 1);
        counts[2] += u32::from(i == 2);
        counts[3] += u32::from(i == 3);
    }
    t.mode_hours = counts;
    if t.hp_output > 0.0 {
        heat_pump_counts(&mut t, hourly, capped, r.clone(), month, rules);
    }
    let f_cold = rules.recovery.f_cold;
    if f_cold < 1.0 {
        for h in r {
            let mode = hourly.mode[h];
            let captured = hourly.q_captured_kw[h];
            if (mode == Mode::Direct || mode == Mode::ReturnLine) && captured > 0.0 {
                t.cold_end_hours += 1;
                t.cold_end_held_back += captured * (1.0 - f_cold);
            }
        }
    }
    t
}

/// Heat-pump hours of a month and, among them, the break-even, ceiling and cap counts.
fn heat_pump_counts(
    t: &mut Totals,
    hourly: &Hourly,
    capped: &[bool],
    hours: Range<usize>,
    month: usize,
    rules: &HourRules,
) {
    let cap_kw = rules.recovery.hp_cap_kw.unwrap_or(f64::INFINITY);
    let eta = rules.emissions.boiler_efficiency;
    // The month's slices, zipped: no bounds check an hour.
    let hours = hourly.hp_output_kw[hours.clone()]
        .iter()
        .zip(&hourly.cop[hours.clone()])
        .zip(&capped[hours]);
    for ((&hp, &cop), &capped) in hours {
        if hp > 0.0 {
            t.hp_hours += 1;
            t.co2_breakeven_hours += u32::from(rules.emissions.emits_more_than_boiler(cop, month));
            t.cost_breakeven_hours += u32::from(costs_more_than_boiler(&rules.economics, eta, cop));
            t.max_cop_hours += u32::from(cop == rules.max_cop);
            t.cop_min = t.cop_min.min(cop);
            t.cop_max = t.cop_max.max(cop);
            t.cap_binding_hours += u32::from(capped && hp >= cap_kw * (1.0 - 1e-9));
        }
    }
}

//! The heat pump's units and the hour's choice between heat pump and return line, applied to a
//! supply-line heat-pump hour after [`crate::recovery::Recovery::hour_with`] (MODEL.md §4.2;
//! docs/model/heat_pump.md §2, §3 and §6).
//!
//! A run sizes the units once, from the design hour: the largest hourly heat-pump output
//! `max_h s·A[h]` over the heat-pump hours (after the `auto` choice at unlimited capacity), or
//! `recovery.heat_pump_installed_mw` when larger, in equal units no larger than
//! `recovery.heat_pump_unit_mw`. Then, in each heat-pump hour, the heat pump's part `s·A` goes
//! through [`dispatch_units`]: below one unit's minimum part load the units are off and the hour
//! falls back to the return-line rule (or nothing); a smaller output limits `A = output / s` as
//! the output cap does. With `mode_choice = auto` the hour then runs whichever of heat pump and
//! return line has the larger net value ([`choose`]).

use crate::dispatch::{MeritOrder, OfferPrice};
use crate::heat_pump::{choose, Choice, OptionHour, Prices};
use crate::heat_pump::{dispatch_units, size_units, UnitSizing};
use crate::params::{ModeChoice, Params};
use crate::recovery::{Mode, Recovery, RecoveryHour};

/// The heat pump's variable O&M, € per MWh of its heat: DEA el&DH data sheet 40, large
/// (10 MW) excess-heat unit, 1.69 €/MWh \[P\] (1.69–2.69 by size; MODEL.md §5.1 uses the same
/// figure for a network's own heat pumps).
pub const HEAT_PUMP_VOM_EUR_PER_MWH: f64 = 1.69;

/// The heat pump's units and the hour's choice for one run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Machines {
    /// A unit's minimum part load, share of its size `m` (0–1).
    pub min_load: f64,
    /// The largest unit, kW of heat.
    pub max_unit_kw: f64,
    /// Installed heat output the user sets, kW (0 = as sized).
    pub installed_kw_given: f64,
    /// The units, once sized (`None` in the sizing pass: no unit limit).
    pub units: Option<UnitSizing>,
    /// Heat pump, return line or the cheaper of the two.
    pub choice: ModeChoice,
    /// Prices of the `auto` choice: electricity, the implicit boilers' heat cost
    /// `fuel price / boiler_efficiency` as the value of a MWh delivered \[A: the top of the merit
    /// order, an upper bound on the heat's value\], and [`HEAT_PUMP_VOM_EUR_PER_MWH`].
    pub prices: Prices,
    /// Pumping electricity per kWh delivered (both options).
    pub pumping_share: f64,
    /// What a MWh delivered costs the network (`c_dc` of MODEL.md §7).
    pub offer: OfferPrice,
    /// `c_dc` at or above which the network never takes the heat, €/MWh: the dearest plant of
    /// its merit order ([`MeritOrder::never_takes_at`]; infinite until [`Machines::price_against`]
    /// is called, and with `run_for_co2`).
    pub never_taken_at: f64,
}

/// What [`Machines::apply`] did to an hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MachineNote {
    /// The heat pump's part was below one unit's minimum load: the units were off and the hour
    /// fell back.
    pub off_min_load: bool,
    /// The heat pump's heat would cost the network at least its dearest plant (never taken) and
    /// the hour fell back to the return line.
    pub too_dear: bool,
}

impl Machines {
    /// The machines of validated parameters, not yet sized.
    pub fn from_params(params: &Params) -> Self {
        let r = &params.recovery;
        let e = &params.economics;
        Machines {
            min_load: r.heat_pump_min_load,
            max_unit_kw: 1000.0 * r.heat_pump_unit_mw,
            installed_kw_given: 1000.0 * r.heat_pump_installed_mw,
            units: None,
            choice: r.mode_choice,
            prices: Prices {
                electricity_eur_per_mwh: e.electricity_price_eur_per_mwh,
                heat_value_eur_per_mwh: e.fuel_price_eur_per_mwh
                    / params.emissions.boiler_efficiency,
                heat_pump_vom_eur_per_mwh: HEAT_PUMP_VOM_EUR_PER_MWH,
            },
            pumping_share: r.pumping_share,
            offer: OfferPrice::from_params(params),
            never_taken_at: f64::INFINITY,
        }
    }

    /// Prices the heat pump's heat against the network's merit order `merit` (MODEL.md §4.2,
    /// "never worth buying").
    pub fn price_against(&mut self, merit: &MeritOrder) {
        self.never_taken_at = merit.never_takes_at();
    }

    /// The heat pump's output in an hour, kW: `s·A` in heat-pump hours, else 0 (what the design
    /// hour is the largest of).
    #[inline]
    pub fn heat_pump_output_kw(rec: &RecoveryHour) -> f64 {
        if rec.mode == Mode::HeatPump {
            rec.hp_share * rec.available_kw
        } else {
            0.0
        }
    }

    /// Whether the sized units can change an hour whose wanted heat-pump output is at least
    /// `smallest_kw` (the year's smallest positive `s·A`): only when that is below one unit's
    /// minimum load, or when the minimum load is above half a unit (then a set of running units
    /// may deliver less than wanted, heat_pump.md §2). When they cannot, the sizing pass's hours
    /// are already the run's hours.
    pub fn units_can_bind(&self, smallest_kw: f64) -> bool {
        match self.units {
            Some(u) if u.units > 0 => {
                self.min_load > 0.5 || smallest_kw < self.min_load * u.unit_kw
            }
            _ => false,
        }
    }

    /// The units sized for the design hour's heat-pump output `design_kw` (docs/model/heat_pump.md
    /// §2): `size_units(design, installed given, largest unit)`.
    pub fn size(&mut self, design_kw: f64) {
        self.units = Some(size_units(
            design_kw,
            self.installed_kw_given,
            self.max_unit_kw,
        ));
    }

    /// The hour `rec` of `plant` (already at the hour's return) after the units and the choice:
    /// captured heat `q_cap_kw`, supply `t_supply_c`, demand the data centre may serve
    /// `dc_demand_kw`, `bounded` as in [`Recovery::hour_with`]. Hours that are not heat-pump
    /// hours are returned unchanged.
    #[inline(always)]
    pub fn apply(
        &self,
        plant: &Recovery,
        rec: RecoveryHour,
        q_cap_kw: f64,
        t_supply_c: f64,
        dc_demand_kw: f64,
        bounded: bool,
    ) -> (RecoveryHour, MachineNote) {
        let mut note = MachineNote::default();
        if rec.mode != Mode::HeatPump {
            return (rec, note);
        }
        let fallback = || plant.return_line_hour(q_cap_kw, t_supply_c, dc_demand_kw, bounded);
        // Never worth buying (MODEL.md §4.2): heat the network would take from none of its
        // plants' places; the operator switches the heat pump off and preheats the return.
        if self.offer.cost(&rec) >= self.never_taken_at {
            let line = fallback();
            if line.mode == Mode::ReturnLine {
                note.too_dear = true;
                return (line, note);
            }
        }
        if self.units.is_none() && self.choice != ModeChoice::Auto {
            return (rec, note);
        }
        let mut hour = rec;
        if let Some(units) = self.units {
            let wanted_kw = rec.hp_share * rec.available_kw;
            if wanted_kw > 0.0 {
                let run = dispatch_units(wanted_kw, units.unit_kw, units.units, self.min_load);
                if run.output_kw <= 0.0 {
                    note.off_min_load = true;
                    return (fallback(), note);
                }
                if run.output_kw < wanted_kw {
                    hour.available_kw = run.output_kw / rec.hp_share;
                    hour.capped = true;
                }
            }
        }
        if self.choice == ModeChoice::Auto {
            let line = fallback();
            // A return line whose heat the network would never take is worth nothing to the
            // choice (MODEL.md §4.2): the heat pump's heat, taken, is kept.
            if line.mode == Mode::ReturnLine && self.offer.cost(&line) < self.never_taken_at {
                let heat_pump = OptionHour::heat_pump(
                    hour.available_kw,
                    hour.hp_share,
                    hour.cop,
                    self.pumping_share,
                );
                let return_line = OptionHour::return_line(line.available_kw, self.pumping_share);
                if choose(&heat_pump, &return_line, &self.prices) == Choice::ReturnLine {
                    return (line, note);
                }
            }
        }
        (hour, note)
    }
}

/// The COP ceiling an hour can be pinned at, for the count `heat_pump_hours_at_max_cop`:
/// `max_cop` with the version-1 Lorenz COP; none (infinite) with the fitted or Jensen COP,
/// which have no ceiling.
pub fn cop_ceiling(recovery: &crate::params::RecoveryParams) -> f64 {
    if recovery.cop_method == crate::params::CopMethod::Lorenz {
        recovery.max_cop
    } else {
        f64::INFINITY
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::Params;
    use approx::assert_relative_eq;

    /// 4G plant fed by 45 °C loop water (hot end 42 °C), return 35 °C: at 70 °C supply
    /// s = (70 − 42)/(70 − 35) = 0.8.
    fn four_g() -> (Params, Recovery) {
        let mut p = Params::default();
        p.data_centre.loop_out_c = 45.0;
        p.data_centre.loop_delta_k = 10.0;
        p.network.return_c = 35.0;
        let r = Recovery::from_params(&p);
        (p, r)
    }

    #[test]
    fn below_the_minimum_load_the_hour_falls_back() {
        // One 5 MW unit, minimum load 0.25: it runs from 1,250 kW of heat-pump heat.
        let (p, r) = four_g();
        let mut m = Machines::from_params(&p);
        m.size(5_000.0);
        assert_eq!(m.units.map(|u| u.units), Some(1));
        // Captured 1,000 kW: A = 1000/g (g ≈ 0.9), s·A ≈ 0.8 · 1,130 ≈ 905 kW < 1,250: off.
        let rec = r.hour(1_000.0, 70.0, 1.0e9, true);
        assert_eq!(rec.mode, Mode::HeatPump);
        assert!(rec.hp_share * rec.available_kw < 1_250.0);
        let (hour, note) = m.apply(&r, rec, 1_000.0, 70.0, 1.0e9, true);
        assert!(note.off_min_load);
        // The fallback is the return-line rule: min(Q_cap · f_cold, D_dc · rise share):
        // f_cold = (42 − 35)/10 = 0.7 → 700 kW.
        assert_eq!(hour.mode, Mode::ReturnLine);
        assert_relative_eq!(hour.available_kw, 700.0, epsilon = 1e-9);
        assert_eq!(hour.hp_share, 0.0);
        // Captured 2,000 kW: s·A ≈ 1,810 kW ≥ 1,250: it runs, unchanged.
        let rec = r.hour(2_000.0, 70.0, 1.0e9, true);
        let (hour, note) = m.apply(&r, rec, 2_000.0, 70.0, 1.0e9, true);
        assert!(!note.off_min_load);
        assert_eq!(hour, rec);
    }

    #[test]
    fn unsized_units_do_not_limit_and_other_modes_pass() {
        let (p, r) = four_g();
        let m = Machines::from_params(&p);
        let rec = r.hour(10.0, 70.0, 1.0e9, true);
        assert_eq!(m.apply(&r, rec, 10.0, 70.0, 1.0e9, true).0, rec);
        let direct = r.hour(1_000.0, 40.0, 1.0e9, true);
        assert_eq!(direct.mode, Mode::Direct);
        let mut sized = m;
        sized.size(5_000.0);
        assert_eq!(
            sized.apply(&r, direct, 1_000.0, 40.0, 1.0e9, true).0,
            direct
        );
    }

    #[test]
    fn a_high_minimum_load_limits_the_output() {
        // Two 5 MW units, minimum 0.8: 6,000 kW wanted needs 2 units at 3,000 kW < 4,000 kW
        // each, so one unit runs at 5,000 kW and A = 5,000 / s.
        let (p, r) = four_g();
        let mut m = Machines::from_params(&p);
        m.min_load = 0.8;
        m.size(10_000.0);
        let rec = r.hour(1.0e4, 70.0, 1.0e9, true);
        let s = rec.hp_share;
        let scaled = RecoveryHour {
            available_kw: 6_000.0 / s,
            ..rec
        };
        let (hour, note) = m.apply(&r, scaled, 1.0e4, 70.0, 1.0e9, true);
        assert!(!note.off_min_load && hour.capped);
        assert_relative_eq!(hour.hp_share * hour.available_kw, 5_000.0, epsilon = 1e-9);
    }

    #[test]
    fn auto_picks_the_larger_net_value() {
        // Captured 1,000 kW at 70 °C: heat pump s = 0.8, fitted COP 5.35, g = 0.2 + 0.8 · (1 −
        // 1/5.35) = 0.850, A = 1000/0.850 = 1,175.9 kW; return line 700 kW (f_cold 0.7).
        // Heat value 45/0.92 = 48.91 €/MWh, electricity 150 €/MWh, pumping 0.01, O&M 1.69:
        // heat pump 1,175.9 · (48.91 − 150 · (0.8/5.35 + 0.01) − 0.8 · 1.69) / 1000 = 27.8 €/h;
        // return line 700 · (48.91 − 150 · 0.01) / 1000 = 33.2 €/h: the return line wins (the
        // extra 476 kW cost 188 kW of electricity, COP 2.5 at the margin).
        let (mut p, _) = four_g();
        p.recovery.mode_choice = ModeChoice::Auto;
        let r = Recovery::from_params(&p);
        let m = Machines::from_params(&p);
        let rec = r.hour(1_000.0, 70.0, 1.0e9, true);
        assert_relative_eq!(rec.cop, 5.35, epsilon = 0.01);
        assert_relative_eq!(rec.available_kw, 1_175.9, epsilon = 0.1);
        let (hour, _) = m.apply(&r, rec, 1_000.0, 70.0, 1.0e9, true);
        assert_eq!(hour.mode, Mode::ReturnLine);
        assert_relative_eq!(hour.available_kw, 700.0, epsilon = 1e-9);
        // Electricity at 50 €/MWh: heat pump 1,175.9 · (48.91 − 50 · 0.1595 − 1.35) / 1000
        // = 46.5 €/h against 700 · (48.91 − 0.5) / 1000 = 33.9 €/h: the heat pump runs.
        p.economics.electricity_price_eur_per_mwh = 50.0;
        let m = Machines::from_params(&p);
        assert_eq!(m.apply(&r, rec, 1_000.0, 70.0, 1.0e9, true).0, rec);
        // `heat_pump` (the default) never switches.
        p.recovery.mode_choice = ModeChoice::HeatPump;
        p.economics.electricity_price_eur_per_mwh = 1_000.0;
        let m = Machines::from_params(&p);
        assert_eq!(m.apply(&r, rec, 1_000.0, 70.0, 1.0e9, true).0, rec);
    }

    #[test]
    fn heat_pump_heat_dearer_than_every_plant_falls_back_to_the_return_line() {
        // As above: g = 0.850, s/COP = 0.8/5.35 = 0.1495. At heat 30 €/MWh, electricity 150,
        // pumping 0.01, fuel 45 at 92 % c_dc = 30 · 0.8505 + 150 · (0.1495 + 0.01) = 49.45 €/MWh,
        // above the boilers' 45/0.92 = 48.91 (the only plant): §7 would take none of it, so the
        // hour preheats the return (700 kW) instead.
        let (mut p, r) = four_g();
        p.economics.heat_price_eur_per_mwh = 30.0;
        p.economics.electricity_price_eur_per_mwh = 150.0;
        p.economics.fuel_price_eur_per_mwh = 45.0;
        p.emissions.boiler_efficiency = 0.92;
        let rec = r.hour(1_000.0, 70.0, 1.0e9, true);
        let priced = |p: &Params| {
            let mut m = Machines::from_params(p);
            m.price_against(&MeritOrder::from_params(p, [0.0; 12]));
            m
        };
        let m = priced(&p);
        assert_relative_eq!(m.offer.cost(&rec), 49.45, epsilon = 0.01);
        assert_relative_eq!(m.never_taken_at, 48.91, epsilon = 0.01);
        let (hour, note) = m.apply(&r, rec, 1_000.0, 70.0, 1.0e9, true);
        assert!(note.too_dear && !note.off_min_load);
        assert_eq!(hour.mode, Mode::ReturnLine);
        assert_relative_eq!(hour.available_kw, 700.0, epsilon = 1e-9);
        // At 140 €/MWh: 25.5 + 140 · 0.1595 = 47.83 < 48.91: the heat pump runs.
        p.economics.electricity_price_eur_per_mwh = 140.0;
        let (hour, note) = priced(&p).apply(&r, rec, 1_000.0, 70.0, 1.0e9, true);
        assert!(!note.too_dear);
        assert_eq!(hour, rec);
        // Run for CO2: the network takes it whatever it costs.
        p.economics.electricity_price_eur_per_mwh = 150.0;
        p.recovery.run_for_co2 = true;
        let m = priced(&p);
        assert!(m.never_taken_at.is_infinite());
        assert_eq!(m.apply(&r, rec, 1_000.0, 70.0, 1.0e9, true).0, rec);
        // No return line possible (a 38 °C loop cannot preheat a 35 °C return by 5 K): the
        // hour stays a heat-pump hour and §7 reports its heat as too dear.
        p.recovery.run_for_co2 = false;
        p.data_centre.loop_out_c = 38.0;
        let r = Recovery::from_params(&p);
        let rec = r.hour(1_000.0, 70.0, 1.0e9, true);
        assert_eq!(rec.mode, Mode::HeatPump);
        let (hour, note) = priced(&p).apply(&r, rec, 1_000.0, 70.0, 1.0e9, true);
        assert!(!note.too_dear);
        assert_eq!(hour, rec);
    }

    #[test]
    fn auto_never_picks_a_return_line_the_network_would_not_take() {
        // The 4G plant with the heat pump capped at 640 kW (A = 640/0.8 = 800 kW), heat 49 €/MWh,
        // electricity 40, pumping 0.01, fuel 45 at 92 % (c_heat = 48.91 €/MWh, the only plant).
        // Net values: heat pump 800 · (48.91 − 40 · 0.1595 − 0.8 · 1.69) / 1000 = 32.9 €/h,
        // return line 700 · (48.91 − 0.4) / 1000 = 34.0 €/h: the return line would win. But its
        // c_dc = 49 + 0.4 = 49.4 ≥ 48.91 (never taken) while the heat pump's is
        // 49 · 0.8505 + 40 · 0.1595 = 48.06 < 48.91 (taken): the heat pump runs.
        let (mut p, _) = four_g();
        p.recovery.mode_choice = ModeChoice::Auto;
        p.recovery.heat_pump_max_mw = 0.64;
        p.economics.heat_price_eur_per_mwh = 49.0;
        p.economics.electricity_price_eur_per_mwh = 40.0;
        p.economics.fuel_price_eur_per_mwh = 45.0;
        p.emissions.boiler_efficiency = 0.92;
        let r = Recovery::from_params(&p);
        let rec = r.hour(1_000.0, 70.0, 1.0e9, true);
        assert!(rec.capped);
        assert_relative_eq!(rec.available_kw, 800.0, epsilon = 1e-9);
        let mut m = Machines::from_params(&p);
        // Unpriced (the sizing pass, or run for CO2), the net values decide: the return line.
        let (hour, _) = m.apply(&r, rec, 1_000.0, 70.0, 1.0e9, true);
        assert_eq!(hour.mode, Mode::ReturnLine);
        assert_relative_eq!(hour.available_kw, 700.0, epsilon = 1e-9);
        m.price_against(&MeritOrder::from_params(&p, [0.0; 12]));
        assert_relative_eq!(m.offer.cost(&rec), 48.06, epsilon = 0.01);
        let line = r.return_line_hour(1_000.0, 70.0, 1.0e9, true);
        assert_relative_eq!(m.offer.cost(&line), 49.4, epsilon = 1e-9);
        let (hour, note) = m.apply(&r, rec, 1_000.0, 70.0, 1.0e9, true);
        assert!(!note.too_dear);
        assert_eq!(hour, rec);
    }
}

//! Totals, monthly figures, the annual summary and the warnings' numbers, all computed from the
//! hourly columns after the hourly loop (MODEL.md §8–§10).
//!
//! **Equations** (MODEL.md §10): `erf = ΣQ_used / ΣP_dc` (0 when `ΣP_dc = 0`; heat later lost
//! from the tank still counts); `pue = ΣP_dc / ΣP_it`; `homes_equivalent = ΣQ_del /
//! home_heat_mwh`; `homes_from_dc_heat = ΣQ_used / home_heat_mwh`; `site_heat_rejected =
//! ΣP_dc − ΣQ_used`; `heat_pump_scop = ΣHP / ΣW_hp`; `dc_share_of_demand = ΣQ_del / ΣD`;
//! `full_load_hours = Σused / max_h used`. Heat-pump hours are those with `HP > 0`; among them the
//! CO2 break-even count (`COP · e[month] < grid`), the cost break-even count (`COP < electricity
//! price · boiler_efficiency / fuel price`) and the count at `COP = max_cop`.
//!
//! Sums run month by month over the columns ([`crate::totals`]); the annual figures add the
//! twelve months.

use crate::dispatch::{MeritOrder, BOILERS, KINDS, NO_PLANT};
use crate::economics::{self, EnergyTotals};
use crate::emissions::gas_sm3;
use crate::life::{capex_as_built, RunPeaks};
use crate::network::plants::PlantKind;
use crate::params::{FeedIn, Params};
use crate::results::{HeatByKind, Hourly, Monthly, Summary, MODEL_VERSION};
use crate::storage::Tank;
use crate::totals::{month_totals, HourRules, Totals};
use crate::warnings::{MonthNotTaken, NotTakenBy, StorageIgnored, Warnings};
use crate::weather::MONTH_START_HOUR;

/// kWh in a MWh.
const KWH_PER_MWH: f64 = 1000.0;

/// Facts of a run that are not column sums.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RunFacts {
    /// The tank (zero when none or ignored).
    pub tank: Tank,
    /// Tank content at the start of the reported year, kWh.
    pub storage_start_kwh: f64,
    /// Tank content at the end of the reported year, kWh.
    pub storage_end_kwh: f64,
    /// Mean utilisation after the clamp.
    pub mean_utilisation: f64,
    /// Lowest supply temperature of the year `T_floor`, °C.
    pub min_supply_c: f64,
    /// Highest supply temperature of the year, °C.
    pub max_supply_c: f64,
    /// `Σw`, heating degree-hours, K·h.
    pub degree_hours: f64,
    /// Customers' annual space heating `E_sh`, kWh.
    pub space_heating_kwh: f64,
    /// Heat displaced from each plant kind in each month, kWh.
    pub displaced_by_kind: [[f64; KINDS]; 12],
    /// The merit order of the run.
    pub merit: MeritOrder,
    /// The connection pipe's DN (MODEL.md §9.1).
    pub connection_dn: u32,
    /// The connection pipe's pumping over the year, kWh.
    pub connection_pumping_kwh: f64,
    /// Heat lost from the connection pipe over the year, kWh.
    pub connection_loss_kwh: f64,
    /// Hours in which the recovery plant cannot run (maintenance and outages).
    pub hours_unavailable: u32,
    /// The connection pipe's catalogue cost, €.
    pub connection_capex_eur: f64,
    /// The heat pump's units as sized (MODEL.md §4.2; zero units without heat-pump hours).
    pub heat_pump_units: crate::heat_pump::UnitSizing,
    /// Hours whose heat-pump part was below one unit's minimum load (the hour fell back).
    pub hours_off_min_load: u32,
}

fn to_f64(n: u32) -> f64 {
    f64::from(n)
}

/// Monthly figures of month `m` from its totals.
pub fn monthly(t: &Totals, _m: usize, rules: &HourRules, takes_all_heat: bool) -> Monthly {
    let bounded = |x: f64| (!takes_all_heat).then_some(x / KWH_PER_MWH);
    let hours = f64::from(t.hours.max(1));
    Monthly {
        heat_delivered_mwh: t.delivered / KWH_PER_MWH,
        network_demand_mwh: bounded(t.demand),
        heat_rejected_mwh: t.rejected / KWH_PER_MWH,
        backup_heat_mwh: bounded(t.backup),
        co2_avoided_t: rules.emissions.co2_avoided_from_displaced_t(
            t.displaced_co2_kg,
            t.hp_electricity + t.pumping,
            t.cooling_saved,
        ),
        it_energy_mwh: t.p_it / KWH_PER_MWH,
        dc_energy_mwh: t.p_dc / KWH_PER_MWH,
        heat_captured_mwh: t.captured / KWH_PER_MWH,
        dc_heat_used_mwh: t.q_used / KWH_PER_MWH,
        direct_mwh: t.direct / KWH_PER_MWH,
        charge_mwh: t.charge / KWH_PER_MWH,
        discharge_mwh: t.discharge / KWH_PER_MWH,
        storage_loss_mwh: t.storage_loss / KWH_PER_MWH,
        heat_pump_output_mwh: t.hp_output / KWH_PER_MWH,
        heat_pump_electricity_mwh: t.hp_electricity / KWH_PER_MWH,
        pumping_electricity_mwh: t.pumping / KWH_PER_MWH,
        cooling_electricity_saved_mwh: t.cooling_saved / KWH_PER_MWH,
        heat_pump_hours: to_f64(t.hp_hours),
        mean_outdoor_c: t.t_out / hours,
        mean_supply_c: t.t_supply / hours,
        heat_offered_not_taken_mwh: (t.too_dear + t.no_room) / KWH_PER_MWH,
        must_run_heat_mwh: t.must_run / KWH_PER_MWH,
    }
}

/// Monthly figures, summary and warnings of a run, from its columns.
pub fn summarise(
    params: &Params,
    hourly: &Hourly,
    capped: &[bool],
    rules: &HourRules,
    facts: &RunFacts,
    monthly_out: &mut [Monthly; 12],
) -> (Summary, Warnings) {
    let takes_all_heat = facts.merit.unbounded;
    let mut year = Totals::empty();
    let mut co2_t = 0.0;
    let mut not_taken = [MonthNotTaken::default(); 12];
    for (m, out) in monthly_out.iter_mut().enumerate() {
        let range = MONTH_START_HOUR[m]..MONTH_START_HOUR[m + 1];
        let t = month_totals(hourly, capped, range.clone(), m, rules);
        *out = monthly(&t, m, rules, takes_all_heat);
        co2_t += out.co2_avoided_t;
        not_taken[m] = month_not_taken(params, hourly, range, &t, facts, m);
        year.merge(&t);
    }
    let hp_electric_peak_kw = crate::totals::max(&hourly.hp_electricity_kw);
    let mut summary = annual_summary(params, &year, co2_t, rules, facts, hp_electric_peak_kw);
    peaks(&mut summary, hourly, takes_all_heat);
    let mut warnings = warnings(params, &year, &summary, rules, facts);
    warnings.not_taken = not_taken;
    (summary, warnings)
}

/// Why heat was not taken in one month: how much, and the plant that covered most of it.
fn month_not_taken(
    params: &Params,
    hourly: &Hourly,
    hours: std::ops::Range<usize>,
    t: &Totals,
    facts: &RunFacts,
    month: usize,
) -> MonthNotTaken {
    let mut by_plant = [0.0_f64; BOILERS as usize + 1];
    let hours = hourly.covered_by[hours.clone()]
        .iter()
        .zip(&hourly.too_dear_kw[hours.clone()])
        .zip(&hourly.no_room_kw[hours]);
    for ((&who, &too_dear), &no_room) in hours {
        // Only hours with heat not taken add (adding 0 changes no sum): the others no longer
        // wait on the last hour's addition to the same plant.
        let kw = too_dear + no_room;
        if who != NO_PLANT && kw != 0.0 {
            by_plant[usize::from(who).min(BOILERS as usize)] += kw;
        }
    }
    let (mut best, mut best_kwh) = (NO_PLANT, 0.0);
    for (i, &kwh) in by_plant.iter().enumerate() {
        if kwh > best_kwh {
            (best, best_kwh) = (i as u8, kwh);
        }
    }
    let plants = params.network.plants.unwrap_or_default();
    let by = if best == BOILERS {
        NotTakenBy::Boilers
    } else if let Some(p) = plants.as_slice().get(usize::from(best)) {
        NotTakenBy::Plant {
            name: p.name,
            kind: p.kind,
            must_run: p.must_run_in(month),
        }
    } else if best != NO_PLANT && facts.merit.n > 0 {
        // The version-1 baseload: one must-run plant not in a list.
        NotTakenBy::Baseload
    } else {
        NotTakenBy::Nothing
    };
    MonthNotTaken {
        mwh: (t.too_dear + t.no_room) / KWH_PER_MWH,
        too_dear_mwh: t.too_dear / KWH_PER_MWH,
        offered_mwh: (t.direct + t.charge + t.too_dear + t.no_room) / KWH_PER_MWH,
        by,
    }
}

/// The year's peak demand and peak backup, with their hours (the first hour of a tie).
fn peaks(s: &mut Summary, hourly: &Hourly, takes_all_heat: bool) {
    if takes_all_heat {
        return;
    }
    let peak = |column: &[f64]| {
        let mut best = (0usize, f64::NEG_INFINITY);
        for (h, &x) in column.iter().enumerate() {
            if x > best.1 {
                best = (h, x);
            }
        }
        best
    };
    let (hd, d) = peak(&hourly.demand_kw);
    let (hb, b) = peak(&hourly.backup_kw);
    if d.is_finite() {
        s.peak_demand_mw = Some(d / KWH_PER_MWH);
        s.peak_demand_hour = Some(hd as u32);
    }
    if b.is_finite() {
        s.peak_backup_mw = Some(b / KWH_PER_MWH);
        s.peak_backup_hour = Some(hb as u32);
    }
}

fn annual_summary(
    params: &Params,
    y: &Totals,
    co2_t: f64,
    rules: &HourRules,
    facts: &RunFacts,
    hp_electric_peak_kw: f64,
) -> Summary {
    let mwh = |kwh: f64| kwh / KWH_PER_MWH;
    let takes_all_heat = facts.merit.unbounded;
    let home = params.network.home_heat_mwh;
    let mut by_kind = [0.0; KINDS];
    for month in &facts.displaced_by_kind {
        for (sum, kwh) in by_kind.iter_mut().zip(month) {
            *sum += kwh / KWH_PER_MWH;
        }
    }
    let by_kind = HeatByKind::from_array(by_kind);
    let eta = params.emissions.boiler_efficiency;
    let ran = y.hp_hours > 0;
    let connection_loss_kwh = facts.connection_loss_kwh;
    let totals = EnergyTotals {
        delivered_mwh: mwh(y.delivered),
        dc_heat_used_mwh: mwh(y.q_used),
        plant_output_mwh: mwh(y.direct + y.charge + connection_loss_kwh),
        hp_electricity_mwh: mwh(y.hp_electricity),
        pumping_mwh: mwh(y.pumping),
        cooling_saved_mwh: mwh(y.cooling_saved),
        peak_hp_output_mw: mwh(y.hp_output_max),
        heat_pump_ran: ran,
        storage_volume_m3: if facts.tank.is_active() {
            params.storage.volume_m3
        } else {
            0.0
        },
        boiler_efficiency: eta,
        displaced_cost_eur: y.displaced_cost_eur,
    };
    // Capex as built (docs/model/life.md §2): the connection pipe at its catalogue price (the
    // params are priced by the connection, MODEL.md §9.1) and the heat pumps as installed
    // (MODEL.md §4.2).
    let capex = capex_as_built(
        params,
        &RunPeaks {
            recovery_mw: mwh(y.used_max),
            heat_pump_output_mw: if ran { mwh(y.hp_output_max) } else { 0.0 },
            heat_pump_electric_mw: mwh(hp_electric_peak_kw),
            storage_used: facts.tank.is_active(),
        },
        economics::connection_pipe_eur(&params.economics),
        facts.heat_pump_units.installed_kw,
    );
    let econ = economics::evaluate_as_built(&params.economics, &totals, &capex);
    let demand = (!takes_all_heat).then_some(mwh(y.demand));
    let used = y.direct + y.charge + connection_loss_kwh;
    // Fuel: the displaced heat of the boilers (gas and oil) at the boilers' efficiency; gas:
    // the gas boilers' share (MODEL.md §8, version 2).
    let gas_heat_mwh = by_kind.get(PlantKind::GasBoiler);
    let fuel_saved_mwh = rules
        .emissions
        .fuel_saved_mwh(gas_heat_mwh + by_kind.get(PlantKind::OilBoiler));
    let hours = f64::from(y.hours.max(1));
    Summary {
        model_version: MODEL_VERSION,
        peak_demand_mw: None,
        peak_demand_hour: None,
        peak_backup_mw: None,
        peak_backup_hour: None,
        must_run_heat_mwh: mwh(y.must_run),
        heat_displaced_by_kind_mwh: by_kind,
        heat_offered_not_taken_mwh: mwh(y.too_dear + y.no_room),
        heat_not_taken_too_dear_mwh: mwh(y.too_dear),
        heat_not_taken_no_room_mwh: mwh(y.no_room),
        displaced_co2_t: y.displaced_co2_kg / 1000.0,
        it_energy_mwh: mwh(y.p_it),
        dc_energy_mwh: mwh(y.p_dc),
        heat_captured_mwh: mwh(y.captured),
        dc_heat_used_mwh: mwh(y.q_used),
        heat_rejected_mwh: mwh(y.rejected),
        heat_delivered_mwh: mwh(y.delivered),
        heat_pump_output_mwh: mwh(y.hp_output),
        heat_pump_electricity_mwh: mwh(y.hp_electricity),
        pumping_electricity_mwh: mwh(y.pumping),
        heat_pump_scop: (ran && y.hp_electricity > 0.0).then(|| y.hp_output / y.hp_electricity),
        network_demand_mwh: demand,
        backup_heat_mwh: (!takes_all_heat).then_some(mwh(y.backup)),
        dc_share_of_demand: demand.filter(|&d| d > 0.0).map(|d| mwh(y.delivered) / d),
        erf: if y.p_dc > 0.0 { y.q_used / y.p_dc } else { 0.0 },
        homes_equivalent: mwh(y.delivered) / home,
        co2_avoided_t: co2_t,
        trees_equivalent: rules.emissions.trees(co2_t),
        fuel_saved_mwh,
        gas_saved_sm3: gas_sm3(rules.emissions.fuel_saved_mwh(gas_heat_mwh)),
        full_load_hours: (y.used_max > 0.0).then(|| used / y.used_max),
        capex_eur: econ.capex_eur,
        annual_benefit_eur: econ.annual_benefit_eur,
        simple_payback_years: econ.simple_payback_years,
        lcoh_eur_per_mwh: econ.lcoh_eur_per_mwh,
        heat_revenue_eur: econ.heat_revenue_eur,
        storage_loss_mwh: mwh(y.storage_loss),
        homes_from_dc_heat: mwh(y.q_used) / home,
        site_heat_rejected_mwh: mwh(y.p_dc - y.q_used),
        fuel_cost_avoided_eur: econ.fuel_cost_avoided_eur,
        utility_benefit_eur: econ.utility_benefit_eur,
        dc_benefit_eur: econ.dc_benefit_eur,
        utility_cost_eur_per_mwh: econ.utility_cost_eur_per_mwh,
        pue: (y.p_it > 0.0).then(|| y.p_dc / y.p_it),
        heat_pump_hours: to_f64(y.hp_hours),
        heat_pump_hours_below_co2_breakeven_cop: to_f64(y.co2_breakeven_hours),
        heat_pump_hours_below_cost_breakeven_cop: to_f64(y.cost_breakeven_hours),
        heat_pump_hours_at_max_cop: to_f64(y.max_cop_hours),
        heat_pump_cop_min: ran.then_some(y.cop_min),
        heat_pump_cop_max: ran.then_some(y.cop_max),
        heat_pump_capacity_mw: econ.hp_capacity_mw,
        recovery_output_mwh: mwh(used),
        peak_recovery_output_mw: mwh(y.used_max),
        storage_charge_mwh: mwh(y.charge),
        storage_discharge_mwh: mwh(y.discharge),
        storage_capacity_mwh: mwh(facts.tank.capacity_kwh),
        storage_power_mw: mwh(facts.tank.power_kw),
        storage_start_mwh: mwh(facts.storage_start_kwh),
        storage_end_mwh: mwh(facts.storage_end_kwh),
        network_losses_mwh: (!takes_all_heat).then_some(mwh(y.network_loss)),
        cooling_electricity_saved_mwh: mwh(y.cooling_saved),
        heat_pump_capex_eur: econ.hp_capex_eur,
        storage_capex_eur: econ.storage_capex_eur,
        pipe_capex_eur: econ.pipe_capex_eur,
        connection_dn: f64::from(facts.connection_dn),
        connection_heat_loss_mwh: mwh(connection_loss_kwh),
        connection_pumping_mwh: mwh(facts.connection_pumping_kwh),
        connection_capex_eur: facts.connection_capex_eur,
        recovery_hours_unavailable: f64::from(facts.hours_unavailable),
        heat_pump_installed_mw: facts.heat_pump_units.installed_kw / 1000.0,
        heat_pump_units: f64::from(facts.heat_pump_units.units),
        heat_pump_unit_mw: facts.heat_pump_units.unit_kw / 1000.0,
        heat_pump_hours_off_min_load: f64::from(facts.hours_off_min_load),
        capex_exchangers_eur: capex.exchangers_eur,
        capex_pumping_station_eur: capex.pumping_station_eur,
        capex_electrical_eur: capex.electrical_eur,
        capex_engineering_eur: capex.engineering_eur,
        capex_utility_eur: capex.utility_eur,
        capex_data_centre_eur: capex.data_centre_eur,
        om_eur: econ.om_eur,
        electricity_cost_eur: econ.electricity_cost_eur,
        cooling_saving_eur: econ.cooling_saving_eur,
        metered_heat_mwh: econ.metered_heat_mwh,
        crf: econ.crf,
        boiler_heat_cost_eur_per_mwh: params.economics.fuel_price_eur_per_mwh / eta,
        mean_utilisation: facts.mean_utilisation,
        mean_supply_c: y.t_supply / hours,
        min_supply_c: facts.min_supply_c,
        max_supply_c: facts.max_supply_c,
        direct_hours: to_f64(y.mode_hours[0]),
        heat_pump_mode_hours: to_f64(y.mode_hours[1]),
        return_line_hours: to_f64(y.mode_hours[2]),
        no_recovery_hours: to_f64(y.mode_hours[3]),
    }
}

fn warnings(
    params: &Params,
    y: &Totals,
    s: &Summary,
    rules: &HourRules,
    facts: &RunFacts,
) -> Warnings {
    let r = &rules.recovery;
    let takes_all_heat = facts.merit.unbounded;
    let e = &params.economics;
    let storage_ignored = if params.storage.volume_m3 <= 0.0 {
        StorageIgnored::No
    } else if params.recovery.feed_in == FeedIn::ReturnLine {
        StorageIgnored::ReturnLine
    } else if takes_all_heat {
        StorageIgnored::TakesAllHeat
    } else {
        StorageIgnored::No
    };
    let return_line_feed_in = r.feed_in == FeedIn::ReturnLine;
    Warnings {
        return_line_feed_in,
        heat_pump_allowed: r.heat_pump.is_some(),
        source_c: r.source_c,
        approach_k: r.approach_k,
        return_c: r.return_c,
        captured_mwh: s.heat_captured_mwh,
        rejected_mwh: s.heat_rejected_mwh,
        fallback_hours: if return_line_feed_in {
            0
        } else {
            y.mode_hours[2]
        },
        none_hours: y.mode_hours[3],
        f_cold: r.f_cold,
        cold_end_hours: y.cold_end_hours,
        cold_end_mwh: y.cold_end_held_back / KWH_PER_MWH,
        heat_pump_max_mw: params.recovery.heat_pump_max_mw,
        cap_binding_hours: y.cap_binding_hours,
        heat_pump_hours: y.hp_hours,
        max_cop_hours: y.max_cop_hours,
        max_cop: rules.max_cop,
        co2_breakeven_hours: y.co2_breakeven_hours,
        cost_breakeven_hours: y.cost_breakeven_hours,
        cost_breakeven_cop: (e.fuel_price_eur_per_mwh > 0.0).then(|| {
            e.electricity_price_eur_per_mwh * params.emissions.boiler_efficiency
                / e.fuel_price_eur_per_mwh
        }),
        utilisation_set: params.data_centre.utilisation,
        utilisation_mean: facts.mean_utilisation,
        daily_swing: params.data_centre.daily_swing,
        pumping_share: params.recovery.pumping_share,
        loss_share: (!takes_all_heat && y.demand > 0.0).then(|| y.network_loss / y.demand),
        storage_ignored,
        storage_volume_m3: params.storage.volume_m3,
        no_space_heating: !takes_all_heat
            && facts.degree_hours <= 0.0
            && facts.space_heating_kwh > 0.0,
        heating_base_c: params.network.heating_base_c,
        not_taken: [MonthNotTaken::default(); 12],
    }
}

//! The annual summary (MODEL.md §10).

use super::HeatByKind;

/// Writes a count held as `f64` as a JSON integer (`8760`, not `8760.0`).
pub(super) fn count<S: serde::Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
    if x.fract() == 0.0 && x.abs() < 9e15 {
        s.serialize_i64(*x as i64)
    } else {
        s.serialize_f64(*x)
    }
}

/// Annual summary (MODEL.md §10): every field the specification names, plus a few more.
/// Counts (`*_hours` but `full_load_hours`) serialise as JSON integers.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize)]
pub struct Summary {
    /// The version of docs/MODEL.md that computed these results ([`MODEL_VERSION`](super::MODEL_VERSION)).
    pub model_version: u32,
    /// IT electricity `ΣP_it`, MWh.
    pub it_energy_mwh: f64,
    /// Facility electricity `ΣP_dc`, MWh.
    pub dc_energy_mwh: f64,
    /// Heat captured into the water loop `ΣQ_cap`, MWh.
    pub heat_captured_mwh: f64,
    /// Data-centre heat reused `ΣQ_used` (ISO/IEC 30134-6), MWh.
    pub dc_heat_used_mwh: f64,
    /// Captured heat not used `ΣQ_rej`, MWh.
    pub heat_rejected_mwh: f64,
    /// Heat delivered from the data centre to the network `ΣQ_del`, MWh.
    pub heat_delivered_mwh: f64,
    /// Heat pump output `ΣHP`, MWh.
    pub heat_pump_output_mwh: f64,
    /// Heat pump electricity `ΣW_hp`, MWh.
    pub heat_pump_electricity_mwh: f64,
    /// Pumping electricity `ΣW_pump`, MWh.
    pub pumping_electricity_mwh: f64,
    /// Seasonal COP `ΣHP / ΣW_hp`; null when the heat pump never ran.
    pub heat_pump_scop: Option<f64>,
    /// Heat needed at the plant `ΣD` (baseload part included), MWh; null with `takes_all_heat`.
    pub network_demand_mwh: Option<f64>,
    /// Heat from the network's peak plants `Σbackup`, MWh; null with `takes_all_heat`.
    pub backup_heat_mwh: Option<f64>,
    /// `heat_delivered_mwh / network_demand_mwh`; null with `takes_all_heat` or zero demand.
    pub dc_share_of_demand: Option<f64>,
    /// Energy reuse factor `ΣQ_used / ΣP_dc` (0 when `ΣP_dc = 0`).
    pub erf: f64,
    /// Homes the delivered heat serves, `heat_delivered_mwh / home_heat_mwh`.
    pub homes_equivalent: f64,
    /// CO2 avoided, t/yr (may be negative).
    pub co2_avoided_t: f64,
    /// Trees absorbing as much CO2 (may be negative).
    pub trees_equivalent: f64,
    /// Gross fuel saved `ΣQ_del / boiler_efficiency`, MWh of fuel.
    pub fuel_saved_mwh: f64,
    /// Natural gas saved at 9.79 kWh/Sm³, Sm³.
    pub gas_saved_sm3: f64,
    /// Equivalent hours at peak of the recovery plant `Σused / max used`; null when nothing is
    /// produced.
    pub full_load_hours: Option<f64>,
    /// All capex, €.
    pub capex_eur: f64,
    /// The system's yearly benefit, €/yr.
    pub annual_benefit_eur: f64,
    /// Capex over benefit, years; 0 without capex; null when the benefit is ≤ 0.
    pub simple_payback_years: Option<f64>,
    /// Levelised cost of the recovered heat, €/MWh; null when nothing is delivered.
    pub lcoh_eur_per_mwh: Option<f64>,
    /// Paid to the data centre for metered heat, €/yr.
    pub heat_revenue_eur: f64,
    /// Standing loss of the tank, MWh.
    pub storage_loss_mwh: f64,
    /// Homes the data centre's own heat serves, `dc_heat_used_mwh / home_heat_mwh`.
    pub homes_from_dc_heat: f64,
    /// All the site's heat not reused `ΣP_dc − ΣQ_used`, MWh.
    pub site_heat_rejected_mwh: f64,
    /// Fuel cost the network no longer pays, €/yr.
    pub fuel_cost_avoided_eur: f64,
    /// The utility's yearly benefit, €/yr.
    pub utility_benefit_eur: f64,
    /// The data centre's yearly benefit, €/yr.
    pub dc_benefit_eur: f64,
    /// What the recovered heat costs the utility, €/MWh; null when nothing is delivered.
    pub utility_cost_eur_per_mwh: Option<f64>,
    /// Power usage effectiveness `ΣP_dc / ΣP_it`; null without IT power.
    pub pue: Option<f64>,
    /// Hours with heat pump output.
    #[serde(serialize_with = "count")]
    pub heat_pump_hours: f64,
    /// Heat-pump hours with `COP · e[month] < grid`: they emit more than the heat they displace.
    #[serde(serialize_with = "count")]
    pub heat_pump_hours_below_co2_breakeven_cop: f64,
    /// Heat-pump hours with `COP < electricity price · boiler_efficiency / fuel price`: they cost
    /// more than the boiler heat they displace.
    #[serde(serialize_with = "count")]
    pub heat_pump_hours_below_cost_breakeven_cop: f64,
    /// Heat-pump hours at `max_cop`.
    #[serde(serialize_with = "count")]
    pub heat_pump_hours_at_max_cop: f64,

    /// Lowest hourly COP of the heat-pump hours; null when the heat pump never ran.
    pub heat_pump_cop_min: Option<f64>,
    /// Highest hourly COP of the heat-pump hours; null when the heat pump never ran.
    pub heat_pump_cop_max: Option<f64>,
    /// Heat pump capacity costed (the cap, else the peak output), MW of heat.
    pub heat_pump_capacity_mw: f64,
    /// Heat produced by the recovery plant `Σ(direct + charge)`, MWh.
    pub recovery_output_mwh: f64,
    /// Highest hourly production of the recovery plant, MW.
    pub peak_recovery_output_mw: f64,
    /// Heat into the tank `Σcharge`, MWh.
    pub storage_charge_mwh: f64,
    /// Heat out of the tank `Σdischarge`, MWh.
    pub storage_discharge_mwh: f64,
    /// Tank capacity `E_max`, MWh (0 when none or ignored).
    pub storage_capacity_mwh: f64,
    /// Tank rated power `P_st`, MW (0 when none or ignored).
    pub storage_power_mw: f64,
    /// Tank content at the start of the reported year, MWh.
    pub storage_start_mwh: f64,
    /// Tank content at the end of the reported year, MWh.
    pub storage_end_mwh: f64,
    /// Network heat losses `ΣL`, MWh; null with `takes_all_heat`.
    pub network_losses_mwh: Option<f64>,
    /// The site's cooling electricity saved `E_cool`, MWh (0 without the credit).
    pub cooling_electricity_saved_mwh: f64,
    /// Heat pump capex (the heat pumps as installed, without their electrical connection), €.
    pub heat_pump_capex_eur: f64,
    /// Storage capex, €.
    pub storage_capex_eur: f64,
    /// Connection pipe capex counted in `capex_eur`, €: `connection_capex_eur`, or the flat
    /// `economics.pipe_capex_eur_per_m` × length when that price is given (MODEL.md §9.1).
    pub pipe_capex_eur: f64,
    /// The connection pipe's nominal diameter, DN (given or automatic; MODEL.md §9.1).
    #[serde(serialize_with = "count")]
    pub connection_dn: f64,
    /// Heat lost from the connection pipe over the year, MWh (taken out of the heat delivered).
    pub connection_heat_loss_mwh: f64,
    /// The connection pipe's pumping electricity over the year, MWh (within `pumping`).
    pub connection_pumping_mwh: f64,
    /// The connection pipe's catalogue cost at its DN and length, €.
    pub connection_capex_eur: f64,
    /// Hours in which the recovery plant cannot run: maintenance and unplanned outages
    /// (MODEL.md §4.1).
    #[serde(serialize_with = "count")]
    pub recovery_hours_unavailable: f64,
    /// The heat pump's installed heat output, MW: the design hour's heat-pump output, or
    /// `recovery.heat_pump_installed_mw` when larger (MODEL.md §4.2; 0 without heat-pump hours
    /// unless set). What the economics prices as built.
    pub heat_pump_installed_mw: f64,
    /// Number of equal heat-pump units.
    #[serde(serialize_with = "count")]
    pub heat_pump_units: f64,
    /// Heat output of one unit, MW.
    pub heat_pump_unit_mw: f64,
    /// Hours whose heat-pump part was below one unit's minimum load: the units were off and the
    /// hour fell back to the return line or nothing.
    #[serde(serialize_with = "count")]
    pub heat_pump_hours_off_min_load: f64,
    /// Capex as built: exchanger station, € (docs/model/life.md §2).
    pub capex_exchangers_eur: f64,
    /// Capex as built: pumping station of the connection pipe, €.
    pub capex_pumping_station_eur: f64,
    /// Capex as built: the heat pumps' electrical connection, €.
    pub capex_electrical_eur: f64,
    /// Capex as built: buildings and engineering, €.
    pub capex_engineering_eur: f64,
    /// The utility's capex, €.
    pub capex_utility_eur: f64,
    /// The data centre's capex, €.
    pub capex_data_centre_eur: f64,
    /// Yearly O&M of both parties, €/yr.
    pub om_eur: f64,
    /// Heat pump and pumping electricity, €/yr.
    pub electricity_cost_eur: f64,
    /// The site's cooling electricity saved, €/yr.
    pub cooling_saving_eur: f64,
    /// Metered heat sold by the data centre, MWh.
    pub metered_heat_mwh: f64,
    /// Capital recovery factor.
    pub crf: f64,
    /// What boiler heat costs, `fuel price / boiler_efficiency`, €/MWh of heat.
    pub boiler_heat_cost_eur_per_mwh: f64,
    /// Mean IT utilisation over the year (after the clamp).
    pub mean_utilisation: f64,
    /// Mean network supply temperature, °C.
    pub mean_supply_c: f64,
    /// Lowest network supply temperature `T_floor`, °C.
    pub min_supply_c: f64,
    /// Highest network supply temperature, °C.
    pub max_supply_c: f64,
    /// Hours in `direct` mode.
    #[serde(serialize_with = "count")]
    pub direct_hours: f64,
    /// Hours in `heat_pump` mode (with or without output).
    #[serde(serialize_with = "count")]
    pub heat_pump_mode_hours: f64,
    /// Hours in `return_line` mode.
    #[serde(serialize_with = "count")]
    pub return_line_hours: f64,
    /// Hours in `none` mode.
    #[serde(serialize_with = "count")]
    pub no_recovery_hours: f64,

    /// Highest hourly heat needed at the plant `max D`, MW; null with `takes_all_heat`.
    pub peak_demand_mw: Option<f64>,
    /// Hour of the year (0–8759) of `peak_demand_mw`; null with it.
    pub peak_demand_hour: Option<u32>,
    /// Highest hourly heat from the dispatchable plants after the data centre and the tank
    /// `max backup`, MW: the backup capacity the network needs; null with `takes_all_heat`.
    pub peak_backup_mw: Option<f64>,
    /// Hour of the year (0–8759) of `peak_backup_mw`; null with it.
    pub peak_backup_hour: Option<u32>,
    /// Heat from the must-run plants `ΣM`, MWh.
    pub must_run_heat_mwh: f64,
    /// Heat the data centre's heat displaced from each plant kind, MWh.
    pub heat_displaced_by_kind_mwh: HeatByKind,
    /// Heat offered by the recovery plant and not taken `Σ(A − direct − charge)`, MWh.
    pub heat_offered_not_taken_mwh: f64,
    /// Of it, heat a cheaper plant served (the data centre's heat cost more), MWh.
    pub heat_not_taken_too_dear_mwh: f64,
    /// Of it, heat for which the must-run and cheaper plants left no room, MWh.
    pub heat_not_taken_no_room_mwh: f64,
    /// CO2 of the displaced heat `Σ displaced · co2`, t (before the electricity).
    pub displaced_co2_t: f64,
}

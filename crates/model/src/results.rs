//! Results of one annual run: the annual [`Summary`] (MODEL.md §10), twelve [`Monthly`] figures,
//! the [`Hourly`] columns and the [`Warnings`].
//!
//! Energies are MWh, masses t CO2, money € (per year where a flow), JSON numbers at full double
//! precision. `null` (Rust `None`) marks a figure that does not exist for the scenario: demand,
//! backup and share with `takes_all_heat`, SCOP when the heat pump never ran, payback when the
//! benefit is ≤ 0, unit costs when nothing is delivered, PUE without IT power.

use std::io::Write;

pub use crate::network::plants::{HeatByKind, PlantKind};
pub use crate::recovery::Mode;
use crate::warnings::{Warning, Warnings};
use crate::weather::HOURS;

/// The results of one annual run.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// Annual totals and indicators.
    pub summary: Summary,
    /// Monthly figures, January first.
    pub monthly: [Monthly; 12],
    /// Hourly columns of 8,760 values.
    pub hourly: Hourly,
    /// What the warnings need, turned into sentences by [`Results::warnings`].
    pub warnings: Warnings,
    /// The network takes all the data centre's heat: demand and backup columns are empty in CSV.
    pub takes_all_heat: bool,
}

impl Results {
    /// Empty results with all hourly columns allocated.
    pub fn new() -> Self {
        Results {
            summary: Summary::default(),
            monthly: [Monthly::default(); 12],
            hourly: Hourly::new(),
            warnings: Warnings::default(),
            takes_all_heat: false,
        }
    }

    /// The warnings of this run in plain English, in a fixed order (allocates: call on demand).
    pub fn warnings(&self) -> Vec<Warning> {
        self.warnings.list()
    }

    /// Writes the hourly CSV (MODEL.md §10) of this run.
    pub fn write_hourly_csv<W: Write>(&self, w: W) -> std::io::Result<()> {
        self.hourly.write_csv(w, self.takes_all_heat)
    }
}

impl Default for Results {
    fn default() -> Self {
        Results::new()
    }
}

/// The version of docs/MODEL.md that computes the results (`summary.model_version`).
pub const MODEL_VERSION: u32 = 3;

/// Writes a count held as `f64` as a JSON integer (`8760`, not `8760.0`).
fn count<S: serde::Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
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
    /// The version of docs/MODEL.md that computed these results ([`MODEL_VERSION`]).
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

/// One month's figures.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize)]
pub struct Monthly {
    /// Heat delivered from the data centre, MWh.
    pub heat_delivered_mwh: f64,
    /// Heat needed at the plant, MWh; null with `takes_all_heat`.
    pub network_demand_mwh: Option<f64>,
    /// Captured heat not used, MWh.
    pub heat_rejected_mwh: f64,
    /// Heat from the network's peak plants, MWh; null with `takes_all_heat`.
    pub backup_heat_mwh: Option<f64>,
    /// CO2 avoided with the month's displaced-heat factor, t.
    pub co2_avoided_t: f64,
    /// IT electricity, MWh.
    pub it_energy_mwh: f64,
    /// Facility electricity, MWh.
    pub dc_energy_mwh: f64,
    /// Heat captured into the water loop, MWh.
    pub heat_captured_mwh: f64,
    /// Data-centre heat reused, MWh.
    pub dc_heat_used_mwh: f64,
    /// Heat straight to the network, MWh.
    pub direct_mwh: f64,
    /// Heat into the tank, MWh.
    pub charge_mwh: f64,
    /// Heat out of the tank, MWh.
    pub discharge_mwh: f64,
    /// Tank standing loss, MWh.
    pub storage_loss_mwh: f64,
    /// Heat pump output, MWh.
    pub heat_pump_output_mwh: f64,
    /// Heat pump electricity, MWh.
    pub heat_pump_electricity_mwh: f64,
    /// Pumping electricity, MWh.
    pub pumping_electricity_mwh: f64,
    /// The site's cooling electricity saved, MWh.
    pub cooling_electricity_saved_mwh: f64,
    /// Hours with heat pump output.
    #[serde(serialize_with = "count")]
    pub heat_pump_hours: f64,
    /// Mean outdoor temperature, °C.
    pub mean_outdoor_c: f64,
    /// Mean network supply temperature, °C.
    pub mean_supply_c: f64,
    /// Heat offered by the recovery plant and not taken, MWh.
    pub heat_offered_not_taken_mwh: f64,
    /// Heat from the must-run plants, MWh.
    pub must_run_heat_mwh: f64,
}

/// Hourly columns, 8,760 values each, allocated once. Energies of an hour in kWh equal its
/// mean power in kW.
#[derive(Debug, Clone, PartialEq)]
pub struct Hourly {
    /// Outdoor dry-bulb temperature `T_out`, °C.
    pub t_out_c: Box<[f64]>,
    /// 72-hour mean outdoor temperature `T_smooth`, °C.
    pub t_smooth_c: Box<[f64]>,
    /// Network supply temperature `T_sup`, °C.
    pub t_supply_c: Box<[f64]>,
    /// Network return temperature `T_ret`, °C (docs/model/demand.md §4).
    pub t_return_c: Box<[f64]>,
    /// IT power `P_it`, kW.
    pub p_it_kw: Box<[f64]>,
    /// Facility power `P_dc`, kW.
    pub p_dc_kw: Box<[f64]>,
    /// Heat captured into the water loop `Q_cap`, kW.
    pub q_captured_kw: Box<[f64]>,
    /// Heat the plant could deliver `A`, kW.
    pub available_kw: Box<[f64]>,
    /// Heat needed at the plant `D`, kW (not used for dispatch with `takes_all_heat`).
    pub demand_kw: Box<[f64]>,
    /// Network heat loss `L`, kW.
    pub network_loss_kw: Box<[f64]>,
    /// Heat straight from the plant to the network, kW.
    pub direct_kw: Box<[f64]>,
    /// Heat into the tank, kW.
    pub charge_kw: Box<[f64]>,
    /// Heat out of the tank, kW.
    pub discharge_kw: Box<[f64]>,
    /// Heat from the network's peak plants, kW (0 with `takes_all_heat`).
    pub backup_kw: Box<[f64]>,
    /// Heat delivered from the data centre `Q_del = direct + discharge`, kW.
    pub delivered_kw: Box<[f64]>,
    /// Data-centre heat reused `Q_used`, kW.
    pub q_used_kw: Box<[f64]>,
    /// Captured heat rejected `Q_rej`, kW.
    pub rejected_kw: Box<[f64]>,
    /// Heat pump output `HP`, kW.
    pub hp_output_kw: Box<[f64]>,
    /// Heat pump electricity `W_hp`, kW.
    pub hp_electricity_kw: Box<[f64]>,
    /// Pumping electricity `W_pump`, kW.
    pub pumping_kw: Box<[f64]>,
    /// Heat pump COP in `heat_pump`-mode hours, 0 in the others.
    pub cop: Box<[f64]>,
    /// Tank content at the end of the hour, kWh.
    pub storage_kwh: Box<[f64]>,
    /// Tank standing loss, kWh.
    pub storage_loss_kwh: Box<[f64]>,
    /// The hour's recovery mode.
    pub mode: Box<[Mode]>,
    /// Heat from the must-run plants `M`, kW.
    pub must_run_kw: Box<[f64]>,
    /// Offered heat not taken because a cheaper plant serves it, kW.
    pub too_dear_kw: Box<[f64]>,
    /// Offered heat not taken because must-run and cheaper plants cover the demand, kW.
    pub no_room_kw: Box<[f64]>,
    /// CO2 of the heat displaced this hour, kg.
    pub displaced_co2_kg: Box<[f64]>,
    /// Cost of the heat displaced this hour, €.
    pub displaced_cost_eur: Box<[f64]>,
    /// The plant kind at the margin that the data centre displaced, if any.
    pub displaced_kind: Box<[Option<PlantKind>]>,
    /// The plant that covered the heat not taken (scenario index; see
    /// [`crate::dispatch::BOILERS`] and [`crate::dispatch::NO_PLANT`]).
    pub covered_by: Box<[u8]>,
    /// Heat lost from the connection pipe this hour, kW (MODEL.md §9.1): the recovery plant
    /// sends `direct + charge + connection_loss`, the network receives `direct + charge`.
    pub connection_loss_kw: Box<[f64]>,
    /// Whether the recovery plant can run this hour (false in maintenance and outage hours,
    /// MODEL.md §4.1).
    pub recovery_available: Box<[bool]>,
}

fn column() -> Box<[f64]> {
    vec![0.0; HOURS].into_boxed_slice()
}

impl Hourly {
    /// All columns allocated, filled with zeros.
    pub fn new() -> Self {
        Hourly {
            t_out_c: column(),
            t_smooth_c: column(),
            t_supply_c: column(),
            t_return_c: column(),
            p_it_kw: column(),
            p_dc_kw: column(),
            q_captured_kw: column(),
            available_kw: column(),
            demand_kw: column(),
            network_loss_kw: column(),
            direct_kw: column(),
            charge_kw: column(),
            discharge_kw: column(),
            backup_kw: column(),
            delivered_kw: column(),
            q_used_kw: column(),
            rejected_kw: column(),
            hp_output_kw: column(),
            hp_electricity_kw: column(),
            pumping_kw: column(),
            cop: column(),
            storage_kwh: column(),
            storage_loss_kwh: column(),
            mode: vec![Mode::None; HOURS].into_boxed_slice(),
            must_run_kw: column(),
            too_dear_kw: column(),
            no_room_kw: column(),
            displaced_co2_kg: column(),
            displaced_cost_eur: column(),
            displaced_kind: vec![None; HOURS].into_boxed_slice(),
            covered_by: vec![crate::dispatch::NO_PLANT; HOURS].into_boxed_slice(),
            connection_loss_kw: column(),
            recovery_available: vec![true; HOURS].into_boxed_slice(),
        }
    }

    /// Writes the 8,760 hours as CSV with a header naming each column and its unit (MODEL.md
    /// §10): `cop` is empty outside `heat_pump`-mode hours; `demand_kw` and `backup_kw` are empty
    /// when the network takes all heat; `storage_kwh` is the content at the end of the hour.
    pub fn write_csv<W: Write>(&self, w: W, takes_all_heat: bool) -> std::io::Result<()> {
        let mut w = std::io::BufWriter::new(w);
        writeln!(
            w,
            "hour,mode,t_out_c,t_supply_c,p_it_kw,p_dc_kw,q_captured_kw,available_kw,demand_kw,\
             direct_kw,charge_kw,discharge_kw,backup_kw,delivered_kw,q_used_kw,rejected_kw,\
             hp_output_kw,hp_electricity_kw,pumping_kw,cop,storage_kwh,t_return_c,must_run_kw,\
             not_taken_kw,displaced_kind,connection_loss_kw,recovery_available"
        )?;
        for h in 0..self.t_out_c.len() {
            write!(
                w,
                "{h},{},{},{},{},{},{},{},",
                self.mode[h].as_str(),
                self.t_out_c[h],
                self.t_supply_c[h],
                self.p_it_kw[h],
                self.p_dc_kw[h],
                self.q_captured_kw[h],
                self.available_kw[h],
            )?;
            if !takes_all_heat {
                write!(w, "{}", self.demand_kw[h])?;
            }
            write!(
                w,
                ",{},{},{},",
                self.direct_kw[h], self.charge_kw[h], self.discharge_kw[h]
            )?;
            if !takes_all_heat {
                write!(w, "{}", self.backup_kw[h])?;
            }
            write!(
                w,
                ",{},{},{},{},{},{},",
                self.delivered_kw[h],
                self.q_used_kw[h],
                self.rejected_kw[h],
                self.hp_output_kw[h],
                self.hp_electricity_kw[h],
                self.pumping_kw[h],
            )?;
            if self.mode[h] == Mode::HeatPump {
                write!(w, "{}", self.cop[h])?;
            }
            writeln!(
                w,
                ",{},{},{},{},{},{},{}",
                self.storage_kwh[h],
                self.t_return_c[h],
                self.must_run_kw[h],
                self.too_dear_kw[h] + self.no_room_kw[h],
                self.displaced_kind[h].map_or("", PlantKind::as_str),
                self.connection_loss_kw[h],
                u8::from(self.recovery_available[h]),
            )?;
        }
        w.flush()
    }
}

impl Default for Hourly {
    fn default() -> Self {
        Hourly::new()
    }
}

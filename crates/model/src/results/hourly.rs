//! The monthly figures and the hourly columns of a run, and the hourly CSV (MODEL.md §10).

use std::io::Write;

use super::summary::count;
use super::{Mode, PlantKind};
use crate::weather::HOURS;

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

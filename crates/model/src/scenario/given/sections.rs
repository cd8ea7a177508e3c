//! The scenario's sections as given (MODEL.md §10), each field optional.

use serde::{Deserialize, Serialize};

use super::{integer, Given, PlantGiven, SeasonDates};
use crate::scenario::FieldValue;

section! {
    /// `data_centre` (MODEL.md §2).
    DataCentreSection {
        /// Racks (integer 0–1,000,000).
        #[serde(serialize_with = "integer")]
        racks: f64,
        /// Design IT power per rack, kW.
        rack_kw: f64,
        /// Mean utilisation, share.
        utilisation: f64,
        /// Daily swing, ± share of the mean.
        daily_swing: f64,
        /// Power usage effectiveness.
        pue: f64,
        /// Cooling technology name.
        cooling: String,
        /// Share of IT heat into the water loop.
        capture_share: f64,
        /// Loop temperature leaving the IT, °C.
        loop_out_c: f64,
        /// Loop cooling across the recovery, K.
        loop_delta_k: f64,
    } extra {
        /// Share of design IT load in operating years 1, 2, …, the last repeated (1–60
        /// values, each 0–1; docs/model/life.md §3); not a field of the field table.
        ramp: Vec<f64>,
        /// Measured IT power, kW, hour by hour (8,760 entries, `None` = no measurement;
        /// docs/model/measured.md §9); not a field of the field table.
        it_profile: Vec<Option<f64>>,
    }
}

section! {
    /// `recovery` (MODEL.md §4).
    RecoverySection {
        /// Heat-exchanger approach, K.
        approach_k: f64,
        /// `supply_line` or `return_line`.
        feed_in: String,
        /// Heat pump allowed.
        heat_pump: bool,
        /// Lorenz efficiency.
        lorenz_efficiency: f64,
        /// Minimum lift for the COP formula, K.
        min_lift_k: f64,
        /// Highest COP.
        max_cop: f64,
        /// Heat pump maximum output, MW (0 = unlimited).
        heat_pump_max_mw: f64,
        /// Pumping electricity per kWh delivered.
        pumping_share: f64,
        /// Take the data centre's heat even when dearer than the plant it displaces.
        run_for_co2: bool,
        /// Share of the hours outside maintenance in which the plant can run.
        availability: f64,
        /// `fit`, `jensen` or `lorenz`.
        cop_method: String,
        /// Internal efficiency of the fitted COP.
        hp_efficiency: f64,
        /// Refrigerant temperature penalty of the fitted COP, K.
        hp_penalty_k: f64,
        /// Motor and drive efficiency.
        hp_drive_efficiency: f64,
        /// Auxiliary electricity per unit of heat.
        hp_aux_share: f64,
        /// A unit's minimum part load, share of its size.
        heat_pump_min_load: f64,
        /// Largest unit, MW of heat.
        heat_pump_unit_mw: f64,
        /// Installed heat output, MW (0 = as sized).
        heat_pump_installed_mw: f64,
        /// `heat_pump`, `return_line` or `auto`.
        mode_choice: String,
    } extra {
        /// Maintenance periods (MODEL.md §4.1); not a field of the field table.
        maintenance: Vec<crate::scenario::maintenance::PeriodGiven>,
    }
}

section! {
    /// `network` (MODEL.md §3 and §5).
    NetworkSection {
        /// `3G`, `4G` or `custom`.
        generation: String,
        /// Supply at cold weather, °C.
        supply_max_c: f64,
        /// Supply at mild weather, °C.
        supply_min_c: f64,
        /// Return, °C.
        return_c: f64,
        /// Ground, °C.
        ground_c: f64,
        /// Lowest supply keeping hot water safe, °C.
        dhw_min_supply_c: f64,
        /// Connected homes (apartment-equivalents).
        homes: f64,
        /// Annual heat per home at the plant, MWh.
        home_heat_mwh: f64,
        /// Hot-water share.
        dhw_share: f64,
        /// Balance temperature for space heating, °C.
        heating_base_c: f64,
        /// Heating season (`null` in the file is the same as leaving it out: all year).
        heating_season: SeasonDates,
        /// Network loss share.
        loss_share: f64,
        /// Heat from plants that run anyway, MW.
        baseload_mw: f64,
        /// The network takes all the data centre's heat.
        takes_all_heat: bool,
        /// Heating-hours rule: `continuous` or `it_zone_a` … `it_zone_f`.
        heating_rule: String,
        /// Share of space heating exempt from the hours cap.
        heating_exempt_share: f64,
        /// Hours either side over which the rule's daily shape is spread at the plant.
        timer_spread_h: f64,
        /// Daily profiles follow EU daylight saving time.
        daylight_saving: bool,
        /// Cold-water model: `climate` or `constant`.
        cold_water: String,
        /// Constant cold-water temperature, °C.
        cold_water_c: f64,
        /// Rise of the return at no space-heating load, K.
        return_rise_k: f64,
    } extra {
        /// The network's own plants (MODEL.md §5.1); not a field of the field table.
        plants: Vec<PlantGiven>,
        /// Measured network heat demand at the plant, kW, hour by hour (8,760 entries, `None` =
        /// no measurement; docs/model/measured.md §9); not a field of the field table.
        demand_profile: Vec<Option<f64>>,
        /// Measured network supply temperature, °C, hour by hour (8,760 entries, `None` = no
        /// measurement; docs/model/measured.md §9); not a field of the field table.
        supply_profile: Vec<Option<f64>>,
    }
}

section! {
    /// `storage` (MODEL.md §6).
    StorageSection {
        /// Tank volume, m³.
        volume_m3: f64,
        /// Hours from empty to full.
        hours_to_full: f64,
        /// Standing loss per day, share.
        loss_per_day: f64,
        /// `tank` or `pit`.
        kind: String,
        /// `first` or `peak`.
        dispatch: String,
    }
}

section! {
    /// `emissions` (MODEL.md §8).
    EmissionsSection {
        /// Grid electricity, g CO2 per kWh.
        grid_g_per_kwh: f64,
        /// Displaced fuel, kg CO2 per MWh of fuel.
        fuel_kg_per_mwh: f64,
        /// Efficiency of the displaced boilers.
        boiler_efficiency: f64,
        /// CO2 one tree absorbs per year, kg.
        tree_kg_per_year: f64,
        /// 12 monthly factors, kg CO2 per MWh of heat (`null` in the file = not given).
        displaced_heat_kg_per_mwh: [f64; 12],
        /// Credit the site's avoided cooling electricity.
        credit_avoided_cooling: bool,
        /// Site cooling EER.
        site_cooling_eer: f64,
    } extra {
        /// Grid CO2 factor by calendar year, linear between points (docs/model/life.md §3);
        /// not a field of the field table.
        grid_path: Vec<GridPoint>,
    }
}

/// One point of `emissions.grid_path`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GridPoint {
    /// Calendar year (integer 2000–2100).
    pub year: f64,
    /// Grid CO2 factor, g/kWh (0–2,000).
    pub g_per_kwh: f64,
}

section! {
    /// `economics` (MODEL.md §9).
    EconomicsSection {
        /// Heat price, €/MWh.
        heat_price_eur_per_mwh: f64,
        /// Electricity price, €/MWh.
        electricity_price_eur_per_mwh: f64,
        /// Displaced fuel price, €/MWh of fuel.
        fuel_price_eur_per_mwh: f64,
        /// `utility` or `data_centre`.
        heat_pump_owner: String,
        /// Heat pump capex, €/MW.
        heat_pump_capex_eur_per_mw: f64,
        /// Storage capex, €/m³.
        storage_capex_eur_per_m3: f64,
        /// Connection pipe length, km.
        pipe_length_km: f64,
        /// Connection pipe capex, €/m.
        pipe_capex_eur_per_m: f64,
        /// Yearly O&M, share of capex.
        om_share_of_capex: f64,
        /// Lifetime, years (integer 1–100).
        #[serde(serialize_with = "integer")]
        lifetime_years: f64,
        /// Discount rate.
        discount_rate: f64,
        /// Country code, `IT` … `IE`.
        country: String,
        /// EU ETS price, €/t.
        carbon_price_eur_per_t: f64,
        /// The displaced plant is in the EU ETS.
        in_ets: bool,
        /// Operating incentive, €/MWh of heat delivered.
        incentive_eur_per_mwh: f64,
        /// Years the incentive is paid (integer 0–60).
        #[serde(serialize_with = "integer")]
        incentive_years: f64,
        /// Capital grant, share of the recipient's capex.
        incentive_capex_share: f64,
        /// `utility` or `data_centre`.
        incentive_to: String,
        /// Project life, operating years (integer 1–60).
        #[serde(serialize_with = "integer")]
        years: f64,
        /// Calendar year of operating year 1 (integer 2000–2100).
        #[serde(serialize_with = "integer")]
        start_year: f64,
        /// Yearly real change of the electricity price.
        electricity_escalation: f64,
        /// Yearly real change of the fuel price.
        fuel_escalation: f64,
        /// Yearly real change of the heat price.
        heat_escalation: f64,
        /// Yearly real change of the carbon price.
        carbon_escalation: f64,
        /// Yearly real change of O&M.
        om_escalation: f64,
    }
}

section! {
    /// `capex`: cost curves of capex as built (docs/model/life.md §2).
    CapexSection {
        /// Exchanger station up to 1 MW, €/MW (2015 €).
        exchanger_small_eur_per_mw: f64,
        /// Exchanger station above 1 MW, €/MW (2015 €).
        exchanger_large_eur_per_mw: f64,
        /// Pumping station up to 1 MW, €/MW (2015 €).
        pumping_small_eur_per_mw: f64,
        /// Pumping station above 1 MW, €/MW (2015 €).
        pumping_large_eur_per_mw: f64,
        /// Scale on DEA's heat-pump curve.
        heat_pump_curve_scale: f64,
        /// Electrical connection, € per MW of heat-pump electricity.
        electrical_eur_per_mw: f64,
        /// Buildings and engineering, share of the other lines.
        engineering_share: f64,
        /// 2015 € to 2025 €.
        eur2015_to_eur2025: f64,
    }
}

section! {
    /// `connection` (MODEL.md §9.1, docs/model/pipe.md).
    ConnectionSection {
        /// Route length, km (takes over `economics.pipe_length_km`).
        length_km: f64,
        /// Nominal diameter (integer, a DN of the EN 253 list); not given = automatic.
        #[serde(serialize_with = "integer")]
        dn: f64,
    }
}

//! The sections of [`super::Params`], one struct each (MODEL.md §2–§9).

use super::kinds::*;
use crate::network::plants::Plants;

/// Data centre (MODEL.md §2).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DataCentreParams {
    /// `racks`, count (integer 0–1,000,000; default 400).
    pub racks: f64,
    /// `rack_kw`, design IT power per rack, kW (0–500; default 5.0).
    pub rack_kw: f64,
    /// `utilisation`, mean share of design IT power (0–1; default 0.8).
    pub utilisation: f64,
    /// `daily_swing`, ± share of the mean (0–0.5; default 0.05).
    pub daily_swing: f64,
    /// `pue`, power usage effectiveness (1.0–3.0; default 1.3).
    pub pue: f64,
    /// `cooling` (default `hot_water_liquid`).
    pub cooling: Cooling,
    /// `capture_share`, share of IT heat into the water loop (0–1; default per cooling).
    pub capture_share: f64,
    /// `loop_out_c`, loop temperature leaving the IT, °C (15–95; default per cooling).
    pub loop_out_c: f64,
    /// `loop_delta_k`, loop cooling across the recovery, K (1–40; default per cooling).
    pub loop_delta_k: f64,
}

/// Heat recovery (MODEL.md §4).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RecoveryParams {
    /// `approach_k`, heat-exchanger approach, K (0–20; default 3).
    pub approach_k: f64,
    /// `feed_in` (default `supply_line`).
    pub feed_in: FeedIn,
    /// `heat_pump`, heat pump allowed (supply line only; default true).
    pub heat_pump: bool,
    /// `lorenz_efficiency` (0.1–0.9; default 0.58).
    pub lorenz_efficiency: f64,
    /// `min_lift_k`, minimum lift for the COP formula, K (1–60; default 10).
    pub min_lift_k: f64,
    /// `max_cop` (1.5–20; default 8).
    pub max_cop: f64,
    /// `heat_pump_max_mw`, heat pump maximum heat output, MW; 0 = unlimited (0–10,000).
    pub heat_pump_max_mw: f64,
    /// `pumping_share`, pumping electricity per kWh of heat delivered (0–0.2; default 0.01).
    pub pumping_share: f64,
    /// `run_for_co2`: take the data centre's heat even in hours when it costs more than the
    /// plant it displaces (default false: such heat is not bought; MODEL.md §7).
    pub run_for_co2: bool,
    /// `availability`, share of the hours outside maintenance in which the plant can run
    /// (0–1; default 1; MODEL.md §4.1).
    pub availability: f64,
    /// `cop_method` (default `fit`; `lorenz` for version-1 scenarios that set its fields,
    /// MODEL.md §4).
    pub cop_method: CopMethod,
    /// `hp_efficiency`, internal efficiency `η` of the fitted COP (0.3–1.0; default 0.93).
    pub hp_efficiency: f64,
    /// `hp_penalty_k`, refrigerant temperature penalty `ΔT_p`, K (1–80; default 32).
    pub hp_penalty_k: f64,
    /// `hp_drive_efficiency`, motor and drive efficiency `η_drive` (0.8–1.0; default 0.94).
    pub hp_drive_efficiency: f64,
    /// `hp_aux_share`, auxiliary electricity per unit of heat `f_aux` (0–0.05; default 0.01).
    pub hp_aux_share: f64,
    /// `heat_pump_min_load`, a unit's minimum part load, share of its size (0–1; default 0.25).
    pub heat_pump_min_load: f64,
    /// `heat_pump_unit_mw`, the largest unit, MW of heat (0.1–100; default 5).
    pub heat_pump_unit_mw: f64,
    /// `heat_pump_installed_mw`, installed heat output when more than the design hour needs,
    /// MW; 0 = as sized (0–10,000).
    pub heat_pump_installed_mw: f64,
    /// `mode_choice` (default `heat_pump`).
    pub mode_choice: ModeChoice,
}

/// Network temperatures and demand (MODEL.md §3, §5).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NetworkParams {
    /// `generation` (default `3G`).
    pub generation: Generation,
    /// `supply_max_c`, supply at cold weather, °C (10–150; 3G 90, 4G 70).
    pub supply_max_c: f64,
    /// `supply_min_c`, supply at mild weather, °C (10–150; 3G 75, 4G 65).
    pub supply_min_c: f64,
    /// `return_c`, °C (5–100; 3G 50, 4G 35).
    pub return_c: f64,
    /// `ground_c`, °C (−10–30; default 10).
    pub ground_c: f64,
    /// `dhw_min_supply_c`, lowest supply keeping hot water safe from legionella, °C (40–90; 65).
    pub dhw_min_supply_c: f64,
    /// `homes`, connected 80 m² apartment-equivalents (0–10,000,000; default 20,000).
    pub homes: f64,
    /// `home_heat_mwh`, annual heat per home at the plant, MWh (0.5–100; default 11.85).
    pub home_heat_mwh: f64,
    /// `dhw_share`, hot-water share of that heat (0–1; default 0.20).
    pub dhw_share: f64,
    /// `heating_base_c`, balance temperature for space heating, °C (5–25; default 16).
    pub heating_base_c: f64,
    /// `heating_season` (default none: all year).
    pub heating_season: Option<HeatingSeason>,
    /// `loss_share`, share of the heat fed in lost in the network (0–0.6; default 0.12).
    pub loss_share: f64,
    /// `baseload_mw`, heat from plants that run anyway, MW (0–100,000; default 0).
    pub baseload_mw: f64,
    /// `takes_all_heat`, the network takes all the data centre's heat (default false).
    pub takes_all_heat: bool,
    /// `heating_rule`, heating-hours rule (default `continuous`; docs/model/demand.md §2).
    pub heating_rule: HeatingRule,
    /// `heating_exempt_share`, share of space heating exempt from the hours cap (0–1; default 0).
    pub heating_exempt_share: f64,
    /// `timer_spread_h`, hours either side over which the rule's daily shape is spread at the
    /// plant (0–6, an integer; default 0: docs/model/demand.md §2).
    pub timer_spread_h: f64,
    /// `daylight_saving`, daily profiles follow EU summer time (default true).
    pub daylight_saving: bool,
    /// `cold_water`, cold-water temperature model (default `constant`).
    pub cold_water: ColdWater,
    /// `cold_water_c`, constant cold-water temperature, °C (0–30; default 15, UNI/TS 11300-2).
    pub cold_water_c: f64,
    /// `return_rise_k`, rise of the return at no space-heating load, K (0–30; default 0).
    pub return_rise_k: f64,
    /// `plants`, the network's own heat plants (MODEL.md §5.1); `None` when not given: the
    /// version-1 network of `baseload_mw` and `takes_all_heat` (mapping in MODEL.md §5.1).
    pub plants: Option<Plants>,
}

/// Hot-water tank at the plant (MODEL.md §6).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StorageParams {
    /// `volume_m3`, m³; 0 = none (0–1,000,000; default 0).
    pub volume_m3: f64,
    /// `hours_to_full`, hours from empty to full at rated power (0.5–1000; default 6).
    pub hours_to_full: f64,
    /// `loss_per_day`, standing loss, share of content per day (0–0.2; default 0.002).
    pub loss_per_day: f64,
    /// `kind`, steel tank or pit (default `tank`); sets the cost curve (MODEL.md §6).
    pub kind: StorageKind,
    /// `dispatch`, when the store gives its heat back (default `first`; MODEL.md §6).
    pub dispatch: StorageDispatch,
}

/// Emissions and equivalents (MODEL.md §8).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EmissionsParams {
    /// `grid_g_per_kwh`, g CO2 per kWh (0–2000; default 330.7).
    pub grid_g_per_kwh: f64,
    /// `fuel_kg_per_mwh`, displaced fuel, kg CO2 per MWh of fuel (0–1000; default 201.4).
    pub fuel_kg_per_mwh: f64,
    /// `boiler_efficiency` of the displaced boilers (0.3–1.2; default 0.92).
    pub boiler_efficiency: f64,
    /// `tree_kg_per_year`, CO2 one tree absorbs per year, kg (1–1000; default 159).
    pub tree_kg_per_year: f64,
    /// `displaced_heat_kg_per_mwh`, 12 monthly factors, kg CO2/MWh of heat (0–2000 each), or
    /// none (= fuel / efficiency every month).
    pub displaced_heat_kg_per_mwh: Option<[f64; 12]>,
    /// `credit_avoided_cooling` (default false).
    pub credit_avoided_cooling: bool,
    /// `site_cooling_eer` (0.5–100; default per cooling).
    pub site_cooling_eer: f64,
}

/// Economics (MODEL.md §9).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EconomicsParams {
    /// `heat_price_eur_per_mwh`, paid to the data centre per MWh of metered heat (0–10,000; 30).
    pub heat_price_eur_per_mwh: f64,
    /// `electricity_price_eur_per_mwh` (0–10,000; default the country's, Italy 200.6).
    pub electricity_price_eur_per_mwh: f64,
    /// `fuel_price_eur_per_mwh`, displaced fuel, € per MWh of fuel (0–10,000; default the
    /// country's, Italy 53.1).
    pub fuel_price_eur_per_mwh: f64,
    /// `heat_pump_owner` (default `utility`).
    pub heat_pump_owner: HeatPumpOwner,
    /// `heat_pump_capex_eur_per_mw`, € per MW of heat (0–1e8; default 670,000, DEA).
    pub heat_pump_capex_eur_per_mw: f64,
    /// `storage_capex_eur_per_m3` (0–1e6; default 200).
    pub storage_capex_eur_per_m3: f64,
    /// `pipe_length_km`, connection pipe length (0–500; default 1).
    pub pipe_length_km: f64,
    /// `pipe_capex_eur_per_m` (0–1e6; default 1500).
    pub pipe_capex_eur_per_m: f64,
    /// `om_share_of_capex`, yearly O&M as share of capex (0–0.2; default 0.02).
    pub om_share_of_capex: f64,
    /// `lifetime_years` (integer 1–100; default 25).
    pub lifetime_years: u32,
    /// `discount_rate` (0–0.5; default 0.05).
    pub discount_rate: f64,
}

/// The project's country, prices beyond the year's and its life (docs/model/life.md §1, §3):
/// the scalar inputs of the project's life; the ramp and grid path are on
/// [`crate::scenario::ValidScenario`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProjectParams {
    /// `economics.country`: sets the defaults of the electricity and fuel prices and of the
    /// grid CO2 path (default Italy).
    pub country: crate::prices::Country,
    /// `economics.carbon_price_eur_per_t`, EU ETS, €/t (0–1,000; default 75, Veyt 2025 average).
    pub carbon_price_eur_per_t: f64,
    /// `economics.in_ets`: the displaced plant pays the ETS (default true).
    pub in_ets: bool,
    /// `economics.incentive_eur_per_mwh`, per MWh of heat delivered (0–1,000; default 0).
    pub incentive_eur_per_mwh: f64,
    /// `economics.incentive_years`, from year 1 (integer 0–60; default 10, assumed).
    pub incentive_years: u32,
    /// `economics.incentive_capex_share`, capital grant (0–1; default 0).
    pub incentive_capex_share: f64,
    /// `economics.incentive_to` (default the utility).
    pub incentive_to: crate::prices::Party,
    /// `economics.years`, operating years (integer 1–60; default 25).
    pub years: u32,
    /// `economics.start_year`, calendar year of operating year 1 (integer 2000–2100; 2026).
    pub start_year: u32,
    /// `economics.electricity_escalation`, real change a year (−0.2–0.3; default 0).
    pub electricity_escalation: f64,
    /// `economics.fuel_escalation` (−0.2–0.3; default 0).
    pub fuel_escalation: f64,
    /// `economics.heat_escalation` (−0.2–0.3; default 0).
    pub heat_escalation: f64,
    /// `economics.carbon_escalation` (−0.2–0.3; default 0).
    pub carbon_escalation: f64,
    /// `economics.om_escalation` (−0.2–0.3; default 0).
    pub om_escalation: f64,
}

impl Default for ProjectParams {
    fn default() -> Self {
        let prices = crate::prices::Country::Italy.prices();
        ProjectParams {
            country: crate::prices::Country::Italy,
            carbon_price_eur_per_t: prices.carbon_eur_per_t,
            in_ets: prices.in_ets,
            incentive_eur_per_mwh: prices.incentive_eur_per_mwh,
            incentive_years: prices.incentive_years,
            incentive_capex_share: prices.incentive_capex_share,
            incentive_to: prices.incentive_to,
            years: crate::life::DEFAULT_YEARS,
            start_year: u32::from(crate::life::DEFAULT_START_YEAR),
            electricity_escalation: 0.0,
            fuel_escalation: 0.0,
            heat_escalation: 0.0,
            carbon_escalation: 0.0,
            om_escalation: 0.0,
        }
    }
}

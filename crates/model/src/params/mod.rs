//! Resolved, validated model parameters: what the simulation runs on.
//!
//! A [`Params`] is produced only by validating a scenario (see [`crate::scenario`]): every field
//! is inside the range of MODEL.md, every cross-field rule holds and every default has been
//! filled in (cooling presets, network generation presets). The simulation can therefore trust
//! it and never fails. Field names, units and defaults follow MODEL.md §2–§9 exactly; the JSON
//! path of each field is `section.field`, e.g. `data_centre.racks`.

//!
//! The choices are in `kinds.rs`, the sections in `sections.rs`; this file holds [`Params`],
//! its defaults and the presets they come from.

mod kinds;
mod sections;

pub use kinds::*;
pub use sections::*;

/// Every parameter of one scenario, validated and with defaults resolved.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    /// Data centre.
    pub data_centre: DataCentreParams,
    /// Heat recovery.
    pub recovery: RecoveryParams,
    /// Network temperatures and demand.
    pub network: NetworkParams,
    /// Thermal storage.
    pub storage: StorageParams,
    /// Emissions.
    pub emissions: EmissionsParams,
    /// Economics.
    pub economics: EconomicsParams,
    /// The connection pipe (`connection`, docs/model/pipe.md; MODEL.md §9.1). Its
    /// `length_km` always equals `economics.pipe_length_km` (the old name of the same input).
    pub connection: crate::pipe::ConnectionParams,
    /// Whether the scenario gives `economics.pipe_capex_eur_per_m`: then the connection costs
    /// that flat price per metre; otherwise the catalogue price of its DN (MODEL.md §9.1).
    pub pipe_capex_given: bool,
    /// `recovery.maintenance`: periods in which the recovery plant recovers nothing
    /// (MODEL.md §4.1; default none).
    pub maintenance: crate::scenario::Maintenance,
    /// The project's country, prices and life (docs/model/life.md).
    pub project: ProjectParams,
    /// The cost curves of capex as built (`capex.*`, docs/model/life.md §2).
    pub capex: crate::capex::CapexParams,
}

/// Cooling preset values of MODEL.md §2: `(capture_share, loop_out_c, loop_delta_k,
/// site_cooling_eer)`.
pub fn cooling_preset(cooling: Cooling) -> (f64, f64, f64, f64) {
    match cooling {
        Cooling::Air => (0.60, 27.0, 8.0, 4.5),
        Cooling::RearDoor => (0.85, 32.0, 8.0, 5.0),
        Cooling::DirectToChip => (0.80, 50.0, 10.0, 20.0),
        Cooling::Immersion => (0.95, 45.0, 10.0, 20.0),
        Cooling::HotWaterLiquid => (0.90, 65.0, 10.0, 25.0),
    }
}

/// Network generation preset of MODEL.md §3: `(supply_max_c, supply_min_c, return_c)`.
pub fn generation_preset(generation: Generation) -> (f64, f64, f64) {
    match generation {
        Generation::G3 | Generation::Custom => (90.0, 75.0, 50.0),
        Generation::G4 => (70.0, 65.0, 35.0),
    }
}

impl Default for Params {
    fn default() -> Self {
        let cooling = Cooling::HotWaterLiquid;
        let (capture_share, loop_out_c, loop_delta_k, site_cooling_eer) = cooling_preset(cooling);
        let generation = Generation::G3;
        let (supply_max_c, supply_min_c, return_c) = generation_preset(generation);
        Params {
            data_centre: DataCentreParams {
                racks: 400.0,
                rack_kw: 5.0,
                utilisation: 0.8,
                daily_swing: 0.05,
                pue: 1.3,
                cooling,
                capture_share,
                loop_out_c,
                loop_delta_k,
            },
            recovery: RecoveryParams {
                approach_k: 3.0,
                feed_in: FeedIn::SupplyLine,
                heat_pump: true,
                lorenz_efficiency: 0.58,
                min_lift_k: 10.0,
                max_cop: 8.0,
                heat_pump_max_mw: 0.0,
                pumping_share: 0.01,
                run_for_co2: false,
                availability: 1.0,
                cop_method: CopMethod::Fit,
                hp_efficiency: 0.93,
                hp_penalty_k: 32.0,
                hp_drive_efficiency: 0.94,
                hp_aux_share: 0.01,
                heat_pump_min_load: 0.25,
                heat_pump_unit_mw: 5.0,
                heat_pump_installed_mw: 0.0,
                mode_choice: ModeChoice::HeatPump,
            },
            network: NetworkParams {
                generation,
                supply_max_c,
                supply_min_c,
                return_c,
                ground_c: 10.0,
                dhw_min_supply_c: 65.0,
                homes: 20_000.0,
                home_heat_mwh: 11.85,
                dhw_share: 0.20,
                heating_base_c: 16.0,
                heating_season: None,
                loss_share: 0.12,
                baseload_mw: 0.0,
                takes_all_heat: false,
                heating_rule: HeatingRule::Continuous,
                heating_exempt_share: 0.0,
                timer_spread_h: 0.0,
                daylight_saving: true,
                cold_water: ColdWater::Constant,
                cold_water_c: 15.0,
                return_rise_k: 0.0,
                plants: None,
            },
            storage: StorageParams {
                volume_m3: 0.0,
                hours_to_full: 6.0,
                loss_per_day: 0.002,
                kind: StorageKind::Tank,
                dispatch: StorageDispatch::First,
            },
            emissions: EmissionsParams {
                grid_g_per_kwh: 330.7,
                fuel_kg_per_mwh: 201.4,
                boiler_efficiency: 0.92,
                tree_kg_per_year: 159.0,
                displaced_heat_kg_per_mwh: None,
                credit_avoided_cooling: false,
                site_cooling_eer,
            },
            economics: EconomicsParams {
                // Italy's price set (docs/model/life.md §1: Eurostat 2024-S2).
                heat_price_eur_per_mwh: crate::prices::HEAT_TO_DATA_CENTRE_EUR_PER_MWH,
                electricity_price_eur_per_mwh: crate::prices::Country::Italy
                    .prices()
                    .electricity_eur_per_mwh,
                fuel_price_eur_per_mwh: crate::prices::Country::Italy.prices().fuel_eur_per_mwh,
                heat_pump_owner: HeatPumpOwner::Utility,
                heat_pump_capex_eur_per_mw: 670_000.0,
                storage_capex_eur_per_m3: 200.0,
                pipe_length_km: 1.0,
                pipe_capex_eur_per_m: 1500.0,
                om_share_of_capex: 0.02,
                lifetime_years: 25,
                discount_rate: 0.05,
            },
            connection: crate::pipe::ConnectionParams::default(),
            pipe_capex_given: false,
            maintenance: crate::scenario::Maintenance::default(),
            project: ProjectParams::default(),
            capex: crate::capex::CapexParams::default(),
        }
    }
}

/// Where the outdoor temperatures come from (MODEL.md §1; the scenario's `weather` section).
#[derive(Debug, Clone, PartialEq)]
pub enum WeatherSpec {
    /// `{"builtin": NAME}`; the default is `po-valley`.
    Builtin(String),
    /// `{"epw_file": PATH}`: path relative to the scenario file (the browser uploads it).
    EpwFile(String),
    /// `{"csv_file": PATH}`: path relative to the scenario file (the browser uploads it).
    CsvFile(String),
    /// `{"monthly_means_c": [12], "diurnal_amplitude_k": A}`: a synthetic year (§1.4).
    Monthly {
        /// Monthly mean temperatures, °C, January first (each −50…50).
        monthly_means_c: [f64; 12],
        /// Half the daily range, K (0…20; default 4).
        diurnal_amplitude_k: f64,
    },
}

impl Default for WeatherSpec {
    fn default() -> Self {
        WeatherSpec::Builtin("po-valley".to_string())
    }
}

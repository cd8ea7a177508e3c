//! [`Scenario`]: the scenario as the user gave it, every field optional, with path accessors.

use serde::{Deserialize, Serialize, Serializer};

use super::fields::{check_value, field, Section};
pub use super::plants::PlantGiven;
use super::{Expected, FieldValue, Problem, ProblemKind};

/// `network.heating_season` as given: two `"MM-DD"` dates, not yet checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeasonDates {
    /// First day, `"MM-DD"`.
    pub start: String,
    /// Last day (inclusive), `"MM-DD"`.
    pub end: String,
}

/// Conversion between a stored field type and [`FieldValue`].
trait Given: Sized {
    fn to_value(&self) -> FieldValue;
    fn from_value(value: FieldValue) -> Option<Self>;
}

impl Given for f64 {
    fn to_value(&self) -> FieldValue {
        FieldValue::Number(*self)
    }
    fn from_value(value: FieldValue) -> Option<Self> {
        match value {
            FieldValue::Number(x) => Some(x),
            _ => None,
        }
    }
}

impl Given for bool {
    fn to_value(&self) -> FieldValue {
        FieldValue::Bool(*self)
    }
    fn from_value(value: FieldValue) -> Option<Self> {
        match value {
            FieldValue::Bool(b) => Some(b),
            _ => None,
        }
    }
}

impl Given for String {
    fn to_value(&self) -> FieldValue {
        FieldValue::Choice(self.clone())
    }
    fn from_value(value: FieldValue) -> Option<Self> {
        match value {
            FieldValue::Choice(s) => Some(s),
            _ => None,
        }
    }
}

impl Given for SeasonDates {
    fn to_value(&self) -> FieldValue {
        FieldValue::Season {
            start: self.start.clone(),
            end: self.end.clone(),
        }
    }
    fn from_value(value: FieldValue) -> Option<Self> {
        match value {
            FieldValue::Season { start, end } => Some(SeasonDates { start, end }),
            _ => None,
        }
    }
}

impl Given for [f64; 12] {
    fn to_value(&self) -> FieldValue {
        FieldValue::Monthly(*self)
    }
    fn from_value(value: FieldValue) -> Option<Self> {
        match value {
            FieldValue::Monthly(m) => Some(m),
            _ => None,
        }
    }
}

/// Writes a whole number as a JSON integer (`400`, not `400.0`); anything else as a float.
fn integer<S: Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match *value {
        Some(x) if x.fract() == 0.0 && x.abs() < 9e15 => s.serialize_some(&(x as i64)),
        Some(x) => s.serialize_some(&x),
        None => s.serialize_none(),
    }
}

/// Defines one section struct: every field `Option`, omitted when `None`, plus by-name access.
macro_rules! section {
    ($(#[$meta:meta])* $name:ident {
        $( $(#[$fmeta:meta])* $field:ident : $ty:ty ),* $(,)?
    } $( extra { $( $(#[$emeta:meta])* $efield:ident : $ety:ty ),* $(,)? } )?) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $(
                $(#[$fmeta])*
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub $field: Option<$ty>,
            )*
            $( $(
                $(#[$emeta])*
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub $efield: Option<$ety>,
            )* )?
        }

        impl $name {
            /// Whether no field is given.
            pub fn is_empty(&self) -> bool {
                true $( && self.$field.is_none() )* $( $( && self.$efield.is_none() )* )?
            }

            /// The given value of field `name`: `None` for an unknown name, `Some(None)` when
            /// the field is not given.
            fn get(&self, name: &str) -> Option<Option<FieldValue>> {
                match name {
                    $( stringify!($field) => Some(self.$field.as_ref().map(Given::to_value)), )*
                    _ => None,
                }
            }

            /// Stores (or with `None` clears) field `name`; false if the name is unknown or
            /// the value has the wrong type for it.
            fn put(&mut self, name: &str, value: Option<FieldValue>) -> bool {
                match name {
                    $( stringify!($field) => match value {
                        None => { self.$field = None; true }
                        Some(v) => match Given::from_value(v) {
                            Some(x) => { self.$field = Some(x); true }
                            None => false,
                        },
                    }, )*
                    _ => false,
                }
            }
        }
    };
}

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
        maintenance: Vec<super::maintenance::PeriodGiven>,
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

/// The `weather` section as given (MODEL.md §1 and §10): at most one source key may be set
/// (`builtin`, `epw_file`, `csv_file` or `monthly_means_c`); all empty means the built-in
/// `po-valley` year. `diurnal_amplitude_k` goes only with `monthly_means_c`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeatherSection {
    /// Id of a built-in climate, e.g. `"po-valley"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub builtin: Option<String>,
    /// EPW file path, relative to the scenario file (absolute allowed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub epw_file: Option<String>,
    /// One-column CSV file path, relative to the scenario file (absolute allowed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub csv_file: Option<String>,
    /// 12 monthly mean temperatures, °C, January first (each −50…50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_means_c: Option<[f64; 12]>,
    /// Half the daily range, K (0…20; default 4); only with `monthly_means_c`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diurnal_amplitude_k: Option<f64>,
}

impl WeatherSection {
    /// Whether no key is given (the built-in default year).
    pub fn is_empty(&self) -> bool {
        *self == WeatherSection::default()
    }
}

impl From<&crate::params::WeatherSpec> for WeatherSection {
    fn from(spec: &crate::params::WeatherSpec) -> Self {
        use crate::params::WeatherSpec as W;
        let mut w = WeatherSection::default();
        match spec {
            W::Builtin(id) => w.builtin = Some(id.clone()),
            W::EpwFile(p) => w.epw_file = Some(p.clone()),
            W::CsvFile(p) => w.csv_file = Some(p.clone()),
            W::Monthly {
                monthly_means_c,
                diurnal_amplitude_k,
            } => {
                w.monthly_means_c = Some(*monthly_means_c);
                w.diurnal_amplitude_k = Some(*diurnal_amplitude_k);
            }
        }
        w
    }
}

/// A scenario as the user gave it (MODEL.md §10): every field optional, possibly invalid.
///
/// `Scenario::default()` serializes to `{}`; empty sections are left out. Turn it into a
/// model input with [`Scenario::validate`]. A `null` given for one of the two nullable fields
/// is stored as "not given", which means the same (their default is null). Deserializing with
/// plain serde rejects unknown fields but cannot see duplicate keys and stops at the first
/// problem: read files with [`super::parse_scenario`] or [`super::load_scenario`] instead.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Name of the scenario.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Free text, ignored by the physics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Sources of the scenario's figures, free text, ignored by the physics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<String>>,
    /// Figures the project published, keyed by summary field name (e.g.
    /// `heat_delivered_mwh`), shown beside the model's; ignored by the physics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<std::collections::BTreeMap<String, f64>>,
    /// Weather source.
    #[serde(default, skip_serializing_if = "WeatherSection::is_empty")]
    pub weather: WeatherSection,
    /// Data centre.
    #[serde(default, skip_serializing_if = "DataCentreSection::is_empty")]
    pub data_centre: DataCentreSection,
    /// Heat recovery.
    #[serde(default, skip_serializing_if = "RecoverySection::is_empty")]
    pub recovery: RecoverySection,
    /// Network temperatures and demand.
    #[serde(default, skip_serializing_if = "NetworkSection::is_empty")]
    pub network: NetworkSection,
    /// Thermal storage.
    #[serde(default, skip_serializing_if = "StorageSection::is_empty")]
    pub storage: StorageSection,
    /// Emissions.
    #[serde(default, skip_serializing_if = "EmissionsSection::is_empty")]
    pub emissions: EmissionsSection,
    /// Economics.
    #[serde(default, skip_serializing_if = "EconomicsSection::is_empty")]
    pub economics: EconomicsSection,
    /// The connection pipe.
    #[serde(default, skip_serializing_if = "ConnectionSection::is_empty")]
    pub connection: ConnectionSection,
    /// Capex cost curves.
    #[serde(default, skip_serializing_if = "CapexSection::is_empty")]
    pub capex: CapexSection,
}

impl Scenario {
    /// The value given for the field at `path` (see [`super::fields`]), or `None` when it is
    /// not given or the path is unknown. Use [`super::resolved_value`] for the effective value.
    pub fn get(&self, path: &str) -> Option<FieldValue> {
        let (section, name) = split(path)?;
        match section {
            Section::DataCentre => self.data_centre.get(name),
            Section::Recovery => self.recovery.get(name),
            Section::Network => self.network.get(name),
            Section::Storage => self.storage.get(name),
            Section::Emissions => self.emissions.get(name),
            Section::Economics => self.economics.get(name),
            Section::Connection => self.connection.get(name),
            Section::Capex => self.capex.get(name),
        }
        .flatten()
    }

    /// Sets the field at `path` after checking its type and range; on a problem nothing
    /// changes. `FieldValue::Null` clears the two nullable fields and is refused elsewhere.
    /// Cross-field rules are checked only by [`Scenario::validate`].
    pub fn set(&mut self, path: &str, value: FieldValue) -> Result<(), Problem> {
        let Some(spec) = field(path) else {
            return Err(Problem::with_kind(
                path,
                "unknown field",
                ProblemKind::UnknownField {
                    suggestion: None,
                    allowed: Vec::new(),
                },
            ));
        };
        let mut failures = check_value(spec, &value);
        if failures.len() == 1 {
            let (message, kind) = failures.remove(0);
            return Err(Problem::with_kind(path, message, kind));
        }
        if !failures.is_empty() {
            let (messages, kinds): (Vec<String>, Vec<ProblemKind>) = failures.into_iter().unzip();
            return Err(Problem::with_kind(
                path,
                messages.join("; "),
                ProblemKind::Several(kinds),
            ));
        }
        let value_given = value.given();
        let stored = (value != FieldValue::Null).then_some(value);
        if self.put(spec.section, spec.name, stored) {
            Ok(())
        } else {
            Err(Problem::with_kind(
                path,
                "the value has the wrong type for this field",
                ProblemKind::WrongType {
                    expected: Expected::Field(spec.path),
                    found: value_given,
                },
            ))
        }
    }

    /// Removes the value given for `path`, so the field takes its default again.
    pub fn clear(&mut self, path: &str) {
        if let Some((section, name)) = split(path) {
            self.put(section, name, None);
        }
    }

    /// Stores a value without checks (the parser stores what it read; validation checks it).
    pub(crate) fn put(&mut self, section: Section, name: &str, value: Option<FieldValue>) -> bool {
        match section {
            Section::DataCentre => self.data_centre.put(name, value),
            Section::Recovery => self.recovery.put(name, value),
            Section::Network => self.network.put(name, value),
            Section::Storage => self.storage.put(name, value),
            Section::Emissions => self.emissions.put(name, value),
            Section::Economics => self.economics.put(name, value),
            Section::Connection => self.connection.put(name, value),
            Section::Capex => self.capex.put(name, value),
        }
    }
}

/// `"data_centre.racks"` → (DataCentre, `"racks"`).
fn split(path: &str) -> Option<(Section, &str)> {
    let (section, name) = path.split_once('.')?;
    Some((Section::from_key(section)?, name))
}

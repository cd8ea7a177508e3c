//! [`Scenario`]: the scenario as the user gave it, every field optional, with path accessors.
//! The section structs are in `sections.rs`; this file holds their field types, the macro that
//! defines them and the scenario itself.

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
            pub(super) fn get(&self, name: &str) -> Option<Option<FieldValue>> {
                match name {
                    $( stringify!($field) => Some(self.$field.as_ref().map(Given::to_value)), )*
                    _ => None,
                }
            }

            /// Stores (or with `None` clears) field `name`; false if the name is unknown or
            /// the value has the wrong type for it.
            pub(super) fn put(&mut self, name: &str, value: Option<FieldValue>) -> bool {
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

// The sections as given, one struct each (defined with the macro above).
mod sections;
pub use sections::*;

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
    /// Measured outdoor temperature, °C, hour by hour (8,760 entries, `None` = no measurement),
    /// over whichever source gives the other hours (docs/model/measured.md §9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outdoor_profile: Option<Vec<Option<f64>>>,
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

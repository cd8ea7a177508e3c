//! Machine-readable kinds of scenario problems, so that a user interface can word a
//! [`super::Problem`] in its own language. The English `message` of a problem stays the
//! reference text (command line, tests); the kind carries the same facts as data.

use std::fmt;

/// A number inside a problem kind, comparable bit for bit (so kinds can be `Eq`).
#[derive(Clone, Copy)]
pub struct Num(pub f64);

impl PartialEq for Num {
    fn eq(&self, other: &Self) -> bool {
        self.0.to_bits() == other.0.to_bits()
    }
}

impl Eq for Num {}

impl fmt::Debug for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

/// A value as it was given in the scenario, for messages (`the string "abc"`, `true`, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Given {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(Num),
    /// A string, cut to 60 characters (with `…`) when longer.
    String(String),
    /// An array (its contents are not described).
    Array,
    /// An object (its contents are not described).
    Object,
    /// 12 monthly values (a value set through [`super::Scenario::set`]).
    Monthly,
    /// A heating season, both dates cut to 60 characters.
    Season {
        /// First day as given.
        start: String,
        /// Last day as given.
        end: String,
    },
}

impl Given {
    /// The value in English words, exactly as the English messages name it.
    pub fn english(&self) -> String {
        match self {
            Given::Null => "null".to_string(),
            Given::Bool(b) => b.to_string(),
            Given::Number(x) => super::fields::fmt_num(x.0),
            Given::String(s) => format!("the string \"{s}\""),
            Given::Array => "an array".to_string(),
            Given::Object => "an object".to_string(),
            Given::Monthly => "12 monthly values".to_string(),
            Given::Season { start, end } => format!("the season {start} to {end}"),
        }
    }
}

/// What a place in the scenario accepts, for type, null and count problems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// What the field with this path accepts (see [`super::field`]: kind, range, unit).
    Field(&'static str),
    /// A string (`name`, `description`, an item of `sources`, a weather file or climate id).
    String,
    /// An array of strings (`sources`).
    StringArray,
    /// An object `{…}` (a section).
    Object,
    /// The scenario as a whole: a JSON object.
    Scenario,
    /// The weather section: an object such as `{"builtin": "po-valley"}`.
    WeatherObject,
    /// `weather.monthly_means_c`: an array of 12 monthly means, °C, January first.
    MonthlyMeans,
    /// A number, with this unit (empty for none).
    Number {
        /// Unit symbol, e.g. `"K"`; empty for none.
        unit: &'static str,
    },
    /// A date string `"MM-DD"`.
    DateString,
}

/// An allowed numeric range, as the English message states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Range {
    /// Smallest allowed value.
    pub min: Num,
    /// Largest allowed value.
    pub max: Num,
    /// Unit symbol as in the field table (`""` or `"share"` for none, `"kW"`, `"°C"`, …).
    pub unit: &'static str,
    /// Whether only whole numbers are allowed.
    pub integer: bool,
}

impl Range {
    pub(crate) fn new(min: f64, max: f64, unit: &'static str, integer: bool) -> Self {
        Range {
            min: Num(min),
            max: Num(max),
            unit,
            integer,
        }
    }
}

/// Why a `"MM-DD"` date is not a day of the model year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `"MM-DD"`.
    Format,
    /// The month is not 01–12.
    Month {
        /// The month given.
        month: u16,
    },
    /// The day does not exist in that month (no 29 February: the model year has no leap day).
    Day {
        /// The day given.
        day: u16,
        /// The month, 1–12.
        month: u16,
        /// Days in that month.
        days: u16,
    },
}

/// Where a resolved value used by a cross-field rule comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Given in the scenario.
    Given,
    /// The field's default.
    Default,
    /// The default of this network generation (`"3G"`, `"4G"` or `"custom"`, which uses 3G).
    Generation(&'static str),
}

/// A resolved value in a cross-field rule: `network.supply_max_c = 70 (4G default)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The field's path.
    pub path: &'static str,
    /// Its resolved value.
    pub value: Num,
    /// Given, default or preset default.
    pub origin: Origin,
}

/// A broken cross-field rule of MODEL.md §3, with the resolved values it compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CrossRule {
    /// `supply_max_c < supply_min_c`.
    SupplyMaxBelowMin {
        /// `network.supply_max_c`.
        max: Resolved,
        /// `network.supply_min_c`.
        min: Resolved,
    },
    /// `supply_min_c ≤ return_c`.
    SupplyMinNotAboveReturn {
        /// `network.supply_min_c`.
        min: Resolved,
        /// `network.return_c`.
        ret: Resolved,
    },
    /// `(supply_min_c + return_c)/2 ≤ ground_c`.
    GroundNotBelowMean {
        /// `network.ground_c`.
        ground: Resolved,
        /// `network.supply_min_c`.
        min: Resolved,
        /// `network.return_c`.
        ret: Resolved,
        /// The mean of supply_min_c and return_c.
        mean: Num,
    },
    /// `dhw_min_supply_c > supply_max_c` while `dhw_share > 0`.
    DhwAboveSupplyMax {
        /// `network.dhw_min_supply_c`.
        dhw: Resolved,
        /// `network.supply_max_c`.
        max: Resolved,
        /// `network.dhw_share`.
        share: Resolved,
    },
}

/// What is wrong, as data: the facts the English `message` states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// Not classified (a [`super::Problem::new`] made outside this module); use the message.
    Other,
    /// The scenario text is empty or blank.
    Empty,
    /// A JSON syntax error; `detail` is the parser's English reason.
    Syntax {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The parser's reason, in English (e.g. `expected value`).
        detail: String,
    },
    /// A `NaN` or `Infinity` literal, which JSON does not allow.
    NotJsonNumber {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The literal as written.
        token: String,
    },
    /// A number too large for a 64-bit float (e.g. `1e400`).
    NumberTooLarge {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// The number as written.
        token: String,
    },
    /// A key that is not a field here.
    UnknownField {
        /// A close known key, if any ("did you mean").
        suggestion: Option<String>,
        /// The keys allowed here, when the message lists them (empty otherwise).
        allowed: Vec<&'static str>,
    },
    /// A key given more than once in the same object.
    Duplicate {
        /// How often it was given.
        count: usize,
        /// The values given (at most 5).
        values: Vec<Given>,
    },
    /// A value of the wrong JSON type.
    WrongType {
        /// What is accepted.
        expected: Expected,
        /// What was given.
        found: Given,
    },
    /// `null` where it is not allowed.
    Null {
        /// What is accepted.
        expected: Expected,
    },
    /// `"start"` or `"end"` missing from a heating season.
    MissingKey {
        /// The missing key.
        key: &'static str,
        /// What is accepted.
        expected: Expected,
    },
    /// An array with the wrong number of values (12 are expected).
    WrongCount {
        /// What is accepted.
        expected: Expected,
        /// How many values were given.
        found: usize,
    },
    /// A number that is NaN or infinite (only through [`super::Scenario::set`]).
    NotFinite {
        /// The month (1–12) of a monthly value, if it is one.
        month: Option<u8>,
        /// The value.
        value: Num,
        /// The allowed range.
        range: Range,
    },
    /// A fractional number for an integer field.
    NotInteger {
        /// The value given.
        value: Num,
        /// The allowed range.
        range: Range,
    },
    /// A number outside its range.
    OutOfRange {
        /// The month (1–12) of a monthly value, if it is one.
        month: Option<u8>,
        /// The value given.
        value: Num,
        /// The allowed range.
        range: Range,
    },
    /// A string that is not one of the field's choices.
    BadChoice {
        /// The string given.
        value: String,
        /// The allowed choices.
        choices: Vec<&'static str>,
        /// The choice that matches but for case, if any.
        case_hint: Option<&'static str>,
    },
    /// A heating-season date that is not a day of the model year.
    BadDate {
        /// `"start"` or `"end"`.
        which: &'static str,
        /// The date as given (cut to 60 characters).
        value: String,
        /// Why it is not valid.
        reason: DateError,
    },
    /// More than one weather source.
    WeatherSources {
        /// The sources given.
        given: Vec<&'static str>,
    },
    /// `weather.builtin` names no built-in climate.
    UnknownClimate {
        /// The id given (cut to 60 characters).
        value: String,
        /// The built-in climate ids.
        choices: Vec<&'static str>,
    },
    /// A weather file path that is empty.
    EmptyPath,
    /// `diurnal_amplitude_k` without `monthly_means_c`.
    AmplitudeWithoutMeans {
        /// The amplitude given.
        value: Num,
        /// The other weather sources given (empty when none).
        given: Vec<&'static str>,
    },
    /// A cross-field rule (MODEL.md §3) that does not hold.
    CrossField(CrossRule),
    /// Several problems of one field reported as one (joined by `; ` in the message).
    Several(Vec<ProblemKind>),
}

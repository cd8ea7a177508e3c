//! Prices where the project is built (docs/model/life.md §1): one price set per country for
//! electricity, the displaced fuel, the heat sold by the data centre, district heat, the EU ETS
//! carbon price and incentives, each value with its year and source.
//!
//! **Values.** Electricity: Eurostat `nrg_pc_205`, non-household band ID (2,000–19,999 MWh/yr),
//! excluding VAT and recoverable taxes, 2024-S2: energy, network charges and non-recoverable
//! levies together, what a large heat pump pays (the network-charge split was not found).
//! Fuel: Eurostat `nrg_pc_203`, gas band I4, excluding VAT, 2024-S2, €/kWh GCV turned into
//! €/MWh LHV by `· 1000 / 0.9` (IEA: LHV = 0.9 · GCV, assumed). Carbon: 75 €/t, the 2025 EUA
//! average (Veyt). Heat paid to the data centre: 30 €/MWh everywhere (assumed, the MODEL.md §9
//! default: no published purchase price was found). Incentives: 0 by default (eligibility of
//! data-centre heat for Italy's white certificates was not found);
//! [`white_certificate_eur_per_mwh`] gives their value for a user who has them.
//!
//! Sources: `/work/shared/research/money-data.md` §3.1–§3.5 and §7.3, copied into
//! docs/model/life.md §1.

use crate::scenario::{Num, Problem, ProblemKind, Range};

/// A country with a price set (default Italy, the Brescia opening view).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Country {
    /// Italy, `IT`.
    #[default]
    Italy,
    /// Denmark, `DK`.
    Denmark,
    /// Finland, `FI`.
    Finland,
    /// Sweden, `SE`.
    Sweden,
    /// Germany, `DE`.
    Germany,
    /// The Netherlands, `NL`.
    Netherlands,
    /// France, `FR`.
    France,
    /// Ireland, `IE`.
    Ireland,
}

/// Who receives a payment or pays a cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Party {
    /// The district-heating utility (`utility`).
    Utility,
    /// The data centre (`data_centre`).
    DataCentre,
}

impl Party {
    /// The JSON choice: `utility` or `data_centre`.
    pub fn code(self) -> &'static str {
        match self {
            Party::Utility => "utility",
            Party::DataCentre => "data_centre",
        }
    }

    /// The party of a JSON choice, if it is one.
    pub fn from_code(code: &str) -> Option<Party> {
        match code {
            "utility" => Some(Party::Utility),
            "data_centre" => Some(Party::DataCentre),
            _ => None,
        }
    }
}

impl Country {
    /// Every country with a price set, in a fixed order.
    pub const ALL: [Country; 8] = [
        Country::Italy,
        Country::Denmark,
        Country::Finland,
        Country::Sweden,
        Country::Germany,
        Country::Netherlands,
        Country::France,
        Country::Ireland,
    ];

    /// ISO 3166-1 alpha-2 code, e.g. `"IT"`.
    pub fn code(self) -> &'static str {
        match self {
            Country::Italy => "IT",
            Country::Denmark => "DK",
            Country::Finland => "FI",
            Country::Sweden => "SE",
            Country::Germany => "DE",
            Country::Netherlands => "NL",
            Country::France => "FR",
            Country::Ireland => "IE",
        }
    }

    /// The country of a two-letter code, ignoring ASCII case (`"it"`, `"IT"`); `None` for
    /// any other string.
    pub fn from_code(code: &str) -> Option<Country> {
        Country::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code))
    }

    /// English name.
    pub fn name(self) -> &'static str {
        match self {
            Country::Italy => "Italy",
            Country::Denmark => "Denmark",
            Country::Finland => "Finland",
            Country::Sweden => "Sweden",
            Country::Germany => "Germany",
            Country::Netherlands => "the Netherlands",
            Country::France => "France",
            Country::Ireland => "Ireland",
        }
    }

    /// The country's default price set.
    pub fn prices(self) -> PriceSet {
        let t = table(self);
        PriceSet {
            electricity_eur_per_mwh: t.electricity_eur_per_kwh * 1000.0,
            fuel_eur_per_mwh: t.gas_eur_per_kwh_gcv * 1000.0 / LHV_PER_GCV,
            heat_eur_per_mwh: HEAT_TO_DATA_CENTRE_EUR_PER_MWH,
            district_heat_eur_per_mwh: t.district_heat_eur_per_mwh,
            carbon_eur_per_t: ETS_2025_EUR_PER_T,
            in_ets: true,
            incentive_eur_per_mwh: 0.0,
            incentive_years: DEFAULT_INCENTIVE_YEARS,
            incentive_capex_share: 0.0,
            incentive_to: Party::Utility,
        }
    }

    /// Year, source and tag of each default value of [`Country::prices`].
    pub fn price_sources(self) -> PriceSources {
        let t = table(self);
        PriceSources {
            electricity: Source {
                year: 2024,
                text: ELECTRICITY_SOURCE,
                tag: Tag::Published,
            },
            fuel: Source {
                year: 2024,
                text: FUEL_SOURCE,
                tag: Tag::Derived,
            },
            heat: Source {
                year: 2025,
                text: HEAT_SOURCE,
                tag: Tag::Assumed,
            },
            district_heat: t.district_heat_source,
            carbon: Source {
                year: 2025,
                text: CARBON_SOURCE,
                tag: Tag::Published,
            },
            incentive: Source {
                year: 2025,
                text: if self == Country::Italy {
                    INCENTIVE_SOURCE_IT
                } else {
                    INCENTIVE_SOURCE
                },
                tag: Tag::Assumed,
            },
        }
    }
}

/// How a figure was obtained (money-data.md tags).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// `[P]`: the number appears in the source.
    Published,
    /// `[D]`: derived from published numbers, arithmetic in the source text.
    Derived,
    /// `[2°]`: a secondary source (news rewrite or aggregator).
    Secondary,
    /// `[A]`: assumed, reason in the source text.
    Assumed,
}

/// Where a default value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Year the value refers to.
    pub year: u16,
    /// Publication (and derivation), in English.
    pub text: &'static str,
    /// How it was obtained.
    pub tag: Tag,
}

/// The sources of one country's price set, field by field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PriceSources {
    /// `electricity_eur_per_mwh`.
    pub electricity: Source,
    /// `fuel_eur_per_mwh`.
    pub fuel: Source,
    /// `heat_eur_per_mwh`.
    pub heat: Source,
    /// `district_heat_eur_per_mwh` (also when it is none: why).
    pub district_heat: Source,
    /// `carbon_eur_per_t` and `in_ets`.
    pub carbon: Source,
    /// The incentive fields.
    pub incentive: Source,
}

/// Prices of one project (editable; defaults from [`Country::prices`]). Money excludes VAT.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PriceSet {
    /// Electricity for the heat pump and pumping, network charges included, €/MWh
    /// (0–10,000; `economics.electricity_price_eur_per_mwh`).
    pub electricity_eur_per_mwh: f64,
    /// Displaced fuel, € per MWh of fuel (LHV), ETS not included (0–10,000;
    /// `economics.fuel_price_eur_per_mwh`).
    pub fuel_eur_per_mwh: f64,
    /// Paid to the data centre per MWh of metered heat, €/MWh (0–10,000; default 30, assumed;
    /// `economics.heat_price_eur_per_mwh`).
    pub heat_eur_per_mwh: f64,
    /// What households pay for district heat, €/MWh (context only; `None`: not found;
    /// 0–10,000; `economics.district_heat_price_eur_per_mwh`).
    pub district_heat_eur_per_mwh: Option<f64>,
    /// EU ETS allowance price, €/t CO2 (0–1,000; default 75; `economics.carbon_price_eur_per_t`).
    pub carbon_eur_per_t: f64,
    /// The displaced plant is in the EU ETS (default true; `economics.in_ets`).
    pub in_ets: bool,
    /// Operating incentive per MWh of heat delivered, €/MWh (0–1,000; default 0;
    /// `economics.incentive_eur_per_mwh`).
    pub incentive_eur_per_mwh: f64,
    /// Operating years (from year 1) in which the incentive is paid (integer 0–60; default 10,
    /// assumed; `economics.incentive_years`).
    pub incentive_years: u32,
    /// Capital grant, share of the recipient's capex (0–1; default 0;
    /// `economics.incentive_capex_share`).
    pub incentive_capex_share: f64,
    /// Who receives the incentives (default the utility; `economics.incentive_to`).
    pub incentive_to: Party,
}

impl Default for PriceSet {
    /// Italy's price set (the Brescia opening view).
    fn default() -> Self {
        Country::Italy.prices()
    }
}

/// Allowed range of one numeric input: JSON path, bounds, unit, whole numbers only.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FieldRange {
    /// Proposed JSON path, e.g. `economics.carbon_price_eur_per_t`.
    pub path: &'static str,
    /// Smallest allowed value.
    pub min: f64,
    /// Largest allowed value.
    pub max: f64,
    /// Unit symbol (`""` or `"share"` for none).
    pub unit: &'static str,
    /// Only whole numbers.
    pub integer: bool,
}

impl FieldRange {
    /// A problem naming the field, the value and the range when `x` is not allowed.
    pub fn check(&self, x: f64) -> Option<Problem> {
        let range = Range::new(self.min, self.max, self.unit, self.integer);
        let unit = match self.unit {
            "" | "share" => String::new(),
            u => format!(" {u}"),
        };
        let whole = if self.integer { " (integer)" } else { "" };
        let allowed = format!("allowed {} to {}{unit}{whole}", self.min, self.max);
        let (message, kind) = if !x.is_finite() {
            (
                format!("{x} is not a finite number; {allowed}"),
                ProblemKind::NotFinite {
                    month: None,
                    value: Num(x),
                    range,
                },
            )
        } else if self.integer && x.fract() != 0.0 {
            (
                format!("{x} is not a whole number; {allowed}"),
                ProblemKind::NotInteger {
                    value: Num(x),
                    range,
                },
            )
        } else if x < self.min || x > self.max {
            (
                format!("{x} is out of range; {allowed}"),
                ProblemKind::OutOfRange {
                    month: None,
                    value: Num(x),
                    range,
                },
            )
        } else {
            return None;
        };
        Some(Problem::with_kind(self.path, message, kind))
    }
}

/// `electricity_eur_per_mwh`.
pub const ELECTRICITY_RANGE: FieldRange = money("economics.electricity_price_eur_per_mwh");
/// `fuel_eur_per_mwh`.
pub const FUEL_RANGE: FieldRange = money("economics.fuel_price_eur_per_mwh");
/// `heat_eur_per_mwh`.
pub const HEAT_RANGE: FieldRange = money("economics.heat_price_eur_per_mwh");
/// `district_heat_eur_per_mwh`.
pub const DISTRICT_HEAT_RANGE: FieldRange = money("economics.district_heat_price_eur_per_mwh");
/// `carbon_eur_per_t`.
pub const CARBON_RANGE: FieldRange = FieldRange {
    path: "economics.carbon_price_eur_per_t",
    min: 0.0,
    max: 1000.0,
    unit: "€/t",
    integer: false,
};
/// `incentive_eur_per_mwh`.
pub const INCENTIVE_RANGE: FieldRange = FieldRange {
    path: "economics.incentive_eur_per_mwh",
    min: 0.0,
    max: 1000.0,
    unit: "€/MWh",
    integer: false,
};
/// `incentive_years`.
pub const INCENTIVE_YEARS_RANGE: FieldRange = FieldRange {
    path: "economics.incentive_years",
    min: 0.0,
    max: 60.0,
    unit: "years",
    integer: true,
};
/// `incentive_capex_share`.
pub const INCENTIVE_CAPEX_SHARE_RANGE: FieldRange = FieldRange {
    path: "economics.incentive_capex_share",
    min: 0.0,
    max: 1.0,
    unit: "share",
    integer: false,
};

const fn money(path: &'static str) -> FieldRange {
    FieldRange {
        path,
        min: 0.0,
        max: 10_000.0,
        unit: "€/MWh",
        integer: false,
    }
}

impl PriceSet {
    /// Every problem of the set, each naming the field, the value and the allowed range.
    pub fn validate(&self) -> Result<(), Vec<Problem>> {
        let mut checks = vec![
            ELECTRICITY_RANGE.check(self.electricity_eur_per_mwh),
            FUEL_RANGE.check(self.fuel_eur_per_mwh),
            HEAT_RANGE.check(self.heat_eur_per_mwh),
            CARBON_RANGE.check(self.carbon_eur_per_t),
            INCENTIVE_RANGE.check(self.incentive_eur_per_mwh),
            INCENTIVE_YEARS_RANGE.check(f64::from(self.incentive_years)),
            INCENTIVE_CAPEX_SHARE_RANGE.check(self.incentive_capex_share),
        ];
        if let Some(dh) = self.district_heat_eur_per_mwh {
            checks.push(DISTRICT_HEAT_RANGE.check(dh));
        }
        let problems: Vec<Problem> = checks.into_iter().flatten().collect();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

/// Gas: lower over gross calorific value (IEA convention, assumed).
pub const LHV_PER_GCV: f64 = 0.9;
/// EUA average price 2025, €/t (Veyt, "2025 EU ETS year in review").
pub const ETS_2025_EUR_PER_T: f64 = 75.0;
/// Heat paid to the data centre, €/MWh (assumed: MODEL.md §9 default; none published).
pub const HEAT_TO_DATA_CENTRE_EUR_PER_MWH: f64 = 30.0;
/// Years an operating incentive is paid (assumed: TEE are paid for a limited useful life;
/// the district-heating value was not found).
pub const DEFAULT_INCENTIVE_YEARS: u32 = 10;
/// Italian white certificates: reimbursement cap, € per TEE (DM 10 May 2018).
pub const TEE_EUR_PER_TEP: f64 = 250.0;
/// Primary energy of a MWh of fuel, tep: 1 / 11.63 (1 tep = 41.868 GJ = 11.63 MWh).
pub const TEP_PER_MWH_FUEL: f64 = 1.0 / 11.63;
/// Primary energy of a MWh of electricity, tep (ARERA EEN 3/08).
pub const TEP_PER_MWH_ELECTRICITY: f64 = 0.187;

/// Value of Italian white certificates per MWh of heat that replaces boiler heat of efficiency
/// `boiler_efficiency`, netting `electricity_per_heat` MWh of electricity per MWh of heat, at
/// the 250 €/TEE cap: `250 · (0.0860 / η − 0.187 · w)`, €/MWh (never below 0).
pub fn white_certificate_eur_per_mwh(boiler_efficiency: f64, electricity_per_heat: f64) -> f64 {
    if boiler_efficiency.is_nan() || boiler_efficiency <= 0.0 || !electricity_per_heat.is_finite() {
        return 0.0;
    }
    let tep = TEP_PER_MWH_FUEL / boiler_efficiency - TEP_PER_MWH_ELECTRICITY * electricity_per_heat;
    (TEE_EUR_PER_TEP * tep).max(0.0)
}

const ELECTRICITY_SOURCE: &str = "Eurostat nrg_pc_205, non-household band ID (2,000–19,999 MWh/yr), excluding VAT and recoverable taxes (network charges and levies included), 2024-S2 (extract of 24 May 2025)";
const FUEL_SOURCE: &str = "Eurostat nrg_pc_203, non-household gas band I4, excluding VAT, 2024-S2, €/kWh GCV × 1000 / 0.9 (LHV = 0.9 GCV, IEA convention)";
const HEAT_SOURCE: &str =
    "Assumed: MODEL.md §9 default; no published price paid for data-centre heat was found";
const CARBON_SOURCE: &str = "EU ETS allowance, 2025 average 75 €/t (Veyt, 2025 EU ETS year in review); the displaced plant assumed in the ETS (> 20 MW thermal input)";
const INCENTIVE_SOURCE: &str =
    "Assumed 0: no incentive for data-centre heat into district heating was found";
const INCENTIVE_SOURCE_IT: &str = "Assumed 0: eligibility of data-centre heat for white certificates (TEE, 250 €/TEE cap, DM 10 May 2018) not found; 23.9 €/MWh at boiler efficiency 0.9, 12.2 €/MWh with a COP-4 heat pump if eligible; Conto Termico 3.0 (up to 65 % of costs) is a building-side scheme";

/// One country's published figures.
struct CountryTable {
    /// Eurostat band ID excl. VAT, 2024-S2, €/kWh.
    electricity_eur_per_kwh: f64,
    /// Eurostat gas I4 excl. VAT, 2024-S2, €/kWh GCV.
    gas_eur_per_kwh_gcv: f64,
    /// District heat to households, excl. VAT where possible, €/MWh.
    district_heat_eur_per_mwh: Option<f64>,
    /// Its source.
    district_heat_source: Source,
}

fn table(country: Country) -> CountryTable {
    let dh = |value: f64, year: u16, text: &'static str, tag: Tag| {
        (Some(value), Source { year, text, tag })
    };
    let (electricity, gas, (district_heat, source)) = match country {
        Country::Italy => (0.2006, 0.0478, dh(87.0, 2019, "ARERA Annual Report 2019 (via e-gazette.it): 82–92 €/MWh net of VAT, largest operators, Q4 2019; middle value", Tag::Secondary)),
        Country::Denmark => (0.1267, 0.0557, dh(100.0 / 1.25, 2022, "Forsyningstilsynet via jyllands-posten.dk (Feb 2023): 13,547 DKK/yr for 18.1 MWh = 100 €/MWh incl. 25 % VAT; / 1.25", Tag::Derived)),
        Country::Finland => (0.0674, 0.0806, dh(65.38, 2025, "Omakotiliitto survey via sttinfo.fi (May 2025): Fortum Espoo energy charge for detached houses; fixed charges extra", Tag::Published)),
        Country::Sweden => (0.0725, 0.0945, dh(88.0, 2025, "Nils Holgersson (2023) and fastighetstidningen.se (Sep 2025): 971 SEK/MWh × 1.152 × 1.092 / 11.1 = 110 €/MWh incl. VAT, 88 excl.", Tag::Derived)),
        Country::Germany => (0.2076, 0.0586, dh(142.0, 2024, "de.statista.com: 142 €/MWh net (160 kW, 1,800 h/a), 2024", Tag::Secondary)),
        Country::Netherlands => (0.1954, 0.0555, dh(157.6 / 1.21, 2025, "ACM price cap 2025 (via welingelichtekringen.nl): 43.79 €/GJ = 157.6 €/MWh incl. 21 % VAT; / 1.21", Tag::Derived)),
        Country::France => (0.1446, 0.0478, dh(71.7, 2014, "SDES/SNCU, Les réseaux de chaleur : quels prix pour le consommateur ? (2014 average, excl. tax)", Tag::Published)),
        Country::Ireland => (0.2236, 0.0497, (None, Source { year: 2025, text: "Not found: district heating is negligible in Ireland", tag: Tag::Assumed })),
    };
    CountryTable {
        electricity_eur_per_kwh: electricity,
        gas_eur_per_kwh_gcv: gas,
        district_heat_eur_per_mwh: district_heat,
        district_heat_source: source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    #[test]
    fn codes_round_trip_and_ignore_case() {
        for c in Country::ALL {
            assert_eq!(Country::from_code(c.code()), Some(c));
            assert_eq!(Country::from_code(&c.code().to_lowercase()), Some(c));
        }
        assert_eq!(Country::from_code("IT"), Some(Country::Italy));
        assert_eq!(Country::from_code("UK"), None);
        assert_eq!(Country::from_code(""), None);
        assert_eq!(Country::from_code("ITA"), None);
        assert_eq!(Party::from_code("data_centre"), Some(Party::DataCentre));
        assert_eq!(
            Party::from_code(Party::Utility.code()),
            Some(Party::Utility)
        );
        assert_eq!(Party::from_code("Utility"), None);
    }

    #[test]
    fn italy_by_hand() {
        let p = Country::Italy.prices();
        // 0.2006 €/kWh = 200.6 €/MWh; gas 0.0478 €/kWh GCV · 1000 / 0.9 = 53.111 €/MWh LHV.
        assert_relative_eq!(p.electricity_eur_per_mwh, 200.6, epsilon = 1e-9);
        assert_relative_eq!(p.fuel_eur_per_mwh, 53.111_111, epsilon = 1e-5);
        assert_eq!(p.carbon_eur_per_t, 75.0);
        assert_eq!(p.heat_eur_per_mwh, 30.0);
        assert_eq!(p.district_heat_eur_per_mwh, Some(87.0));
        assert_eq!(p.incentive_eur_per_mwh, 0.0);
        assert_eq!(PriceSet::default(), p);
        // Sweden: 0.0945 / 0.9 = 105 €/MWh; the Netherlands' cap 157.6 / 1.21 = 130.25.
        assert_relative_eq!(
            Country::Sweden.prices().fuel_eur_per_mwh,
            105.0,
            epsilon = 1e-9
        );
        let nl = Country::Netherlands.prices().district_heat_eur_per_mwh;
        assert_relative_eq!(nl.unwrap_or(f64::NAN), 130.247_934, epsilon = 1e-5);
    }

    #[test]
    fn white_certificates_by_hand() {
        // money-data §3.5: 0.0860/0.9 = 0.09555 tep · 250 = 23.9 €/MWh; with COP 4:
        // 0.09555 − 0.25 · 0.187 = 0.04880 tep · 250 = 12.2 €/MWh.
        assert_relative_eq!(
            white_certificate_eur_per_mwh(0.9, 0.0),
            23.885,
            epsilon = 1e-2
        );
        assert_relative_eq!(
            white_certificate_eur_per_mwh(0.9, 0.25),
            12.2,
            epsilon = 1e-2
        );
        // Dirty heat-pump heat is never a negative incentive; nonsense inputs give 0.
        assert_eq!(white_certificate_eur_per_mwh(0.9, 1.0), 0.0);
        assert_eq!(white_certificate_eur_per_mwh(0.0, 0.0), 0.0);
        assert_eq!(white_certificate_eur_per_mwh(f64::NAN, 0.0), 0.0);
        assert_eq!(white_certificate_eur_per_mwh(0.9, f64::INFINITY), 0.0);
    }

    #[test]
    fn validate_names_the_field() {
        assert_eq!(Country::Ireland.prices().validate(), Ok(()));
        let mut p = Country::Italy.prices();
        p.carbon_eur_per_t = 2000.0;
        p.fuel_eur_per_mwh = f64::NAN;
        p.incentive_capex_share = -0.1;
        p.district_heat_eur_per_mwh = Some(1e9);
        let problems = p.validate().err().unwrap_or_default();
        let paths: Vec<&str> = problems.iter().map(|q| q.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "economics.fuel_price_eur_per_mwh",
                "economics.carbon_price_eur_per_t",
                "economics.incentive_capex_share",
                "economics.district_heat_price_eur_per_mwh",
            ]
        );
        assert!(problems[1].message.contains("2000"), "{}", problems[1]);
        assert!(problems[1].message.contains("0 to 1000"), "{}", problems[1]);
        assert!(
            problems[0].message.contains("not a finite"),
            "{}",
            problems[0]
        );
    }

    #[test]
    fn integer_ranges_refuse_fractions() {
        let problem = INCENTIVE_YEARS_RANGE.check(2.5);
        assert!(matches!(
            problem.map(|p| *p.kind),
            Some(ProblemKind::NotInteger { .. })
        ));
        assert_eq!(INCENTIVE_YEARS_RANGE.check(60.0), None);
        assert!(INCENTIVE_YEARS_RANGE.check(61.0).is_some());
    }
}

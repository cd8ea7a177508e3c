//! Inputs of the project's life (docs/model/life.md §3): years, start year, IT ramp, discount
//! rate, escalation, grid path, year-1 prices, each party's capex and O&M; their ranges and
//! validation.

use super::GridPath;
use crate::prices::{Country, FieldRange, PriceSet};
use crate::scenario::Problem;

/// Most operating years.
pub const MAX_YEARS: u32 = 60;

/// `years`: operating years (integer 1–60; default 25, DEA heat-pump lifetime).
pub const YEARS_RANGE: FieldRange = FieldRange {
    path: "economics.years",
    min: 1.0,
    max: MAX_YEARS as f64,
    unit: "years",
    integer: true,
};
/// `start_year`: calendar year of operating year 1 (integer 2000–2100; default 2026).
pub const START_YEAR_RANGE: FieldRange = FieldRange {
    path: "economics.start_year",
    min: 2000.0,
    max: 2100.0,
    unit: "",
    integer: true,
};
/// Each share of `ramp` (0–1).
pub const RAMP_RANGE: FieldRange = FieldRange {
    path: "data_centre.ramp",
    min: 0.0,
    max: 1.0,
    unit: "share",
    integer: false,
};
/// `discount_rate` (0–0.5; default 0.05, MODEL.md §9).
pub const DISCOUNT_RATE_RANGE: FieldRange = FieldRange {
    path: "economics.discount_rate",
    min: 0.0,
    max: 0.5,
    unit: "share",
    integer: false,
};
/// Each escalation rate (−0.2–0.3 a year; default 0, real terms).
pub const ESCALATION_RANGES: [FieldRange; 5] = [
    escalation("economics.electricity_escalation"),
    escalation("economics.fuel_escalation"),
    escalation("economics.heat_escalation"),
    escalation("economics.carbon_escalation"),
    escalation("economics.om_escalation"),
];
/// Each party's capex, € (0–1e11).
pub const CAPEX_RANGE: FieldRange = FieldRange {
    path: "capex",
    min: 0.0,
    max: 1e11,
    unit: "€",
    integer: false,
};
/// Each party's yearly O&M, € (0–1e10).
pub const OM_RANGE: FieldRange = FieldRange {
    path: "om",
    min: 0.0,
    max: 1e10,
    unit: "€",
    integer: false,
};

const fn escalation(path: &'static str) -> FieldRange {
    FieldRange {
        path,
        min: -0.2,
        max: 0.3,
        unit: "share",
        integer: false,
    }
}

/// Yearly real change of each price, as shares (0.02 = +2 % a year).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Escalation {
    /// Electricity (`economics.electricity_escalation`).
    pub electricity: f64,
    /// Displaced fuel (`economics.fuel_escalation`).
    pub fuel: f64,
    /// Heat paid to the data centre (`economics.heat_escalation`).
    pub heat: f64,
    /// Carbon (`economics.carbon_escalation`).
    pub carbon: f64,
    /// O&M (`economics.om_escalation`).
    pub om: f64,
}

/// Which inputs key the memo of annual runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MemoBy {
    /// The IT share only: the annual physics depends neither on prices nor on the grid factor
    /// (true of MODEL.md v1).
    #[default]
    ItShare,
    /// The IT share, the grid factor and every price.
    AllInputs,
}

/// Inputs of the project's life (validate with [`LifeParams::validate`]).
#[derive(Debug, Clone, PartialEq)]
pub struct LifeParams {
    /// Operating years N (`economics.years`, integer 1–60; default 25).
    pub years: u32,
    /// Calendar year of operating year 1 (`economics.start_year`, 2000–2100; default 2026,
    /// assumed: the next heating season).
    pub start_year: u16,
    /// Share of design IT load in years 1, 2, …, the last repeated (`data_centre.ramp`, 1–60
    /// values, each 0–1; default `[1]`).
    pub ramp: Vec<f64>,
    /// Real discount rate (`economics.discount_rate`, 0–0.5; default 0.05).
    pub discount_rate: f64,
    /// Price escalation (default none).
    pub escalation: Escalation,
    /// Grid CO2 factor by calendar year (`emissions.grid_path`).
    pub grid_path: GridPath,
    /// Prices of year 1.
    pub prices: PriceSet,
    /// The utility's capex, € (from [`crate::capex::capex`]).
    pub capex_utility_eur: f64,
    /// The data centre's capex, €.
    pub capex_data_centre_eur: f64,
    /// The utility's O&M in year 1, €/yr.
    pub om_utility_eur: f64,
    /// The data centre's O&M in year 1, €/yr.
    pub om_data_centre_eur: f64,
    /// What keys the memo of annual runs.
    pub memo: MemoBy,
}

/// Default operating years: a large heat pump's technical lifetime (DEA el&DH, 25 years,
/// range 15–40; money-data.md §5.2).
pub const DEFAULT_YEARS: u32 = 25;
/// Default calendar year of operating year 1 (assumed: the next heating season).
pub const DEFAULT_START_YEAR: u16 = 2026;
/// Default real discount rate (MODEL.md §9; the EU cohesion-policy financial rate is 4 %, the
/// Danish socio-economic 3.5 %, PyPSA-Eur 7 %: money-data.md §5.1).
pub const DEFAULT_DISCOUNT_RATE: f64 = 0.05;

impl Default for LifeParams {
    /// Italy's defaults (the Brescia opening view).
    fn default() -> Self {
        LifeParams::for_country(Country::Italy)
    }
}

impl LifeParams {
    /// Defaults for a project in `country`: its prices and grid path, 25 years from 2026, a
    /// flat ramp, 5 % discount, no escalation, no capex or O&M yet.
    pub fn for_country(country: Country) -> LifeParams {
        LifeParams {
            years: DEFAULT_YEARS,
            start_year: DEFAULT_START_YEAR,
            ramp: vec![1.0],
            discount_rate: DEFAULT_DISCOUNT_RATE,
            escalation: Escalation::default(),
            grid_path: GridPath::for_country(country),
            prices: country.prices(),
            capex_utility_eur: 0.0,
            capex_data_centre_eur: 0.0,
            om_utility_eur: 0.0,
            om_data_centre_eur: 0.0,
            memo: MemoBy::ItShare,
        }
    }

    /// Every problem, each naming the field, the value and the allowed range.
    pub fn validate(&self) -> Result<(), Vec<Problem>> {
        let mut problems: Vec<Problem> = Vec::new();
        let mut check = |range: &FieldRange, x: f64, path: Option<String>| {
            if let Some(mut p) = range.check(x) {
                if let Some(path) = path {
                    p.path = path;
                }
                problems.push(p);
            }
        };
        check(&YEARS_RANGE, f64::from(self.years), None);
        check(&START_YEAR_RANGE, f64::from(self.start_year), None);
        check(&DISCOUNT_RATE_RANGE, self.discount_rate, None);
        let e = &self.escalation;
        for (range, x) in
            ESCALATION_RANGES
                .iter()
                .zip([e.electricity, e.fuel, e.heat, e.carbon, e.om])
        {
            check(range, x, None);
        }
        for (i, &s) in self.ramp.iter().enumerate() {
            check(&RAMP_RANGE, s, Some(format!("data_centre.ramp[{i}]")));
        }
        for (name, x) in [
            ("capex_utility_eur", self.capex_utility_eur),
            ("capex_data_centre_eur", self.capex_data_centre_eur),
        ] {
            check(&CAPEX_RANGE, x, Some(format!("life.{name}")));
        }
        for (name, x) in [
            ("om_utility_eur", self.om_utility_eur),
            ("om_data_centre_eur", self.om_data_centre_eur),
        ] {
            check(&OM_RANGE, x, Some(format!("life.{name}")));
        }
        if self.ramp.is_empty() || self.ramp.len() > MAX_YEARS as usize {
            problems.push(Problem::new(
                "data_centre.ramp",
                format!("{} values given; allowed 1 to {MAX_YEARS}", self.ramp.len()),
            ));
        }
        if let Err(mut more) = self.prices.validate() {
            problems.append(&mut more);
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// IT share of operating year `year` (1-based): the ramp's value, the last one repeated;
    /// 1 for an empty ramp (clamped into 0–1, 0 when not finite).
    pub fn it_share(&self, year: u32) -> f64 {
        let i = (year.max(1) - 1) as usize;
        let share = self.ramp.get(i).or(self.ramp.last()).copied();
        tame(share.unwrap_or(1.0), 0.0, 1.0, 0.0)
    }

    /// The largest IT share of the ramp: the design year that sizes what is built (1 for an
    /// empty ramp).
    pub fn design_share(&self) -> f64 {
        self.ramp
            .iter()
            .copied()
            .filter(|s| s.is_finite())
            .reduce(f64::max)
            .unwrap_or(1.0)
    }

    /// Prices of operating year `year` (1-based): each `p_1 · (1 + e)^(year − 1)`.
    pub fn prices_in(&self, year: u32) -> PriceSet {
        let n = year.max(1) as i32 - 1;
        let grow = |p: f64, e: f64| p * (1.0 + e).powi(n);
        let (p, e) = (&self.prices, &self.escalation);
        PriceSet {
            electricity_eur_per_mwh: grow(p.electricity_eur_per_mwh, e.electricity),
            fuel_eur_per_mwh: grow(p.fuel_eur_per_mwh, e.fuel),
            heat_eur_per_mwh: grow(p.heat_eur_per_mwh, e.heat),
            carbon_eur_per_t: grow(p.carbon_eur_per_t, e.carbon),
            ..*p
        }
    }
}

/// A finite number in `[lo, hi]`, `fallback` when not finite: keeps invalid inputs harmless.
pub(super) fn tame(x: f64, lo: f64, hi: f64, fallback: f64) -> f64 {
    if x.is_finite() {
        x.clamp(lo, hi)
    } else {
        fallback
    }
}

//! The measured series (a contract: names exactly as issue 10 lists them) and their units.

use serde::{Deserialize, Serialize};

use crate::error::ErrorKind;

/// A measured series. Its serde name is the column name of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Series {
    /// IT electrical power, kW (model column `p_it_kw`).
    ItKw,
    /// Heat delivered into the network, kW (model column `delivered_kw`).
    HeatDeliveredKw,
    /// Heat-pump electricity, kW (model column `hp_electricity_kw`).
    HeatPumpElectricityKw,
    /// Network supply temperature, °C (model column `t_supply_c`).
    SupplyC,
    /// Network return temperature, °C.
    ReturnC,
    /// Outdoor air temperature, °C (model column `t_out_c`).
    OutdoorC,
    /// Network heat demand, kW (model column `demand_kw`).
    NetworkDemandKw,
}

/// The physical unit of a column as written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Kilowatt (factor 1 to kW).
    Kw,
    /// Megawatt (factor 1,000 to kW).
    Mw,
    /// Degree Celsius.
    Celsius,
}

impl Unit {
    /// Factor from this unit to the series' unit (kW or °C).
    pub fn factor(self) -> f64 {
        match self {
            Unit::Mw => 1000.0,
            Unit::Kw | Unit::Celsius => 1.0,
        }
    }
}

impl Series {
    /// Every series, in the contract's order.
    pub const ALL: [Series; 7] = [
        Series::ItKw,
        Series::HeatDeliveredKw,
        Series::HeatPumpElectricityKw,
        Series::SupplyC,
        Series::ReturnC,
        Series::OutdoorC,
        Series::NetworkDemandKw,
    ];

    /// The contract's column name (`it_kw`, …).
    pub fn name(self) -> &'static str {
        match self {
            Series::ItKw => "it_kw",
            Series::HeatDeliveredKw => "heat_delivered_kw",
            Series::HeatPumpElectricityKw => "heat_pump_electricity_kw",
            Series::SupplyC => "supply_c",
            Series::ReturnC => "return_c",
            Series::OutdoorC => "outdoor_c",
            Series::NetworkDemandKw => "network_demand_kw",
        }
    }

    /// The name without its unit suffix (`heat_delivered`).
    pub fn stem(self) -> &'static str {
        let n = self.name();
        n.rsplit_once('_').map_or(n, |(stem, _)| stem)
    }

    /// The series whose contract name is `name` (exactly, lower case).
    pub fn from_name(name: &str) -> Option<Series> {
        Series::ALL.into_iter().find(|s| s.name() == name)
    }

    /// Whether this is a temperature (°C) rather than a power (kW).
    pub fn is_temperature(self) -> bool {
        matches!(self, Series::SupplyC | Series::ReturnC | Series::OutdoorC)
    }

    /// The series' own unit name: `kW` or `°C`.
    pub fn unit_name(self) -> &'static str {
        if self.is_temperature() {
            "°C"
        } else {
            "kW"
        }
    }

    /// Plausible range in the series' unit (assumed sanity bounds, assumed, docs/model/measured.md §1).
    pub fn plausible_range(self) -> (f64, f64) {
        if self.is_temperature() {
            (-90.0, 200.0)
        } else {
            (-1.0e7, 1.0e7)
        }
    }

    fn allowed_units(self) -> &'static str {
        if self.is_temperature() {
            "°C (C, degC)"
        } else {
            "kW, MW"
        }
    }

    /// Reads a unit word for this series: `None` if unknown.
    fn unit_from_word(self, word: &str) -> Option<Unit> {
        let w = word.trim().to_ascii_lowercase();
        if self.is_temperature() {
            matches!(
                w.as_str(),
                "c" | "°c" | "degc" | "deg c" | "º c" | "ºc" | "° c"
            )
            .then_some(Unit::Celsius)
        } else {
            match w.as_str() {
                "kw" => Some(Unit::Kw),
                "mw" => Some(Unit::Mw),
                _ => None,
            }
        }
    }

    /// Resolves the unit of a column of this series from its name suffix (if any) and its
    /// bracketed unit (if any); the series' own unit if neither is given.
    pub(crate) fn resolve_unit(
        self,
        suffix: Option<&str>,
        bracket: Option<&str>,
    ) -> Result<Unit, ErrorKind> {
        let read = |w: &str| {
            self.unit_from_word(w)
                .ok_or_else(|| ErrorKind::UnknownUnit {
                    unit: w.trim().to_string(),
                    allowed: self.allowed_units(),
                })
        };
        let a = suffix.map(read).transpose()?;
        let b = bracket.map(read).transpose()?;
        match (a, b) {
            (Some(x), Some(y)) if x != y => Err(ErrorKind::UnitConflict {
                first: suffix.unwrap_or_default().to_string(),
                second: bracket.unwrap_or_default().trim().to_string(),
            }),
            (Some(x), _) | (None, Some(x)) => Ok(x),
            (None, None) => Ok(if self.is_temperature() {
                Unit::Celsius
            } else {
                Unit::Kw
            }),
        }
    }
}

/// Splits a header cell into its name and a unit in parentheses or brackets:
/// `heat_delivered (MW)` → (`heat_delivered`, Some(`MW`)).
pub(crate) fn split_bracket(cell: &str) -> (&str, Option<&str>) {
    let t = cell.trim();
    for (open, close) in [('(', ')'), ('[', ']')] {
        if let (Some(i), true) = (t.rfind(open), t.ends_with(close)) {
            let name = t.get(..i).unwrap_or("").trim_end();
            let unit = t.get(i + 1..t.len() - 1).unwrap_or("");
            return (name, Some(unit));
        }
    }
    (t, None)
}

/// What a header cell is, by name: a series with its unit, an unknown unit for a known
/// stem, or nothing we know (ignored).
pub(crate) fn classify_header(cell: &str) -> Option<Result<(Series, Unit), ErrorKind>> {
    let (name, bracket) = split_bracket(cell);
    let lower = name.trim().to_ascii_lowercase().replace([' ', '-'], "_");
    for s in Series::ALL {
        let stem = s.stem();
        if lower == stem {
            return Some(s.resolve_unit(None, bracket).map(|u| (s, u)));
        }
        if let Some(suffix) = lower.strip_prefix(stem).and_then(|r| r.strip_prefix('_')) {
            // `heat_delivered_kw`, `heat_delivered_mw`, `heat_delivered_gj` (unknown unit);
            // but not a longer name that merely starts with the stem (`it_load_kw`).
            if !suffix.contains('_') && !suffix.is_empty() {
                return Some(s.resolve_unit(Some(suffix), bracket).map(|u| (s, u)));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_and_units() {
        let ok = |c: &str| classify_header(c).and_then(Result::ok);
        assert_eq!(ok("it_kw"), Some((Series::ItKw, Unit::Kw)));
        assert_eq!(ok("IT_MW"), Some((Series::ItKw, Unit::Mw)));
        assert_eq!(
            ok("heat_delivered (MW)"),
            Some((Series::HeatDeliveredKw, Unit::Mw))
        );
        assert_eq!(
            ok("heat_delivered_kw [kW]"),
            Some((Series::HeatDeliveredKw, Unit::Kw))
        );
        assert_eq!(ok("supply (°C)"), Some((Series::SupplyC, Unit::Celsius)));
        assert_eq!(ok("outdoor_c"), Some((Series::OutdoorC, Unit::Celsius)));
        assert_eq!(
            ok("network_demand"),
            Some((Series::NetworkDemandKw, Unit::Kw))
        );
        assert_eq!(classify_header("notes"), None);
        assert_eq!(classify_header("it_load_kw"), None);
        assert!(matches!(
            classify_header("heat_delivered (GJ)"),
            Some(Err(ErrorKind::UnknownUnit { .. }))
        ));
        assert!(matches!(
            classify_header("heat_delivered_gj"),
            Some(Err(ErrorKind::UnknownUnit { .. }))
        ));
        assert!(matches!(
            classify_header("supply (K)"),
            Some(Err(ErrorKind::UnknownUnit { .. }))
        ));
        assert!(matches!(
            classify_header("it_kw (MW)"),
            Some(Err(ErrorKind::UnitConflict { .. }))
        ));
        assert_eq!(Unit::Mw.factor(), 1000.0);
    }

    #[test]
    fn names_round_trip() {
        for s in Series::ALL {
            assert_eq!(Series::from_name(s.name()), Some(s));
        }
    }
}

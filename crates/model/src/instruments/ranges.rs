//! Uncertainty ranges: the built-in uncertainty of the inputs that really are uncertain, and
//! the checking of user ranges (docs/model/instruments.md §5.1, where every source is quoted).

use std::collections::BTreeMap;

use super::eval::{Bound, Evaluator};
use super::InstrumentError;

/// One uncertain input's range, as the `--ranges` file and `heat-twin-cli ranges` write it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UncertainRange {
    /// Lowest plausible value.
    pub low: f64,
    /// Most likely value (the mode of a triangular distribution; the tornado's base).
    pub likely: f64,
    /// Highest plausible value.
    pub high: f64,
    /// Where the range comes from.
    pub source: String,
}

/// A range as a user may give it: `likely` defaults to the scenario's own value and
/// `source` to `"user"`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RangeSpec {
    /// Lowest plausible value.
    pub low: f64,
    /// Most likely value; default: the scenario's own value.
    #[serde(default)]
    pub likely: Option<f64>,
    /// Highest plausible value.
    pub high: f64,
    /// Where the range comes from; default `"user"`.
    #[serde(default)]
    pub source: Option<String>,
}

/// Ranges by input path (sorted, which fixes the order of random draws).
pub type Ranges = BTreeMap<String, UncertainRange>;

/// How a built-in range spreads around the scenario's value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Spread {
    /// `likely + low` to `likely + high` (absolute offsets, in the field's unit).
    Offset(f64, f64),
    /// `likely × low` to `likely × high`.
    Factor(f64, f64),
}

/// A built-in uncertain input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BuiltinRange {
    /// The input's path.
    pub path: &'static str,
    /// Its spread around the scenario's value.
    pub spread: Spread,
    /// The source of the spread.
    pub source: &'static str,
}

/// The built-in uncertainty of each uncertain input (docs/model/instruments.md §5.1).
pub const BUILTIN_RANGES: &[BuiltinRange] = &[
    BuiltinRange {
        path: "data_centre.capture_share",
        spread: Spread::Offset(-0.10, 0.10),
        source: "Ardor methodology via REFERENCE.md §2: capture bands 20 points wide (liquid 70–90 %, mixed 50–70 %, air 30–50 %), so ±0.10 around the cooling preset",
    },
    BuiltinRange {
        path: "recovery.lorenz_efficiency",
        spread: Spread::Factor(0.81, 1.08),
        source: "DEA technology catalogue (REFERENCE.md §3): 1 MW units fit Lorenz efficiency 0.47 against 0.58 for 10 MW (×0.81); 10 MW nameplate COP 5.0 (2020) → 5.4 (2050) (×1.08)",
    },
    BuiltinRange {
        path: "recovery.hp_efficiency",
        spread: Spread::Factor(0.81, 1.08),
        source: "DEA technology catalogue (REFERENCE.md §3; docs/model/heat_pump.md §1.3): nameplate COP of the 1 MW unit 4.1 against 5.1 for 10 MW (×0.80, rounded as for the Lorenz efficiency to ×0.81); 10 MW 5.0 (2020) → 5.4 (2050) (×1.08); the fitted COP scales with η",
    },
    BuiltinRange {
        path: "network.home_heat_mwh",
        spread: Spread::Factor(0.903, 1.063),
        source: "A2A/Equinix Settimo Milanese 225 GWh ↔ 21,000 homes = 10.7 MWh (×0.903); ARERA reference household 1,400 Sm³ gas ≈ 12.6 MWh of heat (×1.063); REFERENCE.md §5, §7",
    },
    BuiltinRange {
        path: "network.loss_share",
        spread: Spread::Factor(0.67, 1.5),
        source: "assumed: 5–40 % of heat fed in over all networks, PyPSA-Eur default 15 % (REFERENCE.md §4); for one known network a third lower to half higher",
    },
    BuiltinRange {
        path: "data_centre.utilisation",
        spread: Spread::Offset(-0.15, 0.10),
        source: "assumed: no published utilisation distribution in our sources; sites ramp up over years, so wider below than above",
    },
    BuiltinRange {
        path: "emissions.grid_g_per_kwh",
        spread: Spread::Factor(0.807, 1.0),
        source: "Italy lifecycle grid CO2 (Electricity Maps yearly averages in co2.js data, 2026): 2023 316, 2024 267, 2025 286 g/kWh; low 267 / 330.7 (×0.807); the default Ember 2023 330.7 is the highest published",
    },
    BuiltinRange {
        path: "emissions.fuel_kg_per_mwh",
        spread: Spread::Factor(0.997, 1.19),
        source: "REFERENCE.md §5: Italian factor 55.934 t/TJ = 201.4 kg/MWh; lifecycle natural gas about 240 kg/MWh (×1.19); IPCC default 56.1 t/TJ is within 0.3 %",
    },
    BuiltinRange {
        path: "economics.heat_price_eur_per_mwh",
        spread: Spread::Factor(0.5, 1.5),
        source: "assumed: no published price paid to data centres for waste heat was found (none for Brescia, Settimo Milanese, Odense); ±50 %",
    },
    BuiltinRange {
        path: "economics.electricity_price_eur_per_mwh",
        spread: Spread::Factor(0.895, 1.337),
        source: "Eurostat nrg_pc_205, 2024-S2, Italy, non-household, excl. VAT: band IG 134.3 to band ID 200.6 €/MWh against 150 (×0.895, ×1.337)",
    },
    BuiltinRange {
        path: "economics.fuel_price_eur_per_mwh",
        spread: Spread::Factor(0.8, 1.39),
        source: "Eurostat nrg_pc_203, 2024-S2, Italy, non-household band I3 excl. VAT 0.0563 €/kWh GCV = 62.5 €/MWh LHV (×1.39); low assumed ×0.8 (prices fell from 2022 to 2024)",
    },
    BuiltinRange {
        path: "economics.heat_pump_capex_eur_per_mw",
        spread: Spread::Factor(0.715, 1.428),
        source: "DEA technology catalogue (electricity and district heating), excess-heat heat pump 10 MW, uncertainty range 2025: 0.476–0.951 M€2015/MW against 0.666 (×0.715, ×1.428)",
    },
    BuiltinRange {
        path: "economics.storage_capex_eur_per_m3",
        spread: Spread::Factor(0.625, 1.45),
        source: "DEA technology catalogue (energy storage), large hot-water tank cost formula: 6,000 m³ 125 €/m³, 1,000 m³ 290 €/m³, against 200 (×0.625, ×1.45)",
    },
    // No range on `economics.pipe_capex_eur_per_m`: giving that flat price replaces the
    // connection pipe's catalogue price by DN (MODEL.md §9.1), so sampling it would change the
    // model, not only the price; a range on the catalogue price needs its own input.
];

impl BuiltinRange {
    /// The range around `likely`, clipped to the field's allowed range and always containing
    /// `likely`.
    pub fn around(&self, bound: &Bound, likely: f64) -> UncertainRange {
        let (a, b) = match self.spread {
            Spread::Offset(lo, hi) => (likely + lo, likely + hi),
            Spread::Factor(lo, hi) => (likely * lo, likely * hi),
        };
        let (a, b) = (a.min(b), a.max(b));
        UncertainRange {
            low: a.clamp(bound.min, bound.max).min(likely),
            likely,
            high: b.clamp(bound.min, bound.max).max(likely),
            source: self.source.to_string(),
        }
    }
}

/// The ranges in force by default for the evaluator's scenario: each built-in range around
/// the scenario's own value.
pub fn default_ranges(eval: &Evaluator) -> Ranges {
    // The heat pump's efficiency range is on the input of the scenario's COP method.
    let method = eval.cop_method();
    let applies = |path: &str| match path {
        "recovery.lorenz_efficiency" => method == crate::params::CopMethod::Lorenz,
        "recovery.hp_efficiency" => method == crate::params::CopMethod::Fit,
        _ => true,
    };
    BUILTIN_RANGES
        .iter()
        .filter(|b| applies(b.path))
        .filter_map(|b| {
            let bound = Bound::new(b.path).ok()?;
            Some((
                b.path.to_string(),
                b.around(&bound, eval.base_value(&bound)),
            ))
        })
        .collect()
}

/// User ranges made complete: a missing `likely` is the scenario's value, a missing source
/// `"user"`; then checked (see [`check_ranges`]).
pub fn resolve_ranges(
    eval: &Evaluator,
    specs: &BTreeMap<String, RangeSpec>,
) -> Result<Ranges, InstrumentError> {
    let mut ranges = Ranges::new();
    for (path, spec) in specs {
        let bound = Bound::new(path)?;
        ranges.insert(
            path.clone(),
            UncertainRange {
                low: spec.low,
                likely: spec.likely.unwrap_or_else(|| eval.base_value(&bound)),
                high: spec.high,
                source: spec.source.clone().unwrap_or_else(|| "user".to_string()),
            },
        );
    }
    check_ranges(&ranges)?;
    Ok(ranges)
}

/// Checks every range: a numeric input, `low ≤ likely ≤ high`, all three inside the field's
/// allowed range. Returns the bounds in path order.
pub fn check_ranges(ranges: &Ranges) -> Result<Vec<(Bound, UncertainRange)>, InstrumentError> {
    let mut out = Vec::with_capacity(ranges.len());
    for (path, r) in ranges {
        let bound = Bound::new(path)?;
        for x in [r.low, r.likely, r.high] {
            bound.snap(x)?;
        }
        if !(r.low <= r.likely && r.likely <= r.high) {
            return Err(InstrumentError::Setting {
                setting: format!("ranges.{path}"),
                message: format!(
                    "low {} ≤ likely {} ≤ high {} does not hold",
                    r.low, r.likely, r.high
                ),
            });
        }
        out.push((bound, r.clone()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_is_a_numeric_input_with_a_source() {
        for b in BUILTIN_RANGES {
            assert!(Bound::new(b.path).is_ok(), "{}", b.path);
            assert!(b.source.len() > 20, "{}", b.path);
        }
    }

    #[test]
    fn spreads_by_hand_and_clipped() {
        let capture = Bound::new("data_centre.capture_share").expect("numeric");
        let b = BUILTIN_RANGES[0];
        // 0.95 ± 0.10 → 0.85 to 1.05, clipped to 1.0.
        let r = b.around(&capture, 0.95);
        assert!((r.low - 0.85).abs() < 1e-12 && r.high == 1.0 && r.likely == 0.95);
        // Heat-pump capex 670,000 × 0.715 = 479,050; × 1.428 = 956,760.
        let capex = Bound::new("economics.heat_pump_capex_eur_per_mw").expect("numeric");
        let c = BUILTIN_RANGES
            .iter()
            .find(|b| b.path == capex.path)
            .expect("built in")
            .around(&capex, 670_000.0);
        assert!((c.low - 479_050.0).abs() < 1e-6 && (c.high - 956_760.0).abs() < 1e-6);
    }

    #[test]
    fn bad_ranges_are_refused_naming_the_input() {
        let mut r = Ranges::new();
        r.insert(
            "network.loss_share".into(),
            UncertainRange {
                low: 0.2,
                likely: 0.1,
                high: 0.3,
                source: String::new(),
            },
        );
        let e = check_ranges(&r).expect_err("unordered").to_string();
        assert!(e.contains("network.loss_share"), "{e}");
        r.insert(
            "network.loss_share".into(),
            UncertainRange {
                low: 0.1,
                likely: 0.2,
                high: 0.9,
                source: String::new(),
            },
        );
        assert!(check_ranges(&r).is_err());
    }
}

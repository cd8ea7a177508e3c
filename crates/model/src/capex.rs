//! Capex as built (docs/model/life.md §2): a breakdown by component, each with a sourced cost
//! curve, in 2025 €.
//!
//! **Lines.** `P_hx` MW of heat through the exchangers, `P_hp` MW of heat-pump heat installed,
//! `P_el` MW of heat-pump electricity, `V` m³ of storage, `k` = 889.6 / 666 = 1.3357 (DEA's
//! 2015 € to 2025 €, from PyPSA technology-data's 2025-€ value of the same heat pump).
//! - Exchanger station: `k · [265,000 · min(P_hx, 1) + 100,000 · max(P_hx − 1, 0)]` € (DEA
//!   energy transport: < 1 MW 265,000 €/MW, > 1 MW 100,000 €/MW; continuous form derived).
//! - Pumping station, only with a connection pipe: the same form with 240,000 / 90,000 €/MW.
//! - Heat pumps: `k · P_hp · c(P_hp)`, `c` interpolated in log-log through DEA's excess-heat
//!   units (1 MW 1.237, 3 MW 0.856, 10 MW 0.666 M€/MW), the 1–3 MW slope extended down to
//!   0.1 MW and held below it, held at 0.666 above 10 MW. `P_hp = max(peak output that ran,
//!   the capacity the user installs)`.
//! - Electrical connection: 188,600 €/MW of heat-pump electricity (PyPSA "distribution grid
//!   reinforcement", DEA v17 p. 15).
//! - Connection pipe: the € amount given.
//! - Storage: tank `k · V · 7,450 · min(V, 10,000)^−0.47` (DEA large steel tank, held above
//!   10,000 m³ where the formula is not credible); pit `k · (1.84·10⁶ + 42 V)` (DEA PTES).
//! - Buildings and engineering: 10 % of the lines above (assumed: no published breakdown).
//! - A price per m³ of the store, when given, replaces its curve (the scenario's
//!   `economics.storage_capex_eur_per_m3`).
//!
//! The heat pump and its electrical connection belong to the heat pump's owner, every other
//! line to the utility; buildings and engineering follow each party's share.

use crate::params::HeatPumpOwner;
use crate::prices::FieldRange;
use crate::scenario::Problem;

/// DEA's 2015 € to 2025 €: 889.6 €/kW (PyPSA technology-data 2025) / 666 €/kW (DEA 2015 €)
/// for the same 10 MW excess-heat heat pump.
pub const EUR2015_TO_EUR2025: f64 = 889.6 / 666.0;

/// DEA excess-heat heat pumps: (MW of heat, M€ per MW, 2015 €), 2020–25 values.
pub const HEAT_PUMP_CURVE_MW_MEUR: [(f64, f64); 3] = [(1.0, 1.237), (3.0, 0.856), (10.0, 0.666)];

/// Below this size the heat pump's specific cost is held, MW.
pub const HEAT_PUMP_SMALLEST_MW: f64 = 0.1;

/// Above this volume the tank's specific cost is held, m³.
pub const TANK_LARGEST_FORMULA_M3: f64 = 10_000.0;

/// Kind of thermal storage, which sets its cost curve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageKind {
    /// `tank`: large steel tank (DEA 141).
    Tank,
    /// `pit`: pit thermal energy storage (DEA 140).
    Pit,
}

/// The parameters of every cost curve (editable), money in the currency year noted.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CapexParams {
    /// Exchanger station up to 1 MW, €/MW (2015 €; 0–1e7; default 265,000, DEA transport).
    pub exchanger_small_eur_per_mw: f64,
    /// Exchanger station above 1 MW, marginal €/MW (2015 €; 0–1e7; default 100,000, DEA).
    pub exchanger_large_eur_per_mw: f64,
    /// Pumping station up to 1 MW, €/MW (2015 €; 0–1e7; default 240,000, DEA transport).
    pub pumping_small_eur_per_mw: f64,
    /// Pumping station above 1 MW, marginal €/MW (2015 €; 0–1e7; default 90,000, DEA).
    pub pumping_large_eur_per_mw: f64,
    /// Scale on DEA's heat-pump curve (0–10; default 1).
    pub heat_pump_curve_scale: f64,
    /// Electrical connection, € per MW of heat-pump electricity (2025 €; 0–1e7; default
    /// 188,600, PyPSA technology-data "distribution grid reinforcement").
    pub electrical_eur_per_mw: f64,
    /// Buildings and engineering, share of the other lines (0–1; default 0.10, assumed).
    pub engineering_share: f64,
    /// 2015 € to 2025 € (0.5–3; default 889.6 / 666).
    pub eur2015_to_eur2025: f64,
    /// A price of the store per m³, used instead of the curve of its kind
    /// (`economics.storage_capex_eur_per_m3`, which resolves to the curve when not given).
    pub storage_eur_per_m3: Option<f64>,
}

impl Default for CapexParams {
    fn default() -> Self {
        CapexParams {
            exchanger_small_eur_per_mw: 265_000.0,
            exchanger_large_eur_per_mw: 100_000.0,
            pumping_small_eur_per_mw: 240_000.0,
            pumping_large_eur_per_mw: 90_000.0,
            heat_pump_curve_scale: 1.0,
            electrical_eur_per_mw: 188_600.0,
            engineering_share: 0.10,
            eur2015_to_eur2025: EUR2015_TO_EUR2025,
            storage_eur_per_m3: None,
        }
    }
}

const fn per_mw(path: &'static str) -> FieldRange {
    FieldRange {
        path,
        min: 0.0,
        max: 1e7,
        unit: "€/MW",
        integer: false,
    }
}

/// Ranges of [`CapexParams`], in field order.
pub const CAPEX_RANGES: [FieldRange; 8] = [
    per_mw("capex.exchanger_small_eur_per_mw"),
    per_mw("capex.exchanger_large_eur_per_mw"),
    per_mw("capex.pumping_small_eur_per_mw"),
    per_mw("capex.pumping_large_eur_per_mw"),
    FieldRange {
        path: "capex.heat_pump_curve_scale",
        min: 0.0,
        max: 10.0,
        unit: "",
        integer: false,
    },
    per_mw("capex.electrical_eur_per_mw"),
    FieldRange {
        path: "capex.engineering_share",
        min: 0.0,
        max: 1.0,
        unit: "share",
        integer: false,
    },
    FieldRange {
        path: "capex.eur2015_to_eur2025",
        min: 0.5,
        max: 3.0,
        unit: "",
        integer: false,
    },
];

/// Range of what the plant needs: MW (heat and electricity) and storage volume.
pub const SIZE_RANGES: [FieldRange; 4] = [
    FieldRange {
        path: "capex.exchanger_mw",
        min: 0.0,
        max: 10_000.0,
        unit: "MW",
        integer: false,
    },
    FieldRange {
        path: "recovery.heat_pump_installed_mw",
        min: 0.0,
        max: 10_000.0,
        unit: "MW",
        integer: false,
    },
    FieldRange {
        path: "capex.pipe_eur",
        min: 0.0,
        max: 1e11,
        unit: "€",
        integer: false,
    },
    FieldRange {
        path: "storage.volume_m3",
        min: 0.0,
        max: 1e6,
        unit: "m³",
        integer: false,
    },
];

impl CapexParams {
    /// Every problem, each naming the field, the value and the allowed range.
    pub fn validate(&self) -> Result<(), Vec<Problem>> {
        let values = [
            self.exchanger_small_eur_per_mw,
            self.exchanger_large_eur_per_mw,
            self.pumping_small_eur_per_mw,
            self.pumping_large_eur_per_mw,
            self.heat_pump_curve_scale,
            self.electrical_eur_per_mw,
            self.engineering_share,
            self.eur2015_to_eur2025,
        ];
        let problems: Vec<Problem> = CAPEX_RANGES
            .iter()
            .zip(values)
            .filter_map(|(range, x)| range.check(x))
            .collect();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

/// What was built: the sizes the curves price.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Plant {
    /// Peak heat through the exchangers (the recovery plant's peak output), MW.
    pub exchanger_mw: f64,
    /// Peak heat-pump output in the design year (what ran), MW; 0 when it never ran.
    pub heat_pump_ran_mw: f64,
    /// Heat-pump capacity the user installs, MW (0 = as sized to run).
    pub heat_pump_installed_mw: f64,
    /// Peak heat-pump electricity in the design year, MW.
    pub heat_pump_electric_mw: f64,
    /// Connection pipe, € (from the pipe module; 0 = none).
    pub pipe_eur: f64,
    /// Storage volume, m³ (0 = none).
    pub storage_volume_m3: f64,
    /// Storage kind.
    pub storage_kind: Option<StorageKind>,
}

impl Plant {
    /// Problems with the sizes (negative, not finite or beyond the ranges).
    pub fn validate(&self) -> Result<(), Vec<Problem>> {
        let values = [
            self.exchanger_mw,
            self.heat_pump_installed_mw,
            self.pipe_eur,
            self.storage_volume_m3,
        ];
        let problems: Vec<Problem> = SIZE_RANGES
            .iter()
            .zip(values)
            .filter_map(|(range, x)| range.check(x))
            .collect();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

/// Capex by component, 2025 €.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize)]
pub struct CapexBreakdown {
    /// Heat-pump capacity installed and costed, MW of heat.
    pub heat_pump_installed_mw: f64,
    /// Exchanger station, €.
    pub exchangers_eur: f64,
    /// Pumping station, €.
    pub pumping_station_eur: f64,
    /// Heat pumps, €.
    pub heat_pumps_eur: f64,
    /// Electrical connection of the heat pumps, €.
    pub electrical_eur: f64,
    /// Connection pipe, €.
    pub pipe_eur: f64,
    /// Storage, €.
    pub storage_eur: f64,
    /// Buildings and engineering, €.
    pub engineering_eur: f64,
    /// All lines, €.
    pub total_eur: f64,
    /// The utility's share, €.
    pub utility_eur: f64,
    /// The data centre's share, €.
    pub data_centre_eur: f64,
}

/// A station cost that is `small` €/MW up to 1 MW and `large` €/MW beyond: continuous and
/// increasing in `mw` (negative or NaN sizes cost 0).
fn station_eur(mw: f64, small: f64, large: f64) -> f64 {
    let mw = finite_non_negative(mw);
    small * mw.min(1.0) + large * (mw - 1.0).max(0.0)
}

fn finite_non_negative(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        x
    } else {
        0.0
    }
}

/// DEA's heat-pump specific cost at `mw`, M€ per MW in 2015 € (log-log interpolation, see the
/// module docs).
pub fn heat_pump_meur_per_mw_2015(mw: f64) -> f64 {
    let [(p1, c1), (p2, c2), (p3, c3)] = HEAT_PUMP_CURVE_MW_MEUR;
    let loglog = |p: f64, (pa, ca): (f64, f64), (pb, cb): (f64, f64)| {
        let slope = (cb / ca).ln() / (pb / pa).ln();
        ca * (p / pa).powf(slope)
    };
    let mw = finite_non_negative(mw);
    if mw >= p3 {
        c3
    } else if mw >= p2 {
        loglog(mw, (p2, c2), (p3, c3))
    } else {
        loglog(mw.max(HEAT_PUMP_SMALLEST_MW), (p1, c1), (p2, c2))
    }
}

/// Storage capex, 2015 €: tank `V · 7,450 · min(V, 10,000)^−0.47`, pit `1.84·10⁶ + 42 V`;
/// 0 for no volume.
pub fn storage_eur_2015(kind: StorageKind, volume_m3: f64) -> f64 {
    let v = finite_non_negative(volume_m3);
    if v == 0.0 {
        return 0.0;
    }
    match kind {
        StorageKind::Tank => v * 7450.0 * v.min(TANK_LARGEST_FORMULA_M3).powf(-0.47),
        StorageKind::Pit => 1.84e6 + 42.0 * v,
    }
}

/// The capex of `plant` priced with `params`, split between the parties by `owner` of the heat
/// pump. Sizes that are negative or not finite count as 0; nothing panics.
pub fn capex(params: &CapexParams, plant: &Plant, owner: HeatPumpOwner) -> CapexBreakdown {
    let k = params.eur2015_to_eur2025;
    let exchangers_eur = k * station_eur(
        plant.exchanger_mw,
        params.exchanger_small_eur_per_mw,
        params.exchanger_large_eur_per_mw,
    );
    let pipe_eur = finite_non_negative(plant.pipe_eur);
    let pumping_station_eur = if pipe_eur > 0.0 {
        k * station_eur(
            plant.exchanger_mw,
            params.pumping_small_eur_per_mw,
            params.pumping_large_eur_per_mw,
        )
    } else {
        0.0
    };
    let ran = finite_non_negative(plant.heat_pump_ran_mw);
    let heat_pump_installed_mw = if ran > 0.0 {
        ran.max(finite_non_negative(plant.heat_pump_installed_mw))
    } else {
        0.0
    };
    let heat_pumps_eur = k
        * params.heat_pump_curve_scale
        * heat_pump_installed_mw
        * heat_pump_meur_per_mw_2015(heat_pump_installed_mw)
        * 1e6;
    let electrical_eur = if ran > 0.0 {
        params.electrical_eur_per_mw * finite_non_negative(plant.heat_pump_electric_mw)
    } else {
        0.0
    };
    let storage_eur = plant
        .storage_kind
        .map_or(0.0, |kind| match params.storage_eur_per_m3 {
            Some(per_m3) => {
                finite_non_negative(per_m3) * finite_non_negative(plant.storage_volume_m3)
            }
            None => k * storage_eur_2015(kind, plant.storage_volume_m3),
        });
    let heat_pump_lines = heat_pumps_eur + electrical_eur;
    let utility_lines = exchangers_eur + pumping_station_eur + pipe_eur + storage_eur;
    let s = params.engineering_share;
    let engineering_eur = s * (heat_pump_lines + utility_lines);
    let (owner_lines, other_lines) = (heat_pump_lines * (1.0 + s), utility_lines * (1.0 + s));
    let (utility_eur, data_centre_eur) = match owner {
        HeatPumpOwner::Utility => (owner_lines + other_lines, 0.0),
        HeatPumpOwner::DataCentre => (other_lines, owner_lines),
    };
    CapexBreakdown {
        heat_pump_installed_mw,
        exchangers_eur,
        pumping_station_eur,
        heat_pumps_eur,
        electrical_eur,
        pipe_eur,
        storage_eur,
        engineering_eur,
        total_eur: heat_pump_lines + utility_lines + engineering_eur,
        utility_eur,
        data_centre_eur,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    #[test]
    fn heat_pump_curve_through_dea_points() {
        assert_relative_eq!(heat_pump_meur_per_mw_2015(1.0), 1.237, epsilon = 1e-12);
        assert_relative_eq!(heat_pump_meur_per_mw_2015(3.0), 0.856, epsilon = 1e-12);
        assert_relative_eq!(heat_pump_meur_per_mw_2015(10.0), 0.666, epsilon = 1e-12);
        assert_relative_eq!(heat_pump_meur_per_mw_2015(45.0), 0.666, epsilon = 1e-12);
        // 0.1 MW: 1.237 · 0.1^(ln(0.856/1.237)/ln 3) = 1.237 · 0.1^−0.33507 = 2.6760; held below.
        assert_relative_eq!(heat_pump_meur_per_mw_2015(0.1), 2.676, epsilon = 1e-3);
        assert_relative_eq!(heat_pump_meur_per_mw_2015(0.01), 2.676, epsilon = 1e-3);
        // 5.477 MW = √30 is the log midpoint of 3 and 10: √(0.856 · 0.666) = 0.75504.
        assert_relative_eq!(
            heat_pump_meur_per_mw_2015(30f64.sqrt()),
            (0.856f64 * 0.666).sqrt(),
            epsilon = 1e-12
        );
        // 10 MW in 2025 €: 0.666 · 1.3357 = 0.8896 M€/MW (PyPSA technology-data).
        assert_relative_eq!(
            heat_pump_meur_per_mw_2015(10.0) * EUR2015_TO_EUR2025,
            0.8896,
            epsilon = 1e-12
        );
    }

    #[test]
    fn storage_curves_by_hand() {
        // Tank 2,000 m³: 7,450 · 2,000^−0.47 = 209.3 €/m³ (network-data §6.2: 209).
        assert_relative_eq!(
            storage_eur_2015(StorageKind::Tank, 2000.0) / 2000.0,
            209.3,
            epsilon = 0.1
        );
        // Held above 10,000 m³: 20,000 m³ at the 10,000 m³ rate 7,450 · 10,000^−0.47 = 98.3.
        let rate = 7450.0 * 10_000f64.powf(-0.47);
        assert_relative_eq!(
            storage_eur_2015(StorageKind::Tank, 20_000.0),
            20_000.0 * rate,
            epsilon = 1e-6
        );
        // Pit 70,000 m³: 1.84 M€ + 42 · 70,000 = 4.78 M€ (network-data §6.2).
        assert_relative_eq!(
            storage_eur_2015(StorageKind::Pit, 70_000.0),
            4.78e6,
            epsilon = 1e-6
        );
        assert_eq!(storage_eur_2015(StorageKind::Pit, 0.0), 0.0);
        assert_eq!(storage_eur_2015(StorageKind::Tank, -5.0), 0.0);
    }

    #[test]
    fn breakdown_by_hand() {
        let p = CapexParams::default();
        let plant = Plant {
            exchanger_mw: 10.0,
            heat_pump_ran_mw: 3.0,
            heat_pump_installed_mw: 0.0,
            heat_pump_electric_mw: 0.75,
            pipe_eur: 1_300_000.0,
            storage_volume_m3: 2000.0,
            storage_kind: Some(StorageKind::Tank),
        };
        let c = capex(&p, &plant, HeatPumpOwner::DataCentre);
        let k = 889.6 / 666.0;
        // Exchangers: k · (265,000 + 9 · 100,000) = k · 1,165,000; pumps k · (240,000 + 810,000).
        assert_relative_eq!(c.exchangers_eur, k * 1_165_000.0, epsilon = 1e-6);
        assert_relative_eq!(c.pumping_station_eur, k * 1_050_000.0, epsilon = 1e-6);
        // Heat pumps: 3 MW · 0.856 M€/MW · k.
        assert_relative_eq!(c.heat_pumps_eur, k * 3.0 * 856_000.0, epsilon = 1e-6);
        // Electrical: 0.75 MW · 188,600 = 141,450 €.
        assert_relative_eq!(c.electrical_eur, 141_450.0, epsilon = 1e-6);
        let tank = k * 2000.0 * 7450.0 * 2000f64.powf(-0.47);
        assert_relative_eq!(c.storage_eur, tank, epsilon = 1e-6);
        let lines = k * (1_165_000.0 + 1_050_000.0 + 2_568_000.0) + 141_450.0 + 1.3e6 + tank;
        assert_relative_eq!(c.engineering_eur, 0.1 * lines, epsilon = 1e-6);
        assert_relative_eq!(c.total_eur, 1.1 * lines, epsilon = 1e-6);
        // The data centre owns the heat pump: 1.1 · (heat pumps + electrical).
        assert_relative_eq!(
            c.data_centre_eur,
            1.1 * (k * 2_568_000.0 + 141_450.0),
            epsilon = 1e-6
        );
        assert_relative_eq!(
            c.utility_eur + c.data_centre_eur,
            c.total_eur,
            epsilon = 1e-6
        );
        let u = capex(&p, &plant, HeatPumpOwner::Utility);
        assert_eq!(u.data_centre_eur, 0.0);
        assert_relative_eq!(u.utility_eur, c.total_eur, epsilon = 1e-6);
    }

    #[test]
    fn installed_is_what_runs_unless_more_is_set() {
        let p = CapexParams::default();
        let mut plant = Plant {
            heat_pump_ran_mw: 12.0,
            heat_pump_installed_mw: 5.0,
            ..Plant::default()
        };
        // Meta Odense: 12 MW ran; a smaller setting does not shrink what runs.
        let c = capex(&p, &plant, HeatPumpOwner::Utility);
        assert_eq!(c.heat_pump_installed_mw, 12.0);
        plant.heat_pump_installed_mw = 45.0;
        let c45 = capex(&p, &plant, HeatPumpOwner::Utility);
        assert_eq!(c45.heat_pump_installed_mw, 45.0);
        assert_relative_eq!(
            c45.heat_pumps_eur,
            45.0 * 666_000.0 * EUR2015_TO_EUR2025,
            epsilon = 1e-6
        );
        // A heat pump that never ran is not built, whatever is set.
        plant.heat_pump_ran_mw = 0.0;
        let none = capex(&p, &plant, HeatPumpOwner::Utility);
        assert_eq!(none.heat_pump_installed_mw, 0.0);
        assert_eq!(none.heat_pumps_eur, 0.0);
        // No pipe: no pumping station; nothing at all costs nothing.
        assert_eq!(none.pumping_station_eur, 0.0);
        assert_eq!(none.total_eur, 0.0);
    }

    #[test]
    fn totals_increase_with_size_and_survive_nonsense() {
        let p = CapexParams::default();
        let mut last = 0.0;
        for i in 1..=400 {
            let mw = f64::from(i) * 0.125;
            let plant = Plant {
                exchanger_mw: mw,
                heat_pump_ran_mw: mw,
                heat_pump_electric_mw: mw / 4.0,
                pipe_eur: 1.0,
                storage_volume_m3: mw * 500.0,
                storage_kind: Some(StorageKind::Tank),
                ..Plant::default()
            };
            let c = capex(&p, &plant, HeatPumpOwner::Utility);
            assert!(c.total_eur > last, "{mw} MW: {} ≤ {last}", c.total_eur);
            last = c.total_eur;
        }
        let bad = Plant {
            exchanger_mw: f64::NAN,
            heat_pump_ran_mw: f64::INFINITY,
            heat_pump_installed_mw: -1.0,
            heat_pump_electric_mw: f64::NAN,
            pipe_eur: f64::NEG_INFINITY,
            storage_volume_m3: f64::NAN,
            storage_kind: Some(StorageKind::Pit),
        };
        let c = capex(&p, &bad, HeatPumpOwner::DataCentre);
        assert_eq!(c.total_eur, 0.0);
        assert!(bad.validate().is_err());
    }

    #[test]
    fn validate_names_the_field() {
        assert_eq!(CapexParams::default().validate(), Ok(()));
        let p = CapexParams {
            engineering_share: 1.5,
            eur2015_to_eur2025: f64::NAN,
            ..CapexParams::default()
        };
        let paths: Vec<String> = p
            .validate()
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|q| q.path)
            .collect();
        assert_eq!(
            paths,
            ["capex.engineering_share", "capex.eur2015_to_eur2025"]
        );
        let plant = Plant {
            storage_volume_m3: 2e6,
            ..Plant::default()
        };
        let problems = plant.validate().err().unwrap_or_default();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, "storage.volume_m3");
    }
}

//! Validation: ranges and choices of every field, the weather one-of, defaults from the
//! cooling and generation presets, and the cross-field rules of MODEL.md §3 on the resolved
//! values.

use std::collections::BTreeSet;

use super::fields::{check_value, fields, fmt_num};
use super::given::Scenario;
use super::kind::{CrossRule, Num, Origin, ProblemKind, Resolved};
use super::resolved::{cooling_named, generation_named, write};
use super::{FieldValue, Problem, ValidScenario};
use crate::params::{cooling_preset, generation_preset, Params};

mod weather;

pub(crate) use weather::climate_ids;
use weather::validate_weather;
pub use weather::{
    DEFAULT_CLIMATE, DEFAULT_DIURNAL_AMPLITUDE_K, DIURNAL_AMPLITUDE_RANGE_K, MONTHLY_MEAN_RANGE_C,
};

impl Scenario {
    /// Checks every field's range and choice, the weather section and the cross-field rules,
    /// and resolves the defaults (cooling and generation presets; a value given always wins).
    /// Returns every problem found, not just the first.
    pub fn validate(&self) -> Result<ValidScenario, Vec<Problem>> {
        self.validate_with(Vec::new(), &BTreeSet::new())
    }

    /// Validation after parsing: `problems` already found, `bad` the paths they concern.
    pub(crate) fn validate_with(
        &self,
        mut problems: Vec<Problem>,
        bad: &BTreeSet<String>,
    ) -> Result<ValidScenario, Vec<Problem>> {
        let mut bad = bad.clone();
        for spec in fields() {
            let Some(value) = self.get(spec.path) else {
                continue;
            };
            let messages = check_value(spec, &value);
            if !messages.is_empty() {
                bad.insert(spec.path.to_string());
                problems.extend(
                    messages
                        .into_iter()
                        .map(|(m, kind)| Problem::with_kind(spec.path, m, kind)),
                );
            }
        }
        let weather = validate_weather(&self.weather, &mut problems);
        let mut params = resolve(self, &bad);
        cross_field_rules(self, &params, &bad, &mut problems);
        connection_rules(self, &bad, &mut problems);
        if let Some(list) = &self.recovery.maintenance {
            params.maintenance = super::maintenance::validate_maintenance(list, &mut problems);
        }
        if let Some(list) = &self.network.plants {
            params.network.plants = super::plants::validate_plants(list, &mut problems);
            let replaced = [
                (
                    "network.takes_all_heat",
                    (self.network.takes_all_heat == Some(true)).then(|| "true".to_string()),
                ),
                (
                    "network.baseload_mw",
                    self.network
                        .baseload_mw
                        .filter(|&x| x != 0.0)
                        .map(super::fields::fmt_num),
                ),
            ];
            for (path, given) in replaced {
                if let Some(value) = given {
                    problems.push(Problem::new(
                        path,
                        format!("{value} is given with network.plants, which replaces it (MODEL.md §5.1); allowed only false / 0 then: list the plants that run anyway as must-run plants"),
                    ));
                }
            }
        }
        if let Some(published) = &self.published {
            super::plants::validate_published(published, &mut problems);
        }
        let ramp = super::life_fields::validate_ramp(self, &mut problems);
        let grid_path = super::life_fields::validate_grid_path(self, &params, &mut problems);
        let drivers = super::profiles::validate_profiles(self, &params, &bad, &mut problems);
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(ValidScenario {
            name: self.name.clone().unwrap_or_default(),
            description: self.description.clone(),
            sources: self.sources.clone().unwrap_or_default(),
            published: self.published.clone().unwrap_or_default(),
            weather,
            params,
            ramp,
            grid_path,
            drivers,
        })
    }
}

/// Sets the country-dependent fields from `p`'s country (docs/model/life.md §1): the
/// electricity and fuel prices, and the carbon and incentive defaults of its price set.
pub(crate) fn apply_country(p: &mut Params) {
    let set = p.project.country.prices();
    p.economics.electricity_price_eur_per_mwh = set.electricity_eur_per_mwh;
    p.economics.fuel_price_eur_per_mwh = set.fuel_eur_per_mwh;
    p.economics.heat_price_eur_per_mwh = set.heat_eur_per_mwh;
    let q = &mut p.project;
    q.carbon_price_eur_per_t = set.carbon_eur_per_t;
    q.in_ets = set.in_ets;
    q.incentive_eur_per_mwh = set.incentive_eur_per_mwh;
    q.incentive_years = set.incentive_years;
    q.incentive_capex_share = set.incentive_capex_share;
    q.incentive_to = set.incentive_to;
}

/// Sets the preset-dependent fields from `p`'s cooling, generation (MODEL.md §2, §3) and
/// country (docs/model/life.md §1).
pub(crate) fn apply_presets(p: &mut Params) {
    apply_country(p);
    let (capture, loop_out, loop_delta, eer) = cooling_preset(p.data_centre.cooling);
    p.data_centre.capture_share = capture;
    p.data_centre.loop_out_c = loop_out;
    p.data_centre.loop_delta_k = loop_delta;
    p.emissions.site_cooling_eer = eer;
    let (supply_max, supply_min, ret) = generation_preset(p.network.generation);
    p.network.supply_max_c = supply_max;
    p.network.supply_min_c = supply_min;
    p.network.return_c = ret;
}

/// The given choice at `path`, if it is usable (given and without a problem).
fn usable_choice(s: &Scenario, bad: &BTreeSet<String>, path: &str) -> Option<String> {
    match s.get(path) {
        Some(FieldValue::Choice(c)) if !bad.contains(path) => Some(c),
        _ => None,
    }
}

/// Defaults, then the cooling and generation presets, then every usable value given.
fn resolve(s: &Scenario, bad: &BTreeSet<String>) -> Params {
    let mut p = Params::default();
    if let Some(c) = usable_choice(s, bad, "data_centre.cooling")
        .as_deref()
        .and_then(cooling_named)
    {
        p.data_centre.cooling = c;
    }
    if let Some(g) = usable_choice(s, bad, "network.generation")
        .as_deref()
        .and_then(generation_named)
    {
        p.network.generation = g;
    }
    if let Some(c) = usable_choice(s, bad, "economics.country")
        .as_deref()
        .and_then(crate::prices::Country::from_code)
    {
        p.project.country = c;
    }
    apply_presets(&mut p);
    for spec in fields() {
        if bad.contains(spec.path) {
            continue;
        }
        if let Some(value) = s.get(spec.path) {
            // A value that passed its check always fits; write() returns false otherwise.
            write(&mut p, spec.path, &value);
        }
    }
    // The store's capex: a value given wins; otherwise the DEA curve of its kind and size in
    // 2025 € (docs/model/life.md §2).
    if s.get("economics.storage_capex_eur_per_m3").is_none() && p.storage.volume_m3 > 0.0 {
        let kind = match p.storage.kind {
            crate::params::StorageKind::Tank => crate::capex::StorageKind::Tank,
            crate::params::StorageKind::Pit => crate::capex::StorageKind::Pit,
        };
        p.economics.storage_capex_eur_per_m3 = p.capex.eur2015_to_eur2025
            * crate::capex::storage_eur_2015(kind, p.storage.volume_m3)
            / p.storage.volume_m3;
    }
    resolve_connection(s, bad, &mut p);
    // Version-1 scenarios (MODEL.md §4): one that sets a Lorenz input and no COP method keeps
    // the Lorenz COP it was written for; every other scenario uses the fitted COP.
    let version_1_cop = [
        "recovery.lorenz_efficiency",
        "recovery.min_lift_k",
        "recovery.max_cop",
    ]
    .iter()
    .any(|path| s.get(path).is_some());
    if s.get("recovery.cop_method").is_none() && version_1_cop {
        p.recovery.cop_method = crate::params::CopMethod::Lorenz;
    }
    p
}

/// The connection pipe (MODEL.md §9.1): `connection.length_km` takes over the old
/// `economics.pipe_length_km` (both Params fields hold the effective length); the flat €/m
/// price applies only when given.
fn resolve_connection(s: &Scenario, bad: &BTreeSet<String>, p: &mut Params) {
    let usable = |path: &str| s.get(path).is_some() && !bad.contains(path);
    let length_km = if usable("connection.length_km") {
        p.connection.length_km
    } else if usable("economics.pipe_length_km") {
        p.economics.pipe_length_km
    } else {
        crate::pipe::DEFAULT_LENGTH_KM
    };
    p.connection.length_km = length_km;
    p.economics.pipe_length_km = length_km;
    p.pipe_capex_given = s.get("economics.pipe_capex_eur_per_m").is_some();
}

/// The connection's own rules: not both names of the length; a DN from the catalogue.
fn connection_rules(s: &Scenario, bad: &BTreeSet<String>, problems: &mut Vec<Problem>) {
    if let (Some(new), Some(old)) = (
        s.connection
            .length_km
            .filter(|_| !bad.contains("connection.length_km")),
        s.economics.pipe_length_km,
    ) {
        problems.push(Problem::new(
            "connection.length_km",
            format!(
                "connection.length_km = {} and economics.pipe_length_km = {} are both given; they name the same input (economics.pipe_length_km is the old name): give only connection.length_km",
                fmt_num(new),
                fmt_num(old)
            ),
        ));
    }
    if let Some(dn) = s.connection.dn.filter(|_| !bad.contains("connection.dn")) {
        if let Err(problem) = crate::pipe::dn_from_number(dn) {
            problems.push(problem);
        }
    }
}

/// The resolved value at `path`, with where it comes from.
fn resolved(s: &Scenario, p: &Params, path: &'static str, value: f64) -> Resolved {
    let origin = if s.get(path).is_some() {
        Origin::Given
    } else if matches!(
        path,
        "network.supply_max_c" | "network.supply_min_c" | "network.return_c"
    ) {
        Origin::Generation(match p.network.generation {
            crate::params::Generation::G3 => "3G",
            crate::params::Generation::G4 => "4G",
            crate::params::Generation::Custom => "custom",
        })
    } else {
        Origin::Default
    };
    Resolved {
        path,
        value: Num(value),
        origin,
    }
}

/// `network.supply_max_c = 70 (4G default)` or `network.supply_min_c = 80`.
fn describe(r: &Resolved) -> String {
    let origin = match r.origin {
        Origin::Given => String::new(),
        Origin::Default => " (default)".to_string(),
        Origin::Generation("custom") => " (custom (3G) default)".to_string(),
        Origin::Generation(g) => format!(" ({g} default)"),
    };
    format!("{} = {}{origin}", r.path, fmt_num(r.value.0))
}

/// The cross-field rules of MODEL.md §3 on resolved values. A rule is skipped when one of its
/// fields already has a problem. The problem's path is the first of the rule's fields the
/// scenario gives (the one the user most likely has to change), else the first.
fn cross_field_rules(
    s: &Scenario,
    p: &Params,
    bad: &BTreeSet<String>,
    problems: &mut Vec<Problem>,
) {
    let n = &p.network;
    let mut rule = |paths: &[&str], holds: bool, message: String, kind: CrossRule| {
        if holds || paths.iter().any(|path| bad.contains(*path)) {
            return;
        }
        let at = paths
            .iter()
            .find(|path| s.get(path).is_some())
            .or(paths.first());
        problems.push(Problem::with_kind(
            at.copied().unwrap_or("network"),
            message,
            ProblemKind::CrossField(kind),
        ));
    };
    let r_max = resolved(s, p, "network.supply_max_c", n.supply_max_c);
    let r_min = resolved(s, p, "network.supply_min_c", n.supply_min_c);
    let r_ret = resolved(s, p, "network.return_c", n.return_c);
    let r_ground = resolved(s, p, "network.ground_c", n.ground_c);
    let (max, min, ret, ground) = (
        describe(&r_max),
        describe(&r_min),
        describe(&r_ret),
        describe(&r_ground),
    );
    rule(
        &["network.supply_max_c", "network.supply_min_c"],
        n.supply_max_c >= n.supply_min_c,
        format!("{max} is below {min}; the cold-weather supply must be at least the mild-weather supply"),
        CrossRule::SupplyMaxBelowMin {
            max: r_max.clone(),
            min: r_min.clone(),
        },
    );
    rule(
        &["network.supply_min_c", "network.return_c"],
        n.supply_min_c > n.return_c,
        format!("{min} is not above {ret}; the supply must be warmer than the return"),
        CrossRule::SupplyMinNotAboveReturn {
            min: r_min.clone(),
            ret: r_ret.clone(),
        },
    );
    let mean = (n.supply_min_c + n.return_c) / 2.0;
    rule(
        &["network.ground_c", "network.supply_min_c", "network.return_c"],
        mean > n.ground_c,
        format!(
            "{ground} is not below the mean of {min} and {ret}, which is {}; the network's mean temperature must be above the ground",
            fmt_num(mean)
        ),
        CrossRule::GroundNotBelowMean {
            ground: r_ground,
            min: r_min,
            ret: r_ret,
            mean: Num(mean),
        },
    );
    let r_dhw = resolved(s, p, "network.dhw_min_supply_c", n.dhw_min_supply_c);
    let r_share = resolved(s, p, "network.dhw_share", n.dhw_share);
    let (dhw, share) = (describe(&r_dhw), describe(&r_share));
    rule(
        &["network.dhw_min_supply_c", "network.supply_max_c", "network.dhw_share"],
        n.dhw_share <= 0.0 || n.dhw_min_supply_c <= n.supply_max_c,
        format!(
            "{dhw} is above {max} while {share} > 0; the network cannot keep hot water safe. Lower dhw_min_supply_c, raise supply_max_c or set dhw_share to 0"
        ),
        CrossRule::DhwAboveSupplyMax {
            dhw: r_dhw,
            max: r_max,
            share: r_share,
        },
    );
}

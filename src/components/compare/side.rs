//! One side of the comparison: the current scenario's run, or a preset, a saved scenario or a
//! linked one run for a whole year.

use crate::components::saved::use_saved;
use crate::i18n::I18n;
use crate::state::{weather_for, Twin};
use heat_twin_model::params::{Params, WeatherSpec};
use heat_twin_model::scenario::{load_scenario, parse_scenario, Scenario};
use heat_twin_model::Summary;
use leptos::prelude::*;
use std::sync::Arc;

/// What one side of the comparison shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// The scenario's name; `None` for the current scenario.
    pub name: Option<String>,
    /// Annual summary.
    pub summary: Summary,
    /// Daily heat delivered directly, MWh/day.
    pub direct_mwh: Vec<f64>,
    /// Daily heat delivered from storage, MWh/day.
    pub storage_mwh: Vec<f64>,
    /// Daily backup heat, MWh/day (None when the network takes all heat).
    pub backup_mwh: Option<Vec<f64>>,
    /// Daily network demand, MWh/day (None when the network takes all heat).
    pub demand_mwh: Option<Vec<f64>>,
    /// Daily rejected heat, MWh/day.
    pub rejected_mwh: Vec<f64>,
    /// The parameters run (for the inputs that differ).
    pub params: Params,
    /// The weather run.
    pub weather: WeatherSpec,
    /// The scenario as given (for the comparison's link).
    pub scenario: Scenario,
}

/// Why a side cannot be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum SideError {
    /// The scenario reads a weather file that is not the uploaded one.
    NoFile {
        /// Scenario name.
        name: String,
        /// The file it reads.
        file: String,
    },
    /// The scenario does not validate: its problems.
    Invalid {
        /// Scenario name.
        name: String,
        /// Problems, joined.
        problems: String,
    },
    /// The chosen preset or saved scenario no longer exists.
    Missing,
    /// The current scenario cannot run: why.
    Current(String),
}

pub(super) fn daily(column: &[f64]) -> Vec<f64> {
    column
        .chunks(24)
        .map(|day| day.iter().sum::<f64>() / 1000.0)
        .collect()
}

/// Runs scenario JSON for a whole year (weather files: the upload, if it has the same name).
pub(super) fn run_json(
    name: String,
    json: &str,
    upload: Option<&crate::state::Upload>,
) -> Result<Side, SideError> {
    let valid = load_scenario(json).map_err(|p| SideError::Invalid {
        name: name.clone(),
        problems: crate::problems::problems_text(
            crate::i18n::I18n::use_i18n().lang.get_untracked(),
            &p,
        ),
    })?;
    let upload = match &valid.weather {
        WeatherSpec::EpwFile(f) | WeatherSpec::CsvFile(f) => match upload {
            Some(u) if u.name == *f => Some(u),
            _ => {
                return Err(SideError::NoFile {
                    name,
                    file: f.clone(),
                })
            }
        },
        _ => None,
    };
    let t = weather_for(&valid.weather, upload).map_err(|e| SideError::Invalid {
        name: name.clone(),
        problems: e,
    })?;
    let r = heat_twin_model::simulate(&valid.params, &t);
    let scenario = parse_scenario(json).unwrap_or_default();
    let h = &r.hourly;
    let all = r.takes_all_heat;
    Ok(Side {
        name: Some(name),
        summary: r.summary,
        direct_mwh: daily(&h.direct_kw),
        storage_mwh: daily(&h.discharge_kw),
        backup_mwh: (!all).then(|| daily(&h.backup_kw)),
        demand_mwh: (!all).then(|| daily(&h.demand_kw)),
        rejected_mwh: daily(&h.rejected_kw),
        params: valid.params,
        weather: valid.weather,
        scenario,
    })
}

/// The side chosen by a selector value: `current`, `preset:<stem>` or `saved:<position>`.
pub(super) fn resolve(twin: Twin, choice: &str) -> Result<Arc<Side>, SideError> {
    if choice == "current" {
        let Some(s) = twin.snapshot.get() else {
            let why = match twin.weather.get() {
                Err(e) => e,
                Ok(_) => twin.valid.with(|v| match v {
                    Err(p) => {
                        crate::problems::problems_text(crate::i18n::I18n::use_i18n().lang.get(), p)
                    }
                    Ok(_) => String::new(),
                }),
            };
            return Err(SideError::Current(why));
        };
        let d = &s.daily;
        return Ok(Arc::new(Side {
            name: None,
            summary: s.summary,
            direct_mwh: d.direct_mwh.clone(),
            storage_mwh: d.storage_mwh.clone(),
            backup_mwh: (!s.takes_all_heat).then(|| d.backup_mwh.clone()),
            demand_mwh: (!s.takes_all_heat).then(|| d.demand_mwh.clone()),
            rejected_mwh: d.rejected_mwh.clone(),
            params: s.params,
            weather: twin
                .valid
                .with(|v| v.as_ref().map(|v| v.weather.clone()).unwrap_or_default()),
            scenario: twin.scenario.get(),
        }));
    }
    if choice == "link" {
        let scenario = twin.compare_link.get().ok_or(SideError::Missing)?;
        let json = serde_json::to_string(&scenario).map_err(|_| SideError::Missing)?;
        let name = scenario
            .name
            .clone()
            .unwrap_or_else(|| I18n::use_i18n().t("compare-link"));
        let side = if crate::share::codec::reads_file(&scenario) {
            twin.upload.with(|u| run_json(name, &json, u.as_ref()))
        } else {
            run_json(name, &json, None)
        };
        return side.map(Arc::new);
    }
    let (name, json) = if let Some(stem) = choice.strip_prefix("preset:") {
        let json = crate::presets::preset(stem).ok_or(SideError::Missing)?;
        (preset_name(stem, json), json.to_string())
    } else if let Some(pos) = choice.strip_prefix("saved:") {
        let pos: usize = pos.parse().map_err(|_| SideError::Missing)?;
        let e = use_saved()
            .with(|s| s.get(pos).cloned())
            .ok_or(SideError::Missing)?;
        (e.name, e.json)
    } else {
        return Err(SideError::Missing);
    };
    let needs_file = json.contains("epw_file") || json.contains("csv_file");
    let side = if needs_file {
        twin.upload.with(|u| run_json(name, &json, u.as_ref()))
    } else {
        run_json(name, &json, None)
    };
    side.map(Arc::new)
}

pub(super) fn preset_name(stem: &str, json: &str) -> String {
    parse_scenario(json)
        .ok()
        .and_then(|s| s.name)
        .unwrap_or_else(|| stem.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::PRESETS;

    #[test]
    fn a_preset_runs_natively_and_differs_from_another() {
        let (stem, json) = PRESETS[0];
        let a = run_json(stem.into(), json, None);
        assert!(a.is_ok(), "{a:?}");
        if let Ok(a) = a {
            assert_eq!(a.direct_mwh.len(), 365);
            assert!(a.summary.heat_delivered_mwh > 0.0);
        }
    }

    #[test]
    fn file_weather_without_the_same_upload_cannot_be_compared() {
        let json = r#"{"name":"F","weather":{"csv_file":"x.csv"}}"#;
        assert_eq!(
            run_json("F".into(), json, None),
            Err(SideError::NoFile {
                name: "F".into(),
                file: "x.csv".into()
            })
        );
    }
}

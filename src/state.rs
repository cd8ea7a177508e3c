//! The page's one scenario state, shared through context.
//!
//! [`Twin`] holds what the user set (the scenario as given, an uploaded weather file, the
//! chosen preset) and derives, as memos, the validated scenario, the hourly weather and the
//! simulation snapshot. Components that only change the scenario call [`Twin::set_field`] and
//! friends; everything they show is read from the memos.

use crate::run::{self, Snapshot};
use heat_twin_model::params::WeatherSpec;
use heat_twin_model::scenario::{load_scenario, FieldValue, Problem, Scenario, ValidScenario};
use heat_twin_model::weather::{load_weather, read_csv, read_epw};
use leptos::prelude::*;
use std::sync::Arc;

/// A weather file the user uploaded, already parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct Upload {
    /// File name as uploaded.
    pub name: String,
    /// Whether it is an EPW (true) or a one-column CSV (false).
    pub epw: bool,
    /// Its 8,760 hourly temperatures, °C.
    pub t_out_c: Arc<[f64]>,
}

/// The shared state of the page (cheap to copy: signals only).
#[derive(Debug, Clone, Copy)]
pub struct Twin {
    /// The scenario as the user has it (only given values; defaults are resolved on validation).
    pub scenario: RwSignal<Scenario>,
    /// The last weather file uploaded, if any.
    pub upload: RwSignal<Option<Upload>>,
    /// The preset last loaded (file stem), or empty.
    pub preset: RwSignal<String>,
    /// A message about the last thing that could not be done (bad upload, bad preset…).
    pub notice: RwSignal<Option<String>>,
    /// The checked scenario, or every problem.
    pub valid: Memo<Result<ValidScenario, Vec<Problem>>>,
    /// The hourly outdoor temperatures of the scenario's weather, or why not.
    pub weather: Memo<Result<Arc<[f64]>, String>>,
    /// The last simulation, or None while the scenario cannot run.
    pub snapshot: Memo<Option<Arc<Snapshot>>>,
    /// The scenario as last loaded, opened from a link, saved or exported: edits since then
    /// are "unsaved" (a new scenario or another preset asks first).
    pub clean: RwSignal<Scenario>,
    /// The scenario of the preset last loaded (`preset`), as published; `None` without one.
    pub base: Memo<Option<Arc<Scenario>>>,
    /// The scenario differs from the preset it was loaded from (see [`crate::components::identity`]).
    pub modified: Memo<bool>,
    /// The cooling technology the user last switched to (its code), for the one-line note
    /// beside the control; cleared by loads.
    pub cooling_note: RwSignal<Option<String>>,
    /// The B side of a comparison opened from a link (`&c=`), if any.
    pub compare_link: RwSignal<Option<Scenario>>,
    /// The cooling as last seen, to tell the user's switch from a load.
    last_cooling: StoredValue<Option<FieldValue>>,
}

impl Twin {
    /// Creates the state, starting from `scenario`.
    pub fn new(scenario: Scenario) -> Self {
        let scenario = RwSignal::new(scenario);
        let upload: RwSignal<Option<Upload>> = RwSignal::new(None);
        let valid = Memo::new(move |_| scenario.with(|s| s.validate()));
        let weather = Memo::new_with_compare(
            move |_| {
                let spec = match valid.get() {
                    Ok(v) => v.weather,
                    Err(_) => return Err("the scenario has problems".to_string()),
                };
                upload.with(|up| weather_for(&spec, up.as_ref()))
            },
            |a, b| match (a, b) {
                (Some(Ok(a)), Some(Ok(b))) => !Arc::ptr_eq(a, b),
                (Some(a), Some(b)) => a != b,
                _ => true,
            },
        );
        // What a run depends on: the checked scenario without its identity (name,
        // description, sources, published figures). Renaming a scenario, or the identity
        // rules giving a modified preset the user's name (src/components/identity.rs, in the
        // same task as the first edit), runs nothing again.
        let physics = Memo::new(move |_| {
            valid.with(|v| {
                v.as_ref().ok().map(|v| ValidScenario {
                    name: String::new(),
                    description: None,
                    sources: Vec::new(),
                    published: Default::default(),
                    ..v.clone()
                })
            })
        });
        let snapshot = Memo::new_with_compare(
            move |_| {
                let t = weather.get().ok()?;
                physics.with(|v| v.as_ref().map(|v| Arc::new(run::simulate_design(v, &t))))
            },
            another_run,
        );
        let preset = RwSignal::new(String::new());
        let base = Memo::new(move |_| {
            preset.with(|stem| {
                crate::presets::preset(stem)
                    .and_then(|json| heat_twin_model::scenario::parse_scenario(json).ok())
                    .map(Arc::new)
            })
        });
        let modified = Memo::new(move |_| {
            base.with(|b| match b {
                Some(b) => scenario.with(|s| s != b.as_ref()),
                None => false,
            })
        });
        let last_cooling = StoredValue::new(scenario.with_untracked(|s| s.get(COOLING)));
        Twin {
            scenario,
            upload,
            preset,
            notice: RwSignal::new(None),
            valid,
            weather,
            snapshot,
            clean: RwSignal::new(scenario.get_untracked()),
            base,
            modified,
            cooling_note: RwSignal::new(None),
            compare_link: RwSignal::new(None),
            last_cooling,
        }
    }

    /// Puts `scenario` on the page as a whole (a preset, a link, a saved scenario, a new
    /// scenario): it becomes the "clean" state, and its cooling is not taken for a switch.
    /// `preset` is the stem of the preset it comes from (unmodified or not), or empty.
    pub fn replace(&self, scenario: Scenario, preset: &str) {
        self.last_cooling.set_value(scenario.get(COOLING));
        self.cooling_note.set(None);
        self.clean.set(scenario.clone());
        self.scenario.set(scenario);
        self.preset.set(preset.to_string());
    }

    /// Whether there are edits not saved, exported or loaded since (not tracked).
    pub fn is_dirty(&self) -> bool {
        self.scenario
            .with_untracked(|s| self.clean.with_untracked(|c| s != c))
    }

    /// Marks the current scenario as saved (no unsaved edits).
    pub fn mark_saved(&self) {
        self.clean.set(self.scenario.get_untracked());
    }

    /// The cooling as last seen, and records `now` (used by [`crate::components::identity`]).
    pub(crate) fn swap_cooling(&self, now: Option<FieldValue>) -> Option<FieldValue> {
        let before = self.last_cooling.get_value();
        self.last_cooling.set_value(now);
        before
    }

    /// The same state seen through other views of the checked scenario and of the run (e.g.
    /// ones that follow the page only once the input pauses, for the printed report).
    pub fn with_views(
        self,
        valid: Memo<Result<ValidScenario, Vec<Problem>>>,
        snapshot: Memo<Option<Arc<Snapshot>>>,
    ) -> Twin {
        Twin {
            valid,
            snapshot,
            ..self
        }
    }

    /// The state provided by [`crate::App`].
    pub fn use_twin() -> Twin {
        use_context::<Twin>().unwrap_or_else(|| Twin::new(Scenario::default()))
    }

    /// Sets one field (range-checked by the model); the scenario is unchanged on error.
    pub fn set_field(&self, path: &str, value: FieldValue) -> Result<(), Problem> {
        let mut result = Ok(());
        self.scenario.update(|s| result = s.set(path, value));
        result
    }

    /// Loads a scenario from JSON (a preset or an import). On error nothing changes.
    pub fn load_json(&self, json: &str) -> Result<(), Vec<Problem>> {
        let valid = load_scenario(json)?;
        let scenario = heat_twin_model::scenario::parse_scenario(json)?;
        if matches!(
            valid.weather,
            WeatherSpec::EpwFile(_) | WeatherSpec::CsvFile(_)
        ) && self.upload.with_untracked(Option::is_none)
        {
            return Err(vec![Problem::new(
                "weather",
                "this scenario reads a weather file: upload it with the weather control first",
            )]);
        }
        self.last_cooling.set_value(scenario.get(COOLING));
        self.cooling_note.set(None);
        self.clean.set(scenario.clone());
        self.scenario.set(scenario);
        Ok(())
    }
}

/// The path of the cooling technology.
pub const COOLING: &str = "data_centre.cooling";

/// The hourly weather of `spec`, using the uploaded file for file sources.
pub fn weather_for(spec: &WeatherSpec, upload: Option<&Upload>) -> Result<Arc<[f64]>, String> {
    match (spec, upload) {
        (WeatherSpec::EpwFile(_) | WeatherSpec::CsvFile(_), Some(up)) => Ok(up.t_out_c.clone()),
        (WeatherSpec::EpwFile(p) | WeatherSpec::CsvFile(p), None) => {
            Err(format!("the weather file \"{p}\" has not been uploaded"))
        }
        _ => cached_builtin(spec),
    }
}

/// Built-in and synthetic years, computed once per spec and kept (they are small).
fn cached_builtin(spec: &WeatherSpec) -> Result<Arc<[f64]>, String> {
    thread_local! {
        static CACHE: std::cell::RefCell<Vec<(WeatherSpec, Arc<[f64]>)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    if let Some(hit) = CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(s, _)| s == spec)
            .map(|(_, t)| t.clone())
    }) {
        return Ok(hit);
    }
    let lang = crate::i18n::I18n::use_i18n().lang.get_untracked();
    let t: Arc<[f64]> = load_weather(spec, |_| Err("no file here".into()))
        .map_err(|e| crate::problems::weather_load_text(lang, &e))?
        .into();
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() > 16 {
            c.remove(0);
        }
        c.push((spec.clone(), t.clone()));
    });
    Ok(t)
}

/// Why an uploaded weather file was refused: the file's name and the reader's error.
/// Displays as `name: line N: what is wrong` (English); see
/// [`crate::problems::upload_error_text`] for the page's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadError {
    /// The uploaded file's name.
    pub name: String,
    /// What is wrong in it, and on which line.
    pub error: heat_twin_model::weather::WeatherFileError,
}

impl std::fmt::Display for UploadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.name, self.error)
    }
}

impl std::error::Error for UploadError {}

impl UploadError {
    /// The message in `lang`.
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        crate::problems::upload_error_text(lang, &self.name, &self.error)
    }
}

/// Parses an uploaded weather file (EPW when the name ends in .epw, else CSV).
pub fn parse_upload(name: &str, bytes: &[u8]) -> Result<Upload, UploadError> {
    let epw = name.to_ascii_lowercase().ends_with(".epw");
    let t = if epw {
        read_epw(bytes)
    } else {
        read_csv(bytes)
    };
    match t {
        Ok(t) => Ok(Upload {
            name: name.to_string(),
            epw,
            t_out_c: t.into(),
        }),
        Err(error) => Err(UploadError {
            name: name.to_string(),
            error,
        }),
    }
}

/// The snapshot memo's comparison: a new run is told from the last by its id (comparing two
/// snapshots' columns would cost more than it saves).
pub fn another_run(a: Option<&Option<Arc<Snapshot>>>, b: Option<&Option<Arc<Snapshot>>>) -> bool {
    match (a, b) {
        (Some(Some(a)), Some(Some(b))) => a.run_id != b.run_id,
        (Some(None), Some(None)) => false,
        _ => true,
    }
}

//! Measured drivers on the command line (docs/model/measured.md §9): which measured series
//! replace the model's assumptions (`--drive`), and `simulate SCENARIO --drivers FILE.csv`.
//!
//! `compare` and `calibrate` drive by default with the measured `it_kw` and `outdoor_c` (issue
//! 10's contract); `network_demand_kw` and `supply_c` only when `--drive` names them;
//! `--drive none` drives nothing. A driver named but absent from the files drives nothing and
//! is listed under `"absent"`.
//!
//! A scenario's own measured profiles (`data_centre.it_profile`, `weather.outdoor_profile`,
//! `network.demand_profile`, `network.supply_profile`) drive every command; a series a
//! measured file drives overrides the scenario's profile of the same series for the whole
//! year. `"source"` says which drove each series (`"scenario"` or `"file"`).

use crate::commands::Loaded;
use crate::Failure;
use heat_twin_measured::{load_csv, LoadOptions, Measured, Series};
use heat_twin_model::{Driver, Drivers};
use serde_json::{json, Map, Value};

/// The measured series that can drive, with the model's driver each becomes.
const DRIVABLE: [(Series, Driver); 4] = [
    (Series::ItKw, Driver::ItKw),
    (Series::OutdoorC, Driver::OutdoorC),
    (Series::NetworkDemandKw, Driver::DemandKw),
    (Series::SupplyC, Driver::SupplyC),
];

/// Driven when `--drive` is not given (issue 10: "`outdoor_c` and `it_kw` … are drivers").
const DEFAULT_DRIVE: [Series; 2] = [Series::ItKw, Series::OutdoorC];

/// The drivers of a run and what they came from.
pub(crate) struct Driving {
    /// The model's drivers.
    pub(crate) drivers: Drivers,
    /// The measured series that drive (present in the files and asked for).
    pub(crate) used: Vec<Series>,
    /// Asked for but not in the files.
    pub(crate) absent: Vec<Series>,
    /// The series driven by the scenario's own profiles (the others in `used` by a file).
    pub(crate) from_scenario: Vec<Series>,
}

impl Driving {
    /// Nothing drives.
    pub(crate) fn none() -> Self {
        Driving {
            drivers: Drivers::none(),
            used: Vec::new(),
            absent: Vec::new(),
            from_scenario: Vec::new(),
        }
    }

    /// Adds the scenario's own profiles for every series a file does not drive (a file's
    /// driver overrides the scenario's profile of the same series).
    pub(crate) fn with_scenario(mut self, scenario: &Drivers) -> Self {
        for (series, driver) in DRIVABLE {
            if self.used.contains(&series) {
                continue;
            }
            if let Some(column) = scenario.column(driver) {
                // Cannot fail: the scenario's profiles were checked by validation.
                if self.drivers.set(driver, column).is_ok() {
                    self.used.push(series);
                    self.from_scenario.push(series);
                }
            }
        }
        self
    }

    /// `series` drives this run.
    pub(crate) fn drives(&self, series: Series) -> bool {
        self.used.contains(&series)
    }

    /// `{"used": [SERIES…], "driven_hours": {SERIES: n}, "absent": [SERIES…]}`.
    pub(crate) fn json(&self) -> Value {
        let hours = self.drivers.driven_hours();
        let driven: Map<String, Value> = self
            .used
            .iter()
            .filter_map(|s| driver_of(*s).map(|d| (s.name().to_string(), json!(hours.get(d)))))
            .collect();
        json!({
            "used": self.used.iter().map(|s| s.name()).collect::<Vec<_>>(),
            "driven_hours": driven,
            "absent": self.absent.iter().map(|s| s.name()).collect::<Vec<_>>(),
            "source": self
                .used
                .iter()
                .map(|s| {
                    let from = if self.from_scenario.contains(s) { "scenario" } else { "file" };
                    (s.name().to_string(), json!(from))
                })
                .collect::<Map<String, Value>>(),
        })
    }
}

fn driver_of(series: Series) -> Option<Driver> {
    DRIVABLE.iter().find(|(s, _)| *s == series).map(|(_, d)| *d)
}

/// The series `--drive` names (comma-separated; `none` for none); the default when not given.
pub(crate) fn drive_list(given: Option<&str>) -> Result<Vec<Series>, Failure> {
    let Some(list) = given else {
        return Ok(DEFAULT_DRIVE.to_vec());
    };
    if list.trim() == "none" {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        match Series::from_name(name).filter(|s| driver_of(*s).is_some()) {
            Some(s) if !out.contains(&s) => out.push(s),
            Some(_) => {}
            None => {
                return Err(Failure::Usage(format!(
                    "--drive {name}: not a driver; give any of it_kw, outdoor_c, network_demand_kw, supply_c, or none"
                )))
            }
        }
    }
    Ok(out)
}

/// The drivers from the measured files for the series asked: each series's hourly means, a
/// missing hour `NaN` (it keeps the model's value). A value outside a driver's allowed range
/// is refused, naming the series, the hour and the range.
pub(crate) fn driving(measured: &Measured, asked: &[Series]) -> Result<Driving, Failure> {
    let mut d = Driving::none();
    for &series in asked {
        let (Some(driver), Some(s)) = (driver_of(series), measured.get(series)) else {
            d.absent.push(series);
            continue;
        };
        let values: Vec<f64> = s.values.iter().map(|v| v.unwrap_or(f64::NAN)).collect();
        d.drivers
            .set(driver, &values)
            .map_err(|e| Failure::Invalid(vec![format!("--drive {}: {e}", series.name())]))?;
        d.used.push(series);
    }
    Ok(d)
}

/// `simulate SCENARIO --drivers FILE.csv [--drive …] [--hourly FILE.csv]`: the design year on
/// the file's drivers (and the scenario's own profiles for the series the file does not drive). Prints the summary, monthly figures, warnings and published gaps as
/// `simulate` does, and `"drivers"`; the project's life over the years is not computed on
/// measured drivers (`"years"` is null).
pub(crate) fn simulate_driven(
    loaded: &Loaded,
    file: &str,
    drive: Option<&str>,
    hourly: Option<&str>,
) -> Result<Value, Failure> {
    let asked = drive_list(drive)?;
    let bytes = std::fs::read(file).map_err(|e| {
        Failure::Invalid(vec![format!("{file}: cannot read the drivers file: {e}")])
    })?;
    let measured = load_csv(&bytes, &LoadOptions::default())
        .map_err(|e| Failure::Invalid(vec![format!("{file}: {e}")]))?;
    let driving = driving(&measured, &asked)?.with_scenario(&loaded.scenario.drivers);
    let mut sim = heat_twin_model::Simulator::new();
    let results = sim
        .run_driven(&loaded.scenario.params, &loaded.t_out_c, &driving.drivers)
        .map_err(|e| Failure::Invalid(vec![e.to_string()]))?;
    if let Some(path) = hourly {
        let f = std::fs::File::create(path)
            .map_err(|e| Failure::Io(format!("cannot create {path}: {e}")))?;
        results
            .write_hourly_csv(std::io::BufWriter::new(f))
            .map_err(|e| Failure::Io(format!("cannot write {path}: {e}")))?;
    }
    Ok(json!({
        "name": loaded.scenario.name,
        "summary": results.summary,
        "years": Value::Null,
        "monthly": results.monthly,
        "warnings": results.warnings(),
        "published": crate::commands::published_gaps(&loaded.scenario.published, &results.summary),
        "drivers": driving.json(),
    }))
}

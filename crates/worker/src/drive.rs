//! Measured drivers of a calibration or a comparison (docs/model/measured.md §9): which
//! measured series drive the model, built into the model's [`Drivers`]. The page's checkboxes
//! (src/measured/drive.rs) and the worker's calibration use the same rule, as
//! `heat-twin-cli compare --drive` does.

use heat_twin_measured::{Measured, Series};
use heat_twin_model::params::Params;
use heat_twin_model::{Driver, Drivers};

/// The measured series that can drive, with the model's driver each becomes, in the order of
/// the checkboxes.
pub const DRIVABLE: [(Series, Driver); 4] = [
    (Series::ItKw, Driver::ItKw),
    (Series::OutdoorC, Driver::OutdoorC),
    (Series::NetworkDemandKw, Driver::DemandKw),
    (Series::SupplyC, Driver::SupplyC),
];

/// Ticked by default: issue 10's contract makes `it_kw` and `outdoor_c` drivers.
pub const DEFAULT_DRIVE: [bool; 4] = [true, true, false, false];

/// The drivers of the page's runs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Driving {
    /// The model's drivers.
    pub drivers: Drivers,
    /// Each series that drives, with its hours.
    pub used: Vec<(Series, usize)>,
    /// A series refused as a driver (a value outside its range), as a sentence.
    pub problem: Option<String>,
}

/// The drivers from `measured` for the ticked series; a refused series drives nothing and
/// its reason is kept. `params` checks the measured supply against the return.
pub fn driving(measured: &Measured, ticked: [bool; 4], params: Option<&Params>) -> Driving {
    let mut d = Driving::default();
    for ((series, driver), on) in DRIVABLE.into_iter().zip(ticked) {
        let Some(s) = measured.get(series).filter(|_| on) else {
            continue;
        };
        let values: Vec<f64> = s.values.iter().map(|v| v.unwrap_or(f64::NAN)).collect();
        match d.drivers.set(driver, &values) {
            Ok(()) => d.used.push((series, d.drivers.driven_hours().get(driver))),
            Err(e) => d.problem = Some(e.to_string()),
        }
    }
    if let Some(p) = params {
        if let Err(e) = d.drivers.check_against(p) {
            d.drivers.clear(Driver::SupplyC);
            d.used.retain(|(s, _)| *s != Series::SupplyC);
            d.problem = Some(e.to_string());
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use heat_twin_measured::{load_csv, LoadOptions};

    fn file() -> Measured {
        let csv = "timestamp,it_kw,outdoor_c,supply_c\n\
                   2023-01-01T00:00:00+01:00,100,5,80\n\
                   2023-01-01T01:00:00+01:00,110,,40\n";
        load_csv(csv.as_bytes(), &LoadOptions::default()).expect("loads")
    }

    #[test]
    fn default_drives_it_and_outdoor_in_the_hours_present() {
        let d = driving(&file(), DEFAULT_DRIVE, None);
        // it_kw in hours 0 and 1; outdoor_c only in hour 0 (hour 1's cell is empty: a gap).
        assert_eq!(d.used, vec![(Series::ItKw, 2), (Series::OutdoorC, 1)]);
        assert_eq!(d.problem, None);
        let it = d.drivers.column(Driver::ItKw).expect("set");
        assert_eq!((it[0], it[1]), (100.0, 110.0));
        assert!(it[2].is_nan());
    }

    #[test]
    fn a_supply_below_the_return_is_left_out_with_its_reason() {
        // The default 3G return is 50 °C; hour 1's 40 °C cannot be a supply.
        let params = heat_twin_model::scenario::Scenario::default()
            .validate()
            .expect("valid")
            .params;
        let d = driving(&file(), [false, false, false, true], Some(&params));
        assert!(d.used.is_empty());
        assert!(d.drivers.column(Driver::SupplyC).is_none());
        assert!(d
            .problem
            .expect("a reason")
            .starts_with("drivers.supply_c: hour 1"));
        let none = driving(&file(), [false; 4], Some(&params));
        assert!(none.drivers.is_empty() && none.problem.is_none());
    }
}

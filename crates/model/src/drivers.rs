//! Measured drivers: hourly measured series that replace the model's own assumptions as inputs
//! of the year (docs/model/measured.md §9, issue 10).
//!
//! | driver | replaces (docs/MODEL.md) | unit | allowed |
//! |---|---|---|---|
//! | [`Driver::ItKw`] | `P_it[h] = P_design · u[h]` (§2) | kW | 0 – 10⁷ |
//! | [`Driver::OutdoorC`] | `T_out[h]` of the weather (§1) | °C | −90 – 70 |
//! | [`Driver::DemandKw`] | `D[h] = SH[h] + DHW[h] + L[h]` (§5) | kW | 0 – 10⁷ |
//! | [`Driver::SupplyC`] | `T_sup[h]` of the curve (§3) | °C | 10 – 150, above `return_c + Δ` |
//!
//! A [`Drivers`] value holds up to four columns of 8,760 values; `NaN` is an hour without a
//! measurement, which keeps the model's own value (gaps are never filled). Each column is
//! checked once, when it is set ([`Drivers::set`]); the supply's rule against the scenario's
//! return temperature is checked by [`Drivers::check_against`], which
//! [`crate::Simulator::run_driven`] calls before it runs.

use crate::network::ReturnCurve;
use crate::params::Params;
use crate::weather::{HOURS, MONTH_START_HOUR};

/// One of the four drivers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Driver {
    /// Measured IT electrical power, kW: replaces `P_it[h]`.
    ItKw,
    /// Measured outdoor air temperature, °C: replaces `T_out[h]`.
    OutdoorC,
    /// Measured network heat demand at the plant, kW: replaces `D[h]`.
    DemandKw,
    /// Measured network supply temperature, °C: replaces `T_sup[h]`.
    SupplyC,
}

impl Driver {
    /// The four drivers, in the order of [`DrivenHours`].
    pub const ALL: [Driver; 4] = [
        Driver::ItKw,
        Driver::OutdoorC,
        Driver::DemandKw,
        Driver::SupplyC,
    ];

    /// The driver's field name (`it_kw`, `outdoor_c`, `demand_kw`, `supply_c`).
    pub fn name(self) -> &'static str {
        match self {
            Driver::ItKw => "it_kw",
            Driver::OutdoorC => "outdoor_c",
            Driver::DemandKw => "demand_kw",
            Driver::SupplyC => "supply_c",
        }
    }

    /// The allowed range of a value in the driver's unit (docs/model/measured.md §9): powers
    /// 0–10⁷ kW (the measured series' plausible bound, assumed, without its non-physical negative
    /// half), outdoor −90–70 °C (a weather file's range, MODEL.md §1), supply 10–150 °C (the
    /// range of `network.supply_max_c`, MODEL.md §3).
    pub fn range(self) -> (f64, f64) {
        match self {
            Driver::ItKw | Driver::DemandKw => (0.0, 1.0e7),
            Driver::OutdoorC => (-90.0, 70.0),
            Driver::SupplyC => (10.0, 150.0),
        }
    }

    /// The driver's unit, for messages.
    pub fn unit(self) -> &'static str {
        match self {
            Driver::ItKw | Driver::DemandKw => "kW",
            Driver::OutdoorC | Driver::SupplyC => "°C",
        }
    }

    fn index(self) -> usize {
        match self {
            Driver::ItKw => 0,
            Driver::OutdoorC => 1,
            Driver::DemandKw => 2,
            Driver::SupplyC => 3,
        }
    }
}

/// A driver refused: each names the driver, and the hour and value where there is one.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DriverError {
    /// A column of another length than 8,760.
    #[error("drivers.{}: {len} values given; a driver has exactly 8,760 (one per hour of the model year, NaN for an hour without a measurement)", .driver.name())]
    Length {
        /// The driver.
        driver: Driver,
        /// The length given.
        len: usize,
    },
    /// A value outside the driver's allowed range (or infinite).
    #[error("drivers.{}: hour {hour} ({}) is {value} {}; allowed {} to {} {}", .driver.name(), hour_label(*.hour), .driver.unit(), .lo, .hi, .driver.unit())]
    OutOfRange {
        /// The driver.
        driver: Driver,
        /// The model hour (0-based).
        hour: usize,
        /// The value refused.
        value: f64,
        /// Lowest allowed value.
        lo: f64,
        /// Highest allowed value.
        hi: f64,
    },
    /// A measured supply at or below the network's highest return temperature.
    #[error("drivers.supply_c: hour {hour} ({}) is {value} °C; a supply temperature must be above the network's highest return, {highest_return_c} °C (network.return_c + return rise)", hour_label(*.hour))]
    SupplyNotAboveReturn {
        /// The model hour (0-based).
        hour: usize,
        /// The value refused, °C.
        value: f64,
        /// `return_c + Δ`, °C.
        highest_return_c: f64,
    },
}

/// `"DD MMM hh:00"` of a model hour, for messages (hours past the year read as the last day).
pub(crate) fn hour_label(hour: usize) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let h = hour.min(HOURS - 1);
    let month = (0..12).rfind(|&m| MONTH_START_HOUR[m] <= h).unwrap_or(0);
    let day = (h - MONTH_START_HOUR[month]) / 24 + 1;
    format!("{day} {} {:02}:00", MONTHS[month], h % 24)
}

/// How many hours each driver drove (its values that are not `NaN`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct DrivenHours {
    /// Hours of measured IT power.
    pub it_kw: usize,
    /// Hours of measured outdoor temperature.
    pub outdoor_c: usize,
    /// Hours of measured network demand.
    pub demand_kw: usize,
    /// Hours of measured supply temperature.
    pub supply_c: usize,
}

impl DrivenHours {
    /// The count of one driver.
    pub fn get(&self, driver: Driver) -> usize {
        match driver {
            Driver::ItKw => self.it_kw,
            Driver::OutdoorC => self.outdoor_c,
            Driver::DemandKw => self.demand_kw,
            Driver::SupplyC => self.supply_c,
        }
    }
}

/// Up to four measured driver columns (docs/model/measured.md §9); `NaN` = no measurement.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Drivers {
    /// Each driver's column: empty when not given, else 8,760 values (in [`Driver::ALL`]'s order).
    columns: [Box<[f64]>; 4],
    hours: DrivenHours,
}

impl Drivers {
    /// No driver: [`crate::Simulator::run_driven`] then equals [`crate::Simulator::run`].
    pub fn none() -> Self {
        Drivers::default()
    }

    /// Sets `driver`'s column after checking it: exactly 8,760 values, each `NaN` (a gap) or
    /// finite and within [`Driver::range`]; the first offending value is named.
    pub fn set(&mut self, driver: Driver, values: &[f64]) -> Result<(), DriverError> {
        if values.len() != HOURS {
            return Err(DriverError::Length {
                driver,
                len: values.len(),
            });
        }
        let (lo, hi) = driver.range();
        let mut count = 0;
        for (hour, &value) in values.iter().enumerate() {
            if value.is_nan() {
                continue;
            }
            if !(lo..=hi).contains(&value) {
                return Err(DriverError::OutOfRange {
                    driver,
                    hour,
                    value,
                    lo,
                    hi,
                });
            }
            count += 1;
        }
        self.columns[driver.index()] = values.into();
        self.set_count(driver, count);
        Ok(())
    }

    /// [`Drivers::set`] in a builder's form.
    pub fn with(mut self, driver: Driver, values: &[f64]) -> Result<Self, DriverError> {
        self.set(driver, values)?;
        Ok(self)
    }

    /// Removes a driver.
    pub fn clear(&mut self, driver: Driver) {
        self.columns[driver.index()] = Box::default();
        self.set_count(driver, 0);
    }

    fn set_count(&mut self, driver: Driver, n: usize) {
        match driver {
            Driver::ItKw => self.hours.it_kw = n,
            Driver::OutdoorC => self.hours.outdoor_c = n,
            Driver::DemandKw => self.hours.demand_kw = n,
            Driver::SupplyC => self.hours.supply_c = n,
        }
    }

    /// The driver's column (8,760 values, `NaN` for gaps), or `None` when not given.
    pub fn column(&self, driver: Driver) -> Option<&[f64]> {
        let c = &self.columns[driver.index()];
        (!c.is_empty()).then_some(&c[..])
    }

    /// The columns the supply-side pass takes, IT power and demand (an absent one empty), or
    /// `None` when neither is given.
    pub fn supply_side_columns(&self) -> Option<(&[f64], &[f64])> {
        let (it, demand) = (
            &self.columns[Driver::ItKw.index()],
            &self.columns[Driver::DemandKw.index()],
        );
        (!it.is_empty() || !demand.is_empty()).then_some((&it[..], &demand[..]))
    }

    /// How many hours each driver drives.
    pub fn driven_hours(&self) -> DrivenHours {
        self.hours
    }

    /// No driver drives any hour.
    pub fn is_empty(&self) -> bool {
        self.hours == DrivenHours::default()
    }

    /// The checks that need the scenario: a measured supply must be above the network's
    /// highest hourly return `return_c + Δ` (docs/model/demand.md §4), or the heat pump's share
    /// `s = (T_sup − T_pre)/(T_sup − T_ret)` is undefined.
    pub fn check_against(&self, params: &Params) -> Result<(), DriverError> {
        let Some(supply) = self.column(Driver::SupplyC) else {
            return Ok(());
        };
        let curve = ReturnCurve::from_params(&params.network);
        let highest_return_c = curve.design_c + curve.rise_k;
        match supply.iter().position(|&t| t <= highest_return_c) {
            Some(hour) => Err(DriverError::SupplyNotAboveReturn {
                hour,
                value: supply[hour],
                highest_return_c,
            }),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // in a test a panic is the failure report
mod tests {
    use super::*;

    #[test]
    fn a_column_is_counted_without_its_gaps() {
        let mut v = vec![100.0; HOURS];
        v[5] = f64::NAN;
        v[6] = f64::NAN;
        let d = Drivers::none().with(Driver::ItKw, &v).unwrap();
        assert_eq!(d.driven_hours().it_kw, HOURS - 2);
        assert_eq!(d.driven_hours().get(Driver::OutdoorC), 0);
        assert!(d.column(Driver::OutdoorC).is_none());
        assert!(!d.is_empty());
    }

    #[test]
    fn wrong_length_is_refused_with_the_name() {
        let e = Drivers::none()
            .with(Driver::OutdoorC, &[1.0; 8784])
            .unwrap_err();
        assert_eq!(
            e,
            DriverError::Length {
                driver: Driver::OutdoorC,
                len: 8784
            }
        );
        assert!(e.to_string().starts_with("drivers.outdoor_c: 8784 values"));
    }

    #[test]
    fn out_of_range_names_hour_date_value_and_range() {
        let mut v = vec![20.0; HOURS];
        // Hour 744 + 24 + 3 = 771 is 2 February 03:00 (January has 744 hours).
        v[771] = 71.0;
        let e = Drivers::none().with(Driver::OutdoorC, &v).unwrap_err();
        assert_eq!(
            e.to_string(),
            "drivers.outdoor_c: hour 771 (2 Feb 03:00) is 71 °C; allowed -90 to 70 °C"
        );
        let mut it = vec![1.0; HOURS];
        it[0] = -1.0;
        assert!(matches!(
            Drivers::none().with(Driver::ItKw, &it),
            Err(DriverError::OutOfRange { hour: 0, .. })
        ));
        it[0] = f64::INFINITY;
        assert!(Drivers::none().with(Driver::ItKw, &it).is_err());
    }

    #[test]
    fn supply_must_be_above_the_highest_return() {
        let mut p = Params::default();
        p.network.return_c = 50.0;
        p.network.supply_min_c = 70.0;
        p.network.return_rise_k = 15.0;
        // Δ = min(15, (70 − 50)/2) = 10: the highest return is 60 °C.
        let mut v = vec![80.0; HOURS];
        v[10] = 60.0;
        let d = Drivers::none().with(Driver::SupplyC, &v).unwrap();
        assert_eq!(
            d.check_against(&p),
            Err(DriverError::SupplyNotAboveReturn {
                hour: 10,
                value: 60.0,
                highest_return_c: 60.0
            })
        );
        v[10] = 60.5;
        let d = Drivers::none().with(Driver::SupplyC, &v).unwrap();
        assert_eq!(d.check_against(&p), Ok(()));
    }

    #[test]
    fn hour_labels() {
        assert_eq!(hour_label(0), "1 Jan 00:00");
        assert_eq!(hour_label(8759), "31 Dec 23:00");
        // 1 July: 4,344 (MODEL.md §0) + 13.
        assert_eq!(hour_label(4357), "1 Jul 13:00");
    }
}

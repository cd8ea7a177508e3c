//! heat-twin-model: the physics of heat-twin.
//!
//! An hourly, quasi-steady energy balance over a typical year (8,760 hours): data centre →
//! heat capture → heat exchanger and/or heat pump → storage → district heating network →
//! homes, with the CO2 and money that follow. The specification is MODEL.md (version 1),
//! copied in `docs/MODEL.md` of this repository.
//!
//! Data flow: scenario JSON → [`scenario`] (parse and validate, the only place that fails) →
//! [`params::Params`] + [`weather`] temperatures → [`simulate`] / [`Simulator::run`] →
//! [`Results`] (summary, monthly, hourly columns, warnings).
//!
//! The plant, one module per component: [`data_centre`] → [`recovery`] → [`storage`] and
//! [`dispatch`] → [`network`]; then [`emissions`], [`economics`], [`totals`], [`summary`] and [`warnings`].

#![warn(missing_docs)]

pub mod availability;
pub mod capex;
pub mod connection;
pub mod data_centre;
pub mod dispatch;
pub mod drivers;
pub mod economics;
pub mod emissions;
pub mod heat_pump;
pub mod instruments;
pub mod life;
pub mod machines;
pub mod network;
pub mod params;
pub mod pipe;
pub mod portfolio;
pub mod prices;
pub mod project;
pub mod recovery;
pub mod results;
pub mod scenario;
pub mod simulation;
pub mod storage;
pub mod summary;
pub mod totals;
pub mod warnings;
pub mod weather;

pub use drivers::{DrivenHours, Driver, DriverError, Drivers};
pub use results::{Hourly, Mode, Monthly, Results, Summary};
pub use simulation::{simulate, Simulator};
pub use warnings::{Warning, Warnings};

//! heat-twin-model: the physics of heat-twin.
//!
//! An hourly, quasi-steady energy balance over a typical year (8,760 hours): data centre →
//! heat capture → heat exchanger and/or heat pump → storage → district heating network →
//! homes, with the CO2 and money that follow. The specification is MODEL.md (version 1),
//! copied in `docs/MODEL.md` of this repository.
//!
//! Data flow: scenario JSON → [`scenario`] (parse and validate, the only place that fails) →
//! [`params::Params`] + [`weather`] temperatures → the simulation → results.

pub mod params;
pub mod scenario;
pub mod weather;

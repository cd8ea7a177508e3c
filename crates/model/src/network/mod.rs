//! District heating network: weather-compensated supply temperature (MODEL.md §3) and the heat
//! the network needs at the plant (MODEL.md §5).
//!
//! The network is a 3rd- or 4th-generation hot-water network (Lund et al. 2014);
//! [`temperatures`] sets the supply each hour from the 72-hour mean outdoor temperature and the
//! return from the hour's load, [`demand`] spreads the customers' annual heat over the year and
//! adds the pipes' heat loss, with the daily shape of real buildings: [`clock`] (local time,
//! daylight saving, weekdays), [`heating_rule`] (Italy's heating hours) and [`cold_water`] (hot
//! water following the mains temperature); see docs/model/demand.md.

pub mod clock;
pub mod cold_water;
pub mod demand;
pub mod heating_rule;
pub mod plants;
pub mod temperatures;

pub use clock::Clock;
pub use cold_water::Mains;
pub use demand::{CustomerHour, Demand, DemandDay, HOT_WATER_PROFILE_PER_MILLE, THETA_REF_K};
pub use heating_rule::{allowed_hours, rule_profile};
pub use temperatures::{ReturnCurve, SupplyCurve};

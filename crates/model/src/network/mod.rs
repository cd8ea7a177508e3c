//! District heating network: weather-compensated supply temperature (MODEL.md §3) and the heat
//! the network needs at the plant (MODEL.md §5).
//!
//! The network is a 3rd- or 4th-generation hot-water network (Lund et al. 2014) with a constant
//! return temperature; [`temperatures`] sets the supply each hour from the 72-hour mean outdoor
//! temperature, [`demand`] spreads the customers' annual heat over the year and adds the pipes'
//! heat loss.

pub mod demand;
pub mod plants;
pub mod temperatures;

pub use demand::{Demand, HOT_WATER_PROFILE_PER_MILLE, THETA_REF_K};
pub use temperatures::SupplyCurve;

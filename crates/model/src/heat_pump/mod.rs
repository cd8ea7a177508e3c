//! Large heat pumps: a COP model fitted to published machines, the Jensen et al. (2018) method
//! for comparison, units with a minimum part load, sizing, and the automatic choice between
//! return-line preheat and heat pump (specification: `docs/model/heat_pump.md`).
//!
//! Everything here is a pure function of scalars: no allocation, no failure, cheap enough to call
//! every hour. Temperatures are those of the water streams at the heat pump's own exchangers, °C.

mod choice;
mod cop;
mod jensen;
mod units;

pub use choice::{break_even_cop, choose, Choice, OptionHour, Prices};
pub use cop::{CopModel, Duty, ParamError};
pub use jensen::{jensen_cop, JensenParams, Refrigerant};
pub use units::{dispatch_units, size_units, UnitDispatch, UnitSizing, DEFAULT_MAX_UNIT_KW};

//! The parameters' choices: cooling, feed-in, COP method, mode choice, generation, heat-pump
//! owner, heating rule and season, cold water, and the store's kind and dispatch.

/// Cooling technology of the IT equipment (MODEL.md §2); sets the defaults of the capture
/// share, loop temperatures and site cooling EER.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cooling {
    /// `air`: water coils in the air handlers.
    Air,
    /// `rear_door`: rear-door heat exchangers.
    RearDoor,
    /// `direct_to_chip`: cold plates.
    DirectToChip,
    /// `immersion`: servers immersed in dielectric fluid.
    Immersion,
    /// `hot_water_liquid`: warm-water liquid cooling (A2A + Qarnot, Brescia).
    HotWaterLiquid,
}

/// Where the recovered heat enters the district heating network (MODEL.md §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedIn {
    /// `supply_line`: the data centre is a producer at network supply temperature.
    SupplyLine,
    /// `return_line`: the heat preheats the network's return water.
    ReturnLine,
}

/// How the heat pump's COP is computed (docs/model/heat_pump.md §1; MODEL.md §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopMethod {
    /// `fit`: the model fitted to published machines (heat_pump.md §1.2; default).
    Fit,
    /// `jensen`: Jensen et al. (2018) as PyPSA-Eur applies it (heat_pump.md §1.4).
    Jensen,
    /// `lorenz`: version 1's Lorenz efficiency with a minimum lift and a ceiling (MODEL.md §4).
    Lorenz,
}

/// Which way a supply-line plant runs in hours the source is below the supply
/// (docs/model/heat_pump.md §3; MODEL.md §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModeChoice {
    /// `heat_pump`: preheat and heat pump whenever the heat pump can run (default).
    HeatPump,
    /// `return_line`: preheat the return instead, as if no heat pump were allowed.
    ReturnLine,
    /// `auto`: whichever has the larger net value that hour (heat_pump.md §3).
    Auto,
}

/// District heating generation; only sets defaults of the network temperatures (MODEL.md §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generation {
    /// `3G`: 90/75 → 50 °C (default).
    G3,
    /// `4G`: 70/65 → 35 °C.
    G4,
    /// `custom`: starts from the 3G column.
    Custom,
}

/// Who owns and runs the heat pump (MODEL.md §9).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeatPumpOwner {
    /// `utility` (default).
    Utility,
    /// `data_centre`.
    DataCentre,
}

/// Heating-hours rule of the network's buildings (docs/model/demand.md §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeatingRule {
    /// `continuous`: no daily cap, hourly degree-hours (version 1; default).
    Continuous,
    /// `it_zone_a`: DPR 74/2013 zone A, 1 Dec – 15 Mar, 6 h a day within 05:00–23:00.
    ItZoneA,
    /// `it_zone_b`: zone B, 1 Dec – 31 Mar, 8 h a day.
    ItZoneB,
    /// `it_zone_c`: zone C, 15 Nov – 31 Mar, 10 h a day.
    ItZoneC,
    /// `it_zone_d`: zone D, 1 Nov – 15 Apr, 12 h a day.
    ItZoneD,
    /// `it_zone_e`: zone E, 15 Oct – 15 Apr, 14 h a day.
    ItZoneE,
    /// `it_zone_f`: zone F, no limit on season or hours.
    ItZoneF,
}

/// How the cold-water (mains) temperature is set (docs/model/demand.md §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColdWater {
    /// `climate`: from the year's outdoor temperatures (Burch & Christensen 2007).
    Climate,
    /// `constant`: `cold_water_c` all year (default: version 1).
    Constant,
}

/// A heating season of whole days, inclusive; a start after the end wraps over New Year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeatingSeason {
    /// First day of the season, 0-based day of a 365-day year (1 January = 0).
    pub start_day: u16,
    /// Last day of the season (inclusive), 0-based day of a 365-day year.
    pub end_day: u16,
}

impl HeatingSeason {
    /// Whether 0-based `day` (0..365) is inside the season.
    pub fn contains(&self, day: u16) -> bool {
        if self.start_day <= self.end_day {
            day >= self.start_day && day <= self.end_day
        } else {
            day >= self.start_day || day <= self.end_day
        }
    }
}

/// When the store gives its heat back (MODEL.md §6, §7 step 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageDispatch {
    /// `first`: as soon as a dispatchable plant runs (version 2's rule).
    First,
    /// `peak`: a 24-hour look-ahead that holds the content for the window's highest hours
    /// (the water-filling level of [`crate::storage::look_ahead`]).
    Peak,
}

/// What kind of thermal store (MODEL.md §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageKind {
    /// `tank`: an atmospheric steel tank (DEA 141).
    Tank,
    /// `pit`: a pit thermal energy store (DEA 140).
    Pit,
}

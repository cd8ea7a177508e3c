//! The mapping between field paths and [`Params`] fields: reading effective values back for
//! the UI ([`resolved_value`]) and writing validated values during resolution.

use super::fields::{format_month_day, parse_month_day};
use super::table::{
    COLD_WATER, COOLING, COP_METHOD, COUNTRY, FEED_IN, GENERATION, HEATING_RULE, MODE_CHOICE,
    OWNER, STORAGE_DISPATCH, STORAGE_KIND,
};
use super::FieldValue;
use crate::params::{
    ColdWater, Cooling, CopMethod, FeedIn, Generation, HeatPumpOwner, HeatingRule, HeatingSeason,
    ModeChoice, Params, StorageDispatch, StorageKind,
};
use crate::prices::{Country, Party};

/// A [`Params`] field type that converts to and from a [`FieldValue`].
trait ParamField: Sized {
    fn read(&self) -> FieldValue;
    /// The parameter value for an already validated field value; `None` if it does not fit.
    fn parse(value: &FieldValue) -> Option<Self>;
}

impl ParamField for f64 {
    fn read(&self) -> FieldValue {
        FieldValue::Number(*self)
    }
    fn parse(value: &FieldValue) -> Option<Self> {
        match value {
            FieldValue::Number(x) if x.is_finite() => Some(*x),
            _ => None,
        }
    }
}

impl ParamField for u32 {
    fn read(&self) -> FieldValue {
        FieldValue::Number(f64::from(*self))
    }
    fn parse(value: &FieldValue) -> Option<Self> {
        match value {
            // Validation keeps integer fields whole and within 0..=1e7, so the cast is exact.
            FieldValue::Number(x)
                if x.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(x) =>
            {
                Some(*x as u32)
            }
            _ => None,
        }
    }
}

impl ParamField for bool {
    fn read(&self) -> FieldValue {
        FieldValue::Bool(*self)
    }
    fn parse(value: &FieldValue) -> Option<Self> {
        match value {
            FieldValue::Bool(b) => Some(*b),
            _ => None,
        }
    }
}

/// Enums named by a choice string: the names in table order and the matching variants.
macro_rules! choice_enum {
    ($ty:ty, $names:expr, [$($variant:expr),+ $(,)?]) => {
        impl ParamField for $ty {
            fn read(&self) -> FieldValue {
                let variants: &[$ty] = &[$($variant),+];
                let name = variants.iter().position(|v| v == self).and_then(|i| $names.get(i));
                FieldValue::Choice(name.copied().unwrap_or_default().to_string())
            }
            fn parse(value: &FieldValue) -> Option<Self> {
                let variants: &[$ty] = &[$($variant),+];
                match value {
                    FieldValue::Choice(s) => {
                        $names.iter().position(|n| *n == s.as_str()).and_then(|i| variants.get(i).copied())
                    }
                    _ => None,
                }
            }
        }
    };
}

choice_enum!(
    Cooling,
    COOLING,
    [
        Cooling::Air,
        Cooling::RearDoor,
        Cooling::DirectToChip,
        Cooling::Immersion,
        Cooling::HotWaterLiquid
    ]
);
choice_enum!(
    Generation,
    GENERATION,
    [Generation::G3, Generation::G4, Generation::Custom]
);
choice_enum!(
    HeatingRule,
    HEATING_RULE,
    [
        HeatingRule::Continuous,
        HeatingRule::ItZoneA,
        HeatingRule::ItZoneB,
        HeatingRule::ItZoneC,
        HeatingRule::ItZoneD,
        HeatingRule::ItZoneE,
        HeatingRule::ItZoneF
    ]
);
choice_enum!(
    ColdWater,
    COLD_WATER,
    [ColdWater::Climate, ColdWater::Constant]
);
choice_enum!(FeedIn, FEED_IN, [FeedIn::SupplyLine, FeedIn::ReturnLine]);
choice_enum!(
    StorageKind,
    STORAGE_KIND,
    [StorageKind::Tank, StorageKind::Pit]
);
choice_enum!(
    StorageDispatch,
    STORAGE_DISPATCH,
    [StorageDispatch::First, StorageDispatch::Peak]
);
choice_enum!(
    CopMethod,
    COP_METHOD,
    [CopMethod::Fit, CopMethod::Jensen, CopMethod::Lorenz]
);
choice_enum!(
    ModeChoice,
    MODE_CHOICE,
    [
        ModeChoice::HeatPump,
        ModeChoice::ReturnLine,
        ModeChoice::Auto
    ]
);
choice_enum!(
    HeatPumpOwner,
    OWNER,
    [HeatPumpOwner::Utility, HeatPumpOwner::DataCentre]
);

choice_enum!(
    Country,
    COUNTRY,
    [
        Country::Italy,
        Country::Denmark,
        Country::Finland,
        Country::Sweden,
        Country::Germany,
        Country::Netherlands,
        Country::France,
        Country::Ireland
    ]
);
choice_enum!(Party, OWNER, [Party::Utility, Party::DataCentre]);

impl ParamField for Option<HeatingSeason> {
    fn read(&self) -> FieldValue {
        match self {
            None => FieldValue::Null,
            Some(s) => FieldValue::Season {
                start: format_month_day(s.start_day),
                end: format_month_day(s.end_day),
            },
        }
    }
    fn parse(value: &FieldValue) -> Option<Self> {
        match value {
            FieldValue::Null => Some(None),
            FieldValue::Season { start, end } => Some(Some(HeatingSeason {
                start_day: parse_month_day(start)?,
                end_day: parse_month_day(end)?,
            })),
            _ => None,
        }
    }
}

impl ParamField for Option<[f64; 12]> {
    fn read(&self) -> FieldValue {
        self.map_or(FieldValue::Null, FieldValue::Monthly)
    }
    fn parse(value: &FieldValue) -> Option<Self> {
        match value {
            FieldValue::Null => Some(None),
            FieldValue::Monthly(m) if m.iter().all(|x| x.is_finite()) => Some(Some(*m)),
            _ => None,
        }
    }
}

/// `connection.dn`: `None` (automatic) reads as `null`.
impl ParamField for Option<u32> {
    fn read(&self) -> FieldValue {
        self.map_or(FieldValue::Null, |dn| FieldValue::Number(f64::from(dn)))
    }
    fn parse(value: &FieldValue) -> Option<Self> {
        match value {
            FieldValue::Null => Some(None),
            v => u32::parse(v).map(Some),
        }
    }
}

/// One function pair over every path; a test checks that it covers the field table exactly.
macro_rules! params_map {
    ($( $path:literal => $section:ident . $field:ident ),* $(,)?) => {
        /// The effective value of the field at `path` in resolved parameters (defaults and
        /// presets included), for the UI's controls; `None` for an unknown path. The two
        /// nullable fields read as [`FieldValue::Null`] when not set.
        pub fn resolved_value(params: &Params, path: &str) -> Option<FieldValue> {
            match path {
                $( $path => Some(ParamField::read(&params.$section.$field)), )*
                _ => None,
            }
        }

        /// Writes a validated value into `params`; false if the path is unknown or the value
        /// does not fit the field (validation has already reported that).
        pub(crate) fn write(params: &mut Params, path: &str, value: &FieldValue) -> bool {
            match path {
                $( $path => match ParamField::parse(value) {
                    Some(v) => { params.$section.$field = v; true }
                    None => false,
                }, )*
                _ => false,
            }
        }
    };
}

params_map! {
    "data_centre.racks" => data_centre.racks,
    "data_centre.rack_kw" => data_centre.rack_kw,
    "data_centre.utilisation" => data_centre.utilisation,
    "data_centre.daily_swing" => data_centre.daily_swing,
    "data_centre.pue" => data_centre.pue,
    "data_centre.cooling" => data_centre.cooling,
    "data_centre.capture_share" => data_centre.capture_share,
    "data_centre.loop_out_c" => data_centre.loop_out_c,
    "data_centre.loop_delta_k" => data_centre.loop_delta_k,
    "recovery.approach_k" => recovery.approach_k,
    "recovery.feed_in" => recovery.feed_in,
    "recovery.heat_pump" => recovery.heat_pump,
    "recovery.lorenz_efficiency" => recovery.lorenz_efficiency,
    "recovery.min_lift_k" => recovery.min_lift_k,
    "recovery.max_cop" => recovery.max_cop,
    "recovery.heat_pump_max_mw" => recovery.heat_pump_max_mw,
    "recovery.pumping_share" => recovery.pumping_share,
    "recovery.run_for_co2" => recovery.run_for_co2,
    "recovery.availability" => recovery.availability,
    "recovery.cop_method" => recovery.cop_method,
    "recovery.hp_efficiency" => recovery.hp_efficiency,
    "recovery.hp_penalty_k" => recovery.hp_penalty_k,
    "recovery.hp_drive_efficiency" => recovery.hp_drive_efficiency,
    "recovery.hp_aux_share" => recovery.hp_aux_share,
    "recovery.heat_pump_min_load" => recovery.heat_pump_min_load,
    "recovery.heat_pump_unit_mw" => recovery.heat_pump_unit_mw,
    "recovery.heat_pump_installed_mw" => recovery.heat_pump_installed_mw,
    "recovery.mode_choice" => recovery.mode_choice,
    "network.generation" => network.generation,
    "network.supply_max_c" => network.supply_max_c,
    "network.supply_min_c" => network.supply_min_c,
    "network.return_c" => network.return_c,
    "network.ground_c" => network.ground_c,
    "network.dhw_min_supply_c" => network.dhw_min_supply_c,
    "network.homes" => network.homes,
    "network.home_heat_mwh" => network.home_heat_mwh,
    "network.dhw_share" => network.dhw_share,
    "network.heating_base_c" => network.heating_base_c,
    "network.heating_season" => network.heating_season,
    "network.loss_share" => network.loss_share,
    "network.baseload_mw" => network.baseload_mw,
    "network.takes_all_heat" => network.takes_all_heat,
    "network.heating_rule" => network.heating_rule,
    "network.heating_exempt_share" => network.heating_exempt_share,
    "network.timer_spread_h" => network.timer_spread_h,
    "network.daylight_saving" => network.daylight_saving,
    "network.cold_water" => network.cold_water,
    "network.cold_water_c" => network.cold_water_c,
    "network.return_rise_k" => network.return_rise_k,
    "storage.volume_m3" => storage.volume_m3,
    "storage.hours_to_full" => storage.hours_to_full,
    "storage.loss_per_day" => storage.loss_per_day,
    "storage.kind" => storage.kind,
    "storage.dispatch" => storage.dispatch,
    "emissions.grid_g_per_kwh" => emissions.grid_g_per_kwh,
    "emissions.fuel_kg_per_mwh" => emissions.fuel_kg_per_mwh,
    "emissions.boiler_efficiency" => emissions.boiler_efficiency,
    "emissions.tree_kg_per_year" => emissions.tree_kg_per_year,
    "emissions.displaced_heat_kg_per_mwh" => emissions.displaced_heat_kg_per_mwh,
    "emissions.credit_avoided_cooling" => emissions.credit_avoided_cooling,
    "emissions.site_cooling_eer" => emissions.site_cooling_eer,
    "economics.heat_price_eur_per_mwh" => economics.heat_price_eur_per_mwh,
    "economics.electricity_price_eur_per_mwh" => economics.electricity_price_eur_per_mwh,
    "economics.fuel_price_eur_per_mwh" => economics.fuel_price_eur_per_mwh,
    "economics.heat_pump_owner" => economics.heat_pump_owner,
    "economics.heat_pump_capex_eur_per_mw" => economics.heat_pump_capex_eur_per_mw,
    "economics.storage_capex_eur_per_m3" => economics.storage_capex_eur_per_m3,
    "economics.pipe_length_km" => economics.pipe_length_km,
    "economics.pipe_capex_eur_per_m" => economics.pipe_capex_eur_per_m,
    "economics.om_share_of_capex" => economics.om_share_of_capex,
    "economics.lifetime_years" => economics.lifetime_years,
    "economics.discount_rate" => economics.discount_rate,
    "connection.length_km" => connection.length_km,
    "connection.dn" => connection.dn,
    "economics.country" => project.country,
    "economics.carbon_price_eur_per_t" => project.carbon_price_eur_per_t,
    "economics.in_ets" => project.in_ets,
    "economics.incentive_eur_per_mwh" => project.incentive_eur_per_mwh,
    "economics.incentive_years" => project.incentive_years,
    "economics.incentive_capex_share" => project.incentive_capex_share,
    "economics.incentive_to" => project.incentive_to,
    "economics.years" => project.years,
    "economics.start_year" => project.start_year,
    "economics.electricity_escalation" => project.electricity_escalation,
    "economics.fuel_escalation" => project.fuel_escalation,
    "economics.heat_escalation" => project.heat_escalation,
    "economics.carbon_escalation" => project.carbon_escalation,
    "economics.om_escalation" => project.om_escalation,
    "capex.exchanger_small_eur_per_mw" => capex.exchanger_small_eur_per_mw,
    "capex.exchanger_large_eur_per_mw" => capex.exchanger_large_eur_per_mw,
    "capex.pumping_small_eur_per_mw" => capex.pumping_small_eur_per_mw,
    "capex.pumping_large_eur_per_mw" => capex.pumping_large_eur_per_mw,
    "capex.heat_pump_curve_scale" => capex.heat_pump_curve_scale,
    "capex.electrical_eur_per_mw" => capex.electrical_eur_per_mw,
    "capex.engineering_share" => capex.engineering_share,
    "capex.eur2015_to_eur2025" => capex.eur2015_to_eur2025,
}

/// The cooling named by a (valid) choice string.
pub(crate) fn cooling_named(name: &str) -> Option<Cooling> {
    Cooling::parse(&FieldValue::Choice(name.to_string()))
}

/// The generation named by a (valid) choice string.
pub(crate) fn generation_named(name: &str) -> Option<Generation> {
    Generation::parse(&FieldValue::Choice(name.to_string()))
}

//! The fitted COP model (docs/model/heat_pump.md §1.2): the Lorenz COP between the refrigerant's
//! mean condensing and evaporating temperatures, which lie a penalty `ΔT_p` apart from the water
//! streams' log-mean temperatures, times an internal efficiency; then motor/drive losses and
//! auxiliaries.

use crate::recovery::{log_mean_temperature_k, KELVIN};

/// One heat-pump duty: water temperatures at the condenser (sink) and evaporator (source), °C.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Duty {
    /// Network water entering the condenser, °C.
    pub sink_in_c: f64,
    /// Network water leaving the condenser, °C.
    pub sink_out_c: f64,
    /// Source water entering the evaporator, °C.
    pub source_in_c: f64,
    /// Source water leaving the evaporator, °C.
    pub source_out_c: f64,
}

impl Duty {
    /// Log-mean temperature of the sink stream, K.
    #[inline]
    pub fn sink_lm_k(&self) -> f64 {
        log_mean_temperature_k(self.sink_out_c + KELVIN, self.sink_in_c + KELVIN)
    }

    /// Log-mean temperature of the source stream, K.
    #[inline]
    pub fn source_lm_k(&self) -> f64 {
        log_mean_temperature_k(self.source_in_c + KELVIN, self.source_out_c + KELVIN)
    }

    /// Lift between the log-mean temperatures, `T_sink − T_src`, K (negative when the source is
    /// the warmer).
    #[inline]
    pub fn lift_k(&self) -> f64 {
        self.sink_lm_k() - self.source_lm_k()
    }

    /// The ideal (Lorenz) COP `T_sink / lift`; infinite when the lift is not positive.
    pub fn lorenz_cop(&self) -> f64 {
        let lift = self.lift_k();
        if lift > 0.0 {
            self.sink_lm_k() / lift
        } else {
            f64::INFINITY
        }
    }
}

/// A parameter of [`CopModel`] outside its range.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{field} = {value} is outside {min}–{max}")]
pub struct ParamError {
    /// The parameter's proposed scenario field, e.g. `recovery.hp_efficiency`.
    pub field: &'static str,
    /// The value given.
    pub value: f64,
    /// Smallest allowed value.
    pub min: f64,
    /// Largest allowed value.
    pub max: f64,
}

/// The fitted COP model's parameters (defaults: docs/model/heat_pump.md §1.2–1.3).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CopModel {
    /// Internal efficiency `η` (0.3–1.0; default 0.93, fitted).
    pub efficiency: f64,
    /// Refrigerant temperature penalty `ΔT_p`, K (1–80; default 32, fitted).
    pub penalty_k: f64,
    /// Motor and drive efficiency `η_drive` (0.8–1.0; default 0.94, assumed).
    pub drive_efficiency: f64,
    /// Auxiliary electricity per unit of heat `f_aux` (0–0.05; default 0.01, DEA).
    pub aux_share: f64,
}

impl Default for CopModel {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// `Ok` when `value` is inside `min..=max` (NaN is not).
fn check(field: &'static str, value: f64, min: f64, max: f64) -> Result<(), ParamError> {
    if value >= min && value <= max {
        Ok(())
    } else {
        Err(ParamError {
            field,
            value,
            min,
            max,
        })
    }
}

impl CopModel {
    /// The defaults: η = 0.93 and ΔT_p = 32 K (least-squares fit to five published large
    /// machines), η_drive = 0.94 (assumed), f_aux = 0.01 (DEA).
    pub const DEFAULT: CopModel = CopModel {
        efficiency: 0.93,
        penalty_k: 32.0,
        drive_efficiency: 0.94,
        aux_share: 0.01,
    };

    /// Checks every parameter against its range; the error names the proposed scenario field.
    pub fn validate(&self) -> Result<(), ParamError> {
        check("recovery.hp_efficiency", self.efficiency, 0.3, 1.0)?;
        check("recovery.hp_penalty_k", self.penalty_k, 1.0, 80.0)?;
        check(
            "recovery.hp_drive_efficiency",
            self.drive_efficiency,
            0.8,
            1.0,
        )?;
        check("recovery.hp_aux_share", self.aux_share, 0.0, 0.05)
    }

    /// Heat per unit of work into the refrigerant:
    /// `η · (T_sink + ΔT_p/2) / (max(lift, 0) + ΔT_p)`; 0 for non-finite temperatures.
    #[inline]
    pub fn cop_refrigerant(&self, duty: &Duty) -> f64 {
        self.cop_refrigerant_from_log_means(duty.sink_lm_k(), duty.source_lm_k())
    }

    /// [`CopModel::cop_refrigerant`] from the streams' log-mean temperatures, K (the source's is
    /// constant over a year: compute it once).
    #[inline]
    pub fn cop_refrigerant_from_log_means(&self, sink_lm_k: f64, source_lm_k: f64) -> f64 {
        if !(sink_lm_k.is_finite() && source_lm_k.is_finite()) {
            return 0.0;
        }
        let lift = (sink_lm_k - source_lm_k).max(0.0);
        // ΔT_p ≥ 1 K after validation; the floor only keeps unvalidated use finite.
        let cop =
            self.efficiency * (sink_lm_k + 0.5 * self.penalty_k) / (lift + self.penalty_k.max(1.0));
        if cop.is_finite() && cop > 0.0 {
            cop
        } else {
            0.0
        }
    }

    /// Heat per unit of electricity, motor, drive and auxiliaries included:
    /// `1 / (1/(η_drive · COP_ref) + f_aux)`; 0 when `COP_ref` is 0.
    #[inline]
    pub fn cop(&self, duty: &Duty) -> f64 {
        self.cop_from_log_means(duty.sink_lm_k(), duty.source_lm_k())
    }

    /// [`CopModel::cop`] from the streams' log-mean temperatures, K.
    #[inline]
    pub fn cop_from_log_means(&self, sink_lm_k: f64, source_lm_k: f64) -> f64 {
        let work =
            self.drive_efficiency * self.cop_refrigerant_from_log_means(sink_lm_k, source_lm_k);
        if work > 0.0 {
            let cop = 1.0 / (1.0 / work + self.aux_share.max(0.0));
            if cop.is_finite() {
                return cop;
            }
        }
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    fn duty(si: f64, so: f64, ci: f64, co: f64) -> Duty {
        Duty {
            sink_in_c: si,
            sink_out_c: so,
            source_in_c: ci,
            source_out_c: co,
        }
    }

    #[test]
    fn dea_rating_point_by_hand() {
        // Sink 35 → 70 °C: T_lm = 35 / ln(343.15/308.15) = 35 / 0.107582 = 325.336 K.
        // Source 25 → 15 °C: T_lm = 10 / ln(298.15/288.15) = 10 / 0.0341153 = 293.122 K.
        // lift 32.215 K; Lorenz 325.336 / 32.215 = 10.099.
        // COP_ref = 0.93 · (325.336 + 16) / (32.215 + 32) = 317.443 / 64.215 = 4.9435.
        // COP = 1 / (1/(0.94 · 4.9435) + 0.01) = 1 / (0.215198 + 0.01) = 4.4405.
        let d = duty(35.0, 70.0, 25.0, 15.0);
        let m = CopModel::DEFAULT;
        assert_relative_eq!(d.lift_k(), 32.215, epsilon = 1e-3);
        assert_relative_eq!(d.lorenz_cop(), 10.099, epsilon = 1e-3);
        assert_relative_eq!(m.cop_refrigerant(&d), 4.9435, epsilon = 1e-3);
        assert_relative_eq!(m.cop(&d), 4.4405, epsilon = 1e-3);
    }

    #[test]
    fn zero_lift_is_the_largest_value_and_finite() {
        // Equal streams: lift 0; COP_ref = 0.93 · (338.15 + 16) / 32 = 10.292.
        let d = duty(65.0, 65.0, 65.0, 65.0);
        assert_relative_eq!(
            CopModel::DEFAULT.cop_refrigerant(&d),
            0.93 * (338.15 + 16.0) / 32.0,
            epsilon = 1e-9
        );
        // Source warmer than sink: lift clamped at 0, same value.
        let warm = duty(65.0, 65.0, 80.0, 80.0);
        assert_relative_eq!(
            CopModel::DEFAULT.cop_refrigerant(&warm),
            CopModel::DEFAULT.cop_refrigerant(&d),
            epsilon = 1e-12
        );
        assert!(d.lorenz_cop().is_infinite());
    }

    #[test]
    fn log_mean_entry_agrees() {
        let d = duty(50.0, 85.0, 30.0, 20.0);
        let m = CopModel::DEFAULT;
        assert_eq!(
            m.cop(&d),
            m.cop_from_log_means(d.sink_lm_k(), d.source_lm_k())
        );
        assert_eq!(m.cop_from_log_means(f64::NAN, 300.0), 0.0);
    }

    #[test]
    fn non_finite_temperatures_give_zero() {
        let m = CopModel::DEFAULT;
        assert_eq!(m.cop(&duty(f64::NAN, 70.0, 25.0, 15.0)), 0.0);
        assert_eq!(m.cop(&duty(35.0, f64::INFINITY, 25.0, 15.0)), 0.0);
        assert_eq!(m.cop_refrigerant(&duty(35.0, 70.0, f64::NAN, 15.0)), 0.0);
    }

    #[test]
    fn validation_names_the_field() {
        assert!(CopModel::DEFAULT.validate().is_ok());
        let bad = CopModel {
            penalty_k: 0.5,
            ..CopModel::DEFAULT
        };
        let e = bad.validate().expect_err("penalty below 1 K");
        assert_eq!(e.field, "recovery.hp_penalty_k");
        assert_eq!(e.to_string(), "recovery.hp_penalty_k = 0.5 is outside 1–80");
        let nan = CopModel {
            efficiency: f64::NAN,
            ..CopModel::DEFAULT
        };
        assert_eq!(
            nan.validate().expect_err("NaN efficiency").field,
            "recovery.hp_efficiency"
        );
    }
}

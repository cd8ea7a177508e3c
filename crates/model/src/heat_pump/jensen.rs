//! The COP method of Jensen et al. (2018) with the parameters of Pieper et al. (2020), as
//! PyPSA-Eur's central-heating COP approximator applies it (docs/model/heat_pump.md §1.4).
//! Written from the published description of the equations; kept for comparison.

use super::cop::Duty;
use crate::recovery::KELVIN;

/// The working fluid, which sets the empirical coefficients.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refrigerant {
    /// Ammonia (R717), PyPSA-Eur's default.
    Ammonia,
    /// Isobutane (R600a).
    Isobutane,
}

impl Refrigerant {
    /// `(a, b, c)` of the refrigerant–sink approach `ΔT_r,sink = a·x + b·ΔT_sink + c`.
    fn approach_coefficients(self) -> (f64, f64, f64) {
        match self {
            Refrigerant::Ammonia => (0.2, 0.2, 0.016),
            Refrigerant::Isobutane => (-0.0011, 0.3, 2.4),
        }
    }

    /// `(a_w, b_w, c_w)` of the work ratio `w = a_w·x + b_w·ΔT_sink + c_w`.
    fn work_coefficients(self) -> (f64, f64, f64) {
        match self {
            Refrigerant::Ammonia => (0.0014, -0.0015, 0.039),
            Refrigerant::Isobutane => (0.0035, -0.0033, 0.053),
        }
    }
}

/// Parameters of the method (PyPSA-Eur defaults in [`JensenParams::PYPSA_EUR`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct JensenParams {
    /// Working fluid.
    pub refrigerant: Refrigerant,
    /// Heat-exchanger pinch `ΔT_pp`, K (5).
    pub pinch_k: f64,
    /// Isentropic efficiency of the compressor `η_is` (0.8).
    pub isentropic_efficiency: f64,
    /// Heat loss fraction `f_Q` (0).
    pub heat_loss: f64,
    /// Smallest lift `T_sink,out − T_source,in` at which the pump runs, K (10).
    pub min_lift_k: f64,
}

impl JensenParams {
    /// PyPSA-Eur's defaults: ammonia, 5 K pinch, η_is 0.8, no heat loss, 10 K minimum lift.
    pub const PYPSA_EUR: JensenParams = JensenParams {
        refrigerant: Refrigerant::Ammonia,
        pinch_k: 5.0,
        isentropic_efficiency: 0.8,
        heat_loss: 0.0,
        min_lift_k: 10.0,
    };
}

impl Default for JensenParams {
    fn default() -> Self {
        Self::PYPSA_EUR
    }
}

/// COP by Jensen et al. (2018); 0 when `T_sink,out − T_source,in` is below the minimum lift, when
/// the log-mean lift is not positive (outside the method's domain) or for non-finite input.
pub fn jensen_cop(duty: &Duty, p: &JensenParams) -> f64 {
    let so = duty.sink_out_c + KELVIN;
    let si = duty.sink_in_c + KELVIN;
    let ci = duty.source_in_c + KELVIN;
    let co = duty.source_out_c + KELVIN;
    if !(so.is_finite() && si.is_finite() && ci.is_finite() && co.is_finite())
        || so - ci < p.min_lift_k
    {
        return 0.0;
    }
    let sink = duty.sink_lm_k();
    let lift = sink - duty.source_lm_k();
    if lift <= 0.0 {
        return 0.0;
    }
    let (a, b, c) = p.refrigerant.approach_coefficients();
    let (aw, bw, cw) = p.refrigerant.work_coefficients();
    let x = so - co + 2.0 * p.pinch_k;
    let sink_glide = so - si;
    let approach_sink = a * x + b * sink_glide + c;
    let approach_source = (ci - co) / 2.0;
    let w = aw * x + bw * sink_glide + cw;
    let lorenz = sink / lift;
    let cop = lorenz * (1.0 + (approach_sink + p.pinch_k) / sink)
        / (1.0 + (approach_sink + approach_source + 2.0 * p.pinch_k) / lift)
        * p.isentropic_efficiency
        * (1.0 - w)
        + 1.0
        - p.isentropic_efficiency
        - p.heat_loss;
    if cop.is_finite() {
        cop
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    #[test]
    fn dea_rating_point_by_hand() {
        // Sink 35 → 70, source 25 → 15 °C (kelvin: si 308.15, so 343.15, ci 298.15, co 288.15).
        // T_sink 325.336, T_src 293.122, lift 32.215, Lorenz 10.099.
        // x = 343.15 − 288.15 + 10 = 65; ΔT_rs = 0.2·65 + 0.2·35 + 0.016 = 20.016;
        // ΔT_rc = 5; w = 0.0014·65 − 0.0015·35 + 0.039 = 0.0775.
        // num = 1 + (20.016 + 5)/325.336 = 1.076893; den = 1 + (20.016 + 5 + 10)/32.215 = 2.086957.
        // COP = 10.099 · 1.076893 / 2.086957 · 0.8 · 0.9225 + 0.2 = 4.0459 (notes: 4.05).
        let d = Duty {
            sink_in_c: 35.0,
            sink_out_c: 70.0,
            source_in_c: 25.0,
            source_out_c: 15.0,
        };
        assert_relative_eq!(
            jensen_cop(&d, &JensenParams::PYPSA_EUR),
            4.0459,
            epsilon = 1e-3
        );
    }

    #[test]
    fn below_min_lift_or_nan_is_zero() {
        let d = Duty {
            sink_in_c: 50.0,
            sink_out_c: 60.0,
            source_in_c: 55.0,
            source_out_c: 45.0,
        };
        // 60 − 55 = 5 K < 10 K.
        assert_eq!(jensen_cop(&d, &JensenParams::PYPSA_EUR), 0.0);
        let nan = Duty {
            sink_out_c: f64::NAN,
            ..d
        };
        assert_eq!(jensen_cop(&nan, &JensenParams::PYPSA_EUR), 0.0);
        // Outlet 10 K over the source inlet but the sink's log mean below the source's.
        let odd = Duty {
            sink_in_c: 0.0,
            sink_out_c: 70.0,
            source_in_c: 60.0,
            source_out_c: 50.0,
        };
        assert_eq!(jensen_cop(&odd, &JensenParams::PYPSA_EUR), 0.0);
    }
}

//! Data centre: IT load, facility power and the heat captured in its water loop (MODEL.md §2).
//!
//! **Ports.** In: the hour of day. Out: IT power `P_it` (kW), facility power `P_dc` (kW) and heat
//! captured into the recoverable water loop `Q_cap` (kW) at `T_src = loop_out_c`, returning at
//! `T_src − loop_delta_k`.
//!
//! **Equations.**
//! - `P_design = racks · rack_kw`;
//!   `u[h] = clamp(utilisation · (1 + daily_swing · cos(2π(hod − 14)/24)), 0, 1)` (peak at 14:00);
//!   `P_it[h] = P_design · u[h]`.
//! - Without heat recovery the site draws `P_dc0 = P_it · pue` (ISO/IEC 30134-2; PUE excludes
//!   heat-recovery heat pumps, EnEfG §11). With the avoided-cooling credit the site's own
//!   cooling works less for the heat it hands over:
//!   `P_dc = max(P_it, P_dc0 − Q_used / site_cooling_eer)`; otherwise `P_dc = P_dc0`.
//! - All IT electricity becomes heat; `Q_cap = capture_share · P_it`, the rest goes to room air
//!   and is rejected by the site's own cooling.
//!
//! **Parameters.** [`crate::params::DataCentreParams`]; the cooling presets (capture share, loop
//! temperatures, site cooling EER) follow Ardor, IBM, ASHRAE W45 and A2A + Qarnot (Brescia).

use crate::params::Params;

/// The data centre's constants for one run (MODEL.md §2).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DataCentre {
    /// Design IT power `P_design = racks · rack_kw`, kW.
    pub design_it_kw: f64,
    /// Mean utilisation of design IT power, 0–1.
    pub utilisation: f64,
    /// Daily swing, ± share of the mean, 0–0.5.
    pub daily_swing: f64,
    /// Power usage effectiveness without heat recovery, ≥ 1.
    pub pue: f64,
    /// Share of IT heat captured into the recoverable water loop, 0–1.
    pub capture_share: f64,
    /// Loop temperature leaving the IT, `T_src`, °C.
    pub loop_out_c: f64,
    /// Loop cooling across the recovery, K.
    pub loop_delta_k: f64,
    /// Site cooling EER when the avoided-cooling credit is on (`None` without the credit).
    pub credited_cooling_eer: Option<f64>,
}

impl DataCentre {
    /// The data centre of validated parameters.
    pub fn from_params(params: &Params) -> Self {
        let dc = &params.data_centre;
        let credit = params.emissions.credit_avoided_cooling;
        DataCentre {
            design_it_kw: dc.racks * dc.rack_kw,
            utilisation: dc.utilisation,
            daily_swing: dc.daily_swing,
            pue: dc.pue,
            capture_share: dc.capture_share,
            loop_out_c: dc.loop_out_c,
            loop_delta_k: dc.loop_delta_k,
            credited_cooling_eer: credit.then_some(params.emissions.site_cooling_eer),
        }
    }

    /// Utilisation `u` at hour of day `hod` (0–23), clamped to 0–1.
    pub fn utilisation_at(&self, hod: usize) -> f64 {
        let phase = std::f64::consts::TAU * (hod as f64 - 14.0) / 24.0;
        let u = self.utilisation * (1.0 + self.daily_swing * phase.cos());
        u.clamp(0.0, 1.0)
    }

    /// Utilisation for each hour of the day: the profile repeats every day of the year.
    pub fn utilisation_profile(&self) -> [f64; 24] {
        let mut profile = [0.0; 24];
        for (hod, u) in profile.iter_mut().enumerate() {
            *u = self.utilisation_at(hod);
        }
        profile
    }

    /// IT power at utilisation `u`, kW.
    #[inline]
    pub fn it_power_kw(&self, u: f64) -> f64 {
        self.design_it_kw * u
    }

    /// Heat captured into the water loop from IT power `p_it_kw`, kW.
    #[inline]
    pub fn captured_kw(&self, p_it_kw: f64) -> f64 {
        self.capture_share * p_it_kw
    }

    /// Facility power without heat recovery, `P_dc0 = P_it · pue`, kW.
    #[inline]
    pub fn baseline_power_kw(&self, p_it_kw: f64) -> f64 {
        p_it_kw * self.pue
    }

    /// Facility power `P_dc` given the data-centre heat handed over `q_used_kw`, kW.
    ///
    /// With the credit the site's chillers or dry coolers remove `Q_used` less heat, saving
    /// `Q_used / EER` of electricity, never below the IT power itself.
    #[inline]
    pub fn facility_power_kw(&self, p_it_kw: f64, q_used_kw: f64) -> f64 {
        let p_dc0 = self.baseline_power_kw(p_it_kw);
        match self.credited_cooling_eer {
            Some(eer) => (p_dc0 - q_used_kw / eer).max(p_it_kw),
            None => p_dc0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    fn default_dc() -> DataCentre {
        DataCentre::from_params(&Params::default())
    }

    #[test]
    fn design_power_and_capture() {
        let dc = default_dc();
        // 400 racks · 5 kW = 2,000 kW; warm-water liquid captures 0.9.
        assert_relative_eq!(dc.design_it_kw, 2000.0);
        assert_relative_eq!(dc.captured_kw(1600.0), 1440.0);
    }

    #[test]
    fn utilisation_peaks_at_14_and_clamps() {
        let dc = default_dc();
        // 0.8 · (1 + 0.05 · cos 0) = 0.84 at 14:00; 0.8 · (1 − 0.05) = 0.76 at 02:00.
        assert_relative_eq!(dc.utilisation_at(14), 0.84, epsilon = 1e-12);
        assert_relative_eq!(dc.utilisation_at(2), 0.76, epsilon = 1e-12);
        // The cosine averages out over a day.
        let mean: f64 = dc.utilisation_profile().iter().sum::<f64>() / 24.0;
        assert_relative_eq!(mean, 0.8, epsilon = 1e-12);
        // 1.0 · (1 + 0.5 cos) is clamped at 1 around the peak, lowering the mean.
        let full = DataCentre {
            utilisation: 1.0,
            daily_swing: 0.5,
            ..dc
        };
        assert_relative_eq!(full.utilisation_at(14), 1.0);
        assert_relative_eq!(full.utilisation_at(2), 0.5, epsilon = 1e-12);
        assert!(full.utilisation_profile().iter().sum::<f64>() / 24.0 < 1.0);
    }

    #[test]
    fn facility_power_with_and_without_credit() {
        let dc = default_dc();
        // 1,000 kW IT · PUE 1.3 = 1,300 kW.
        assert_relative_eq!(dc.facility_power_kw(1000.0, 900.0), 1300.0);
        let credited = DataCentre {
            credited_cooling_eer: Some(25.0),
            ..dc
        };
        // 1,300 − 900 / 25 = 1,264 kW.
        assert_relative_eq!(credited.facility_power_kw(1000.0, 900.0), 1264.0);
        // Never below IT power: 1,300 − 900 / 0.5 = −500 → 1,000 kW.
        let poor = DataCentre {
            credited_cooling_eer: Some(0.5),
            ..dc
        };
        assert_relative_eq!(poor.facility_power_kw(1000.0, 900.0), 1000.0);
    }
}

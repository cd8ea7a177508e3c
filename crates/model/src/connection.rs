//! The connection pipe in the annual run (MODEL.md §9.1): designed once per run from the
//! recovery plant's design heat, then its heat loss and pumping each hour. The pipe itself is
//! [`crate::pipe`]; this module only wires it to the simulation's columns.
//!
//! Energy: the recovery plant sends `u + ℓ` into the pipe and the network receives `u`
//! (`direct + charge`, what dispatch settles): the loss `ℓ` is taken out of the heat delivered.
//! Dispatch sees the heat the plant can place *at the network*, `A − ℓ(A)`, where `ℓ(A)` is the
//! carrying-form loss at the full available heat. After dispatch the hour's loss is the carrying
//! form at the plant's actual send-out `u + ℓ(A)` (never more than `ℓ(A)`, because the carrying
//! loss grows with the flow), so the plant's output `u + ℓ ≤ A` always holds.

use crate::pipe::{Connection, ConnectionParams, DesignPoint};

/// The connection pipe of one run and the ground temperature it loses heat to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ConnectionRun {
    /// The designed pipe.
    pub pipe: Connection,
    /// Ground temperature, °C (`network.ground_c`).
    pub ground_c: f64,
}

impl ConnectionRun {
    /// Designs the pipe for `params`: the design heat is the most the recovery plant can deliver
    /// in any hour of the year, `max_h A[h]` (kW, before the pipe), at the year's highest supply
    /// temperature `supply_c` and the network return `return_c` (MODEL.md §9.1).
    pub fn design(
        params: &ConnectionParams,
        available_kw: &[f64],
        supply_c: f64,
        return_c: f64,
        ground_c: f64,
    ) -> ConnectionRun {
        let heat_kw = available_kw
            .iter()
            .fold(0.0_f64, |m, &a| if a > m { a } else { m });
        let pipe = Connection::design(
            params,
            DesignPoint {
                heat_kw,
                supply_c,
                return_c,
            },
        );
        ConnectionRun { pipe, ground_c }
    }

    /// Whether the pipe has a length (0 km: no loss, pumping or capex).
    #[inline(always)]
    pub fn is_active(&self) -> bool {
        self.pipe.length_m > 0.0
    }

    /// The loss while the pipe carries `heat_kw` this hour, kW (carrying form; 0 without pipe or
    /// heat), never more than `heat_kw`.
    #[inline(always)]
    pub fn loss_kw(&self, heat_kw: f64, supply_c: f64, return_c: f64) -> f64 {
        if !self.is_active() || heat_kw.is_nan() || heat_kw <= 0.0 {
            return 0.0;
        }
        let loss = self
            .pipe
            .heat_loss_carrying_kw(heat_kw, supply_c, return_c, self.ground_c);
        if loss < heat_kw {
            loss
        } else {
            heat_kw
        }
    }

    /// The route's pumping electricity while it carries `heat_kw`, kW (0 without pipe or heat).
    #[inline(always)]
    pub fn pumping_kw(&self, heat_kw: f64, supply_c: f64, return_c: f64) -> f64 {
        if !self.is_active() {
            return 0.0;
        }
        self.pipe.pumping_kw(heat_kw, supply_c, return_c)
    }

    /// Installed cost of the pipe, € (catalogue price of its DN; 0 for 0 km).
    pub fn capex_eur(&self) -> f64 {
        if self.is_active() {
            self.pipe.capex_eur()
        } else {
            0.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(length_km: f64) -> ConnectionRun {
        let params = ConnectionParams {
            length_km,
            ..ConnectionParams::default()
        };
        ConnectionRun::design(&params, &[0.0, 1700.0, 900.0], 80.0, 45.0, 13.4)
    }

    #[test]
    fn zero_length_has_no_loss_pumping_or_capex() {
        let c = run(0.0);
        assert_eq!(c.loss_kw(1700.0, 80.0, 45.0), 0.0);
        assert_eq!(c.pumping_kw(1700.0, 80.0, 45.0), 0.0);
        assert_eq!(c.capex_eur(), 0.0);
    }

    #[test]
    fn design_heat_is_the_largest_available_hour() {
        // 1,700 kW over 35 K: ṁ = 1700 / (4.19 × 35) ≈ 11.6 kg/s; the design flow must match.
        let c = run(1.0);
        let m = crate::pipe::mass_flow_kg_s(1700.0, 80.0, 45.0);
        assert!((c.pipe.design_mass_flow_kg_s - m).abs() < 1e-12);
        assert!((11.0..12.5).contains(&m), "{m}");
    }

    #[test]
    fn loss_grows_with_flow_and_stays_below_the_kept_warm_loss() {
        let c = run(2.0);
        let kept_warm = c.pipe.heat_loss_kw(80.0, 45.0, 13.4);
        let (small, large) = (c.loss_kw(100.0, 80.0, 45.0), c.loss_kw(1700.0, 80.0, 45.0));
        assert!(
            small > 0.0 && small < large && large <= kept_warm,
            "{small} {large} {kept_warm}"
        );
        // Kept warm, 2 km: U·L·(T_s + T_r − 2 T_g) = U × 2000 × 97.8 W; the carrying loss at the
        // design flow is within 1 % of it (the water cools by well under 1 K).
        assert!((large / kept_warm - 1.0).abs() < 0.01);
        assert_eq!(c.loss_kw(0.0, 80.0, 45.0), 0.0);
        assert_eq!(c.loss_kw(f64::NAN, 80.0, 45.0), 0.0);
    }
}

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

use crate::dispatch::{settle, DispatchHour, PlantHour};
use crate::pipe::{Connection, ConnectionParams, DesignPoint};
use crate::recovery::RecoveryHour;
use crate::simulation::Plant;

/// One hour's figures that [`ConnectionRun::settle_hour`] needs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PipeHourInput {
    /// What the recovery plant could do (after the loss `ℓ(A)` was taken out of `A`).
    pub recovery: RecoveryHour,
    /// The hour's dispatch.
    pub dispatch: DispatchHour,
    /// Captured heat `Q_cap`, kW.
    pub q_captured_kw: f64,
    /// IT power `P_it`, kW.
    pub p_it_kw: f64,
    /// The loss at the full available heat `ℓ(A)`, kW.
    pub full_loss_kw: f64,
    /// Network supply temperature, °C.
    pub t_supply_c: f64,
    /// Network return temperature, °C.
    pub t_return_c: f64,
}

/// One hour through the pipe.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PipeHour {
    /// The settlement at the plant's output; `pumping_kw` includes the route's pumping and
    /// `delivered_kw` is what the network receives.
    pub settled: PlantHour,
    /// Facility power, kW.
    pub p_dc_kw: f64,
    /// Heat lost from the pipe, kW.
    pub loss_kw: f64,
    /// The route's pumping electricity, kW.
    pub route_pumping_kw: f64,
}

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

    /// The hour after dispatch, through the pipe (MODEL.md §9.1): the plant sends `u + ℓ`,
    /// the network receives `u = direct + charge`. `full_loss_kw` is the loss `ℓ(A)` at the full
    /// available heat (what dispatch saw taken out of `A`); the hour's loss is
    /// `min(ℓ(u + ℓ(A)), ℓ(A))`, which is `ℓ(A)` itself when the network takes the whole offer.
    /// Returns the settlement on the plant's output (heat pump, heat used and rejected, pumping of
    /// the plant's stations and of the route, facility power) with the network's delivery kept at
    /// `direct + discharge`. One settlement an hour, as without a pipe.
    #[inline(always)]
    pub fn settle_hour(&self, plant: &Plant, hour: &PipeHourInput) -> PipeHour {
        let mut pipe = self.settle_hour_at_plant(plant, hour);
        let d = &hour.dispatch;
        let route_pumping_kw = self.pumping_kw(
            d.direct_kw + d.charge_kw + pipe.loss_kw,
            hour.t_supply_c,
            hour.t_return_c,
        );
        pipe.settled.pumping_kw += route_pumping_kw;
        pipe.route_pumping_kw = route_pumping_kw;
        pipe
    }

    /// [`ConnectionRun::settle_hour`] without the route's pumping (`route_pumping_kw` 0 and
    /// not in `settled.pumping_kw`): the pumping of the heat the route carries, `direct +
    /// charge + loss` kW, can be added by a pass of its own over the year, which keeps the
    /// hour's dispatch free of its divisions (the same numbers, added in the same order).
    #[inline(always)]
    pub fn settle_hour_at_plant(&self, plant: &Plant, hour: &PipeHourInput) -> PipeHour {
        let d = &hour.dispatch;
        let (t_sup, t_ret) = (hour.t_supply_c, hour.t_return_c);
        let sent = d.direct_kw + d.charge_kw;
        let full = hour.full_loss_kw;
        let loss = if !(sent > 0.0 && full > 0.0) {
            0.0
        } else if sent >= hour.recovery.available_kw {
            // The whole offer `A − ℓ(A)` is taken: the plant sends `A`, losing `ℓ(A)`.
            full
        } else {
            let l = self.loss_kw(sent + full, t_sup, t_ret);
            if l < full {
                l
            } else {
                full
            }
        };
        let mut at_plant = *d;
        at_plant.direct_kw += loss;
        let mut settled = settle(
            &hour.recovery,
            hour.q_captured_kw,
            &at_plant,
            plant.pumping_share,
        );
        if loss > 0.0 {
            settled.delivered_kw = d.direct_kw + d.discharge_kw;
            settled.pumping_kw = plant.pumping_share * settled.delivered_kw;
        }
        let p_dc_kw = plant
            .data_centre
            .facility_power_kw(hour.p_it_kw, settled.q_used_kw);
        PipeHour {
            settled,
            p_dc_kw,
            loss_kw: loss,
            route_pumping_kw: 0.0,
        }
    }

    /// `params` with the connection's catalogue price per metre in place of the flat
    /// `economics.pipe_capex_eur_per_m`, unless the scenario gives that price (MODEL.md §9.1).
    pub fn priced(&self, params: &crate::params::Params) -> crate::params::Params {
        let mut priced = *params;
        if !params.pipe_capex_given && self.pipe.length_m > 0.0 {
            priced.economics.pipe_capex_eur_per_m = self.capex_eur() / self.pipe.length_m;
        }
        priced
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

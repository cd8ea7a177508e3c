//! One hour of a network fed by several sites (docs/model/portfolio.md §9, steps 1–5): the
//! clearing `(c*, φ)` of the sites' offers against the network's plants, the split of the heat
//! not taken, and the network's one tank. Pure functions of copyable values and caller-owned
//! scratch slices: nothing here allocates.

use crate::dispatch::{MeritOrder, BOILERS, KINDS, NO_PLANT};
use crate::network::plants::{PlantKind, MAX_PLANTS};
use crate::storage::Tank;

/// One site's offer in one hour.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Offer {
    /// Heat the site's recovery plant can deliver `A_i`, kW.
    pub kw: f64,
    /// Its marginal cost `c_i`, €/MWh delivered (−∞ with `run_for_co2`).
    pub cost: f64,
    /// False in return-line fallback hours (its heat may not charge the tank).
    pub may_charge: bool,
}

/// What a network's hour leaves to each site: every site's flows follow from its own offer and
/// these network-wide numbers (docs/model/portfolio.md §9).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Clearing {
    /// Cost of the marginal group `c*`, €/MWh (+∞ when every offer is taken).
    pub c_star: f64,
    /// Share of the marginal group's offer taken `φ`.
    pub phi: f64,
    /// Share of each site's surplus with no room `ρ`.
    pub rho: f64,
    /// Share of each chargeable site's no-room heat charging the tank `κ`.
    pub kappa: f64,
    /// Share of the tank content lost this hour `λ`.
    pub lambda: f64,
    /// Share of the content after the loss discharged `δ`.
    pub delta: f64,
    /// Must-run output `M`, kW.
    pub must_run_kw: f64,
    /// Backup `max(R − Σdirect − discharge, 0)`, kW.
    pub backup_kw: f64,
    /// Heat taken straight from the sites `Σdirect_i`, kW.
    pub direct_kw: f64,
    /// Charge, kW.
    pub charge_kw: f64,
    /// Discharge, kW.
    pub discharge_kw: f64,
    /// Standing loss, kWh.
    pub loss_kwh: f64,
    /// Displaced CO2 per kW displaced, kg/kWh (0 when nothing is displaced).
    pub co2_per_kw: f64,
    /// Displaced cost per kW displaced, €/kWh.
    pub cost_per_kw: f64,
    /// Displaced heat of each plant kind per kW displaced.
    pub kind_share: [f64; KINDS],
    /// The kind displaced at the margin.
    pub marginal_kind: Option<PlantKind>,
    /// The plant covering the heat not taken (as [`crate::dispatch::DispatchHour::covered_by`]).
    pub covered_by: u8,
}

impl Clearing {
    /// `direct_i` of an offer `A_i` at `c_i` (step 1).
    #[inline]
    pub fn direct(&self, offer: &Offer) -> f64 {
        if offer.cost < self.c_star {
            offer.kw
        } else if offer.cost == self.c_star {
            self.phi * offer.kw
        } else {
            0.0
        }
    }
}

/// Must-run output of month `month` for demand `demand_kw`: `(M, R, covered_by)` (§7 step 1).
#[inline]
fn must_run(merit: &MeritOrder, month: usize, demand_kw: f64) -> (f64, f64, u8) {
    let bit = 1u16 << (month % 12);
    let mut rest = demand_kw.max(0.0);
    let mut m = 0.0;
    let mut covered = NO_PLANT;
    for i in 0..merit.n.min(MAX_PLANTS) {
        if merit.must_run_months[i] & bit != 0 {
            let out = merit.capacity_kw[i].min(rest);
            m += out;
            rest -= out;
            if out > 0.0 {
                covered = merit.index[i];
            }
        }
    }
    (m, rest, covered)
}

/// `C(c)`: output of the dispatchable plants no dearer than `c` in the stack without data
/// centres serving `residual` (§7 steps 2–3), and the plant last loaded among them.
#[inline]
fn cheaper(merit: &MeritOrder, month: usize, residual: f64, c: f64, covered: u8) -> (f64, u8) {
    let bit = 1u16 << (month % 12);
    let mut rest = residual;
    let mut sum = 0.0;
    let mut covered = covered;
    for i in 0..merit.n.min(MAX_PLANTS) {
        if merit.must_run_months[i] & bit != 0 {
            continue;
        }
        let out = merit.capacity_kw[i].min(rest);
        rest -= out;
        if merit.cost[i] <= c {
            sum += out;
            if out > 0.0 {
                covered = merit.index[i];
            }
        }
    }
    let boilers = rest.max(0.0);
    if merit.boiler_cost <= c {
        sum += boilers;
        if boilers > 0.0 {
            covered = BOILERS;
        }
    }
    (sum, covered)
}

/// Clears one hour of month `month` of a network with demand at the plant `demand_kw`, its
/// merit order `merit`, tank `tank` holding `content_kwh`, and the sites' `offers`.
///
/// `order` is scratch of the sites' count (filled here). In a bounded network each site's
/// own merit order only changes `C(c)` through its boiler cost; `merits[i]` is site `i`'s.
/// Returns the clearing and the content at the end of the hour.
#[allow(clippy::needless_range_loop)] // parallel fixed arrays, as in dispatch_hour
pub fn clear_hour(
    merits: &[MeritOrder],
    month: usize,
    demand_kw: f64,
    offers: &[Offer],
    tank: &Tank,
    content_kwh: f64,
    order: &mut [usize],
) -> (Clearing, f64) {
    let merit = &merits[0];
    let month = month % 12;
    let loss = tank.standing_loss_kwh(content_kwh);
    let content = content_kwh - loss;
    let (must_run_kw, residual, covered0) = must_run(merit, month, demand_kw);
    // 1. Groups in rising cost; the clearing (c*, φ).
    for (i, o) in order.iter_mut().enumerate() {
        *o = i;
    }
    order.sort_unstable_by(|&a, &b| offers[a].cost.total_cmp(&offers[b].cost));
    let mut c_star = f64::INFINITY;
    let mut phi = 1.0;
    let mut taken = 0.0;
    let mut covered = NO_PLANT;
    let mut g = 0;
    let n = order.len();
    while g < n {
        let c = offers[order[g]].cost;
        let mut end = g;
        let mut group_kw = 0.0;
        while end < n && offers[order[end]].cost == c {
            group_kw += offers[order[end]].kw;
            end += 1;
        }
        let (below, cov) = cheaper(&merits[order[g]], month, residual, c, covered0);
        let room = (residual - below - taken).max(0.0);
        let t = group_kw.min(room);
        if t < group_kw {
            c_star = c;
            phi = if group_kw > 0.0 { t / group_kw } else { 0.0 };
            covered = cov;
            taken += t;
            break;
        }
        taken += t;
        g = end;
    }
    // 2. The heat not taken and its no-room part.
    let (mut offered, mut chargeable_surplus_share) = (0.0, 0.0);
    let mut clearing = Clearing {
        c_star,
        phi,
        ..Clearing::default()
    };
    let mut surplus = 0.0;
    for o in offers {
        let s = (o.kw - clearing.direct(o)).max(0.0);
        offered += o.kw;
        surplus += s;
        if o.may_charge {
            chargeable_surplus_share += s;
        }
    }
    let no_room = surplus.min((offered - residual).max(0.0));
    let rho = if surplus > 0.0 {
        no_room / surplus
    } else {
        0.0
    };
    // 3. Charge from the chargeable sites' no-room heat.
    let pool = rho * chargeable_surplus_share;
    let charge = pool
        .min(tank.power_kw)
        .min(tank.capacity_kwh - content)
        .max(0.0);
    let kappa = if pool > 0.0 { charge / pool } else { 0.0 };
    // 4. Discharge.
    let discharge = (residual - taken).min(tank.power_kw).min(content).max(0.0);
    // 5. Backup and displacement from the top of the stack.
    let x_total = taken + discharge;
    let (_, stack_boilers) = stack(merit, month, residual);
    let mut x = x_total;
    let from_boilers = x.min(stack_boilers);
    x -= from_boilers;
    let mut kinds = [0.0; KINDS];
    let (mut co2, mut cost) = (0.0, 0.0);
    if from_boilers > 0.0 {
        kinds[PlantKind::GasBoiler.index()] += from_boilers;
        co2 += from_boilers * merit.boiler_co2[month] / 1000.0;
        cost += from_boilers * merit.boiler_cost / 1000.0;
        clearing.marginal_kind = Some(PlantKind::GasBoiler);
    }
    let bit = 1u16 << month;
    let mut rest = residual;
    let mut output = [0.0; MAX_PLANTS];
    for i in 0..merit.n.min(MAX_PLANTS) {
        if merit.must_run_months[i] & bit == 0 {
            output[i] = merit.capacity_kw[i].min(rest);
            rest -= output[i];
        }
    }
    for i in (0..merit.n.min(MAX_PLANTS)).rev() {
        if x <= 0.0 {
            break;
        }
        let d = x.min(output[i]);
        if d > 0.0 {
            x -= d;
            kinds[merit.kind[i].index()] += d;
            co2 += d * merit.co2[i] / 1000.0;
            cost += d * merit.cost[i] / 1000.0;
            if clearing.marginal_kind.is_none() {
                clearing.marginal_kind = Some(merit.kind[i]);
            }
        }
    }
    if x_total > 0.0 {
        clearing.co2_per_kw = co2 / x_total;
        clearing.cost_per_kw = cost / x_total;
        for (share, kw) in clearing.kind_share.iter_mut().zip(kinds) {
            *share = kw / x_total;
        }
    }
    clearing.rho = rho;
    clearing.kappa = kappa;
    clearing.lambda = if content_kwh > 0.0 {
        loss / content_kwh
    } else {
        0.0
    };
    clearing.delta = if content > 0.0 {
        discharge / content
    } else {
        0.0
    };
    clearing.must_run_kw = must_run_kw;
    clearing.backup_kw = (residual - taken - discharge).max(0.0);
    clearing.direct_kw = taken;
    clearing.charge_kw = charge;
    clearing.discharge_kw = discharge;
    clearing.loss_kwh = loss;
    clearing.covered_by = if surplus > 0.0 { covered } else { NO_PLANT };
    (clearing, content + charge - discharge)
}

/// The stack without data centres: what the listed dispatchable plants make and what the
/// boilers make, kW.
#[inline]
fn stack(merit: &MeritOrder, month: usize, residual: f64) -> (f64, f64) {
    let (listed, _) = cheaper(merit, month, residual, f64::INFINITY, NO_PLANT);
    let bit = 1u16 << month;
    let mut rest = residual;
    for i in 0..merit.n.min(MAX_PLANTS) {
        if merit.must_run_months[i] & bit == 0 {
            rest -= merit.capacity_kw[i].min(rest);
        }
    }
    (listed, rest.max(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dispatch::OfferPrice;

    /// One dispatchable plant (20 €/MWh, 50 kW), boilers at 60 €/MWh, no must-run.
    fn merit() -> MeritOrder {
        let mut m = MeritOrder {
            n: 1,
            capacity_kw: [0.0; MAX_PLANTS],
            cost: [0.0; MAX_PLANTS],
            co2: [0.0; MAX_PLANTS],
            kind: [PlantKind::GasBoiler; MAX_PLANTS],
            index: [0; MAX_PLANTS],
            must_run_months: [0; MAX_PLANTS],
            boiler_cost: 60.0,
            boiler_co2: [200.0; 12],
            unbounded: false,
            run_for_co2: false,
            offer: OfferPrice {
                heat_eur_per_mwh: 0.0,
                electricity_eur_per_mwh: 0.0,
                pumping_share: 0.0,
                utility_owns_heat_pump: false,
            },
        };
        m.capacity_kw[0] = 50.0;
        m.cost[0] = 20.0;
        m.co2[0] = 100.0;
        m.kind[0] = PlantKind::Chp;
        m
    }

    const NO_TANK: Tank = Tank {
        capacity_kwh: 0.0,
        power_kw: 0.0,
        loss_per_hour: 0.0,
    };

    fn offer(kw: f64, cost: f64) -> Offer {
        Offer {
            kw,
            cost,
            may_charge: true,
        }
    }

    #[test]
    fn groups_clear_in_merit_order_around_a_plant() {
        // D = 120 kW. Site 1 at 10 €/MWh offers 30: C(10) = 0, room 120 → takes 30.
        // Site 2 at 30 €/MWh offers 100: C(30) = 50 (the plant), room 120 − 50 − 30 = 40 →
        // takes 40 (φ = 0.4). Backup = 120 − 70 = 50 (the plant); boilers displaced 70 kW:
        // CO2 70 · 200 / 1000 = 14 kg → 0.2 kg per kW. Not taken 60, no room max(130 − 120, 0)
        // = 10 → ρ = 10 / 60.
        let merits = [merit(), merit()];
        let offers = [offer(30.0, 10.0), offer(100.0, 30.0)];
        let (c, end) = clear_hour(&merits, 0, 120.0, &offers, &NO_TANK, 0.0, &mut [0; 2]);
        assert_eq!(c.direct(&offers[0]), 30.0);
        assert!((c.direct(&offers[1]) - 40.0).abs() < 1e-12);
        assert_eq!(c.c_star, 30.0);
        assert!((c.backup_kw - 50.0).abs() < 1e-12);
        assert!((c.co2_per_kw - 0.2).abs() < 1e-12);
        assert!((c.rho - 10.0 / 60.0).abs() < 1e-12);
        assert_eq!(end, 0.0);
    }

    #[test]
    fn ties_share_in_proportion_to_what_each_can_give() {
        // D = 100, both at 30 €/MWh: C(30) = 50, room 50 shared 60 : 40 → 30 and 20.
        let merits = [merit(), merit()];
        let offers = [offer(60.0, 30.0), offer(40.0, 30.0)];
        let (c, _) = clear_hour(&merits, 0, 100.0, &offers, &NO_TANK, 0.0, &mut [0; 2]);
        assert!((c.direct(&offers[0]) - 30.0).abs() < 1e-12);
        assert!((c.direct(&offers[1]) - 20.0).abs() < 1e-12);
        // No room: total offer 100 ≤ D, so everything not taken is too dear.
        assert_eq!(c.rho, 0.0);
    }

    #[test]
    fn the_tank_charges_from_no_room_heat_and_discharges_into_backup() {
        // D = 40 < plant 50: a site at 30 €/MWh gets C(30) = 40 → nothing; a site at 10
        // offers 70: takes 40, no room 70 + 10 − 40 = 40 of surplus 30 + 10 = 40 → ρ = 1.
        // Tank 100 kWh / 25 kW, empty: charges min(40, 25, 100) = 25 → κ = 25 / 40.
        let tank = Tank {
            capacity_kwh: 100.0,
            power_kw: 25.0,
            loss_per_hour: 0.0,
        };
        let merits = [merit(), merit()];
        let offers = [offer(70.0, 10.0), offer(10.0, 30.0)];
        let (c, end) = clear_hour(&merits, 0, 40.0, &offers, &tank, 0.0, &mut [0; 2]);
        assert_eq!(c.direct_kw, 40.0);
        assert_eq!(c.charge_kw, 25.0);
        assert!((c.kappa - 25.0 / 40.0).abs() < 1e-12);
        assert_eq!(end, 25.0);
        // Next hour D = 120, no offers: discharge min(120, 25, 25) = 25; backup 95.
        let none = [offer(0.0, 10.0), offer(0.0, 30.0)];
        let (c, end) = clear_hour(&merits, 0, 120.0, &none, &tank, 25.0, &mut [0; 2]);
        assert_eq!(c.discharge_kw, 25.0);
        assert_eq!(c.backup_kw, 95.0);
        assert_eq!(end, 0.0);
    }
}

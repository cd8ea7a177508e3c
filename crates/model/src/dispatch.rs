//! Dispatch: how each hour's recoverable heat meets the network's demand in merit order with
//! the network's own plants, through the tank (MODEL.md §7, version 2).
//!
//! **Equations**, each hour `h` of month `m`, after the tank's standing loss, with `D` the heat
//! needed at the plant, `A` the heat the recovery plant offers at marginal cost `c_dc`
//! (€/MWh, see [`OfferPrice`]) and the plants sorted by marginal cost:
//! 1. Must-run plants (in their must-run months) serve first: `M = min(Σ cap_mr, D)`;
//!    `R = D − M` is left for the dispatchable plants and the data centre.
//! 2. Without the data centre the dispatchable plants serve `R` in merit order (cheapest
//!    first), the network's boilers (the implicit last plant, unlimited, at `fuel price /
//!    boiler_efficiency` and `e[m]` kg/MWh) serve what their capacity leaves.
//! 3. The data centre enters at `c_dc`: the plants no dearer than it (`c_i ≤ c_dc`) keep their
//!    output `C`; `direct = min(A, R − C)`. With `run_for_co2`, `C = 0`.
//! 4. The offer not taken, `A − direct`, splits into `too_dear = min(A − direct, C)` (a cheaper
//!    plant serves that heat) and `no_room` (the rest: the must-run and cheaper plants already
//!    cover the demand). Only `no_room` heat charges the tank:
//!    `charge = min(no_room, P_st, E_max − content)` (0 in return-line fallback hours).
//! 5. The tank discharges into what the plants still make: `discharge = min(R − direct, P_st,
//!    content)`; with `storage.dispatch = peak` also at most `max(0, b_h − L_h)`, the
//!    look-ahead's cap ([`crate::storage::look_ahead`], [`dispatch_hour_capped`]).
//! 6. `direct + discharge` displaces the dispatchable plants from the top of the stack down (the
//!    boilers first, then the dearest plant): `displaced_i`, with CO2 `Σ displaced_i · co2_i` and
//!    cost `Σ displaced_i · c_i`; `backup = R − direct − discharge` is what the dispatchable
//!    plants still make.
//!
//! Balance each hour: `M + backup + direct + discharge = D`. With the version-1
//! `takes_all_heat` the network is unbounded: `direct = A` when `c_dc < boiler cost` (or
//! `run_for_co2`), all of it displacing the boilers; no tank.
//!
//! These two balances hold over the year: `Σ(Q_used + W_hp) = Σ(direct + charge)` (since
//! `g + s/COP = 1`) and `Σcharge = Σdischarge + Σstanding_loss + (content_end − content_start)`.

use crate::network::plants::{PlantKind, Plants, MAX_PLANTS};
use crate::params::{HeatPumpOwner, Params};

use crate::recovery::{Mode, RecoveryHour};
use crate::storage::Tank;

/// The smaller of two finite numbers (one `minsd`: `f64::min`'s NaN handling costs three more
/// instructions on the tank's serial dependency chain, and no flow here is NaN).
#[inline(always)]
fn min(a: f64, b: f64) -> f64 {
    if a < b {
        a
    } else {
        b
    }
}

/// The larger of two finite numbers (see [`min`]).
#[inline(always)]
fn max(a: f64, b: f64) -> f64 {
    if a > b {
        a
    } else {
        b
    }
}

/// Number of plant kinds (length of per-kind arrays, in [`PlantKind::ALL`] order).
pub const KINDS: usize = 7;
/// `covered_by` of an hour with nothing covering: no plant served the demand.
pub const NO_PLANT: u8 = u8::MAX;
/// `covered_by` of an hour the network's implicit boilers covered.
pub const BOILERS: u8 = MAX_PLANTS as u8;

/// The network's plants in merit order, built once per run (no allocation).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MeritOrder {
    /// Number of listed plants.
    pub n: usize,
    /// Capacity of each plant in merit order, kW.
    pub capacity_kw: [f64; MAX_PLANTS],
    /// Marginal cost, €/MWh of heat.
    pub cost: [f64; MAX_PLANTS],
    /// CO2, kg/MWh of heat.
    pub co2: [f64; MAX_PLANTS],
    /// Kind.
    pub kind: [PlantKind; MAX_PLANTS],
    /// Index in the scenario's list.
    pub index: [u8; MAX_PLANTS],
    /// Must-run months as a bit set (0 = never must-run).
    pub must_run_months: [u16; MAX_PLANTS],
    /// Cost of the network's implicit boilers, `fuel price / boiler_efficiency`, €/MWh.
    pub boiler_cost: f64,
    /// CO2 of the implicit boilers each month `e[m]`, kg/MWh.
    pub boiler_co2: [f64; 12],
    /// The version-1 `takes_all_heat`: unbounded, no plants.
    pub unbounded: bool,
    /// Take the data centre's heat whatever it costs.
    pub run_for_co2: bool,
    /// What the data centre's heat costs.
    pub offer: OfferPrice,
}

impl MeritOrder {
    /// The cost of a MWh of the data centre's heat, €/MWh, at or above which §7 never takes it
    /// in any hour: the dearest of the listed plants and the implicit boilers (every plant is
    /// then cheaper and keeps its output); infinite with `run_for_co2`.
    pub fn never_takes_at(&self) -> f64 {
        if self.run_for_co2 {
            return f64::INFINITY;
        }
        self.cost[..self.n.min(MAX_PLANTS)]
            .iter()
            .fold(self.boiler_cost, |top, &c| top.max(c))
    }

    /// The merit order of validated parameters and the monthly displaced-heat factors `e[m]`.
    ///
    /// With no `network.plants` given, the version-1 network: `baseload_mw` is one must-run
    /// plant (kind `waste_heat`, never displaced) and the implicit boilers serve the rest;
    /// `takes_all_heat` makes the network unbounded.
    pub fn from_params(params: &Params, boiler_co2: [f64; 12]) -> Self {
        let net = &params.network;
        let legacy = net.plants.is_none();
        let mut plants = net.plants.unwrap_or_default();
        if legacy && net.baseload_mw > 0.0 && !net.takes_all_heat {
            let mut base = crate::network::plants::Plant::reference(
                "baseload",
                PlantKind::WasteHeat,
                net.baseload_mw,
                true,
            );
            base.marginal_cost_eur_per_mwh = 0.0;
            base.co2_kg_per_mwh = 0.0;
            plants = Plants::from_slice(&[base]).unwrap_or_default();
        }
        let list = plants.as_slice();
        // Sort indices by cost (stable: equal costs keep the scenario's order); n ≤ 16.
        let mut order = [0u8; MAX_PLANTS];
        for (i, o) in order.iter_mut().enumerate().take(list.len()) {
            *o = i as u8;
        }
        order[..list.len()].sort_by(|&a, &b| {
            list[usize::from(a)]
                .marginal_cost_eur_per_mwh
                .total_cmp(&list[usize::from(b)].marginal_cost_eur_per_mwh)
        });
        let mut m = MeritOrder {
            n: list.len(),
            capacity_kw: [0.0; MAX_PLANTS],
            cost: [0.0; MAX_PLANTS],
            co2: [0.0; MAX_PLANTS],
            kind: [PlantKind::GasBoiler; MAX_PLANTS],
            index: [0; MAX_PLANTS],
            must_run_months: [0; MAX_PLANTS],
            boiler_cost: params.economics.fuel_price_eur_per_mwh
                / params.emissions.boiler_efficiency,
            boiler_co2,
            unbounded: legacy && net.takes_all_heat,
            run_for_co2: params.recovery.run_for_co2,
            offer: OfferPrice::from_params(params),
        };
        for (slot, &i) in order[..list.len()].iter().enumerate() {
            let p = &list[usize::from(i)];
            m.capacity_kw[slot] = 1000.0 * p.capacity_mw;
            m.cost[slot] = p.marginal_cost_eur_per_mwh;
            m.co2[slot] = p.co2_kg_per_mwh;
            m.kind[slot] = p.kind;
            m.index[slot] = i;
            m.must_run_months[slot] = if p.must_run { p.must_run_months } else { 0 };
        }
        m
    }
}

/// What the data centre's heat costs the network per MWh delivered (MODEL.md §7):
/// `heat price · metered + electricity price · (s/COP + pumping_share)`, where `metered` is the
/// data-centre heat metered per kWh delivered (`g` when the utility owns the heat pump, 1 when
/// the data centre does) and `s/COP` the heat pump's electricity per kWh (0 outside heat-pump
/// hours). The heat pump's electricity counts whoever owns it: a data centre that owns it must
/// recover it in its price.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OfferPrice {
    /// Heat price paid to the data centre, €/MWh of metered heat.
    pub heat_eur_per_mwh: f64,
    /// Electricity price, €/MWh.
    pub electricity_eur_per_mwh: f64,
    /// Pumping electricity per kWh delivered.
    pub pumping_share: f64,
    /// The utility owns the heat pump (metered heat is `g` per kWh delivered).
    pub utility_owns_heat_pump: bool,
}

impl OfferPrice {
    /// The prices of validated parameters.
    pub fn from_params(params: &Params) -> Self {
        let e = &params.economics;
        OfferPrice {
            heat_eur_per_mwh: e.heat_price_eur_per_mwh,
            electricity_eur_per_mwh: e.electricity_price_eur_per_mwh,
            pumping_share: params.recovery.pumping_share,
            utility_owns_heat_pump: e.heat_pump_owner == HeatPumpOwner::Utility,
        }
    }

    /// `c_dc` of an hour of recovery `rec`, €/MWh delivered.
    #[inline]
    pub fn cost(&self, rec: &RecoveryHour) -> f64 {
        let metered = if self.utility_owns_heat_pump {
            rec.dc_heat_per_kwh
        } else {
            1.0
        };
        let hp_electricity = if rec.mode == Mode::HeatPump && rec.cop > 0.0 {
            rec.hp_share / rec.cop
        } else {
            0.0
        };
        self.heat_eur_per_mwh * metered
            + self.electricity_eur_per_mwh * (hp_electricity + self.pumping_share)
    }
}

/// Steps 1–6 of one hour: flows between plants, data centre, tank and network.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DispatchHour {
    /// Heat straight from the data centre to the network, kW.
    pub direct_kw: f64,
    /// Heat from the data centre into the tank, kW.
    pub charge_kw: f64,
    /// Heat from the tank to the network, kW.
    pub discharge_kw: f64,
    /// Heat from the dispatchable plants (listed and implicit boilers) after the data centre
    /// and the tank, kW (0 when unbounded).
    pub backup_kw: f64,
    /// Heat from the must-run plants, kW.
    pub must_run_kw: f64,
    /// Standing loss of the tank this hour, kWh.
    pub standing_loss_kwh: f64,
    /// Tank content at the end of the hour, kWh.
    pub content_end_kwh: f64,
    /// Offered heat not taken because a cheaper plant serves it, kW.
    pub too_dear_kw: f64,
    /// Offered heat not taken because must-run and cheaper plants cover the demand, kW
    /// (after what charged the tank).
    pub no_room_kw: f64,
    /// Heat displaced from each plant kind, kW ([`PlantKind::ALL`] order; the implicit boilers
    /// count as `gas_boiler`).
    pub displaced_kw: [f64; KINDS],
    /// CO2 of the displaced heat, kg.
    pub displaced_co2_kg: f64,
    /// Cost of the displaced heat, €.
    pub displaced_cost_eur: f64,
    /// The kind displaced at the margin (the dearest displaced), if any.
    pub marginal_kind: Option<PlantKind>,
    /// The plant (merit slot's scenario index, [`BOILERS`] or [`NO_PLANT`]) that covered the
    /// heat not taken: the last must-run or cheaper plant loaded.
    pub covered_by: u8,
}

/// Dispatches one hour of month `month` (0–11): demand at the plant `demand_kw` (`D`), the
/// offer `offer_kw` (`A`) at `offer_cost` €/MWh, `may_charge` false in return-line fallback
/// hours, the tank and its content at the start of the hour (`storage.dispatch = first`).
#[inline]
#[allow(clippy::too_many_arguments)] // the hour's scalars
pub fn dispatch_hour(
    merit: &MeritOrder,
    month: usize,
    demand_kw: f64,
    offer_kw: f64,
    offer_cost: f64,
    may_charge: bool,
    tank: &Tank,
    content_kwh: f64,
) -> DispatchHour {
    dispatch_inner::<false>(
        merit,
        month,
        demand_kw,
        offer_kw,
        offer_cost,
        may_charge,
        tank,
        content_kwh,
        f64::INFINITY,
    )
}

/// [`dispatch_hour`] with the discharge also held to `discharge_cap_kw` (step 5 with
/// `storage.dispatch = peak`: `max(0, b_h − L_h)` of [`crate::storage::look_ahead`]; infinity
/// with infinity the results are those of [`dispatch_hour`], bit for bit).
#[inline]
#[allow(clippy::too_many_arguments)] // the hour's scalars
pub fn dispatch_hour_capped(
    merit: &MeritOrder,
    month: usize,
    demand_kw: f64,
    offer_kw: f64,
    offer_cost: f64,
    may_charge: bool,
    tank: &Tank,
    content_kwh: f64,
    discharge_cap_kw: f64,
) -> DispatchHour {
    dispatch_inner::<true>(
        merit,
        month,
        demand_kw,
        offer_kw,
        offer_cost,
        may_charge,
        tank,
        content_kwh,
        discharge_cap_kw,
    )
}

/// The hour's dispatch; `CAPPED` false compiles `first`'s step 5 exactly as before the cap.
#[inline(always)]
#[allow(clippy::too_many_arguments, clippy::needless_range_loop)] // parallel fixed arrays
fn dispatch_inner<const CAPPED: bool>(
    merit: &MeritOrder,
    month: usize,
    demand_kw: f64,
    offer_kw: f64,
    offer_cost: f64,
    may_charge: bool,
    tank: &Tank,
    content_kwh: f64,
    discharge_cap_kw: f64,
) -> DispatchHour {
    let standing_loss_kwh = tank.standing_loss_kwh(content_kwh);
    let content = content_kwh - standing_loss_kwh;
    let month = month % 12;
    let mut hour = DispatchHour {
        standing_loss_kwh,
        content_end_kwh: content,
        covered_by: NO_PLANT,
        ..DispatchHour::default()
    };
    if merit.unbounded {
        let take = merit.run_for_co2 || offer_cost < merit.boiler_cost;
        let direct = if take { offer_kw } else { 0.0 };
        hour.direct_kw = direct;
        hour.too_dear_kw = offer_kw - direct;
        if !take && offer_kw > 0.0 {
            hour.covered_by = BOILERS;
        }
        hour.displaced_kw[PlantKind::GasBoiler.index()] = direct;
        hour.displaced_co2_kg = direct * merit.boiler_co2[month] / 1000.0;
        hour.displaced_cost_eur = direct * merit.boiler_cost / 1000.0;
        hour.marginal_kind = (direct > 0.0).then_some(PlantKind::GasBoiler);
        return hour;
    }
    let bit = 1u16 << month;
    let n = merit.n.min(MAX_PLANTS);
    // 1. Must-run plants.
    let mut rest = max(demand_kw, 0.0);
    for i in 0..n {
        if merit.must_run_months[i] & bit != 0 {
            let out = min(merit.capacity_kw[i], rest);
            hour.must_run_kw += out;
            rest -= out;
            if out > 0.0 {
                hour.covered_by = merit.index[i];
            }
        }
    }
    let residual = rest;
    // 2–3. The dispatchable stack without the data centre, and what no dearer plant serves.
    let mut output = [0.0; MAX_PLANTS];
    let mut cheaper = 0.0;
    let offer_cost = if merit.run_for_co2 {
        f64::NEG_INFINITY
    } else {
        offer_cost
    };
    for i in 0..n {
        if merit.must_run_months[i] & bit != 0 {
            continue;
        }
        let out = min(merit.capacity_kw[i], rest);
        output[i] = out;
        rest -= out;
        if merit.cost[i] <= offer_cost {
            cheaper += out;
            if out > 0.0 {
                hour.covered_by = merit.index[i];
            }
        }
    }
    let boilers = max(rest, 0.0);
    if merit.boiler_cost <= offer_cost {
        cheaper += boilers;
        if boilers > 0.0 {
            hour.covered_by = BOILERS;
        }
    }
    let room = max(residual - cheaper, 0.0);
    let direct = min(offer_kw, room);
    // 4. What is not taken, and the tank.
    let surplus = max(offer_kw - direct, 0.0);
    let too_dear = min(surplus, cheaper);
    let no_room = surplus - too_dear;
    let charge = if may_charge {
        max(
            min(min(no_room, tank.power_kw), tank.capacity_kwh - content),
            0.0,
        )
    } else {
        0.0
    };
    // 5. Discharge into what the plants still make (and, looking ahead, no more than the cap).
    let wanted = if CAPPED {
        min(residual - direct, discharge_cap_kw)
    } else {
        residual - direct
    };
    let discharge = max(min(min(wanted, tank.power_kw), content), 0.0);
    // 6. Displace from the top of the stack.
    let mut x = direct + discharge;
    let from_boilers = min(x, boilers);
    x -= from_boilers;
    if from_boilers > 0.0 {
        hour.displaced_kw[PlantKind::GasBoiler.index()] += from_boilers;
        hour.displaced_co2_kg += from_boilers * merit.boiler_co2[month] / 1000.0;
        hour.displaced_cost_eur += from_boilers * merit.boiler_cost / 1000.0;
        hour.marginal_kind = Some(PlantKind::GasBoiler);
    }
    for i in (0..n).rev() {
        if x <= 0.0 {
            break;
        }
        let d = min(x, output[i]);
        if d > 0.0 {
            x -= d;
            hour.displaced_kw[merit.kind[i].index()] += d;
            hour.displaced_co2_kg += d * merit.co2[i] / 1000.0;
            hour.displaced_cost_eur += d * merit.cost[i] / 1000.0;
            if hour.marginal_kind.is_none() {
                hour.marginal_kind = Some(merit.kind[i]);
            }
        }
    }
    hour.direct_kw = direct;
    hour.charge_kw = charge;
    hour.discharge_kw = discharge;
    hour.backup_kw = max(residual - direct - discharge, 0.0);
    hour.too_dear_kw = too_dear;
    hour.no_room_kw = no_room - charge;
    hour.content_end_kwh = content + charge - discharge;
    if surplus <= 0.0 {
        hour.covered_by = NO_PLANT;
    }
    debug_assert!(hour.content_end_kwh.is_finite() && hour.backup_kw.is_finite());
    hour
}

/// Steps 4–5 of one hour: what the plant produced and used to do it.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PlantHour {
    /// Heat produced for the network, `used = direct + charge`, kW.
    pub used_kw: f64,
    /// Heat pump output `HP`, kW.
    pub hp_output_kw: f64,
    /// Heat pump electricity `W_hp`, kW.
    pub hp_electricity_kw: f64,
    /// Data-centre heat handed over at the exchanger and evaporator, `Q_used`, kW.
    pub q_used_kw: f64,
    /// Captured heat rejected by the site's dry coolers, `Q_rej`, kW.
    pub rejected_kw: f64,
    /// Heat delivered from the data centre, `Q_del = direct + discharge`, kW.
    pub delivered_kw: f64,
    /// Pumping electricity `W_pump`, kW.
    pub pumping_kw: f64,
}

/// Settles one hour: the recovery hour `rec`, captured heat `q_cap_kw`, the dispatch `d`.
#[inline]
pub fn settle(
    rec: &RecoveryHour,
    q_cap_kw: f64,
    d: &DispatchHour,
    pumping_share: f64,
) -> PlantHour {
    let used_kw = d.direct_kw + d.charge_kw;
    let (hp_output_kw, hp_electricity_kw) = if rec.mode == Mode::HeatPump {
        let hp = rec.hp_share * used_kw;
        (hp, hp / rec.cop)
    } else {
        (0.0, 0.0)
    };
    let q_used_kw = min(rec.dc_heat_per_kwh * used_kw, q_cap_kw);
    let delivered_kw = d.direct_kw + d.discharge_kw;
    let hour = PlantHour {
        used_kw,
        hp_output_kw,
        hp_electricity_kw,
        q_used_kw,
        rejected_kw: max(q_cap_kw - q_used_kw, 0.0),
        delivered_kw,
        pumping_kw: pumping_share * delivered_kw,
    };
    debug_assert!(hour.hp_electricity_kw.is_finite() && hour.q_used_kw.is_finite());
    hour
}

#[cfg(test)]
mod tests {
    use super::*;
    use approx::assert_relative_eq;

    const TANK: Tank = Tank {
        capacity_kwh: 1000.0,
        power_kw: 200.0,
        loss_per_hour: 0.01,
    };

    /// A network with a must-run waste-to-energy plant (in June–August only when `summer`),
    /// a CHP at 22.5 €/MWh and a gas boiler at 48.9 €/MWh; implicit boilers at 45/0.92.
    fn network(summer_only: bool) -> MeritOrder {
        use crate::network::plants::Plant;
        let mut p = Params::default();
        let mut wte = Plant::reference("WtE", PlantKind::WasteToEnergy, 1.0, true);
        if summer_only {
            wte.must_run_months = 0b0000_1110_0000;
        }
        let list = [
            Plant::reference("Boiler", PlantKind::GasBoiler, 2.0, false),
            wte,
            Plant::reference("CHP", PlantKind::Chp, 0.5, false),
        ];
        p.network.plants = Plants::from_slice(&list);
        MeritOrder::from_params(&p, [218.9; 12])
    }

    fn balance(d: &DispatchHour, demand: f64) {
        let plants = d.must_run_kw + d.backup_kw;
        assert_relative_eq!(
            plants + d.direct_kw + d.discharge_kw,
            demand,
            epsilon = 1e-9
        );
    }

    #[test]
    fn merit_order_is_sorted_by_cost() {
        let m = network(false);
        assert_eq!(m.n, 3);
        // WtE 7.4, CHP 22.5, boiler 48.9; scenario indices 1, 2, 0.
        assert_eq!(&m.index[..3], &[1, 2, 0]);
        assert_eq!(m.kind[2], PlantKind::GasBoiler);
        assert_relative_eq!(m.capacity_kw[0], 1000.0);
    }

    #[test]
    fn must_run_covers_demand_nothing_displaced() {
        // July, demand 800 kW < 1,000 kW of must-run WtE: the 300 kW offer at 31.5 €/MWh finds
        // no room; no tank: all of it is not taken, nothing displaced, covered by the WtE.
        let m = network(true);
        let d = dispatch_hour(&m, 6, 800.0, 300.0, 31.5, true, &Tank::default(), 0.0);
        assert_eq!(d.direct_kw, 0.0);
        assert_relative_eq!(d.no_room_kw, 300.0);
        assert_eq!(d.too_dear_kw, 0.0);
        assert_eq!(d.displaced_co2_kg, 0.0);
        assert_eq!(d.marginal_kind, None);
        assert_eq!(d.covered_by, 1);
        balance(&d, 800.0);
        // With a tank the surplus charges it (content 500 → 495 after the loss): 200 kW.
        let d = dispatch_hour(&m, 6, 800.0, 300.0, 31.5, true, &TANK, 500.0);
        assert_relative_eq!(d.charge_kw, 200.0);
        assert_relative_eq!(d.no_room_kw, 100.0);
        assert_relative_eq!(d.content_end_kwh, 695.0);
    }

    #[test]
    fn winter_displaces_the_marginal_boiler() {
        // January (the WtE is must-run only in summer, so it is dispatchable at 7.4 €/MWh):
        // demand 3,000 kW; stack WtE 1,000 + CHP 500 + boiler 1,500 of its 2,000. The offer of
        // 400 kW at 31.5 €/MWh enters after the CHP (22.5) and before the boiler (48.9):
        // direct 400, displacing the boiler: CO2 400 · 218.9 / 1000 = 87.56 kg, cost
        // 400 · 48.9 / 1000 = 19.56 €.
        let m = network(true);
        let d = dispatch_hour(&m, 0, 3000.0, 400.0, 31.5, true, &Tank::default(), 0.0);
        assert_relative_eq!(d.direct_kw, 400.0);
        assert_relative_eq!(d.displaced_kw[PlantKind::GasBoiler.index()], 400.0);
        assert_relative_eq!(d.displaced_co2_kg, 87.56, epsilon = 1e-9);
        assert_relative_eq!(d.displaced_cost_eur, 19.56, epsilon = 1e-9);
        assert_eq!(d.marginal_kind, Some(PlantKind::GasBoiler));
        assert_relative_eq!(d.backup_kw, 2600.0);
        balance(&d, 3000.0);
        // Demand 1,700: WtE 1,000 + CHP 500 + boiler 200. An offer of 600: 200 displaces the
        // boiler; the other 400 would displace the CHP, which is cheaper: too dear.
        let d = dispatch_hour(&m, 0, 1700.0, 600.0, 31.5, true, &TANK, 0.0);
        assert_relative_eq!(d.direct_kw, 200.0);
        assert_relative_eq!(d.too_dear_kw, 400.0);
        assert_eq!(d.charge_kw, 0.0); // too-dear heat does not charge the tank
        assert_eq!(d.covered_by, 2); // the CHP
        balance(&d, 1700.0);
        // Run for CO2: all 600 taken, displacing the boiler (200) then the CHP (400):
        // CO2 200 · 0.2189 + 400 · 0.0496 = 43.78 + 19.84 = 63.62 kg.
        let co2 = MeritOrder {
            run_for_co2: true,
            ..m
        };
        let d = dispatch_hour(&co2, 0, 1700.0, 600.0, 31.5, true, &TANK, 0.0);
        assert_relative_eq!(d.direct_kw, 600.0);
        assert_relative_eq!(d.displaced_co2_kg, 63.62, epsilon = 1e-9);
        assert_eq!(d.marginal_kind, Some(PlantKind::GasBoiler));
        balance(&d, 1700.0);
    }

    #[test]
    fn tank_discharges_into_the_plants_output() {
        // January, demand 3,000, offer 0, content 100 → 99 after the loss: discharge 99,
        // displacing the boiler; backup 3,000 − 1,000 (WtE dispatchable) ... all plants: the
        // backup is everything the dispatchable plants still make, 3,000 − 99.
        let m = network(true);
        let d = dispatch_hour(&m, 0, 3000.0, 0.0, 31.5, true, &TANK, 100.0);
        assert_relative_eq!(d.discharge_kw, 99.0);
        assert_relative_eq!(d.backup_kw, 2901.0);
        assert_relative_eq!(d.content_end_kwh, 0.0);
        balance(&d, 3000.0);
    }

    #[test]
    fn unbounded_network_takes_everything_cheaper_than_boilers() {
        let mut p = Params::default();
        p.network.takes_all_heat = true;
        let m = MeritOrder::from_params(&p, [218.9; 12]);
        assert!(m.unbounded);
        let d = dispatch_hour(&m, 3, 0.0, 900.0, 31.5, true, &Tank::default(), 0.0);
        assert_relative_eq!(d.direct_kw, 900.0);
        assert_relative_eq!(d.charge_kw + d.discharge_kw + d.backup_kw, 0.0);
        // Boilers cost 45 / 0.92 = 48.9 €/MWh: a heat-pump offer at 60 is not bought.
        let d = dispatch_hour(&m, 3, 0.0, 900.0, 60.0, true, &Tank::default(), 0.0);
        assert_eq!(d.direct_kw, 0.0);
        assert_relative_eq!(d.too_dear_kw, 900.0);
    }

    #[test]
    fn baseload_maps_to_a_must_run_plant() {
        // Version 1: D_dc = max(0, D − baseload). 10 MW baseload, 25 MW demand, 20 MW offer:
        // direct 15 MW (the old min(A, D_dc)), backup 0; 8 MW demand: nothing taken.
        let mut p = Params::default();
        p.network.baseload_mw = 10.0;
        let m = MeritOrder::from_params(&p, [218.9; 12]);
        let d = dispatch_hour(&m, 0, 25_000.0, 20_000.0, 31.5, true, &Tank::default(), 0.0);
        assert_relative_eq!(d.direct_kw, 15_000.0);
        assert_relative_eq!(d.must_run_kw, 10_000.0);
        assert_relative_eq!(d.backup_kw, 0.0);
        let d = dispatch_hour(&m, 0, 8_000.0, 20_000.0, 31.5, true, &Tank::default(), 0.0);
        assert_eq!(d.direct_kw, 0.0);
    }

    #[test]
    fn matches_a_cost_minimising_lp() {
        // Six hours solved by oemof.solph 0.6.5 + HiGHS as a cost-minimising LP (the must-run
        // plant at −1,000 €/MWh, implicit boilers at 45/0.92; script and numbers in
        // docs/MODEL.md §7): data centre [0, 200, 400, 0, 0, 0] kW, CHP [0, 500, 500, 500, 200,
        // 500], gas boiler [0, 0, 1100, 2000, 0, 1000], implicit boilers [0, 0, 0, 100, 0, 0].
        let m = network(false);
        let demand = [800.0, 1700.0, 3000.0, 3600.0, 1200.0, 2500.0];
        let offer = [300.0, 600.0, 400.0, 900.0, 500.0, 1000.0];
        let cost = [31.5, 31.5, 31.5, 88.7, 40.0, 60.0];
        let lp_dc = [0.0, 200.0, 400.0, 0.0, 0.0, 0.0];
        let lp_dispatchable = [0.0, 500.0, 1600.0, 2600.0, 200.0, 1500.0];
        for h in 0..6 {
            let d = dispatch_hour(
                &m,
                0,
                demand[h],
                offer[h],
                cost[h],
                true,
                &Tank::default(),
                0.0,
            );
            assert_relative_eq!(d.direct_kw, lp_dc[h], epsilon = 1e-9);
            assert_relative_eq!(d.backup_kw, lp_dispatchable[h], epsilon = 1e-9);
            balance(&d, demand[h]);
        }
    }

    #[test]
    fn offer_price() {
        // Utility owns the HP: s = 1, COP 3, g = 2/3; heat 30, electricity 200, pumping 0.01:
        // 30 · 2/3 + 200 · (1/3 + 0.01) = 20 + 68.667 = 88.667 €/MWh.
        let mut p = Params::default();
        p.economics.electricity_price_eur_per_mwh = 200.0;
        let rec = RecoveryHour {
            mode: Mode::HeatPump,
            available_kw: 1.0,
            hp_share: 1.0,
            cop: 3.0,
            dc_heat_per_kwh: 2.0 / 3.0,
            capped: false,
        };
        assert_relative_eq!(
            OfferPrice::from_params(&p).cost(&rec),
            88.666_666_667,
            epsilon = 1e-6
        );
        // Direct: 30 + 200 · 0.01 = 32.
        let direct = RecoveryHour {
            mode: Mode::Direct,
            dc_heat_per_kwh: 1.0,
            ..RecoveryHour::default()
        };
        assert_relative_eq!(
            OfferPrice::from_params(&p).cost(&direct),
            32.0,
            epsilon = 1e-12
        );
    }

    #[test]
    fn heat_pump_hour_balances() {
        // s = 0.8, COP 8, g = 0.9; direct 600 + charge 200 = 800 used:
        // HP = 640, W_hp = 80, Q_used = 720 (of 1000 captured), rejected 280;
        // Q_used + W_hp = 800 = used.
        let rec = RecoveryHour {
            mode: Mode::HeatPump,
            available_kw: 1111.0,
            hp_share: 0.8,
            cop: 8.0,
            dc_heat_per_kwh: 0.9,
            capped: false,
        };
        let d = DispatchHour {
            direct_kw: 600.0,
            charge_kw: 200.0,
            ..DispatchHour::default()
        };
        let p = settle(&rec, 1000.0, &d, 0.01);
        assert_relative_eq!(p.used_kw, 800.0);
        assert_relative_eq!(p.hp_output_kw, 640.0, epsilon = 1e-9);
        assert_relative_eq!(p.hp_electricity_kw, 80.0, epsilon = 1e-9);
        assert_relative_eq!(p.q_used_kw, 720.0, epsilon = 1e-9);
        assert_relative_eq!(p.rejected_kw, 280.0, epsilon = 1e-9);
        assert_relative_eq!(p.q_used_kw + p.hp_electricity_kw, p.used_kw, epsilon = 1e-9);
        // Delivered is direct + discharge (600), pumping 1 % of it.
        assert_relative_eq!(p.delivered_kw, 600.0);
        assert_relative_eq!(p.pumping_kw, 6.0, epsilon = 1e-12);
    }
}

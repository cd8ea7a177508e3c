//! Pass 2 of the region run (docs/model/portfolio.md §9): one site's hours from its offer
//! and its network's clearings, the settlement and its MODEL.md §10 summary (split out of
//! `run.rs`).

use super::clearing::Offer;
use super::network::{month_of, site_tank, Workspace};
use super::site::{SitePlant, Weather};
use crate::connection::PipeHourInput;
use crate::dispatch::{DispatchHour, MeritOrder, BOILERS, KINDS, NO_PLANT};
use crate::emissions::Emissions;
use crate::network::plants::PlantKind;
use crate::recovery::RecoveryHour;
use crate::results::Summary;
use crate::summary::{summarise, RunFacts};
use crate::totals::HourRules;
use crate::weather::HOURS;

/// Pass 2: one site's hours from its offer and the clearings, then its summary.
#[allow(clippy::needless_range_loop)] // one hour index over many columns
pub(super) fn site_pass(
    p: &mut SitePlant,
    w: &Weather,
    start_kwh: f64,
    ws: &mut Workspace,
) -> Summary {
    let clearings = &ws.clearings;
    let hr = &mut ws.hourly;
    hr.t_out_c.copy_from_slice(&w.t_out);
    hr.t_smooth_c.copy_from_slice(&w.t_smooth);
    hr.t_supply_c.copy_from_slice(&w.t_supply);
    let merit = p.plant.merit;
    let mut by_kind = [[0.0; KINDS]; 12];
    let mut content = start_kwh;
    let (mut connection_pumping_kwh, mut connection_loss_kwh) = (0.0, 0.0);
    let mut hours_off_min_load = 0;
    for h in 0..HOURS {
        let month = month_of(h);
        let (f, o, full_loss) = p.offer(w, h);
        hours_off_min_load += u32::from(f.off_min_load);
        let rec: RecoveryHour = f.recovery;
        let d = if merit.unbounded {
            unbounded_hour(&merit, month, &o)
        } else {
            let c = &clearings[h];
            let direct = c.direct(&o);
            let surplus = (o.kw - direct).max(0.0);
            let no_room = c.rho * surplus;
            let (charge, discharge, loss, end) = site_tank(c, &o, content);
            content = end;
            let delivered = direct + discharge;
            let mut displaced_kw = [0.0; KINDS];
            for (x, s) in displaced_kw.iter_mut().zip(c.kind_share) {
                *x = s * delivered;
            }
            DispatchHour {
                direct_kw: direct,
                charge_kw: charge,
                discharge_kw: discharge,
                backup_kw: c.backup_kw,
                must_run_kw: c.must_run_kw,
                standing_loss_kwh: loss,
                content_end_kwh: content,
                too_dear_kw: surplus - no_room,
                no_room_kw: no_room - charge,
                displaced_kw,
                displaced_co2_kg: c.co2_per_kw * delivered,
                displaced_cost_eur: c.cost_per_kw * delivered,
                marginal_kind: if delivered > 0.0 {
                    c.marginal_kind
                } else {
                    None
                },
                covered_by: if surplus > 0.0 {
                    c.covered_by
                } else {
                    NO_PLANT
                },
            }
        };
        let pipe = p.connection.settle_hour(
            &p.plant,
            &PipeHourInput {
                recovery: rec,
                dispatch: d,
                q_captured_kw: f.q_captured_kw,
                p_it_kw: f.p_it_kw,
                full_loss_kw: full_loss,
                t_supply_c: w.t_supply[h],
                t_return_c: f.t_return_c,
            },
        );
        let s = pipe.settled;
        connection_pumping_kwh += pipe.route_pumping_kw;
        connection_loss_kwh += pipe.loss_kw;
        hr.connection_loss_kw[h] = pipe.loss_kw;
        for (sum, kw) in by_kind[month].iter_mut().zip(d.displaced_kw) {
            *sum += kw;
        }
        hr.p_it_kw[h] = f.p_it_kw;
        hr.q_captured_kw[h] = f.q_captured_kw;
        hr.network_loss_kw[h] = f.network_loss_kw;
        hr.demand_kw[h] = f.demand_kw;
        hr.t_return_c[h] = f.t_return_c;
        hr.available_kw[h] = rec.available_kw;
        hr.mode[h] = rec.mode;
        hr.cop[h] = rec.cop;
        ws.capped[h] = rec.capped;
        hr.direct_kw[h] = d.direct_kw;
        hr.backup_kw[h] = d.backup_kw;
        hr.must_run_kw[h] = d.must_run_kw;
        hr.too_dear_kw[h] = d.too_dear_kw;
        hr.no_room_kw[h] = d.no_room_kw;
        hr.displaced_co2_kg[h] = d.displaced_co2_kg;
        hr.displaced_cost_eur[h] = d.displaced_cost_eur;
        hr.displaced_kind[h] = d.marginal_kind;
        hr.covered_by[h] = d.covered_by;
        hr.charge_kw[h] = d.charge_kw;
        hr.discharge_kw[h] = d.discharge_kw;
        hr.storage_loss_kwh[h] = d.standing_loss_kwh;
        hr.storage_kwh[h] = content;
        hr.delivered_kw[h] = s.delivered_kw;
        hr.q_used_kw[h] = s.q_used_kw;
        hr.rejected_kw[h] = s.rejected_kw;
        hr.hp_output_kw[h] = s.hp_output_kw;
        hr.hp_electricity_kw[h] = s.hp_electricity_kw;
        hr.pumping_kw[h] = s.pumping_kw;
        hr.p_dc_kw[h] = pipe.p_dc_kw;
    }
    let plant = &p.plant;
    let priced = p.connection.priced(p.params);
    let params = &priced;
    let emissions = Emissions::from_params(params);
    let rules = HourRules {
        emissions,
        economics: params.economics,
        pue: plant.data_centre.pue,
        max_cop: crate::machines::cop_ceiling(&p.params.recovery),
        recovery: plant.recovery,
        tank_active: plant.tank.is_active(),
    };
    let facts = RunFacts {
        tank: plant.tank,
        storage_start_kwh: start_kwh,
        storage_end_kwh: content,
        mean_utilisation: plant.utilisation.iter().sum::<f64>() / 24.0,
        min_supply_c: w.min_supply,
        max_supply_c: w.max_supply,
        degree_hours: p.degree_hours,
        space_heating_kwh: plant.demand.space_heating_kwh,
        displaced_by_kind: by_kind,
        merit,
        connection_dn: p.connection.pipe.dn(),
        connection_pumping_kwh,
        connection_loss_kwh,
        connection_capex_eur: p.connection.capex_eur(),
        hours_unavailable: p.hours_unavailable,
        heat_pump_units: plant.recovery.machines.units.unwrap_or_default(),
        hours_off_min_load,
    };
    summarise(
        params,
        &ws.hourly,
        &ws.capped,
        &rules,
        &facts,
        &mut ws.monthly,
    )
    .0
}

/// The version-1 network that takes all heat (MODEL.md §7): each site alone, no tank.
fn unbounded_hour(merit: &MeritOrder, month: usize, o: &Offer) -> DispatchHour {
    let take = merit.run_for_co2 || o.cost < merit.boiler_cost;
    let direct = if take { o.kw } else { 0.0 };
    let mut d = DispatchHour {
        direct_kw: direct,
        too_dear_kw: o.kw - direct,
        covered_by: if !take && o.kw > 0.0 {
            BOILERS
        } else {
            NO_PLANT
        },
        displaced_co2_kg: direct * merit.boiler_co2[month % 12] / 1000.0,
        displaced_cost_eur: direct * merit.boiler_cost / 1000.0,
        marginal_kind: (direct > 0.0).then_some(PlantKind::GasBoiler),
        ..DispatchHour::default()
    };
    d.displaced_kw[PlantKind::GasBoiler.index()] = direct;
    d
}

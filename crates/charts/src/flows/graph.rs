//! The energy-flow graph behind the Sankey chart and its data table: which nodes there are,
//! which links join them and how much energy each link carries (MWh/yr).
//!
//! Every node that has both inflows and outflows balances exactly: what enters equals what
//! leaves. Sources (electricity, the tank's content at the start of the year) only give, sinks
//! (homes, losses, heat to room air, heat rejected) only receive. "Delivered" receives exactly
//! `heat_delivered_mwh`, the heat-delivered KPI: the exchanger's and heat pump's output sent
//! straight to the network plus what the tank gives back. Network pumping electricity also ends
//! up as heat in the network's water, but the KPI counts only the data centre's heat (MODEL.md
//! §7), so pumping is a node of its own, not a link into "delivered".
//!
//! Links, with `recovered = used + heat-pump electricity`:
//!
//! | from → to | energy |
//! |---|---|
//! | IT → captured | `captured` |
//! | IT → room air | `IT − captured` |
//! | captured → recovered | `used` |
//! | captured → rejected | `captured − used` |
//! | heat pump → recovered | `heat-pump electricity` |
//! | recovered → delivered | `recovered − charge` (straight to the network) |
//! | recovered → tank | `charge` |
//! | tank at start → tank | `start − end` when the tank ends the year emptier |
//! | tank → delivered | `discharge` |
//! | tank → tank losses | `loss` |
//! | tank → kept in tank | `end − start` when the tank ends the year fuller |
//! | delivered → homes | `delivered − network losses` |
//! | delivered → network losses | `network losses` |
//!
//! The tank's own balance (`start + charge = discharge + loss + end`, MODEL.md §6) makes the
//! tank node balance; the dispatch's `direct + discharge = delivered` makes "delivered" balance.
//! Without a tank the three tank links are zero and the tank's column is left out.

use crate::flows::EnergyFlows;
use crate::frame::flow;

/// A node of the energy-flow graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FlowNode {
    /// IT electricity, all of which becomes heat.
    It,
    /// Cooling and other site electricity (shown, not linked).
    Overhead,
    /// Network pumping electricity (shown, not linked: not part of the delivered KPI).
    Pumping,
    /// IT heat captured in the water loop.
    Captured,
    /// IT heat to the room air.
    RoomAir,
    /// Heat-pump electricity.
    HeatPump,
    /// Heat produced by the recovery plant (exchanger + heat pump).
    Recovered,
    /// Captured heat rejected.
    Rejected,
    /// The tank's content at the start of the year, when the year draws on it.
    TankStart,
    /// The hot-water tank.
    Tank,
    /// Heat delivered to the network (the KPI).
    Delivered,
    /// The tank's standing losses.
    TankLosses,
    /// Heat still in the tank at the end of the year, beyond its start content.
    TankKept,
    /// Heat reaching the homes.
    Homes,
    /// Network losses.
    NetworkLosses,
}

impl FlowNode {
    /// Every node, in drawing order (column by column, top to bottom).
    pub const ALL: [FlowNode; 15] = [
        FlowNode::It,
        FlowNode::Overhead,
        FlowNode::Pumping,
        FlowNode::Captured,
        FlowNode::RoomAir,
        FlowNode::HeatPump,
        FlowNode::Recovered,
        FlowNode::Rejected,
        FlowNode::TankStart,
        FlowNode::Tank,
        FlowNode::Delivered,
        FlowNode::TankLosses,
        FlowNode::TankKept,
        FlowNode::Homes,
        FlowNode::NetworkLosses,
    ];

    /// A stable machine name (`data-from`/`data-to` in the app's table).
    pub fn key(self) -> &'static str {
        match self {
            FlowNode::It => "it",
            FlowNode::Overhead => "overhead",
            FlowNode::Pumping => "pumping",
            FlowNode::Captured => "captured",
            FlowNode::RoomAir => "room-air",
            FlowNode::HeatPump => "heat-pump",
            FlowNode::Recovered => "recovered",
            FlowNode::Rejected => "rejected",
            FlowNode::TankStart => "tank-start",
            FlowNode::Tank => "tank",
            FlowNode::Delivered => "delivered",
            FlowNode::TankLosses => "tank-losses",
            FlowNode::TankKept => "tank-kept",
            FlowNode::Homes => "homes",
            FlowNode::NetworkLosses => "network-losses",
        }
    }

    /// The column, 0 to 5, with a tank column (3) that the chart leaves out without a tank.
    pub fn column(self) -> usize {
        match self {
            FlowNode::It | FlowNode::Overhead | FlowNode::Pumping => 0,
            FlowNode::Captured | FlowNode::RoomAir | FlowNode::HeatPump => 1,
            FlowNode::Recovered | FlowNode::Rejected | FlowNode::TankStart => 2,
            FlowNode::Tank => 3,
            FlowNode::Delivered | FlowNode::TankLosses | FlowNode::TankKept => 4,
            FlowNode::Homes | FlowNode::NetworkLosses => 5,
        }
    }

    /// The index of this node in [`FlowNode::ALL`].
    pub fn index(self) -> usize {
        FlowNode::ALL.iter().position(|n| *n == self).unwrap_or(0)
    }
}

/// One link of the graph: `mwh` (≥ 0, finite) from `from` to `to`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FlowLink {
    /// Where the energy comes from.
    pub from: FlowNode,
    /// Where it goes.
    pub to: FlowNode,
    /// MWh/yr.
    pub mwh: f64,
}

/// The links of the graph, in drawing order, zero links included (callers skip them).
pub fn flow_links(f: &EnergyFlows) -> Vec<FlowLink> {
    use FlowNode as N;
    let it = flow(f.it_electricity_mwh);
    let captured = flow(f.heat_captured_mwh);
    let used = flow(f.dc_heat_used_mwh);
    let hp = flow(f.heat_pump_electricity_mwh);
    let recovered = used + hp;
    let charge = flow(f.storage_charge_mwh).min(recovered);
    let pipe = flow(f.connection_loss_mwh).min(recovered - charge);
    let discharge = flow(f.storage_discharge_mwh);
    let loss = flow(f.storage_loss_mwh);
    let change = if f.storage_change_mwh.is_finite() {
        f.storage_change_mwh
    } else {
        0.0
    };
    let delivered = flow(f.heat_delivered_mwh);
    let net_losses = flow(f.network_losses_mwh).min(delivered);
    let link = |from, to, mwh: f64| FlowLink {
        from,
        to,
        mwh: if mwh.is_finite() { mwh.max(0.0) } else { 0.0 },
    };
    vec![
        link(N::It, N::Captured, captured),
        link(N::It, N::RoomAir, it - captured),
        link(N::Captured, N::Recovered, used),
        link(N::Captured, N::Rejected, captured - used),
        link(N::HeatPump, N::Recovered, hp),
        link(N::Recovered, N::Delivered, recovered - charge - pipe),
        link(N::Recovered, N::NetworkLosses, pipe),
        link(N::Recovered, N::Tank, charge),
        link(N::TankStart, N::Tank, -change),
        link(N::Tank, N::Delivered, discharge),
        link(N::Tank, N::TankLosses, loss),
        link(N::Tank, N::TankKept, change),
        link(N::Delivered, N::Homes, delivered - net_losses),
        link(N::Delivered, N::NetworkLosses, net_losses),
    ]
}

/// Energy into and out of each node over `links`, indexed like [`FlowNode::ALL`].
pub fn node_totals(links: &[FlowLink]) -> ([f64; 15], [f64; 15]) {
    let mut inflow = [0.0; 15];
    let mut outflow = [0.0; 15];
    for l in links {
        outflow[l.from.index()] += l.mwh;
        inflow[l.to.index()] += l.mwh;
    }
    (inflow, outflow)
}

/// What a node shows (MWh/yr): its own value for the unlinked sources, else the larger of its
/// inflow and outflow (equal wherever the inputs obey the model's balances).
pub fn node_values(f: &EnergyFlows, links: &[FlowLink]) -> [f64; 15] {
    let (inflow, outflow) = node_totals(links);
    let mut v = [0.0; 15];
    for (i, n) in FlowNode::ALL.iter().enumerate() {
        let own = match n {
            FlowNode::It => flow(f.it_electricity_mwh),
            FlowNode::Overhead => flow(f.overhead_electricity_mwh),
            FlowNode::Pumping => flow(f.pumping_electricity_mwh),
            FlowNode::HeatPump => flow(f.heat_pump_electricity_mwh),
            _ => 0.0,
        };
        v[i] = own.max(inflow[i]).max(outflow[i]);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> EnergyFlows {
        // A site with a tank: IT 10,000; captured 9,000; used 6,000; heat pump 1,000, so
        // recovered 7,000; charge 2,000, discharge 1,800, loss 150, so the tank ends 50 fuller
        // (2,000 − 1,800 − 150); the connection pipe loses 200, so direct = 7,000 − 2,000 − 200
        // = 4,800 and delivered = direct 4,800 + discharge 1,800 = 6,600.
        EnergyFlows {
            it_electricity_mwh: 10_000.0,
            overhead_electricity_mwh: 3_000.0,
            heat_captured_mwh: 9_000.0,
            dc_heat_used_mwh: 6_000.0,
            heat_pump_electricity_mwh: 1_000.0,
            pumping_electricity_mwh: 70.0,
            heat_delivered_mwh: 6_600.0,
            network_losses_mwh: 800.0,
            connection_loss_mwh: 200.0,
            storage_charge_mwh: 2_000.0,
            storage_discharge_mwh: 1_800.0,
            storage_loss_mwh: 150.0,
            storage_change_mwh: 50.0,
        }
    }

    #[test]
    fn every_node_with_inflow_and_outflow_balances() {
        let links = flow_links(&sample());
        let (inflow, outflow) = node_totals(&links);
        for (i, n) in FlowNode::ALL.iter().enumerate() {
            if inflow[i] > 0.0 && outflow[i] > 0.0 {
                assert!(
                    (inflow[i] - outflow[i]).abs() < 1e-9,
                    "{n:?}: {} vs {}",
                    inflow[i],
                    outflow[i]
                );
            }
        }
        // Hand check: delivered receives direct 5,000 + discharge 1,800 = 6,800 = the KPI.
        assert_eq!(inflow[FlowNode::Delivered.index()], 6_600.0);
        // The losses node takes the pipe's 200 and the network's 800.
        assert_eq!(inflow[FlowNode::NetworkLosses.index()], 1_000.0);
        // Tank: in 2,000; out 1,800 + 150 + 50 = 2,000.
        assert_eq!(outflow[FlowNode::Tank.index()], 2_000.0);
        // Pumping is shown but joins nothing.
        assert!(links
            .iter()
            .all(|l| l.from != FlowNode::Pumping && l.to != FlowNode::Pumping));
        let v = node_values(&sample(), &links);
        assert_eq!(v[FlowNode::Pumping.index()], 70.0);
        assert_eq!(v[FlowNode::Delivered.index()], 6_600.0);
    }

    #[test]
    fn a_tank_that_ends_emptier_draws_on_its_start_content() {
        // charge 1,000, discharge 1,100, loss 20: the tank ends 120 emptier than it started.
        let f = EnergyFlows {
            storage_charge_mwh: 1_000.0,
            storage_discharge_mwh: 1_100.0,
            storage_loss_mwh: 20.0,
            storage_change_mwh: -120.0,
            ..sample()
        };
        let links = flow_links(&f);
        let (inflow, outflow) = node_totals(&links);
        let t = FlowNode::Tank.index();
        assert!((inflow[t] - 1_120.0).abs() < 1e-9);
        assert!((outflow[t] - 1_120.0).abs() < 1e-9);
    }

    #[test]
    fn columns_and_keys_are_distinct() {
        let mut keys: Vec<&str> = FlowNode::ALL.iter().map(|n| n.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), 15);
        for l in flow_links(&sample()) {
            assert!(l.from.column() < l.to.column(), "{l:?}");
        }
    }
}

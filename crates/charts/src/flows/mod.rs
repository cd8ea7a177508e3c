//! Annual energy flows as a Sankey diagram, drawn from plotters primitives.
//!
//! Six columns, left to right, the main path of the heat along the top; the graph (nodes, links
//! and their balance) is in [`graph`]:
//!
//! | column | nodes |
//! |---|---|
//! | 0 | IT electricity (all of it becomes heat), cooling & overhead electricity, pumping electricity |
//! | 1 | heat captured in the water loop, heat to room air, heat-pump electricity |
//! | 2 | heat recovered (exchanger + heat-pump output), captured heat rejected, tank content used |
//! | 3 | the tank (left out when there is none) |
//! | 4 | heat delivered to the network (the KPI), tank losses, heat kept in the tank |
//! | 5 | heat reaching the homes, network losses |
//!
//! Nodes are bars, links are bands whose width is proportional to the energy (MWh/yr), and each
//! node is labelled with its name and value. Zero flows draw nothing; all zeros draw only the
//! title, subtitle and legend.

pub mod graph;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::frame::{font, frame, text_width, LegendItem, Swatch};
use crate::{ChartText, DrawError, Theme};
use graph::FlowNode;

/// Annual energy flows for [`draw_flows`], MWh/yr each. Negative and non-finite values count
/// as 0.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct EnergyFlows {
    /// IT electricity, which all becomes IT heat (`it_energy_mwh`).
    pub it_electricity_mwh: f64,
    /// Cooling and other site overhead electricity (`dc_energy_mwh − it_energy_mwh`).
    pub overhead_electricity_mwh: f64,
    /// IT heat captured in the water loop (`heat_captured_mwh`).
    pub heat_captured_mwh: f64,
    /// Captured heat used by the exchanger and the heat pump's evaporator (`dc_heat_used_mwh`).
    pub dc_heat_used_mwh: f64,
    /// Heat-pump electricity (`heat_pump_electricity_mwh`); 0 without a heat pump.
    pub heat_pump_electricity_mwh: f64,
    /// Network pumping electricity (`pumping_electricity_mwh`).
    pub pumping_electricity_mwh: f64,
    /// Heat delivered from the data centre to the network, directly and from storage
    /// (`heat_delivered_mwh`).
    pub heat_delivered_mwh: f64,
    /// The share of the delivered heat lost in the network before reaching the homes, e.g.
    /// delivered × network losses / network demand.
    pub network_losses_mwh: f64,
    /// Heat lost from the connection pipe between the recovery plant and the network
    /// (`connection_heat_loss_mwh`); 0 without a pipe. Drawn into the losses node with the
    /// network's own losses.
    pub connection_loss_mwh: f64,
    /// Heat into the tank `Σcharge` (`storage_charge_mwh`); 0 without a tank.
    pub storage_charge_mwh: f64,
    /// Heat out of the tank `Σdischarge` (`storage_discharge_mwh`).
    pub storage_discharge_mwh: f64,
    /// The tank's standing losses (`storage_loss_mwh`).
    pub storage_loss_mwh: f64,
    /// The tank's content at the end of the year minus at its start
    /// (`storage_end_mwh − storage_start_mwh`); may be negative.
    pub storage_change_mwh: f64,
}

/// Number of columns, the tank's included.
const COLUMNS: usize = 6;

struct Node<'a> {
    column: usize,
    label: &'a str,
    colour: RGBColor,
}

struct Link {
    from: usize,
    to: usize,
    value: f64,
    colour: RGBColor,
}

/// Draws the energy-flow (Sankey) chart on `area`.
pub fn draw_flows<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    flows: &EnergyFlows,
    text: &ChartText,
    theme: &Theme,
) -> Result<(), DrawError> {
    let t = &text.flows;
    let legend = [
        LegendItem {
            label: &t.legend_electricity,
            swatch: Swatch::Fill(theme.electricity),
        },
        LegendItem {
            label: &t.legend_heat,
            swatch: Swatch::Fill(theme.available),
        },
        LegendItem {
            label: &t.legend_rejected,
            swatch: Swatch::Fill(theme.rejected),
        },
        LegendItem {
            label: &t.legend_losses,
            swatch: Swatch::Fill(theme.losses),
        },
    ];
    let plot = frame(area, &t.title, Some(&t.subtitle), &legend, theme)?;

    let links = graph::flow_links(flows);
    let value = graph::node_values(flows, &links);
    let label = |n: FlowNode| -> &str {
        match n {
            FlowNode::It => &t.it,
            FlowNode::Overhead => &t.overhead,
            FlowNode::Pumping => &t.pumping,
            FlowNode::Captured => &t.captured,
            FlowNode::RoomAir => &t.room_air,
            FlowNode::HeatPump => &t.heat_pump_electricity,
            FlowNode::Recovered => &t.recovered,
            FlowNode::Rejected => &t.rejected,
            FlowNode::TankStart => &t.tank_start,
            FlowNode::Tank => &t.tank,
            FlowNode::Delivered => &t.delivered,
            FlowNode::TankLosses => &t.storage_losses,
            FlowNode::TankKept => &t.tank_kept,
            FlowNode::Homes => &t.homes,
            FlowNode::NetworkLosses => &t.network_losses,
        }
    };
    let colour = |n: FlowNode| match n {
        FlowNode::It | FlowNode::Overhead | FlowNode::Pumping | FlowNode::HeatPump => {
            theme.electricity
        }
        FlowNode::Captured | FlowNode::TankStart | FlowNode::TankKept => theme.available,
        FlowNode::RoomAir | FlowNode::Rejected => theme.rejected,
        FlowNode::Recovered => theme.heat_pump,
        FlowNode::Tank => theme.storage,
        FlowNode::Delivered => theme.direct,
        FlowNode::TankLosses | FlowNode::NetworkLosses => theme.losses,
        FlowNode::Homes => theme.demand,
    };
    let link_colour = |l: &graph::FlowLink| match (l.from, l.to) {
        (_, FlowNode::RoomAir | FlowNode::Rejected) => theme.rejected,
        (FlowNode::HeatPump, _) => theme.electricity,
        (_, FlowNode::TankLosses | FlowNode::NetworkLosses) => theme.losses,
        (FlowNode::Delivered, FlowNode::Homes) => theme.demand,
        (FlowNode::Recovered | FlowNode::Tank, FlowNode::Delivered) => theme.direct,
        (_, FlowNode::Tank) | (FlowNode::Tank, _) => theme.storage,
        _ => theme.available,
    };
    let nodes: Vec<Node> = FlowNode::ALL
        .iter()
        .map(|n| Node {
            column: n.column(),
            label: label(*n),
            colour: colour(*n),
        })
        .collect();
    // Columns with something to show, packed left to right (no empty tank column).
    let mut used_columns = [false; COLUMNS];
    for (i, n) in nodes.iter().enumerate() {
        if value[i] > 0.0 {
            used_columns[n.column] = true;
        }
    }
    let mut rank = [0usize; COLUMNS];
    let mut columns = 0;
    for c in 0..COLUMNS {
        rank[c] = columns;
        if used_columns[c] {
            columns += 1;
        }
    }
    let columns = columns.max(2);
    let nodes: Vec<Node> = nodes
        .into_iter()
        .map(|n| Node {
            column: rank[n.column],
            ..n
        })
        .collect();
    let links: Vec<Link> = links
        .iter()
        .map(|l| Link {
            from: l.from.index(),
            to: l.to.index(),
            value: l.mwh,
            colour: link_colour(l),
        })
        .collect();

    // Geometry, in device pixels relative to `plot`.
    let k = theme.k();
    let (w, h) = plot.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    let bar_w = 8.0 * k;
    let pad = 6.0 * k;
    let gap = 12.0 * k;
    let unit = t.unit.as_str();
    let value_text: Vec<String> = value
        .iter()
        .map(|v| text.format_quantity(*v, unit))
        .collect();
    // Labels: name (wrapped at spaces to the room between columns) over value. Font 11 CSS px,
    // smaller (down to 8) when the longest word or value would not fit between the columns.
    let widest = |members: &mut dyn Iterator<Item = usize>, size: f64| {
        members
            .map(|i| {
                nodes[i]
                    .label
                    .split_whitespace()
                    .map(|word| text_width(word, size))
                    .fold(text_width(&value_text[i], size), f64::max)
            })
            .fold(0.0, f64::max)
    };
    let mut size = 11.0 * k;
    let last_w = (0..nodes.len())
        .filter(|i| nodes[*i].column == columns - 1 && value[*i] > 0.0)
        .map(|i| text_width(nodes[i].label, size).max(text_width(&value_text[i], size)))
        .fold(0.0, f64::max)
        .min(w * 0.3);
    let mut right = last_w + bar_w + 4.0 * k + pad;
    let pitch = |right: f64| (w - pad - right) / (columns - 1) as f64;
    let inner = (0..nodes.len()).filter(|i| nodes[*i].column < columns - 1 && value[*i] > 0.0);
    let widest_inner = widest(&mut inner.into_iter(), size);
    let room = pitch(right) - bar_w - 4.0 * k;
    if widest_inner > room && widest_inner > 0.0 {
        let shrink = (room / widest_inner).clamp(8.0 / 11.0, 1.0);
        size *= shrink;
        right = last_w * shrink + bar_w + 4.0 * k + pad;
    }
    let pitch = pitch(right).max(bar_w);
    let room = pitch - bar_w - 4.0 * k;
    let last_room = right - bar_w - 4.0 * k - pad;
    let line_h = size * 1.2;
    let top = 2.0 * k + line_h * 0.5;
    let usable_h = h - top - pad - line_h * 0.5;

    // One scale for all columns: the fullest column fills the height.
    let mut scale = f64::INFINITY;
    for c in 0..COLUMNS {
        let members: Vec<usize> = (0..nodes.len())
            .filter(|i| nodes[*i].column == c && value[*i] > 0.0)
            .collect();
        let total: f64 = members.iter().map(|i| value[*i]).sum();
        if total > 0.0 {
            let room = usable_h - gap * (members.len() as f64 - 1.0);
            scale = scale.min(room / total);
        }
    }
    if !scale.is_finite() || scale <= 0.0 {
        return Ok(()); // nothing to draw (all zero), or no room
    }

    // Node positions: stacked from the top of each column.
    let mut y = vec![0.0; nodes.len()];
    let mut next = [top; COLUMNS];
    for (i, n) in nodes.iter().enumerate() {
        if value[i] > 0.0 {
            y[i] = next[n.column];
            next[n.column] += value[i] * scale + gap;
        }
    }
    let x = |i: usize| pad + nodes[i].column as f64 * pitch;

    // Links: bands from the right edge of the source to the left edge of the target, stacked at
    // both ends in link order; each a polygon of two cubic Bézier edges.
    let mut out_off = vec![0.0; nodes.len()];
    let mut in_off = vec![0.0; nodes.len()];
    for l in &links {
        if l.value <= 0.0 {
            continue;
        }
        let band = l.value * scale;
        let (x0, y0) = (x(l.from) + bar_w, y[l.from] + out_off[l.from]);
        let (x1, y1) = (x(l.to), y[l.to] + in_off[l.to]);
        out_off[l.from] += band;
        in_off[l.to] += band;
        plot.draw(&Polygon::new(
            band_polygon(x0, y0, x1, y1, band),
            l.colour.mix(0.45).filled(),
        ))?;
    }

    // Node bars and labels; labels sweep down so they never overlap within a column.
    let name_style = font(theme, size / k, theme.foreground).pos(Pos::new(HPos::Left, VPos::Top));
    let value_style = font(theme, size / k, theme.muted).pos(Pos::new(HPos::Left, VPos::Top));
    let mut label_floor = [f64::NEG_INFINITY; COLUMNS];
    for (i, n) in nodes.iter().enumerate() {
        if value[i] <= 0.0 {
            continue;
        }
        let (x0, y0) = (x(i), y[i]);
        let bar_h = (value[i] * scale).max(1.0);
        plot.draw(&Rectangle::new(
            [
                (x0.round() as i32, y0.round() as i32),
                ((x0 + bar_w).round() as i32, (y0 + bar_h).round() as i32),
            ],
            n.colour.filled(),
        ))?;
        let room = if n.column == columns - 1 {
            last_room
        } else {
            room
        };
        let lines = wrap(n.label, room, size);
        let label_h = (lines.len() + 1) as f64 * line_h;
        let label_top = (y0 + bar_h / 2.0 - label_h / 2.0)
            .max(label_floor[n.column])
            .min(h - label_h)
            .max(0.0);
        label_floor[n.column] = label_top + label_h;
        let lx = (x0 + bar_w + 3.0 * k) as i32;
        for (j, line) in lines.into_iter().enumerate() {
            let ly = (label_top + j as f64 * line_h) as i32;
            plot.draw(&Text::new(line, (lx, ly), name_style.clone()))?;
        }
        plot.draw(&Text::new(
            value_text[i].clone(),
            (lx, (label_top + label_h - line_h) as i32),
            value_style.clone(),
        ))?;
    }
    Ok(())
}

/// `label` in lines no wider than `room` (estimated), breaking at spaces; a word longer than
/// `room` gets a line of its own.
fn wrap(label: &str, room: f64, size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split_whitespace() {
        match lines.last_mut() {
            Some(line) if text_width(line, size) + text_width(word, size) + 0.3 * size <= room => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// Segments per band edge: smooth at any size, 34 polygon vertices per band.
const SEGMENTS: usize = 16;

/// The outline of a band of thickness `band` from `(x0, y0)` (top left) to `(x1, y1)` (top
/// right): the top edge left to right, then the bottom edge right to left. The edges are cubic
/// Béziers with horizontal tangents at both ends.
fn band_polygon(x0: f64, y0: f64, x1: f64, y1: f64, band: f64) -> Vec<(i32, i32)> {
    let edge = |t: f64, dy: f64| {
        let s = 1.0 - t;
        let xm = (x0 + x1) / 2.0;
        let x = s * s * s * x0 + 3.0 * s * s * t * xm + 3.0 * s * t * t * xm + t * t * t * x1;
        let yy = s * s * s * y0 + 3.0 * s * s * t * y0 + 3.0 * s * t * t * y1 + t * t * t * y1;
        (x.round() as i32, (yy + dy).round() as i32)
    };
    let ts = (0..=SEGMENTS).map(|i| i as f64 / SEGMENTS as f64);
    ts.clone()
        .map(|t| edge(t, 0.0))
        .chain(ts.rev().map(|t| edge(t, band)))
        .collect()
}

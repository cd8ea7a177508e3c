//! Pump electricity of one supply/return pair as a table over its flow, built once at design so
//! that the hourly loop pays one linear interpolation instead of a friction factor
//! (docs/model/pipe.md §4, "hourly pumping").
//!
//! `P(ṁ_p) = R(ṁ_p) · 2 L · ṁ_p / (ρ η)` with the water properties at the design mean temperature.
//! The table holds `P/ṁ_p²` at `ṁ_p = i · ṁ_d / 32`, `i = 0..=64` (0 to twice the design flow per
//! pair); an hour takes `ṁ_p² ·` the linear interpolation. `P/ṁ²` is smooth and close to linear
//! in `ṁ` (∝ `f ṁ` when turbulent), so the interpolation is within 0.1 % over the table (test);
//! flows below 1/8 of the design flow or below Re 8,000 (where `f` changes fast with `Re`), beyond
//! the table, and every flow when the design flow is 0, are computed exactly.

use super::hydraulics;
use super::water;

/// Number of table nodes: 0 to 2 × the design flow per pair in steps of 1/32.
pub const NODES: usize = 65;
/// Nodes per design flow.
const PER_DESIGN: f64 = 32.0;
/// First node used at the earliest: below 4/32 = 1/8 of the design flow, where `f` changes fast
/// with `Re`, the flow is computed exactly (interpolating there would be off by up to 0.8 %).
const FIRST: usize = 4;
/// Nor is the table used below twice the Reynolds number where Swamee–Jain takes over: across the
/// laminar–turbulent transition `f` has kinks that interpolation would smooth (0.9 % off).
const FIRST_RE: f64 = 2.0 * hydraulics::TURBULENT_RE;

/// The pumping table of one pair (`Copy`, no allocation).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PumpingTable {
    /// Nodes per kg/s of flow per pair, the inverse of the step (0: no table, always exact).
    nodes_per_kg_s: f64,
    /// First node used; flows below it are computed exactly.
    first: usize,
    /// `first` as a number (what the hourly lookup compares with).
    first_node: f64,
    /// Pump electricity per pair divided by the flow squared at each node, W/(kg/s)².
    per_pair_w_per_flow2: [f64; NODES],
    inner_m: f64,
    roughness_m: f64,
    length_m: f64,
    mean_c: f64,
    efficiency: f64,
}

impl PumpingTable {
    /// Tabulates a pair of inner diameter `inner_m`, roughness `roughness_m` and route length
    /// `length_m` around `design_per_pair_kg_s` at `mean_c`, with pump `efficiency`.
    pub fn new(
        inner_m: f64,
        roughness_m: f64,
        length_m: f64,
        design_per_pair_kg_s: f64,
        mean_c: f64,
        efficiency: f64,
    ) -> PumpingTable {
        let step = if design_per_pair_kg_s.is_finite() && design_per_pair_kg_s > 0.0 {
            design_per_pair_kg_s / PER_DESIGN
        } else {
            0.0
        };
        let mut table = PumpingTable {
            nodes_per_kg_s: if step > 0.0 { 1.0 / step } else { 0.0 },
            first: NODES - 1,
            first_node: (NODES - 1) as f64,
            per_pair_w_per_flow2: [0.0; NODES],
            inner_m,
            roughness_m,
            length_m,
            mean_c,
            efficiency,
        };
        // Nodes below `first` stay unused: those flows are computed exactly.
        table.first = (FIRST..NODES - 1)
            .find(|&i| hydraulics::reynolds(step * i as f64, inner_m, mean_c) >= FIRST_RE)
            .unwrap_or(NODES - 1);
        table.first_node = table.first as f64;
        for i in table.first..NODES {
            let m = step * i as f64;
            if m > 0.0 {
                table.per_pair_w_per_flow2[i] = table.exact_w(m) / (m * m);
            }
        }
        table
    }

    /// Pump electricity of one pair carrying `per_pair_kg_s`, W, computed exactly (at the design
    /// mean temperature).
    pub fn exact_w(&self, per_pair_kg_s: f64) -> f64 {
        let r = hydraulics::pressure_gradient_pa_per_m(
            per_pair_kg_s,
            self.inner_m,
            self.roughness_m,
            self.mean_c,
        );
        super::pumping_kw(
            r * 2.0 * self.length_m,
            per_pair_kg_s,
            water::density_kg_per_m3(self.mean_c),
            self.efficiency,
        ) * 1000.0
    }

    /// [`PumpingTable::exact_w`] out of line: the hourly loop inlines only the table's branch
    /// (keeping its registers), and calls this for the few flows outside the table.
    #[cold]
    #[inline(never)]
    fn exact_w_out_of_line(&self, per_pair_kg_s: f64) -> f64 {
        self.exact_w(per_pair_kg_s)
    }

    /// Pump electricity of one pair carrying `per_pair_kg_s`, W: interpolated in the table, exact
    /// beyond it; 0 for a flow that is not positive and finite.
    #[inline]
    pub fn per_pair_w(&self, per_pair_kg_s: f64) -> f64 {
        // `pos` is 0 when there is no table, below `first` (= 64 then): the exact branch. A
        // `pos` in the table's range implies a positive, finite flow (`nodes_per_kg_s` is 0 or
        // positive and finite), so that test comes first and the other only outside the table.
        let pos = per_pair_kg_s * self.nodes_per_kg_s;
        if self.first_node <= pos && pos < (NODES - 1) as f64 {
            // first ≤ pos < 64: the cast is exact (through `i32`, one instruction each way) and
            // the index in range.
            let node = pos as i32;
            let w = pos - f64::from(node);
            let i = node as usize;
            let (a, b) = (
                self.per_pair_w_per_flow2[i],
                self.per_pair_w_per_flow2[i + 1],
            );
            per_pair_kg_s * per_pair_kg_s * (a + w * (b - a))
        } else if per_pair_kg_s.is_finite() && per_pair_kg_s > 0.0 {
            self.exact_w_out_of_line(per_pair_kg_s)
        } else {
            0.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dn200() -> PumpingTable {
        // DN200, 0.05 mm, 1 km, designed for 34.1243 kg/s at 62.5 °C, η 0.8.
        PumpingTable::new(0.2101, 0.05e-3, 1000.0, 34.1243, 62.5, 0.8)
    }

    #[test]
    fn design_node_is_exact_and_matches_the_hand_calculation() {
        // Node 32 is the design flow: 3,256.0 W (hand calculation in pipe/mod.rs tests).
        let t = dn200();
        assert!((t.per_pair_w(34.1243) - 3256.0).abs() < 0.5);
        assert!((t.per_pair_w(34.1243) / t.exact_w(34.1243) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn interpolation_is_within_a_tenth_of_a_percent() {
        // Over the whole table, for the DN200 design and for a DN50 carrying 0.3 kg/s at 40 °C
        // (design Re ≈ 1.1e4, so the laminar–turbulent transition lies inside its table).
        let small = PumpingTable::new(0.0545, 0.05e-3, 1000.0, 0.3, 40.0, 0.8);
        for (t, m_d) in [(dn200(), 34.1243), (small, 0.3)] {
            let mut worst: f64 = 0.0;
            for j in 1..4000 {
                let m = m_d * 2.0 * f64::from(j) / 4000.0;
                worst = worst.max((t.per_pair_w(m) / t.exact_w(m) - 1.0).abs());
            }
            assert!(worst <= 1e-3, "{m_d}: {worst}");
        }
    }

    #[test]
    fn beyond_the_table_and_without_design_flow_it_is_exact() {
        let t = dn200();
        assert_eq!(t.per_pair_w(100.0), t.exact_w(100.0));
        let none = PumpingTable::new(0.2101, 0.05e-3, 1000.0, 0.0, 62.5, 0.8);
        assert_eq!(none.per_pair_w(10.0), none.exact_w(10.0));
        assert!(none.per_pair_w(10.0) > 0.0);
        assert_eq!(t.per_pair_w(0.0), 0.0);
        assert_eq!(t.per_pair_w(f64::NAN), 0.0);
        assert_eq!(t.per_pair_w(-1.0), 0.0);
    }
}

//! Pump electricity of one supply/return pair as a table over its flow, built once at design so
//! that the hourly loop pays one linear interpolation instead of a friction factor
//! (docs/model/pipe.md §4, "hourly pumping").
//!
//! `P(ṁ_p) = R(ṁ_p) · 2 L · ṁ_p / (ρ η)` with the water properties at the design mean temperature.
//! The table holds `P/ṁ_p²` at `ṁ_p = i · ṁ_d / 32`, `i = 0..=64` (0 to twice the design flow per
//! pair); an hour takes `ṁ_p² ·` the linear interpolation. `P/ṁ²` is smooth and close to linear
//! in `ṁ` (∝ `f ṁ` when turbulent), so the interpolation is within 0.1 % over the table (test).
//! Below 1/8 of the design flow (or Re 8,000), down to Re 4,000, a second table spaced
//! geometrically (eight nodes an octave, found from the bits of the flow's ratio to its first
//! node) holds the same quantity, also within 0.1 %; flows below Re 4,000 (the transition, where
//! `f` has kinks), beyond the tables, and every flow when the design flow is 0, are computed
//! exactly.

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
/// Nodes per octave of the low-flow table (a power of two: the top bits of the mantissa).
const PER_OCTAVE: usize = 8;
/// Mantissa bits below the ones that pick a node within an octave.
const CELL_BITS: u32 = 52 - PER_OCTAVE.trailing_zeros();
/// Octaves the low-flow table spans at most; flows below are computed exactly.
const OCTAVES: usize = 12;
/// Nodes of the low-flow table.
pub const LOW_NODES: usize = OCTAVES * PER_OCTAVE + 1;

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
    /// Inverse of the low-flow table's first flow, 1/(kg/s) (0: no low-flow table).
    low_per_kg_s: f64,
    /// The low-flow table's end as a ratio to its first flow (a power of two; 0: none).
    low_end: f64,
    /// `P/ṁ²` at the low-flow nodes `ṁ_lo · 2^(k/8 whole) · (1 + (k mod 8)/8)`, W/(kg/s)².
    low_w_per_flow2: [f64; LOW_NODES],
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
            low_per_kg_s: 0.0,
            low_end: 0.0,
            low_w_per_flow2: [0.0; LOW_NODES],
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
        table.tabulate_low_flows(step * table.first_node);
        table
    }

    /// The low-flow table from the flow at Re 4,000 up to `top` (the main table's first node):
    /// whole octaves, at most [`OCTAVES`] (the lowest flows of a longer span stay exact).
    fn tabulate_low_flows(&mut self, top: f64) {
        let re_per_kg_s = hydraulics::reynolds(1.0, self.inner_m, self.mean_c);
        if !(top.is_finite() && re_per_kg_s.is_finite() && re_per_kg_s > 0.0) {
            return;
        }
        // From the end of the transition (Re 4,000: the kink of `f` is the first node), where
        // Swamee–Jain is smooth.
        let start = hydraulics::TURBULENT_RE / re_per_kg_s;
        if !(start > 0.0 && start < top) {
            return;
        }
        // Whole octaves from Re 8,000 up to or past `top` (the main table takes over there);
        // when more than OCTAVES are needed, the first node rises to `top / 2^OCTAVES`.
        let needed = (top / start).log2().ceil().max(1.0);
        let (octaves, first) = if needed > OCTAVES as f64 {
            (OCTAVES, top / (1u64 << OCTAVES) as f64)
        } else {
            (needed as usize, start)
        };
        self.low_per_kg_s = 1.0 / first;
        self.low_end = (1u64 << octaves) as f64;
        for k in 0..=octaves * PER_OCTAVE {
            let octave = (1u64 << (k / PER_OCTAVE)) as f64;
            let m = first * octave * (1.0 + (k % PER_OCTAVE) as f64 / PER_OCTAVE as f64);
            self.low_w_per_flow2[k] = self.exact_w(m) / (m * m);
        }
    }

    /// Pump electricity of one pair from the low-flow table, W; `None` outside it.
    #[inline]
    fn low_w(&self, per_pair_kg_s: f64) -> Option<f64> {
        let q = per_pair_kg_s * self.low_per_kg_s;
        if !(1.0 <= q && q < self.low_end) {
            return None;
        }
        // 1 ≤ q < 2^OCTAVES: the exponent is the octave, the mantissa's top bits the node
        // within it, and the rest the position between that node and the next (nodes are
        // evenly spaced within an octave, so this is linear in the flow).
        let bits = q.to_bits();
        let octave = ((bits >> 52) & 0x7ff) as usize - 1023;
        let mantissa = bits & ((1u64 << 52) - 1);
        let k = octave * PER_OCTAVE + (mantissa >> CELL_BITS) as usize;
        let w = (mantissa & ((1u64 << CELL_BITS) - 1)) as f64 / (1u64 << CELL_BITS) as f64;
        let (a, b) = (
            *self.low_w_per_flow2.get(k)?,
            *self.low_w_per_flow2.get(k + 1)?,
        );
        Some(per_pair_kg_s * per_pair_kg_s * (a + w * (b - a)))
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
        } else if let Some(w) = self.low_w(per_pair_kg_s) {
            w
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
    fn low_flows_are_within_a_tenth_of_a_percent_and_exact_below_re_4000() {
        // DN200 above: the main table starts at 34.1243/8 = 4.27 kg/s; Re 4,000 at 62.5 °C
        // (μ ≈ 4.5e-4 Pa·s) is ṁ = 4000 · π · 0.2101 · μ / 4 ≈ 0.30 kg/s: 4 octaves (to 4.7).
        // A DN600 carrying 700 kg/s at 70 °C: Re 4,000 at ≈ 0.77 kg/s, 1/8 design 87.5 kg/s, 7
        // octaves. A span longer than 12 octaves (design 60,000 kg/s: 7,500/0.77 ≈ 2^13.2) is
        // cut to 12; below, exact.
        let big = PumpingTable::new(0.6096, 0.05e-3, 1000.0, 700.0, 70.0, 0.8);
        let huge = PumpingTable::new(0.6096, 0.05e-3, 1000.0, 60_000.0, 70.0, 0.8);
        for (t, m_d) in [(dn200(), 34.1243), (big, 700.0), (huge, 60_000.0)] {
            let start = 1.0 / t.low_per_kg_s;
            assert!(t.low_end >= 2.0 && start < m_d / 8.0);
            let re = hydraulics::reynolds(start, t.inner_m, t.mean_c);
            assert!(
                re >= hydraulics::TURBULENT_RE * (1.0 - 1e-9),
                "{m_d}: starts at Re {re}"
            );
            let mut worst: f64 = 0.0;
            for j in 1..4000 {
                // Geometric steps from just above the first node to the main table.
                let m = start * (m_d / 8.0 / start).powf(f64::from(j) / 4000.0);
                let low = t
                    .low_w(m)
                    .unwrap_or_else(|| panic!("{m_d}: {m} not in the table"));
                assert_eq!(low, t.per_pair_w(m));
                worst = worst.max((low / t.exact_w(m) - 1.0).abs());
            }
            assert!(worst <= 1e-3, "{m_d}: {worst}");
            // Nodes are exact; below the first node, exact.
            let node = start * 1.125;
            assert!((t.per_pair_w(node) / t.exact_w(node) - 1.0).abs() < 1e-12);
            assert_eq!(t.per_pair_w(start * 0.99), t.exact_w(start * 0.99));
        }
        assert_eq!(huge.low_end, 4096.0);
        assert_eq!(dn200().low_end, 16.0);
        assert_eq!(big.low_end, 128.0);
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

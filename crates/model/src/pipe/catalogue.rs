//! EN 253 pre-insulated steel pipes, DN50–DN600: dimensions, heat-loss coefficients and installed
//! cost (docs/model/pipe.md §2).
//!
//! Sources (tags as in the project's research datasheet, money-data.md §2 and §7.2):
//! - steel outside diameter × wall: isoplus design catalogue "Heating pipe" R 2.0, 04/2005 \[P\];
//!   inner diameter = OD − 2·wall, identical to LOGSTOR Product Catalogue 2020.03 as encoded in
//!   the ESDL Energy Data Repository (EDR) pipe assets \[P\];
//! - casing diameters, series 1/2/3: LOGSTOR 2020.03 via EDR \[P\] (no series 3 at DN600);
//! - `U`, W/(m·K) per pipe of a supply/return pair, referred to that pipe's temperature above the
//!   ground: \[D\] EN 13941 / Wallentén two-pipe method (U1 − U2) with LOGSTOR geometry, PUR λ 0.027,
//!   soil λ 1.5 W/(m·K), cover 0.8 m, 0.1 m between casings;
//! - cost, € per route metre of the pair: LOGSTOR 2020.03 via EDR "combined investment and
//!   installation costs" \[P\]; price year not stated, taken as 2020 \[A\] (see [`CAPEX_PRICE_YEAR`]).

/// Insulation series of EN 253 pipes (thicker casing, less loss: series 1 < 2 < 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Series {
    /// Series 1 (standard insulation).
    S1,
    /// Series 2 (reinforced), the default \[A: the middle series\].
    #[default]
    S2,
    /// Series 3 (twice reinforced). Not made at DN600: there the series-2 casing and `U` are used
    /// (conservative, more loss).
    S3,
}

impl Series {
    /// The series from its number 1, 2 or 3 (`connection.series`); `None` otherwise.
    pub fn from_number(n: u8) -> Option<Series> {
        match n {
            1 => Some(Series::S1),
            2 => Some(Series::S2),
            3 => Some(Series::S3),
            _ => None,
        }
    }

    /// The series number, 1–3.
    pub fn number(self) -> u8 {
        match self {
            Series::S1 => 1,
            Series::S2 => 2,
            Series::S3 => 3,
        }
    }
}

/// One nominal diameter of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PipeSize {
    /// Nominal diameter, DN.
    pub dn: u32,
    /// Steel outside diameter, mm.
    pub outer_mm: f64,
    /// Steel wall thickness, mm.
    pub wall_mm: f64,
    /// Steel inner diameter, mm (= outer − 2·wall).
    pub inner_mm: f64,
    /// Casing outside diameter of series 1, 2, 3, mm; 0 where the series is not made.
    pub casing_mm: [f64; 3],
    /// Linear heat-loss coefficient per pipe of a pair, series 1, 2, 3, W/(m·K); 0 where the
    /// series is not made.
    pub u_w_per_m_k: [f64; 3],
    /// Installed cost per route metre of the supply/return pair, € (price year
    /// [`CAPEX_PRICE_YEAR`]).
    pub capex_eur_per_m: f64,
}

impl PipeSize {
    /// Inner diameter, m.
    pub fn inner_m(&self) -> f64 {
        self.inner_mm / 1000.0
    }

    /// Linear heat-loss coefficient for `series`, W/(m·K) per pipe; series 3 at DN600 (not made)
    /// falls back to series 2.
    pub fn u_w_per_m_k(&self, series: Series) -> f64 {
        let i = usize::from(series.number() - 1);
        match self.u_w_per_m_k[i] {
            u if u > 0.0 => u,
            _ => self.u_w_per_m_k[1],
        }
    }

    /// Casing outside diameter for `series`, mm, with the same fallback as
    /// [`PipeSize::u_w_per_m_k`].
    pub fn casing_mm(&self, series: Series) -> f64 {
        let i = usize::from(series.number() - 1);
        match self.casing_mm[i] {
            c if c > 0.0 => c,
            _ => self.casing_mm[1],
        }
    }
}

/// Price year of [`PipeSize::capex_eur_per_m`] \[A: the LOGSTOR catalogue edition; EDR does not
/// state it].
pub const CAPEX_PRICE_YEAR: u32 = 2020;

const fn size(
    dn: u32,
    outer_mm: f64,
    wall_mm: f64,
    inner_mm: f64,
    casing_mm: [f64; 3],
    u_w_per_m_k: [f64; 3],
    capex_eur_per_m: f64,
) -> PipeSize {
    PipeSize {
        dn,
        outer_mm,
        wall_mm,
        inner_mm,
        casing_mm,
        u_w_per_m_k,
        capex_eur_per_m,
    }
}

/// The catalogue, DN ascending (docs/model/pipe.md §2 for the sources of each column).
pub const CATALOGUE: [PipeSize; 14] = [
    size(
        50,
        60.3,
        2.9,
        54.5,
        [125.0, 140.0, 160.0],
        [0.218, 0.190, 0.165],
        778.0,
    ),
    size(
        65,
        76.1,
        2.9,
        70.3,
        [140.0, 160.0, 180.0],
        [0.256, 0.213, 0.185],
        822.0,
    ),
    size(
        80,
        88.9,
        3.2,
        82.5,
        [160.0, 180.0, 200.0],
        [0.264, 0.223, 0.196],
        869.0,
    ),
    size(
        100,
        114.3,
        3.6,
        107.1,
        [200.0, 225.0, 250.0],
        [0.276, 0.232, 0.203],
        936.0,
    ),
    size(
        125,
        139.7,
        3.6,
        132.5,
        [225.0, 250.0, 280.0],
        [0.320, 0.268, 0.228],
        1027.0,
    ),
    size(
        150,
        168.3,
        4.0,
        160.3,
        [250.0, 280.0, 315.0],
        [0.379, 0.304, 0.251],
        1126.0,
    ),
    size(
        200,
        219.1,
        4.5,
        210.1,
        [315.0, 355.0, 400.0],
        [0.412, 0.321, 0.263],
        1355.0,
    ),
    size(
        250,
        273.0,
        5.0,
        263.0,
        [400.0, 450.0, 500.0],
        [0.398, 0.313, 0.263],
        1631.0,
    ),
    size(
        300,
        323.9,
        5.6,
        312.7,
        [450.0, 500.0, 560.0],
        [0.457, 0.357, 0.289],
        1962.0,
    ),
    size(
        350,
        355.6,
        5.6,
        344.4,
        [500.0, 560.0, 630.0],
        [0.445, 0.344, 0.279],
        2361.0,
    ),
    size(
        400,
        406.4,
        6.3,
        393.8,
        [560.0, 630.0, 710.0],
        [0.471, 0.357, 0.286],
        2841.0,
    ),
    size(
        450,
        457.0,
        6.3,
        444.4,
        [630.0, 710.0, 800.0],
        [0.472, 0.357, 0.286],
        3418.0,
    ),
    size(
        500,
        508.0,
        6.3,
        495.4,
        [710.0, 800.0, 900.0],
        [0.457, 0.349, 0.282],
        4113.0,
    ),
    size(
        600,
        610.0,
        7.1,
        595.8,
        [800.0, 900.0, 0.0],
        [0.558, 0.404, 0.0],
        5954.0,
    ),
];

/// The catalogue entry of nominal diameter `dn`, if it is one.
pub fn by_dn(dn: u32) -> Option<&'static PipeSize> {
    CATALOGUE.iter().find(|s| s.dn == dn)
}

/// The DNs of the catalogue, ascending (for messages and the page's choices).
pub const DN_LIST: [u32; 14] = [
    50, 65, 80, 100, 125, 150, 200, 250, 300, 350, 400, 450, 500, 600,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inner_diameter_is_outer_minus_two_walls() {
        // EN 253 / isoplus: e.g. DN200 219.1 − 2·4.5 = 210.1 mm.
        for s in &CATALOGUE {
            assert!(
                (s.outer_mm - 2.0 * s.wall_mm - s.inner_mm).abs() < 0.051,
                "DN{}",
                s.dn
            );
        }
    }

    #[test]
    fn catalogue_is_ascending_and_matches_dn_list() {
        for (s, dn) in CATALOGUE.iter().zip(DN_LIST) {
            assert_eq!(s.dn, dn);
        }
        for w in CATALOGUE.windows(2) {
            assert!(w[0].inner_mm < w[1].inner_mm);
            assert!(w[0].capex_eur_per_m < w[1].capex_eur_per_m);
        }
    }

    #[test]
    fn thicker_series_loses_less_and_has_a_larger_casing() {
        for s in &CATALOGUE {
            assert!(
                s.u_w_per_m_k(Series::S1) > s.u_w_per_m_k(Series::S2),
                "DN{}",
                s.dn
            );
            assert!(
                s.u_w_per_m_k(Series::S2) >= s.u_w_per_m_k(Series::S3),
                "DN{}",
                s.dn
            );
            assert!(
                s.casing_mm(Series::S1) < s.casing_mm(Series::S2),
                "DN{}",
                s.dn
            );
            assert!(
                s.casing_mm(Series::S2) <= s.casing_mm(Series::S3),
                "DN{}",
                s.dn
            );
        }
    }

    /// `U1 − U2` of the EN 13941 / Wallentén two-pipe method for the datasheet's assumptions
    /// (money-data.md §2.2): steel λ 52.15, PUR λ 0.027, PE casing λ 0.4, soil λ 1.5 W/(m·K),
    /// cover 0.8 m to the casing top, 0.1 m between casings; `pe_wall_mm` the casing wall.
    fn wallenten_u(s: &PipeSize, casing_mm: f64, pe_wall_mm: f64) -> f64 {
        use std::f64::consts::PI;
        let (od, id, dc) = (s.outer_mm, s.inner_mm, casing_mm);
        let dci = dc - 2.0 * pe_wall_mm;
        let r_ins = (od / id).ln() / (2.0 * PI * 52.15)
            + (dci / od).ln() / (2.0 * PI * 0.027)
            + (dc / dci).ln() / (2.0 * PI * 0.4);
        let h = 0.8 + dc / 2000.0;
        let r_soil = (4.0 * h / (dc / 1000.0)).ln() / (2.0 * PI * 1.5);
        let c = dc / 1000.0 + 0.1;
        let r_h = (1.0 + (2.0 * h / c).powi(2)).sqrt().ln() / (2.0 * PI * 1.5);
        let r = r_soil + r_ins;
        // U1 − U2 = (R − R_h)/(R² − R_h²).
        (r - r_h) / (r * r - r_h * r_h)
    }

    #[test]
    fn loss_coefficients_follow_the_two_pipe_method() {
        // The datasheet does not give the PE casing wall: every tabulated U must lie between
        // the method's value with no PE wall (foam up to the casing's outside: least loss) and
        // with a wall of D_c/40 (most loss), and within 3.5 % of a wall of D_c/80 (e.g. 4 mm on
        // a 315 mm casing) [A]. The bounds are ±3–5 % wide, so a typo or a swapped series fails.
        for s in &CATALOGUE {
            for (i, &u) in s.u_w_per_m_k.iter().enumerate() {
                let dc = s.casing_mm[i];
                if dc == 0.0 {
                    continue;
                }
                let (lo, hi) = (wallenten_u(s, dc, 0.0), wallenten_u(s, dc, dc / 40.0));
                assert!(
                    lo <= u && u <= hi,
                    "DN{} S{}: {u} not in {lo}–{hi}",
                    s.dn,
                    i + 1
                );
                let mid = wallenten_u(s, dc, dc / 80.0);
                assert!(
                    (mid / u - 1.0).abs() < 0.035,
                    "DN{} S{}: {u} vs {mid}",
                    s.dn,
                    i + 1
                );
            }
        }
    }

    #[test]
    fn dn600_series_3_falls_back_to_series_2() {
        let s = by_dn(600).expect("DN600 is in the catalogue");
        assert_eq!(s.u_w_per_m_k(Series::S3), 0.404);
        assert_eq!(s.casing_mm(Series::S3), 900.0);
        assert!(by_dn(55).is_none());
    }

    #[test]
    fn series_numbers_round_trip() {
        for n in 1..=3 {
            assert_eq!(Series::from_number(n).map(Series::number), Some(n));
        }
        assert_eq!(Series::from_number(0), None);
        assert_eq!(Series::from_number(4), None);
    }
}

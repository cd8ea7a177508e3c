//! The connection pipe between the data centre and the district heating network: a pair of
//! pre-insulated steel pipes (EN 253), supply and return (specification: docs/model/pipe.md).
//!
//! **Equations.** Design flow `ṁ_d = Q_d / (c_p ΔT)`; automatic DN = the smallest catalogue DN
//! whose gradient `R(ṁ_d)` ≤ `max_pressure_gradient_pa_per_m` and velocity ≤
//! `max_velocity_m_per_s` (parallel DN600 pairs beyond its capacity). Per hour, for `n` pairs of
//! route length `L`:
//!
//! ```text
//! Q_loss = n · L · U · [(T_s − T_g) + (T_r − T_g)] / 1000      kW, floored at 0 (pipe kept warm)
//! Q_loss = n · ṁ_p c_p (1 − e^(−U L/(ṁ_p c_p))) · [(T_s − T_g) + (T_r − T_g)] / 1000 (carrying ṁ = n ṁ_p)
//! Δp     = R(ṁ/n) · 2 L                                        Pa (supply + return)
//! P_pump = Δp · (ṁ / ρ) / η_pump / 1000                        kW
//! C_pipe = n · L · c(DN)                                       € (price year 2020)
//! ```
//!
//! `R` is Darcy–Weisbach with Swamee–Jain ([`hydraulics`]); water properties at the mean
//! temperature ([`water`]); `U` and `c(DN)` from the [`catalogue`]. Hourly pumping reads a table
//! built at design ([`pumping`]) and the carrying loss uses a series for `(1 − e^(−k))/k`, so an
//! hour costs a few nanoseconds. Length 0 gives no loss, no pumping and no capex.
//!
//! **Sources.** EN 253 dimensions (isoplus R 2.0, 2005; LOGSTOR 2020.03 via the ESDL Energy Data
//! Repository); `U` derived with the EN 13941 two-pipe method; cost LOGSTOR 2020.03 via EDR;
//! sizing limits vicus-software.com (100–200 Pa/m) and HotMaps `parameters.py` (3 m/s); roughness
//! vicus-software.com (new steel 0.05 mm); pump efficiency 0.8 HotMaps. Details and tags in
//! docs/model/pipe.md.
//!
//! **Use.** Validate [`ConnectionParams`] once ([`ConnectionParams::validate`]), build a
//! [`Connection`] with [`Connection::design`] at the design point, then call its methods each
//! hour: they take and return scalars, allocate nothing and cannot fail.

pub mod catalogue;
pub mod hydraulics;
pub mod pumping;
pub mod water;

mod params;

pub use catalogue::{PipeSize, Series, CAPEX_PRICE_YEAR, CATALOGUE, DN_LIST};
pub use hydraulics::Limits;
pub use params::*;

/// Smallest temperature difference between supply and return used to turn heat into a mass
/// flow, K (keeps `Q / (c_p ΔT)` finite; the scenario's own rules keep ΔT far above it).
pub const MIN_DELTA_K: f64 = 1.0;

/// The design point of the connection: the heat it must carry and its temperatures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DesignPoint {
    /// Design heat carried, kW (e.g. the recovery's heat at design IT load); ≥ 0.
    pub heat_kw: f64,
    /// Supply temperature (data centre → network), °C.
    pub supply_c: f64,
    /// Return temperature (network → data centre), °C.
    pub return_c: f64,
}

/// Mass flow, kg/s, that carries `heat_kw` between `supply_c` and `return_c`:
/// `Q · 1000 / (c_p(T_m) · max(T_s − T_r, 1 K))`; 0 for heat that is not positive and finite.
///
/// Hand check: 5,000 kW at 80/45 °C: T_m 62.5 °C, c_p = 4185.1 + 0.25 · 5.1 = 4186.375 J/(kg·K);
/// ṁ = 5,000,000 / (4186.375 · 35) = 34.124 kg/s.
pub fn mass_flow_kg_s(heat_kw: f64, supply_c: f64, return_c: f64) -> f64 {
    if !(heat_kw.is_finite() && heat_kw > 0.0) {
        return 0.0;
    }
    let delta = supply_c - return_c;
    let delta = if delta.is_finite() {
        delta.max(MIN_DELTA_K)
    } else {
        MIN_DELTA_K
    };
    let mean = 0.5 * (supply_c + return_c);
    heat_kw * 1000.0 / (water::specific_heat_j_per_kg_k(mean) * delta)
}

/// Heat lost by `pairs` supply/return pairs of `length_m` with coefficient `u_w_per_m_k` (per
/// pipe), kW: `pairs · L · U · ((T_s − T_g) + (T_r − T_g)) / 1000`, floored at 0 (NaN → 0;
/// saturates at `f64::MAX`).
pub fn heat_loss_kw(
    u_w_per_m_k: f64,
    length_m: f64,
    pairs: u32,
    supply_c: f64,
    return_c: f64,
    ground_c: f64,
) -> f64 {
    let q =
        f64::from(pairs) * length_m * u_w_per_m_k * ((supply_c - ground_c) + (return_c - ground_c))
            / 1000.0;
    saturate(q)
}

/// Heat lost by `pairs` pairs carrying a total `mass_flow_kg_s`, kW, with the water cooling along
/// each pipe (docs/model/pipe.md §5): with `ṁ_p = ṁ/pairs`, `c_p` at the pair's mean temperature
/// and `k = U L / (ṁ_p c_p)`, each pipe loses `ṁ_p c_p (T_in − T_g)(1 − e^(−k))`, so the pair
/// loses [`heat_loss_kw`] × `(1 − e^(−k))/k`; floored at 0. Tends to [`heat_loss_kw`] at large
/// flow; 0 at zero flow (standing water cools to the ground and stops losing). At most one
/// `exp` per call ([`cooling_factor`]).
pub fn heat_loss_at_flow_kw(
    u_w_per_m_k: f64,
    length_m: f64,
    pairs: u32,
    mass_flow_kg_s: f64,
    supply_c: f64,
    return_c: f64,
    ground_c: f64,
) -> f64 {
    let m = mass_flow_kg_s / f64::from(pairs.max(1));
    if !(m.is_finite() && m > 0.0) {
        return 0.0;
    }
    let mc = m * water::specific_heat_j_per_kg_k(0.5 * (supply_c + return_c));
    let k = u_w_per_m_k * length_m / mc;
    heat_loss_kw(u_w_per_m_k, length_m, pairs, supply_c, return_c, ground_c) * cooling_factor(k)
}

/// `(1 − e^(−k))/k`, the share of the kept-warm loss that a flow with `k = U L/(ṁ_p c_p)` loses
/// (1 at `k = 0`). Below `k = 0.05` (every hour near design flow: a 1 km DN200 S2 line at 5 MW has
/// k = 0.0022) the series `1 − k/2 + k²/6 − k³/24 + k⁴/120` (next term k⁵/720 < 5e-10),
/// otherwise `−expm1(−k)/k`; 0 for `k = +∞` (no flow); 1 for `k ≤ 0` or NaN.
pub fn cooling_factor(k: f64) -> f64 {
    if k.is_nan() || k <= 0.0 {
        1.0
    } else if k < 0.05 {
        1.0 - k * (0.5 - k * (1.0 / 6.0 - k * (1.0 / 24.0 - k / 120.0)))
    } else if k.is_finite() {
        -(-k).exp_m1() / k
    } else {
        0.0
    }
}

/// Pump electricity, kW, to push `mass_flow_kg_s` of water of density `density_kg_per_m3`
/// against `pressure_drop_pa`: `Δp · ṁ/ρ / η / 1000`; 0 unless every input is positive
/// (saturates at `f64::MAX`).
pub fn pumping_kw(
    pressure_drop_pa: f64,
    mass_flow_kg_s: f64,
    density_kg_per_m3: f64,
    pump_efficiency: f64,
) -> f64 {
    let p = pressure_drop_pa * mass_flow_kg_s / density_kg_per_m3 / pump_efficiency / 1000.0;
    let ok = pressure_drop_pa > 0.0
        && mass_flow_kg_s > 0.0
        && density_kg_per_m3 > 0.0
        && pump_efficiency > 0.0;
    if ok {
        saturate(p)
    } else {
        0.0
    }
}

/// A result clamped to `0..=f64::MAX` (NaN → 0): the hourly functions stay finite and ≥ 0 even
/// for inputs far outside any scenario's range (where they saturate).
fn saturate(x: f64) -> f64 {
    if x.is_nan() {
        0.0
    } else {
        x.clamp(0.0, f64::MAX)
    }
}

/// A designed connection: the chosen pipe and the constants every hour needs. `Copy`, built once.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Connection {
    /// Route length, m (0: no connection pipe).
    pub length_m: f64,
    /// The catalogue pipe (given or chosen).
    pub size: PipeSize,
    /// Parallel supply/return pairs (1 unless even DN600 cannot carry the design flow).
    pub pairs: u32,
    /// Insulation series.
    pub series: Series,
    /// Linear heat-loss coefficient per pipe of the series, W/(m·K).
    pub u_w_per_m_k: f64,
    /// Absolute roughness, m.
    pub roughness_m: f64,
    /// Pump efficiency, 0–1.
    pub pump_efficiency: f64,
    /// Design mass flow of the whole line, kg/s.
    pub design_mass_flow_kg_s: f64,
    /// Design pressure gradient per pipe, Pa/m (Swamee–Jain).
    pub design_gradient_pa_per_m: f64,
    /// Design velocity, m/s.
    pub design_velocity_m_per_s: f64,
    /// Whether the design flow keeps the sizing limits (always with the automatic DN; a given DN
    /// may be too small, which the caller can report).
    pub within_limits: bool,
    /// Whether the DN was chosen automatically.
    pub automatic: bool,
    /// Pump electricity per pair over its flow, at the design mean temperature (hourly use).
    pub pumping: pumping::PumpingTable,
    /// Specific heat at the design mean temperature, J/(kg·K) (hourly pumping).
    pub design_specific_heat_j_per_kg_k: f64,
}

impl Connection {
    /// Designs the connection for `params` at `design`. Parameters outside their ranges (which
    /// [`ConnectionParams::validate`] refuses) are clamped into them, a NaN taken as the default,
    /// and a DN not in the catalogue replaced by the next larger one, so this never fails.
    pub fn design(params: &ConnectionParams, design: DesignPoint) -> Connection {
        let p = params.clamped();
        let mean_c = 0.5 * (design.supply_c + design.return_c);
        let m = mass_flow_kg_s(design.heat_kw, design.supply_c, design.return_c);
        let roughness_m = p.roughness_mm / 1000.0;
        let limits = p.limits();
        let (size, pairs) = match p.dn {
            None => hydraulics::choose_size(m, roughness_m, mean_c, limits),
            Some(dn) => (
                CATALOGUE
                    .iter()
                    .find(|s| s.dn >= dn)
                    .unwrap_or(&CATALOGUE[CATALOGUE.len() - 1]),
                1,
            ),
        };
        let per_pair = m / f64::from(pairs);
        let d = size.inner_m();
        let length_m = p.length_km * 1000.0;
        Connection {
            length_m,
            size: *size,
            pairs,
            series: p.series,
            u_w_per_m_k: size.u_w_per_m_k(p.series),
            roughness_m,
            pump_efficiency: p.pump_efficiency,
            design_mass_flow_kg_s: m,
            design_gradient_pa_per_m: hydraulics::pressure_gradient_pa_per_m(
                per_pair,
                d,
                roughness_m,
                mean_c,
            ),
            design_velocity_m_per_s: hydraulics::velocity_m_per_s(per_pair, d, mean_c),
            within_limits: hydraulics::within_limits(size, per_pair, roughness_m, mean_c, limits),
            automatic: p.dn.is_none(),
            design_specific_heat_j_per_kg_k: water::specific_heat_j_per_kg_k(mean_c),
            pumping: pumping::PumpingTable::new(
                d,
                roughness_m,
                length_m,
                per_pair,
                mean_c,
                p.pump_efficiency,
            ),
        }
    }

    /// Nominal diameter, DN.
    pub fn dn(&self) -> u32 {
        self.size.dn
    }

    /// Heat lost to the ground this hour, kW (docs/model/pipe.md §5).
    pub fn heat_loss_kw(&self, supply_c: f64, return_c: f64, ground_c: f64) -> f64 {
        heat_loss_kw(
            self.u_w_per_m_k,
            self.length_m,
            self.pairs,
            supply_c,
            return_c,
            ground_c,
        )
    }

    /// Heat lost this hour while carrying `heat_kw` between `supply_c` and `return_c`, kW, with the
    /// water cooling along the pipe: [`heat_loss_at_flow_kw`] at the flow
    /// [`mass_flow_kg_s`]`(heat_kw, supply_c, return_c)`, where `c_p` cancels:
    /// `k = U L/(ṁ_p c_p) = n U L ΔT / (1000 Q)`. 0 when no heat is carried.
    pub fn heat_loss_carrying_kw(
        &self,
        heat_kw: f64,
        supply_c: f64,
        return_c: f64,
        ground_c: f64,
    ) -> f64 {
        if heat_kw.is_nan() || heat_kw <= 0.0 {
            return 0.0;
        }
        let delta = supply_c - return_c;
        let delta = if delta >= MIN_DELTA_K {
            delta
        } else {
            MIN_DELTA_K
        };
        let k =
            f64::from(self.pairs) * self.u_w_per_m_k * self.length_m * delta / (1000.0 * heat_kw);
        saturate(self.heat_loss_kw(supply_c, return_c, ground_c) * cooling_factor(k))
    }

    /// Pressure drop of the line (supply + return), Pa, for a total `mass_flow_kg_s` at `mean_c`
    /// (saturates at `f64::MAX`).
    pub fn pressure_drop_pa(&self, mass_flow_kg_s: f64, mean_c: f64) -> f64 {
        let per_pair = mass_flow_kg_s / f64::from(self.pairs.max(1));
        let r = hydraulics::pressure_gradient_pa_per_m(
            per_pair,
            self.size.inner_m(),
            self.roughness_m,
            mean_c,
        );
        saturate(r * 2.0 * self.length_m)
    }

    /// Pump electricity, kW, for a total `mass_flow_kg_s` with the water properties at `mean_c`,
    /// computed exactly (the reference for [`Connection::pumping_kw`]).
    pub fn pumping_kw_at_flow(&self, mass_flow_kg_s: f64, mean_c: f64) -> f64 {
        pumping_kw(
            self.pressure_drop_pa(mass_flow_kg_s, mean_c),
            mass_flow_kg_s,
            water::density_kg_per_m3(mean_c),
            self.pump_efficiency,
        )
    }

    /// Pump electricity, kW, this hour for `heat_kw` carried between `supply_c` and `return_c`:
    /// the flow `Q / (c_p ΔT)` from the hour's ΔT, with the water properties (`c_p`, ρ, μ) at the
    /// design mean temperature and the pressure drop from the design table
    /// ([`pumping::PumpingTable`]); within 3 % of [`Connection::pumping_kw_at_flow`] for hours
    /// whose mean temperature is within ±10 K of the design (docs/model/pipe.md §4). A few
    /// nanoseconds an hour.
    #[inline]
    pub fn pumping_kw(&self, heat_kw: f64, supply_c: f64, return_c: f64) -> f64 {
        if heat_kw.is_nan() || heat_kw <= 0.0 {
            return 0.0;
        }
        let delta = supply_c - return_c;
        let delta = if delta >= MIN_DELTA_K {
            delta
        } else {
            MIN_DELTA_K
        };
        let pairs = f64::from(self.pairs.max(1));
        let per_pair = heat_kw * 1000.0 / (self.design_specific_heat_j_per_kg_k * delta * pairs);
        saturate(pairs * self.pumping.per_pair_w(per_pair) / 1000.0)
    }

    /// Installed cost, € (price year [`CAPEX_PRICE_YEAR`]).
    pub fn capex_eur(&self) -> f64 {
        f64::from(self.pairs) * self.length_m * self.size.capex_eur_per_m
    }

    /// Heat lost over the hours of the slices, MWh (hours beyond the shorter slice ignored).
    pub fn annual_heat_loss_mwh(&self, supply_c: &[f64], return_c: &[f64], ground_c: f64) -> f64 {
        supply_c
            .iter()
            .zip(return_c)
            .map(|(&s, &r)| self.heat_loss_kw(s, r, ground_c))
            .sum::<f64>()
            / 1000.0
    }

    /// Heat lost over the hours of the slices while carrying `heat_kw`, MWh
    /// ([`Connection::heat_loss_carrying_kw`]; hours beyond the shortest slice ignored).
    pub fn annual_heat_loss_carrying_mwh(
        &self,
        heat_kw: &[f64],
        supply_c: &[f64],
        return_c: &[f64],
        ground_c: f64,
    ) -> f64 {
        heat_kw
            .iter()
            .zip(supply_c)
            .zip(return_c)
            .map(|((&q, &s), &r)| self.heat_loss_carrying_kw(q, s, r, ground_c))
            .sum::<f64>()
            / 1000.0
    }

    /// Pump electricity over the hours of the slices, MWh, for the hourly heat carried `heat_kw`
    /// (hours beyond the shortest slice ignored).
    pub fn annual_pumping_mwh(&self, heat_kw: &[f64], supply_c: &[f64], return_c: &[f64]) -> f64 {
        heat_kw
            .iter()
            .zip(supply_c)
            .zip(return_c)
            .map(|((&q, &s), &r)| self.pumping_kw(q, s, r))
            .sum::<f64>()
            / 1000.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIVE_MW: DesignPoint = DesignPoint {
        heat_kw: 5000.0,
        supply_c: 80.0,
        return_c: 45.0,
    };

    #[test]
    fn mass_flow_by_hand() {
        // See the doc comment: 5,000,000 / (4186.375 · 35) = 34.1243 kg/s.
        assert!((mass_flow_kg_s(5000.0, 80.0, 45.0) - 34.1243).abs() < 1e-4);
        // ΔT below 1 K uses 1 K: 10 kW at 70/70 °C → 10,000 / 4190.2 = 2.38652 kg/s.
        assert!((mass_flow_kg_s(10.0, 70.0, 70.0) - 2.38652).abs() < 1e-5);
        assert_eq!(mass_flow_kg_s(0.0, 80.0, 45.0), 0.0);
        assert_eq!(mass_flow_kg_s(-5.0, 80.0, 45.0), 0.0);
        assert_eq!(mass_flow_kg_s(f64::INFINITY, 80.0, 45.0), 0.0);
    }

    #[test]
    fn five_mw_gets_dn200() {
        // DN150 at 34.12 kg/s, 62.5 °C: v = 34.12/(981.9·0.020182) = 1.72 m/s, R ≈ 144 Pa/m
        // > 100; DN200: R = 37.5 Pa/m (hydraulics test) ≤ 100 → DN200, one pair.
        let c = Connection::design(&ConnectionParams::default(), FIVE_MW);
        assert_eq!((c.dn(), c.pairs), (200, 1));
        assert!(c.within_limits && c.automatic);
        assert!((c.design_gradient_pa_per_m - 37.475).abs() < 0.01);
        let dn150 = catalogue::by_dn(150).expect("DN150");
        let r150 = hydraulics::pressure_gradient_pa_per_m(34.1243, dn150.inner_m(), 5e-5, 62.5);
        assert!(r150 > 100.0, "{r150}");
    }

    #[test]
    fn heat_loss_by_hand() {
        // Datasheet example (money-data.md §2.2): DN200 series 2, U = 0.321 W/(m·K), 80/45 °C,
        // ground 13.4 °C: q = 0.321·(66.6 + 31.6) = 31.5222 W/m; 1 km → 31.5222 kW.
        let c = Connection::design(&ConnectionParams::default(), FIVE_MW);
        assert!((c.heat_loss_kw(80.0, 45.0, 13.4) - 31.5222).abs() < 1e-9);
        // Series 1 (U 0.412): 0.412·98.2 = 40.4584 kW; two parallel pairs double it.
        assert!((heat_loss_kw(0.412, 1000.0, 1, 80.0, 45.0, 13.4) - 40.4584).abs() < 1e-9);
        assert!((heat_loss_kw(0.412, 1000.0, 2, 80.0, 45.0, 13.4) - 80.9168).abs() < 1e-9);
        // Water colder than the ground: floored at 0.
        assert_eq!(heat_loss_kw(0.412, 1000.0, 1, 10.0, 5.0, 20.0), 0.0);
        // A year at constant temperatures: 8,760 · 31.5222 / 1000 = 276.1345 MWh.
        let s = vec![80.0; 8760];
        let r = vec![45.0; 8760];
        assert!((c.annual_heat_loss_mwh(&s, &r, 13.4) - 276.134_472).abs() < 1e-6);
    }

    #[test]
    fn pumping_by_hand() {
        // Δp = 37.4753 Pa/m · 2 · 1000 m = 74,950.6 Pa; V̇ = 34.1243/981.895 = 0.0347535 m³/s;
        // P = 74,950.6 · 0.0347535 / 0.8 = 3,256.0 W.
        let c = Connection::design(&ConnectionParams::default(), FIVE_MW);
        assert!((c.pressure_drop_pa(34.1243, 62.5) - 74_950.6).abs() < 1.0);
        assert!((c.pumping_kw(5000.0, 80.0, 45.0) - 3.2560).abs() < 1e-3);
        assert!((pumping_kw(74_950.6, 34.1243, 981.895, 0.8) - 3.2560).abs() < 1e-3);
        let q = vec![5000.0; 10];
        let s = vec![80.0; 10];
        let r = vec![45.0; 10];
        assert!((c.annual_pumping_mwh(&q, &s, &r) - 0.032560).abs() < 1e-5);
        assert_eq!(c.pumping_kw(0.0, 80.0, 45.0), 0.0);
    }

    #[test]
    fn hourly_pumping_follows_the_exact_one_within_three_percent() {
        // The hourly table is at the design mean temperature (62.5 °C); an hour with a mean 10 K
        // away changes P ∝ f ṁ³/ρ² through ρ² (1.1 %), c_p in ṁ (0.7 % in ṁ³) and f (viscosity).
        let c = Connection::design(&ConnectionParams::default(), FIVE_MW);
        let mut worst: f64 = 0.0;
        for share in [0.2, 0.5, 0.8, 1.0, 1.3] {
            for (s, r) in [(70.0, 35.0), (80.0, 45.0), (90.0, 55.0), (85.0, 40.0)] {
                let q = 5000.0 * share;
                let exact = c.pumping_kw_at_flow(mass_flow_kg_s(q, s, r), 0.5 * (s + r));
                worst = worst.max((c.pumping_kw(q, s, r) / exact - 1.0).abs());
            }
        }
        assert!(worst < 0.03, "{worst}");
        assert!(worst > 0.001, "the temperatures do differ: {worst}");
    }

    #[test]
    fn cooling_factor_series_and_exact_agree() {
        // (1 − e^(−k))/k: k = 0.05 → 0.975411510; k = 1 → 0.632120559. The series below 0.05
        // is off by at most k⁵/720 = 4.3e-10.
        let exact = |k: f64| -(-k).exp_m1() / k;
        for k in [1e-9, 1e-4, 0.0022, 0.0499999, 0.05, 0.3, 1.0, 20.0] {
            assert!((cooling_factor(k) - exact(k)).abs() < 5e-10, "{k}");
        }
        assert!((cooling_factor(1.0) - 0.632_120_559).abs() < 1e-9);
        assert!((cooling_factor(0.05) - 0.975_411_510).abs() < 1e-9);
        assert_eq!(cooling_factor(0.0), 1.0);
        assert_eq!(cooling_factor(f64::INFINITY), 0.0);
        assert_eq!(cooling_factor(f64::NAN), 1.0);
    }

    #[test]
    fn carrying_loss_is_the_flow_loss_at_the_hours_flow() {
        // c_p cancels in k = n U L ΔT / (1000 Q): the method equals the free function.
        let c = Connection::design(&ConnectionParams::default(), FIVE_MW);
        for (q, s, r, g) in [
            (5000.0, 80.0, 45.0, 13.4),
            (300.0, 90.0, 50.0, 5.0),
            (20.0, 70.0, 40.0, 25.0),
        ] {
            let m = mass_flow_kg_s(q, s, r);
            let direct = heat_loss_at_flow_kw(c.u_w_per_m_k, c.length_m, c.pairs, m, s, r, g);
            assert!((c.heat_loss_carrying_kw(q, s, r, g) / direct - 1.0).abs() < 1e-12);
        }
        // 5 MW, 80/45 °C, ground 13.4: k = 0.321·1000·35/(1000·5000) = 0.002247; factor
        // 1 − 0.0011235 + 0.00000084 = 0.9988773; 31.5222 · 0.9988773 = 31.4868 kW.
        assert!((c.heat_loss_carrying_kw(5000.0, 80.0, 45.0, 13.4) - 31.4868).abs() < 1e-4);
        assert_eq!(c.heat_loss_carrying_kw(0.0, 80.0, 45.0, 13.4), 0.0);
    }

    #[test]
    fn capex_by_dn_and_length() {
        // DN200: 1,355 €/m · 1,000 m = 1,355,000 €.
        let c = Connection::design(&ConnectionParams::default(), FIVE_MW);
        assert_eq!(c.capex_eur(), 1_355_000.0);
        let p = ConnectionParams {
            length_km: 2.5,
            dn: Some(100),
            ..ConnectionParams::default()
        };
        // DN100 given: 936 €/m · 2,500 m = 2,340,000 €; too small for 5 MW (v ≈ 3.9 m/s).
        let c = Connection::design(&p, FIVE_MW);
        assert_eq!((c.dn(), c.capex_eur()), (100, 2_340_000.0));
        assert!(!c.within_limits && !c.automatic);
    }

    #[test]
    fn length_zero_gives_zeros() {
        let p = ConnectionParams {
            length_km: 0.0,
            ..ConnectionParams::default()
        };
        let c = Connection::design(&p, FIVE_MW);
        assert_eq!(c.heat_loss_kw(90.0, 50.0, 0.0), 0.0);
        assert_eq!(c.pumping_kw(5000.0, 80.0, 45.0), 0.0);
        assert_eq!(c.capex_eur(), 0.0);
    }

    #[test]
    fn validate_names_the_field_value_and_range() {
        assert!(ConnectionParams::default().validate().is_empty());
        let p = ConnectionParams {
            length_km: 600.0,
            dn: Some(55),
            pump_efficiency: f64::NAN,
            ..ConnectionParams::default()
        };
        let problems = p.validate();
        let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(text.len(), 3, "{text:?}");
        assert_eq!(
            text[0],
            "connection.length_km: 600 is out of range; allowed 0 to 500 km"
        );
        assert!(text[1].starts_with("connection.pump_efficiency: NaN is out of range"));
        assert!(text[2].starts_with("connection.dn: DN55 is not in the EN 253 catalogue"));
    }

    #[test]
    fn invalid_params_are_clamped_not_panicking() {
        let p = ConnectionParams {
            length_km: f64::NAN,
            dn: Some(10_000),
            series: Series::S3,
            max_pressure_gradient_pa_per_m: -1.0,
            max_velocity_m_per_s: f64::INFINITY,
            roughness_mm: 0.0,
            pump_efficiency: 0.0,
        };
        let c = Connection::design(&p, FIVE_MW);
        assert_eq!((c.dn(), c.length_m), (600, 1000.0));
        assert_eq!(c.u_w_per_m_k, 0.404);
        assert!(c.pumping_kw(5000.0, 80.0, 45.0).is_finite());
    }
}

//! A small seeded random generator and the distributions of the uncertainty instrument.
//!
//! [`SplitMix64`] is Steele, Lea & Flood's generator ("Fast splittable pseudorandom number
//! generators", OOPSLA 2014), in the form of Vigna's public-domain reference `splitmix64.c`
//! (prng.di.unimi.it): add the golden-ratio increment `0x9E3779B97F4A7C15` to the state, then
//! mix with two xor-shift-multiply rounds (Stafford's "Mix13" constants). It passes BigCrush,
//! is a few instructions per number, and is fully reproducible from a 64-bit seed on every
//! platform (only integer arithmetic), which is what makes the same seed give the same
//! percentiles natively and in WebAssembly.

/// SplitMix64: 64-bit state, one `u64` per step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    /// A generator whose state starts at `seed`.
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64 { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform number in `[0, 1)`: the top 53 bits times 2⁻⁵³ (every value a multiple of
    /// 2⁻⁵³, so exactly representable).
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// A uniform index in `0..n` (`0` when `n` is 0), by Lemire's multiply-shift (the bias is
    /// below n / 2⁶⁴, negligible for the sizes used here).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }
}

/// The shape of an uncertain input between its low and high values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Distribution {
    /// Triangular with its mode at `likely` (the default).
    #[default]
    Triangular,
    /// Uniform between `low` and `high` (`likely` is then only the tornado's base).
    Uniform,
}

/// The value at probability `u ∈ [0, 1]` of a distribution over `low ≤ likely ≤ high`
/// (inverse cumulative distribution; any order of the three is first sorted so nothing fails).
///
/// Triangular (mode `c`, `F(c) = (c − a)/(b − a)`):
/// `x = a + √(u (b − a)(c − a))` for `u < F(c)`, else `x = b − √((1 − u)(b − a)(b − c))`.
/// Uniform: `x = a + u (b − a)`. A collapsed range (`a = b`) gives `a`.
pub fn quantile(distribution: Distribution, low: f64, likely: f64, high: f64, u: f64) -> f64 {
    let mut v = [low, likely, high];
    v.sort_by(f64::total_cmp);
    let (a, c, b) = (v[0], v[1], v[2]);
    let u = u.clamp(0.0, 1.0);
    let width = b - a;
    if width.is_nan() || width <= 0.0 {
        return a;
    }
    match distribution {
        Distribution::Uniform => a + u * width,
        Distribution::Triangular => {
            let fc = (c - a) / width;
            if u < fc {
                a + (u * width * (c - a)).sqrt()
            } else {
                b - ((1.0 - u) * width * (b - c)).sqrt()
            }
        }
    }
}

/// Latin hypercube probabilities for one input: `n` values, one in each of the strata
/// `[k/n, (k+1)/n)`, in a random order (Fisher–Yates shuffle).
pub fn latin_hypercube(rng: &mut SplitMix64, n: usize) -> Vec<f64> {
    let mut u: Vec<f64> = (0..n)
        .map(|k| (k as f64 + rng.next_f64()) / n as f64)
        .collect();
    for i in (1..n).rev() {
        let j = rng.below(i + 1);
        u.swap(i, j);
    }
    u
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Published SplitMix64 vectors: the first five outputs for seed 1234567 from the Rosetta
    /// Code task "Pseudo-random numbers/Splitmix64" (rosettacode.org), and the first output for
    /// seed 0 (0xE220A8397B1DCDAF) of Vigna's splitmix64.c; both re-derived with an independent
    /// Python implementation (docs/model/instruments.md §5).
    #[test]
    fn splitmix64_matches_the_reference_vectors() {
        let mut rng = SplitMix64::new(1_234_567);
        let expected: [u64; 5] = [
            6_457_827_717_110_365_317,
            3_203_168_211_198_807_973,
            9_817_491_932_198_370_423,
            4_593_380_528_125_082_431,
            16_408_922_859_458_223_821,
        ];
        for e in expected {
            assert_eq!(rng.next_u64(), e);
        }
        assert_eq!(SplitMix64::new(0).next_u64(), 0xE220_A839_7B1D_CDAF);
    }

    #[test]
    fn uniform_floats_are_in_the_unit_interval_and_spread() {
        let mut rng = SplitMix64::new(42);
        let n = 100_000;
        let mut sum = 0.0;
        for _ in 0..n {
            let x = rng.next_f64();
            assert!((0.0..1.0).contains(&x));
            sum += x;
        }
        // Mean of U(0,1) is 0.5 with standard error 1/√(12 n) ≈ 0.0009: 5 σ ≈ 0.0046.
        assert!((sum / n as f64 - 0.5).abs() < 0.0046);
    }

    #[test]
    fn triangular_quantiles_by_hand() {
        // a = 0, c = 1, b = 4: F(c) = 0.25. u = 0.25 → c = 1.
        assert!((quantile(Distribution::Triangular, 0.0, 1.0, 4.0, 0.25) - 1.0).abs() < 1e-12);
        // u = 0.0625 → 0 + √(0.0625·4·1) = 0.5.
        assert!((quantile(Distribution::Triangular, 0.0, 1.0, 4.0, 0.0625) - 0.5).abs() < 1e-12);
        // u = 0.5 → 4 − √(0.5·4·3) = 4 − √6 ≈ 1.5505.
        let m = quantile(Distribution::Triangular, 0.0, 1.0, 4.0, 0.5);
        assert!((m - (4.0 - 6f64.sqrt())).abs() < 1e-12);
        assert_eq!(quantile(Distribution::Triangular, 0.0, 1.0, 4.0, 0.0), 0.0);
        assert_eq!(quantile(Distribution::Triangular, 0.0, 1.0, 4.0, 1.0), 4.0);
        // Uniform 2..6 at 0.25 → 3; a collapsed range gives its value.
        assert_eq!(quantile(Distribution::Uniform, 2.0, 3.0, 6.0, 0.25), 3.0);
        assert_eq!(quantile(Distribution::Triangular, 7.0, 7.0, 7.0, 0.3), 7.0);
    }

    #[test]
    fn triangular_sample_mean_is_the_mean_of_the_three() {
        // Mean of a triangular distribution = (a + b + c)/3 = (0 + 4 + 1)/3 = 5/3; variance
        // (a²+b²+c²−ab−ac−bc)/18 = (0+16+1−0−0−4)/18 = 13/18; s.e. for 100,000 ≈ 0.0027.
        let mut rng = SplitMix64::new(7);
        let n = 100_000;
        let mean: f64 = (0..n)
            .map(|_| quantile(Distribution::Triangular, 0.0, 1.0, 4.0, rng.next_f64()))
            .sum::<f64>()
            / n as f64;
        assert!((mean - 5.0 / 3.0).abs() < 5.0 * 0.0027, "{mean}");
    }

    #[test]
    fn latin_hypercube_has_one_value_per_stratum() {
        let mut rng = SplitMix64::new(3);
        let u = latin_hypercube(&mut rng, 50);
        let mut strata: Vec<usize> = u.iter().map(|x| (x * 50.0) as usize).collect();
        strata.sort_unstable();
        assert_eq!(strata, (0..50).collect::<Vec<_>>());
        assert!(latin_hypercube(&mut rng, 0).is_empty());
    }
}

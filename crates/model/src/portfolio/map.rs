//! Placing WGS84 points on the packaged map of Lombardy (`data/map/lombardy-provinces.json`).
//!
//! Projection (documented in `data/map/README.md`, the same as `data/map/prepare.py`):
//! equirectangular with the longitude scaled by cos(φ₀), φ₀ = 45.6° N (Lombardy's middle
//! latitude), so that near φ₀ one map unit is the same distance east–west and north–south:
//!
//! x = (λ − λ_min) · cos φ₀ · k,   y = (φ_max − φ) · k
//!
//! with λ, φ in degrees, `k` map units per degree of latitude and (λ_min, φ_max) the map's
//! north-west corner. Over Lombardy (44.7–46.7° N) the east–west scale error of a single
//! cos φ₀ is below 1.6 % (cos 44.7° / cos 45.6° = 1.011; cos 46.7°/cos 45.6° = 0.986).

/// The projection parameters stored in the map file's `projection` object.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapProjection {
    /// Standard latitude φ₀, degrees.
    pub lat0_deg: f64,
    /// Longitude of the map's left edge (x = 0), degrees east.
    pub lon_min_deg: f64,
    /// Latitude of the map's top edge (y = 0), degrees north.
    pub lat_max_deg: f64,
    /// Map units per degree of latitude.
    pub units_per_deg: f64,
}

/// The parameters of `data/map/lombardy-provinces.json` (written by `data/map/prepare.py`;
/// a test checks that the file carries the same numbers).
pub const LOMBARDY_MAP: MapProjection = MapProjection {
    lat0_deg: 45.6,
    lon_min_deg: 8.45,
    lat_max_deg: 46.68,
    units_per_deg: 400.0,
};

impl MapProjection {
    /// Map coordinates (x to the right, y down, the SVG convention) of a WGS84 point.
    pub fn project(&self, lat_deg: f64, lon_deg: f64) -> (f64, f64) {
        let x =
            (lon_deg - self.lon_min_deg) * self.lat0_deg.to_radians().cos() * self.units_per_deg;
        let y = (self.lat_max_deg - lat_deg) * self.units_per_deg;
        (x, y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn projection_by_hand() {
        // Milan 45.4642 N, 9.19 E: x = (9.19 − 8.45) · cos 45.6° · 400 = 0.74 · 0.699663 · 400
        // = 207.10; y = (46.68 − 45.4642) · 400 = 486.32.
        let (x, y) = LOMBARDY_MAP.project(45.4642, 9.19);
        assert!((x - 207.100).abs() < 0.01, "{x}");
        assert!((y - 486.32).abs() < 1e-9, "{y}");
        // The north-west corner is the origin.
        assert_eq!(LOMBARDY_MAP.project(46.68, 8.45), (0.0, 0.0));
    }
}

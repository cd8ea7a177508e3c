//! The hourly temperatures of an uploaded weather file, packed bit for bit (the codec byte,
//! then predicted zigzag varints or raw f64; see the parent module's documentation).

use super::error::{LinkError, Part};
use super::varint;
use heat_twin_model::weather::{CSV_MAX_C, CSV_MIN_C, HOURS};

/// The temperatures before zlib (see the module docs).
pub(super) fn temperatures_bytes(t: &[f64]) -> Vec<u8> {
    for d in 0..=3u8 {
        if let Some(ks) = scaled(t, d) {
            let mut out = Vec::with_capacity(2 + t.len() * 2);
            out.extend([1, d]);
            let (mut k1, mut k2) = (0i64, 0i64);
            for k in ks {
                varint::push(&mut out, k.wrapping_sub(predict(k1, k2)));
                (k1, k2) = (k, k1);
            }
            return out;
        }
    }
    let mut out = Vec::with_capacity(1 + t.len() * 8);
    out.push(0);
    for x in t {
        out.extend(x.to_le_bytes());
    }
    out
}

/// The next value foreseen from the last two (a straight line): temperatures change smoothly
/// from hour to hour, so what is left is small (the real EPW: 12.9 k characters against 14.5 k
/// for plain differences).
pub(super) fn predict(k1: i64, k2: i64) -> i64 {
    k1.wrapping_mul(2).wrapping_sub(k2)
}

/// `round(t · 10^d)` for every value, if each comes back bit for bit as `k / 10^d`.
pub(super) fn scaled(t: &[f64], d: u8) -> Option<Vec<i64>> {
    let scale = 10f64.powi(i32::from(d));
    t.iter()
        .map(|&x| {
            let k = (x * scale).round();
            // Checked through the integer, as decoding does (so −0.0 is not taken for 0).
            let k = (k.abs() < 9.0e15).then_some(k as i64)?;
            ((k as f64 / scale).to_bits() == x.to_bits()).then_some(k)
        })
        .collect()
}

/// Reads the temperatures written by [`temperatures_bytes`].
pub(super) fn temperatures_from(bytes: &[u8]) -> Result<Vec<f64>, LinkError> {
    let shape = LinkError::Shape(Part::Weather);
    let t = match bytes.split_first() {
        Some((0, rest)) => {
            if rest.len() % 8 != 0 {
                return Err(shape);
            }
            rest.chunks_exact(8)
                .map(|c| {
                    let mut b = [0u8; 8];
                    b.copy_from_slice(c);
                    f64::from_le_bytes(b)
                })
                .collect()
        }
        Some((1, rest)) => {
            let (&d, rest) = rest.split_first().ok_or(shape.clone())?;
            if d > 3 {
                return Err(shape);
            }
            let scale = 10f64.powi(i32::from(d));
            let mut t = Vec::with_capacity(HOURS);
            let (mut k1, mut k2) = (0i64, 0i64);
            let mut at = 0;
            while at < rest.len() {
                let delta = varint::read(rest, &mut at).ok_or(shape.clone())?;
                let k = predict(k1, k2).wrapping_add(delta);
                (k1, k2) = (k, k1);
                t.push(k as f64 / scale);
            }
            t
        }
        _ => return Err(shape),
    };
    if t.len() != HOURS {
        return Err(LinkError::WeatherCount(t.len()));
    }
    for (h, &x) in t.iter().enumerate() {
        if !x.is_finite() {
            return Err(LinkError::WeatherNotFinite(h));
        }
        if !(CSV_MIN_C..=CSV_MAX_C).contains(&x) {
            return Err(LinkError::WeatherRange(h, x));
        }
    }
    Ok(t)
}

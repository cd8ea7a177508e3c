//! The `d=` part: a scenario's measured profiles (docs/model/measured.md §9, "Travel").
//!
//! Before zlib, for each profile given: one byte naming it (`0` IT load, `1` outdoor, `2`
//! demand, `3` supply), a presence bitmap of 1,095 bytes (bit `h % 8` of byte `h / 8` set when
//! hour `h` has a value), then one zigzag LEB128 varint per hour with a value: `k[h] − k[prev]`,
//! `k = round(value · 10)` for kW and `round(value · 100)` for °C (0.1 kW, 0.01 K), `k[prev]`
//! that of the previous hour with a value (0 before the first). The profiles travel rounded to
//! that resolution; the decoder checks them as the scenario reader does.

use super::error::{LinkError, Part};
use super::{pack, unpack, varint, VERSION};
use heat_twin_model::scenario::Scenario;
use heat_twin_model::weather::HOURS;
use heat_twin_model::Driver;

/// Bytes of the presence bitmap.
const BITMAP: usize = HOURS.div_ceil(8);
/// Largest payload a link may unpack to: four profiles of 8,760 ten-byte varints.
const MAX_BYTES: usize = 4 * (1 + BITMAP + HOURS * 10);

/// Values per unit of `k`: tenths of a kW, hundredths of a kelvin.
fn scale(d: Driver) -> f64 {
    match d {
        Driver::ItKw | Driver::DemandKw => 10.0,
        Driver::OutdoorC | Driver::SupplyC => 100.0,
    }
}

fn id(d: Driver) -> u8 {
    match d {
        Driver::ItKw => 0,
        Driver::OutdoorC => 1,
        Driver::DemandKw => 2,
        Driver::SupplyC => 3,
    }
}

/// The scenario without its profiles (what `s=` carries).
pub fn without_profiles(scenario: &Scenario) -> Scenario {
    let mut s = scenario.clone();
    for d in Driver::ALL {
        s.set_profile(d, None);
    }
    s
}

/// The `d=` value of the scenario's profiles, or `None` when it has none.
pub fn encode_profiles(scenario: &Scenario) -> Option<String> {
    let mut out = Vec::new();
    for d in Driver::ALL {
        let Some(values) = scenario.profile(d) else {
            continue;
        };
        out.push(id(d));
        let mut bitmap = [0u8; BITMAP];
        for (h, v) in values.iter().enumerate().take(HOURS) {
            if v.is_some() {
                bitmap[h / 8] |= 1 << (h % 8);
            }
        }
        out.extend(bitmap);
        let mut last = 0i64;
        for v in values.iter().take(HOURS).flatten() {
            // A value beyond ±9e15 cannot be valid (validation refuses it): saturate.
            let k = (v * scale(d)).round().clamp(-9.0e15, 9.0e15) as i64;
            varint::push(&mut out, k.wrapping_sub(last));
            last = k;
        }
    }
    (!out.is_empty()).then(|| format!("{VERSION}.{}", pack(&out)))
}

/// Reads a `d=` value into the scenario's profiles (each checked afterwards with the
/// scenario). A damaged part is a [`LinkError`] naming `d=`.
pub fn decode_profiles(value: &str) -> Result<Vec<(Driver, Vec<f64>)>, LinkError> {
    let (v, data) = value.split_once('.').unwrap_or((value, ""));
    if v != VERSION {
        return Err(if !v.is_empty() && v.chars().all(|c| c.is_ascii_digit()) {
            LinkError::Version(Part::Drivers, v.to_string())
        } else {
            LinkError::Shape(Part::Drivers)
        });
    }
    let bytes = unpack(data, Part::Drivers, MAX_BYTES)?;
    let cut = || LinkError::Shape(Part::Drivers);
    let mut out: Vec<(Driver, Vec<f64>)> = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let d = Driver::ALL
            .into_iter()
            .find(|d| id(*d) == bytes[at])
            .filter(|d| out.iter().all(|(seen, _)| seen != d))
            .ok_or_else(cut)?;
        at += 1;
        let bitmap = bytes.get(at..at + BITMAP).ok_or_else(cut)?;
        at += BITMAP;
        let mut column = vec![f64::NAN; HOURS];
        let mut last = 0i64;
        for (h, slot) in column.iter_mut().enumerate() {
            if bitmap[h / 8] & (1 << (h % 8)) == 0 {
                continue;
            }
            let delta = varint::read(&bytes, &mut at).ok_or_else(cut)?;
            last = last.wrapping_add(delta);
            *slot = last as f64 / scale(d);
        }
        out.push((d, column));
    }
    Ok(out)
}

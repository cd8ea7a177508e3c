//! The measured series inside a [`crate::Request::Calibrate`], packed for the trip to the
//! worker: each hour's value as the 16 hexadecimal digits of its `f64` bits (a gap as the
//! canonical NaN's), one string per series, instead of JSON numbers.
//!
//! Writing ~60,000 shortest round-trip decimals as JSON cost the page's thread 17–25 ms at the
//! click (headless Chromium, the example's six series and their sample counts); hex digits are
//! a table lookup each and round-trip every bit, so the worker calibrates on exactly the values
//! the page compared. The [`Measured`] type's own JSON (the CLI's output, the page's download) is
//! unchanged: only the request uses this form.

use heat_twin_measured::{HourlySeries, LoadReport, Measured, Series, Unit};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The bits written for a gap (`None`): the canonical quiet NaN. A measured value is never NaN
/// (the loader refuses non-finite numbers), so a NaN read back is a gap.
const GAP: u64 = 0x7ff8_0000_0000_0000;

const DIGITS: &[u8; 16] = b"0123456789abcdef";

/// One series as it travels.
#[derive(Serialize, Deserialize)]
struct PackedSeries {
    series: Series,
    column: String,
    unit: Unit,
    /// 16 hex digits an hour.
    values: String,
    samples_in_hour: Vec<u32>,
}

/// A loaded file as it travels.
#[derive(Serialize, Deserialize)]
struct PackedMeasured {
    series: Vec<PackedSeries>,
    report: LoadReport,
}

/// The hex digits of the hours' bits.
fn pack_values(values: &[Option<f64>]) -> String {
    let mut out = Vec::with_capacity(values.len() * 16);
    for v in values {
        let bits = v.map_or(GAP, f64::to_bits);
        for shift in (0..16).rev() {
            out.push(DIGITS[((bits >> (shift * 4)) & 0xf) as usize]);
        }
    }
    // Only ASCII hex digits were written.
    String::from_utf8(out).unwrap_or_default()
}

fn digit(c: u8) -> Option<u64> {
    match c {
        b'0'..=b'9' => Some(u64::from(c - b'0')),
        b'a'..=b'f' => Some(u64::from(c - b'a' + 10)),
        _ => None,
    }
}

/// The hours back from [`pack_values`]; `None` when the text is not whole groups of 16 hex
/// digits.
fn unpack_values(text: &str) -> Option<Vec<Option<f64>>> {
    let bytes = text.as_bytes();
    if bytes.len() % 16 != 0 {
        return None;
    }
    bytes
        .chunks_exact(16)
        .map(|group| {
            let bits = group
                .iter()
                .try_fold(0u64, |acc, &c| Some((acc << 4) | digit(c)?))?;
            let v = f64::from_bits(bits);
            Some((!v.is_nan()).then_some(v))
        })
        .collect()
}

/// Serializes `measured` packed (for `#[serde(with = "packed")]`).
pub fn serialize<S: Serializer>(measured: &Measured, s: S) -> Result<S::Ok, S::Error> {
    PackedMeasured {
        series: measured
            .series
            .iter()
            .map(|h| PackedSeries {
                series: h.series,
                column: h.column.clone(),
                unit: h.unit,
                values: pack_values(&h.values),
                samples_in_hour: h.samples_in_hour.clone(),
            })
            .collect(),
        report: measured.report.clone(),
    }
    .serialize(s)
}

/// Reads what [`serialize`] wrote; a series whose values are not hex groups is an error.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Box<Measured>, D::Error> {
    let packed = PackedMeasured::deserialize(d)?;
    let series = packed
        .series
        .into_iter()
        .map(|p| {
            let values = unpack_values(&p.values).ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "the measured series {} is not packed as 16 hex digits an hour",
                    p.series.name()
                ))
            })?;
            Ok(HourlySeries {
                series: p.series,
                column: p.column,
                unit: p.unit,
                values,
                samples_in_hour: p.samples_in_hour,
            })
        })
        .collect::<Result<Vec<_>, D::Error>>()?;
    Ok(Box::new(Measured {
        series,
        report: packed.report,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bit_and_every_gap_come_back() {
        // 1.0 = 0x3ff0000000000000; −0.0 keeps its sign; the smallest subnormal; a gap.
        let values = vec![
            Some(1.0),
            Some(-0.0),
            Some(f64::from_bits(1)),
            None,
            Some(31_226.646_541_023_8),
        ];
        let text = pack_values(&values);
        assert_eq!(&text[..16], "3ff0000000000000");
        assert_eq!(&text[48..64], "7ff8000000000000");
        let back = unpack_values(&text).expect("hex");
        assert_eq!(back.len(), values.len());
        for (a, b) in values.iter().zip(&back) {
            assert_eq!(a.map(f64::to_bits), b.map(f64::to_bits));
        }
        assert_eq!(unpack_values("3ff000000000000"), None, "15 digits");
        assert_eq!(unpack_values("3ff000000000000g"), None, "not hex");
        assert_eq!(unpack_values(""), Some(vec![]));
    }
}

//! The measured series and the weather inside a [`crate::Request::Calibrate`], packed for the
//! trip to the worker: each hour's value as the 16 hexadecimal digits of its `f64` bits (a gap
//! as the canonical NaN's) and each hour's sample count as 8, one string per column, instead of
//! JSON numbers.
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
    /// 8 hex digits an hour.
    samples_in_hour: String,
}

/// A loaded file as it travels.
#[derive(Serialize, Deserialize)]
struct PackedMeasured {
    series: Vec<PackedSeries>,
    report: LoadReport,
}

/// `width` hex digits (even, ≤ 16) of each of `words` (the low `4·width` bits), a byte's two
/// digits at a time.
fn hex(words: impl ExactSizeIterator<Item = u64>, width: usize) -> String {
    let mut out = Vec::with_capacity(words.len() * width);
    let skip = 8 - width / 2;
    for w in words {
        for &b in &w.to_be_bytes()[skip..] {
            out.extend_from_slice(&[DIGITS[usize::from(b >> 4)], DIGITS[usize::from(b & 0xf)]]);
        }
    }
    // Only ASCII hex digits were written.
    String::from_utf8(out).unwrap_or_default()
}

/// The words back from [`hex`]; `None` unless the text is whole groups of `width` hex digits.
fn words(text: &str, width: usize) -> Option<Vec<u64>> {
    let bytes = text.as_bytes();
    if bytes.len() % width != 0 {
        return None;
    }
    bytes
        .chunks_exact(width)
        .map(|group| {
            group
                .iter()
                .try_fold(0u64, |acc, &c| Some((acc << 4) | digit(c)?))
        })
        .collect()
}

/// The hex digits of the hours' bits.
fn pack_values(values: &[Option<f64>]) -> String {
    hex(values.iter().map(|v| v.map_or(GAP, f64::to_bits)), 16)
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
    Some(
        words(text, 16)?
            .into_iter()
            .map(|bits| Some(f64::from_bits(bits)).filter(|v| !v.is_nan()))
            .collect(),
    )
}

/// An optional packed [`Measured`] (for `#[serde(default, with = "packed::optional")]`).
pub mod optional {
    use heat_twin_measured::Measured;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize, Deserialize)]
    struct Packed(#[serde(with = "super")] Box<Measured>);

    /// Writes `null` or the packed series.
    pub fn serialize<S: Serializer>(m: &Option<Box<Measured>>, s: S) -> Result<S::Ok, S::Error> {
        match m {
            Some(m) => s.serialize_some(&Packed(m.clone())),
            None => s.serialize_none(),
        }
    }

    /// Reads what [`serialize`] wrote.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Box<Measured>>, D::Error> {
        Ok(Option::<Packed>::deserialize(d)?.map(|p| p.0))
    }
}

/// A column of numbers (the request's weather) packed as 16 hex digits each, every bit kept
/// (for `#[serde(with = "packed::floats")]`).
pub mod floats {
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes `values` as one string of hex digits.
    pub fn serialize<S: Serializer>(values: &[f64], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::hex(values.iter().map(|v| v.to_bits()), 16))
    }

    /// Reads what [`serialize`] wrote.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<f64>, D::Error> {
        let text = String::deserialize(d)?;
        super::words(&text, 16)
            .map(|w| w.into_iter().map(f64::from_bits).collect())
            .ok_or_else(|| {
                serde::de::Error::custom("the weather is not packed as 16 hex digits a value")
            })
    }
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
                samples_in_hour: hex(h.samples_in_hour.iter().map(|&n| u64::from(n)), 8),
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
            let samples = words(&p.samples_in_hour, 8).ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "the sample counts of {} are not packed as 8 hex digits an hour",
                    p.series.name()
                ))
            })?;
            Ok(HourlySeries {
                series: p.series,
                column: p.column,
                unit: p.unit,
                values,
                // 8 hex digits are at most u32::MAX.
                samples_in_hour: samples.into_iter().map(|n| n as u32).collect(),
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
        // Sample counts: 8 digits each.
        assert_eq!(hex([4u64, 0xffff_ffff].into_iter(), 8), "00000004ffffffff");
        assert_eq!(words("00000004ffffffff", 8), Some(vec![4, 0xffff_ffff]));
    }

    #[test]
    fn a_measured_file_and_a_weather_column_round_trip_through_json() {
        #[derive(Serialize, Deserialize)]
        struct Both {
            #[serde(with = "super")]
            measured: Box<Measured>,
            #[serde(with = "super::floats")]
            weather: Vec<f64>,
        }
        let csv = "timestamp,it_kw,outdoor_c\n2023-01-01T00:00,1.5,-3.25\n2023-01-01T00:15,2.5,\n";
        let measured =
            heat_twin_measured::load_csv(csv.as_bytes(), &Default::default()).expect("loads");
        let weather = vec![-3.25, 0.1, 35.7];
        let text = serde_json::to_string(&Both {
            measured: Box::new(measured.clone()),
            weather: weather.clone(),
        })
        .expect("writes");
        let back: Both = serde_json::from_str(&text).expect("reads");
        assert_eq!(*back.measured, measured);
        assert_eq!(back.weather, weather);
        // A damaged part is an error, not a silent change.
        let bad = text.replacen("c00a", "c0xa", 1);
        assert_ne!(bad, text, "−3.25 °C is c00a000000000000");
        assert!(serde_json::from_str::<Both>(&bad).is_err());
    }
}

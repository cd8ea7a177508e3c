//! Summary fields by name: a name table read once from the serde field names of [`Summary`],
//! and a zero-allocation recorder that copies a summary's numbers into a reused buffer.
//!
//! The table is built by serialising `Summary::default()` through [`Recorder`], a tiny
//! serde serializer that only understands a struct of `f64` and `Option<f64>` fields. So a new
//! summary field appears here by itself, under its JSON name, in struct order; and reading
//! every field of a run costs one pass over ~70 numbers (no JSON text, no map, no allocation
//! once the buffer has its size).

use std::sync::OnceLock;

use serde::ser::{Impossible, Serialize, SerializeStruct, Serializer};

use super::InstrumentError;
use crate::results::Summary;

/// The serde names of every summary field, in struct order (the KPIs an instrument can read).
pub fn kpi_names() -> &'static [&'static str] {
    static NAMES: OnceLock<Vec<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names = Vec::new();
        let mut values = Vec::new();
        // Cannot fail: Summary is a struct of f64 and Option<f64> (a test checks the count).
        let _ = Summary::default().serialize(Recorder {
            names: Some(&mut names),
            values: &mut values,
        });
        names
    })
}

/// The index of summary field `name` in [`kpi_names`], or an error listing the names.
pub fn kpi_index(name: &str) -> Result<usize, InstrumentError> {
    kpi_names()
        .iter()
        .position(|n| *n == name)
        .ok_or_else(|| InstrumentError::UnknownKpi {
            name: name.to_string(),
            allowed: kpi_names().to_vec(),
        })
}

/// Every summary field of `summary` into `out` (cleared first), in [`kpi_names`] order;
/// `None` for a null field. Allocates nothing once `out` has grown to the field count.
pub fn summary_values(summary: &Summary, out: &mut Vec<Option<f64>>) {
    out.clear();
    let _ = summary.serialize(Recorder {
        names: None,
        values: out,
    });
}

/// The value of summary field number `index` (see [`kpi_index`]); `None` if null or unknown.
pub fn kpi_value(summary: &Summary, index: usize) -> Option<f64> {
    let mut values = Vec::with_capacity(kpi_names().len());
    summary_values(summary, &mut values);
    values.get(index).copied().flatten()
}

/// The error of the recorder: the summary held something other than numbers.
#[derive(Debug)]
struct NotNumber;

impl std::fmt::Display for NotNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("summary field is not a number")
    }
}

impl std::error::Error for NotNumber {}

impl serde::ser::Error for NotNumber {
    fn custom<T: std::fmt::Display>(_msg: T) -> Self {
        NotNumber
    }
}

/// Serialises a struct of numbers into `values` (and its field names into `names`).
struct Recorder<'a> {
    names: Option<&'a mut Vec<&'static str>>,
    values: &'a mut Vec<Option<f64>>,
}

/// Serialises one field's value (`f64`, `None` or `Some(f64)`) into a slot.
struct Field<'a>(&'a mut Option<f64>);

/// Serializer methods the recorder does not support: all fail with [`NotNumber`].
macro_rules! refuse {
    ($($name:ident($($arg:ty),*) -> $ret:ty;)*) => {
        $(fn $name(self $(, _: $arg)*) -> Result<$ret, NotNumber> { Err(NotNumber) })*
    };
}

impl Serializer for Field<'_> {
    type Ok = ();
    type Error = NotNumber;
    type SerializeSeq = Impossible<(), NotNumber>;
    type SerializeTuple = Impossible<(), NotNumber>;
    type SerializeTupleStruct = Impossible<(), NotNumber>;
    type SerializeTupleVariant = Impossible<(), NotNumber>;
    type SerializeMap = Impossible<(), NotNumber>;
    type SerializeStruct = Impossible<(), NotNumber>;
    type SerializeStructVariant = Impossible<(), NotNumber>;

    fn serialize_f64(self, v: f64) -> Result<(), NotNumber> {
        *self.0 = Some(v);
        Ok(())
    }
    fn serialize_none(self) -> Result<(), NotNumber> {
        *self.0 = None;
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), NotNumber> {
        value.serialize(self)
    }
    // Counts (`model_version`, `*_hours`, `connection_dn`) serialise as JSON integers.
    fn serialize_i64(self, v: i64) -> Result<(), NotNumber> {
        *self.0 = Some(v as f64);
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result<(), NotNumber> {
        *self.0 = Some(f64::from(v));
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), NotNumber> {
        *self.0 = Some(v as f64);
        Ok(())
    }
    refuse! {
        serialize_bool(bool) -> ();
        serialize_i8(i8) -> ();
        serialize_i16(i16) -> ();
        serialize_i32(i32) -> ();
        serialize_u8(u8) -> ();
        serialize_u16(u16) -> ();
        serialize_f32(f32) -> ();
        serialize_char(char) -> ();
        serialize_str(&str) -> ();
        serialize_bytes(&[u8]) -> ();
        serialize_unit() -> ();
        serialize_unit_struct(&'static str) -> ();
        serialize_unit_variant(&'static str, u32, &'static str) -> ();
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct(&'static str, usize) -> Self::SerializeStruct;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<(), NotNumber> {
        Err(NotNumber)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), NotNumber> {
        Err(NotNumber)
    }
}

impl<'a> Serializer for Recorder<'a> {
    type Ok = ();
    type Error = NotNumber;
    type SerializeSeq = Impossible<(), NotNumber>;
    type SerializeTuple = Impossible<(), NotNumber>;
    type SerializeTupleStruct = Impossible<(), NotNumber>;
    type SerializeTupleVariant = Impossible<(), NotNumber>;
    type SerializeMap = Impossible<(), NotNumber>;
    type SerializeStruct = Recorder<'a>;
    type SerializeStructVariant = Impossible<(), NotNumber>;

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Recorder<'a>, NotNumber> {
        Ok(self)
    }
    refuse! {
        serialize_bool(bool) -> ();
        serialize_i8(i8) -> ();
        serialize_i16(i16) -> ();
        serialize_i32(i32) -> ();
        serialize_i64(i64) -> ();
        serialize_u8(u8) -> ();
        serialize_u16(u16) -> ();
        serialize_u32(u32) -> ();
        serialize_u64(u64) -> ();
        serialize_f32(f32) -> ();
        serialize_f64(f64) -> ();
        serialize_char(char) -> ();
        serialize_str(&str) -> ();
        serialize_bytes(&[u8]) -> ();
        serialize_none() -> ();
        serialize_unit() -> ();
        serialize_unit_struct(&'static str) -> ();
        serialize_unit_variant(&'static str, u32, &'static str) -> ();
        serialize_seq(Option<usize>) -> Self::SerializeSeq;
        serialize_tuple(usize) -> Self::SerializeTuple;
        serialize_tuple_struct(&'static str, usize) -> Self::SerializeTupleStruct;
        serialize_tuple_variant(&'static str, u32, &'static str, usize) -> Self::SerializeTupleVariant;
        serialize_map(Option<usize>) -> Self::SerializeMap;
        serialize_struct_variant(&'static str, u32, &'static str, usize) -> Self::SerializeStructVariant;
    }
    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<(), NotNumber> {
        Err(NotNumber)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<(), NotNumber> {
        Err(NotNumber)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), NotNumber> {
        Err(NotNumber)
    }
}

impl SerializeStruct for Recorder<'_> {
    type Ok = ();
    type Error = NotNumber;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), NotNumber> {
        let mut slot = None;
        // A field that is not a number (the nested `heat_displaced_by_kind_mwh`) is no KPI:
        // skipped, by name and value alike, so names and values stay aligned.
        if value.serialize(Field(&mut slot)).is_err() {
            return Ok(());
        }
        if let Some(names) = self.names.as_deref_mut() {
            names.push(key);
        }
        self.values.push(slot);
        Ok(())
    }

    fn end(self) -> Result<(), NotNumber> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_summary_field_is_named_once_and_read_in_order() {
        // The JSON of a summary lists the same keys as the recorder, in the same order.
        // Top-level keys holding a number or null; nested objects are not KPIs.
        let json = serde_json::to_value(Summary::default()).expect("summary serialises");
        let from_json: Vec<String> = json
            .as_object()
            .expect("an object")
            .iter()
            .filter(|(_, v)| v.is_number() || v.is_null())
            .map(|(k, _)| k.clone())
            .collect();
        assert!(!kpi_names().contains(&"heat_displaced_by_kind_mwh"));
        let mut names: Vec<String> = kpi_names().iter().map(|n| n.to_string()).collect();
        // In the JSON's order (serde_json's map sorts keys, so check order on the text).
        let text = serde_json::to_string(&Summary::default()).expect("summary serialises");
        let at: Vec<usize> = names
            .iter()
            .map(|n| text.find(&format!("\"{n}\":")).expect("named in the JSON"))
            .collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "order");
        names.sort();
        assert_eq!(names, from_json);
        assert!(kpi_names().contains(&"co2_avoided_t"));
    }

    #[test]
    fn values_follow_the_fields() {
        let s = Summary {
            homes_equivalent: 1234.5,
            heat_pump_scop: Some(4.2),
            lcoh_eur_per_mwh: None,
            ..Summary::default()
        };
        let homes = kpi_index("homes_equivalent").expect("known");
        let scop = kpi_index("heat_pump_scop").expect("known");
        let lcoh = kpi_index("lcoh_eur_per_mwh").expect("known");
        assert_eq!(kpi_value(&s, homes), Some(1234.5));
        assert_eq!(kpi_value(&s, scop), Some(4.2));
        assert_eq!(kpi_value(&s, lcoh), None);
        assert!(matches!(
            kpi_index("homes"),
            Err(InstrumentError::UnknownKpi { .. })
        ));
    }
}

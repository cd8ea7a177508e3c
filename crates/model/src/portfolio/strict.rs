//! Strict JSON reading for portfolio files: serde_json with duplicate keys refused.
//!
//! `serde_json::Value` keeps the last of two equal keys silently; a portfolio, like a
//! scenario, refuses them, so the tree is read through [`StrictValue`], whose map visitor
//! fails on a key seen twice in one object. serde_json already refuses `NaN`, `Infinity` and
//! numbers too large for a 64-bit float, and reports line and column.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::fmt;

/// A `serde_json::Value` read with duplicate keys refused.
pub(crate) struct StrictValue(pub(crate) Value);

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = StrictValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Bool(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Number(v.into())))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Number(v.into())))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<StrictValue, E> {
        Number::from_f64(v)
            .map(|n| StrictValue(Value::Number(n)))
            .ok_or_else(|| E::custom("number is not finite"))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::String(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::String(v)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Null))
    }

    fn visit_none<E: de::Error>(self) -> Result<StrictValue, E> {
        Ok(StrictValue(Value::Null))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<StrictValue, A::Error> {
        let mut items = Vec::new();
        while let Some(StrictValue(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(StrictValue(Value::Array(items)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StrictValue, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                return Err(de::Error::custom(format!(
                    "key \"{key}\" is given twice in the same object"
                )));
            }
            let StrictValue(v) = map.next_value()?;
            out.insert(key, v);
        }
        Ok(StrictValue(Value::Object(out)))
    }
}

impl<'de> Deserialize<'de> for StrictValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrictVisitor)
    }
}

/// Parses `json` into a tree, refusing duplicate keys; the error names line and column.
pub(crate) fn parse_strict(json: &str) -> Result<Value, String> {
    serde_json::from_str::<StrictValue>(json)
        .map(|StrictValue(v)| v)
        .map_err(|e| e.to_string())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // in a test a panic is the failure report
mod tests {
    use super::*;

    #[test]
    fn duplicate_keys_are_refused_with_position() {
        let e = parse_strict("{\"a\": 1,\n \"a\": 2}").unwrap_err();
        assert!(e.contains("\"a\" is given twice"), "{e}");
        assert!(e.contains("line 2"), "{e}");
    }

    #[test]
    fn nested_duplicates_are_refused_and_plain_json_is_kept() {
        assert!(parse_strict("{\"x\": [{\"b\": 1, \"b\": 1}]}").is_err());
        let v = parse_strict("{\"x\": [1, 2.5, \"s\", null, true]}").unwrap();
        assert_eq!(v, serde_json::json!({"x": [1, 2.5, "s", null, true]}));
    }

    #[test]
    fn non_finite_and_huge_numbers_are_refused() {
        assert!(parse_strict("{\"x\": NaN}").is_err());
        assert!(parse_strict("{\"x\": 1e400}").is_err());
    }
}

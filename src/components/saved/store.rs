//! The saved scenarios as stored: reading each item (skipping what cannot be read, keeping it
//! as it was), unique names, and the edits (add, rename, remove) that write the list back.

use heat_twin_model::params::WeatherSpec;
use heat_twin_model::scenario::{load_scenario, Scenario};
use serde_json::Value;

/// The localStorage key of the saved scenarios.
pub const STORAGE_KEY: &str = "heat-twin.saved.v1";
/// Where an unreadable stored value is moved before a new list is written over it.
pub const UNREADABLE_KEY: &str = "heat-twin.saved.v1.unreadable";

/// One readable saved scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The name the user gave it.
    pub name: String,
    /// When it was saved, ISO 8601 text.
    pub saved_at: String,
    /// The scenario as JSON text (what [`Twin::load_json`](crate::state::Twin::load_json) takes).
    pub json: String,
    /// The weather file it reads (not stored), if any.
    pub weather_file: Option<String>,
}

/// Why a stored entry was skipped.
#[derive(Debug, Clone, PartialEq)]
pub enum Skip {
    /// Not a JSON object.
    NotObject,
    /// `name` is missing or not text.
    Name,
    /// `saved_at` is missing or not text.
    Date,
    /// `scenario` is missing.
    NoScenario,
    /// The scenario fails validation: its problems, joined.
    Scenario(String),
}

/// Why the whole stored value could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum Unreadable {
    /// Not JSON: the parser's message.
    NotJson(String),
    /// JSON, but not an array.
    NotList,
}

/// The saved scenarios as stored: every item as it was, and what could be read of it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Store {
    /// Each stored item, untouched, with its reading.
    pub(super) items: Vec<(Value, Result<Entry, Skip>)>,
    /// The stored text when it was not a JSON array, and why.
    pub(super) unreadable: Option<(String, Unreadable)>,
    /// The browser's storage could not be used at all.
    pub unavailable: bool,
}

/// Reads one stored item.
pub(super) fn read_item(v: &Value) -> Result<Entry, Skip> {
    let obj = v.as_object().ok_or(Skip::NotObject)?;
    let name = obj.get("name").and_then(Value::as_str).ok_or(Skip::Name)?;
    let saved_at = obj
        .get("saved_at")
        .and_then(Value::as_str)
        .ok_or(Skip::Date)?;
    let scenario = obj.get("scenario").ok_or(Skip::NoScenario)?;
    let json = scenario.to_string();
    let valid = load_scenario(&json).map_err(|problems| {
        let text: Vec<String> = problems.iter().take(3).map(|p| p.to_string()).collect();
        let more = problems.len().saturating_sub(3);
        let mut s = text.join("; ");
        if more > 0 {
            s.push_str(&format!("; +{more}"));
        }
        Skip::Scenario(s)
    })?;
    let weather_file = match valid.weather {
        WeatherSpec::EpwFile(p) | WeatherSpec::CsvFile(p) => Some(p),
        _ => None,
    };
    Ok(Entry {
        name: name.to_string(),
        saved_at: saved_at.to_string(),
        json,
        weather_file,
    })
}

/// `base`, or `base (2)`, `base (3)`… whichever no name in `taken` already is.
pub fn unique_name<'a>(base: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let used = |n: &str| taken.clone().any(|t| t == n);
    if !used(base) {
        return base.to_string();
    }
    // "A (2)" taken again becomes "A (3)", not "A (2) (2)".
    let root = base
        .strip_suffix(')')
        .and_then(|b| b.rsplit_once(" ("))
        .filter(|(_, n)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        .map_or(base, |(r, _)| r);
    (2..)
        .map(|i| format!("{root} ({i})"))
        .find(|n| !used(n))
        .unwrap_or_else(|| base.to_string())
}

impl Store {
    /// Reads the stored text (`None` when nothing is stored).
    pub fn parse(text: Option<&str>) -> Store {
        let Some(text) = text else {
            return Store::default();
        };
        match serde_json::from_str::<Value>(text) {
            Ok(Value::Array(items)) => Store {
                items: items
                    .into_iter()
                    .map(|v| {
                        let r = read_item(&v);
                        (v, r)
                    })
                    .collect(),
                ..Store::default()
            },
            Ok(_) => Store {
                unreadable: Some((text.to_string(), Unreadable::NotList)),
                ..Store::default()
            },
            Err(e) => Store {
                unreadable: Some((text.to_string(), Unreadable::NotJson(e.to_string()))),
                ..Store::default()
            },
        }
    }

    /// The readable entries with their position in storage.
    pub fn entries(&self) -> impl Iterator<Item = (usize, &Entry)> + Clone {
        self.items
            .iter()
            .enumerate()
            .filter_map(|(i, (_, r))| r.as_ref().ok().map(|e| (i, e)))
    }

    /// The entry at storage position `index`, if readable.
    pub fn get(&self, index: usize) -> Option<&Entry> {
        self.items.get(index).and_then(|(_, r)| r.as_ref().ok())
    }

    /// The skipped entries: their 1-based position and why.
    pub fn skipped(&self) -> Vec<(usize, &Skip)> {
        self.items
            .iter()
            .enumerate()
            .filter_map(|(i, (_, r))| r.as_ref().err().map(|s| (i + 1, s)))
            .collect()
    }

    /// Why the stored value as a whole could not be read, if so.
    pub fn unreadable(&self) -> Option<&Unreadable> {
        self.unreadable.as_ref().map(|(_, why)| why)
    }

    fn names(&self) -> impl Iterator<Item = &str> + Clone {
        self.entries().map(|(_, e)| e.name.as_str())
    }

    /// Adds `scenario` under `name` (made unique); returns the name used.
    pub fn add(&mut self, name: &str, saved_at: &str, scenario: &Scenario) -> Result<String, Skip> {
        let name = unique_name(name, self.names());
        let scenario = serde_json::to_value(scenario).map_err(|e| Skip::Scenario(e.to_string()))?;
        let v = serde_json::json!({ "name": name, "saved_at": saved_at, "scenario": scenario });
        let entry = read_item(&v)?;
        self.items.push((v, Ok(entry)));
        Ok(name)
    }

    /// Renames the entry at `index` (made unique among the others); returns the name used.
    pub fn rename(&mut self, index: usize, name: &str) -> Option<String> {
        let others: Vec<String> = self
            .entries()
            .filter(|(i, _)| *i != index)
            .map(|(_, e)| e.name.clone())
            .collect();
        let name = unique_name(name, others.iter().map(String::as_str));
        let (raw, entry) = self.items.get_mut(index)?;
        let entry = entry.as_mut().ok()?;
        let obj = raw.as_object_mut()?;
        obj.insert("name".into(), Value::String(name.clone()));
        entry.name = name.clone();
        Some(name)
    }

    /// Removes the entry at `index`; returns it.
    pub fn remove(&mut self, index: usize) -> Option<Entry> {
        if index >= self.items.len() {
            return None;
        }
        self.items.remove(index).1.ok()
    }

    /// Removes every skipped entry.
    pub fn discard_skipped(&mut self) {
        self.items.retain(|(_, r)| r.is_ok());
    }

    /// The text to store: every item as it was, edits applied.
    pub fn to_json(&self) -> String {
        let items: Vec<&Value> = self.items.iter().map(|(v, _)| v).collect();
        serde_json::to_string(&items).unwrap_or_else(|_| "[]".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str =
        r#"{"name":"A","saved_at":"2026-01-02T03:04:05.000Z","scenario":{"name":"x"}}"#;

    #[test]
    fn nothing_stored_is_an_empty_list() {
        let s = Store::parse(None);
        assert_eq!(s.entries().count(), 0);
        assert!(s.skipped().is_empty());
        assert!(s.unreadable().is_none());
    }

    #[test]
    fn not_json_is_skipped_and_kept_aside() {
        let s = Store::parse(Some("not json"));
        assert!(matches!(s.unreadable(), Some(Unreadable::NotJson(_))));
        assert_eq!(s.entries().count(), 0);
    }

    #[test]
    fn another_apps_object_is_not_a_list() {
        let s = Store::parse(Some(r#"{"theme":"dark"}"#));
        assert_eq!(s.unreadable(), Some(&Unreadable::NotList));
    }

    #[test]
    fn wrong_types_are_skipped_one_by_one_and_good_entries_stay() {
        let text = format!(
            r#"[{{"name":1}}, 5, {GOOD}, {{"name":"B","saved_at":7,"scenario":{{}}}},
            {{"name":"C","saved_at":"d"}},
            {{"name":"D","saved_at":"d","scenario":{{"data_centre":{{"racks":-5}}}}}},
            {{"name":"E","saved_at":"d","scenario":{{"bogus":1}}}}]"#
        );
        let s = Store::parse(Some(&text));
        let names: Vec<&str> = s.entries().map(|(_, e)| e.name.as_str()).collect();
        assert_eq!(names, ["A"]);
        let skipped = s.skipped();
        assert_eq!(skipped.len(), 6);
        assert_eq!(skipped[0], (1, &Skip::Name));
        assert_eq!(skipped[1], (2, &Skip::NotObject));
        assert_eq!(skipped[2], (4, &Skip::Date));
        assert_eq!(skipped[3], (5, &Skip::NoScenario));
        assert!(matches!(skipped[4].1, Skip::Scenario(p) if p.contains("racks")));
        assert!(matches!(skipped[5].1, Skip::Scenario(p) if p.contains("bogus")));
        // Written back, every item is still there, untouched.
        let back: Value = serde_json::from_str(&s.to_json()).unwrap_or(Value::Null);
        let orig: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        assert_eq!(back, orig);
    }

    #[test]
    fn add_rename_remove_keep_bad_entries_and_unknown_fields() {
        let text = r#"[{"name":1}, {"name":"A","saved_at":"d","scenario":{},"extra":true}]"#;
        let mut s = Store::parse(Some(text));
        let used = s.add("A", "2026-05-01T00:00:00Z", &Scenario::default());
        assert_eq!(used, Ok("A (2)".to_string()));
        assert_eq!(
            s.rename(1, "A (2)"),
            Some("A (3)".to_string()),
            "rename avoids the other's name"
        );
        assert_eq!(s.rename(0, "x"), None, "a skipped entry cannot be renamed");
        let back: Value = serde_json::from_str(&s.to_json()).unwrap_or(Value::Null);
        assert_eq!(back[0], serde_json::json!({"name": 1}));
        assert_eq!(back[1]["extra"], Value::Bool(true));
        assert_eq!(back[1]["name"], "A (3)");
        assert_eq!(back[2]["name"], "A (2)");
        let again = Store::parse(Some(&s.to_json()));
        assert_eq!(again.entries().count(), 2);
        assert_eq!(s.remove(1).map(|e| e.name), Some("A (3)".to_string()));
        s.discard_skipped();
        assert_eq!(s.skipped().len(), 0);
        assert_eq!(
            s.entries().map(|(_, e)| e.name.clone()).collect::<Vec<_>>(),
            ["A (2)"]
        );
    }

    #[test]
    fn file_weather_is_noted() {
        let text =
            r#"[{"name":"F","saved_at":"d","scenario":{"weather":{"epw_file":"milan.epw"}}}]"#;
        let s = Store::parse(Some(text));
        assert_eq!(
            s.get(0).and_then(|e| e.weather_file.clone()),
            Some("milan.epw".into())
        );
    }

    #[test]
    fn unique_names_count_up() {
        let taken = ["a", "a (2)"];
        assert_eq!(unique_name("a", taken.iter().copied()), "a (3)");
        assert_eq!(unique_name("b", taken.iter().copied()), "b");
    }
}

//! The real-project presets of `scenarios/*.json`, embedded at build time (see build.rs).

include!(concat!(env!("OUT_DIR"), "/presets.rs"));

/// The preset the page opens with: the Brescia pilot (the seed story).
pub const OPENING_PRESET: &str = "brescia-pilot";

/// The JSON text of the preset with file stem `stem`.
pub fn preset(stem: &str) -> Option<&'static str> {
    PRESETS
        .iter()
        .find(|(s, _)| *s == stem)
        .map(|(_, json)| *json)
}

#[cfg(test)]
mod tests {
    use super::*;
    use heat_twin_model::scenario::load_scenario;

    #[test]
    fn every_embedded_preset_is_a_valid_scenario() {
        assert!(PRESETS.len() >= 7, "presets: {}", PRESETS.len());
        for (stem, json) in PRESETS {
            if let Err(problems) = load_scenario(json) {
                panic!("{stem}: {problems:?}");
            }
        }
        assert!(preset(OPENING_PRESET).is_some());
    }
}

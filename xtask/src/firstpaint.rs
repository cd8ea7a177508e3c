//! The first paint: the opening preset's headline figures, computed by the model when the
//! release build is made and written into `dist/index.html` between the markers
//! `<!--boot-figures-en-->…<!--/boot-figures-en-->` (and `-it`), so that a visitor reads the
//! results before the wasm has arrived. The wording and the number format are the app's
//! (`headline` in locales/*/app.ftl; whole numbers, as `format::readable` rounds ≥ 100).

use heat_twin_model::scenario::load_scenario;
use heat_twin_model::weather::load_weather;
use heat_twin_model::Simulator;
use std::path::Path;

/// The preset the page opens with (src/presets.rs `OPENING_PRESET`).
pub const OPENING_PRESET: &str = "brescia-pilot";

/// Heat delivered (MWh/yr), homes and CO2 avoided (t/yr) of a scenario's JSON.
pub fn headline_figures(json: &str) -> Result<(f64, f64, f64), String> {
    let valid = load_scenario(json).map_err(|p| format!("the opening preset is invalid: {p:?}"))?;
    let t = load_weather(&valid.weather, |_| {
        Err("no weather files at build time".into())
    })
    .map_err(|e| format!("the opening preset's weather: {e:?}"))?;
    let mut sim = Simulator::new();
    let s = sim.run(&valid.params, &t).summary;
    Ok((s.heat_delivered_mwh, s.homes_equivalent, s.co2_avoided_t))
}

/// `x` rounded to a whole number with `sep` between thousands.
pub fn whole(x: f64, sep: char) -> String {
    let r = x.round();
    let digits = format!("{}", r.abs() as u64);
    let mut out = String::new();
    if r < 0.0 {
        out.push('−');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// The headline in English and Italian, as the app writes it.
pub fn headlines(heat: f64, homes: f64, co2: f64) -> (String, String) {
    let en = format!(
        "{} MWh/yr of heat · {} homes · {} t CO2 avoided a year",
        whole(heat, ','),
        whole(homes, ','),
        whole(co2, ',')
    );
    let it = format!(
        "{} MWh/anno di calore · {} abitazioni · {} t di CO2 evitate all'anno",
        whole(heat, '.'),
        whole(homes, '.'),
        whole(co2, '.')
    );
    (en, it)
}

/// Replaces the text between `<!--boot-figures-LANG-->` and `<!--/boot-figures-LANG-->`.
pub fn fill(html: &str, lang: &str, text: &str) -> Result<String, String> {
    let open = format!("<!--boot-figures-{lang}-->");
    let close = format!("<!--/boot-figures-{lang}-->");
    let start = html
        .find(&open)
        .ok_or_else(|| format!("index.html has no {open} marker"))?
        + open.len();
    let end = html[start..]
        .find(&close)
        .ok_or_else(|| format!("index.html has no {close} marker"))?
        + start;
    Ok(format!("{}{}{}", &html[..start], text, &html[end..]))
}

/// Writes the opening preset's figures into `dist/index.html`; returns the English headline.
pub fn write(root: &Path, dist: &Path) -> Result<String, String> {
    let preset = root
        .join("scenarios")
        .join(format!("{OPENING_PRESET}.json"));
    let json = std::fs::read_to_string(&preset)
        .map_err(|e| format!("cannot read {}: {e}", preset.display()))?;
    let (heat, homes, co2) = headline_figures(&json)?;
    let (en, it) = headlines(heat, homes, co2);
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let html = fill(&fill(&html, "en", &en)?, "it", &it)?;
    std::fs::write(&index, html).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    Ok(en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_language() {
        assert_eq!(whole(16_012.4, ','), "16,012");
        assert_eq!(whole(1_350.5, '.'), "1.351");
        assert_eq!(whole(999.4, ','), "999");
        assert_eq!(whole(-3_458.0, ','), "−3,458");
    }

    #[test]
    fn markers_are_filled_and_the_rest_kept() {
        let html = "<p><!--boot-figures-en-->old<!--/boot-figures-en--></p>";
        assert_eq!(
            fill(html, "en", "new").expect("marker"),
            "<p><!--boot-figures-en-->new<!--/boot-figures-en--></p>"
        );
        assert!(fill(html, "it", "x").is_err());
    }

    /// The opening preset's figures are the model's for `scenarios/brescia-pilot.json` (not
    /// A2A's published 16 GWh, 1,350 apartments and 3,500 t: since model version 2 the city's
    /// waste-to-energy plant covers the summer, and the page shows the published figures beside
    /// these): heat offered by the pilot is taken only in the heating season, so the heat is
    /// well above zero and below the published offer, and homes are heat / 11.85 MWh.
    #[test]
    fn the_opening_preset_gives_brescia_figures() {
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let json = std::fs::read_to_string(root.join("../scenarios/brescia-pilot.json"))
            .expect("the preset");
        let (heat, homes, co2) = headline_figures(&json).expect("runs");
        assert!(heat > 1_000.0 && heat < 16_500.0, "{heat}");
        assert!(
            (homes - heat / 11.85).abs() < 1e-6 * homes.max(1.0),
            "{homes}"
        );
        assert!(co2 > 0.0 && co2 < 3_500.0, "{co2}");
        // The committed index.html carries the same figures (it is what dist shows before the
        // build fills them in again).
        let index = std::fs::read_to_string(root.join("../index.html")).expect("index.html");
        let (en, it) = headlines(heat, homes, co2);
        assert!(index.contains(&en), "index.html should show: {en}");
        assert!(index.contains(&it), "index.html should show: {it}");
    }
}

//! The first paint: the opening preset's headline figures, computed by the model when the
//! release build is made and written into `dist/index.html` between the markers
//! `<!--boot-figures-en-->…<!--/boot-figures-en-->` (and `-it`, `-fr`, `-de`), so that a visitor reads the
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

/// The languages of the boot message and each one's thousands separator, as the app writes
/// whole numbers (src/format.rs: French a narrow no-break space U+202F, German and Italian a
/// point; four-digit numbers grouped in every language, as the glossaries write them).
pub const LANGS: [(&str, char); 4] = [("en", ','), ("it", '.'), ("fr", '\u{202f}'), ("de", '.')];

/// The app's `headline` template of `lang` (locales/LANG/app.ftl), with its three figures.
pub fn headline(
    root: &Path,
    lang: &str,
    heat: f64,
    homes: f64,
    co2: f64,
) -> Result<String, String> {
    let sep = LANGS
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, s)| *s)
        .ok_or_else(|| format!("no boot message in {lang}"))?;
    let file = root.join("locales").join(lang).join("app.ftl");
    let text = std::fs::read_to_string(&file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let template = text
        .lines()
        .find_map(|l| l.strip_prefix("headline = "))
        .ok_or_else(|| format!("{} has no headline message", file.display()))?;
    let filled = template
        .replace("{ $heat }", &whole(heat, sep))
        .replace("{ $homes }", &whole(homes, sep))
        .replace("{ $co2 }", &whole(co2, sep));
    if filled.contains('{') {
        return Err(format!(
            "{}: the headline has a part the build cannot fill: {template}",
            file.display()
        ));
    }
    Ok(filled)
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
    let index = dist.join("index.html");
    let mut html = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    for (lang, _) in LANGS {
        html = fill(&html, lang, &headline(root, lang, heat, homes, co2)?)?;
    }
    std::fs::write(&index, html).map_err(|e| format!("cannot write {}: {e}", index.display()))?;
    let en = headline(root, "en", heat, homes, co2)?;
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
        assert_eq!(whole(4_962.0, '\u{202f}'), "4\u{202f}962");
    }

    /// The app's own wording, with the figures in each language's format.
    #[test]
    fn headlines_follow_the_app_s_messages() {
        let top = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
        let fr = headline(&top, "fr", 4_962.4, 418.8, 1_069.0).expect("fr");
        assert!(fr.starts_with("4\u{202f}962 MWh/an"), "{fr}");
        assert!(fr.contains("419 logements"), "{fr}");
        let de = headline(&top, "de", 4_962.4, 418.8, 1_069.0).expect("de");
        assert!(de.starts_with("4.962 MWh/a Wärme"), "{de}");
        assert!(de.contains("1.069 t CO2"), "{de}");
        assert!(headline(&top, "xx", 1.0, 1.0, 1.0).is_err());
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
        let top = root.join("..");
        for (lang, _) in LANGS {
            let line = headline(&top, lang, heat, homes, co2).expect("a headline");
            assert!(
                index.contains(&line),
                "index.html should show in {lang}: {line}"
            );
        }
    }
}

//! The built-in climates with their station, period and source, the required weather
//! attribution, and which ECA&D-derived means are used.

use super::inputs::num;
use super::text::{tr, UI};
use crate::i18n::Lang;
use crate::state::Twin;
use heat_twin_model::params::WeatherSpec;
use heat_twin_model::weather::{climates, Climate, ClimateKind, MONTH_START_HOUR};
use leptos::prelude::*;

/// The weather attribution, verbatim from data/weather/README.md (required wherever the data
/// is shown).
pub const PVGIS_ATTRIBUTION: &str =
    "PVGIS TMY (SARAH2/ERA5, 2005–2020) © European Union, 2001–2024, European Commission Joint Research Centre.";

/// The same attribution in Italian, shown beside the English one on the Italian page.
pub const PVGIS_ATTRIBUTION_IT: &str =
    "PVGIS TMY (SARAH2/ERA5, 2005–2020) © Unione europea, 2001–2024, Centro comune di ricerca della Commissione europea.";

/// The annual mean of a climate, °C: its monthly means weighted by the days of each month.
pub fn annual_mean_c(c: &Climate) -> f64 {
    let hours = |m: usize| (MONTH_START_HOUR[m + 1] - MONTH_START_HOUR[m]) as f64;
    let total: f64 = (0..12).map(hours).sum();
    (0..12)
        .map(|m| c.monthly_means_c[m] * hours(m))
        .sum::<f64>()
        / total
}

/// The kind of a climate in words.
fn kind_words(lang: Lang, kind: ClimateKind) -> String {
    tr(
        lang,
        match kind {
            ClimateKind::Tmy => UI.kind_tmy,
            ClimateKind::Synthetic => UI.kind_synthetic,
        },
    )
}

/// The climates whose source is an ECA&D series.
pub fn ecad_climates() -> Vec<&'static Climate> {
    climates()
        .iter()
        .filter(|c| c.source.contains("ECA&D"))
        .collect()
}

/// The climates section.
#[component]
pub fn Climates(lang: Lang) -> impl IntoView {
    let twin = Twin::use_twin();
    let in_use = move |id: &'static str| {
        twin.valid.with(
            |v| matches!(v.as_ref().map(|v| &v.weather), Ok(WeatherSpec::Builtin(b)) if b == id),
        )
    };
    let rows = climates()
        .iter()
        .map(|c| {
            view! {
                <tr data-climate=c.id class:in-use=move || in_use(c.id)>
                    <th scope="row">{c.name}<br /><code>{c.id}</code>
                        <Show when=move || in_use(c.id)>" "<span class="badge">{tr(lang, UI.in_use)}</span></Show>
                    </th>
                    <td>{kind_words(lang, c.kind)}</td>
                    <td>{c.station}</td>
                    <td>{c.period}</td>
                    <td class="num">{format!("{} °C", num((annual_mean_c(c) * 100.0).round() / 100.0, lang.number_style()))}</td>
                    <td data-col="source">{c.source}</td>
                </tr>
            }
        })
        .collect_view();
    let ecad: Vec<&str> = ecad_climates().iter().map(|c| c.name).collect();
    view! {
        <section class="method-part" aria-labelledby="method-climates">
            <h3 id="method-climates">{tr(lang, UI.climates_title)}</h3>
            <p>{tr(lang, UI.climates_intro)}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="method-climates">
                <table class="climates">
                    <thead><tr>
                        <th scope="col">{tr(lang, UI.col_climate)}</th><th scope="col">{tr(lang, UI.col_kind)}</th>
                        <th scope="col">{tr(lang, UI.col_station)}</th><th scope="col">{tr(lang, UI.col_period)}</th>
                        <th scope="col">{tr(lang, UI.col_mean)}</th><th scope="col">{tr(lang, UI.col_source)}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="attribution">{tr(lang, UI.attribution_lead)}" "<q data-attribution="pvgis" lang="en">{PVGIS_ATTRIBUTION}</q>
                {(lang == Lang::It).then(|| view! { " "<q data-attribution="pvgis-it">{PVGIS_ATTRIBUTION_IT}</q> })}</p>
            {(!ecad.is_empty()).then(|| view! { <p class="note">{tr(lang, UI.ecad_note)}" "{ecad.join(", ")}"."</p> })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn po_valley_mean_matches_the_weather_readme() {
        let po = climates()
            .iter()
            .find(|c| c.id == "po-valley")
            .expect("po-valley");
        // data/weather/README.md: annual mean 13.65 °C (from the hours; monthly means are rounded).
        assert!(
            (annual_mean_c(po) - 13.65).abs() < 0.01,
            "{}",
            annual_mean_c(po)
        );
        assert!(po
            .source
            .contains("PVGIS TMY (SARAH2/ERA5, 2005–2020) © European Union, 2001–2024"));
    }

    #[test]
    fn every_climate_has_station_period_and_source() {
        for c in climates() {
            assert!(
                !c.station.is_empty() && !c.period.is_empty() && !c.source.is_empty(),
                "{}",
                c.id
            );
            assert!(annual_mean_c(c).is_finite());
        }
        assert!(!ecad_climates().is_empty());
    }
}

//! This scenario's own description and sources: the current scenario's `description` and
//! `sources`, or, when it has none, those of the preset last loaded.

use super::text::{tr, UI};
use crate::i18n::Lang;
use crate::state::Twin;
use heat_twin_model::scenario::parse_scenario;
use leptos::prelude::*;

/// What the section shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScenarioSources {
    /// The scenario's name, if any.
    pub name: Option<String>,
    /// Its description, if any.
    pub description: Option<String>,
    /// Its sources.
    pub sources: Vec<String>,
}

/// The description and sources of the scenario, falling back on the preset `stem`'s JSON.
pub fn scenario_sources(
    name: Option<String>,
    description: Option<String>,
    sources: Option<Vec<String>>,
    stem: &str,
) -> ScenarioSources {
    let own = ScenarioSources {
        name,
        description,
        sources: sources.unwrap_or_default(),
    };
    if own.description.is_some() || !own.sources.is_empty() {
        return own;
    }
    match crate::presets::preset(stem).and_then(|json| parse_scenario(json).ok()) {
        Some(p) => ScenarioSources {
            name: own.name.or(p.name),
            description: p.description,
            sources: p.sources.unwrap_or_default(),
        },
        None => own,
    }
}

/// `text` in `lang` when it is the preset `stem`'s own `name` or `description` (`part`) as its
/// JSON has it (locales/<lang>/presets.ftl); the user's own words otherwise.
pub fn localised(lang: Lang, stem: &str, part: &str, text: String) -> String {
    let json = crate::presets::preset(stem).and_then(|j| parse_scenario(j).ok());
    let original = json.and_then(|p| match part {
        "name" => p.name,
        _ => p.description,
    });
    if original.as_deref() == Some(text.as_str()) {
        crate::i18n::preset_text(lang, stem, part).unwrap_or(text)
    } else {
        text
    }
}

/// The section.
#[component]
pub fn ScenarioSourcesView(lang: Lang) -> impl IntoView {
    let twin = Twin::use_twin();
    // The scenario's own words only: a slider moved elsewhere changes none of them, and this
    // memo then stops there (no preset parsed again, nothing re-rendered).
    let own = Memo::new(move |_| {
        twin.scenario
            .with(|s| (s.name.clone(), s.description.clone(), s.sources.clone()))
    });
    let data = Memo::new(move |_| {
        let stem = twin.preset.get();
        let (name, description, sources) = own.get();
        let mut d = scenario_sources(name, description, sources, &stem);
        d.name = d.name.map(|n| localised(lang, &stem, "name", n));
        d.description = d
            .description
            .map(|t| localised(lang, &stem, "description", t));
        d
    });
    view! {
        <section class="method-part" aria-labelledby="method-scenario">
            <h3 id="method-scenario">{tr(lang, UI.scenario_title)}</h3>
            {move || data.with(|d| {
                let name = d.name.clone().map(|n| view! { <p><strong>{tr(lang, UI.scenario_preset)}</strong>" "{n}</p> });
                let description = d.description.clone().unwrap_or_else(|| tr(lang, UI.scenario_none));
                let sources = if d.sources.is_empty() {
                    view! { <p class="note">{tr(lang, UI.scenario_no_sources)}</p> }.into_any()
                } else {
                    view! {
                        <ol class="scenario-sources">
                            {d.sources.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}
                        </ol>
                    }
                    .into_any()
                };
                view! { {name}<p class="prose">{description}</p>{sources} }
            })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_sources_win_and_presets_fill_in() {
        let own = scenario_sources(
            None,
            Some("mine".into()),
            Some(vec!["a".into()]),
            "brescia-pilot",
        );
        assert_eq!(own.sources, ["a"]);
        let filled = scenario_sources(None, None, None, "brescia-pilot");
        assert!(filled.description.is_some());
        assert!(filled.sources.len() > 3);
        assert!(filled.name.is_some_and(|n| n.contains("Brescia")));
        let none = scenario_sources(None, None, None, "");
        assert!(none.sources.is_empty() && none.description.is_none());
    }

    #[test]
    fn a_preset_reads_in_the_page_language_and_edits_stay_as_written() {
        let stem = "brescia-pilot";
        let s = scenario_sources(None, None, None, stem);
        let it = localised(
            Lang::It,
            stem,
            "description",
            s.description.unwrap_or_default(),
        );
        assert!(it.contains("teleriscaldamento"), "{it}");
        let mine = localised(Lang::It, stem, "name", "Il mio impianto".into());
        assert_eq!(mine, "Il mio impianto");
    }

    #[test]
    fn every_preset_has_a_description_and_sources() {
        for (stem, _) in crate::presets::PRESETS {
            let s = scenario_sources(None, None, None, stem);
            assert!(s.description.is_some() && !s.sources.is_empty(), "{stem}");
        }
    }
}

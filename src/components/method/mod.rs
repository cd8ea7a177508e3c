//! The Method and sources panel: a collapsible section (`<details id="method">`, closed by
//! default) that explains every formula of MODEL.md §0–§11 in plain words, lists every input
//! with its default and source, the climates, the rules and benchmarks, this scenario's
//! sources and the reference figures.
//!
//! Tables are generated from the model ([`heat_twin_model::scenario::fields`],
//! [`heat_twin_model::weather::climates`], the cooling and generation presets) so they cannot
//! drift from it; the words live in `locales/<lang>/method.ftl`, named by the `text` and
//! `reference` submodules, and the panel re-renders when the language changes. The panel opens by itself when the page's address points into it
//! (`#method…`) and while the page is printed.

mod climates;
mod drivers;
mod equation;
mod inputs;
mod reference;
mod sources;
mod text;
mod words;

use crate::i18n::{I18n, Lang};
use climates::Climates;
use inputs::Inputs;
use leptos::leptos_dom::helpers::window_event_listener_untyped;
use leptos::prelude::*;
use reference::{ReferenceFigures, Rules};
use sources::ScenarioSourcesView;
use text::{tr, UI};
use words::MethodWords;

/// The table of contents: (anchor, label).
const CONTENTS: &[(&str, &str)] = &[
    ("method-words", UI.method_title),
    ("method-inputs", UI.inputs_title),
    ("method-climates", UI.climates_title),
    ("method-rules", UI.rules_title),
    ("method-scenario", UI.scenario_title),
    ("method-reference", UI.reference_title),
];

/// Whether the address fragment points into the panel.
fn points_here(hash: &str) -> bool {
    hash == "#method" || hash.starts_with("#method-")
}

/// The Method and sources panel.
#[component]
pub fn Method() -> impl IntoView {
    let details = NodeRef::<leptos::html::Details>::new();
    let was_open = StoredValue::new(false);
    let set_open = move |open: bool| {
        if let Some(d) = details.get_untracked() {
            let _ = if open {
                d.set_attribute("open", "")
            } else {
                d.remove_attribute("open")
            };
        }
    };
    let open_for_hash = move || {
        let hash = window().location().hash().unwrap_or_default();
        if points_here(&hash) {
            set_open(true);
        }
    };
    let before_print = window_event_listener_untyped("beforeprint", move |_| {
        if let Some(d) = details.get_untracked() {
            was_open.set_value(d.has_attribute("open"));
        }
        set_open(true);
    });
    let after_print =
        window_event_listener_untyped("afterprint", move |_| set_open(was_open.get_value()));
    let hash_change = window_event_listener_untyped("hashchange", move |_| open_for_hash());
    on_cleanup(move || {
        before_print.remove();
        after_print.remove();
        hash_change.remove();
    });
    details.on_load(move |_| open_for_hash());
    let i18n = I18n::use_i18n();
    view! {
        <details class="card method" id="method" node_ref=details>
            <summary><h2>{move || tr(i18n.lang.get(), UI.heading)}</h2></summary>
            // The body is rebuilt when the language changes (the panel stays open).
            {move || body(i18n.lang.get())}
        </details>
    }
}

/// The panel's body in `lang`.
fn body(lang: Lang) -> impl IntoView {
    view! {
        <div class="method-body">
            <p class="prose lead">{tr(lang, UI.intro)}</p>
            <nav class="method-toc" aria-label=tr(lang, UI.contents)>
                <p class="toc-title">{tr(lang, UI.contents)}</p>
                <ol>
                    {CONTENTS.iter().map(|(id, label)| view! {
                        <li><a href=format!("#{id}")>{tr(lang, label)}</a></li>
                    }).collect_view()}
                </ol>
            </nav>
            <MethodWords lang />
            <Inputs lang />
            <drivers::DriversInUse lang />
            <crate::components::plants::PlantsInUse lang />
            <crate::components::lists::MaintenanceInUse lang />
            <Climates lang />
            <Rules lang />
            <ScenarioSourcesView lang />
            <ReferenceFigures lang />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_that_open_the_panel() {
        assert!(points_here("#method"));
        assert!(points_here("#method-inputs"));
        assert!(!points_here("#methodology"));
        assert!(!points_here(""));
    }

    #[test]
    fn contents_point_at_the_sections() {
        let ids: Vec<&str> = CONTENTS.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids.len(), 6);
        assert!(ids.iter().all(|id| id.starts_with("method-")));
    }
}

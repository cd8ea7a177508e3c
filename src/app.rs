//! The page: the seed story, the controls, the results (KPIs, warnings, charts, plant view)
//! and the Method and sources panel.

use crate::components::charts::Charts;
use crate::components::compare::Compare;
use crate::components::controls::Controls;
use crate::components::export::ExportBar;
use crate::components::headline::Headline;
use crate::components::kpis::Kpis;
use crate::components::late::late;
use crate::components::method::Method;
use crate::components::plant::PlantView;
use crate::components::published::PublishedTable;
use crate::components::saved::SavedScenarios;
use crate::components::settled::SettledReport;
use crate::components::toolbar::{load_preset, PresetSelect};
use crate::components::warnings::Warnings;
use crate::i18n::{apply_lang, initial_lang, I18n, LanguageSelect};
use crate::presets::OPENING_PRESET;
use crate::state::Twin;
use heat_twin_model::scenario::Scenario;
use leptos::context::Provider;
use leptos::prelude::*;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n::new(initial_lang());
    provide_context(i18n);
    Effect::new(move |_| apply_lang(i18n.lang.get()));
    // The loading message and the build-time figures of index.html go once the page is up.
    Effect::new(|_| remove_boot());
    let twin = Twin::new(Scenario::default());
    crate::components::identity::install(twin);
    provide_context(twin);
    if let Err(msg) = load_preset(twin, OPENING_PRESET) {
        twin.notice.set(Some(msg));
    }
    // A scenario in the address wins over the opening preset.
    crate::share::use_share_link(twin);
    let on_region = crate::region::use_route();
    // The secondary panels follow one frame behind the KPIs (src/components/late.rs).
    let behind = late(twin);
    view! {
        // On the region page (src/region/) the twin's sections stay mounted but are not shown
        // (style/region.css).
        <div class="page" class:region-on=move || on_region.get()>
            <header class="masthead">
                <div class="brand">
                    <h1>"heat"<span>"-twin"</span></h1>
                    <p>{move || i18n.t("app-tagline")}</p>
                </div>
                <crate::region::RoomNav on_region twin />
                <div class="toolbar">
                    <PresetSelect />
                    <LanguageSelect />
                    <ExportBar />
                </div>
            </header>
            <Show when=move || on_region.get()>
                <crate::region::RegionPage />
            </Show>
            <section class="story" aria-label=move || i18n.t("story-aria")>
                <p>{move || {
                    let lang = i18n.lang.get();
                    twin.preset.with(|stem| crate::i18n::preset_text(lang, stem, "story"))
                        .unwrap_or_else(|| i18n.t("story"))
                }}</p>
            </section>
            <Headline />
            <Show when=move || twin.notice.with(Option::is_some)>
                <p class="message" role="status">{move || twin.notice.get()}</p>
            </Show>
            <div class="layout">
                <Controls />
                <main class="results">
                    <Kpis />
                    <Provider value=behind>
                        <PublishedTable />
                        <Warnings />
                    </Provider>
                    <Charts />
                    <Provider value=behind>
                        <crate::components::life::ProjectLife />
                        <PlantView />
                        <SavedScenarios />
                        <Compare />
                    </Provider>
                    <crate::instruments::Instruments />
                    <crate::measured::MeasuredPanel />
                </main>
            </div>
            <Provider value=behind>
                <Method />
            </Provider>
            <SettledReport />
            <footer class="footer">
                <p>{move || i18n.t("footer")}</p>
            </footer>
        </div>
    }
}

/// Removes index.html's `#boot` (the loading message and the build-time figures).
pub fn remove_boot() {
    #[cfg(target_arch = "wasm32")]
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}

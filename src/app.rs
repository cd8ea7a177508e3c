//! The page: the seed story, the controls, the results (KPIs, warnings, charts, plant view)
//! and the Method and sources panel.

use crate::components::charts::Charts;
use crate::components::compare::Compare;
use crate::components::controls::Controls;
use crate::components::export::ExportBar;
use crate::components::headline::Headline;
use crate::components::kpis::Kpis;
use crate::components::method::Method;
use crate::components::plant::PlantView;
use crate::components::report::Report;
use crate::components::saved::SavedScenarios;
use crate::components::toolbar::{load_preset, PresetSelect};
use crate::components::warnings::Warnings;
use crate::i18n::{apply_lang, initial_lang, I18n, LanguageSelect};
use crate::presets::OPENING_PRESET;
use crate::state::Twin;
use heat_twin_model::scenario::Scenario;
use leptos::prelude::*;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let i18n = I18n::new(initial_lang());
    provide_context(i18n);
    Effect::new(move |_| apply_lang(i18n.lang.get()));
    let twin = Twin::new(Scenario::default());
    provide_context(twin);
    if let Err(msg) = load_preset(twin, OPENING_PRESET) {
        twin.notice.set(Some(msg));
    }
    // A scenario in the address wins over the opening preset.
    crate::share::use_share_link(twin);
    view! {
        <div class="page">
            <header class="masthead">
                <div class="brand">
                    <h1>"heat"<span>"-twin"</span></h1>
                    <p>"A data centre's waste heat, warming a city's homes — hour by hour, over a year."</p>
                </div>
                <div class="toolbar">
                    <PresetSelect />
                    <LanguageSelect />
                    <ExportBar />
                </div>
            </header>
            <section class="story" aria-label="What this shows">
                <p>
                    "Every server turns its electricity into heat. In Brescia, A2A and Qarnot cool servers with water "
                    "that leaves them at 65 °C and pipe that heat into the city's district heating network: about "
                    "16 GWh a year, enough for 1,350 apartments, avoiding some 3,500 tonnes of CO2 that gas boilers "
                    "would have emitted. This twin runs that system hour by hour for a whole year, right here in "
                    "your browser. Change the data centre, the cooling, the heat pumps, the network or the weather, "
                    "and see how much heat reaches homes, the CO2 it saves and what it earns."
                </p>
            </section>
            <Headline />
            <Show when=move || twin.notice.with(Option::is_some)>
                <p class="message" role="status">{move || twin.notice.get()}</p>
            </Show>
            <div class="layout">
                <Controls />
                <main class="results">
                    <Kpis />
                    <Warnings />
                    <Charts />
                    <PlantView />
                    <SavedScenarios />
                    <Compare />
                </main>
            </div>
            <Method />
            <Report />
            <footer class="footer">
                <p>"heat-twin runs entirely in your browser; nothing you enter leaves this page. Weather: PVGIS TMY (SARAH2/ERA5, 2005–2020) © European Union, 2001–2024, European Commission Joint Research Centre."</p>
            </footer>
        </div>
    }
}

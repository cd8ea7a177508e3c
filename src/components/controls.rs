//! The scenario inputs, grouped as a planner thinks of the plant: Data centre · Heat recovery ·
//! Network · Storage · Climate & grid · Economics · Connection pipe. Advanced inputs are collapsed.

use crate::components::field::Field;
use crate::components::identity::{CoolingNote, Identity};
use crate::components::plants::PlantsEditor;
use crate::components::weather::WeatherControl;
use crate::i18n::I18n;
use heat_twin_model::scenario::{section_fields, Section};
use leptos::prelude::*;

/// One group: its main inputs, then its advanced ones behind a disclosure.
#[component]
fn Group(
    /// Heading of the group (in the page's language).
    title: Signal<String>,
    /// The model sections shown in it.
    sections: &'static [Section],
    /// Open at first.
    #[prop(default = false)]
    open: bool,
    /// Extra content before the fields (the weather control).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let i18n = I18n::use_i18n();
    let main: Vec<_> = sections
        .iter()
        .flat_map(|s| section_fields(*s))
        .filter(|f| !f.advanced)
        .collect();
    let advanced: Vec<_> = sections
        .iter()
        .flat_map(|s| section_fields(*s))
        .filter(|f| f.advanced)
        .collect();
    view! {
        <details class="group" open=open>
            <summary>{move || title.get()}</summary>
            <div class="fields">
                {children.map(|c| c())}
                {main.into_iter().map(|spec| view! {
                    <Field spec=spec />
                    {(spec.path == crate::state::COOLING).then(|| view! { <CoolingNote /> })}
                }).collect_view()}
                {(!advanced.is_empty()).then(|| view! {
                    <details class="advanced">
                        <summary>{move || i18n.t("controls-advanced")}</summary>
                        <div class="fields">
                            {advanced.into_iter().map(|spec| view! { <Field spec=spec /> }).collect_view()}
                        </div>
                    </details>
                })}
            </div>
        </details>
    }
}

/// Every scenario input.
#[component]
pub fn Controls() -> impl IntoView {
    let i18n = I18n::use_i18n();
    let t = move |key: &'static str| Signal::derive(move || i18n.t(key));
    view! {
        <aside class="controls" aria-label=move || i18n.t("controls-aria")>
            <Identity />
            <Group title=t("section-data-centre") sections=&[Section::DataCentre] open=true>
                <crate::components::lists::RampEditor />
            </Group>
            <Group title=t("section-recovery") sections=&[Section::Recovery]>
                <crate::components::lists::MaintenanceEditor />
            </Group>
            <Group title=t("section-network") sections=&[Section::Network]>
                <PlantsEditor />
            </Group>
            <Group title=t("section-storage") sections=&[Section::Storage] />
            <Group title=t("section-climate") sections=&[Section::Emissions]>
                <WeatherControl />
                <crate::components::grid_path::GridPathEditor />
            </Group>
            <Group title=t("section-economics") sections=&[Section::Economics] />
            <Group title=t("section-connection") sections=&[Section::Connection] />
            <Group title=t("section-capex") sections=&[Section::Capex] />
        </aside>
    }
}

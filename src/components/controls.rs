//! The scenario inputs, grouped as a planner thinks of the plant: Data centre · Heat recovery ·
//! Network · Storage · Climate & grid · Economics. Advanced inputs are collapsed.

use crate::components::field::Field;
use crate::components::weather::WeatherControl;
use heat_twin_model::scenario::{section_fields, Section};
use leptos::prelude::*;

/// One group: its main inputs, then its advanced ones behind a disclosure.
#[component]
fn Group(
    /// Heading of the group.
    title: &'static str,
    /// The model sections shown in it.
    sections: &'static [Section],
    /// Open at first.
    #[prop(default = false)]
    open: bool,
    /// Extra content before the fields (the weather control).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
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
            <summary>{title}</summary>
            <div class="fields">
                {children.map(|c| c())}
                {main.into_iter().map(|spec| view! { <Field spec=spec /> }).collect_view()}
                {(!advanced.is_empty()).then(|| view! {
                    <details class="advanced">
                        <summary>"Advanced"</summary>
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
    view! {
        <aside class="controls" aria-label="Scenario inputs">
            <Group title="Data centre" sections=&[Section::DataCentre] open=true />
            <Group title="Heat recovery" sections=&[Section::Recovery] />
            <Group title="Network" sections=&[Section::Network] />
            <Group title="Storage" sections=&[Section::Storage] />
            <Group title="Climate & grid" sections=&[Section::Emissions]>
                <WeatherControl />
            </Group>
            <Group title="Economics" sections=&[Section::Economics] />
        </aside>
    }
}

//! The plant view (being written): an SVG schematic of the flows at a chosen hour.

use leptos::prelude::*;

/// The plant view.
#[component]
pub fn PlantView() -> impl IntoView {
    view! { <section class="card plant" aria-label="Plant view"></section> }
}

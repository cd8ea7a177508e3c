//! Saved scenarios in the browser's storage (being written).

use leptos::prelude::*;

/// The saved-scenarios panel (stub).
#[component]
pub fn SavedScenarios() -> impl IntoView {
    view! { <section class="card saved" aria-label="Saved scenarios"></section> }
}

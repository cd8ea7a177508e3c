//! The Method and sources panel (being written).

use leptos::prelude::*;

/// The Method and sources panel.
#[component]
pub fn Method() -> impl IntoView {
    view! { <section class="card method" aria-label="Method and sources"></section> }
}

//! Two scenarios side by side (being written).

use leptos::prelude::*;

/// The comparison panel (stub).
#[component]
pub fn Compare() -> impl IntoView {
    view! { <section class="card compare" aria-label="Compare"></section> }
}

//! Export and import: scenario JSON, hourly CSV, chart PNG, print (being written).

use leptos::prelude::*;

/// The export and import buttons (stub).
#[component]
pub fn ExportBar() -> impl IntoView {
    view! { <div class="export-bar"></div> }
}

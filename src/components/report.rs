//! The printable one-page report (being written).

use leptos::prelude::*;

/// The report, shown only when printing (stub).
#[component]
pub fn Report() -> impl IntoView {
    view! { <section class="report" aria-hidden="true"></section> }
}

//! heat-twin, the web app: a Leptos (client-side rendered) page around `heat-twin-model`.
//!
//! Data flow: one scenario signal ([`state::Twin`]) → validated parameters and weather
//! (memos) → one annual simulation per change ([`run`], a memo holding a small
//! [`run::Snapshot`]) → KPI cards, warnings, charts (drawn by `heat-twin-charts` on canvases)
//! and the plant view. The physics is never re-implemented here.

pub mod app;
pub mod components;
pub mod embed;
pub mod fetch;
pub mod format;
pub mod i18n;
pub mod instruments;
pub mod kiosk;
pub mod measured;
pub mod perf;
pub mod presets;
pub mod problems;
pub mod region;
pub mod run;
pub mod share;
pub mod state;
pub mod visible;
pub mod worker_bridge;

pub use app::App;

/// Mounts the app on the page's `<body>`: the full twin, the embeddable card on
/// `embed.html` (or with `?embed` in the address), or the kiosk with `?kiosk`.
pub fn mount() {
    console_error_panic_hook::set_once();
    if embed::is_embed() {
        leptos::mount::mount_to_body(embed::Embed);
    } else if let Some(options) = kiosk::kiosk_options() {
        leptos::mount::mount_to_body(
            move || leptos::view! { <kiosk::KioskPage options=options /> },
        );
    } else {
        leptos::mount::mount_to_body(App);
    }
}

//! Kiosk mode for exhibitions (issue 12): the page with `?kiosk` in its address (the fragment
//! can still carry a scenario). Large type and touch targets, no file dialogs, downloads, links
//! out or saved scenarios; a guided tour steps through real projects with one plain sentence
//! each and the plant view playing the year, then a "try it" step where the visitor moves the
//! racks slider. A touch pauses the tour; after a minute without one it resumes from the step's
//! own scenario, so whatever a visitor changed is undone. The current step is the element
//! `[data-tour-step]` whose value is the preset's stem.
//!
//! Options in the query, for the exhibitor (and the tests): `step=S` seconds per step (default
//! 30, allowed 1–120) and `idle=S` seconds without a touch before the tour resumes (default
//! 60, allowed 1–600).

pub mod tour;

use crate::components::field::Field;
use crate::components::headline::Headline;
use crate::components::kpis::KpiCards;
use crate::components::plant::PlantView;
use crate::components::toolbar::load_preset;
use crate::i18n::{apply_lang, initial_lang, I18n, LanguageSelect};
use crate::state::Twin;
use heat_twin_model::scenario::{field, Scenario};
use leptos::prelude::*;
use tour::{Step, Tour, TourOptions, STEPS};

/// The kiosk's figures (summary fields).
const FIGURES: &[&str] = &[
    "heat_delivered_mwh",
    "homes_equivalent",
    "co2_avoided_t",
    "dc_share_of_demand",
];

/// The kiosk's options when this page is a kiosk (`kiosk` in the query), else `None`.
pub fn kiosk_options() -> Option<TourOptions> {
    #[cfg(target_arch = "wasm32")]
    {
        let query = web_sys::window()?.location().search().ok()?;
        TourOptions::from_query(&query)
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Now, ms (the page's clock).
fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now()
    }
    #[cfg(not(target_arch = "wasm32"))]
    0.0
}

/// Marks `<html>` as a kiosk (style/kiosk.css: large type and touch targets).
fn mark_document() {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().add_1("kiosk");
    }
}

/// The kiosk page.
#[component]
pub fn KioskPage(
    /// Step and idle times.
    options: TourOptions,
) -> impl IntoView {
    let i18n = I18n::new(initial_lang());
    provide_context(i18n);
    Effect::new(move |_| apply_lang(i18n.lang.get()));
    Effect::new(|_| crate::app::remove_boot());
    mark_document();
    let twin = Twin::new(Scenario::default());
    provide_context(twin);
    let tour = RwSignal::new(Tour::new(options, now_ms()));
    let show = move |step: &Step| {
        if step.portfolio {
            return;
        }
        if let Err(msg) = load_preset(twin, step.preset) {
            twin.notice.set(Some(msg));
        }
    };
    show(&STEPS[0]);
    // A scenario in the address is shown first; the tour moves on from it.
    crate::share::use_share_link(twin);

    // The clock: four ticks a second.
    let handle = set_interval_with_handle(
        move || {
            let mut changed = None;
            tour.update(|t| changed = t.tick(now_ms()));
            if let Some(i) = changed {
                show(&STEPS[i]);
            }
        },
        std::time::Duration::from_millis(250),
    );
    on_cleanup(move || {
        if let Ok(h) = handle {
            h.clear();
        }
    });
    // A touch, a key or a slider pauses the tour.
    let touched = move || tour.update(|t| t.touch(now_ms()));
    let _pointer = window_event_listener(leptos::ev::pointerdown, move |_| touched());
    let _key = window_event_listener(leptos::ev::keydown, move |_| touched());
    let _input = window_event_listener(leptos::ev::input, move |_| touched());
    let go = move |delta: isize| {
        let mut to = 0;
        tour.update(|t| to = t.go(delta, now_ms()));
        show(&STEPS[to]);
    };

    let step = move || STEPS[tour.with(|t| t.index)];
    let paused = move || tour.with(|t| t.paused());
    let racks = field("data_centre.racks");
    view! {
        <div class="page kiosk-page">
            <header class="masthead">
                <div class="brand">
                    <h1>"heat"<span>"-twin"</span></h1>
                    <p>{move || i18n.t("app-tagline")}</p>
                </div>
                <div class="toolbar"><LanguageSelect /></div>
            </header>
            <section class="tour" aria-live="polite" data-tour-step=move || step().preset
                data-tour-kind=move || step().kind() data-tour-state=move || if paused() { "paused" } else { "playing" }>
                <p class="tour-count">{move || {
                    let i = tour.with(|t| t.index);
                    i18n.t_args("kiosk-step-count", &[
                        ("n", crate::i18n::Arg::Text((i + 1).to_string())),
                        ("of", crate::i18n::Arg::Text(STEPS.len().to_string())),
                    ])
                }}</p>
                <h2 class="tour-title">{move || {
                    let s = step();
                    if s.portfolio {
                        return i18n.t("region-title");
                    }
                    crate::i18n::preset_text(i18n.lang.get(), s.preset, "name").unwrap_or_else(|| s.preset.to_string())
                }}</h2>
                <p class="tour-sentence">{move || i18n.t(step().message)}</p>
                <p class="tour-state">{move || if paused() { i18n.t("kiosk-paused") } else { String::new() }}</p>
                <div class="tour-nav">
                    <button type="button" data-action="tour-prev" on:click=move |_| go(-1)>{move || i18n.t("kiosk-prev")}</button>
                    <button type="button" data-action="tour-next" on:click=move |_| go(1)>{move || i18n.t("kiosk-next")}</button>
                </div>
            </section>
            // Mounted once per visit of the region step: the stem is read untracked, so the
            // tour's clock (four ticks a second) does not start the portfolio's run again.
            <Show when=move || step().portfolio>
                <crate::region::KioskRegion stem=untrack(step).preset />
            </Show>
            <div class="kiosk-twin" hidden=move || step().portfolio>
            <Headline />
            <Show when=move || twin.notice.with(Option::is_some)>
                <p class="message" role="status">{move || twin.notice.get()}</p>
            </Show>
            <section class="kpis kiosk-kpis" aria-label=move || i18n.t("kpis-aria")>
                <KpiCards fields=FIGURES />
            </section>
            {racks.map(|spec| view! {
                <div class="kiosk-input" class:try-it=move || step().kind() == "try"><Field spec=spec /></div>
            })}
            <PlantView autoplay=true />
            </div>
        </div>
    }
}

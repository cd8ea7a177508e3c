//! The whole scenario in the page's address, so that a link reopens exactly what was on screen.
//!
//! The fragment is `#s=1.<base64url(zlib(scenario JSON))>`, plus `&w=1.…` with the hourly
//! temperatures of an uploaded weather file and `&p=<preset>` with the project last loaded
//! (`&b=` once modified), `&c=` with the B side of a shared comparison, `&d=` with the
//! scenario's measured profiles, `&i=` with what the
//! instruments were last asked and `&l=` with the language; an unmodified preset is just `#p=<stem>`. The format is documented in [`codec`].
//! Behaviour:
//!
//! - every change of the scenario (or of the uploaded file, or the project) rewrites the
//!   fragment with `history.replaceState`, once the scenario has been still for 250 ms: no new
//!   history entry per keystroke, and nothing is written when the fragment would not change.
//!   `replaceState` costs about 8 ms in Chromium and is throttled when called too often, so a
//!   slider drag writes the address once, when it stops; while a pointer is held down (a drag
//!   that pauses) the write waits for its release;
//! - opening the page with a link, or pasting one in the same tab (`hashchange`), restores the
//!   uploaded file, then the scenario, then the project; a link wins over the opening preset;
//! - a link that cannot be opened (damaged, another version, a scenario with problems: out-of-
//!   range values are refused, never clamped) shows the default scenario, `{}` — what the issue
//!   asks for, and a state that does not depend on which presets exist — with a message in
//!   `twin.notice` saying what was wrong. The address is left as it was until the user changes
//!   something, so the bad link can still be copied into a bug report;
//! - opening the page without a link leaves the address clean until something changes (the
//!   bare address means the opening preset);
//! - other fragments (`#method`) are left alone.

pub mod codec;

use crate::i18n::{I18n, Lang};
use crate::state::Twin;
use heat_twin_model::scenario::Scenario;
use leptos::prelude::*;

/// Puts what a fragment holds into the twin (and its language into `i18n`), or the default
/// scenario and a message.
pub fn apply(twin: Twin, fragment: &str, i18n: I18n) {
    match codec::decode(fragment) {
        Ok(shared) => {
            if let Some(lang) = shared.lang {
                i18n.choose(lang);
            }
            if shared.upload.is_some() {
                twin.upload.set(shared.upload);
            }
            let preset = if shared.preset.is_empty() {
                shared.based_on
            } else {
                shared.preset
            };
            twin.replace(shared.scenario, &preset);
            twin.compare_link.set(shared.compare);
            crate::instruments::Lab::get().restore(shared.instruments);
            let lang = i18n.lang.get_untracked();
            twin.notice
                .set(shared.drivers_error.map(|e| e.drivers_message(lang)));
        }
        Err(e) => {
            twin.replace(Scenario::default(), "");
            twin.compare_link.set(None);
            crate::instruments::Lab::get().restore(Vec::new());
            twin.notice.set(Some(e.message(i18n.lang.get_untracked())));
        }
    }
}

/// The language a link must name: the page's, when it is not the browser's own.
pub fn link_lang(lang: Lang) -> Option<Lang> {
    (lang != browser_lang()).then_some(lang)
}

/// The browser's own language (what a reader without `l=` gets), English when unknown.
pub fn browser_lang() -> Lang {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.navigator().language())
            .and_then(|c| Lang::from_code(&c))
            .unwrap_or(Lang::En)
    }
    #[cfg(not(target_arch = "wasm32"))]
    Lang::En
}

/// The fragment of the twin's current state (not tracked).
pub fn current(twin: Twin, lang: Lang) -> String {
    twin.scenario.with_untracked(|s| {
        let w = twin.upload.with_untracked(|u| {
            u.as_ref()
                .filter(|_| codec::reads_file(s))
                .map(weather_part)
        });
        let instruments = crate::instruments::Lab::get()
            .asked
            .with_untracked(|a| codec::encode_instruments(a));
        twin.preset.with_untracked(|p| {
            twin.compare_link.with_untracked(|c| {
                codec::link(&codec::View {
                    scenario: s,
                    weather: w.as_deref(),
                    preset: p,
                    modified: twin.modified.get_untracked(),
                    lang: link_lang(lang),
                    compare: c.as_ref(),
                    instruments: instruments.as_deref(),
                })
            })
        })
    })
}

/// The last upload's temperatures, name and kind, with its `w=` value.
type WeatherPart = Option<(std::sync::Arc<[f64]>, String, bool, String)>;

thread_local! {
    /// The last uploaded file's `w=` value: the temperatures are encoded once per file.
    static WEATHER_PART: std::cell::RefCell<WeatherPart> = const { std::cell::RefCell::new(None) };
}

/// The `w=` value of an upload, encoded once per file (the address and the comparison's link
/// both ask for it).
pub fn weather_part(up: &crate::state::Upload) -> String {
    WEATHER_PART.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((t, name, epw, part)) = cache.as_ref() {
            if std::sync::Arc::ptr_eq(t, &up.t_out_c) && *name == up.name && *epw == up.epw {
                return part.clone();
            }
        }
        let part = codec::encode_weather(up);
        *cache = Some((up.t_out_c.clone(), up.name.clone(), up.epw, part.clone()));
        part
    })
}

/// The whole address of the twin's current state (the page's address with its fragment).
pub fn current_url(twin: Twin, lang: Lang) -> String {
    let fragment = current(twin, lang);
    #[cfg(target_arch = "wasm32")]
    {
        let base = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        let base = base.split('#').next().unwrap_or_default().to_string();
        format!("{base}#{fragment}")
    }
    #[cfg(not(target_arch = "wasm32"))]
    format!("#{fragment}")
}

/// Keeps the address in step with the scenario and restores a scenario from it.
///
/// Call it once, after the opening preset is loaded (a link wins over it).
pub fn use_share_link(twin: Twin) {
    let i18n = I18n::use_i18n();
    #[cfg(target_arch = "wasm32")]
    browser::install(twin, i18n);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (twin, i18n);
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::{apply, codec, current};
    use crate::i18n::I18n;
    use crate::state::Twin;
    use leptos::prelude::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    /// The fragment of the address, without `#` (empty when there is none).
    fn hash() -> String {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .map(|h| h.trim_start_matches('#').to_string())
            .unwrap_or_default()
    }

    /// Replaces the fragment without a new history entry (path and query are kept).
    fn write(fragment: &str) {
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&format!("#{fragment}")),
            );
        }
    }

    /// How long the scenario must stay still before the address is rewritten.
    const WRITE_DELAY: std::time::Duration = std::time::Duration::from_millis(250);

    pub(super) fn install(twin: Twin, i18n: I18n) {
        let lang = i18n.lang;
        let opened = hash();
        if codec::is_link(&opened) {
            apply(twin, &opened, i18n);
        }
        // What the address stands for now: written only when the state moves away from it.
        let last = Rc::new(RefCell::new(current(twin, lang.get_untracked())));
        // Writes the address when the state moved away from it.
        let write_now: Rc<dyn Fn()> = {
            let last = last.clone();
            Rc::new(move || {
                let fragment =
                    crate::perf::time("share-encode", || current(twin, lang.get_untracked()));
                let mut last = last.borrow_mut();
                // Not over the region page's own link (src/region/), e.g. when the language
                // changes there or a change in the twin was still pending.
                if *last != fragment && !crate::region::is_region(&hash()) {
                    write(&fragment);
                    *last = fragment;
                }
            })
        };
        // (a pointer is held down, a write waits for its release)
        let held: Rc<std::cell::Cell<(bool, bool)>> = Rc::new(std::cell::Cell::new((false, false)));
        {
            let write_now = write_now.clone();
            let held = held.clone();
            // Writing the address is slow in Chromium (≈ 8 ms per `replaceState`, and it
            // throttles frequent calls), so the address is written once the scenario has been
            // still for WRITE_DELAY: a drag rewrites it once, at the end, not once per frame.
            let pending: Rc<std::cell::Cell<Option<TimeoutHandle>>> =
                Rc::new(std::cell::Cell::new(None));
            Effect::new(move |_| {
                twin.scenario.track();
                twin.upload.track();
                twin.preset.track();
                twin.compare_link.track();
                crate::instruments::Lab::get().asked.track();
                lang.track();
                if let Some(previous) = pending.take() {
                    previous.clear();
                }
                let write_now = write_now.clone();
                let held = held.clone();
                let handle = set_timeout_with_handle(
                    move || {
                        // A drag that paused: the write waits for the pointer's release.
                        if held.get().0 {
                            held.set((true, true));
                        } else {
                            write_now();
                        }
                    },
                    WRITE_DELAY,
                );
                pending.set(handle.ok());
            });
        }
        {
            let held_down = held.clone();
            let down = window_event_listener(leptos::ev::pointerdown, move |_| {
                held_down.set((true, held_down.get().1));
            });
            let released = move |_| {
                let (_, waiting) = held.get();
                held.set((false, false));
                if waiting {
                    write_now();
                }
            };
            let up = window_event_listener(leptos::ev::pointerup, released.clone());
            let cancel = window_event_listener(leptos::ev::pointercancel, released);
            // The listeners live as long as the page.
            std::mem::forget((down, up, cancel));
        }
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            let now = hash();
            if codec::is_link(&now) && *last.borrow() != now {
                apply(twin, &now, i18n);
                // The address already holds this state (or the bad link, kept for copying).
                *last.borrow_mut() = current(twin, lang.get_untracked());
            }
        });
        // The listener lives as long as the page.
        std::mem::forget(handle);
    }
}

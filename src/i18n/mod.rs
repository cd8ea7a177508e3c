//! Languages: English, Italian, French and German for every visible string, with Project
//! Fluent.
//!
//! Messages live in `locales/<lang>/<part>.ftl` (one file per part of the page, so that
//! translations stay next to each other). English and Italian are compiled in; French and
//! German are served beside the page and fetched when chosen ([`sources`], [`load`]), so
//! that a first visit does not download them. Components read messages through [`I18n`],
//! which tracks the language the page shows: changing it re-renders every text. Numbers are
//! formatted in the language's [`NumberStyle`], taken from the browser's `Intl` ([`intl`]:
//! 1,350.5 in English, 1.350,5 in Italian and German, 1 350,5 in French) before they are
//! passed to a message, so the `.ftl` files hold words only; dates go through
//! `Intl.DateTimeFormat` ([`intl::date`]).
//!
//! The language follows the browser (`navigator.language`) unless the user chose one, which is
//! remembered in localStorage under [`STORAGE_KEY`]; `<html lang>` follows the language
//! shown. A test fails when a message exists in one language and not in another, and when the
//! code asks for a message that English lacks.

pub mod intl;
pub mod load;
pub mod sources;
// Native only: they read French and German from disk.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;

use crate::format::{fixed, readable, NumberStyle};
use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::*;
use load::LoadError;

/// Where the chosen language is remembered.
pub const STORAGE_KEY: &str = "heat-twin.language";

/// A language of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (`en`), compiled in.
    En,
    /// Italian (`it`), compiled in.
    It,
    /// French (`fr`), fetched when chosen.
    Fr,
    /// German (`de`), fetched when chosen.
    De,
}

impl Lang {
    /// Every language, in the selector's order.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::It, Lang::Fr, Lang::De];

    /// The BCP 47 code: `en`, `it`, `fr`, `de`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::It => "it",
            Lang::Fr => "fr",
            Lang::De => "de",
        }
    }

    /// The language of a code such as `it`, `fr-FR`, `de-CH`, `en-GB` (case-insensitive);
    /// None otherwise.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "it" => Some(Lang::It),
            "fr" => Some(Lang::Fr),
            "de" => Some(Lang::De),
            _ => None,
        }
    }

    /// The language's name in itself, for the selector.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::It => "Italiano",
            Lang::Fr => "Français",
            Lang::De => "Deutsch",
        }
    }

    /// How numbers are written (the browser's `Intl`, asked once; see [`intl`]).
    pub fn number_style(self) -> NumberStyle {
        intl::number_style(self)
    }
}

/// `key` formatted from `bundle`, or None when the bundle lacks it.
fn format_in(
    bundle: &fluent_bundle::FluentBundle<fluent_bundle::FluentResource>,
    key: &str,
    args: &[(&str, Arg)],
) -> Option<String> {
    let pattern = bundle.get_message(key).and_then(|m| m.value())?;
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(s) => fargs.set(*name, FluentValue::from(s.clone())),
            Arg::Count(n) => fargs.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, (!args.is_empty()).then_some(&fargs), &mut errors)
            .into_owned(),
    )
}

/// An argument of a message.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Text (already formatted numbers included).
    Text(String),
    /// A number, for plural selection (`[one]`, `[other]`); shown as Fluent formats it.
    Count(f64),
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

/// The message `key` in `lang` with `args`; English when `lang` lacks it (or has not been
/// fetched), the key itself when English lacks it too.
pub fn translate(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    if let Some(s) = sources::with_bundle(lang, |b| b.and_then(|b| format_in(b, key, args))) {
        return s;
    }
    if lang != Lang::En {
        return translate(Lang::En, key, args);
    }
    key.to_string()
}

/// Whether `key` exists in `lang` itself (no fallback).
pub fn has(lang: Lang, key: &str) -> bool {
    sources::with_bundle(lang, |b| {
        b.is_some_and(|b| b.get_message(key).and_then(|m| m.value()).is_some())
    })
}

/// A preset's name, description or story (`part`: "name", "description", "story") in `lang`,
/// from `locales/<lang>/presets.ftl` (message `preset-<stem>-<part>`); None when the file has
/// no such message (a preset added without its texts: callers fall back on the JSON's own).
pub fn preset_text(lang: Lang, stem: &str, part: &str) -> Option<String> {
    let key = format!("preset-{stem}-{part}");
    has(lang, &key).then(|| translate(lang, &key, &[]))
}

/// The page's language, shared through context (one signal: it is captured by hundreds of
/// closures, so it stays as small as a signal).
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    /// The language shown (only ever one whose messages are there).
    pub lang: RwSignal<Lang>,
}

/// A language being fetched and the last one that could not be, and why (one per page, read
/// by the selector).
#[derive(Debug, Clone)]
pub struct Switch {
    /// A language chosen and being fetched; the page stays in [`I18n::lang`] meanwhile.
    pub pending: ArcRwSignal<Option<Lang>>,
    /// The last language that could not be fetched, and why.
    pub failed: ArcRwSignal<Option<(Lang, LoadError)>>,
}

thread_local! {
    static SWITCH: Switch = Switch {
        pending: ArcRwSignal::new(None),
        failed: ArcRwSignal::new(None),
    };
}

/// The page's [`Switch`].
pub fn switch() -> Switch {
    SWITCH.with(Switch::clone)
}

impl I18n {
    /// A language state for `lang`: shown at once when its messages are there, else English
    /// while they are fetched.
    pub fn new(lang: Lang) -> Self {
        let ready = sources::is_ready(lang);
        let i18n = I18n {
            lang: RwSignal::new(if ready { lang } else { Lang::En }),
        };
        if !ready {
            i18n.fetch(lang, false);
        }
        i18n
    }

    /// The state provided by the app, or English outside it.
    pub fn use_i18n() -> I18n {
        use_context::<I18n>().unwrap_or_else(|| I18n {
            lang: RwSignal::new(Lang::En),
        })
    }

    /// Shows `lang` and remembers it; a language not yet fetched is fetched first (the page
    /// stays as it is until it has arrived, and says so if it cannot).
    pub fn choose(&self, lang: Lang) {
        let sw = switch();
        sw.failed.set(None);
        if sources::is_ready(lang) {
            sw.pending.set(None);
            if self.lang.get_untracked() != lang {
                self.lang.set(lang);
            }
            remember(lang);
        } else {
            self.fetch(lang, true);
        }
    }

    /// Fetches `lang`, then shows it (and remembers it when `remember_it`: a language chosen
    /// now, not the one remembered from before).
    fn fetch(&self, lang: Lang, remember_it: bool) {
        let sw = switch();
        sw.pending.set(Some(lang));
        #[cfg(target_arch = "wasm32")]
        {
            let shown = self.lang;
            leptos::task::spawn_local(async move {
                let result = load::fetch(lang).await;
                // A later choice wins.
                if sw.pending.get_untracked() != Some(lang) {
                    return;
                }
                sw.pending.set(None);
                match result {
                    // A page gone meanwhile ignores the answer.
                    Ok(()) => {
                        if shown.try_set(lang).is_none() && remember_it {
                            remember(lang);
                        }
                    }
                    Err(e) => sw.failed.set(Some((lang, e))),
                }
            });
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (remember_it, &self.lang);
    }

    /// The message `key` (tracks the language).
    pub fn t(&self, key: &str) -> String {
        translate(self.lang.get(), key, &[])
    }

    /// The message `key` with arguments (tracks the language).
    pub fn t_args(&self, key: &str, args: &[(&str, Arg)]) -> String {
        translate(self.lang.get(), key, args)
    }

    /// The language's number style (tracks the language).
    pub fn style(&self) -> NumberStyle {
        self.lang.get().number_style()
    }

    /// `x` with `decimals` decimals in the language's style (tracks the language).
    pub fn fixed(&self, x: f64, decimals: usize) -> String {
        fixed(x, decimals, self.style())
    }

    /// `x` rounded for reading in the language's style (tracks the language).
    pub fn num(&self, x: f64) -> String {
        readable(x, self.style())
    }
}

/// The language to start with: the remembered choice, else the browser's, else English.
pub fn initial_lang() -> Lang {
    #[cfg(target_arch = "wasm32")]
    {
        let window = web_sys::window();
        let stored = window
            .as_ref()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .and_then(|c| Lang::from_code(&c));
        if let Some(l) = stored {
            return l;
        }
        let browser = window.map(|w| w.navigator()).and_then(|n| n.language());
        if let Some(l) = browser.and_then(|c| Lang::from_code(&c)) {
            return l;
        }
    }
    Lang::En
}

/// Remembers a chosen language (localStorage, [`STORAGE_KEY`]).
fn remember(lang: Lang) {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = s.set_item(STORAGE_KEY, lang.code());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lang;
}

/// Sets `<html lang>` to the language shown (the choice is remembered by [`I18n::choose`]).
pub fn apply_lang(lang: Lang) {
    #[cfg(target_arch = "wasm32")]
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("lang", lang.code());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lang;
}

/// `select[data-control="language"]` with options `en`, `it`, `fr`, `de`, and beside it what
/// a language being fetched is doing (`[data-status="language"]`): "Loading Deutsch…", or why
/// it could not be loaded, in the page's language and in the chosen one.
#[component]
pub fn LanguageSelect() -> impl IntoView {
    let i18n = I18n::use_i18n();
    let sw = switch();
    let first = {
        let sw = sw.clone();
        move || {
            let shown = i18n.lang.get();
            match (sw.pending.get(), sw.failed.get()) {
                (Some(wanted), _) => load::loading_text(shown, wanted),
                (None, Some((wanted, e))) => load::failed_text(shown, wanted, &e),
                (None, None) => String::new(),
            }
        }
    };
    let second = {
        let failed = sw.failed.clone();
        move || {
            failed.get().map(|(wanted, e)| {
                let text = load::failed_text(wanted, wanted, &e);
                view! { " "<span lang=wanted.code()>{text}</span> }
            })
        }
    };
    let pending = sw.pending;
    view! {
        <label>{move || i18n.t("app-language")}
            <select data-control="language"
                prop:value=move || pending.get().unwrap_or_else(|| i18n.lang.get()).code()
                on:change=move |ev| {
                    if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
                        i18n.choose(l);
                    }
                }>
                {Lang::ALL.iter().map(|l| view! { <option value=l.code() lang=l.code()>{l.name()}</option> }).collect_view()}
            </select>
        </label>
        <span class="language-status" role="status" data-status="language">{first}{second}</span>
    }
}

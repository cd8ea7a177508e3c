//! Languages: English and Italian for every visible string, with Project Fluent.
//!
//! Messages live in `locales/<lang>/<part>.ftl` (one file per part of the page, so that
//! translations stay next to each other), embedded at build time and parsed once. Components
//! read them through [`I18n`], which tracks the chosen language: changing it re-renders every
//! text. Numbers are formatted by the language's [`NumberStyle`] (1,350.5 in English, 1.350,5 in
//! Italian) before they are passed to a message, so the `.ftl` files hold words only.
//!
//! The language follows the browser (`navigator.language`) unless the user chose one, which is
//! remembered in localStorage under [`STORAGE_KEY`]; `<html lang>` follows it. A test fails when
//! a message exists in one language and not the other, and when the code asks for a message
//! that English lacks.

use crate::format::{fixed, readable, NumberStyle};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use leptos::prelude::*;
use std::cell::RefCell;

/// Where the chosen language is remembered.
pub const STORAGE_KEY: &str = "heat-twin.language";

/// The `.ftl` files of each language, in the same order (see the test `files_pair_up`).
#[cfg(test)]
const PARTS: &[&str] = &[
    "app",
    "fields",
    "warnings",
    "charts",
    "plant",
    "method",
    "share",
    "saved",
    "compare",
    "export",
    "problems",
    "presets",
    "identity",
    "instruments",
    "measured",
    "region",
];

macro_rules! ftl {
    ($lang:literal) => {
        [
            include_str!(concat!("../locales/", $lang, "/app.ftl")),
            include_str!(concat!("../locales/", $lang, "/fields.ftl")),
            include_str!(concat!("../locales/", $lang, "/warnings.ftl")),
            include_str!(concat!("../locales/", $lang, "/charts.ftl")),
            include_str!(concat!("../locales/", $lang, "/plant.ftl")),
            include_str!(concat!("../locales/", $lang, "/method.ftl")),
            include_str!(concat!("../locales/", $lang, "/share.ftl")),
            include_str!(concat!("../locales/", $lang, "/saved.ftl")),
            include_str!(concat!("../locales/", $lang, "/compare.ftl")),
            include_str!(concat!("../locales/", $lang, "/export.ftl")),
            include_str!(concat!("../locales/", $lang, "/problems.ftl")),
            include_str!(concat!("../locales/", $lang, "/presets.ftl")),
            include_str!(concat!("../locales/", $lang, "/identity.ftl")),
            include_str!(concat!("../locales/", $lang, "/instruments.ftl")),
            include_str!(concat!("../locales/", $lang, "/measured.ftl")),
            include_str!(concat!("../locales/", $lang, "/region.ftl")),
        ]
    };
}

const EN: [&str; 16] = ftl!("en");
const IT: [&str; 16] = ftl!("it");

/// A language of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English (`en`).
    En,
    /// Italian (`it`).
    It,
}

impl Lang {
    /// Both languages, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::It];

    /// The BCP 47 code: `en`, `it`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::It => "it",
        }
    }

    /// The language of a code such as `it`, `it-IT`, `en-GB` (case-insensitive); None otherwise.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "it" => Some(Lang::It),
            _ => None,
        }
    }

    /// The language's name in itself, for the selector.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::It => "Italiano",
        }
    }

    /// How numbers are written.
    pub fn number_style(self) -> NumberStyle {
        match self {
            Lang::En => NumberStyle::EN,
            Lang::It => NumberStyle::IT,
        }
    }

    fn sources(self) -> &'static [&'static str; 16] {
        match self {
            Lang::En => &EN,
            Lang::It => &IT,
        }
    }
}

thread_local! {
    static BUNDLES: RefCell<Vec<(Lang, FluentBundle<FluentResource>)>> = const { RefCell::new(Vec::new()) };
}

/// Builds a language's bundle from its files (parse errors are reported by the tests; a
/// message that fails to parse is simply missing and shows its key).
fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    for src in lang.sources() {
        let res = match FluentResource::try_new((*src).to_string()) {
            Ok(r) => r,
            Err((r, _errors)) => r,
        };
        // A duplicate id would be a bug caught by the tests; keep the first.
        let _ = bundle.add_resource(res);
    }
    bundle
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

/// The message `key` in `lang` with `args`; the key itself when the message is missing.
pub fn translate(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    BUNDLES.with(|cell| {
        let mut bundles = cell.borrow_mut();
        if !bundles.iter().any(|(l, _)| *l == lang) {
            bundles.push((lang, bundle(lang)));
        }
        let Some((_, b)) = bundles.iter().find(|(l, _)| *l == lang) else {
            return key.to_string();
        };
        let Some(pattern) = b.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fargs.set(*name, FluentValue::from(s.clone())),
                Arg::Count(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        b.format_pattern(pattern, (!args.is_empty()).then_some(&fargs), &mut errors)
            .into_owned()
    })
}

/// Whether `key` exists in `lang`.
pub fn has(lang: Lang, key: &str) -> bool {
    translate(lang, key, &[]) != key
}

/// A preset's name, description or story (`part`: "name", "description", "story") in `lang`,
/// from `locales/<lang>/presets.ftl` (message `preset-<stem>-<part>`); None when the file has
/// no such message (a preset added without its texts: callers fall back on the JSON's own).
pub fn preset_text(lang: Lang, stem: &str, part: &str) -> Option<String> {
    let key = format!("preset-{stem}-{part}");
    has(lang, &key).then(|| translate(lang, &key, &[]))
}

/// The page's language, shared through context.
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    /// The chosen language.
    pub lang: RwSignal<Lang>,
}

impl I18n {
    /// A language state starting at `lang`.
    pub fn new(lang: Lang) -> Self {
        I18n {
            lang: RwSignal::new(lang),
        }
    }

    /// The state provided by the app, or English outside it.
    pub fn use_i18n() -> I18n {
        use_context::<I18n>().unwrap_or_else(|| I18n::new(Lang::En))
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

/// Remembers the choice and sets `<html lang>`.
pub fn apply_lang(lang: Lang) {
    #[cfg(target_arch = "wasm32")]
    {
        if let Some(w) = web_sys::window() {
            if let Some(s) = w.local_storage().ok().flatten() {
                let _ = s.set_item(STORAGE_KEY, lang.code());
            }
            if let Some(html) = w.document().and_then(|d| d.document_element()) {
                let _ = html.set_attribute("lang", lang.code());
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lang;
}

/// `select[data-control="language"]` with options `en` and `it`.
#[component]
pub fn LanguageSelect() -> impl IntoView {
    let i18n = I18n::use_i18n();
    view! {
        <label>{move || i18n.t("app-language")}
            <select data-control="language" prop:value=move || i18n.lang.get().code()
                on:change=move |ev| {
                    if let Some(l) = Lang::from_code(&event_target_value(&ev)) {
                        i18n.lang.set(l);
                    }
                }>
                {Lang::ALL.iter().map(|l| view! { <option value=l.code() lang=l.code()>{l.name()}</option> }).collect_view()}
            </select>
        </label>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast::Entry;
    use std::collections::BTreeSet;

    fn ids(src: &str, file: &str) -> BTreeSet<String> {
        let res = match fluent_syntax::parser::parse(src) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{file}: Fluent syntax errors: {errors:?}"),
        };
        res.body
            .iter()
            .filter_map(|e| match e {
                Entry::Message(m) => Some(m.id.name.to_string()),
                Entry::Term(t) => Some(format!("-{}", t.id.name)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn files_pair_up_and_every_message_exists_in_both_languages() {
        let mut all = BTreeSet::new();
        for (i, part) in PARTS.iter().enumerate() {
            let en = ids(EN[i], &format!("en/{part}.ftl"));
            let it = ids(IT[i], &format!("it/{part}.ftl"));
            let only_en: Vec<_> = en.difference(&it).collect();
            let only_it: Vec<_> = it.difference(&en).collect();
            assert!(
                only_en.is_empty(),
                "{part}.ftl: missing in Italian: {only_en:?}"
            );
            assert!(
                only_it.is_empty(),
                "{part}.ftl: missing in English: {only_it:?}"
            );
            for id in en {
                assert!(
                    all.insert(id.clone()),
                    "message {id} is defined in two files"
                );
            }
        }
    }

    #[test]
    fn every_key_the_code_asks_for_exists() {
        // Keys are written as string literals passed to t(…), t_args(…), translate(…, …) or
        // tr!(…); find them in the sources and check English has each.
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut missing = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(root)];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let p = entry.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|e| e == "rs") && !p.ends_with("i18n.rs") {
                    let text = std::fs::read_to_string(&p).unwrap_or_default();
                    for key in keys_in(&text) {
                        if !has(Lang::En, &key) {
                            missing.push(format!("{}: {key}", p.display()));
                        }
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "messages missing in locales/en: {missing:#?}"
        );
    }

    /// String literals right after `.t("`, `.t_args("`, `translate(lang, "`.
    fn keys_in(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for marker in [
            ".t(\"",
            ".t_args(\"",
            "Lang::En, \"",
            "Lang::It, \"",
            "tr!(\"",
        ] {
            let mut rest = text;
            while let Some(i) = rest.find(marker) {
                rest = &rest[i + marker.len()..];
                if let Some(end) = rest.find('"') {
                    let key = &rest[..end];
                    if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                    {
                        out.push(key.to_string());
                    }
                }
            }
        }
        out
    }

    #[test]
    fn languages_from_codes() {
        assert_eq!(Lang::from_code("it-IT"), Some(Lang::It));
        assert_eq!(Lang::from_code("EN-gb"), Some(Lang::En));
        assert_eq!(Lang::from_code("de"), None);
    }

    #[test]
    fn messages_differ_between_languages_and_take_arguments() {
        assert_ne!(
            translate(Lang::En, "app-language", &[]),
            translate(Lang::It, "app-language", &[])
        );
        assert_eq!(translate(Lang::En, "no-such-key", &[]), "no-such-key");
    }

    /// Every Italian message, as (file, line) pairs without comments.
    fn italian_lines() -> Vec<(String, String)> {
        let mut out = Vec::new();
        for (i, part) in PARTS.iter().enumerate() {
            for line in IT[i].lines() {
                if line.trim_start().starts_with('#') {
                    continue;
                }
                out.push((format!("it/{part}.ftl"), line.to_string()));
            }
        }
        out
    }

    /// locales/glossary.md, "Forbidden in Italian": phrases (any case) and words (whole words;
    /// capitalised ones case-sensitive, as "Lei" is only formal with a capital).
    const FORBIDDEN_PHRASES: &[&str] = &[
        "data centre",
        "datacenter",
        "/yr",
        "/year",
        "non ha funzionato",
        "la preghiamo",
    ];
    const FORBIDDEN_WORDS: &[&str] = &[
        // the plural "voi"
        "vostro",
        "vostra",
        "vostri",
        "vostre",
        "scegliete",
        "vedete",
        "correggete",
        "impostatelo",
        "potete",
        "dovete",
        "avete",
        "caricatelo",
        "provate",
        // the formal "Lei"
        "Lei",
        "scelga",
        "corregga",
        "verifichi",
        "inserisca",
        "consulti",
        "desidera",
        "Suo",
        "Sua",
        "riprovi",
    ];

    #[test]
    fn italian_follows_the_glossary() {
        let mut bad = Vec::new();
        for (file, line) in italian_lines() {
            let lower = line.to_lowercase();
            for p in FORBIDDEN_PHRASES {
                if lower.contains(p) {
                    bad.push(format!("{file}: «{p}» in: {line}"));
                }
            }
            for word in line.split(|c: char| !c.is_alphabetic()) {
                for f in FORBIDDEN_WORDS {
                    let hit = if f.chars().next().is_some_and(char::is_uppercase) {
                        word == *f
                    } else {
                        word.to_lowercase() == *f
                    };
                    if hit {
                        bad.push(format!("{file}: «{f}» in: {line}"));
                    }
                }
            }
        }
        assert!(
            bad.is_empty(),
            "Italian against locales/glossary.md:\n{}",
            bad.join("\n")
        );
        // The glossary's units and the words for a component that was simply not used.
        assert_eq!(translate(Lang::It, "unit-mwh-yr", &[]), "MWh/anno");
        assert!(translate(Lang::It, "kpi-scop-note-none", &[])
            .starts_with("la pompa di calore non è servita"));
        // The test's own check can fail: a line with "data centre" is caught.
        assert!("Il data centre"
            .to_lowercase()
            .contains(FORBIDDEN_PHRASES[0]));
    }

    /// One name per figure: the page's KPI, the comparison table and the report use the same
    /// words, in both languages (locales/glossary.md, "Figures").
    #[test]
    fn one_name_per_figure_on_the_page_in_compare_and_in_the_report() {
        let figures = [
            ("kpi-heat-delivered", "compare-heat", "report-kpi-heat"),
            ("kpi-homes", "compare-homes", "report-kpi-homes"),
            ("kpi-co2", "compare-co2", "report-kpi-co2"),
            ("kpi-dc-share", "compare-share", "report-kpi-share"),
            ("kpi-erf", "compare-erf", "report-kpi-erf"),
            ("kpi-pue", "compare-pue", "report-kpi-pue"),
            ("kpi-scop", "compare-scop", "report-kpi-scop"),
            ("kpi-payback", "compare-payback", "report-kpi-payback"),
            ("kpi-lcoh", "compare-lcoh", "report-kpi-lcoh"),
            ("kpi-utility", "compare-utility", "report-kpi-utility"),
            ("kpi-dc", "compare-dc", "report-kpi-dc"),
        ];
        for lang in Lang::ALL {
            for (page, compare, report) in figures {
                let name = translate(lang, page, &[]);
                assert_eq!(
                    name,
                    translate(lang, compare, &[]),
                    "{lang:?} {page} vs {compare}"
                );
                assert_eq!(
                    name,
                    translate(lang, report, &[]),
                    "{lang:?} {page} vs {report}"
                );
            }
        }
    }

    #[test]
    fn every_preset_has_its_name_description_and_story_in_both_languages() {
        for (stem, _) in crate::presets::PRESETS {
            for lang in Lang::ALL {
                for part in ["name", "description", "story"] {
                    let text = preset_text(lang, stem, part);
                    assert!(text.is_some_and(|t| t.len() > 10), "{lang:?} {stem} {part}");
                }
            }
            assert_ne!(
                preset_text(Lang::En, stem, "name"),
                preset_text(Lang::It, stem, "name"),
                "{stem}: the Italian name is the English one"
            );
        }
    }
}

//! The embeddable card (issue 12): `embed.html#s=…` (or any page address with `?embed`) shows
//! one scenario's headline — heat, homes, CO2 — with the racks slider and a link "open the full
//! twin" carrying the same scenario, for another website's `<iframe>`. It is the same app and
//! model as the full page, mounted in a compact layout; `cargo xtask dist` writes `embed.html`
//! as a copy of `index.html` marked `<html data-mode="embed">` (xtask/src/offline.rs). It sizes
//! itself by its container from 300 px wide (style/embed.css).

use crate::components::field::Field;
use crate::components::kpis::KpiCards;
use crate::components::toolbar::load_preset;
use crate::i18n::{apply_lang, initial_lang, I18n};
use crate::presets::OPENING_PRESET;
use crate::state::Twin;
use heat_twin_model::scenario::{field, Scenario};
use leptos::prelude::*;

/// The card's figures (summary fields), in order.
pub const CARD_KPIS: &[&str] = &["heat_delivered_mwh", "homes_equivalent", "co2_avoided_t"];

/// The one input a visitor may move on the card.
pub const CARD_INPUT: &str = "data_centre.racks";

/// The file of the card, beside index.html.
pub const EMBED_FILE: &str = "embed.html";

/// Whether this page is the card: `<html data-mode="embed">` or `embed` in the query.
pub fn is_embed() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return false;
        };
        let marked = doc
            .document_element()
            .and_then(|e| e.get_attribute("data-mode"))
            .is_some_and(|m| m == "embed");
        let query = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        marked || query_has_embed(&query)
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Whether a query string (`?a&embed=1`) names `embed`.
pub fn query_has_embed(query: &str) -> bool {
    query
        .trim_start_matches('?')
        .split('&')
        .any(|p| p == "embed" || p.starts_with("embed="))
}

/// The full twin's address for a card's address: `…/embed.html#s=…` → `…/#s=…` (the query's
/// `embed` dropped); the fragment is kept as it is.
pub fn full_twin_url(card_url: &str) -> String {
    let (base, fragment) = match card_url.split_once('#') {
        Some((b, f)) => (b, Some(f)),
        None => (card_url, None),
    };
    let (path, query) = match base.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (base, None),
    };
    let path = path.strip_suffix(EMBED_FILE).unwrap_or(path);
    let kept: Vec<&str> = query
        .unwrap_or_default()
        .split('&')
        .filter(|p| !p.is_empty() && *p != "embed" && !p.starts_with("embed="))
        .collect();
    let mut out = path.to_string();
    if !kept.is_empty() {
        out.push('?');
        out.push_str(&kept.join("&"));
    }
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}

/// The card's address for a full page's address: `…/#s=…` or `…/index.html#s=…` →
/// `…/embed.html#s=…`.
pub fn card_url(page_url: &str) -> String {
    let (base, fragment) = match page_url.split_once('#') {
        Some((b, f)) => (b, Some(f)),
        None => (page_url, None),
    };
    let path = base.split('?').next().unwrap_or(base);
    let dir = match path.rfind('/') {
        Some(i) => &path[..=i],
        None => "",
    };
    match fragment {
        Some(f) => format!("{dir}{EMBED_FILE}#{f}"),
        None => format!("{dir}{EMBED_FILE}"),
    }
}

/// The HTML a website pastes to show the card of `page_url`'s scenario.
pub fn snippet(page_url: &str, title: &str) -> String {
    let title = title
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    let src = card_url(page_url).replace('&', "&amp;").replace('"', "%22");
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" loading=\"lazy\" \
         style=\"width:100%;max-width:520px;height:440px;border:0\"></iframe>"
    )
}

/// The card.
#[component]
pub fn Embed() -> impl IntoView {
    let i18n = I18n::new(initial_lang());
    provide_context(i18n);
    Effect::new(move |_| apply_lang(i18n.lang.get()));
    Effect::new(|_| crate::app::remove_boot());
    let twin = Twin::new(Scenario::default());
    provide_context(twin);
    if let Err(msg) = load_preset(twin, OPENING_PRESET) {
        twin.notice.set(Some(msg));
    }
    crate::share::use_share_link(twin);
    let title = Memo::new(move |_| {
        let lang = i18n.lang.get();
        let preset = twin.preset.get();
        let named = twin
            .valid
            .with(|v| v.as_ref().ok().map(|v| v.name.clone()))
            .filter(|n| !n.trim().is_empty());
        match (twin.modified.get(), named) {
            (false, _) if !preset.is_empty() => {
                crate::i18n::preset_text(lang, &preset, "name").unwrap_or(preset)
            }
            (_, Some(name)) => name,
            _ => i18n.t("embed-untitled"),
        }
    });
    // The full twin's address follows the scenario (the card's own address is kept in step by
    // the share link).
    let full = Memo::new(move |_| {
        twin.scenario.track();
        full_twin_url(&crate::share::current_url(twin, i18n.lang.get()))
    });
    view! {
        <div class="embed-card">
            <header class="embed-head">
                <p class="embed-brand">"heat"<span>"-twin"</span></p>
                <h1 class="embed-title">{move || title.get()}</h1>
            </header>
            <Show when=move || twin.notice.with(Option::is_some)>
                <p class="message" role="status">{move || twin.notice.get()}</p>
            </Show>
            <section class="kpis embed-kpis" aria-label=move || i18n.t("kpis-aria")>
                <KpiCards fields=CARD_KPIS />
            </section>
            {field(CARD_INPUT).map(|spec| view! { <div class="embed-input"><Field spec=spec /></div> })}
            <p class="embed-open">
                <a data-action="open-full-twin" href=move || full.get() target="_blank" rel="noopener">
                    {move || i18n.t("embed-open-full")}
                </a>
            </p>
            <p class="embed-note">{move || i18n.t("embed-note")}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_card_and_the_full_page_point_at_each_other() {
        assert_eq!(
            full_twin_url("https://h.org/sub/embed.html#s=1.abc&l=it"),
            "https://h.org/sub/#s=1.abc&l=it"
        );
        assert_eq!(full_twin_url("http://h/?embed#p=x"), "http://h/#p=x");
        assert_eq!(
            full_twin_url("http://h/?a=1&embed=1#p=x"),
            "http://h/?a=1#p=x"
        );
        assert_eq!(
            card_url("https://h.org/sub/#s=1.abc"),
            "https://h.org/sub/embed.html#s=1.abc"
        );
        assert_eq!(
            card_url("https://h.org/sub/index.html?x#p=y"),
            "https://h.org/sub/embed.html#p=y"
        );
        assert_eq!(card_url("http://h/"), "http://h/embed.html");
        // Round trip.
        let page = "https://h.org/a/#s=1.q_-&b=brescia-pilot";
        assert_eq!(full_twin_url(&card_url(page)), page);
    }

    #[test]
    fn the_query_names_embed_only_as_a_whole_word() {
        assert!(query_has_embed("?embed"));
        assert!(query_has_embed("?x=1&embed=1"));
        assert!(!query_has_embed("?embedded=1"));
        assert!(!query_has_embed(""));
    }

    #[test]
    fn the_snippet_is_an_iframe_with_escaped_attributes() {
        let s = snippet("https://h.org/#s=1.a&b=x", "A \"quoted\" <name>");
        assert!(
            s.starts_with("<iframe src=\"https://h.org/embed.html#s=1.a&amp;b=x\""),
            "{s}"
        );
        assert!(
            s.contains("title=\"A &quot;quoted&quot; &lt;name>\""),
            "{s}"
        );
        assert!(s.ends_with("></iframe>"));
    }
}

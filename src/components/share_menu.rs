//! Sharing in one tap: `button[data-action="copy-link"]` copies the scenario's link with the
//! Clipboard API and says so; when the browser refuses, the link is shown selected to copy by
//! hand. The "Share" menu beside it shows the link and its QR code (drawn as SVG from
//! `qrcodegen`, also printed in the report).

use crate::i18n::I18n;
use crate::state::Twin;
use leptos::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};

/// Blank modules around the code, as the QR standard asks (ISO/IEC 18004 §6.3.8: 4 modules).
const QUIET: i32 = 4;

/// The QR code of `text` as a standalone SVG (black modules on white, one path), or `None`
/// when the text is too long for a QR code (more than 2,953 bytes at the lowest correction;
/// qrcodegen raises the correction level when that fits the same size).
pub fn qr_svg(text: &str) -> Option<String> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Low).ok()?;
    let n = qr.size();
    let mut path = String::with_capacity((n * n) as usize * 4);
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if qr.get_module(x, y) {
                // One horizontal run of dark modules per `M…h…v1h…z`.
                let start = x;
                while x < n && qr.get_module(x, y) {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + QUIET,
                    y + QUIET,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    let side = n + 2 * QUIET;
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" \
         shape-rendering=\"crispEdges\" data-qr-modules=\"{n}\" role=\"img\">\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/>\
         <path d=\"{path}\" fill=\"#000\"/></svg>"
    ))
}

/// A long link cut for reading: the address up to the fragment and the fragment's first 24
/// characters, then "…"; short links whole.
pub fn short_line(url: &str) -> String {
    const MAX: usize = 90;
    if url.chars().count() <= MAX {
        return url.to_string();
    }
    let (base, frag) = url.split_once('#').unwrap_or((url, ""));
    let head: String = frag.chars().take(24).collect();
    format!("{base}#{head}…")
}

/// Copies `text` to the clipboard; `Err` when the browser refuses (no permission, no API).
#[cfg(target_arch = "wasm32")]
async fn copy(text: &str) -> Result<(), ()> {
    let clipboard = web_sys::window().ok_or(())?.navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ())
}

/// The copy-link button and the Share menu (link, QR code).
#[component]
pub fn ShareMenu() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    // (message, copied) after a click; the link shown for copying by hand.
    let status = RwSignal::new(None::<(String, bool)>);
    let shown = RwSignal::new(String::new());
    // The HTML that shows this scenario's card on another website (issue 12).
    let embed_html = Memo::new(move |_| {
        let url = shown.get();
        (!url.is_empty()).then(|| crate::embed::snippet(&url, "heat-twin"))
    });
    let field = NodeRef::<leptos::html::Input>::new();
    let qr = NodeRef::<leptos::html::Div>::new();
    let refresh = move || {
        let url = crate::share::current_url(twin, i18n.lang.get_untracked());
        if let Some(q) = qr.get_untracked() {
            q.set_inner_html(&qr_svg(&url).unwrap_or_default());
        }
        shown.set(url.clone());
        url
    };
    let on_copy = move |_| {
        let url = refresh();
        #[cfg(target_arch = "wasm32")]
        leptos::task::spawn_local(async move {
            match copy(&url).await {
                Ok(()) => status.set(Some((i18n.t("share-copied"), true))),
                Err(()) => {
                    status.set(Some((i18n.t("share-copy-refused"), false)));
                    if let Some(f) = field.get_untracked() {
                        f.select();
                    }
                }
            }
        });
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (url, field);
    };
    let on_toggle = move |_| {
        refresh();
    };
    view! {
        <div class="share-menu">
            <button type="button" data-action="copy-link" title=move || i18n.t("share-copy-link-title")
                on:click=on_copy>{move || i18n.t("share-copy-link")}</button>
            <details data-control="share-menu" on:toggle=on_toggle>
                <summary>{move || i18n.t("share-menu")}</summary>
                <div class="share-panel">
                    <p class="meta">{move || i18n.t("share-address-note")}</p>
                    <label>
                        <span>{move || i18n.t("share-link-label")}</span>
                        <input type="url" readonly data-control="share-link" node_ref=field
                            prop:value=move || shown.get() on:focus=move |ev| {
                                use wasm_bindgen::JsCast;
                                if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                    i.select();
                                }
                            } />
                    </label>
                    <label>
                        <span>{move || i18n.t("share-embed-label")}</span>
                        <textarea readonly rows="3" data-control="embed-snippet"
                            prop:value=move || embed_html.get().unwrap_or_default()></textarea>
                    </label>
                    <p class="meta">{move || i18n.t("share-embed-note")}</p>
                    <figure class="share-qr">
                        <div node_ref=qr data-qr="share" aria-hidden="true"></div>
                        <figcaption>{move || i18n.t("share-qr-caption")}</figcaption>
                    </figure>
                </div>
            </details>
            <p class="share-status" role="status" aria-live="polite"
                data-share-status=move || status.with(|s| match s { Some((_, true)) => "copied", Some(_) => "refused", None => "" })>
                {move || status.get().map(|(t, _)| t)}
            </p>
            <crate::measured::share::ShareNote />
            <crate::measured::share::ProfilesNote shown />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_square_svg_with_quiet_zone() {
        let svg = qr_svg("http://127.0.0.1:8080/#p=settimo-milanese&l=it");
        let Some(svg) = svg else {
            panic!("a short link fits a QR code");
        };
        // 47 bytes in byte mode at ECC L fit version 3 (53 bytes): 29 × 29 modules,
        // 29 + 2 × 4 = 37 with the quiet zone (ISO/IEC 18004 table 7).
        assert!(svg.contains("data-qr-modules=\"29\""), "{svg}");
        assert!(svg.contains("viewBox=\"0 0 37 37\""));
        // The three finder patterns: the first row starts with a run of 7 dark modules.
        assert!(svg.contains("M4 4h7v1h-7z"), "{}", &svg[..300]);
    }

    #[test]
    fn too_long_for_a_code_is_none() {
        assert!(qr_svg(&"a".repeat(3000)).is_none());
        assert!(qr_svg(&"a".repeat(2900)).is_some());
    }

    #[test]
    fn long_links_are_cut_for_reading() {
        let long = format!("http://h/#s=1.{}", "x".repeat(3000));
        let line = short_line(&long);
        assert!(line.starts_with("http://h/#s=1.xxx"));
        assert!(line.ends_with('…'));
        assert!(line.chars().count() < 60);
        assert_eq!(short_line("http://h/#p=x"), "http://h/#p=x");
    }
}

//! Compare, continued: the inputs that differ between A and B (label, unit, A, B), the link
//! to a comparison (`#s=<A>&c=<B>`, see [`crate::share::codec`]) and the one-page handout.

use crate::components::report::{exact, field_label, value_words, weather_words};
use crate::i18n::{translate, Lang};
use heat_twin_model::params::{Params, WeatherSpec};
use heat_twin_model::scenario::{fields, resolved_value, FieldSpec, FieldValue};

/// One input that differs.
#[derive(Debug, Clone, PartialEq)]
pub struct DiffRow {
    /// The field path (`data_centre.racks`), or `weather`.
    pub path: &'static str,
    /// Its label in the page's language.
    pub label: String,
    /// Its unit as shown ("%" for shares, empty for words).
    pub unit: String,
    /// A's value.
    pub a: String,
    /// B's value.
    pub b: String,
}

/// The unit column and the value of a field: numbers without their unit (shares in %),
/// everything else in words.
fn cell(spec: &FieldSpec, v: &FieldValue, lang: Lang) -> (String, String) {
    let style = lang.number_style();
    match v {
        FieldValue::Number(x) if spec.unit == "share" => ("%".into(), exact(x * 100.0, style)),
        FieldValue::Number(x) if !(spec.path == "recovery.heat_pump_max_mw" && *x == 0.0) => {
            (spec.unit.to_string(), exact(*x, style))
        }
        other => (String::new(), value_words(spec, other, lang)),
    }
}

/// Every input whose resolved value differs between `a` and `b`, in the controls' order, the
/// weather first.
pub fn input_diff(
    a: (&Params, &WeatherSpec),
    b: (&Params, &WeatherSpec),
    lang: Lang,
) -> Vec<DiffRow> {
    let mut rows = Vec::new();
    if a.1 != b.1 {
        rows.push(DiffRow {
            path: "weather",
            label: translate(lang, "report-weather", &[]),
            unit: String::new(),
            a: weather_words(a.1, lang).0,
            b: weather_words(b.1, lang).0,
        });
    }
    for spec in fields() {
        let (va, vb) = (
            resolved_value(a.0, spec.path),
            resolved_value(b.0, spec.path),
        );
        if va == vb {
            continue;
        }
        let (unit, ta) = va.as_ref().map(|v| cell(spec, v, lang)).unwrap_or_default();
        let (unit_b, tb) = vb.as_ref().map(|v| cell(spec, v, lang)).unwrap_or_default();
        rows.push(DiffRow {
            path: spec.path,
            label: field_label(spec, lang),
            unit: if unit.is_empty() { unit_b } else { unit },
            a: ta,
            b: tb,
        });
    }
    rows
}

/// Prints the comparison alone, as a one-page handout: its table and charts are copied into
/// a `.report.compare-handout` (the print stylesheet shows only that, see
/// style/report-page1.css), removed again after printing.
#[cfg(target_arch = "wasm32")]
pub fn print_handout(title: &str) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let (Some(body), Some(page), Some(card)) = (
        document.body(),
        document.query_selector(".page").ok().flatten(),
        document.query_selector("section.compare").ok().flatten(),
    ) else {
        return;
    };
    if let Some(old) = document.query_selector(".compare-handout").ok().flatten() {
        old.remove();
    }
    let Ok(handout) = document.create_element("section") else {
        return;
    };
    handout.set_class_name("report compare-handout");
    let _ = handout.set_attribute("aria-hidden", "true");
    let mut html = format!("<h1>{}</h1>", escape(title));
    for sel in ["table.compare-table", "table.compare-inputs"] {
        if let Some(t) = card.query_selector(sel).ok().flatten() {
            html.push_str(&t.outer_html());
        }
    }
    html.push_str("<div class=\"report-pair\">");
    if let Ok(list) = card.query_selector_all("figure.compare-chart:not([hidden])") {
        for i in 0..list.length() {
            let Some(fig) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let caption = fig
                .query_selector("figcaption")
                .ok()
                .flatten()
                .and_then(|c| c.text_content())
                .unwrap_or_default();
            let url = fig
                .query_selector("canvas")
                .ok()
                .flatten()
                .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
                .and_then(|c| c.to_data_url().ok())
                .unwrap_or_default();
            html.push_str(&format!(
                "<figure class=\"report-chart\"><img src=\"{url}\" alt=\"\"><figcaption>{}</figcaption></figure>",
                escape(&caption)
            ));
        }
    }
    html.push_str("</div>");
    handout.set_inner_html(&html);
    let _ = page.append_child(&handout);
    let _ = body.class_list().add_1("print-compare");
    let cleanup = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = body.class_list().remove_1("print-compare");
        handout.remove();
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "afterprint",
        cleanup.unchecked_ref(),
        &options,
    );
    let _ = window.print();
}

/// The address of a comparison: the page's address with `#s=<A>&c=<B>` (with `&w=` when
/// either side reads the uploaded weather file, the measured profiles in `&d=`/`&e=`, and
/// `&l=` when the language is not the browser's).
pub fn comparison_url(
    a: &heat_twin_model::scenario::Scenario,
    b: &heat_twin_model::scenario::Scenario,
) -> String {
    use crate::share::codec::reads_file;
    use leptos::prelude::{GetUntracked, WithUntracked};
    let lang = crate::i18n::I18n::use_i18n().lang.get_untracked();
    // A side that reads a file runs on the page's upload (same name), so the link carries it.
    let weather = (reads_file(a) || reads_file(b))
        .then(|| {
            crate::state::Twin::use_twin()
                .upload
                .with_untracked(|u| u.as_ref().map(crate::share::weather_part))
        })
        .flatten();
    let fragment = crate::share::codec::link(&crate::share::codec::View {
        scenario: a,
        weather: weather.as_deref(),
        preset: "",
        modified: false,
        lang: crate::share::link_lang(lang),
        compare: Some(b),
        instruments: None,
    });
    #[cfg(target_arch = "wasm32")]
    {
        let base = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        format!("{}#{fragment}", base.split('#').next().unwrap_or_default())
    }
    #[cfg(not(target_arch = "wasm32"))]
    format!("#{fragment}")
}

/// Copies `text` to the clipboard if the browser lets the page (errors are ignored: the link
/// is also shown beside the button).
pub fn copy_text(text: String) {
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move {
        if let Some(w) = web_sys::window() {
            let _ =
                wasm_bindgen_futures::JsFuture::from(w.navigator().clipboard().write_text(&text))
                    .await;
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = text;
}

/// Text for HTML.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_inputs_that_differ_are_listed() {
        let a = Params::default();
        let mut b = Params::default();
        assert!(input_diff(
            (&a, &WeatherSpec::default()),
            (&b, &WeatherSpec::default()),
            Lang::En
        )
        .is_empty());
        b.data_centre.racks = 700.0;
        let rows = input_diff(
            (&a, &WeatherSpec::default()),
            (&b, &WeatherSpec::default()),
            Lang::En,
        );
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert_eq!(rows[0].path, "data_centre.racks");
        assert_eq!(rows[0].label, "Racks");
        assert_eq!((rows[0].a.as_str(), rows[0].b.as_str()), ("400", "700"));
        b.data_centre.utilisation = 0.5;
        let rows = input_diff(
            (&a, &WeatherSpec::default()),
            (&b, &WeatherSpec::default()),
            Lang::It,
        );
        let util = rows.iter().find(|r| r.path == "data_centre.utilisation");
        let Some(util) = util else { panic!("{rows:?}") };
        assert_eq!((util.unit.as_str(), util.b.as_str()), ("%", "50"));
        assert_ne!(util.label, "data_centre.utilisation");
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(escape("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
    }
}

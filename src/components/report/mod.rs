//! The printable report: hidden on screen, the whole page in print (style/print.css).
//!
//! It shows the scenario's own name and description (a modified preset's only as "based on"),
//! the published-versus-modelled figures of a preset as published, its key inputs with units
//! ("unlimited" for a cap of 0), the KPIs of the same snapshot as the cards and named as on
//! them, five charts as images (year, monthly, flows, load duration, COP), the assumptions and
//! sources, the date and the link to the scenario as a QR code and one short line. The charts are drawn by [`crate::components::charts::draw`]
//! on offscreen canvases of a fixed size and put into `<img>`s directly (not through signals,
//! whose effects run too late), both on `beforeprint` (at once) and shortly after every run, so
//! a print made without `beforeprint` (a headless PDF) has them too. After a run the work is
//! spread out so that it never holds the page: one chart per task, each encoded to PNG by the
//! browser's asynchronous `toBlob` (all five at once, with `toDataURL`, were one task of 280–330
//! ms with the CPU slowed 4×, issue 14); a newer run drops what an older one had left to do.

mod rows;

use rows::SOURCE_CHARS;
pub use rows::*;

use crate::components::charts::{self, ChartKind};
use crate::components::published::PublishedTable;
use crate::i18n::{I18n, Lang};
use crate::run::Snapshot;
use crate::state::Twin;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;
use wasm_bindgen::JsCast;
/// The charts printed, with their fixed drawing size in CSS pixels.
const CHARTS: [(ChartKind, u32, u32); 5] = [
    (ChartKind::Year, 960, 300),
    (ChartKind::Monthly, 640, 340),
    (ChartKind::Flows, 640, 340),
    (ChartKind::Duration, 640, 340),
    (ChartKind::Cop, 640, 340),
];

pub use crate::components::published::{modelled, published};

/// `kind` for `snap` drawn on a canvas of `w` × `h` CSS pixels that is not in the page (its
/// size is known, so nothing asks the page for its layout).
fn chart_canvas(
    kind: ChartKind,
    snap: &Snapshot,
    lang: Lang,
    w: u32,
    h: u32,
) -> Option<web_sys::HtmlCanvasElement> {
    let canvas = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .ok()?;
    let _ = canvas.set_attribute("data-theme", "light");
    charts::draw_sized(&canvas, kind, snap, lang, (f64::from(w), f64::from(h)));
    Some(canvas)
}

/// Draws `kind` for `snap` on an offscreen canvas of `w` × `h` CSS pixels; its PNG data URL.
fn chart_url(kind: ChartKind, snap: &Snapshot, lang: Lang, w: u32, h: u32) -> Option<String> {
    let url = chart_canvas(kind, snap, lang, w, h)?.to_data_url().ok();
    url.filter(|u| u.len() > 100)
}

/// Shows `url` in `img`, or hides the image when there is none.
fn show(img: &web_sys::HtmlImageElement, url: Option<&str>) {
    match url {
        Some(url) => {
            let _ = img.set_attribute("src", url);
            let _ = img.remove_attribute("hidden");
        }
        None => {
            let _ = img.remove_attribute("src");
            let _ = img.set_attribute("hidden", "");
        }
    }
}

/// The count of report refreshes asked for; a step of an older one that finds it changed stops.
#[derive(Clone, Copy)]
struct Generation(StoredValue<u64>);

impl Generation {
    fn bump(self) -> u64 {
        self.0.update_value(|g| *g += 1);
        self.0.get_value()
    }
    fn is(self, g: u64) -> bool {
        self.0.try_get_value() == Some(g)
    }
}

/// Encodes `canvas` to a PNG data URL without holding the page (the browser's `toBlob`, then a
/// `FileReader`), and shows it in `img` if the refresh `g` is still the newest.
fn encode_into(
    canvas: &web_sys::HtmlCanvasElement,
    img: web_sys::HtmlImageElement,
    generation: Generation,
    g: u64,
) {
    use wasm_bindgen::closure::Closure;
    let on_blob = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
        if !generation.is(g) {
            return;
        }
        let Some(blob) = blob else {
            show(&img, None);
            return;
        };
        let Ok(reader) = web_sys::FileReader::new() else {
            return;
        };
        let r = reader.clone();
        let on_load = Closure::once_into_js(move || {
            if !generation.is(g) {
                return;
            }
            let url = r.result().ok().and_then(|v| v.as_string());
            show(&img, url.as_deref().filter(|u| u.len() > 100));
        });
        reader.set_onload(Some(on_load.unchecked_ref()));
        let _ = reader.read_as_data_url(&blob);
    });
    // An error only for a canvas that other origins' images made unreadable (never here).
    let _ = canvas.to_blob(on_blob.unchecked_ref());
}

/// The date and time now in `lang`'s words (Intl.DateTimeFormat, local time).
fn now_words(lang: Lang) -> String {
    use crate::i18n::intl::{date, now_iso, DateLength};
    date(lang, &now_iso(), DateLength::DayAndTime)
}

/// The report's parts that are set directly, outside the reactive system.
#[derive(Clone, Copy)]
struct Live {
    images: [NodeRef<leptos::html::Img>; 5],
    date: NodeRef<leptos::html::Span>,
    link: NodeRef<leptos::html::A>,
    qr: NodeRef<leptos::html::Div>,
}

impl Live {
    /// Redraws the charts into the images and sets the date and the link, synchronously (for
    /// `beforeprint`: the print follows the event at once).
    fn refresh(&self, snap: Option<&Snapshot>, lang: Lang, url: &str) {
        for (img, (kind, w, h)) in self.images.iter().zip(CHARTS) {
            let Some(img) = img.get_untracked() else {
                continue;
            };
            show(
                &img,
                snap.and_then(|s| chart_url(kind, s, lang, w, h)).as_deref(),
            );
        }
        self.refresh_text(lang, url);
    }

    /// The same as [`Live::refresh`] spread over tasks: the date and link now, then chart `i`
    /// in a task of its own and encoded asynchronously, then chart `i + 1`, as long as `g` is
    /// the newest refresh.
    fn refresh_spread(
        self,
        snap: Option<Arc<Snapshot>>,
        lang: Lang,
        url: &str,
        generation: Generation,
        g: u64,
    ) {
        self.refresh_text(lang, url);
        self.chart_step(0, snap, lang, generation, g);
    }

    fn chart_step(
        self,
        i: usize,
        snap: Option<Arc<Snapshot>>,
        lang: Lang,
        generation: Generation,
        g: u64,
    ) {
        let (Some(img), Some(&(kind, w, h))) = (self.images.get(i), CHARTS.get(i)) else {
            return;
        };
        if !generation.is(g) {
            return;
        }
        if let Some(img) = img.get_untracked() {
            match snap
                .as_deref()
                .and_then(|s| chart_canvas(kind, s, lang, w, h))
            {
                Some(canvas) => encode_into(&canvas, img, generation, g),
                None => show(&img, None),
            }
        }
        set_timeout(
            move || self.chart_step(i + 1, snap, lang, generation, g),
            Duration::ZERO,
        );
    }

    /// The date, the link and its QR code.
    fn refresh_text(&self, lang: Lang, url: &str) {
        if let Some(date) = self.date.get_untracked() {
            date.set_text_content(Some(&now_words(lang)));
        }
        // The link as a QR code and one short line, not thousands of characters.
        if let Some(link) = self.link.get_untracked() {
            link.set_href(url);
            link.set_text_content(Some(&crate::components::share_menu::short_line(url)));
        }
        if let Some(qr) = self.qr.get_untracked() {
            qr.set_inner_html(&crate::components::share_menu::qr_svg(url).unwrap_or_default());
        }
    }
}

/// The report, shown only when printing.
#[component]
pub fn Report() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let live = Live {
        images: [
            NodeRef::new(),
            NodeRef::new(),
            NodeRef::new(),
            NodeRef::new(),
            NodeRef::new(),
        ],
        date: NodeRef::new(),
        link: NodeRef::new(),
        qr: NodeRef::new(),
    };
    let generation = Generation(StoredValue::new(0));
    let _print = window_event_listener_untyped("beforeprint", move |_| {
        // Whatever a spread refresh has left to do is older than this.
        generation.bump();
        let lang = i18n.lang.get_untracked();
        let url = crate::share::current_url(twin, lang);
        live.refresh(twin.snapshot.get_untracked().as_deref(), lang, &url);
    });
    // Also shortly after every run (and language change), for prints without beforeprint.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        twin.snapshot.track();
        // The link and QR code follow the name and description too.
        twin.scenario.track();
        twin.compare_link.track();
        i18n.lang.track();
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        // A run stops the charts of the refresh before it (they would mix two runs' results).
        let g = generation.bump();
        let refresh = move || {
            let lang = i18n.lang.get_untracked();
            let url = crate::share::current_url(twin, lang);
            live.refresh_spread(twin.snapshot.get_untracked(), lang, &url, generation, g);
        };
        let handle = set_timeout_with_handle(refresh, Duration::from_millis(400));
        pending.set_value(handle.ok());
    });

    let title = move || {
        let lang = i18n.lang.get();
        twin.scenario
            .with(|s| crate::components::identity::title(s, lang))
    };
    // The scenario's own description and sources; a modified preset's only as "based on".
    let about = Memo::new(move |_| {
        twin.scenario
            .with(|s| (s.description.clone(), s.sources.clone().unwrap_or_default()))
    });
    let based_on = Memo::new(move |_| {
        if !twin.modified.get() {
            return None;
        }
        let base = twin.base.get()?;
        Some((
            base.name.clone().unwrap_or_else(|| twin.preset.get()),
            base.sources.clone().unwrap_or_default(),
        ))
    });
    let weather = move || {
        let lang = i18n.lang.get();
        twin.valid
            .with(|v| v.as_ref().ok().map(|v| weather_words(&v.weather, lang)))
    };
    let inputs = move || {
        let lang = i18n.lang.get();
        let snap = twin.snapshot.get()?;
        let mut rows = input_rows(&snap.params, lang);
        if let Some((w, _)) = weather() {
            rows.insert(
                0,
                Row {
                    label: i18n.t("report-weather"),
                    value: w,
                },
            );
        }
        // Two label–value pairs a line: the first half on the left, the second on the right.
        let half = rows.len().div_ceil(2);
        let right: Vec<Option<Row>> = rows.split_off(half).into_iter().map(Some).collect();
        let lines = rows
            .into_iter()
            .zip(right.into_iter().chain(std::iter::repeat(None)));
        Some(view! {
            <table class="report-inputs">
                <tbody>
                    {lines.map(|(a, b)| view! {
                        <tr>
                            <th scope="row">{a.label}</th><td>{a.value}</td>
                            {b.map(|b| view! { <th scope="row">{b.label}</th><td>{b.value}</td> })}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        })
    };
    let kpis = move || {
        let snap = twin.snapshot.get()?;
        Some(view! {
            <dl class="report-kpis">
                {kpi_rows(&snap.summary).into_iter().map(|k| {
                    let unit = match k.unit {
                        "MWh/yr" => i18n.t("report-unit-mwh-yr"),
                        "t/yr" => i18n.t("report-unit-t-yr"),
                        "€/yr" => i18n.t("report-unit-eur-yr"),
                        "homes" => i18n.t("report-unit-homes"),
                        "years" => i18n.t("report-unit-years"),
                        "ratio" => i18n.t("report-unit-ratio"),
                        u => u.to_string(),
                    };
                    let value = match k.value {
                        Some(v) if k.unit == "ratio" => format!("{} ({unit})", i18n.num(v)),
                        Some(v) => format!("{} {unit}", i18n.num(v)),
                        None => i18n.t("report-na"),
                    };
                    view! {
                        <div data-report-kpi=k.field>
                            <dt>{i18n.t(k.key)}</dt>
                            <dd>{value}</dd>
                        </div>
                    }
                }).collect_view()}
            </dl>
        })
    };
    let sources = move || {
        let (_, scenario_sources) = about.get();
        let based = based_on.get();
        let attribution = weather().and_then(|(_, a)| a);
        view! {
            <p>{i18n.t("report-model")}</p>
            {attribution.map(|a| view! { <p>{i18n.t("report-weather")}": "{a}</p> })}
            {(!scenario_sources.is_empty()).then(|| view! {
                <p class="report-subhead">{i18n.t("report-scenario-sources")}</p>
                <ul>{scenario_sources.iter().map(|s| view! { <li>{abridged(s, SOURCE_CHARS)}</li> }).collect_view()}</ul>
            })}
            // A modified preset's sources are the project's, not this scenario's: named, not
            // listed (they are in the preset's file), which also keeps the report to 2 pages.
            {based.and_then(|(_, src)| (!src.is_empty()).then(|| view! {
                <p class="report-based-on">{i18n.t_args("report-based-on-sources", &[
                    ("stem", crate::i18n::Arg::Text(twin.preset.get())),
                    ("count", crate::i18n::Arg::Count(src.len() as f64)),
                ])}</p>
            }))}
            <p class="report-subhead">{i18n.t("report-default-sources")}</p>
            // One paragraph, the sources separated by semicolons: a line each pushed the report to
            // a third page once version 3 added the pipe, the country and the project's life.
            <p class="report-defaults">{default_sources().join("; ")}</p>
        }
    };
    let alt = move |kind: ChartKind| {
        move || {
            twin.snapshot
                .get()
                .map(|s| charts::summary(&i18n, kind, &s))
                .unwrap_or_default()
        }
    };
    let [year_img, monthly_img, flows_img, duration_img, cop_img] = live.images;
    view! {
        <section class="report" aria-hidden="true">
            <header class="report-head">
                <p class="report-kicker">{move || i18n.t("report-kicker")}</p>
                <h1 data-report="name">{title}</h1>
                {move || about.get().0.map(|d| view! { <p class="report-description">{d}</p> })}
                {move || based_on.get().map(|(name, _)| view! {
                    <p class="report-based" data-report="based-on">
                        {i18n.t_args("report-based-on", &[("preset", crate::i18n::Arg::Text(name))])}
                    </p>
                })}
                <div class="report-link-row">
                    <div class="report-qr" node_ref=live.qr data-qr="report" aria-hidden="true"></div>
                    <p class="report-meta">
                        {move || i18n.t("report-date")}" "<span node_ref=live.date></span><br />
                        {move || i18n.t("report-scan")}": "<a node_ref=live.link href=""></a>
                    </p>
                </div>
            </header>
            <Show when=move || twin.snapshot.with(Option::is_none)>
                <p class="report-cannot-run">{move || i18n.t("report-cannot-run")}</p>
            </Show>
            <h2>{move || i18n.t("report-results")}</h2>
            {kpis}
            <PublishedTable with_about=false />
            <h2>{move || i18n.t("report-inputs")}</h2>
            {inputs}
            <h2>{move || i18n.t("report-charts")}</h2>
            <figure class="report-chart wide">
                <img node_ref=year_img alt=alt(ChartKind::Year) hidden />
                <figcaption>{move || i18n.t("report-chart-year")}</figcaption>
            </figure>
            <div class="report-pair">
                <figure class="report-chart">
                    <img node_ref=monthly_img alt=alt(ChartKind::Monthly) hidden />
                    <figcaption>{move || i18n.t("report-chart-monthly")}</figcaption>
                </figure>
                <figure class="report-chart">
                    <img node_ref=flows_img alt=alt(ChartKind::Flows) hidden />
                    <figcaption>{move || i18n.t("report-chart-flows")}</figcaption>
                </figure>
                <figure class="report-chart">
                    <img node_ref=duration_img alt=alt(ChartKind::Duration) hidden />
                    <figcaption>{move || i18n.t("report-chart-duration")}</figcaption>
                </figure>
                <figure class="report-chart">
                    <img node_ref=cop_img alt=alt(ChartKind::Cop) hidden />
                    <figcaption>{move || i18n.t("report-chart-cop")}</figcaption>
                </figure>
            </div>
            <h2>{move || i18n.t("report-sources")}</h2>
            <div class="report-sources">{sources}</div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sources_are_abridged_at_a_sentence_or_a_word() {
        let short = "DEA technology data, 2024.";
        assert_eq!(abridged(short, 160), short);
        let long = "First sentence that is long enough to stand alone here. Second sentence goes on and on with details that the printed report leaves out for space reasons entirely.";
        assert_eq!(
            abridged(long, 80),
            "First sentence that is long enough to stand alone here.…"
        );
        let words = "ééé ".repeat(50);
        let cut = abridged(&words, 10);
        assert!(cut.ends_with('…') && cut.chars().count() <= 11, "{cut}");
        assert!(!cut.contains("é …"));
    }
    use super::*;
    use crate::format::NumberStyle;
    use heat_twin_model::params::{Params, WeatherSpec};
    use heat_twin_model::scenario::FieldValue;
    use heat_twin_model::Summary;

    #[test]
    fn key_inputs_have_a_unit_each() {
        let rows = input_rows(&Params::default(), Lang::En);
        assert!(rows.len() >= 15, "{rows:?}");
        let racks = rows
            .iter()
            .find(|r| r.label == "Racks")
            .map(|r| r.value.as_str());
        assert_eq!(racks, Some("400 racks"));
        let util = rows.iter().find(|r| r.value.ends_with(" %"));
        assert!(util.is_some(), "shares are shown in %: {rows:?}");
        for r in &rows {
            let has_digit = r.value.chars().any(|c| c.is_ascii_digit());
            let unitless = r
                .value
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.' || c == '−');
            assert!(
                !(has_digit && unitless),
                "{} has no unit: {}",
                r.label,
                r.value
            );
            assert!(
                !r.label.is_empty() && !r.label.starts_with("field-"),
                "{r:?}"
            );
        }
    }

    #[test]
    fn italian_rows_use_italian_numbers() {
        let rows = input_rows(&Params::default(), Lang::It);
        assert!(rows.iter().any(|r| r.value == "11,85 MWh"), "{rows:?}");
    }

    #[test]
    fn kpi_rows_name_a_unit_and_scale_shares() {
        let s = Summary {
            erf: 0.25,
            dc_share_of_demand: Some(0.5),
            ..Summary::default()
        };
        let rows = kpi_rows(&s);
        assert!(rows.iter().all(|r| !r.unit.is_empty()));
        let erf = rows.iter().find(|r| r.field == "erf").and_then(|r| r.value);
        assert_eq!(erf, Some(25.0));
        let share = rows
            .iter()
            .find(|r| r.field == "dc_share_of_demand")
            .and_then(|r| r.value);
        assert_eq!(share, Some(50.0));
    }

    #[test]
    fn the_built_in_year_carries_the_pvgis_attribution() {
        let (_, note) = weather_words(&WeatherSpec::default(), Lang::En);
        assert_eq!(note.as_deref(), Some(PVGIS_ATTRIBUTION));
        let (_, none) = weather_words(
            &WeatherSpec::Monthly {
                monthly_means_c: [5.0; 12],
                diurnal_amplitude_k: 4.0,
            },
            Lang::En,
        );
        assert_eq!(none, None);
    }

    #[test]
    fn defaults_have_distinct_sources() {
        let s = default_sources();
        assert!(!s.is_empty());
        for (i, a) in s.iter().enumerate() {
            assert!(!s[i + 1..].contains(a), "{a} twice");
        }
    }

    #[test]
    fn a_cap_of_zero_reads_unlimited() {
        let spec = heat_twin_model::scenario::field("recovery.heat_pump_max_mw");
        let Some(spec) = spec else {
            panic!("the field exists")
        };
        assert_eq!(
            value_words(spec, &FieldValue::Number(0.0), Lang::En),
            "unlimited"
        );
        assert_eq!(
            value_words(spec, &FieldValue::Number(0.0), Lang::It),
            "illimitata"
        );
        assert_eq!(
            value_words(spec, &FieldValue::Number(5.0), Lang::En),
            "5 MW"
        );
    }

    #[test]
    fn exact_numbers_trim_zeros() {
        assert_eq!(exact(11.85, NumberStyle::EN), "11.85");
        assert_eq!(exact(20_000.0, NumberStyle::EN), "20,000");
        assert_eq!(exact(0.8 * 100.0, NumberStyle::EN), "80");
    }
}

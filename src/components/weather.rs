//! The climate controls (built-in climate, uploaded EPW/CSV, synthetic year from monthly
//! means) and the two composite inputs: the heating season and the monthly CO2 factors.

use crate::components::charts::month_names;
use crate::components::field::{apply, input_text, plain_number};
use crate::i18n::{translate, Arg, I18n};
use crate::state::{parse_upload, Twin};
use heat_twin_model::params::WeatherSpec;
use heat_twin_model::scenario::{FieldSpec, FieldValue, WeatherSection};
use heat_twin_model::weather::{climates, ClimateKind};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Sets the scenario's weather section (always valid by construction).
fn set_weather(twin: Twin, section: WeatherSection) {
    twin.scenario.update(|s| s.weather = section);
}

/// The weather source: a built-in climate, an uploaded file, or 12 monthly means.
#[component]
pub fn WeatherControl() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let spec = move || {
        twin.valid
            .with(|v| v.as_ref().map(|v| v.weather.clone()).unwrap_or_default())
    };
    let selected = move || match spec() {
        WeatherSpec::Builtin(id) => id,
        WeatherSpec::EpwFile(_) | WeatherSpec::CsvFile(_) => "upload".to_string(),
        WeatherSpec::Monthly { .. } => "monthly".to_string(),
    };
    let on_select = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        error.set(None);
        match v.as_str() {
            "upload" => match twin.upload.get_untracked() {
                Some(up) => set_weather(twin, file_section(&up.name, up.epw)),
                None => error.set(Some(translate(
                    i18n.lang.get_untracked(),
                    "weather-choose-file-first",
                    &[],
                ))),
            },
            "monthly" => {
                let means = twin.weather.with_untracked(|w| {
                    w.as_ref()
                        .map(|t| heat_twin_model::weather::monthly_means(t))
                        .unwrap_or([10.0; 12])
                });
                let section = WeatherSection {
                    monthly_means_c: Some(means.map(|m| (m * 10.0).round() / 10.0)),
                    diurnal_amplitude_k: Some(4.0),
                    ..WeatherSection::default()
                };
                set_weather(twin, section);
            }
            id => {
                let section = WeatherSection {
                    builtin: Some(id.to_string()),
                    ..WeatherSection::default()
                };
                set_weather(twin, section);
            }
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let name = file.name();
        let lang = i18n.lang.get_untracked();
        leptos::task::spawn_local(async move {
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
                Err(_) => {
                    error.set(Some(translate(
                        lang,
                        "weather-unreadable",
                        &[("file", Arg::Text(name.clone()))],
                    )));
                    return;
                }
            };
            match parse_upload(&name, &bytes) {
                Ok(up) => {
                    let section = file_section(&up.name, up.epw);
                    twin.upload.set(Some(up));
                    set_weather(twin, section);
                    error.set(None);
                }
                // The previous weather stays: nothing was changed.
                Err(e) => error.set(Some(translate(
                    lang,
                    "weather-not-loaded",
                    &[("reason", Arg::Text(e.text(lang)))],
                ))),
            }
        });
    };
    let upload_label = move || {
        twin.upload.with(|u| {
            u.as_ref()
                .map(|u| i18n.t_args("weather-uploaded", &[("file", Arg::Text(u.name.clone()))]))
                .unwrap_or_default()
        })
    };
    let source_note = move || match spec() {
        WeatherSpec::Builtin(id) => heat_twin_model::weather::climate(&id)
            .map(|c| {
                i18n.t_args(
                    "weather-source",
                    &[
                        ("name", Arg::Text(c.name.to_string())),
                        ("station", Arg::Text(c.station.to_string())),
                        ("period", Arg::Text(c.period.to_string())),
                        ("source", Arg::Text(c.source.to_string())),
                    ],
                )
            })
            .unwrap_or_default(),
        WeatherSpec::EpwFile(p) | WeatherSpec::CsvFile(p) => {
            i18n.t_args("weather-your-file-note", &[("file", Arg::Text(p))])
        }
        WeatherSpec::Monthly { .. } => i18n.t("weather-synthetic-note"),
    };
    view! {
        <div class="field">
            <label for="f-weather-builtin">{move || i18n.t("weather-climate")}</label>
            <select id="f-weather-builtin" data-field="weather.builtin" prop:value=selected on:change=on_select>
                {climates().iter().map(|c| {
                    let text = move || {
                        let kind = match c.kind {
                            ClimateKind::Tmy => i18n.t("weather-typical-year"),
                            ClimateKind::Synthetic => i18n.t("weather-monthly-normals"),
                        };
                        i18n.t_args("weather-option", &[("name", Arg::Text(c.name.to_string())), ("kind", Arg::Text(kind))])
                    };
                    view! { <option value=c.id>{text}</option> }
                }).collect_view()}
                <option value="monthly">{move || i18n.t("weather-your-monthly")}</option>
                <option value="upload">{move || i18n.t("weather-your-file")}</option>
            </select>
            <p class="meta">{source_note}</p>
            <label for="f-weather-file" class="meta">{move || i18n.t("weather-upload-label")}</label>
            <input type="file" id="f-weather-file" data-field="weather.file" data-control="weather-upload"
                accept=".epw,.csv,.txt,text/csv" on:change=on_file />
            <p class="meta">{upload_label}</p>
            <div class="error" role="alert" aria-live="polite">{move || error.get()}</div>
            <Show when=move || matches!(spec(), WeatherSpec::Monthly { .. })>
                <MonthlyMeans />
            </Show>
        </div>
    }
}

fn file_section(name: &str, epw: bool) -> WeatherSection {
    let path = Some(name.to_string());
    if epw {
        WeatherSection {
            epw_file: path,
            ..WeatherSection::default()
        }
    } else {
        WeatherSection {
            csv_file: path,
            ..WeatherSection::default()
        }
    }
}

/// The 12 monthly means and the diurnal amplitude of a synthetic year.
#[component]
fn MonthlyMeans() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    // A memo: the 13 boxes re-render only when the means change, not on every other input.
    let means = Memo::new(move |_| {
        twin.scenario.with(|s| match &s.weather {
            WeatherSection {
                monthly_means_c: Some(m),
                diurnal_amplitude_k,
                ..
            } => (*m, diurnal_amplitude_k.unwrap_or(4.0)),
            _ => ([10.0; 12], 4.0),
        })
    });
    let current = move || means.get();
    let set = move |month: Option<usize>, text: String| {
        let lang = i18n.lang.get_untracked();
        let num = |x: f64| Arg::Text(untrack(|| plain_number(&i18n, x)));
        let Ok(x) = text.trim().parse::<f64>() else {
            let text = Arg::Text(text);
            error.set(Some(translate(
                lang,
                "weather-not-number",
                &[("text", text)],
            )));
            return;
        };
        let (mut means, mut amp) = current();
        match month {
            Some(m) if (-50.0..=50.0).contains(&x) => means[m] = x,
            None if (0.0..=20.0).contains(&x) => amp = x,
            Some(_) => {
                let args = [("value", num(x)), ("lo", num(-50.0)), ("hi", num(50.0))];
                return error.set(Some(translate(lang, "weather-temp-out-of-range", &args)));
            }
            None => {
                let args = [("value", num(x)), ("lo", num(0.0)), ("hi", num(20.0))];
                return error.set(Some(translate(lang, "weather-amp-out-of-range", &args)));
            }
        }
        error.set(None);
        let section = WeatherSection {
            monthly_means_c: Some(means),
            diurnal_amplitude_k: Some(amp),
            ..WeatherSection::default()
        };
        set_weather(twin, section);
    };
    view! {
        <fieldset class="months">
            <legend>{move || i18n.t("weather-monthly-legend")}</legend>
            {(0..12).map(|m| view! {
                <label>{move || month_names(i18n.lang.get())[m].clone()}
                    <input type="number" step="any" min="-50" max="50" data-field="weather.monthly_means_c" data-month=m
                        prop:value=move || input_text(current().0[m])
                        on:change=move |ev| set(Some(m), event_target_value(&ev)) />
                </label>
            }).collect_view()}
            <label>{move || i18n.t("weather-half-range")}
                <input type="number" step="any" min="0" max="20" data-field="weather.diurnal_amplitude_k"
                    prop:value=move || input_text(current().1)
                    on:change=move |ev| set(None, event_target_value(&ev)) />
            </label>
            <div class="error" role="alert">{move || error.get()}</div>
        </fieldset>
    }
}

/// The heating season: all year, or whole days from a start to an end date (MM-DD).
pub fn season_control(
    twin: Twin,
    spec: &'static FieldSpec,
    id: &str,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = I18n::use_i18n();
    let season = Memo::new(move |_| match twin.scenario.with(|s| s.get(spec.path)) {
        Some(FieldValue::Season { start, end }) => Some((start, end)),
        _ => None,
    });
    let current = move || season.get();
    let start_ref = NodeRef::<leptos::html::Input>::new();
    let end_ref = NodeRef::<leptos::html::Input>::new();
    let push = move || {
        let (Some(s), Some(e)) = (start_ref.get_untracked(), end_ref.get_untracked()) else {
            return;
        };
        let value = FieldValue::Season {
            start: s.value().trim().to_string(),
            end: e.value().trim().to_string(),
        };
        error.set(apply(twin, spec.path, value).err());
    };
    view! {
        <span class="season">
            <input type="checkbox" id=id.to_string() data-field=spec.path data-part="enabled"
                prop:checked=move || current().is_some()
                on:change=move |ev| {
                    if event_target_checked(&ev) {
                        error.set(apply(twin, spec.path, FieldValue::Season { start: "10-15".into(), end: "04-15".into() }).err());
                    } else {
                        error.set(apply(twin, spec.path, FieldValue::Null).err());
                    }
                } />
            <Show when=move || current().is_some()>
                <label>{move || format!("{} ", i18n.t("season-from"))}<input type="text" size="5" placeholder=move || i18n.t("season-placeholder") data-field=spec.path data-part="start"
                    node_ref=start_ref prop:value=move || current().map(|c| c.0).unwrap_or_default()
                    on:change=move |_| push() /></label>
                <label>{move || format!(" {} ", i18n.t("season-to"))}<input type="text" size="5" placeholder=move || i18n.t("season-placeholder") data-field=spec.path data-part="end"
                    node_ref=end_ref prop:value=move || current().map(|c| c.1).unwrap_or_default()
                    on:change=move |_| push() /></label>
            </Show>
        </span>
    }
}

/// Monthly CO2 factors of the displaced heat: off (fuel ÷ boiler efficiency) or 12 values.
pub fn monthly_control(
    twin: Twin,
    spec: &'static FieldSpec,
    id: &str,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = I18n::use_i18n();
    let monthly = Memo::new(move |_| match twin.scenario.with(|s| s.get(spec.path)) {
        Some(FieldValue::Monthly(m)) => Some(m),
        _ => None,
    });
    let current = move || monthly.get();
    let flat = move || {
        twin.valid.with_untracked(|v| {
            v.as_ref()
                .map(|v| v.params.emissions.fuel_kg_per_mwh / v.params.emissions.boiler_efficiency)
                .unwrap_or(218.9)
        })
    };
    let set_month = move |m: usize, text: String| match text.trim().parse::<f64>() {
        Ok(x) => {
            let mut values = current().unwrap_or([flat(); 12]);
            values[m] = x;
            error.set(apply(twin, spec.path, FieldValue::Monthly(values)).err());
        }
        Err(_) => {
            let args = untrack(|| {
                [
                    ("text", Arg::Text(text)),
                    ("lo", Arg::Text(plain_number(&i18n, 0.0))),
                    ("hi", Arg::Text(plain_number(&i18n, 2000.0))),
                ]
            });
            let lang = i18n.lang.get_untracked();
            error.set(Some(translate(lang, "weather-co2-not-number", &args)));
        }
    };
    view! {
        <span>
            <input type="checkbox" id=id.to_string() data-field=spec.path data-part="enabled"
                prop:checked=move || current().is_some()
                on:change=move |ev| {
                    let v = if event_target_checked(&ev) {
                        FieldValue::Monthly([(flat() * 10.0).round() / 10.0; 12])
                    } else {
                        FieldValue::Null
                    };
                    error.set(apply(twin, spec.path, v).err());
                } />
            <Show when=move || current().is_some()>
                <fieldset class="months">
                    <legend>{move || i18n.t("weather-co2-legend")}</legend>
                    {(0..12).map(|m| view! {
                        <label>{move || month_names(i18n.lang.get())[m].clone()}
                            <input type="number" step="any" min="0" max="2000" data-field=spec.path data-month=m
                                prop:value=move || current().map(|c| input_text(c[m])).unwrap_or_default()
                                on:change=move |ev| set_month(m, event_target_value(&ev)) />
                        </label>
                    }).collect_view()}
                </fieldset>
            </Show>
        </span>
    }
}

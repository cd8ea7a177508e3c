//! The climate controls (built-in climate, uploaded EPW/CSV, synthetic year from monthly
//! means) and the two composite inputs: the heating season and the monthly CO2 factors.

use crate::components::field::{apply, input_text};
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
                None => error.set(Some("Choose an EPW or CSV file below first.".into())),
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
        leptos::task::spawn_local(async move {
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
                Err(_) => {
                    error.set(Some(format!("{name}: the file could not be read")));
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
                Err(msg) => error.set(Some(format!(
                    "Not loaded — {msg}. The previous weather is kept."
                ))),
            }
        });
    };
    let upload_label = move || {
        twin.upload.with(|u| {
            u.as_ref()
                .map(|u| format!("uploaded: {}", u.name))
                .unwrap_or_default()
        })
    };
    let source_note = move || match spec() {
        WeatherSpec::Builtin(id) => heat_twin_model::weather::climate(&id)
            .map(|c| {
                format!(
                    "{} — {}, {}. Source: {}",
                    c.name, c.station, c.period, c.source
                )
            })
            .unwrap_or_default(),
        WeatherSpec::EpwFile(p) | WeatherSpec::CsvFile(p) => {
            format!("Your file {p}, read in this browser only.")
        }
        WeatherSpec::Monthly { .. } => {
            "A synthetic year from your 12 monthly means (MODEL.md §1.4).".into()
        }
    };
    view! {
        <div class="field">
            <label for="f-weather-builtin">"Climate"</label>
            <select id="f-weather-builtin" data-field="weather.builtin" prop:value=selected on:change=on_select>
                {climates().iter().map(|c| {
                    let kind = match c.kind { ClimateKind::Tmy => "typical year", ClimateKind::Synthetic => "from monthly normals" };
                    view! { <option value=c.id>{format!("{} ({kind})", c.name)}</option> }
                }).collect_view()}
                <option value="monthly">"Your monthly means…"</option>
                <option value="upload">"Your weather file…"</option>
            </select>
            <p class="meta">{source_note}</p>
            <label for="f-weather-file" class="meta">"Upload hourly weather: EPW, or a CSV of 8,760 temperatures in °C"</label>
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
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let current = move || match twin.scenario.with(|s| s.weather.clone()) {
        WeatherSection {
            monthly_means_c: Some(m),
            diurnal_amplitude_k,
            ..
        } => (m, diurnal_amplitude_k.unwrap_or(4.0)),
        _ => ([10.0; 12], 4.0),
    };
    let set = move |month: Option<usize>, text: String| {
        let Ok(x) = text.trim().parse::<f64>() else {
            error.set(Some(format!("“{text}” is not a number")));
            return;
        };
        let (mut means, mut amp) = current();
        match month {
            Some(m) if (-50.0..=50.0).contains(&x) => means[m] = x,
            None if (0.0..=20.0).contains(&x) => amp = x,
            Some(_) => {
                return error.set(Some(format!(
                    "{x} °C is out of range; allowed −50 to 50 °C"
                )))
            }
            None => return error.set(Some(format!("{x} K is out of range; allowed 0 to 20 K"))),
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
            <legend>"Monthly mean outdoor temperature, °C"</legend>
            {months.iter().enumerate().map(|(m, name)| view! {
                <label>{*name}
                    <input type="number" step="any" min="-50" max="50" data-field="weather.monthly_means_c" data-month=m
                        prop:value=move || input_text(current().0[m])
                        on:change=move |ev| set(Some(m), event_target_value(&ev)) />
                </label>
            }).collect_view()}
            <label>"Half the daily range, K"
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
    let current = move || match twin.scenario.with(|s| s.get(spec.path)) {
        Some(FieldValue::Season { start, end }) => Some((start, end)),
        _ => None,
    };
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
                <label>"from "<input type="text" size="5" placeholder="MM-DD" data-field=spec.path data-part="start"
                    node_ref=start_ref prop:value=move || current().map(|c| c.0).unwrap_or_default()
                    on:change=move |_| push() /></label>
                <label>" to "<input type="text" size="5" placeholder="MM-DD" data-field=spec.path data-part="end"
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
    let current = move || match twin.scenario.with(|s| s.get(spec.path)) {
        Some(FieldValue::Monthly(m)) => Some(m),
        _ => None,
    };
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
        Err(_) => error.set(Some(format!(
            "“{text}” is not a number; allowed 0 to 2,000 kg/MWh"
        ))),
    };
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
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
                    <legend>"kg CO2 per MWh of heat displaced, by month"</legend>
                    {months.iter().enumerate().map(|(m, name)| view! {
                        <label>{*name}
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

//! One scenario input: a labelled slider and number field (or checkbox, or choice) with its
//! unit, range, default and an expandable explanation with its source.
//!
//! A value is applied on every `input` event when it is valid; otherwise the error is shown
//! next to the field, naming the allowed range, and the last valid value stays in the model.

use crate::state::Twin;
use heat_twin_model::scenario::{resolved_value, DefaultValue, FieldKind, FieldSpec, FieldValue};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Slider ranges for fields whose allowed range is far wider than what people try (the
/// number box still takes the whole range); the slider grows to twice the current value.
fn slider_range(spec: &FieldSpec, lo: f64, hi: f64) -> (f64, f64) {
    let practical = match spec.path {
        "data_centre.racks" => Some(2_000.0),
        "data_centre.rack_kw" => Some(150.0),
        "network.homes" => Some(200_000.0),
        "network.baseload_mw" => Some(500.0),
        "network.home_heat_mwh" => Some(30.0),
        "recovery.heat_pump_max_mw" => Some(200.0),
        "storage.volume_m3" => Some(20_000.0),
        "storage.hours_to_full" => Some(48.0),
        "economics.pipe_length_km" => Some(50.0),
        "economics.pipe_capex_eur_per_m" => Some(5_000.0),
        "economics.heat_pump_capex_eur_per_mw" => Some(2_000_000.0),
        "economics.storage_capex_eur_per_m3" => Some(1_000.0),
        "economics.heat_price_eur_per_mwh"
        | "economics.electricity_price_eur_per_mwh"
        | "economics.fuel_price_eur_per_mwh" => Some(400.0),
        "emissions.grid_g_per_kwh" => Some(1_000.0),
        "emissions.tree_kg_per_year" => Some(400.0),
        "emissions.site_cooling_eer" => Some(40.0),
        _ => None,
    };
    (lo, practical.map_or(hi, |p: f64| p.min(hi)))
}

/// A step that gives about 500 positions over the span (1 for integers).
fn slider_step(spec: &FieldSpec, span: f64) -> f64 {
    if matches!(spec.kind, FieldKind::Integer { .. }) {
        return 1.0_f64.max((span / 1000.0).round());
    }
    let raw = span / 500.0;
    let p = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * p)
        .find(|s| *s >= raw)
        .unwrap_or(raw)
}

/// Text of a number for an input box: the shortest exact form.
pub fn input_text(v: f64) -> String {
    if v == v.trunc() && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// The allowed range in words, e.g. "allowed 0 to 1,000,000 kW".
pub fn range_words(spec: &FieldSpec) -> String {
    let st = crate::format::NumberStyle::EN;
    match spec.kind.range() {
        Some((lo, hi)) => {
            let f = |x: f64| {
                if x.abs() >= 1000.0 {
                    crate::format::fixed(x, 0, st)
                } else {
                    input_text(x)
                }
            };
            let int = if matches!(spec.kind, FieldKind::Integer { .. }) {
                ", whole numbers"
            } else {
                ""
            };
            format!("{} to {}{}{}", f(lo), f(hi), unit_suffix(spec.unit), int)
        }
        None => String::new(),
    }
}

fn unit_suffix(unit: &str) -> String {
    match unit {
        "" | "share" => String::new(),
        u => format!(" {u}"),
    }
}

/// The default in words (with the presets that set it).
pub fn default_words(spec: &FieldSpec) -> String {
    match spec.default {
        DefaultValue::Number(x) => format!("{}{}", input_text(x), unit_suffix(spec.unit)),
        DefaultValue::Bool(b) => if b { "on" } else { "off" }.to_string(),
        DefaultValue::Choice(c) => c.to_string(),
        DefaultValue::Null => "none".to_string(),
        DefaultValue::PerCooling => "set by the cooling technology".to_string(),
        DefaultValue::PerGeneration => "set by the network generation".to_string(),
    }
}

/// Words for a choice value (the value itself stays the JSON name).
pub fn choice_label(value: &str) -> &str {
    match value {
        "air" => "Air (water coils in the air handlers)",
        "rear_door" => "Rear-door heat exchangers",
        "direct_to_chip" => "Direct-to-chip cold plates",
        "immersion" => "Immersion",
        "hot_water_liquid" => "Warm-water liquid cooling",
        "3G" => "3rd generation (90/75 → 50 °C)",
        "4G" => "4th generation (70/65 → 35 °C)",
        "custom" => "Custom (starts from 3rd generation)",
        "supply_line" => "Supply line (a producer at supply temperature)",
        "return_line" => "Return line (preheats the return water)",
        "utility" => "The utility",
        "data_centre" => "The data centre",
        other => other,
    }
}

/// Applies `value` to `path` if the whole scenario stays valid; otherwise returns the message.
pub fn apply(twin: Twin, path: &'static str, value: FieldValue) -> Result<(), String> {
    let mut next = twin.scenario.get_untracked();
    next.set(path, value).map_err(|p| p.message)?;
    if let Err(problems) = next.validate() {
        let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        return Err(format!("not applied: {}", text.join("; ")));
    }
    twin.scenario.set(next);
    Ok(())
}

/// The resolved (effective) value of a field in the current valid scenario.
fn current(twin: Twin, path: &'static str) -> Option<FieldValue> {
    twin.valid.with(|v| {
        v.as_ref()
            .ok()
            .and_then(|v| resolved_value(&v.params, path))
    })
}

/// One field of the scenario, rendered by its kind.
#[component]
pub fn Field(
    /// The field's row of the model's field table.
    spec: &'static FieldSpec,
) -> impl IntoView {
    let twin = Twin::use_twin();
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let id = format!("f-{}", spec.path.replace('.', "-"));
    let control = match spec.kind {
        FieldKind::Number { min, max } | FieldKind::Integer { min, max } => {
            number_control(twin, spec, &id, min, max, error).into_any()
        }
        FieldKind::Bool => {
            let checked = move || matches!(current(twin, spec.path), Some(FieldValue::Bool(true)));
            view! {
                <input type="checkbox" id=id.clone() data-field=spec.path prop:checked=checked
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        error.set(apply(twin, spec.path, FieldValue::Bool(on)).err());
                    } />
            }
            .into_any()
        }
        FieldKind::Choice(options) => {
            let selected = move || match current(twin, spec.path) {
                Some(FieldValue::Choice(c)) => c,
                _ => String::new(),
            };
            view! {
                <select id=id.clone() data-field=spec.path prop:value=selected
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        error.set(apply(twin, spec.path, FieldValue::Choice(v)).err());
                    }>
                    {options.iter().map(|o| view! { <option value=*o>{choice_label(o)}</option> }).collect_view()}
                </select>
            }
            .into_any()
        }
        FieldKind::MonthDayRange => {
            crate::components::weather::season_control(twin, spec, &id, error).into_any()
        }
        FieldKind::Monthly12 { .. } => {
            crate::components::weather::monthly_control(twin, spec, &id, error).into_any()
        }
    };
    let wide = matches!(
        spec.kind,
        FieldKind::Number { .. } | FieldKind::Integer { .. }
    );
    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some) class:wide=wide>
            <label for=id.clone()>{spec.label}</label>
            {control}
            <div class="error" role="alert" aria-live="polite">{move || error.get()}</div>
            <details class="help">
                <summary>"About this input"</summary>
                <p>{spec.help}</p>
                <p>"Default: " {default_words(spec)}
                    {(!range_words(spec).is_empty()).then(|| format!("; allowed {}.", range_words(spec)))}</p>
                <p>"Source: " {spec.source}</p>
            </details>
        </div>
    }
}

/// A slider and a number box, kept in step.
fn number_control(
    twin: Twin,
    spec: &'static FieldSpec,
    id: &str,
    min: f64,
    max: f64,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let value = move || match current(twin, spec.path) {
        Some(FieldValue::Number(x)) => x,
        _ => f64::NAN,
    };
    let (lo, hi0) = slider_range(spec, min, max);
    let slider_max = move || {
        let v = value();
        if v.is_finite() && v > hi0 {
            (v * 2.0).min(max)
        } else {
            hi0
        }
    };
    let step = slider_step(spec, hi0 - lo);
    let number_ref = NodeRef::<leptos::html::Input>::new();
    // Keep the number box in step with the model without overwriting what is being typed.
    Effect::new(move |_| {
        let v = value();
        if let Some(el) = number_ref.get() {
            let typed = el.value().trim().parse::<f64>().ok();
            if typed != Some(v) && v.is_finite() {
                el.set_value(&input_text(v));
            }
        }
    });
    let on_number = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let parsed = text.trim().parse::<f64>().ok().filter(|x| x.is_finite());
        let msg = match parsed {
            None => Some(format!(
                "“{text}” is not a number; allowed {}",
                range_words(spec)
            )),
            Some(x) if x < min || x > max => Some(format!(
                "{} is out of range; allowed {}",
                input_text(x),
                range_words(spec)
            )),
            Some(x) if matches!(spec.kind, FieldKind::Integer { .. }) && x.fract() != 0.0 => {
                Some(format!(
                    "{} is not a whole number; allowed {}",
                    input_text(x),
                    range_words(spec)
                ))
            }
            Some(x) => apply(twin, spec.path, FieldValue::Number(x)).err(),
        };
        error.set(msg);
    };
    let on_slider = move |ev: leptos::ev::Event| {
        if let Ok(x) = event_target_value(&ev).parse::<f64>() {
            error.set(apply(twin, spec.path, FieldValue::Number(x)).err());
        }
    };
    let on_blur = move |ev: leptos::ev::FocusEvent| {
        // Leaving a refused entry puts the last valid value back; the message explains why.
        if error.with_untracked(Option::is_some) {
            if let Some(el) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                let v = value();
                if v.is_finite() {
                    el.set_value(&input_text(v));
                }
            }
        }
    };
    let unit = spec.unit;
    let label = format!("{} (slider)", spec.label);
    view! {
        <span class="numbox">
            <input type="number" id=id.to_string() data-field=spec.path node_ref=number_ref
                min=min max=max step="any" inputmode="decimal"
                on:input=on_number on:blur=on_blur
                aria-describedby=format!("{id}-unit") />
            <span class="unit" id=format!("{id}-unit")>{(unit != "share").then_some(unit)}</span>
        </span>
        <input type="range" data-field=spec.path aria-label=label
            min=lo max=slider_max step=step prop:value=move || input_text(value())
            on:input=on_slider />
    }
}

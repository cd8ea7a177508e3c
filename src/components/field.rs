//! One scenario input: a labelled slider and number field (or checkbox, or choice) with its
//! unit, range, default and an expandable explanation with its source.
//!
//! A value is applied on every `input` event when it is valid; otherwise the error is shown
//! next to the field, naming the allowed range, and the last valid value stays in the model.

use crate::i18n::{translate, Arg, I18n};
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
        "recovery.heat_pump_max_mw" | "recovery.heat_pump_installed_mw" => Some(200.0),
        "storage.volume_m3" => Some(20_000.0),
        "storage.hours_to_full" => Some(48.0),
        "economics.pipe_length_km" | "connection.length_km" => Some(50.0),
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

/// The message key of a field's label or help: `field-<path, '.' and '_' as '-'>-<what>`.
pub fn field_key(spec: &FieldSpec, what: &str) -> String {
    format!("field-{}-{what}", spec.path.replace(['.', '_'], "-"))
}

/// The field's label in the page's language (tracks the language).
pub fn field_label(i18n: &I18n, spec: &FieldSpec) -> String {
    translate(i18n.lang.get(), &field_key(spec, "label"), &[])
}

/// The field's explanation in the page's language (tracks the language).
pub fn field_help(i18n: &I18n, spec: &FieldSpec) -> String {
    translate(i18n.lang.get(), &field_key(spec, "help"), &[])
}

/// A unit as shown: symbols stay, words are translated ("years" → "anni").
pub fn unit_text(i18n: &I18n, unit: &str) -> String {
    match unit {
        "years" => i18n.t("unit-years"),
        "kg/yr" => i18n.t("unit-kg-yr"),
        u => u.to_string(),
    }
}

/// A number as typed in a box, with the language's separators: whole numbers grouped from
/// 1,000 up, other numbers in their shortest exact form.
pub fn plain_number(i18n: &I18n, x: f64) -> String {
    if x == x.trunc() && x.abs() < 1e15 {
        i18n.fixed(x, 0)
    } else {
        input_text(x).replace('.', &i18n.style().decimal.to_string())
    }
}

/// The allowed range in words, e.g. "0 to 1,000,000 kW" (tracks the language).
pub fn range_words(i18n: &I18n, spec: &FieldSpec) -> String {
    match spec.kind.range() {
        Some((lo, hi)) => {
            let args = [
                ("lo", Arg::Text(plain_number(i18n, lo))),
                ("hi", Arg::Text(plain_number(i18n, hi))),
                ("unit", Arg::Text(unit_suffix(i18n, spec.unit))),
            ];
            if matches!(spec.kind, FieldKind::Integer { .. }) {
                i18n.t_args("field-range-whole", &args)
            } else {
                i18n.t_args("field-range", &args)
            }
        }
        None => String::new(),
    }
}

fn unit_suffix(i18n: &I18n, unit: &str) -> String {
    match unit {
        "" | "share" => String::new(),
        u => format!(" {}", unit_text(i18n, u)),
    }
}

/// The default in words (tracks the language).
pub fn default_words(i18n: &I18n, spec: &FieldSpec) -> String {
    match spec.default {
        DefaultValue::Number(x) => {
            format!("{}{}", plain_number(i18n, x), unit_suffix(i18n, spec.unit))
        }
        DefaultValue::Bool(true) => i18n.t("field-on"),
        DefaultValue::Bool(false) => i18n.t("field-off"),
        DefaultValue::Choice(c) => choice_label(i18n, c),
        DefaultValue::Null => i18n.t("field-none"),
        DefaultValue::PerCooling => i18n.t("field-per-cooling"),
        DefaultValue::PerGeneration => i18n.t("field-per-generation"),
        DefaultValue::PerCountry => i18n.t("field-per-country"),
    }
}

/// Words for a choice value (the value itself stays the JSON name; tracks the language).
pub fn choice_label(i18n: &I18n, value: &str) -> String {
    match value {
        "air" => i18n.t("choice-air"),
        "rear_door" => i18n.t("choice-rear-door"),
        "direct_to_chip" => i18n.t("choice-direct-to-chip"),
        "immersion" => i18n.t("choice-immersion"),
        "hot_water_liquid" => i18n.t("choice-hot-water-liquid"),
        "3G" => i18n.t("choice-3g"),
        "4G" => i18n.t("choice-4g"),
        "custom" => i18n.t("choice-custom"),
        "supply_line" => i18n.t("choice-supply-line"),
        "return_line" => i18n.t("choice-return-line"),
        "utility" => i18n.t("choice-utility"),
        "data_centre" => i18n.t("choice-data-centre"),
        "continuous" => i18n.t("choice-continuous"),
        "it_zone_a" => i18n.t("choice-it-zone-a"),
        "it_zone_b" => i18n.t("choice-it-zone-b"),
        "it_zone_c" => i18n.t("choice-it-zone-c"),
        "it_zone_d" => i18n.t("choice-it-zone-d"),
        "it_zone_e" => i18n.t("choice-it-zone-e"),
        "it_zone_f" => i18n.t("choice-it-zone-f"),
        "climate" => i18n.t("choice-climate"),
        "constant" => i18n.t("choice-constant"),
        "tank" => i18n.t("choice-tank"),
        "pit" => i18n.t("choice-pit"),
        "first" => i18n.t("choice-first"),
        "peak" => i18n.t("choice-peak"),
        "fit" => i18n.t("choice-fit"),
        "jensen" => i18n.t("choice-jensen"),
        "lorenz" => i18n.t("choice-lorenz"),
        "heat_pump" => i18n.t("choice-heat-pump"),
        "auto" => i18n.t("choice-auto"),
        "IT" => i18n.t("choice-country-it"),
        "DK" => i18n.t("choice-country-dk"),
        "FI" => i18n.t("choice-country-fi"),
        "SE" => i18n.t("choice-country-se"),
        "DE" => i18n.t("choice-country-de"),
        "NL" => i18n.t("choice-country-nl"),
        "FR" => i18n.t("choice-country-fr"),
        "IE" => i18n.t("choice-country-ie"),
        other => other.to_string(),
    }
}

/// Applies `value` to `path` if the whole scenario stays valid; otherwise returns the message
/// in the page's language (in English the model's own words, naming field, value and range).
pub fn apply(twin: Twin, path: &'static str, value: FieldValue) -> Result<(), String> {
    let lang = I18n::use_i18n().lang.get_untracked();
    let mut next = twin.scenario.get_untracked();
    next.set(path, value)
        .map_err(|p| crate::problems::problem_message(lang, &p))?;
    if let Err(problems) = next.validate() {
        // A rule between fields (supply above return, …) in plain words, beside this field.
        if let Some(plain) = crate::problems::cross_problems_plain(lang, &problems) {
            return Err(translate(
                lang,
                "field-not-applied",
                &[("problems", Arg::Text(plain))],
            ));
        }
        return Err(translate(
            lang,
            "field-not-applied",
            &[(
                "problems",
                Arg::Text(crate::problems::problems_text(lang, &problems)),
            )],
        ));
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
    let i18n = I18n::use_i18n();
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let id = format!("f-{}", spec.path.replace('.', "-"));
    // The field's effective value, as a memo: a change elsewhere in the scenario (a slider
    // dragged) re-reads it but re-renders none of this field's DOM unless its value changed.
    let value = Memo::new(move |_| current(twin, spec.path));
    let control = match spec.kind {
        FieldKind::Number { min, max } | FieldKind::Integer { min, max } => {
            number_control(twin, spec, &id, (min, max), value, error).into_any()
        }
        FieldKind::Bool => {
            let checked = move || value.with(|v| matches!(v, Some(FieldValue::Bool(true))));
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
            let selected = move || match value.get() {
                Some(FieldValue::Choice(c)) => c,
                _ => String::new(),
            };
            view! {
                <select id=id.clone() data-field=spec.path prop:value=selected
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        error.set(apply(twin, spec.path, FieldValue::Choice(v)).err());
                    }>
                    {options.iter().map(|o| view! { <option value=*o>{move || choice_label(&i18n, o)}</option> }).collect_view()}
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
            <label for=id.clone()>{move || field_label(&i18n, spec)}</label>
            {control}
            <div class="error" role="alert" aria-live="polite">{move || error.get()}</div>
            <details class="help">
                <summary>{move || i18n.t("field-about")}</summary>
                <p>{move || field_help(&i18n, spec)}</p>
                <p>{move || {
                    let value = Arg::Text(default_words(&i18n, spec));
                    let range = range_words(&i18n, spec);
                    if range.is_empty() {
                        i18n.t_args("field-default", &[("value", value)])
                    } else {
                        i18n.t_args("field-default-allowed", &[("value", value), ("range", Arg::Text(range))])
                    }
                }}</p>
                <p>{move || i18n.t_args("field-source", &[("source", Arg::Text(spec.source.to_string()))])}</p>
            </details>
        </div>
    }
}

/// A slider and a number box, kept in step; `current` is the field's effective value.
fn number_control(
    twin: Twin,
    spec: &'static FieldSpec,
    id: &str,
    (min, max): (f64, f64),
    current: Memo<Option<FieldValue>>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let value = move || match current.get() {
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
    let i18n = I18n::use_i18n();
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
        let range = || Arg::Text(range_words(&i18n, spec));
        let lang = i18n.lang.get_untracked();
        // An event handler: read the language without subscribing to it.
        let msg = untrack(|| match parsed {
            None => Some(translate(
                lang,
                "field-not-number",
                &[("text", Arg::Text(text.clone())), ("range", range())],
            )),
            Some(x) if x < min || x > max => Some(translate(
                lang,
                "field-out-of-range",
                &[
                    ("value", Arg::Text(plain_number(&i18n, x))),
                    ("range", range()),
                ],
            )),
            Some(x) if matches!(spec.kind, FieldKind::Integer { .. }) && x.fract() != 0.0 => {
                Some(translate(
                    lang,
                    "field-not-whole",
                    &[
                        ("value", Arg::Text(plain_number(&i18n, x))),
                        ("range", range()),
                    ],
                ))
            }
            Some(x) => apply(twin, spec.path, FieldValue::Number(x)).err(),
        });
        error.set(msg);
    };
    // A drag gives the model at most one run per animation frame, with the latest value: the
    // slider's inputs are kept and applied in the next frame (however many came since), or
    // later on a slow device, where a run and the page's updates take longer than a frame
    // (drag.rs): the KPIs follow every run, and the drag's last value is always run.
    let latest = StoredValue::new(None::<f64>);
    // The component's owner, so that `apply` finds the page's language in the frame callback.
    let owner = Owner::current();
    let on_slider = move |ev: leptos::ev::Event| {
        crate::components::drag::note_input();
        if let Ok(x) = event_target_value(&ev).parse::<f64>() {
            let asked = latest.get_value().is_some();
            latest.set_value(Some(x));
            if asked {
                return; // a frame is already asked for: it takes this value
            }
            let owner = owner.clone();
            crate::components::drag::run_paced(move || {
                if let Some(x) = latest.try_get_value().flatten() {
                    latest.set_value(None);
                    let run = || apply(twin, spec.path, FieldValue::Number(x)).err();
                    let msg = match &owner {
                        Some(owner) => owner.with(run),
                        None => run(),
                    };
                    error.try_set(msg);
                }
            });
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
    let unit = move || (spec.unit != "share").then(|| unit_text(&i18n, spec.unit));
    let label = move || {
        i18n.t_args(
            "field-slider",
            &[("label", Arg::Text(field_label(&i18n, spec)))],
        )
    };
    view! {
        <span class="numbox">
            <input type="number" id=id.to_string() data-field=spec.path node_ref=number_ref
                min=min max=max step="any" inputmode="decimal"
                on:input=on_number on:blur=on_blur
                aria-describedby=format!("{id}-unit") />
            <span class="unit" id=format!("{id}-unit")>{unit}</span>
        </span>
        <input type="range" data-field=spec.path aria-label=label
            min=lo max=slider_max step=step prop:value=move || input_text(value())
            on:input=on_slider />
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{has, Lang};
    use heat_twin_model::scenario::fields;

    #[test]
    fn every_field_has_its_label_and_help_in_both_languages() {
        let mut missing = Vec::new();
        for spec in fields() {
            for lang in Lang::ALL {
                for what in ["label", "help"] {
                    let key = field_key(spec, what);
                    if !has(lang, &key) {
                        missing.push(format!("{}: {key}", lang.code()));
                    }
                }
            }
        }
        // 52 of version 1, two of the network's plants, six of the demand's shape, three of
        // issue 13's connection pipe and availability, nine of the heat pump (version 3), 22 of
        // the project's life, prices and capex curves, and storage.dispatch (issue 11).
        assert_eq!(fields().len(), 96);
        assert!(missing.is_empty(), "field messages missing: {missing:#?}");
    }

    #[test]
    fn field_keys_follow_the_path() {
        let racks = fields().iter().find(|f| f.path == "data_centre.racks");
        let key = racks.map(|f| field_key(f, "label"));
        assert_eq!(key.as_deref(), Some("field-data-centre-racks-label"));
        assert_ne!(
            translate(Lang::En, "field-data-centre-racks-help", &[]),
            translate(Lang::It, "field-data-centre-racks-help", &[])
        );
    }
}

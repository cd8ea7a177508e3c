//! Every input with its default and source, generated from the model's field table
//! ([`fields`]), with the preset tables of the cooling technology and the network generation
//! read back from the model, and the value in use where it differs from the default.

use super::text::{tr, UI};
use crate::format::{fixed, NumberStyle};
use crate::i18n::{translate, Arg, Lang};
use crate::state::Twin;
use heat_twin_model::params::Params;
use heat_twin_model::scenario::{
    field, fields, resolved_value, section_fields, DefaultValue, FieldKind, FieldSpec, FieldValue,
    Scenario, Section, DEFAULT_CLIMATE, DEFAULT_DIURNAL_AMPLITUDE_K, DIURNAL_AMPLITUDE_RANGE_K,
    MONTHLY_MEAN_RANGE_C,
};
use leptos::prelude::*;

/// A number for people: grouped thousands, at most six decimals, no trailing zeros.
pub fn num(x: f64, st: NumberStyle) -> String {
    if x.fract() == 0.0 {
        return fixed(x, 0, st);
    }
    let text = format!("{x:.6}");
    let decimals = text
        .trim_end_matches('0')
        .split_once('.')
        .map_or(0, |(_, f)| f.len());
    fixed(x, decimals, st)
}

/// `" kW"` for a unit that reads after a number; nothing for shares and unitless values.
fn suffix(unit: &str) -> String {
    match unit {
        "" | "share" => String::new(),
        u => format!(" {u}"),
    }
}

/// The unit column: shares and unitless numbers say what they are, so every number has a unit.
pub fn unit_words(lang: Lang, spec: &FieldSpec) -> String {
    match (spec.unit, spec.kind) {
        ("share", _) => tr(lang, "method-unit-share"),
        ("", FieldKind::Integer { .. } | FieldKind::Number { .. }) => {
            if spec.name == "racks" || spec.name == "homes" {
                tr(lang, "method-unit-count")
            } else {
                tr(lang, "method-unit-ratio")
            }
        }
        ("", _) => "—".to_string(),
        (u, _) => u.to_string(),
    }
}

/// The default in words, with its unit.
pub fn default_text(lang: Lang, spec: &FieldSpec) -> String {
    let st = lang.number_style();
    match spec.default {
        DefaultValue::Number(x) => format!("{}{}", num(x, st), suffix(spec.unit)),
        DefaultValue::Bool(b) => b.to_string(),
        DefaultValue::Choice(c) => c.to_string(),
        DefaultValue::Null => match spec.kind {
            FieldKind::MonthDayRange => tr(lang, "method-default-all-year"),
            _ => tr(lang, "method-default-fuel"),
        },
        DefaultValue::PerCooling => tr(lang, "method-default-per-cooling"),
        DefaultValue::PerGeneration => tr(lang, "method-default-per-generation"),
        DefaultValue::PerCountry => tr(lang, "method-default-per-country"),
    }
}

/// "0 to 10 kW" in `lang`.
fn range_text(lang: Lang, lo: f64, hi: f64, unit: &str) -> String {
    let st = lang.number_style();
    translate(
        lang,
        "method-range",
        &[
            ("lo", Arg::Text(num(lo, st))),
            ("hi", Arg::Text(num(hi, st))),
            ("unit", Arg::Text(suffix(unit))),
        ],
    )
}

/// What the field accepts, in words.
pub fn allowed_text(lang: Lang, spec: &FieldSpec) -> String {
    let range = |lo: f64, hi: f64| Arg::Text(range_text(lang, lo, hi, spec.unit));
    match spec.kind {
        FieldKind::Number { min, max } => range_text(lang, min, max, spec.unit),
        FieldKind::Integer { min, max } => {
            translate(lang, "method-allowed-whole", &[("range", range(min, max))])
        }
        FieldKind::Bool => tr(lang, "method-allowed-bool"),
        FieldKind::Choice(options) => options.join(", "),
        FieldKind::MonthDayRange => tr(lang, "method-allowed-season"),
        FieldKind::Monthly12 { min, max } => translate(
            lang,
            "method-allowed-monthly",
            &[("range", range(min, max))],
        ),
    }
}

/// A field value in words, with its unit.
pub fn value_text(lang: Lang, spec: &FieldSpec, value: &FieldValue) -> String {
    let st = lang.number_style();
    match value {
        FieldValue::Number(x) => format!("{}{}", num(*x, st), suffix(spec.unit)),
        FieldValue::Bool(b) => b.to_string(),
        FieldValue::Choice(c) => c.clone(),
        FieldValue::Null => "null".to_string(),
        FieldValue::Monthly(v) => {
            let sep = if st.decimal == ',' { "; " } else { ", " };
            let list: Vec<String> = v.iter().map(|x| num(*x, st)).collect();
            translate(
                lang,
                "method-value-monthly",
                &[
                    ("list", Arg::Text(list.join(sep))),
                    ("unit", Arg::Text(suffix(spec.unit))),
                ],
            )
        }
        FieldValue::Season { start, end } => translate(
            lang,
            "method-value-season",
            &[
                ("start", Arg::Text(start.clone())),
                ("end", Arg::Text(end.clone())),
            ],
        ),
    }
}

/// One row of the inputs table (the static part; the value in use is read separately).
#[derive(Debug, Clone)]
pub struct InputRow {
    /// The field.
    pub spec: &'static FieldSpec,
    /// Unit column.
    pub unit: String,
    /// Default column.
    pub default: String,
    /// Allowed column.
    pub allowed: String,
}

/// Every field of [`fields`], grouped by section in file order.
pub fn input_rows(lang: Lang) -> Vec<(Section, Vec<InputRow>)> {
    Section::ALL
        .into_iter()
        .map(|section| {
            let rows = section_fields(section)
                .map(|spec| InputRow {
                    spec,
                    unit: unit_words(lang, spec),
                    default: default_text(lang, spec),
                    allowed: allowed_text(lang, spec),
                })
                .collect();
            (section, rows)
        })
        .collect()
}

/// Parameters of the default scenario with only `choices` set (`path`, choice), if valid.
fn params_with(choices: &[(&str, &str)]) -> Option<Params> {
    let mut s = Scenario::default();
    for (path, choice) in choices {
        s.set(path, FieldValue::Choice((*choice).to_string()))
            .ok()?;
    }
    s.validate().ok().map(|v| v.params)
}

/// The choice a field has in `params`, as a string.
fn choice_in(params: &Params, path: &str) -> Option<String> {
    match resolved_value(params, path) {
        Some(FieldValue::Choice(c)) => Some(c),
        _ => None,
    }
}

/// The fields whose value in `params` differs from its default, with the value in words.
/// Inputs set by the cooling technology or the network generation are compared with the
/// default of the chosen technology or generation.
pub fn differing(lang: Lang, params: &Params) -> Vec<(&'static str, String)> {
    let plain = Params::default();
    let chosen: Vec<(&str, String)> = ["data_centre.cooling", "network.generation"]
        .into_iter()
        .filter_map(|p| choice_in(params, p).map(|c| (p, c)))
        .collect();
    let refs: Vec<(&str, &str)> = chosen.iter().map(|(p, c)| (*p, c.as_str())).collect();
    let preset = params_with(&refs).unwrap_or(plain);
    fields()
        .iter()
        .filter_map(|spec| {
            let base = match spec.default {
                DefaultValue::PerCooling | DefaultValue::PerGeneration => &preset,
                _ => &plain,
            };
            let now = resolved_value(params, spec.path)?;
            (Some(&now) != resolved_value(base, spec.path).as_ref())
                .then(|| (spec.path, value_text(lang, spec, &now)))
        })
        .collect()
}

/// A table of preset values: one row per choice of `choice_path`, one column per field whose
/// default is `kind`, values read from the model by validating a scenario with that choice.
#[derive(Debug, Clone)]
pub struct PresetTable {
    /// The choices, in the field table's order.
    pub choices: Vec<&'static str>,
    /// The fields the choice sets.
    pub columns: Vec<&'static FieldSpec>,
    /// `values[choice][column]`, numbers in the column's unit.
    pub values: Vec<Vec<f64>>,
}

/// The preset table of `choice_path` for fields with default `kind`.
pub fn preset_table(choice_path: &str, kind: DefaultValue) -> PresetTable {
    let choices = match field(choice_path).map(|f| f.kind) {
        Some(FieldKind::Choice(c)) => c.to_vec(),
        _ => Vec::new(),
    };
    let columns: Vec<&'static FieldSpec> = fields().iter().filter(|f| f.default == kind).collect();
    let values = choices
        .iter()
        .map(|c| {
            let params = params_with(&[(choice_path, c)]);
            columns
                .iter()
                .map(
                    |col| match params.as_ref().and_then(|p| resolved_value(p, col.path)) {
                        Some(FieldValue::Number(x)) => x,
                        _ => f64::NAN,
                    },
                )
                .collect()
        })
        .collect();
    PresetTable {
        choices,
        columns,
        values,
    }
}

/// Examples for the cooling technologies (MODEL.md §2, from REFERENCE.md §2).
fn cooling_example(choice: &str) -> &'static str {
    // Message keys of method.ftl.
    match choice {
        "air" => "method-cooling-ex-air",
        "rear_door" => "method-cooling-ex-rear-door",
        "direct_to_chip" => "method-cooling-ex-direct-to-chip",
        "immersion" => "method-cooling-ex-immersion",
        "hot_water_liquid" => "method-cooling-ex-hot-water-liquid",
        _ => "",
    }
}

/// A JSON path with break opportunities after each `.` and `_`, so long names wrap cleanly.
fn path_view(path: &'static str) -> impl IntoView {
    path.split_inclusive(['.', '_'])
        .map(|part| view! { {part}<wbr /> })
        .collect_view()
}

/// A preset table as HTML.
fn preset_view(
    lang: Lang,
    table: PresetTable,
    id: &'static str,
    title: &'static str,
    intro: &'static str,
    examples: bool,
) -> impl IntoView {
    let head = table
        .columns
        .iter()
        .map(|c| view! { <th scope="col">{c.label}<br /><code>{path_view(c.path)}</code>" ("{unit_words(lang, c)}")"</th> })
        .collect_view();
    let rows = table
        .choices
        .iter()
        .zip(table.values)
        .map(|(choice, values)| {
            let cells = values
                .into_iter()
                .map(|v| view! { <td class="num">{num(v, lang.number_style())}</td> })
                .collect_view();
            let example = examples.then(|| view! { <td>{tr(lang, cooling_example(choice))}</td> });
            view! { <tr><th scope="row"><code>{*choice}</code></th>{cells}{example}</tr> }
        })
        .collect_view();
    let source = table.columns.first().map(|c| c.source).unwrap_or_default();
    view! {
        <h4 id=id>{tr(lang, title)}</h4>
        <p class="note">{tr(lang, intro)}" "{tr(lang, UI.source_label)}" "{source}"."</p>
        <div class="table-scroll fit" tabindex="0" role="region" aria-labelledby=id>
            <table class="presets">
                <thead><tr><th scope="col">{tr(lang, UI.choice)}</th>{head}
                    {examples.then(|| view! { <th scope="col">{tr(lang, UI.cooling_example)}</th> })}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The weather section in words (it is a one-of, not in the field table).
fn weather_view(lang: Lang) -> impl IntoView {
    let st = lang.number_style();
    let num = |x: f64| num(x, st);
    let none = tr(lang, "method-none");
    let (lo, hi) = MONTHLY_MEAN_RANGE_C;
    let (alo, ahi) = DIURNAL_AMPLITUDE_RANGE_K;
    let rows = [
        (
            "weather.builtin",
            "—",
            DEFAULT_CLIMATE.to_string(),
            tr(lang, "method-weather-builtin-allowed"),
        ),
        (
            "weather.epw_file",
            "—",
            none.clone(),
            tr(lang, "method-weather-epw-allowed"),
        ),
        (
            "weather.csv_file",
            "—",
            none.clone(),
            tr(lang, "method-weather-csv-allowed"),
        ),
        (
            "weather.monthly_means_c",
            "°C",
            none,
            translate(
                lang,
                "method-weather-monthly-allowed",
                &[("lo", Arg::Text(num(lo))), ("hi", Arg::Text(num(hi)))],
            ),
        ),
        (
            "weather.diurnal_amplitude_k",
            "K",
            format!("{} K", num(DEFAULT_DIURNAL_AMPLITUDE_K)),
            range_text(lang, alo, ahi, "K"),
        ),
    ];
    view! {
        <h4 id="method-inputs-weather">{tr(lang, UI.weather_title)}</h4>
        <p class="note">{tr(lang, UI.weather_intro)}" "{tr(lang, UI.source_label)}" MODEL.md §1."</p>
        <div class="table-scroll fit" tabindex="0" role="region" aria-labelledby="method-inputs-weather">
            <table class="weather">
                <thead><tr><th scope="col">{tr(lang, UI.col_path)}</th><th scope="col">{tr(lang, UI.col_unit)}</th>
                    <th scope="col">{tr(lang, UI.col_default)}</th><th scope="col">{tr(lang, UI.col_allowed)}</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|(path, unit, default, allowed)| view! {
                        <tr data-weather-path=path><td><code>{path}</code></td><td>{unit}</td>
                            <td>{default}</td><td>{allowed}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// A section's title in `lang`, as the control groups name it.
fn section_title(lang: Lang, section: Section) -> String {
    let key = match section {
        Section::DataCentre => "section-data-centre",
        Section::Recovery => "section-recovery",
        Section::Network => "section-network",
        Section::Storage => "section-storage",
        Section::Emissions => "section-climate",
        Section::Economics => "section-economics",
        Section::Connection => "section-connection",
        Section::Capex => "section-capex",
    };
    crate::i18n::translate(lang, key, &[])
}

/// The inputs section: the weather, one table per section, and the two preset tables.
#[component]
pub fn Inputs(lang: Lang) -> impl IntoView {
    let twin = Twin::use_twin();
    let changed: Memo<Option<Vec<(&'static str, String)>>> = Memo::new(move |_| {
        twin.valid
            .with(|v| v.as_ref().ok().map(|v| differing(lang, &v.params)))
    });
    let same_as_default = tr(lang, UI.same_as_default);
    let sections = input_rows(lang)
        .into_iter()
        .map(|(section, rows)| {
            let id = format!("method-inputs-{}", section.key().replace('_', "-"));
            let rows = rows
                .into_iter()
                .map(|row| {
                    let path = row.spec.path;
                    let same = same_as_default.clone();
                    let current = move || {
                        changed.with(|c| match c {
                            None => "—".to_string(),
                            Some(list) => list
                                .iter()
                                .find(|(p, _)| *p == path)
                                .map_or_else(|| same.clone(), |(_, v)| v.clone()),
                        })
                    };
                    let default = match row.spec.default {
                        DefaultValue::PerCooling => view! { <a href="#method-cooling">{row.default}</a> }.into_any(),
                        DefaultValue::PerGeneration => view! { <a href="#method-generation">{row.default}</a> }.into_any(),
                        _ => row.default.into_any(),
                    };
                    let differs = move || changed.with(|c| c.as_ref().is_some_and(|l| l.iter().any(|(p, _)| *p == path)));
                    view! {
                        <tr data-path=path>
                            <th scope="row">{crate::i18n::translate(lang, &crate::components::field::field_key(row.spec, "label"), &[])}<br /><code class="path">{path_view(path)}</code></th>
                            <td>{row.unit}</td>
                            <td>{default}</td>
                            <td>{row.allowed}</td>
                            <td data-col="source">{row.spec.source}</td>
                            <td data-col="current" class:differs=differs>{current}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <h4 id=id.clone()>{section_title(lang, section)}" ("<code>{section.key()}</code>")"</h4>
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby=id>
                    <table class="inputs">
                        <colgroup>
                            <col class="c-input" /><col class="c-unit" /><col class="c-default" />
                            <col class="c-allowed" /><col class="c-source" /><col class="c-current" />
                        </colgroup>
                        <thead><tr>
                            <th scope="col">{tr(lang, UI.col_input)}" ("{tr(lang, UI.col_path)}")"</th>
                            <th scope="col">{tr(lang, UI.col_unit)}</th><th scope="col">{tr(lang, UI.col_default)}</th>
                            <th scope="col">{tr(lang, UI.col_allowed)}</th><th scope="col">{tr(lang, UI.col_source)}</th>
                            <th scope="col">{tr(lang, UI.col_current)}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="method-part" aria-labelledby="method-inputs">
            <h3 id="method-inputs">{tr(lang, UI.inputs_title)}</h3>
            <p>{tr(lang, UI.inputs_intro)}</p>
            <Show when=move || changed.with(Option::is_none)>
                <p class="note" role="status">{tr(lang, UI.no_scenario)}</p>
            </Show>
            {weather_view(lang)}
            {sections}
            {preset_view(lang, preset_table("data_centre.cooling", DefaultValue::PerCooling), "method-cooling", UI.cooling_title, UI.cooling_intro, true)}
            {preset_view(lang, preset_table("network.generation", DefaultValue::PerGeneration), "method-generation", UI.generation_title, UI.generation_intro, false)}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use heat_twin_model::params::{cooling_preset, generation_preset, Cooling, Generation};

    #[test]
    fn every_field_appears_once_with_a_source_unit_default_and_range() {
        let rows: Vec<InputRow> = input_rows(Lang::En)
            .into_iter()
            .flat_map(|(_, r)| r)
            .collect();
        assert_eq!(rows.len(), fields().len());
        for spec in fields() {
            let row = rows
                .iter()
                .find(|r| r.spec.path == spec.path)
                .expect("row for every field");
            assert!(
                !row.spec.source.trim().is_empty(),
                "{} has no source",
                spec.path
            );
            assert!(
                !row.unit.is_empty() && !row.default.is_empty() && !row.allowed.is_empty(),
                "{}",
                spec.path
            );
            assert_eq!(rows.iter().filter(|r| r.spec.path == spec.path).count(), 1);
        }
    }

    #[test]
    fn defaults_and_ranges_read_well() {
        let racks = field("network.homes").expect("homes");
        assert_eq!(default_text(Lang::En, racks), "20,000");
        assert_eq!(allowed_text(Lang::En, racks), "0 to 10,000,000");
        assert_eq!(default_text(Lang::It, racks), "20.000");
        assert_eq!(allowed_text(Lang::It, racks), "da 0 a 10.000.000");
        let loss = field("storage.loss_per_day").expect("loss");
        assert_eq!(default_text(Lang::En, loss), "0.002");
        assert_eq!(default_text(Lang::It, loss), "0,002");
        assert_eq!(unit_words(Lang::En, loss), "share (0–1)");
        assert_eq!(unit_words(Lang::It, loss), "quota (0–1)");
        let rack_kw = field("data_centre.rack_kw").expect("rack_kw");
        assert_eq!(default_text(Lang::En, rack_kw), "5 kW");
        assert_eq!(num(11.85, NumberStyle::EN), "11.85");
        assert_eq!(num(11.85, NumberStyle::IT), "11,85");
        assert_eq!(num(1e8, NumberStyle::EN), "100,000,000");
        assert_eq!(num(0.1 + 0.2, NumberStyle::EN), "0.3");
    }

    #[test]
    fn cooling_table_matches_the_model_presets() {
        let t = preset_table("data_centre.cooling", DefaultValue::PerCooling);
        let paths: Vec<&str> = t.columns.iter().map(|c| c.path).collect();
        assert_eq!(
            paths,
            [
                "data_centre.capture_share",
                "data_centre.loop_out_c",
                "data_centre.loop_delta_k",
                "emissions.site_cooling_eer"
            ]
        );
        let expected = [
            ("air", Cooling::Air),
            ("rear_door", Cooling::RearDoor),
            ("direct_to_chip", Cooling::DirectToChip),
            ("immersion", Cooling::Immersion),
            ("hot_water_liquid", Cooling::HotWaterLiquid),
        ];
        assert_eq!(t.choices, expected.map(|(n, _)| n));
        for ((_, cooling), row) in expected.iter().zip(&t.values) {
            let (a, b, c, d) = cooling_preset(*cooling);
            assert_eq!(row, &vec![a, b, c, d]);
        }
        for c in &t.choices {
            assert!(crate::i18n::has(Lang::It, cooling_example(c)), "{c}");
        }
    }

    #[test]
    fn generation_table_matches_the_model_presets() {
        let t = preset_table("network.generation", DefaultValue::PerGeneration);
        assert_eq!(t.choices, ["3G", "4G", "custom"]);
        let gens = [Generation::G3, Generation::G4, Generation::Custom];
        for (g, row) in gens.iter().zip(&t.values) {
            let (a, b, c) = generation_preset(*g);
            assert_eq!(row, &vec![a, b, c]);
        }
    }

    #[test]
    fn differing_values_follow_the_chosen_presets() {
        assert!(differing(Lang::En, &Params::default()).is_empty());
        let mut s = Scenario::default();
        s.set("data_centre.cooling", FieldValue::Choice("air".into()))
            .expect("set");
        s.set("data_centre.racks", FieldValue::Number(1200.0))
            .expect("set");
        s.set("data_centre.loop_out_c", FieldValue::Number(30.0))
            .expect("set");
        let p = s.validate().expect("valid").params;
        let d = differing(Lang::En, &p);
        let paths: Vec<&str> = d.iter().map(|(p, _)| *p).collect();
        // capture share stays the air default, so it is not listed; the loop temperature is.
        assert_eq!(
            paths,
            [
                "data_centre.racks",
                "data_centre.cooling",
                "data_centre.loop_out_c"
            ]
        );
        assert_eq!(d[0].1, "1,200");
        assert_eq!(d[2].1, "30 °C");
    }

    #[test]
    fn every_preset_scenario_is_described() {
        for (stem, json) in crate::presets::PRESETS {
            let v = heat_twin_model::scenario::load_scenario(json).expect("valid preset");
            for (path, text) in differing(Lang::It, &v.params) {
                assert!(!text.is_empty(), "{stem}: {path}");
            }
        }
    }
}

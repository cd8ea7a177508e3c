//! The report's tables as data: its key inputs and KPIs with units, the abridged sources and the
//! sources of the defaults (no view code; the component is in `mod.rs`).

use crate::format::{fixed, NumberStyle};
use crate::i18n::{translate, Lang};
use heat_twin_model::params::{Params, WeatherSpec};
use heat_twin_model::scenario::{fields, resolved_value, FieldKind, FieldSpec, FieldValue};
use heat_twin_model::Summary;

/// The weather attribution printed whenever the built-in Po Valley year is used.
pub const PVGIS_ATTRIBUTION: &str = "PVGIS TMY (SARAH2/ERA5, 2005–2020) © European Union, 2001–2024, European Commission Joint Research Centre.";

/// One line of a two-column table: what, and its value with its unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The field or figure.
    pub label: String,
    /// Its value, with its unit.
    pub value: String,
}

/// The message `key` in `lang`, or `fallback` when no language has it.
pub(super) fn words(lang: Lang, key: &str, fallback: &str) -> String {
    let text = translate(lang, key, &[]);
    if text == key {
        fallback.to_string()
    } else {
        text
    }
}

/// `x` with up to four decimals, no trailing zeros, grouped thousands.
pub fn exact(x: f64, style: NumberStyle) -> String {
    let text = format!("{x:.4}");
    let decimals = text
        .trim_end_matches('0')
        .split_once('.')
        .map_or(0, |(_, f)| f.len());
    fixed(x, decimals, style)
}

/// A field's value in words, always with a unit (shares as %, counts named).
pub fn value_words(spec: &FieldSpec, value: &FieldValue, lang: Lang) -> String {
    let style = lang.number_style();
    match value {
        // A cap of 0 means "no cap" (MODEL.md: heat pump maximum output).
        FieldValue::Number(x) if *x == 0.0 && spec.path == "recovery.heat_pump_max_mw" => {
            words(lang, "report-unlimited", "unlimited")
        }
        FieldValue::Number(x) => match spec.unit {
            "share" => format!("{} %", exact(x * 100.0, style)),
            "" if spec.name == "racks" => format!(
                "{} {}",
                exact(*x, style),
                words(lang, "report-unit-racks", "racks")
            ),
            "" if spec.name == "homes" => format!(
                "{} {}",
                exact(*x, style),
                words(lang, "report-unit-homes", "homes")
            ),
            "" => format!(
                "{} ({})",
                exact(*x, style),
                words(lang, "report-unit-ratio", "ratio")
            ),
            unit => format!("{} {unit}", exact(*x, style)),
        },
        FieldValue::Bool(b) => {
            if *b {
                words(lang, "report-yes", "yes")
            } else {
                words(lang, "report-no", "no")
            }
        }
        FieldValue::Choice(c) => {
            let key = format!("choice-{}", c.to_lowercase().replace('_', "-"));
            words(lang, &key, c)
        }
        FieldValue::Null => words(lang, "report-default", "default"),
        FieldValue::Monthly(v) => {
            let list: Vec<String> = v.iter().map(|x| exact(*x, style)).collect();
            format!("{} {}", list.join(" · "), spec.unit)
        }
        FieldValue::Season { start, end } => format!("{start} – {end}"),
    }
}

/// The label of a field in `lang` (the model's English label when no message has it).
pub fn field_label(spec: &FieldSpec, lang: Lang) -> String {
    let key = format!("field-{}-label", spec.path.replace(['.', '_'], "-"));
    words(lang, &key, spec.label)
}

/// The key inputs: every field a control shows (not the advanced ones), as resolved for the run.
pub fn input_rows(params: &Params, lang: Lang) -> Vec<Row> {
    fields()
        .iter()
        .filter(|f| {
            !f.advanced
                && !matches!(
                    f.kind,
                    FieldKind::MonthDayRange | FieldKind::Monthly12 { .. }
                )
        })
        .filter_map(|f| {
            resolved_value(params, f.path).map(|v| Row {
                label: field_label(f, lang),
                value: value_words(f, &v, lang),
            })
        })
        .collect()
}

/// The weather in words, and whether it is the built-in PVGIS year.
pub fn weather_words(spec: &WeatherSpec, lang: Lang) -> (String, Option<String>) {
    match spec {
        WeatherSpec::Builtin(id) => match heat_twin_model::weather::climate(id) {
            Some(c) if id == heat_twin_model::scenario::DEFAULT_CLIMATE => {
                (c.name.to_string(), Some(PVGIS_ATTRIBUTION.to_string()))
            }
            Some(c) => (
                c.name.to_string(),
                Some(format!(
                    "{}, {}, {}: {}",
                    c.name, c.station, c.period, c.source
                )),
            ),
            None => (id.clone(), None),
        },
        WeatherSpec::EpwFile(p) | WeatherSpec::CsvFile(p) => (
            format!(
                "{} {p}",
                words(lang, "report-weather-file", "uploaded file")
            ),
            None,
        ),
        WeatherSpec::Monthly { .. } => (
            words(
                lang,
                "report-weather-monthly",
                "a synthetic year from 12 monthly means",
            ),
            None,
        ),
    }
}

/// One KPI of the report: its message key, value (already scaled) and unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KpiRow {
    /// The summary field (as `data-kpi` on the cards).
    pub field: &'static str,
    /// Message key of its label.
    pub key: &'static str,
    /// The value in the shown unit; `None` when it does not exist for this scenario.
    pub value: Option<f64>,
    /// The unit shown after the value.
    pub unit: &'static str,
}

/// The KPIs of `s`, in the cards' order and units.
pub fn kpi_rows(s: &Summary) -> Vec<KpiRow> {
    let row = |field, key, value, unit| KpiRow {
        field,
        key,
        value,
        unit,
    };
    vec![
        row(
            "heat_delivered_mwh",
            "kpi-heat-delivered",
            Some(s.heat_delivered_mwh),
            "MWh/yr",
        ),
        row(
            "homes_equivalent",
            "kpi-homes",
            Some(s.homes_equivalent),
            "homes",
        ),
        row("co2_avoided_t", "kpi-co2", Some(s.co2_avoided_t), "t/yr"),
        row(
            "dc_share_of_demand",
            "kpi-dc-share",
            s.dc_share_of_demand.map(|x| x * 100.0),
            "%",
        ),
        row("erf", "kpi-erf", Some(s.erf * 100.0), "%"),
        row("pue", "kpi-pue", s.pue, "ratio"),
        row("heat_pump_scop", "kpi-scop", s.heat_pump_scop, "ratio"),
        row(
            "simple_payback_years",
            "kpi-payback",
            s.simple_payback_years,
            "years",
        ),
        row("lcoh_eur_per_mwh", "kpi-lcoh", s.lcoh_eur_per_mwh, "€/MWh"),
        row("capex_eur", "report-kpi-capex", Some(s.capex_eur), "€"),
        row(
            "utility_benefit_eur",
            "kpi-utility",
            Some(s.utility_benefit_eur),
            "€/yr",
        ),
        row("dc_benefit_eur", "kpi-dc", Some(s.dc_benefit_eur), "€/yr"),
    ]
}

/// How much of each of the scenario's sources the printed report keeps: a preset's sources are
/// paragraphs with hand calculations (the whole text is in the Method panel and the preset's
/// file), and printed in full they push the report to a third page.
pub(super) const SOURCE_CHARS: usize = 160;

/// `text` cut after its first sentence that ends past 40 characters, or at `max` characters
/// (on a word boundary), with "…" when anything was cut.
pub fn abridged(text: &str, max: usize) -> String {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    if chars.len() <= max {
        return text.to_string();
    }
    let mut end = chars.get(max).map_or(text.len(), |&(i, _)| i);
    if let Some(stop) = text[..end]
        .find(". ")
        .filter(|&i| text[..i].chars().count() >= 40)
    {
        end = stop + 1;
    } else if let Some(space) = text[..end].rfind(' ') {
        end = space;
    }
    format!("{}…", text[..end].trim_end())
}

/// The distinct sources of the key inputs' defaults, in field order.
pub fn default_sources() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for f in fields().iter().filter(|f| !f.advanced) {
        if !f.source.is_empty() && !out.contains(&f.source) {
            out.push(f.source);
        }
    }
    out
}

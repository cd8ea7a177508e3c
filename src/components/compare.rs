//! Two scenarios side by side: the current one, any preset or any saved scenario as A and as B,
//! the main KPIs of each with the difference B − A (signed, with its unit, and as a percentage
//! of A where that means something), and the year chart of each.
//!
//! Each side other than the current scenario costs one whole-year simulation, run with the
//! allocating [`heat_twin_model::simulate`] (the page's shared simulator holds the current
//! scenario's hourly results, which other views read). Nothing runs while the card is closed
//! or a side is not chosen. A scenario that reads a weather file uses the uploaded file when it
//! has the same name; otherwise it cannot be compared, and the card says so.

use crate::components::saved::use_saved;
use crate::format::{fixed, readable, NumberStyle};
use crate::i18n::{Arg, I18n};
use crate::presets::PRESETS;
use crate::state::{weather_for, Twin};
use heat_twin_model::params::{Params, WeatherSpec};
use heat_twin_model::scenario::{load_scenario, parse_scenario, Scenario};
use heat_twin_model::Summary;
use leptos::prelude::*;
use std::sync::Arc;

/// What one side of the comparison shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    /// The scenario's name; `None` for the current scenario.
    pub name: Option<String>,
    /// Annual summary.
    pub summary: Summary,
    /// Daily heat delivered directly, MWh/day.
    pub direct_mwh: Vec<f64>,
    /// Daily heat delivered from storage, MWh/day.
    pub storage_mwh: Vec<f64>,
    /// Daily backup heat, MWh/day (None when the network takes all heat).
    pub backup_mwh: Option<Vec<f64>>,
    /// Daily network demand, MWh/day (None when the network takes all heat).
    pub demand_mwh: Option<Vec<f64>>,
    /// Daily rejected heat, MWh/day.
    pub rejected_mwh: Vec<f64>,
    /// The parameters run (for the inputs that differ).
    pub params: Params,
    /// The weather run.
    pub weather: WeatherSpec,
    /// The scenario as given (for the comparison's link).
    pub scenario: Scenario,
}

/// Why a side cannot be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum SideError {
    /// The scenario reads a weather file that is not the uploaded one.
    NoFile {
        /// Scenario name.
        name: String,
        /// The file it reads.
        file: String,
    },
    /// The scenario does not validate: its problems.
    Invalid {
        /// Scenario name.
        name: String,
        /// Problems, joined.
        problems: String,
    },
    /// The chosen preset or saved scenario no longer exists.
    Missing,
    /// The current scenario cannot run: why.
    Current(String),
}

fn daily(column: &[f64]) -> Vec<f64> {
    column
        .chunks(24)
        .map(|day| day.iter().sum::<f64>() / 1000.0)
        .collect()
}

/// Runs scenario JSON for a whole year (weather files: the upload, if it has the same name).
fn run_json(
    name: String,
    json: &str,
    upload: Option<&crate::state::Upload>,
) -> Result<Side, SideError> {
    let valid = load_scenario(json).map_err(|p| SideError::Invalid {
        name: name.clone(),
        problems: crate::problems::problems_text(
            crate::i18n::I18n::use_i18n().lang.get_untracked(),
            &p,
        ),
    })?;
    let upload = match &valid.weather {
        WeatherSpec::EpwFile(f) | WeatherSpec::CsvFile(f) => match upload {
            Some(u) if u.name == *f => Some(u),
            _ => {
                return Err(SideError::NoFile {
                    name,
                    file: f.clone(),
                })
            }
        },
        _ => None,
    };
    let t = weather_for(&valid.weather, upload).map_err(|e| SideError::Invalid {
        name: name.clone(),
        problems: e,
    })?;
    let r = heat_twin_model::simulate(&valid.params, &t);
    let scenario = parse_scenario(json).unwrap_or_default();
    let h = &r.hourly;
    let all = r.takes_all_heat;
    Ok(Side {
        name: Some(name),
        summary: r.summary,
        direct_mwh: daily(&h.direct_kw),
        storage_mwh: daily(&h.discharge_kw),
        backup_mwh: (!all).then(|| daily(&h.backup_kw)),
        demand_mwh: (!all).then(|| daily(&h.demand_kw)),
        rejected_mwh: daily(&h.rejected_kw),
        params: valid.params,
        weather: valid.weather,
        scenario,
    })
}

/// The side chosen by a selector value: `current`, `preset:<stem>` or `saved:<position>`.
fn resolve(twin: Twin, choice: &str) -> Result<Arc<Side>, SideError> {
    if choice == "current" {
        let Some(s) = twin.snapshot.get() else {
            let why = match twin.weather.get() {
                Err(e) => e,
                Ok(_) => twin.valid.with(|v| match v {
                    Err(p) => {
                        crate::problems::problems_text(crate::i18n::I18n::use_i18n().lang.get(), p)
                    }
                    Ok(_) => String::new(),
                }),
            };
            return Err(SideError::Current(why));
        };
        let d = &s.daily;
        return Ok(Arc::new(Side {
            name: None,
            summary: s.summary,
            direct_mwh: d.direct_mwh.clone(),
            storage_mwh: d.storage_mwh.clone(),
            backup_mwh: (!s.takes_all_heat).then(|| d.backup_mwh.clone()),
            demand_mwh: (!s.takes_all_heat).then(|| d.demand_mwh.clone()),
            rejected_mwh: d.rejected_mwh.clone(),
            params: s.params,
            weather: twin
                .valid
                .with(|v| v.as_ref().map(|v| v.weather.clone()).unwrap_or_default()),
            scenario: twin.scenario.get(),
        }));
    }
    if choice == "link" {
        let scenario = twin.compare_link.get().ok_or(SideError::Missing)?;
        let json = serde_json::to_string(&scenario).map_err(|_| SideError::Missing)?;
        let name = scenario
            .name
            .clone()
            .unwrap_or_else(|| I18n::use_i18n().t("compare-link"));
        let side = if crate::share::codec::reads_file(&scenario) {
            twin.upload.with(|u| run_json(name, &json, u.as_ref()))
        } else {
            run_json(name, &json, None)
        };
        return side.map(Arc::new);
    }
    let (name, json) = if let Some(stem) = choice.strip_prefix("preset:") {
        let json = crate::presets::preset(stem).ok_or(SideError::Missing)?;
        (preset_name(stem, json), json.to_string())
    } else if let Some(pos) = choice.strip_prefix("saved:") {
        let pos: usize = pos.parse().map_err(|_| SideError::Missing)?;
        let e = use_saved()
            .with(|s| s.get(pos).cloned())
            .ok_or(SideError::Missing)?;
        (e.name, e.json)
    } else {
        return Err(SideError::Missing);
    };
    let needs_file = json.contains("epw_file") || json.contains("csv_file");
    let side = if needs_file {
        twin.upload.with(|u| run_json(name, &json, u.as_ref()))
    } else {
        run_json(name, &json, None)
    };
    side.map(Arc::new)
}

fn preset_name(stem: &str, json: &str) -> String {
    parse_scenario(json)
        .ok()
        .and_then(|s| s.name)
        .unwrap_or_else(|| stem.to_string())
}

/// The unit of a row.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    MwhYr,
    Homes,
    TYr,
    Trees,
    Percent,
    Ratio,
    Eur,
    Years,
    EurPerMwh,
    EurYr,
}

/// The table's rows: summary field, value, scale to the shown unit, unit.
type Row = (&'static str, fn(&Summary) -> Option<f64>, f64, Unit);

const ROWS: &[Row] = &[
    (
        "heat_delivered_mwh",
        |s| Some(s.heat_delivered_mwh),
        1.0,
        Unit::MwhYr,
    ),
    (
        "homes_equivalent",
        |s| Some(s.homes_equivalent),
        1.0,
        Unit::Homes,
    ),
    ("co2_avoided_t", |s| Some(s.co2_avoided_t), 1.0, Unit::TYr),
    (
        "trees_equivalent",
        |s| Some(s.trees_equivalent),
        1.0,
        Unit::Trees,
    ),
    (
        "dc_share_of_demand",
        |s| s.dc_share_of_demand,
        100.0,
        Unit::Percent,
    ),
    ("erf", |s| Some(s.erf), 100.0, Unit::Percent),
    ("pue", |s| s.pue, 1.0, Unit::Ratio),
    ("heat_pump_scop", |s| s.heat_pump_scop, 1.0, Unit::Ratio),
    ("capex_eur", |s| Some(s.capex_eur), 1.0, Unit::Eur),
    (
        "simple_payback_years",
        |s| s.simple_payback_years,
        1.0,
        Unit::Years,
    ),
    (
        "lcoh_eur_per_mwh",
        |s| s.lcoh_eur_per_mwh,
        1.0,
        Unit::EurPerMwh,
    ),
    (
        "utility_benefit_eur",
        |s| Some(s.utility_benefit_eur),
        1.0,
        Unit::EurYr,
    ),
    (
        "dc_benefit_eur",
        |s| Some(s.dc_benefit_eur),
        1.0,
        Unit::EurYr,
    ),
];

fn row_label(i18n: &I18n, field: &str) -> String {
    match field {
        "heat_delivered_mwh" => i18n.t("compare-heat"),
        "homes_equivalent" => i18n.t("compare-homes"),
        "co2_avoided_t" => i18n.t("compare-co2"),
        "trees_equivalent" => i18n.t("compare-trees"),
        "dc_share_of_demand" => i18n.t("compare-share"),
        "erf" => i18n.t("compare-erf"),
        "pue" => i18n.t("compare-pue"),
        "heat_pump_scop" => i18n.t("compare-scop"),
        "capex_eur" => i18n.t("compare-capex"),
        "simple_payback_years" => i18n.t("compare-payback"),
        "lcoh_eur_per_mwh" => i18n.t("compare-lcoh"),
        "utility_benefit_eur" => i18n.t("compare-utility"),
        _ => i18n.t("compare-dc"),
    }
}

fn unit_text(i18n: &I18n, u: Unit) -> String {
    match u {
        Unit::MwhYr => i18n.t("compare-unit-mwh-yr"),
        Unit::Homes => i18n.t("compare-unit-homes"),
        Unit::TYr => i18n.t("compare-unit-t-yr"),
        Unit::Trees => i18n.t("compare-unit-trees"),
        Unit::Percent => "%".into(),
        Unit::Ratio => i18n.t("compare-unit-ratio"),
        Unit::Eur => "€".into(),
        Unit::Years => i18n.t("compare-unit-years"),
        Unit::EurPerMwh => "€/MWh".into(),
        Unit::EurYr => i18n.t("compare-unit-eur-yr"),
    }
}

/// `x` rounded for reading with an explicit sign: "+1,234", "−0.52", "0".
pub fn signed(x: f64, style: NumberStyle) -> String {
    let s = readable(x, style);
    if x > 0.0 && s.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{s}")
    } else {
        s
    }
}

/// The difference B − A with its unit, and the change as a percentage of A; "–" where it does
/// not exist. For shares (`points` = the unit of a difference of percentages, "p.p.") only the
/// difference in points is given: a percentage of a percentage would mislead.
pub fn diff_cells(
    a: Option<f64>,
    b: Option<f64>,
    unit: &str,
    points: Option<&str>,
    style: NumberStyle,
) -> (String, String) {
    let (Some(a), Some(b)) = (a, b) else {
        return ("–".into(), "–".into());
    };
    if !a.is_finite() || !b.is_finite() {
        return ("–".into(), "–".into());
    }
    let d = b - a;
    let with_unit = |n: String, u: &str| {
        if u.is_empty() {
            n
        } else {
            format!("{n}\u{a0}{u}")
        }
    };
    if let Some(pp) = points {
        return (with_unit(signed(d, style), pp), "–".into());
    }
    let rel = if a != 0.0 {
        let r = 100.0 * d / a.abs();
        let digits = if r.abs() >= 10.0 { 0 } else { 1 };
        let n = fixed(r, digits, style);
        let n = if r > 0.0 && n.chars().any(|c| c.is_ascii_digit() && c != '0') {
            format!("+{n}")
        } else {
            n
        };
        format!("{n}\u{a0}%")
    } else {
        "–".into()
    };
    (with_unit(signed(d, style), unit), rel)
}

/// Draws the year chart of `side` on `canvas`, sized to its box × devicePixelRatio.
#[cfg(target_arch = "wasm32")]
fn draw(canvas: &web_sys::HtmlCanvasElement, side: &Side, lang: crate::i18n::Lang) {
    use heat_twin_charts as hc;
    let size = (
        f64::from(canvas.client_width()),
        f64::from(canvas.client_height()),
    );
    let Some((area, theme)) = crate::components::charts::prepare(canvas, size) else {
        return;
    };
    let data = hc::YearData {
        direct_mwh: &side.direct_mwh,
        storage_mwh: &side.storage_mwh,
        backup_mwh: side.backup_mwh.as_deref(),
        demand_mwh: side.demand_mwh.as_deref(),
        rejected_mwh: &side.rejected_mwh,
    };
    let result = hc::draw_year(
        &area,
        &data,
        &crate::components::charts::chart_text(lang),
        &theme,
    );
    if let Err(e) = result.and_then(|()| area.present().map_err(|_| hc::DrawError::Layout)) {
        web_sys::console::warn_1(&format!("compare chart: {e}").into());
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn draw(_canvas: &web_sys::HtmlCanvasElement, _side: &Side, _lang: crate::i18n::Lang) {}

type SideMemo = Memo<Option<Result<Arc<Side>, SideError>>>;

/// The "Compare two scenarios" card (a `<details>`, closed at first: nothing runs until opened).
#[component]
pub fn Compare() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let store = use_saved();
    let open = RwSignal::new(false);
    let choice_a = RwSignal::new(String::new());
    let choice_b = RwSignal::new("current".to_string());
    let side = move |choice: RwSignal<String>| -> SideMemo {
        Memo::new(move |_| {
            if !open.get() {
                return None;
            }
            let c = choice.get();
            (!c.is_empty()).then(|| resolve(twin, &c))
        })
    };
    let side_a = side(choice_a);
    let side_b = side(choice_b);
    let details = NodeRef::<leptos::html::Details>::new();
    // A comparison opened from a link: the page's scenario (A) against the link's B, shown.
    Effect::new(move |_| {
        if twin.compare_link.with(Option::is_none) {
            return;
        }
        choice_a.set("current".into());
        choice_b.set("link".into());
        open.set(true);
        if let Some(d) = details.get() {
            d.set_open(true);
        }
    });
    // Choosing another B leaves the shared comparison (and the address follows).
    Effect::new(move |first: Option<()>| {
        let b = choice_b.get();
        if first.is_some() && b != "link" && twin.compare_link.with_untracked(Option::is_some) {
            twin.compare_link.set(None);
        }
    });
    let link_status = RwSignal::new(String::new());
    let share_link = move |_| {
        let (Some(Ok(a)), Some(Ok(b))) = (side_a.get_untracked(), side_b.get_untracked()) else {
            return;
        };
        let url = crate::components::compare_inputs::comparison_url(&a.scenario, &b.scenario);
        link_status.set(url.clone());
        crate::components::compare_inputs::copy_text(url);
    };
    let print = move |_| {
        #[cfg(target_arch = "wasm32")]
        crate::components::compare_inputs::print_handout(&i18n.t("compare-handout-title"));
    };
    let inputs = move || {
        let a = side_a.get()?.ok()?;
        let b = side_b.get()?.ok()?;
        let rows = crate::components::compare_inputs::input_diff(
            (&a.params, &a.weather),
            (&b.params, &b.weather),
            i18n.lang.get(),
        );
        if rows.is_empty() {
            return Some(view! { <p class="meta" data-compare-inputs="none">{i18n.t("compare-inputs-none")}</p> }.into_any());
        }
        Some(view! {
            <div class="table-wrap">
                <table class="compare-inputs">
                    <caption>{i18n.t("compare-inputs-title")}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("compare-input")}</th>
                        <th scope="col">{i18n.t("compare-unit")}</th>
                        <th scope="col">"A"</th>
                        <th scope="col">"B"</th>
                    </tr></thead>
                    <tbody>{rows.into_iter().map(|r| view! {
                        <tr data-compare-input=r.path>
                            <th scope="row">{r.label}</th><td>{r.unit}</td><td>{r.a}</td><td>{r.b}</td>
                        </tr>
                    }).collect_view()}</tbody>
                </table>
            </div>
        }.into_any())
    };

    let name_of = move |s: &Side| s.name.clone().unwrap_or_else(|| i18n.t("compare-current"));
    let error_text = move |e: &SideError| match e {
        SideError::NoFile { name, file } => i18n.t_args(
            "compare-no-file",
            &[
                ("name", Arg::Text(name.clone())),
                ("file", Arg::Text(file.clone())),
            ],
        ),
        SideError::Invalid { name, problems } => i18n.t_args(
            "compare-invalid",
            &[
                ("name", Arg::Text(name.clone())),
                ("problems", Arg::Text(problems.clone())),
            ],
        ),
        SideError::Missing => i18n.t("compare-missing"),
        SideError::Current(why) => i18n.t_args(
            "compare-current-missing",
            &[("why", Arg::Text(why.clone()))],
        ),
    };

    let selector = move |choice: RwSignal<String>, control: &'static str, label: String| {
        view! {
            <label class="compare-pick">
                <span>{label}</span>
                <select data-control=control prop:value=move || choice.get()
                    on:change=move |ev| choice.set(event_target_value(&ev))>
                    <option value="">{move || i18n.t("compare-choose")}</option>
                    <option value="current">{move || i18n.t("compare-current")}</option>
                    {move || twin.compare_link.with(|c| c.as_ref().map(|c| {
                        let name = c.name.clone().unwrap_or_else(|| i18n.t("compare-link"));
                        view! { <option value="link">{i18n.t_args("compare-link-side", &[("name", Arg::Text(name))])}</option> }
                    }))}
                    <optgroup label=move || i18n.t("compare-group-presets")>
                        {PRESETS.iter().map(|(stem, json)| view! {
                            <option value=format!("preset:{stem}")>{preset_name(stem, json)}</option>
                        }).collect_view()}
                    </optgroup>
                    {move || {
                        let saved: Vec<(usize, String)> = store.with(|s| s.entries().map(|(i, e)| (i, e.name.clone())).collect());
                        (!saved.is_empty()).then(|| view! {
                            <optgroup label=i18n.t("compare-group-saved")>
                                {saved.into_iter().map(|(i, n)| view! { <option value=format!("saved:{i}")>{n}</option> }).collect_view()}
                            </optgroup>
                        })
                    }}
                </select>
            </label>
        }
    };

    let problems = move || {
        [side_a, side_b]
            .into_iter()
            .filter_map(|m| m.with(|s| s.as_ref().and_then(|r| r.as_ref().err().map(error_text))))
            .map(|t| view! { <p class="message">{t}</p> })
            .collect_view()
    };

    let table = move || {
        let a = side_a.get()?.ok()?;
        let b = side_b.get()?.ok()?;
        let style = i18n.style();
        let na = i18n.t("compare-na");
        let pp = i18n.t("compare-unit-pp");
        let rows = ROWS
            .iter()
            .map(|(field, value, scale, unit)| {
                let va = value(&a.summary).map(|v| v * scale);
                let vb = value(&b.summary).map(|v| v * scale);
                let u = unit_text(&i18n, *unit);
                let cell = |v: Option<f64>| match v {
                    Some(v) if v.is_finite() => format!("{}\u{a0}{u}", readable(v, style)),
                    _ => na.clone(),
                };
                let points = (*unit == Unit::Percent).then_some(pp.as_str());
                let (d, rel) = diff_cells(va, vb, &u, points, style);
                let num = |v: Option<f64>| v.map(|v| format!("{v:?}")).unwrap_or_default();
                view! {
                    <tr data-compare-row=*field>
                        <th scope="row">{row_label(&i18n, field)}</th>
                        <td data-a=num(va)>{cell(va)}</td>
                        <td data-b=num(vb)>{cell(vb)}</td>
                        <td data-diff="">{d}</td>
                        <td data-change="">{rel}</td>
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <div class="table-wrap">
                <table class="compare-table">
                    <caption class="visually-hidden">{i18n.t("compare-title")}</caption>
                    <thead><tr>
                        <th scope="col">{i18n.t("compare-indicator")}</th>
                        <th scope="col">"A: "{name_of(&a)}</th>
                        <th scope="col">"B: "{name_of(&b)}</th>
                        <th scope="col">{i18n.t("compare-diff")}</th>
                        <th scope="col">{i18n.t("compare-change")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        })
    };

    let size_tick = RwSignal::new(0u32);
    let _resize = window_event_listener(leptos::ev::resize, move |_| size_tick.update(|t| *t += 1));
    let chart = move |memo: SideMemo, letter: &'static str| {
        let canvas = NodeRef::<leptos::html::Canvas>::new();
        Effect::new(move |_| {
            size_tick.track();
            let lang = I18n::use_i18n().lang.get();
            let Some(Ok(s)) = memo.get() else {
                return;
            };
            if let Some(c) = canvas.get() {
                draw(&c, &s, lang);
            }
        });
        let ready = move || memo.with(|m| matches!(m, Some(Ok(_))));
        let caption = move || {
            memo.with(|m| match m {
                Some(Ok(s)) => i18n.t_args(
                    "compare-chart-caption",
                    &[
                        ("side", Arg::Text(letter.into())),
                        ("name", Arg::Text(name_of(s))),
                    ],
                ),
                _ => String::new(),
            })
        };
        let label = move || {
            memo.with(|m| match m {
                Some(Ok(s)) => i18n.t_args(
                    "compare-chart-label",
                    &[
                        ("name", Arg::Text(name_of(s))),
                        (
                            "total",
                            Arg::Text(readable(s.summary.heat_delivered_mwh, i18n.style())),
                        ),
                    ],
                ),
                _ => String::new(),
            })
        };
        view! {
            <figure class="compare-chart" hidden=move || !ready()>
                <figcaption>{caption}</figcaption>
                <canvas node_ref=canvas data-compare-chart=letter role="img" aria-label=label></canvas>
            </figure>
        }
    };

    view! {
        <section class="card compare" aria-labelledby="compare-title">
            <details node_ref=details on:toggle=move |ev| {
                use wasm_bindgen::JsCast;
                let is_open = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                    .is_some_and(|d| d.open());
                open.set(is_open);
            }>
                <summary><h2 id="compare-title">{move || i18n.t("compare-title")}</h2></summary>
                <p class="meta">{move || i18n.t("compare-hint")}</p>
                <div class="compare-picks">
                    {selector(choice_a, "compare-a", "A".into())}
                    {selector(choice_b, "compare-b", "B".into())}
                </div>
                <div role="status" data-compare-problems="">{problems}</div>
                {table}
                {inputs}
                <div class="compare-actions">
                    <button type="button" data-action="share-compare" on:click=share_link
                        disabled=move || !(matches!(side_a.get(), Some(Ok(_))) && matches!(side_b.get(), Some(Ok(_))))>
                        {move || i18n.t("compare-share-link")}</button>
                    <button type="button" data-action="print-compare" on:click=print>{move || i18n.t("compare-print")}</button>
                    <input type="url" readonly data-control="compare-link" aria-label=move || i18n.t("compare-share-link")
                        prop:value=move || link_status.get() hidden=move || link_status.with(String::is_empty) />
                </div>
                <div class="compare-charts">
                    {chart(side_a, "A")}
                    {chart(side_b, "B")}
                </div>
            </details>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: NumberStyle = NumberStyle::EN;
    const IT: NumberStyle = NumberStyle::IT;

    #[test]
    fn signs_and_units() {
        assert_eq!(signed(1234.4, EN), "+1,234");
        assert_eq!(signed(-1234.4, IT), "−1.234");
        assert_eq!(signed(0.0, EN), "0");
        assert_eq!(signed(0.0001, EN), "0.00", "rounds to zero: no sign");
    }

    #[test]
    fn difference_with_percentage_of_a() {
        let (d, rel) = diff_cells(Some(16_000.0), Some(17_600.0), "MWh/yr", None, EN);
        assert_eq!(d, "+1,600\u{a0}MWh/yr");
        assert_eq!(rel, "+10\u{a0}%");
        let (d, rel) = diff_cells(Some(2.0), Some(1.9), "", None, IT);
        assert_eq!(d, "−0,10");
        assert_eq!(rel, "−5,0\u{a0}%");
    }

    #[test]
    fn shares_differ_in_points_and_missing_values_show_a_dash() {
        let (d, rel) = diff_cells(Some(40.0), Some(45.5), "%", Some("p.p."), EN);
        assert_eq!(d, "+5.50\u{a0}p.p.");
        assert_eq!(rel, "–");
        assert_eq!(
            diff_cells(None, Some(3.0), "years", None, EN),
            ("–".to_string(), "–".to_string())
        );
        let (_, rel) = diff_cells(Some(0.0), Some(3.0), "€", None, EN);
        assert_eq!(rel, "–", "no percentage of zero");
    }

    #[test]
    fn a_preset_runs_natively_and_differs_from_another() {
        let (stem, json) = PRESETS[0];
        let a = run_json(stem.into(), json, None);
        assert!(a.is_ok(), "{a:?}");
        if let Ok(a) = a {
            assert_eq!(a.direct_mwh.len(), 365);
            assert!(a.summary.heat_delivered_mwh > 0.0);
        }
    }

    #[test]
    fn file_weather_without_the_same_upload_cannot_be_compared() {
        let json = r#"{"name":"F","weather":{"csv_file":"x.csv"}}"#;
        assert_eq!(
            run_json("F".into(), json, None),
            Err(SideError::NoFile {
                name: "F".into(),
                file: "x.csv".into()
            })
        );
    }
}

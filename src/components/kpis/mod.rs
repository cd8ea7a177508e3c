//! KPI cards: each carries `data-kpi="<summary field>"` and `data-value="<unrounded number>"`
//! (empty when the figure does not exist for the scenario); the text is rounded, with its unit.
//!
//! The four figures anyone reads (heat, homes, CO2, trees) come first; the expert figures (ERF,
//! PUE, SCOP, costs, the tank, the rules) follow in a collapsible group, still in the DOM.

mod rules;
mod tank;

use crate::i18n::{Arg, I18n};
use crate::run::Snapshot;
use crate::state::Twin;
use heat_twin_model::Summary;
use leptos::prelude::*;
use std::sync::Arc;

/// One card's definition; label, unit and note are read in the page's language.
struct Kpi {
    field: &'static str,
    label: fn(&I18n) -> String,
    unit: fn(&I18n) -> String,
    value: fn(&Summary) -> Option<f64>,
    /// Scale from the model's unit to the shown one (e.g. share → %).
    scale: f64,
    /// The note under the value: what it is measured against.
    note: fn(&I18n, &Snapshot) -> String,
    headline: bool,
    /// One of the four figures anyone reads (shown outside the expert group).
    basic: bool,
}

fn none(_: &I18n) -> String {
    String::new()
}

fn percent_unit(_: &I18n) -> String {
    "%".into()
}

fn eur_yr(i: &I18n) -> String {
    i.t("unit-eur-yr")
}

fn homes(i: &I18n) -> String {
    i.t("unit-homes")
}

fn num(i: &I18n, x: f64) -> Arg {
    Arg::Text(i.num(x))
}

const KPIS: &[Kpi] = &[
    Kpi {
        field: "heat_delivered_mwh",
        basic: true,
        label: |i| i.t("kpi-heat-delivered"),
        unit: |i| i.t("unit-mwh-yr"),
        value: |s| Some(s.heat_delivered_mwh),
        scale: 1.0,
        headline: true,
        note: |i, _| i.t("kpi-heat-delivered-note"),
    },
    Kpi {
        field: "homes_equivalent",
        basic: true,
        label: |i| i.t("kpi-homes"),
        unit: homes,
        value: |s| Some(s.homes_equivalent),
        scale: 1.0,
        headline: true,
        note: |i, x| {
            i.t_args(
                "kpi-homes-note",
                // Two decimals: the default 11.85 MWh is A2A's figure and must read as such.
                &[("mwh", Arg::Text(i.fixed(x.params.network.home_heat_mwh, 2)))],
            )
        },
    },
    Kpi {
        field: "homes_from_dc_heat",
        basic: false,
        label: |i| i.t("kpi-homes-dc"),
        unit: homes,
        value: |s| Some(s.homes_from_dc_heat),
        scale: 1.0,
        headline: false,
        note: |i, _| i.t("kpi-homes-dc-note"),
    },
    Kpi {
        field: "co2_avoided_t",
        basic: true,
        label: |i| i.t("kpi-co2"),
        unit: |i| i.t("unit-t-yr"),
        value: |s| Some(s.co2_avoided_t),
        scale: 1.0,
        headline: true,
        note: |i, x| {
            let e = &x.params.emissions;
            i.t_args(
                "kpi-co2-note",
                &[
                    ("fuel", num(i, e.fuel_kg_per_mwh)),
                    ("efficiency", num(i, e.boiler_efficiency)),
                    ("grid", num(i, e.grid_g_per_kwh)),
                ],
            )
        },
    },
    Kpi {
        field: "trees_equivalent",
        basic: true,
        label: |i| i.t("kpi-trees"),
        unit: |i| i.t("unit-trees"),
        value: |s| Some(s.trees_equivalent),
        scale: 1.0,
        headline: false,
        note: |i, x| {
            i.t_args(
                "kpi-trees-note",
                &[("kg", num(i, x.params.emissions.tree_kg_per_year))],
            )
        },
    },
    Kpi {
        field: "dc_share_of_demand",
        basic: false,
        label: |i| i.t("kpi-dc-share"),
        unit: percent_unit,
        value: |s| s.dc_share_of_demand,
        scale: 100.0,
        headline: false,
        note: |i, x| {
            if x.takes_all_heat {
                i.t("kpi-dc-share-note-all")
            } else {
                i.t("kpi-dc-share-note")
            }
        },
    },
    Kpi {
        field: "heat_reused_share",
        basic: false,
        label: |i| i.t("kpi-reused"),
        unit: percent_unit,
        value: |s| (s.dc_energy_mwh > 0.0).then(|| s.dc_heat_used_mwh / s.dc_energy_mwh),
        scale: 100.0,
        headline: false,
        note: |i, x| {
            let share = pct(i, x.summary.dc_heat_used_mwh, x.summary.heat_captured_mwh);
            i.t_args("kpi-reused-note", &[("captured", Arg::Text(share))])
        },
    },
    Kpi {
        field: "erf",
        basic: false,
        label: |i| i.t("kpi-erf"),
        unit: percent_unit,
        value: |s| Some(s.erf),
        scale: 100.0,
        headline: false,
        note: |i, _| i.t("kpi-erf-note"),
    },
    Kpi {
        field: "pue",
        basic: false,
        label: |i| i.t("kpi-pue"),
        unit: none,
        value: |s| s.pue,
        scale: 1.0,
        headline: false,
        note: |i, _| i.t("kpi-pue-note"),
    },
    Kpi {
        field: "heat_pump_scop",
        basic: false,
        label: |i| i.t("kpi-scop"),
        unit: none,
        value: |s| s.heat_pump_scop,
        scale: 1.0,
        headline: false,
        note: |i, x| {
            if x.summary.heat_pump_scop.is_none() {
                i.t("kpi-scop-note-none")
            } else {
                let hours = Arg::Text(i.fixed(x.summary.heat_pump_hours, 0));
                i.t_args("kpi-scop-note", &[("hours", hours)])
            }
        },
    },
    Kpi {
        field: "simple_payback_years",
        basic: false,
        label: |i| i.t("kpi-payback"),
        unit: |i| i.t("unit-years"),
        value: |s| s.simple_payback_years,
        scale: 1.0,
        headline: false,
        note: |i, x| {
            if x.summary.simple_payback_years.is_none() {
                i.t("kpi-payback-note-never")
            } else {
                let capex = Arg::Text(i.fixed(x.summary.capex_eur, 0));
                i.t_args("kpi-payback-note", &[("capex", capex)])
            }
        },
    },
    Kpi {
        field: "lcoh_eur_per_mwh",
        basic: false,
        label: |i| i.t("kpi-lcoh"),
        unit: |i| i.t("unit-eur-mwh"),
        value: |s| s.lcoh_eur_per_mwh,
        scale: 1.0,
        headline: false,
        note: |i, x| {
            let boiler = num(i, x.summary.boiler_heat_cost_eur_per_mwh);
            i.t_args("kpi-lcoh-note", &[("boiler", boiler)])
        },
    },
    Kpi {
        field: "utility_benefit_eur",
        basic: false,
        label: |i| i.t("kpi-utility"),
        unit: eur_yr,
        value: |s| Some(s.utility_benefit_eur),
        scale: 1.0,
        headline: false,
        note: |i, _| i.t("kpi-utility-note"),
    },
    Kpi {
        field: "dc_benefit_eur",
        basic: false,
        label: |i| i.t("kpi-dc"),
        unit: eur_yr,
        value: |s| Some(s.dc_benefit_eur),
        scale: 1.0,
        headline: false,
        note: |i, _| i.t("kpi-dc-note"),
    },
    Kpi {
        field: "heat_revenue_eur",
        basic: false,
        label: |i| i.t("kpi-revenue"),
        unit: eur_yr,
        value: |s| Some(s.heat_revenue_eur),
        scale: 1.0,
        headline: false,
        note: |i, x| {
            let price = num(i, x.params.economics.heat_price_eur_per_mwh);
            i.t_args("kpi-revenue-note", &[("price", price)])
        },
    },
];

/// `a` as a whole percentage of `b`, "–" when `b` is not positive.
fn pct(i: &I18n, a: f64, b: f64) -> String {
    if b > 0.0 {
        let value = Arg::Text(i.fixed(100.0 * a / b, 0));
        i.t_args("kpi-percent", &[("value", value)])
    } else {
        "–".into()
    }
}

/// One KPI card.
fn card(k: &'static Kpi, twin: Twin, i18n: I18n) -> impl IntoView {
    let snap = move || twin.snapshot.get();
    // Memos: the DOM is written only when a rounded text or a value actually changes.
    let value = Memo::new(move |_| snap().and_then(|s| (k.value)(&s.summary)));
    let data_value = move || value.get().map(|v| format!("{v:?}")).unwrap_or_default();
    let text = Memo::new(move |_| match value.get() {
        Some(v) => i18n.num(v * k.scale),
        None => i18n.t("kpi-na"),
    });
    // Only MODEL.md summary fields carry data-kpi; derived figures carry data-derived.
    let is_summary = k.field != "heat_reused_share";
    let note = Memo::new(move |_| {
        snap()
            .map(|s: Arc<Snapshot>| (k.note)(&i18n, &s))
            .unwrap_or_default()
    });
    let unit = Memo::new(move |_| {
        let unit = (k.unit)(&i18n);
        (!unit.is_empty() && value.with(Option::is_some)).then_some(unit)
    });
    // The Monte Carlo's P10/P50/P90 of this field (src/instruments/), while it holds for the
    // scenario on the page.
    let lab = crate::instruments::Lab::get();
    let band = Memo::new(move |_| is_summary.then(|| lab.band(twin, k.field)).flatten());
    let p = move |i: usize| band.get().map(|b| format!("{:?}", b[i]));
    let band_text = move || {
        band.get().map(|b| {
            let n = |x: f64| crate::i18n::Arg::Text(i18n.num(x * k.scale));
            i18n.t_args(
                "kpi-band",
                &[("p10", n(b[0])), ("p50", n(b[1])), ("p90", n(b[2]))],
            )
        })
    };
    view! {
        <div class="kpi" class:headline=k.headline data-kpi=is_summary.then_some(k.field)
            data-derived=(!is_summary).then_some(k.field) data-value=data_value
            data-p10=move || p(0) data-p50=move || p(1) data-p90=move || p(2)>
            <p class="label">{move || (k.label)(&i18n)}</p>
            <p class="value">{move || text.get()}<span class="u">{move || unit.get()}</span></p>
            {move || band_text().map(|t| view! { <p class="band" data-band="p10-p90">{t}</p> })}
            <p class="note">{move || note.get()}</p>
        </div>
    }
}

/// The card's label of a summary field in the page's language, where the field has a card
/// (the instruments name their KPIs with it).
pub fn card_label(i18n: &I18n, field: &str) -> Option<String> {
    KPIS.iter()
        .find(|k| k.field == field)
        .map(|k| (k.label)(i18n))
}

/// A summary field as a list offers it: the card's label and the field's name, e.g.
/// "Homes heated (homes_equivalent)"; the name alone for fields without a card.
pub fn option_text(i18n: &I18n, field: &str) -> String {
    match card_label(i18n, field) {
        Some(label) => format!("{label} ({field})"),
        None => field.to_string(),
    }
}

/// The cards of the summary fields `fields`, in that order (the embeddable card's headline).
#[component]
pub fn KpiCards(
    /// Summary field names of the cards.
    fields: &'static [&'static str],
) -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    fields
        .iter()
        .filter_map(|f| KPIS.iter().find(|k| k.field == *f))
        .map(|k| card(k, twin, i18n))
        .collect_view()
}

/// The KPI cards: the four everyone reads, then the expert group.
#[component]
pub fn Kpis() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let start_year = RwSignal::new(2026u32);
    view! {
        <section class="kpis" aria-label=move || i18n.t("kpis-aria")>
            {KPIS.iter().filter(|k| k.basic).map(|k| card(k, twin, i18n)).collect_view()}
        </section>
        <details class="kpis-more" data-group="expert-kpis">
            <summary>{move || i18n.t("kpis-more")}</summary>
            <div class="kpis">
                {KPIS.iter().filter(|k| !k.basic).map(|k| card(k, twin, i18n)).collect_view()}
                <tank::TankKpis />
                <rules::Benchmarks start_year=start_year />
            </div>
        </details>
    }
}

//! The project over its life (docs/model/life.md §3): the cumulative cash flow of each party
//! over the project's years, drawn with `heat_twin_charts::draw_cashflow`, and beside it the
//! figures of the life as KPI cards (`data-kpi` = the summary field of `heat-twin-cli
//! simulate`, `data-value` = the unrounded number, empty when it does not exist). An IRR that
//! does not exist says why in words.

use crate::i18n::{Arg, I18n};
use crate::state::Twin;
use heat_twin_model::life::{IrrUndefined, Life};
use leptos::prelude::*;
use std::sync::Arc;

/// One figure of the life.
struct Figure {
    field: &'static str,
    label: &'static str,
    unit: &'static str,
    /// The value in the summary's unit, and the scale to the shown unit.
    value: fn(&Life) -> Option<f64>,
    scale: f64,
    /// Why there is no value, as a message key (IRR and payback).
    why: fn(&Life) -> Option<&'static str>,
}

fn irr_key(why: Option<IrrUndefined>) -> Option<&'static str> {
    why.map(|w| match w {
        IrrUndefined::NoFlows => "life-irr-no-flows",
        IrrUndefined::NoSignChange => "life-irr-no-sign-change",
        IrrUndefined::NoRoot => "life-irr-no-root",
        IrrUndefined::MultipleRoots => "life-irr-multiple-roots",
        IrrUndefined::NotFinite => "life-irr-not-finite",
    })
}

fn not_paid_back(x: Option<f64>) -> Option<&'static str> {
    x.is_none().then_some("life-not-paid-back")
}

const FIGURES: &[Figure] = &[
    Figure {
        field: "npv_utility_eur",
        label: "life-npv-utility",
        unit: "life-unit-meur",
        value: |l| Some(l.npv_utility_eur),
        scale: 1e-6,
        why: |_| None,
    },
    Figure {
        field: "npv_data_centre_eur",
        label: "life-npv-data-centre",
        unit: "life-unit-meur",
        value: |l| Some(l.npv_data_centre_eur),
        scale: 1e-6,
        why: |_| None,
    },
    Figure {
        field: "irr_utility",
        label: "life-irr-utility",
        unit: "life-unit-percent",
        value: |l| l.irr_utility,
        scale: 100.0,
        why: |l| irr_key(l.irr_utility_undefined),
    },
    Figure {
        field: "irr_data_centre",
        label: "life-irr-data-centre",
        unit: "life-unit-percent",
        value: |l| l.irr_data_centre,
        scale: 100.0,
        why: |l| irr_key(l.irr_data_centre_undefined),
    },
    Figure {
        field: "discounted_payback_utility_years",
        label: "life-payback-utility",
        unit: "life-unit-years",
        value: |l| l.discounted_payback_utility_years,
        scale: 1.0,
        why: |l| not_paid_back(l.discounted_payback_utility_years),
    },
    Figure {
        field: "discounted_payback_data_centre_years",
        label: "life-payback-data-centre",
        unit: "life-unit-years",
        value: |l| l.discounted_payback_data_centre_years,
        scale: 1.0,
        why: |l| not_paid_back(l.discounted_payback_data_centre_years),
    },
    Figure {
        field: "lifetime_heat_delivered_mwh",
        label: "life-heat",
        unit: "life-unit-gwh",
        value: |l| Some(l.lifetime_heat_delivered_mwh),
        scale: 1e-3,
        why: |_| None,
    },
    Figure {
        field: "lifetime_co2_avoided_t",
        label: "life-co2",
        unit: "life-unit-t",
        value: |l| Some(l.lifetime_co2_avoided_t),
        scale: 1.0,
        why: |_| None,
    },
    Figure {
        field: "lifetime_lcoh_eur_per_mwh",
        label: "life-lcoh",
        unit: "unit-eur-mwh",
        value: |l| l.lifetime_lcoh_eur_per_mwh,
        scale: 1.0,
        why: |_| None,
    },
];

/// One card.
fn card(f: &'static Figure, life: Memo<Option<Arc<Life>>>, i18n: I18n) -> impl IntoView {
    let value = Memo::new(move |_| life.with(|l| l.as_ref().and_then(|l| (f.value)(l))));
    let why = Memo::new(move |_| life.with(|l| l.as_ref().and_then(|l| (f.why)(l))));
    let data_value = move || value.get().map(|v| format!("{v:?}")).unwrap_or_default();
    let text = move || match value.get() {
        Some(v) => i18n.num(v * f.scale),
        None => i18n.t("kpi-na"),
    };
    let unit = move || value.get().is_some().then(|| i18n.t(f.unit));
    let note = move || why.get().map(|k| i18n.t(k)).unwrap_or_default();
    view! {
        <div class="kpi" data-kpi=f.field data-value=data_value>
            <p class="label">{move || i18n.t(f.label)}</p>
            <p class="value">{text}<span class="u">{unit}</span></p>
            <p class="note">{note}</p>
        </div>
    }
}

/// The chart's text alternative: where each party stands at the start and at the end.
fn describe(i18n: &I18n, life: &Life) -> String {
    let total = |f: fn(&heat_twin_model::life::LifeYear) -> f64| -> f64 {
        life.years.iter().map(f).sum::<f64>() / 1e6
    };
    i18n.t_args(
        "life-chart-alt",
        &[
            (
                "years",
                Arg::Text(life.years.len().saturating_sub(1).to_string()),
            ),
            (
                "utility",
                Arg::Text(i18n.fixed(total(|y| y.cash_flow_utility_eur), 1)),
            ),
            (
                "data_centre",
                Arg::Text(i18n.fixed(total(|y| y.cash_flow_data_centre_eur), 1)),
            ),
        ],
    )
}

/// The project's life: the cumulative cash-flow chart and its figures.
#[component]
pub fn ProjectLife() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    // The life of the run (its design year's snapshot): the ramp's other years run here, so
    // the page's KPIs never wait for them (src/run.rs, `project_life`). Under the page's late
    // view (src/components/late.rs) this is one frame after the KPIs.
    let life: Memo<Option<Arc<Life>>> = Memo::new_with_compare(
        move |_| {
            let snap = twin.snapshot.get()?;
            let t = twin.weather.with_untracked(|w| w.as_ref().ok().cloned())?;
            twin.valid.with_untracked(|v| {
                v.as_ref()
                    .ok()
                    .map(|v| Arc::new(crate::run::project_life(v, &t, &snap)))
            })
        },
        |a: Option<&Option<Arc<Life>>>, b: Option<&Option<Arc<Life>>>| match (a, b) {
            (Some(Some(a)), Some(Some(b))) => a != b,
            (Some(None), Some(None)) => false,
            _ => true,
        },
    );
    let alt = move || {
        life.with(|l| l.as_ref().map(|l| describe(&i18n, l)))
            .unwrap_or_default()
    };
    // The chart is drawn only while it can be seen (it catches up when it comes into view, and
    // at once when printing), at its ResizeObserver size (reading `clientWidth` after the
    // KPIs changed forced a layout on every input of a drag), and paced like the year chart:
    // in an animation frame, less often on a slow device. Its figures follow every run.
    let visible = crate::visible::use_visible(canvas_ref);
    let size = crate::visible::use_size(canvas_ref);
    let printing = RwSignal::new(false);
    let _before_print = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("beforeprint"),
        move |_| printing.set(true),
    );
    let _after_print = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("afterprint"),
        move |_| printing.set(false),
    );
    let pacer = crate::components::charts::pace::Pacer::default();
    Effect::new(move |_| {
        let forced = printing.get();
        if !visible.get() && !forced {
            return;
        }
        let _ = (size.get(), i18n.lang.get(), life.with(|_| ()));
        let draw_now = move || {
            let (Some(l), Some(canvas)) = (life.get_untracked(), canvas_ref.get_untracked()) else {
                return;
            };
            let lang = i18n.lang.get_untracked();
            crate::perf::time("life-chart", || {
                draw(&canvas, &l, lang, size.get_untracked())
            });
        };
        if forced {
            draw_now();
        } else {
            pacer.schedule(draw_now);
        }
    });
    view! {
        <section class="life card" aria-labelledby="life-title" data-section="life">
            <h2 id="life-title">{move || i18n.t("life-title")}</h2>
            <div class="life-body">
                <canvas node_ref=canvas_ref class="life-chart" data-chart="cashflow" role="img"
                    aria-label=alt></canvas>
                <div class="kpis">
                    {FIGURES.iter().map(|f| card(f, life, i18n)).collect_view()}
                </div>
            </div>
        </section>
    }
}

/// The chart's words in `lang`.
pub fn cashflow_text(lang: crate::i18n::Lang) -> heat_twin_charts::CashflowText {
    let t = |key: &str| crate::i18n::translate(lang, key, &[]);
    heat_twin_charts::CashflowText {
        title: t("life-chart-title"),
        x_axis: t("life-chart-x"),
        y_axis: t("life-chart-y"),
        utility: t("life-utility"),
        data_centre: t("life-data-centre"),
    }
}

/// Draws the cumulative cash flow of `life` on `canvas`, whose box is `size` CSS pixels (from
/// a ResizeObserver; `(0, 0)` before its first report, when the page is asked once).
#[cfg(target_arch = "wasm32")]
fn draw(
    canvas: &web_sys::HtmlCanvasElement,
    life: &Life,
    lang: crate::i18n::Lang,
    size: (f64, f64),
) {
    let size = if size.0 > 0.0 {
        size
    } else {
        (
            f64::from(canvas.client_width()),
            f64::from(canvas.client_height()),
        )
    };
    let Some((area, theme)) = crate::components::charts::prepare(canvas, size) else {
        return;
    };
    let utility: Vec<f64> = life.years.iter().map(|y| y.cash_flow_utility_eur).collect();
    let data_centre: Vec<f64> = life
        .years
        .iter()
        .map(|y| y.cash_flow_data_centre_eur)
        .collect();
    let data = heat_twin_charts::CashflowData {
        utility_eur: &utility,
        data_centre_eur: &data_centre,
    };
    let text = crate::components::charts::chart_text(lang);
    let _ = area.fill(&theme.background);
    if let Err(e) =
        heat_twin_charts::draw_cashflow(&area, &data, &cashflow_text(lang), &text, &theme)
    {
        leptos::logging::warn!("cash-flow chart: {e}");
    }
    let _ = area.present();
}

/// Natively there is no canvas: nothing to draw.
#[cfg(not(target_arch = "wasm32"))]
fn draw(
    _canvas: &web_sys::HtmlCanvasElement,
    _life: &Life,
    _lang: crate::i18n::Lang,
    _size: (f64, f64),
) {
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{translate, Lang};

    #[test]
    fn every_message_exists_in_both_languages() {
        let mut keys: Vec<&str> = FIGURES.iter().flat_map(|f| [f.label, f.unit]).collect();
        keys.extend([
            "life-title",
            "life-chart-title",
            "life-chart-x",
            "life-chart-y",
            "life-utility",
            "life-data-centre",
            "life-not-paid-back",
            "life-irr-no-flows",
            "life-irr-no-sign-change",
            "life-irr-no-root",
            "life-irr-multiple-roots",
            "life-irr-not-finite",
        ]);
        for lang in [Lang::En, Lang::It] {
            for key in &keys {
                let text = translate(lang, key, &[]);
                assert!(!text.is_empty() && text != *key, "{lang:?}: {key}");
            }
        }
        assert_eq!(cashflow_text(Lang::It).utility, "Gestore della rete");
    }
}

//! Design sweeps on the page (issue 9; docs/model/instruments.md §4): one input from/to in
//! steps (a line chart of one or more KPIs) or two (a heat map of one KPI, 40 × 40 by default),
//! run in the worker; the current scenario marked, the best cell named and applicable, the
//! cells as CSV (the columns of `heat-twin-cli sweep`).
//!
//! Which cell is best depends on the KPI: [`lower_is_better`] guesses it from the field's name
//! (costs, payback, losses: lower; heat, homes, CO2 avoided: higher) and the form lets the user
//! say otherwise.

pub(crate) mod answer;

use super::{Kind, Lab, RunState};
use crate::components::field::apply;
use crate::i18n::I18n;
use crate::state::Twin;
use answer::input_label;
use heat_twin_model::instruments::{kpi_index, kpi_names, kpi_value, Bound, SweepAxis};
use heat_twin_model::scenario::{resolved_value, FieldValue};
use heat_twin_worker::Job;
use leptos::prelude::*;

/// Steps per axis by default (the 40 × 40).
pub const DEFAULT_STEPS: usize = 40;

/// Whether the best cell of summary field `kpi` is its lowest value: costs, prices, payback,
/// losses, rejected and backup heat, electricity used, PUE and hours below a break-even;
/// anything avoided or saved, and everything else (heat, homes, CO2 avoided, ERF…), is best
/// high.
pub fn lower_is_better(kpi: &str) -> bool {
    const LOW: [&str; 11] = [
        "lcoh",
        "payback",
        "cost",
        "capex",
        "loss",
        "rejected",
        "backup",
        "electricity_mwh",
        "pue",
        "unavailable",
        "below",
    ];
    !(kpi.contains("avoided") || kpi.contains("saved")) && LOW.iter().any(|w| kpi.contains(w))
}

/// The scenario's value of `path` now on the page (NaN when it cannot run).
fn current_value(twin: Twin, path: &str) -> f64 {
    twin.snapshot.with_untracked(|s| match s {
        Some(s) => match resolved_value(&s.params, path) {
            Some(FieldValue::Number(x)) => x,
            _ => f64::NAN,
        },
        None => f64::NAN,
    })
}

/// The default range of an input: from its lowest allowed value to twice the scenario's value
/// (its highest allowed value when the scenario's is zero or more than half of it).
fn default_range(twin: Twin, path: &str) -> (f64, f64) {
    let Ok(b) = Bound::new(path) else {
        return (0.0, 1.0);
    };
    let v = current_value(twin, path);
    let to = if v.is_finite() && v > 0.0 {
        (2.0 * v).min(b.max)
    } else {
        b.max
    };
    (b.min, to)
}

/// What the page knew when the sweep was asked for: the current scenario's inputs and KPIs.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Meta {
    /// The scenario's value of each swept input.
    current_inputs: Vec<f64>,
    /// The scenario's value of each KPI (NaN: none).
    current_kpis: Vec<f64>,
    /// Whether the best cell is the lowest.
    lowest: bool,
}

/// One axis of the form.
#[derive(Clone, Copy)]
struct AxisForm {
    input: RwSignal<String>,
    from: RwSignal<String>,
    to: RwSignal<String>,
    steps: RwSignal<String>,
    /// Set by a link's request: the default range must not replace it.
    pinned: StoredValue<bool>,
}

impl AxisForm {
    fn new(twin: Twin, path: &'static str) -> Self {
        let (from, to) = default_range(twin, path);
        let form = Self {
            input: RwSignal::new(path.to_string()),
            from: RwSignal::new(from.to_string()),
            to: RwSignal::new(to.to_string()),
            steps: RwSignal::new(DEFAULT_STEPS.to_string()),
            pinned: StoredValue::new(false),
        };
        // The range follows the scenario's value, which is known once the first year has run.
        Effect::new(move |set: Option<bool>| {
            if set == Some(true) {
                return true;
            }
            let ready = twin.snapshot.with(Option::is_some);
            if ready && !form.pinned.get_value() && form.input.with_untracked(|i| i == path) {
                form.choose(twin, path.to_string());
            }
            ready
        });
        form
    }

    /// A new input: its default range.
    fn choose(&self, twin: Twin, path: String) {
        let (from, to) = default_range(twin, &path);
        self.from.set(from.to_string());
        self.to.set(to.to_string());
        self.input.set(path);
    }

    /// Takes a link's axis as it was asked.
    fn restore(&self, axis: &SweepAxis) {
        self.pinned.set_value(true);
        self.input.set(axis.input.clone());
        self.from.set(format!("{}", axis.from));
        self.to.set(format!("{}", axis.to));
        self.steps.set(axis.steps.to_string());
    }

    fn axis(&self) -> Option<SweepAxis> {
        let num = |s: RwSignal<String>| s.get_untracked().trim().replace(',', ".").parse().ok();
        Some(SweepAxis {
            input: self.input.get_untracked(),
            from: num(self.from)?,
            to: num(self.to)?,
            steps: self.steps.get_untracked().trim().parse().ok()?,
        })
    }

    fn view(self, i18n: I18n, twin: Twin, which: &'static str) -> impl IntoView {
        let text = move |s: RwSignal<String>, name: &'static str| {
            view! {
                <input type="text" inputmode="decimal" data-input=format!("sweep-{which}-{name}")
                    prop:value=move || s.get() on:input=move |e| s.set(event_target_value(&e)) />
            }
        };
        view! {
            <label>{move || i18n.t(if which == "a" { "sweep-input-a" } else { "sweep-input-b" })}
                <select data-input=format!("sweep-{which}")
                    on:change=move |e| self.choose(twin, event_target_value(&e))>
                    {Bound::all().into_iter().map(|b| {
                        let path = b.path;
                        view! {
                            <option value=path selected=move || self.input.with(|i| i == path)>
                                {move || input_label(&i18n, path)}</option>
                        }
                    }).collect_view()}
                </select>
            </label>
            <label>{move || i18n.t("sweep-from")}{text(self.from, "from")}</label>
            <label>{move || i18n.t("sweep-to")}{text(self.to, "to")}</label>
            <label>{move || i18n.t("sweep-steps")}{text(self.steps, "steps")}</label>
        }
    }
}

/// The sweep form, its chart, the answer in words and as a table, "Apply" and the CSV.
#[component]
pub fn Sweep() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let lab = Lab::get();
    let a = AxisForm::new(twin, "data_centre.racks");
    let b = AxisForm::new(twin, "economics.heat_price_eur_per_mwh");
    let two = RwSignal::new(false);
    let kpi = RwSignal::new("lcoh_eur_per_mwh".to_string());
    let more = RwSignal::new(Vec::<String>::new());
    let lowest = RwSignal::new(lower_is_better("lcoh_eur_per_mwh"));
    let meta = RwSignal::new(None::<Meta>);
    let run = move || {
        let axes: Option<Vec<SweepAxis>> = if two.get_untracked() {
            a.axis().zip(b.axis()).map(|(x, y)| vec![x, y])
        } else {
            a.axis().map(|x| vec![x])
        };
        let Some(axes) = axes else {
            lab.message.set(Some(i18n.t("sweep-bad-settings")));
            lab.state.set(RunState::Failed);
            return;
        };
        let first = kpi.get_untracked();
        let mut kpis = vec![first.clone()];
        if !two.get_untracked() {
            kpis.extend(more.get_untracked().into_iter().filter(|k| *k != first));
        }
        let current_kpis = twin.snapshot.with_untracked(|s| {
            kpis.iter()
                .map(|k| {
                    let i = kpi_index(k).ok()?;
                    kpi_value(&s.as_ref()?.summary, i)
                })
                .map(|v| v.unwrap_or(f64::NAN))
                .collect()
        });
        meta.set(Some(Meta {
            current_inputs: axes.iter().map(|x| current_value(twin, &x.input)).collect(),
            current_kpis,
            lowest: lowest.get_untracked(),
        }));
        let maximise = !lowest.get_untracked();
        lab.start(
            twin,
            Kind::Sweep,
            Job::Sweep {
                axes,
                kpis,
                maximise,
            },
        );
    };
    super::on_restore("sweep", move |job, again| {
        if let Job::Sweep {
            axes,
            kpis,
            maximise,
        } = job
        {
            if let Some(x) = axes.first() {
                a.restore(x);
            }
            if let Some(y) = axes.get(1) {
                b.restore(y);
            }
            two.set(axes.len() == 2);
            if let Some(first) = kpis.first() {
                kpi.set(first.clone());
            }
            more.set(kpis.iter().skip(1).cloned().collect());
            lowest.set(!maximise);
            if again {
                run();
            }
        }
    });
    let applied = RwSignal::new(None::<String>);
    let apply_best = move |_| {
        let Some(s) = lab.sweep.get_untracked() else {
            return;
        };
        let Some(inputs) = s.best.and_then(|i| s.inputs.get(i)) else {
            return;
        };
        for (axis, x) in s.axes.iter().zip(inputs) {
            if let Ok(bound) = Bound::new(&axis.input) {
                if let Err(e) = apply(twin, bound.path, FieldValue::Number(*x)) {
                    applied.set(Some(e));
                    return;
                }
            }
        }
        applied.set(None);
    };
    let export = move |_| {
        if let Some(s) = lab.sweep.get_untracked() {
            #[cfg(target_arch = "wasm32")]
            let _ = crate::components::export::download::save(
                "heat-twin-sweep.csv",
                "text/csv",
                s.csv.as_bytes(),
            );
            #[cfg(not(target_arch = "wasm32"))]
            let _ = s;
        }
    };
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    Effect::new(move |_| {
        let _lang = i18n.lang.get();
        let (Some(s), Some(m), Some(el)) = (lab.sweep.get(), meta.get(), canvas.get()) else {
            return;
        };
        #[cfg(target_arch = "wasm32")]
        answer::draw(&el, i18n, &s, &m);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (el, s, m);
    });
    let kpi_options = move |sel: Signal<bool>, name: &'static str| {
        view! {
            <option value=name selected=move || sel.get()>
                {move || crate::components::kpis::option_text(&i18n, name)}
            </option>
        }
    };
    view! {
        <section class="instr sweep" aria-labelledby="sweep-title">
            <h3 id="sweep-title">{move || i18n.t("sweep-title")}</h3>
            <p class="instr-note">{move || i18n.t("sweep-note")}</p>
            <div class="instr-form">
                {a.view(i18n, twin, "a")}
                <label class="instr-check">
                    <input type="checkbox" data-input="sweep-two" prop:checked=move || two.get()
                        on:change=move |e| two.set(event_target_checked(&e)) />
                    {move || i18n.t("sweep-two")}
                </label>
            </div>
            <Show when=move || two.get()>
                <div class="instr-form">{b.view(i18n, twin, "b")}</div>
            </Show>
            <div class="instr-form">
                <label>{move || i18n.t("sweep-kpi")}
                    <select data-input="sweep-kpi" on:change=move |e| {
                        let k = event_target_value(&e);
                        lowest.set(lower_is_better(&k));
                        kpi.set(k);
                    }>
                        {kpi_names().iter().map(|&n| kpi_options(Signal::derive(move || kpi.with(|k| k == n)), n)).collect_view()}
                    </select>
                </label>
                <label>{move || i18n.t("sweep-best-is")}
                    <select data-input="sweep-best" on:change=move |e| lowest.set(event_target_value(&e) == "min")>
                        <option value="min" selected=move || lowest.get()>{move || i18n.t("sweep-lowest")}</option>
                        <option value="max" selected=move || !lowest.get()>{move || i18n.t("sweep-highest")}</option>
                    </select>
                </label>
                <Show when=move || !two.get()>
                    <label>{move || i18n.t("sweep-more")}
                        <select multiple data-input="sweep-more" on:change=move |e| {
                            use wasm_bindgen::JsCast;
                            let select: web_sys::HtmlSelectElement = event_target(&e);
                            let picked = select.query_selector_all("option:checked").map(|o| {
                                (0..o.length()).filter_map(|i| o.get(i))
                                    .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
                                    .filter_map(|o| o.get_attribute("value")).collect()
                            }).unwrap_or_default();
                            more.set(picked);
                        }>
                            {kpi_names().iter().map(|&n| kpi_options(Signal::derive(move || more.with(|m| m.iter().any(|k| k == n))), n)).collect_view()}
                        </select>
                    </label>
                </Show>
                <button type="button" data-action="sweep-run" on:click=move |_| run()>
                    {move || i18n.t("sweep-run")}</button>
            </div>
            <canvas class="sweep-chart" node_ref=canvas aria-hidden="true"
                data-sweep-chart=move || lab.sweep.with(|s| s.as_ref().map(|s| if s.axes.len() == 1 { "line" } else { "heatmap" }))
                style:height=move || lab.sweep.with(|s| match s.as_ref().map(|s| (s.axes.len(), s.kpis.len())) {
                    Some((1, n)) => format!("{}px", 140 + 160 * n.min(6)),
                    _ => "460px".to_string(),
                })
                hidden=move || lab.sweep.with(Option::is_none) || meta.with(Option::is_none)></canvas>
            {move || lab.sweep.get().zip(meta.get()).map(|(s, m)| {
                let can_apply = s.best.is_some();
                view! {
                    {answer::summary(i18n, &s, &m)}
                    {answer::table(i18n, &s)}
                    <div class="instr-form">
                        <Show when=move || can_apply>
                            <button type="button" data-action="sweep-apply" on:click=apply_best>
                                {move || i18n.t("sweep-apply")}</button>
                        </Show>
                        <button type="button" data-action="sweep-csv" on:click=export>
                            {move || i18n.t("sweep-csv")}</button>
                    </div>
                    {move || applied.get().map(|m| view! { <p class="message" role="alert">{m}</p> })}
                }
            })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_direction_by_kpi() {
        for k in [
            "lcoh_eur_per_mwh",
            "simple_payback_years",
            "capex_eur",
            "network_losses_mwh",
            "backup_heat_mwh",
            "heat_pump_electricity_mwh",
            "pue",
        ] {
            assert!(lower_is_better(k), "{k}");
        }
        for k in [
            "heat_delivered_mwh",
            "homes_equivalent",
            "co2_avoided_t",
            "erf",
            "fuel_cost_avoided_eur",
            "cooling_electricity_saved_mwh",
        ] {
            assert!(!lower_is_better(k), "{k}");
        }
        // Every name is a summary field the worker knows.
        assert!(kpi_names().contains(&"lcoh_eur_per_mwh"));
    }
}

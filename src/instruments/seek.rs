//! Goal seek on the page: any numeric input, any summary KPI, a target; the answer in words;
//! "Apply" sets the input through the same path as its control
//! ([`crate::components::field::apply`]), so the results and the link follow.

use super::{Kind, Lab, RunState};
use crate::components::field::{apply, field_label};
use crate::i18n::{Arg, I18n};
use crate::state::Twin;
use heat_twin_model::instruments::{kpi_names, Bound};
use heat_twin_model::scenario::{field, FieldValue};
use heat_twin_worker::{Job, SeekAnswer};
use leptos::prelude::*;

/// The input's label in the page's language (its path when it has none).
fn input_label(i18n: &I18n, path: &str) -> String {
    field(path)
        .map(|spec| field_label(i18n, spec))
        .unwrap_or_else(|| path.to_string())
}

/// The answer in words.
fn answer_text(i18n: &I18n, a: &SeekAnswer) -> String {
    let num = |x: Option<f64>| Arg::Text(x.map(|x| i18n.num(x)).unwrap_or_else(|| "–".into()));
    let args = [
        ("input", Arg::Text(input_label(i18n, &a.input))),
        ("kpi", Arg::Text(a.kpi.clone())),
        ("target", num(Some(a.target))),
        ("value", num(a.value)),
        ("achieved", num(a.achieved)),
    ];
    let key = match (a.status.as_str(), a.value) {
        (_, None) => "seek-none",
        ("found", _) => "seek-found",
        ("not_monotonic", _) => "seek-not-monotonic",
        _ => "seek-unreachable",
    };
    i18n.t_args(key, &args)
}

/// The goal seek form and its answer.
#[component]
pub fn GoalSeek() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let lab = Lab::get();
    let input = RwSignal::new("data_centre.racks".to_string());
    let kpi = RwSignal::new("homes_equivalent".to_string());
    let target = RwSignal::new("5000".to_string());
    let bounds = Bound::all();
    let run = move || {
        let Ok(t) = target
            .get_untracked()
            .trim()
            .replace(',', ".")
            .parse::<f64>()
        else {
            lab.message.set(Some(i18n.t("seek-bad-target")));
            lab.state.set(RunState::Failed);
            return;
        };
        lab.start(
            twin,
            Kind::Seek,
            Job::Seek {
                input: input.get_untracked(),
                kpi: kpi.get_untracked(),
                target: t,
            },
        );
    };
    super::on_restore("seek", move |job, again| {
        if let Job::Seek {
            input: i,
            kpi: k,
            target: t,
        } = job
        {
            input.set(i.clone());
            kpi.set(k.clone());
            target.set(format!("{t}"));
            if again {
                run();
            }
        }
    });
    let applied = RwSignal::new(None::<String>);
    let apply_answer = move |_| {
        let Some(a) = lab.seek.get_untracked() else {
            return;
        };
        let (Some(v), Ok(bound)) = (a.value, Bound::new(&a.input)) else {
            return;
        };
        let value = if bound.integer {
            FieldValue::Number(v.round())
        } else {
            FieldValue::Number(v)
        };
        applied.set(apply(twin, bound.path, value).err());
    };
    view! {
        <section class="instr seek" aria-labelledby="seek-title">
            <h3 id="seek-title">{move || i18n.t("seek-title")}</h3>
            <div class="instr-form">
                <label>{move || i18n.t("seek-input")}
                    <select data-input="seek-input"
                        on:change=move |e| input.set(event_target_value(&e))>
                        {bounds.iter().map(|b| {
                            let path = b.path;
                            view! {
                                <option value=path selected=move || input.with(|i| i == path)>
                                    {move || input_label(&i18n, path)}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </label>
                <label>{move || i18n.t("seek-kpi")}
                    <select data-input="seek-kpi" on:change=move |e| kpi.set(event_target_value(&e))>
                        {kpi_names().iter().map(|&name| view! {
                            <option value=name selected=move || kpi.with(|k| k == name)>
                                {move || crate::components::kpis::option_text(&i18n, name)}
                            </option>
                        }).collect_view()}
                    </select>
                </label>
                <label>{move || i18n.t("seek-target")}
                    <input type="text" inputmode="decimal" data-input="seek-target"
                        prop:value=move || target.get()
                        on:input=move |e| target.set(event_target_value(&e)) />
                </label>
                <button type="button" data-action="seek-run" on:click=move |_| run()>
                    {move || i18n.t("seek-run")}</button>
            </div>
            {move || lab.seek.get().map(|a| {
                let can_apply = a.value.is_some();
                view! {
                    <p class="seek-answer" data-seek-status=a.status.clone()
                        data-seek-value=a.value.map(|v| format!("{v:?}"))
                        data-seek-achieved=a.achieved.map(|v| format!("{v:?}"))
                        data-seek-tolerance=format!("{:?}", a.tolerance)>
                        {answer_text(&i18n, &a)}
                    </p>
                    <Show when=move || can_apply>
                        <button type="button" data-action="seek-apply" on:click=apply_answer>
                            {move || i18n.t("seek-apply")}</button>
                    </Show>
                    {move || applied.get().map(|m| view! { <p class="message" role="alert">{m}</p> })}
                }
            })}
        </section>
    }
}

//! The method in plain words: one topic per step of the chain, the fixed constants, the
//! choices made where MODEL.md is silent, and the limits.

use super::equation::rich;
use super::text::{Topic, CHOICES, CONSTANTS, LIMITS, PLANNED, TOPICS, UI};
use leptos::prelude::*;

/// One topic with its paragraphs and equations.
fn topic(t: &'static Topic) -> impl IntoView {
    view! {
        <article class="topic" aria-labelledby=t.id>
            <h4 id=t.id>{t.title}" "<span class="spec">"("{t.spec}")"</span></h4>
            {t.paras.iter().map(|p| view! {
                <p class="prose">{rich(p.text)}</p>
                {(!p.eqs.is_empty()).then(|| view! {
                    <div class="eqs">
                        {p.eqs.iter().map(|e| view! { <code class="eq">{rich(e)}</code> }).collect_view()}
                    </div>
                })}
            }).collect_view()}
        </article>
    }
}

/// The method section.
#[component]
pub fn MethodWords() -> impl IntoView {
    view! {
        <section class="method-part" aria-labelledby="method-words">
            <h3 id="method-words">{UI.method_title}</h3>
            <p class="prose">{UI.method_intro}</p>
            {TOPICS.iter().map(topic).collect_view()}
            <h4 id="method-constants">{UI.constants_title}" "<span class="spec">"(MODEL.md §11)"</span></h4>
            <div class="table-scroll fit" tabindex="0" role="region" aria-labelledby="method-constants">
                <table class="constants">
                    <thead><tr><th scope="col">{UI.col_constant}</th><th scope="col">{UI.col_value}</th>
                        <th scope="col">{UI.col_source}</th></tr></thead>
                    <tbody>
                        {CONSTANTS.iter().map(|(what, value, source)| view! {
                            <tr><th scope="row">{*what}</th><td>{*value}</td><td>{*source}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <h4 id="method-choices">{UI.choices_title}</h4>
            <ul class="prose">{CHOICES.iter().map(|c| view! { <li>{rich(c)}</li> }).collect_view()}</ul>
            <h4 id="method-limits">{UI.limits_title}</h4>
            <ul class="prose">{LIMITS.iter().map(|c| view! { <li>{*c}</li> }).collect_view()}</ul>
            <h4 id="method-planned">{UI.planned_title}" "<span class="spec">"(MODEL.md §12)"</span></h4>
            <ul class="prose">{PLANNED.iter().map(|c| view! { <li>{*c}</li> }).collect_view()}</ul>
        </section>
    }
}

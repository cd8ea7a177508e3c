//! The method in plain words: one topic per step of the chain, the fixed constants, the
//! choices made where MODEL.md is silent, and the limits.

use super::equation::rich;
use super::text::{tr, Topic, CHOICES, CONSTANTS, LIMITS, PLANNED, TOPICS, UI};
use crate::i18n::Lang;
use leptos::prelude::*;

/// One topic with its paragraphs and equations.
fn topic(lang: Lang, t: &'static Topic) -> impl IntoView {
    view! {
        <article class="topic" aria-labelledby=t.id>
            <h4 id=t.id>{tr(lang, t.title)}" "<span class="spec">"("{t.spec}")"</span></h4>
            {t.paras.iter().map(|p| view! {
                <p class="prose">{rich(&tr(lang, p.text))}</p>
                {(!p.eqs.is_empty()).then(|| view! {
                    <div class="eqs">
                        {p.eqs.iter().map(|e| view! { <code class="eq">{rich(&tr(lang, e))}</code> }).collect_view()}
                    </div>
                })}
            }).collect_view()}
        </article>
    }
}

/// The method section.
#[component]
pub fn MethodWords(lang: Lang) -> impl IntoView {
    view! {
        <section class="method-part" aria-labelledby="method-words">
            <h3 id="method-words">{tr(lang, UI.method_title)}</h3>
            <p class="prose">{tr(lang, UI.method_intro)}</p>
            {TOPICS.iter().map(|t| topic(lang, t)).collect_view()}
            <h4 id="method-constants">{tr(lang, UI.constants_title)}" "<span class="spec">"(MODEL.md §11)"</span></h4>
            <div class="table-scroll fit" tabindex="0" role="region" aria-labelledby="method-constants">
                <table class="constants">
                    <thead><tr><th scope="col">{tr(lang, UI.col_constant)}</th><th scope="col">{tr(lang, UI.col_value)}</th>
                        <th scope="col">{tr(lang, UI.col_source)}</th></tr></thead>
                    <tbody>
                        {CONSTANTS.iter().map(|(what, value, source)| view! {
                            <tr><th scope="row">{tr(lang, what)}</th><td>{tr(lang, value)}</td><td>{tr(lang, source)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <h4 id="method-choices">{tr(lang, UI.choices_title)}</h4>
            <ul class="prose">{CHOICES.iter().map(|c| view! { <li>{rich(&tr(lang, c))}</li> }).collect_view()}</ul>
            <h4 id="method-limits">{tr(lang, UI.limits_title)}</h4>
            <ul class="prose">{LIMITS.iter().map(|c| view! { <li>{tr(lang, c)}</li> }).collect_view()}</ul>
            <h4 id="method-planned">{tr(lang, UI.planned_title)}" "<span class="spec">"(MODEL.md §12)"</span></h4>
            <ul class="prose">{PLANNED.iter().map(|c| view! { <li>{tr(lang, c)}</li> }).collect_view()}</ul>
        </section>
    }
}

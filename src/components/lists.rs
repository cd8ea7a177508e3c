//! The scenario's list inputs that are not rows of the field table, edited on the page like
//! the plant list ([`crate::components::plants`]):
//!
//! - `recovery.maintenance` (MODEL.md §4.1): periods of whole days, `"MM-DD"` to `"MM-DD"`
//!   inclusive, in which the recovery plant recovers nothing. Controls carry
//!   `data-field="recovery.maintenance[i].from"` / `.to`; the buttons `data-action=
//!   "add-maintenance"` / `"remove-maintenance"`. An empty list is left out (no maintenance).
//! - `data_centre.ramp` (docs/model/life.md §3): the share of design IT load in each operating
//!   year, the last repeated for the remaining years, each 0–1. Controls carry
//!   `data-field="data_centre.ramp[i]"`; the buttons `data-action="add-ramp-year"` /
//!   `"remove-ramp-year"`. An empty list is left out (design load every year).
//!
//! A change is applied when the whole scenario stays valid, through the scenario signal like
//! every other control (so results, URL, saved scenarios and undo follow); otherwise the
//! model's own message (naming the element's path, the value and the allowed range) is shown
//! under the row and what was typed stays in the box.

use crate::components::field::input_text;
use crate::i18n::{Arg, I18n};
use crate::state::Twin;
use heat_twin_model::availability::Period;
use heat_twin_model::life::MAX_YEARS;
use heat_twin_model::scenario::{PeriodGiven, Problem, Scenario, MAX_PERIODS};
use leptos::prelude::*;

/// The period a user adds: the first two weeks of August \[A: the summer shutdown most plants
/// plan, when the network needs least heat; the user sets the dates\].
pub fn new_period() -> PeriodGiven {
    PeriodGiven {
        from: "08-01".into(),
        to: "08-14".into(),
    }
}

/// `scenario` with one more maintenance period (at most [`MAX_PERIODS`]).
pub fn with_added_period(scenario: &Scenario) -> Scenario {
    let mut next = scenario.clone();
    let mut list = next.recovery.maintenance.clone().unwrap_or_default();
    if list.len() < MAX_PERIODS {
        list.push(new_period());
    }
    next.recovery.maintenance = Some(list);
    next
}

/// `scenario` without maintenance period `i` (an empty list is left out).
pub fn with_removed_period(scenario: &Scenario, i: usize) -> Scenario {
    let mut next = scenario.clone();
    if let Some(list) = next.recovery.maintenance.as_mut() {
        if i < list.len() {
            list.remove(i);
        }
        if list.is_empty() {
            next.recovery.maintenance = None;
        }
    }
    next
}

/// `scenario` with one more ramp year, repeating the last share (1 = design load when there is
/// none), at most [`MAX_YEARS`] years.
pub fn with_added_ramp_year(scenario: &Scenario) -> Scenario {
    let mut next = scenario.clone();
    let mut ramp = next.data_centre.ramp.clone().unwrap_or_default();
    if ramp.len() < MAX_YEARS as usize {
        ramp.push(ramp.last().copied().unwrap_or(1.0));
    }
    next.data_centre.ramp = Some(ramp);
    next
}

/// `scenario` without ramp year `i` (an empty ramp is left out).
pub fn with_removed_ramp_year(scenario: &Scenario, i: usize) -> Scenario {
    let mut next = scenario.clone();
    if let Some(ramp) = next.data_centre.ramp.as_mut() {
        if i < ramp.len() {
            ramp.remove(i);
        }
        if ramp.is_empty() {
            next.data_centre.ramp = None;
        }
    }
    next
}

/// Applies `change` to a copy of the scenario and keeps it when it stays valid; else the
/// problems under `here` (or all of them) in the page's language, one line each.
pub(crate) fn edit(
    twin: Twin,
    here: &str,
    change: impl FnOnce(&mut Scenario),
) -> Result<(), String> {
    let lang = I18n::use_i18n().lang.get_untracked();
    let mut next = twin.scenario.get_untracked();
    change(&mut next);
    match next.validate() {
        Ok(_) => {
            if twin.scenario.with_untracked(|s| *s != next) {
                twin.scenario.set(next);
            }
            Ok(())
        }
        Err(problems) => Err(problems_text(lang, &problems, here)),
    }
}

fn problems_text(lang: crate::i18n::Lang, problems: &[Problem], here: &str) -> String {
    let mine: Vec<&Problem> = problems
        .iter()
        .filter(|p| p.path.starts_with(here))
        .collect();
    let shown: Vec<&Problem> = if mine.is_empty() {
        problems.iter().collect()
    } else {
        mine
    };
    shown
        .iter()
        .map(|p| crate::problems::problem_line(lang, p, ""))
        .collect::<Vec<_>>()
        .join(" ")
}

/// One maintenance period's row: two dates and a remove button.
fn period_row(twin: Twin, i: usize, periods: Memo<Vec<PeriodGiven>>) -> impl IntoView {
    let i18n = I18n::use_i18n();
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let here = format!("recovery.maintenance[{i}]");
    let date = move |to: bool| {
        let path = format!(
            "recovery.maintenance[{i}].{}",
            if to { "to" } else { "from" }
        );
        let label = if to {
            "lists-maintenance-to"
        } else {
            "lists-maintenance-from"
        };
        let here = here.clone();
        view! {
            <label class="list-date">
                <span>{move || i18n.t_args(label, &[("n", Arg::Text((i + 1).to_string()))])}</span>
                <input type="text" data-field=path inputmode="numeric" size="5" maxlength="5"
                    placeholder="MM-DD"
                    prop:value=move || periods.with(|l| l.get(i).map(|p| if to { p.to.clone() } else { p.from.clone() })).unwrap_or_default()
                    on:input=move |ev| {
                        let text = event_target_value(&ev).trim().to_string();
                        error.set(edit(twin, &here, |s| {
                            if let Some(p) = s.recovery.maintenance.as_mut().and_then(|l| l.get_mut(i)) {
                                if to { p.to = text } else { p.from = text }
                            }
                        }).err());
                    } />
            </label>
        }
    };
    view! {
        <li data-maintenance=i>
            {date(false)}
            {date(true)}
            <button type="button" data-action="remove-maintenance"
                aria-label=move || i18n.t_args("lists-maintenance-remove-aria", &[("n", Arg::Text((i + 1).to_string()))])
                on:click=move |_| {
                    let next = twin.scenario.with_untracked(|s| with_removed_period(s, i));
                    twin.scenario.set(next);
                }>{move || i18n.t("lists-remove")}</button>
            <Show when=move || error.with(Option::is_some)>
                <p class="plant-error" role="alert" data-list-error=format!("recovery.maintenance[{i}]")>
                    {move || error.get()}
                </p>
            </Show>
        </li>
    }
}

/// The maintenance periods editor (Heat recovery section).
#[component]
pub fn MaintenanceEditor() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let periods = Memo::new(move |_| {
        twin.scenario
            .with(|s| s.recovery.maintenance.clone().unwrap_or_default())
    });
    let count = Memo::new(move |_| periods.with(Vec::len));
    let full = move || count.get() >= MAX_PERIODS;
    let add = move |_| {
        let next = twin.scenario.with_untracked(with_added_period);
        twin.scenario.set(next);
    };
    view! {
        <div class="list-editor" data-list="recovery.maintenance" data-count=move || count.get().to_string()>
            <p class="plants-title"><strong>{move || i18n.t("lists-maintenance-title")}</strong></p>
            <Show when=move || count.get() == 0>
                <p class="plants-none">{move || i18n.t("lists-maintenance-none")}</p>
            </Show>
            <ol>
                {move || (0..count.get()).map(|i| period_row(twin, i, periods)).collect_view()}
            </ol>
            <button type="button" data-action="add-maintenance" on:click=add
                disabled=full>{move || i18n.t("lists-maintenance-add")}</button>
            <p class="plants-note">{move || i18n.t("lists-maintenance-note")}</p>
        </div>
    }
}

/// One ramp year's row: the share and a remove button.
fn ramp_row(twin: Twin, i: usize, ramp: Memo<Vec<f64>>) -> impl IntoView {
    let i18n = I18n::use_i18n();
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let path = format!("data_centre.ramp[{i}]");
    let here = path.clone();
    view! {
        <li data-ramp-year=i>
            <label class="list-share">
                <span>{move || i18n.t_args("lists-ramp-year", &[("n", Arg::Text((i + 1).to_string()))])}</span>
                <input type="number" step="any" min="0" max="1" inputmode="decimal" data-field=path
                    prop:value=move || ramp.with(|l| l.get(i).copied().map(input_text)).unwrap_or_default()
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        let lang = i18n.lang.get_untracked();
                        error.set(match text.trim().parse::<f64>().ok().filter(|x| x.is_finite()) {
                            Some(x) => edit(twin, &here, |s| {
                                if let Some(v) = s.data_centre.ramp.as_mut().and_then(|l| l.get_mut(i)) {
                                    *v = x;
                                }
                            }).err(),
                            None => Some(format!(
                                "{here}: {}",
                                crate::i18n::translate(lang, "plants-not-number", &[("text", Arg::Text(text))])
                            )),
                        });
                    } />
            </label>
            <button type="button" data-action="remove-ramp-year"
                aria-label=move || i18n.t_args("lists-ramp-remove-aria", &[("n", Arg::Text((i + 1).to_string()))])
                on:click=move |_| {
                    let next = twin.scenario.with_untracked(|s| with_removed_ramp_year(s, i));
                    twin.scenario.set(next);
                }>{move || i18n.t("lists-remove")}</button>
            <Show when=move || error.with(Option::is_some)>
                <p class="plant-error" role="alert" data-list-error=format!("data_centre.ramp[{i}]")>
                    {move || error.get()}
                </p>
            </Show>
        </li>
    }
}

/// The IT load ramp editor (Data centre section).
#[component]
pub fn RampEditor() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    let ramp = Memo::new(move |_| {
        twin.scenario
            .with(|s| s.data_centre.ramp.clone().unwrap_or_default())
    });
    let count = Memo::new(move |_| ramp.with(Vec::len));
    let full = move || count.get() >= MAX_YEARS as usize;
    let add = move |_| {
        let next = twin.scenario.with_untracked(with_added_ramp_year);
        twin.scenario.set(next);
    };
    view! {
        <div class="list-editor" data-list="data_centre.ramp" data-count=move || count.get().to_string()>
            <p class="plants-title"><strong>{move || i18n.t("lists-ramp-title")}</strong></p>
            <Show when=move || count.get() == 0>
                <p class="plants-none">{move || i18n.t("lists-ramp-none")}</p>
            </Show>
            <ol>
                {move || (0..count.get()).map(|i| ramp_row(twin, i, ramp)).collect_view()}
            </ol>
            <button type="button" data-action="add-ramp-year" on:click=add
                disabled=full>{move || i18n.t("lists-ramp-add")}</button>
            <p class="plants-note">{move || i18n.t("lists-ramp-note")}</p>
        </div>
    }
}

/// `"MM-DD"` of a 0-based day of a 365-day year (day 0 = 01-01, 364 = 12-31).
pub fn month_day(day: u16) -> String {
    const DAYS: [u16; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut left = day % 365;
    for (m, n) in DAYS.iter().enumerate() {
        if left < *n {
            return format!("{:02}-{:02}", m + 1, left + 1);
        }
        left -= n;
    }
    "12-31".to_string()
}

/// Days in a period, both ends included; one whose end is before its start runs over New Year.
pub fn period_days(from_day: u16, to_day: u16) -> u16 {
    if to_day >= from_day {
        to_day - from_day + 1
    } else {
        365 - from_day + to_day + 1
    }
}

/// The maintenance periods in use, as the model reads them ([`Period::parse`]), for the Method panel
/// (`data-maintenance-in-use` rows).
#[component]
pub fn MaintenanceInUse(
    /// The panel's language.
    lang: crate::i18n::Lang,
) -> impl IntoView {
    use crate::i18n::translate;
    let twin = Twin::use_twin();
    let rows = move || {
        twin.scenario.with(|s| {
            s.recovery
                .maintenance
                .as_deref()
                .unwrap_or_default()
                .iter()
                .enumerate()
                .filter_map(|(i, given)| Period::parse(i, &given.from, &given.to).ok())
                .enumerate()
                .map(|(i, p)| {
                    view! {
                        <li data-maintenance-in-use=i>{translate(lang, "lists-maintenance-in-use", &[
                            ("from", Arg::Text(month_day(p.from_day))),
                            ("to", Arg::Text(month_day(p.to_day))),
                            ("days", Arg::Text(period_days(p.from_day, p.to_day).to_string())),
                        ])}</li>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="method-section" id="method-maintenance">
            <h3>{translate(lang, "lists-maintenance-title", &[])}</h3>
            {move || {
                let rows = rows();
                if rows.is_empty() {
                    view! { <p class="prose">{translate(lang, "lists-maintenance-none", &[])}</p> }.into_any()
                } else {
                    view! { <ul>{rows}</ul> }.into_any()
                }
            }}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_added_and_removed_and_an_empty_list_is_left_out() {
        let s = Scenario::default();
        let one = with_added_period(&s);
        assert_eq!(one.recovery.maintenance, Some(vec![new_period()]));
        assert!(one.validate().is_ok());
        let back = with_removed_period(&one, 0);
        assert_eq!(back.recovery.maintenance, None);
        // Removing a row that is not there changes nothing.
        assert_eq!(with_removed_period(&one, 3), one);
    }

    #[test]
    fn a_bad_date_names_its_field() {
        let mut s = with_added_period(&Scenario::default());
        if let Some(p) = s.recovery.maintenance.as_mut().and_then(|l| l.first_mut()) {
            p.from = "13-45".into();
        }
        let problems = s.validate().err().unwrap_or_default();
        let text = problems_text(crate::i18n::Lang::En, &problems, "recovery.maintenance[0]");
        assert!(text.starts_with("recovery.maintenance[0].from"), "{text}");
        assert!(text.contains("13-45"), "{text}");
    }

    #[test]
    fn ramp_years_repeat_the_last_share() {
        let s = Scenario::default();
        let one = with_added_ramp_year(&s);
        assert_eq!(one.data_centre.ramp, Some(vec![1.0]));
        let mut two = with_added_ramp_year(&one);
        if let Some(r) = two.data_centre.ramp.as_mut() {
            r[0] = 0.5;
        }
        let three = with_added_ramp_year(&with_removed_ramp_year(&two, 1));
        // [0.5, 1] without year 2 is [0.5]; the added year repeats 0.5.
        assert_eq!(three.data_centre.ramp, Some(vec![0.5, 0.5]));
        assert!(three.validate().is_ok());
        let none = with_removed_ramp_year(&with_removed_ramp_year(&three, 0), 0);
        assert_eq!(none.data_centre.ramp, None);
    }

    #[test]
    fn a_share_above_one_names_its_year() {
        let mut s = with_added_ramp_year(&with_added_ramp_year(&Scenario::default()));
        if let Some(r) = s.data_centre.ramp.as_mut() {
            r[1] = 1.5;
        }
        let problems = s.validate().err().unwrap_or_default();
        let text = problems_text(crate::i18n::Lang::En, &problems, "data_centre.ramp[1]");
        assert!(text.starts_with("data_centre.ramp[1]: 1.5"), "{text}");
    }

    #[test]
    fn days_read_back_as_month_day() {
        // Day 0 = 01-01; 31 + 28 + 31 + 30 + 31 + 30 = 181 → 07-01; 181 + 13 = 194 → 07-14.
        assert_eq!(month_day(0), "01-01");
        assert_eq!(month_day(181), "07-01");
        assert_eq!(month_day(194), "07-14");
        assert_eq!(month_day(364), "12-31");
        assert_eq!(period_days(181, 194), 14);
        // 12-20 (353) to 01-05 (4): 12 days of December (353..=364) and 5 of January.
        assert_eq!(period_days(353, 4), 17);
    }
}

//! The scenario's measured profiles in the Method panel (docs/model/measured.md §9): one line
//! per driven input (`data-method-driver="<input path>"`) naming it, "measured profile", the
//! hours it drives and the hours left to the model.

use crate::i18n::{translate, Arg, Lang};
use crate::state::Twin;
use heat_twin_model::scenario::profile_path;
use heat_twin_model::weather::HOURS;
use heat_twin_model::Driver;
use leptos::prelude::*;

/// The lines, or nothing when no profile drives.
#[component]
pub fn DriversInUse(
    /// The panel's language.
    lang: Lang,
) -> impl IntoView {
    let twin = Twin::use_twin();
    let style = lang.number_style();
    move || {
        let hours = twin.valid.with(|v| {
            v.as_ref()
                .ok()
                .map(|v| v.drivers.driven_hours())
                .filter(|h| *h != Default::default())
        })?;
        let lines = Driver::ALL
            .into_iter()
            .filter(|d| hours.get(*d) > 0)
            .map(|d| {
                let n = hours.get(d);
                let text = translate(
                    lang,
                    "method-driver-line",
                    &[
                        ("input", Arg::Text(profile_path(d).to_string())),
                        ("hours", Arg::Text(crate::format::fixed(n as f64, 0, style))),
                        (
                            "rest",
                            Arg::Text(crate::format::fixed((HOURS - n) as f64, 0, style)),
                        ),
                    ],
                );
                view! { <li data-method-driver=profile_path(d)>{text}</li> }
            })
            .collect_view();
        Some(view! {
            <section class="method-drivers" data-method-drivers="">
                <h3>{translate(lang, "method-drivers-title", &[])}</h3>
                <ul>{lines}</ul>
            </section>
        })
    }
}

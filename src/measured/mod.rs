//! "Measured data" (issue 10, first slice): a plant's metered CSV loaded in the browser with
//! `heat-twin-measured`, what it holds, and the scenario's year against it: the ASHRAE
//! Guideline 14 statistics hourly and monthly beside the guideline's limits (recomputed with
//! every change of the scenario) and an overlay of daily means with a table of monthly means.
//!
//! - [`load`]: bytes in (an upload or the shipped synthetic example), a refused file's sentence;
//! - [`columns`]: the files of the last choice (several merge), what each column is read as,
//!   chosen by the user when a name is not recognised;
//! - [`pairing`]: each series against the model's hourly column, statistics and means;
//! - [`mod@view`]: the tables and the daily chart;
//! - [`week`], [`week_view`]: a chosen week hour by hour, with its daily sums;
//! - [`scatter_view`]: modelled against measured, each hour a point, with the 1:1 line;
//! - [`share`]: the loaded data page-wide, and the share control's note that the link leaves
//!   it out, with its download as JSON;
//! - [`calibrate`], [`calibrate_view`]: the CLI's calibration run in slices, apply and undo;
//! - [`drive`]: which measured series drive the runs (docs/model/measured.md §9).
//!
//! A refused file leaves what was loaded before in place; nothing else on the page changes.

pub use heat_twin_worker::calibrate;
pub mod calibrate_view;
pub mod columns;
pub mod drive;
pub mod load;
pub mod pairing;
pub mod scatter_view;
pub mod share;
pub mod view;
pub mod week;
pub mod week_view;

use crate::i18n::I18n;
use crate::run::Snapshot;
use crate::state::Twin;
use heat_twin_measured::Series;
use heat_twin_model::Hourly;
use leptos::prelude::*;
use load::Loaded;
use pairing::Compared;
use std::sync::Arc;

/// Calls `read` with the hourly columns of the year `snap` shows: the app's last run when it is
/// that year (the usual case), otherwise the same parameters run again here; with measured
/// `drivers`, the year run again on them (`None` when they are refused).
fn with_hourly<R>(
    twin: Twin,
    snap: &Snapshot,
    drivers: Option<&heat_twin_model::Drivers>,
    read: impl Fn(&Hourly) -> R,
) -> Option<R> {
    if let Some(d) = drivers.filter(|d| !d.is_empty()) {
        let t = twin.weather.get_untracked().ok()?;
        let mut sim = heat_twin_model::Simulator::new();
        return sim
            .run_driven(&snap.params, &t, d)
            .ok()
            .map(|r| read(&r.hourly));
    }
    if let Some(r) =
        crate::run::with_results(|r| (r.summary == snap.summary).then(|| read(&r.hourly)))
    {
        return Some(r);
    }
    let t = twin.weather.get_untracked().ok()?;
    let mut sim = heat_twin_model::Simulator::new();
    Some(read(&sim.run(&snap.params, &t).hourly))
}

/// The panel.
#[component]
pub fn MeasuredPanel() -> impl IntoView {
    let twin = Twin::use_twin();
    let i18n = I18n::use_i18n();
    // Page-wide: the share control reads it too.
    let loaded: RwSignal<Option<Loaded>> = share::loaded();
    let message: RwSignal<Option<String>> = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let chosen: RwSignal<Option<Series>> = RwSignal::new(None);
    // The week the user typed; `None` shows each series' first full week.
    let asked_week: RwSignal<Option<usize>> = RwSignal::new(None);
    let weeks = Signal::derive(move || {
        loaded
            .with(|l| l.as_ref().and_then(|l| pairing::period(&l.data)))
            .map_or((1, week::WEEKS), week::weeks_of_period)
    });
    // Which measured series drive the runs (docs/model/measured.md §9).
    let ticked = RwSignal::new(drive::DEFAULT_DRIVE);
    let driving: Memo<Option<drive::Driving>> = Memo::new(move |_| {
        let snap = twin.snapshot.get();
        let on = ticked.get();
        loaded.with(|l| {
            l.as_ref()
                .map(|l| drive::driving(&l.data, on, snap.as_ref().map(|s| &s.params)))
        })
    });
    // The ticked drivers become the scenario's profiles, so the whole page runs on them; with
    // no file loaded the scenario keeps the profiles it came with (a link, a saved scenario).
    // Following the loaded file is not an edit of the user's: a scenario without unsaved edits
    // stays so (switching presets does not ask; the new preset takes the same drivers).
    Effect::new(move |_| {
        driving.with(|d| {
            let Some(d) = d else { return };
            if twin
                .scenario
                .with_untracked(|s| drive::differs(s, &d.drivers))
            {
                let clean = !twin.is_dirty();
                twin.scenario.update(|s| {
                    drive::into_scenario(s, &d.drivers);
                });
                if clean {
                    twin.mark_saved();
                }
            }
        });
    });
    let compared: Memo<Option<Arc<Compared>>> = Memo::new(move |_| {
        let data = loaded.with(|l| l.as_ref().map(|l| l.data.clone()))?;
        let snap = twin.snapshot.get()?;
        let d = driving.get();
        with_hourly(twin, &snap, d.as_ref().map(|d| &d.drivers), |h| {
            pairing::compared(&data, h)
        })
        .map(Arc::new)
    });
    let measured_data = Signal::derive(move || loaded.with(|l| l.as_ref().map(|l| l.data.clone())));
    // The files of the last choice, with how each is read.
    let sources: RwSignal<Vec<columns::Source>> = RwSignal::new(Vec::new());
    // Takes the outcome of a load: new files replace the old ones; every refused or unreadable
    // file is named, and when none loads what was loaded stays.
    let accept = move |(outcome, refused): (Option<Loaded>, Vec<String>)| {
        busy.set(false);
        message.set((!refused.is_empty()).then(|| refused.join(" ")));
        if let Some(l) = outcome {
            let first = l
                .data
                .series
                .iter()
                .map(|s| s.series)
                .find(|s| *s != Series::OutdoorC)
                .or_else(|| l.data.series.first().map(|s| s.series));
            chosen.set(first);
            asked_week.set(None);
            loaded.set(Some(l));
        }
    };
    // Reads the files of the last choice, as each is now to be read; `unreadable` names the
    // chosen files whose bytes could not be had, after the refused ones.
    let read_sources = move |unreadable: Vec<String>| {
        let lang = i18n.lang.get_untracked();
        let mut files = sources.get_untracked();
        let (outcome, mut refused) = columns::read_all(lang, &mut files);
        sources.set(files);
        refused.extend(unreadable);
        accept((outcome, refused));
    };
    let reread = Callback::new(move |()| read_sources(Vec::new()));
    let on_file = move |ev: leptos::ev::Event| {
        #[cfg(target_arch = "wasm32")]
        {
            let files = load::chosen_files(&ev);
            if files.is_empty() {
                return;
            }
            let lang = i18n.lang.get_untracked();
            busy.set(true);
            leptos::task::spawn_local(async move {
                let mut chosen = Vec::new();
                let mut unreadable = Vec::new();
                for file in files {
                    let name = file.name();
                    match load::file_bytes(&file).await {
                        Some(bytes) => chosen.push(columns::Source::new(name, Arc::from(bytes))),
                        None => unreadable.push(crate::i18n::translate(
                            lang,
                            "measured-unreadable",
                            &[("file", crate::i18n::Arg::Text(name))],
                        )),
                    }
                }
                if chosen.is_empty() {
                    return accept((None, unreadable));
                }
                sources.set(chosen);
                read_sources(unreadable);
            });
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (ev, read_sources);
    };
    let on_example = move |_| {
        #[cfg(target_arch = "wasm32")]
        {
            let lang = i18n.lang.get_untracked();
            busy.set(true);
            leptos::task::spawn_local(async move {
                match load::example_bytes().await {
                    Some(bytes) => {
                        sources.set(vec![columns::Source::new(
                            load::EXAMPLE_NAME.to_string(),
                            Arc::from(bytes),
                        )]);
                        reread.run(());
                    }
                    None => accept((
                        None,
                        vec![crate::i18n::translate(lang, "measured-example-failed", &[])],
                    )),
                }
            });
        }
    };
    view! {
        <section class="card measured" aria-labelledby="measured-title" data-panel="measured">
            <h2 id="measured-title">{move || i18n.t("measured-title")}</h2>
            <p class="measured-note">{move || i18n.t("measured-intro")}</p>
            <div class="measured-form">
                <label>{move || i18n.t("measured-upload")}
                    <input type="file" accept=".csv,text/csv" multiple data-control="measured-upload"
                        on:change=on_file />
                </label>
                <button type="button" data-action="measured-example" on:click=on_example>
                    {move || i18n.t("measured-example")}</button>
            </div>
            <p class="measured-note">{move || i18n.t("measured-example-note")}</p>
            <Show when=move || busy.get()>
                <p role="status">{move || i18n.t("measured-loading")}</p>
            </Show>
            <Show when=move || message.with(Option::is_some)>
                <p class="message measured-error" role="alert" data-measured-error="">
                    {move || message.get()}</p>
            </Show>
            <columns::ColumnChoice sources=sources reread=reread message=message />
            {move || loaded.get().map(|l| view::found(i18n, &l))}
            <drive::DriveChoice measured=measured_data ticked=ticked driving=driving />
            <Show when=move || loaded.with(Option::is_some) && twin.snapshot.with(Option::is_none)>
                <p class="measured-note">{move || i18n.t("measured-no-model")}</p>
            </Show>
            {move || compared.get().map(|c| view::statistics(i18n, &c))}
            <view::Overlay compared=compared chosen=chosen />
            <div class="measured-overlay" hidden=move || compared.with(Option::is_none)>
                <week_view::WeekOverlay compared=compared chosen=chosen weeks=weeks
                    asked=asked_week />
                <scatter_view::Scatter compared=compared chosen=chosen />
            </div>
            <calibrate_view::Calibrate loaded=loaded driving=driving />
        </section>
    }
}

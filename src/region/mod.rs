//! The region page (issue 8), at `#region`: a portfolio of data centres and the district
//! heating networks they feed, run together in the instruments' Web Worker
//! (`heat_twin_worker::Request::Portfolio`, the same run as `heat-twin-cli portfolio`), shown
//! as aggregate KPI cards (`data-scope="portfolio"`), progress toward the portfolio's
//! `target_homes`, and sortable tables of sites and networks.
//!
//! Address: `#region` opens the page on Lombardy; `#region&pf=<stem>` on another embedded
//! portfolio (the part has no `s=`/`p=`, so the scenario link of src/share ignores it).

mod bridge;
pub mod chart;
pub mod csv_import;
pub mod edit;
mod editor;
pub mod files;
pub mod kpis;
pub mod link;
pub mod map;
pub mod open;
pub mod portfolios;
pub mod tables;

use crate::i18n::{Arg, I18n};
use heat_twin_worker::portfolio::PortfolioAnswer;
use heat_twin_worker::{Reply, Request};
use leptos::prelude::*;
use std::sync::Arc;

pub use link::is_region;

/// What the page runs: an embedded portfolio, or a whole portfolio from a link or a file.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// An embedded portfolio, by file stem.
    Preset(String),
    /// A portfolio's JSON text.
    Json(String),
}

impl Source {
    /// The portfolio's JSON text.
    pub fn text(&self) -> Option<String> {
        match self {
            Source::Preset(s) => portfolios::text(s).map(str::to_owned),
            Source::Json(t) => Some(t.clone()),
        }
    }

    /// Its region fragment (src/region/link.rs).
    pub fn fragment(&self) -> String {
        link::write(&match self {
            Source::Preset(s) => link::Named::Preset(s.clone()),
            Source::Json(t) => link::Named::Json(t.clone()),
        })
    }

    /// The value of `select[data-control="portfolio"]`: the stem, or `custom`.
    fn choice(&self) -> String {
        match self {
            Source::Preset(s) => s.clone(),
            Source::Json(_) => CUSTOM.to_owned(),
        }
    }
}

/// The selector's value for a portfolio from a link or a file.
const CUSTOM: &str = "custom";

/// What a fragment opens (Lombardy when it names nothing), and whether its `pj=` was damaged.
fn source_of(fragment: &str) -> (Source, bool) {
    match link::read(fragment, |s| portfolios::text(s).is_some()) {
        Ok(link::Named::Preset(s)) => (Source::Preset(s), false),
        Ok(link::Named::Json(t)) => (Source::Json(t), false),
        Ok(link::Named::Nothing) => (Source::Preset(portfolios::DEFAULT.to_owned()), false),
        Err(_) => (Source::Preset(portfolios::DEFAULT.to_owned()), true),
    }
}

/// The address's fragment, without `#` (empty outside the browser).
fn hash() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .map(|h| h.trim_start_matches('#').to_string())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// Replaces the fragment without a new history entry.
fn write_hash(fragment: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("#{fragment}")),
        );
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = fragment;
}

/// Whether the region page is shown (provided as context by [`use_route`]).
#[derive(Clone, Copy)]
pub struct Route(pub RwSignal<bool>);

/// Whether the region page is shown: follows the address (`#region…`) and its changes.
pub fn use_route() -> RwSignal<bool> {
    let on = RwSignal::new(is_region(&hash()));
    provide_context(Route(on));
    #[cfg(target_arch = "wasm32")]
    {
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            on.set(is_region(&hash()));
        });
        // The listener lives as long as the page.
        std::mem::forget(handle);
    }
    on
}

/// The header's two rooms: the single-site twin and the region.
#[component]
pub fn RoomNav(on_region: RwSignal<bool>, twin: crate::state::Twin) -> impl IntoView {
    let i18n = I18n::use_i18n();
    // Back to the twin: its own link (as src/share writes it), so the address stays shareable.
    let to_twin = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let fragment = crate::share::current(twin, i18n.lang.get_untracked());
        write_hash(&fragment);
        on_region.set(false);
    };
    // Back to the region after a site was opened in the twin: its portfolio, not Lombardy.
    let to_region = move |ev: leptos::ev::MouseEvent| {
        if let Some(fragment) = open::fragment() {
            ev.prevent_default();
            write_hash(&fragment);
            on_region.set(true);
        }
    };
    view! {
        <nav class="rooms" aria-label=move || i18n.t("region-nav-aria")>
            <a href="#" data-nav="twin" on:click=to_twin
                aria-current=move || (!on_region.get()).then_some("page")>
                {move || i18n.t("region-nav-twin")}</a>
            <a href="#region" data-nav="region" on:click=to_region
                aria-current=move || on_region.get().then_some("page")>
                {move || i18n.t("region-nav-region")}</a>
        </nav>
    }
}

/// Where a run stands (`data-state` of the status line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunState {
    /// Running in the worker.
    Running,
    /// Answered.
    Done,
    /// Refused (bad portfolio) or the worker failed.
    Failed,
}

impl RunState {
    fn code(self) -> &'static str {
        match self {
            RunState::Running => "running",
            RunState::Done => "done",
            RunState::Failed => "failed",
        }
    }
}

/// The region page's state.
#[derive(Clone, Copy)]
pub struct Region {
    /// The portfolio shown.
    pub source: RwSignal<Source>,
    /// A message about the link the page was opened with (damaged), if any.
    pub notice: RwSignal<Option<String>>,
    /// The last answer of the newest run.
    pub answer: RwSignal<Option<Arc<PortfolioAnswer>>>,
    /// Where the newest run stands.
    pub state: RwSignal<RunState>,
    /// Sites done and in all, of the newest run.
    pub progress: RwSignal<(usize, usize)>,
    /// Why the newest run failed.
    pub error: RwSignal<Option<String>>,
    id: StoredValue<u32>,
    /// The portfolio whose answer is shown (of the newest run that succeeded).
    shown: StoredValue<Option<Source>>,
    /// The portfolio of the newest run.
    running: StoredValue<Option<Source>>,
    /// When the newest run is of an edit: the portfolio before it, to go back to if the
    /// model refuses the edit.
    before_edit: StoredValue<Option<Source>>,
    /// Set by [`Region::edit`] for the run its change starts.
    pending_edit: StoredValue<Option<Source>>,
}

impl Region {
    fn new(source: Source) -> Self {
        Region {
            source: RwSignal::new(source),
            notice: RwSignal::new(None),
            answer: RwSignal::new(None),
            state: RwSignal::new(RunState::Running),
            progress: RwSignal::new((0, 0)),
            error: RwSignal::new(None),
            id: StoredValue::new(0),
            shown: StoredValue::new(None),
            running: StoredValue::new(None),
            before_edit: StoredValue::new(None),
            pending_edit: StoredValue::new(None),
        }
    }

    /// The portfolio an edit starts from: the one chosen, or the one shown if the chosen
    /// one failed (a bad file or link), so that an edit of the tables' sites edits them.
    fn edit_base(self) -> Source {
        let chosen = self.source.get_untracked();
        match (self.state.get_untracked(), self.shown.get_value()) {
            (RunState::Failed, Some(shown)) => shown,
            _ => chosen,
        }
    }

    /// Applies `change` to the portfolio's JSON text and runs the result; `Ok` carries the
    /// changed text and a message saying what was done. A change that cannot be made leaves
    /// everything as it was and says why; one the model refuses goes back to the portfolio
    /// before it ([`Region::on_reply`]).
    pub fn edit(
        self,
        change: impl FnOnce(&str) -> Result<(String, String), edit::EditError>,
    ) -> Result<(), edit::EditError> {
        let base = self.edit_base();
        let text = base.text().ok_or_else(|| {
            edit::EditError::NotPortfolio(format!("no portfolio \"{}\"", base.choice()))
        })?;
        let (changed, message) = change(&text)?;
        self.pending_edit.set_value(Some(base));
        self.notice.set(Some(message));
        self.source.set(Source::Json(changed));
        Ok(())
    }

    /// Runs the chosen portfolio in the worker, superseding any run in progress.
    pub fn run(self) {
        let Some(text) = self.source.with_untracked(Source::text) else {
            return;
        };
        let id = self.id.get_value().wrapping_add(1);
        self.id.set_value(id);
        self.before_edit.set_value(self.pending_edit.get_value());
        self.pending_edit.set_value(None);
        self.running.set_value(Some(self.source.get_untracked()));
        bridge::stop();
        self.state.set(RunState::Running);
        self.progress.set((0, 0));
        self.error.set(None);
        // The presets the file may name (the worker embeds none): those whose stem it quotes.
        let presets = crate::presets::PRESETS
            .iter()
            .filter(|(stem, _)| text.contains(&format!("\"{stem}\"")))
            .map(|(stem, json)| (stem.to_string(), json.to_string()))
            .collect();
        let request = Request::Portfolio {
            id,
            portfolio: text,
            presets,
        };
        let posted = serde_json::to_string(&request)
            .map_err(|e| e.to_string())
            .and_then(|t| bridge::post(self, t));
        if let Err(e) = posted {
            self.fail(e);
        }
    }

    /// Shows `message` as the run's failure (the last answer stays on the page).
    pub fn fail(self, message: String) {
        self.error.set(Some(message));
        self.state.set(RunState::Failed);
    }

    /// A reply from the worker: only the newest request's are used.
    pub fn on_reply(self, reply: Reply) {
        if reply.id() != Some(self.id.get_value()) {
            return;
        }
        match reply {
            Reply::Progress { done, total, .. } => self.progress.set((done, total)),
            Reply::Portfolio { answer, .. } => {
                self.shown.set_value(self.running.get_value());
                self.before_edit.set_value(None);
                self.answer.set(Some(Arc::new(*answer)));
                self.state.set(RunState::Done);
            }
            Reply::Failed { message, .. } => match self.before_edit.get_value() {
                // An edit the model refused: say why and go back to the portfolio before it.
                Some(before) => {
                    self.before_edit.set_value(None);
                    let i18n = I18n::use_i18n();
                    let text = i18n.lang.with_untracked(|l| {
                        crate::i18n::translate(
                            *l,
                            "region-edit-refused",
                            &[("why", Arg::Text(message.clone()))],
                        )
                    });
                    self.notice.set(Some(text));
                    self.source.set(before);
                }
                None => self.fail(message),
            },
            _ => {}
        }
    }

    /// The worker could not start or crashed.
    pub fn on_worker_error(self) {
        bridge::stop();
        let i18n = I18n::use_i18n();
        self.fail(
            i18n.lang
                .with_untracked(|l| crate::i18n::translate(*l, "region-worker-failed", &[])),
        );
    }
}

/// The kiosk's region step (src/kiosk): an embedded portfolio run in the worker, its aggregate
/// cards, the progress toward its target and the map; nothing to edit, open or save, and the
/// address left alone.
#[component]
pub fn KioskRegion(
    /// The portfolio's file stem.
    stem: &'static str,
) -> impl IntoView {
    let region = Region::new(Source::Preset(stem.to_owned()));
    provide_context(region);
    region.run();
    on_cleanup(bridge::stop);
    view! {
        <section class="region kiosk-region" data-room="region">
            <kpis::RegionKpis />
            <kpis::Target />
            <map::RegionMap />
        </section>
    }
}

/// The region page.
#[component]
pub fn RegionPage() -> impl IntoView {
    let i18n = I18n::use_i18n();
    let (source, damaged) = source_of(&hash());
    // Back from a site opened in the twin: its changes go into the portfolio.
    let (source, back) = open::come_back(source, i18n);
    let region = Region::new(source);
    if damaged {
        region.notice.set(Some(i18n.lang.with_untracked(|l| {
            crate::i18n::translate(*l, "region-link-damaged", &[])
        })));
    } else {
        region.notice.set(back);
    }
    provide_context(region);
    Effect::new(move |_| {
        let fragment = region.source.with(Source::fragment);
        if hash() != fragment {
            write_hash(&fragment);
        }
        // Back to the portfolio already shown (an edit the model refused): its answer stands.
        let shown = region.shown.get_value();
        if shown.is_some() && region.source.with_untracked(|s| Some(s) == shown.as_ref()) {
            // Any run in progress is of another portfolio: drop it and its replies.
            region.id.update_value(|i| *i = i.wrapping_add(1));
            bridge::stop();
            region.error.set(None);
            region.state.set(RunState::Done);
            return;
        }
        region.run();
    });
    // A region link pasted into this tab: open what it names.
    #[cfg(target_arch = "wasm32")]
    {
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            let now = hash();
            if is_region(&now) && region.source.with_untracked(Source::fragment) != now {
                let (source, damaged) = source_of(&now);
                region.notice.set(damaged.then(|| {
                    crate::i18n::translate(i18n.lang.get_untracked(), "region-link-damaged", &[])
                }));
                region.source.set(source);
            }
        });
        on_cleanup(move || handle.remove());
    }
    on_cleanup(bridge::stop);
    let status = move || {
        let (done, total) = region.progress.get();
        match region.state.get() {
            RunState::Running => i18n.t_args(
                "region-running",
                &[
                    ("done", Arg::Text(i18n.fixed(done as f64, 0))),
                    ("total", Arg::Text(i18n.fixed(total as f64, 0))),
                ],
            ),
            RunState::Failed => region.error.get().unwrap_or_default(),
            RunState::Done => region
                .answer
                .with(|a| {
                    a.as_ref().map(|a| {
                        i18n.t_args(
                            "region-done",
                            &[
                                ("sites", Arg::Text(i18n.fixed(a.sites.len() as f64, 0))),
                                (
                                    "networks",
                                    Arg::Text(i18n.fixed(a.networks.len() as f64, 0)),
                                ),
                                ("ms", Arg::Text(i18n.fixed(a.elapsed_ms, 0))),
                            ],
                        )
                    })
                })
                .unwrap_or_default(),
        }
    };
    view! {
        <section class="region" data-room="region" aria-labelledby="region-title">
            <h2 id="region-title">{move || i18n.t("region-title")}</h2>
            <p class="region-intro">{move || i18n.t("region-intro")}</p>
            <label class="region-choice">{move || i18n.t("region-portfolio")}
                <select data-control="portfolio" prop:value=move || region.source.with(Source::choice)
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if v != CUSTOM {
                            region.source.set(Source::Preset(v));
                        }
                    }>
                    {portfolios::PORTFOLIOS.iter().map(|(s, _)| {
                        view! { <option value=*s>{portfolios::name(s)}</option> }
                    }).collect_view()}
                    <Show when=move || region.source.with(|s| matches!(s, Source::Json(_)))>
                        <option value=CUSTOM>{move || i18n.t("region-custom")}</option>
                    </Show>
                </select>
            </label>
            <files::RegionFiles />
            <Show when=move || region.notice.with(Option::is_some)>
                <p class="message" role="status">{move || region.notice.get()}</p>
            </Show>
            <p class="region-status" role="status" data-status="region"
                data-state=move || region.state.get().code()>{status}</p>
            <Show when=move || region.answer.with(Option::is_some)>
                <kpis::Target />
                <kpis::RegionKpis />
                <div class="region-visuals">
                    <map::RegionMap />
                    <chart::Ranking />
                </div>
                <tables::SitesTable />
                <editor::AddSite />
                <editor::CsvSites />
                <tables::NetworksTable />
            </Show>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_fragment_opens() {
        let lombardy = Source::Preset("lombardy".into());
        assert_eq!(source_of("region"), (lombardy.clone(), false));
        assert_eq!(
            source_of("region&pf=example-shared"),
            (Source::Preset("example-shared".into()), false)
        );
        assert_eq!(source_of("region&pf=nowhere"), (lombardy.clone(), false));
        assert_eq!(source_of("region&pj=1.AAAA"), (lombardy.clone(), true));
        let own = Source::Json("{}".into());
        assert_eq!(source_of(&own.fragment()), (own, false));
        assert_eq!(lombardy.fragment(), "region&pf=lombardy");
        assert_eq!(lombardy.choice(), "lombardy");
    }
}

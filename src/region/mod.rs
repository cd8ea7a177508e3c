//! The region page (issue 8), at `#region`: a portfolio of data centres and the district
//! heating networks they feed, run together in the instruments' Web Worker
//! (`heat_twin_worker::Request::Portfolio`, the same run as `heat-twin-cli portfolio`), shown
//! as aggregate KPI cards (`data-scope="portfolio"`), progress toward the portfolio's
//! `target_homes`, and sortable tables of sites and networks.
//!
//! Address: `#region` opens the page on Lombardy; `#region&pf=<stem>` on another embedded
//! portfolio (the part has no `s=`/`p=`, so the scenario link of src/share ignores it).

mod bridge;
pub mod kpis;
pub mod portfolios;
pub mod tables;

use crate::i18n::{Arg, I18n};
use heat_twin_worker::portfolio::PortfolioAnswer;
use heat_twin_worker::{Reply, Request};
use leptos::prelude::*;
use std::sync::Arc;

/// Whether a fragment (without `#`) opens the region page.
pub fn is_region(fragment: &str) -> bool {
    fragment == "region" || fragment.starts_with("region&")
}

/// The embedded portfolio a region fragment names (`pf=<stem>`), if any.
pub fn fragment_stem(fragment: &str) -> Option<&str> {
    if !is_region(fragment) {
        return None;
    }
    fragment
        .split('&')
        .find_map(|p| p.strip_prefix("pf="))
        .filter(|s| portfolios::text(s).is_some())
}

/// The region fragment of an embedded portfolio.
pub fn fragment(stem: &str) -> String {
    format!("region&pf={stem}")
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

/// Whether the region page is shown: follows the address (`#region…`) and its changes.
pub fn use_route() -> RwSignal<bool> {
    let on = RwSignal::new(is_region(&hash()));
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
    view! {
        <nav class="rooms" aria-label=move || i18n.t("region-nav-aria")>
            <a href="#" data-nav="twin" on:click=to_twin
                aria-current=move || (!on_region.get()).then_some("page")>
                {move || i18n.t("region-nav-twin")}</a>
            <a href="#region" data-nav="region"
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
    /// The embedded portfolio shown (its file stem).
    pub stem: RwSignal<String>,
    /// The last answer of the newest run.
    pub answer: RwSignal<Option<Arc<PortfolioAnswer>>>,
    /// Where the newest run stands.
    pub state: RwSignal<RunState>,
    /// Sites done and in all, of the newest run.
    pub progress: RwSignal<(usize, usize)>,
    /// Why the newest run failed.
    pub error: RwSignal<Option<String>>,
    id: StoredValue<u32>,
}

impl Region {
    fn new(stem: &str) -> Self {
        Region {
            stem: RwSignal::new(stem.to_owned()),
            answer: RwSignal::new(None),
            state: RwSignal::new(RunState::Running),
            progress: RwSignal::new((0, 0)),
            error: RwSignal::new(None),
            id: StoredValue::new(0),
        }
    }

    /// Runs the chosen portfolio in the worker, superseding any run in progress.
    pub fn run(self) {
        let stem = self.stem.get_untracked();
        let Some(text) = portfolios::text(&stem) else {
            return;
        };
        let id = self.id.get_value().wrapping_add(1);
        self.id.set_value(id);
        bridge::stop();
        self.state.set(RunState::Running);
        self.progress.set((0, 0));
        self.error.set(None);
        let request = Request::Portfolio {
            id,
            portfolio: text.to_owned(),
        };
        let posted = serde_json::to_string(&request)
            .map_err(|e| e.to_string())
            .and_then(|t| bridge::post(self, t));
        if let Err(e) = posted {
            self.fail(e);
        }
    }

    fn fail(self, message: String) {
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
                self.answer.set(Some(Arc::new(*answer)));
                self.state.set(RunState::Done);
            }
            Reply::Failed { message, .. } => self.fail(message),
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

/// The region page.
#[component]
pub fn RegionPage() -> impl IntoView {
    let i18n = I18n::use_i18n();
    let opened = hash();
    let stem = fragment_stem(&opened).unwrap_or(portfolios::DEFAULT);
    let region = Region::new(stem);
    provide_context(region);
    Effect::new(move |_| {
        let stem = region.stem.get();
        write_hash(&fragment(&stem));
        region.run();
    });
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
                <select data-control="portfolio" prop:value=move || region.stem.get()
                    on:change=move |ev| region.stem.set(event_target_value(&ev))>
                    {portfolios::PORTFOLIOS.iter().map(|(s, _)| {
                        view! { <option value=*s>{portfolios::name(s)}</option> }
                    }).collect_view()}
                </select>
            </label>
            <p class="region-status" role="status" data-status="region"
                data-state=move || region.state.get().code()>{status}</p>
            <Show when=move || region.answer.with(Option::is_some)>
                <kpis::Target />
                <kpis::RegionKpis />
                <tables::SitesTable />
                <tables::NetworksTable />
            </Show>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_fragments() {
        assert!(is_region("region"));
        assert!(is_region("region&pf=lombardy"));
        assert!(!is_region("regions"));
        assert!(!is_region("p=brescia-pilot"));
        assert_eq!(
            fragment_stem("region&pf=example-shared"),
            Some("example-shared")
        );
        assert_eq!(fragment_stem("region&pf=nowhere"), None);
        assert_eq!(fragment_stem("p=lombardy"), None);
        assert_eq!(fragment("lombardy"), "region&pf=lombardy");
        // The scenario link never reads a region fragment.
        assert!(!crate::share::codec::is_link(&fragment("lombardy")));
    }
}

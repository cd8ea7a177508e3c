//! The region run (docs/model/portfolio.md §9): each network with the sites feeding it,
//! dispatched together hour by hour, then each site's MODEL.md summary from its own hours.
//!
//! Two passes per network ([`super::network`]), keeping only summaries (never sites × 8,760
//! columns):
//! 1. the network pass: every site's offer (MODEL.md §2–§4, the supply side) each hour, cleared
//!    together ([`super::clearing::clear_hour`]) into one clearing per hour (a network column);
//!    with a tank first a warm-up year from half full, as a single site does. The offers are
//!    kept from the design pass within a byte budget ([`RunOptions::offer_cache_bytes`]);
//! 2. the site pass ([`super::site_pass`]), one site at a time in one reused workspace: its
//!    supply side again, its flows from its offer and the hour's clearing, the settlement and
//!    the summary of MODEL.md §10.
//!
//! Networks are independent: natively [`run_portfolio`] runs them on several threads (each
//! with its own workspace), then puts the results back in file order, so the result is the
//! same, bit for bit, on any number of threads. On wasm32 everything runs on the calling thread.

use super::aggregate::{combine, SummaryMap};
use super::network::{run_network, NetworkResult, Workspace};
use super::Portfolio;
use crate::results::Summary;

/// One site's result in a region run.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteRun {
    /// The site's name.
    pub name: String,
    /// `id` of the network it feeds.
    pub network: String,
    /// Heat delivered to the network `ΣQ_del`, MWh.
    pub heat_delivered_mwh: f64,
    /// Heat offered but not taken (too dear or no room, after the tank), MWh.
    pub heat_offered_not_taken_mwh: f64,
    /// Its share of the network's demand `ΣQ_del / ΣD` (None when the demand is 0).
    pub share_of_network_demand: Option<f64>,
    /// Its MODEL.md §10 summary (with the network's demand, must-run and backup).
    pub summary: Summary,
}

/// One network's result in a region run.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkRun {
    /// The network's `id`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Indices of its sites in [`PortfolioRun::sites`].
    pub sites: Vec<usize>,
    /// Demand at the plant `ΣD`, MWh (0 for a network no site feeds).
    pub demand_mwh: f64,
    /// Heat from the data centres `Σ_i ΣQ_del,i`, MWh.
    pub dc_heat_mwh: f64,
    /// Heat from the dispatchable plants after the data centres and the tank, MWh.
    pub backup_mwh: f64,
    /// Heat from the must-run plants, MWh.
    pub must_run_mwh: f64,
    /// How much more data-centre heat it could absorb: its dispatchable plants' heat, MWh.
    pub headroom_mwh: f64,
    /// Largest hourly `Σdirect_i − D`, kW (≤ 0: the sites never serve more than the demand).
    pub max_direct_over_demand_kw: f64,
    /// Largest hourly charge, kW (≤ the tank's power).
    pub max_charge_kw: f64,
    /// Largest hourly `|M + backup + Σdirect + discharge − D|`, kW.
    pub max_balance_error_kw: f64,
    /// Its sites' summaries combined (network fields once).
    pub summary: SummaryMap,
}

/// A portfolio's result.
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioRun {
    /// Every site's summary combined, network fields once per network.
    pub summary: SummaryMap,
    /// The networks, in file order.
    pub networks: Vec<NetworkRun>,
    /// The sites, in file order.
    pub sites: Vec<SiteRun>,
}

/// How a portfolio run uses the machine; the results do not depend on it (bit for bit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunOptions {
    /// Threads the networks are shared over (1: the calling thread only; always 1 on wasm32
    /// and in [`run_portfolio_with_progress`]).
    pub threads: usize,
    /// Bytes the kept offers may take in all, shared equally by the threads (17 bytes a
    /// site-hour: 148,920 bytes a site; docs/model/portfolio.md §9 "Speed"). Sites beyond it compute
    /// their offers again in each network pass; 0 keeps none (the path before offers were kept).
    pub offer_cache_bytes: usize,
}

/// Default budget of the kept offers: 32 MiB (225 sites' years; 112 a thread on two threads).
pub const OFFER_CACHE_BYTES: usize = 32 << 20;
/// Most threads [`run_portfolio`] uses.
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
const MAX_THREADS: usize = 8;

impl RunOptions {
    /// One thread per core (at most 8, at most one per network fed by a site; 1 on wasm32)
    /// and [`OFFER_CACHE_BYTES`].
    pub fn for_portfolio(portfolio: &Portfolio) -> Self {
        let fed = members_of(portfolio)
            .iter()
            .filter(|m| !m.is_empty())
            .count();
        #[cfg(target_arch = "wasm32")]
        let threads = {
            let _ = fed;
            1
        };
        #[cfg(not(target_arch = "wasm32"))]
        let threads = std::thread::available_parallelism()
            .map_or(1, |c| c.get())
            .min(MAX_THREADS)
            .min(fed)
            .max(1);
        RunOptions {
            threads,
            offer_cache_bytes: OFFER_CACHE_BYTES,
        }
    }
}

/// Runs a portfolio: `t_out_c[j]` holds the hourly outdoor temperatures of network `j` (°C,
/// 8,760 values, as for [`crate::Simulator::run`]; an empty slice for a network no site
/// feeds). Cannot fail: every site's scenario is already valid. Natively the networks run on
/// the machine's cores ([`RunOptions::for_portfolio`]); same results as on one thread.
pub fn run_portfolio(portfolio: &Portfolio, t_out_c: &[Vec<f64>]) -> PortfolioRun {
    run_portfolio_with(portfolio, t_out_c, RunOptions::for_portfolio(portfolio))
}

/// [`run_portfolio`] with explicit [`RunOptions`] (threads and the offers' byte budget). The
/// result is the same, bit for bit, for any options.
pub fn run_portfolio_with(
    portfolio: &Portfolio,
    t_out_c: &[Vec<f64>],
    options: RunOptions,
) -> PortfolioRun {
    #[cfg(not(target_arch = "wasm32"))]
    if options.threads > 1 {
        return threaded(portfolio, t_out_c, options);
    }
    serial(
        portfolio,
        t_out_c,
        options.offer_cache_bytes,
        &mut |_, _| {},
    )
}

/// [`run_portfolio`] on the calling thread, calling `progress(done, total)` after each site's
/// summary (sites done, sites in all), e.g. for a Web Worker's progress messages. Same results.
pub fn run_portfolio_with_progress(
    portfolio: &Portfolio,
    t_out_c: &[Vec<f64>],
    progress: &mut dyn FnMut(usize, usize),
) -> PortfolioRun {
    serial(portfolio, t_out_c, OFFER_CACHE_BYTES, progress)
}

/// The sites feeding each network (indices in file order), in network order: one pass over
/// the sites.
fn members_of(portfolio: &Portfolio) -> Vec<Vec<usize>> {
    let mut members = vec![Vec::new(); portfolio.networks.len()];
    for (i, site) in portfolio.sites.iter().enumerate() {
        if let Some(m) = members.get_mut(site.network_index) {
            m.push(i);
        }
    }
    members
}

/// Network `j`'s temperatures (empty when not given).
fn temps_of(t_out_c: &[Vec<f64>], j: usize) -> &[f64] {
    t_out_c.get(j).map_or(&[][..], Vec::as_slice)
}

/// Every network on the calling thread, in file order.
fn serial(
    portfolio: &Portfolio,
    t_out_c: &[Vec<f64>],
    cache_bytes: usize,
    progress: &mut dyn FnMut(usize, usize),
) -> PortfolioRun {
    let total = portfolio.sites.len();
    let mut done = 0;
    let mut ws = Workspace::new();
    let members = members_of(portfolio);
    let results = (0..portfolio.networks.len())
        .map(|j| {
            run_network(
                portfolio,
                j,
                &members[j],
                temps_of(t_out_c, j),
                &mut ws,
                cache_bytes,
                &mut || {
                    done += 1;
                    progress(done, total);
                },
            )
        })
        .collect();
    assemble(portfolio, results)
}

/// The networks shared over `options.threads` threads: each thread takes the next network
/// not yet taken (largest first, for balance) with its own workspace; results are put back in
/// file order before anything is summed, so the sums are those of [`serial`].
#[cfg(not(target_arch = "wasm32"))]
fn threaded(portfolio: &Portfolio, t_out_c: &[Vec<f64>], options: RunOptions) -> PortfolioRun {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let n = portfolio.networks.len();
    let threads = options.threads.clamp(1, n.max(1));
    let cache_bytes = options.offer_cache_bytes / threads;
    let mut queue: Vec<usize> = (0..n).collect();
    let members = members_of(portfolio);
    queue.sort_by_key(|&j| std::cmp::Reverse(members[j].len()));
    let next = AtomicUsize::new(0);
    let work = || {
        let mut ws = Workspace::new();
        let mut out: Vec<(usize, NetworkResult)> = Vec::new();
        loop {
            let k = next.fetch_add(1, Ordering::Relaxed);
            let Some(&j) = queue.get(k) else {
                break;
            };
            let r = run_network(
                portfolio,
                j,
                &members[j],
                temps_of(t_out_c, j),
                &mut ws,
                cache_bytes,
                &mut || {},
            );
            out.push((j, r));
        }
        out
    };
    let mut slots: Vec<Option<NetworkResult>> = (0..n).map(|_| None).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mut parts = vec![work()];
        for h in handles {
            // A thread that panicked is a bug of the model: pass its panic on.
            parts.push(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        for (j, r) in parts.into_iter().flatten() {
            slots[j] = Some(r);
        }
    });
    assemble(portfolio, slots.into_iter().flatten().collect())
}

/// The portfolio's result from its networks' results in file order.
fn assemble(portfolio: &Portfolio, results: Vec<NetworkResult>) -> PortfolioRun {
    let mut sites: Vec<Option<(SiteRun, SummaryMap)>> = vec![None; portfolio.sites.len()];
    let mut networks = Vec::with_capacity(results.len());
    for (run, members) in results {
        for (i, site_run, map) in members {
            if let Some(slot) = sites.get_mut(i) {
                *slot = Some((site_run, map));
            }
        }
        networks.push(run);
    }
    let site_maps: Vec<&SummaryMap> = sites.iter().flatten().map(|s| &s.1).collect();
    let network_maps: Vec<&SummaryMap> = networks
        .iter()
        .filter_map(|n| n.sites.first())
        .filter_map(|&i| sites[i].as_ref().map(|s| &s.1))
        .collect();
    let summary = combine(&site_maps, &network_maps);
    PortfolioRun {
        summary,
        networks,
        sites: sites.into_iter().flatten().map(|s| s.0).collect(),
    }
}

//! The tables of sites and networks (also the map's text alternative): sortable by any
//! column with the header's buttons (`aria-sort` on the sorted column); every number with its
//! unit; each numeric cell carries its unrounded value in `data-value`.

use super::Region;
use crate::i18n::I18n;
use heat_twin_worker::portfolio::{NetworkRow, SiteRow};
use leptos::prelude::*;
use std::cmp::Ordering;

/// A cell: text to sort and show, or a number with the message of its unit.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Text(String),
    Num(Option<f64>, &'static str),
}

fn order(a: &Cell, b: &Cell) -> Ordering {
    match (a, b) {
        (Cell::Text(x), Cell::Text(y)) => x.to_lowercase().cmp(&y.to_lowercase()),
        // Missing values sort last either way round is not needed: they sort as smallest.
        (Cell::Num(x, _), Cell::Num(y, _)) => x
            .unwrap_or(f64::NEG_INFINITY)
            .total_cmp(&y.unwrap_or(f64::NEG_INFINITY)),
        _ => Ordering::Equal,
    }
}

/// Row indices sorted by column `col` (stable: ties keep file order).
fn sorted(rows: &[Vec<Cell>], col: usize, ascending: bool) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..rows.len()).collect();
    idx.sort_by(|&a, &b| {
        let o = match (rows[a].get(col), rows[b].get(col)) {
            (Some(x), Some(y)) => order(x, y),
            _ => Ordering::Equal,
        };
        if ascending {
            o
        } else {
            o.reverse()
        }
    });
    idx
}

fn mode_key(mode: &str) -> &'static str {
    match mode {
        "heat_pump" => "region-mode-heat-pump",
        "return_line" => "region-mode-return-line",
        _ => "region-mode-direct",
    }
}

fn site_cells(s: &SiteRow, i18n: &I18n) -> Vec<Cell> {
    vec![
        Cell::Text(s.name.clone()),
        Cell::Text(s.network.clone()),
        Cell::Text(i18n.t(mode_key(&s.mode))),
        Cell::Num(Some(s.heat_delivered_mwh), "unit-mwh-yr"),
        Cell::Num(Some(s.heat_offered_not_taken_mwh), "unit-mwh-yr"),
        Cell::Num(
            s.share_of_network_demand.map(|x| x * 100.0),
            "region-unit-percent",
        ),
        Cell::Num(Some(s.homes_equivalent), "unit-homes"),
    ]
}

fn network_cells(n: &NetworkRow) -> Vec<Cell> {
    vec![
        Cell::Text(n.name.clone()),
        Cell::Num(Some(n.demand_mwh), "unit-mwh-yr"),
        Cell::Num(Some(n.dc_heat_mwh), "unit-mwh-yr"),
        Cell::Num(
            (n.demand_mwh > 0.0).then(|| 100.0 * n.dc_heat_mwh / n.demand_mwh),
            "region-unit-percent",
        ),
        Cell::Num(Some(n.backup_mwh), "unit-mwh-yr"),
        Cell::Num(Some(n.headroom_mwh), "unit-mwh-yr"),
        Cell::Num(Some(n.sites as f64), "region-unit-sites"),
    ]
}

const SITE_COLUMNS: [&str; 7] = [
    "region-col-site",
    "region-col-network",
    "region-col-mode",
    "region-col-delivered",
    "region-col-not-taken",
    "region-col-share",
    "region-col-homes",
];

const NETWORK_COLUMNS: [&str; 7] = [
    "region-col-network",
    "region-col-demand",
    "region-col-dc-heat",
    "region-col-dc-cover",
    "region-col-backup",
    "region-col-headroom",
    "region-col-sites",
];

/// A sortable table of `rows` (recomputed when the answer or the language changes).
#[component]
fn Sortable(
    name: &'static str,
    caption: &'static str,
    columns: &'static [&'static str],
    rows: Signal<Vec<Vec<Cell>>>,
    /// Column sorted at first, descending.
    first: usize,
    /// Whether each row ends with the site's duplicate and remove buttons (named by the
    /// row's first cell).
    #[prop(optional)]
    edit: bool,
) -> impl IntoView {
    let i18n = I18n::use_i18n();
    let sort = RwSignal::new((first, false));
    let header = columns
        .iter()
        .enumerate()
        .map(|(c, key)| {
            let aria = move || {
                let (col, asc) = sort.get();
                (col == c).then_some(if asc { "ascending" } else { "descending" })
            };
            view! {
                <th scope="col" aria-sort=aria>
                    <button type="button" data-sort=c.to_string()
                        on:click=move |_| sort.update(|(col, asc)| {
                            if *col == c { *asc = !*asc } else { *col = c; *asc = c == 0 || columns.len() == 1 }
                        })>
                        {move || i18n.t(key)}
                    </button>
                </th>
            }
        })
        .collect_view();
    let actions_header = edit.then(|| {
        view! { <th scope="col">{move || i18n.t("region-col-actions")}</th> }
    });
    let body = move || {
        let (col, asc) = sort.get();
        rows.with(|rows| {
            sorted(rows, col, asc)
                .into_iter()
                .map(|r| {
                    let cells = rows[r]
                        .iter()
                        .enumerate()
                        .map(|(c, cell)| match cell {
                            Cell::Text(t) if c == 0 => {
                                view! { <th scope="row">{t.clone()}</th> }.into_any()
                            }
                            Cell::Text(t) => view! { <td>{t.clone()}</td> }.into_any(),
                            Cell::Num(v, unit) => {
                                let text = match v {
                                    // Counts are whole numbers (`readable` would give 1.00).
                                    Some(x) if *unit == "region-unit-sites" => {
                                        format!("{} {}", i18n.fixed(*x, 0), i18n.t(unit))
                                    }
                                    Some(x) => format!("{} {}", i18n.num(*x), i18n.t(unit)),
                                    None => "–".into(),
                                };
                                let data = v.map(|x| format!("{x:?}")).unwrap_or_default();
                                view! { <td class="num" data-value=data>{text}</td> }.into_any()
                            }
                        })
                        .collect_view();
                    let actions = edit
                        .then(|| match rows[r].first() {
                            Some(Cell::Text(name)) => Some(view! {
                                <super::editor::SiteActions name=name.clone() />
                            }),
                            _ => None,
                        })
                        .flatten();
                    view! { <tr>{cells}{actions}</tr> }
                })
                .collect_view()
        })
    };
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=move || i18n.t(caption)>
            <table class="region-table" data-table=name>
                <caption>{move || i18n.t(caption)}</caption>
                <thead><tr>{header}{actions_header}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

/// The sites: name, network, mode, heat delivered, heat offered but not taken, share of the
/// network's demand, homes; and each site's duplicate and remove buttons.
#[component]
pub fn SitesTable() -> impl IntoView {
    let i18n = I18n::use_i18n();
    let region = expect_context::<Region>();
    let rows = Signal::derive(move || {
        region.answer.with(|a| {
            a.as_ref()
                .map(|a| a.sites.iter().map(|s| site_cells(s, &i18n)).collect())
                .unwrap_or_default()
        })
    });
    view! { <Sortable name="sites" caption="region-sites-caption" columns=&SITE_COLUMNS rows first=3 edit=true /> }
}

/// The networks: demand, heat from data centres (and the share of the demand it covers),
/// backup, how much more it could take, sites.
#[component]
pub fn NetworksTable() -> impl IntoView {
    let region = expect_context::<Region>();
    let rows = Signal::derive(move || {
        region.answer.with(|a| {
            a.as_ref()
                .map(|a| a.networks.iter().map(network_cells).collect())
                .unwrap_or_default()
        })
    });
    view! { <Sortable name="networks" caption="region-networks-caption" columns=&NETWORK_COLUMNS rows first=1 /> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorting_by_numbers_and_text() {
        let rows = vec![
            vec![Cell::Text("b".into()), Cell::Num(Some(2.0), "u")],
            vec![Cell::Text("A".into()), Cell::Num(None, "u")],
            vec![Cell::Text("c".into()), Cell::Num(Some(10.0), "u")],
        ];
        // 10 > 2 > missing: descending puts 10 first, the missing value last.
        assert_eq!(sorted(&rows, 1, false), vec![2, 0, 1]);
        assert_eq!(sorted(&rows, 1, true), vec![1, 0, 2]);
        // Text ignores case: A < b < c.
        assert_eq!(sorted(&rows, 0, true), vec![1, 0, 2]);
    }
}

//! The map: Lombardy's 12 provinces drawn offline from `data/map/lombardy-provinces.json`
//! (© Openpolis, CC BY 4.0, from ISTAT boundaries; projected and simplified, see
//! data/map/README.md), fetched from the page's own origin only when the region page opens
//! (trunk copies it to `map/`; it is not part of a first visit). Each network is a disc whose
//! area is proportional to its demand, each site a dot whose area is proportional to the heat
//! it delivers, coloured by mode, with a line to its network. The tables below are its text
//! alternative. Points are placed with [`LOMBARDY_MAP`], the projection the file was made with.

use super::Region;
use crate::i18n::I18n;
use heat_twin_model::portfolio::map::LOMBARDY_MAP;
use leptos::prelude::*;
use std::sync::Arc;

/// Where the page fetches the map (relative: follows any path prefix).
pub const MAP_URL: &str = "map/lombardy-provinces.json";

/// One province's outline.
#[derive(Debug, Clone, PartialEq)]
pub struct Province {
    /// Its name.
    pub name: String,
    /// Its two-letter code.
    pub short: String,
    /// SVG path in map units.
    pub path: String,
    /// Label position (the middle of its bounding box), map units.
    pub label: (f64, f64),
}

/// The map file, read.
#[derive(Debug, Clone, PartialEq)]
pub struct MapData {
    /// The attribution line the licence asks to show.
    pub attribution: String,
    /// The SVG `viewBox`.
    pub view_box: String,
    /// The provinces.
    pub provinces: Vec<Province>,
}

/// Reads the map file's JSON (None when it is not the expected shape).
pub fn parse(text: &str) -> Option<MapData> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    let provinces = v
        .get("provinces")?
        .as_array()?
        .iter()
        .filter_map(|p| {
            let b: Vec<f64> = p
                .get("bbox")?
                .as_array()?
                .iter()
                .filter_map(|x| x.as_f64())
                .collect();
            (b.len() == 4).then_some(())?;
            Some(Province {
                name: p.get("name")?.as_str()?.to_owned(),
                short: p.get("short")?.as_str()?.to_owned(),
                path: p.get("path")?.as_str()?.to_owned(),
                label: ((b[0] + b[2]) / 2.0, (b[1] + b[3]) / 2.0),
            })
        })
        .collect();
    Some(MapData {
        attribution: v.get("attribution")?.as_str()?.to_owned(),
        view_box: v.get("viewBox")?.as_str()?.to_owned(),
        provinces,
    })
}

/// Fetches and reads the map (None offline or on any failure).
#[cfg(target_arch = "wasm32")]
async fn fetch_map() -> Option<MapData> {
    let bytes = crate::fetch::bytes(MAP_URL).await?;
    parse(std::str::from_utf8(&bytes).ok()?)
}

/// Radius (map units) of a marker whose area is proportional to `x / max`, between `min`
/// and `min + span`: r = min + span · √(x / max) (0 when x ≤ 0 or max ≤ 0 gives `min`).
pub fn radius(x: f64, max: f64, min: f64, span: f64) -> f64 {
    if x > 0.0 && max > 0.0 && x.is_finite() && max.is_finite() {
        min + span * (x / max).min(1.0).sqrt()
    } else {
        min
    }
}

/// The colour class of a mode (`direct`, `heat_pump`, `return_line`).
pub(super) fn mode_class(mode: &str) -> &'static str {
    match mode {
        "heat_pump" => "mode-heat-pump",
        "return_line" => "mode-return-line",
        _ => "mode-direct",
    }
}

/// The map of the portfolio.
#[component]
pub fn RegionMap() -> impl IntoView {
    let i18n = I18n::use_i18n();
    let region = expect_context::<Region>();
    // None: loading or failed (`failed` tells which).
    let map: RwSignal<Option<Arc<MapData>>> = RwSignal::new(None);
    let failed = RwSignal::new(false);
    #[cfg(target_arch = "wasm32")]
    leptos::task::spawn_local(async move {
        match fetch_map().await {
            Some(m) => map.set(Some(Arc::new(m))),
            None => failed.set(true),
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    failed.set(true);
    let provinces = move || {
        map.with(|m| {
            m.as_ref().map(|m| {
                m.provinces
                    .iter()
                    .map(|p| {
                        view! {
                            <path class="province" d=p.path.clone()><title>{p.name.clone()}</title></path>
                            <text class="province-label" x=format!("{:.1}", p.label.0)
                                y=format!("{:.1}", p.label.1) text-anchor="middle">{p.short.clone()}</text>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let markers = move || {
        region.answer.with(|a| {
            let a = a.as_ref()?;
            let max_demand = a.networks.iter().map(|n| n.demand_mwh).fold(0.0, f64::max);
            let max_heat = a.sites.iter().map(|s| s.heat_delivered_mwh).fold(0.0, f64::max);
            let at = |lat: f64, lon: f64| LOMBARDY_MAP.project(lat, lon);
            let nets = a.networks.iter().map(|n| {
                let (x, y) = at(n.lat, n.lon);
                let r = radius(n.demand_mwh, max_demand, 4.0, 36.0);
                let title = format!("{}: {} {}", n.name, i18n.num(n.demand_mwh), i18n.t("unit-mwh-yr"));
                view! {
                    <circle class="network-marker" data-network=n.id.clone() cx=format!("{x:.1}")
                        cy=format!("{y:.1}") r=format!("{r:.1}")><title>{title}</title></circle>
                }
            }).collect_view();
            let links = a.sites.iter().filter_map(|s| {
                let n = a.networks.iter().find(|n| n.id == s.network)?;
                let (x1, y1) = at(s.lat, s.lon);
                let (x2, y2) = at(n.lat, n.lon);
                Some(view! {
                    <line class="site-link" x1=format!("{x1:.1}") y1=format!("{y1:.1}")
                        x2=format!("{x2:.1}") y2=format!("{y2:.1}") />
                })
            }).collect_view();
            let sites = a.sites.iter().map(|s| {
                let (x, y) = at(s.lat, s.lon);
                let r = radius(s.heat_delivered_mwh, max_heat, 3.0, 14.0);
                let title = format!("{}: {} {}", s.name, i18n.num(s.heat_delivered_mwh), i18n.t("unit-mwh-yr"));
                view! {
                    <circle class=format!("site-marker {}", mode_class(&s.mode)) data-site=s.name.clone()
                        data-mode=s.mode.clone() cx=format!("{x:.1}") cy=format!("{y:.1}")
                        r=format!("{r:.1}")><title>{title}</title></circle>
                }
            }).collect_view();
            Some(view! { <g class="networks">{nets}</g><g class="links">{links}</g><g class="sites">{sites}</g> })
        })
    };
    let view_box = move || {
        map.with(|m| m.as_ref().map(|m| m.view_box.clone()))
            .unwrap_or_else(|| "0 0 848 820".to_owned())
    };
    view! {
        <figure class="region-map" data-region="map">
            <svg viewBox=view_box role="img" aria-label=move || i18n.t("region-map-aria")
                xmlns="http://www.w3.org/2000/svg">
                <g class="provinces">{provinces}</g>
                {markers}
            </svg>
            <figcaption>
                <ul class="region-legend">
                    <li><span class="swatch mode-direct"></span>{move || i18n.t("region-mode-direct")}</li>
                    <li><span class="swatch mode-heat-pump"></span>{move || i18n.t("region-mode-heat-pump")}</li>
                    <li><span class="swatch mode-return-line"></span>{move || i18n.t("region-mode-return-line")}</li>
                    <li><span class="swatch network"></span>{move || i18n.t("region-map-network")}</li>
                </ul>
                <p>{move || i18n.t("region-map-sizes")}</p>
                <p class="attribution" data-region="map-attribution">{move || {
                    if failed.get() {
                        i18n.t("region-map-failed")
                    } else {
                        map.with(|m| m.as_ref().map(|m| m.attribution.clone())).unwrap_or_default()
                    }
                }}</p>
            </figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_packaged_map_reads_with_its_attribution() {
        let text = include_str!("../../data/map/lombardy-provinces.json");
        let m = parse(text).expect("the map file");
        assert_eq!(m.provinces.len(), 12);
        assert!(m.attribution.contains("CC BY 4.0"));
        assert_eq!(m.view_box, "0 0 848 820");
        assert!(m.provinces.iter().any(|p| p.short == "MI"));
        assert!(parse("{}").is_none());
    }

    #[test]
    fn marker_area_is_proportional() {
        // A quarter of the largest value: √0.25 = 0.5 of the span, 4 + 36 · 0.5 = 22.
        assert_eq!(radius(25.0, 100.0, 4.0, 36.0), 22.0);
        assert_eq!(radius(100.0, 100.0, 4.0, 36.0), 40.0);
        assert_eq!(radius(0.0, 100.0, 4.0, 36.0), 4.0);
        assert_eq!(radius(f64::NAN, 100.0, 4.0, 36.0), 4.0);
        assert_eq!(radius(5.0, 0.0, 3.0, 14.0), 3.0);
    }
}

//! Opening a portfolio file on the page and saving what is shown: the portfolio JSON (as
//! `heat-twin-cli portfolio` reads it) and one CSV row per site with the figures of the
//! sites table (the CLI's `--sites` CSV has every summary field; the page keeps only these).

use super::Region;
use crate::i18n::I18n;
use heat_twin_worker::portfolio::PortfolioAnswer;
use leptos::prelude::*;

/// A CSV field: quoted when it holds a comma, quote or line break.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// The per-site CSV: a header, then one row per site in file order; numbers unrounded (as
/// JSON writes them), an empty field when a share does not exist.
pub fn sites_csv(a: &PortfolioAnswer) -> String {
    let mut out = String::from(
        "name,network,lat,lon,mode,heat_delivered_mwh,heat_offered_not_taken_mwh,share_of_network_demand,homes_equivalent\n",
    );
    for s in &a.sites {
        let share = s
            .share_of_network_demand
            .map(|x| format!("{x:?}"))
            .unwrap_or_default();
        out.push_str(&format!(
            "{},{},{:?},{:?},{},{:?},{:?},{},{:?}\n",
            field(&s.name),
            field(&s.network),
            s.lat,
            s.lon,
            s.mode,
            s.heat_delivered_mwh,
            s.heat_offered_not_taken_mwh,
            share,
            s.homes_equivalent
        ));
    }
    out
}

/// Open a portfolio JSON file; save the portfolio and the sites' CSV.
#[component]
pub fn RegionFiles() -> impl IntoView {
    let i18n = I18n::use_i18n();
    let region = expect_context::<Region>();
    let on_file = move |ev: leptos::ev::Event| {
        #[cfg(target_arch = "wasm32")]
        {
            let Some((_, file)) = crate::measured::load::chosen_file(&ev) else {
                return;
            };
            leptos::task::spawn_local(async move {
                match crate::measured::load::file_bytes(&file).await {
                    Some(bytes) => match String::from_utf8(bytes) {
                        Ok(text) => region.source.set(super::Source::Json(text)),
                        Err(_) => region.fail(i18n.lang.with_untracked(|l| {
                            crate::i18n::translate(*l, "region-file-not-text", &[])
                        })),
                    },
                    None => region.fail(i18n.lang.with_untracked(|l| {
                        crate::i18n::translate(*l, "region-file-not-text", &[])
                    })),
                }
            });
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = ev;
    };
    let save_json = move |_| {
        let text = region.source.with_untracked(|s| s.text());
        #[cfg(target_arch = "wasm32")]
        if let Some(text) = text {
            if let Err(e) = crate::components::export::download::save(
                "portfolio.json",
                "application/json",
                text.as_bytes(),
            ) {
                region.fail(e);
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = text;
    };
    let save_csv = move |_| {
        let csv = region
            .answer
            .with_untracked(|a| a.as_ref().map(|a| sites_csv(a)));
        #[cfg(target_arch = "wasm32")]
        if let Some(csv) = csv {
            if let Err(e) =
                crate::components::export::download::save("sites.csv", "text/csv", csv.as_bytes())
            {
                region.fail(e);
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = csv;
    };
    view! {
        <div class="region-files">
            <label class="button">{move || i18n.t("region-open-file")}
                <input type="file" accept=".json,application/json" data-control="portfolio-file"
                    class="visually-hidden" on:change=on_file />
            </label>
            <button type="button" data-action="portfolio-json" on:click=save_json>
                {move || i18n.t("region-save-json")}</button>
            <button type="button" data-action="sites-csv" on:click=save_csv
                disabled=move || region.answer.with(Option::is_none)>
                {move || i18n.t("region-save-csv")}</button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use heat_twin_worker::portfolio::SiteRow;

    #[test]
    fn the_csv_quotes_names_and_leaves_a_missing_share_empty() {
        let a = PortfolioAnswer {
            name: "x".into(),
            target_homes: None,
            target_provenance: None,
            summary: serde_json::Map::new(),
            networks: vec![],
            sites: vec![SiteRow {
                name: "A, \"B\"".into(),
                network: "n".into(),
                lat: 45.5,
                lon: 9.0,
                mode: "direct".into(),
                heat_delivered_mwh: 0.1 + 0.2,
                heat_offered_not_taken_mwh: 0.0,
                share_of_network_demand: None,
                homes_equivalent: 1.5,
            }],
            elapsed_ms: 0.0,
        };
        let csv = sites_csv(&a);
        let row = csv.lines().nth(1).expect("a row");
        assert_eq!(
            row,
            "\"A, \"\"B\"\"\",n,45.5,9.0,direct,0.30000000000000004,0.0,,1.5"
        );
    }
}

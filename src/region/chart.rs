//! Which sites contribute most: a ranked bar chart (SVG) of heat delivered, largest first,
//! each bar with its site's name, value and unit, coloured by mode as on the map. The sites
//! table is its text alternative.

use super::Region;
use crate::i18n::I18n;
use leptos::prelude::*;

/// Most bars drawn (the rest are in the table).
pub const MAX_BARS: usize = 20;

/// Chart width and height of one row, in SVG units.
const WIDTH: f64 = 400.0;
const ROW: f64 = 30.0;

/// Indices of the sites to draw, by heat delivered, largest first (ties in file order), at
/// most [`MAX_BARS`].
pub fn ranking(heat: &[f64]) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..heat.len()).collect();
    idx.sort_by(|&a, &b| heat[b].total_cmp(&heat[a]));
    idx.truncate(MAX_BARS);
    idx
}

/// The ranked bar chart.
#[component]
pub fn Ranking() -> impl IntoView {
    let i18n = I18n::use_i18n();
    let region = expect_context::<Region>();
    let chart = move || {
        region.answer.with(|a| {
            let a = a.as_ref()?;
            let heat: Vec<f64> = a.sites.iter().map(|s| s.heat_delivered_mwh).collect();
            let order = ranking(&heat);
            let max = order.first().map(|&i| heat[i]).unwrap_or(0.0);
            let unit = i18n.t("unit-mwh-yr");
            let bars = order
                .iter()
                .enumerate()
                .map(|(k, &i)| {
                    let s = &a.sites[i];
                    let y = k as f64 * ROW;
                    let w = if max > 0.0 {
                        (s.heat_delivered_mwh.max(0.0) / max * WIDTH).max(0.5)
                    } else {
                        0.5
                    };
                    let label = format!("{} — {} {}", s.name, i18n.num(s.heat_delivered_mwh), unit);
                    view! {
                        <g data-bar=s.name.clone() data-value=format!("{:?}", s.heat_delivered_mwh)>
                            <text x="0" y=format!("{:.0}", y + 11.0) class="bar-label">{label}</text>
                            <rect x="0" y=format!("{:.0}", y + 14.0) width=format!("{w:.1}") height="11"
                                class=format!("bar {}", super::map::mode_class(&s.mode)) />
                        </g>
                    }
                })
                .collect_view();
            let height = (order.len() as f64 * ROW).max(ROW);
            Some(view! {
                <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" xmlns="http://www.w3.org/2000/svg"
                    aria-label=i18n.t("region-ranking-aria")>{bars}</svg>
            })
        })
    };
    view! {
        <figure class="region-ranking" data-region="ranking">
            <figcaption>{move || i18n.t("region-ranking-title")}</figcaption>
            {chart}
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn largest_first_ties_in_file_order_at_most_twenty() {
        assert_eq!(ranking(&[1.0, 5.0, 3.0, 5.0]), vec![1, 3, 2, 0]);
        let many: Vec<f64> = (0..30).map(f64::from).collect();
        let r = ranking(&many);
        assert_eq!(r.len(), MAX_BARS);
        assert_eq!(r[0], 29);
        assert_eq!(r[19], 10);
    }
}

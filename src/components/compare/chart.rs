//! The year chart of one side.

use super::side::Side;

/// Draws the year chart of `side` on `canvas`, sized to its box × devicePixelRatio.
#[cfg(target_arch = "wasm32")]
pub(super) fn draw(canvas: &web_sys::HtmlCanvasElement, side: &Side, lang: crate::i18n::Lang) {
    use heat_twin_charts as hc;
    let size = (
        f64::from(canvas.client_width()),
        f64::from(canvas.client_height()),
    );
    let Some((area, theme)) = crate::components::charts::prepare(canvas, size) else {
        return;
    };
    let data = hc::YearData {
        direct_mwh: &side.direct_mwh,
        storage_mwh: &side.storage_mwh,
        backup_mwh: side.backup_mwh.as_deref(),
        demand_mwh: side.demand_mwh.as_deref(),
        rejected_mwh: &side.rejected_mwh,
    };
    let result = hc::draw_year(
        &area,
        &data,
        &crate::components::charts::chart_text(lang),
        &theme,
    );
    if let Err(e) = result.and_then(|()| area.present().map_err(|_| hc::DrawError::Layout)) {
        web_sys::console::warn_1(&format!("compare chart: {e}").into());
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub(super) fn draw(_canvas: &web_sys::HtmlCanvasElement, _side: &Side, _lang: crate::i18n::Lang) {}

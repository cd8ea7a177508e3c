//! Files the page fetches from its own origin on demand (the measured-data example, the
//! region's map): relative URLs, so a build under a path prefix finds them.

/// The bytes at `url` (relative to the page), or None offline, on an HTTP error or any other
/// failure: the callers say so in their own words.
#[cfg(target_arch = "wasm32")]
pub async fn bytes(url: &str) -> Option<Vec<u8>> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let resp = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !resp.ok() {
        return None;
    }
    let buf = wasm_bindgen_futures::JsFuture::from(resp.array_buffer().ok()?)
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buf).to_vec())
}

//! Browser glue: save bytes as a file (a Blob, an object URL and a temporary `<a download>`),
//! and read a canvas as PNG bytes. Nothing here talks to another origin.

use base64::Engine as _;
use wasm_bindgen::JsCast;

/// A JS error in words.
fn words(e: wasm_bindgen::JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "the browser refused".to_string())
}

/// Offers `bytes` to the user as the file `name` of type `mime`.
pub fn save(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let window = web_sys::window().ok_or("no browser window")?;
    let document = window.document().ok_or("no document")?;
    let body = document.body().ok_or("no page body")?;
    let parts = js_sys::Array::new();
    parts.push(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(words)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(words)?;
    let anchor = document
        .create_element("a")
        .map_err(words)?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "no link element".to_string())?;
    anchor.set_href(&url);
    anchor.set_download(name);
    let _ = anchor.set_attribute("hidden", "");
    body.append_child(&anchor).map_err(words)?;
    anchor.click();
    let _ = body.remove_child(&anchor);
    // The download has started by now; free the Blob a little later.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// The PNG bytes of what `canvas` shows.
pub fn canvas_png(canvas: &web_sys::HtmlCanvasElement) -> Result<Vec<u8>, String> {
    let url = canvas.to_data_url().map_err(words)?;
    let data = url
        .strip_prefix("data:image/png;base64,")
        .ok_or("the canvas is empty")?;
    base64::engine::general_purpose::STANDARD
        .decode(data)
        .map_err(|e| e.to_string())
}

//! Observing elements without forcing layout: whether one is on screen (IntersectionObserver:
//! expensive views redraw only while they can be seen, and catch up when they come into view)
//! and its size (ResizeObserver: the chart canvas sizes itself without reading `clientWidth`).

use leptos::html::ElementType;
use leptos::prelude::*;

/// A signal that is true while the element behind `node` intersects the viewport (true until
/// the observer has reported, and always true where there is no IntersectionObserver).
pub fn use_visible<E>(node: NodeRef<E>) -> ReadSignal<bool>
where
    E: ElementType + 'static,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    let (visible, set_visible) = signal(true);
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::prelude::Closure;
        use wasm_bindgen::JsCast;
        Effect::new(move |installed: Option<bool>| {
            if installed == Some(true) {
                return true;
            }
            let Some(el) = node.get() else { return false };
            let Ok(el) = el.dyn_into::<web_sys::Element>() else {
                return false;
            };
            let callback =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    // The last entry is the latest state of the one observed element.
                    if let Some(entry) = entries
                        .iter()
                        .last()
                        .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
                    {
                        set_visible.set(entry.is_intersecting());
                    }
                });
            let Ok(observer) =
                web_sys::IntersectionObserver::new(callback.as_ref().unchecked_ref())
            else {
                return true;
            };
            observer.observe(&el);
            // Both live as long as the page (one observer per chart area).
            callback.forget();
            std::mem::forget(observer);
            true
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (node, set_visible);
    visible
}

/// The element's content-box size in CSS pixels, from a ResizeObserver: reading it costs no
/// layout (unlike `clientWidth` after the page changed, which forces one). `(0, 0)` until the
/// first report, and where there is no ResizeObserver.
pub fn use_size<E>(node: NodeRef<E>) -> ReadSignal<(f64, f64)>
where
    E: ElementType + 'static,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    let (size, set_size) = signal((0.0, 0.0));
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::prelude::Closure;
        use wasm_bindgen::JsCast;
        Effect::new(move |installed: Option<bool>| {
            if installed == Some(true) {
                return true;
            }
            let Some(el) = node.get() else { return false };
            let Ok(el) = el.dyn_into::<web_sys::Element>() else {
                return false;
            };
            let callback =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    if let Some(entry) = entries
                        .iter()
                        .last()
                        .and_then(|e| e.dyn_into::<web_sys::ResizeObserverEntry>().ok())
                    {
                        let rect = entry.content_rect();
                        let new = (rect.width(), rect.height());
                        if size.get_untracked() != new {
                            set_size.set(new);
                        }
                    }
                });
            let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref())
            else {
                return true;
            };
            observer.observe(&el);
            callback.forget();
            std::mem::forget(observer);
            true
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (node, set_size);
    size
}

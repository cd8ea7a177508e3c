//! Observing elements without forcing layout: whether one is on screen (IntersectionObserver:
//! expensive views redraw only while they can be seen, and catch up when they come into view)
//! and its size (ResizeObserver: the chart canvas sizes itself without reading `clientWidth`).

use leptos::html::ElementType;
use leptos::prelude::*;

/// Installs an observer on `node`'s element once it is mounted: `start(callback, element)`
/// creates the observer with `callback` and observes the element (false when it cannot);
/// `on_entries` receives each batch of entries. The observer lives as long as the page.
#[cfg(target_arch = "wasm32")]
fn observe<E>(
    node: NodeRef<E>,
    start: fn(&js_sys::Function, &web_sys::Element) -> bool,
    on_entries: impl FnMut(js_sys::Array) + 'static,
) where
    E: ElementType + 'static,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    use wasm_bindgen::prelude::Closure;
    use wasm_bindgen::JsCast;
    let on_entries = std::cell::RefCell::new(Some(on_entries));
    Effect::new(move |installed: Option<bool>| {
        if installed == Some(true) {
            return true;
        }
        let Some(el) = node.get() else { return false };
        let Ok(el) = el.dyn_into::<web_sys::Element>() else {
            return false;
        };
        let Some(f) = on_entries.borrow_mut().take() else {
            return true;
        };
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(f);
        start(callback.as_ref().unchecked_ref(), &el);
        // One observer per observed view, for the page's life.
        callback.forget();
        true
    });
}

/// The last entry of a batch as `T` (the latest state of the one observed element).
#[cfg(target_arch = "wasm32")]
fn last<T: wasm_bindgen::JsCast>(entries: &js_sys::Array) -> Option<T> {
    use wasm_bindgen::JsCast;
    entries.iter().last().and_then(|e| e.dyn_into::<T>().ok())
}

/// A signal that is true while the element behind `node` intersects the viewport (true until
/// the observer has reported, and always true where there is no IntersectionObserver).
pub fn use_visible<E>(node: NodeRef<E>) -> ReadSignal<bool>
where
    E: ElementType + 'static,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    let (visible, set_visible) = signal(true);
    #[cfg(target_arch = "wasm32")]
    observe(
        node,
        |callback, el| match web_sys::IntersectionObserver::new(callback) {
            Ok(observer) => {
                observer.observe(el);
                std::mem::forget(observer);
                true
            }
            Err(_) => false,
        },
        move |entries| {
            if let Some(entry) = last::<web_sys::IntersectionObserverEntry>(&entries) {
                set_visible.set(entry.is_intersecting());
            }
        },
    );
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
    observe(
        node,
        |callback, el| match web_sys::ResizeObserver::new(callback) {
            Ok(observer) => {
                observer.observe(el);
                std::mem::forget(observer);
                true
            }
            Err(_) => false,
        },
        move |entries| {
            if let Some(entry) = last::<web_sys::ResizeObserverEntry>(&entries) {
                let rect = entry.content_rect();
                let new = (rect.width(), rect.height());
                if size.get_untracked() != new {
                    set_size.set(new);
                }
            }
        },
    );
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (node, set_size);
    size
}

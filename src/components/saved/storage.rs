//! The browser's side of saving: localStorage, read once and shared, and the time now.

use super::store::Store;
#[cfg(target_arch = "wasm32")]
use super::store::{STORAGE_KEY, UNREADABLE_KEY};
use leptos::prelude::*;

/// The browser's localStorage, if the page may use it.
#[cfg(target_arch = "wasm32")]
pub(super) fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the store from localStorage.
pub(super) fn load_store() -> Store {
    #[cfg(target_arch = "wasm32")]
    {
        match storage() {
            Some(s) => match s.get_item(STORAGE_KEY) {
                Ok(text) => Store::parse(text.as_deref()),
                Err(_) => Store {
                    unavailable: true,
                    ..Store::default()
                },
            },
            None => Store {
                unavailable: true,
                ..Store::default()
            },
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    Store {
        unavailable: true,
        ..Store::default()
    }
}

/// Writes the store to localStorage (first moving an unreadable old value aside); false when
/// the browser refused (full, or no storage).
pub(super) fn persist(store: &mut Store) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(s) = storage() else {
            return false;
        };
        if let Some((text, _)) = &store.unreadable {
            if s.set_item(UNREADABLE_KEY, text).is_err() {
                return false;
            }
            store.unreadable = None;
        }
        s.set_item(STORAGE_KEY, &store.to_json()).is_ok()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = store;
        false
    }
}

/// The page's saved scenarios, shared by this card and the comparison (one per thread, read
/// from storage on first use).
pub fn use_saved() -> RwSignal<Store> {
    thread_local! {
        static SAVED: ArcRwSignal<Store> = ArcRwSignal::new(load_store());
    }
    RwSignal::from(SAVED.with(Clone::clone))
}

/// Now, as ISO 8601 text.
pub(super) fn now_iso() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::Date::new_0().to_iso_string())
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::from("1970-01-01T00:00:00.000Z")
}

//! Kring's Leptos app: compiled into the server (`ssr`) and to WebAssembly (`hydrate`), where only
//! the islands run.

#![recursion_limit = "256"]

pub mod api;
pub mod app;
pub mod components;
pub mod context;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod ssr;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}

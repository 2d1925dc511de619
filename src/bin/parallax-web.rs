//! The page's first module, built by Trunk without the `studio` feature: the
//! reading view. Started by the page's script (web/boot.js) with
//! `start_page`, or by the embed script (web/parallax-embed.js) with
//! `mount_widget`; the rest of the widget (parallax-studio) loads when first
//! used. It holds the UI only: the engine is in the worker (parallax-worker).

fn main() {}

/// Starts the standalone page; `loader` is web/boot.js's (`{base, names, studio()}`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start_page(loader: wasm_bindgen::JsValue) {
    parallax::boot::start_page(loader);
}

/// Mounts a script embed into `container` from a JSON comparison config and
/// the comparison the embed code carries, if any.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_widget(container: web_sys::Element, config: &str, result: Option<String>, loader: wasm_bindgen::JsValue) {
    parallax::boot::mount_embed(container, config, result, loader);
}

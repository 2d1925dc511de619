//! The browser entry point that Trunk builds: starts the standalone page,
//! and exports `mount_widget` for script embeds (see web/parallax-embed.js).
//! It holds the UI only: the engine is in the worker (parallax-worker).

fn main() {
    #[cfg(target_arch = "wasm32")]
    parallax::boot::start();
}

/// Mounts a script embed into `container` from a JSON comparison config,
/// loading the widget's other files from `base`.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_widget(container: web_sys::Element, config: &str, base: &str) {
    parallax::boot::mount_embed(container, config, base);
}

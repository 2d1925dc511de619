//! The browser entry point that Trunk builds: starts the standalone page,
//! and exports `mount_widget` for script embeds (see web/parallax-embed.js).

fn main() {
    #[cfg(target_arch = "wasm32")]
    parallax::app::start();
}

/// Mounts a widget into `element` from a JSON comparison config.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_widget(element: web_sys::Element, config: &str) {
    parallax::app::mount(element, parallax::embed::props_from_config(config));
}

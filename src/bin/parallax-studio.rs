//! The whole widget (editing, the versions view, Teach and Share included),
//! loaded by the page's first module (parallax-web) when the reader first
//! asks for one of those, and started in its place with `resume`.

fn main() {}

/// Starts the full widget in the place of the first module's widget
/// (`host`), going on from what that one hands over (see boot::handover).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn resume(
    host: web_sys::Element,
    handover: wasm_bindgen::JsValue,
    setting: wasm_bindgen::JsValue,
    loader: wasm_bindgen::JsValue,
    done: js_sys::Function,
) {
    parallax::boot::resume(host, handover, setting, loader, done);
}

//! JSON in and out of the page: links, comparison files, embed configs,
//! kept sessions and the worker's answers.
//!
//! In the browser the page reads and writes JSON with the browser's own
//! parser (`JSON.parse`, `JSON.stringify`) and moves values in and out of
//! Rust with serde-wasm-bindgen, so no JSON parser or number formatting is
//! compiled into the page's wasm (about a tenth of it). Natively (the CLI,
//! tests, the pre-render) and in the worker, serde_json does the same.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Reads `text` as a `T`; the error says what is wrong.
#[cfg(target_arch = "wasm32")]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    let value = js_sys::JSON::parse(text).map_err(|e| String::from(js_sys::Error::from(e).message()))?;
    from_value(value)
}

/// Reads a JavaScript value (a parsed config, say) as a `T`.
#[cfg(target_arch = "wasm32")]
pub fn from_value<T: DeserializeOwned>(value: wasm_bindgen::JsValue) -> Result<T, String> {
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}

/// `value` as a JavaScript value, as `JSON.parse` would give it.
#[cfg(target_arch = "wasm32")]
pub fn to_value<T: Serialize>(value: &T) -> wasm_bindgen::JsValue {
    // Maps as objects and no BigInts: what JSON has.
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(wasm_bindgen::JsValue::NULL)
}

/// `value` as JSON.
#[cfg(target_arch = "wasm32")]
pub fn to_string<T: Serialize>(value: &T) -> String {
    js_sys::JSON::stringify(&to_value(value)).map(String::from).unwrap_or_default()
}

/// Reads `text` as a `T`; the error says what is wrong.
#[cfg(not(target_arch = "wasm32"))]
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// `value` as JSON.
#[cfg(not(target_arch = "wasm32"))]
pub fn to_string<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("the widget's values serialize")
}

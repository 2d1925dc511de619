//! Where the widget's own files are (the worker, the examples, the style
//! sheet), so they load from beside the widget wherever it is embedded: the
//! page's directory, or the directory of `parallax-embed.js` on a host page.
//!
//! The build names the files of one build by their content
//! (`parallax-worker_loader-1a2b3c4d.js`), so a page never mixes two
//! builds' files; the page's script hands the names to the widget at boot.

use std::cell::RefCell;
use std::collections::HashMap;

use wasm_bindgen::JsCast;

thread_local! {
    static BASE: RefCell<String> = RefCell::new(String::from("./"));
    static NAMES: RefCell<HashMap<String, String>> = RefCell::default();
}

/// Sets the address of the widget's directory (absolute, ending in `/`).
/// Called once at boot.
pub fn set_base(url: &str) {
    BASE.with(|b| *b.borrow_mut() = url.to_owned());
}

/// Sets the names this build's files are published under (a JavaScript
/// object: `{"parallax-worker_loader.js": "parallax-worker_loader-1a2b3c4d.js"}`).
/// Called once at boot; files it does not list keep their own names.
pub fn set_names(names: &wasm_bindgen::JsValue) {
    let names = js_sys::Object::entries(names.unchecked_ref())
        .iter()
        .filter_map(|entry| {
            let entry: js_sys::Array = entry.unchecked_into();
            Some((entry.get(0).as_string()?, entry.get(1).as_string()?))
        })
        .collect();
    NAMES.with(|n| *n.borrow_mut() = names);
}

/// The address of one of the widget's files, e.g. `examples/cn-mfa.txt`.
pub fn url(name: &str) -> String {
    let base = BASE.with(|b| b.borrow().clone());
    let name = NAMES.with(|n| n.borrow().get(name).cloned()).unwrap_or_else(|| name.to_owned());
    let name = name.as_str();
    let document_base = gloo::utils::document().base_uri().ok().flatten().unwrap_or_default();
    let absolute_base = web_sys::Url::new_with_base(&base, &document_base).map(|u| u.href()).unwrap_or(base);
    web_sys::Url::new_with_base(name, &absolute_base).map(|u| u.href()).unwrap_or_else(|_| name.to_owned())
}

/// Fetches one of the widget's text files; the error says which file and why.
pub async fn fetch_text(name: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;

    let url = url(name);
    let failed = |why: &str| format!("Parallax could not load {url}: {why}.");
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(&url))
        .await
        .map_err(|_| failed("the request failed (offline, or blocked by the server's CORS settings)"))?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(failed(&format!("the server answered {} {}", response.status(), response.status_text())));
    }
    let text = response.text().map_err(|_| failed("the answer could not be read"))?;
    let text = JsFuture::from(text).await.map_err(|_| failed("the answer could not be read"))?;
    text.as_string().ok_or_else(|| failed("the answer is not text"))
}

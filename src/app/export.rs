//! What leaves the widget: downloads, the report of what is on screen, and
//! printing.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Saves `contents` as a file called `name`, through a temporary blob link.
pub fn download(name: &str, mime: &str, contents: &str) {
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = gloo::utils::document();
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The self-contained report of what the widget inside `root` shows now.
pub fn report_from_page(root: &Element, title: &str) -> String {
    let body: Vec<String> = [".px-legend", ".px-panes", ".px-summary"]
        .iter()
        .filter_map(|selector| root.query_selector(selector).ok().flatten())
        .map(|el| el.outer_html())
        .collect();
    super::report::document(title, &body.join("\n"))
}

/// Opens the print dialog once the page has re-rendered for printing.
pub fn print_soon() {
    Timeout::new(150, || {
        let _ = gloo::utils::window().print();
    })
    .forget();
}

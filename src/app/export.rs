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

/// What to do with the handout once it is in the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Then {
    /// Print it.
    Print,
    /// Save it as the self-contained report.
    Report,
}

/// The self-contained report of the handout the widget inside `root` shows
/// now (of several `versions`, or of two statements), styled by `styles`
/// (see `report::styles`): the same parts the page prints, without the
/// version tabs, which do nothing in a file.
pub fn report_from_page(root: &Element, title: &str, styles: &str, versions: bool) -> String {
    let parts: &[&str] = if versions { &[".px-versions"] } else { &[".px-legend", ".px-panes", ".px-summary"] };
    let body: Vec<String> = parts
        .iter()
        .filter_map(|selector| root.query_selector(selector).ok().flatten())
        .filter_map(|el| el.clone_node_with_deep(true).ok()?.dyn_into::<Element>().ok())
        .map(|el| {
            if let Ok(Some(tabs)) = el.query_selector("[role=\"tablist\"]") {
                tabs.remove();
            }
            el.outer_html()
        })
        .collect();
    let footer = if versions { super::report::VERSIONS_FOOTER } else { super::report::FOOTER };
    super::report::document_with_footer(title, styles, &body.join("\n"), footer)
}

/// What is still filling in: the panes, the versions view, a version's text.
const FILLING: &str = ".px-panes[aria-busy=\"true\"], .px-versions[aria-busy=\"true\"], .px-version-text[aria-busy=\"true\"]";

/// Runs `then` once the widget in `root` shows every block of its texts
/// (the panes fill in block by block; printing or saving the report before
/// then would leave the rest out). Gives up waiting after 20 seconds.
pub fn when_filled_in(root: Element, then: impl FnOnce() + 'static) {
    fn poll(root: Element, then: Box<dyn FnOnce()>, tries: u32) {
        let filling = root.query_selector(FILLING).ok().flatten().is_some();
        if !filling || tries == 0 {
            then();
        } else {
            Timeout::new(50, move || poll(root, then, tries - 1)).forget();
        }
    }
    Timeout::new(0, move || poll(root, Box::new(then), 400)).forget();
}

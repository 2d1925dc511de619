//! Painting byte ranges of the texts without touching the DOM: the CSS
//! Custom Highlight API (`CSS.highlights`, styled by `::highlight(name)` in
//! style/highlights.css). A hover repaints a few ranges; the panes are not
//! re-rendered and no element is split.
//!
//! web-sys has these bindings only behind its unstable-API flag, so the few
//! calls used are declared here. Browsers without the API (Firefox before
//! 140, Safari before 17.2) paint nothing: the marks are then absent, never
//! wrong.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// A set of ranges painted alike (`new Highlight()`).
    #[wasm_bindgen(js_name = Highlight)]
    type JsHighlight;

    #[wasm_bindgen(constructor, js_class = "Highlight")]
    fn new() -> JsHighlight;

    #[wasm_bindgen(method)]
    fn add(this: &JsHighlight, range: &web_sys::Range);

    #[wasm_bindgen(method)]
    fn delete(this: &JsHighlight, range: &web_sys::Range) -> bool;

    #[wasm_bindgen(method, setter)]
    fn set_priority(this: &JsHighlight, priority: i32);

    /// `CSS.highlights`: the page's highlights by name.
    type HighlightRegistry;

    #[wasm_bindgen(method)]
    fn get(this: &HighlightRegistry, name: &str) -> JsValue;

    #[wasm_bindgen(method)]
    fn set(this: &HighlightRegistry, name: &str, highlight: &JsHighlight);
}

/// The page's highlight registry, where the browser has one.
fn registry() -> Option<HighlightRegistry> {
    let css = js_sys::Reflect::get(&js_sys::global(), &"CSS".into()).ok()?;
    let registry = js_sys::Reflect::get(&css, &"highlights".into()).ok()?;
    (!registry.is_undefined() && !registry.is_null()).then(|| registry.unchecked_into())
}

/// One named highlight as one widget paints it. Several widgets on a page
/// share the page's highlight of that name; each adds and removes only its
/// own ranges.
pub struct Highlight {
    name: &'static str,
    priority: i32,
    /// The page's highlight of this name, once looked up (or created).
    shared: Option<JsHighlight>,
    ranges: Vec<web_sys::Range>,
}

impl Highlight {
    /// The highlight `name` (styled by `::highlight(name)`); where two
    /// overlap, the higher `priority` is painted on top.
    pub fn new(name: &'static str, priority: i32) -> Self {
        Highlight { name, priority, shared: None, ranges: Vec::new() }
    }

    /// Paints exactly `ranges`, replacing what this highlight painted
    /// before. The first call registers the highlight with the page, which
    /// restyles it once: done when the widget mounts, not on the first hover.
    pub fn paint(&mut self, ranges: Vec<web_sys::Range>) {
        if self.shared.is_none() {
            self.shared = shared(self.name, self.priority);
        }
        let Some(shared) = &self.shared else { return };
        for range in self.ranges.drain(..) {
            shared.delete(&range);
        }
        for range in &ranges {
            shared.add(range);
        }
        self.ranges = ranges;
    }
}

/// The page's highlight `name`, created on first use.
fn shared(name: &str, priority: i32) -> Option<JsHighlight> {
    let registry = registry()?;
    let existing = registry.get(name);
    if existing.is_object() {
        return Some(existing.unchecked_into());
    }
    let created = JsHighlight::new();
    created.set_priority(priority);
    registry.set(name, &created);
    Some(created)
}

impl Drop for Highlight {
    fn drop(&mut self) {
        if let Some(shared) = &self.shared {
            for range in self.ranges.drain(..) {
                shared.delete(&range);
            }
        }
    }
}

//! The browser half of the boot: the standalone page and script embeds.

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::{PageData, APP_ID, DATA_ID};
use crate::app::{assets, permalink, App, AppProps, EmbedView, Initial};
use crate::embed;

/// Starts the standalone page (or an iframe embed of it): takes over the
/// pre-rendered comparison, or opens the comparison in the URL's permalink.
pub fn start() {
    let document = gloo::utils::document();
    let Some(host) = document.get_element_by_id(APP_ID) else { return };
    let location = gloo::utils::window().location();
    let page_url = location.href().unwrap_or_default();
    let page_url = page_url.split(['?', '#']).next().unwrap_or_default().to_owned();
    let embed_view = embed::is_iframe_embed().then(|| {
        if let Some(body) = document.body() {
            let _ = body.class_list().add_1("px-embedded");
        }
        embed::report_height_to_host();
        EmbedView { controls: embed::asks_for_controls(), page_url: page_url.clone().into() }
    });
    let hash = location.hash().unwrap_or_default();
    // In a task of its own: the wasm's compilation and the widget's first
    // render are two shorter tasks rather than one long one.
    gloo::timers::callback::Timeout::new(0, move || {
        let pre_rendered = gloo::utils::document()
            .get_element_by_id(DATA_ID)
            .and_then(|data| serde_json::from_str::<PageData>(&data.text_content().unwrap_or_default()).ok());
        wasm_bindgen_futures::spawn_local(async move {
            let (initial, notice) = if permalink::is_permalink(&hash) {
                match permalink::decode(&hash).await {
                    Ok(shared) => (shared.map(Initial::from), None),
                    Err(e) => (pre_rendered.map(Initial::from), Some(e.to_string())),
                }
            } else {
                (pre_rendered.map(Initial::from), None)
            };
            let props = AppProps { initial, standalone: true, notice, embed: embed_view, on_ready: None };
            take_over(host, props);
        });
    })
    .forget();
}

/// Mounts a script embed into `container` (inside the element's shadow
/// root), taking over the pre-rendered copy it may hold. `config` is the
/// comparison file's JSON; `base` the address of the widget's files.
pub fn mount_embed(container: Element, config: &str, base: &str) {
    assets::set_base(base);
    let mut props = embed::props_from_config(config);
    props.embed = Some(EmbedView { controls: embed::config_asks_for_controls(config), page_url: base.to_owned().into() });
    take_over(container, props);
}

/// Renders the live widget beside `host` and puts it in `host`'s place once it
/// shows its comparison. A host holding a pre-rendered copy keeps it if the
/// live widget ends without one (the worker could not load, say), with the
/// reason above it; an empty host takes the live widget at once.
fn take_over(host: Element, mut props: AppProps) {
    let document = gloo::utils::document();
    let live = document.create_element(&host.tag_name()).expect("an element");
    live.set_class_name(&host.class_name());
    let has_copy = host.query_selector(".px-root").ok().flatten().is_some();
    // Marks the element of a live widget (tests and scripts wait for it).
    let _ = live.set_attribute(LIVE, "");
    if !has_copy {
        // Nothing to keep on screen: render in place.
        host.replace_children_with_node_0();
        let _ = host.set_attribute(LIVE, "");
        yew::Renderer::<App>::with_root_and_props(host, props).render();
        return;
    }
    props.on_ready = Some(Callback::from({
        let live = live.clone();
        move |shows_comparison: bool| {
            if shows_comparison {
                exchange(&host, &live);
            } else {
                keep_copy_with_reason(&host, &live);
            }
        }
    }));
    yew::Renderer::<App>::with_root_and_props(live, props).render();
}

/// The attribute that marks a live widget's element.
const LIVE: &str = "data-live";

/// Elements of the widget that scroll on their own.
const SCROLLERS: &str = ".px-scroll, .px-rows";

/// Puts `live` where `copy` is, carrying over what the reader did meanwhile:
/// scroll positions and focus. One synchronous step: the browser paints
/// either the copy or the live widget, never a mix or nothing.
fn exchange(copy: &Element, live: &Element) {
    let scrolled: Vec<(i32, i32)> = all(copy, SCROLLERS).iter().map(|e| (e.scroll_top(), e.scroll_left())).collect();
    let focus = gloo::utils::document().active_element().and_then(|active| path_from(copy, &active));
    let id = copy.id();
    let _ = copy.replace_with_with_node_1(live);
    if !id.is_empty() {
        live.set_id(&id);
    }
    for (el, (top, left)) in all(live, SCROLLERS).iter().zip(scrolled) {
        el.set_scroll_top(top);
        el.set_scroll_left(left);
    }
    if let Some(el) = focus.and_then(|path| follow(live, &path)).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// The live widget could not show a comparison: keep the copy readable and
/// say why above it (the live widget's own message).
fn keep_copy_with_reason(copy: &Element, live: &Element) {
    let reason = live
        .query_selector(".px-notice")
        .ok()
        .flatten()
        .and_then(|n| n.text_content())
        .unwrap_or_else(|| "Parallax could not start.".into());
    let document = gloo::utils::document();
    let Ok(p) = document.create_element("p") else { return };
    p.set_class_name("px-embed-error");
    let _ = p.set_attribute("role", "alert");
    p.set_text_content(Some(&format!("{reason} The comparison below cannot be explored.")));
    let _ = copy.prepend_with_node_1(&p);
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// Child indexes leading from `root` down to `el`, if `el` is inside it.
fn path_from(root: &Element, el: &Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut node: web_sys::Node = el.clone().into();
    while !node.is_same_node(Some(root)) {
        let parent = node.parent_node()?;
        let siblings = parent.child_nodes();
        path.push((0..siblings.length()).find(|&i| siblings.item(i).is_some_and(|n| n.is_same_node(Some(&node))))?);
        node = parent;
    }
    path.reverse();
    Some(path)
}

fn follow(root: &Element, path: &[u32]) -> Option<Element> {
    let mut node: web_sys::Node = root.clone().into();
    for &i in path {
        node = node.child_nodes().item(i)?;
    }
    node.dyn_into().ok()
}

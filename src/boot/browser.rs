//! The browser half of the boot: the standalone page, script embeds, and
//! the full widget taking over from the page's first module.

use std::cell::RefCell;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;
use yew::prelude::*;

use super::handover::Handover;
use super::{carried, PageData, APP_ID, DATA_ID};
use crate::app::state::State;
use crate::app::{assets, json, permalink, App, AppProps, EmbedView, Initial};
use crate::embed;

/// How a widget was started, which the full widget starts the same way.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Setting {
    /// It owns the page (the standalone page or an iframe embed).
    pub standalone: bool,
    /// Embedded: whether it shows the full toolbar, and the standalone
    /// page's address for "Open in Parallax".
    pub embed: Option<(bool, String)>,
}

impl Setting {
    fn embed_view(&self) -> Option<EmbedView> {
        self.embed.clone().map(|(controls, page_url)| EmbedView { controls, page_url: page_url.into() })
    }
}

/// One live widget: how it was started, where it is, and (in the page's
/// first module) its state, for the hand-over to the full widget.
#[derive(Clone)]
pub struct Widget(Rc<Parts>);

/// What [`Widget`] holds (the full widget hands over to none: it reads less of it).
#[cfg_attr(feature = "studio", allow(dead_code))]
pub struct Parts {
    /// The page's script's loader: `{base, names, studio()}` (web/boot.js,
    /// web/parallax-embed.js).
    pub loader: JsValue,
    /// How it was started.
    pub setting: Setting,
    /// The element the live widget is rendered in.
    pub element: RefCell<Option<Element>>,
    /// Its state, kept by the widget itself (`later::use_keep`).
    pub state: RefCell<Option<UseReducerHandle<State>>>,
    /// The running widget, destroyed once another takes its place.
    pub app: RefCell<Option<yew::AppHandle<Live>>>,
    /// The full widget has been asked for.
    pub asked: std::cell::Cell<bool>,
}

impl PartialEq for Widget {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Widget {
    type Target = Parts;
    fn deref(&self) -> &Parts {
        &self.0
    }
}

/// Keeps the widget's state where taking the copy's place (what the reader
/// pinned in it) and the hand-over to the full widget find it.
#[hook]
pub fn use_keep(state: &UseReducerHandle<State>) {
    if let Some(widget) = use_context::<Widget>() {
        *widget.state.borrow_mut() = Some(state.clone());
    }
}

/// Properties of [`Live`].
#[derive(Properties, PartialEq, Clone)]
pub struct LiveProps {
    /// The widget it is.
    pub widget: Widget,
    /// The app's props.
    pub app: AppProps,
}

/// The app, with its [`Widget`] in context (the parts that load later find it there).
#[component]
pub fn Live(props: &LiveProps) -> Html {
    html! {
        <ContextProvider<Widget> context={props.widget.clone()}>
            <App ..props.app.clone() />
        </ContextProvider<Widget>>
    }
}

/// Reads the loader's base and file names into the widget's assets.
fn set_assets(loader: &JsValue) {
    let get = |key: &str| js_sys::Reflect::get(loader, &key.into()).unwrap_or_default();
    if let Some(base) = get("base").as_string() {
        assets::set_base(&base);
    }
    assets::set_names(&get("names"));
}

/// Starts the standalone page (or an iframe embed of it): takes over the
/// pre-rendered comparison, or opens the comparison in the URL's permalink.
pub fn start_page(loader: JsValue) {
    set_assets(&loader);
    let document = gloo::utils::document();
    let Some(host) = document.get_element_by_id(APP_ID) else { return };
    let location = gloo::utils::window().location();
    let page_url = location.href().unwrap_or_default();
    let page_url = page_url.split(['?', '#']).next().unwrap_or_default().to_owned();
    let embed = embed::is_iframe_embed().then(|| {
        if let Some(body) = document.body() {
            let _ = body.class_list().add_1("px-embedded");
        }
        (embed::asks_for_controls(), page_url.clone())
    });
    let setting = Setting { standalone: true, embed };
    let hash = location.hash().unwrap_or_default();
    // In a task of its own: the wasm's compilation and the widget's first
    // render are two shorter tasks rather than one long one.
    gloo::timers::callback::Timeout::new(0, move || {
        let pre_rendered = gloo::utils::document()
            .get_element_by_id(DATA_ID)
            .and_then(|data| json::from_str::<PageData>(&data.text_content().unwrap_or_default()).ok());
        wasm_bindgen_futures::spawn_local(async move {
            let (link, result) = carried::split_fragment(&hash);
            let (initial, notice) = if permalink::is_permalink(link) {
                match permalink::decode(link).await {
                    Ok(Some(shared)) => (Some(carried::opening(shared, result).await), None),
                    Ok(None) => (None, None),
                    Err(e) => (pre_rendered.map(Initial::from), Some(e.to_string())),
                }
            } else {
                (pre_rendered.map(Initial::from), None)
            };
            let props = AppProps { initial, standalone: true, notice, embed: setting.embed_view(), ..AppProps::default() };
            take_over(host, props, widget(loader, setting), None);
        });
    })
    .forget();
}

/// Mounts a script embed into `container` (inside the element's shadow
/// root), taking over the pre-rendered copy it may hold. `config` is the
/// comparison file's JSON, `result` the comparison the embed code carries
/// (see [`carried`]), `loader` the embed script's (web/parallax-embed.js).
pub fn mount_embed(container: Element, config: &str, result: Option<String>, loader: JsValue) {
    set_assets(&loader);
    let base = js_sys::Reflect::get(&loader, &"base".into()).ok().and_then(|b| b.as_string()).unwrap_or_default();
    let (mut props, controls) = embed::props_from_config(config);
    if let (Some(initial), Some(result)) = (props.initial.as_mut(), result) {
        initial.comparison = carried::read(&result, initial);
    }
    let setting = Setting { standalone: false, embed: Some((controls, base)) };
    props.embed = setting.embed_view();
    take_over(container, props, widget(loader, setting), None);
}

/// Starts the full widget in the place of the page's first module's:
/// `host` is that widget's element, `handover` what it hands over,
/// `setting` how it was started, `loader` its script's loader. `done` is
/// called once the full widget is in its place.
pub fn resume(host: Element, handover: JsValue, setting: JsValue, loader: JsValue, done: js_sys::Function) {
    set_assets(&loader);
    let (Ok(handover), Ok(setting)) = (json::from_value::<Handover>(handover), json::from_value::<Setting>(setting)) else {
        let _ = done.call1(&JsValue::NULL, &"the widget's state could not be handed over".into());
        return;
    };
    let (initial, then) = handover.into_opening();
    let props = AppProps { initial: Some(initial), standalone: setting.standalone, embed: setting.embed_view(), then, ..AppProps::default() };
    let done = Callback::from(move |_| drop(done.call0(&JsValue::NULL)));
    take_over(host, props, widget(loader, setting), Some(done));
}

fn widget(loader: JsValue, setting: Setting) -> Widget {
    Widget(Rc::new(Parts {
        loader,
        setting,
        element: RefCell::default(),
        state: RefCell::default(),
        app: RefCell::default(),
        asked: Default::default(),
    }))
}

/// Renders the live widget beside `host` and puts it in `host`'s place once it
/// shows its comparison. A host holding a pre-rendered copy keeps it if the
/// live widget ends without one (the worker could not load, say), with the
/// reason above it; an empty host takes the live widget at once. With
/// `taken_over` (the full widget replacing the first module's), the live
/// widget takes the host's place whatever it shows, then `taken_over` is told.
fn take_over(host: Element, mut props: AppProps, widget: Widget, taken_over: Option<Callback<()>>) {
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
        render(host, props, widget);
        return;
    }
    props.on_ready = Some(Callback::from({
        let (live, widget) = (live.clone(), widget.clone());
        move |shows_comparison: bool| {
            if shows_comparison || taken_over.is_some() {
                exchange(&host, &live, &widget);
                if let Some(told) = &taken_over {
                    told.emit(());
                }
            } else {
                keep_copy_with_reason(&host, &live);
            }
        }
    }));
    render(live, props, widget);
}

fn render(element: Element, props: AppProps, widget: Widget) {
    *widget.element.borrow_mut() = Some(element.clone());
    let app = yew::Renderer::<Live>::with_root_and_props(element, LiveProps { widget: widget.clone(), app: props }).render();
    *widget.app.borrow_mut() = Some(app);
}

/// The attribute that marks a live widget's element.
const LIVE: &str = "data-live";

/// Elements of the widget that scroll on their own.
const SCROLLERS: &str = ".px-scroll, .px-rows";

/// Puts `live` where `copy` is, carrying over what the reader did meanwhile:
/// scroll positions, focus, and what they point at or pinned in a
/// pre-rendered copy (web/quick.js marks it there). One synchronous step:
/// the browser paints either the copy or the live widget, never a mix or
/// nothing.
fn exchange(copy: &Element, live: &Element, widget: &Widget) {
    let scrolled: Vec<(i32, i32)> = all(copy, SCROLLERS).iter().map(|e| (e.scroll_top(), e.scroll_left())).collect();
    let focus = gloo::utils::document().active_element().and_then(|active| path_from(copy, &active));
    if let (Some(root), Some(state)) = (copy.query_selector(".px-root").ok().flatten(), widget.state.borrow().as_ref()) {
        for action in super::quick::carried_over(&root, state) {
            state.dispatch(action);
        }
    }
    // The copy's own script stops answering and clears what it painted.
    let _ = copy.dispatch_event(&web_sys::Event::new("parallax:live").expect("an event"));
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

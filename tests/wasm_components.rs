//! Components in a real browser (headless Chromium via wasm-bindgen-test):
//! rendering and events that only a DOM has.
#![cfg(target_arch = "wasm32")]

use parallax::app::statement::Statement;
use parallax::app::{App, AppProps, Initial};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, MouseEvent, MouseEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// Two translations of one Russian statement (TASS and Sputnik): they share
/// phrases, which the example (with no phrase of two content words) does not.
const TASS: &str = "The Russian side highly praised the measures being taken by China against the spread of the disease caused by coronavirus.";
const SPUTNIK: &str = "The Russian side praised the measures taken by China to combat the spread of the disease caused by the Corona virus.";

/// Mounts the widget on `props` and waits for its first render.
async fn mount(props: AppProps) -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

/// The widget on the two translations.
async fn mount_translations() -> Element {
    let statement = |label: &str, text: &str| Statement { label: label.into(), text: text.into(), ..Statement::default() };
    let initial = Initial { left: statement("TASS", TASS), right: statement("Sputnik", SPUTNIK), ..Initial::default() };
    mount(AppProps { initial: Some(initial), ..AppProps::default() }).await
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn the_example_shows_every_character() {
    let root = mount(AppProps::default()).await;
    let left_text = root.query_selector(".px-pane-left .px-text").unwrap().unwrap().text_content().unwrap();
    assert_eq!(left_text, include_str!("../assets/demo/cn-mfa.txt"));
}

#[wasm_bindgen_test]
async fn shared_phrases_are_marked_in_both_panes() {
    let root = mount_translations().await;
    assert!(count(&root, ".px-pane-left mark[data-phrase]") > 0);
    assert!(count(&root, ".px-pane-right mark[data-phrase]") > 0);
}

/// The texts painted as highlight `name` inside `scope` (CSS Custom Highlight API).
fn highlighted(scope: &Element, name: &str) -> Vec<String> {
    let read = js_sys::Function::new_with_args(
        "scope, name",
        "return [...(CSS.highlights.get(name) ?? [])].filter((r) => scope.contains(r.startContainer)).map((r) => r.toString());",
    );
    let texts = read.call2(&JsValue::NULL, scope, &name.into()).unwrap();
    js_sys::Array::from(&texts).iter().map(|t| t.as_string().unwrap()).collect()
}

#[wasm_bindgen_test]
async fn hovering_a_phrase_links_its_counterpart() {
    let root = mount_translations().await;
    let mark = root.query_selector(".px-pane-left mark[data-phrase]").unwrap().unwrap();
    let right = root.query_selector(".px-pane-right").unwrap().unwrap();
    assert!(highlighted(&right, "px-linked").is_empty());
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    let event = MouseEvent::new_with_mouse_event_init_dict("mouseover", &init).unwrap();
    mark.dispatch_event(event.unchecked_ref()).unwrap();
    yew::scheduler::flush().await;
    let phrase = mark.text_content().unwrap().to_lowercase();
    let linked = highlighted(&right, "px-linked");
    assert!(linked.iter().any(|t| t.to_lowercase() == phrase), "{phrase:?} not linked on the right: {linked:?}");
    let event = MouseEvent::new_with_mouse_event_init_dict("mouseleave", &MouseEventInit::new()).unwrap();
    root.query_selector(".px-panes").unwrap().unwrap().dispatch_event(event.unchecked_ref()).unwrap();
    yew::scheduler::flush().await;
    assert!(highlighted(&root, "px-linked").is_empty(), "the link stays after the pointer left");
}

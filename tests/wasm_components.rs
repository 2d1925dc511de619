//! Components in a real browser (headless Chromium via wasm-bindgen-test):
//! rendering and events that only a DOM has.
#![cfg(target_arch = "wasm32")]

use parallax::app::shared_comparison::SharedComparison;
use parallax::app::statement::Statement;
use parallax::app::{App, AppProps, Initial};
use parallax::engine::{compare, Options};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, MouseEvent, MouseEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// Two translations of the Russian statement on the 1 February 2020 call
/// (TASS and Sputnik): much shared phrasing. The headline pair shares no
/// phrase of two meaningful words.
const LEFT: &str = "The Russian side highly praised the measures being taken by China against the spread of the disease \
                    caused by coronavirus. [They] discussed the Russian-Chinese cooperation in that field.";
const RIGHT: &str = "The Russian side praised the measures taken by China to combat the spread of the disease caused by \
                     the Corona virus. The issues of Russian-Chinese cooperation in this field were discussed.";

/// The widget on two statements, handed their comparison as a pre-rendered
/// page hands it (in the page the worker makes it; here the test does).
async fn mount_app() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let statement = |text: &str| Statement { text: text.into(), ..Statement::default() };
    let options = Options::default();
    let comparison = Some(SharedComparison::new(compare(LEFT, RIGHT, &options)));
    let initial = Initial { left: statement(LEFT), right: statement(RIGHT), options, comparison, ..Initial::default() };
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { initial: Some(initial), ..AppProps::default() }).render();
    yew::scheduler::flush().await;
    root
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
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
async fn shared_phrases_show_in_both_panes() {
    let root = mount_app().await;
    assert!(count(&root, ".px-pane-left mark[data-phrase]") > 0);
    assert!(count(&root, ".px-pane-right mark[data-phrase]") > 0);
    let left_text = root.query_selector(".px-pane-left .px-text").unwrap().unwrap().text_content().unwrap();
    assert_eq!(left_text, LEFT);
}

#[wasm_bindgen_test]
async fn hovering_a_phrase_links_its_counterpart() {
    let root = mount_app().await;
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
    // The same words; a highlight that opens its sentence also takes its
    // first word ("The Russian side" there, "Russian side" mid-sentence).
    let same = |t: &String| {
        let t = t.to_lowercase();
        t == phrase || phrase.ends_with(&format!(" {t}")) || t.ends_with(&format!(" {phrase}"))
    };
    assert!(linked.iter().any(same), "{phrase:?} not linked on the right: {linked:?}");
    let event = MouseEvent::new_with_mouse_event_init_dict("mouseleave", &MouseEventInit::new()).unwrap();
    root.query_selector(".px-panes").unwrap().unwrap().dispatch_event(event.unchecked_ref()).unwrap();
    yew::scheduler::flush().await;
    assert!(highlighted(&root, "px-linked").is_empty(), "the link stays after the pointer left");
}

//! Components in a real browser (headless Chromium via wasm-bindgen-test):
//! rendering and events that only a DOM has.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use parallax::app::state::Statement;
use parallax::app::{App, AppProps, Initial, SharedComparison};
use parallax::engine::{compare, Options};
use wasm_bindgen::JsCast;
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
    let comparison = Some(SharedComparison(Rc::new(compare(LEFT, RIGHT, &options))));
    let initial = Initial { left: statement(LEFT), right: statement(RIGHT), options, comparison, ..Initial::default() };
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { initial: Some(initial), ..AppProps::default() }).render();
    yew::scheduler::flush().await;
    root
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
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
    let phrase = mark.get_attribute("data-phrase").unwrap();
    assert_eq!(count(&root, "mark.px-linked"), 0);
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    let event = MouseEvent::new_with_mouse_event_init_dict("mouseover", &init).unwrap();
    mark.dispatch_event(event.unchecked_ref()).unwrap();
    yew::scheduler::flush().await;
    let selector = format!(".px-pane-right mark.px-linked[data-phrase=\"{phrase}\"]");
    assert!(count(&root, &selector) > 0, "counterpart of phrase {phrase} not linked");
}

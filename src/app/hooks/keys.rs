//! The keyboard: the widget's shortcuts, and on a page the widget owns,
//! keys pressed with nothing focused.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::app::nav::StopKind;
use crate::app::reducer::Action;
use crate::app::view::{Mode, Popover};

/// The keyboard shortcuts listed in the help popover (`components::help::KEYS`).
#[hook]
pub fn use_key_handler(dispatch: &Callback<Action>, mode: Mode, presenting: bool) -> Callback<KeyboardEvent> {
    let dispatch = dispatch.clone();
    use_callback((mode, presenting), move |e: KeyboardEvent, &(mode, presenting)| {
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
        let tag = target.as_ref().map(|t| t.tag_name().to_ascii_lowercase()).unwrap_or_default();
        if matches!(tag.as_str(), "input" | "textarea" | "select") {
            return;
        }
        if presenting {
            // Arrow keys and presentation clickers (which send PageUp/PageDown).
            let action = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" | "PageDown" | " " | "n" => Action::PresentStep(true),
                "ArrowLeft" | "ArrowUp" | "PageUp" | "p" => Action::PresentStep(false),
                "Escape" => Action::Present(false),
                _ => return,
            };
            e.prevent_default();
            dispatch.emit(action);
            return;
        }
        let action = match (e.key().as_str(), mode) {
            ("n", Mode::Read) => Action::Step(StopKind::Difference, true),
            ("p", Mode::Read) => Action::Step(StopKind::Difference, false),
            ("j", Mode::Read) => Action::Step(StopKind::Phrase, true),
            ("k", Mode::Read) => Action::Step(StopKind::Phrase, false),
            ("?", _) => Action::Toggle(Popover::Help),
            ("Escape", _) => Action::Unpin,
            ("Enter", Mode::Read) => {
                let phrase = target
                    .and_then(|t| t.closest("[data-phrase]").ok().flatten())
                    .and_then(|m| m.get_attribute("data-phrase")?.parse().ok());
                match phrase {
                    Some(p) => Action::Pin(p),
                    None => return,
                }
            }
            _ => return,
        };
        e.prevent_default();
        dispatch.emit(action);
    })
}

/// On a page the widget owns, keys pressed with nothing focused (on the
/// body) reach the widget too.
#[hook]
pub fn use_page_keys(enabled: bool, handler: &Callback<KeyboardEvent>) {
    let handler = handler.clone();
    use_effect_with((enabled, handler), move |(enabled, handler)| {
        let handler = handler.clone();
        let listener = enabled.then(|| {
            // Not passive: the handler prevents the default (page scrolling on
            // PageDown and Space while presenting).
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |e| {
                let e: &KeyboardEvent = e.unchecked_ref();
                let on_body = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlBodyElement>().ok()).is_some();
                if on_body {
                    handler.emit(e.clone());
                }
            })
        });
        move || drop(listener)
    });
}

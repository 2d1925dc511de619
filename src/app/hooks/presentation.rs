//! Presentation mode in the page: full screen, the current step in view,
//! and the focus on the presentation's bar while it lasts, given back after.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::app::hooks::dialog_focus::{give_back_first, had_focus, toolbar_control};
use crate::app::reducer::Action;
use crate::app::text_dom::TextDom;
use crate::app::view::Reveal;

/// Full screen while presenting (leaving full screen leaves the
/// presentation), and the current step (`presenting`) kept in view inside
/// the widget `root`.
#[hook]
pub fn use_presentation(
    presenting: Option<usize>,
    reveal: Option<Reveal>,
    dispatch: &Callback<Action>,
    root: &NodeRef,
    dom: &Rc<RefCell<TextDom>>,
) {
    {
        let (root, dispatch) = (root.clone(), dispatch.clone());
        let was_on = use_mut_ref(|| false);
        use_effect_with(presenting.is_some(), move |&on| {
            let document = gloo::utils::document();
            let mut listener = None;
            let left = std::mem::replace(&mut *was_on.borrow_mut(), on) && !on;
            if on {
                if let Some(el) = root.cast::<Element>() {
                    // Refused outside a user gesture or in a frame without
                    // allowfullscreen: presenting then fills the widget only.
                    let _ = el.request_fullscreen();
                    // The presentation's own bar takes the focus (keys step through it).
                    let bar = el.query_selector(".px-presenter").ok().flatten().and_then(|b| b.dyn_into::<HtmlElement>().ok());
                    if let Some(bar) = bar {
                        let _ = bar.focus();
                    }
                }
                listener = Some(EventListener::new(&document, "fullscreenchange", move |_| {
                    if gloo::utils::document().fullscreen_element().is_none() {
                        dispatch.emit(Action::Present(false));
                    }
                }));
            } else {
                if document.fullscreen_element().is_some() {
                    document.exit_fullscreen();
                }
                // Back to Teach, whose "Present" started it (its panel closed since).
                let teach = root.cast::<Element>().map(|root| toolbar_control(&root, "[data-testid=\"lesson\"]"));
                if let Some([teach, more]) = teach.filter(|_| left && had_focus(&root)) {
                    give_back_first(&[teach, more]);
                }
            }
            move || drop(listener)
        });
    }
    let (root, dom) = (root.clone(), dom.clone());
    use_effect_with((presenting, reveal), move |(step, _)| {
        if step.is_some() {
            let current = root.cast::<Element>().and_then(|r| r.query_selector(".px-row-current").ok().flatten());
            if let Some(row) = current {
                let rect = row.get_bounding_client_rect();
                dom.borrow_mut().reveal(&row, rect.top(), rect.height(), true, false);
            }
        }
    });
}

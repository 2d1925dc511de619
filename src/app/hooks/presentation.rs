//! Presentation mode in the page: full screen, and the current step in view.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;

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
        use_effect_with(presenting.is_some(), move |&on| {
            let document = gloo::utils::document();
            let mut listener = None;
            if on {
                if let Some(el) = root.cast::<Element>() {
                    // Refused outside a user gesture or in a frame without
                    // allowfullscreen: presenting then fills the widget only.
                    let _ = el.request_fullscreen();
                }
                listener = Some(EventListener::new(&document, "fullscreenchange", move |_| {
                    if gloo::utils::document().fullscreen_element().is_none() {
                        dispatch.emit(Action::Present(false));
                    }
                }));
            } else if document.fullscreen_element().is_some() {
                document.exit_fullscreen();
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

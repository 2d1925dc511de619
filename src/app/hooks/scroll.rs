//! Keeping the two panes in step while either scrolls, anchored on aligned
//! sentence pairs (not pixel offsets), so wrapped prose never drifts.
//!
//! Scroll events only note which pane moved; the panes are brought in step
//! once per animation frame, from a binary search over the sentence
//! elements already listed (a dozen layout reads, none of which forces a
//! layout while the page is only scrolling). The follower's own scroll event
//! is recognised as the widget's and ignored.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::render::{request_animation_frame, AnimationFrame};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::app::text_dom::TextDom;
use crate::engine::Side;

/// Sentences scanned below the top one for one that has a counterpart.
const LOOKAHEAD: usize = 50;

/// Keeps the panes `left` and `right` in step while `active` (side by side,
/// reading); `key` changes when the panes are made anew (a new comparison).
#[hook]
pub fn use_scroll_sync<K: PartialEq + 'static>(dom: &Rc<RefCell<TextDom>>, left: &NodeRef, right: &NodeRef, active: bool, key: K) {
    let (dom, left, right) = (dom.clone(), left.clone(), right.clone());
    use_effect_with((active, key), move |(active, _)| {
        let mut listeners = Vec::new();
        let frame: Rc<RefCell<Option<AnimationFrame>>> = Rc::default();
        if let (true, Some(l), Some(r)) = (*active, left.cast::<Element>(), right.cast::<Element>()) {
            // The pane the reader moved since the last frame.
            let moved: Rc<Cell<Option<Side>>> = Rc::default();
            let scheduled = Rc::new(Cell::new(false));
            for (side, pane) in [(Side::Left, &l), (Side::Right, &r)] {
                let (dom, moved, scheduled, frame) = (dom.clone(), moved.clone(), scheduled.clone(), frame.clone());
                let (panes, pane_el) = ([l.clone(), r.clone()], pane.clone());
                listeners.push(EventListener::new(pane, "scroll", move |_| {
                    if dom.borrow_mut().is_own_scroll(&pane_el) {
                        return;
                    }
                    moved.set(Some(side));
                    if scheduled.replace(true) {
                        return;
                    }
                    let (dom, moved, scheduled, panes) = (dom.clone(), moved.clone(), scheduled.clone(), panes.clone());
                    *frame.borrow_mut() = Some(request_animation_frame(move |_| {
                        scheduled.set(false);
                        if let Some(from) = moved.take() {
                            let (from_el, to_el) = (&panes[from as usize], &panes[from.other() as usize]);
                            follow(&mut dom.borrow_mut(), from, from_el, to_el);
                        }
                    }));
                }));
            }
        }
        move || drop((listeners, frame))
    });
}

/// The top and height of a sentence in its pane's scrolled content.
fn box_of(element: &Element) -> (f64, f64) {
    let e: &HtmlElement = element.unchecked_ref();
    (e.offset_top() as f64, e.offset_height() as f64)
}

/// Scrolls `to` so the sentence pair at the top of `from` sits at the same
/// place: as far into the counterpart as the reader is into the sentence.
/// Where no sentence near the top has a counterpart, `to` keeps to the same
/// share of its text.
fn follow(dom: &mut TextDom, side: Side, from: &Element, to: &Element) {
    let Some(c) = dom.comparison().cloned() else { return };
    if from.scroll_top() + from.client_height() >= from.scroll_height() - 2 {
        dom.scroll_pane_to(to, to.scroll_height() as f64);
        return;
    }
    let top = from.scroll_top() as f64;
    // The first sentence whose bottom is below the top edge.
    let (mut lo, mut hi) = (0, dom.rendered_sentences(side));
    while lo < hi {
        let mid = (lo + hi) / 2;
        match dom.sentence(side, mid).map(|e| box_of(&e)) {
            Some((t, h)) if t + h <= top => lo = mid + 1,
            _ => hi = mid,
        }
    }
    let sentences = &c.side(side).sentences;
    for k in lo..(lo + LOOKAHEAD).min(sentences.len()) {
        let Some(pair) = sentences[k].pair.and_then(|p| c.pairs.get(p)) else { continue };
        let Some(&target) = (if side == Side::Left { &pair.right } else { &pair.left }).first() else { continue };
        let (Some(here), Some(there)) = (dom.sentence(side, k), dom.sentence(side.other(), target)) else { continue };
        let ((s_top, s_height), (t_top, t_height)) = (box_of(&here), box_of(&there));
        let offset = top - s_top;
        let y = if offset >= 0.0 { t_top + (offset / s_height.max(1.0)).min(1.0) * t_height } else { t_top + offset };
        dom.scroll_pane_to(to, y);
        return;
    }
    // No counterpart near the top: keep to the same share of the text.
    let share = top / (from.scroll_height() - from.client_height()).max(1) as f64;
    dom.scroll_pane_to(to, share * (to.scroll_height() - to.client_height()) as f64);
}

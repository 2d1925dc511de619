//! Keeping the two panes in step while either scrolls, anchored on the
//! sentence pairs that are in order on both sides (not pixel offsets), so
//! wrapped prose never drifts and reordered pairs never make the other pane
//! jump back. The reader can turn it off (Options).
//!
//! Scroll events only note which pane moved; the panes are brought in step
//! once per animation frame, from a binary search over the anchors' sentence
//! elements (a dozen layout reads, none of which forces a layout while the
//! page is only scrolling). The follower's own scroll event is recognised as
//! the widget's and ignored.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::render::{request_animation_frame, AnimationFrame};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::app::text_dom::TextDom;
use crate::engine::Side;

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

/// Scrolls `to` to the place in its text that matches the top of `from`:
/// between the two sentence pairs (of [`SharedComparison::scroll_anchors`],
/// in order on both sides) around the top of `from`, as far on as `from` is
/// between them. The text's top and end are anchors too, so the panes start
/// and end together. The place is continuous and never goes back as `from`
/// goes on: no jumps, and identical texts stay level.
///
/// [`SharedComparison::scroll_anchors`]: crate::app::shared_comparison::SharedComparison::scroll_anchors
fn follow(dom: &mut TextDom, side: Side, from: &Element, to: &Element) {
    let Some(c) = dom.comparison().cloned() else { return };
    let anchors = c.scroll_anchors();
    let at = |a: &(usize, usize), s: Side| if s == Side::Left { a.0 } else { a.1 };
    let top_of = |dom: &mut TextDom, s: Side, k: usize| dom.sentence(s, k).map(|e| box_of(&e).0);
    let y = from.scroll_top() as f64;
    let end = |pane: &Element| (pane.scroll_height() - pane.client_height()).max(0) as f64;
    let (from_end, to_end) = (end(from), end(to));
    if y >= from_end - 1.0 {
        dom.scroll_pane_to(to, to_end);
        return;
    }
    // The first anchor below the top of `from` (not yet rendered counts as below).
    let (mut lo, mut hi) = (0, anchors.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        match top_of(dom, side, at(&anchors[mid], side)) {
            Some(t) if t <= y => lo = mid + 1,
            _ => hi = mid,
        }
    }
    let mut point = |i: usize| -> Option<(f64, f64)> {
        let a = anchors.get(i)?;
        Some((top_of(dom, side, at(a, side))?, top_of(dom, side.other(), at(a, side.other()))?))
    };
    let (f0, t0) = lo.checked_sub(1).and_then(&mut point).unwrap_or((0.0, 0.0));
    let (f1, t1) = point(lo).filter(|&(f, t)| f <= from_end && t >= t0).unwrap_or((from_end, to_end.max(t0)));
    let share = if f1 > f0 { ((y - f0) / (f1 - f0)).clamp(0.0, 1.0) } else { 0.0 };
    dom.scroll_pane_to(to, t0 + share * (t1 - t0));
}

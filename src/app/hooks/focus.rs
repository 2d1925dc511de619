//! What the reader points at, marked in the page: every occurrence of the
//! linked phrase on both sides (from its byte ranges), the selected term's
//! occurrences, the sentence pair under the pointer with the words it shares,
//! and where navigation stands. The panes are not re-rendered: ranges are
//! painted as highlights (`app::highlights`) and a few elements get a class,
//! so a hover costs the same on a 1 MB text as on a short one.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{Element, HtmlElement};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::highlights::Highlight;
use crate::app::lesson::Note;
use crate::app::nav::Cursor;
use crate::app::rows::pair_echoes;
use crate::app::state::State;
use crate::app::text_dom::{Rendered, TextDom};
use crate::app::view::Layout;
use crate::engine::{ByteRange, Side};

/// The part of the state that the marks show.
#[derive(Clone, Debug, PartialEq)]
pub struct Focus {
    /// The shared phrase under the pointer or focus, and its side.
    pub hovered: Option<(Side, usize)>,
    /// The phrase the reader pinned.
    pub pinned: Option<usize>,
    /// The sentence pair under the pointer, and the side pointed at.
    pub pair: Option<(Side, usize)>,
    /// Where navigation stands.
    pub cursor: Option<Cursor>,
    /// The selected distinctive term: its side and key.
    pub term: Option<(Side, String)>,
}

impl Focus {
    /// The focus in `state`.
    pub fn of(state: &State) -> Self {
        Focus {
            hovered: state.hovered,
            pinned: state.pinned,
            pair: state.hovered_pair,
            cursor: state.cursor,
            term: state.term.clone(),
        }
    }

    /// The phrase shown linked: the pinned one wins over the hovered one.
    fn phrase(&self) -> Option<usize> {
        self.pinned.or(self.hovered.map(|(_, p)| p))
    }
}

/// What one widget has marked, to undo before marking anew.
struct Marks {
    linked: Highlight,
    term: Highlight,
    echo: Highlight,
    classed: Vec<(Element, &'static str)>,
}

impl Marks {
    fn new() -> Self {
        Marks {
            linked: Highlight::new("px-linked", 1),
            term: Highlight::new("px-term", 2),
            echo: Highlight::new("px-echo", 0),
            classed: Vec::new(),
        }
    }

    fn add_class(&mut self, element: Option<Element>, class: &'static str) {
        if let Some(element) = element {
            let _ = element.class_list().add_1(class);
            self.classed.push((element, class));
        }
    }
}

/// Keeps the marks in step with `focus` on the texts `rendered` in `dom`,
/// and brings what the reader points at into view. `notes` are passed so the
/// marks are laid again after the notes re-render the text.
#[hook]
pub fn use_focus_marks(dom: &Rc<RefCell<TextDom>>, rendered: Option<Rendered>, notes: &[Note], focus: Focus) {
    let marks = use_mut_ref(Marks::new);
    {
        let dom = dom.clone();
        let deps = (rendered, notes.to_vec(), focus.clone());
        use_effect_with(deps, move |(rendered, _, focus)| {
            let mut dom = dom.borrow_mut();
            dom.update(rendered.clone());
            paint(&mut dom, &mut marks.borrow_mut(), focus, rendered.as_ref().map(|r| r.layout));
        });
    }
    {
        let dom = dom.clone();
        let deps = (focus.hovered, focus.pinned, focus.pair);
        use_effect_with(deps, move |&(hovered, pinned, pair)| reveal_linked(&mut dom.borrow_mut(), hovered, pinned, pair));
    }
    let dom = dom.clone();
    use_effect_with(focus.cursor, move |cursor| {
        let Some(c) = cursor else { return };
        let mut dom = dom.borrow_mut();
        if let Some(element) = dom.span(c.side, c.span) {
            if let Some(el) = element.dyn_ref::<HtmlElement>() {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = el.focus_with_options(&options);
            }
            let rect = element.get_bounding_client_rect();
            dom.reveal(&element, rect.top(), rect.height(), true, true);
        }
    });
}

/// Marks `focus` anew: highlights for ranges, classes for elements.
fn paint(dom: &mut TextDom, marks: &mut Marks, focus: &Focus, layout: Option<Layout>) {
    for (element, class) in marks.classed.drain(..) {
        let _ = element.class_list().remove_1(class);
    }
    let Some(c) = dom.comparison().cloned() else {
        for h in [&mut marks.linked, &mut marks.term, &mut marks.echo] {
            h.paint(Vec::new());
        }
        return;
    };
    let phrase = focus.phrase().and_then(|p| c.phrases.get(p));
    let mut linked = Vec::new();
    if let Some(phrase) = phrase {
        linked.extend(dom.ranges(Side::Left, &phrase.left));
        linked.extend(dom.ranges(Side::Right, &phrase.right));
    }
    marks.linked.paint(linked);
    let term = focus.term.as_ref().and_then(|(side, key)| {
        let term = c.side(*side).distinctive.iter().find(|t| &t.key == key)?;
        Some(dom.ranges(*side, &term.occurrences))
    });
    marks.term.paint(term.unwrap_or_default());
    let mut echoes = Vec::new();
    if let Some((_, p)) = focus.pair {
        if let Some(pair) = c.pairs.get(p) {
            for (side, sentences) in [(Side::Left, &pair.left), (Side::Right, &pair.right)] {
                for &k in sentences {
                    marks.add_class(dom.sentence(side, k), "px-pair-linked");
                }
                // Aligned rows dot every pair's shared words already.
                if layout == Some(Layout::SideBySide) {
                    echoes.extend(dom.ranges(side, &pair_echoes(&c, p, side)));
                }
            }
        }
    }
    marks.echo.paint(echoes);
    if let Some(cursor) = focus.cursor {
        marks.add_class(dom.span(cursor.side, cursor.span), "px-current");
    }
}

/// Brings into view the counterpart of what the reader points at: the
/// hovered phrase's first occurrence on the other side, the pinned phrase's
/// on both, or the other side of the sentence pair pointed at.
fn reveal_linked(dom: &mut TextDom, hovered: Option<(Side, usize)>, pinned: Option<usize>, pair: Option<(Side, usize)>) {
    let Some(c) = dom.comparison().cloned() else { return };
    let first = |side: Side, p: usize| -> Option<ByteRange> {
        let phrase = c.phrases.get(p)?;
        (if side == Side::Left { &phrase.left } else { &phrase.right }).first().copied()
    };
    let targets: Vec<(Side, ByteRange)> = match (hovered, pinned, pair) {
        (Some((side, p)), _, _) => first(side.other(), p).map(|r| (side.other(), r)).into_iter().collect(),
        (None, Some(p), _) => [Side::Left, Side::Right].into_iter().filter_map(|s| Some((s, first(s, p)?))).collect(),
        (None, None, Some((side, p))) => {
            let pair = c.pairs.get(p);
            let other = pair.and_then(|pair| if side == Side::Left { pair.right.first() } else { pair.left.first() });
            other.map(|&k| (side.other(), c.side(side.other()).sentences[k].range)).into_iter().collect()
        }
        _ => Vec::new(),
    };
    for (side, range) in targets {
        let Some(dom_range) = dom.ranges(side, &[range]).into_iter().next() else { continue };
        let rect = dom_range.get_bounding_client_rect();
        let Some(element) = dom_range.start_container().ok().and_then(|n| n.parent_element()) else { continue };
        dom.reveal(&element, rect.top(), rect.height(), false, false);
    }
}

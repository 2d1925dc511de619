//! What the reader points at, marked in the page: every occurrence of the
//! linked phrase on both sides (from its byte ranges), the selected term's
//! occurrences, the sentence pair under the pointer with the words it shares,
//! and where navigation stands. The panes are not changed: ranges are
//! painted as highlights (`app::highlights`), so a hover costs the same on a
//! 1 MB text as on a short one. (A class on an element would do, but a
//! background or an outline on an inline box makes the browser lay its
//! whole paragraph out again.)

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::render::{request_animation_frame, AnimationFrame};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::app::highlights::Highlight;
use crate::app::lesson::Note;
use crate::app::nav::Cursor;
use crate::app::rows::pair_echoes;
use crate::app::state::State;
use crate::app::text_dom::{Rendered, Sentences, TextDom};
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
    /// The words a followed quotation links to (and the how-manieth
    /// link followed it is).
    pub quoted: Option<(Side, ByteRange, u32)>,
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
            quoted: state.quoted,
        }
    }

    /// The phrase shown linked: the pinned one wins over the hovered one.
    fn phrase(&self) -> Option<usize> {
        self.pinned.or(self.hovered.map(|(_, p)| p))
    }
}

/// What one widget has marked, to undo before marking anew, and for what.
struct Marks {
    linked: Highlight,
    term: Highlight,
    echo: Highlight,
    pair: Highlight,
    current: Highlight,
    quoted: Highlight,
    /// The followed quotation's words have been brought into view (they
    /// may be in a block not yet rendered: it is tried again as blocks fill in).
    quote_shown: bool,
    /// The focus marked.
    focus: Option<Focus>,
    /// The sentences of each side near the view when marked: ranges
    /// elsewhere are not painted (see `TextDom::near_view`).
    near: [Sentences; 2],
}

impl Marks {
    fn new() -> Self {
        Marks {
            linked: Highlight::new("px-linked", 1),
            term: Highlight::new("px-term", 2),
            echo: Highlight::new("px-echo", 0),
            pair: Highlight::new("px-pair", -1),
            current: Highlight::new("px-current", 3),
            quoted: Highlight::new("px-quoted", 4),
            quote_shown: true,
            focus: None,
            near: [Vec::new(), Vec::new()],
        }
    }

    /// Marks `focus` anew: ranges near the view (and the current stop).
    fn paint(&mut self, dom: &mut TextDom, focus: &Focus) {
        self.near = [dom.near_view(Side::Left), dom.near_view(Side::Right)];
        let Some(c) = dom.comparison().cloned() else {
            for h in [&mut self.linked, &mut self.term, &mut self.echo, &mut self.pair, &mut self.current, &mut self.quoted] {
                h.paint(Vec::new());
            }
            return;
        };
        let near = self.near.clone();
        let near = |side: Side| Some(&near[side as usize][..]);
        let mut linked = Vec::new();
        if let Some(phrase) = focus.phrase().and_then(|p| c.phrases.get(p)) {
            linked.extend(dom.ranges(Side::Left, &phrase.left, near(Side::Left)));
            linked.extend(dom.ranges(Side::Right, &phrase.right, near(Side::Right)));
        }
        self.linked.paint(linked);
        let term = focus.term.as_ref().and_then(|(side, key)| {
            let term = c.side(*side).distinctive.iter().find(|t| &t.key == key)?;
            Some(dom.ranges(*side, &term.occurrences, near(*side)))
        });
        self.term.paint(term.unwrap_or_default());
        let (mut echoes, mut sentences) = (Vec::new(), Vec::new());
        let pair = focus.pair.and_then(|(_, p)| Some((p, c.pairs.get(p)?)));
        if let Some((p, pair)) = pair {
            for (side, indexes) in [(Side::Left, &pair.left), (Side::Right, &pair.right)] {
                // Aligned rows dot every pair's shared words already.
                if dom.layout() == Some(Layout::SideBySide) {
                    echoes.extend(dom.ranges(side, &pair_echoes(&c, p, side), near(side)));
                }
                let ranges: Vec<ByteRange> = indexes.iter().filter_map(|&k| Some(c.side(side).sentences.get(k)?.range)).collect();
                sentences.extend(dom.ranges(side, &ranges, near(side)));
            }
        }
        self.echo.paint(echoes);
        self.pair.paint(sentences);
        let current = focus.cursor.and_then(|at| Some((at.side, c.side(at.side).spans.get(at.span)?.range)));
        self.current.paint(current.map(|(side, range)| dom.ranges(side, &[range], None)).unwrap_or_default());
        self.quoted.paint(focus.quoted.map(|(side, range, _)| dom.ranges(side, &[range], None)).unwrap_or_default());
        self.focus = Some(focus.clone());
    }
}

/// Keeps the marks in step with `focus` on the texts `rendered` in `dom`,
/// and brings what the reader points at into view. `notes` are passed so the
/// marks are laid again after the notes re-render the text. While the panes
/// scroll, marks are laid again (once per frame at most) when other blocks
/// come near the view.
#[hook]
pub fn use_focus_marks(dom: &Rc<RefCell<TextDom>>, rendered: Option<Rendered>, notes: &[Note], focus: Focus) {
    let marks = use_mut_ref(Marks::new);
    {
        let (dom, marks) = (dom.clone(), marks.clone());
        let deps = (rendered.clone(), notes.to_vec(), focus);
        use_effect_with(deps, move |(rendered, _, focus)| {
            let (mut dom, mut marks) = (dom.borrow_mut(), marks.borrow_mut());
            dom.update(rendered.clone());
            // Scroll first, so the marks are painted where the reader will look.
            let before = marks.focus.clone();
            if before.as_ref().map(|f| (f.hovered, f.pinned, f.pair)) != Some((focus.hovered, focus.pinned, focus.pair)) {
                reveal_linked(&mut dom, focus.hovered, focus.pinned, focus.pair);
            }
            if before.as_ref().map(|f| f.cursor) != Some(focus.cursor) {
                go_to(&mut dom, focus.cursor);
            }
            if before.as_ref().map(|f| f.quoted) != Some(focus.quoted) {
                marks.quote_shown = false;
            }
            if !marks.quote_shown {
                marks.quote_shown = show_quoted(&mut dom, focus.quoted);
            }
            if before.as_ref().map(|f| &f.term) != Some(&focus.term) {
                reveal_term(&mut dom, focus.term.as_ref());
            }
            marks.paint(&mut dom, focus);
        });
    }
    let dom = dom.clone();
    use_effect_with(rendered, move |_| {
        let frame: Rc<RefCell<Option<AnimationFrame>>> = Rc::default();
        let scheduled = Rc::new(Cell::new(false));
        let root = dom.borrow().root();
        let listener = root.map(|root| {
            let frame = frame.clone();
            // Scroll events do not bubble; a capturing listener on the root hears every pane's.
            let options = EventListenerOptions::run_in_capture_phase();
            EventListener::new_with_options(&root, "scroll", options, move |_| {
                if scheduled.replace(true) {
                    return;
                }
                let (dom, marks, scheduled) = (dom.clone(), marks.clone(), scheduled.clone());
                *frame.borrow_mut() = Some(request_animation_frame(move |_| {
                    scheduled.set(false);
                    let (mut dom, mut marks) = (dom.borrow_mut(), marks.borrow_mut());
                    let near = [dom.near_view(Side::Left), dom.near_view(Side::Right)];
                    if let Some(focus) = marks.focus.clone().filter(|_| near != marks.near) {
                        marks.paint(&mut dom, &focus);
                    }
                }));
            })
        });
        move || drop((listener, frame))
    });
}

/// Moves the reader to where navigation stands: the span gets the focus
/// (without scrolling the page) and is centred in its pane, which the other
/// pane follows.
fn go_to(dom: &mut TextDom, cursor: Option<Cursor>) {
    let Some(c) = cursor else { return };
    let Some(element) = dom.span(c.side, c.span) else { return };
    if let Some(el) = element.dyn_ref::<HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
    let rect = element.get_bounding_client_rect();
    dom.reveal(&element, rect.top(), rect.height(), true, true);
}

/// Brings the words a followed quotation links to into view: their pane
/// into the window (the reader asked to go there, from the summary below
/// the panes), then the words to the middle of their pane, which the other
/// pane follows. False while the words are not rendered yet.
fn show_quoted(dom: &mut TextDom, quoted: Option<(Side, ByteRange, u32)>) -> bool {
    let Some((side, range, _)) = quoted else { return true };
    let Some(dom_range) = dom.ranges(side, &[range], None).into_iter().next() else { return false };
    let Some(element) = dom_range.start_container().ok().and_then(|n| n.parent_element()) else { return false };
    if let Ok(Some(pane)) = element.closest(".px-pane, .px-rows") {
        let rect = pane.get_bounding_client_rect();
        let window_height = gloo::utils::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
        if rect.top() < 0.0 || rect.top() > window_height * 0.5 {
            pane.scroll_into_view_with_bool(true);
        }
    }
    let rect = dom_range.get_bounding_client_rect();
    dom.reveal(&element, rect.top(), rect.height(), true, true);
    true
}

/// Brings a selected term's first occurrence into view in its pane (the
/// reader clicked it in the summary, away from the texts).
fn reveal_term(dom: &mut TextDom, term: Option<&(Side, String)>) {
    let Some((side, key)) = term else { return };
    let Some(c) = dom.comparison().cloned() else { return };
    let Some(&first) = c.side(*side).distinctive.iter().find(|t| &t.key == key).and_then(|t| t.occurrences.first()) else { return };
    let Some(range) = dom.ranges(*side, &[first], None).into_iter().next() else { return };
    let Some(element) = range.start_container().ok().and_then(|n| n.parent_element()) else { return };
    let rect = range.get_bounding_client_rect();
    dom.reveal(&element, rect.top(), rect.height(), false, true);
}

/// Brings into view the counterpart of what the reader points at: the
/// hovered phrase's first occurrence on the other side, the pinned phrase's
/// on both, or the other side of the sentence pair pointed at. In aligned
/// rows both sides share one scroller, which would move the text away from
/// the pointer: there only a pinned phrase is brought into view (its first
/// occurrence on the left).
fn reveal_linked(dom: &mut TextDom, hovered: Option<(Side, usize)>, pinned: Option<usize>, pair: Option<(Side, usize)>) {
    let Some(c) = dom.comparison().cloned() else { return };
    let rows = dom.layout() == Some(Layout::AlignedRows);
    let first = |side: Side, p: usize| -> Option<(Side, ByteRange)> {
        let phrase = c.phrases.get(p)?;
        Some((side, *(if side == Side::Left { &phrase.left } else { &phrase.right }).first()?))
    };
    let targets: Vec<(Side, ByteRange)> = match (hovered, pinned, pair) {
        (Some(_), _, _) | (None, None, Some(_)) if rows => Vec::new(),
        (Some((side, p)), _, _) => first(side.other(), p).into_iter().collect(),
        (None, Some(p), _) if rows => first(Side::Left, p).into_iter().collect(),
        (None, Some(p), _) => [Side::Left, Side::Right].into_iter().filter_map(|s| first(s, p)).collect(),
        (None, None, Some((side, p))) => {
            let pair = c.pairs.get(p);
            let other = pair.and_then(|pair| if side == Side::Left { pair.right.first() } else { pair.left.first() });
            other.map(|&k| (side.other(), c.side(side.other()).sentences[k].range)).into_iter().collect()
        }
        _ => Vec::new(),
    };
    for (side, range) in targets {
        let Some(dom_range) = dom.ranges(side, &[range], None).into_iter().next() else { continue };
        let rect = dom_range.get_bounding_client_rect();
        let Some(element) = dom_range.start_container().ok().and_then(|n| n.parent_element()) else { continue };
        dom.reveal(&element, rect.top(), rect.height(), false, false);
    }
}

//! The rendered texts in the page, found from the comparison's own indexes:
//! the element of a sentence or a span, the DOM ranges of byte ranges, and
//! the scrolling of the panes. Used by the effects that mark what the reader
//! points at and keep the panes in step; components never read the DOM.
//!
//! Sentence elements are listed once per render of the panes (one
//! `querySelectorAll` per side) and then found by index, so a hover or a
//! scroll frame costs a few lookups, not a walk over the page.

use std::ops::Range;

use wasm_bindgen::JsCast;
use web_sys::{Element, Node, NodeList};
use yew::NodeRef;

use super::shared_comparison::SharedComparison;
use super::statement::side_word;
use super::view::Layout;
use crate::engine::{ByteRange, Side};

/// What the panes show, as far as finding their elements goes: a new value
/// means a new render, after which elements are looked up afresh.
#[derive(Clone, Debug, PartialEq)]
pub struct Rendered {
    /// The comparison on screen.
    pub comparison: SharedComparison,
    /// How it is laid out.
    pub layout: Layout,
    /// How many blocks of it are in the page so far.
    pub blocks: usize,
}

/// Sentences of one side, as index ranges: those near the view.
pub type Sentences = Vec<Range<usize>>;

/// The texts' elements in one widget.
pub struct TextDom {
    root: NodeRef,
    rendered: Option<Rendered>,
    sides: [Option<NodeList>; 2],
    /// The block elements (`.px-block`) of each side (aligned rows: both
    /// sides' rows are in the same blocks).
    blocks: [Option<NodeList>; 2],
    /// In aligned rows, where each sentence of a side stands among that
    /// side's sentence elements (rows reorder them); side by side, in order.
    positions: [Option<Vec<u32>>; 2],
    /// Scroll positions this widget gave a pane itself: the scroll event that
    /// follows is not the reader's.
    own_scrolls: Vec<(Element, i32)>,
}

impl TextDom {
    /// The texts inside `root` (the widget's root element).
    pub fn new(root: NodeRef) -> Self {
        TextDom { root, rendered: None, sides: [None, None], blocks: [None, None], positions: [None, None], own_scrolls: Vec::new() }
    }

    /// Tells what the panes now show; lookups start over when it changed.
    pub fn update(&mut self, rendered: Option<Rendered>) {
        if self.rendered != rendered {
            self.sides = [None, None];
            self.blocks = [None, None];
            if self.rendered.as_ref().map(|r| (&r.comparison, r.layout)) != rendered.as_ref().map(|r| (&r.comparison, r.layout)) {
                self.positions = [None, None];
            }
            self.rendered = rendered;
        }
    }

    /// The comparison on screen, if any.
    pub fn comparison(&self) -> Option<&SharedComparison> {
        self.rendered.as_ref().map(|r| &r.comparison)
    }

    /// How the texts on screen are laid out, if any are.
    pub fn layout(&self) -> Option<Layout> {
        self.rendered.as_ref().map(|r| r.layout)
    }

    /// The widget's root element.
    pub fn root(&self) -> Option<Element> {
        self.root.cast::<Element>()
    }

    /// The sentences of `side` in the blocks from a screen above the view
    /// of its pane to a screen below it. Marks are painted there only: a
    /// mark in a far block costs the browser a walk over that block's
    /// layout on every change, and a phrase can recur hundreds of times in
    /// a long text.
    pub fn near_view(&mut self, side: Side) -> Sentences {
        let Some(Rendered { comparison: c, layout, .. }) = self.rendered.clone() else { return Vec::new() };
        let Some(blocks) = self.blocks_near_view(side) else { return Vec::new() };
        match layout {
            Layout::SideBySide => {
                let all = c.blocks(side);
                match (all.get(blocks.start), blocks.end.checked_sub(1).and_then(|last| all.get(last))) {
                    (Some(first), Some(last)) => vec![first.start..last.end],
                    _ => Vec::new(),
                }
            }
            Layout::AlignedRows => {
                let rows: Vec<Range<usize>> = c.row_blocks().skip(blocks.start).take(blocks.len()).collect();
                let (Some(first), Some(last)) = (rows.first(), rows.last()) else { return Vec::new() };
                c.rows()[first.start..last.end]
                    .iter()
                    .filter_map(|row| {
                        let sentences = if side == Side::Left { &row.left } else { &row.right };
                        Some(*sentences.iter().min()?..sentences.iter().max()? + 1)
                    })
                    .collect()
            }
        }
    }

    /// The blocks of `side` near its pane's view (see [`Self::near_view`]).
    fn blocks_near_view(&mut self, side: Side) -> Option<Range<usize>> {
        let list = self.block_list(side)?.clone();
        let block = |i: u32| list.item(i).and_then(|n| n.dyn_into::<Element>().ok()).map(|b| b.get_bounding_client_rect());
        let pane = list.item(0)?.dyn_into::<Element>().ok()?.closest(".px-scroll, .px-rows").ok()??;
        // In viewport pixels: from a screen above the pane's view to a screen below.
        let view = pane.get_bounding_client_rect();
        let (from, to) = (view.top() - view.height(), view.bottom() + view.height());
        let (mut lo, mut hi) = (0, list.length());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match block(mid) {
                Some(b) if b.bottom() <= from => lo = mid + 1,
                _ => hi = mid,
            }
        }
        let mut end = lo;
        while block(end).is_some_and(|b| b.top() < to) {
            end += 1;
        }
        Some(lo as usize..end as usize)
    }

    /// The block elements of `side`, listed once per render.
    fn block_list(&mut self, side: Side) -> Option<&NodeList> {
        let selector = match self.rendered.as_ref()?.layout {
            Layout::SideBySide => format!("[data-side=\"{}\"] .px-block", side_word(side)),
            Layout::AlignedRows => ".px-rows .px-block".to_owned(),
        };
        let slot = &mut self.blocks[side as usize];
        if slot.is_none() {
            *slot = self.root.cast::<Element>()?.query_selector_all(&selector).ok();
        }
        slot.as_ref()
    }

    /// The element of sentence `index` of `side`, once it is rendered.
    pub fn sentence(&mut self, side: Side, index: usize) -> Option<Element> {
        let position = self.position(side, index)?;
        for fresh in [false, true] {
            if fresh {
                self.sides[side as usize] = None;
            }
            let element = self.list(side)?.item(position).and_then(|n| n.dyn_into::<Element>().ok());
            match element {
                Some(e) if e.is_connected() => return Some(e),
                // Not rendered yet (the panes fill in block by block).
                None => return None,
                // Replaced by a re-render: list again, once.
                Some(_) => {}
            }
        }
        None
    }

    /// How many sentences of `side` are in the page (they fill in from the top).
    pub fn rendered_sentences(&mut self, side: Side) -> usize {
        self.list(side).map_or(0, |l| l.length() as usize)
    }

    /// The element of span `index` of `side` (spans have elements at word
    /// granularity only).
    pub fn span(&mut self, side: Side, index: usize) -> Option<Element> {
        let sentence = self.comparison()?.side(side).spans.get(index)?.sentence;
        let element = self.sentence(side, sentence)?;
        element.query_selector(&format!("[data-span=\"{index}\"]")).ok().flatten()
    }

    /// DOM ranges covering exactly `ranges` of `side`'s text, split at
    /// sentence boundaries (in aligned rows, consecutive sentences can stand
    /// in different rows), in the sentences `within` (all when `None`).
    /// Ranges in sentences not yet rendered are left out.
    pub fn ranges(&mut self, side: Side, ranges: &[ByteRange], within: Option<&[Range<usize>]>) -> Vec<web_sys::Range> {
        let Some(c) = self.comparison().cloned() else { return Vec::new() };
        let sentences = &c.side(side).sentences;
        let document = gloo::utils::document();
        let mut out = Vec::new();
        for r in ranges {
            let first = sentences.partition_point(|s| s.range.end <= r.start);
            for (k, s) in sentences.iter().enumerate().skip(first).take_while(|(_, s)| s.range.start < r.end) {
                let (start, end) = (r.start.max(s.range.start), r.end.min(s.range.end));
                if start >= end || within.is_some_and(|w| !w.iter().any(|r| r.contains(&k))) {
                    continue;
                }
                let Some(element) = self.sentence(side, k) else { continue };
                let (Some(a), Some(b)) = (point_in(&element, start - s.range.start), point_in(&element, end - s.range.start))
                else {
                    continue;
                };
                let Ok(range) = document.create_range() else { continue };
                if range.set_start(&a.0, a.1).is_ok() && range.set_end(&b.0, b.1).is_ok() {
                    out.push(range);
                }
            }
        }
        out
    }

    /// Scrolls `pane` to `top` (pixels into its content), remembering that
    /// the scroll is the widget's own.
    pub fn scroll_pane_to(&mut self, pane: &Element, top: f64) {
        pane.set_scroll_top(top.max(0.0).round() as i32);
        let now = pane.scroll_top();
        self.own_scrolls.retain(|(p, _)| p != pane);
        self.own_scrolls.push((pane.clone(), now));
    }

    /// True when `pane`'s latest scroll is one the widget made itself.
    pub fn is_own_scroll(&mut self, pane: &Element) -> bool {
        let Some(i) = self.own_scrolls.iter().position(|(p, _)| p == pane) else { return false };
        let (_, expected) = self.own_scrolls.swap_remove(i);
        pane.scroll_top() == expected
    }

    /// Scrolls the pane holding a box (`top` and `height` in viewport
    /// pixels, inside `element`) so the box is in view: centred when
    /// `center`, else only if it is not fully visible. The host page
    /// scrolls only on a touch screen, as little as shows the box (see
    /// `embed::keep_in_view`): the widget may live inside someone else's
    /// article. With
    /// `lead`, the other pane follows as if the reader had scrolled;
    /// otherwise it stays (it is the one the reader is pointing at).
    pub fn reveal(&mut self, element: &Element, top: f64, height: f64, center: bool, lead: bool) {
        let Ok(Some(pane)) = element.closest(".px-scroll, .px-rows") else { return };
        let (in_viewport, scrolled) = (top, pane.scroll_top());
        let top = top - pane.get_bounding_client_rect().top() + pane.scroll_top() as f64;
        let (view_top, view_height) = (pane.scroll_top() as f64, pane.client_height() as f64);
        let visible = top >= view_top && top + height <= view_top + view_height;
        if center || !visible {
            let top = top - (view_height - height) / 2.0;
            if lead {
                pane.set_scroll_top(top.max(0.0).round() as i32);
            } else {
                self.scroll_pane_to(&pane, top);
            }
        }
        // On a phone the other pane may be off screen: into the window with it.
        let top = in_viewport - f64::from(pane.scroll_top() - scrolled);
        crate::embed::keep_in_view(top, top + height);
    }

    /// The sentence elements of `side` in page order, listed once per render.
    fn list(&mut self, side: Side) -> Option<&NodeList> {
        let slot = &mut self.sides[side as usize];
        if slot.is_none() {
            let root = self.root.cast::<Element>()?;
            *slot = root.query_selector_all(&format!("[data-side=\"{}\"] .px-sentence", side_word(side))).ok();
        }
        slot.as_ref()
    }

    /// Where sentence `index` of `side` stands among the side's sentence elements.
    fn position(&mut self, side: Side, index: usize) -> Option<u32> {
        let rendered = self.rendered.as_ref()?;
        if rendered.layout == Layout::SideBySide {
            return Some(index as u32);
        }
        let positions = self.positions[side as usize].get_or_insert_with(|| {
            let c = &rendered.comparison;
            let mut positions = vec![0; c.side(side).sentences.len()];
            let in_row_order = c.rows().iter().flat_map(|row| if side == Side::Left { &row.left } else { &row.right });
            for (position, &sentence) in in_row_order.enumerate() {
                if let Some(p) = positions.get_mut(sentence) {
                    *p = position as u32;
                }
            }
            positions
        });
        positions.get(index).copied()
    }
}

/// The DOM point `offset` bytes into a sentence element's text: the text
/// node and the UTF-16 offset in it. The teacher's note markers inside the
/// sentence are not part of the text and are skipped.
fn point_in(sentence: &Element, mut offset: usize) -> Option<(Node, u32)> {
    let root: &Node = sentence;
    let mut next = root.first_child();
    while let Some(node) = next {
        if node.node_type() == Node::TEXT_NODE {
            let text = node.node_value().unwrap_or_default();
            if offset <= text.len() {
                let units = text.get(..offset).map_or(0, |before| before.encode_utf16().count());
                return Some((node, units as u32));
            }
            offset -= text.len();
        } else if !is_note_marker(&node) {
            if let Some(child) = node.first_child() {
                next = Some(child);
                continue;
            }
        }
        // The next node in document order that is still inside the sentence.
        let mut at = node;
        next = loop {
            if let Some(sibling) = at.next_sibling() {
                break Some(sibling);
            }
            match at.parent_node() {
                Some(parent) if &parent != root => at = parent,
                _ => break None,
            }
        };
    }
    None
}

fn is_note_marker(node: &Node) -> bool {
    node.dyn_ref::<Element>().is_some_and(|e| e.class_list().contains("px-note-marker"))
}

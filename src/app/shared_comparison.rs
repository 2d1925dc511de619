//! A comparison as the UI holds it: shared by identity, with the views
//! derived from it (aligned rows, navigation stops, each sentence's spans)
//! computed once, when first asked for, and kept with it.

use std::cell::OnceCell;
use std::fmt;
use std::ops::{Deref, Range};
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::engine::story::{story, Claim};
use crate::engine::{ByteRange, Comparison, Side, SideResult};

use super::nav::Stops;
use super::rows::{rows, scroll_anchors, spans_by_sentence, Row};
use super::voices;

/// One comparison, shared: cloning it is cheap, and two are equal only when
/// they are the same comparison, so props holding one stay equal (and
/// components skip re-rendering) until a new comparison arrives.
#[derive(Clone)]
pub struct SharedComparison(Rc<Derived>);

/// The comparison and what is derived from it.
struct Derived {
    comparison: Comparison,
    rows: OnceCell<Vec<Row>>,
    stops: OnceCell<Stops>,
    spans_by_sentence: OnceCell<[Vec<Range<usize>>; 2]>,
    blocks: OnceCell<[Vec<Range<usize>>; 2]>,
    parties: OnceCell<Vec<String>>,
    quote_targets: OnceCell<[Vec<usize>; 2]>,
    credited: OnceCell<Vec<[Vec<ByteRange>; 2]>>,
    story: OnceCell<Vec<Claim>>,
    scroll_anchors: OnceCell<Vec<(usize, usize)>>,
}

/// What the worker finds beside a comparison, so the page need not: on a
/// long text each takes the page's thread a second or more (they read every
/// attributed sentence word by word).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Prepared {
    /// Each side's quotation targets (see [`voices::quote_targets`]).
    pub quote_targets: [Vec<usize>; 2],
    /// For each party (in [`voices::parties`]'s order), what each side
    /// credits it with (see [`voices::credited`]).
    pub credited: Vec<[Vec<ByteRange>; 2]>,
    /// The story (see [`story`]).
    pub story: Vec<Claim>,
}

impl Prepared {
    /// Finds them for `c`.
    pub fn of(c: &Comparison) -> Self {
        let story = story(c);
        Prepared {
            quote_targets: [Side::Left, Side::Right].map(|side| voices::quote_targets_in(c, side, &story)),
            credited: credited_all(c),
            story,
        }
    }
}

/// What each side credits each party with (see [`Prepared::credited`]).
fn credited_all(c: &Comparison) -> Vec<[Vec<ByteRange>; 2]> {
    voices::parties(c).iter().map(|party| [Side::Left, Side::Right].map(|side| voices::credited(c, side, party))).collect()
}

/// Sentences a block of the side-by-side panes holds at least, ending at
/// the first paragraph end after that, and at most, where a paragraph runs on.
const BLOCK_SENTENCES: Range<usize> = 40..250;

/// Rows per block in aligned rows: about a screenful.
const ROWS_PER_BLOCK: usize = 40;

impl SharedComparison {
    /// Wraps a finished comparison with what the worker found beside it
    /// (so the page does not tell the story again on a long text).
    pub fn with_prepared(comparison: Comparison, prepared: Prepared) -> Self {
        let shared = SharedComparison::new(comparison);
        let _ = shared.0.quote_targets.set(prepared.quote_targets);
        if prepared.credited.len() == shared.parties().len() {
            let _ = shared.0.credited.set(prepared.credited);
        }
        let _ = shared.0.story.set(prepared.story);
        shared
    }

    /// Wraps a finished comparison.
    pub fn new(comparison: Comparison) -> Self {
        SharedComparison(Rc::new(Derived {
            comparison,
            rows: OnceCell::new(),
            stops: OnceCell::new(),
            spans_by_sentence: OnceCell::new(),
            blocks: OnceCell::new(),
            parties: OnceCell::new(),
            quote_targets: OnceCell::new(),
            credited: OnceCell::new(),
            story: OnceCell::new(),
            scroll_anchors: OnceCell::new(),
        }))
    }

    /// The blocks the side-by-side panes render `side` in: runs of whole
    /// paragraphs (sentences up to a line break), each its own box, so what
    /// a hover or a scroll changes is laid out and painted again alone. A
    /// paragraph of more than 250 sentences is cut at a sentence end, where
    /// it then starts a new line.
    pub fn blocks(&self, side: Side) -> &[Range<usize>] {
        let c = &self.0.comparison;
        &self.0.blocks.get_or_init(|| [blocks(&c.left), blocks(&c.right)])[side as usize]
    }

    /// The sentence pairs synced scrolling is anchored on (see
    /// [`scroll_anchors`]).
    pub fn scroll_anchors(&self) -> &[(usize, usize)] {
        self.0.scroll_anchors.get_or_init(|| scroll_anchors(&self.0.comparison))
    }

    /// The rows of the aligned layout (and of a presentation).
    pub fn rows(&self) -> &[Row] {
        self.0.rows.get_or_init(|| rows(&self.0.comparison))
    }

    /// The stops of next/previous navigation.
    pub fn stops(&self) -> &Stops {
        self.0.stops.get_or_init(|| Stops::new(&self.0.comparison, self.rows(), self.spans_by_sentence_all()))
    }

    /// For each sentence of `side`, the range of its spans in that side's spans.
    pub fn spans_by_sentence(&self, side: Side) -> &[Range<usize>] {
        &self.spans_by_sentence_all()[side as usize]
    }

    /// The blocks the aligned rows render in: runs of rows (indexes into
    /// [`Self::rows`]), each its own box like the paragraphs side by side.
    pub fn row_blocks(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        let rows = self.rows().len();
        (0..rows).step_by(ROWS_PER_BLOCK).map(move |start| start..(start + ROWS_PER_BLOCK).min(rows))
    }

    /// The parties either statement gives words to (see [`voices::parties`]).
    pub fn parties(&self) -> &[String] {
        self.0.parties.get_or_init(|| voices::parties(&self.0.comparison))
    }

    /// The sentences of `side` that quotations link to, ascending (see
    /// [`voices::quote_targets`]).
    pub fn quote_targets(&self, side: Side) -> &[usize] {
        let c = &self.0.comparison;
        &self.0.quote_targets.get_or_init(|| [voices::quote_targets(c, Side::Left), voices::quote_targets(c, Side::Right)])[side as usize]
    }

    /// What `side` credits `party` with (see [`voices::credited`]).
    pub fn credited(&self, side: Side, party: &str) -> &[ByteRange] {
        let all = self.0.credited.get_or_init(|| credited_all(&self.0.comparison));
        self.parties().iter().position(|p| p == party).map_or(&[], |i| &all[i][side as usize])
    }

    /// The comparison in plain words (see [`story`]): as the worker told it,
    /// whatever the statements are called now.
    pub fn story(&self) -> &[Claim] {
        self.0.story.get_or_init(|| story(&self.0.comparison))
    }

    /// Computes every derived view now (when the page is idle), so the
    /// first key press or layout switch finds them ready.
    pub fn prepare(&self) {
        self.stops();
        self.blocks(Side::Left);
    }

    fn spans_by_sentence_all(&self) -> &[Vec<Range<usize>>; 2] {
        let c = &self.0.comparison;
        self.0.spans_by_sentence.get_or_init(|| [spans_by_sentence(&c.left), spans_by_sentence(&c.right)])
    }
}

/// Cuts a side's sentences into blocks (see [`SharedComparison::blocks`]).
fn blocks(side: &SideResult) -> Vec<Range<usize>> {
    let mut blocks = Vec::new();
    let mut start = 0;
    for (i, sentence) in side.sentences.iter().enumerate() {
        let len = i + 1 - start;
        let paragraph_ends = side.slice(sentence.range).ends_with('\n');
        if (len >= BLOCK_SENTENCES.start && paragraph_ends) || len >= BLOCK_SENTENCES.end {
            blocks.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < side.sentences.len() {
        blocks.push(start..side.sentences.len());
    }
    blocks
}

impl Deref for SharedComparison {
    type Target = Comparison;

    fn deref(&self) -> &Comparison {
        &self.0.comparison
    }
}

impl PartialEq for SharedComparison {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl fmt::Debug for SharedComparison {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("SharedComparison").field(&self.0.comparison).finish()
    }
}

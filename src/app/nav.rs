//! Next/previous navigation over differences and shared phrases.

use std::ops::Range;

use crate::engine::{Comparison, Side, SpanKind};

use super::rows::Row;

/// What the reader steps through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StopKind {
    /// Phrasing only one side has.
    Difference,
    /// Phrases both sides share.
    Phrase,
}

/// A place navigation stopped at: one span of one side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cursor {
    /// Which kind of stop this is.
    pub kind: StopKind,
    /// Position in the list of stops of that kind.
    pub index: usize,
    /// The side the stop is on.
    pub side: Side,
    /// Index into the side's spans.
    pub span: usize,
    /// The shared phrase at the stop, if any.
    pub phrase: Option<usize>,
}

/// The stops of a comparison, in aligned-row order.
pub struct Stops {
    differences: Vec<(Side, usize)>,
    phrases: Vec<(Side, usize, usize)>,
}

/// True when a span holds at least one letter or digit (not only trivia).
pub fn has_words(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

/// The stop after (or before) stop `from` of `len` stops, wrapping around;
/// the first (or last) from nowhere; `None` when there are no stops.
pub fn step_index(from: Option<usize>, len: usize, forward: bool) -> Option<usize> {
    match from {
        _ if len == 0 => None,
        Some(i) if forward => Some((i + 1) % len),
        Some(i) => Some((i + len - 1) % len),
        None if forward => Some(0),
        None => Some(len - 1),
    }
}

impl Stops {
    /// Collects the stops of `c`, laid out in `rows`, whose sentences' spans
    /// are `by_sentence` (per side): distinct spans row by row (left before
    /// right), and each shared phrase once, where it first appears on the left.
    pub fn new(c: &Comparison, rows: &[Row], by_sentence: &[Vec<Range<usize>>; 2]) -> Self {
        let mut differences = Vec::new();
        let mut phrases = Vec::new();
        let mut seen = vec![false; c.phrases.len()];
        for row in rows {
            for (side, sentences) in [(Side::Left, &row.left), (Side::Right, &row.right)] {
                let result = c.side(side);
                let ranges = &by_sentence[side as usize];
                for &s in sentences {
                    for i in ranges[s].clone() {
                        let span = &result.spans[i];
                        match (span.kind, span.phrase) {
                            (SpanKind::Distinct, _) if has_words(result.slice(span.range)) => {
                                differences.push((side, i))
                            }
                            (_, Some(p)) if side == Side::Left && !seen[p] => {
                                seen[p] = true;
                                phrases.push((side, i, p));
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
        Stops { differences, phrases }
    }

    /// How many stops of a kind there are.
    pub fn len(&self, kind: StopKind) -> usize {
        match kind {
            StopKind::Difference => self.differences.len(),
            StopKind::Phrase => self.phrases.len(),
        }
    }

    /// The stop after (or before) `from`, wrapping around; `None` when there
    /// are no stops of that kind.
    pub fn step(&self, from: Option<Cursor>, kind: StopKind, forward: bool) -> Option<Cursor> {
        let index = step_index(from.filter(|c| c.kind == kind).map(|c| c.index), self.len(kind), forward)?;
        Some(match kind {
            StopKind::Difference => {
                let (side, span) = self.differences[index];
                Cursor { kind, index, side, span, phrase: None }
            }
            StopKind::Phrase => {
                let (side, span, phrase) = self.phrases[index];
                Cursor { kind, index, side, span, phrase: Some(phrase) }
            }
        })
    }
}

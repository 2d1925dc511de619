//! Aligned rows: the order in which sentence pairs and unpaired sentences are
//! laid out, one row each, so that corresponding sentences sit side by side.
//!
//! Pure data, no web types: tested natively, used by the panes and by
//! navigation.

use std::ops::Range;

use crate::engine::lang::is_stopword;
use crate::engine::order::longest_increasing;
use crate::engine::unicode;
use crate::engine::{ByteRange, Comparison, Side, SideResult, SpanKind};

/// One row: the sentences of each side shown on it (either may be empty).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// Sentence indexes of the left side shown on this row, ascending.
    pub left: Vec<usize>,
    /// Sentence indexes of the right side shown on this row, ascending.
    pub right: Vec<usize>,
    /// The sentence pair shown, if the row is a pair.
    pub pair: Option<usize>,
}

/// The sentence pairs two panes scrolled together are anchored on: each as
/// (first left sentence, first right sentence), the longest chain of pairs
/// that is in order on both sides. Reordered pairs are left out, so scrolling
/// one pane down never sends the other back up.
pub fn scroll_anchors(c: &Comparison) -> Vec<(usize, usize)> {
    let mut firsts: Vec<(usize, usize)> =
        c.pairs.iter().filter_map(|p| Some((*p.left.iter().min()?, *p.right.iter().min()?))).collect();
    firsts.sort_unstable();
    let rights: Vec<usize> = firsts.iter().map(|&(_, right)| right).collect();
    longest_increasing(&rights).into_iter().map(|i| firsts[i]).collect()
}

/// Rows in reading order of the left side. A right sentence without a pair is
/// placed just before the first row that shows a later right sentence, so each
/// side still reads in order wherever its pairs allow.
pub fn rows(c: &Comparison) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut right_done = vec![false; c.right.sentences.len()];
    let mut next_right = 0;
    let mut emit_unpaired_right_before = |limit: usize, rows: &mut Vec<Row>, done: &mut Vec<bool>| {
        while next_right < limit.min(done.len()) {
            if !done[next_right] && c.right.sentences[next_right].pair.is_none() {
                rows.push(Row { left: vec![], right: vec![next_right], pair: None });
                done[next_right] = true;
            }
            next_right += 1;
        }
    };
    let mut pair_done = vec![false; c.pairs.len()];
    for (i, sentence) in c.left.sentences.iter().enumerate() {
        match sentence.pair {
            Some(p) if !pair_done[p] => {
                pair_done[p] = true;
                let pair = &c.pairs[p];
                let first_right = pair.right.iter().copied().min().unwrap_or(0);
                emit_unpaired_right_before(first_right, &mut rows, &mut right_done);
                for &r in &pair.right {
                    right_done[r] = true;
                }
                rows.push(Row { left: pair.left.clone(), right: pair.right.clone(), pair: Some(p) });
            }
            Some(_) => {}
            None => rows.push(Row { left: vec![i], right: vec![], pair: None }),
        }
    }
    emit_unpaired_right_before(usize::MAX, &mut rows, &mut right_done);
    // Pairs reached only from the right (none in a well-formed result) and
    // right sentences skipped by out-of-order pairs still get a row.
    for (p, done) in pair_done.iter().enumerate() {
        if !done {
            let pair = &c.pairs[p];
            rows.push(Row { left: pair.left.clone(), right: pair.right.clone(), pair: Some(p) });
            for &r in &pair.right {
                right_done[r] = true;
            }
        }
    }
    for (r, done) in right_done.iter().enumerate() {
        if !done && c.right.sentences[r].pair.is_none() {
            rows.push(Row { left: vec![], right: vec![r], pair: None });
        }
    }
    rows
}

/// For each sentence of a side, the range of its spans in `side.spans`.
pub fn spans_by_sentence(side: &SideResult) -> Vec<Range<usize>> {
    let mut ranges = vec![0..0; side.sentences.len()];
    let mut start = 0;
    for (i, span) in side.spans.iter().enumerate() {
        let next_differs = side.spans.get(i + 1).is_none_or(|n| n.sentence != span.sentence);
        if next_differs {
            if let Some(r) = ranges.get_mut(span.sentence) {
                *r = start..i + 1;
            }
            start = i + 1;
        }
    }
    ranges
}

/// The words a sentence pair has in common on one side, from the pair's word
/// diff, leaving out function words ("the", "of") and what shared phrases
/// already mark. They are dotted, so corresponding sentences show what they
/// share even where no common run is long enough to count as a shared phrase.
pub fn pair_echoes(c: &Comparison, pair: usize, side: Side) -> Vec<ByteRange> {
    let result = c.side(side);
    let lang = result.lang;
    let Some(pair) = c.pairs.get(pair) else { return Vec::new() };
    pair.edits
        .iter()
        .filter(|e| e.kind == SpanKind::Shared)
        .filter_map(|e| if side == Side::Left { e.left } else { e.right })
        .filter(|r| unicode::words(result.slice(*r)).any(|w| !is_stopword(&w.to_lowercase(), lang)))
        .flat_map(|r| distinct_parts(result, r))
        .collect()
}

/// The parts of `range` that lie in distinct spans (outside shared phrases).
fn distinct_parts(result: &SideResult, range: ByteRange) -> impl Iterator<Item = ByteRange> + '_ {
    let first = result.spans.partition_point(|s| s.range.end <= range.start);
    result.spans[first..]
        .iter()
        .take_while(move |s| s.range.start < range.end)
        .filter(|s| s.kind == SpanKind::Distinct)
        .map(move |s| ByteRange::new(s.range.start.max(range.start), s.range.end.min(range.end)))
}

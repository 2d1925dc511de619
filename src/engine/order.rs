//! Which shared words keep their order: the in-order diff (`similar`, through
//! [`super::diff`]), run along the main thread of corresponding sentences.
//!
//! The sentence pairs that keep the order of both texts (their longest chain)
//! cut both texts into aligned pieces: each such pair, and the stretches
//! between two of them. The diff runs piece by piece over the units that are
//! in shared phrases (nothing else can be shown shared), so a long text is
//! many small diffs, and where a piece runs out of time the result says
//! which piece. A diff run counts as "in order" when it is a phrase itself.

use std::ops::Range;

use super::align::Pairing;
use super::diff::{matching_runs_at, Deadline, Run as DiffRun};
use super::model::{ByteRange, Limit, LimitKind};
use super::phrases;
use super::side::Prepared;

/// The units shared in order on each side, and where the diff was cut short.
pub struct InOrder {
    /// For each side, whether each unit is shared in order.
    pub units: [Vec<bool>; 2],
    /// Where a time budget cut the diff short.
    pub limits: Vec<Limit>,
}

/// Marks the units of `shown` (ascending, per side) that the in-order diff
/// keeps in order, piece by piece along the chain of `pairings`.
pub fn in_order(
    sides: [&Prepared; 2],
    ids: [&[u32]; 2],
    shown: [&[usize]; 2],
    pairings: &[Pairing],
    min_phrase: usize,
    keep_all: bool,
    deadline: Deadline,
) -> InOrder {
    let mut runs: Vec<DiffRun> = Vec::new();
    let mut limits = Vec::new();
    for piece in pieces(sides, pairings) {
        let at = [0, 1].map(|s| {
            let units = &piece[s];
            let from = shown[s].partition_point(|&u| u < units.start);
            let to = shown[s].partition_point(|&u| u < units.end);
            &shown[s][from..to]
        });
        if at[0].is_empty() || at[1].is_empty() {
            continue;
        }
        let (found, cut) = matching_runs_at(ids[0], ids[1], at[0], at[1], deadline);
        runs.extend(found);
        if cut {
            let bytes = |s: usize, u: &Range<usize>| {
                let p = sides[s];
                let first = p.tokens[p.units[u.start].token].start;
                ByteRange::new(first, p.tokens[p.units[u.end - 1].token].end)
            };
            limits.push(Limit { kind: LimitKind::Order, left: bytes(0, &piece[0]), right: bytes(1, &piece[1]) });
        }
    }
    let kept = phrases::in_order(
        [&sides[0].units, &sides[1].units],
        [&sides[0].sentence_of, &sides[1].sentence_of],
        &runs,
        min_phrase,
        keep_all,
    );
    let mut units = [vec![false; sides[0].units.len()], vec![false; sides[1].units.len()]];
    for (run, b_start) in &kept {
        units[0][run.units()].iter_mut().for_each(|x| *x = true);
        units[1][*b_start..b_start + run.len].iter_mut().for_each(|x| *x = true);
    }
    InOrder { units, limits }
}

/// The aligned pieces of both texts, as unit ranges per side: each pair of
/// the longest chain of pairs that keeps both orders, and the stretches
/// before, between and after them.
fn pieces(sides: [&Prepared; 2], pairings: &[Pairing]) -> Vec<[Range<usize>; 2]> {
    let units_from = |s: usize, sentence: usize| sides[s].sentence_of.partition_point(|&x| x < sentence);
    let mut out = Vec::new();
    let mut at = [0usize, 0usize]; // next sentence on each side
    for p in chain(pairings) {
        let (first, last) = ([p.left[0], p.right[0]], [*p.left.last().unwrap_or(&0), *p.right.last().unwrap_or(&0)]);
        out.push([0, 1].map(|s| units_from(s, at[s])..units_from(s, first[s])));
        out.push([0, 1].map(|s| units_from(s, first[s])..units_from(s, last[s] + 1)));
        at = [last[0] + 1, last[1] + 1];
    }
    out.push([0, 1].map(|s| units_from(s, at[s])..sides[s].units.len()));
    out.retain(|[a, b]| !a.is_empty() && !b.is_empty());
    out
}

/// The longest chain of pairs increasing on both sides (pairs come sorted by
/// their first left sentence and never share a sentence).
fn chain(pairings: &[Pairing]) -> Vec<&Pairing> {
    let rights: Vec<usize> = pairings.iter().map(|p| p.right[0]).collect();
    longest_increasing(&rights).into_iter().map(|i| &pairings[i]).collect()
}

/// The indexes of a longest strictly increasing subsequence of `keys`, in
/// order: of pairs listed in one text's order, the most that also keep the
/// other's. Patience sorting, O(n log n); a dozen lines, no crate needed.
pub fn longest_increasing(keys: &[usize]) -> Vec<usize> {
    let mut tails: Vec<usize> = Vec::new(); // index ending the best run of each length
    let mut parent = vec![usize::MAX; keys.len()];
    for (i, &key) in keys.iter().enumerate() {
        let k = tails.partition_point(|&t| keys[t] < key);
        if k > 0 {
            parent[i] = tails[k - 1];
        }
        if k == tails.len() {
            tails.push(i);
        } else {
            tails[k] = i;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied().unwrap_or(usize::MAX);
    while at != usize::MAX {
        out.push(at);
        at = parent[at];
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(l: usize, r: usize) -> Pairing {
        Pairing { left: vec![l], right: vec![r], similarity: 1.0 }
    }

    #[test]
    fn the_chain_keeps_both_orders() {
        let pairs = [pair(0, 2), pair(1, 0), pair(2, 1), pair(3, 3), pair(4, 5)];
        let chain: Vec<(usize, usize)> = chain(&pairs).iter().map(|p| (p.left[0], p.right[0])).collect();
        assert_eq!(chain, vec![(1, 0), (2, 1), (3, 3), (4, 5)]);
    }
}

//! Where the two statements share wording: every run of units (normalized
//! words) that occurs on both sides, in any order, however often.
//!
//! One generalized suffix automaton (`general-sam`) holds every segment of
//! both sides (a segment is a sentence, or the part of one after its list
//! number, so no shared run crosses a sentence break). Each automaton state is
//! a class of runs with the same end positions; marking which states end on
//! which side gives, in one linear pass per side, the longest run ending at
//! each position that the other side also has ("matching statistics"), and the
//! automaton's suffix-link tree lists every occurrence of a run on both sides.
//! The rest of the engine asks it three questions: [`SharedIndex::longest_runs`],
//! [`SharedIndex::state_of`] and [`SharedIndex::occurrences`].

use std::ops::Range;

use general_sam::{BTreeTransTable, GeneralSam, Trie, VecBisectTable};

use super::model::Side;

/// A run of units on one side: `start..start + len`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Run {
    /// First unit.
    pub start: usize,
    /// Number of units.
    pub len: usize,
}

impl Run {
    /// The units of the run as a range.
    pub fn units(&self) -> Range<usize> {
        self.start..self.start + self.len
    }
}

/// A run both sides share, longest at its end position: the run and the
/// automaton state that stands for its word sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CommonRun {
    pub run: Run,
    pub state: usize,
}

const ROOT: usize = general_sam::SAM_ROOT_NODE_ID;
const NIL: usize = general_sam::SAM_NIL_NODE_ID;

/// The index of both sides' unit ids, cut into segments.
pub struct SharedIndex {
    sam: GeneralSam<VecBisectTable<u32>>,
    /// Per side, per unit: the state of the segment's prefix ending at the
    /// unit (`NIL` for units outside every segment).
    prefix: [Vec<usize>; 2],
    /// Per state: bit 0 when it ends somewhere on the left, bit 1 on the right.
    sides: Vec<u8>,
    /// Per state: its interval in the suffix-link tree's preorder.
    tin: Vec<u32>,
    tout: Vec<u32>,
    /// Every unit in a segment as (preorder of its prefix state, side, unit),
    /// sorted: a state's occurrences are one contiguous slice of it.
    ends: Vec<(u32, u8, u32)>,
}

impl SharedIndex {
    /// Indexes the ids of both sides; `segments` are unit ranges per side
    /// (sorted, disjoint) inside which runs may be shared.
    pub fn new(ids: [&[u32]; 2], segments: [&[Range<usize>]; 2]) -> Self {
        let mut trie = Trie::<BTreeTransTable<u32>>::default();
        for side in 0..2 {
            for seg in segments[side] {
                trie.insert(ids[side][seg.clone()].iter().copied());
            }
        }
        let sam: GeneralSam<VecBisectTable<u32>> =
            GeneralSam::<BTreeTransTable<u32>>::from_trie(trie.get_root_state()).alter_trans_table_into();
        let n = sam.num_of_nodes();

        // Prefix states, and on which sides each state ends.
        let mut sides = vec![0u8; n];
        let mut prefix = [vec![NIL; ids[0].len()], vec![NIL; ids[1].len()]];
        for side in 0..2 {
            for seg in segments[side] {
                let mut state = sam.get_root_state();
                for u in seg.clone() {
                    state.goto(&ids[side][u]);
                    prefix[side][u] = state.node_id;
                    sides[state.node_id] |= 1 << side;
                }
            }
        }
        // States by length, so each comes after its suffix link.
        let by_len = by_length(&sam);
        for &s in by_len.iter().rev() {
            let link = link(&sam, s);
            if link != NIL {
                sides[link] |= sides[s];
            }
        }
        // Preorder of the suffix-link tree (children from the links).
        let mut first_child = vec![NIL; n];
        let mut next_sibling = vec![NIL; n];
        for &s in by_len.iter().rev() {
            let l = link(&sam, s);
            if s != ROOT && l != NIL {
                next_sibling[s] = first_child[l];
                first_child[l] = s;
            }
        }
        let (mut tin, mut tout) = (vec![0u32; n], vec![0u32; n]);
        let mut clock = 0u32;
        let mut stack = vec![(ROOT, false)];
        while let Some((s, done)) = stack.pop() {
            if done {
                tout[s] = clock;
                continue;
            }
            tin[s] = clock;
            clock += 1;
            stack.push((s, true));
            let mut c = first_child[s];
            while c != NIL {
                stack.push((c, false));
                c = next_sibling[c];
            }
        }
        let mut ends: Vec<(u32, u8, u32)> = Vec::with_capacity(ids[0].len() + ids[1].len());
        for (side, states) in prefix.iter().enumerate() {
            for (u, &s) in states.iter().enumerate() {
                if s != NIL {
                    ends.push((tin[s], side as u8, u as u32));
                }
            }
        }
        ends.sort_unstable();
        SharedIndex { sam, prefix, sides, tin, tout, ends }
    }

    /// For each end position of `side`, the longest run ending there that the
    /// other side also has, kept only where it cannot grow to the right (so
    /// every unit in any shared run lies in one of these). Ascending by end.
    pub fn longest_runs(&self, side: Side) -> Vec<CommonRun> {
        let (me, other) = (side as usize, 1 - side as usize);
        // Per state, the deepest state on its suffix-link path (itself
        // included) that also ends on the other side.
        let by_len = by_length(&self.sam);
        let mut shared_anc = vec![NIL; self.sides.len()];
        for &s in &by_len {
            shared_anc[s] = if self.sides[s] & (1 << other) != 0 {
                s
            } else {
                let l = link(&self.sam, s);
                if l == NIL { NIL } else { shared_anc[l] }
            };
        }
        let lens: Vec<usize> = self.prefix[me]
            .iter()
            .map(|&s| if s == NIL || shared_anc[s] == NIL { 0 } else { len(&self.sam, shared_anc[s]) })
            .collect();
        let mut out = Vec::new();
        for (u, &l) in lens.iter().enumerate() {
            let grows = lens.get(u + 1).is_some_and(|&next| next == l + 1 && self.prefix[me][u + 1] != NIL);
            if l > 0 && !grows {
                let state = shared_anc[self.prefix[me][u]];
                out.push(CommonRun { run: Run { start: u + 1 - l, len: l }, state });
            }
        }
        out
    }

    /// The state standing for a sequence of ids (`NIL`, 0, when no segment
    /// of either side contains it).
    pub fn state_of(&self, sequence: &[u32]) -> usize {
        let mut state = self.sam.get_root_state();
        state.feed_ref(sequence);
        state.node_id
    }

    /// Every place, on each side, where the word sequence of `state` (cut to
    /// its last `len` units) occurs, by start, ascending.
    pub fn occurrences(&self, state: usize, len: usize) -> [Vec<Run>; 2] {
        let (lo, hi) = (self.tin[state], self.tout[state]);
        let from = self.ends.partition_point(|e| e.0 < lo);
        let to = self.ends.partition_point(|e| e.0 < hi);
        let mut out = [Vec::new(), Vec::new()];
        for &(_, side, end) in &self.ends[from..to] {
            out[side as usize].push(Run { start: end as usize + 1 - len, len });
        }
        for o in &mut out {
            o.sort_unstable();
        }
        out
    }

    /// True when the state's sequence occurs on both sides.
    pub fn on_both_sides(&self, state: usize) -> bool {
        self.sides.get(state).is_some_and(|&s| s == 0b11)
    }
}

fn len<T: general_sam::TransitionTable>(sam: &GeneralSam<T>, s: usize) -> usize {
    sam.get_node(s).map_or(0, |n| n.max_suffix_len())
}

fn link<T: general_sam::TransitionTable>(sam: &GeneralSam<T>, s: usize) -> usize {
    sam.get_node(s).map_or(NIL, |n| n.get_suffix_parent_id())
}

/// State ids (the root first, without the nil state) sorted by length:
/// a counting sort, since lengths are bounded by the longest segment.
fn by_length<T: general_sam::TransitionTable>(sam: &GeneralSam<T>) -> Vec<usize> {
    let n = sam.num_of_nodes();
    let max = (ROOT..n).map(|s| len(sam, s)).max().unwrap_or(0);
    let mut count = vec![0usize; max + 2];
    for s in ROOT..n {
        count[len(sam, s) + 1] += 1;
    }
    for i in 1..count.len() {
        count[i] += count[i - 1];
    }
    let mut out = vec![0; n - ROOT];
    for s in ROOT..n {
        let l = len(sam, s);
        out[count[l]] = s;
        count[l] += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(a: &[u32], b: &[u32]) -> SharedIndex {
        SharedIndex::new([a, b], [&[0..a.len()], &[0..b.len()]])
    }

    #[test]
    fn longest_runs_cover_every_shared_position() {
        // left: 1 2 3 9 4 5 ; right: 4 5 7 1 2 3
        let (a, b) = ([1, 2, 3, 9, 4, 5], [4, 5, 7, 1, 2, 3]);
        let idx = index(&a, &b);
        let runs: Vec<Run> = idx.longest_runs(Side::Left).iter().map(|c| c.run).collect();
        assert_eq!(runs, vec![Run { start: 0, len: 3 }, Run { start: 4, len: 2 }]);
        let runs: Vec<Run> = idx.longest_runs(Side::Right).iter().map(|c| c.run).collect();
        assert_eq!(runs, vec![Run { start: 0, len: 2 }, Run { start: 3, len: 3 }]);
    }

    #[test]
    fn occurrences_list_every_place_on_both_sides() {
        let (a, b) = ([1, 2, 3, 1, 2], [1, 2, 8, 1, 2, 3]);
        let idx = index(&a, &b);
        let s = idx.state_of(&a[0..2]);
        let [l, r] = idx.occurrences(s, 2);
        assert_eq!(l, vec![Run { start: 0, len: 2 }, Run { start: 3, len: 2 }]);
        assert_eq!(r, vec![Run { start: 0, len: 2 }, Run { start: 3, len: 2 }]);
        let s = idx.state_of(&b[3..6]);
        let [l, r] = idx.occurrences(s, 3);
        assert_eq!((l, r), (vec![Run { start: 0, len: 3 }], vec![Run { start: 3, len: 3 }]));
    }

    #[test]
    fn runs_never_cross_segments() {
        let (a, b) = ([1, 2, 3, 4], [1, 2, 3, 4]);
        // The left is cut after its second unit.
        let idx = SharedIndex::new([&a, &b], [&[0..2, 2..4], &[0..4]]);
        let runs: Vec<Run> = idx.longest_runs(Side::Left).iter().map(|c| c.run).collect();
        assert_eq!(runs, vec![Run { start: 0, len: 2 }, Run { start: 2, len: 2 }]);
    }

    #[test]
    fn units_outside_segments_match_nothing() {
        let (a, b) = ([1, 2, 3], [1, 2, 3]);
        let idx = SharedIndex::new([&a, &b], [&[1..3], &[0..3]]);
        let runs: Vec<Run> = idx.longest_runs(Side::Left).iter().map(|c| c.run).collect();
        assert_eq!(runs, vec![Run { start: 1, len: 2 }]);
    }

    /// Brute force: the longest run ending at each position that the other
    /// side has anywhere.
    fn brute(a: &[u32], b: &[u32]) -> Vec<usize> {
        (0..a.len())
            .map(|e| {
                (1..=e + 1)
                    .rev()
                    .find(|&l| b.windows(l).any(|w| w == &a[e + 1 - l..=e]))
                    .unwrap_or(0)
            })
            .collect()
    }

    #[test]
    fn agrees_with_brute_force_on_small_alphabets() {
        let mut seed = 7u64;
        let mut next = |m: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((seed >> 33) % m) as u32
        };
        for _ in 0..200 {
            let a: Vec<u32> = (0..20).map(|_| next(3)).collect();
            let b: Vec<u32> = (0..15).map(|_| next(3)).collect();
            let idx = index(&a, &b);
            let want = brute(&a, &b);
            let mut covered = vec![0usize; a.len()];
            for c in idx.longest_runs(Side::Left) {
                let end = c.run.start + c.run.len - 1;
                assert_eq!(c.run.len, want[end], "{a:?} {b:?}");
                for u in c.run.units() {
                    covered[u] = covered[u].max(1);
                }
                // Its occurrences on the right really are that sequence.
                let [_, r] = idx.occurrences(c.state, c.run.len);
                assert!(!r.is_empty());
                for o in r {
                    assert_eq!(&b[o.units()], &a[c.run.units()]);
                }
            }
            for (u, &c) in covered.iter().enumerate() {
                assert_eq!(c > 0, want[u..].iter().enumerate().any(|(k, &l)| l > k), "unit {u} of {a:?} / {b:?}");
            }
        }
    }
}

//! Where statements share wording: every run of units (normalized words)
//! that occurs in two of them, in any order, however often. Two statements
//! for a comparison, up to eight for a collation of versions.
//!
//! One suffix automaton ([`super::automaton`]) reads every segment of every
//! text, each followed by a separator of its own (a segment is a sentence,
//! or the part of one after its list number, so no shared run crosses a
//! sentence break). Each automaton state is a class of runs with the same end
//! positions; marking which states end in which texts gives, in one linear
//! pass per text, the longest run ending at each position that some other
//! texts also have ("matching statistics"), and the suffix-link tree lists
//! every occurrence of a run in every text. The rest of the engine asks three
//! questions: [`SharedIndex::longest_runs`], [`SharedIndex::state_of`] and
//! [`SharedIndex::occurrences`].

use std::ops::Range;

use super::automaton::{Automaton, ROOT};

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
    /// The run.
    pub run: Run,
    /// The automaton state that stands for its word sequence.
    pub state: u32,
}

/// No state: a unit outside every segment, or a sequence not in the index.
pub const NONE: u32 = u32::MAX;

/// The most texts one index holds (a bit each in a byte).
pub const MAX_TEXTS: usize = 8;

/// The index of several texts' unit ids, cut into segments.
pub struct SharedIndex {
    automaton: Automaton,
    /// Per text, per unit: the state read up to and including the unit
    /// (`NONE` for units outside every segment).
    prefix: Vec<Vec<u32>>,
    /// Per state: bit `t` set when it ends somewhere in text `t`.
    texts: Vec<u8>,
    /// Per state: its interval in the suffix-link tree's preorder.
    tin: Vec<u32>,
    tout: Vec<u32>,
    /// Every unit in a segment as (preorder of its prefix state, text, unit),
    /// sorted: a state's occurrences are one contiguous slice of it.
    ends: Vec<(u32, u8, u32)>,
}

impl SharedIndex {
    /// Indexes the ids of several texts (at most [`MAX_TEXTS`]);
    /// `segments` are unit ranges per text (sorted, disjoint) inside which
    /// runs may be shared. Ids must be below `u32::MAX - segments`, which
    /// separators use.
    pub fn new(ids: &[&[u32]], segments: &[&[Range<usize>]]) -> Self {
        assert!(ids.len() <= MAX_TEXTS && ids.len() == segments.len());
        let total: usize = ids.iter().map(|i| i.len()).sum::<usize>() + segments.iter().map(|s| s.len()).sum::<usize>();
        let mut automaton = Automaton::with_capacity(total);
        let mut prefix: Vec<Vec<u32>> = ids.iter().map(|i| vec![NONE; i.len()]).collect();
        let mut separator = u32::MAX;
        for (t, segs) in segments.iter().enumerate() {
            for seg in segs.iter() {
                for u in seg.clone() {
                    prefix[t][u] = automaton.push(ids[t][u]);
                }
                automaton.push(separator);
                separator -= 1;
            }
        }
        let n = automaton.states();
        let by_len = automaton.by_length();
        let mut texts = vec![0u8; n];
        for (t, states) in prefix.iter().enumerate() {
            for &s in states.iter().filter(|&&s| s != NONE) {
                texts[s as usize] |= 1 << t;
            }
        }
        for &s in by_len.iter().rev() {
            if let Some(l) = automaton.link(s) {
                texts[l as usize] |= texts[s as usize];
            }
        }
        // Preorder of the suffix-link tree.
        let mut first_child = vec![NONE; n];
        let mut next_sibling = vec![NONE; n];
        for &s in by_len.iter().rev() {
            if let Some(l) = automaton.link(s) {
                next_sibling[s as usize] = first_child[l as usize];
                first_child[l as usize] = s;
            }
        }
        let (mut tin, mut tout) = (vec![0u32; n], vec![0u32; n]);
        let mut clock = 0u32;
        let mut stack = vec![(ROOT, false)];
        while let Some((s, done)) = stack.pop() {
            if done {
                tout[s as usize] = clock;
                continue;
            }
            tin[s as usize] = clock;
            clock += 1;
            stack.push((s, true));
            let mut c = first_child[s as usize];
            while c != NONE {
                stack.push((c, false));
                c = next_sibling[c as usize];
            }
        }
        let mut ends: Vec<(u32, u8, u32)> = Vec::with_capacity(total);
        for (t, states) in prefix.iter().enumerate() {
            for (u, &s) in states.iter().enumerate().filter(|(_, &s)| s != NONE) {
                ends.push((tin[s as usize], t as u8, u as u32));
            }
        }
        ends.sort_unstable();
        SharedIndex { automaton, prefix, texts, tin, tout, ends }
    }

    /// For each end position of text `me`, the longest run ending there that
    /// one of the texts in `others` (a bit mask) also has, kept only where it
    /// cannot grow to the right (so every unit in any such shared run lies in
    /// one of these). Ascending by end.
    pub fn longest_runs(&self, me: usize, others: u8) -> Vec<CommonRun> {
        // Per state, the deepest state on its suffix-link path (itself
        // included) that also ends in one of `others`. A run that crosses a
        // separator occurs once, so it is never one of these.
        let mut shared_anc = vec![NONE; self.texts.len()];
        for s in self.automaton.by_length() {
            shared_anc[s as usize] = if self.texts[s as usize] & others != 0 {
                s
            } else {
                self.automaton.link(s).map_or(NONE, |l| shared_anc[l as usize])
            };
        }
        let anc = |s: u32| if s == NONE { NONE } else { shared_anc[s as usize] };
        let lens: Vec<usize> = self.prefix[me]
            .iter()
            .map(|&s| match anc(s) {
                NONE | ROOT => 0,
                a => self.automaton.len(a),
            })
            .collect();
        let mut out = Vec::new();
        for (u, &l) in lens.iter().enumerate() {
            let grows = lens.get(u + 1).is_some_and(|&next| next == l + 1);
            if l > 0 && !grows {
                out.push(CommonRun { run: Run { start: u + 1 - l, len: l }, state: anc(self.prefix[me][u]) });
            }
        }
        out
    }

    /// The state standing for a sequence of ids (`NONE` when no segment of
    /// either side contains it).
    pub fn state_of(&self, sequence: &[u32]) -> u32 {
        sequence.iter().try_fold(ROOT, |s, &id| self.automaton.step(s, id)).unwrap_or(NONE)
    }

    /// Every place, in each text, where the word sequence of `state` (cut to
    /// its last `len` units) occurs, by start, ascending.
    pub fn occurrences(&self, state: u32, len: usize) -> Vec<Vec<Run>> {
        let mut out = vec![Vec::new(); self.prefix.len()];
        if state == NONE {
            return out;
        }
        let (lo, hi) = (self.tin[state as usize], self.tout[state as usize]);
        let from = self.ends.partition_point(|e| e.0 < lo);
        let to = self.ends.partition_point(|e| e.0 < hi);
        for &(_, t, end) in &self.ends[from..to] {
            out[t as usize].push(Run { start: end as usize + 1 - len, len });
        }
        for o in &mut out {
            o.sort_unstable();
        }
        out
    }
}

#[cfg(test)]
// Segments are lists of ranges; a list of one range is what the tests mean.
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    fn index(a: &[u32], b: &[u32]) -> SharedIndex {
        SharedIndex::new(&[a, b], &[&[0..a.len()], &[0..b.len()]])
    }

    #[test]
    fn longest_runs_cover_every_shared_position() {
        // left: 1 2 3 9 4 5 ; right: 4 5 7 1 2 3
        let (a, b) = ([1, 2, 3, 9, 4, 5], [4, 5, 7, 1, 2, 3]);
        let idx = index(&a, &b);
        let runs: Vec<Run> = idx.longest_runs(0, 0b10).iter().map(|c| c.run).collect();
        assert_eq!(runs, vec![Run { start: 0, len: 3 }, Run { start: 4, len: 2 }]);
        let runs: Vec<Run> = idx.longest_runs(1, 0b01).iter().map(|c| c.run).collect();
        assert_eq!(runs, vec![Run { start: 0, len: 2 }, Run { start: 3, len: 3 }]);
    }

    #[test]
    fn occurrences_list_every_place_on_both_sides() {
        let (a, b) = ([1, 2, 3, 1, 2], [1, 2, 8, 1, 2, 3]);
        let idx = index(&a, &b);
        let s = idx.state_of(&a[0..2]);
        let [l, r]: [Vec<Run>; 2] = idx.occurrences(s, 2).try_into().unwrap();
        assert_eq!(l, vec![Run { start: 0, len: 2 }, Run { start: 3, len: 2 }]);
        assert_eq!(r, vec![Run { start: 0, len: 2 }, Run { start: 3, len: 2 }]);
        let s = idx.state_of(&b[3..6]);
        let [l, r]: [Vec<Run>; 2] = idx.occurrences(s, 3).try_into().unwrap();
        assert_eq!((l, r), (vec![Run { start: 0, len: 3 }], vec![Run { start: 3, len: 3 }]));
    }

    #[test]
    fn runs_never_cross_segments() {
        let (a, b) = ([1, 2, 3, 4], [1, 2, 3, 4]);
        // The left is cut after its second unit.
        let idx = SharedIndex::new(&[&a, &b], &[&[0..2, 2..4], &[0..4]]);
        let runs: Vec<Run> = idx.longest_runs(0, 0b10).iter().map(|c| c.run).collect();
        assert_eq!(runs, vec![Run { start: 0, len: 2 }, Run { start: 2, len: 2 }]);
    }

    #[test]
    fn units_outside_segments_match_nothing() {
        let (a, b) = ([1, 2, 3], [1, 2, 3]);
        let idx = SharedIndex::new(&[&a, &b], &[&[1..3], &[0..3]]);
        let runs: Vec<Run> = idx.longest_runs(0, 0b10).iter().map(|c| c.run).collect();
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
            for c in idx.longest_runs(0, 0b10) {
                let end = c.run.start + c.run.len - 1;
                assert_eq!(c.run.len, want[end], "{a:?} {b:?}");
                for u in c.run.units() {
                    covered[u] = covered[u].max(1);
                }
                // Its occurrences on the right really are that sequence.
                let r = &idx.occurrences(c.state, c.run.len)[1];
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

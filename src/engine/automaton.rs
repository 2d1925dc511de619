//! A suffix automaton over `u32` symbols: the smallest automaton that accepts
//! every substring of a sequence, built online in linear time (Blumer et al.
//! 1985). Each state stands for a class of substrings that end at the same
//! positions; a state's suffix link leads to the class of its shorter
//! suffixes, and those links form a tree.
//!
//! Hand-written because the crate that builds such automata over any
//! alphabet (`general-sam`) keeps a `BTreeMap` per state and builds through a
//! trie: on a megabyte of text that costs about half a second in allocation
//! alone. Here all transitions live in one flat hash map, and each state's
//! outgoing edges in a linked list (needed when a state is cloned).

use rustc_hash::FxHashMap;

/// The root state (the empty string).
pub const ROOT: u32 = 0;

#[derive(Clone, Copy)]
struct Edge {
    symbol: u32,
    target: u32,
    /// The next edge out of the same state (`u32::MAX` ends the list).
    next: u32,
}

/// A suffix automaton of one sequence.
pub struct Automaton {
    /// Length of the longest string of each state.
    len: Vec<u32>,
    /// Suffix link of each state (the root's is itself).
    link: Vec<u32>,
    /// First outgoing edge of each state (`u32::MAX` when none).
    first: Vec<u32>,
    edges: Vec<Edge>,
    /// (state, symbol) → index into `edges`.
    index: FxHashMap<u64, u32>,
    /// The state of the whole sequence read so far (its prefix state).
    last: u32,
}

fn key(state: u32, symbol: u32) -> u64 {
    (u64::from(state) << 32) | u64::from(symbol)
}

impl Automaton {
    /// An empty automaton with room for a sequence of `capacity` symbols.
    pub fn with_capacity(capacity: usize) -> Self {
        let states = 2 * capacity + 1;
        let mut a = Automaton {
            len: Vec::with_capacity(states),
            link: Vec::with_capacity(states),
            first: Vec::with_capacity(states),
            edges: Vec::with_capacity(3 * capacity),
            index: FxHashMap::default(),
            last: ROOT,
        };
        a.index.reserve(3 * capacity);
        a.add_state(0, ROOT);
        a
    }

    fn add_state(&mut self, len: u32, link: u32) -> u32 {
        self.len.push(len);
        self.link.push(link);
        self.first.push(u32::MAX);
        (self.len.len() - 1) as u32
    }

    fn add_edge(&mut self, from: u32, symbol: u32, target: u32) {
        let e = self.edges.len() as u32;
        self.edges.push(Edge { symbol, target, next: self.first[from as usize] });
        self.first[from as usize] = e;
        self.index.insert(key(from, symbol), e);
    }

    /// The state reached from `state` by `symbol`, if any.
    pub fn step(&self, state: u32, symbol: u32) -> Option<u32> {
        self.index.get(&key(state, symbol)).map(|&e| self.edges[e as usize].target)
    }

    /// Appends one symbol to the sequence; returns the new prefix state.
    pub fn push(&mut self, symbol: u32) -> u32 {
        let cur = self.add_state(self.len[self.last as usize] + 1, ROOT);
        let mut p = Some(self.last);
        while let Some(s) = p {
            if self.index.contains_key(&key(s, symbol)) {
                break;
            }
            self.add_edge(s, symbol, cur);
            p = (s != ROOT).then(|| self.link[s as usize]);
        }
        if let Some(p) = p {
            let e = self.index[&key(p, symbol)];
            let q = self.edges[e as usize].target;
            if self.len[p as usize] + 1 == self.len[q as usize] {
                self.link[cur as usize] = q;
            } else {
                let clone = self.add_state(self.len[p as usize] + 1, self.link[q as usize]);
                let mut edge = self.first[q as usize];
                while edge != u32::MAX {
                    let Edge { symbol, target, next } = self.edges[edge as usize];
                    self.add_edge(clone, symbol, target);
                    edge = next;
                }
                self.link[q as usize] = clone;
                self.link[cur as usize] = clone;
                let mut s = Some(p);
                while let Some(st) = s {
                    match self.index.get(&key(st, symbol)) {
                        Some(&e) if self.edges[e as usize].target == q => self.edges[e as usize].target = clone,
                        _ => break,
                    }
                    s = (st != ROOT).then(|| self.link[st as usize]);
                }
            }
        }
        self.last = cur;
        cur
    }

    /// Number of states.
    pub fn states(&self) -> usize {
        self.len.len()
    }

    /// Length of the longest string of `state`.
    pub fn len(&self, state: u32) -> usize {
        self.len[state as usize] as usize
    }

    /// The suffix link of `state` (`None` for the root).
    pub fn link(&self, state: u32) -> Option<u32> {
        (state != ROOT).then(|| self.link[state as usize])
    }

    /// All states ordered by length, so that every state comes after its
    /// suffix link (a counting sort).
    pub fn by_length(&self) -> Vec<u32> {
        let max = self.len.iter().copied().max().unwrap_or(0) as usize;
        let mut start = vec![0usize; max + 2];
        for &l in &self.len {
            start[l as usize + 1] += 1;
        }
        for i in 1..start.len() {
            start[i] += start[i - 1];
        }
        let mut out = vec![0u32; self.len.len()];
        for (s, &l) in self.len.iter().enumerate() {
            out[start[l as usize]] = s as u32;
            start[l as usize] += 1;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepts(a: &Automaton, s: &[u32]) -> bool {
        s.iter().try_fold(ROOT, |st, &c| a.step(st, c)).is_some()
    }

    #[test]
    fn accepts_exactly_the_substrings() {
        let seq = [1, 2, 1, 2, 3, 1, 2, 1];
        let mut a = Automaton::with_capacity(seq.len());
        seq.iter().for_each(|&c| {
            a.push(c);
        });
        for i in 0..seq.len() {
            for j in i + 1..=seq.len() {
                assert!(accepts(&a, &seq[i..j]));
            }
        }
        assert!(!accepts(&a, &[2, 2]));
        assert!(!accepts(&a, &[3, 3]));
        assert!(!accepts(&a, &[1, 2, 1, 2, 1]));
        assert!(a.states() <= 2 * seq.len());
    }

    #[test]
    fn states_by_length_follow_their_links() {
        let mut a = Automaton::with_capacity(6);
        [5, 6, 5, 6, 5, 7].iter().for_each(|&c| {
            a.push(c);
        });
        let order = a.by_length();
        let mut seen = vec![false; a.states()];
        for s in order {
            if let Some(l) = a.link(s) {
                assert!(seen[l as usize]);
            }
            seen[s as usize] = true;
        }
    }
}

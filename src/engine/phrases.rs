//! Shared phrases: which shared runs a reader is shown, and how they tile
//! each side.
//!
//! A run of words is a shared phrase when the other side has the same run
//! (normalized), it holds at least `min_phrase` words, and at least two of
//! them carry meaning (not function words, not bare numbers): "in Moscow on"
//! or "3. The two" are not phrases, "the novel coronavirus outbreak" is. No
//! phrase crosses a sentence break (a list number belongs to the sentence it
//! opens): the runs come from [`super::shared`], which never joins segments.

use rustc_hash::FxHashMap;

use super::diff::Run as DiffRun;
use super::normalize::Unit;
use super::shared::{Run, SharedIndex};

/// Shortest run in which a negation counts as a meaningful word.
const NEGATED_PHRASE_WORDS: usize = 5;

/// Words in a unit range as a reader counts them (a hyphenated compound like
/// "China-India" is one word), and how many of them carry meaning: content
/// words, and a negation in a run of five words or more written the same
/// way on both sides ("This does not mean that" is a phrase; "no one", "no
/// longer" and "will not be" are not).
fn weigh(units: &[Unit]) -> (usize, usize) {
    let words = word_count(units);
    let mut meaning = 0;
    let mut in_word = false; // the current compound already counted as meaning
    for (i, u) in units.iter().enumerate().filter(|(_, u)| u.word) {
        let continues = u.joined && i > 0;
        if !continues {
            in_word = false;
        }
        if !in_word && (u.content || (u.negation && words >= NEGATED_PHRASE_WORDS)) {
            meaning += 1;
            in_word = true;
        }
    }
    (words, meaning)
}

/// Words in a unit range as a reader counts them: a hyphenated compound is
/// one word.
pub fn word_count(units: &[Unit]) -> usize {
    units.iter().enumerate().filter(|(i, u)| u.word && !(u.joined && *i > 0)).count()
}

/// True when a run of units is worth showing as a shared phrase: at least
/// `min_phrase` words, and two content words (one when phrases of a single
/// word were asked for).
pub fn is_phrase(units: &[Unit], min_phrase: usize) -> bool {
    let min_phrase = min_phrase.max(1);
    let (words, content) = weigh(units);
    words >= min_phrase && content >= min_phrase.min(2)
}

/// Trims punctuation units off both ends of a run, so phrases start and end
/// on words. Returns (offset into the run, new length).
pub fn trim(units: &[Unit]) -> (usize, usize) {
    let start = units.iter().position(|u| u.word).unwrap_or(units.len());
    let end = units.iter().rposition(|u| u.word).map_or(start, |e| e + 1);
    (start, end - start)
}

/// The runs of the in-order diff that are shared phrases, cut where either
/// side changes sentence (`sentence_of`: the sentence of each unit) and
/// trimmed to words. With `keep_all` (the two texts are identical) every
/// piece is kept however short, so a text compared with itself is entirely
/// shared. Returns (left run, right start) pairs.
pub fn in_order(
    units: [&[Unit]; 2],
    sentence_of: [&[usize]; 2],
    runs: &[DiffRun],
    min_phrase: usize,
    keep_all: bool,
) -> Vec<(Run, usize)> {
    let mut out = Vec::new();
    for r in runs {
        let mut piece = 0;
        while piece < r.len {
            let (sa, sb) = (sentence_of[0][r.a + piece], sentence_of[1][r.b + piece]);
            let mut end = piece + 1;
            while end < r.len && sentence_of[0][r.a + end] == sa && sentence_of[1][r.b + end] == sb {
                end += 1;
            }
            let (off, len) = trim(&units[0][r.a + piece..r.a + end]);
            let (a, b) = (r.a + piece + off, r.b + piece + off);
            if len > 0 && (keep_all || is_phrase(&units[0][a..a + len], min_phrase)) {
                out.push((Run { start: a, len }, b));
            }
            piece = end;
        }
    }
    out
}

/// The phrases found so far, each a word sequence: the automaton state that
/// stands for it and its length. A phrase's number is its place here.
#[derive(Default)]
pub struct Keys {
    list: Vec<(u32, usize)>,
    number: FxHashMap<(u32, usize), usize>,
}

impl Keys {
    /// The number of the phrase `(state, len)`, adding it if new.
    pub fn key(&mut self, state: u32, len: usize) -> usize {
        let next = self.list.len();
        let key = *self.number.entry((state, len)).or_insert(next);
        if key == next {
            self.list.push((state, len));
        }
        key
    }

    /// Every phrase as (state, length), by number.
    pub fn all(&self) -> &[(u32, usize)] {
        &self.list
    }
}

/// Tiles text `me` of `index` with the phrases it shares with the texts in
/// `others` (a bit mask): every run both have that is a phrase (or, with
/// `keep_all`, any run), longest first. `units` and `ids` are text `me`'s.
pub fn find(
    index: &SharedIndex,
    me: usize,
    others: u8,
    (units, ids): (&[Unit], &[u32]),
    min_phrase: usize,
    keep_all: bool,
    keys: &mut Keys,
) -> Vec<Tile> {
    let mut candidates = Vec::new();
    for common in index.longest_runs(me, others) {
        let (off, len) = trim(&units[common.run.units()]);
        let run = Run { start: common.run.start + off, len };
        if len == 0 || !(keep_all || is_phrase(&units[run.units()], min_phrase)) {
            continue;
        }
        let state = if run == common.run { common.state } else { index.state_of(&ids[run.units()]) };
        candidates.push((run, keys.key(state, len)));
    }
    tile(units, candidates)
}

/// A piece of one side shown as (part of) an occurrence of a shared phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tile {
    /// The units it covers.
    pub run: Run,
    /// The phrase it belongs to (the caller's key).
    pub key: usize,
}

/// Tiles the units of one side covered by shared phrases. `candidates` are
/// (run, phrase key) pairs; the longest are laid first, and where a shorter
/// one overlaps tiles already laid, what is left of it (trimmed to words)
/// still becomes a tile of its phrase: every unit in a shared phrase is
/// shown shared, and each piece links to a phrase that really contains it.
/// Returns the tiles in text order.
pub fn tile(units: &[Unit], mut candidates: Vec<(Run, usize)>) -> Vec<Tile> {
    candidates.sort_by_key(|(run, key)| (std::cmp::Reverse(run.len), run.start, *key));
    // `next_free[u]` leads to the first uncovered unit at or after `u`
    // (path-compressed), so each unit is visited about once however much
    // the candidates overlap.
    let n = units.len();
    let mut next_free: Vec<usize> = (0..=n).collect();
    fn find(next: &mut [usize], mut u: usize) -> usize {
        let mut root = u;
        while next[root] != root {
            root = next[root];
        }
        while next[u] != root {
            let up = next[u];
            next[u] = root;
            u = up;
        }
        root
    }
    let mut tiles = Vec::new();
    for (run, key) in candidates {
        let end = run.start + run.len;
        let mut u = find(&mut next_free, run.start);
        while u < end {
            let mut stop = u;
            while stop < end && find(&mut next_free, stop) == stop {
                next_free[stop] = stop + 1;
                stop += 1;
            }
            let (off, len) = trim(&units[u..stop]);
            if len > 0 {
                tiles.push(Tile { run: Run { start: u + off, len }, key });
            }
            u = find(&mut next_free, stop);
        }
    }
    tiles.sort_by_key(|t| t.run.start);
    tiles
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Units from ids; ids below 10 are stopwords, ids from 90 punctuation.
    fn us(ids: &[u32]) -> Vec<Unit> {
        ids.iter()
            .enumerate()
            .map(|(i, &id)| Unit {
                token: i,
                id,
                word: id < 90,
                stop: id < 10,
                content: (10..90).contains(&id),
                negation: id == 0,
                joined: false,
            })
            .collect()
    }

    #[test]
    fn a_phrase_needs_two_content_words() {
        // "in Moscow on": one content word among three.
        assert!(!is_phrase(&us(&[1, 20, 2]), 3));
        assert!(is_phrase(&us(&[1, 20, 21]), 3));
        assert!(!is_phrase(&us(&[20, 21]), 3));
        assert!(is_phrase(&us(&[20, 21]), 2));
        assert!(is_phrase(&us(&[20]), 1));
        // "China-India" is one word; "China-India boundary" two.
        let mut compound = us(&[20, 21, 22]);
        compound[1].joined = true;
        assert!(!is_phrase(&compound[..2], 2));
        assert!(is_phrase(&compound, 2));
        // "This does not mean that": a negation gives a long phrase meaning.
        assert!(is_phrase(&us(&[1, 2, 0, 20, 3]), 3));
        assert!(!is_phrase(&us(&[2, 0, 20]), 3));
        assert!(!is_phrase(&us(&[0, 20]), 2));
    }

    #[test]
    fn in_order_runs_are_cut_at_sentences_and_filtered() {
        let a = us(&[1, 20, 21, 22, 23, 24, 25]);
        let b = us(&[1, 20, 21, 22, 23, 24, 25]);
        let sent_a = [0, 0, 0, 0, 1, 1, 1];
        let sent_b = [0; 7];
        let runs = [DiffRun { a: 0, b: 0, len: 7 }];
        let got = in_order([&a, &b], [&sent_a, &sent_b], &runs, 3, false);
        assert_eq!(got, vec![(Run { start: 0, len: 4 }, 0), (Run { start: 4, len: 3 }, 4)]);
    }

    #[test]
    fn longest_first_and_the_rest_still_shown() {
        // Units 0..10; a long candidate 3..9 and a shorter 0..5 overlapping it.
        let units = us(&[20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
        let tiles = tile(&units, vec![(Run { start: 0, len: 5 }, 1), (Run { start: 3, len: 6 }, 2)]);
        assert_eq!(
            tiles,
            vec![Tile { run: Run { start: 0, len: 3 }, key: 1 }, Tile { run: Run { start: 3, len: 6 }, key: 2 }]
        );
    }

    #[test]
    fn leftovers_are_trimmed_to_words() {
        // Punctuation (99) at the edge of a tile or a leftover is not shown.
        let units = us(&[20, 21, 99, 22, 23, 24]);
        let tiles = tile(&units, vec![(Run { start: 0, len: 3 }, 1), (Run { start: 2, len: 4 }, 2)]);
        let runs: Vec<(usize, usize, usize)> = tiles.iter().map(|t| (t.run.start, t.run.len, t.key)).collect();
        assert_eq!(runs, vec![(0, 2, 1), (3, 3, 2)]);
    }
}

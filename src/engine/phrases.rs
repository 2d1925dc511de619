//! Shared phrases: which shared runs a reader is shown, and how they tile
//! each side.
//!
//! A run of words is a shared phrase when the other side has the same run
//! (normalized), it holds at least `min_phrase` words, and at least two of
//! them carry meaning (not function words, not bare numbers): "in Moscow on"
//! or "3. The two" are not phrases, "the novel coronavirus outbreak" is. No
//! phrase crosses a sentence break (a list number belongs to the sentence it
//! opens): the runs come from [`super::shared`], which never joins segments.
//!
//! What is highlighted starts and ends on a meaningful word, or on its
//! sentence's first or last word: the function words where a shared phrase
//! breaks off inside a sentence ("the Foreign Minister of") stay
//! unhighlighted, unless the phrase means something only with them ("this
//! does not mean that"), which is then shown whole, one unbroken span. The
//! phrase is its words from the first meaningful one to the last, the same
//! words on both sides and wherever it occurs; only where it reaches the edge
//! of its sentence is the highlight carried to that edge ("They praised
//! bilateral trade ties" shared whole is highlighted whole). No piece of a
//! phrase is ever shown that holds no content word (a lone "of" left between
//! two longer phrases means nothing to a reader).

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

/// A run of `units` trimmed to words, and to meaningful words (see
/// [`Unit::edge`]), from the first to the last: what a phrase is.
pub fn trim_to_meaning(units: &[Unit], run: Run) -> Run {
    let (off, len) = trim(&units[run.units()]);
    let (start, end) = (run.start + off, run.start + off + len);
    let first = (start..end).find(|&u| units[u].edge).unwrap_or(end);
    let last = (first..end).rfind(|&u| units[u].edge).map_or(first, |u| u + 1);
    Run { start: first, len: last - first }
}

/// `core` (a phrase inside the shared run `whole`) as it is highlighted:
/// carried to the start of `whole` where `whole` opens its sentence (a list
/// number before it aside), and to its end where `whole` closes it, so a
/// sentence shared whole is highlighted whole. `sentence_of` gives each
/// unit's sentence.
pub fn to_sentence_edges(units: &[Unit], core: Run, whole: Run, sentence_of: &[usize]) -> Run {
    let (start, end) = (whole.start, whole.start + whole.len);
    // A word with letters before it (a list number has none) is the sentence's.
    let lettered = |i: usize| units[i].word && (units[i].content || units[i].stop);
    let opens = !(0..start).rev().take_while(|&i| sentence_of[i] == sentence_of[start]).any(lettered);
    let closes = !(end..units.len()).take_while(|&i| sentence_of[i] == sentence_of[end - 1]).any(|i| units[i].word);
    let first = if opens { start } else { core.start };
    let last = if closes { end } else { core.start + core.len };
    Run { start: first, len: last - first }
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
    (units, ids, sentence_of): (&[Unit], &[u32], &[usize]),
    min_phrase: usize,
    keep_all: bool,
    keys: &mut Keys,
) -> Vec<Tile> {
    let mut candidates = Vec::new();
    for common in index.longest_runs(me, others) {
        // The phrase is the run from its first meaningful word to its last
        // ("joint statement" of "the joint statement of") when that is still
        // a phrase; else the run whole, one unbroken span ("this does not
        // mean that", whose meaning is in its function words).
        let (off, len) = trim(&units[common.run.units()]);
        let whole = Run { start: common.run.start + off, len };
        let core = trim_to_meaning(units, whole);
        let (phrase, shown) = if !keep_all && is_phrase(&units[core.units()], min_phrase) {
            (core, to_sentence_edges(units, core, whole, sentence_of))
        } else {
            (whole, whole)
        };
        if phrase.len == 0 || !(keep_all || is_phrase(&units[phrase.units()], min_phrase)) {
            continue;
        }
        let state = if phrase == common.run { common.state } else { index.state_of(&ids[phrase.units()]) };
        candidates.push((shown, keys.key(state, phrase.len)));
    }
    tile(units, candidates, keep_all)
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
/// one overlaps tiles already laid, what is left of it still becomes a tile
/// of its phrase when it holds a content word, trimmed to meaning where
/// another tile cut it ([`trim_to_meaning`]): every content word in a shared
/// phrase is shown shared, each piece links to a phrase that really contains
/// it, and no piece is a lone function word. With `keep_all` (a text
/// compared with itself) every leftover is kept, trimmed to words only.
/// Returns the tiles in text order.
pub fn tile(units: &[Unit], mut candidates: Vec<(Run, usize)>, keep_all: bool) -> Vec<Tile> {
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
            // A piece keeps the candidate's own edges; where another tile
            // cut it, it is trimmed to meaning.
            let piece = Run { start: u, len: stop - u };
            let (off, len) = trim(&units[piece.units()]);
            let mut shown = Run { start: u + off, len };
            if !keep_all {
                let meant = trim_to_meaning(units, piece);
                let first = if u == run.start { shown.start } else { meant.start };
                let last = if stop == end { shown.start + shown.len } else { meant.start + meant.len };
                shown = Run { start: first, len: last.saturating_sub(first) };
            }
            if shown.len > 0 && (keep_all || units[piece.units()].iter().any(|u| u.content)) {
                tiles.push(Tile { run: shown, key });
            }
            u = find(&mut next_free, stop);
        }
    }
    tiles.sort_by_key(|t| t.run.start);
    tiles
}

/// Settles which units of each tile are shown in order (`in_order`, per
/// unit): a tile is one occurrence of one phrase, shown as one unbroken
/// span, in order or reordered as most of its content words are. Split, its
/// pieces would start or end on function words ("State Councilor and" in
/// order, "Foreign Minister Wang Yi" reordered) or be nothing but them.
pub fn settle_order(units: &[Unit], tiles: &[Tile], in_order: &mut [bool]) {
    for t in tiles {
        let run = t.run.units();
        let (mut kept, mut moved) = (0, 0);
        for u in run.clone().filter(|&u| units[u].content) {
            if in_order[u] {
                kept += 1;
            } else {
                moved += 1;
            }
        }
        let way = kept >= moved;
        in_order[run].iter_mut().for_each(|x| *x = way);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Units from ids; ids below 10 are stopwords, 80 to 89 numbers, from 90
    /// punctuation.
    fn us(ids: &[u32]) -> Vec<Unit> {
        ids.iter()
            .enumerate()
            .map(|(i, &id)| Unit {
                token: i,
                id,
                word: id < 90,
                stop: id < 10,
                content: (10..80).contains(&id),
                negation: id == 0,
                edge: id < 90 && (id >= 10 || id == 0),
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
        let tiles = tile(&units, vec![(Run { start: 0, len: 5 }, 1), (Run { start: 3, len: 6 }, 2)], false);
        assert_eq!(
            tiles,
            vec![Tile { run: Run { start: 0, len: 3 }, key: 1 }, Tile { run: Run { start: 3, len: 6 }, key: 2 }]
        );
    }

    #[test]
    fn leftovers_are_trimmed_to_words() {
        // Punctuation (99) at the edge of a tile or a leftover is not shown.
        let units = us(&[20, 21, 99, 22, 23, 24]);
        let tiles = tile(&units, vec![(Run { start: 0, len: 3 }, 1), (Run { start: 2, len: 4 }, 2)], false);
        let runs: Vec<(usize, usize, usize)> = tiles.iter().map(|t| (t.run.start, t.run.len, t.key)).collect();
        assert_eq!(runs, vec![(0, 2, 1), (3, 3, 2)]);
    }

    #[test]
    fn no_leftover_is_a_lone_function_word() {
        // In "X the Minister of External Affairs of India Y": "Minister of
        // External Affairs" (20 1 21 22) is laid first; "the Minister of"
        // (2 20 1) leaves only "the", and "Affairs of India" (22 1 23)
        // leaves "of India", shown as "India".
        let units = us(&[30, 2, 20, 1, 21, 22, 1, 23, 31]);
        let candidates = vec![(Run { start: 2, len: 4 }, 1), (Run { start: 1, len: 3 }, 2), (Run { start: 5, len: 3 }, 3)];
        let tiles = tile(&units, candidates.clone(), false);
        let runs: Vec<(usize, usize, usize)> = tiles.iter().map(|t| (t.run.start, t.run.len, t.key)).collect();
        assert_eq!(runs, vec![(2, 4, 1), (7, 1, 3)]);
        // A text compared with itself keeps every leftover.
        let all = tile(&units, candidates, true);
        let runs: Vec<(usize, usize)> = all.iter().map(|t| (t.run.start, t.run.len)).collect();
        assert_eq!(runs, vec![(1, 1), (2, 4), (6, 2)]);
    }

    #[test]
    fn highlights_start_and_end_on_meaning() {
        // "X the joint statement of Y" shows "joint statement"; "not" is meaningful.
        let units = us(&[30, 2, 20, 21, 1, 31]);
        assert_eq!(trim_to_meaning(&units, Run { start: 1, len: 4 }), Run { start: 2, len: 2 });
        let units = us(&[30, 3, 0, 20, 99, 31]);
        assert_eq!(trim_to_meaning(&units, Run { start: 1, len: 4 }), Run { start: 2, len: 2 });
        // Nothing meaningful: nothing shown.
        assert_eq!(trim_to_meaning(&us(&[30, 1, 2, 99, 31]), Run { start: 1, len: 3 }).len, 0);
        // Where the run stands does not matter: "The joint statement of"
        // opening a sentence is the same phrase as inside one.
        let units = us(&[2, 20, 21, 1, 31, 32]);
        assert_eq!(trim_to_meaning(&units, Run { start: 0, len: 4 }), Run { start: 1, len: 2 });
    }

    #[test]
    fn a_highlight_reaches_the_edges_of_its_sentence() {
        // "The joint statement of" opening a sentence is highlighted from
        // its "The"; inside a sentence, from "joint".
        let units = us(&[2, 20, 21, 1, 31, 32]);
        let (whole, core) = (Run { start: 0, len: 4 }, Run { start: 1, len: 2 });
        assert_eq!(to_sentence_edges(&units, core, whole, &[0; 6]), Run { start: 0, len: 3 });
        let units = us(&[30, 2, 20, 21, 1, 31]);
        let (whole, core) = (Run { start: 1, len: 4 }, Run { start: 2, len: 2 });
        assert_eq!(to_sentence_edges(&units, core, whole, &[0; 6]), core);
        // "... the joint statement of." ending its sentence keeps its "of"
        // (the next unit is another sentence's); a list number (80) opening
        // the sentence is no word of it, a function word is.
        let units = us(&[80, 2, 20, 21, 1, 99, 40]);
        let (whole, core) = (Run { start: 1, len: 4 }, Run { start: 2, len: 2 });
        assert_eq!(to_sentence_edges(&units, core, whole, &[0, 0, 0, 0, 0, 0, 1]), Run { start: 1, len: 4 });
        let units = us(&[3, 2, 20, 21, 1, 99, 40]);
        assert_eq!(to_sentence_edges(&units, core, whole, &[0, 0, 0, 0, 0, 0, 1]), Run { start: 2, len: 3 });
    }

    #[test]
    fn a_tile_is_shown_one_way() {
        // "A B of C D": A B and C D in order, "of" reordered; "the E F G"
        // mostly reordered.
        let units = us(&[20, 21, 1, 22, 23, 2, 24, 25, 26]);
        let tiles = [Tile { run: Run { start: 0, len: 5 }, key: 0 }, Tile { run: Run { start: 5, len: 4 }, key: 1 }];
        let mut in_order = vec![true, true, false, true, true, true, true, false, false];
        settle_order(&units, &tiles, &mut in_order);
        assert_eq!(in_order, vec![true, true, true, true, true, false, false, false, false]);
    }
}

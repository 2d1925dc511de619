//! What the versions view reads off a [`Collation`]: the heat levels of one
//! version with their counts, what only that version says, which other
//! versions carry each of its sentences, and the phrase table's order.
//! Plain functions of the engine's result, so the view stays a rendering of
//! them and the CLI's report shows the same.

use std::fmt;
use std::rc::Rc;

use crate::engine::collate::{Carried, Collation, Version};
use crate::engine::ByteRange;

/// A collation shared by identity: cloning is cheap, and two are equal only
/// when they are the same collation, so props holding one stay equal until a
/// new one arrives.
#[derive(Clone)]
pub struct SharedCollation(pub Rc<Collation>);

impl SharedCollation {
    /// Wraps a finished collation.
    pub fn new(collation: Collation) -> Self {
        SharedCollation(Rc::new(collation))
    }
}

impl std::ops::Deref for SharedCollation {
    type Target = Collation;
    fn deref(&self) -> &Collation {
        &self.0
    }
}

impl PartialEq for SharedCollation {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl fmt::Debug for SharedCollation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SharedCollation({} versions)", self.0.versions.len())
    }
}

/// True when a stretch of text holds a letter or a digit (not only spaces
/// and punctuation), so it is worth listing.
fn has_words(text: &str) -> bool {
    text.chars().any(char::is_alphanumeric)
}

/// One step of the heat legend: the stretches of a version that exactly
/// `others` other versions carry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeatLevel {
    /// How many other versions carry these stretches (0: this version alone).
    pub others: usize,
    /// In how many places (parts of a sentence, with words) of the text.
    pub places: usize,
    /// Their share of the version's text, in whole percent of its bytes.
    pub percent: usize,
}

/// The heat legend of `version` in a collation of `versions` texts: one
/// level per possible count of other versions, from all of them down to none.
pub fn heat_levels(version: &Version, versions: usize) -> Vec<HeatLevel> {
    let total = version.text.len().max(1);
    let pieces = pieces(version);
    (0..versions)
        .rev()
        .map(|others| {
            let at_level = pieces.iter().filter(|p| p.by.len() == others);
            let bytes: usize = at_level.clone().map(|p| p.range.len()).sum();
            let places = at_level.filter(|p| has_words(slice(version, p.range))).count();
            HeatLevel { others, places, percent: (100 * bytes + total / 2) / total }
        })
        .collect()
}

/// The text of `range` in `version`.
pub fn slice(version: &Version, range: ByteRange) -> &str {
    &version.text[range.start..range.end]
}

/// A stretch of a version within one sentence, and the other versions that
/// carry it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece<'c> {
    /// Where it is in the version's text.
    pub range: ByteRange,
    /// The other versions that carry it (ascending; empty: this one alone).
    pub by: &'c [usize],
}

/// The version's stretches cut at its sentences: they tile its text, and
/// each is shaded, counted and stepped through as one place.
pub fn pieces(version: &Version) -> Vec<Piece<'_>> {
    pieces_within(version, ByteRange::new(0, version.text.len()))
}

/// The version's pieces (see [`pieces`]) that lie within `bytes`: found by
/// binary search, so a block of a long text costs no more than a short text.
pub fn pieces_within(version: &Version, bytes: ByteRange) -> Vec<Piece<'_>> {
    overlapping_stretches(&version.carried, bytes)
        .flat_map(|c| {
            overlapping(&version.sentences, c.range)
                .map(move |s| Piece { range: ByteRange::new(s.start.max(c.range.start), s.end.min(c.range.end)), by: &c.by })
        })
        .filter(|p| !p.range.is_empty() && p.range.start >= bytes.start && p.range.end <= bytes.end)
        .collect()
}

/// The stretches (in order, tiling the text) that overlap `range`.
fn overlapping_stretches(carried: &[Carried], range: ByteRange) -> impl Iterator<Item = &Carried> + '_ {
    let first = carried.partition_point(|c| c.range.end <= range.start);
    carried[first..].iter().take_while(move |c| c.range.start < range.end)
}

/// Where navigation stops in a version: the indexes of its pieces with
/// words that no other version carries (`shared` false: the differences)
/// or that another version carries too (`shared` true).
pub fn stops(pieces: &[Piece], version: &Version, shared: bool) -> Vec<usize> {
    let words = |p: &Piece| has_words(slice(version, p.range));
    (0..pieces.len()).filter(|&i| pieces[i].by.is_empty() != shared && words(&pieces[i])).collect()
}

/// True when no other version carries any of `version`.
pub fn shares_nothing(version: &Version) -> bool {
    version.carried.iter().all(|c| c.by.is_empty())
}

/// For each sentence of `version`, the other versions that carry part of it
/// (ascending); empty for a sentence no other version has any phrase of.
pub fn sentence_carriers(version: &Version) -> Vec<Vec<usize>> {
    let carried: Vec<ByteRange> = version.carried.iter().map(|c| c.range).collect();
    version
        .sentences
        .iter()
        .map(|&s| {
            let first = carried.partition_point(|c| c.end <= s.start);
            let over = version.carried[first..].iter().take_while(|c| c.range.start < s.end).filter(|c| c.range.overlaps(s));
            let mut by: Vec<usize> = over.flat_map(|c| c.by.iter().copied()).collect();
            by.sort_unstable();
            by.dedup();
            by
        })
        .collect()
}

/// The phrases the most versions carry, and how many versions that is:
/// every version, when some phrase is in all of them. None when no two
/// versions share a phrase.
pub fn most_carried(c: &Collation) -> (usize, Vec<usize>) {
    // The engine lists the phrases carried by most versions first.
    let most = c.phrases.first().map_or(0, |p| p.carriers().len());
    (most, (0..c.phrases.len()).take_while(|&p| c.phrases[p].carriers().len() == most).collect())
}

/// A sentence of one version, by its index in that version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct SentenceOf {
    /// The version.
    pub version: usize,
    /// The sentence's index in it.
    pub sentence: usize,
}

/// What version `v` leaves out: the sentences of the other versions that
/// at least two versions carry part of, `v` none of (a sentence only one
/// version has is that version's own, not one `v` left out). In the
/// versions' order, each version's in text order.
pub fn left_out(c: &Collation, v: usize) -> Vec<SentenceOf> {
    let mut out = Vec::new();
    for (o, version) in c.versions.iter().enumerate().filter(|&(o, _)| o != v) {
        let carriers = sentence_carriers(version);
        let missing = carriers.iter().enumerate().filter(|(_, by)| !by.is_empty() && !by.contains(&v));
        out.extend(missing.map(|(sentence, _)| SentenceOf { version: o, sentence }));
    }
    out
}

/// The index of the sentence of `version` that holds byte `at`.
fn sentence_at(version: &Version, at: usize) -> usize {
    version.sentences.partition_point(|s| s.end <= at).min(version.sentences.len().saturating_sub(1))
}

/// A phrase found in more sentences than this (on one side, times the
/// other) tells little about which of them correspond ("Wang Yi"): it is
/// left out of the weighing.
const MAX_SENTENCE_PAIRS: usize = 64;

/// One row of the versions in aligned rows: for each version, its
/// sentences on the row (ascending; empty where it has none there).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VersionRow {
    /// Per version, the indexes of its sentences on this row.
    pub sentences: Vec<Vec<usize>>,
}

/// The versions in aligned rows around version `v`: a row for each of its
/// sentences, holding the sentences of each other version that share the
/// most phrasing with it (each phrase weighed by its words, shared out over
/// the sentences it is in); the other versions' sentences that share no
/// phrase with `v` have rows of their own, after the row of the sentence
/// that comes before them in their version (all at the end, for a version
/// that shares nothing with `v`).
pub fn rows_around(c: &Collation, v: usize) -> Vec<VersionRow> {
    let n = c.versions.len();
    let mine = c.versions[v].sentences.len();
    // Per other version, per sentence: the sentence of `v` it goes with.
    let mut with: Vec<Vec<Option<usize>>> = c.versions.iter().map(|o| vec![None; o.sentences.len()]).collect();
    for o in (0..n).filter(|&o| o != v) {
        // (sentence of `v`, sentence of `o`, weight), summed once sorted.
        let mut weights: Vec<(usize, usize, f64)> = Vec::new();
        for p in &c.phrases {
            let in_sentences = |version: usize| {
                let mut s: Vec<usize> = p.occurrences[version].iter().map(|r| sentence_at(&c.versions[version], r.start)).collect();
                s.dedup();
                s
            };
            let (here, there) = (in_sentences(v), in_sentences(o));
            let pairs = here.len() * there.len();
            if pairs == 0 || pairs > MAX_SENTENCE_PAIRS {
                continue;
            }
            let weight = p.words as f64 / pairs as f64;
            weights.extend(here.iter().flat_map(|&k| there.iter().map(move |&t| (k, t, weight))));
        }
        weights.sort_by_key(|&(k, t, _)| (t, k));
        let mut best: Vec<Option<(f64, usize)>> = vec![None; with[o].len()];
        for same in weights.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
            let (k, t) = (same[0].0, same[0].1);
            let w: f64 = same.iter().map(|x| x.2).sum();
            // The heaviest; of equals, the first sentence (they come in order).
            if best[t].is_none_or(|(bw, _)| w > bw) {
                best[t] = Some((w, k));
            }
        }
        with[o] = best.into_iter().map(|b| b.map(|(_, k)| k)).collect();
    }
    // Each base row `k` is followed by the rows of sentences placed after it;
    // slot 0 is before the first. A version that shares no phrase with `v`
    // at all goes after the last.
    let empty = || VersionRow { sentences: vec![Vec::new(); n] };
    let mut base: Vec<VersionRow> = (0..mine)
        .map(|k| {
            let mut row = empty();
            row.sentences[v].push(k);
            row
        })
        .collect();
    let mut after: Vec<VersionRow> = (0..=mine).map(|_| empty()).collect();
    for o in (0..n).filter(|&o| o != v) {
        let mut slot = if with[o].iter().all(Option::is_none) { mine } else { 0 };
        for (t, k) in with[o].iter().enumerate() {
            match *k {
                Some(k) => {
                    base[k].sentences[o].push(t);
                    slot = k + 1;
                }
                None => after[slot].sentences[o].push(t),
            }
        }
    }
    let has_any = |r: &VersionRow| r.sentences.iter().any(|s| !s.is_empty());
    let mut after = after.into_iter();
    let mut rows: Vec<VersionRow> = after.next().into_iter().filter(has_any).collect();
    for (row, extra) in base.into_iter().zip(after) {
        rows.push(row);
        rows.extend(Some(extra).filter(has_any));
    }
    rows
}

/// The ranges of `ranges` (in text order, not overlapping one another) that
/// overlap `range`: found by binary search, so long texts cost no more per
/// stretch than short ones.
fn overlapping(ranges: &[ByteRange], range: ByteRange) -> impl Iterator<Item = &ByteRange> + '_ {
    let first = ranges.partition_point(|r| r.end <= range.start);
    ranges[first..].iter().take_while(move |r| r.start < range.end).filter(move |r| r.overlaps(range))
}

/// How the table of phrases is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PhraseOrder {
    /// Carried by most versions first, then longest (the engine's order).
    #[default]
    Carriers,
    /// Longest first, then carried by most.
    Length,
}

/// The indexes of the collation's phrases in `order`.
pub fn phrase_order(c: &Collation, order: PhraseOrder) -> Vec<usize> {
    let mut out: Vec<usize> = (0..c.phrases.len()).collect();
    if order == PhraseOrder::Length {
        // Stable: phrases of one length keep the engine's order (most carriers first).
        out.sort_by_key(|&p| std::cmp::Reverse(c.phrases[p].words));
    }
    out
}

/// "Also in A and B" / "Only in this version": who else carries a stretch.
pub fn carried_by(by: &[usize], names: &[impl AsRef<str>]) -> String {
    match by {
        [] => "Only in this version".to_owned(),
        _ => format!("Also in {}", list(by.iter().map(|&v| names[v].as_ref()))),
    }
}

/// "A", "A and B", "A, B and C".
pub fn list<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    let names: Vec<&str> = names.into_iter().collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::collate::compare_many;
    use crate::engine::Options;

    const A: &str = "The Russian side highly praised the measures being taken by China. They discussed cooperation in that field.";
    const B: &str = "The Russian side praised the measures being taken by China.";
    const C: &str = "The Russian side gave a high appraisal. Nothing else was said here at all.";

    #[test]
    fn levels_count_the_places_at_each_level() {
        let c = compare_many(&[A, B, C], &Options::default());
        let levels = heat_levels(&c.versions[0], 3);
        assert_eq!(levels.iter().map(|l| l.others).collect::<Vec<_>>(), vec![2, 1, 0]);
        // "The Russian side" is in both others; "praised the measures … China" in B only.
        assert_eq!(levels[0].places, 1);
        assert_eq!(levels[1].places, 1);
        // "highly", and the second sentence, A's alone; not the full stop between them.
        assert_eq!(levels[2].places, 2);
        assert!((90..=101).contains(&levels.iter().map(|l| l.percent).sum::<usize>()));
    }

    #[test]
    fn pieces_tile_the_text_cut_at_sentences_and_navigation_stops_on_words() {
        let c = compare_many(&[A, B, C], &Options::default());
        let a = &c.versions[0];
        let pieces = pieces(a);
        assert_eq!(pieces.iter().map(|p| slice(a, p.range)).collect::<String>(), A);
        assert!(pieces.iter().all(|p| a.sentences.iter().any(|s| s.start <= p.range.start && p.range.end <= s.end)));
        let texts = |shared| stops(&pieces, a, shared).into_iter().map(|i| slice(a, pieces[i].range).trim()).collect::<Vec<_>>();
        assert_eq!(texts(false), ["highly", "They discussed cooperation in that field."]);
        assert_eq!(texts(true), ["The Russian side", "praised the measures being taken by China"]);
        assert!(!shares_nothing(&c.versions[2]));
        let alone = compare_many(&[A, B, "Entirely different words here."], &Options::default());
        assert!(shares_nothing(&alone.versions[2]));
    }

    /// Two renderings of two sentences, and a third that drops the second.
    const TWO: [&str; 3] = [
        "The Russian side praised the measures taken by China. They discussed cooperation in that field.",
        "The Russian side praised the measures that China takes. They discussed cooperation in this field.",
        "The Russian side gave a high appraisal.",
    ];

    #[test]
    fn a_version_leaves_out_the_sentences_two_others_share() {
        let c = compare_many(&TWO, &Options::default());
        let at = |v: usize, s: usize| SentenceOf { version: v, sentence: s };
        assert_eq!(left_out(&c, 2), [at(0, 1), at(1, 1)]);
        assert_eq!(left_out(&c, 0), [], "the first carries part of every sentence the others share");
        // A sentence only one version has is its own, not left out by the others.
        let c = compare_many(&[A, B, C], &Options::default());
        assert!(left_out(&c, 1).is_empty(), "{:?}", left_out(&c, 1));
    }

    #[test]
    fn the_most_carried_phrases_are_those_in_every_version_when_there_are_any() {
        let c = compare_many(&TWO, &Options::default());
        let (most, phrases) = most_carried(&c);
        assert_eq!(most, 3);
        assert_eq!(phrases.iter().map(|&p| c.phrases[p].text.as_str()).collect::<Vec<_>>(), ["Russian side"], "a phrase runs from its first meaningful word");
        let none = compare_many(&["One text here.", "Another one there.", "A third."], &Options::default());
        assert_eq!(most_carried(&none), (0, vec![]));
    }

    #[test]
    fn rows_around_a_version_hold_the_sentences_that_share_its_phrasing() {
        let c = compare_many(&TWO, &Options::default());
        let rows = |v| rows_around(&c, v).into_iter().map(|r| r.sentences).collect::<Vec<_>>();
        assert_eq!(rows(0), [vec![vec![0], vec![0], vec![0]], vec![vec![1], vec![1], vec![]]]);
        // Around the one that dropped the second sentence, the others' second
        // sentences have a row of their own, after the first.
        assert_eq!(rows(2), [vec![vec![0], vec![0], vec![0]], vec![vec![1], vec![1], vec![]]]);
        // A version that shares nothing with the one read comes last.
        let apart = compare_many(&[TWO[0], TWO[1], "Nothing in common here. Nor here."], &Options::default());
        let rows = rows_around(&apart, 0).into_iter().map(|r| r.sentences).collect::<Vec<_>>();
        assert_eq!(rows.last(), Some(&vec![vec![], vec![], vec![0, 1]]), "{rows:?}");
        assert_eq!(rows.len(), 3);
        for v in 0..3 {
            let mut seen: Vec<Vec<usize>> = vec![Vec::new(); 3];
            for row in rows_around(&c, v) {
                for (o, s) in row.sentences.into_iter().enumerate() {
                    seen[o].extend(s);
                }
            }
            for (o, s) in seen.iter_mut().enumerate() {
                s.sort();
                assert_eq!(*s, (0..c.versions[o].sentences.len()).collect::<Vec<_>>(), "every sentence once, around {v}");
            }
        }
    }

    #[test]
    fn sentences_name_the_versions_that_carry_part_of_them() {
        let c = compare_many(&[A, B, C], &Options::default());
        let by = sentence_carriers(&c.versions[0]);
        assert_eq!(by.len(), 2);
        assert_eq!(by[0], vec![1, 2]);
        assert!(by[1].is_empty());
    }

    #[test]
    fn phrases_sort_by_carriers_or_by_length() {
        let c = compare_many(&[A, B, C], &Options::default());
        let by_carriers = phrase_order(&c, PhraseOrder::Carriers);
        assert_eq!(c.phrases[by_carriers[0]].carriers().len(), 3);
        let by_length = phrase_order(&c, PhraseOrder::Length);
        let words: Vec<usize> = by_length.iter().map(|&p| c.phrases[p].words).collect();
        assert!(words.windows(2).all(|w| w[0] >= w[1]), "{words:?}");
        assert!(words[0] > c.phrases[by_carriers[0]].words, "a longer phrase of two versions leads");
    }

    #[test]
    fn carriers_are_named_in_plain_words() {
        let names = ["China", "TASS", "Sputnik"];
        assert_eq!(carried_by(&[], &names), "Only in this version");
        assert_eq!(carried_by(&[1], &names), "Also in TASS");
        assert_eq!(carried_by(&[0, 1, 2], &names), "Also in China, TASS and Sputnik");
    }
}

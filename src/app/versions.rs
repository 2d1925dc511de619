//! What the versions view reads off a [`Collation`]: the heat levels of one
//! version with their counts, what only that version says, which other
//! versions carry each of its sentences, and the phrase table's order.
//! Plain functions of the engine's result, so the view stays a rendering of
//! them and the CLI's report shows the same.

use std::fmt;
use std::rc::Rc;

use crate::engine::collate::{Collation, Version};
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
    /// How many passages (parts of a sentence, with words) are at this level.
    pub passages: usize,
    /// Their share of the version's text, in whole percent of its bytes.
    pub percent: usize,
}

/// The heat legend of `version` in a collation of `versions` texts: one
/// level per possible count of other versions, from all of them down to none.
pub fn heat_levels(version: &Version, versions: usize) -> Vec<HeatLevel> {
    let total = version.text.len().max(1);
    (0..versions)
        .rev()
        .map(|others| {
            let at_level = version.carried.iter().filter(|c| c.by.len() == others);
            let bytes: usize = at_level.clone().map(|c| c.range.len()).sum();
            let passages = at_level.map(|c| passages(version, c.range).count()).sum();
            HeatLevel { others, passages, percent: (100 * bytes + total / 2) / total }
        })
        .collect()
}

/// The text of `range` in `version`.
pub fn slice(version: &Version, range: ByteRange) -> &str {
    &version.text[range.start..range.end]
}

/// What only `version` says: its stretches that no other version carries,
/// as passages (see [`heat_levels`]), in text order.
pub fn only_here(version: &Version) -> Vec<ByteRange> {
    version.carried.iter().filter(|c| c.by.is_empty()).flat_map(|c| passages(version, c.range)).collect()
}

/// The passages of a stretch: its parts in each sentence, trimmed of the
/// spaces around them, those with words.
fn passages(version: &Version, range: ByteRange) -> impl Iterator<Item = ByteRange> + '_ {
    let in_sentences = overlapping(&version.sentences, range);
    in_sentences.filter_map(move |s| {
        let r = ByteRange::new(s.start.max(range.start), s.end.min(range.end));
        let text = slice(version, r);
        let start = r.start + (text.len() - text.trim_start().len());
        let end = r.end - (text.len() - text.trim_end().len());
        (start < end && has_words(&version.text[start..end])).then(|| ByteRange::new(start, end))
    })
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
    fn levels_count_the_passages_at_each_level() {
        let c = compare_many(&[A, B, C], &Options::default());
        let levels = heat_levels(&c.versions[0], 3);
        assert_eq!(levels.iter().map(|l| l.others).collect::<Vec<_>>(), vec![2, 1, 0]);
        // "The Russian side" is in both others; "praised the measures … China" in B only.
        assert_eq!(levels[0].passages, 1);
        assert!(levels[1].passages >= 1);
        assert!(levels[2].passages >= 1, "the second sentence is A's alone");
        assert!((90..=101).contains(&levels.iter().map(|l| l.percent).sum::<usize>()));
    }

    #[test]
    fn only_here_lists_the_words_no_other_version_has() {
        let c = compare_many(&[A, B, C], &Options::default());
        let only: Vec<&str> = only_here(&c.versions[0]).into_iter().map(|r| slice(&c.versions[0], r)).collect();
        assert!(only.iter().any(|s| s.contains("cooperation")), "{only:?}");
        assert!(only.iter().all(|s| s.trim() == *s && !s.contains("Russian side")), "{only:?}");
        let only_c: Vec<&str> = only_here(&c.versions[2]).into_iter().map(|r| slice(&c.versions[2], r)).collect();
        assert!(only_c.contains(&"Nothing else was said here at all."), "cut at the sentence: {only_c:?}");
        assert!(!shares_nothing(&c.versions[2]));
        let alone = compare_many(&[A, B, "Entirely different words here."], &Options::default());
        assert!(shares_nothing(&alone.versions[2]));
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

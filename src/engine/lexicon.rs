//! Paraphrase: which English words say the same thing in other words, as
//! sentence pairing ([`super::likeness`]) weighs it: "talks" and
//! "negotiations", "envoy" and "representative", "stress" and "underline".
//! Weaker evidence than the same word, but evidence.
//!
//! The table is data/paraphrases.txt, made by scripts/lexicon.py from
//! Princeton WordNet 3.0 (synonyms, derivations and specific hypernyms of
//! common words; WordNet 3.0 licence, data/WORDNET-LICENSE): one group of
//! words per line. Natively the engine carries it; in the browser the worker
//! fetches it when it first compares and [`install`]s it, so the page's wasm
//! does not carry it. Without it, sentences pair by their own words only.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;

/// The table's file name, beside the widget's other files.
pub const FILE: &str = "paraphrases.txt";

/// Words grouped by what they mean, keyed by their English Snowball stem
/// (the form the engine compares English words by).
#[derive(Debug, Default)]
pub struct Lexicon {
    groups: FxHashMap<String, Vec<u32>>,
}

impl Lexicon {
    /// Reads a table: one group of words per line, separated by spaces;
    /// `#` lines are comments.
    pub fn parse(text: &str) -> Lexicon {
        let stemmer = Stemmer::create(Algorithm::English);
        // Each distinct word is stemmed once, each stem's list made once.
        let mut list_of: FxHashMap<&str, usize> = FxHashMap::default();
        let mut by_stem: FxHashMap<String, usize> = FxHashMap::default();
        let mut lists: Vec<Vec<u32>> = Vec::new();
        let lines = text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        for (g, line) in lines.enumerate() {
            let g = g as u32;
            // The file's words are split by single spaces.
            for word in line.split(' ').filter(|w| !w.is_empty()) {
                let k = *list_of.entry(word).or_insert_with(|| {
                    *by_stem.entry(stemmer.stem(word).into_owned()).or_insert_with(|| {
                        lists.push(Vec::new());
                        lists.len() - 1
                    })
                });
                if lists[k].last() != Some(&g) {
                    lists[k].push(g);
                }
            }
        }
        let groups = by_stem.into_iter().map(|(stem, k)| (stem, std::mem::take(&mut lists[k]))).collect();
        Lexicon { groups }
    }

    /// The groups a stem is in, ascending (empty for a word not in the table).
    pub fn groups(&self, stem: &str) -> &[u32] {
        self.groups.get(stem).map_or(&[], Vec::as_slice)
    }

    /// True when two stems paraphrase each other (share a group).
    pub fn related(&self, a: &str, b: &str) -> bool {
        let (x, y) = (self.groups(a), self.groups(b));
        let (mut i, mut j) = (0, 0);
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }

    /// How many stems the table knows.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    /// True when the table knows no word.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }
}

static TABLE: OnceLock<Lexicon> = OnceLock::new();

/// Makes `text` (the table's file) the table comparisons use from now on.
/// The first table installed stays.
pub fn install(text: &str) {
    let _ = TABLE.set(Lexicon::parse(text));
}

/// The table comparisons use: natively the one the engine carries; in the
/// browser the one [`install`]ed, if any yet.
pub fn current() -> Option<&'static Lexicon> {
    #[cfg(not(target_arch = "wasm32"))]
    return Some(TABLE.get_or_init(|| Lexicon::parse(include_str!("../../data/paraphrases.txt"))));
    #[cfg(target_arch = "wasm32")]
    return TABLE.get();
}

/// The stem the table knows a word by: its English Snowball stem, lower case.
pub fn stem(stemmer: &Stemmer, word: &str) -> String {
    stemmer.stem(&word.to_lowercase()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(words: &[&str]) -> Vec<String> {
        let s = Stemmer::create(Algorithm::English);
        words.iter().map(|w| stem(&s, w)).collect()
    }

    #[test]
    fn groups_relate_their_words_in_any_inflection() {
        let table = Lexicon::parse("# a comment\ntalks negotiation dialogue\nenvoy emissary\nenvoy representative\n");
        let s = stems(&["negotiations", "talks", "envoys", "representatives", "emissary", "dialogue"]);
        assert!(table.related(&s[0], &s[1]));
        assert!(table.related(&s[2], &s[3]) && table.related(&s[2], &s[4]));
        // Related to a common word is not related to each other.
        assert!(!table.related(&s[3], &s[4]));
        assert!(!table.related(&s[0], &s[2]));
        assert!(!table.related(&s[0], "unknown"));
        assert_eq!(table.len(), 6);
    }

    #[test]
    fn the_carried_table_knows_the_register() {
        let table = current().expect("native builds carry the table");
        assert!(table.len() > 10_000, "{} stems", table.len());
        let pairs = [
            ("talks", "negotiations"),
            ("envoys", "representatives"),
            ("stressed", "underlined"),
            ("strengthen", "reinforce"),
            ("cooperation", "collaboration"),
            ("agreed", "consented"),
            ("instructed", "ordered"),
            ("requested", "asked"),
        ];
        for (a, b) in pairs {
            let s = stems(&[a, b]);
            assert!(table.related(&s[0], &s[1]), "{a} / {b}");
        }
        for (a, b) in [("talks", "weapons"), ("envoys", "economy"), ("agreed", "attacked")] {
            let s = stems(&[a, b]);
            assert!(!table.related(&s[0], &s[1]), "{a} / {b}");
        }
    }
}

//! Acronyms and the names they stand for: one statement writes "the AfCFTA
//! Secretariat", the other "the African Continental Free Trade Area
//! Secretariat". A reader takes the two for one name, and so does pairing:
//! the words that spell an acronym out are that acronym's one word.
//!
//! Hand-written: the matching is the reader's rule (each capitalized word
//! gives the acronym its next letter, a small function word gives its own or
//! none), which no crate provides.

use rustc_hash::FxHashMap;

use super::side::Prepared;

/// Most capitals an acronym has: longer runs of capitals are words in
/// capitals, not acronyms.
const MAX_LETTERS: usize = 10;

/// Most acronyms of a side that the other side's names are read against:
/// a statement uses a few; a text in capitals has no acronym to speak of.
const MAX_ACRONYMS: usize = 64;

/// Fewest capitals an acronym has: two ("EU", "UN") are more often a
/// party's name or a word in capitals than an acronym spelled out nearby.
const MIN_LETTERS: usize = 3;

/// The capitals an acronym is known by, if `word` is one: at least three
/// capital letters and more capitals than small ones ("AfCFTA" → "ACFTA",
/// "UNCLOS", "ОДКБ").
pub fn key(word: &str) -> Option<String> {
    let capitals: String = word.chars().filter(|c| c.is_uppercase()).collect();
    let small = word.chars().filter(|c| c.is_lowercase()).count();
    let letters_only = word.chars().all(char::is_alphabetic);
    let n = capitals.chars().count();
    (letters_only && (MIN_LETTERS..=MAX_LETTERS).contains(&n) && n > small).then_some(capitals)
}

/// A word as an acronym reads it: the capital its first letter gives (none
/// when that letter has no one-letter capital), whether it is capitalized,
/// and whether it is a small function word.
#[derive(Clone, Copy)]
struct Initial {
    capital: Option<char>,
    capitalized: bool,
    function: bool,
}

impl Initial {
    fn of(word: &str, function: bool) -> Initial {
        let first = word.chars().next();
        Initial { capital: first.and_then(capital), capitalized: first.is_some_and(char::is_uppercase), function }
    }
}

/// The one capital letter `c` is written as, if it has one.
fn capital(c: char) -> Option<char> {
    let mut upper = c.to_uppercase();
    upper.next().filter(|_| upper.next().is_none())
}

/// The words (as a half-open range of indices into `words`, each a word
/// and whether it is a function word) that spell out the acronym whose
/// capitals are `key`: a run that begins and ends with a capitalized word,
/// whose capitalized words give the key's letters in order, and whose small
/// function words each give their own letter or none ("United Nations
/// Convention on the Law of the Sea" → "UNCLOS").
#[cfg(test)]
fn spelled_out(words: &[(&str, bool)], key: &str) -> Option<(usize, usize)> {
    let initials: Vec<Initial> = words.iter().map(|&(w, function)| Initial::of(w, function)).collect();
    let key = capitals(key);
    (0..words.len()).find_map(|start| spelled_from(&initials, start, &key).map(|len| (start, start + len)))
}

/// The capitals of an acronym's key, each as [`Initial::capital`] reads a letter.
fn capitals(key: &str) -> Vec<Option<char>> {
    key.chars().map(capital).collect()
}

/// How many words from `start` on spell out `key`, if they do (beginning on
/// a capitalized word).
fn spelled_from(words: &[Initial], start: usize, key: &[Option<char>]) -> Option<usize> {
    words[start].capitalized.then(|| spell(key, &words[start..])).flatten()
}

/// Most words that give an acronym one letter: its own capitalized word,
/// and the small function words before it ("on the Law").
const WORDS_PER_LETTER: usize = 3;

/// How many words, from the first of `words` on, spell out `key` (ending on
/// a capitalized word), if they do.
fn spell(key: &[Option<char>], words: &[Initial]) -> Option<usize> {
    let words = &words[..words.len().min(key.len() * WORDS_PER_LETTER)];
    // What each (letters spelled, words read) leads to, worked out once: a
    // run of small words could otherwise be tried in every combination.
    let mut memo: Memo = [[0; MAX_LETTERS * WORDS_PER_LETTER + 1]; MAX_LETTERS + 1];
    spell_at(key, words, 0, 0, &mut memo)
}

/// [`spell`] from letter `k` and word `w` on; `memo` holds 0 for not yet
/// known, 1 for no, and 2 + n for n words.
fn spell_at(key: &[Option<char>], words: &[Initial], k: usize, w: usize, memo: &mut Memo) -> Option<usize> {
    match memo[k][w] {
        0 => {}
        1 => return None,
        n => return Some(usize::from(n) - 2),
    }
    let found = spell_step(key, words, k, w, memo);
    memo[k][w] = found.map_or(1, |n| u8::try_from(n + 2).unwrap_or(u8::MAX));
    found
}

/// What [`spell`] has worked out, per letter and word ([`spell_at`]).
type Memo = [[u8; MAX_LETTERS * WORDS_PER_LETTER + 1]; MAX_LETTERS + 1];

/// One step of [`spell`]: the word at `w` gives letter `k` (a capitalized
/// word must), or, a small function word, its own letter or none.
fn spell_step(key: &[Option<char>], words: &[Initial], k: usize, w: usize, memo: &mut Memo) -> Option<usize> {
    let (&letter, &word) = (key.get(k)?, words.get(w)?);
    let gives = word.capital.is_some() && word.capital == letter;
    if word.capitalized {
        if !gives {
            return None;
        }
        if k + 1 == key.len() {
            return Some(1);
        }
        return spell_at(key, words, k + 1, w + 1, memo).map(|n| n + 1);
    }
    // A small function word inside the name ("on", "the", "of").
    if !word.function {
        return None;
    }
    let own = if gives { spell_at(key, words, k + 1, w + 1, memo) } else { None };
    own.or_else(|| spell_at(key, words, k, w + 1, memo)).map(|n| n + 1)
}

/// The acronyms a side uses, by their capitals, each with its word's
/// normalized id.
pub fn used(p: &Prepared) -> FxHashMap<String, u32> {
    let mut found = FxHashMap::default();
    for sentence in &p.segments {
        if found.len() >= MAX_ACRONYMS {
            break;
        }
        let words: Vec<usize> = sentence.clone().filter(|&i| p.units[i].word).collect();
        // (In a line written in capitals every word looks like one.)
        if words.iter().any(|&i| surface(p, i).chars().any(char::is_lowercase)) {
            for &i in &words {
                if let Some(key) = key(surface(p, i)) {
                    found.entry(key).or_insert(p.units[i].id);
                }
            }
        }
    }
    found
}

/// The text of unit `i` of a side, as written.
fn surface<'t>(p: &Prepared<'t>, i: usize) -> &'t str {
    let token = &p.tokens[p.units[i].token];
    &p.text[token.start..token.end]
}

/// Per unit of a side that is a word of a name the other side writes as an
/// acronym (`theirs`, from [`used`]): the acronym's id, and whether the
/// unit is the name's first word (which stands for the whole name).
pub fn spelled(p: &Prepared, theirs: &FxHashMap<String, u32>) -> FxHashMap<usize, (u32, bool)> {
    // Each acronym by its first letter, so that a word is tried against
    // those it may begin.
    let mut by_initial: FxHashMap<char, Vec<(Vec<Option<char>>, u32)>> = FxHashMap::default();
    for (key, &id) in theirs {
        by_initial.entry(key.chars().next().unwrap_or(' ')).or_default().push((capitals(key), id));
    }
    by_initial.values_mut().for_each(|keys| keys.sort_unstable());
    let mut marked = FxHashMap::default();
    if by_initial.is_empty() {
        return marked;
    }
    for sentence in &p.segments {
        let indices: Vec<usize> = sentence.clone().filter(|&i| p.units[i].word).collect();
        let words: Vec<Initial> = indices.iter().map(|&i| Initial::of(surface(p, i), p.units[i].stop)).collect();
        for start in 0..words.len() {
            // (A word whose first letter has no one-letter capital spells out no acronym.)
            let Some(initial) = words[start].capital else { continue };
            for (key, id) in by_initial.get(&initial).into_iter().flatten() {
                let Some(len) = spelled_from(&words, start, key) else { continue };
                let run = &indices[start..start + len];
                if run.iter().all(|i| !marked.contains_key(i)) {
                    for (n, &i) in run.iter().enumerate() {
                        marked.insert(i, (*id, n == 0));
                    }
                }
            }
        }
    }
    marked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words<'a>(text: &'a str, function: &[&str]) -> Vec<(&'a str, bool)> {
        text.split(' ').map(|w| (w, function.contains(&w))).collect()
    }

    #[test]
    fn an_acronym_is_known_by_its_capitals() {
        assert_eq!(key("AfCFTA").as_deref(), Some("ACFTA"));
        assert_eq!(key("UNCLOS").as_deref(), Some("UNCLOS"));
        assert_eq!(key("ОДКБ").as_deref(), Some("ОДКБ"));
        assert_eq!(key("EU"), None, "two letters");
        assert_eq!(key("Minister"), None);
        assert_eq!(key("G20"), None, "a figure in it");
    }

    #[test]
    fn a_name_spells_out_its_acronym_with_or_without_its_small_words() {
        let f = ["the", "of", "on", "host", "a"];
        let w = words("the host of the African Continental Free Trade Area Secretariat", &f);
        assert_eq!(spelled_out(&w, "ACFTA"), Some((4, 9)));
        let w = words("under the United Nations Convention on the Law of the Sea", &f);
        assert_eq!(spelled_out(&w, "UNCLOS"), Some((2, 11)));
        // A word not in the name breaks it, and a name ends on a capitalized word.
        assert_eq!(spelled_out(&words("African trade Continental Free Trade Area", &f), "ACFTA"), None);
        assert_eq!(spelled_out(&words("Asian Nations of", &f), "ANO"), None);
    }

    #[test]
    fn a_long_run_of_small_words_is_read_once() {
        // Every "of" may give an "O" or none: read in every combination,
        // this would not end.
        let text = format!("Of {}Xylophone", "of ".repeat(400));
        let w = words(&text, &["of"]);
        assert_eq!(spelled_out(&w, "OOOOOOOOOX"), None);
        let w = words("Organisation of of Oil of Xanadu", &["of"]);
        assert_eq!(spelled_out(&w, "OOOX"), Some((0, 6)));
    }
}

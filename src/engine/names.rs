//! Who is who: the person names a statement introduces together with the
//! party they speak for ("Russian Foreign Minister Sergei Lavrov",
//! "President Vladimir Putin of Russia"), learned from both statements so
//! that a later "Lavrov said" is known to speak for Russia.

use rustc_hash::FxHashMap;

use super::concepts::{listed, party_at, PERSON_TITLES, TITLE_WORDS};
use super::model::ByteRange;
use super::tokens::{Token, TokenKind};

/// Whom person names stand for: learned from both statements, where a name
/// follows a party and a title ("Russian Foreign Minister Sergei Lavrov") or
/// precedes "of" and a party ("President Vladimir Putin of Russia").
#[derive(Default, Debug)]
pub struct Names {
    party: FxHashMap<String, Option<&'static str>>,
}

/// A word as written, with its byte range; punctuation tokens carry `word: false`.
#[derive(Clone, Copy)]
pub(super) struct Item<'t> {
    pub(super) text: &'t str,
    pub(super) range: ByteRange,
    pub(super) word: bool,
}

pub(super) fn items<'t>(text: &'t str, tokens: &[Token]) -> Vec<Item<'t>> {
    tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Space)
        .map(|t| Item { text: &text[t.start..t.end], range: ByteRange::new(t.start, t.end), word: t.kind == TokenKind::Word })
        .collect()
}

/// The key a name is learned and looked up by: lower case, without "'s".
fn name_key(word: &str) -> String {
    let lower = word.to_lowercase().replace('’', "'");
    lower.strip_suffix("'s").map(str::to_owned).unwrap_or(lower)
}

/// A word that can be part of a person's name: capitalized, not a title,
/// not a party.
fn is_name_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
        && !listed(PERSON_TITLES, word)
        && !listed(TITLE_WORDS, word)
        && party_at(&[word]).is_none()
}

fn is_title(word: &str) -> bool {
    listed(PERSON_TITLES, word) || listed(TITLE_WORDS, word)
}

impl Names {
    /// Learns names from one statement (call once per side). Only within a
    /// run of words (punctuation ends a name), and only next to a person's
    /// title, so "the UN Security Council" names nobody.
    pub fn learn(&mut self, text: &str, tokens: &[Token]) {
        let ends_run = |t: &Token| match t.kind {
            TokenKind::Word => false,
            TokenKind::Space => text[t.start..t.end].contains('\n'),
            TokenKind::Punct => !matches!(&text[t.start..t.end], "'" | "’"),
        };
        for run in tokens.split(ends_run) {
            let words: Vec<&str> = run.iter().filter(|t| t.kind == TokenKind::Word).map(|t| &text[t.start..t.end]).collect();
            self.learn_run(&words);
        }
        self.learn_appositions(&items(text, tokens));
    }

    /// "Wang Yi, State Councillor and Foreign Minister of the People's
    /// Republic of China": a name, a comma, a title and a party.
    fn learn_appositions(&mut self, items: &[Item]) {
        let words_at = |k: usize| items[k..].iter().take_while(|i| i.word).map(|i| i.text).collect::<Vec<_>>();
        for k in 0..items.len() {
            if !items[k].word {
                continue;
            }
            let Some((party, _)) = party_at(&words_at(k)) else { continue };
            let mut j = k;
            let mut titled = false;
            while j > 0 && items[j - 1].word && is_title(items[j - 1].text) {
                titled |= listed(PERSON_TITLES, items[j - 1].text);
                j -= 1;
            }
            if !titled || j < 2 || items[j - 1].text != "," {
                continue;
            }
            let mut m = j - 1;
            let mut found = Vec::new();
            while m > 0 && found.len() < 3 && items[m - 1].word && is_name_word(items[m - 1].text) {
                m -= 1;
                found.push(items[m].text);
            }
            for w in found {
                self.add(name_key(w), party);
            }
        }
    }

    fn learn_run(&mut self, words: &[&str]) {
        let titled = |range: &[&str]| range.iter().any(|w| listed(PERSON_TITLES, w));
        let mut i = 0;
        while i < words.len() {
            let Some((party, n)) = party_at(&words[i..]) else {
                i += 1;
                continue;
            };
            // [Title of] Party [Titles] Name Name.
            let mut j = i + n;
            while j < words.len() && is_title(words[j]) {
                j += 1;
            }
            let before = &words[i.saturating_sub(4)..i];
            let title_before = before.last().is_some_and(|w| is_title(w)) && titled(before);
            let mut found: Vec<&str> = Vec::new();
            if titled(&words[i + n..j]) || title_before {
                found.extend(words[j..].iter().take(3).take_while(|w| is_name_word(w)));
            }
            // Title Name Name of Party.
            if i >= 2 && words[i - 1] == "of" {
                let mut k = i - 1;
                let mut backward = Vec::new();
                while k > 0 && backward.len() < 3 && is_name_word(words[k - 1]) {
                    k -= 1;
                    backward.push(words[k]);
                }
                if k > 0 && listed(PERSON_TITLES, words[k - 1]) {
                    found.extend(backward);
                }
            }
            for w in found {
                self.add(name_key(w), party);
            }
            i += n;
        }
    }

    fn add(&mut self, key: String, party: &'static str) {
        let entry = self.party.entry(key).or_insert(Some(party));
        if *entry != Some(party) {
            *entry = None; // the same name for two parties: unknown
        }
    }

    /// The party a name word stands for, if it was introduced with one.
    pub(super) fn party_of(&self, word: &str) -> Option<&'static str> {
        self.party.get(&name_key(word)).copied().flatten()
    }
}

//! Translation: which Russian or Chinese words say what an English word
//! says, as sentence pairing ([`super::likeness`]) weighs it when one
//! statement is in English and the other is not: "сотрудничество" and
//! "合作" are "cooperation". Evidence that two sentences say the same thing
//! across languages, where they can share no word.
//!
//! The tables are data/translations-ru.txt (V. K. Mueller's
//! English-Russian Dictionary, GNU GPL 2 or later) and
//! data/translations-zh.txt (CC-CEDICT, CC BY-SA 4.0), made by
//! scripts/translations-data.py: one English word per line, then its
//! translations. Natively the engine carries them; in the browser the worker
//! fetches the one a comparison needs and [`install`]s it, so no page or
//! same-language comparison pays for them.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;

use super::options::Lang;
use super::russian;

/// The Chinese numerals one to ten, as every grammar of Chinese lists them.
const CHINESE_NUMERALS: &[(&str, &str)] = &[
    ("一", "one"), ("两", "two"), ("二", "two"), ("三", "three"), ("四", "four"), ("五", "five"), ("六", "six"),
    ("七", "seven"), ("八", "eight"), ("九", "nine"), ("十", "ten"),
];

/// The English words a language's words translate, keyed by the form
/// [`Translations::english`] looks words up by.
pub struct Translations {
    /// Per foreign key: the English Snowball stems it translates.
    english: FxHashMap<String, Vec<String>>,
    /// The most characters a key has (how far a Chinese word may reach).
    longest: usize,
    /// Russian keys are Snowball stems; Chinese keys are words as written.
    stemmer: Option<Stemmer>,
}

impl Translations {
    /// Reads a table for `lang`: one English word per line, then its
    /// translations, separated by single spaces; `#` lines are comments.
    pub fn parse(lang: Lang, text: &str) -> Translations {
        let english_stemmer = Stemmer::create(Algorithm::English);
        let stemmer = (lang == Lang::Russian).then(|| Stemmer::create(Algorithm::Russian));
        let mut table = Translations { english: FxHashMap::default(), longest: 0, stemmer };
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let mut words = line.split(' ').filter(|w| !w.is_empty());
            let Some(head) = words.next() else { continue };
            let head = english_stemmer.stem(head).into_owned();
            for word in words {
                // A Russian verb is listed by its imperfective; its
                // perfective says the same ([`russian::perfectives`]), and
                // the nouns both make ([`russian::verbal_nouns`]); a noun's
                // adjective ([`russian::relational_adjective`]) too.
                let partners: Vec<String> = match lang {
                    Lang::Russian => {
                        let verbs: Vec<String> = std::iter::once(word.to_owned()).chain(russian::perfectives(word)).collect();
                        let nouns: Vec<String> = verbs.iter().flat_map(|v| russian::verbal_nouns(v)).collect();
                        // A noun's relational adjective says the noun before a noun ("food security").
                        let adjectives: Vec<String> = std::iter::once(word.to_owned()).chain(nouns.iter().cloned()).filter_map(|n| russian::relational_adjective(&n)).collect();
                        verbs.into_iter().skip(1).chain(nouns).chain(adjectives).collect()
                    }
                    _ => Vec::new(),
                };
                for word in std::iter::once(word).chain(partners.iter().map(String::as_str)) {
                    let key = table.key(word);
                    table.longest = table.longest.max(key.chars().count());
                    let list = table.english.entry(key).or_default();
                    if !list.contains(&head) {
                        list.push(head.clone());
                    }
                }
            }
        }
        if lang == Lang::Chinese {
            // A numeral with the general classifier is the number ("一个中国": one China); the
            // dictionary lists neither the numerals alone nor each such phrase.
            for (numeral, english) in CHINESE_NUMERALS {
                let stem = english_stemmer.stem(english).into_owned();
                table.english.entry(format!("{numeral}个")).or_default().push(stem);
            }
        }
        table
    }

    /// The form a word is known by: for Russian its Snowball stem (lower
    /// case, "ё" as "е", as Russian writing mostly has it), for Chinese the
    /// word itself.
    fn key(&self, word: &str) -> String {
        match &self.stemmer {
            Some(stemmer) => stemmer.stem(&word.to_lowercase().replace('ё', "е")).into_owned(),
            None => word.to_owned(),
        }
    }

    /// The English stems (as [`super::lexicon::stem`] makes them) a word
    /// translates; empty for a word the table does not know.
    pub fn english(&self, word: &str) -> &[String] {
        let key = self.key(word);
        if let Some(found) = self.english.get(&key) {
            return found;
        }
        // A Russian verb made perfective with "по-" is its imperfective's
        // verb, which the dictionary lists ("поблагодарил": "благодарить",
        // "пожелал": "желать"); a short remainder is another word ("помочь").
        let perfective = self.stemmer.as_ref().and(key.strip_prefix("по")).filter(|rest| rest.chars().count() >= PERFECTIVE_REST);
        perfective.and_then(|rest| self.english.get(rest)).map_or(&[], Vec::as_slice)
    }

    /// The words the table knows in a run of Chinese characters, each as its
    /// character range: the longest known word at each place, left to right
    /// (forward maximum matching, the dictionary method of segmenting
    /// Chinese), where `also` knows words the table does not (names).
    /// Characters in no known word are skipped.
    pub fn segment(&self, chars: &[char], also: impl Fn(&str) -> bool) -> Vec<std::ops::Range<usize>> {
        let mut out = Vec::new();
        let mut i = 0;
        let mut word = String::new();
        while i < chars.len() {
            let reach = self.longest.max(NAME_CHARS).min(chars.len() - i);
            let found = (2..=reach).rev().find(|&n| {
                word.clear();
                word.extend(&chars[i..i + n]);
                self.english.contains_key(&word) || also(&word)
            });
            match found {
                Some(n) => {
                    out.push(i..i + n);
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }

    /// How many words the table knows.
    pub fn len(&self) -> usize {
        self.english.len()
    }

    /// True when the table knows no word.
    pub fn is_empty(&self) -> bool {
        self.english.is_empty()
    }
}

/// The file of a language's table, beside the widget's other files; `None`
/// for a language without one.
pub fn file(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::Russian => Some("translations-ru.txt"),
        Lang::Chinese => Some("translations-zh.txt"),
        _ => None,
    }
}

/// The most characters a Chinese name [`Translations::segment`] is told of
/// may have.
const NAME_CHARS: usize = 8;

static RUSSIAN: OnceLock<Translations> = OnceLock::new();
static CHINESE: OnceLock<Translations> = OnceLock::new();

fn slot(lang: Lang) -> Option<&'static OnceLock<Translations>> {
    match lang {
        Lang::Russian => Some(&RUSSIAN),
        Lang::Chinese => Some(&CHINESE),
        _ => None,
    }
}

/// Makes `text` (the file of `lang`'s table) the table comparisons use from
/// now on. The first table installed stays.
pub fn install(lang: Lang, text: &str) {
    if let Some(slot) = slot(lang) {
        let _ = slot.set(Translations::parse(lang, text));
    }
}

/// The table that translates `lang`'s words into English: natively the one
/// the engine carries; in the browser the one [`install`]ed, if any yet.
pub fn current(lang: Lang) -> Option<&'static Translations> {
    let slot = slot(lang)?;
    #[cfg(not(target_arch = "wasm32"))]
    return Some(slot.get_or_init(|| {
        let text = match lang {
            Lang::Russian => include_str!("../../data/translations-ru.txt"),
            _ => include_str!("../../data/translations-zh.txt"),
        };
        Translations::parse(lang, text)
    }));
    #[cfg(target_arch = "wasm32")]
    return slot.get();
}

/// The language whose table a comparison of `a` with `b` needs: the one
/// that is not English, when the other is.
pub fn needed(a: Lang, b: Lang) -> Option<Lang> {
    match (a, b) {
        (Lang::English, other) | (other, Lang::English) if other != Lang::English => file(other).map(|_| other),
        _ => None,
    }
}

/// Fewest letters of the stem left after a Russian verb's perfective "по-"
/// for it to be read as the imperfective's.
const PERFECTIVE_REST: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_words_in_any_case_translate_to_english_stems() {
        let table = Translations::parse(Lang::Russian, "# comment\ncooperation сотрудничество\nstress подчёркивать\nemphasize подчёркивать\n");
        assert_eq!(table.english("сотрудничества"), ["cooper"]);
        assert_eq!(table.english("Сотрудничеству"), ["cooper"]);
        // "ё" written as "е", and one word for two English ones.
        assert_eq!(table.english("подчеркивали"), ["stress", "emphas"]);
        assert!(table.english("экономика").is_empty());
    }

    #[test]
    fn a_russian_perfective_with_po_is_its_imperfective() {
        let table = Translations::parse(Lang::Russian, "thank благодарить
wish желать
can мочь
");
        assert_eq!(table.english("поблагодарил"), ["thank"]);
        assert_eq!(table.english("пожелала"), ["wish"]);
        assert!(table.english("помог").is_empty(), "помочь is to help, not to be able");
    }

    #[test]
    fn chinese_runs_split_into_the_longest_known_words() {
        let table = Translations::parse(Lang::Chinese, "cooperate 合作\npartnership 伙伴关系\npartner 伙伴\nstrategy 战略\n");
        let chars: Vec<char> = "加强战略伙伴关系合作秘鲁".chars().collect();
        let words: Vec<String> = table.segment(&chars, |w| w == "秘鲁").into_iter().map(|r| chars[r].iter().collect()).collect();
        assert_eq!(words, ["战略", "伙伴关系", "合作", "秘鲁"]);
        assert_eq!(table.english("伙伴关系"), ["partnership"]);
        // A numeral and its classifier are one word, the number, before the words that follow it.
        let table = Translations::parse(Lang::Chinese, "therein 个中
principle 原则
");
        let chars: Vec<char> = "一个中国原则".chars().collect();
        let words: Vec<String> = table.segment(&chars, |w| w == "中国").into_iter().map(|r| chars[r].iter().collect()).collect();
        assert_eq!(words, ["一个", "中国", "原则"]);
        assert_eq!(table.english("一个"), ["one"]);
    }

    #[test]
    fn only_a_comparison_with_english_needs_a_table() {
        assert_eq!(needed(Lang::Russian, Lang::English), Some(Lang::Russian));
        assert_eq!(needed(Lang::English, Lang::Chinese), Some(Lang::Chinese));
        assert_eq!(needed(Lang::English, Lang::English), None);
        assert_eq!(needed(Lang::Russian, Lang::Chinese), None);
        assert_eq!(needed(Lang::French, Lang::English), None);
    }

    #[test]
    fn the_carried_tables_know_the_register() {
        let stem = |w: &str| Stemmer::create(Algorithm::English).stem(w).into_owned();
        let ru = current(Lang::Russian).expect("native builds carry the tables");
        for (word, english) in [("сотрудничество", "cooperation"), ("обсудили", "discuss"), ("подписали", "sign"), ("министр", "minister"), ("труд", "labor"), ("труд", "labour")] {
            assert!(ru.english(word).contains(&stem(english)), "{word}: {:?}", ru.english(word));
        }
        let zh = current(Lang::Chinese).expect("native builds carry the tables");
        for (word, english) in [("合作", "cooperate"), ("讨论", "discuss"), ("强调", "emphasize"), ("支持", "support"), ("多边", "multilateral"), ("重申", "reaffirm")] {
            assert!(zh.english(word).contains(&stem(english)), "{word}: {:?}", zh.english(word));
        }
    }
}

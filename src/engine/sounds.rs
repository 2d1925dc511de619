//! How a name sounds: "Путин" and "Putin", "Рамафоса" and "Ramaphosa" are one
//! name written in two alphabets. Sentence pairing ([`super::likeness`])
//! reads a name that one statement writes in Cyrillic and the other in Latin
//! letters as a word both say, where no dictionary lists the name.
//!
//! A Russian name loses its case ending (Snowball's Russian stemmer), is
//! written in Latin letters by the Russian passport's rules (ICAO Doc 9303,
//! as the `translit` crate has them), and both names are keyed by their
//! Double Metaphone code (the `rphonetic` crate), which hears "ph" and "f",
//! "Kovalchuk" and "Koval'chuk" alike.
//!
//! An international word ("модернизация" and "modernization") is one word
//! in the two alphabets the same way, by its spelling ([`borrowed_key`]),
//! where the translation table has no entry for it.

use std::sync::OnceLock;

use rphonetic::{DoubleMetaphone, Encoder};
use rust_stemmers::{Algorithm, Stemmer};
use translit::{ToLatin, Transliterator};

use super::lang::{script_of, Script};

/// Fewest letters a name's code has: shorter codes ("KS": "Gaza", "case",
/// "Kiss") belong to too many words to say they are one.
const MIN_CODE: usize = 3;

/// The keys of the name `word` sounds like, if it is written capitalized in
/// Latin or Cyrillic letters and its sound is distinct enough to tell it.
/// A Russian х is the h of other languages as often as their kh ("Сахель",
/// "Sahel"; "Хан", "Khan"): a name with it has a key for each.
pub fn name_keys(word: &str) -> Vec<String> {
    if !word.starts_with(char::is_uppercase) {
        return Vec::new();
    }
    let spellings = match word.chars().next().map(script_of) {
        Some(Script::Latin) => vec![word.to_owned()],
        Some(Script::Cyrillic) => {
            static RUSSIAN: OnceLock<Stemmer> = OnceLock::new();
            let russian = RUSSIAN.get_or_init(|| Stemmer::create(Algorithm::Russian));
            let latin = passport().to_latin(&russian.stem(&word.to_lowercase().replace('ё', "е")));
            let h = latin.contains("kh").then(|| latin.replace("kh", "h"));
            std::iter::once(latin).chain(h).collect()
        }
        _ => return Vec::new(),
    };
    // Double Metaphone reads ASCII letters only; a name with other letters
    // ("José") is not keyed rather than keyed by part of it.
    let mut keys: Vec<String> = spellings
        .iter()
        .filter(|latin| latin.chars().all(|c| c.is_ascii_alphabetic()))
        .map(|latin| DoubleMetaphone::default().encode(latin))
        .filter(|code| code.len() >= MIN_CODE)
        .collect();
    keys.dedup();
    keys
}

/// Russian in Latin letters by the passport's rules (ICAO Doc 9303), for
/// names and international words alike.
fn passport() -> &'static Transliterator {
    static PASSPORT: OnceLock<Transliterator> = OnceLock::new();
    PASSPORT.get_or_init(|| Transliterator::new(translit::iternational_passport_2013_ru()))
}

/// Letters of the spelling both languages share that [`borrowed_key`]
/// compares: enough to tell a borrowing from another word ("strana" is no
/// "strange"), few enough for Russian endings and English suffixes to
/// differ after them.
const BORROWED_PREFIX: usize = 6;

/// The key of an international word, the same for its Russian and English
/// spellings: "инвестиций" and "investment", "модернизации" and
/// "modernization", "гуманитарной" and "humanitarian", "трактор" and
/// "tractor". Such words came into both languages from Latin, Greek or
/// French, and pairing reads them as a translation where the dictionary
/// has no entry. Russian is written in Latin letters by the passport's
/// rules; then the letters the two spellings render differently are made
/// one (c, k and q; z and s; y, j and i; w and v; ph and f; x and ks; a
/// doubled letter and one; ts and t, as in "-ция" and "-tion"; Greek ch
/// and х), h is dropped ("т" for "th"), and an English initial h is the
/// Russian г ("гуманитарный"). The key is the first
/// [`BORROWED_PREFIX`] letters, so "экономический" and "economy" meet.
pub fn borrowed_key(word: &str) -> Option<String> {
    let lower = word.to_lowercase();
    let latin = match lower.chars().next().map(script_of) {
        // Greek "ch" is the Russian х ("technology", "технология").
        Some(Script::Latin) => match lower.strip_prefix('h') {
            Some(rest) => format!("g{rest}"),
            None => lower,
        }
        .replace("ch", "k"),
        Some(Script::Cyrillic) => {
            let latin = passport().to_latin(&lower);
            // ч is no k.
            latin.replace("shch", "SC").replace("kh", "k").replace("ch", "C")
        }
        _ => return None,
    };
    if !latin.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    // ш and ж are letters of their own ("промышленность" is no "promise").
    let spelled = latin.replace("sh", "S").replace("zh", "Z").replace("ph", "f").replace('x', "ks").replace("ts", "t").replace("ou", "u");
    let mut key = String::new();
    for c in spelled.chars().filter(|&c| c != 'h') {
        let c = match c {
            'c' | 'q' => 'k',
            'z' => 's',
            'y' | 'j' => 'i',
            'w' => 'v',
            c => c,
        };
        if !key.ends_with(c) {
            key.push(c);
        }
    }
    (key.len() >= BORROWED_PREFIX).then(|| key[..BORROWED_PREFIX].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_in_cyrillic_sounds_as_in_latin_letters_in_any_case() {
        let shares = |russian: &str, english: &str| name_keys(russian).iter().any(|k| name_keys(english).contains(k));
        for (russian, english) in [("Рамафоса", "Ramaphosa"), ("Путиным", "Putin"), ("Ковальчуку", "Kovalchuk"), ("Мирзиёева", "Mirziyoyev"), ("Сахеле", "Sahel"), ("Хусейном", "Hussein"), ("Хабаровском", "Khabarovsk")] {
            assert!(shares(russian, english), "{russian} / {english}");
            assert!(!name_keys(english).is_empty());
        }
        assert!(!shares("Лаврову", "Putin"));
        // Lower case, short sounds, other scripts and letters: no key.
        for word in ["putin", "Газе", "Gaza", "王毅", "José"] {
            assert!(name_keys(word).is_empty(), "{word}");
        }
    }

    #[test]
    fn an_international_word_has_one_key_in_russian_and_english() {
        for (russian, english) in [
            ("инвестиций", "investment"),
            ("модернизации", "modernization"),
            ("гуманитарной", "humanitarian"),
            ("тракторов", "tractors"),
            ("экономического", "economic"),
            ("технологий", "technology"),
            ("национальной", "national"),
            ("философия", "philosophy"),
        ] {
            assert_eq!(borrowed_key(russian), borrowed_key(english), "{russian} / {english}");
            assert!(borrowed_key(english).is_some(), "{english}");
        }
        // Native words, and short ones, are no borrowing of each other.
        for (russian, english) in [("страна", "strange"), ("сотрудничество", "cooperation"), ("промышленность", "promise")] {
            assert_ne!(borrowed_key(russian), borrowed_key(english), "{russian} / {english}");
        }
        for word in ["визит", "visit", "王毅", "José"] {
            assert_eq!(borrowed_key(word), None, "{word}");
        }
    }
}

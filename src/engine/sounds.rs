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

use std::sync::OnceLock;

use rphonetic::{DoubleMetaphone, Encoder};
use rust_stemmers::{Algorithm, Stemmer};
use translit::{ToLatin, Transliterator};

use super::lang::{script_of, Script};

/// Fewest letters a name's code has: shorter codes ("KS": "Gaza", "case",
/// "Kiss") belong to too many words to say they are one.
const MIN_CODE: usize = 3;

/// The key of the name `word` sounds like, if it is written capitalized in
/// Latin or Cyrillic letters and its sound is distinct enough to tell it.
pub fn name_key(word: &str) -> Option<String> {
    if !word.starts_with(char::is_uppercase) {
        return None;
    }
    let latin = match word.chars().next().map(script_of) {
        Some(Script::Latin) => word.to_owned(),
        Some(Script::Cyrillic) => {
            static RULES: OnceLock<(Transliterator, Stemmer)> = OnceLock::new();
            let (passport, russian) = RULES.get_or_init(|| {
                (Transliterator::new(translit::iternational_passport_2013_ru()), Stemmer::create(Algorithm::Russian))
            });
            passport.to_latin(&russian.stem(&word.to_lowercase().replace('ё', "е")))
        }
        _ => return None,
    };
    // Double Metaphone reads ASCII letters only; a name with other letters
    // ("José") is not keyed rather than keyed by part of it.
    if !latin.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let code = DoubleMetaphone::default().encode(&latin);
    (code.len() >= MIN_CODE).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_in_cyrillic_sounds_as_in_latin_letters_in_any_case() {
        for (russian, english) in [("Рамафоса", "Ramaphosa"), ("Путиным", "Putin"), ("Ковальчуку", "Kovalchuk"), ("Мирзиёева", "Mirziyoyev")] {
            assert_eq!(name_key(russian), name_key(english), "{russian} / {english}");
            assert!(name_key(english).is_some());
        }
        assert_ne!(name_key("Лаврову"), name_key("Putin"));
        // Lower case, short sounds, other scripts and letters: no key.
        for word in ["putin", "Газе", "Gaza", "王毅", "José"] {
            assert_eq!(name_key(word), None, "{word}");
        }
    }
}

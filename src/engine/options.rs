//! What a comparison is asked: the two sides, their languages, and the
//! options that say which differences count. The request half of the model
//! (see [`super::model`] for the result); serde-serializable so permalinks,
//! comparison files and the worker carry it as it is.

use serde::{Deserialize, Serialize};

/// One of the two statements being compared. They are peers, not old and new.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// The statement shown on the left.
    Left,
    /// The statement shown on the right.
    Right,
}

impl Side {
    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }
}

/// A language the engine knows how to stem and which stopwords to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English.
    English,
    /// Russian.
    Russian,
    /// French.
    French,
    /// German.
    German,
    /// Spanish.
    Spanish,
    /// Chinese (Han script): every character is its own token, no stemming.
    Chinese,
    /// Anything else: no stemming, no stopwords.
    Other,
}

/// Each language with its English name and its BCP 47 tag: the one table
/// every menu, label and `lang` attribute reads.
const LANGUAGES: [(Lang, &str, &str); 7] = [
    (Lang::English, "English", "en"),
    (Lang::Russian, "Russian", "ru"),
    (Lang::French, "French", "fr"),
    (Lang::German, "German", "de"),
    (Lang::Spanish, "Spanish", "es"),
    (Lang::Chinese, "Chinese", "zh"),
    (Lang::Other, "Other", ""),
];

impl Lang {
    /// Every language, in the order menus list them.
    pub fn all() -> impl Iterator<Item = Lang> {
        LANGUAGES.iter().map(|&(lang, _, _)| lang)
    }

    /// The language's name in English ("Russian").
    pub fn name(self) -> &'static str {
        LANGUAGES.iter().find(|(l, _, _)| *l == self).map_or("", |&(_, name, _)| name)
    }

    /// Its BCP 47 tag ("ru"), so browsers hyphenate and speak the text right;
    /// empty for [`Lang::Other`], which is unknown.
    pub fn tag(self) -> &'static str {
        LANGUAGES.iter().find(|(l, _, _)| *l == self).map_or("", |&(_, _, tag)| tag)
    }
}

/// Which language a side is in: detected from its script, or fixed by the user.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LangChoice {
    #[default]
    /// Detected from the text's script.
    Auto,
    /// Set by the user.
    Fixed(Lang),
}

/// How the comparison is made. Every normalization can be switched off.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// Shortest shared run, in words, that counts as a shared phrase. A
    /// phrase also needs two content words (words that are not function
    /// words or bare numbers), so "in Moscow on" never counts.
    pub min_phrase: usize,
    /// Compare case-insensitively (Unicode case folding after NFKC).
    pub ignore_case: bool,
    /// Treat punctuation as trivia rather than as tokens to match.
    pub ignore_punctuation: bool,
    /// Unify curly/straight quotes, dashes and apostrophes.
    pub unify_quotes: bool,
    /// Reduce words to their stems so "praised" matches "praise".
    pub stem: bool,
    /// Let tokens of 5+ letters at edit distance 1 match (Sergei/Sergey).
    pub spelling_variants: bool,
    /// Language of the left statement.
    pub lang_left: LangChoice,
    /// Language of the right statement.
    pub lang_right: LangChoice,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_phrase: 2,
            ignore_case: true,
            ignore_punctuation: true,
            unify_quotes: true,
            stem: true,
            spelling_variants: false,
            lang_left: LangChoice::Auto,
            lang_right: LangChoice::Auto,
        }
    }
}

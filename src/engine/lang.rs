//! Languages: detecting one from the script, and each language's stopwords.
//!
//! Detection is deliberately simple (count letters per script): official
//! statements are long enough, and the user can always fix the language.
//! The stopword lists are small built-in data (function words only) so the
//! engine needs no data files and stays small in WebAssembly.

use super::options::{Lang, LangChoice};

/// Script of one character, as far as the engine cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    /// Latin letters (English, French, German, Spanish).
    Latin,
    /// Cyrillic letters (Russian).
    Cyrillic,
    /// Han, Hiragana, Katakana, Hangul: one token per character.
    Cjk,
    /// Anything else, including digits and symbols.
    Other,
}

/// The script of a character.
pub fn script_of(c: char) -> Script {
    match c as u32 {
        0x41..=0x5a | 0x61..=0x7a | 0xc0..=0x24f | 0x1e00..=0x1eff => Script::Latin,
        0x400..=0x52f | 0x1c80..=0x1c8f | 0x2de0..=0x2dff | 0xa640..=0xa69f => Script::Cyrillic,
        _ if is_cjk(c) => Script::Cjk,
        _ => Script::Other,
    }
}

/// True for characters that form a token on their own (Han, kana, Hangul).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11ff       // Hangul Jamo
        | 0x2e80..=0x2fdf     // CJK radicals
        | 0x3005..=0x3007     // 々〆〇
        | 0x3040..=0x30ff     // Hiragana, Katakana
        | 0x3130..=0x318f     // Hangul compatibility Jamo
        | 0x31f0..=0x31ff     // Katakana extension
        | 0x3400..=0x4dbf     // CJK extension A
        | 0x4e00..=0x9fff     // CJK unified
        | 0xac00..=0xd7af     // Hangul syllables
        | 0xf900..=0xfaff     // CJK compatibility
        | 0xff66..=0xff9f     // half-width Katakana
        | 0x20000..=0x3134f   // CJK extensions B..
    )
}

/// Guesses a text's language from the script most of its letters use:
/// Cyrillic → Russian, Han/kana → Chinese, otherwise English.
pub fn detect_lang(text: &str) -> Lang {
    let (mut latin, mut cyrillic, mut cjk) = (0usize, 0usize, 0usize);
    for c in text.chars() {
        match script_of(c) {
            Script::Latin => latin += 1,
            Script::Cyrillic => cyrillic += 1,
            Script::Cjk => cjk += 1,
            Script::Other => {}
        }
    }
    // A Han character carries about as much as a short Latin word.
    if cjk * 3 > latin.max(cyrillic) {
        Lang::Chinese
    } else if cyrillic > latin {
        Lang::Russian
    } else {
        Lang::English
    }
}

/// The language to use for a side: the user's choice or the detected one.
pub fn resolve(choice: LangChoice, text: &str) -> Lang {
    match choice {
        LangChoice::Fixed(lang) => lang,
        LangChoice::Auto => detect_lang(text),
    }
}

const EN: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
    "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
    "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
    "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
    "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
    "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
    "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
    "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
    "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
    "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
    "said", "says", "s", "t", "us", "'s", "upon", "within", "per", "via", "may", "might", "must", "shall",
    // Prepositions and adverbs that carry no topic, and the most generic
    // words of statements: a phrase needs two words beyond these to count.
    "along", "among", "around", "behind", "beneath", "beside", "beyond", "except", "inside", "near",
    "outside", "past", "since", "throughout", "till", "toward", "towards", "without", "onto", "whose",
    "yet", "also", "new", "well", "including", "it's",
];

const RU: &[&str] = &[
    "и", "в", "во", "не", "что", "он", "на", "я", "с", "со", "как", "а", "то", "все", "она",
    "так", "его", "но", "да", "ты", "к", "у", "же", "вы", "за", "бы", "по", "только", "ее", "её",
    "мне", "было", "вот", "от", "меня", "еще", "ещё", "нет", "о", "об", "из", "ему", "теперь",
    "когда", "даже", "ну", "вдруг", "ли", "если", "уже", "или", "ни", "быть", "был", "него",
    "до", "вас", "нибудь", "опять", "уж", "вам", "ведь", "там", "потом", "себя", "ничего", "ей",
    "может", "они", "тут", "где", "есть", "надо", "ней", "для", "мы", "тебя", "их", "чем",
    "была", "сам", "чтоб", "без", "будто", "чего", "раз", "тоже", "себе", "под", "будет", "ж",
    "тогда", "кто", "этот", "того", "потому", "этого", "какой", "совсем", "ним", "здесь",
    "этом", "один", "почти", "мой", "тем", "чтобы", "нее", "были", "куда", "зачем", "всех",
    "можно", "при", "наконец", "два", "об", "другой", "хоть", "после", "над", "больше", "тот",
    "через", "эти", "нас", "про", "всего", "них", "какая", "много", "разве", "три", "эту",
    "моя", "впрочем", "хорошо", "свою", "этой", "перед", "иногда", "лучше", "чуть", "том",
    "нельзя", "такой", "им", "более", "всегда", "конечно", "всю", "между", "это", "свой",
    "своей", "своим", "своих", "также", "ее", "который", "которые", "которая", "которых",
];

/// Chinese function characters: particles, pronouns, prepositions and
/// conjunctions that join any two phrases. Chinese is tokenized per
/// character, so these are its stopwords.
const ZH: &[&str] = &[
    "的", "了", "是", "在", "和", "与", "及", "或", "对", "为", "以", "将", "把", "被", "也", "都",
    "而", "并", "等", "之", "其", "这", "那", "此", "该", "有", "个", "着", "过", "从", "向", "于",
    "就", "又", "还", "但", "则", "即", "所", "们", "我", "你", "他", "她", "它", "同", "给", "让",
    "得", "地", "吗", "呢", "吧", "啊", "上", "中", "下", "已", "会", "要", "能", "可", "不",
];

const FR: &[&str] = &[
    "le", "la", "les", "un", "une", "des", "de", "du", "et", "en", "à", "au", "aux", "que", "qui",
    "dans", "par", "pour", "sur", "avec", "ne", "pas", "il", "elle", "ils", "se", "sa", "son",
    "ses", "ce", "cette", "est", "sont", "a", "ont", "été", "l", "d", "y", "ou", "mais", "nous",
];

const DE: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und",
    "in", "im", "zu", "zum", "zur", "von", "vom", "mit", "auf", "für", "an", "am", "ist", "sind",
    "war", "hat", "haben", "wird", "werden", "nicht", "sich", "es", "er", "sie", "wir", "auch",
    "als", "dass", "bei", "aus", "oder", "aber",
];

const ES: &[&str] = &[
    "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "y", "e", "en", "a", "al",
    "que", "por", "para", "con", "se", "su", "sus", "es", "son", "fue", "ha", "han", "no", "lo",
    "le", "les", "o", "u", "como", "pero", "sobre", "entre",
];

/// The stopword list for a language (empty for Other).
pub fn stopwords(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::English => EN,
        Lang::Russian => RU,
        Lang::French => FR,
        Lang::German => DE,
        Lang::Spanish => ES,
        Lang::Chinese => ZH,
        Lang::Other => &[],
    }
}

/// Words that negate what follows. They are function words, but they turn a
/// statement into its opposite, so a shared phrase counts them as meaning
/// ("does not support" is a phrase, "of the" is not).
const NEGATIONS: &[&str] = &[
    "not", "no", "never", "nor", "cannot", "can't", "won't", "don't", "doesn't", "didn't", "isn't",
    "aren't", "wasn't", "weren't", "shouldn't", "wouldn't", "couldn't", "haven't", "hasn't", "hadn't",
    "не", "нет", "ни", "никогда", "ne", "pas", "jamais", "nicht", "kein", "keine", "nie", "nunca", "ni",
    "不", "没", "未", "无", "非", "勿",
];

/// True when a lower-cased word negates (in any of the languages known).
pub fn is_negation(lower: &str) -> bool {
    NEGATIONS.contains(&lower)
}

/// Function words that can still stand at the edge of a highlighted phrase,
/// because they can head one: demonstrative and reflexive pronouns ("this
/// does not mean"), the forms of "do", which is a main verb too ("doing
/// everything possible"), and the adverbs "down" and "once". Other function
/// words (articles, prepositions, conjunctions, auxiliaries, personal
/// pronouns) only attach to what is next to them.
const HEADS: &[&str] = &[
    "this", "these", "those", "do", "does", "did", "doing", "down", "once", "myself", "yourself",
    "himself", "herself", "itself", "ourselves", "themselves", "это", "этот", "эти", "тот",
];

/// True when a lower-cased function word can head a phrase (see [`HEADS`]).
pub fn can_head(lower: &str) -> bool {
    HEADS.contains(&lower)
}

/// True when a lower-cased word is a function word in `lang` (or, for Latin
/// or Cyrillic words quoted in another language, in English or Russian).
pub fn is_stopword(lower: &str, lang: Lang) -> bool {
    if stopwords(lang).contains(&lower) {
        return true;
    }
    match lower.chars().next().map(script_of) {
        Some(Script::Cyrillic) if lang != Lang::Russian => RU.contains(&lower),
        Some(Script::Latin) if !matches!(lang, Lang::English) => EN.contains(&lower),
        Some(Script::Cjk) if lang != Lang::Chinese => ZH.contains(&lower),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_script() {
        assert_eq!(detect_lang("Сергей Лавров провел разговор"), Lang::Russian);
        assert_eq!(detect_lang("王毅同拉夫罗夫通电话"), Lang::Chinese);
        assert_eq!(detect_lang("Wang Yi had a phone call"), Lang::English);
        assert_eq!(detect_lang(""), Lang::English);
        // A few Latin names inside Russian text keep it Russian.
        assert_eq!(detect_lang("Лавров и Ван И обсудили COVID-19 и ООН"), Lang::Russian);
    }

    #[test]
    fn resolve_prefers_fixed_choice() {
        assert_eq!(resolve(LangChoice::Fixed(Lang::French), "hello"), Lang::French);
        assert_eq!(resolve(LangChoice::Auto, "привет мир"), Lang::Russian);
    }

    #[test]
    fn stopwords_by_language() {
        assert!(is_stopword("the", Lang::English));
        assert!(!is_stopword("outbreak", Lang::English));
        assert!(is_stopword("и", Lang::Russian));
        assert!(!is_stopword("министры", Lang::Russian));
        assert!(is_stopword("的", Lang::Chinese));
        assert!(!is_stopword("疫", Lang::Chinese));
    }
}

//! Normalizing tokens to comparable forms and interning them as `u32` ids.
//!
//! Each switch in [`Options`] is one step here: NFKC (always, so composed and
//! decomposed accents match) then case folding, quote/dash unification,
//! number formatting, Snowball stemming (`rust-stemmers`) and spelling
//! variants. Every later pass compares ids, never strings, like imara-diff's
//! interner: the ids make diffing, hashing and counting cheap.

use rustc_hash::FxHashMap;
use rust_stemmers::{Algorithm, Stemmer};

use super::lang::{can_head, is_negation, is_stopword, script_of, Script};
use super::options::{Lang, Options};
use super::tokens::{Token, TokenKind};
use super::unicode;

/// Maps normalized forms to dense ids and back.
#[derive(Default, Debug)]
pub struct Interner {
    map: FxHashMap<String, u32>,
    forms: Vec<String>,
}

impl Interner {
    /// The id of `form`, adding it if new.
    pub fn intern(&mut self, form: &str) -> u32 {
        if let Some(&id) = self.map.get(form) {
            return id;
        }
        let id = self.forms.len() as u32;
        self.map.insert(form.to_owned(), id);
        self.forms.push(form.to_owned());
        id
    }

    /// The normalized form of `id`.
    pub fn form(&self, id: u32) -> &str {
        &self.forms[id as usize]
    }

    /// How many distinct forms there are.
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// True when nothing was interned.
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }
}

/// A token that takes part in matching (a word, or punctuation when it is not
/// ignored), with its normalized id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unit {
    /// Index into the side's tokens.
    pub token: usize,
    /// Interned normalized form.
    pub id: u32,
    /// A word (not punctuation).
    pub word: bool,
    /// A function word in the side's language.
    pub stop: bool,
    /// A word with at least one letter that is not a stopword: counts for
    /// sentence similarity and distinctive terms (numbers do not).
    pub content: bool,
    /// A negation ("not", "не", "不"): a stopword that still gives a phrase
    /// meaning.
    pub negation: bool,
    /// A word a highlight may start or end on: not a function word, or one
    /// that can head a phrase ([`super::lang::can_head`]) or negates.
    pub edge: bool,
    /// A word joined to the word before it by a hyphen, with no space
    /// ("India" in "China-India"): a reader counts the two as one word.
    pub joined: bool,
}

/// Unifies quotes, apostrophes and dashes to their ASCII forms.
fn unify_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{02bc}' | '`' | '\u{b4}' => '\'',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{ab}' | '\u{bb}' | '\u{2033}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' => '-',
        _ => c,
    }
}

/// Drops thousands separators between digits: "1,000" and "1 000" → "1000".
fn normalize_number(s: &str) -> Option<String> {
    if !s.chars().any(|c| c.is_ascii_digit()) || s.chars().any(char::is_alphabetic) {
        return None;
    }
    Some(s.chars().filter(|c| !matches!(c, ',' | '_' | '\'' | '\u{a0}' | '\u{202f}' | ' ')).collect())
}

/// The language Latin-script words of a side in `lang` are stemmed in: the
/// side's own, or English for Latin words quoted in Russian or Chinese text.
fn latin_lang(lang: Lang) -> Lang {
    match lang {
        Lang::English | Lang::French | Lang::German | Lang::Spanish => lang,
        Lang::Russian | Lang::Chinese => Lang::English,
        Lang::Other => Lang::Other,
    }
}

fn algorithm(lang: Lang) -> Option<Algorithm> {
    match lang {
        Lang::English => Some(Algorithm::English),
        Lang::Russian => Some(Algorithm::Russian),
        Lang::French => Some(Algorithm::French),
        Lang::German => Some(Algorithm::German),
        Lang::Spanish => Some(Algorithm::Spanish),
        Lang::Chinese | Lang::Other => None,
    }
}

/// Turns surface forms into normalized forms for one side.
pub struct Normalizer<'o> {
    options: &'o Options,
    lang: Lang,
    /// Stemmer for Latin-script words: the side's language, or English for
    /// Latin words quoted in Russian or Chinese text.
    latin: Option<Stemmer>,
    /// Stemmer for Cyrillic words (Russian).
    cyrillic: Option<Stemmer>,
}

impl<'o> Normalizer<'o> {
    /// A normalizer for a side in `lang`.
    pub fn new(options: &'o Options, lang: Lang) -> Self {
        let make = |l| if options.stem { algorithm(l).map(Stemmer::create) } else { None };
        let cyr_lang = if lang == Lang::Other { Lang::Other } else { Lang::Russian };
        Normalizer { options, lang, latin: make(latin_lang(lang)), cyrillic: make(cyr_lang) }
    }

    /// True when the forms of Latin-script words are their English Snowball
    /// stems (lower case, or after `^` for a capitalized word), as the
    /// paraphrase table ([`super::lexicon`]) knows them.
    pub fn english_stems(&self) -> bool {
        self.latin.is_some() && latin_lang(self.lang) == Lang::English
    }

    /// The normalized form of a token and whether it is a stopword.
    pub fn normalize(&self, surface: &str, kind: TokenKind) -> (String, bool) {
        let o = self.options;
        let mut s: String = unicode::nfkc(surface);
        if o.unify_quotes {
            s = s.chars().map(unify_char).collect();
        }
        if kind != TokenKind::Word {
            return (s.trim().to_owned(), false);
        }
        if let Some(n) = normalize_number(&s) {
            return (n, false);
        }
        // A name matches whether or not its initials are written before it.
        let s = without_initials(&s).to_owned();
        let lower = s.to_lowercase();
        // ALL-CAPS words of 2+ letters are acronyms ("WHO", "US"), not stopwords.
        let acronym = s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase);
        let stop = !acronym && is_stopword(&lower, self.lang);
        let stemmer = match lower.chars().find(|c| c.is_alphabetic()).map(script_of) {
            Some(Script::Latin) => self.latin.as_ref(),
            Some(Script::Cyrillic) => self.cyrillic.as_ref(),
            _ => None,
        };
        let stem = |w: &str| match stemmer {
            Some(st) => st.stem(w).into_owned(),
            None => w.to_owned(),
        };
        let key = if o.ignore_case || s == lower {
            stem(&lower)
        } else {
            // Case matters: keep a stem only for Capitalized words, compare
            // anything else (ALL CAPS, MiXed) by its exact form.
            let mut cs = s.chars();
            let first_upper = cs.next().is_some_and(char::is_uppercase);
            if first_upper && cs.as_str() == lower.chars().skip(1).collect::<String>() {
                format!("^{}", stem(&lower))
            } else {
                format!("={s}")
            }
        };
        (key, stop)
    }
}

/// A name written with its initials joined to it ("B.Sarantuya",
/// "А.В.Воронов", as Mongolian and Russian texts write names) without them:
/// the same name as "Sarantuya". A word of initials alone ("H.E.", "U.S.") is kept.
pub fn without_initials(word: &str) -> &str {
    let mut rest = word;
    while let Some((initial, after)) = rest.split_once('.') {
        if !super::tokens::is_initial_letter(initial) || after.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            break;
        }
        rest = after;
    }
    rest
}

/// Normalizes and interns the matchable tokens of one side.
pub fn units(
    text: &str,
    tokens: &[Token],
    normalizer: &Normalizer,
    interner: &mut Interner,
) -> Vec<Unit> {
    let keep_punct = !normalizer.options.ignore_punctuation;
    // Surface forms repeat a lot; normalize each distinct one once.
    let mut cache: FxHashMap<&str, (u32, bool, bool, bool, bool)> = FxHashMap::default();
    let mut out = Vec::with_capacity(tokens.len() / 2);
    for (i, t) in tokens.iter().enumerate() {
        let word = match t.kind {
            TokenKind::Word => true,
            TokenKind::Punct if keep_punct => false,
            _ => continue,
        };
        let surface = &text[t.start..t.end];
        let (id, stop, letter, negation, head) = *cache.entry(surface).or_insert_with(|| {
            let (key, stop) = normalizer.normalize(surface, t.kind);
            let letter = surface.chars().any(char::is_alphabetic);
            let lower = unicode::nfkc(surface).chars().map(unify_char).collect::<String>().to_lowercase();
            (interner.intern(&key), stop, letter, word && is_negation(&lower), word && can_head(&lower))
        });
        let joined = word && i >= 2 && tokens[i - 2].kind == TokenKind::Word && is_hyphen(&text[tokens[i - 1].start..tokens[i - 1].end]);
        let edge = word && (!stop || negation || head);
        out.push(Unit { token: i, id, word, stop, content: word && letter && !stop, negation, edge, joined });
    }
    out
}

/// A hyphen or a dash used as one inside a compound ("China-India").
fn is_hyphen(s: &str) -> bool {
    matches!(s, "-" | "\u{2010}" | "\u{2011}" | "\u{2013}")
}

/// True when `a` and `b` differ by exactly one substitution, insertion or
/// deletion of a character.
fn edit_distance_one(a: &[char], b: &[char]) -> bool {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if b.len() - a.len() > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if a.len() == b.len() {
        p < a.len() && a[p + 1..] == b[p + 1..]
    } else {
        a[p..] == b[p + 1..]
    }
}

/// The American spelling of a word written the British way ("fertiliser",
/// "programme", "centre", "labour", "defence"), by the regular
/// correspondences of the two spellings: -ise/-isation/-yse as -ize/-ization/-yze,
/// -our as -or after three letters or more ("labour", not "four"), -tre/-bre
/// as -ter/-ber, -mme as -m, and the four -ence nouns Webster respelled.
/// The dictionaries the engine reads are American; a word may be neither,
/// so callers keep its own spelling too.
pub fn american_spelling(word: &str) -> Option<String> {
    const SUFFIXES: &[(&str, &str)] = &[
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("isers", "izers"), ("iser", "izer"),
        ("ised", "ized"), ("ises", "izes"), ("ise", "ize"), ("yses", "yzes"), ("ysed", "yzed"), ("yse", "yze"),
        ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("our", "or"),
        ("tres", "ters"), ("tre", "ter"), ("bres", "bers"), ("bre", "ber"), ("mmes", "ms"), ("mme", "m"),
    ];
    const WEBSTER: &[(&str, &str)] = &[("defence", "defense"), ("offence", "offense"), ("licence", "license"), ("pretence", "pretense")];
    let lower = word.to_lowercase();
    if let Some(&(_, american)) = WEBSTER.iter().find(|(british, _)| *british == lower) {
        return Some(american.to_owned());
    }
    let (british, american) = SUFFIXES.iter().find(|(british, _)| lower.ends_with(british))?;
    let stem = &lower[..lower.len() - british.len()];
    // "rise", "four", "tour" and "metre"'s short kin are no British spellings.
    let long_enough = stem.chars().count() >= if british.starts_with('o') { 3 } else { 2 };
    (long_enough && stem.chars().all(|c| c.is_ascii_alphabetic())).then(|| format!("{stem}{american}"))
}

/// Merges forms of 5+ letters at edit distance 1 (Sergei/Sergey) into one id.
/// Returns a map from each id to its representative.
///
/// Uses the deletion neighbourhood (as in SymSpell): two forms are at
/// distance 1 only if deleting one character from each gives the same string
/// at the same position (substitution) or deleting one from the longer gives
/// the shorter (insertion). Hashing those deletions finds every candidate pair
/// in O(vocabulary × length) instead of comparing all pairs. Hand-written
/// because the crates that do this ship whole spell-checkers and dictionaries.
pub fn spelling_variants(interner: &Interner) -> Vec<u32> {
    let n = interner.len();
    let mut parent: Vec<u32> = (0..n as u32).collect();
    fn find(p: &mut [u32], mut x: u32) -> u32 {
        while p[x as usize] != x {
            p[x as usize] = p[p[x as usize] as usize];
            x = p[x as usize];
        }
        x
    }
    let words: Vec<Option<Vec<char>>> = (0..n as u32)
        .map(|id| {
            let chars: Vec<char> = interner.form(id).chars().collect();
            (chars.len() >= 5 && chars.iter().all(|c| c.is_alphabetic())).then_some(chars)
        })
        .collect();
    let mut full: FxHashMap<&[char], u32> = FxHashMap::default();
    for (id, w) in words.iter().enumerate() {
        if let Some(w) = w {
            full.insert(w.as_slice(), id as u32);
        }
    }
    let mut by_deletion: FxHashMap<(Vec<char>, usize), Vec<u32>> = FxHashMap::default();
    for (id, w) in words.iter().enumerate() {
        let Some(w) = w else { continue };
        for pos in 0..w.len() {
            let mut d = w.clone();
            d.remove(pos);
            if let Some(&other) = full.get(d.as_slice()) {
                let (a, b) = (find(&mut parent, id as u32), find(&mut parent, other));
                parent[a.max(b) as usize] = a.min(b);
            }
            by_deletion.entry((d, pos)).or_default().push(id as u32);
        }
    }
    for ids in by_deletion.values() {
        for pair in ids.windows(2) {
            let (x, y) = (pair[0], pair[1]);
            let (wx, wy) = (words[x as usize].as_ref().unwrap(), words[y as usize].as_ref().unwrap());
            if edit_distance_one(wx, wy) {
                let (a, b) = (find(&mut parent, x), find(&mut parent, y));
                parent[a.max(b) as usize] = a.min(b);
            }
        }
    }
    (0..n as u32).map(|id| find(&mut parent, id)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tokens::tokenize;

    fn ids(text: &str, options: &Options, lang: Lang, interner: &mut Interner) -> Vec<u32> {
        let n = Normalizer::new(options, lang);
        units(text, &tokenize(text), &n, interner).iter().map(|u| u.id).collect()
    }

    fn same(a: &str, b: &str, options: &Options, lang: Lang) -> bool {
        let mut i = Interner::default();
        ids(a, options, lang, &mut i) == ids(b, options, lang, &mut i)
    }

    #[test]
    fn case_folding_on_and_off() {
        let mut o = Options::default();
        assert!(same("The WHO", "the who", &o, Lang::English));
        o.ignore_case = false;
        assert!(!same("The WHO", "the who", &o, Lang::English));
        assert!(same("Praised Russia", "Praise Russia", &o, Lang::English));
    }

    #[test]
    fn names_match_with_or_without_joined_initials() {
        let o = Options::default();
        assert!(same("Minister A.Voronov", "Minister Voronov", &o, Lang::English));
        assert!(same("А.В.Воронов", "Воронов", &o, Lang::Russian));
        assert!(!same("U.S.", "S.", &o, Lang::English), "initials alone stay as written");
    }

    #[test]
    fn nfkc_always_applies() {
        let o = Options { ignore_case: false, stem: false, ..Options::default() };
        assert!(same("e\u{301}tat", "\u{e9}tat", &o, Lang::French));
        assert!(same("ＡＢＣ", "ABC", &o, Lang::English));
    }

    #[test]
    fn quotes_unified_on_and_off() {
        let mut o = Options { stem: false, ..Options::default() };
        assert!(same("China’s", "China's", &o, Lang::English));
        o.unify_quotes = false;
        assert!(!same("China’s", "China's", &o, Lang::English));
    }

    #[test]
    fn punctuation_ignored_or_kept() {
        let mut o = Options::default();
        assert!(same("well, then", "well then", &o, Lang::English));
        o.ignore_punctuation = false;
        assert!(!same("well, then", "well then", &o, Lang::English));
        // Dashes unify when punctuation counts.
        assert!(same("a – b", "a - b", &o, Lang::English));
    }

    #[test]
    fn numbers_drop_thousands_separators() {
        let o = Options::default();
        assert!(same("1,000 troops", "1000 troops", &o, Lang::English));
        assert!(!same("1,000 troops", "100 troops", &o, Lang::English));
    }

    #[test]
    fn stemming_english_and_russian_on_and_off() {
        let mut o = Options::default();
        assert!(same("praised measures", "praise measure", &o, Lang::English));
        assert!(same("министры подтвердили", "министр подтвердил", &o, Lang::Russian));
        o.stem = false;
        assert!(!same("praised measures", "praise measure", &o, Lang::English));
        assert!(!same("министры подтвердили", "министр подтвердил", &o, Lang::Russian));
    }

    #[test]
    fn stopwords_are_marked() {
        let o = Options::default();
        let n = Normalizer::new(&o, Lang::English);
        let text = "the outbreak";
        let us = units(text, &tokenize(text), &n, &mut Interner::default());
        assert!(us[0].stop && !us[0].content);
        assert!(!us[1].stop && us[1].content);
        // "WHO" the organisation is not the pronoun "who".
        let text = "who WHO";
        let us = units(text, &tokenize(text), &n, &mut Interner::default());
        assert!(us[0].stop && !us[1].stop);
    }

    #[test]
    fn british_spellings_have_their_american_form() {
        for (british, american) in [("fertiliser", "fertilizer"), ("Programme", "program"), ("centres", "centers"), ("labour", "labor"), ("neighbours", "neighbors"), ("defence", "defense"), ("analyse", "analyze"), ("stabilised", "stabilized")] {
            assert_eq!(american_spelling(british).as_deref(), Some(american), "{british}");
        }
        for word in ["four", "tour", "rise", "cooperation", "defense", "hour"] {
            assert_eq!(american_spelling(word), None, "{word}");
        }
    }

    #[test]
    fn spelling_variants_merge_only_close_long_words() {
        let mut i = Interner::default();
        for w in ["sergei", "sergey", "lavrov", "lavrova", "putin", "puten", "wang", "wong", "crime", "prime", "abcdef", "badcef"] {
            i.intern(w);
        }
        let rep = spelling_variants(&i);
        let id = |i: &mut Interner, w: &str| i.intern(w) as usize;
        let r = |w: &str, i: &mut Interner| rep[id(i, w)];
        assert_eq!(r("sergei", &mut i), r("sergey", &mut i));
        assert_eq!(r("lavrov", &mut i), r("lavrova", &mut i));
        assert_eq!(r("putin", &mut i), r("puten", &mut i));
        assert_eq!(r("crime", &mut i), r("prime", &mut i));
        assert_ne!(r("wang", &mut i), r("wong", &mut i)); // too short
        assert_ne!(r("abcdef", &mut i), r("badcef", &mut i)); // distance 2
        assert_ne!(r("sergei", &mut i), r("lavrov", &mut i));
    }

    #[test]
    fn edit_distance_one_is_exact() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(edit_distance_one(&c("sergei"), &c("sergey")));
        assert!(edit_distance_one(&c("abc"), &c("abxc")));
        assert!(!edit_distance_one(&c("abc"), &c("abc")));
        assert!(!edit_distance_one(&c("abc"), &c("bca")));
    }
}

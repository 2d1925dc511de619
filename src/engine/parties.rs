//! The parties of diplomacy and the words that name them: every country and
//! territory (data/countries.tsv, generated from CLDR and other general data
//! by scripts/parties-data.py) and the international organizations
//! (data/organizations.tsv), in English, Russian and Chinese, with the
//! capitals that stand for their countries ("Moscow", "Пекин").
//!
//! Russian names are stored in the nominative and declined by rule
//! ([`super::russian`]); Chinese names are matched character by character,
//! as the tokenizer splits Han text. A form of several words matches word by
//! word. English names match only capitalized ("Chad", not "chad"), acronyms
//! only as written ("WHO", not "who"), and a possessive "'s" is no obstacle
//! ("Russia's").

use std::borrow::Cow;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::russian;

/// What kind of party a key names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A sovereign state (a UN member or observer state).
    State,
    /// A dependent territory or a region with its own ISO 3166 code.
    Territory,
    /// An international organization or a group of states.
    Organization,
}

struct Party {
    key: &'static str,
    kind: Kind,
    zh: Vec<&'static str>,
}

/// One way of naming a party: the accepted spellings of each of its words.
struct Form {
    party: u16,
    words: Vec<Vec<String>>,
    /// A capital standing for its country ("Lima"), which may also be a person's name.
    capital: bool,
}

struct Table {
    parties: Vec<Party>,
    forms: Vec<Form>,
    /// The forms by each accepted spelling of their first word: every word
    /// of every statement is looked up here, most of them in vain.
    by_first: FxHashMap<String, Vec<u32>>,
}

const COUNTRIES: &str = include_str!("data/countries.tsv");
const ORGANIZATIONS: &str = include_str!("data/organizations.tsv");

fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() > 1 && !word.chars().any(char::is_lowercase)
}

fn is_han(word: &str) -> bool {
    word.chars().next().is_some_and(super::lang::is_cjk)
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table { parties: Vec::new(), forms: Vec::new(), by_first: FxHashMap::default() };
        for line in COUNTRIES.lines().chain(ORGANIZATIONS.lines()).filter(|l| !l.starts_with('#') && !l.is_empty()) {
            let cols: Vec<&'static str> = line.split('\t').collect();
            let kind = match cols.get(1) {
                Some(&"state") => Kind::State,
                Some(&"org") => Kind::Organization,
                _ => Kind::Territory,
            };
            let party = t.parties.len() as u16;
            let forms = |i: usize| cols.get(i).into_iter().flat_map(|c| c.split('|')).filter(|f| !f.is_empty());
            let zh: Vec<&'static str> = forms(4).collect();
            t.parties.push(Party { key: cols[0], kind, zh });
            let mut add = |words: Vec<Vec<String>>, capital: bool| {
                let id = t.forms.len() as u32;
                for first in &words[0] {
                    t.by_first.entry(first.clone()).or_default().push(id);
                }
                t.forms.push(Form { party, words, capital });
            };
            for (col, capital) in [(2, false), (5, true)] {
                for f in forms(col) {
                    // (Cut as a text's words are: "Timor-Leste" is two.)
                    add(f.split([' ', '-']).filter(|w| !w.is_empty()).map(|w| vec![w.to_owned()]).collect(), capital);
                }
            }
            for (col, capital) in [(3, false), (6, true)] {
                for f in forms(col) {
                    // (Russian writes "ё" or "е" as it likes: forms keep "е".)
                    let words = russian::name_forms(f).into_iter().map(|w| w.into_iter().map(|s| s.replace('ё', "е")).collect()).collect();
                    add(words, capital);
                }
            }
            for (col, capital) in [(4, false), (7, true)] {
                for f in forms(col) {
                    add(f.chars().map(|c| vec![c.to_string()]).collect(), capital);
                }
            }
        }
        t
    })
}

/// The forms whose first word may be spelled `key`.
fn forms_by_first<'t>(t: &'t Table, key: &str) -> &'t [u32] {
    t.by_first.get(key).map_or(&[], Vec::as_slice)
}

/// `word` without a possessive ending ("Russia's" → "Russia").
fn bare(word: &str) -> &str {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).or_else(|| word.strip_suffix(['\'', '’'])).unwrap_or(word)
}

/// The spellings a text word is looked up by: as written (acronyms), in
/// lower case, and without a possessive ending.
fn keys(word: &str) -> impl Iterator<Item = Cow<'_, str>> {
    let bare = bare(word);
    let lower = (!is_acronym(bare) && bare.chars().any(|c| c.is_uppercase() || c == 'ё')).then(|| Cow::Owned(bare.to_lowercase().replace('ё', "е")));
    // A possessive that is part of a name ("People's Republic of China").
    let whole = (bare.len() < word.len()).then(|| Cow::Owned(word.replace('’', "'").to_lowercase()));
    std::iter::once(Cow::Borrowed(bare)).chain(lower).chain(whole)
}

/// True when `word` (as written) is `spelling` from a form.
fn matches(spelling: &str, word: &str, first: bool) -> bool {
    let bare = bare(word);
    let folded = |w: &str| w.chars().flat_map(char::to_lowercase).map(|c| match c {
        '’' => '\'',
        'ё' => 'е',
        c => c,
    }).eq(spelling.chars());
    let same = bare == spelling || (!is_acronym(bare) && folded(bare)) || (bare.len() < word.len() && folded(word));
    same && (!first || is_acronym(spelling) || !word.is_ascii() || word.starts_with(char::is_uppercase) || is_han(word))
}

/// The party named by the words starting at `words[0]` (as written), and how
/// many words name it; the longest form wins ("United States of America").
#[inline(never)]
pub fn party_at(words: &[&str]) -> Option<(&'static str, usize)> {
    form_at(words).map(|(p, n, _)| (p, n))
}

/// The party a Chinese word names, whole ("科威特"): the parties' Chinese
/// forms are read a character at a time, as the tokenizer splits Han text.
pub fn chinese_party(word: &str) -> Option<&'static str> {
    let chars: Vec<String> = word.chars().map(String::from).collect();
    let chars: Vec<&str> = chars.iter().map(String::as_str).collect();
    party_at(&chars).filter(|&(_, n)| n == chars.len()).map(|(party, _)| party)
}

/// As [`party_at`], and whether the form is a capital ("Lima", which may
/// also be a person's name).
pub fn form_at(words: &[&str]) -> Option<(&'static str, usize, bool)> {
    let t = table();
    let first = words.first()?;
    let mut best: Option<(&Form, usize)> = None;
    for key in keys(first) {
        for &id in forms_by_first(t, &key) {
            let form = &t.forms[id as usize];
            let n = form.words.len();
            if n > words.len() || best.is_some_and(|(_, m)| m >= n) {
                continue;
            }
            let all = form.words.iter().zip(words).enumerate().all(|(i, (spellings, w))| spellings.iter().any(|s| matches(s, w, i == 0)));
            if all {
                best = Some((form, n));
            }
        }
    }
    best.map(|(f, n)| (t.parties[f.party as usize].key, n, f.capital))
}

/// The most words a party's name has: [`party_at`] looks no further.
pub fn longest_name() -> usize {
    static LONGEST: OnceLock<usize> = OnceLock::new();
    *LONGEST.get_or_init(|| table().forms.iter().map(|f| f.words.len()).max().unwrap_or(1))
}

/// The key of a party by its name as a result gives it (a `&'static str`).
pub fn key(name: &str) -> Option<&'static str> {
    table().parties.iter().find(|p| p.key == name).map(|p| p.key)
}

/// The kind of party a key names.
pub fn kind(key: &str) -> Option<Kind> {
    table().parties.iter().find(|p| p.key == key).map(|p| p.kind)
}

/// The states a Chinese one-character abbreviation may stand for ("俄" in
/// "俄方" → Russia): those whose name begins with it; where one name is that
/// character and 国 ("中国", "美国"), that one, as Chinese abbreviates such
/// names. Several ("巴": Brazil, Pakistan, Panama) only the statements can tell apart.
pub fn zh_abbreviated(ch: &str) -> Vec<&'static str> {
    let states = || table().parties.iter().filter(|p| p.kind == Kind::State);
    if let Some(p) = states().find(|p| p.zh.iter().any(|z| z.strip_prefix(ch) == Some("国"))) {
        return vec![p.key];
    }
    states().filter(|p| p.zh.iter().any(|z| z.starts_with(ch))).map(|p| p.key).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_demonyms_capitals_and_organizations() {
        assert_eq!(party_at(&["Brazilian"]), Some(("Brazil", 1)));
        assert_eq!(party_at(&["Kenya's"]), Some(("Kenya", 1)));
        assert_eq!(party_at(&["Warsaw"]), Some(("Poland", 1)));
        assert_eq!(party_at(&["Saudi", "Arabia"]), Some(("Saudi Arabia", 2)));
        // A demonym of a country's other name, made as one of its names made its own.
        assert_eq!(party_at(&["Cabo", "Verdean"]), Some(("Cape Verde", 2)));
        assert_eq!(party_at(&["United", "States", "of", "America"]), Some(("United States", 4)));
        assert_eq!(party_at(&["U.S"]), Some(("United States", 1)));
        assert_eq!(party_at(&["us"]), None);
        assert_eq!(party_at(&["ASEAN"]), Some(("ASEAN", 1)));
        assert_eq!(party_at(&["NATO's"]), Some(("NATO", 1)));
        assert_eq!(party_at(&["People's", "Republic", "of", "China"]), Some(("China", 4)), "a possessive inside a name");
        assert_eq!(party_at(&["People’s", "Republic", "of", "Bangladesh"]), Some(("Bangladesh", 4)));
        assert_eq!(party_at(&["Uzbek"]), Some(("Uzbekistan", 1)), "a language official there alone, that begins its name");
        assert_eq!(party_at(&["Malay"]), None, "official in three countries");
        assert_eq!(party_at(&["who"]), None);
        assert_eq!(party_at(&["chad"]), None, "English names are capitalized");
        assert_eq!(party_at(&["Chad"]), Some(("Chad", 1)));
        assert_eq!(kind("African Union"), Some(Kind::Organization));
        assert_eq!(kind("Argentina"), Some(Kind::State));
    }

    #[test]
    fn every_party_is_named_as_its_texts_write_it() {
        // The name a chip shows is the one a text holds, typed with the
        // keyboard's apostrophe as its forms are (not CLDR's "Côte d’Ivoire").
        assert_eq!(party_at(&["Côte", "d'Ivoire"]), Some(("Côte d'Ivoire", 2)));
        assert!(table().parties.iter().all(|p| !p.key.contains('’')));
        // In full, where CLDR abbreviates ("St. Vincent & Grenadines").
        assert_eq!(party_at(&["Saint", "Vincent", "and", "the", "Grenadines"]), Some(("Saint Vincent and the Grenadines", 5)));
    }

    #[test]
    fn russian_forms_in_every_case() {
        assert_eq!(party_at(&["Аргентины"]), Some(("Argentina", 1)));
        assert_eq!(party_at(&["мексиканской"]), Some(("Mexico", 1)));
        assert_eq!(party_at(&["казахстанская"]), Some(("Kazakhstan", 1)));
        assert_eq!(party_at(&["Варшаве"]), Some(("Poland", 1)));
        assert_eq!(party_at(&["Соединенных", "Штатов"]), Some(("United States", 2)));
        assert_eq!(party_at(&["НАТО"]), Some(("NATO", 1)));
        assert_eq!(party_at(&["Евросоюза"]), Some(("European Union", 1)));
        // Official names, from ISO 3166-1 as iso-codes translates them, declined.
        assert_eq!(party_at(&["Социалистической", "Республики", "Вьетнам"]), Some(("Vietnam", 3)));
        assert_eq!(party_at(&["Российской", "Федерации"]), Some(("Russia", 2)));
    }

    #[test]
    fn chinese_names_character_by_character() {
        assert_eq!(party_at(&["埃", "及", "外"]), Some(("Egypt", 2)));
        assert_eq!(party_at(&["东", "盟"]), Some(("ASEAN", 2)));
        assert_eq!(party_at(&["越", "南", "社", "会", "主", "义", "共", "和", "国"]), Some(("Vietnam", 9)));
        assert!(zh_abbreviated("埃").contains(&"Egypt"));
        assert_eq!(zh_abbreviated("中"), vec!["China"], "中国, not 中非");
        assert!(zh_abbreviated("巴").len() > 1, "巴 alone is ambiguous");
    }
}

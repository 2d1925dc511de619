//! Who is who: what the two statements say about the people they name,
//! learned from both so that a later mention is understood as a reader
//! understands it:
//! - a person introduced with a party ("Russian Foreign Minister Sergei
//!   Lavrov", "the President of Brazil Ana Duarte", "Wang Yi, Foreign
//!   Minister of China", "埃及外长萨拉赫") speaks for it wherever named;
//! - an official introduced by title alone next to one introduced with a
//!   party ("Foreign Minister Wang Yi had a phone call with Russian Foreign
//!   Minister Sergei Lavrov") is of the other party of the pair;
//! - a title stands for the one person the statements introduce with it
//!   ("the Prime Minister");
//! - an honorific tells a person's gender ("Ms.", "Shri"), for "he" and "she".

use rustc_hash::FxHashMap;

use super::grammar::{listed, BE, DETERMINERS, LINKS, FEMALE, HEAD_OF_STATE_TITLES, HONORIFICS, MALE, PARTY_HEADS, PERSON_TITLES, TITLE_WORDS, ZH_TITLES};
use super::model::ByteRange;
use super::russian;
use super::parties::{chinese_party, form_at, kind, longest_name, party_at, zh_abbreviated, Kind};
use super::tokens::{Token, TokenKind};

/// A person's gender as the statements show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// "Mr", "he".
    Male,
    /// "Ms", "she".
    Female,
}

/// Most words an apposition's title runs to before its party: "Member of the
/// Political Bureau of the Communist Party of China Central Committee and
/// Minister of Foreign Affairs of" is about twenty.
const MAX_APPOSITION_WORDS: usize = 32;

/// What the statements say about the people they name.
#[derive(Default, Debug)]
pub struct Names {
    party: FxHashMap<String, Option<&'static str>>,
    /// Titles ("president", "foreign minister") and the parties of the people introduced with them.
    titles: Vec<(String, &'static str)>,
    gender: Vec<(String, Gender)>,
    /// Names introduced with a style ("His Highness Prince Mansour"): the style and the name's key.
    styled: Vec<(String, String)>,
    /// How often each party is named in the two statements.
    named: Counts,
    /// Officials introduced by title alone, with the party of the official beside them.
    unmarked: Vec<(String, &'static str)>,
    /// Chinese names of people, with their party.
    zh: Vec<(String, Option<&'static str>)>,
    /// Each statement learned (by a hash of its text), with the parties of the
    /// officials it introduces with a party and the names it gives without one.
    texts: Vec<Statement>,
}

/// How often each party comes up (a short list: a statement names few).
#[derive(Default, Debug)]
struct Counts(Vec<(&'static str, usize)>);

impl Counts {
    fn add(&mut self, party: &'static str) {
        match self.0.iter_mut().find(|(p, _)| *p == party) {
            Some((_, n)) => *n += 1,
            None => self.0.push((party, 1)),
        }
    }

    fn contains(&self, party: &str) -> bool {
        self.0.iter().any(|(p, _)| *p == party)
    }

    /// The parties, most often first (ties in name order).
    fn ranked(&self) -> Vec<(&'static str, usize)> {
        let mut v = self.0.clone();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        v
    }
}

/// What one statement introduces.
#[derive(Default, Debug)]
struct Statement {
    hash: u64,
    marked: Counts,
    unmarked: Vec<String>,
    /// Names first given beside another official's without a country: whose they are is not said.
    doubtful: Vec<String>,
    /// Officials it introduces by title without a country ("foreign minister", "haque"): its own.
    own_titles: Vec<(String, String)>,
    /// Whether it names an official of its own by name alone ("Михаил Ветров провёл…"), with no title.
    untitled_own: bool,
    /// The parties it names an office of, by title and country ("Председатель Правительства России").
    titled: Vec<&'static str>,
    /// Names it introduces with a country.
    introduced: Vec<String>,
    /// The party whose capital opens its dateline ("LUSAKA, 2 December 2025 –"): where it was issued.
    dateline: Option<&'static str>,
    /// The party whose government body names the page, its first line ([`publisher`]).
    publisher: Option<&'static str>,
    /// Whether its author speaks as "I" outside quotation marks ("Today I met with Premier Wang"):
    /// an official's own release.
    first_person: bool,
}

/// Adds `item` to `list` as its latest entry, once: a name mentioned again
/// moves to the end, where the lookups that prefer the latest find it, and
/// a long text that names the same people throughout keeps a short list.
fn keep_last<T: PartialEq>(list: &mut Vec<T>, item: T) {
    list.retain(|x| *x != item);
    list.push(item);
}

/// Most characters of a name written in Han characters: a Chinese name has
/// two to four, a foreign one transliterated up to six ("埃切韦里亚",
/// "斯托尔滕贝格"); a reporting verb ends it sooner ("埃切韦里亚表示").
const ZH_NAME_CHARS: usize = 6;

/// Chinese nouns of time (时间名词, as grammars class them) that follow a name
/// in a lede and are no part of it: "国家副主席刘建平当地时间17日…",
/// "外长王毅今天…".
const ZH_TIME_WORDS: &[&str] = &["当地时间", "北京时间", "今天", "今日", "昨天", "昨日", "明天", "日前", "近日", "此前", "上午", "下午", "晚上"];

/// True when the characters `chars` (one string each) begin with `word`.
fn zh_word_at(chars: &[&str], word: &str) -> bool {
    word.chars().count() <= chars.len() && word.chars().zip(chars).all(|(c, s)| s.chars().eq(std::iter::once(c)))
}

/// The marks that join the parts of a foreign name in Chinese: the middle
/// dot between its names ("恩东·姆巴") and the hyphen inside a double one
/// ("拉姆迪亚尔-巴普蒂斯特"), as GB/T 15834-2011 (标点符号用法) has them.
pub(super) const ZH_NAME_DOTS: &[&str] = &["·", "•", "・", "‧", "-"];

/// Lower-case particles inside a person's name ("bin", "al", "de", "van"), and their Russian
/// transcriptions ("бин", "аль").
pub(super) const NAME_PARTICLES: &[&str] = &[
    "bin", "bint", "ibn", "al", "el", "de", "del", "della", "da", "dos", "das", "di", "du", "la", "le", "van", "von", "der", "y", "бин", "бинт", "ибн",
    "аль", "эль", "де", "дель", "да", "дос", "ди", "дю", "ла", "ле", "ван", "фон", "дер",
];


/// True when a statement's author speaks as "I" outside quotation marks: a
/// subject, before its verb ("I met", not the numeral of "World War I in …").
fn speaks_as_i(all: &[Item]) -> bool {
    let mut quoted = false;
    let words: Vec<&Item> = all.iter().filter(|i| i.word || matches!(i.text, "“" | "”" | "«" | "»" | "\"")).collect();
    for (k, item) in words.iter().enumerate() {
        match item.text {
            "“" | "«" => quoted = true,
            "”" | "»" => quoted = false,
            "\"" => quoted = !quoted,
            "I" if !quoted && words.get(k + 1).is_some_and(|next| next.word && next.text.starts_with(char::is_lowercase) && !listed(LINKS, next.text)) => return true,
            _ => {}
        }
    }
    false
}

/// The party whose capital opens a dateline, in one of the statement's first
/// lines: the capital, then a comma, a colon or a dash ("LUSAKA, 2 December
/// 2025 –", "Dhaka, 21 October 2025:", "OSLO (Reuters) -").
fn dateline(text: &str, all: &[Item], sentences: &[(usize, usize)]) -> Option<&'static str> {
    for &(start, _) in sentences.iter().take(3) {
        let from = all.partition_point(|i| i.range.start < start);
        let line_start = text[..start].trim_end_matches([' ', '\t']).is_empty() || text[..start].trim_end_matches([' ', '\t']).ends_with('\n');
        if !line_start {
            continue;
        }
        // A dateline's place is often in capitals ("LUSAKA"): read as a name.
        let as_name = |w: &str| match w.chars().all(|c| !c.is_lowercase()) {
            true => w.chars().take(1).chain(w.chars().skip(1).flat_map(char::to_lowercase)).collect(),
            false => w.to_owned(),
        };
        let owned: Vec<String> = all[from..].iter().take_while(|i| i.word).take(longest_name()).map(|i| as_name(i.text)).collect();
        let words: Vec<&str> = owned.iter().map(String::as_str).collect();
        let Some((party, n, true)) = form_at(&words) else { continue };
        let after = all.get(from + n).map(|i| i.text);
        if matches!(after, Some("," | ":" | "–" | "—" | "-" | "(")) {
            return Some(party);
        }
    }
    None
}

/// The party whose government body names the page in its first line, the
/// site's name: whose statement it is ("Ministry of Foreign Affairs of the
/// Kingdom of Thailand", "gob.pe | Ministry of Foreign Affairs of Peru",
/// "Президент России", "中华人民共和国外交部"). The line is the body's name
/// and nothing else: a title or a body, words of its title and the party,
/// last, with no word in lower case that is not one of a title's.
fn publisher(text: &str, all: &[Item]) -> Option<&'static str> {
    let start = text.len() - text.trim_start().len();
    let end = start + text[start..].find('\n')?;
    if text[end..].trim().is_empty() {
        return None;
    }
    let line: Vec<&Item> = all.iter().take_while(|i| i.range.start < end).collect();
    let words: Vec<&str> = line.iter().filter(|i| i.word).map(|i| i.text).collect();
    // Chinese: the party, then the body.
    if words.iter().all(|w| w.chars().all(super::lang::is_cjk)) {
        let line: String = words.concat();
        let body = ZH_BODIES.iter().find(|b| line.ends_with(*b))?;
        return chinese_party(&line[..line.len() - body.len()]);
    }
    let lower = |w: &str| w.to_lowercase();
    // The body's word opens the line, or follows the site's address and a mark ("gob.pe |").
    let opens = line.iter().position(|i| i.word && (listed(PUBLISHING_BODIES, &lower(i.text)) || listed(HEAD_OF_STATE_TITLES, &lower(i.text))))?;
    if opens > 0 && !matches!(line[opens - 1].text, "|" | "·" | "–" | "—" | "-" | ":") {
        return None;
    }
    let from = line[..opens].iter().filter(|i| i.word).count();
    let rest = &words[from + 1..];
    if rest.len() > PUBLISHER_WORDS {
        return None;
    }
    // The party's name ends the line.
    let (party, at) = (0..rest.len()).find_map(|k| party_at(&rest[k..]).filter(|&(_, n)| k + n == rest.len()).map(|(p, _)| (p, k)))?;
    let title_words = rest[..at].iter().all(|w| listed(TITLE_WORDS, &lower(w)) || (w.starts_with(char::is_uppercase) && !listed(HEAD_OF_STATE_TITLES, &lower(w))));
    title_words.then_some(party)
}

/// Bodies whose name a government's site bears ("Ministry of Foreign
/// Affairs of …", "Правительство Российской Федерации").
const PUBLISHING_BODIES: &[&str] = &[
    "ministry", "government", "office", "presidency", "embassy", "department", "министерство", "правительство", "администрация",
    "посольство",
];

/// The Chinese bodies whose name a government's site bears, after the party's ("中华人民共和国外交部").
const ZH_BODIES: &[&str] = &["外交部", "政府", "国务院"];

/// Most words a site's name has after its body's word.
const PUBLISHER_WORDS: usize = 12;

fn hash(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    text.hash(&mut h);
    h.finish()
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

/// The key a name is learned and looked up by: lower case, without "'s",
/// and a Russian surname in its base form (below).
#[inline(never)]
fn name_key(word: &str) -> String {
    let lower = plain_key(word);
    russian::surname_base(&lower).unwrap_or(lower)
}

/// A name word in lower case, without "'s" and joined initials: the key of
/// a name whose nominative looks like a case form ("Бенсалем", learned from
/// "Бенсалемом" as "бенсалем").
fn plain_key(word: &str) -> String {
    let lower = word.to_lowercase().replace('’', "'");
    let lower = lower.strip_suffix("'s").map(str::to_owned).unwrap_or(lower);
    super::normalize::without_initials(&lower).to_owned()
}


/// True when some of `words` name a party.
pub(super) fn names_a_party(words: &[&str]) -> bool {
    (0..words.len()).any(|k| party_at(&words[k..]).is_some())
}

/// A word that can be part of a person's name: capitalized (a single
/// capital is an initial, or a Chinese name in Russian: "Ван И"), not a
/// title, not a party, not an acronym. A capital may be a surname ("Ana
/// Lima").
#[inline(never)]
pub(super) fn is_name_word(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    word.chars().next().is_some_and(char::is_uppercase)
        && (word.chars().any(char::is_lowercase) || letters == 1)
        && !is_title(word)
        && !listed(PARTY_HEADS, word)
        && form_at(&[word]).is_none_or(|(_, _, capital)| capital)
}

#[inline(never)]
pub(super) fn is_title(word: &str) -> bool {
    listed(PERSON_TITLES, word) || listed(TITLE_WORDS, word) || is_cyrillic(word) && listed(PERSON_TITLES, &title_base(word))
}

/// True when a word is written in Cyrillic (its first letter).
pub(super) fn is_cyrillic(word: &str) -> bool {
    word.chars().next().is_some_and(|c| super::lang::script_of(c) == super::lang::Script::Cyrillic)
}

/// True when the words before or after `words[i..i + n]` are a name that is
/// no party ("Ana Lima", "Sofia Lindqvist").
pub(super) fn beside_name(words: &[&str], i: usize, n: usize) -> bool {
    let name = |w: &str| is_name_word(w) && form_at(&[w]).is_none();
    (i > 0 && name(words[i - 1])) || words.get(i + n).is_some_and(|w| name(w))
}

/// True when the country's name at `words[i..i + n]` opens a person's name
/// between a title and the rest of the name ("Foreign Minister Salvador
/// Ndong", "President Jordan Mbeki"): English names a country after a title
/// only with "of" ("the President of El Salvador"), and Russian, which puts
/// it in the genitive there ("Президент Сальвадора"), is left as it is.
fn is_given_name(words: &[&str], i: usize, n: usize) -> bool {
    let title = i > 0 && is_title(words[i - 1]) && !listed(&["of", "for", "the"], words[i - 1]);
    title && !is_cyrillic(words[i]) && form_at(&words[i..i + n]).is_some() && words.get(i + n).is_some_and(|w| is_name_word(w) && form_at(&[w]).is_none())
}

/// Styles that stand for the person they address ("His Highness affirmed").
pub(super) const PERSONAL_STYLES: &[&str] = &["highness", "majesty", "excellency"];

/// Words of a title that are style, not office ("His Royal Highness", "Mr",
/// "of the Republic"): left out of a title's key.
const STYLES: &[&str] = &[
    "of", "the", "and", "his", "her", "for", "mr", "ms", "mrs", "dr", "h.e", "shri", "smt", "sir", "madam", "royal",
    "highness", "majesty", "excellency", "republic", "kingdom", "principality", "республики", "республика", "королевства", "королевство",
];

/// A title word in the form a key compares: lower case, and a Russian title
/// in the nominative ("Министра", "министром" → "министр"; "главой" →
/// "глава"), by the case endings of Russian nouns.
fn title_base(word: &str) -> String {
    let lower = word.to_lowercase();
    if !is_cyrillic(&lower) {
        return lower;
    }
    // An adjective of a title agrees with it: "наследным принцем" is "наследный принц".
    for ending in ["ого", "ому", "ым", "ом"] {
        if let Some(base) = lower.strip_suffix(ending).map(|stem| format!("{stem}ый")).filter(|b| listed(TITLE_WORDS, b)) {
            return base;
        }
    }
    for ending in ["ом", "ем", "ой", "ей", "а", "у", "е", "ы", "я", "ю", "и"] {
        if let Some(stem) = lower.strip_suffix(ending) {
            for base in [stem.to_owned(), format!("{stem}ь"), format!("{stem}а")] {
                if base != lower && listed(PERSON_TITLES, &base) {
                    return base;
                }
            }
        }
    }
    lower
}

/// True when the title key `longer` holds every word of `title`: "the
/// Minister" is the "Minister of Foreign Affairs".
pub(super) fn holds_title(longer: &str, title: &str) -> bool {
    title.split(' ').all(|w| longer.split(' ').any(|v| v == w))
}

/// The one known party of all `parties`; `None` when there are none, one is
/// unknown, or they differ.
pub(super) fn one_party(parties: impl IntoIterator<Item = Option<&'static str>>) -> Option<&'static str> {
    let mut parties = parties.into_iter();
    let first = parties.next()??;
    parties.all(|p| p == Some(first)).then_some(first)
}

/// True when a title key is "head of state" itself ("the Head of State",
/// "Глава государства").
pub(super) fn names_head_of_state(key: &str) -> bool {
    matches!(key.split(' ').collect::<Vec<_>>().as_slice(), ["head", "state"] | ["глава", "государства" | "государство"])
}

/// True when a title key is a head of state's ("president", not "vice
/// president").
pub(super) fn is_head_of_state(key: &str) -> bool {
    let words = || key.split(' ');
    words().any(|w| listed(HEAD_OF_STATE_TITLES, w)) && !words().any(|w| listed(&["vice", "deputy", "заместитель"], w))
}

/// The title words of `words` as one key: "Foreign Minister" → "foreign
/// minister" (qualifiers like "of", "the" and party names left out).
pub(super) fn title_key(words: &[&str]) -> Option<String> {
    words.iter().any(|w| names_a_person_title(w)).then(|| {
        let key: Vec<String> = words.iter().filter(|w| is_title(w) && !listed(STYLES, w)).map(|w| title_base(w)).collect();
        key.join(" ")
    })
}

/// True when `word` is a word of a title that [`title_key`] reads as a
/// person's ("minister", "президентом"): a title has one when any of its
/// words is one.
fn names_a_person_title(word: &str) -> bool {
    is_title(word) && !listed(STYLES, word) && listed(PERSON_TITLES, &title_base(word))
}

/// A sentence without what a title's portfolio says that is no party nor
/// name: the portfolios it enumerates between commas ("Minister of Foreign
/// Affairs, Migration and Tunisians Abroad, Mohamed Ben Slimane":
/// capitalized words joined by "and", after a title that names its
/// portfolio, and before the next comma), and the word that names which
/// affairs ("Minister of Foreign and European Affairs", "for Commonwealth
/// Affairs", "of European Integration"), a demonym or not.
/// What is left reads as a title and a name.
fn without_portfolio_words<'t>(items: &[Item<'t>]) -> Vec<Item<'t>> {
    let joining = |w: &str| listed(&["and", "of", "for", "the", "&"], w);
    let mut out: Vec<Item<'t>> = Vec::with_capacity(items.len());
    let mut k = 0;
    while k < items.len() {
        // "Minister for International Development Cooperation of the Kingdom of Sweden": the
        // capitalized words between a title's "for" or "of" and the "of" before its party name
        // the portfolio, whatever they are; its words that are no title words are left out
        // (with the "for" when none is left), so it reads as "Minister for Trade of Sweden" does.
        let after_title = out.last().is_some_and(|i| listed(&["for", "of"], i.text)) && out.iter().rev().nth(1).is_some_and(|i| listed(PERSON_TITLES, i.text));
        let portfolio_part = |i: &Item| i.word && i.text.starts_with(char::is_uppercase) && !listed(PERSON_TITLES, i.text) && form_at(&[i.text]).is_none();
        if after_title && portfolio_part(&items[k]) {
            let run = items[k..].iter().take_while(|i| portfolio_part(i) || i.word && listed(&["and", "&"], i.text)).count();
            let rest: Vec<&str> = items[k + run..].iter().take_while(|i| i.word).map(|i| i.text).collect();
            let party = rest.first() == Some(&"of") && (1..rest.len()).any(|j| {
                rest[1..j].iter().all(|w| listed(&["the"], w) || listed(TITLE_WORDS, w)) && party_at(&rest[j..]).is_some_and(|(_, n)| n == rest.len() - j)
            });
            if party && run > 0 && !listed(&["and", "&"], items[k + run - 1].text) {
                let mut kept: Vec<Item<'t>> = items[k..k + run].iter().filter(|i| is_title(i.text)).copied().collect();
                while kept.last().is_some_and(|i| listed(&["and", "&"], i.text)) {
                    kept.pop();
                }
                if kept.is_empty() {
                    out.pop();
                }
                out.extend(kept);
                k += run;
                continue;
            }
        }
        let affairs = items.get(k + 1).is_some_and(|i| listed(&["affairs", "integration"], i.text));
        if items[k].word && affairs && out.last().is_some_and(|i| joining(i.text)) && items[k].text.starts_with(char::is_uppercase) && !is_title(items[k].text) {
            k += 1;
            continue;
        }
        // An area joined by "and" to a portfolio of title words is the portfolio's too: "Minister
        // for Europe and Foreign Affairs" reads as "Minister for Foreign Affairs".
        // (Not a party, nor another title: "President of Ghana and Chairperson of ECOWAS".)
        let area = items[k].word && items[k].text.starts_with(char::is_uppercase) && !is_title(items[k].text) && form_at(&[items[k].text]).is_none();
        let portfolio_word = |i: &Item| i.word && i.text.starts_with(char::is_uppercase) && is_title(i.text) && !listed(PERSON_TITLES, i.text);
        let joined = items.get(k + 1).is_some_and(|i| i.text == "and") && items.get(k + 2).is_some_and(portfolio_word);
        if area && joined && out.last().is_some_and(|i| listed(&["for", "of"], i.text)) && out.iter().rev().nth(1).is_some_and(|i| listed(PERSON_TITLES, i.text)) {
            k += 2;
            continue;
        }
        // "Minister of Foreign Affairs and Emigrants of Lebanon", "... and
        // Emigrants Dr. Fadi Rahme": capitalized words joined to the
        // portfolio by "and", up to its party or an honorific. (Before a
        // comma the title ends anyway, and what it holds tells it apart.)
        if items[k].text == "and" && out.last().is_some_and(|i| i.text.eq_ignore_ascii_case("affairs")) {
            let run = items[k + 1..].iter().take(3).take_while(|i| i.word && i.text.starts_with(char::is_uppercase) && !is_title(i.text) && !listed(HONORIFICS, i.text)).count();
            let after = items.get(k + 1 + run).map(|i| i.text);
            if run > 0 && after.is_some_and(|w| listed(&["of", "for"], w) || listed(HONORIFICS, w)) {
                k += 1 + run;
                continue;
            }
            // "… and International Cooperation Marco Ferrante": the portfolio ends on its last word
            // that names one ("Cooperation", "Trade"), where the name begins.
            let capitalized = items[k + 1..].iter().take(3).take_while(|i| i.word && i.text.starts_with(char::is_uppercase) && !listed(PERSON_TITLES, i.text) && !listed(HONORIFICS, i.text));
            if let Some(last) = capitalized.collect::<Vec<_>>().iter().rposition(|i| listed(TITLE_WORDS, i.text)) {
                k += 2 + last;
                continue;
            }
        }
        // "Министром иностранных дел, региональной интеграции и тоголезцев за рубежом
        // Тоголезской Республики К.Амегахом": in Russian a minister's further
        // portfolios follow the first after a comma, in lower case, up to the party.
        if items[k].text == "," && out.iter().rev().take(4).take_while(|i| i.word).any(|i| is_cyrillic(i.text) && is_title(i.text)) {
            let portfolio = items[k + 1..].iter().take_while(|i| i.word && is_cyrillic(i.text) && i.text.starts_with(char::is_lowercase)).count();
            let rest: Vec<&str> = items[k + 1 + portfolio..].iter().take_while(|i| i.word).take(longest_name()).map(|i| i.text).collect();
            if (1..=8).contains(&portfolio) && party_at(&rest).is_some() {
                k += 1 + portfolio;
                continue;
            }
        }
        if items[k].text == "," {
            // The title before the comma: a person's title, then "of" or "for" and its portfolio.
            let title: Vec<&str> = out.iter().rev().take_while(|i| i.word).map(|i| i.text).collect();
            let names_portfolio = title.first().is_some_and(|w| w.starts_with(char::is_uppercase))
                && title.iter().position(|w| listed(&["of", "for"], w)).is_some_and(|of| title[of..].iter().any(|w| listed(PERSON_TITLES, w)));
            let end = k + 1 + items[k + 1..].iter().take_while(|i| i.word).count();
            let list = &items[k + 1..end];
            let enumerates = list.len() >= 2
                && list.iter().all(|i| i.text.starts_with(char::is_uppercase) || joining(i.text))
                && list.iter().any(|i| listed(&["and", "&"], i.text))
                && list.last().is_some_and(|i| !joining(i.text));
            if names_portfolio && enumerates && items.get(end).is_some_and(|i| i.text == ",") {
                // (Its party after the portfolios stays: "…, Migration and Tunisians Abroad of Tunisia,".)
                let party = list.iter().rposition(|i| i.text == "of").filter(|&of| {
                    let rest: Vec<&str> = list[of + 1..].iter().map(|i| i.text).collect();
                    party_at(&rest).is_some_and(|(_, n)| n == rest.len())
                });
                k = party.map_or(end + 1, |of| k + 1 + of);
                continue;
            }
        }
        out.push(items[k]);
        k += 1;
    }
    out
}

impl Names {
    /// Learns from one statement (call once per side, before asking), its
    /// `tokens` and `sentences` as [`super::tokens`] finds them.
    pub fn learn(&mut self, text: &str, tokens: &[Token], sentences: &[(usize, usize)]) {
        let all = items(text, tokens);
        let first_person = speaks_as_i(&all);
        self.texts.push(Statement { hash: hash(text), dateline: dateline(text, &all, sentences), publisher: publisher(text, &all), first_person, ..Statement::default() });
        let words: Vec<&str> = all.iter().filter(|i| i.word).map(|i| i.text).collect();
        let mut k = 0;
        while k < words.len() {
            match party_at(&words[k..]) {
                Some((p, n)) => {
                    self.named.add(p);
                    k += n;
                }
                // A Chinese abbreviation with 方 ("中方", "埃方") names its party too.
                None if words.get(k + 1) == Some(&"方") && words[k].chars().all(super::lang::is_cjk) => {
                    if let [p] = zh_abbreviated(words[k]).as_slice() {
                        self.named.add(p);
                    }
                    k += 2;
                }
                None => k += 1,
            }
        }
        // Introductions do not cross a sentence's end.
        let mut at = 0;
        for &(start, end) in sentences {
            let from = at + all[at..].partition_point(|i| i.range.start < start);
            at = from + all[from..].partition_point(|i| i.range.end <= end);
            self.learn_sentence(&all[from..at]);
        }
    }

    /// Introductions within one sentence: runs of words between punctuation,
    /// and appositions ("Wang Yi, Foreign Minister of China").
    fn learn_sentence(&mut self, items: &[Item]) {
        let items = &without_portfolio_words(items);
        let mut marked: Vec<&'static str> = Vec::new();
        let mut unmarked: Vec<(Option<String>, Vec<String>)> = Vec::new();
        // (The enumeration comma lists a ministry's portfolios: "外交、国际合作和对外贸易部长".)
        // (So does a foreign name's middle dot in Chinese: "恩东·姆巴", kept for the name.)
        let dot = |i: &Item| ZH_NAME_DOTS.contains(&i.text);
        let all_runs: Vec<Vec<&str>> = items
            .split(|i| !i.word && !matches!(i.text, "'" | "’" | "." | "-" | "、") && !dot(i))
            .map(|run| run.iter().filter(|i| i.word || dot(i)).map(|i| i.text).collect())
            .collect();
        let runs: Vec<Vec<&str>> = all_runs.iter().map(|run| run.iter().copied().filter(|w| !ZH_NAME_DOTS.contains(w)).collect()).collect();
        for (r, words) in runs.iter().enumerate() {
            if words.first().is_some_and(|w| w.chars().next().is_some_and(super::lang::is_cjk)) {
                self.learn_chinese(&all_runs[r], &mut marked, &mut unmarked);
            } else {
                self.learn_run(words, r == 0, &mut marked, &mut unmarked);
            }
        }
        // "The President of the Republic, Andrés Solano Vargas, held ...": a title with no party,
        // a comma, and a name, as "President Andrés Solano Vargas" would be.
        for pair in runs.windows(2) {
            let (run, name) = (&pair[0], &pair[1]);
            // (The name may carry a title or an honorific of its own: "the Minister of Foreign
            // Affairs, Ambassador Ibrahim Lawal".)
            let name = &name[name.iter().position(|w| !is_title(w) && !listed(HONORIFICS, w.trim_end_matches('.'))).unwrap_or(name.len())..];
            let title = &run[run.iter().rposition(|w| !is_title(w)).map_or(0, |p| p + 1)..];
            // (Particles stand inside a name: "Dr. Yusuf bin Khalil Al Mahmood".)
            let particle = |k: usize, w: &str| k > 0 && k + 1 < name.len() && listed(NAME_PARTICLES, w) && w.starts_with(char::is_lowercase);
            let name_words: Vec<&str> = name.iter().enumerate().filter(|&(k, w)| !particle(k, w)).map(|(_, w)| *w).collect();
            let whole = !name_words.is_empty() && name_words.len() <= 4 && name_words.iter().all(|w| is_name_word(w) && party_at(&[w]).is_none());
            if whole && title_key(title).is_some() && !names_a_party(run) {
                unmarked.push((title_key(title), name_words.iter().map(|w| name_key(w)).collect()));
            }
            // Titles in apposition, in Russian: "с наследным принцем, премьер-министром Королевства
            // Бахрейн Халидом": the titles before the comma are the same person's as the title, the
            // party and the name after it.
            let next = &pair[1];
            let apposed = title.last().is_some_and(|w| is_cyrillic(w)) && next.first().is_some_and(|w| is_title(w) && listed(PERSON_TITLES, &title_base(w)));
            if apposed && title_key(title).is_some() && !names_a_party(run) {
                if let Some(party) = one_party((0..next.len()).filter_map(|k| party_at(&next[k..])).map(|(p, _)| Some(p))) {
                    self.add_title(title, party);
                }
            }
        }
        // The parties whose office the sentence names by title and country ("Председатель
        // Правительства России", "President Lima of Chile").
        // (Once a run's words hold a person's title, every later title word ends one: read once.)
        let mut titled: Vec<&'static str> = Vec::new();
        for run in &runs {
            let mut person = false;
            for k in 1..run.len() {
                person |= names_a_person_title(run[k - 1]);
                if person && is_title(run[k - 1]) {
                    titled.extend(party_at(&run[k..]).map(|(p, _)| p));
                }
            }
        }
        self.learn_appositions(items, &mut marked);
        // (One introduction read by two rules, a run and an apposition, counts once.)
        marked.sort_unstable();
        marked.dedup();
        let statement = self.texts.last_mut().expect("learn pushes the statement first");
        for p in &marked {
            statement.marked.add(p);
        }
        // Two counterparts without a country ("President Putin ... to President Xi") and none with
        // one: which is whose, the sentence does not say.
        let counterparts = marked.is_empty() && unmarked.iter().enumerate().any(|(i, (t, _))| unmarked[..i].iter().any(|(u, _)| u == t));
        if counterparts {
            statement.doubtful.extend(unmarked.into_iter().flat_map(|(_, n)| n));
            return;
        }
        let doubtful = statement.doubtful.clone();
        for u in unmarked.iter().flat_map(|(_, n)| n).filter(|u| !doubtful.contains(u)) {
            keep_last(&mut statement.unmarked, u.clone());
        }
        statement.own_titles.extend(unmarked.iter().filter_map(|(t, n)| Some((t.clone()?, n.last()?.clone()))));
        statement.untitled_own |= unmarked.iter().any(|(t, _)| t.is_none());
        statement.titled.extend(titled);
        if let [party] = marked.as_slice() {
            for u in unmarked.into_iter().flat_map(|(_, n)| n) {
                keep_last(&mut self.unmarked, (u, party));
            }
        }
    }

    /// Appositions: "Wang Yi, State Councillor and Foreign Minister of the
    /// People's Republic of China" (a name, a comma, a title and a party) and
    /// "the President of Brazil, Ana Duarte," (a title, a party, a comma, a name).
    fn learn_appositions(&mut self, items: &[Item], marked: &mut Vec<&'static str>) {
        let words_at = |k: usize| items[k..].iter().take_while(|i| i.word).take(longest_name()).map(|i| i.text).collect::<Vec<_>>();
        // (A word inside a party's name names no other party: "Guinea's" in "Papua New Guinea's".)
        let mut inside: Option<(usize, &'static str)> = None;
        for k in 0..items.len() {
            if !items[k].word {
                continue;
            }
            let Some((party, n)) = party_at(&words_at(k)) else { continue };
            match inside.filter(|&(end, _)| k < end) {
                Some((_, outer)) if outer != party => continue,
                Some(_) => {}
                None => inside = Some((k + n, party)),
            }
            let mut j = k;
            // (After a possessive no title goes before the party: "the Chancellor and his Danish counterpart".)
            let possessed = k > 0 && listed(&["his", "her", "their"], items[k - 1].text);
            while j > 0 && items[j - 1].word && is_title(items[j - 1].text) && !possessed {
                j -= 1;
            }
            // A portfolio in words of its own, from a comma: "Castellini-Roux, Government
            // Counsellor-Minister for External Relations and Cooperation of Monaco" (capitalized
            // words, joined by "and" or a hyphen, with a person's title and its "for" or "of").
            let mut m = j;
            // (Two titles joined by "and": "Sultan and Yang Di-Pertuan of Brunei Darussalam".)
            let joins_titles = |m: usize| items[m - 1].text == "and" && m >= 2 && items[m - 2].word && listed(PERSON_TITLES, items[m - 2].text);
            while m > 0 && k - m < MAX_APPOSITION_WORDS && (items[m - 1].word && (is_title(items[m - 1].text) || items[m - 1].text.starts_with(char::is_uppercase)) || items[m - 1].text == "-" || joins_titles(m)) {
                m -= 1;
            }
            let of_party = k > 0 && listed(&["for", "of"], items[k - 1].text);
            let office = (m..k).any(|t| items[t].word && listed(PERSON_TITLES, items[t].text) && (items.get(t + 1).is_some_and(|i| listed(&["for", "of"], i.text)) || of_party && items.get(t + 1).is_some_and(|i| i.text == "and")));
            if m < j && m > 0 && items[m - 1].text == "," && items[m].text != "-" && office {
                j = m;
            }
            // A participle's object is no apposition: "Thanking the Russian leader, President
            // Lafortune recalled …" names Lafortune after the Russian leader, not as him.
            // (The participle opens its clause, and the title's phrase follows it.)
            let clause = items[..j].iter().rposition(|i| !i.word && i.text.trim().len() == 1 && !matches!(i.text, "'" | "’" | "-")).map_or(0, |p| p + 1);
            let opening: Vec<&str> = items[clause..j].iter().filter(|i| i.word).map(|i| i.text).collect();
            if let [participle, rest @ ..] = opening.as_slice() {
                if participle.len() > 4 && participle.ends_with("ing") && rest.iter().all(|w| listed(DETERMINERS, w)) {
                    continue;
                }
            }
            let before: Vec<&str> = items[j..k].iter().filter(|i| i.word).map(|i| i.text).collect();
            let (title, comma) = if title_key(&before).is_some() {
                (before, k + n)
            } else {
                // "Botswana's Minister for International Relations, Dr Kagiso Motsumi": the title after
                // the party, with its portfolio (capitalized words after "for" or "of").
                let mut m = k + n;
                let mut portfolio = false;
                // (The links of a portfolio's name too: "Secretary for Relations with States and International Organizations".)
                let link = |m: usize| listed(&["and", "with", "the"], items[m].text) && items.get(m + 1).is_some_and(|i| i.word && i.text.starts_with(char::is_uppercase));
                while m < items.len() && items[m].word && (is_title(items[m].text) || portfolio && (items[m].text.starts_with(char::is_uppercase) || link(m))) {
                    portfolio |= listed(&["for", "of"], items[m].text);
                    m += 1;
                }
                let after: Vec<&str> = items[k + n..m].iter().map(|i| i.text).collect();
                // A title that names a party of its own is that party's ("received in Tirana
                // the Minister of Foreign Affairs of Panama, Rodrigo Almanza").
                if title_key(&after).is_none() || names_a_party(&after) || !items.get(m).is_some_and(|i| i.text == ",") {
                    continue;
                }
                (after, m)
            };
            let mut found: Vec<usize> = Vec::new();
            // (Or a name, a comma and the party's title: "Rinaldi, the Holy See's Secretary for …,".)
            if j == k && comma > k + n && j >= 3 && listed(&["the"], items[j - 1].text) && items[j - 2].text == "," {
                j -= 1;
            }
            if (j < k || comma > k + n) && j >= 2 && items[j - 1].text == "," {
                // Back over the name, its particles ("Rosli bin Haji Mahmud"), the hyphens of a double
                // surname ("Castellini-Roux") and honorifics.
                let mut m = j - 1;
                let hyphen = |m: usize| items[m - 1].text == "-" && m >= 2 && items[m - 2].word && is_name_word(items[m - 2].text);
                while m > 0 && found.len() < 4 && (items[m - 1].word && (is_name_word(items[m - 1].text) || listed(NAME_PARTICLES, items[m - 1].text)) || hyphen(m)) {
                    m -= 1;
                    if items[m].word && is_name_word(items[m].text) && !listed(HONORIFICS, items[m].text) {
                        found.push(m);
                    }
                }
            }
            if items.get(comma).is_some_and(|i| i.text == ",") {
                // After the comma, honorifics first ("H.E. Amina Diallo").
                let mut m = comma + 1;
                // (And styles: "His Excellency Tomáš Havránek", "Senator the Hon. Marcia Reid".)
                while m < items.len() && (items[m].text == "." || items[m].word && (is_title(items[m].text) || listed(HONORIFICS, items[m].text))) {
                    m += 1;
                }
                // An organization's office held by an official with a title of their own ("As
                // Chairperson of the African Union, President Ngongo"): a second role, not the side
                // they speak for.
                let own_title = items[comma + 1..m].iter().any(|i| {
                    i.word && listed(PERSON_TITLES, i.text) && !listed(HONORIFICS, i.text.trim_end_matches('.')) && !listed(PERSONAL_STYLES, i.text)
                });
                if own_title && super::parties::kind(party) == Some(super::parties::Kind::Organization) {
                    continue;
                }
                // A name may hold particles in lower case ("Khalifa bin Saad Al-Marri", "Ana de la Cruz").
                // (And joined to the name by a hyphen: "al-Burhan", "аль-Бурханом".)
                let joined = |k: usize| items[k].text == "-" && k > 0 && listed(NAME_PARTICLES, items[k - 1].text);
                let particle = |m: usize| {
                    let next = (m..items.len()).find(|&k| !(items[k].word && listed(NAME_PARTICLES, items[k].text)) && !joined(k));
                    listed(NAME_PARTICLES, items[m].text) && next.is_some_and(|k| items[k].word && is_name_word(items[k].text))
                };
                // (And the full stop of an initial: "Josephine M. Kollie".)
                let initial = |m: usize| items[m].text == "." && m > 0 && items[m - 1].word && super::tokens::is_initial_letter(items[m - 1].text);
                let in_name = |m: usize| items[m].word && (is_name_word(items[m].text) || particle(m)) || joined(m) || initial(m);
                found.extend((m..items.len()).take(8).take_while(|&m| in_name(m)).filter(|&m| items[m].word && !particle(m)));
            }
            let Some(&first) = found.iter().min() else { continue };
            marked.push(party);
            self.add_title(&title, party);
            // An honorific just before the name ("H.E. Ms. Amina Diallo").
            let before: Vec<&str> = items[first.saturating_sub(4)..first].iter().filter(|i| i.word).map(|i| i.text).collect();
            let names: Vec<&str> = found.iter().map(|&m| items[m].text).collect();
            self.honorific(&before, &names);
            for w in names {
                self.add(name_key(w), party);
            }
        }
    }

    fn learn_run(&mut self, words: &[&str], opens_sentence: bool, marked: &mut Vec<&'static str>, unmarked: &mut Vec<(Option<String>, Vec<String>)>) {
        let mut i = 0;
        let mut introduced = vec![false; words.len()];
        let name_at = |k: usize| is_name_word(words[k]) || is_given_name(words, k, 1);
        while i < words.len() {
            let Some((party, n)) = self.party_in_run(words, i) else {
                i += 1;
                continue;
            };
            // [Title of] Party [Titles] Name Name.
            let mut j = i + n;
            while j < words.len() && is_title(words[j]) {
                j += 1;
            }
            let mut b = i;
            while b > 0 && is_title(words[b - 1]) {
                b -= 1;
            }
            // A Russian portfolio stands in lower case between title and party ("Министром
            // иностранных дел и сотрудничества Мозамбика", "Министром внешней торговли Люксембурга").
            let mut c = b;
            // (A capitalized adjective in the genitive too, which no name is: "Председателем Суверенного
            // совета Республики Судан".)
            let genitive_adjective = |w: &str| w.ends_with("ого") || w.ends_with("его");
            while c > 0 && b - c < 6 && is_cyrillic(words[c - 1]) && (words[c - 1].starts_with(char::is_lowercase) || genitive_adjective(words[c - 1])) {
                c -= 1;
            }
            // (After a body's title too, which the run qualifies: "Председателем Правительства
            // национального единства Ливии".)
            let mut t = c;
            while t > 0 && is_title(words[t - 1]) {
                t -= 1;
            }
            if c < b && t < c && title_key(&words[t..c]).is_some() {
                b = t;
            }
            let title_after = title_key(&words[i + n..j]);
            let title_before = title_key(&words[b..i]);
            let mut found: Vec<usize> = Vec::new();
            // Not after a title that ends on "for" or "of": its portfolio follows ("Minister for International Relations").
            let portfolio_follows = j > i + n && listed(&["for", "of"], words[j - 1]);
            if (title_after.is_some() || title_before.is_some()) && !portfolio_follows {
                // A name may hold particles ("Khalid bin Rashid Al-Mannai").
                let particle = |k: usize| listed(NAME_PARTICLES, words[k]) && words.get(k + 1).is_some_and(|w| is_name_word(w));
                found.extend((j..words.len()).take(6).take_while(|&k| name_at(k) || particle(k)).filter(|&k| !particle(k)));
            }
            if let Some(t) = &title_after {
                if !found.is_empty() {
                    self.titles.push((t.clone(), party));
                }
            }
            if title_before.is_some() && !found.is_empty() {
                self.add_title(&words[b..i], party);
            }
            // "The Uzbek delegation was headed by Deputy Minister Bakhtiyor Yuldashev": the head of a
            // party's delegation is of that party.
            let mut h = i + n;
            if words.get(h).is_some_and(|w| listed(&["delegation"], w)) {
                h += 1 + usize::from(words.get(h + 1).is_some_and(|w| listed(BE, w)));
                if words.get(h).is_some_and(|w| listed(&["headed", "led"], w)) && words.get(h + 1).is_some_and(|w| listed(&["by"], w)) {
                    let mut t = h + 2;
                    while t < words.len() && is_title(words[t]) {
                        t += 1;
                    }
                    // (The title is the party's even where a portfolio hides where the name starts:
                    // "led by State Secretary for Foreign Policy Mette Lindhardt", then "The State Secretary".)
                    if title_key(&words[h + 2..t]).is_some() {
                        let office = words[h + 2..t].iter().position(|w| listed(&["for", "of"], w)).map_or(t, |p| h + 2 + p);
                        self.add_title(&words[h + 2..office], party);
                        found.extend((t..words.len()).take(6).take_while(|&k| is_name_word(words[k])));
                    }
                }
            }
            // Title Name Name of [the] Party.
            let of = if i >= 2 && words[i - 1] == "of" {
                Some(i - 1)
            } else if i >= 3 && words[i - 1].eq_ignore_ascii_case("the") && words[i - 2] == "of" {
                Some(i - 2)
            } else {
                None
            };
            if let Some(of) = of {
                let mut k = of;
                let mut backward = Vec::new();
                while k > 0 && backward.len() < 4 && name_at(k - 1) {
                    k -= 1;
                    backward.push(k);
                }
                let mut t = k;
                while t > 0 && is_title(words[t - 1]) {
                    t -= 1;
                }
                if !backward.is_empty() && title_key(&words[t..k]).is_some() {
                    self.add_title(&words[t..k], party);
                    self.honorific(&words[t..k], &backward.iter().map(|&x| words[x]).collect::<Vec<_>>());
                    found.extend(backward);
                }
            }
            if !found.is_empty() {
                marked.push(party);
                let names: Vec<&str> = found.iter().map(|&k| words[k]).collect();
                self.honorific(&words[b..j], &names);
            }
            for k in found {
                introduced[k] = true;
                self.add(name_key(words[k]), party);
            }
            i += n;
        }
        // Title Name with no party: an official of the statement's own side, if beside a foreign one.
        let mut k = 0;
        while k < words.len() {
            let start = k;
            while k < words.len() && is_title(words[k]) && party_at(&words[k..]).is_none() {
                k += 1;
            }
            // A portfolio and an honorific between title and name ("Minister of Foreign Affairs and
            // International Cooperation Hon. Ana Lima"): the honorific shows where the title ends.
            let portfolio = (k > start).then(|| (k..words.len().min(k + 6)).find(|&h| listed(HONORIFICS, words[h].trim_end_matches('.')))).flatten();
            if let Some(h) = portfolio.filter(|&h| words[k..h].iter().all(|w| w.starts_with(char::is_uppercase) || is_title(w))) {
                k = h;
                while k < words.len() && listed(HONORIFICS, words[k].trim_end_matches('.')) {
                    k += 1;
                }
            }
            let title = &words[start..k];
            let mut names = Vec::new();
            // A name stops where a party's name starts ("the President of the Federative Republic of Brazil").
            while k < words.len() && names.len() < 4 && !introduced[k] && (is_name_word(words[k]) && party_at(&words[k..]).is_none() || is_given_name(words, k, 1)) {
                names.push(words[k]);
                k += 1;
            }
            // A full name alone opening the sentence ("Vladimir Putin had a conversation with US President Joseph Biden") too,
            // unless the statements introduced it with its party before ("Тендай Мушонга" after "Президентом
            // Республики Зимбабве Тендаем Мушонгой").
            let known = names.iter().any(|w| matches!(self.party.get(&name_key(w)), Some(Some(_))));
            if (title_key(title).is_some() && !names.is_empty()) || (title.is_empty() && names.len() >= 2 && start == 0 && opens_sentence && !known) {
                self.honorific(title, &names);
                unmarked.push((title_key(title), names.iter().map(|w| name_key(w)).collect()));
            }
            if k == start {
                k += 1;
            }
        }
    }

    /// Chinese: [Party][Title…]Name, the name running to the next title,
    /// party or function character; or Title…Name with no party.
    fn learn_chinese(&mut self, chars: &[&str], marked: &mut Vec<&'static str>, unmarked: &mut Vec<(Option<String>, Vec<String>)>) {
        const STOP: &[&str] = &["同", "与", "和", "通", "举", "会", "在", "表", "说", "指", "强", "的", "应", "就", "于", "进", "共", "出", "访", "是", "并", "也", "等", "时", "向", "对", "称", "认", "将"];
        let title_at = |k: usize| {
            let deputy = usize::from(chars.get(k) == Some(&"副"));
            let at = k + deputy;
            ZH_TITLES.iter().filter(|t| zh_word_at(&chars[at.min(chars.len())..], t)).map(|t| deputy + t.chars().count()).max()
        };
        // A minister after the ministry's name, after the party or another of the person's titles
        // ("赞比亚外交和国际合作部长", "副首相兼外交与国际合作大臣", "孟加拉国临时政府外交顾问"): the
        // title runs to the next title (部长, 大臣, 顾问). The
        // ministry's name holds no "with" (同; 与 or 和 before a party: between portfolios they are "and")
        // nor the call's verb (通电话, 会见, 表示), nor another party or a
        // clause before its noun ("正在中国进行国事访问的基里巴斯总统": the
        // president is Kiribati's, not China's).
        let with = |i: usize| chars[i] == "同" || (chars[i] == "与" || chars[i] == "和") && party_at(&chars[i + 1..]).is_some();
        let ministry = |j: usize| {
            (j + 1..chars.len().min(j + 14))
                .find(|&m| title_at(m).is_some())
                .filter(|&m| (j..m).all(|i| !with(i) && !["通", "会", "表", "说", "的"].contains(&chars[i]) && party_at(&chars[i..]).is_none()))
        };
        let mut k = 0;
        while k < chars.len() {
            let party = party_at(&chars[k..]);
            let mut j = party.map_or(k, |(_, n)| k + n);
            let mut titled = false;
            loop {
                if let Some(n) = title_at(j) {
                    j += n;
                    titled = true;
                } else if let Some(m) = party.and_then(|_| ministry(j)) {
                    j = m;
                } else {
                    break;
                }
            }
            if !titled {
                k += party.map_or(1, |(_, n)| n);
                continue;
            }
            let mut end = j;
            // A stop character followed by another is the name's own ("吴景和同…": 和 is the name's, 同 "with").
            let stops = |k: usize| STOP.contains(&chars[k]) && !(k + 1 < chars.len() && STOP.contains(&chars[k + 1]) && k > j);
            // (A number is no part of a name: "国家主席习近平5日上午".)
            // A foreign name is written in parts joined by a middle dot ("恩东·姆巴"), each part as long as a name.
            let joins = |k: usize| k > j && ZH_NAME_DOTS.contains(&chars[k]) && chars.get(k + 1).is_some_and(|c| c.chars().all(super::lang::is_cjk));
            let ends = |k: usize| {
                stops(k) || !chars[k].chars().all(super::lang::is_cjk) || title_at(k).is_some() || ZH_TIME_WORDS.iter().any(|w| zh_word_at(&chars[k..], w)) || party_at(&chars[k..]).is_some() || super::reporting::zh_verb_at(&chars[k..]).is_some()
            };
            let mut part = j;
            let mut parts = Vec::new();
            while end < chars.len() && end - part < ZH_NAME_CHARS && (joins(end) || !ends(end)) {
                if joins(end) {
                    parts.push((part, end));
                    part = end + 1;
                }
                end += 1;
            }
            if end - j >= 2 {
                let name: String = chars[j..end].concat();
                // A foreign name's part may stand for it later: its surname ("劳拉·克萨达", then
                // "克萨达"), or the name a person goes by ("沙希德·拉希德·汗", then "沙希德").
                parts.push((part, end));
                let alone: Vec<String> = if part > j { parts.iter().filter(|(a, b)| b - a >= 2).map(|&(a, b)| chars[a..b].concat()).collect() } else { Vec::new() };
                match party {
                    Some((p, _)) => {
                        marked.push(p);
                        self.zh.extend(std::iter::once(name).chain(alone).map(|n| (n, Some(p))));
                    }
                    None => unmarked.push((None, std::iter::once(name).chain(alone).collect())),
                }
            }
            k = end.max(k + 1);
        }
    }

    /// The party named at `words[i]`, unless it is a capital beside a name
    /// ("Ana Lima", "Sofia Lindqvist": a person, not Peru or Bulgaria) or a
    /// given name.
    fn party_in_run(&self, words: &[&str], i: usize) -> Option<(&'static str, usize)> {
        let (party, n, capital) = form_at(&words[i..])?;
        (!(capital && beside_name(words, i, n)) && !is_given_name(words, i, n)).then_some((party, n))
    }

    fn add_title(&mut self, title: &[&str], party: &'static str) {
        if let Some(t) = title_key(title) {
            self.titles.push((t, party));
        }
    }

    fn honorific(&mut self, before: &[&str], names: &[&str]) {
        // A style or honorific before "and" is another person's: "His Majesty and President Wang".
        let own = before.iter().rposition(|w| listed(&["and", "и"], w)).map_or(before, |k| &before[k + 1..]);
        for style in own.iter().filter(|w| listed(PERSONAL_STYLES, w)) {
            self.styled.extend(names.iter().map(|n| (style.to_lowercase(), name_key(n))));
        }
        let gender = if own.iter().any(|w| listed(MALE, w.trim_end_matches('.'))) {
            Gender::Male
        } else if own.iter().any(|w| listed(FEMALE, w.trim_end_matches('.'))) {
            Gender::Female
        } else {
            return;
        };
        for n in names {
            let key = name_key(n);
            self.gender.retain(|(k, _)| *k != key);
            self.gender.push((key, gender));
        }
    }

    fn add(&mut self, key: String, party: &'static str) {
        if let Some(s) = self.texts.last_mut() {
            s.introduced.push(key.clone());
        }
        let entry = self.party.entry(key).or_insert(Some(party));
        if *entry != Some(party) {
            *entry = None; // the same name for two parties: unknown
        }
    }

    /// The two parties the statements are about: the two whose officials they
    /// introduce with a country, else the two they name most (`None` when
    /// that does not tell two apart).
    pub(super) fn pair(&self) -> Option<(&'static str, &'static str)> {
        // Each side introduces the other's officials with their country: those two parties.
        let mut marked: Vec<&'static str> = self.texts.iter().flat_map(|t| t.marked.0.iter().map(|(p, _)| *p)).collect();
        marked.sort_unstable();
        marked.dedup();
        // Where two states are what the statements name most, an
        // organization whose official they cite ("the efforts of the UN
        // Secretary-General") is not a side.
        let ranked = self.named.ranked();
        let states = |top: &[(&str, usize)]| top.len() >= 2 && top[..2].iter().all(|(p, _)| kind(p) != Some(Kind::Organization));
        if states(&ranked) {
            marked.retain(|p| kind(p) != Some(Kind::Organization));
        }
        if let [a, b] = marked.as_slice() {
            return Some((a, b));
        }
        match ranked.as_slice() {
            [a, b, rest @ ..] if rest.first().is_none_or(|c| c.1 < b.1) => Some((a.0, b.0)),
            _ => None,
        }
    }

    /// The other party of the pair.
    pub(super) fn other(&self, party: &str) -> Option<&'static str> {
        let (a, b) = self.pair()?;
        if a == party {
            Some(b)
        } else if b == party {
            Some(a)
        } else {
            None
        }
    }

    /// The key a name word was learned by: its base, or as written where
    /// only that was learned.
    fn lookup_key(&self, word: &str) -> String {
        let key = name_key(word);
        let known = |k: &String| self.party.contains_key(k) || self.unmarked.iter().any(|(n, _)| n == k) || self.texts.iter().any(|t| t.unmarked.contains(k));
        if known(&key) {
            return key;
        }
        let plain = plain_key(word);
        if known(&plain) { plain } else { key }
    }

    /// The party a name word stands for, if it was introduced with one, or
    /// beside an official of the other party of the pair, or without a
    /// party in a statement whose own side is known.
    pub(super) fn party_of(&self, word: &str) -> Option<&'static str> {
        let key = self.lookup_key(word);
        if let Some(p) = self.party.get(&key) {
            return *p;
        }
        let beside: Vec<&'static str> = self.unmarked.iter().filter(|(n, _)| *n == key).map(|(_, p)| *p).collect();
        if let [p, rest @ ..] = beside.as_slice() {
            return rest.iter().all(|q| q == p).then(|| self.other(p)).flatten();
        }
        let homes: Vec<&'static str> = (0..self.texts.len()).filter(|&i| self.texts[i].unmarked.contains(&key)).filter_map(|i| self.home(i)).collect();
        match homes.as_slice() {
            [p, rest @ ..] if rest.iter().all(|q| q == p) => Some(p),
            _ => None,
        }
    }

    /// True when a name was first given beside another official's, neither
    /// with a country: the statements do not say whose side it is on.
    pub(super) fn doubtful(&self, word: &str) -> bool {
        let key = self.lookup_key(word);
        self.texts.iter().any(|t| t.doubtful.contains(&key))
    }

    /// Which learned statement `text` is.
    pub(super) fn statement_of(&self, text: &str) -> Option<usize> {
        let h = hash(text);
        self.texts.iter().position(|s| s.hash == h)
    }

    /// A statement's own side: the party whose body the page names as its
    /// site ([`publisher`]); else the other party of the pair from the one whose
    /// officials it introduces with their country ("Kenyan President ..." in
    /// the African Union's statement), as a statement names its own officials
    /// by title alone; if it introduces none, the country its dateline names
    /// (a visitor's statement is datelined where it was issued, so the
    /// dateline never overrides what the statement says of its officials).
    pub(super) fn home(&self, statement: usize) -> Option<&'static str> {
        self.home_of(statement, true)
    }

    /// [`Self::home`]; with `first_person`, an official's own release that
    /// says no side of its own ("Today I met with Premier Wang Jianguo") is
    /// the side the other statement of the event is not.
    fn home_of(&self, statement: usize, first_person: bool) -> Option<&'static str> {
        let text = self.texts.get(statement)?;
        if text.publisher.is_some() {
            return text.publisher;
        }
        let marked = text.marked.ranked();
        let other_statement = || match self.texts.len() {
            2 => self.home_of(1 - statement, false).and_then(|p| self.other(p)),
            _ => None,
        };
        match marked.as_slice() {
            [] if first_person && text.first_person && text.dateline.is_none() => other_statement(),
            [] => text.dateline,
            [(first, n), rest @ ..] if rest.first().is_none_or(|m| m.1 < *n) => self.other(first),
            _ => None,
        }
    }

    /// The party of the official a statement introduced without a country
    /// under a title that `title` is part of: "the Foreign Minister" in a
    /// ministry's readout is its own minister, the other side's being "the
    /// Russian Foreign Minister". `None` unless all such officials are of one
    /// known party.
    pub(super) fn own_title(&self, statement: usize, title: &str) -> Option<&'static str> {
        let wanted: Vec<&str> = title.split(' ').collect();
        let text = self.texts.get(statement)?;
        let parties: Vec<Option<&'static str>> = text
            .own_titles
            .iter()
            .filter(|(t, name)| wanted.iter().all(|w| t.split(' ').any(|v| v == *w)) && !text.introduced.contains(name))
            .map(|(_, name)| self.party_of(name))
            .collect();
        one_party(parties)
    }

    /// True when a statement names an official of its own by name alone, who
    /// may hold any title: a title alone there may be theirs.
    pub(super) fn names_own_untitled(&self, statement: usize) -> bool {
        self.texts.get(statement).is_some_and(|t| t.untitled_own)
    }

    /// True when a word was introduced as part of a person's name.
    pub(super) fn is_person(&self, word: &str) -> bool {
        let key = self.lookup_key(word);
        self.party.contains_key(&key) || self.unmarked.iter().any(|(n, _)| *n == key)
    }

    /// The party of the one person the statements introduce with this title
    /// ("prime minister"; with `within_longer`, "crown prince" for the "Crown
    /// Prince and Prime Minister"); `None` when none or several parties have one.
    pub(super) fn title_party(&self, title: &str, within_longer: bool) -> Option<&'static str> {
        let within = |t: &str| t == title || within_longer && format!(" {t} ").contains(&format!(" {title} "));
        one_party(self.titles.iter().filter(|(t, _)| within(t)).map(|(_, p)| Some(*p)))
    }

    /// The party of "the head of state" (`key`, a title key, names that
    /// office) in `statement`: its own official with a head of state's title
    /// ("The President of the Republic, Ahmed Daher Robleh"), or else the one
    /// party whose official the statements introduce with one ("President of
    /// Turkmenistan ... held talks with the Chairman of the Government of the
    /// Russian Federation", the other side's official holding another
    /// office); `None` for another title, or when two parties' heads of state
    /// are named.
    pub(super) fn head_of_state_party(&self, statement: Option<usize>, key: &str) -> Option<&'static str> {
        if !names_head_of_state(key) {
            return None;
        }
        let own: Vec<Option<&'static str>> = statement
            .and_then(|s| self.texts.get(s))
            .map(|text| text.own_titles.iter().filter(|(t, _)| is_head_of_state(t)).map(|(_, name)| self.party_of(name)).collect())
            .unwrap_or_default();
        if !own.is_empty() {
            return one_party(own);
        }
        // (And only beside an official of the other side, who holds another office: a meeting of
        // a head of state and a head of government or a minister.)
        let party = one_party(self.titles.iter().filter(|(t, _)| is_head_of_state(t)).map(|(_, p)| Some(*p)))?;
        self.party.values().any(|p| p.is_some_and(|p| p != party)).then_some(party)
    }

    /// True when the statements introduce an official of `party` with this
    /// title, or one that holds it ([`holds_title`]).
    pub(super) fn has_title(&self, title: &str, party: &str) -> bool {
        self.titles.iter().any(|(t, p)| *p == party && holds_title(t, title))
    }

    /// True when a statement names an office of `party` by title and country,
    /// which its official named by name alone may then be taken to hold.
    pub(super) fn titles_party(&self, statement: usize, party: &str) -> bool {
        self.texts.get(statement).is_some_and(|t| t.titled.contains(&party))
    }

    /// The party of the officials the statements introduce with this style
    /// ("highness"), for "His Highness" alone; `None` unless one party's.
    pub(super) fn styled_party(&self, style: &str) -> Option<&'static str> {
        one_party(self.styled.iter().filter(|(s, _)| s == style).map(|(_, n)| self.party_of(n)))
    }

    /// A person's gender, if an honorific showed it.
    pub(super) fn gender(&self, word: &str) -> Option<Gender> {
        let key = self.lookup_key(word);
        self.gender.iter().find(|(k, _)| *k == key).map(|(_, g)| *g)
    }

    /// A Chinese person named at the end of `chars` (a subject), and their party.
    pub(super) fn zh_person(&self, subject: &str) -> Option<(String, Option<&'static str>)> {
        if let Some((n, p)) = self.zh.iter().filter(|(n, _)| subject.ends_with(n.as_str())).max_by_key(|(n, _)| n.len()) {
            return Some((n.clone(), *p));
        }
        if let Some((n, p)) = self.unmarked.iter().filter(|(n, _)| subject.ends_with(n.as_str())).max_by_key(|(n, _)| n.len()) {
            return Some((n.clone(), self.other(p)));
        }
        // Named by title alone in a statement whose own side is known.
        let n = self.texts.iter().flat_map(|t| &t.unmarked).filter(|n| n.chars().all(super::lang::is_cjk) && subject.ends_with(n.as_str())).max_by_key(|n| n.len())?;
        Some((n.clone(), self.party_of(n)))
    }

    /// The party a Chinese one-character abbreviation stands for in these
    /// statements ("俄" → Russia; "巴" → whichever of Brazil and Pakistan they name).
    pub(super) fn zh_abbreviation(&self, ch: &str) -> Option<&'static str> {
        let candidates = zh_abbreviated(ch);
        match candidates.as_slice() {
            [one] => Some(one),
            _ => match candidates.iter().filter(|p| self.named.contains(p)).collect::<Vec<_>>().as_slice() {
                [one] => Some(one),
                _ => None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tokens::tokenize;

    #[test]
    fn the_site_named_in_the_first_line_publishes_the_statement() {
        let publisher = |t: &str| publisher(t, &items(t, &tokenize(t)));
        assert_eq!(publisher("Ministry of Foreign Affairs of the Kingdom of Thailand\n\nThe ministers met."), Some("Thailand"));
        assert_eq!(publisher("gob.pe | Ministry of Foreign Affairs of Peru\n\nThe ministers met."), Some("Peru"));
        assert_eq!(publisher("Президент России\n\nСостоялся телефонный разговор."), Some("Russia"));
        assert_eq!(publisher("中华人民共和国外交部\n\n双方交换了意见。"), Some("China"));
        // A headline names the other side as often as its own.
        assert_eq!(publisher("Crown Prince Receives Phone Call from President of France\n\nThey spoke."), None);
        assert_eq!(publisher("President Putin Holds Talks with President of Kazakhstan\n\nThey spoke."), None);
        assert_eq!(publisher("Ministry of Foreign Affairs Hosts Kenyan Delegation\n\nThey spoke."), None);
        assert_eq!(publisher("Ministry of Foreign Affairs of Peru"), None, "a line alone");
    }

    #[test]
    fn an_author_speaks_as_i_before_a_verb_outside_quotation_marks() {
        let speaks = |t: &str| speaks_as_i(&items(t, &tokenize(t)));
        assert!(speaks("Today I met with President Jorge Quispe."));
        assert!(!speaks("President Quispe met veterans of World War I in Lima."), "a numeral");
        assert!(!speaks("“I am confident,” President Quispe said."), "a quotation");
    }

    fn learned(texts: &[&str]) -> Names {
        let mut names = Names::default();
        for t in texts {
            let toks = tokenize(t);
            names.learn(t, &toks, &super::super::tokens::sentences(t, &toks));
        }
        names
    }

    #[test]
    fn introductions_with_a_party() {
        let n = learned(&["The President of the Federative Republic of Brazil, Ana Duarte, spoke with Prime Minister Rohan Mehra of India."]);
        assert_eq!(n.party_of("Mehra"), Some("India"));
        assert_eq!(n.title_party("prime minister", false), Some("India"));
        let n = learned(&["Kenyan President William Karanja received H.E. Ms. Amina Diallo, Chairperson of the African Union Commission."]);
        assert_eq!(n.party_of("Karanja"), Some("Kenya"));
        assert_eq!(n.party_of("Diallo"), Some("African Union"));
        assert_eq!(n.gender("Diallo"), Some(Gender::Female));
        // A participle's object is no apposition.
        let n = learned(&["Thanking the Icelandic leader, President Tupou recalled the first visit."]);
        assert_eq!(n.party_of("Tupou"), None);
        // A portfolio in words of its own, a hyphenated title and a double surname.
        let n = learned(&["Mrs. Ana Vella-Borg, Government Counsellor-Minister for External Relations and Cooperation of the Principality of Malta, received Minister Sione Vea."]);
        assert_eq!(n.party_of("Vella"), Some("Malta"));
        assert_eq!(n.party_of("Borg"), Some("Malta"));
        // A name, a comma, and the party's title with a portfolio in words joined by "with" and "and".
        let n = learned(&["Minister Ana Vella met Lord Sione Vea, the Kingdom of Tonga's Minister for Relations with Pacific States and Territories, in Nuku'alofa."]);
        assert_eq!(n.party_of("Vea"), Some("Tonga"));
    }

    #[test]
    fn an_organization_whose_official_is_cited_is_no_side() {
        // Two states are what the statements name most; the UN's
        // Secretary-General is cited, not a side of the call.
        let n = learned(&[
            "Minister Sione Vea held a call with his Omani counterpart, Mr. Salim Harthi. Tonga and Oman agreed. Tonga thanked Oman.",
            "On the border, Mr. Vea reaffirmed Tonga's support for the efforts of the UN Secretary-General and his Personal Envoy to reach a lasting solution, in line with the relevant Security Council resolutions.",
        ]);
        assert_eq!(n.party_of("Vea"), Some("Tonga"));
        assert_eq!(n.pair(), Some(("Oman", "Tonga")));
    }

    #[test]
    fn no_title_goes_before_a_party_after_a_possessive() {
        let n = learned(&["Minister Ana Lima of Peru spoke with Tongan Foreign Minister Sione Vea. Finally, the Chancellor and his Tongan counterpart, Sione Vea, agreed to meet."]);
        assert_eq!(n.title_party("chancellor", false), None, "the Chancellor is not the Tongan counterpart");
        assert_eq!(n.party_of("Vea"), Some("Tonga"));
    }

    #[test]
    fn a_portfolio_joined_by_and_ends_where_the_name_begins_and_keeps_its_party() {
        let n = learned(&["Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation Ana Duarte spoke with the Minister of Foreign Affairs, Migration and Tongans Abroad of Tonga, Sione Vea. Peru and Tonga agreed. Peru thanked Tonga."]);
        assert_eq!(n.party_of("International"), None, "a portfolio's word");
        assert_eq!(n.party_of("Vea"), Some("Tonga"));
        assert_eq!(n.party_of("Duarte"), Some("Peru"));
    }

    #[test]
    fn a_portfolio_is_no_name_and_a_delegation_s_head_is_of_its_party() {
        let n = learned(&["Minister Ana Lima was received by the Minister of External Relations of the Kingdom of Tonga, Sione Vea."]);
        assert_eq!(n.party_of("Relations"), None, "a portfolio's word");
        assert_eq!(n.party_of("Vea"), Some("Tonga"));
        let n = learned(&["The Tongan delegation was headed by Deputy Minister of Foreign Affairs Sione Vea."]);
        assert_eq!(n.party_of("Vea"), Some("Tonga"));
        let n = learned(&["Talks were held. The Tongan delegation was led by State Secretary for Foreign Policy Sione Vea."]);
        assert_eq!(n.title_party("state secretary", false), Some("Tonga"), "whatever the portfolio, the title is the delegation's");
    }

    #[test]
    fn an_area_joined_to_a_portfolio_by_and_is_the_portfolio_s() {
        let n = learned(&["She met the Minister for Europe and Foreign Affairs of the Republic of Albania, Arben Kola."]);
        assert_eq!(n.party_of("Kola"), Some("Albania"));
    }

    #[test]
    fn a_country_s_name_between_a_title_and_a_name_is_a_given_name() {
        let n = learned(&["Guinean Foreign Minister Jordan Camara spoke with Foreign Minister Salvador Ndong Mikue of Equatorial Guinea."]);
        assert_eq!(n.party_of("Ndong"), Some("Equatorial Guinea"));
        assert_eq!(n.party_of("Camara"), Some("Guinea"));
        let n = learned(&["The Minister of Foreign Affairs of El Salvador Ana Ruiz met Президент Сальвадора Хосе Перес."]);
        assert_eq!(n.party_of("Ruiz"), Some("El Salvador"));
        assert_eq!(n.party_of("Перес"), Some("El Salvador"));
    }

    #[test]
    fn the_chair_of_a_government_is_a_title() {
        let n = learned(&["On April 22, President of Tonga Sione Vea held talks with Chairman of the Government of the Russian Federation Andrey Vorontsov."]);
        assert_eq!(n.party_of("Vorontsov"), Some("Russia"));
        let n = learned(&["Председатель Кабинета Министров Тонги Сионе Веа провёл переговоры."]);
        assert_eq!(n.party_of("Кабинета"), None, "a government is no person");
        assert_eq!(n.party_of("Веа"), Some("Tonga"));
        // A body's title qualified in lower case between the person's title and the party.
        let n = learned(&["Переговоры Ивана Лесова с Председателем Правительства национального согласия Тонги Сионе Веа."]);
        assert_eq!(n.party_of("Веа"), Some("Tonga"));
    }

    #[test]
    fn an_official_without_a_party_beside_a_foreign_one_is_of_the_other_party() {
        let n = learned(&[
            "Foreign Minister Lena Brandl met Polish Foreign Minister Piotr Wierzbicki in Warsaw. Germany and Poland agreed. Germany thanked Poland.",
        ]);
        assert_eq!(n.party_of("Wierzbicki"), Some("Poland"));
        assert_eq!(n.party_of("Brandl"), Some("Germany"));
    }

    #[test]
    fn chinese_introductions() {
        let n = learned(&["国务委员兼外长王毅同埃及外长萨米尔通电话。埃及和中国。"]);
        assert_eq!(n.zh_person("萨米尔"), Some(("萨米尔".to_owned(), Some("Egypt"))));
        assert_eq!(n.zh_person("王毅").and_then(|p| p.1), Some("China"));
        assert_eq!(n.zh_abbreviation("埃"), Some("Egypt"));
        // A transliterated name of five characters, ended by the verb; a deputy's title and a
        // ministry's name with "and" (与) in it.
        let n = learned(&["外交部长陈立峰在北京同乌拉圭外长埃切韦里亚举行会谈。", "陈立峰同柬埔寨副首相兼外交与国际合作大臣谢索帕会谈。"]);
        assert_eq!(n.zh_person("埃切韦里亚"), Some(("埃切韦里亚".to_owned(), Some("Uruguay"))));
        assert_eq!(n.zh_person("谢索帕").and_then(|p| p.1), Some("Cambodia"));
        // The country a guest is visiting is not the guest's.
        let n = learned(&["外交部长李国华在北京会见正在中国进行国事访问的汤加首相图伊塔。"]);
        assert_eq!(n.zh_person("图伊塔").and_then(|p| p.1), Some("Tonga"));
        // A foreign name in parts joined by a middle dot is one name.
        let n = learned(&["外交部长李国华同汤加外交、贸易部长萨洛特·图普通电话。"]);
        assert_eq!(n.zh_person("萨洛特·图普"), Some(("萨洛特·图普".to_owned(), Some("Tonga"))));
        // Each of its parts may stand for it later: the surname, or the name a person goes by.
        let n = learned(&["国家主席李国华同来华访问的汤加首相萨洛特·阿卡纳·图普会谈。"]);
        for part in ["萨洛特", "阿卡纳", "图普"] {
            assert_eq!(n.zh_person(part).and_then(|p| p.1), Some("Tonga"), "{part}");
        }
    }
}

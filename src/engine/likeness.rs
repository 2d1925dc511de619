//! How alike two groups of sentences are, the evidence sentence pairing
//! ([`super::align`]) chooses by: the meaningful words they share, each
//! weighed by how rare it is across both statements, with a country's name
//! and demonym as one concept; words that paraphrase each other
//! ([`super::lexicon`]: "talks"/"negotiations"), at half the weight of the
//! same word; Chinese by pairs of characters; between English and Russian or
//! Chinese, words and their translations ([`super::translations`]:
//! "сотрудничество"/"cooperation"), and names and international words
//! spelled in the other alphabet ([`super::sounds`]); the words shared phrases link between
//! them; and who speaks, by party.
//!
//! Some evidence is not enough alone: the names of the statements' two
//! parties (every sentence of a readout carries them) never make a pair by
//! themselves, and a heading (a title, a dateline) pairs only with a
//! heading. Some is enough however long the sentences: two meaningful words
//! (or a phrase) that the two sentences alone say in their statements; and
//! two ledes, or two headlines, which name the one event, need only a word in common.

use std::borrow::Cow;
use std::cell::RefCell;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap, FxHashSet};

use super::acronyms;
use super::concepts::{party_at, BOTH};
use super::parties::{chinese_party, form_at, longest_name};
use super::lang::{is_cjk, script_of, Script};
use super::lexicon;
use super::options::Lang;
use super::translations::{self, Translations};
use super::grammar::{listed, ACCEPTED_RU, ACCEPTING, CONTACT_NOUNS, INITIATION_WORDS, INVITATION_NOUNS, INVITING_VERBS};
use super::reporting;
use super::model::Speaker;
use super::normalize::{american_spelling, Interner, Unit};
use super::shared::Run;
use super::side::Prepared;
use super::sounds;

/// Lowest similarity at which two sentences are paired.
pub const MIN_SIMILARITY: f64 = 0.2;
/// Similarity at which sentences pair with only two shared words.
const LIKELY_SIMILARITY: f64 = 0.35;
/// Similarity at which sentences pair even with a single shared word.
const SURE_SIMILARITY: f64 = 0.5;
/// Similarity factor when both sentences have the same speaker's party, and
/// when their parties differ.
const SAME_PARTY: f64 = 1.25;
const OTHER_PARTY: f64 = 0.5;
/// What a pair of words that paraphrase each other weighs, as a share of
/// the lighter word's weight: less than the same word said twice.
const PARAPHRASE: f64 = 0.5;
/// What a word and its translation weigh, as a share of the lighter word's
/// weight: as much as the same word, which it is in another language.
const TRANSLATION: f64 = 1.0;
/// Words and their translations two sentences between two pairs must share
/// to pair across languages, as many as a pair of low similarity needs
/// ([`acceptable`]).
const GAP_TRANSLATIONS: usize = 3;
/// Marks a sense that is an English word's meaning ([`translations`]), not
/// a paraphrase group: the rest of the key is the English stem's interned id.
const TRANSLATED: u32 = 1 << 31;
/// Lowest similarity at which two sentences pair that alone in their
/// statements share two meaningful words.
const EXCLUSIVE_SIMILARITY: f64 = 0.1;
/// Lowest similarity at which two headings pair (they are short, and both
/// name the one event their statements report).
const HEADING_SIMILARITY: f64 = 0.1;
/// Most words a heading has.
pub(super) const HEADING_WORDS: usize = 30;
/// Most words a dateline has.
const DATELINE_WORDS: usize = 8;

/// What shared phrases link between a left and a right sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Link {
    /// Words of the phrases, each over the phrase's number of occurrences.
    pub words: f64,
    /// Meaningful words of the phrases said once on each side, here.
    pub exclusive: usize,
}

/// What shared phrases link, per (left sentence, right sentence).
pub type Links = FxHashMap<(usize, usize), Link>;

/// Most occurrence pairs a phrase may have and still link sentences: a
/// phrase said everywhere says nothing about which sentences correspond.
const MAX_LINKS_PER_PHRASE: usize = 64;

/// Links the sentences where a phrase occurs on each side, weighing each
/// link by the phrase's words over its number of occurrences (a phrase said
/// once on each side links its two sentences alone). A phrase said
/// many times on both sides links its occurrences in order (the k-th of n
/// on one side with the one at the same relative place on the other)
/// rather than each with each.
pub fn links<'o>(occurrences: impl Iterator<Item = &'o [Vec<Run>; 2]>, [a, b]: [&Prepared; 2]) -> Links {
    let mut links = Links::default();
    for [oa, ob] in occurrences {
        let (Some(first), false) = (oa.first(), ob.is_empty()) else { continue };
        let words = a.units[first.units()].iter().filter(|u| u.word).count() as f64;
        let weight = words / oa.len().max(ob.len()) as f64;
        let once = oa.len() == 1 && ob.len() == 1;
        let exclusive = if once { first.units().filter(|&i| a.units[i].content && !continues_name(a, i)).count() } else { 0 };
        let mut link = |x: &Run, y: &Run| {
            let l = links.entry((a.sentence_of[x.start], b.sentence_of[y.start])).or_default();
            l.words += weight;
            l.exclusive += exclusive;
        };
        if oa.len() * ob.len() <= MAX_LINKS_PER_PHRASE {
            oa.iter().for_each(|x| ob.iter().for_each(|y| link(x, y)));
        } else if oa.len() >= ob.len() {
            oa.iter().enumerate().for_each(|(i, x)| link(x, &ob[i * ob.len() / oa.len()]));
        } else {
            ob.iter().enumerate().for_each(|(j, y)| link(&oa[j * oa.len() / ob.len()], y));
        }
    }
    links
}

/// True when unit `i` of a side goes on a name begun by the word before it:
/// capitalized meaningful words in a row ("North Atlantic", "United
/// Nations", "Joint Commission") name one thing, so two sentences that alone
/// say such a name share one thing, not one per word.
fn continues_name(p: &Prepared, i: usize) -> bool {
    let capital = |u: &Unit| u.content && p.text[p.tokens[u.token].start..].chars().next().is_some_and(char::is_uppercase);
    let Some(before) = i.checked_sub(1).map(|b| &p.units[b]) else { return false };
    let this = &p.units[i];
    p.sentence_of[i - 1] == p.sentence_of[i]
        && capital(before)
        && capital(this)
        && p.text[p.tokens[before.token].end..p.tokens[this.token].start].chars().all(char::is_whitespace)
}

/// What pairing knows of one side's sentences.
pub struct SideSentences {
    /// Per sentence: its meaningful words as sorted, distinct feature ids.
    pub(super) features: Vec<Vec<u32>>,
    /// Per sentence: (paraphrase group, feature) for each of its words the
    /// paraphrase table knows, and, against a statement in another language,
    /// (an English word's meaning | [`TRANSLATED`], feature) for each of its
    /// words in English or with a translation, sorted.
    pub(super) senses: Vec<Vec<(u32, u32)>>,
    /// Features that name a party (a country by name or demonym).
    pub(super) party_features: FxHashSet<u32>,
    /// Per sentence: how many words it has.
    pub(super) words: Vec<usize>,
    /// Per sentence: a heading (a title, a dateline), not a sentence of the body.
    pub(super) headings: Vec<bool>,
    /// Per sentence: a dateline (a date, with the place it was issued, if any).
    pub(super) datelines: Vec<bool>,
    /// Per sentence: a heading that is the site's path to the page ("Home >
    /// News > Press releases"), which the page's own headings follow.
    pub(super) paths: Vec<bool>,
    /// Per sentence: the party its speaker speaks for, if known.
    pub(super) parties: Vec<Option<String>>,
    /// Per sentence: its features that go on a name begun by the word
    /// before them ([`continues_name`]), sorted.
    pub(super) name_tails: Vec<Vec<u32>>,
    /// Features written capitalized inside a sentence: names ("Tallinn",
    /// "Baltic Sea"), which a statement says in many contexts.
    pub(super) names: FxHashSet<u32>,
    /// Per sentence with a speaker: the features of what it credits the
    /// speaker with saying (the words after "The leaders agreed"), reporting
    /// verbs left out, sorted; `None` where no speaker is found (the whole
    /// sentence is its content).
    pub(super) said: Vec<Option<Vec<u32>>>,
    /// Written in Chinese, whose parties' names pairing reads as words of
    /// the translation table ([`chinese_words`]).
    pub(super) chinese: bool,
    /// Per sentence: it says at whose initiative the event took place
    /// ([`is_initiation`]).
    pub(super) initiations: Vec<bool>,
    /// Per sentence: it tells of a subject talked over ("discussed",
    /// "exchanged views on", "обсудили", "交换意见"), not of what was said.
    pub(super) topics: Vec<bool>,
    /// Per sentence: what it says of an invitation ([`invitation`]).
    pub(super) invitations: Vec<Invitation>,
    /// The sense keys that are how words sound or are spelled, not
    /// meanings (names, [`sounds::name_keys`]; international words,
    /// [`sounds::borrowed_key`]): one the other side does not say is no
    /// evidence.
    pub(super) spellings: FxHashSet<u32>,
    /// The features that are "one" and a country's name ([`one_party_terms`]).
    pub(super) policy_terms: FxHashSet<u32>,
}

impl SideSentences {
    /// True when sentence `i` credits no one with what it says: the
    /// statement's own narration.
    pub fn narrated(&self, i: usize) -> bool {
        self.said[i].is_none() && self.parties[i].is_none()
    }

    /// The lede: the first sentence after the headings, if it is credited
    /// to no one (the report of the event itself) and is no sentence that
    /// says at whose initiative the event took place ("Разговор состоялся по
    /// инициативе ливийской стороны", after a headline that reports it).
    pub fn lede(&self) -> Option<usize> {
        self.headings.iter().position(|h| !h).filter(|&i| self.parties[i].is_none() && !self.initiations[i])
    }

    /// The headline: the longest of the headings before the body that is no
    /// dateline (not "PRESS RELEASE" above it), below the site's path to
    /// the page if one is given (the site's name heads the page, above the
    /// path); of two as long, the one nearer the body.
    pub fn title(&self) -> Option<usize> {
        let body = self.headings.iter().position(|h| !h).unwrap_or(self.headings.len());
        let longest = |from: usize| (from..body).filter(|&i| !self.datelines[i]).max_by_key(|&i| (self.words[i], i));
        let below_path = (0..body).rev().find(|&i| self.paths[i]).map_or(0, |i| i + 1);
        longest(below_path).or_else(|| longest(0))
    }

    /// Per sentence: a heading that is the page's furniture, no line of the
    /// statement's own: above its headline (the site's name, a section's
    /// path, "Press release"), or below where its body begins (a sign-off).
    /// (Made once per comparison: pairing asks it of every two headings.)
    fn furniture(&self) -> Vec<bool> {
        let body = self.headings.iter().position(|h| !h).unwrap_or(self.headings.len());
        let title = self.title();
        (0..self.len()).map(|i| self.headings[i] && (title.is_none_or(|t| i < t) || i > body)).collect()
    }

    /// The one sentence of the body, if one alone, that says at whose
    /// initiative the event took place ("The conversation took place at the
    /// initiative of the Libyan side"), when it is not the lede.
    pub fn initiation(&self) -> Option<usize> {
        let mut all = (0..self.len()).filter(|&s| self.initiations[s] && !self.headings[s]);
        all.next().filter(|&s| all.next().is_none() && Some(s) != self.lede())
    }

    /// The parties sentence `s` names, as features.
    fn parties_named(&self, s: usize) -> Vec<u32> {
        self.features[s].iter().copied().filter(|f| self.party_features.contains(f)).collect()
    }

    /// Describes the sentences of one side, compared with a statement in
    /// `against`: country names and demonyms become one concept, and the
    /// words the paraphrase table (and, across languages, the translation
    /// table) knows are looked up there, each distinct word once.
    pub fn new(p: &Prepared, speakers: &[Option<Speaker>], against: Lang, their_acronyms: &FxHashMap<String, u32>, interner: &mut Interner) -> Self {
        let (text, units, sentence_of) = (p.text, &p.units, &p.sentence_of);
        let n = speakers.len();
        let mut features = vec![Vec::new(); n];
        let mut senses: Vec<Vec<(u32, u32)>> = vec![Vec::new(); n];
        let mut party_features = FxHashSet::default();
        let mut words = vec![0; n];
        let mut topics = vec![false; n];
        let mut name_tails = vec![Vec::new(); n];
        let mut names = FxHashSet::default();
        let mut said: Vec<Option<Vec<u32>>> = speakers.iter().map(|sp| sp.as_ref().map(|_| Vec::new())).collect();
        let surface = |u: &Unit| &text[p.tokens[u.token].start..p.tokens[u.token].end];
        let cjk = |u: &Unit| surface(u).chars().next().is_some_and(is_cjk);
        let table = lexicon::current();
        // Where the forms are not English stems, the table's key is made here.
        let stemmer = (!p.english_stems).then(|| Stemmer::create(Algorithm::English));
        let mut concept: FxHashMap<&str, Option<u32>> = FxHashMap::default();
        let mut groups: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        // Across languages: each word's English meanings; Chinese as the
        // words the translation table knows and countries' names.
        let translating = translations::needed(p.lang, against).is_some();
        let translation = translations::current(p.lang).filter(|_| translating);
        let mut meanings: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        let mut spellings = FxHashSet::default();
        // Russian and English share international words ([`sounds::borrowed_key`]).
        let borrowing = translating && [p.lang, against].contains(&Lang::Russian);
        if translating {
            for (s, m, d) in dates(p) {
                features[s].push(interner.intern(&format!("\u{3}date:{m}-{d}")));
            }
        }
        for (s, figure) in figures(p) {
            features[s].push(interner.intern(&format!("\u{7}figure:{figure}")));
        }
        let mut policy_terms = FxHashSet::default();
        for (s, party) in one_party_terms(p) {
            let id = interner.intern(&format!("\u{4}one:{party}"));
            policy_terms.insert(id);
            features[s].push(id);
        }
        if let Some(translation) = translation.filter(|_| p.lang == Lang::Chinese) {
            for (s, word) in chinese_words(p, translation) {
                if reporting::names_a_topic(&word) {
                    topics[s] = true;
                    continue;
                }
                let feature = match chinese_party(&word) {
                    Some(party) => {
                        let id = interner.intern(&format!("\u{1}party:{party}"));
                        party_features.insert(id);
                        id
                    }
                    None => interner.intern(&word),
                };
                features[s].push(feature);
                senses[s].extend(translated_keys(translation.english(&word), table, interner).into_iter().map(|k| (k, feature)));
            }
        }
        // A name the other side writes as an acronym is that acronym, in one
        // word (in one language: across two, each says its own).
        let spelled = if translating { FxHashMap::default() } else { acronyms::spelled(p, their_acronyms) };
        // Units up to this one are the later words of a party's name said in
        // several ("Viet Nam", "Sri Lanka"), which its first word stands for.
        let mut named_until = 0;
        for (i, u) in units.iter().enumerate() {
            let s = sentence_of[i];
            words[s] += usize::from(u.word);
            if !u.content || i < named_until {
                continue;
            }
            // Across languages a Chinese character says something only in a
            // word the translation table knows, which stands for it.
            if cjk(u) && translation.is_some() {
                continue;
            }
            if cjk(u) {
                // Chinese: a pair of meaningful characters, not one alone.
                if let Some(next) = units.get(i + 1).filter(|n| n.content && cjk(n) && sentence_of[i + 1] == s) {
                    let pair = format!("{}{}", interner.form(u.id), interner.form(next.id));
                    features[s].push(interner.intern(&pair));
                }
                continue;
            }
            let start = p.tokens[u.token].start;
            let in_said = |start: usize| speakers[s].as_ref().is_some_and(|sp| sp.said.start <= start && start < sp.said.end);
            if let Some(&(id, first)) = spelled.get(&i) {
                if first {
                    features[s].push(id);
                    names.insert(id);
                    if let Some(said) = said[s].as_mut().filter(|_| in_said(start)) {
                        said.push(id);
                    }
                }
                continue;
            }
            let word = surface(u);
            let following: Vec<&str> = units[i..]
                .iter()
                .zip(&sentence_of[i..])
                .take_while(|&(v, &t)| v.word && t == s)
                .take(longest_name())
                .map(|(v, _)| surface(v))
                .collect();
            // (Not a capital: "a flight between Mexico City and Buenos Aires" names places.)
            let party = match form_at(&following).filter(|&(_, n, capital)| n > 1 && !capital) {
                Some((party, n, _)) => {
                    named_until = i + n;
                    Some(interner.intern(&format!("\u{1}party:{party}")))
                }
                None => *concept.entry(word).or_insert_with(|| {
                    party_at(&[word]).map(|(party, _)| interner.intern(&format!("\u{1}party:{party}")))
                }),
            };
            // A reporting verb ("agreed", "stressed") is frame, wherever it stands.
            let in_said = in_said(start) && !reporting::verb_at(word, None).0.any();
            // Talking a subject over is the frame of what was said, not what: two
            // sentences that say "discussed" report two subjects, or one.
            if party.is_none() && reporting::names_a_topic(word) {
                topics[s] = true;
                continue;
            }
            let feature = party.unwrap_or(u.id);
            features[s].push(feature);
            if let Some(said) = said[s].as_mut().filter(|_| in_said) {
                said.push(feature);
            }
            if let Some(id) = party {
                party_features.insert(id);
                continue;
            }
            let opens_sentence = i == 0 || sentence_of[..i].iter().rev().zip(units[..i].iter().rev()).take_while(|(&t, _)| t == s).all(|(_, v)| !v.word);
            if word.starts_with(char::is_uppercase) && !opens_sentence {
                names.insert(u.id);
            }
            if continues_name(p, i) {
                name_tails[s].push(u.id);
            }
            if translating {
                let keys = meanings.entry(u.id).or_insert_with(|| {
                    let mut keys = match translation {
                        Some(translation) => translated_keys(translation.english(word), table, interner),
                        None => meaning_keys(&english_stems(word, u.id, stemmer.as_ref(), interner), interner),
                    };
                    // A name no dictionary translates is the name as it sounds.
                    if keys.is_empty() || translation.is_none() {
                        for code in sounds::name_keys(word) {
                            let key = interner.intern(&format!("\u{5}sound:{code}")) | TRANSLATED;
                            spellings.insert(key);
                            keys.push(key);
                        }
                    }
                    if let Some(spelling) = sounds::borrowed_key(word).filter(|_| borrowing) {
                        let key = interner.intern(&format!("\u{6}borrowed:{spelling}")) | TRANSLATED;
                        spellings.insert(key);
                        keys.push(key);
                    }
                    keys
                });
                senses[s].extend(keys.iter().map(|&k| (k, u.id)));
            }
            if let Some(table) = table {
                let mine = groups.entry(u.id).or_insert_with(|| {
                    let mut mine: Vec<u32> = english_stems(word, u.id, stemmer.as_ref(), interner).iter().flat_map(|stem| table.groups(stem)).copied().collect();
                    mine.sort_unstable();
                    mine.dedup();
                    mine
                });
                senses[s].extend(mine.iter().map(|&g| (g, u.id)));
            }
        }
        for f in &mut features {
            f.sort_unstable();
            f.dedup();
        }
        for v in &mut senses {
            v.sort_unstable();
            v.dedup();
        }
        for v in name_tails.iter_mut().chain(said.iter_mut().flatten()) {
            v.sort_unstable();
            v.dedup();
        }
        let (mut headings, mut datelines, mut paths, mut initiations) = (vec![false; n], vec![false; n], vec![false; n], vec![false; n]);
        let invitations = p.sentences.iter().map(|&(start, end)| invitation(&text[start..end])).collect();
        let mut at = 0;
        for s in 0..n {
            let end = at + sentence_of[at..].partition_point(|&x| x == s);
            let own: Vec<&str> = units[at..end].iter().filter(|u| u.word).map(surface).collect();
            initiations[s] = is_initiation(&own);
            let line = &text[p.sentences[s].0..p.sentences[s].1];
            datelines[s] = is_any_dateline(text, p.sentences[s], &own);
            headings[s] = datelines[s] || is_title(text, p.sentences[s], &own);
            paths[s] = headings[s] && is_path(line);
            at = end;
        }
        // Above the site's path to the page stand the site's name and menu,
        // each a line of its own, however they are written ("gob.pe |
        // Ministry of Foreign Affairs").
        if let Some(path) = (0..n.min(PATH_LINE_WITHIN)).find(|&s| paths[s]) {
            if (0..path).all(|s| is_own_line(text, p.sentences[s])) {
                headings[..path].fill(true);
            }
        }
        let parties = speakers.iter().map(|s| s.as_ref().and_then(|s| s.party.clone())).collect();
        SideSentences { features, senses, party_features, words, headings, datelines, paths, parties, name_tails, names, said, chinese: p.lang == Lang::Chinese, initiations, topics, invitations, spellings, policy_terms }
    }

    /// How many sentences the side has.
    pub(super) fn len(&self) -> usize {
        self.words.len()
    }
}

/// The English stems of a Latin-script word (unit form `id`), as the
/// paraphrase and translation tables know words: its form where the side's
/// forms are English stems (a capitalized word's form is "^" and its stem;
/// a form kept exact, "=NATO", is no word of the tables), else made here;
/// and a British spelling's American stem too, as the tables are American
/// ("fertiliser" is the table's "fertilizer").
fn english_stems(word: &str, id: u32, stemmer: Option<&Stemmer>, interner: &Interner) -> Vec<String> {
    if word.chars().next().map(script_of) != Some(Script::Latin) {
        return Vec::new();
    }
    let own = match stemmer {
        Some(stemmer) => lexicon::stem(stemmer, word),
        None => match interner.form(id) {
            f if f.starts_with('=') => return Vec::new(),
            f => f.strip_prefix('^').unwrap_or(f).to_owned(),
        },
    };
    let american = american_spelling(word).map(|w| lexicon::stem(&Stemmer::create(Algorithm::English), &w)).filter(|a| *a != own);
    std::iter::once(own).chain(american).collect()
}

/// The sense keys of English meanings (stems): each stem's interned id,
/// marked [`TRANSLATED`].
fn meaning_keys(stems: &[String], interner: &mut Interner) -> Vec<u32> {
    stems.iter().map(|stem| TRANSLATED | interner.intern(&format!("\u{2}{stem}"))).collect()
}

/// The senses of a word translated as `stems`: each meaning's key
/// ([`meaning_keys`]) and, when the paraphrase table is at hand, the groups
/// of its meanings' paraphrases ("强调", "stress", pairs with "underline"
/// as a paraphrase does).
fn translated_keys(stems: &[String], paraphrases: Option<&lexicon::Lexicon>, interner: &mut Interner) -> Vec<u32> {
    let mut keys = meaning_keys(stems, interner);
    if let Some(table) = paraphrases {
        keys.extend(stems.iter().flat_map(|stem| table.groups(stem)));
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The Chinese words the translation table knows in a side, and countries'
/// names, as (sentence, word): runs of Chinese characters written together,
/// split into the longest known words ([`Translations::segment`]).
fn chinese_words(p: &Prepared, table: &Translations) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let char_of = |i: usize| {
        let t = &p.tokens[p.units[i].token];
        let mut chars = p.text[t.start..t.end].chars();
        chars.next().filter(|&c| is_cjk(c) && chars.next().is_none())
    };
    let mut i = 0;
    while i < p.units.len() {
        let mut end = i;
        while end < p.units.len()
            && char_of(end).is_some()
            && (end == i || (p.sentence_of[end] == p.sentence_of[i] && p.tokens[p.units[end - 1].token].end == p.tokens[p.units[end].token].start))
        {
            end += 1;
        }
        if end == i {
            i += 1;
            continue;
        }
        let chars: Vec<char> = (i..end).filter_map(char_of).collect();
        for r in table.segment(&chars, |word| chinese_party(word).is_some()) {
            out.push((p.sentence_of[i], chars[r].iter().collect()));
        }
        i = end;
    }
    out
}

/// Scores pairs of sentence groups of two sides.
pub struct Scorer<'a> {
    /// The left side's sentences.
    pub a: &'a SideSentences,
    /// The right side's sentences.
    pub b: &'a SideSentences,
    /// Words shared phrases link between sentences.
    pub links: &'a Links,
    /// Each feature's weight: rarer words weigh more.
    pub weight: FxHashMap<u32, f64>,
    /// Per side, per sentence: its senses ([`SideSentences::senses`]) in
    /// the paraphrase groups the other side has words of too.
    senses: [Vec<Vec<(u32, u32)>>; 2],
    /// The features that name the parties of the statements (the two
    /// parties named in the most sentences): every sentence of a readout
    /// carries them, so they are no word two sentences share.
    parties: Vec<u32>,
    /// Per side: in how many sentences each feature is.
    df: [FxHashMap<u32, usize>; 2],
    /// Per side: in how many sentences of the body (not headings) each
    /// feature is. A headline restates its statement's main point: a word
    /// it shares with one sentence of the body is still what that sentence
    /// alone says there ([`Likeness::exclusive`]).
    body_df: [FxHashMap<u32, usize>; 2],
    /// True when the sides are in two languages, related by translations.
    across: bool,
    /// Across languages, the words that could match nothing on the other
    /// side (no translation, not written there): left out of similarity.
    mute: FxHashSet<u32>,
    /// Likeness already found, by (left, right): pairing asks for the same
    /// pair and merge from both of its sentences.
    known: RefCell<FxHashMap<((usize, usize), (usize, usize)), Likeness>>,
    /// The two ledes, the two headlines and the two sentences that say at
    /// whose initiative the event took place, as (left, right) sentences
    /// ([`Scorer::openings`]).
    pub opening_pairs: [(usize, usize); 3],
    /// Per side, per sentence: the page's furniture ([`SideSentences::furniture`]).
    furniture: [Vec<bool>; 2],
}

/// How alike two groups of sentences are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Likeness {
    /// How alike their words are, 0 to 1.
    pub similarity: f64,
    /// How many meaningful words they share (a paraphrase counts as one, a
    /// policy named by "one" and a country as its two words; the parties'
    /// names do not count).
    pub shared: usize,
    /// How many of those, or of the meaningful words of a shared phrase,
    /// the two sentences alone say in their statements (across languages,
    /// a word and its translation too).
    pub exclusive: usize,
    /// The similarity weighed by who speaks.
    pub score: f64,
}

impl<'a> Scorer<'a> {
    /// Weighs every feature by ln(1 + N / df) over both sides' sentences.
    pub fn new(a: &'a SideSentences, b: &'a SideSentences, links: &'a Links) -> Self {
        let count = |side: &SideSentences, body: bool| {
            let mut df: FxHashMap<u32, usize> = FxHashMap::default();
            for (features, _) in side.features.iter().zip(&side.headings).filter(|&(_, &heading)| !(body && heading)) {
                for &id in features {
                    *df.entry(id).or_default() += 1;
                }
            }
            df
        };
        let df = [count(a, false), count(b, false)];
        let body_df = [count(a, true), count(b, true)];
        let both = |id: u32| df.iter().map(|d| d.get(&id).copied().unwrap_or(0)).sum::<usize>();
        let n = (a.len() + b.len()) as f64;
        let ids: FxHashSet<u32> = df.iter().flat_map(|d| d.keys().copied()).collect();
        let weight = ids.iter().map(|&id| (id, (1.0 + n / both(id) as f64).ln())).collect();
        // A group only one side has words of pairs nothing: most of a
        // word's groups are left out here, once, not at each score.
        // Paraphrase groups are dense numbers, translations' keys are not.
        let groups = |side: &SideSentences| {
            let (mut dense, mut translated) = (Vec::new(), FxHashSet::default());
            for &(g, _) in side.senses.iter().flatten() {
                if g & TRANSLATED != 0 {
                    translated.insert(g);
                    continue;
                }
                if dense.len() <= g as usize {
                    dense.resize(g as usize + 1, false);
                }
                dense[g as usize] = true;
            }
            (dense, translated)
        };
        let (ga, gb) = (groups(a), groups(b));
        let across = !ga.1.is_empty() || !gb.1.is_empty();
        let keep = |side: &SideSentences, (dense, translated): &(Vec<bool>, FxHashSet<u32>)| -> Vec<Vec<(u32, u32)>> {
            let has = |g: u32| if g & TRANSLATED != 0 { translated.contains(&g) } else { dense.get(g as usize) == Some(&true) };
            side.senses.iter().map(|v| v.iter().copied().filter(|&(g, _)| has(g)).collect()).collect()
        };
        let senses = [keep(a, &gb), keep(b, &ga)];
        // Across languages, a word with no translation that the other side
        // does not write either could match nothing: no evidence either way.
        let mut mute = FxHashSet::default();
        if across {
            for (k, side) in [a, b].into_iter().enumerate() {
                let theirs = if k == 0 { &gb.1 } else { &ga.1 };
                let translated: FxHashSet<u32> = side.senses.iter().flatten()
                    .filter(|(g, _)| g & TRANSLATED != 0 && (!side.spellings.contains(g) || theirs.contains(g)))
                    .map(|&(_, f)| f)
                    .collect();
                let other = &df[1 - k];
                mute.extend(side.features.iter().flatten().copied().filter(|f| !translated.contains(f) && !other.contains_key(f)));
            }
        }
        let mut parties: Vec<u32> = a.party_features.union(&b.party_features).copied().collect();
        parties.sort_unstable_by_key(|&id| (std::cmp::Reverse(both(id)), id));
        parties.truncate(2);
        // Against Chinese the statements' two parties weigh nothing: every
        // sentence of both sides names them, and counted they paired
        // sentences that shared little else (on held-out pairs, where
        // against Russian they did not).
        if across && (a.chinese || b.chinese) {
            mute.extend(parties.iter().copied());
        }
        // Two sentences that say at whose initiative the event took place
        // are one fact, unless they name two parties.
        let one_party = |l: usize, r: usize| {
            let (pa, pb) = (a.parties_named(l), b.parties_named(r));
            pa.is_empty() || pb.is_empty() || pa.iter().any(|f| pb.contains(f))
        };
        let initiations = match (a.initiation(), b.initiation()) {
            (Some(l), Some(r)) if one_party(l, r) => (Some(l), Some(r)),
            _ => (None, None),
        };
        let openings = [(a.lede(), b.lede()), (a.title(), b.title()), initiations].map(|pair| match pair {
            (Some(l), Some(r)) => (l, r),
            _ => (usize::MAX, usize::MAX),
        });
        let furniture = [a.furniture(), b.furniture()];
        Scorer { a, b, links, weight, senses, parties, df, body_df, across, mute, known: RefCell::default(), opening_pairs: openings, furniture }
    }

    /// How alike sentences `left` and `right` are.
    pub fn score(&self, left: (usize, usize), right: (usize, usize)) -> Likeness {
        if let Some(&l) = self.known.borrow().get(&(left, right)) {
            return l;
        }
        let l = self.measure(left, right);
        self.known.borrow_mut().insert((left, right), l);
        l
    }

    /// [`Self::score`], measured.
    fn measure(&self, left: (usize, usize), right: (usize, usize)) -> Likeness {
        let (fa, fb) = (merged(&self.a.features, left), merged(&self.b.features, right));
        let w = |id: u32| self.weight.get(&id).copied().unwrap_or(1.0);
        let single = left.0 == left.1 && right.0 == right.1;
        let df = if self.a.headings[left.0] || self.b.headings[right.0] { &self.df } else { &self.body_df };
        let alone = |id: u32| single && df.iter().all(|d| d.get(&id) == Some(&1)) && !self.name_tail(left.0, right.0, id);
        let (mut i, mut j, mut same, mut shared, mut exclusive, mut shared_weight) = (0, 0, 0, 0, 0, 0.0);
        while i < fa.len() && j < fb.len() {
            match fa[i].cmp(&fb[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    same += 1;
                    if !self.parties.contains(&fa[i]) {
                        // "One China" is the two words it is, as a phrase of them would be.
                        let words = if self.a.policy_terms.contains(&fa[i]) { 2 } else { 1 };
                        shared += words;
                        exclusive += words * usize::from(alone(fa[i]));
                    }
                    if !self.mute.contains(&fa[i]) {
                        shared_weight += w(fa[i]);
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        // Where one side has no word of its own left, nothing paraphrases.
        if same < fa.len().min(fb.len()) {
            for (x, y, group) in paraphrases(&merged(&self.senses[0], left), &merged(&self.senses[1], right), &fa, &fb) {
                shared += 1;
                let translated = group & TRANSLATED != 0;
                // A word and its translation are one word in two languages.
                exclusive += usize::from(translated && single && df[0].get(&x) == Some(&1) && df[1].get(&y) == Some(&1));
                let share = if translated { TRANSLATION } else { PARAPHRASE };
                shared_weight += share * w(x).min(w(y));
            }
        }
        let total: f64 = fa.iter().chain(fb.iter()).filter(|id| !self.mute.contains(id)).map(|&id| w(id)).sum();
        let dice = if total == 0.0 { 0.0 } else { 2.0 * shared_weight / total };
        let words: usize = (left.0..=left.1).map(|i| self.a.words[i]).sum::<usize>()
            + (right.0..=right.1).map(|i| self.b.words[i]).sum::<usize>();
        let link = (left.0..=left.1)
            .flat_map(|l| (right.0..=right.1).map(move |r| (l, r)))
            .filter_map(|k| self.links.get(&k))
            .fold(Link::default(), |x, y| Link { words: x.words + y.words, exclusive: x.exclusive + y.exclusive });
        let phrase = if words == 0 { 0.0 } else { 2.0 * link.words / words as f64 };
        let similarity = dice.max(phrase).min(1.0);
        let factor = party_factor(group_party(self.a, left), group_party(self.b, right));
        // Accepting an invitation answers the other side's inviting: one fact told by either side.
        let says = |side: &SideSentences, (s, e): (usize, usize), what: Invitation| (s..=e).any(|i| side.invitations[i] >= what);
        let answers = says(self.a, left, Invitation::Accepted) && says(self.b, right, Invitation::Named)
            || says(self.b, right, Invitation::Accepted) && says(self.a, left, Invitation::Named);
        let factor = if answers { factor.max(1.0) } else { factor };
        Likeness {
            similarity,
            shared: shared.max(if link.words > 0.0 { 2 } else { 0 }),
            // (Two sides' own words are two statements, however few others say their words: they
            // pair on likeness alone.)
            exclusive: if factor == OTHER_PARTY { 0 } else { exclusive.max(if single { link.exclusive } else { 0 }) },
            score: similarity * factor,
        }
    }

    /// True when word `id` goes on a name both sentences `left` and `right`
    /// say: no second thing they alone say.
    fn name_tail(&self, left: usize, right: usize, id: u32) -> bool {
        [(self.a, left), (self.b, right)].iter().all(|(side, s)| side.name_tails[*s].binary_search(&id).is_ok())
    }

    /// How many words (or a word and its translation) sentences `left` and
    /// `right`, both unpaired, share that no other unpaired sentence says
    /// (`unpaired`: per side, in how many unpaired sentences each feature
    /// is), and at most one other of their statement: what they alone say
    /// among the sentences not yet paired ([`Likeness::exclusive`] counts
    /// among all). A word in a name across languages ("Djibouti
    /// International Free Trade Zone") is no translation of the other's word.
    pub fn alone_among(&self, left: usize, right: usize, unpaired: &[FxHashMap<u32, usize>; 2]) -> usize {
        self.alone(left, right, unpaired, false)
    }

    /// [`Self::alone_among`], of the words that are names on either side
    /// ("Gaza", "加沙"), a name's translation included: a particular
    /// subject, where a word of the register ("cooperation") is any.
    pub fn names_alone_among(&self, left: usize, right: usize, unpaired: &[FxHashMap<u32, usize>; 2]) -> usize {
        self.alone(left, right, unpaired, true)
    }

    /// The words [`Self::alone_among`] counts, or (`names`) those of them
    /// that are names, translated or not.
    fn alone(&self, left: usize, right: usize, unpaired: &[FxHashMap<u32, usize>; 2], names: bool) -> usize {
        let (fa, fb) = (&self.a.features[left], &self.b.features[right]);
        let elsewhere = |side: usize, id: u32| self.body_df[side].get(&id).is_some_and(|&n| n > 2) || unpaired[side].get(&id).is_some_and(|&n| n > 1);
        let named = |x: u32, y: u32| self.a.names.contains(&x) || self.b.names.contains(&y);
        let same = fa
            .iter()
            .filter(|&&id| fb.binary_search(&id).is_ok() && !self.parties.contains(&id) && !self.name_tail(left, right, id))
            .filter(|&&id| !elsewhere(0, id) && !elsewhere(1, id) && (!names || named(id, id)))
            .count();
        let translated = paraphrases(&self.senses[0][left], &self.senses[1][right], fa, fb)
            .into_iter()
            .filter(|&(x, y, group)| group & TRANSLATED != 0 && named(x, y) == names && !elsewhere(0, x) && !elsewhere(1, y))
            .count();
        same + translated
    }

    /// Every pair of single sentences scored so far, with its likeness:
    /// the pairs candidates were sought among.
    pub fn scored_singles(&self) -> Vec<((usize, usize), Likeness)> {
        let known = self.known.borrow();
        let mut out: Vec<((usize, usize), Likeness)> = known.iter().filter(|((l, r), _)| l.0 == l.1 && r.0 == r.1).map(|((l, r), k)| ((l.0, r.0), *k)).collect();
        out.sort_unstable_by_key(|(pair, _)| *pair);
        out
    }

    /// The translation senses of sentence `s` of the left (`side` 0) or
    /// right (1) side, as (key, feature), where the other side has words of
    /// the same meaning: what finds candidates across languages.
    pub fn translated(&self, side: usize, s: usize) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.senses[side][s].iter().copied().filter(|(g, _)| g & TRANSLATED != 0)
    }

    /// True when sentences `left` and `right` share a word that is no name
    /// (nor a party's), or a paraphrase: they say something alike, not
    /// only where or who. Across languages it takes
    /// [`GAP_TRANSLATIONS`] words and their translations: a word has
    /// several meanings, and one of them alike is chance.
    pub fn share_a_common_word(&self, left: usize, right: usize) -> bool {
        let (fa, fb) = (&self.a.features[left], &self.b.features[right]);
        let common = |id: &u32| !self.parties.contains(id) && !self.a.names.contains(id) && !self.b.names.contains(id);
        let related = paraphrases(&self.senses[0][left], &self.senses[1][right], fa, fb).len();
        fa.iter().filter(|id| common(id)).any(|id| fb.binary_search(id).is_ok()) || related >= if self.across { GAP_TRANSLATIONS } else { 1 }
    }

    /// True when the speakers of sentences `left` and `right` speak for one
    /// and the same party (not both sides together).
    pub fn one_party(&self, left: usize, right: usize) -> bool {
        matches!((self.a.parties[left].as_deref(), self.b.parties[right].as_deref()), (Some(x), Some(y)) if x == y && x != BOTH)
    }

    /// True when sentences `left` and `right` each name an invitation that
    /// their speakers, of two parties, extend: two invitations, each side's
    /// to the other ("… invited the Zimbabwean leader to visit Belarus" /
    /// "President Mushonga invited President Gurinovich to visit Zimbabwe").
    pub fn two_invitations(&self, left: usize, right: usize) -> bool {
        let two_parties = party_factor(self.a.parties[left].as_deref(), self.b.parties[right].as_deref()) == OTHER_PARTY;
        two_parties && self.a.invitations[left] == Invitation::Named && self.b.invitations[right] == Invitation::Named
    }

    /// True when one of the two sentences credits a party (not both sides)
    /// with its words and the other credits no one, or both sides: one
    /// side's words and the other statement's narration, or what both sides
    /// said or did together, are two things, unless they say the same
    /// particular thing ([`Likeness::exclusive`]).
    pub fn words_and_narration(&self, left: usize, right: usize) -> bool {
        let a_party = |side: &SideSentences, i: usize| side.parties[i].as_deref().is_some_and(|p| p != BOTH);
        let others = |side: &SideSentences, i: usize| side.narrated(i) || side.parties[i].as_deref() == Some(BOTH);
        others(self.a, left) && a_party(self.b, right) || a_party(self.a, left) && others(self.b, right)
    }

    /// True when the two sides are in different languages.
    pub fn across(&self) -> bool {
        self.across
    }

    /// True when what sentence `added` of one side (`on_left`) credits its
    /// speaker with saying shares a word with sentence `other` of the other
    /// side: the frame ("The leaders agreed to …") is no evidence that two
    /// reports say the same thing, only what follows it is. A sentence
    /// without a speaker is all content. A word and its translation are the
    /// same word.
    pub fn says_what_the_other_says(&self, on_left: bool, added: usize, other: usize) -> bool {
        let (mine, theirs, m, t) = if on_left { (self.a, self.b, 0, 1) } else { (self.b, self.a, 1, 0) };
        let content = mine.said[added].as_ref().unwrap_or(&mine.features[added]);
        let translated = |(key, feature): &(u32, u32)| key & TRANSLATED != 0 && content.contains(feature);
        content.iter().any(|id| theirs.features[other].binary_search(id).is_ok())
            || self.senses[m][added].iter().filter(|s| translated(s)).any(|(key, _)| self.senses[t][other].iter().any(|(k, _)| k == key))
    }

    /// Whether `left` and `right` are the two statements' ledes (each one's
    /// first sentence after its headings, credited to no one: the report of
    /// the event itself, "X held talks with Y in Z on ..."), their two
    /// headlines ([`SideSentences::title`]) or the two sentences that say
    /// who asked for the event ([`SideSentences::initiation`]). Two
    /// statements of one event open alike, in any language: one word in common pairs them, a
    /// party's name too ([`Self::name_alike`]).
    pub fn openings(&self, left: (usize, usize), right: (usize, usize)) -> bool {
        left.0 == left.1 && right.0 == right.1 && self.opening_pairs.contains(&(left.0, right.0))
    }

    /// True when sentences `left` and `right` have a word in common, a
    /// party's name included: two openings each name their event by who
    /// took part ("Radunović in Guatemala" / "Castellanos receives the
    /// Minister of Montenegro"), although elsewhere the parties are no
    /// evidence (every sentence of a readout carries them).
    pub fn name_alike(&self, left: usize, right: usize) -> bool {
        let fb = &self.b.features[right];
        self.a.features[left].iter().any(|id| fb.binary_search(id).is_ok())
    }

    /// Whether the sentences `left` and `right` are two headings that pair
    /// (`Some(true)`: two of the statements' own, such as their headlines,
    /// or two datelines of one place), body sentences (`Some(false)`), or
    /// anything else, which never pairs (`None`): a heading with a body
    /// sentence, and the page's furniture ([`SideSentences::furniture`]),
    /// which reports nothing of the event.
    pub fn headings(&self, left: (usize, usize), right: (usize, usize)) -> Option<bool> {
        let all = |side: &SideSentences, (s, e): (usize, usize)| {
            let first = side.headings[s];
            (s..=e).all(|i| side.headings[i] == first).then_some(first)
        };
        let (x, y) = (all(self.a, left)?, all(self.b, right)?);
        if x != y {
            return None;
        }
        if !x {
            return Some(false);
        }
        let (l, r) = (left.0, right.0);
        if left != (l, l) || right != (r, r) {
            return None;
        }
        // A dateline says where and when its statement was issued: two
        // issued in one place share it; one without a place, or naming
        // another, is another line.
        let same_place = || {
            let (pa, pb) = (self.a.parties_named(l), self.b.parties_named(r));
            pa.iter().any(|f| pb.contains(f))
        };
        let pairs = match (self.a.datelines[l], self.b.datelines[r]) {
            (true, true) => same_place(),
            (false, false) => !self.furniture[0][l] && !self.furniture[1][r],
            _ => false,
        };
        pairs.then_some(true)
    }
}

/// The words of one side and of the other that paraphrase (or translate)
/// each other, with the group that relates them, each word in one pair at
/// most, leaving out words both sides have as such; a word and its
/// translation pair before paraphrases do. `sa` and `sb` are sorted
/// (group, feature) lists, `fa` and `fb` sorted features.
fn paraphrases(sa: &[(u32, u32)], sb: &[(u32, u32)], fa: &[u32], fb: &[u32]) -> Vec<(u32, u32, u32)> {
    let mut pairs: Vec<(u32, u32, u32)> = Vec::new();
    let split = |s: &[(u32, u32)]| s.partition_point(|&(g, _)| g & TRANSLATED == 0);
    let (ta, tb) = (split(sa), split(sb));
    pair_in_groups(&sa[ta..], &sb[tb..], fa, fb, &mut pairs);
    pair_in_groups(&sa[..ta], &sb[..tb], fa, fb, &mut pairs);
    pairs
}

/// Adds to `pairs` the words of `sa` and `sb` that share a group, as
/// [`paraphrases`] does.
fn pair_in_groups(sa: &[(u32, u32)], sb: &[(u32, u32)], fa: &[u32], fb: &[u32], pairs: &mut Vec<(u32, u32, u32)>) {
    let (mut i, mut j) = (0, 0);
    while i < sa.len() && j < sb.len() {
        let (g, h) = (sa[i].0, sb[j].0);
        if g < h {
            i += 1;
            continue;
        }
        if h < g {
            j += 1;
            continue;
        }
        let (i_end, j_end) = (i + sa[i..].iter().take_while(|s| s.0 == g).count(), j + sb[j..].iter().take_while(|s| s.0 == g).count());
        for &(_, x) in &sa[i..i_end] {
            if fb.binary_search(&x).is_ok() || pairs.iter().any(|p| p.0 == x) {
                continue;
            }
            let partner = sb[j..j_end]
                .iter()
                .map(|s| s.1)
                .find(|&y| y != x && fa.binary_search(&y).is_err() && !pairs.iter().any(|p| p.1 == y));
            if let Some(y) = partner {
                pairs.push((x, y, g));
            }
        }
        (i, j) = (i_end, j_end);
    }
}

/// True when the sentence at `start..end` of `text` (its words `words`) is a
/// heading: a title (a line of its own that begins as a sentence does but
/// does not end as one, is no list item, and heads more text or closes the
/// page after the body's sentences) or a dateline
/// ("MOSCOW, February 1", "1 February 2020": a few words naming only places
/// and a date). A text of one line is its own body, whatever its
/// punctuation.
fn is_title(text: &str, (start, end): (usize, usize), words: &[&str]) -> bool {
    let own = text[start..end].trim();
    if words.is_empty() {
        return false;
    }
    let before = text[..start].trim_end_matches([' ', '\t']);
    let heads_text = !text[end..].trim().is_empty();
    // A short last line after the body's sentences closes the page: a
    // sign-off ("Share this page", "MINISTRY OF FOREIGN AFFAIRS SINGAPORE"),
    // perhaps the last of several ("Share on: Facebook · X", "Print version").
    let closes_page = !heads_text && words.len() <= DATELINE_WORDS && after_the_body(before);
    let last = own.trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', '\u{bb}', ')', ']']).chars().last();
    let ends_as_sentence = last.is_some_and(|c| ".!?;:…。！？；：".contains(c));
    let begins_as_sentence = own.chars().next().is_some_and(|c| c.is_alphanumeric() && !c.is_lowercase());
    // (The statement's first line is its headline however long: "Outcome of the Official Meeting between …".)
    let first_line = before.trim().is_empty();
    is_own_line(text, (start, end)) && (heads_text || closes_page) && begins_as_sentence && !ends_as_sentence && !is_list_item(own) && (words.len() <= HEADING_WORDS || first_line)
}

/// True when `before`, the text above a line, ends with the body's last
/// sentence, perhaps followed by short lines that end as no sentence does
/// (the sign-off's first lines).
fn after_the_body(before: &str) -> bool {
    let ends_sentence = |line: &str| line.trim_end().ends_with(['.', '!', '?', '。', '！', '？']);
    let mut lines = before.lines().rev().filter(|l| !l.trim().is_empty());
    lines
        .find(|line| ends_sentence(line) || crate::engine::unicode::words(line).count() > DATELINE_WORDS)
        .is_some_and(ends_sentence)
}

/// True when the sentence at `start..end` of `text` is a line of its own.
fn is_own_line(text: &str, (start, end): (usize, usize)) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    let line_start = before.is_empty() || before.ends_with('\n');
    line_start && (text[start..end].trim_end_matches([' ', '\t']).ends_with('\n') || text[end..].starts_with('\n') || end == text.len())
}

/// A sentence whose subject is its event and that says who asked for it:
/// "The call, requested by the Brazilian president, lasted …", "Разговор
/// состоялся по инициативе …" (not "The forum, an Initiative of …", a name).
fn is_initiation(words: &[&str]) -> bool {
    let subject = words.iter().find(|w| !listed(&["the", "this", "today's", "a"], w));
    subject.is_some_and(|w| listed(CONTACT_NOUNS, w)) && words.iter().any(|w| w.starts_with(char::is_lowercase) && listed(INITIATION_WORDS, w))
}

/// What a sentence says of an invitation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Invitation {
    /// Nothing.
    None,
    /// It tells of one, or of the inviting ("X invited Y to visit Z, and the
    /// invitation was accepted": the inviter's act).
    Named,
    /// It says one was accepted, and no more: "Minister Rolle accepted an
    /// invitation to visit San Marino", "Приглашение было с благодарностью
    /// принято", "愉快接受邀请".
    Accepted,
}

/// What `sentence` says of an invitation.
fn invitation(sentence: &str) -> Invitation {
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    // (Chinese writes no spaces: its words are found anywhere.)
    let begins = |stems: &[&str]| stems.iter().any(|s| if s.chars().all(is_cjk) { lower.contains(s) } else { words.iter().any(|w| w.starts_with(s)) });
    let inviting = begins(INVITING_VERBS);
    let accepted = begins(ACCEPTING) || words.iter().any(|w| listed(ACCEPTED_RU, w));
    match (inviting || begins(INVITATION_NOUNS), accepted && !inviting) {
        (true, true) => Invitation::Accepted,
        (true, false) => Invitation::Named,
        _ => Invitation::None,
    }
}

/// A dateline: a few words with a month or a year, none in lower case but a
/// month ("Accra, 14th May 2025", "18 February 2025 19:20").
fn is_dateline(words: &[&str]) -> bool {
    words.len() <= DATELINE_WORDS
        && words.iter().any(|w| is_month(w) || (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())))
        && words.iter().all(|w| !w.chars().next().is_some_and(char::is_lowercase) || is_month(w) || YEAR_WORDS.contains(w))
}

/// True when the sentence at `span` of `text` (its words `words`) is a
/// dateline, in any of the forms below.
fn is_any_dateline(text: &str, span: (usize, usize), words: &[&str]) -> bool {
    is_dateline(words) || is_chinese_dateline(&text[span.0..span.1]) || (is_own_line(text, span) && is_labelled_dateline(words))
}

/// A line that gives the date (and time) the page was issued with at most
/// a word or two saying what it is, however those are written ("Press
/// release – 20 May 2026 – 10:15 a.m.", "Published 3 June 2025").
fn is_labelled_dateline(words: &[&str]) -> bool {
    let number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    let mut others = 0;
    let mut i = 0;
    while i < words.len() {
        let w = words[i].to_lowercase();
        let after_number = i > 0 && number(words[i - 1]);
        // A time of day: "10:15 a.m." (one word or two), "14:00 h".
        if after_number && ["a", "p"].contains(&w.as_str()) && words.get(i + 1).is_some_and(|n| n.eq_ignore_ascii_case("m")) {
            i += 2;
            continue;
        }
        let time = after_number && ["am", "pm", "a.m", "p.m", "h"].contains(&w.trim_end_matches('.'));
        if !(number(&w) || is_month(&w) || YEAR_WORDS.contains(&w.as_str()) || time) {
            others += 1;
        }
        i += 1;
    }
    words.iter().any(|w| is_month(w)) && words.iter().any(|w| number(w)) && others <= DATELINE_LABEL_WORDS
}

/// Most words a dateline has besides its date and time ("Press release").
const DATELINE_LABEL_WORDS: usize = 2;

/// A Chinese dateline: a date ("6月9日", "2026年") with a few characters
/// naming who issued it and where, an aside in brackets apart
/// ("新华社北京6月9日电（记者王雪）": Xinhua, Beijing, June 9).
fn is_chinese_dateline(line: &str) -> bool {
    let mut outside = String::new();
    let mut depth = 0usize;
    for c in line.trim().chars() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let chars: Vec<char> = outside.chars().collect();
    let dated = |mark: char| chars.windows(2).any(|w| w[0].is_ascii_digit() && w[1] == mark);
    let cjk = chars.iter().filter(|c| is_cjk(**c)).count();
    (dated('日') || dated('年')) && (1..=CHINESE_DATELINE_CHARACTERS).contains(&cjk) && !outside.contains(['。', '，'])
}

/// How near the top of a page its path to the page stands: below the
/// site's name and a line or two of its menu.
const PATH_LINE_WITHIN: usize = 4;

/// Most Chinese characters a Chinese dateline has outside brackets.
const CHINESE_DATELINE_CHARACTERS: usize = 10;

/// The word a Russian date ends its year with ("3 ноября 2025 года", "2025 г.").
const YEAR_WORDS: &[&str] = &["года", "год", "г"];

/// True for a line that is a site's path to a page, its sections joined by
/// the marks breadcrumbs use ("Home > News", "首页 > 外交部长活动", "Главная › Новости").
fn is_path(line: &str) -> bool {
    line.contains(['>', '›'])
}

/// True when a line opens with a list number or letter ("1.", "2)", "a)"):
/// an item of a list, which need not end as a sentence does.
fn is_list_item(line: &str) -> bool {
    let marker = line.split_whitespace().next().unwrap_or("");
    let body = marker.trim_end_matches(['.', ')']);
    marker.len() > body.len()
        && !body.is_empty()
        && (body.chars().all(|c| c.is_ascii_digit()) || (body.chars().count() == 1 && body.chars().all(char::is_alphabetic)))
}

/// True for a month's name in English or Russian (any case, any Russian case ending).
fn is_month(word: &str) -> bool {
    month(word).is_some()
}

/// The number (1 to 12) of a month named in English or Russian (any case,
/// any Russian case ending).
fn month(word: &str) -> Option<u32> {
    const MONTHS: &[(&str, u32)] = &[
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12), ("январ", 1),
        ("феврал", 2), ("март", 3), ("апрел", 4), ("май", 5), ("мая", 5), ("июн", 6), ("июл", 7), ("август", 8),
        ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
    ];
    let lower = word.to_lowercase();
    let named = |m: &str| if m.is_ascii() { lower == m } else { lower.starts_with(m) && lower.chars().count() <= m.chars().count() + 2 };
    MONTHS.iter().find(|(m, _)| named(m)).map(|&(_, n)| n)
}

/// A side's units as written, each with its sentence.
fn unit_words<'t>(p: &Prepared<'t>) -> Vec<(usize, &'t str)> {
    p.units.iter().enumerate().map(|(i, u)| (p.sentence_of[i], &p.text[p.tokens[u.token].start..p.tokens[u.token].end])).collect()
}

/// The days and months a side's sentences name, as (sentence, month, day):
/// "9 April", "April 9", "9 апреля", "4月9日". The same date in two
/// languages is one thing both statements say.
fn dates(p: &Prepared) -> Vec<(usize, u32, u32)> {
    let words = unit_words(p);
    let day = |w: &str| w.parse::<u32>().ok().filter(|d| (1..=31).contains(d));
    let mut out = Vec::new();
    for (i, &(s, w)) in words.iter().enumerate() {
        let next = |k: usize| words.get(i + k).filter(|(t, _)| *t == s).map(|&(_, w)| w);
        let found = match month(w) {
            // "April 9" or "9 April" (the day before is seen from the day).
            Some(m) => next(1).and_then(day).map(|d| (m, d)),
            None => match (day(w), next(1), next(2), next(3)) {
                (Some(d), Some(name), _, _) if month(name).is_some() => month(name).map(|m| (m, d)),
                (Some(m), Some("月"), Some(d), Some("日")) if m <= 12 => day(d).map(|d| (m, d)),
                _ => None,
            },
        };
        out.extend(found.map(|(m, d)| (s, m, d)));
    }
    out
}

/// The figures a side's sentences give, as (sentence, figure): numbers of
/// two digits or more that are no day of a date ("40 percent", "in 2024",
/// "на 40 процентов", "2024年"). A figure is written alike in every
/// language, and two sentences giving the same one likely report one fact.
fn figures<'t>(p: &Prepared<'t>) -> Vec<(usize, &'t str)> {
    let words = unit_words(p);
    let beside_a_month = |i: usize| {
        let s = words[i].0;
        [i.checked_sub(1), Some(i + 1)].into_iter().flatten().filter_map(|k| words.get(k)).any(|&(t, w)| t == s && (month(w).is_some() || w == "日" || w == "月"))
    };
    words
        .iter()
        .enumerate()
        .filter(|&(i, &(_, w))| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_digit()) && !(w.parse::<u32>().is_ok_and(|n| n <= 31) && beside_a_month(i)))
        .map(|(_, &(s, w))| (s, w))
        .collect()
}

/// The terms made of "one" and a country's name ("the one-China policy",
/// "принцип одного Китая", "一个中国原则"), as (sentence, party): a
/// policy's name, not a mention of the party, and the same term in any
/// language. ("One" written with a capital or a hyphen in English, a
/// country's name in Russian, not its adjective: "one Chinese company" is
/// no such term.)
fn one_party_terms(p: &Prepared) -> Vec<(usize, &'static str)> {
    let words = unit_words(p);
    let mut out = Vec::new();
    for (i, &(s, w)) in words.iter().enumerate() {
        let hyphen = || p.units.get(i + 1).is_some_and(|next| p.text[p.tokens[p.units[i].token].end..p.tokens[next.token].start].contains('-'));
        let from = match w {
            "一" if words.get(i + 1).is_some_and(|&(t, c)| t == s && c == "个") => i + 2,
            "One" | "один" | "одного" | "одном" | "одним" => i + 1,
            "one" if hyphen() => i + 1,
            _ => continue,
        };
        let name: Vec<&str> = words.get(from..).unwrap_or_default().iter().take_while(|(t, _)| *t == s).take(longest_name()).map(|&(_, w)| w).collect();
        let capitalized = name.first().is_some_and(|w| w.starts_with(char::is_uppercase) || w.chars().next().is_some_and(is_cjk));
        if let Some((party, _)) = party_at(&name).filter(|_| capitalized) {
            out.push((s, party));
        }
    }
    out
}

/// A sorted, distinct list per sentence (`lists`), for sentence `s` or for
/// `s` and `e = s + 1` merged.
fn merged<T: Ord + Copy>(lists: &[Vec<T>], (s, e): (usize, usize)) -> Cow<'_, [T]> {
    if s == e {
        return Cow::Borrowed(&lists[s]);
    }
    let (x, y) = (&lists[s], &lists[e]);
    let mut out = Vec::with_capacity(x.len() + y.len());
    let (mut i, mut j) = (0, 0);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => (out.push(x[i]), i += 1),
            std::cmp::Ordering::Greater => (out.push(y[j]), j += 1),
            std::cmp::Ordering::Equal => (out.push(x[i]), (i, j) = (i + 1, j + 1)),
        };
    }
    out.extend_from_slice(&x[i..]);
    out.extend_from_slice(&y[j..]);
    Cow::Owned(out)
}

/// The party of a group of sentences' speakers, when they agree.
fn group_party(side: &SideSentences, (s, e): (usize, usize)) -> Option<&str> {
    let mut known = (s..=e).filter_map(|i| side.parties[i].as_deref());
    let first = known.next()?;
    known.all(|p| p == first).then_some(first)
}

/// How speakers weigh a pair: the same party counts for it, two different
/// parties against it; "both sides" or an unknown speaker is neutral.
fn party_factor(a: Option<&str>, b: Option<&str>) -> f64 {
    match (a, b) {
        (Some(x), Some(y)) if x == y => SAME_PARTY,
        (Some(x), Some(y)) if x != BOTH && y != BOTH => OTHER_PARTY,
        _ => 1.0,
    }
}

/// Enough evidence to pair: the fewer meaningful words two sentences share,
/// the more alike they must be (two words in common is often chance), unless
/// they are the only sentences of their statements to say two of them. Two
/// headings pair on any meaningful word they share.
pub fn acceptable(l: &Likeness, headings: bool) -> bool {
    let (sim, shared) = (l.score, l.shared);
    (shared >= 3 && sim >= MIN_SIMILARITY)
        || (shared >= 2 && sim >= LIKELY_SIMILARITY)
        || (shared >= 1 && sim >= SURE_SIMILARITY)
        || (l.exclusive >= 2 && sim >= EXCLUSIVE_SIMILARITY)
        || (headings && shared >= 1 && sim >= HEADING_SIMILARITY)
}

/// Marks a test side as written in another language than the other: each
/// of its words has a meaning of its own (which no other word has).
#[cfg(test)]
pub(super) fn translate_for_tests(side: &mut SideSentences) {
    for (senses, features) in side.senses.iter_mut().zip(&side.features) {
        senses.extend(features.iter().map(|&f| (TRANSLATED | f, f)));
        senses.sort_unstable();
    }
}

/// A side for tests, from sentences of feature ids (one word each, no
/// speakers); ids from 100 name parties.
#[cfg(test)]
pub(super) fn test_side(sents: &[&[u32]]) -> SideSentences {
    SideSentences {
        features: sents.iter().map(|s| s.to_vec()).collect(),
        senses: vec![Vec::new(); sents.len()],
        party_features: sents.iter().flat_map(|s| s.iter().copied()).filter(|&id| id >= 100).collect(),
        words: sents.iter().map(|s| s.len()).collect(),
        headings: vec![false; sents.len()],
        datelines: vec![false; sents.len()],
        paths: vec![false; sents.len()],
        parties: vec![None; sents.len()],
        name_tails: vec![Vec::new(); sents.len()],
        names: FxHashSet::default(),
        said: vec![None; sents.len()],
        chinese: false,
        initiations: vec![false; sents.len()],
        topics: vec![false; sents.len()],
        invitations: vec![Invitation::None; sents.len()],
        spellings: FxHashSet::default(),
        policy_terms: FxHashSet::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parties_of_the_statements_are_no_shared_word_other_countries_are() {
        // 100 and 101 are named all through both statements (the parties);
        // 102, a third country, only in the sentences about it.
        let a = test_side(&[&[100, 101, 10], &[100, 11], &[101, 102, 12]]);
        let b = test_side(&[&[101, 100, 20], &[100, 21], &[100, 102, 22]]);
        let links = Links::default();
        let s = Scorer::new(&a, &b, &links);
        assert_eq!(s.score((0, 0), (0, 0)).shared, 0);
        let third = s.score((2, 2), (2, 2));
        assert_eq!((third.shared, third.exclusive), (1, 1));
    }

    #[test]
    fn a_chinese_word_names_a_party_whole() {
        assert_eq!(chinese_party("科威特"), Some("Kuwait"));
        assert_eq!(chinese_party("中国"), Some("China"));
        assert_eq!(chinese_party("科威"), None);
        assert_eq!(chinese_party("科威特王储"), None);
    }

    #[test]
    fn a_sentence_about_its_event_says_who_asked_for_it() {
        let says = |t: &str| is_initiation(&t.split_whitespace().collect::<Vec<_>>());
        assert!(says("The call was made at the initiative of the Tongan side ."));
        assert!(says("The conversation , requested by the Icelandic minister , lasted an hour ."));
        assert!(says("Разговор состоялся по инициативе тонганской стороны ."));
        // Not a person's request, nor an initiative that is a name.
        assert!(!says("The minister requested support for the candidature ."));
        assert!(!says("The talks covered the Bridgetown Initiative ."));
    }

    #[test]
    fn datelines_of_different_places_never_pair() {
        // 100 and 101 name the two parties' capitals; 10 is the date.
        let mut a = test_side(&[&[100, 10], &[100, 11]]);
        let mut b = test_side(&[&[101, 10], &[100, 10]]);
        for side in [&mut a, &mut b] {
            side.headings = vec![true, true];
            side.datelines = vec![true, true];
        }
        let links = Links::default();
        let s = Scorer::new(&a, &b, &links);
        assert_eq!(s.headings((0, 0), (0, 0)), None, "Athens, 14 March / Amman, March 14");
        assert_eq!(s.headings((0, 0), (1, 1)), Some(true), "the same place");
        // A date alone ("2026-03-14 18:05") says no place the other's shares.
        let mut c = test_side(&[&[10], &[100, 11]]);
        c.headings = vec![true, true];
        c.datelines = vec![true, true];
        let s = Scorer::new(&c, &b, &links);
        assert_eq!(s.headings((0, 0), (1, 1)), None);
    }

    #[test]
    fn headlines_pair_and_the_page_furniture_does_not() {
        // Each side: a ministry's name (10, 11: "Ministry of Foreign
        // Affairs"), the headline, a subtitle, the body, and a sign-off
        // naming the ministry again.
        let mut a = test_side(&[&[10, 11], &[20, 21, 22, 23, 24], &[40, 41], &[30, 31], &[10, 11]]);
        let mut b = test_side(&[&[10, 11, 12], &[20, 21, 25, 26, 27, 28], &[40, 42], &[30, 31], &[10, 11, 13]]);
        for side in [&mut a, &mut b] {
            side.headings = vec![true, true, true, false, true];
        }
        let links = Links::default();
        let s = Scorer::new(&a, &b, &links);
        assert_eq!(s.headings((1, 1), (1, 1)), Some(true), "the headlines");
        assert_eq!(s.headings((2, 2), (2, 2)), Some(true), "the subtitles");
        assert_eq!(s.headings((0, 0), (0, 0)), None, "two ministries' names above the headlines");
        assert_eq!(s.headings((4, 4), (4, 4)), None, "two sign-offs");
        assert_eq!(s.headings((0, 0), (1, 1)), None);
        assert_eq!(s.headings((3, 3), (3, 3)), Some(false));
    }

    #[test]
    fn of_two_headings_as_long_the_headline_is_the_one_nearer_the_body() {
        // A ministry's name of as many words as the headline below it
        // ("Ministry of Investment, Industry and Trade of the Republic of X" over
        // "X and Y hold regular meeting of Intergovernmental Commission in Z"),
        // then the body.
        let mut a = test_side(&[&[10, 11, 12, 13], &[20, 21, 22, 23], &[30, 31]]);
        a.headings = vec![true, true, false];
        assert_eq!(a.title(), Some(1));
        let mut b = test_side(&[&[40, 21, 22, 41, 42], &[30, 32]]);
        b.headings = vec![true, false];
        let links = Links::default();
        let s = Scorer::new(&a, &b, &links);
        assert_eq!(s.headings((1, 1), (0, 0)), Some(true), "the headlines");
        assert_eq!(s.headings((0, 0), (0, 0)), None, "the ministry's name is the page's furniture");
    }

    #[test]
    fn the_headline_is_below_the_sites_path_to_the_page() {
        // "Ministry of Foreign Affairs, Government of the People's Republic
        // of X" (longer than the headline), "Home > Press Release", the
        // headline, the body.
        let mut a = test_side(&[&[10, 11, 12, 13, 14, 15, 16], &[17, 18], &[20, 21, 22], &[30, 31]]);
        a.headings = vec![true, true, true, false];
        a.paths[1] = true;
        assert_eq!(a.title(), Some(2));
        // A path below every heading leaves the longest above it the headline.
        a.paths = vec![false, false, true, false];
        assert_eq!(a.title(), Some(0));
    }

    #[test]
    fn the_lines_above_the_sites_path_are_its_furniture_however_written() {
        let mut interner = Interner::default();
        let text = "gob.pe | Ministry of Foreign Affairs\n\nHome > News\n\nMinisters Meet in Lima\n\nThe ministers met today.\n";
        let p = crate::engine::side::prepare(text, crate::engine::LangChoice::Auto, &crate::engine::Options::default(), &mut interner);
        let side = SideSentences::new(&p, &[None, None, None, None], Lang::English, &FxHashMap::default(), &mut interner);
        assert_eq!(side.headings, [true, true, true, false]);
        assert_eq!(side.title(), Some(2));
        // A body that begins in lower case and gives no path stays the body.
        let text = "gob.pe is the ministry's site.\n\nThe ministers met today.\n";
        let p = crate::engine::side::prepare(text, crate::engine::LangChoice::Auto, &crate::engine::Options::default(), &mut interner);
        assert_eq!(SideSentences::new(&p, &[None, None], Lang::English, &FxHashMap::default(), &mut interner).headings, [false, false]);
    }

    #[test]
    fn words_two_sentences_alone_share_are_exclusive() {
        // 10 and 11 are said only in the first sentence of each side; 12 in
        // two sentences on the left.
        let a = test_side(&[&[10, 11, 12, 13], &[12, 14]]);
        let b = test_side(&[&[10, 11, 12, 15, 16, 17, 18, 19], &[20]]);
        let links = Links::default();
        let s = Scorer::new(&a, &b, &links);
        let l = s.score((0, 0), (0, 0));
        assert_eq!((l.shared, l.exclusive), (3, 2));
        // A phrase said once on each side counts its meaningful words.
        let links: Links = [((1, 1), Link { words: 3.0, exclusive: 3 })].into_iter().collect();
        let s = Scorer::new(&a, &b, &links);
        assert_eq!(s.score((1, 1), (1, 1)).exclusive, 3);
        assert!(acceptable(&Likeness { similarity: 0.15, shared: 2, exclusive: 2, score: 0.15 }, false));
        assert!(!acceptable(&Likeness { similarity: 0.15, shared: 2, exclusive: 1, score: 0.15 }, false));
    }

    #[test]
    fn a_word_the_headline_repeats_is_still_one_sentences_alone() {
        // 10 and 11 are in the right side's headline and in one sentence of
        // each side's body.
        let a = test_side(&[&[10, 11, 12], &[13]]);
        let mut b = test_side(&[&[10, 11], &[10, 11, 14], &[15]]);
        let links = Links::default();
        assert_eq!(Scorer::new(&a, &b, &links).score((0, 0), (1, 1)).exclusive, 0);
        b.headings[0] = true;
        assert_eq!(Scorer::new(&a, &b, &links).score((0, 0), (1, 1)).exclusive, 2);
    }

    #[test]
    fn two_sides_own_words_share_no_words_alone() {
        let mut a = test_side(&[&[10, 11, 12, 13], &[12, 14]]);
        let mut b = test_side(&[&[10, 11, 12, 15, 16, 17, 18, 19], &[20]]);
        a.parties[0] = Some("Chile".into());
        b.parties[0] = Some("Peru".into());
        let links = Links::default();
        let l = Scorer::new(&a, &b, &links).score((0, 0), (0, 0));
        assert_eq!((l.shared, l.exclusive), (3, 0), "Chile's words and Peru's pair on likeness alone");
        b.parties[0] = Some("Chile".into());
        assert_eq!(Scorer::new(&a, &b, &links).score((0, 0), (0, 0)).exclusive, 2, "one side's words, as each statement tells them");
    }

    #[test]
    fn a_policy_named_by_one_and_a_country_is_two_words_the_sentences_alone_share() {
        // 10 is "one China" ("the One China policy", "一个中国原则"), said in
        // the first sentence of each side alone; the other words are their own.
        let mut a = test_side(&[&[10, 11, 12, 13, 14], &[15]]);
        let b = test_side(&[&[10, 20, 21, 22, 23, 24], &[25]]);
        a.policy_terms.insert(10);
        let links = Links::default();
        let l = Scorer::new(&a, &b, &links).score((0, 0), (0, 0));
        assert_eq!((l.shared, l.exclusive), (2, 2));
        assert!(acceptable(&l, false), "{l:?}");
        // Said in another sentence of one side too, it is still the two words it is.
        let mut a = test_side(&[&[10, 11, 12], &[10, 15]]);
        let b = test_side(&[&[10, 11, 21, 22], &[11, 25]]);
        a.policy_terms.insert(10);
        let l = Scorer::new(&a, &b, &links).score((0, 0), (0, 0));
        assert_eq!((l.shared, l.exclusive), (3, 0));
    }

    /// Whether `text[start..end]` is a heading.
    fn heading(text: &str, start: usize, end: usize) -> bool {
        let words: Vec<&str> = crate::engine::unicode::words(&text[start..end]).collect();
        is_any_dateline(text, (start, end), &words) || is_title(text, (start, end), &words)
    }

    /// Whether each line of `text` is a heading, as (line, heading).
    fn headings(text: &str) -> Vec<(&str, bool)> {
        let mut out = Vec::new();
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            if !line.trim().is_empty() {
                out.push((line.trim(), heading(text, at, at + line.len())));
            }
            at += line.len();
        }
        out
    }

    /// A text prepared as a side is, in its own language.
    fn prepared(text: &str) -> Prepared<'_> {
        crate::engine::side::prepare(text, crate::engine::LangChoice::Auto, &crate::engine::Options::default(), &mut Interner::default())
    }

    #[test]
    fn a_party_named_in_several_words_is_one_party_and_a_capital_stays_a_place() {
        let mut interner = Interner::default();
        let text = "Viet Nam welcomed the first flight to Mexico City.";
        let p = crate::engine::side::prepare(text, crate::engine::LangChoice::Auto, &crate::engine::Options::default(), &mut interner);
        let side = SideSentences::new(&p, &[None], Lang::Russian, &FxHashMap::default(), &mut interner);
        let vietnam = interner.intern("\u{1}party:Vietnam");
        let forms: Vec<String> = side.features[0].iter().map(|&f| interner.form(f).to_lowercase()).collect();
        assert!(side.features[0].contains(&vietnam), "{forms:?}");
        assert!(!forms.iter().any(|f| f == "viet" || f == "nam"), "{forms:?}");
        // (A flight to a city is about the city.)
        assert!(forms.iter().any(|f| f.starts_with("citi") || f.starts_with("city")), "{forms:?}");
    }

    #[test]
    fn dates_are_read_in_english_russian_and_chinese() {
        let of = |text: &str| dates(&prepared(text));
        assert_eq!(of("Lima, 9 April 2025. They met on April 10."), vec![(0, 4, 9), (1, 4, 10)]);
        assert_eq!(of("Министры встретились 9 апреля."), vec![(0, 4, 9)]);
        assert_eq!(of("2025年4月9日，双方通电话。"), vec![(0, 4, 9)]);
        // A number beside no month, or no day, is no date.
        assert_eq!(of("They met 9 times in May 2025 and 40 April."), vec![]);
    }

    #[test]
    fn one_country_terms_are_read_in_english_russian_and_chinese() {
        let of = |text: &str| one_party_terms(&prepared(text));
        assert_eq!(of("Tonga adheres to the one-China policy. It backs the One China principle."), vec![(0, "China"), (1, "China")]);
        assert_eq!(of("Тонга привержена принципу одного Китая."), vec![(0, "China")]);
        assert_eq!(of("汤方坚定奉行一个中国原则。"), vec![(0, "China")]);
        assert_eq!(of("苏方坚定恪守一个中国原则，这一立场不会改变。"), vec![(0, "China")]);
        // A number of a party's people or things is no such term.
        assert_eq!(of("They met one Chinese company and one Fijian delegation."), vec![]);
    }

    #[test]
    fn titles_and_datelines_are_headings() {
        let text = "Ministers Meet in Lima\n\nLima, 4 March 2024\n\nThe ministers met today.\n";
        assert_eq!(
            headings(text),
            vec![("Ministers Meet in Lima", true), ("Lima, 4 March 2024", true), ("The ministers met today.", false)]
        );
        assert!(heading("外交部长通电话\n双方交换了意见。", 0, "外交部长通电话\n".len()));
        // The first line however long; a line that long further down is a paragraph.
        let long = "Outcome of the Official Meeting between H.E. Ana Lima, Deputy Prime Minister, Minister of Foreign Affairs and \
                    International Cooperation, and H.E. Sione Vea, Minister of Foreign Affairs and Trade of the Kingdom of Tonga";
        let text = format!("{long}\n\nThe ministers met today.\n\n{long}\n\nThey agreed.");
        assert_eq!(headings(&text).iter().map(|h| h.1).collect::<Vec<_>>(), [true, false, false, false]);
    }

    #[test]
    fn a_chinese_agencys_dateline_is_a_dateline() {
        assert!(is_chinese_dateline("新华社北京6月9日电（记者王雪）"));
        assert!(is_chinese_dateline("2026年6月9日"));
        assert!(!is_chinese_dateline("6月9日，外交部长同智利外长会谈。"), "a lede");
        assert!(!is_chinese_dateline("李振华同智利外长拉腊因会谈"), "a headline without a date");
        assert!(!is_chinese_dateline("6月9日外交部发言人主持例行记者会"), "a headline with a date");
    }

    #[test]
    fn a_date_line_with_its_kind_and_time_is_a_dateline() {
        let text = "Talks in Lima\n\nPress release – 20 May 2026 – 10:15 a.m.\n\nThe ministers met on 20 May 2026.\n";
        assert_eq!(headings(text).iter().map(|h| h.1).collect::<Vec<_>>(), [true, true, false]);
        assert!(is_labelled_dateline(&["Published", "3", "June", "2025", "14", "00", "h"]));
        assert!(!is_labelled_dateline(&["Talks", "were", "held", "on", "3", "June"]));
        assert!(!is_labelled_dateline(&["Press", "release", "2026"]), "no month");
    }

    #[test]
    fn a_russian_date_with_its_year_word_is_a_dateline() {
        assert!(is_dateline(&["Астана", "3", "ноября", "2025", "года"]));
        assert!(!is_dateline(&["Министры", "встретились", "в", "Астане"]));
    }

    #[test]
    fn a_dateline_pairs_with_a_dateline_not_a_title() {
        let mut a = test_side(&[&[100], &[10, 11, 12]]);
        let mut b = test_side(&[&[50, 51, 100], &[10, 11, 12]]);
        a.headings[0] = true;
        b.headings[0] = true;
        a.datelines[0] = true;
        let links = Links::default();
        let s = Scorer::new(&a, &b, &links);
        assert_eq!(s.headings((0, 0), (0, 0)), None);
        b.datelines[0] = true;
        let s = Scorer::new(&a, &b, &links);
        assert_eq!(s.headings((0, 0), (0, 0)), Some(true));
    }

    #[test]
    fn a_line_that_heads_nothing_or_is_an_item_is_no_heading() {
        // A text of one line without a full stop is a sentence, not a title.
        let one = "the ministers confirmed their mutual resolve";
        assert!(!heading(one, 0, one.len()));
        let one = "The ministers confirmed their mutual resolve";
        assert!(!heading(one, 0, one.len()));
        // A line that begins in lower case goes on a sentence; list items
        // need no full stop.
        let text = "The sides agreed on:\n\n1. Trade and investment\n\n- Energy security\n\nmore cooperation in health\n\nThey will meet again.";
        assert!(headings(text).iter().all(|&(_, h)| !h), "{:?}", headings(text));
    }

    #[test]
    fn a_short_last_line_after_the_body_closes_the_page() {
        let text = "The ministers met in Suva.\nThey agreed to meet again.\nShare this page";
        assert_eq!(headings(text).last(), Some(&("Share this page", true)));
        let text = "The ministers met in Suva.\n\nShare on: Facebook · X\nPrint version";
        assert_eq!(headings(text)[1..], [("Share on: Facebook · X", true), ("Print version", true)]);
        let text = "The ministers met in Suva and talked about many things at length\nPrint version";
        assert_eq!(headings(text).last(), Some(&("Print version", false)), "no sentence of the body above");
        // A long last paragraph without its full stop is still the body's.
        let text = "The ministers met in Suva.\nThey agreed to meet again next year in Canberra to review the plan";
        assert_eq!(headings(text).last().map(|l| l.1), Some(false));
    }

    #[test]
    fn an_invitation_is_named_or_accepted_in_three_languages() {
        assert_eq!(invitation("Minister Rolle accepted an invitation to visit San Marino."), Invitation::Accepted);
        assert_eq!(invitation("Приглашение было с благодарностью принято."), Invitation::Accepted);
        assert_eq!(invitation("阿吉尔愉快地接受了邀请。"), Invitation::Accepted);
        assert_eq!(invitation("Guidi invited Minister Rolle to visit San Marino."), Invitation::Named);
        assert_eq!(invitation("Орлов передал приглашение посетить Россию."), Invitation::Named);
        // The inviter's act, accepted or not; and taking part is no accepting.
        assert_eq!(invitation("Kola invited Ruiz to visit Tirana, and the invitation was accepted."), Invitation::Named);
        assert_eq!(invitation("Воронцов пригласил Жолдошева принять участие в форуме."), Invitation::Named);
        assert_eq!(invitation("The ministers discussed trade."), Invitation::None);
    }
}

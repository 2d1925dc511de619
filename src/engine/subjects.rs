//! The subject of a reporting verb, as a whole noun phrase, and whom it
//! names: a person, a group of both parties, a party or one of its bodies.
//!
//! A subject is the words between the last clause boundary before the verb
//! and the verb: commas, colons, brackets, quotation marks and spaced dashes
//! end clauses, so a dateline ("MOSCOW, Feb 1 (Reuters) - Lavrov said") or
//! an opening adverbial ("On 1 February, Wang Yi said") is never part of
//! it; a parenthetical between subject and verb ("Lula, in turn, said";
//! "Wang Yi, State Councilor, said") is skipped; adverbs before the verb
//! ("frankly and constructively discussed") are not part of it. What is
//! left must read as a noun phrase: no dangling conjunction, preposition,
//! determiner, possessive or adverb at its end, no relative clause or
//! auxiliary inside.

use super::grammar::{
    listed, ADVERBS, ATTENTION_VERBS, TREATING_VERBS, BE, COLLECTIVES, CONTACT_CARRIERS, CONTACT_NOUNS, DETERMINERS, FEMALE, HONORIFICS, LINKS, LY_NOUNS, MALE, MEMBERS,
    ASPECTUAL_VERBS, SIGNING_VERBS, SUBJECT_MATTER_VERBS, NOT_SUBJECTS, OPINION_NOUNS, PAIR_WORDS, PARTY_HEADS, PERSON_TITLES, TITLE_WORDS, OBJECT_PRONOUNS, PLURAL_PRONOUNS, SINGULAR_PRONOUNS, ZH_ADVERBS, ZH_BOTH, ZH_PREPOSITIONS, AGREEMENT_NOUNS, TOPIC_WORDS, ZH_TOGETHER, ZH_IN_CLAUSE_MARKS,
};
use super::lang::{is_stopword, script_of, Script};
use super::options::Lang;
use super::model::ByteRange;
use super::names::{beside_name, holds_title, is_cyrillic, is_head_of_state, names_a_party, names_head_of_state, is_name_word, one_party, is_title, title_key, Gender, Item, Names, NAME_PARTICLES, PERSONAL_STYLES};
use super::parties::{form_at, party_at};
use super::reporting::{bare_form, noun_at, past_form, verb_at, zh_verb_at, Class, Classes};
use super::speakers::{Context, Mention};
use crate::engine::concepts::BOTH;

/// A reporting verb further into its sentence than this many words is not its frame (but for one
/// after a quotation: "…,” said X).
const MAX_VERB_POSITION: usize = 40;
/// Longest subject, in words, that still reads as "X said".
const MAX_SUBJECT_WORDS: usize = 10;

/// Whom a subject names.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Who {
    /// A person (by name, title or pronoun), and their party if known.
    Person(String, Option<&'static str>),
    /// The parties together ("The two sides"), or a group of one party.
    Group(&'static str),
    /// A party or one of its bodies ("The Russian side", "the Commission").
    Party(&'static str),
}

impl Who {
    /// The party the speaker speaks for, if known.
    pub(super) fn party(&self) -> Option<&'static str> {
        match self {
            Who::Person(_, p) => *p,
            Who::Group(p) | Who::Party(p) => Some(p),
        }
    }
}

/// A sentence's own speaker.
pub(super) struct Found {
    pub(super) who: Who,
    pub(super) class: Class,
    /// The subject's words.
    pub(super) mention: ByteRange,
    /// The chip's name when it is not the subject's words ("He" → the person it refers to).
    pub(super) name: Option<String>,
    pub(super) said: ByteRange,
    /// Other people the sentence mentions, for later pronouns.
    pub(super) people: Vec<Mention>,
    /// The speaker's gender, where the verb shows it (Russian "заявила").
    pub(super) gender: Option<Gender>,
}

/// What a sentence says about who speaks.
pub(super) enum Attribution {
    Found(Found),
    /// Narration: an event told by the statement ("X spoke with Y").
    Narration(Vec<Mention>),
    Nothing(Vec<Mention>),
}

/// True when the punctuation item at `k` ends a clause for subject purposes.
fn is_boundary(text: &str, items: &[Item], k: usize) -> bool {
    let t = items[k].text;
    match t {
        "," | ";" | ":" | "(" | ")" | "—" | "–" | "--" | "“" | "”" | "\"" | "«" | "»" | "„" | "：" | "，" | "；" => true,
        // A hyphen is a dash only with spaces around it ("Reuters) - Lavrov", not "Director-General").
        "-" => {
            let r = items[k].range;
            text[..r.start].ends_with(' ') || text[r.end..].starts_with(' ')
        }
        _ => false,
    }
}

#[inline(never)]
fn is_adverb(word: &str) -> bool {
    let lower = word.to_lowercase();
    listed(ADVERBS, word) || (lower.len() > 4 && lower.ends_with("ly") && word.starts_with(char::is_lowercase) && !listed(LY_NOUNS, word))
}

/// The plural of a person's title, as English forms it ("Secretaries",
/// "Prime Ministers", "Chancellors", "statesmen"): officials of more than
/// one side.
fn plural_title(word: &str) -> bool {
    let lower = word.to_lowercase();
    let singular = lower
        .strip_suffix("ies")
        .map(|s| format!("{s}y"))
        .or_else(|| lower.strip_suffix("men").map(|s| format!("{s}man")))
        .or_else(|| lower.strip_suffix('s').map(str::to_owned));
    singular.is_some_and(|s| s.len() > 3 && listed(PERSON_TITLES, &s))
}

/// A past tense or participle by its ending ("shared", "reviewed").
fn is_past(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed") && !word.ends_with("eed") && word.chars().all(|c| c.is_ascii_lowercase()) && !listed(&["united", "hundred", "sacred", "naked", "wicked", "kindred"], word)
}

#[inline(never)]
fn possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s") || word.ends_with('\'') || word.ends_with('’')
}

/// The subject's words before the verb at `k` (indices into `items`), and
/// whether it is passive ("He was assured") or joined to an earlier clause
/// ("..., and said").
struct SubjectWords {
    words: Vec<usize>,
    passive: bool,
    coordinated: bool,
}

fn subject_before(text: &str, items: &[Item], k: usize) -> SubjectWords {
    let mut segments: Vec<Vec<usize>> = vec![Vec::new()];
    for j in 0..k {
        if items[j].word {
            segments.last_mut().expect("one segment").push(j);
        } else if is_boundary(text, items, j) {
            segments.push(Vec::new());
        }
    }
    let mut last = segments.pop().unwrap_or_default();
    let strip_adverbs = |seg: &mut Vec<usize>| {
        loop {
            match seg.last() {
                Some(&j) if is_adverb(items[j].text) => {
                    seg.pop();
                }
                // "frankly and constructively": "and" between adverbs.
                Some(&j) if listed(&["and", "и"], items[j].text) && seg.len() >= 2 && is_adverb(items[seg[seg.len() - 2]].text) => {
                    seg.pop();
                }
                // A manner ("Стороны с удовлетворением констатировали"): "с" and a noun after the subject.
                Some(&j) if seg.len() >= 3 && items[j].text.starts_with(char::is_lowercase) && listed(&["с", "со"], items[seg[seg.len() - 2]].text) => {
                    seg.truncate(seg.len() - 2);
                }
                // A Russian name ends its noun phrase: a word in lower case between it and the verb
                // tells how ("Жан-Батист Нгома тепло поздравил"), a name particle aside ("Бадр бин").
                Some(&j) if seg.len() >= 2 && items[j].text.starts_with(char::is_lowercase) && is_cyrillic(items[j].text) && !listed(NAME_PARTICLES, items[j].text) && is_name_word(items[seg[seg.len() - 2]].text) => {
                    seg.pop();
                }
                _ => break,
            }
        }
    };
    strip_adverbs(&mut last);
    let mut passive = false;
    while last.last().is_some_and(|&j| listed(BE, items[j].text) || listed(&["has", "have", "had", "will", "would", "shall", "can", "could", "must", "should", "may", "might"], items[j].text)) {
        passive |= listed(BE, items[last[last.len() - 1]].text);
        last.pop();
        strip_adverbs(&mut last);
    }
    // "The President accepted the invitation and said": the verb joined to an earlier one.
    if last.last().is_some_and(|&j| listed(&["and", "but", "и", "но", "а"], items[j].text) && items[j].text.starts_with(char::is_lowercase)) {
        return SubjectWords { words: Vec::new(), passive, coordinated: true };
    }
    // "X, in turn, said": the verb right after a comma; the subject is before the parenthetical.
    // (Adverbs may stand between: "X, в свою очередь, высоко оценил".)
    let mut b = k;
    while b > 0 && items[b - 1].word && is_adverb(items[b - 1].text) {
        b -= 1;
    }
    if last.is_empty() && b > 0 && !items[b - 1].word && items[b - 1].text == "," && segments.len() >= 2 {
        segments.pop();
        last = segments.pop().unwrap_or_default();
        strip_adverbs(&mut last);
    }
    // A prepositional phrase before the subject ("во время беседы Лавров", "During the talks President X").
    if last.first().is_some_and(|&j| listed(LINKS, items[j].text) && !listed(&["and", "or", "but", "и", "или", "но", "а"], items[j].text)) {
        let starts_subject = |w: &str| w.starts_with(char::is_uppercase) || listed(COLLECTIVES, w) || listed(PERSON_TITLES, w) || party_at(&[w]).is_some();
        // (With no subject after it, the phrase is all there is before the verb: "С
        // удовлетворением отмечена …", "With satisfaction, it was noted".)
        match last.iter().skip(1).position(|&j| starts_subject(items[j].text)) {
            Some(p) => drop(last.drain(..=p)),
            None => last.clear(),
        }
    }
    // A party's name right before a person's name is the end of a phrase before the subject, not a
    // part of it ("вокруг Украины Андрей Северцев"): a party is said of a title or a body, never of
    // a bare name (a possessive, "Russia's Lavrov", is).
    let bare_name_after = |n: usize| {
        last.get(n).is_some_and(|&j| {
            let w = items[j].text;
            w.starts_with(char::is_uppercase) && !is_title(w) && !listed(DETERMINERS, w) && party_at(&[w]).is_none()
        })
    };
    let opening: Vec<&str> = last.iter().map(|&j| items[j].text).collect();
    if let Some((_, n)) = party_at(&opening).filter(|&(_, n)| !possessive(opening[n - 1]) && bare_name_after(n)) {
        last.drain(..n);
    }
    let mut coordinated = false;
    while let Some(&j) = last.first() {
        let w = items[j].text;
        if listed(&["and", "but", "while", "и", "а", "но"], w) {
            coordinated = true;
            last.remove(0);
        } else if listed(&["that", "что"], w) && last.len() > 1 {
            // "It was stressed that the ministers confirmed": the reported clause's own subject.
            last.remove(0);
        } else if is_adverb(w) && last.len() > 1 {
            last.remove(0);
        } else {
            break;
        }
    }
    // "Президент Анголы как Председатель Африканского союза", "the President as chair of …": the
    // subject, and the role it speaks in.
    if let Some(p) = last.iter().position(|&j| listed(&["как", "as"], items[j].text)).filter(|&p| p > 0) {
        if last.get(p + 1).is_none_or(|&j| !listed(&["well", "long", "soon", "much", "many"], items[j].text)) {
            last.truncate(p);
        }
    }
    SubjectWords { words: last, passive, coordinated }
}

/// Whom a subject names, or `None` when its words are no noun phrase that
/// names a speaker.
pub(super) fn who(words: &[&str], names: &Names, ctx: &Context) -> Option<Who> {
    let (&first, &last) = (words.first()?, words.last()?);
    // "I", outside a quotation, is the statement's author, of its own side.
    if words == ["I"] {
        return ctx.home.map(|home| Who::Person(first.to_owned(), Some(home)));
    }
    if words.len() == 1 {
        if listed(SINGULAR_PRONOUNS, first) {
            let gender = if listed(&["she", "она"], first) { Gender::Female } else { Gender::Male };
            let m = ctx.pronoun(Some(gender))?;
            return Some(Who::Person(m.name.clone(), m.party));
        }
        if listed(PLURAL_PRONOUNS, first) {
            return ctx.last_group.as_ref().map(|g| Who::Group(party_of_speaker(g)));
        }
        // An adverb capitalized to open its sentence is no subject ("Cordially welcoming the
        // guest, the head of state noted ..."), unless it names a person or party ("Kelly", "Italy").
        if is_adverb(&first.to_lowercase()) && !names.is_person(first) && form_at(words).is_none() {
            return None;
        }
    }
    // "The two", "Both", "Оба": the numeral of a pair standing for the pair (the two sides).
    if listed(PAIR_WORDS, last) && words.iter().all(|w| listed(DETERMINERS, w) || listed(PAIR_WORDS, w)) {
        return Some(Who::Group(BOTH));
    }
    // A style alone ("His Highness") is the one official the statements introduce with it.
    if let [possessive, style] = words {
        if listed(&["his", "her"], possessive) && listed(PERSONAL_STYLES, style) {
            return names.styled_party(&style.to_lowercase()).map(|p| Who::Person(words.join(" "), Some(p)));
        }
    }
    // So is its abbreviation: "HRH" (His or Her Royal Highness), "HH", "HM" (Majesty).
    if let [abbreviation] = words {
        let style = match *abbreviation {
            "HRH" | "HH" => Some("highness"),
            "HM" => Some("majesty"),
            _ => None,
        };
        if let Some(style) = style {
            return names.styled_party(style).map(|p| Who::Person(abbreviation.to_string(), Some(p)));
        }
    }
    let acronym = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() > 1 && !w.chars().any(char::is_lowercase);
    // A subject does not begin with a preposition or conjunction ("With regard to ..."), nor, in
    // English, with a word in lower case other than a determiner or a number ("extending sympathy").
    if listed(LINKS, first) && !acronym(first) && first.chars().count() > 1 {
        return None;
    }
    let english = first.chars().all(|c| c.is_ascii_alphabetic() || c == '-' || c == '\'');
    if english && first.starts_with(char::is_lowercase) && !(listed(DETERMINERS, first) || listed(PAIR_WORDS, first) || listed(COLLECTIVES, first) || listed(PERSON_TITLES, first)) {
        return None;
    }
    if words.len() > MAX_SUBJECT_WORDS || words.iter().any(|w| listed(NOT_SUBJECTS, w) && !acronym(w)) {
        return None;
    }
    // A noun phrase holds no verb already reported ("Dr Lima thanked Chile for the warm"), does not
    // open with a participle ("Exchanging [views]"), and holds no verb with its object ("Senator
    // Wong concluded her visit with a courtesy [call]").
    if words.iter().any(|w| past_form(w) || w.ends_with("ed") && verb_at(w, None).0.any()) || first.ends_with("ing") && verb_at(&first.to_lowercase(), None).0.any() {
        return None;
    }
    if words.windows(2).any(|w| w[0].starts_with(char::is_lowercase) && is_past(w[0]) && listed(DETERMINERS, w[1])) {
        return None;
    }
    // A noun phrase does not end on a determiner, link, adverb, possessive or number.
    let lower_listed = |list: &'static [&'static str], w: &str| listed(list, w) && w.starts_with(char::is_lowercase);
    if lower_listed(DETERMINERS, last) || lower_listed(LINKS, last) || is_adverb(last) || last.chars().all(|c| c.is_ascii_digit()) || (possessive(last) && words.len() == 1) {
        return None;
    }
    if possessive(last) {
        return None;
    }
    let mut named: Vec<&'static str> = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let (party, n) = match form_at(&words[k..]) {
            // A capital beside a name, or one the statements introduced as a person's, is a surname ("Ana Lima").
            Some((_, n, true)) if names.is_person(words[k]) || beside_name(words, k, n) => (None, n),
            Some((p, n, _)) => (Some(p), n),
            None => (pair_adjective(words[k], names), 1),
        };
        if let Some(p) = party.filter(|p| !named.contains(p)) {
            named.push(p);
        }
        k += n;
    }
    let head = last.to_lowercase();
    // "Lavrov and Wang Yi", "Seoul and Tokyo": two named together; but two
    // titles joined before one name ("State Councilor and Foreign Minister
    // Wang Yi") are one person's.
    // One title twice ("The Secretary and Secretary Villareal") is two people, and so are a
    // title and a name of different sides ("The Foreign Secretary and Minister Asante-Mensah").
    // (One title twice is the same words, with no portfolio of their own after the second: "Prime
    // Minister and Minister of Foreign Affairs" are two offices of one person.)
    let title_word = |w: &&&str| is_title(w) && !listed(DETERMINERS, w) && !listed(&["and", "of", "for"], w);
    let same_title = |i: usize| {
        let before = words[..i].iter().rev().take_while(title_word).count();
        let after = words[i + 1..].iter().take_while(title_word).count();
        before == after
            && words[i - before..i].iter().zip(&words[i + 1..i + 1 + after]).all(|(x, y)| x.eq_ignore_ascii_case(y))
            && !words.get(i + 1 + after).is_some_and(|w| listed(&["of", "for"], w))
    };
    // (Titles alone after "and", with no name and no article of their own, share the first's
    // article: "the Crown Prince and Prime Minister" is one person, whoever else is a prime minister.)
    let titles_alone = |i: usize| words[i + 1..].iter().all(|w| is_title(w));
    let two_titles = |i: usize| {
        let sides = || [&words[..i], &words[i + 1..]].map(|part| who(part, names, ctx).and_then(|w| w.party()));
        i > 0 && listed(PERSON_TITLES, words[i - 1])
            && words.get(i + 1).is_some_and(|w| w.starts_with(char::is_uppercase) && !listed(DETERMINERS, w))
            && !same_title(i)
            && (titles_alone(i) || !matches!(sides(), [Some(a), Some(b)] if a != b))
    };
    // Each of the two joined may name someone: a party, a title, a group or a name ("Lavrov and Wang
    // Yi"), not a thing alone ("The Aral Sea and our rising ocean"), nor a portfolio ("[The Ministry
    // of Foreign Affairs,] Trade and Regional Integration remains committed").
    let names_someone = |part: &[&str]| {
        part.iter().enumerate().any(|(k, w)| party_at(&part[k..]).is_some() || listed(PERSON_TITLES, w) || listed(COLLECTIVES, w) || names.is_person(w) || *w == "I")
    };
    let joined = (0..words.len()).any(|i| listed(&["and", "и"], words[i]) && !two_titles(i) && names_someone(&words[..i]) && names_someone(&words[i + 1..]))
        && words.iter().filter(|w| w.starts_with(char::is_uppercase)).count() >= 2;
    let paired = words.iter().any(|w| listed(PAIR_WORDS, w));
    // A group is the phrase's head, not a word of what follows it ("The Secretary for Relations with
    // States" is one person; "the foreign ministers of the two countries" two).
    // (In Russian the head is the first title or group, what follows it in the genitive: "Глава
    // государства" is one person, "Главы государств" two.)
    let head_end_of = |part: &[&str]| {
        let russian_head = || part.iter().position(|w| is_cyrillic(w) && (listed(COLLECTIVES, w) || listed(PERSON_TITLES, w))).map(|p| p + 1);
        part.iter().position(|w| listed(&["of", "for", "with", "to", "on"], w)).or_else(russian_head).unwrap_or(part.len())
    };
    let head_end = head_end_of(words);
    let group_word = |w: &&str| listed(COLLECTIVES, w) || plural_title(w);
    // ("Both authorities", "The two personalities": a pair of anything the subject names is the two sides.)
    let plural_head = words[..head_end].last().is_some_and(|w| w.len() > 3 && w.starts_with(char::is_lowercase) && w.ends_with('s') && !w.ends_with("ss"));
    let collective = joined || words[..head_end].iter().any(group_word) || paired && (words.iter().any(group_word) || plural_head);
    // "AU member states", "Kenyan businesses": members of a party are not the party (but "the
    // leader of the Turkmen people" is a leader: the phrase's head is before its "of").
    // (Each of two joined is a phrase of its own: "the Port of Rotterdam and an Omani energy company".)
    let members = words.split(|w| listed(&["and", "и"], w)).any(|part| part[..head_end_of(part)].last().is_some_and(|w| listed(MEMBERS, w)));
    if !named.is_empty() && members && !(paired && collective) {
        return None;
    }
    match named.as_slice() {
        [_, _, ..] => return Some(Who::Group(BOTH)),
        [] if collective => return Some(Who::Group(BOTH)),
        _ => {}
    }
    let person_words: Vec<&str> = words.iter().copied().filter(|w| is_name_word(w) && !listed(DETERMINERS, w) && !listed(PAIR_WORDS, w) && !is_adverb(w)).collect();
    if let [party] = named.as_slice() {
        if (collective && paired) || joined {
            return Some(Who::Group(BOTH));
        }
        // "The head of the Mexican State", "the Brazilian leader": a person, for "she" later.
        let titled = words.iter().any(|w| listed(PERSON_TITLES, w));
        return Some(match (person_words.is_empty(), titled) {
            (true, false) => Who::Party(party),
            (true, true) => Who::Person(words.join(" "), Some(party)),
            (false, _) => Who::Person(person_words.join(" "), Some(party)),
        });
    }
    if !person_words.is_empty() {
        // A title, or an honorific or a style before a name ("Dr Lima", "Mr Soto", "His Excellency Al
        // Hinai"): a person.
        let honorific = |w: &str| listed(MALE, w) || listed(FEMALE, w) || listed(HONORIFICS, w) || listed(PERSONAL_STYLES, w) || w == "HE";
        // (An honorific is no word of the name: "Hon." goes before either side's minister.)
        let parties: Vec<&'static str> = person_words.iter().filter(|w| !honorific(w.trim_end_matches('.'))).filter_map(|w| names.party_of(w)).collect();
        let mut party = one_party(parties.iter().map(|p| Some(*p)));
        let known = person_words.iter().any(|w| names.is_person(w)) || party.is_some();
        let titled = title_key(words).is_some() || words.iter().any(|w| honorific(w.trim_end_matches('.')));
        // Capitalized words that name no one the statements introduced, with no title: not a person for sure.
        if !known && !titled && person_words.len() != words.iter().filter(|w| !listed(DETERMINERS, w)).count() {
            return None;
        }
        // An official named by title and name without a country is of the statement's own side.
        if party.is_none() && titled && parties.is_empty() && !person_words.iter().any(|w| names.doubtful(w)) {
            party = ctx.home;
        }
        return Some(Who::Person(person_words.join(" "), party));
    }
    // A title alone stands for the one person who holds it ("the Prime Minister"); a counterpart is
    // the other side's (below).
    if let Some(key) = title_key(words).filter(|_| !listed(&["counterpart", "colleague"], &head)) {
        // Its own official's, when the statement introduced one with this title without a country; else
        // the last speaker's, if it is their title; the one holder the statements introduce, the last
        // one this statement named, its own side's, or the one holder of a longer title ("Crown Prince
        // and Prime Minister").
        let own = ctx.statement.and_then(|s| names.own_title(s, &key));
        // The last speaker, when this is their title ("…,” the Foreign Minister stated).
        // (A head of state's title is "the Head of State": "… ," said the Head of State.)
        let holds = |title: &str| holds_title(title, &key) || names_head_of_state(&key) && is_head_of_state(title);
        let speaking = ctx.last.as_ref().filter(|s| {
            let title = ctx.people.iter().rev().find(|m| m.is_named(&s.name)).and_then(|m| m.title.clone());
            title.or_else(|| title_key(&s.name.split_whitespace().collect::<Vec<_>>())).is_some_and(|t| holds(&t))
                || s.party.as_deref().is_some_and(|p| names.has_title(&key, p))
        });
        let known = own
            .or_else(|| names.head_of_state_party(ctx.statement, &key))
            .or_else(|| speaking.and_then(|s| s.party.as_deref()).and_then(super::parties::key));
        // The other side's holder of the title, where the statement's own official was named without
        // one ("Михаил Ветров" beside "Председателем Правительства Ливии"), may be either: unstated.
        // (Unless the statement names its own side's office: "Андрей Волков" is then the
        // "Председатель Правительства России", and the "Наследный принц" the other side's.)
        let holder = names.title_party(&key, false);
        let own_untitled = ctx.statement.is_some_and(|s| names.names_own_untitled(s) && !ctx.home.is_some_and(|h| names.titles_party(s, h)));
        if known.is_none() && own_untitled && holder.is_some() && holder != ctx.home {
            return Some(Who::Person(words.join(" "), None));
        }
        let party = known
            .or(holder)
            // (Not one named with their party's word, "the Kuwaiti foreign minister": the bare title
            // then tells the other holder apart.)
            .or_else(|| {
                let qualified = |m: &Mention| m.name.split_whitespace().any(|w| party_at(&[w]).is_some());
                ctx.people.iter().rev().find(|m| m.title.as_deref() == Some(key.as_str()) && !qualified(m)).and_then(|m| m.party)
            })
            .or_else(|| names.title_party(&key, true))
            .or(ctx.home);
        return Some(Who::Person(words.join(" "), party));
    }
    if listed(&["counterpart", "colleague", "коллега"], &head) {
        let other = ctx.last.as_ref().and_then(|s| s.party.as_deref()).and_then(|p| names.other(p));
        return other.map(|p| Who::Person(words.join(" "), Some(p)));
    }
    None
}

/// The party of the pair whose name opens with `word`, an adjective of
/// nationality by its ending as the parties' table takes one ("Dominican":
/// the Dominican Republic): a form two countries share, which the table
/// leaves to neither (Dominica's people are Dominican too), names the one
/// the statements are about.
fn pair_adjective(word: &str, names: &Names) -> Option<&'static str> {
    let adjective = word.starts_with(char::is_uppercase) && ["an", "ese", "ish", "i", "ic", "ch"].iter().any(|e| word.ends_with(e));
    if !adjective {
        return None;
    }
    let (a, b) = names.pair()?;
    let opens = |key: &str| key.split_whitespace().count() > 1 && key.split_whitespace().next() == Some(word);
    match (opens(a), opens(b)) {
        (true, false) => Some(a),
        (false, true) => Some(b),
        _ => None,
    }
}

fn party_of_speaker(s: &super::model::Speaker) -> &'static str {
    match s.party.as_deref() {
        Some(p) if p == BOTH => BOTH,
        Some(p) => super::parties::key(p).unwrap_or(BOTH),
        None => BOTH,
    }
}

/// People a sentence mentions by name ("... with Prime Minister Mehra"),
/// for pronouns in later sentences.
fn people_in(items: &[Item], names: &Names) -> Vec<Mention> {
    let mut out = Vec::new();
    let words: Vec<&str> = items.iter().filter(|i| i.word).map(|i| i.text).collect();
    let mut k = 0;
    while k < words.len() {
        if !(is_name_word(words[k]) && names.is_person(words[k])) {
            k += 1;
            continue;
        }
        let mut start = k;
        while start > 0 && is_name_word(words[start - 1]) {
            start -= 1;
        }
        let mut end = k + 1;
        while end < words.len() && is_name_word(words[end]) {
            end += 1;
        }
        let mut t = start;
        while t > 0 && is_title(words[t - 1]) {
            t -= 1;
        }
        let name = words[start..end].join(" ");
        let party = words[start..end].iter().find_map(|w| names.party_of(w));
        let gender = words[start..end].iter().find_map(|w| names.gender(w));
        out.push(Mention { name, party, gender, title: title_key(&words[t..start]) });
        k = end;
    }
    out
}

/// The noun phrase that opens a sentence, up to its first verb ("She
/// recalled ... and said that"; "The President accepted ... and said"), for
/// a verb joined to it by "and".
fn opening_subject(items: &[Item], index: &[usize], names: &Names, ctx: &Context) -> Option<(Who, ByteRange, Option<String>)> {
    let first = items.iter().position(|i| !i.word).map_or(index.len(), |p| index.partition_point(|&j| j < p));
    let np: Vec<usize> = index[..first]
        .iter()
        .copied()
        .take_while(|&j| {
            let w = items[j].text;
            !w.starts_with(char::is_lowercase) || listed(DETERMINERS, w) || listed(PAIR_WORDS, w) || listed(COLLECTIVES, w) || listed(&["of", "and", "и"], w) || listed(PERSON_TITLES, w) || party_at(&[w]).is_some()
        })
        .collect();
    let words: Vec<&str> = np.iter().map(|&j| items[j].text).collect();
    let w = who(&words, names, ctx)?;
    let name = match (&w, words.as_slice()) {
        (Who::Person(n, _), [one]) if listed(SINGULAR_PRONOUNS, one) => Some(n.clone()),
        _ => None,
    };
    Some((w, ByteRange::new(items[np[0]].range.start, items[np[np.len() - 1]].range.end), name))
}

/// A closing quotation mark (a straight one may close too).
fn closing_quote(t: &str) -> bool {
    matches!(t, "”" | "»" | "\"")
}

/// Which items stand inside a quotation, one this sentence opens or one an
/// earlier sentence opened (the sentence then closes it before opening any).
fn quoted(items: &[Item]) -> Vec<bool> {
    let opens = |t: &str| matches!(t, "“" | "«" | "„");
    let closes = |t: &str| closing_quote(t) && t != "\"";
    // A straight quote opens before a word and closes after one ("Peace …," the President said).
    let joined = |a: &Item, b: &Item| a.range.end == b.range.start;
    let straight_closes = |k: usize| items[k].text == "\"" && k > 0 && joined(&items[k - 1], &items[k]);
    let straight_opens = |k: usize| items[k].text == "\"" && !straight_closes(k);
    let first_close = (0..items.len()).find(|&k| closes(items[k].text) || straight_closes(k));
    let first_open = (0..items.len()).find(|&k| opens(items[k].text) || straight_opens(k));
    let mut inside = matches!((first_close, first_open), (Some(c), o) if o.is_none_or(|o| c < o));
    (0..items.len())
        .map(|k| {
            if opens(items[k].text) || straight_opens(k) {
                inside = true;
            } else if closes(items[k].text) || straight_closes(k) {
                inside = false;
            }
            inside && items[k].word
        })
        .collect()
}

/// Sentences whose form settles who acts, whatever their verb: an exchange
/// of views, an invitation accepted, what the talks covered. Returns who,
/// the class of act, the words that tell it and the item what is said starts at.
fn settled_by_its_form(items: &[Item], index: &[usize], words: &[&str], names: &Names, ctx: &Context) -> Option<(Who, Class, ByteRange, usize)> {
    // An exchange of views is a joint act, whatever verb tells that it took place ("Состоялся обмен
    // мнениями по …", "The sides held an exchange of views on …"), unless someone is credited with it.
    if let Some(e) = words.iter().position(|w| listed(&["exchange", "обмен"], w)) {
        let views = words[e + 1..].iter().take(2).any(|w| listed(OPINION_NOUNS, w));
        let credited = (0..e).map(|i| verb_at(words[i], words.get(i + 1).copied()).0).any(|c| c.has(Class::Speech) || c.has(Class::Act));
        if views && !credited {
            return Some((Who::Group(BOTH), Class::Joint, items[index[e]].range, index[e]));
        }
    }
    // An agreement reached is the two sides' ("Достигнута договоренность о …", "Agreement was reached
    // on …"): the sentence's own verb, the agreement beside it (not "… to implement the consensus
    // reached by the two leaders", nor one someone reached).
    let reached = words.iter().take(5).position(|w| listed(&["reached", "достигнута", "достигнуто", "достигнуты"], w));
    let beside = |r: usize| words[r.saturating_sub(3)..(r + 3).min(words.len())].iter().any(|w| listed(AGREEMENT_NOUNS, w));
    if let Some(r) = reached.filter(|&r| beside(r) && !words.get(r + 1).is_some_and(|w| listed(&["by"], w))) {
        return Some((Who::Group(BOTH), Class::Joint, items[index[r]].range, index[0]));
    }
    // What the talks covered, said of a topic ("Food security was on the agenda of the meeting",
    // "Climate resilience featured prominently in the discussions"): the two sides discussed it,
    // when the sentence names no one before it.
    // (The topic word and the talks in one phrase, joined by function words and adverbs
    // only: not "On the agenda, Mozambique reiterated its call for …".)
    let talks = words.iter().position(|w| listed(CONTACT_NOUNS, w) && w.starts_with(char::is_lowercase));
    let one_phrase = |t: usize, c: usize| {
        items[index[t] + 1..index[c]].iter().all(|i| i.word && (is_stopword(&i.text.to_lowercase(), Lang::English) && !listed(&["its", "his", "her", "their"], i.text) || i.text.ends_with("ly")))
    };
    if let Some(t) = words.iter().position(|w| listed(TOPIC_WORDS, w)).filter(|&t| talks.is_some_and(|c| c > t && c - t <= 4 && one_phrase(t, c))) {
        let someone = words[..t].iter().any(|w| {
            party_at(&[w]).is_some() || listed(PERSON_TITLES, w) || listed(SINGULAR_PRONOUNS, w) || listed(PLURAL_PRONOUNS, w) || listed(&["his", "her", "their"], w) || names.is_person(w)
        });
        if !someone {
            return Some((Who::Group(BOTH), Class::Joint, items[index[t]].range, index[0]));
        }
    }
    // An invitation accepted with no one named ("Приглашение было с благодарностью принято", "The
    // invitation was accepted"): the invited side accepted it, the other side of who last spoke (invited).
    let invitation = words.first().is_some_and(|w| listed(&["приглашение", "invitation"], w))
        || words.first().is_some_and(|w| listed(DETERMINERS, w)) && words.get(1).is_some_and(|w| listed(&["invitation"], w));
    if let Some(a) = words.iter().position(|w| listed(&["принято", "accepted"], w)).filter(|_| invitation) {
        let invited = ctx.last.as_ref().and_then(|s| s.party.as_deref()).and_then(|p| names.other(p));
        if let Some(p) = invited.filter(|_| !words[a..].iter().any(|w| listed(&["by"], w))) {
            return Some((Who::Party(p), Class::Act, items[index[a]].range, index[0]));
        }
    }
    None
}

/// True when the talks are the subject of what they covered ("The talks
/// also covered …", "Discussions focused on …"): the statement tells the
/// topics, and credits neither side with words. ("The talks" is a noun
/// after its determiner, not the verb "talks"; so is "Talks" opening the
/// sentence.)
fn the_talks_covered(items: &[Item], index: &[usize], words: &[&str]) -> bool {
    let noun = |i: usize| listed(CONTACT_NOUNS, words[i]) && (i == 0 || listed(DETERMINERS, words[i - 1]));
    let Some(v) = (0..words.len().min(6)).find(|&i| !noun(i) && (verb_at(words[i], None).0.any() || is_past(words[i]) || listed(BE, words[i]))) else {
        return false;
    };
    // (Adverbs between: "The talks also covered".)
    let subject_end = words[..v].iter().rposition(|w| !is_adverb(w)).map_or(0, |e| e + 1);
    let covered = listed(SUBJECT_MATTER_VERBS, words[v]);
    // (Not a participle set off by commas: "The call, initiated by …, is part of".)
    let plain = subject_end > 0 && items[index[subject_end - 1] + 1..index[v]].iter().all(|i| i.word);
    covered && plain && noun(subject_end - 1)
}

/// True when `subject` is two or more parties' names joined, and nothing
/// else ("Peru and Tonga", "Latvia and Uzbekistan").
fn only_parties(subject: &[&str]) -> bool {
    let (mut i, mut parties) = (0, 0);
    while i < subject.len() {
        if let Some((_, n)) = party_at(&subject[i..]) {
            parties += 1;
            i += n;
        } else if listed(&["and", "и"], subject[i]) || listed(DETERMINERS, subject[i]) {
            i += 1;
        } else {
            return false;
        }
    }
    parties >= 2
}

/// "had a phone call with", "held talks", "провел телефонный разговор с": a
/// verb that carries a noun of contact (which is then no verb: "talks").
fn contact_phrase(words: &[&str], k: usize) -> bool {
    listed(CONTACT_CARRIERS, words[k]) && words[k + 1..].iter().take(4).any(|w| listed(CONTACT_NOUNS, w))
}

/// The party a Russian phrase "с X-ской стороны" or "со стороны X" names
/// (from X's side): the agent of a passive.
fn from_a_side(words: &[&str]) -> Option<&'static str> {
    let side = |w: &str| w.to_lowercase() == "стороны";
    (0..words.len().saturating_sub(2)).find_map(|i| {
        if !listed(&["с", "со"], words[i]) {
            None
        } else if side(words[i + 2]) {
            party_at(&words[i + 1..i + 2]).map(|(p, _)| p)
        } else if listed(&["со"], words[i]) && side(words[i + 1]) {
            party_at(&words[i + 2..]).map(|(p, _)| p)
        } else {
            None
        }
    })
}

/// Who speaks in one sentence of English or Russian.
pub(super) fn attribute(text: &str, items: &[Item], names: &Names, ctx: &Context) -> Attribution {
    let mut people = people_in(items, names);
    if items.last().is_some_and(|i| i.text.contains('?')) {
        return Attribution::Nothing(people);
    }
    if let Some(found) = according_to(text, items, names, ctx, &people) {
        // The source reports what someone it names said or did: "According to the Presidency,
        // President Hounkpè also raised …" is the President's, as the Presidency reports it.
        let clause = items.iter().position(|i| i.text == ",").map(|c| attribute(text, &items[c + 1..], names, ctx));
        if let Some(Attribution::Found(inner)) = clause {
            if matches!(inner.who, Who::Person(_, Some(_))) && inner.name.is_none() {
                return Attribution::Found(inner);
            }
        }
        return Attribution::Found(found);
    }
    let index: Vec<usize> = (0..items.len()).filter(|&k| items[k].word).collect();
    let words: Vec<&str> = index.iter().map(|&k| items[k].text).collect();
    if let Some((who, class, mention, from)) = settled_by_its_form(items, &index, &words, names, ctx) {
        let said = ByteRange::new(items[from].range.start, items[index[index.len() - 1]].range.end);
        let name = who.party().map(str::to_owned);
        return Attribution::Found(Found { who, class, mention, name, said, people, gender: None });
    }
    if the_talks_covered(items, &index, &words) {
        return Attribution::Narration(people);
    }
    // An event as subject ("The call took place", "The conversation was held"): narration;
    // what it covered ("The talks focused on") is told below.
    // (An irregular past too: "The conversation took place".)
    if let Some(v) = words.iter().take(6).position(|w| verb_at(w, None).0.any() || is_past(w) || listed(BE, w) || listed(CONTACT_CARRIERS, w)) {
        let joint = verb_at(words[v], words.get(v + 1).copied()).0.joint_alone();
        if !joint
            && words[..v].last().is_some_and(|w| listed(CONTACT_NOUNS, w)) && words[..v].iter().all(|w| !w.starts_with(char::is_uppercase) || v <= 3) {
            return Attribution::Narration(people);
        }
    }
    // A verb inside a quotation is the quoted words, not its frame, when a verb of speech follows
    // the quotation («…», — заявил X).
    let quoted = quoted(items);
    let first_close = items.iter().position(|i| closing_quote(i.text));
    let frame_after = first_close.is_some_and(|c| {
        index.iter().enumerate().any(|(n, &k)| k > c && !quoted[k] && verb_at(words[n], words.get(n + 1).copied()).0.has(Class::Speech))
    });
    // A sentence that opens inside a quotation is the quoted words up to its close: its frame, if
    // any, follows the close or lies in another sentence ("“Peru is fully committed …", he stated).
    let opens_quoted = index.first().is_some_and(|&k| quoted[k]);
    let mut narration = false;
    let mut earlier: Option<(Who, ByteRange, Option<String>)> = None;
    for (n, &k) in index.iter().enumerate() {
        if quoted[k] && (frame_after || opens_quoted) {
            continue;
        }
        // Far into its sentence a verb is no frame, unless it follows a quotation ("…,” said X).
        if n >= MAX_VERB_POSITION && !(k > 0 && (closing_quote(items[k - 1].text) || items[k - 1].text == ",")) {
            continue;
        }
        // A noun of contact that a verb carries ("held talks") is no verb, nor one that opens the
        // sentence ("Talks also touched upon …": its subject), nor one a preposition governs
        // ("welcomed … to Port Vila for bilateral talks").
        let governed = words[n.saturating_sub(2)..n].iter().any(|w| listed(LINKS, w) && !listed(&["and", "or", "but", "nor"], w));
        if listed(CONTACT_NOUNS, words[n]) && (n == 0 || governed || words[n.saturating_sub(4)..n].iter().any(|w| listed(CONTACT_CARRIERS, w))) {
            continue;
        }
        // After a form of "be", a verb's base form is an adjective ("were present on the occasion");
        // after "a" or "an" and what it governs, a noun: one of anything is no subject of a base
        // form ("an Omani state energy company").
        let one_of = || words[..n].iter().rposition(|w| listed(DETERMINERS, w)).is_some_and(|d| listed(&["a", "an"], words[d]) && !words[d..n].iter().any(|w| listed(LINKS, w)));
        if n > 0 && (listed(BE, words[n - 1]) || one_of()) && bare_form(words[n]) {
            continue;
        }
        // A Russian sentence may open with its verb, capitalized ("Договорились о ..."; its subject left out).
        let opening_verb = (n == 0 && words[0].chars().next().is_some_and(|c| c.is_uppercase() && script_of(c) == Script::Cyrillic)).then(|| words[0].to_lowercase());
        let (mut classes, len) = verb_at(opening_verb.as_deref().unwrap_or(words[n]), words.get(n + 1).copied());
        // Calling on someone to act is an appeal; calling on someone, with no act
        // asked of them, is a visit ("will also call on the Prime Minister").
        let calls_on = listed(&["call", "calls", "called", "calling"], words[n]) && words.get(n + 1).is_some_and(|w| listed(&["on", "upon"], w));
        if calls_on && !words[n + 2..].iter().any(|w| listed(&["to"], w)) {
            classes = Classes::CONTACT;
        }
        // Sharing a view is agreeing: "shared the view that", "shared their assessment".
        if listed(&["shared", "share", "shares"], words[n]) && words[n + 1..].iter().take(3).any(|w| listed(OPINION_NOUNS, w)) {
            classes = Classes::JOINT;
        }
        // Treating a topic is discussing it: "The heads of state also addressed the situation".
        if !classes.any() && listed(TREATING_VERBS, words[n]) {
            classes = Classes::JOINT;
        }
        // Paying attention to a topic is discussing it: "(Particular) attention was paid to",
        // "The sides paid attention to", "Особое внимание было уделено".
        let near = &words[n.saturating_sub(3)..(n + 3).min(words.len())];
        if listed(ATTENTION_VERBS, words[n]) && near.iter().any(|w| listed(&["attention", "внимание"], w)) {
            // The Russian passive needs no "было" ("Особое внимание уделено ...").
            classes = if listed(&["уделено", "уделялось", "уделяется"], words[n]) { Classes::JOINT_PASSIVE } else { Classes::JOINT };
        }
        let contact_phrase = contact_phrase(&words, n);
        // "Paris and Riyadh will continue ...", "The two sides will ...": what the
        // two sides together say they will do is a joint undertaking, and so is what
        // they did together ("The two Presidents witnessed the signing"); one side's
        // plans or acts ("The President will travel to ...") are narration.
        let will = listed(&["will", "shall"], words[n]) && words.get(n + 1).is_some_and(|w| w.starts_with(char::is_lowercase));
        // (What they did: the subject names officials of both sides, "the two Presidents",
        // "Both foreign ministers", not two countries' history: "Latvia and Uzbekistan established".)
        let subject_text = || subject_before(text, items, k).words.iter().map(|&j| items[j].text).collect::<Vec<_>>();
        let officials_did = || {
            let subject = subject_text();
            // (The head before its "of": "the two Heads of State".)
            let head = subject.iter().take_while(|w| !listed(&["of"], w)).last();
            subject.iter().any(|w| listed(&["two", "both"], w)) && head.is_some_and(|w| plural_title(w) || listed(&["sides"], w))
        };
        // A light verb and the noun of an act ("extended an invitation", "renewed his warm
        // invitation", "renewed Peru's invitation", "gave his assurance", "made a statement"):
        // the noun's act. (Not across a preposition: "extended the deadline for the proposal".)
        // (In Russian, "дали высокую оценку". Statements made, "сделали заявления для прессы",
        // tell an event, as a press conference does.)
        const LIGHT: &[&str] = &["gave", "made", "дал", "дала", "дало", "дали"];
        // (Russian "принять" is to receive a guest, and to accept or adopt what the noun of an act
        // names: "принял приглашение", "приняли Совместное заявление", as "accepted" is.)
        let accepting = listed(&["принял", "приняла", "приняло", "приняли"], words[n]);
        if accepting || !classes.any() && (is_past(words[n]) || listed(LIGHT, words[n])) && !listed(ASPECTUAL_VERBS, words[n]) {
            // (The noun heads its phrase: "an official welcome ceremony" is a ceremony, narration;
            // a Russian noun's complement follows in its own case: "оценку работе".)
            let modifies_next = |j: usize| !is_cyrillic(words[j]) && items.get(index[j] + 1).is_some_and(|i| i.word && i.text.starts_with(char::is_lowercase) && !is_stopword(&i.text.to_lowercase(), Lang::English));
            // (Past the person it goes to, put first: "extended to his Spanish counterpart an
            // invitation"; the act's noun has an article of its own.)
            let to_first = (words.get(n + 1) == Some(&"to")).then(|| (n + 3..(n + 8).min(words.len())).find(|&j| listed(&["a", "an", "the"], words[j]))).flatten();
            let from = to_first.unwrap_or(n + 1);
            let object = (from..(from + 4).min(words.len()))
                .take_while(|&j| (words[j].starts_with(char::is_lowercase) || accepting && is_cyrillic(words[j])) && !listed(LINKS, words[j]) || possessive(words[j]))
                .find(|&j| noun_at(words[j]).any() && !modifies_next(j))
                .map(|j| noun_at(words[j]));
            classes = object.unwrap_or(if accepting { classes } else { Classes::default() });
        }
        // (What a side "will continue to" do is its policy, which it states: "The Government of
        // Ecuador will continue to strengthen ties with …".)
        let continuing = will && words.get(n + 1) == Some(&"continue") && words.get(n + 2) == Some(&"to");
        let undertaking = !classes.any() && (will && !continuing || is_past(words[n]) && officials_did());
        if undertaking {
            classes = Classes::JOINT;
        } else if continuing && !classes.any() {
            classes = Classes::ACT;
        }
        // The two countries' history ("Peru and Tonga established diplomatic relations in
        // 1993"): a fact the statement tells, no one's words, which ends a speech before it.
        if !classes.any() && is_past(words[n]) && only_parties(&subject_text()) {
            return Attribution::Narration(people);
        }
        if !classes.any() && !contact_phrase {
            continue;
        }
        let mut subject = subject_before(text, items, k);
        // A Russian short participle is passive without "был" ("Подтверждена ...").
        subject.passive |= classes.passive();
        // A participle after a comma has the subject of the clause before it: "The Prime
        // Minister welcomed Prince Omar, noting the growth in trade" is the Prime Minister noting.
        let participle = words[n].ends_with("ing");
        subject.coordinated |= participle && subject.words.is_empty() && k > 0 && items[k - 1].text == ",";
        let next = words.get(n + len).copied();
        // The object is a person ("received Prime Minister X", "welcomed his counterpart").
        // (Not when the name is a possessive: "welcomed Minister Park's first visit" welcomes the visit.)
        let object_run = words[(n + len).min(words.len())..].iter().take_while(|w| is_name_word(w) || listed(PERSON_TITLES, w)).collect::<Vec<_>>();
        // (A demonym before a title is a person too: "welcomed Australian Foreign Minister Claire Dunmore".)
        let official = |w: &str| party_at(&[w]).is_some() && words.get(n + len + 1).is_some_and(|t| is_title(t) && t.starts_with(char::is_uppercase));
        let next_is_person = !object_run.last().is_some_and(|w| possessive(w)) && next.is_some_and(|w| (w.starts_with(char::is_uppercase) && (party_at(&[w]).is_none() || official(w))) || listed(PERSON_TITLES, w))
            || (next.is_some_and(|w| listed(DETERMINERS, w))
                // (Past the words that qualify a title: "welcomed the Foreign Minister of Uruguay".)
                && words[(n + len + 1).min(words.len())..].iter().find(|w| !(listed(TITLE_WORDS, w) && w.starts_with(char::is_uppercase)))
                    .is_some_and(|w| listed(&["counterpart", "colleague", "guest", "delegation", "visitor"], w) || listed(PERSON_TITLES, w)));
        // Speaking with someone is getting in touch; speaking about something, or highly of it, is speech.
        let speak = listed(&["spoke", "speaks", "talked", "talks", "speak", "talk", "spoken", "speaking", "talking"], words[n]);
        let after_adverbs = words[n + len..].iter().find(|w| !is_adverb(w) && !listed(&["today", "by", "phone", "telephone", "over"], w) || listed(&["with", "to"], w));
        let speak_with = speak && (after_adverbs.is_some_and(|w| listed(&["with", "to", "on"], w)) || next.is_some_and(|w| listed(&["by", "over"], w)));
        // A person met, in the passive ("The Vice President was welcomed with military honours"):
        // the visit's protocol, as "was received" is.
        let person_met = subject.passive && subject.words.iter().any(|&j| listed(PERSON_TITLES, items[j].text) || listed(PERSONAL_STYLES, items[j].text));
        let contact = contact_phrase
            || speak_with
            || (!speak && classes.contact_only())
            || (classes.has(Class::Contact) && (next_is_person || person_met));
        let class = if (classes.has(Class::Speech) || speak) && !speak_with {
            Class::Speech
        } else if classes.has(Class::Joint) {
            Class::Joint
        } else {
            Class::Act
        };
        // "..." said Foreign Minister Anggraini / заявил Лавров: the subject after the verb.
        // (A passive is no such verb: "Кроме того, затронута тема …" has its subject after it.)
        // So is one after "Как" and a verb in the past ("Как подчеркнул А.Ю.Воронцов, «…»": as he
        // stressed); one in the present cites where the news comes from ("Как сообщает пресс-служба").
        let past = ["л", "ла", "ло", "ли"].iter().any(|e| words[n].ends_with(e));
        let as_said = n == 1 && listed(&["как"], words[0]) && past;
        let inverted = (subject.words.is_empty() && !subject.coordinated && k > 0 && !items[k - 1].word || as_said) && class == Class::Speech && !classes.passive();
        let subject = if inverted {
            let run = items[k + 1..].iter().take_while(|i| i.word || matches!(i.text, "." | "-" | "'" | "’")).count();
            let mut after: Vec<usize> = (k + 1..k + 1 + run).filter(|&j| items[j].word).collect();
            // (A clause after the name's comma tells when or how it was said: "…,” said X,
            // opening the talks", "– сказал X, открывая переговоры".)
            let clause_after = items.get(k + 1 + run).is_some_and(|i| i.text == ",") && items.get(k + 2 + run).is_some_and(|i| i.word && i.text.starts_with(char::is_lowercase));
            let ends_sentence = items[k + 1 + run..].iter().all(|i| !i.word) || (as_said || clause_after) && items.get(k + 1 + run).is_some_and(|i| i.text == ",");
            // A preposition after the speaker's name opens what follows the
            // name, not the name: "заявил С.В.Лавров по итогам переговоров",
            // "said Minister Vea in a statement" (but "Vea of Tonga" is his). (Against English, a
            // Cyrillic word is looked up among Russian function words.)
            let opens_phrase = |w: &str| w.starts_with(char::is_lowercase) && is_stopword(&w.to_lowercase(), Lang::English) && !listed(&["of"], w);
            if let Some(q) = (1..after.len()).find(|&q| is_name_word(items[after[q - 1]].text) && opens_phrase(items[after[q]].text)) {
                after.truncate(q);
            }
            SubjectWords { words: if ends_sentence { after } else { Vec::new() }, passive: false, coordinated: false }
        } else {
            subject
        };
        let subject_words: Vec<&str> = subject.words.iter().map(|&j| items[j].text).collect();
        // "They discussed", "The talks focused on": the two sides together.
        let joint_they = class == Class::Joint
            && !contact
            && (matches!(subject_words.as_slice(), [w] if listed(PLURAL_PRONOUNS, w)) || subject_words.last().is_some_and(|w| listed(CONTACT_NOUNS, w)));
        // A joint act with no agent ("it was agreed", "X was also discussed", "Договорились о ..."):
        // only the two sides together do it.
        let by_agent = words.get(n + len).is_some_and(|w| listed(&["by"], w));
        let agentless = subject.passive && !by_agent && !subject.coordinated;
        // A report in the passive with no agent and no addressee ("The
        // importance of ... was emphasized"): what the talks said, both
        // sides'. One that names whom it was said to ("was conveyed to the
        // Dutch side") is the other side's; one whose subject is a person
        // or party ("He was assured") is settled below.
        let reported = class == Class::Speech
            && agentless
            && !contact
            && !subject_words.last().is_some_and(|w| party_at(&[w]).is_some() || listed(PARTY_HEADS, w))
            && !matches!(who(after_possessor(&subject_words), names, ctx), Some(Who::Person(..) | Who::Group(_)));
        let to_whom = reported.then(|| addressee(&words[n + len..])).flatten();
        // A Russian passive names its agent as a side: "С иорданской стороны была выражена
        // озабоченность", "со стороны Иордании было подчеркнуто".
        let from_side = (class == Class::Speech && subject.passive && !by_agent).then(|| from_a_side(&words)).flatten();
        let agentless_speech = reported && to_whom.is_none() && from_side.is_none();
        // Said to one side ("was conveyed to the Dutch side"): the other side said it.
        let to_other = to_whom.and_then(|ws| ws.iter().find_map(|w| party_at(&[w]).map(|(p, _)| p))).and_then(|p| names.other(p));
        let agentless_joint = agentless_speech
            || class == Class::Joint
                && !contact
                && (agentless || (subject.words.is_empty() && !subject.coordinated && (words[n].ends_with("ли") || words[n].ends_with("лись"))));
        // Who did it is settled: both sides, the side it was not said to, or the side it came from.
        let to_other = to_other.or(from_side);
        let settled = agentless_joint || to_other.is_some();
        // What the talks themselves covered ("The talks focused on", "Discussions also touched
        // upon"): the statement tells the topics; it credits neither side with words.
        // (An event is no one, capitalized too.)
        if !settled && joint_they && subject_words.last().is_some_and(|w| listed(CONTACT_NOUNS, w)) {
            narration = true;
            continue;
        }
        let resolved = if agentless_joint {
            Some((Who::Group(BOTH), items[k].range, Some(BOTH.to_owned())))
        } else if let Some(other) = to_other {
            Some((Who::Party(other), items[k].range, Some(other.to_owned())))
        } else if subject.words.is_empty() && subject.coordinated {
            earlier.clone().or_else(|| opening_subject(items, &index, names, ctx))
        } else {
            // The statement's own body named without a party, speaking in the present ("The Ministry
            // of Foreign Affairs reaffirms its commitment to …"): the statement states its side's
            // position. (What it reported, in the past, is narration: "The Presidential Office
            // reported that the call lasted 40 minutes".)
            let own_body_now = || {
                let body = subject_words.first().is_some_and(|w| *w == "The") && subject_words.iter().any(|w| w.starts_with(char::is_uppercase) && listed(PARTY_HEADS, w));
                let present = words[n].ends_with('s') && !is_past(words[n]) && words[n].starts_with(char::is_lowercase);
                ((class == Class::Speech && present || continuing) && body && !names_a_party(&subject_words)).then_some(ctx.home).flatten().map(Who::Party)
            };
            who(&subject_words, names, ctx).or_else(|| joint_they.then_some(Who::Group(BOTH))).or_else(own_body_now).map(|w| {
                let range = ByteRange::new(items[subject.words[0]].range.start, items[subject.words[subject.words.len() - 1]].range.end);
                let name = match (&w, subject_words.as_slice()) {
                    (Who::Person(n, _), [one]) if listed(SINGULAR_PRONOUNS, one) => Some(n.clone()),
                    _ => None,
                };
                (w, range, name)
            })
        };
        let Some((mut who_, mention, mut name)) = resolved.filter(|(w, _, _)| !undertaking || w.party() == Some(BOTH)) else {
            // An event told with no one named ("A memorandum was signed") is narration still.
            narration |= contact;
            continue;
        };
        // A pronoun is no one of the party the act is done to ("She urged Canada to …", "He thanked
        // Chile"): it stands for the other side's speaker.
        // (Not what is said of the party: "She said Chile would open an embassy".)
        let pronoun_party = who_.party().filter(|_| name.is_some() && class != Class::Speech).and_then(super::parties::key);
        if let Some(party) = pronoun_party {
            let after = words[(n + len).min(words.len())..].iter().copied().skip_while(|w| is_adverb(w)).collect::<Vec<_>>();
            let object = party_at(&after).filter(|&(_, count)| !possessive(after[count - 1])).map(|(q, _)| q);
            if object == Some(party) {
                who_ = Who::Person(subject_words.join(" "), names.other(party));
                name = None;
            }
        }
        // A title is not the last speaker's when the act it does names that speaker ("The president
        // renewed the invitation for Otieno"): who holds it is not said. (What a title says may name
        // them: "The spokesperson added that Minister Mansour briefed …".)
        let title_alone = class != Class::Speech && title_key(&subject_words).is_some() && !subject_words.iter().any(|w| names.is_person(w));
        if title_alone && ctx.last.as_ref().is_some_and(|s| s.party.as_deref() == who_.party() && people.iter().any(|m| m.is_named(&s.name))) {
            continue;
        }
        // Two sides who sign a document commit to it together: "The ministers signed a
        // memorandum" is both sides' act. (A signing told with no one named, or by one side
        // or others, "Two Peruvian companies signed", is the event's narration.)
        let others = subject_words.last().is_some_and(|w| listed(MEMBERS, w) && !listed(COLLECTIVES, w));
        let signed_together = contact && !subject.passive && !others && who_.party() == Some(BOTH) && listed(SIGNING_VERBS, words[n]);
        if contact && !signed_together {
            narration = true;
            earlier = Some((who_, mention, name));
            continue;
        }
        let class = if signed_together { Class::Joint } else { class };
        // "X held talks with Y and discussed ...": the narration goes on; only speech joined to it is X's.
        if narration && subject.coordinated && class != Class::Speech {
            continue;
        }
        // The subject of a passive is its recipient only when it names a person or a party ("He was
        // assured", "Kenya was invited", "The Fijian side was invited"); "Dutch water expertise was offered" says nothing of who offered.
        let recipient = matches!(who_, Who::Person(..) | Who::Group(_)) || subject_words.last().is_some_and(|w| party_at(&[w]).is_some() || listed(PARTY_HEADS, w));
        // The agent "by" names did it, whatever the subject ("The decision was welcomed by the Moroccan side").
        let agent = (subject.passive && !settled && by_agent)
            .then(|| {
                let np: Vec<&str> = words[n + len + 1..].iter().copied().take_while(|w| !listed(&["that", "on", "about", "of", "to", "for", "in", "as"], w)).collect();
                who(&np, names, ctx)
            })
            .flatten();
        if subject.passive && !settled && !recipient && agent.is_none() {
            continue;
        }
        if subject.passive && !settled {
            // "He was assured that ...": the assurance is the other side's (or the one "by" names).
            who_ = match (agent, who_.party()) {
                (Some(a), _) => a,
                (None, Some(p)) if p != BOTH => match names.other(p) {
                    Some(o) => Who::Party(o),
                    None => continue,
                },
                _ => continue,
            };
            name = who_.party().map(str::to_owned);
        }
        // A title alone does not act on its own side: "The Minister welcomed the Swedish Foreign
        // Minister", "the Minister briefed the Swedish side", "… his Swedish counterpart" is the
        // other side's minister, whoever spoke last and whichever side holds the title too.
        let bare_title = title_key(&subject_words).is_some() && !subject_words.iter().any(|w| names.is_person(w) || party_at(&[w]).is_some());
        if let (true, Who::Person(_, party)) = (bare_title && !subject.passive, &mut who_) {
            let at = n + len + usize::from(words.get(n + len).is_some_and(|w| listed(&["the", "his", "her"], w)));
            let object = words.get(at..).and_then(party_at).filter(|&(_, m)| words.get(at + m).is_some_and(|h| listed(PARTY_HEADS, h) || is_title(h)));
            if let Some(other) = object.and_then(|(p, _)| (*party != Some(BOTH)).then(|| names.other(p)).flatten()) {
                *party = Some(other);
            }
            // An invitation is accepted by the one invited, the other side of who last spoke
            // (invited): "The Minister accepted the invitation with pleasure".
            // (The invitation just made, "the invitation", by a title with nothing of a side: not
            // "accepted an invitation to attend the summit", nor "the Dominican minister".)
            let accepts_invitation = listed(&["accepted", "accepts"], words[n])
                && words.get(n + 1..n + 3).is_some_and(|o| o == ["the", "invitation"])
                && subject_words.iter().all(|w| is_title(w) || listed(DETERMINERS, w));
            if let Some(invited) = ctx.last.as_ref().and_then(|s| s.party.as_deref()).and_then(|p| names.other(p)).filter(|_| accepts_invitation) {
                *party = Some(invited);
            }
        }
        // What the speaker is credited with: after "said (that)", or from the verb on.
        let said_from = if class == Class::Speech && !speak {
            let mut j = n + len;
            while j < words.len() && listed(&["that", "out", "что", "о", "том"], words[j]) {
                j += 1;
            }
            j
        } else {
            let mut j = n;
            while j > 0 && is_adverb(words[j - 1]) {
                j -= 1;
            }
            j
        };
        let said = if inverted {
            ByteRange::new(items[index[0]].range.start, items[index[n.saturating_sub(1)]].range.end)
        } else {
            index.get(said_from).map_or(items[k].range, |&s| ByteRange::new(items[s].range.start, items[index[index.len() - 1]].range.end))
        };
        let gender = if words[n].ends_with("ла") || words[n].ends_with("лась") {
            Some(Gender::Female)
        } else if words[n].ends_with('л') || words[n].ends_with("лся") {
            Some(Gender::Male)
        } else {
            None
        };
        // An official of no stated party who voices a party's stance speaks for it: "The Head of
        // State expressed Togo's interest in …", "The Minister conveyed Denmark's gratitude".
        if let Who::Person(person, None) = &who_ {
            let voiced = words.get(n + len).and_then(|w| possessive(w).then(|| party_at(&[w])).flatten()).map(|(p, _)| p);
            if let Some(p) = voiced.filter(|_| class != Class::Joint) {
                who_ = Who::Person(person.clone(), Some(p));
            }
        }
        if let Who::Person(n, _) = &who_ {
            people.retain(|m| m.name != *n);
        }
        return Attribution::Found(Found { who: who_, class, mention, name, said, people, gender });
    }
    if narration {
        // The subject of the event told comes last, as a speaker does: "She" in the next
        // sentence is who spoke to someone, not whom she spoke to.
        if let Some((Who::Person(n, _), ..)) = &earlier {
            if let Some(k) = people.iter().position(|m| m.is_named(n)) {
                let subject = people.remove(k);
                people.push(subject);
            }
        }
        Attribution::Narration(people)
    } else {
        Attribution::Nothing(people)
    }
}

/// A sentence that opens by naming its source ("According to the Minister,
/// …", "По его словам, …"): what follows the comma is that source's speech.
fn according_to(text: &str, items: &[Item], names: &Names, ctx: &Context, people: &[Mention]) -> Option<Found> {
    let opener = |k: usize| items.get(k).filter(|i| i.word).map(|i| i.text.to_lowercase());
    // "По словам министра", or with a pronoun between: "По его словам".
    let np_from = match (opener(0)?.as_str(), opener(1)?.as_str(), opener(2).as_deref()) {
        ("according", "to", _) | ("по", "словам", _) => 2,
        ("по", "его" | "её" | "ее", Some("словам")) => 1,
        _ => return None,
    };
    let comma = (np_from..items.len()).find(|&k| is_boundary(text, items, k))?;
    if items[comma].text != "," || comma <= np_from || comma + 1 >= items.len() {
        return None;
    }
    let np = if np_from == 1 { &items[1..2] } else { &items[2..comma] };
    if !np.iter().all(|i| i.word || i.text == "." || i.text == "-") {
        return None;
    }
    // The object forms of "he" and "she" ("according to him", "по его словам").
    let words: Vec<&str> = np
        .iter()
        .filter(|i| i.word)
        .map(|i| match i.text.to_lowercase().as_str() {
            "him" => "he",
            "her" => "she",
            "его" => "он",
            "её" | "ее" => "она",
            _ => i.text,
        })
        .collect();
    let who_ = who(&words, names, ctx)?;
    let name = match (&who_, words.as_slice()) {
        (Who::Person(n, _), [one]) if listed(SINGULAR_PRONOUNS, one) => Some(n.clone()),
        _ => None,
    };
    let gender = match words.as_slice() {
        ["she" | "она"] => Some(Gender::Female),
        ["he" | "он"] => Some(Gender::Male),
        _ => None,
    };
    let said = ByteRange::new(items[comma + 1].range.start, items[items.len() - 1].range.end);
    let mention = ByteRange::new(np[0].range.start, np[np.len() - 1].range.end);
    let people = people.iter().filter(|m| !matches!(&who_, Who::Person(n, _) if m.name == *n)).cloned().collect();
    Some(Found { who: who_, class: Class::Speech, mention, name, said, people, gender })
}

/// The words of a noun phrase after its last possessor: what it names
/// ("interest in Ghanaian cocoa" of "Chile's interest in Ghanaian cocoa";
/// "envoy" of "the President's envoy").
fn after_possessor<'w>(words: &'w [&'w str]) -> &'w [&'w str] {
    match words.iter().rposition(|w| possessive(w)) {
        Some(k) => &words[k + 1..],
        None => words,
    }
}

/// The words that name whom a report was made to, after its verb ("the
/// Dutch side" of "to the Dutch side that ...", adverbs aside; in Russian
/// the words before "стороне"), or none named where it is brought "до
/// сведения" of someone; `None` when the report names no addressee.
fn addressee<'w>(after: &[&'w str]) -> Option<Vec<&'w str>> {
    if let Some(k) = after.iter().take(8).position(|w| listed(&["стороне", "сторонам"], w)) {
        return Some(after[k.saturating_sub(2)..k].to_vec());
    }
    if after.iter().take(8).any(|w| listed(&["сведения"], w)) {
        return Some(Vec::new());
    }
    let mut rest = after.iter().copied().skip_while(|w| is_adverb(w));
    if !rest.next().is_some_and(|w| listed(&["to"], w)) {
        return None;
    }
    let words: Vec<&str> = rest.take_while(|w| !listed(&["that", "about", "on", "of"], w)).take(4).collect();
    let names_someone = |w: &&str| {
        w.starts_with(char::is_uppercase) || party_at(&[w]).is_some() || listed(PARTY_HEADS, w) || listed(PERSON_TITLES, w) || listed(OBJECT_PRONOUNS, w)
    };
    words.iter().any(names_someone).then_some(words)
}

/// Who speaks in one Chinese sentence: the characters before a verb of
/// saying in its clause ("王毅表示", "双方一致认为", "俄方强调").
pub(super) fn attribute_zh(items: &[Item], names: &Names, ctx: &Context) -> Attribution {
    let mut narration = false;
    let last_word = items.iter().rev().find(|i| i.word).map(|i| i.range.end);
    // A clause ends at punctuation, not at the enumeration comma that lists nouns ("和平与安全、联合国安理会改革").
    // (Nor at the middle dot of a foreign name, "恩东·姆巴", a dash or brackets: "中国—东盟关系", "刚果（金）".)
    let ends_clause = |i: &Item| !i.word && i.text != "、" && !super::names::ZH_NAME_DOTS.contains(&i.text) && !ZH_IN_CLAUSE_MARKS.contains(&i.text);
    // Who the sentence opens with, when its first clause has no verb of saying.
    let mut topic: Option<(Who, ByteRange)> = None;
    for (k, clause) in items.split(|i| ends_clause(i)).filter(|c| !c.is_empty()).enumerate() {
        let chars: Vec<&str> = clause.iter().map(|i| i.text).collect();
        if let Some(found) = together_zh(clause, &chars, names, ctx, last_word) {
            return Attribution::Found(found);
        }
        // (Not one inside a phrase a preposition opens: "在两国元首引领下".)
        if k == 0 && !ZH_PREPOSITIONS.contains(&chars[0]) {
            topic = (1..chars.len().min(ZH_SUBJECT_CHARS + 1)).rev().find_map(|q| {
                zh_who(&chars[..q].concat(), names, ctx).map(|w| (w, ByteRange::new(clause[0].range.start, clause[q - 1].range.end)))
            });
        } else if let Some((who_, mention)) = topic.clone() {
            // A clause with no subject of its own has the sentence's: Chinese leaves out a
            // subject the clause before it gave (a topic chain: "中方始终…看待中墨关系，愿同墨方…").
            let p = leading_adverbs(&chars);
            if let Some((classes, n)) = zh_verb_at(&chars[p..]).filter(|(c, _)| !c.contact_only()) {
                let class = main_class(classes);
                return Attribution::Found(zh_found(who_, class, mention, clause, (p, n), last_word));
            }
        }
        // The subject opens the clause and ends before the verb, its adverbs, and a
        // prepositional phrase between them ("双方还就苏丹局势交换了意见").
        let Some((p, classes, n)) = (1..chars.len()).find_map(|p| zh_verb_at(&chars[p..]).map(|(c, n)| (p, c, n))) else { continue };
        let strip = |mut q: usize| {
            while let Some(a) = ZH_ADVERBS.iter().find(|a| q > 0 && chars[..q].concat().ends_with(*a) && chars[..q].concat().len() > a.len()) {
                q -= a.chars().count();
            }
            q
        };
        // (The subject ends at the first preposition: "双方还就乌克兰危机" is 双方, not a party of the topic.)
        let ends = (1..p).filter(|&r| ZH_PREPOSITIONS.contains(&chars[r])).map(strip).chain(std::iter::once(strip(p)));
        let Some((len, who_)) = ends.filter(|&q| q > 0).find_map(|q| zh_who(&chars[..q].concat(), names, ctx).map(|w| (q, w))) else { continue };
        // Inside a phrase of topic (就, 围绕, 关于) a verb of contact is a noun of its object ("双方还就筹备两国元首
        // 会晤交换了意见": the meeting is what they discussed); the clause's verb follows it.
        let in_phrase = len < p && ["就", "围绕", "关于"].iter().any(|r| chars[len..p].concat().contains(r));
        let later = || (p + n..chars.len()).find_map(|q| zh_verb_at(&chars[q..]).map(|(c, m)| (q, c, m)));
        let (p, classes, n) = match (in_phrase && classes.contact_only()).then(later).flatten() {
            Some(later) if !later.1.contact_only() => later,
            _ => (p, classes, n),
        };
        // (Two sides who sign commit together, as in English: "两国外长签署了合作计划".)
        let signed_together = who_.party() == Some(BOTH) && chars[p..p + n].concat() == "签署";
        if classes.contact_only() && !signed_together {
            narration = true;
            continue;
        }
        let class = if signed_together { Class::Joint } else { main_class(classes) };
        let mention = ByteRange::new(clause[0].range.start, clause[len - 1].range.end);
        return Attribution::Found(zh_found(who_, class, mention, clause, (p, n), last_word));
    }
    if narration {
        Attribution::Narration(Vec::new())
    } else {
        Attribution::Nothing(Vec::new())
    }
}

/// A Chinese clause's speaker, whose verb is the `n` characters at `p`: what
/// is said runs from after a verb of saying (from the verb, for an act) to
/// the sentence's last word (which ends at `last_word`).
fn zh_found(who: Who, class: Class, mention: ByteRange, clause: &[Item], (p, n): (usize, usize), last_word: Option<usize>) -> Found {
    let after = clause.get(p + n).map_or(clause[p].range.end, |i| i.range.start);
    let said = ByteRange::new(if class == Class::Speech { after } else { clause[p].range.start }, last_word.unwrap_or(clause[p].range.end).max(after));
    Found { who, class, mention, name: None, said, people: Vec::new(), gender: None }
}

/// Most characters of the subject a Chinese sentence opens with (a party, a
/// title and a name: "外交部长王毅").
const ZH_SUBJECT_CHARS: usize = 8;

/// The class a verb of several classes reports by: saying first, then a joint act.
fn main_class(classes: Classes) -> Class {
    if classes.has(Class::Speech) {
        Class::Speech
    } else if classes.has(Class::Joint) {
        Class::Joint
    } else {
        Class::Act
    }
}

/// How many characters of adverbs open a Chinese clause ("还", "始终").
fn leading_adverbs(chars: &[&str]) -> usize {
    let mut q = 0;
    while let Some(a) = ZH_ADVERBS.iter().find(|a| chars[q..].concat().starts_with(*a)) {
        q += a.chars().count();
    }
    q.min(chars.len().saturating_sub(1))
}

/// What the two sides did together, whatever the verb but an event's:
/// "双方共同推动", "赵启明同凯图一道努力" (one side with the other, together): a
/// joint act. An event they took part in together ("共同见证了…的签署",
/// "共同签署"), as any signing, is narration.
fn together_zh(clause: &[Item], chars: &[&str], names: &Names, ctx: &Context, last_word: Option<usize>) -> Option<Found> {
    let at = (1..chars.len().saturating_sub(2)).find(|&k| ZH_TOGETHER.contains(&chars[k..k + 2].concat().as_str()))?;
    if zh_verb_at(&chars[at + 2..]).is_some_and(|(c, _)| c.contact_only()) {
        return None;
    }
    let both = match zh_who(&chars[..at].concat(), names, ctx) {
        Some(Who::Group(g)) => g == BOTH,
        // "X同Y": X and Y, of the two sides (not "中方愿同乌方一道": a side's will).
        _ => {
            let with = (1..at).find(|&k| ["同", "与", "和"].contains(&chars[k]))?;
            let verb = (0..with).any(|k| zh_verb_at(&chars[k..with]).is_some());
            let side = |part: &[&str]| zh_who(&part.concat(), names, ctx).and_then(|w| w.party());
            !verb && side(&chars[..with]).zip(side(&chars[with + 1..at])).is_some_and(|(a, b)| a != b && a != BOTH && b != BOTH)
        }
    };
    both.then(|| {
        let mention = ByteRange::new(clause[0].range.start, clause[at - 1].range.end);
        let said = ByteRange::new(clause[at].range.start, last_word.unwrap_or(clause[at].range.end).max(clause[at].range.end));
        Found { who: Who::Group(BOTH), class: Class::Joint, mention, name: None, said, people: Vec::new(), gender: None }
    })
}

fn zh_who(subject: &str, names: &Names, ctx: &Context) -> Option<Who> {
    let chars: Vec<String> = subject.chars().map(String::from).collect();
    if chars.is_empty() || chars.len() > 12 {
        return None;
    }
    if ZH_BOTH.iter().any(|b| subject.ends_with(b)) {
        return Some(Who::Group(BOTH));
    }
    if subject == "他" || subject == "她" {
        let m = ctx.pronoun(Some(if subject == "她" { Gender::Female } else { Gender::Male }))?;
        return Some(Who::Person(m.name.clone(), m.party));
    }
    if chars.len() == 2 && chars[1] == "方" {
        return names.zh_abbreviation(&chars[0]).map(Who::Party);
    }
    if let Some((name, party)) = names.zh_person(subject) {
        return Some(Who::Person(name, party));
    }
    let refs: Vec<&str> = chars.iter().map(String::as_str).collect();
    (0..refs.len()).find_map(|k| party_at(&refs[k..])).map(|(p, _)| Who::Party(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adverbs_by_their_ending() {
        assert!(is_adverb("constructively") && is_adverb("also") && !is_adverb("Italy") && !is_adverb("assembly"));
        assert!(is_past("shared") && !is_past("united") && !is_past("need"));
    }
}

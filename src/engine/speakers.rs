//! Who speaks in a sentence, as a reader reads it: the subject of a
//! reporting verb ("Lavrov said", "The Russian side highly praised",
//! "双方一致认为"), and the party that subject speaks for.
//!
//! A chip names a person, an office, a body or a party: a whole noun phrase
//! ([`super::subjects`]), or nothing. The rules, in the order a reader
//! applies them:
//! - headlines, datelines and page furniture are no one's words, but a
//!   headline that quotes a person ("Foreign Minister X: ...") is theirs;
//! - narration credits no one: "X spoke with Y", "X had a phone call with
//!   Y", "X received Y", "the call took place";
//! - a sentence whose subject reports ("said", "urged", "discussed": the
//!   classes of [`super::reporting`]) is its subject's; the party is the one
//!   the subject names, the one a person was introduced with ([`Names`]),
//!   both sides for the parties together ("the two leaders");
//! - "he"/"she" is the last person mentioned that it can refer to (gender
//!   as an honorific or an earlier "she" showed it), "they" the last group;
//!   a passive ("He was assured that") credits the other side; one with no
//!   agent and no addressee ("The importance of ... was stressed",
//!   "Подтверждена ...", "Particular attention was paid to ...") is both
//!   sides'; one said to a side ("was conveyed to the Dutch side") is the
//!   other's; what the talks themselves covered ("The talks focused on") is
//!   the statement's narration of the topics, no one's; the statement's own
//!   body ("The Ministry of Foreign Affairs") speaking in the present states
//!   its side's position, what it reported of the event is narration;
//! - a quotation over several sentences is its speaker's throughout, the
//!   speaker named where it opens or where it closes; after "X said that",
//!   the sentences of the paragraph go on with X until another speaker or
//!   narration;
//! - a speech in the first person (an address) is its speaker's throughout,
//!   the speaker named by its heading ("Speech by the President of ...").
//!
//! Anything else has no speaker; a speaker whose party the statements do
//! not give keeps its name without a party. Nothing is guessed.

use super::grammar::{listed, CONTACT_NOUNS, FIRST_PERSON, HONORIFICS, LINKS, PERSON_TITLES};
use super::likeness::HEADING_WORDS;
use super::model::{ByteRange, Speaker, Voice};
use super::names::{items, Gender, Item, Names};
use super::parties::{kind, party_at, Kind};
use super::reporting::Class;
use super::subjects::{attribute, attribute_zh, who, Attribution, Found, Who};
use super::tokens::{Token, TokenKind};

/// What one sentence says on its own.
enum Own {
    /// A heading, a dateline line or page furniture.
    Heading,
    /// An event told by the statement ("X spoke with Y").
    Narration,
    /// A speaker named by the sentence.
    Said(Speaker, Class),
    /// Nothing: the sentence goes on with whoever spoke before, if anyone.
    Nothing,
}

/// A person mentioned in the statement, for "he" and "she".
#[derive(Clone)]
pub(super) struct Mention {
    pub(super) name: String,
    pub(super) party: Option<&'static str>,
    pub(super) gender: Option<Gender>,
    /// The title the person was named with ("prime minister"), for "the Prime Minister".
    pub(super) title: Option<String>,
}

impl Mention {
    /// True when `name` names this person, in full or in part ("Хуан Перес", "Перес").
    pub(super) fn is_named(&self, name: &str) -> bool {
        self.name.split_whitespace().any(|w| name.split_whitespace().any(|v| v == w))
    }
}

/// What earlier sentences tell the next one.
#[derive(Default)]
pub(super) struct Context {
    /// People mentioned so far, the most recent last; the last sentence's
    /// speaker comes after the others it mentions.
    pub(super) people: Vec<Mention>,
    /// The last speaker that was a group ("The two sides", "They").
    pub(super) last_group: Option<Speaker>,
    /// The last speaker.
    pub(super) last: Option<Speaker>,
    /// The statement's own side, for officials it names by title alone.
    pub(super) home: Option<&'static str>,
    /// Which learned statement this is ([`Names::statement_of`]).
    pub(super) statement: Option<usize>,
}

impl Context {
    /// The person "he" or "she" refers to: the most recent one (the last
    /// speaker before the others a sentence mentions) whose gender, as an
    /// honorific or an earlier pronoun showed it, does not contradict it.
    pub(super) fn pronoun(&self, gender: Option<Gender>) -> Option<&Mention> {
        self.people.iter().rev().find(|m| gender.is_none() || m.gender.is_none() || m.gender == gender)
    }

    /// Records that a person was referred to with this gender.
    fn learn_gender(&mut self, name: &str, gender: Gender) {
        for m in self.people.iter_mut().filter(|m| m.name == name && m.gender.is_none()) {
            m.gender = Some(gender);
        }
    }
}

/// The speaker of each sentence (`sentences` are byte ranges tiling `text`).
pub fn speakers(text: &str, tokens: &[Token], sentences: &[(usize, usize)], names: &Names) -> Vec<Option<Speaker>> {
    let all = items(text, tokens);
    let mut spans: Vec<&[Item]> = Vec::with_capacity(sentences.len());
    let mut at = 0;
    for &(start, end) in sentences {
        let from = at + all[at..].partition_point(|i| i.range.start < start);
        let to = from + all[from..].partition_point(|i| i.range.end <= end);
        spans.push(&all[from..to]);
        at = to;
    }
    let chinese = text.chars().filter(|c| super::lang::is_cjk(*c)).count() * 4 > text.chars().filter(|c| c.is_alphabetic()).count();

    // Each sentence on its own, in order (pronouns look back).
    let statement = names.statement_of(text);
    let mut ctx = Context { home: statement.and_then(|s| names.home(s)), statement, ..Context::default() };
    let mut own: Vec<Own> = Vec::with_capacity(sentences.len());
    let sentence_lines = sentence_lines(text);
    for (k, sentence) in spans.iter().enumerate() {
        if is_heading(text, sentences[k], sentence, chinese, &sentence_lines) {
            own.push(match (!chinese).then(|| headline_quote(text, sentence, names, &ctx)).flatten() {
                Some(speaker) => Own::Said(speaker, Class::Act),
                None => Own::Heading,
            });
            continue;
        }
        let attribution = if chinese { attribute_zh(sentence, names, &ctx) } else { attribute(text, sentence, names, &ctx) };
        let o = match attribution {
            Attribution::Narration(people) => {
                ctx.people.extend(people.into_iter());
                Own::Narration
            }
            Attribution::Nothing(people) => {
                ctx.people.extend(people.into_iter());
                Own::Nothing
            }
            // "The Minister extended an invitation to his Liechtenstein counterpart", read as the
            // Liechtenstein minister: the sentence says otherwise, and who it is stays unsaid.
            Attribution::Found(found) if found.who.party().is_some() && found.who.party() == counterparts_party(sentence, found.mention.end) => {
                ctx.people.extend(found.people.into_iter());
                Own::Narration
            }
            Attribution::Found(found) => {
                let Found { who, class, mention, name, said, people, mut gender } = found;
                ctx.people.extend(people.into_iter());
                // "She said ...": the person it refers to is a woman.
                let pronoun = &text[mention.start..mention.end];
                if name.is_some() {
                    gender = gender.or(if listed(&["she", "она", "她"], pronoun) { Some(Gender::Female) } else { Some(Gender::Male) });
                }
                gender = gender.or_else(|| possessive_gender(&text[said.start..said.end]));
                let name = name.unwrap_or_else(|| text[mention.start..mention.end].to_owned());
                let title = super::names::title_key(&text[mention.start..mention.end].split_whitespace().collect::<Vec<_>>());
                let speaker = Speaker { name, party: who.party().map(str::to_owned), mention: Some(mention), said };
                match who {
                    Who::Person(name, party) => {
                        if let Some(g) = gender {
                            ctx.learn_gender(&name, g);
                        }
                        // The same person named again, in full or in part ("Хуан Перес", "Перес").
                        let earlier = ctx.people.iter().position(|m| m.is_named(&name)).map(|i| ctx.people.remove(i));
                        let known = names_gender(names, &name).or(gender).or(earlier.as_ref().and_then(|m| m.gender));
                        let title = title.or(earlier.and_then(|m| m.title));
                        ctx.people.push(Mention { name, party, gender: known, title });
                    }
                    Who::Group(_) => ctx.last_group = Some(speaker.clone()),
                    _ => {}
                }
                ctx.last = Some(speaker.clone());
                Own::Said(speaker, class)
            }
        };
        own.push(o);
    }

    let quote_speakers = quotations(text, sentences, &own);
    let address = if chinese { None } else { address_speaker(text, &spans, names, &ctx, &own) };
    let turns = if chinese || address.is_some() { vec![None; spans.len()] } else { transcript_turns(text, &spans, names, &ctx, &own) };

    // Then each sentence in its paragraph: who goes on speaking.
    let mut out: Vec<Option<Speaker>> = Vec::with_capacity(sentences.len());
    let mut running: Option<Speaker> = None;
    for (k, o) in own.into_iter().enumerate() {
        let (start, end) = sentences[k];
        let words = words_range(spans[k]);
        let go_on = |s: &Speaker| words.map(|said| Speaker { mention: None, said, ..s.clone() });
        let found = match o {
            Own::Heading => None,
            // An address is its speaker's throughout, what it reports of others included.
            _ if address.is_some() => address.as_ref().and_then(|a| go_on(a)),
            // So is a turn of a transcript, until the next speaker's name and colon.
            _ if turns[k].is_some() => turns[k].as_ref().and_then(|t| go_on(t)),
            Own::Narration => {
                running = None;
                None
            }
            Own::Said(s, class) => {
                let cited = s.party.as_deref().is_some_and(|p| kind(p) == Some(Kind::Organization)) && running.is_some();
                // (An act of the same side within a speech does not end it: "阿万表示，… 巴方坚定奉行 …".)
                let same_side = running.as_ref().is_some_and(|r| r.party.is_some() && r.party == s.party);
                if !cited && !(same_side && class != Class::Speech) {
                    running = (class == Class::Speech).then(|| s.clone());
                }
                Some(s)
            }
            Own::Nothing => match (&quote_speakers[k], &address, &running) {
                (Some(q), _, _) => go_on(q),
                (None, Some(a), _) => go_on(a),
                // A speaker goes on in "he", not in their own name ("... the invitation for Putin").
                // (Nor in a sentence that opens with another person: "Tan, in turn, shared …".)
                // (Nor in one that opens with a title alone, "The President was accompanied by …":
                // told of someone, not said.)
                (None, None, Some(r)) if !names_speaker(spans[k], r) && !opens_with_another(spans[k], r, names) && !opens_with_a_title(spans[k]) => go_on(r),
                _ => None,
            },
        };
        out.push(found);
        // A paragraph ends at a line break: the next one starts afresh.
        if text[start..end].trim_end_matches([' ', '\t']).ends_with('\n') {
            running = None;
        }
    }
    out
}

/// The gender a possessive opening what the speaker said, or right after
/// its verb, shows: "Minister Kola expressed his gratitude" is a man's
/// ("her" only before its noun: in "thanked her for" it is another person,
/// the verb's object).
fn possessive_gender(said: &str) -> Option<Gender> {
    let words: Vec<&str> = said.split(' ').filter(|w| !w.is_empty()).take(3).collect();
    let at = |k: usize| match (words.get(k).copied(), words.get(k + 1)) {
        (Some("his"), _) => Some(Gender::Male),
        (Some("her"), Some(next)) if next.chars().all(char::is_lowercase) && !listed(LINKS, next) && *next != "that" => Some(Gender::Female),
        _ => None,
    };
    at(0).or_else(|| words.first().filter(|w| w.chars().all(char::is_lowercase)).and_then(|_| at(1)))
}

fn names_gender(names: &Names, name: &str) -> Option<Gender> {
    name.split_whitespace().find_map(|w| names.gender(w))
}

/// The marks a sentence ends with (a closing quotation mark after its full stop included).
const SENTENCE_ENDS: &[char] = &['.', '!', '?', '。', '！', '？', '…', '"', '”', '»', '\'', '’'];

/// Where each line of `text` that ends as a sentence (or opens a list,
/// with a colon) starts, at its first character that is no space, in
/// order: read once per statement for [`is_heading`], which asks of every
/// line whether one stands above it and one below.
fn sentence_lines(text: &str) -> Vec<usize> {
    let mut at = 0;
    let mut starts = Vec::new();
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.ends_with(SENTENCE_ENDS) || trimmed.ends_with(':') {
            starts.push(at + (line.len() - line.trim_start().len()));
        }
        at += line.len();
    }
    starts
}

/// A heading or page furniture: a line of its own, without the full stop of
/// a sentence, in title case or without any verb a reader could credit
/// ("Speech by the President of Ukraine at the ...", "Home > Top News");
/// `sentence_lines` as [`sentence_lines`] finds them.
fn is_heading(text: &str, (start, end): (usize, usize), items: &[Item], chinese: bool, sentence_lines: &[usize]) -> bool {
    let line_start = text[..start].trim_end_matches([' ', '\t']).is_empty() || text[..start].trim_end_matches([' ', '\t']).ends_with('\n');
    let body = text[start..end].trim();
    let line_end = text[start..end].trim_end_matches([' ', '\t']).ends_with('\n') || text[end..].trim().is_empty();
    if !line_start || !line_end || body.contains('\n') {
        return false;
    }
    let last = body.chars().last().unwrap_or('.');
    if SENTENCE_ENDS.contains(&last) {
        return false;
    }
    // A statement's first line without a full stop is its title, in any case; so is a line of a
    // heading's length before its first sentence: the title after the site's name ("VGP - Viet
    // Nam Government Portal", then "Viet Nam, Russia agree to …"). (A text without full stops
    // keeps its paragraphs as sentences.)
    let above_first_sentence = sentence_lines.first().is_none_or(|&f| f >= start) && sentence_lines.last().is_some_and(|&l| l >= end);
    if text[..start].trim().is_empty() || items.iter().filter(|i| i.word).count() <= HEADING_WORDS && above_first_sentence {
        return true;
    }
    if chinese {
        return true;
    }
    // A date or place line ("12 Nov. 2025") has no word in lower case.
    if !items.iter().any(|i| i.word && i.text.starts_with(char::is_lowercase)) {
        return true;
    }
    let long: Vec<&str> = items.iter().filter(|i| i.word && i.text.chars().count() >= 4).map(|i| i.text).collect();
    let capitalized = long.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
    // "The Prime Minister said:" introduces a quotation; it is no heading.
    let introduces = last == ':' && items.iter().rev().find(|i| i.word).is_some_and(|i| super::reporting::verb_at(i.text, None).0.has(Class::Speech));
    !introduces && (2 * capitalized >= long.len() || last == ':' && long.len() <= 6)
}

/// The speaker of a headline that quotes a person, as headlines do: a
/// person named before its colon, the words after it theirs ("Foreign
/// Minister Kalvet: Estonia and Botswana will ..."). A headline that names
/// only places, parties or a topic before its colon is no one's.
fn headline_quote(text: &str, items: &[Item], names: &Names, ctx: &Context) -> Option<Speaker> {
    let colon = items.iter().position(|i| !i.word && i.text.starts_with(':'))?;
    let before: Vec<&Item> = items[..colon].iter().filter(|i| i.word).collect();
    let after = words_range(&items[colon + 1..])?;
    if !(2..=MAX_HEADLINE_SPEAKER_WORDS).contains(&before.len()) {
        return None;
    }
    let words: Vec<&str> = before.iter().map(|i| i.text).collect();
    // A title and a name, nothing else ("Foreign Minister Kalvet"; not
    // "Minister Brandl in Warsaw", "Prime Minister X visits Y").
    let titled = words.iter().any(|w| listed(PERSON_TITLES, w) || listed(HONORIFICS, w));
    if !titled || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let Some(Who::Person(_, party)) = who(&words, names, ctx) else { return None };
    let mention = ByteRange::new(before[0].range.start, before[before.len() - 1].range.end);
    Some(Speaker { name: text[mention.start..mention.end].to_owned(), party: party.map(str::to_owned), mention: Some(mention), said: after })
}

/// The most words a headline's speaker has ("Minister for Foreign Affairs Kalvet").
const MAX_HEADLINE_SPEAKER_WORDS: usize = 8;

/// For each sentence inside a quotation, the quotation's speaker: the one
/// named where it opens ("X said: "...") or where it closes ("...," X said),
/// or, for a quotation that opens its sentence, the speaker of the sentence
/// before it that ends in a colon ("The Prime Minister said:") or that
/// quotes someone ("A," X said. "B."): a quotation that goes on with no
/// one named is the last speaker quoted, as newswriting leaves it.
fn quotations(text: &str, sentences: &[(usize, usize)], own: &[Own]) -> Vec<Option<Speaker>> {
    let mut inside = false;
    let mut state: Vec<(bool, bool)> = Vec::with_capacity(sentences.len()); // (inside at start, inside at end)
    for &(start, end) in sentences {
        let before = inside;
        for c in text[start..end].chars() {
            match c {
                '“' | '«' | '„' => inside = true,
                '”' | '»' => inside = false,
                '"' => inside = !inside,
                _ => {}
            }
        }
        // A paragraph ends any quotation left open by a stray mark.
        if text[start..end].trim_end_matches([' ', '\t']).ends_with("\n\n") {
            inside = false;
        }
        state.push((before, inside));
    }
    let said = |k: usize| match &own[k] {
        Own::Said(s, _) => Some(s.clone()),
        _ => None,
    };
    let mut out = vec![None; sentences.len()];
    let mut k = 0;
    let opens_quoted = |k: usize| text[sentences[k].0..sentences[k].1].trim_start().starts_with(['"', '“', '«', '„']);
    let introduced = |k: usize| (k > 0 && text[sentences[k - 1].0..sentences[k - 1].1].trim_end().ends_with(':') && opens_quoted(k)).then(|| said(k - 1)).flatten();
    let quotes = |k: usize| text[sentences[k].0..sentences[k].1].contains(['"', '“', '”', '«', '»', '„']);
    while k < sentences.len() {
        // A quotation spanning sentences: opens in k (or before), still open at the end of k.
        let spans = state[k].1 && !state[k].0;
        // A quotation after the one before it, whose speaker is named there or goes on from before.
        let goes_on = (k > 0 && opens_quoted(k) && !state[k].0 && quotes(k - 1) && !state[k - 1].1).then(|| said(k - 1).or_else(|| out[k - 1].clone())).flatten();
        if !spans && introduced(k).is_none() {
            if goes_on.is_some() {
                out[k] = goes_on;
            }
            k += 1;
            continue;
        }
        let open = k;
        let mut close = k + usize::from(spans);
        while spans && close < sentences.len() && state[close].1 {
            close += 1;
        }
        let close = close.min(sentences.len() - 1);
        let speaker = said(open).or_else(|| said(close)).or_else(|| introduced(open)).or(goes_on);
        for slot in out.iter_mut().take(close + 1).skip(open) {
            slot.clone_from(&speaker);
        }
        k = close + 1;
    }
    out
}

/// The speaker of a speech in the first person: named by its heading
/// ("Address by the President of the Russian Federation", "Speech by ...")
/// or by a name and a colon before the speech begins ("President of Russia
/// Vladimir Putin: Citizens of Russia, ..."). `None` for a readout.
fn address_speaker(text: &str, spans: &[&[Item]], names: &Names, ctx: &Context, own: &[Own]) -> Option<Speaker> {
    let first = spans.iter().filter(|s| s.iter().any(|i| i.word && i.text != "US" && listed(FIRST_PERSON, i.text))).count();
    if first == 0 {
        return None;
    }
    for (k, sentence) in spans.iter().enumerate().take(4) {
        let words: Vec<&Item> = sentence.iter().filter(|i| i.word).collect();
        // A heading "Speech by NP [at|on|to ...]": a noun phrase of a few
        // words naming what is said, not an event ("historic visit by the
        // Foreign Minister") nor a headline's clause.
        let by = words
            .iter()
            .position(|i| i.text.eq_ignore_ascii_case("by"))
            .filter(|&b| matches!(own[k], Own::Heading) && (1..=3).contains(&b) && !listed(CONTACT_NOUNS, words[b - 1].text));
        let np: Vec<&Item> = match by {
            Some(b) => words[b + 1..].iter().take_while(|i| !listed(&["at", "on", "to", "before", "in", "during"], i.text)).copied().collect(),
            // "President of Russia Vladimir Putin: Citizens of Russia, ...", in a text mostly in the first person.
            None if 4 * first >= spans.len() => {
                let Some(colon) = sentence.iter().position(|i| i.text == ":") else { continue };
                let before: Vec<&Item> = sentence[..colon].iter().filter(|i| i.word).collect();
                // "The Minister said:" opens a quotation in a readout, not a speech.
                let reported = before.last().is_some_and(|i| super::reporting::verb_at(i.text, None).0.any());
                if before.len() > 8 || reported {
                    continue;
                }
                before
            }
            None => continue,
        };
        if np.is_empty() {
            continue;
        }
        return speaker_named(text, &np, names, ctx);
    }
    None
}

/// The speaker a heading or a name before a colon names (`np`, not empty),
/// if the words name someone: the speaker of an address or of a
/// transcript's turn.
fn speaker_named(text: &str, np: &[&Item], names: &Names, ctx: &Context) -> Option<Speaker> {
    let words: Vec<&str> = np.iter().map(|i| i.text).collect();
    let who = who(&words, names, ctx)?;
    let range = ByteRange::new(np[0].range.start, np[np.len() - 1].range.end);
    Some(Speaker { name: text[range.start..range.end].to_owned(), party: who.party().map(str::to_owned), mention: None, said: range })
}

/// The party a sentence names its speaker's counterpart by after the
/// speaker's mention (which ends at byte `after`): "briefed his
/// Liechtenstein counterpart", "his Trinidad and Tobago colleague".
fn counterparts_party(sentence: &[Item], after: usize) -> Option<&'static str> {
    let words: Vec<&str> = sentence.iter().filter(|i| i.word && i.range.start >= after).map(|i| i.text).collect();
    (1..words.len()).filter(|&k| listed(&["counterpart", "colleague"], words[k])).find_map(|k| {
        (k.saturating_sub(4)..k).find_map(|j| party_at(&words[j..k]).filter(|&(_, n)| j + n == k).map(|(p, _)| p))
    })
}

/// The speakers of a transcript's turns, per sentence: "В.Путин: Уважаемый
/// господин Президент! …", "К.Амегави (как переведено): …" — each name
/// and colon opens its speaker's words, which run over paragraphs until
/// the next one. A text with fewer than two turns is no transcript (a
/// readout may quote one person after a colon).
fn transcript_turns(text: &str, spans: &[&[Item]], names: &Names, ctx: &Context, own: &[Own]) -> Vec<Option<Speaker>> {
    let opener = |k: usize| -> Option<Speaker> {
        if matches!(own[k], Own::Heading) {
            return None;
        }
        let sentence = spans[k];
        let colon = sentence.iter().take(12).position(|i| i.text == ":")?;
        // The name, without a parenthetical after it ("(как переведено)", "(as translated)").
        let open = sentence[..colon].iter().position(|i| i.text == "(").unwrap_or(colon);
        let np: Vec<&Item> = sentence[..open].iter().filter(|i| i.word).collect();
        let reported = np.last().is_some_and(|i| super::reporting::verb_at(i.text, None).0.any());
        if np.is_empty() || np.len() > 4 || reported {
            return None;
        }
        speaker_named(text, &np, names, ctx)
    };
    let openers: Vec<Option<Speaker>> = (0..spans.len()).map(opener).collect();
    if openers.iter().flatten().count() < 2 {
        return vec![None; spans.len()];
    }
    let mut turn: Option<Speaker> = None;
    openers
        .into_iter()
        .enumerate()
        .map(|(k, o)| {
            if o.is_some() {
                turn = o;
            }
            turn.clone().filter(|_| !matches!(own[k], Own::Heading))
        })
        .collect()
}

/// True when a sentence names a person speaker by a word of their name.
fn names_speaker(items: &[Item], speaker: &Speaker) -> bool {
    let name: Vec<&str> = speaker.name.split_whitespace().filter(|w| w.chars().count() > 2 && super::names::is_name_word(w)).collect();
    items.iter().any(|i| i.word && name.contains(&i.text))
}

/// True when the sentence opens with a person the statements introduced
/// other than `speaker` ("Dr. Laville shared …" after the other minister spoke).
fn opens_with_another(items: &[Item], speaker: &Speaker, names: &Names) -> bool {
    let own: Vec<&str> = speaker.name.split_whitespace().collect();
    items.iter().filter(|i| i.word).take(3).any(|i| names.is_person(i.text) && !own.contains(&i.text))
}

/// True when the sentence's subject is a title alone ("The President was
/// accompanied by …", "Глава государства посетил …"): someone the sentence
/// tells of in the third person.
fn opens_with_a_title(items: &[Item]) -> bool {
    let mut words = items.iter().filter(|i| i.word).map(|i| i.text).peekable();
    words.next_if(|w| w.eq_ignore_ascii_case("the"));
    let title: Vec<&str> = std::iter::from_fn(|| words.next_if(|w| super::names::is_title(w))).collect();
    super::names::title_key(&title).is_some() && words.next().is_none_or(|w| !super::names::is_name_word(w))
}

/// The bytes from the first word of some items to the last.
fn words_range(items: &[Item]) -> Option<ByteRange> {
    let first = items.iter().find(|i| i.word)?;
    let last = items.iter().rev().find(|i| i.word)?;
    Some(ByteRange::new(first.range.start, last.range.end))
}

/// Words of each party: the sentences attributed to it (`None` gathers the
/// words no party is credited with), most words first, `None` last.
pub fn voices(tokens: &[Token], sentences: &[(usize, usize)], speakers: &[Option<Speaker>]) -> Vec<Voice> {
    let mut voices: Vec<Voice> = Vec::new();
    let mut ti = 0;
    for (i, (&(start, end), speaker)) in sentences.iter().zip(speakers).enumerate() {
        let from = ti + tokens[ti..].partition_point(|t| t.start < start);
        ti = from + tokens[from..].partition_point(|t| t.end <= end);
        let words = tokens[from..ti].iter().filter(|t| t.kind == TokenKind::Word).count();
        let party = speaker.as_ref().and_then(|s| s.party.clone());
        let at = match voices.iter().position(|v| v.party == party) {
            Some(k) => k,
            None => {
                voices.push(Voice { party: party.clone(), speakers: Vec::new(), words: 0, sentences: Vec::new() });
                voices.len() - 1
            }
        };
        let v = &mut voices[at];
        v.words += words;
        v.sentences.push(i);
        // A party named as its own speaker ("China said") adds no name.
        if let Some(s) = speaker.as_ref().filter(|s| s.mention.is_some() && party.is_some() && party.as_deref() != Some(s.name.as_str())) {
            if !v.speakers.contains(&s.name) {
                v.speakers.push(s.name.clone());
            }
        }
    }
    voices.sort_by_key(|v| (v.party.is_none(), std::cmp::Reverse(v.words)));
    voices
}

#[cfg(test)]
mod tests {
    //! Sentences written for these tests, with parties outside the corpus.
    use super::*;
    use crate::engine::concepts::BOTH;
    use crate::engine::tokens::{sentences, tokenize};

    /// The chip (name, party) of every sentence of each text, compared as a pair.
    fn run(texts: &[&str]) -> Vec<Vec<(String, Option<String>)>> {
        let mut names = Names::default();
        for t in texts {
            let toks = tokenize(t);
            names.learn(t, &toks, &sentences(t, &toks));
        }
        texts
            .iter()
            .map(|t| {
                let toks = tokenize(t);
                speakers(t, &toks, &sentences(t, &toks), &names)
                    .into_iter()
                    .map(|s| s.map_or((String::new(), None), |s| (s.name, s.party)))
                    .collect()
            })
            .collect()
    }

    fn chip(name: &str, party: &str) -> (String, Option<String>) {
        (name.to_owned(), Some(party.to_owned()))
    }

    fn none() -> (String, Option<String>) {
        (String::new(), None)
    }

    #[test]
    fn a_person_keeps_the_party_they_were_introduced_with() {
        let t = "The President of the Federative Republic of Brazil, Ana Duarte, spoke by phone with Prime Minister Kenji Sato of Japan.\n\
                 President Duarte said that Brazil values the partnership. The Prime Minister stressed the importance of trade. \
                 Duarte thanked him. The Brazilian leader invited Sato to visit Brasília.";
        let got = run(&[t]);
        assert_eq!(got[0][0], none(), "narration: the call");
        assert_eq!(got[0][1], chip("President Duarte", "Brazil"));
        assert_eq!(got[0][2], chip("The Prime Minister", "Japan"), "a title stands for the one who holds it");
        assert_eq!(got[0][3], chip("Duarte", "Brazil"));
        assert_eq!(got[0][4], chip("The Brazilian leader", "Brazil"));
    }

    #[test]
    fn a_sides_stated_will_is_its_own_and_holding_talks_is_narration() {
        let t = "Kenya and Japan held talks in Nairobi on Monday. The two ministers held talks.\n\
                 Kenya is ready to expand trade with Japan. Japan remains committed to the partnership. \
                 The Japanese side is willing to support the project.";
        let got = run(&[t]);
        assert_eq!(got[0][0], none(), "held talks: narration, and \"talks\" is no verb");
        assert_eq!(got[0][1], none());
        assert_eq!(got[0][2], chip("Kenya", "Kenya"));
        assert_eq!(got[0][3], chip("Japan", "Japan"));
        assert_eq!(got[0][4], chip("The Japanese side", "Japan"));
        let got = run(&["Kenya met Japan. Kenya will continue to support the project. Japan will host the next round."]);
        assert_eq!(got[0][1], chip("Kenya", "Kenya"), "a policy it goes on with");
        assert_eq!(got[0][2], none(), "a plan");
    }

    #[test]
    fn what_both_sides_will_do_is_theirs_and_one_sides_plans_are_narration() {
        let t = "President Ana Duarte of Brazil spoke by phone with Prime Minister Kenji Sato of Japan.\n\
                 Brasília and Tokyo will deepen their cooperation on biofuels. The two leaders will meet again in Osaka. \
                 President Duarte will travel to Lima on Friday. Brazil will host the next summit.";
        let got = run(&[t]);
        assert_eq!(got[0][1].1.as_deref(), Some(BOTH), "two capitals standing for their countries");
        assert_eq!(got[0][2].1.as_deref(), Some(BOTH), "a collective subject");
        assert_eq!(got[0][3], none(), "one side's travel plans are narration");
        assert_eq!(got[0][4], none(), "one side's plans are narration");
    }

    #[test]
    fn chips_are_whole_noun_phrases_without_datelines_or_adverbs() {
        let t = "OSLO, March 3 (Reuters) - Norwegian Foreign Minister Lars Berg said Norway would help.\n\
                 March 4 (NTB) -- Berg told reporters the talks went well.\n\
                 The two Foreign Ministers frankly and constructively discussed fisheries.\n\
                 The leaders mostly agreed on quotas.";
        let got = run(&[t]);
        assert_eq!(got[0][0], chip("Norwegian Foreign Minister Lars Berg", "Norway"));
        assert_eq!(got[0][1], chip("Berg", "Norway"));
        assert_eq!(got[0][2], chip("The two Foreign Ministers", BOTH));
        assert_eq!(got[0][3], chip("The leaders", BOTH));
        let ru = "Состоялся телефонный разговор Габриэля Сото с Президентом Республики Гана Кофи Менсой.\n\n\
                  Кофи Менса тепло поздравил Габриэля Сото. Российская сторона подтвердила приверженность.";
        let got = run(&[ru]);
        assert_eq!(got[0][1], chip("Кофи Менса", "Ghana"), "a name ends its phrase, not the adverb after it: {got:?}");
        assert_eq!(got[0][2].0, "Российская сторона", "an adjective and its noun: {got:?}");
    }

    #[test]
    fn collective_subjects_are_both_sides() {
        let t = "Both ministers agreed to meet again. The foreign ministers of the two countries reviewed the roadmap. \
                 Santiago and Accra welcomed the agreement. Chilean and Ghanaian officials exchanged views. \
                 The two also discussed shipping. Both agreed to meet again.";
        let got = run(&[t]);
        for (k, name) in ["Both ministers", "The foreign ministers of the two countries", "Santiago and Accra", "Chilean and Ghanaian officials", "The two", "Both"].iter().enumerate() {
            assert_eq!(got[0][k], chip(name, BOTH), "sentence {k}");
        }
    }

    #[test]
    fn every_head_of_states_and_governments_title_is_a_title() {
        // Titles from the world's executives and missions beyond the common
        // ones: introduced with a party, each keeps it later.
        for title in ["Taoiseach", "Grand Duke", "Governor-General", "Emperor", "Chargé d'Affaires"] {
            let t = format!("Prime Minister Eva Lind of Austria received the {title} of Fiji, Tomas Varga. The {title}, in turn, thanked Austria for the invitation.");
            assert_eq!(run(&[&t])[0][1].1.as_deref(), Some("Fiji"), "{title}");
        }
        // After a gift of words, "gave his assurance" is said.
        let t = "Prime Minister Eva Lind of Austria received the Taoiseach of Ireland, Tomas Varga. Lind stressed the rail project. \
                 The Taoiseach gave his assurance that Ireland supported it.";
        assert_eq!(run(&[t])[0][2].1.as_deref(), Some("Ireland"));
    }

    #[test]
    fn a_title_alone_does_not_act_on_its_own_side() {
        // Both ministers hold the title; what the Minister does to "the
        // Chilean side" or "his Chilean counterpart" tells which one it is.
        let t = "Ana Lima, Minister of Foreign Affairs of Peru, met Juan Soto, Minister of Foreign Affairs of Chile. \
                 The Chilean Foreign Minister praised the port project. The Minister briefed the Chilean side on the rail line. \
                 The Minister welcomed his Chilean counterpart. The Chilean Foreign Minister invited the Minister to visit Chile. \
                 The Minister accepted the invitation with pleasure.";
        let got = run(&[t]);
        assert_eq!(got[0][1].1.as_deref(), Some("Chile"));
        assert_eq!(got[0][2].1.as_deref(), Some("Peru"), "{got:?}");
        assert_eq!(got[0][3].1.as_deref(), Some("Peru"), "{got:?}");
        assert_eq!(got[0][5].1.as_deref(), Some("Peru"), "the one invited accepts: {got:?}");
    }

    #[test]
    fn plural_titles_and_one_title_twice_are_both_sides() {
        let t = "Chancellor Eva Lind of Austria spoke with Prime Minister Tomas Varga of Slovakia. \
                 The two Chancellors reviewed the rail project. The Prime Minister and Chancellor Lind agreed to meet. \
                 The Chancellor and Chancellor Braun agreed on a date.";
        let got = run(&[t]);
        assert_eq!(got[0][1], chip("The two Chancellors", BOTH), "a plural title");
        assert_eq!(got[0][3].1.as_deref(), Some(BOTH), "one title twice is two people");
        let t = "Prime Minister Tomas Varga of Slovakia met the Secretary for Relations with States of Austria, Eva Lind. \
                 The Secretary for Relations with States highlighted the rail project.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Austria"), "a group in what follows the head is no group");
        let one = "State Councilor and Foreign Minister Wang Yi of China met Minister Lind of Austria. \
                   State Councilor and Foreign Minister Wang Yi said trade grew.";
        assert_eq!(run(&[one])[0][1].1.as_deref(), Some("China"), "two titles of one person");
    }

    #[test]
    fn she_after_an_event_is_its_subject_and_by_names_the_agent() {
        let t = "Foreign Minister Ines Soria of Peru spoke with the Foreign Minister of Oman, Badr Al-Harthi. \
                 She congratulated him on the summit. The Foreign Minister and Minister Al-Harthi discussed shipping. \
                 Peru's new consulate was welcomed by the Omani side. The two officials looked forward to the next round. \
                 Both sides committed to deepening trade.";
        let got = run(&[t]);
        assert_eq!(got[0][1], ("Ines Soria".to_owned(), Some("Peru".to_owned())), "she: who spoke, not whom she spoke with");
        assert_eq!(got[0][2].1.as_deref(), Some(BOTH), "a title and a name of the other side are two people");
        assert_eq!(got[0][3].1.as_deref(), Some("Oman"), "the agent of a passive");
        assert_eq!(got[0][4].1.as_deref(), Some(BOTH), "looked forward");
        assert_eq!(got[0][5].1.as_deref(), Some(BOTH), "committed to");
    }

    #[test]
    fn russian_names_with_particles_and_nominatives_like_case_forms() {
        let t = "Состоялся телефонный разговор Министра иностранных дел Перу И.Сории с Государственным министром \
                 по иностранным делам Государства Оман Бадром бин Хамадом Аль-Бусаиди.\n\
                 Б.Аль-Бусаиди поблагодарил перуанскую сторону за помощь.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Oman"), "a name with particles");
        let t = "Состоялся телефонный разговор Министра иностранных дел Перу И.Сории с Министром иностранных дел Омана Салимом Бенсалемом.\n\
                 С.Бенсалем представил оманские инициативы.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Oman"), "a nominative that looks like a case form");
        let t = "Состоялся телефонный разговор Президента Чили Габриэля Сото с Президентом Ганы Кофи Менсой.\n\
                 В контексте ситуации вокруг Ганы Габриэль Сото проинформировал собеседника о позиции Чили.";
        assert_eq!(run(&[t])[0][1], chip("Габриэль Сото", "Chile"), "a party before the subject is no part of it");
    }

    #[test]
    fn a_quotation_after_said_colon_and_a_long_one_before_said_are_the_speakers() {
        let t = "Foreign Minister Ines Soria of Peru today welcomed Omani Foreign Minister Badr Al-Harthi to Lima.\n\n\
                 The Foreign Minister said:\n\n\
                 \"Peru and Oman share a long friendship. We will build on it.\"\n\n\
                 “Oman values its long-standing friendship with Peru, which is built on mutual respect and mutual benefit, \
                 and we look forward to working closely with Peru to deliver tangible outcomes for our peoples,” said Dato' Badr Al-Harthi.";
        let got = run(&[t]);
        assert_eq!(got[0][0], none(), "welcoming a demonym's official is a reception");
        assert_eq!(got[0][1].1.as_deref(), Some("Peru"), "X said: is no heading");
        assert_eq!(got[0][2].1.as_deref(), Some("Peru"), "the quotation after it");
        assert_eq!(got[0][3].1.as_deref(), Some("Peru"));
        assert_eq!(got[0][4].1.as_deref(), Some("Oman"), "said after a long quotation");
    }

    #[test]
    fn a_speaker_goes_on_in_he_not_in_their_own_name() {
        let t = "President Ana Duarte of Brazil spoke with President Jomo Otieno of Kenya.\n\
                 Otieno said he supported the agenda. The president renewed the invitation for Otieno to visit Brasília.";
        let got = run(&[t]);
        assert_eq!(got[0][1].1.as_deref(), Some("Kenya"));
        assert_ne!(got[0][2].1.as_deref(), Some("Kenya"), "a sentence naming Otieno is not Otieno's: {got:?}");
    }

    #[test]
    fn a_title_alone_after_a_quotation_is_the_last_speakers() {
        let t = "The President of Kenya, Jomo Otieno, spoke with the President of Brazil, Ana Duarte.\n\
                 Otieno denounced the attacks. “Kenya will never bow to threats,” the President stated.";
        let got = run(&[t]);
        assert_eq!(got[0][2].1.as_deref(), Some("Kenya"), "{got:?}");
    }

    #[test]
    fn a_counterpart_introduced_with_a_country_tells_the_statements_own_side() {
        let t = "Slovakia is ready to buy more grain, Minister of Foreign Affairs Tomas Varga said on Monday \
                 after talks with his Austrian counterpart, Eva Lind.\n\
                 Tomas Varga added that rail links mattered.";
        let got = run(&[t]);
        assert_eq!(got[0][1].1.as_deref(), Some("Slovakia"), "the other side's counterpart makes Varga this side's: {got:?}");
    }

    #[test]
    fn an_honorific_is_no_word_of_the_name_it_goes_before() {
        let t = "Minister Ana Quispe held talks with her Omani counterpart, Salim Harthi, in Muscat.\n\
                 Hon. Harthi, on his part, described Peru as a partner.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Oman"));
    }

    #[test]
    fn a_short_russian_first_name_is_one_name_in_every_case() {
        let t = "Телефонный разговор с Президентом Республики Чили Жаном Ромой\n\n\
                 Жан Рома поздравил Алексея Воронцова с Днём России.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Chile"));
    }

    #[test]
    fn a_full_name_introduced_with_its_party_keeps_it_when_it_opens_a_sentence() {
        // "Тендай" does not decline to "Тендаем" by the rules the names' keys follow: the surname
        // tells the person, introduced with Zimbabwe, not an official of the statement's own side.
        let t = "Переговоры Виктора Гуриновича с Президентом Зимбабве Тендаем Чиронгой\n\n\
                 В Минске состоялись переговоры Президента Беларуси Виктора Гуриновича с Президентом \
                 Республики Зимбабве Тендаем Чиронгой.\n\n\
                 Глава белорусского государства отметил важность визита.\n\n\
                 Тендай Чиронга, в свою очередь, поблагодарил белорусскую сторону.";
        assert_eq!(run(&[t])[0][3].1.as_deref(), Some("Zimbabwe"));
    }

    #[test]
    fn a_light_verb_credits_the_act_a_possessive_names() {
        let t = "President Ana Lima of Peru received Foreign Minister Sione Vea of Tonga.\n\
                 On regional matters, President Lima renewed Peru's invitation to the Tongan leader.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Peru"));
    }

    #[test]
    fn leaders_who_speak_out_against_something_say_it_together() {
        let t = "Президент Перу Ана Лима провела переговоры с Министром иностранных дел Тонги Сионе Веа.\n\
                 Президенты выступили против применения односторонних санкций.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some(BOTH));
    }

    #[test]
    fn leaders_who_address_a_topic_discuss_it() {
        let t = "President Ana Lima of Peru received President Sione Vea of Tonga.\n\
                 The heads of state also addressed the migration situation.\n\
                 President Lima dealt with the housing crisis.";
        let got = run(&[t]);
        assert_eq!(got[0][1].1.as_deref(), Some(BOTH), "{got:?}");
        assert_eq!(got[0][2].1.as_deref(), Some("Peru"), "{got:?}");
    }

    #[test]
    fn a_pair_of_anyone_the_subject_names_is_the_two_sides() {
        let t = "President Ana Lima of Peru received President Sione Vea of Tonga.\n\
                 The two personalities also exchanged views on the situation in the Pacific.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some(BOTH));
    }

    #[test]
    fn talks_after_a_preposition_are_no_verb() {
        let t = "Foreign Minister Vea meets Peruvian Foreign Minister Ana Lima in Nuku'alofa\n\n\
                 NUKU'ALOFA, 9 July – The Minister of Foreign Affairs, International Cooperation and External Trade, \
                 Honourable Sione Vea, today welcomed the Foreign Minister of the Republic of Peru, \
                 Her Excellency Ana Lima, to Nuku'alofa for bilateral talks.";
        let got = run(&[t]);
        assert!(got[0][1].0.is_empty(), "no subject cut from the place and its talks: {got:?}");
    }

    #[test]
    fn the_two_countries_history_is_no_ones_words() {
        let t = "Minister Ana Lima of Peru received Minister Sione Vea of Tonga.\n\n\
                 Minister Vea briefed her counterpart on Tonga's role in the peace process. \
                 Peru and Tonga established diplomatic relations in 1993.";
        let got = run(&[t]);
        assert_eq!(got[0][1].1.as_deref(), Some("Tonga"), "{got:?}");
        assert_eq!(got[0][2], (String::new(), None), "{got:?}");
    }

    #[test]
    fn an_introduction_read_by_two_rules_counts_once() {
        // Two presidents each introduced with their country: "the Head of State" alone is
        // neither's for sure, not the other side of the one counted twice.
        let t = "Maria Shikongo, President of the Republic of Namibia, today held official talks with \
                 Pavel Orlov, President of the Russian Federation.\n\n\
                 The Head of State noted the progress.";
        assert_eq!(run(&[t])[0][1].1, None);
    }

    #[test]
    fn conveying_greetings_and_asking_another_to_convey_them_are_the_subjects_acts() {
        let t = "外交部长李国华同汤加外交部长萨洛特·图普举行会谈。李国华首先转达中国领导人的问候。萨洛特·图普请李国华转达对中国领导人的问候。";
        let parties: Vec<_> = run(&[t])[0].iter().map(|s| s.1.clone()).collect();
        assert_eq!(parties[1].as_deref(), Some("China"), "转达: conveyed");
        assert_eq!(parties[2].as_deref(), Some("Tonga"), "请: asked");
    }

    #[test]
    fn a_russian_ministers_portfolios_after_a_comma_keep_the_party_with_the_name() {
        let t = "Состоялся телефонный разговор Министра иностранных дел Чили А.Лимы с Министром иностранных дел, \
                 региональной интеграции и ганцев за рубежом Республики Гана К.Менсой.\n\nК.Менса проинформировал о мерах.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Ghana"));
    }

    #[test]
    fn a_foreign_name_in_chinese_is_named_later_by_its_last_part() {
        let t = "外交部副部长李国华在北京同智利外交部副部长安娜·利马举行磋商。利马表示，智方高度重视对华关系。";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Chile"));
    }

    #[test]
    fn calling_on_someone_is_a_visit_unless_an_act_is_asked_of_them() {
        let t = "Foreign Minister Ana Lima of Chile held talks with Foreign Minister Kofi Mensah of Ghana.\n\n\
                 During his stay, the Minister will also call on the President of Chile. \
                 Mensah called on the international community to support the plan.";
        let speakers = &run(&[t])[0];
        assert_eq!(speakers[1], (String::new(), None), "a courtesy call is narration");
        assert_eq!(speakers[2].1.as_deref(), Some("Ghana"), "an appeal is the speaker's");
    }

    #[test]
    fn a_russian_title_of_any_office_is_a_person_he_refers_to() {
        let t = "Состоялся телефонный разговор Президента Чили Габриэля Сото с Президентом Республики Гана Кофи Менсой.\n\n\
                 Президент Чили подчеркнул важность связей. Ганский лидер выразил признательность за поставки. Он также высоко оценил вклад специалистов.";
        assert_eq!(run(&[t])[0][3].1.as_deref(), Some("Ghana"), "«Он»: the Ghanaian leader");
    }

    #[test]
    fn an_event_that_took_place_is_narration_within_a_speech() {
        let t = "Foreign Minister Ana Lima of Chile held talks with Foreign Minister Kofi Mensah of Ghana.\n\n\
                 Minister Mensah reiterated the invitation for Minister Lima to visit Ghana. The conversation took place in a warm atmosphere.";
        assert_eq!(run(&[t])[0][2], (String::new(), None));
    }

    #[test]
    fn a_sultan_after_his_country_is_a_title_and_the_country_alone_a_party() {
        let t = "国家主席周明远会见文莱苏丹艾哈迈德·费萨尔。费萨尔表示，高度重视对华关系。";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Brunei"));
        let t = "苏丹外长阿里同中国外长王毅通电话。阿里表示，苏方重视对华关系。";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Sudan"));
    }

    #[test]
    fn a_clause_after_the_speakers_name_leaves_the_quotation_theirs() {
        let t = "President Ana Lima of Chile held talks with President Kofi Mensah of Ghana.\n\n\
                 “Ghana is a true friend,” said Ana Lima, opening the talks.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Chile"));
        let t = "Президент Чили Ана Лима провела переговоры с Президентом Ганы Кофи Менсой.\n\n\
                 «Гана для нас настоящий друг», – сказала Ана Лима, открывая переговоры.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Chile"));
    }

    #[test]
    fn two_titles_joined_by_and_in_an_apposition_introduce_the_party() {
        let t = "BEIJING, 16 May 2025 – His Majesty Sultan Haji Ahmad Faizal, Sultan and Yang Di-Pertuan of Brunei Darussalam, \
                 today held a meeting with President Zhou Mingyuan of China.\n\nDuring the meeting, His Majesty conveyed appreciation for the support.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Brunei"));
        // A style before "and" is not the next person's: "His Majesty" stays Brunei's.
        let t = format!("{t} His Majesty and President Zhou Mingyuan later witnessed the signing.");
        assert_eq!(run(&[&t])[0][1].1.as_deref(), Some("Brunei"));
    }

    #[test]
    fn a_chinese_name_ends_before_a_date() {
        let t = "国家主席周明远5日上午在北京会见智利总统利马。周明远指出，中智是好朋友。";
        let en = "President Ana Lima of Chile met Chinese President Zhou Mingyuan in Beijing.";
        assert_eq!(run(&[t, en])[0][1].1.as_deref(), Some("China"));
        let t = "国家副主席周明远当地时间5日在圣地亚哥会见智利总统利马。周明远指出，中智是好朋友。";
        let en = "President Ana Lima of Chile received Chinese Vice-President Zhou Mingyuan in Santiago.";
        assert_eq!(run(&[t, en])[0][1].1.as_deref(), Some("China"), "a time word ends the name");
    }

    #[test]
    fn a_title_alone_is_its_one_holders_before_the_statements_own_side() {
        // Austria's statement has no minister: "The Minister" is the one the statements introduce.
        let t = "VIENNA, 3 May 2025 – Chancellor Eva Lind received the Minister for Foreign Affairs of Slovakia, Tomas Varga, \
                 at the Chancellery. The Minister thanked Austria for its support of the rail project.";
        let other = "Foreign Minister Tomas Varga of Slovakia met Chancellor Eva Lind of Austria.";
        assert_eq!(run(&[t, other])[0][1].1.as_deref(), Some("Slovakia"));
        // A title, a comma, and a name with a title of its own introduce the statement's own official.
        let t = "The Honourable Minister of Foreign Affairs, Ambassador Kofi Mensah, met the President of Chile, Gabriel Soto. \
                 Ambassador Mensah spoke of trade. President Soto thanked Ghana. The Minister stated that Ghana is keen to invest.";
        let other = "Foreign Minister Kofi Mensah of Ghana met President Gabriel Soto of Chile, with Foreign Minister Ana Lima of Chile.";
        assert_eq!(run(&[t, other])[0][3].1.as_deref(), Some("Ghana"));
    }

    #[test]
    fn a_bare_title_is_not_the_holder_named_with_a_party_word() {
        let t = "Minister of Foreign Affairs of Peru Ines Soria held a telephone conversation with the Minister of Foreign Affairs of Oman, Badr Al-Harthi.\n\
                 The Omani foreign minister confirmed his interest. Both ministers welcomed the plan. \
                 Discussing the war, the Foreign Minister stressed that peace needs law.";
        assert_ne!(run(&[t])[0][3].1.as_deref(), Some("Oman"), "the bare title tells another holder apart");
        // An official of no stated party voicing a party's stance speaks for it.
        let t = "President Gabriel Soto of Chile received the Head of State.\nThe Head of State expressed Ghana's interest in trade.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Ghana"));
    }

    #[test]
    fn a_title_alone_beside_an_own_official_named_without_one_is_either_sides() {
        let t = "Телефонный разговор Ивана Лесова с Председателем Правительства Тонги Сионе Веа.\n\
                 Иван Лесов отметил рост товарооборота. «Мы готовы к сотрудничеству», – подчеркнул Председатель Правительства.";
        let other = "Prime Minister Sione Vea of Tonga spoke with Russian Prime Minister Ivan Lesov.";
        let got = run(&[t, other]);
        assert_eq!(got[0][1], chip("Иван Лесов", "Russia"), "the statement's own official");
        assert_eq!(got[0][2], ("Председатель Правительства".to_owned(), None), "Lesov may be the chairman too");
    }

    #[test]
    fn a_speech_goes_on_over_its_sides_acts_not_into_another_persons_sentence() {
        let t = "外交部长李国华同汤加外交部长萨洛特·图普举行会谈。萨洛特·图普表示，汤中友谊深厚。汤方坚定恪守一个中国原则。汤方将竭尽全力保障中国企业安全。";
        assert_eq!(run(&[t])[0][3].1.as_deref(), Some("Tonga"), "the speech goes on after its side's act");
        let t = "Foreign Minister Ines Soria of Peru met Foreign Minister Badr Al-Harthi of Oman.\n\
                 Soria said that trade grew. Peru supports the new port. Al-Harthi, in turn, shared Oman's experience in fisheries.";
        assert_ne!(run(&[t])[0][3].1.as_deref(), Some("Peru"), "another person opens the sentence");
        let t = "Президент Чили Габриэль Сото провел переговоры с Президентом Ганы Кофи Менсой.\n\
                 Ганский лидер, в свою очередь, высоко оценил помощь.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Ghana"), "an adverb after \"in turn\"");
        let t = "President Gabriel Soto of Chile met President Kofi Mensah of Ghana.\n\
                 After the talks, the two Heads of State witnessed the signing of agreements.";
        assert_eq!(run(&[t])[0][1], none(), "witnessing a signing is an event");
    }

    #[test]
    fn an_adjective_two_countries_share_names_the_one_the_statements_are_about() {
        let t = "Foreign Minister Ines Soria of Peru held a call with Foreign Minister Rafael Ortiz of the Dominican Republic.\n\n\
                 Minister Soria thanked the Dominican Republic for its support. \
                 The Dominican Minister, in turn, highlighted the interest of shipping companies. \
                 Likewise, the Dominican foreign minister reiterated the country's adherence to international law.";
        let got = run(&[t]);
        assert_eq!(got[0][2].1.as_deref(), Some("Dominican Republic"), "not the last speaker's side: {got:?}");
        assert_eq!(got[0][3].1.as_deref(), Some("Dominican Republic"), "{got:?}");
    }

    #[test]
    fn a_double_foreign_name_joined_by_a_hyphen_speaks_and_is_she() {
        let t = "外交部长李国华同汤加外交部长萨洛特-图普伊会谈。李国华表示，中汤是好朋友。萨洛特-图普伊表示，汤方高度重视对华关系。她说，汤方欢迎中国企业投资。";
        let got = run(&[t]);
        assert_eq!(got[0][2], chip("萨洛特-图普伊", "Tonga"), "{got:?}");
        assert_eq!(got[0][3].1.as_deref(), Some("Tonga"), "\"she\" is the last person named, not an earlier one: {got:?}");
    }

    #[test]
    fn a_foreign_name_with_a_middle_dot_speaks_and_is_he() {
        let t = "外交部长李国华同汤加外交、贸易部长萨洛特·图普通电话。李国华表示，中汤是好朋友。萨洛特·图普表示，汤方高度重视对华关系。他表示，汤加期待合作。";
        let got = run(&[t]);
        assert_eq!(got[0][2].1.as_deref(), Some("Tonga"), "{got:?}");
        assert_eq!(got[0][3].1.as_deref(), Some("Tonga"), "{got:?}");
        let t = "外交部长李国华同汤加外交部长萨洛特·图普通电话。李国华表示，中汤是好朋友。中方将继续鼓励中国企业赴汤投资。";
        assert_eq!(run(&[t])[0][2].1.as_deref(), Some("China"), "继续 before the verb, as an adverb is");
    }

    #[test]
    fn agreements_reached_and_topics_of_the_talks_are_both_and_a_signing_is_narration() {
        let t = "Foreign Minister Ines Soria of Peru met Foreign Minister Badr Al-Harthi of Oman.\n\
                 An agreement was reached to hold consultations. A memorandum on trade was signed. \
                 Food security was also on the agenda of the meeting. Climate resilience featured prominently in the discussions. \
                 He stated that Peru will implement the consensus reached by the two ministers. \
                 A memorandum on fisheries was signed in the presence of the two ministers.";
        let got = run(&[t]);
        for k in [1, 3, 4] {
            assert_eq!(got[0][k].1.as_deref(), Some(BOTH), "sentence {k}: {got:?}");
        }
        assert_eq!(got[0][2], none(), "a document signed: an event, no one's words: {got:?}");
        assert_eq!(got[0][5].1.as_deref(), Some("Peru"), "a consensus reached, said by someone: {got:?}");
        assert_eq!(got[0][6], none(), "signed by others before the two: {got:?}");
        // A topic word that is no phrase with the talks: "its call" is an appeal, not the call.
        let t = "Foreign Minister Ines Soria of Peru met Foreign Minister Badr Al-Harthi of Oman.\n\
                 On the multilateral agenda, Oman reiterated its call for a reform of the Security Council.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Oman"));
        let t = "Состоялся разговор Министра иностранных дел Перу И.Сории с Министром иностранных дел Омана Б.Аль-Хартхи.\n\
                 Достигнута договоренность о проведении консультаций. Подписано Соглашение о торговле. \
                 Обсуждались актуальные вопросы сотрудничества. Кроме того, затронута тема безопасности судоходства в Красном море.";
        let got = run(&[t]);
        for k in [1, 3, 4] {
            assert_eq!(got[0][k].1.as_deref(), Some(BOTH), "sentence {k}: {got:?}");
        }
        assert_eq!(got[0][2], none(), "Подписано: an event: {got:?}");
    }

    #[test]
    fn a_meeting_named_in_a_chinese_topic_phrase_is_what_was_discussed() {
        let t = "外交部长李国华同汤加外交部长萨洛特·图普通电话。双方还就筹备两国元首年内会晤交换了意见。";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some(BOTH));
    }

    #[test]
    fn what_the_two_sides_did_together_is_both_but_an_event_is_narration() {
        let t = "外交部长李国华同汤加外交部长萨洛特·图普举行会谈。会谈后，两国外长共同见证了合作文件的签署。\
                 会见前，李国华同萨洛特·图普共同推动了协定的落实。中方愿同汤方一道，推进各领域合作。";
        let got = run(&[t]);
        assert_eq!(got[0][1], none(), "witnessing a signing together is an event: {got:?}");
        assert_eq!(got[0][2].1.as_deref(), Some(BOTH), "one side with the other, together: {got:?}");
        assert_eq!(got[0][3].1.as_deref(), Some("China"), "a side's will to act with the other: {got:?}");
    }

    #[test]
    fn names_with_joined_initials_are_the_same_person() {
        let t = "Minister for Foreign Affairs of Bhutan Karma Dorji spoke with the Foreign Minister of Fiji Sefo Rabuka. \
                 Minister K.Dorji underlined that Bhutan values the partnership.";
        assert_eq!(run(&[t])[0][1], chip("Minister K.Dorji", "Bhutan"));
    }

    #[test]
    fn according_to_names_the_source() {
        let t = "Bhutanese Foreign Minister Karma Dorji met Fijian Foreign Minister Sefo Rabuka.\n\
                 Dorji praised the new air link. According to him, tourism doubled. According to the Fijian side, trade grew. \
                 According to the Fijian side, Foreign Minister Rabuka also raised the fisheries accord.";
        let got = run(&[t]);
        assert_eq!(got[0][2], chip("Dorji", "Bhutan"), "him: the last speaker");
        assert_eq!(got[0][3], chip("the Fijian side", "Fiji"));
        assert_eq!(got[0][4], chip("Foreign Minister Rabuka", "Fiji"), "the source reports what the minister raised");
        let ru = "Министр иностранных дел Бутана Карма Дорджи провел переговоры с министром иностранных дел Фиджи Сефо Рабукой.\n\
                  К.Дорджи поблагодарил фиджийскую сторону за помощь. По его словам, «туризм вырос вдвое».\n\
                  Условлено продолжить контакты.";
        let got = run(&[ru]);
        assert_eq!(got[0][2].1.as_deref(), Some("Bhutan"), "по его словам: {got:?}");
        assert_eq!(got[0][3].1.as_deref(), Some(BOTH), "условлено: it was agreed");
    }

    #[test]
    fn in_turn_and_parentheticals_keep_the_subject() {
        let t = "Minister Sato of Japan met Minister Ana Lima of Chile. Minister Lima, in turn, noted the progress. \
                 Sato, Japan's top diplomat, said the visit mattered.";
        let got = run(&[t]);
        assert_eq!(got[0][1], chip("Minister Lima", "Chile"));
        assert_eq!(got[0][2], chip("Sato", "Japan"));
    }

    #[test]
    fn he_and_she_refer_to_whom_they_can() {
        let t = "Kenyan President William Ruto received Ms. Ana Lima, Foreign Minister of Chile. \
                 Ms. Lima thanked President Ruto for the welcome. She said Chile would open an embassy. \
                 He stressed that Kenya welcomed the decision.";
        let got = run(&[t]);
        assert_eq!(got[0][0], none(), "a reception is narration");
        assert_eq!(got[0][1], chip("Ms. Lima", "Chile"));
        assert_eq!(got[0][2], chip("Lima", "Chile"), "She: Ms. Lima");
        assert_eq!(got[0][3], chip("Ruto", "Kenya"), "He: not the last speaker, who is a woman");
        // A possessive after the verb is the speaker's: "his gratitude" shows a man, whom "she" is not.
        let t = "Foreign Minister Ana Lima of Chile met Foreign Minister Kofi Mensah of Ghana.                  Minister Lima presented Chile's priorities. Minister Mensah expressed his gratitude for the support.                  She also presented a plan on migration. Minister Lima thanked her for the visit.";
        let got = run(&[t]);
        assert_eq!(got[0][3], chip("Lima", "Chile"), "She: not Mensah, whose gratitude is his");
    }

    #[test]
    fn a_passive_report_credits_the_other_side() {
        let t = "Mexican Foreign Minister Luis Vega met Argentine Foreign Minister Pablo Ruiz. Mexico and Argentina agreed. \
                 Minister Ruiz raised the issue of tariffs. He was assured that Mexico would review them.";
        let got = run(&[t]);
        assert_eq!(got[0][3], ("Mexico".to_owned(), Some("Mexico".to_owned())));
    }

    #[test]
    fn a_passive_report_without_agent_or_addressee_is_both_sides() {
        let t = "Chilean Foreign Minister Ana Lima met Ghanaian Foreign Minister Kofi Mensah in Accra. \
                 The importance of trade in cocoa was stressed. Particular attention was paid to energy. \
                 Chile's interest in Ghanaian cocoa was conveyed to the Ghanaian side. The talks focused on investment. \
                 The ministers signed a memorandum on education.";
        let got = run(&[t]);
        assert_eq!(got[0][1].1.as_deref(), Some(BOTH), "{got:?}");
        assert_eq!(got[0][2].1.as_deref(), Some(BOTH), "attention paid: what the talks dwelt on");
        assert_eq!(got[0][3].1.as_deref(), Some("Chile"), "said to one side: the other spoke, not both");
        assert_eq!(got[0][4], none(), "what the talks covered: the statement tells the topics");
        assert_eq!(got[0][5].1.as_deref(), Some(BOTH), "two sides who sign commit together: {got:?}");
        let ru = "Министр иностранных дел Чили Ана Лима провела переговоры с министром иностранных дел Ганы Кофи Менсой.\n\
                  Подтверждена взаимная заинтересованность в развитии торговли. Особое внимание было уделено энергетике.";
        let got = run(&[ru]);
        assert_eq!(got[0][1].1.as_deref(), Some(BOTH), "a short passive participle: {got:?}");
        assert_eq!(got[0][2].1.as_deref(), Some(BOTH));
        let ru = "Министр иностранных дел Чили Ана Лима провела переговоры с министром иностранных дел Ганы Кофи Менсой.\n\
                  Особое внимание уделено энергетике.";
        assert_eq!(run(&[ru])[0][1].1.as_deref(), Some(BOTH), "уделено: a passive without было");
        let ru = "Министр иностранных дел Чили Ана Лима провела переговоры с министром иностранных дел Ганы Кофи Менсой.\n\
                  С удовлетворением отмечена позитивная динамика политического диалога.";
        assert_eq!(run(&[ru])[0][1].1.as_deref(), Some(BOTH), "a manner before the passive is no subject");
    }

    #[test]
    fn a_headline_that_quotes_a_person_is_theirs() {
        let t = "Foreign Minister Lima: Chile and Ghana will open embassies\n\n\
                 Minister Lima in Accra: talks on trade\n\n\
                 Accra, 3 May 2025 – Chilean Foreign Minister Ana Lima held talks with Ghanaian Foreign Minister Kofi Mensah. \
                 Minister Lima referred to the plans of Chilean investors.";
        let got = run(&[t]);
        assert_eq!(got[0][0], chip("Foreign Minister Lima", "Chile"), "{got:?}");
        assert_eq!(got[0][1], none(), "a person with a place: no quotation");
        assert_eq!(got[0][3], chip("Minister Lima", "Chile"), "referring to something is saying it");
    }

    #[test]
    fn a_quotation_after_a_quoted_speakers_goes_on_in_their_words() {
        let t = "Foreign Minister Ana Lima of Peru received the Foreign Minister of Oman, Salim Harthi.\n\
                 \"Peru and Oman are natural partners,\" Lima said.\n\
                 \"We want to double our trade by 2030.\"\n\
                 \"Our ports are ready.\"\n\
                 The ministers then visited the port of Callao.\n\
                 \"It was a fine visit.\"";
        let got = run(&[t]);
        assert_eq!(got[0][2].1.as_deref(), Some("Peru"), "the quotation goes on: {got:?}");
        assert_eq!(got[0][3].1.as_deref(), Some("Peru"), "and on: {got:?}");
        assert_eq!(got[0][5], none(), "after a sentence that quotes no one: {got:?}");
    }

    #[test]
    fn a_quotation_is_its_speakers_throughout() {
        let t = "Ghanaian President Kofi Mensah said: \"We will open our markets. We expect the same of our partners. Trade is a two-way street.\"\n\
                 \"Our farmers are ready. They have waited long,\" President Mensah said.";
        let got = run(&[t]);
        assert!(got[0][..3].iter().all(|c| c.1.as_deref() == Some("Ghana")), "{got:?}");
        assert_eq!(got[0][3].1.as_deref(), Some("Ghana"), "named where the quotation closes: {got:?}");
        assert_eq!(got[0][4].1.as_deref(), Some("Ghana"));
        // The verbs of the quoted words are no frame: "Chile is committed" is the President's saying.
        let t = "The President of Ghana, Kofi Mensah, spoke with the President of Chile, Gabriel Soto.\n\
                 On trade, Mensah named the partnership Chile co-leads. \"Ghana is fully committed to it. \
                 Chile is committed to it too,\" he stated.";
        let got = run(&[t]);
        assert_eq!(got[0][2].1.as_deref(), Some("Ghana"), "{got:?}");
        assert_eq!(got[0][3].1.as_deref(), Some("Ghana"), "{got:?}");
    }

    #[test]
    fn narration_and_headings_credit_no_one() {
        let t = "Chile and Ghana Strengthen Their Partnership\n\
                 Accra, 3 May 2025: The call took place at the request of the Ghanaian side.\n\
                 President Mensah had a telephone conversation with President Gabriel Soto of Chile.\n\
                 AU member states welcomed the plan.";
        let got = run(&[t]);
        assert!(got[0].iter().all(|c| *c == none()), "{got:?}");
        // The title under the site's name, in sentence case, is a heading too; a line without a
        // full stop after the first sentence is not.
        let t = "News Portal of Ghana

Ghana, Chile agree to expand trade

                 President Mensah held talks with President Gabriel Soto of Chile.

Ghana welcomed the plan";
        let got = run(&[t]);
        assert_eq!(got[0][..3], [none(), none(), none()], "{got:?}");
        assert_eq!(got[0][3], chip("Ghana", "Ghana"), "{got:?}");
        // A text without full stops keeps its long paragraphs as sentences.
        let t = "Ghana and Chile\n\nPresident Mensah held talks with President Gabriel Soto of Chile in Accra on Tuesday and \
                 the two leaders reviewed trade, investment, energy and mining as well as the situation in the region at length\n\n\
                 President Soto said that Chile is ready to expand trade with Ghana in the coming years and to open an embassy";
        let got = run(&[t]);
        assert_eq!(got[0][2], chip("President Soto", "Chile"), "{got:?}");
    }

    #[test]
    fn a_partys_company_or_citizen_is_not_the_party() {
        // Invented: a Chilean company and a Ghanaian investor, one of them, and an
        // irregular past ("said", "told") ending no noun phrase; "state" after "a" or
        // "an" and its adjective is a noun, not a verb of speech.
        let t = "President Mensah had a telephone conversation with President Gabriel Soto of Chile.\n\
                 The Chilean company said it would build the port.\n\
                 A Ghanaian investor told reporters the port was ready.\n\
                 Ghanaian investors said the port was ready.\n\
                 The Port of Tema and a Chilean state mining company signed a letter of intent.\n\
                 An Omani state energy company signed a letter of intent.";
        let got = run(&[t]);
        assert!(got[0][1..].iter().all(|c| *c == none()), "{got:?}");
        // The party itself, or its officials, still speak.
        let t = "President Mensah had a telephone conversation with President Gabriel Soto of Chile.\n\
                 The Chilean side said it would build the port.\n\
                 The Chilean state will build the port, Soto said.";
        let got = run(&[t]);
        assert_eq!(got[0][1].1.as_deref(), Some("Chile"), "{got:?}");
        assert_eq!(got[0][2].1.as_deref(), Some("Chile"), "{got:?}");
    }

    #[test]
    fn a_phrase_is_what_its_head_names() {
        let t = "President Mensah had a telephone conversation with President Gabriel Soto of Chile.\n\
                 The leader of the Chilean people conveyed his best wishes.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Chile"), "a leader of a party's people is no member of it");
    }

    #[test]
    fn an_address_in_the_first_person_is_its_speakers() {
        let t = "Address by the President of Chile to the Nation\n\n\
                 Dear compatriots, I speak to you today about our future. We have worked hard. \
                 Our economy is growing. The world is watching us. I thank you.";
        let got = run(&[t]);
        assert_eq!(got[0][0], none(), "the heading");
        assert!(got[0][1..].iter().all(|c| c.1.as_deref() == Some("Chile")), "{got:?}");
        // A headline naming who visited, over a readout that quotes someone
        // in the first person, heads no speech.
        let t = "Tonga and Iceland sign agreement during historic visit by Foreign Minister Halldórsson\n\n\
                 Foreign Minister Jón Halldórsson met the Minister of Foreign Affairs of Tonga, Sione Tupou. \
                 “We want to work together,” said Minister Halldórsson. Minister Tupou thanked Iceland for its support.";
        let got = run(&[t]);
        assert_eq!(got[0][0], none(), "the headline");
        assert_eq!(got[0][3].0, "Minister Tupou", "{got:?}");
    }

    #[test]
    fn russian_register() {
        let t = "Глава МИД Мексики Луиса Вега и министр иностранных дел Аргентины Хуан Перес провели переговоры в Буэнос-Айресе.\n\
                 Стороны обсудили торговлю. Перес заявил, что Аргентина готова к диалогу. Она отметила важность визита.";
        let got = run(&[t]);
        assert_eq!(got[0][0], none(), "talks: narration");
        assert_eq!(got[0][1], chip("Стороны", BOTH));
        assert_eq!(got[0][2], chip("Перес", "Argentina"));
        assert_eq!(got[0][3].1.as_deref(), Some("Mexico"), "она: not Перес, who is a man (заявил), but Vega");
    }

    #[test]
    fn chinese_register() {
        let t = "国务委员兼外长王毅同埃及外长萨米尔通电话。萨米尔表示，埃方愿同中方加强合作。王毅表示，中方赞赏埃方立场。双方一致认为，应加强沟通。埃方强调，愿继续合作。";
        let got = run(&[t]);
        assert_eq!(got[0][0], none(), "a phone call: narration");
        assert_eq!(got[0][1].1.as_deref(), Some("Egypt"));
        assert_eq!(got[0][2].1.as_deref(), Some("China"), "an official without a country beside a foreign one: the other side");
        assert_eq!(got[0][3].1.as_deref(), Some(BOTH));
        assert_eq!(got[0][4], chip("埃方", "Egypt"));
    }

    #[test]
    fn a_chinese_clause_without_a_subject_has_the_sentences() {
        let t = "外交部长李国华同智利外长利马会谈。\n中方始终从长远角度看待中智关系，愿同智方加强合作。\n在两国元首引领下，两国关系不断发展，愿景更加广阔。";
        let got = run(&[t]);
        assert_eq!(got[0][1], chip("中方", "China"), "{got:?}");
        assert_eq!(got[0][2], none(), "a clause of its own subject, no one's words: {got:?}");
    }

    #[test]
    fn a_document_the_two_sides_sign_is_theirs_one_signed_before_them_is_no_ones() {
        let t = "Foreign Minister Ines Soria of Peru met Foreign Minister Badr Al-Harthi of Oman.\n\
                 The two ministers signed a memorandum on fisheries. A programme on trade was signed. \
                 Two Peruvian companies signed a contract with an Omani port.";
        let got = run(&[t]);
        assert_eq!(got[0][1].1.as_deref(), Some(BOTH), "{got:?}");
        assert_eq!(got[0][2], none(), "no one named: {got:?}");
        assert_eq!(got[0][3], none(), "others sign: {got:?}");
        let t = "外交部长李国华同秘鲁外长索里亚会谈。会谈后，两国外长签署了两国外交部合作计划。会谈后，两国外长共同见证了合作文件的签署。";
        let got = run(&[t]);
        assert_eq!(got[0][1].1.as_deref(), Some(BOTH), "{got:?}");
        assert_eq!(got[0][2], none(), "witnessing a signing: {got:?}");
        let t = "Заместитель Председателя Правительства Иван Петров провёл переговоры с министром Перу Анной Лимой.\n\
                 По итогам заседания сопредседатели подписали протокол.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some(BOTH), "the co-chairs of a joint body: {:?}", run(&[t]));
    }

    #[test]
    fn a_ceremony_is_narration_an_invitation_is_an_act() {
        // A noun of an act that modifies the next noun names an event: "a
        // welcome ceremony" is a ceremony, told by the statement.
        let t = "President Ana Lima of Chile met President Jorge Quispe of Peru in Lima. \
                 Upon arrival, President Quispe was accorded an official welcome ceremony. \
                 President Lima extended an invitation to President Quispe. \
                 The Peruvian President was welcomed with military honours at the palace. \
                 President Quispe extended warm greetings to the Chilean people.";
        let got = run(&[t]);
        assert_eq!(got[0][1], none(), "a ceremony: {got:?}");
        assert_eq!(got[0][2].1.as_deref(), Some("Chile"), "an invitation extended");
        assert_eq!(got[0][3], none(), "a person met, in the passive: {got:?}");
        assert_eq!(got[0][4].1.as_deref(), Some("Peru"), "greetings extended: {got:?}");
    }

    #[test]
    fn an_adverb_opening_a_participle_is_no_speaker_and_the_head_of_state_is_the_president() {
        let t = "President of Chile Ana Lima held talks with Prime Minister of Peru Jorge Quispe. \
                 Cordially welcoming the distinguished guest, the head of state noted that the visit opens a new chapter.";
        let got = run(&[t]);
        assert_eq!(got[0][1], chip("the head of state", "Chile"), "the one head of state the statement names: {got:?}");
    }

    #[test]
    fn two_titles_under_one_article_are_one_person_and_a_participle_names_no_speaker_after_it() {
        let t = "His Royal Highness Prince Omar bin Said, Crown Prince and Prime Minister of Qatar, held talks with Prime Minister of Chile Ana Lima.\n\n\
                 The Crown Prince and Prime Minister conveyed the greetings of the Emir. \
                 The Chilean Prime Minister welcomed Prince Omar, noting the steady growth in trade between the two countries.";
        let got = run(&[t]);
        assert_eq!(got[0][1], chip("The Crown Prince and Prime Minister", "Qatar"), "one person with two titles: {got:?}");
        assert_eq!(got[0][2], chip("The Chilean Prime Minister", "Chile"), "who welcomed notes; what the participle notes is no one: {got:?}");
    }

    #[test]
    fn a_russian_light_verb_carries_its_nouns_act() {
        let t = "Иван Петров провёл переговоры с Министром иностранных дел Катара Омаром бен Саидом.\n\n\
                 Российская сторона подтвердила готовность продолжать поставки. \
                 Стороны дали высокую оценку работе межправительственной комиссии.";
        assert_eq!(run(&[t])[0][2], chip("Стороны", BOTH), "\"дали оценку\" is \"оценили\"");
    }

    #[test]
    fn welcoming_a_titled_guest_is_the_visit() {
        let t = "The Minister for Foreign Affairs, Ana Lima, today welcomed the Foreign Minister of Qatar, Omar bin Said, to Santiago.";
        assert_eq!(run(&[t])[0][0], none(), "a guest received: {:?}", run(&[t]));
    }

    #[test]
    fn an_abbreviated_style_is_the_official_introduced_with_it() {
        let t = "His Royal Highness Prince Omar bin Said, Crown Prince of Qatar, held talks with Prime Minister of Chile Ana Lima.\n\n\
                 The Prime Minister welcomed the guest. HRH underlined the importance of dialogue.";
        assert_eq!(run(&[t])[0][2], chip("HRH", "Qatar"));
    }

    #[test]
    fn a_pronoun_is_no_one_of_the_party_it_urges() {
        let t = "Foreign Minister Ana Lima of Chile spoke with Foreign Minister Rosa Diaz of Peru.\n\n\
                 Minister Lima conveyed her condolences. She urged Chile to use its voice in the G7.";
        assert_eq!(run(&[t])[0][2], chip("She", "Peru"), "{:?}", run(&[t]));
    }

    #[test]
    fn i_in_an_officials_own_release_is_its_author_of_the_side_the_other_statement_is_not() {
        let own = "Today I met with President Jorge Quispe for talks between Chile and Peru. I emphasised that trade must grow. \
                   \"I am confident,\" President Quispe said.";
        let other = "President Jorge Quispe received Foreign Minister Ana Soto of Chile.";
        let got = run(&[own, other]);
        assert_eq!(got[0][1], chip("I", "Chile"), "the author, of the side the other statement is not: {got:?}");
        assert_eq!(run(&[own])[0][1], none(), "with no other statement, whose side is not said");
    }

    #[test]
    fn a_russian_crown_prince_is_one_title() {
        let t = "Иван Петров провёл переговоры с наследным принцем, премьер-министром Государства Катар Омаром бен Саидом.\n\n\
                 Председатель Правительства России приветствовал гостя. \
                 Наследный принц, в свою очередь, поблагодарил российскую сторону за тёплый приём.";
        assert_eq!(run(&[t])[0][2], chip("Наследный принц", "Qatar"), "the crown prince's title given in apposition");
        let untitled = t.replace("Председатель Правительства России приветствовал гостя. ", "");
        assert_eq!(run(&[&untitled])[0][1], ("Наследный принц".to_owned(), None), "Петров's title not given: either's");
    }

    #[test]
    fn the_head_of_state_is_the_president_who_speaks_and_one_person_in_russian() {
        let t = "President Ana Lima of Chile held talks with President Jorge Quispe of Peru. President Lima recalled the long friendship.\n\n\
                 \"Our ties are deep. We will build on them,\" said the Head of State.";
        assert_eq!(run(&[t])[0][3], chip("the Head of State", "Chile"), "the president speaking");
        let t = "Президент Беларуси Виктор Ковалевич провел переговоры с Президентом Кубы Рамоном Эстевесом.\n\n\
                 Глава государства отметил, что двум странам важно поддерживать друг друга.";
        assert_ne!(run(&[t])[0][1].1.as_deref(), Some(BOTH), "a head of state is one person");
    }

    #[test]
    fn a_speech_does_not_go_on_into_a_sentence_about_a_title_holder() {
        let t = "President Ana Lima of Chile met President Jorge Quispe of Peru.\n\n\
                 Speaking after the talks, President Lima said she was confident. \
                 The President was accompanied by Minister of Foreign Affairs Rosa Diaz.";
        let got = run(&[t]);
        assert_eq!(got[0][1], chip("President Lima", "Chile"));
        assert_eq!(got[0][2], none(), "told of the President, not said by her: {got:?}");
    }

    #[test]
    fn according_to_is_no_subject() {
        let t = "Foreign Minister Ana Lima of Chile met Foreign Minister Kofi Mensah of Ghana.\n\n\
                 According to the Ministry, the discussions took place in a warm atmosphere and covered trade.";
        let got = run(&[t]);
        assert_eq!(got[0][1], none(), "{got:?}");
    }

    #[test]
    fn a_body_without_a_party_is_the_statement_s_own() {
        let t = "President Ana Lima of Chile spoke with President Jorge Quispe of Peru.\n\n\
                 The Presidential Office reported that the call lasted 40 minutes.\n\n\
                 According to the Presidency, trade reached 2 billion dollars.";
        let got = run(&[t]);
        assert_eq!(got[0][1], none(), "{got:?}");
        assert_eq!(got[0][2], none(), "{got:?}");
        // Speaking in the present, it states its side's position.
        let t = "President Ana Lima spoke with President Jorge Quispe of Peru on trade with Chile.\n\n\
                 The Ministry of Foreign Affairs reaffirms its commitment to the region.\n\n\
                 The Ministry of Foreign Affairs reported that the call lasted 40 minutes.\n\n\
                 The Ministry of Foreign Affairs will continue to promote trade with Asia. The Ministry will publish the text on Friday.";
        let got = run(&[t]);
        assert_eq!(got[0][1].1.as_deref(), Some("Chile"), "{got:?}");
        assert_eq!(got[0][2], none(), "{got:?}");
        assert_eq!(got[0][3].1.as_deref(), Some("Chile"), "what it will continue to do is its policy: {got:?}");
        assert_eq!(got[0][4], none(), "a plan is narration: {got:?}");
    }

    #[test]
    fn a_passive_whose_subject_is_a_thing_credits_no_one() {
        let t = "President Ana Lima of Chile met President Jorge Quispe of Peru. Chilean mining expertise was offered for the new port. \
                 Peru was invited to the summit in Valparaíso. The Peruvian side was assured of Chile's support.\n\n\
                 The Atacama Desert and our long coast stressed the need for water.";
        let got = run(&[t]);
        assert_eq!(got[0][1], none(), "who offered it, the passive does not say");
        assert_eq!(got[0][2].1.as_deref(), Some("Chile"), "a party invited: the invitation is the other side's");
        assert_eq!(got[0][3].1.as_deref(), Some("Chile"), "\"the Peruvian side\" stands for Peru");
        assert_eq!(got[0][4], none(), "two things joined by \"and\" are no two sides");
    }

    #[test]
    fn a_statement_names_its_own_officials_by_title_alone() {
        let t = "Minister Lima holds talks with Peruvian counterpart\n\n\
                 Santiago, 4 May 2025 – Minister of Foreign Affairs and Regional Integration Hon. Ana Lima, MP, held talks with the Foreign Minister of the Republic of Peru, Mr Jorge Quispe.\n\n\
                 Foreign Minister Quispe said that Peru is ready to help. The Foreign Minister requested Peru's support for the plan. \
                 During the call, the Minister thanked the Government of Peru.";
        let got = run(&[t]);
        assert_eq!(got[0][2], chip("Foreign Minister Quispe", "Peru"));
        assert_eq!(got[0][3], chip("The Foreign Minister", "Chile"), "unqualified, the ministry's own minister, not the last one named");
        assert_eq!(got[0][4], chip("the Minister", "Chile"), "a title inside the portfolio's longer one");
    }

    #[test]
    fn a_dateline_gives_the_home_of_a_statement_that_names_no_country_for_its_officials() {
        let t = "LIMA, 4 May 2025 – Minister Jorge Quispe opened the new museum of Andean art.\n\nMinister Quispe said that Peru will lend its collections.";
        assert_eq!(run(&[t])[0][1], chip("Minister Quispe", "Peru"));
        // A visitor's statement is datelined where it was issued: what it says of its officials comes first.
        let visit = "Lima, 4 May 2025 – The President of Chile, Ana Lima, was received by President Jorge Quispe of Peru.\n\nPresident Lima said that Chile will help.";
        assert_eq!(run(&[visit])[0][1], chip("President Lima", "Chile"));
    }

    #[test]
    fn a_title_after_its_party_with_a_portfolio_and_names_with_particles() {
        let t = "Foreign Minister Ana Lima met today with Peru's Minister for Foreign Trade and Tourism, Dr Jorge de la Quispe.\n\n\
                 Dr Quispe thanked Chile for the warm welcome. Dr de la Quispe, for his part, conveyed an invitation to Lima. \
                 The Foreign Minister accepted the invitation, and the dates will be agreed later.";
        let got = run(&[t]);
        assert_eq!(got[0][1], chip("Dr Quispe", "Peru"), "the whole noun phrase before the verb, and the party of its apposition");
        assert_eq!(got[0][2].1.as_deref(), Some("Peru"), "a name with particles");
        assert_eq!(got[0][3].1.as_deref(), Some("Chile"), "accepting is the subject's; what follows \", and\" is no joint act of its own");
    }

    #[test]
    fn a_russian_surname_is_known_in_all_its_cases() {
        let t = "Состоялся телефонный разговор Министра иностранных дел Чили А.Н.Серова с Министром иностранных дел Перу Х.Киспе.\n\n\
                 А.Н.Серов подчеркнул, что Чили готова к сотрудничеству.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Chile"), "introduced as Серова (genitive), named as Серов");
    }

    #[test]
    fn agents_and_subjects_a_reader_reads_whole() {
        // Introduced with the name of a kingdom, in the genitive; the
        // speaker after a quotation ends at his name; a passive's agent
        // "from the British side"; a wish is said; two offices of one person.
        let ru = "Состоялись переговоры Министра иностранных дел Перу Х.Киспе с Министром иностранных дел Соединенного Королевства Д.Смитом.\n\n\
                  Д.Смит передал приглашение посетить Лондон.\n\n\
                  «Мы убеждены в успехе», — заявил Х.Киспе по итогам переговоров.\n\n\
                  С британской стороны была выражена озабоченность ситуацией в регионе.\n\n\
                  Со стороны Великобритании было подчеркнуто значение встречи.\n\n\
                  Президент Перу пожелал британской стороне успешного проведения форума.\n\n\
                  Стороны с удовлетворением отметили рост торговли.\n\n\
                  Как подчеркнул Д.Смит, «Перу является нашим партнёром. Мы ценим этот диалог».\n\n\
                  Как сообщает пресс-служба министерства иностранных дел Перу, визит продлится два дня.";
        let got = run(&[ru]);
        assert_eq!(got[0][6], chip("Стороны", BOTH), "с удовлетворением: how they noted it, not who");
        assert_eq!(got[0][7], chip("Д.Смит", "United Kingdom"), "Как подчеркнул Д.Смит: as he stressed, «…»");
        assert_eq!(got[0][8], chip("Д.Смит", "United Kingdom"), "his quotation goes on");
        assert_eq!(got[0][9], none(), "Как сообщает: where the news comes from");
        assert_eq!(got[0][1].1.as_deref(), Some("United Kingdom"), "Соединенного Королевства: a kingdom in the genitive, written with е for ё");
        assert_eq!(got[0][2], chip("Х.Киспе", "Peru"), "the name, without what follows it");
        assert_eq!(got[0][3].1.as_deref(), Some("United Kingdom"), "с британской стороны: the agent of the passive");
        assert_eq!(got[0][4].1.as_deref(), Some("United Kingdom"), "со стороны Великобритании");
        assert_eq!(got[0][5].1.as_deref(), Some("Peru"), "пожелал: the subject's wish, not the side wished well");
        let en = "Minister Sione Vea of Tonga met the Prime Minister and Minister of Foreign Affairs of Oman, Sayyid Salim. \
                  HE the Prime Minister and Minister of Foreign Affairs briefed the Tongan Minister on the port.";
        assert_eq!(run(&[en])[0][1].1.as_deref(), Some("Oman"), "two offices of one person are not two people");
    }

    #[test]
    fn introductions_and_subjects_of_the_whole_phrase() {
        // The long title of a Chinese official in an apposition; a party's
        // name holding another's ("Papua New Guinea's", not Guinea's); a
        // government is no person.
        let t = "Minister of Foreign Affairs and Trade Sione Vea held a call with Li Wen, Member of the Political Bureau of the \
                 Communist Party of China Central Committee and Minister of Foreign Affairs of the People's Republic of China. \
                 Li Wen stressed that ties grew.";
        assert_eq!(run(&[t])[0][1], chip("Li Wen", "China"), "introduced with China after a title of twenty words");
        let t = "Minister Ana Lima met Papua New Guinea's Minister for Foreign Affairs, the Hon Rex Kila MP. Minister Kila outlined the plan.";
        assert_eq!(run(&[t])[0][1].1.as_deref(), Some("Papua New Guinea"));
        // A participle opening the sentence, and a verb with its object, are no subject.
        let t = "Minister Ana Lima of Peru met Minister Sione Vea of Tonga. \
                 Exchanging views on regional issues, the two Ministers stressed the importance of peace. \
                 On the same day, Minister Lima paid a courtesy call on the Prime Minister of Tonga. \
                 Minister Lima concluded her visit with a courtesy call on the King.";
        let got = run(&[t]);
        assert_eq!(got[0][1], chip("the two Ministers", BOTH));
        assert_eq!(got[0][2], none(), "paying a call is getting in touch");
        assert_eq!(got[0][3], none(), "a visit concluded: narration");
        let t = "Minister Ana Lima of Peru met Minister Sione Vea of Tonga. Minister Vea updated his Peruvian counterpart on the port.";
        assert_eq!(run(&[t])[0][1], chip("Minister Vea", "Tonga"), "updating someone is telling them");
        // In Chinese, the subject ends at the first preposition.
        let zh = "2025年5月4日，外交部长周立和同汤加外交大臣韦阿通电话。双方还就乌克兰危机交换了意见。";
        assert_eq!(run(&[zh])[0][1], chip("双方", BOTH), "not Ukraine, the topic");
    }

    #[test]
    fn a_joint_act_with_no_agent_is_both_sides() {
        let t = "President Ana Lima of Chile met President Jorge Quispe of Peru. During the talks it was agreed to open a consulate. \
                 The tariffs on copper were also discussed.";
        let got = run(&[t]);
        assert_eq!(got[0][1].1.as_deref(), Some(BOTH));
        assert_eq!(got[0][2].1.as_deref(), Some(BOTH));
        let ru = "Министр иностранных дел Чили А.Серов провел переговоры с Министром иностранных дел Перу Х.Киспе.\nДоговорились о проведении консультаций в Лиме.";
        assert_eq!(run(&[ru])[0][1].1.as_deref(), Some(BOTH), "a plural verb with no subject: the two sides");
    }

    #[test]
    fn chinese_ministers_and_the_subject_before_a_topic() {
        let t = "2025年5月4日，外交部长周立和同智利外交、区域一体化和对外贸易部长利马通电话。周立和表示，中方愿同智方加强合作。周立和还介绍了中方的看法。双方还就和平与安全、联合国改革等问题交换了意见。";
        let got = run(&[t]);
        assert_eq!(got[0][0], none(), "a phone call: narration");
        assert_eq!(got[0][1].1.as_deref(), Some("China"), "a name ending in 和 before 同, beside a foreign minister of a long portfolio");
        assert_eq!(got[0][2].1.as_deref(), Some("China"));
        assert_eq!(got[0][3], chip("双方", BOTH), "the subject, not a party named in the topic's list");
        // A dash between two names and a bracketed note are inside the clause.
        let t = "2025年5月4日，外交部长周立和同汤加外交大臣韦阿通电话。双方还就中国—太平洋岛国关系、刚果（金）局势等问题交换了意见。";
        assert_eq!(run(&[t])[0][1], chip("双方", BOTH));
    }

    #[test]
    fn what_the_speaker_is_credited_with() {
        let t = "Peruvian President Rosa Quispe said that Peru acted openly. It reflects trust. The WHO Director-General spoke highly of the measures. \
                 Support is a fine tradition.\n\nThe talks ended.";
        let mut names = Names::default();
        let toks = tokenize(t);
        names.learn(t, &toks, &sentences(t, &toks));
        let got = speakers(t, &toks, &sentences(t, &toks), &names);
        let said = |i: usize| got[i].as_ref().map(|s| &t[s.said.start..s.said.end]);
        assert_eq!(said(0), Some("Peru acted openly"));
        let continued = |i: usize| got[i].as_ref().map(|s| (s.party.as_deref(), s.mention.is_none()));
        assert_eq!(continued(1), Some((Some("Peru"), true)), "the paragraph goes on with the speaker");
        assert_eq!(continued(2), Some((Some("WHO"), false)));
        assert_eq!(said(2), Some("spoke highly of the measures"));
        assert_eq!(continued(3), Some((Some("Peru"), true)), "a cited organization does not take over");
        assert!(got[4].is_none(), "a new paragraph starts afresh");
    }

    #[test]
    fn a_title_that_lists_its_portfolios_between_commas() {
        let tonga = "Minister of Foreign Affairs, Trade and Tourism, Mr. Sione Vea, received a call from his Icelandic counterpart, \
                     Ms. Anna Jónsdóttir, Minister for Foreign Affairs of Iceland.\n\n\
                     The Minister underlined Tonga's interest in fisheries. For her part, the Icelandic Minister stressed climate finance. \
                     Mr. Vea welcomed the offer. The Minister also highlighted the needs of small island states.";
        let iceland = "Minister for Foreign Affairs Anna Jónsdóttir spoke with Tonga's Minister of Foreign Affairs, Trade and Tourism, \
                       Sione Vea.\n\nMinister Vea described Tonga's fisheries policy.";
        let got = run(&[tonga, iceland]);
        assert_eq!(got[0][1].1.as_deref(), Some("Tonga"), "the statement's own minister, introduced with his portfolios: {got:?}");
        assert_eq!(got[0][2].1.as_deref(), Some("Iceland"));
        assert_eq!(got[0][3], chip("Mr. Vea", "Tonga"), "the name after the portfolios, not a portfolio (\"Trade\")");
        assert_eq!(got[0][4].1.as_deref(), Some("Tonga"), "the last speaker's title: theirs, not the other minister's");
        assert_eq!(got[1][1], chip("Minister Vea", "Tonga"), "introduced with a country and his portfolios");
        // "European" names affairs, not a party: the name after it is Estonia's.
        let malta = "Foreign Minister Maria Borg spoke with the Minister of Foreign and European Affairs of the Republic of Estonia,                      Jaan Tamm.

For his part, Minister Tamm stressed energy security.";
        let estonia = "Minister Tamm spoke with Minister Borg.";
        assert_eq!(run(&[malta, estonia])[0][1], chip("Minister Tamm", "Estonia"));
        // A portfolio joined by "and" after "Affairs", up to the party or an honorific.
        let malta = "Foreign Minister Maria Borg spoke with the Minister of Foreign Affairs and Emigrants of Oman Mr. Salim Al-Harthy.\n\n\
                     Mr. Al-Harthy, in turn, thanked Malta for its support.";
        assert_eq!(run(&[malta])[0][1], chip("Mr. Al-Harthy", "Oman"));
    }

    #[test]
    fn a_particle_joined_to_a_name_by_a_hyphen_is_part_of_it() {
        let t = "President Borg spoke with the President of Oman, Salim al-Rawas.\n\nSalim al-Rawas briefed on the situation.";
        assert_eq!(run(&[t])[0][1], chip("Salim al-Rawas", "Oman"));
        // In Russian, after a title with a capitalized adjective in the genitive.
        let t = "Владимир Путин провёл телефонный разговор с Председателем Государственного совета Республики Оман \
                 Салимом аль-Равасом.\n\nСалим аль-Равас проинформировал о ситуации.";
        assert_eq!(run(&[t])[0][1], chip("Салим аль-Равас", "Oman"));
    }

    #[test]
    fn a_name_before_its_title_keeps_its_particles_and_honorifics() {
        let t = "Minister Borg held talks with Yang Berhormat Dato Haji Salim bin Haji Rawas, Minister of Foreign Affairs II of Oman, \
                 who is on a visit.\n\nYang Berhormat Dato Salim noted the progress.";
        assert_eq!(run(&[t])[0][1], chip("Yang Berhormat Dato Salim", "Oman"));
    }

    #[test]
    fn a_speaker_is_not_of_the_party_of_the_counterpart_the_sentence_names() {
        let t = "Talks\n\nMinister Tupou received the Minister of Foreign Affairs of Iceland, Anna Jónsdóttir. \
                 Minister Jónsdóttir stressed climate finance. The Minister also briefed his Icelandic counterpart on fisheries.";
        let got = run(&[t]);
        assert_eq!(got[0][2], chip("Minister Jónsdóttir", "Iceland"));
        assert_ne!(got[0][3].1.as_deref(), Some("Iceland"), "{got:?}");
        // The counterpart as the subject is the speaker.
        let t = "Talks\n\nMinister Tupou received the Minister of Foreign Affairs of Iceland, Anna Jónsdóttir. \
                 Her Icelandic counterpart noted the progress.";
        assert_eq!(run(&[t])[0][2].1.as_deref(), Some("Iceland"));
    }

    #[test]
    fn an_initial_inside_a_name_after_its_title_is_part_of_it() {
        let t = "The Minister of Foreign Affairs of Oman, Hon. Salim M. Rawas, held talks with his Icelandic counterpart, \
                 Hon. Anna B. Jónsdóttir, Minister for Foreign Affairs of Iceland.\n\nMinister Rawas noted the progress.";
        assert_eq!(run(&[t])[0][1], chip("Minister Rawas", "Oman"));
    }

    #[test]
    fn a_transcripts_turns_are_their_speakers_until_the_next_name_and_colon() {
        let t = "Talks with the President of Iceland\n\n\
                 Sione Tupou held talks with the President of Iceland, Anna Jónsdóttir.\n\n\
                 S.Tupou: Dear Madam President! Dear colleagues!\n\n\
                 I am glad to welcome you in Nukuʻalofa. Trade has grown.\n\n\
                 A.Jónsdóttir (as translated): Dear Mr President!\n\n\
                 Thank you for the invitation.";
        let got = run(&[t]);
        assert_eq!(got[0][3].0, "S.Tupou", "{got:?}");
        assert_eq!(got[0][4].0, "S.Tupou", "across the paragraph: {got:?}");
        assert_eq!(got[0][7], chip("A.Jónsdóttir", "Iceland"), "{got:?}");
        // One name and colon in a readout opens no transcript.
        let t = "Talks\n\nSione Tupou held talks with the President of Iceland, Anna Jónsdóttir.\n\n\
                 A.Jónsdóttir: Dear Mr President!\n\nThe two sides discussed trade.";
        assert_eq!(run(&[t])[0][3].1.as_deref(), Some("both sides"));
    }

    #[test]
    fn a_title_with_a_party_of_its_own_after_a_capital_is_that_partys() {
        // "In Valletta" names a place: the title after it is Oman's.
        let t = "Minister Maria Borg received in Valletta the Minister of Foreign Affairs of Oman, Salim Rawas.\n\n\
                 Minister Rawas noted the progress.";
        assert_eq!(run(&[t])[0][1], chip("Minister Rawas", "Oman"));
    }

    #[test]
    fn a_title_without_a_party_a_comma_and_a_name_is_the_statements_own_official() {
        let t = "Malta and Oman hold talks\n\n\
                 The President of the Republic, Maria Borg Camilleri, held a call with the President of Oman, Salim Al-Harthy. \
                 The call took place at the initiative of the Maltese Government.\n\n\
                 President Borg highlighted the ties.";
        assert_eq!(run(&[t])[0][3], chip("President Borg", "Malta"));
    }

    #[test]
    fn russian_titles_in_any_case_and_the_role_one_speaks_in() {
        let t = "Состоялись переговоры Министра иностранных дел Эстонии Яана Тамма с Министром иностранных дел Мальты Марией Борг.\n\
                 Я.Тамм отметил важность торговли. Министр подчеркнул, что эстонская сторона готова к сотрудничеству.\n\
                 Президент Малави как действующий Председатель Африканского союза проинформировал о ситуации в регионе.";
        let got = run(&[t]);
        assert_eq!(got[0][2].1.as_deref(), Some("Estonia"), "\"Министр\" is the last speaker's, introduced as \"Министра\": {got:?}");
        assert_eq!(got[0][3].1.as_deref(), Some("Malawi"), "\"как …\": the role, not the subject");
        // A portfolio in lower case between title and party, a name in -а in the instrumental.
        let t = "Состоялся разговор Министра иностранных дел Эстонии Яана Тамма с Министром иностранных дел и сотрудничества                  Республики Малави Марией Банда.

М.Банда, в свою очередь, выразила признательность.";
        assert_eq!(run(&[t])[0][1], chip("М.Банда", "Malawi"), "{:?}", run(&[t]));
    }

    #[test]
    fn an_office_of_an_organization_is_a_role_not_a_side() {
        let t = "The President of the Republic, Peter Banda, held a telephone conversation with the President of Iceland, Anna Jónsdóttir, on relations between Malawi and Iceland.\n\n\
                 As Chairperson of the African Union, President Peter Banda briefed his counterpart on the peace efforts. \
                 The two statesmen discussed trade. The Malawian statesman also called for reform of the Security Council.";
        let got = run(&[t]);
        assert_eq!(got[0][1].1.as_deref(), Some("Malawi"), "the chair of an organization speaks for their own side: {got:?}");
        assert_eq!(got[0][2].1.as_deref(), Some(BOTH), "\"statesmen\": the plural of a title");
        assert_eq!(got[0][3].1.as_deref(), Some("Malawi"), "\"statesman\" is a title");
    }

    #[test]
    fn a_title_a_comma_and_a_name_with_particles_is_the_statements_own_official() {
        let t = "Muscat, May 14: The Minister of Foreign Affairs, Dr. Badr bin Hamad Al Harthi, received today Mr. Ines Soria, Minister of Foreign Affairs of Peru.\n\n\
                 The Foreign Minister welcomed the Peruvian Minister. The Minister of Foreign Affairs stressed the importance of peace.";
        let got = run(&[t]);
        assert_eq!(got[0][1].1.as_deref(), Some("Oman"), "{got:?}");
        assert_eq!(got[0][2].1.as_deref(), Some("Oman"), "{got:?}");
    }

    #[test]
    fn being_present_is_attending_not_presenting() {
        let t = "Foreign Minister Ines Soria of Peru met Foreign Minister Badr Al-Harthi of Oman.\n\n\
                 Deputy Minister Ana Ruiz and the Chief Adviser to the Minister were present on the occasion. \
                 The importance of trade was presented.";
        let got = run(&[t]);
        assert_eq!(got[0][1], none(), "{got:?}");
        assert_eq!(got[0][2].1.as_deref(), Some(BOTH), "a passive's participle still reports: {got:?}");
    }

    #[test]
    fn a_style_alone_is_the_official_introduced_with_it() {
        let t = "MUSCAT -- His Highness Sheikh Ali bin Saif, Minister of Foreign Affairs, held a phone call with Iceland's Minister for \
                 Foreign Affairs, Anna Jónsdóttir.\n\nThe Icelandic minister stressed climate finance. \
                 His Highness affirmed Oman's keenness to develop cooperation with Iceland. He also underscored the role of dialogue.";
        let got = run(&[t]);
        assert_eq!(got[0][2], chip("His Highness", "Oman"), "{got:?}");
        assert_eq!(got[0][3].1.as_deref(), Some("Oman"), "\"he\": His Highness, the last speaker");
    }

    #[test]
    fn a_quotation_is_its_frames_not_the_verbs_it_quotes() {
        let ru = "Министр иностранных дел Эстонии Яан Тамм провел переговоры с Министром иностранных дел Мальты Марией Борг.\n\
                  Стороны обсудили торговлю. «Мы ценим наше партнерство. Развитие связей отвечает интересам обеих стран», — заявил Я.Тамм.\n\
                  Подчёркнута обоюдная приверженность сотрудничеству. Стороны также затронули вопросы энергетики.";
        let got = run(&[ru]);
        assert_eq!(got[0][3].1.as_deref(), Some("Estonia"), "«…», — заявил X: X's, not the quoted sentence's subject: {got:?}");
        assert_eq!(got[0][4].1.as_deref(), Some(BOTH), "a joint passive written with ё");
        let en = "Estonian Foreign Minister Jaan Tamm met Maltese Foreign Minister Maria Borg.\n\n\
                  \"We value this partnership. Closer ties serve the interests of both countries,\" Tamm said. \
                  The ministers touched upon energy security.";
        let got = run(&[en]);
        assert_eq!(got[0][2].1.as_deref(), Some("Estonia"), "straight quotes: {got:?}");
        assert_eq!(got[0][3].1.as_deref(), Some(BOTH), "\"touched upon\" is \"touched on\"");
        let zh = "爱沙尼亚外长塔姆同马耳他外长博格举行会谈。会谈后，两国外长共同宣布了合作计划。";
        assert_eq!(run(&[zh])[0][1].1.as_deref(), Some(BOTH), "共同: an adverb between subject and verb");
    }

    #[test]
    fn an_exchange_of_views_is_both_sides_unless_someone_is_credited_with_it() {
        let ru = "Министр иностранных дел Эстонии Яан Тамм провел переговоры с Министром иностранных дел Мальты Марией Борг.\n\
                  В ходе беседы состоялся обстоятельный обмен мнениями по ситуации в регионе.";
        assert_eq!(run(&[ru])[0][1].1.as_deref(), Some(BOTH), "{:?}", run(&[ru]));
        let en = "Estonian Foreign Minister Jaan Tamm met Maltese Foreign Minister Maria Borg.\n\n\
                  The ministers held an exchange of views on the region. Minister Tamm welcomed the exchange of views on energy.";
        let got = run(&[en]);
        assert_eq!(got[0][1].1.as_deref(), Some(BOTH), "{got:?}");
        assert_eq!(got[0][2].1.as_deref(), Some("Estonia"), "welcoming it is one side's act");
    }

    #[test]
    fn what_officials_of_both_sides_did_together_is_both_sides_and_an_event_no_ones() {
        let t = "Estonian Foreign Minister Jaan Tamm met Maltese Foreign Minister Maria Borg.

                 After the talks, the two Ministers reviewed a memorandum.                  Estonia and Malta established diplomatic relations in 1991. Minister Tamm travelled to Gozo. \
                 After the talks, the two Ministers witnessed the signing of a memorandum.";
        let got = run(&[t]);
        assert_eq!(got[0][1].1.as_deref(), Some(BOTH), "{got:?}");
        assert_eq!(got[0][4], none(), "witnessing a signing is an event: {got:?}");
        assert_eq!(got[0][2], none(), "two countries' history: narration");
        assert_eq!(got[0][3], none(), "one side's act: narration");
        let t = "Estonian Foreign Minister Jaan Tamm met Maltese Foreign Minister Maria Borg.\n\n\
                 The talks also covered the situation in the Sahel. The talks lasted an hour. \
                 The call, initiated by the Maltese side, is part of a regular dialogue. \
                 The meeting formed part of the minister's official visit.";
        let got = run(&[t]);
        assert_eq!(got[0][1], none(), "what the talks covered: the statement's narration of the topics: {got:?}");
        assert_eq!(got[0][2], none(), "how long they lasted: narration");
        assert_eq!(got[0][3], none(), "a participle between commas is no verb of the talks");
        assert_eq!(got[0][4], none(), "what the meeting was part of: narration, not a subject matter");
        // With no article, capitalized, the talks are still no one's name; the
        // ministers who discussed a topic are both sides.
        let t = "Estonian Foreign Minister Jaan Tamm met Maltese Foreign Minister Maria Borg.\n\n\
                 Discussions also focused on fisheries. Talks also touched upon the Sahel. \
                 Consultations also covered migration. The ministers also discussed migration.";
        let got = run(&[t]);
        for s in 1..=3 {
            assert_eq!(got[0][s], none(), "{got:?}");
        }
        assert_eq!(got[0][4].1.as_deref(), Some(BOTH), "{got:?}");
    }

    #[test]
    fn a_light_verb_and_the_noun_of_an_act_are_the_act() {
        let t = "Estonian Foreign Minister Jaan Tamm met Maltese Foreign Minister Maria Borg.\n\n\
                 Minister Tamm extended an invitation to Minister Borg to visit Tallinn. \
                 Minister Borg renewed her warm invitation to the Estonian minister. \
                 Malta extended the deadline for the tender. \
                 Minister Tamm extended to his Maltese counterpart an invitation to the summit.";
        let got = run(&[t]);
        assert_eq!(got[0][1].1.as_deref(), Some("Estonia"), "{got:?}");
        assert_eq!(got[0][2].1.as_deref(), Some("Malta"), "{got:?}");
        assert_eq!(got[0][3], none(), "no act across a preposition: {got:?}");
        assert_eq!(got[0][4].1.as_deref(), Some("Estonia"), "past the person it goes to, put first: {got:?}");
    }

    #[test]
    fn portfolios_joined_by_and_are_not_two_sides() {
        let t = "Estonian Foreign Minister Jaan Tamm met Maltese Foreign Minister Maria Borg.\n\n\
                 The Ministry of Foreign Affairs, Trade and Regional Integration remains committed to its partners.";
        let got = run(&[t]);
        assert_ne!(got[0][1].1.as_deref(), Some(BOTH), "{got:?}");
    }

    #[test]
    fn an_invitation_accepted_is_the_invited_sides_act() {
        let ru = "Министр иностранных дел Эстонии Яан Тамм провел переговоры с Министром иностранных дел Мальты Марией Борг.\n\
                  Я.Тамм пригласил М.Борг посетить Таллин. Приглашение было с благодарностью принято.";
        assert_eq!(run(&[ru])[0][2].1.as_deref(), Some("Malta"), "{:?}", run(&[ru]));
        let en = "Estonian Foreign Minister Jaan Tamm met Maltese Foreign Minister Maria Borg.\n\n\
                  Minister Borg invited Minister Tamm to Valletta. The invitation was accepted.";
        assert_eq!(run(&[en])[0][2].1.as_deref(), Some("Estonia"), "{:?}", run(&[en]));
    }

    #[test]
    fn accepting_or_adopting_in_russian_is_an_act_receiving_a_guest_is_an_event() {
        let t = "Президент России Иван Орлов провёл переговоры с Президентом Чили Хуаном Сото. \
                 По итогам переговоров президенты приняли Совместное заявление. \
                 Иван Орлов принял приглашение посетить Чили. Иван Орлов принял Президента Чили в Кремле.";
        let got = run(&[t]);
        assert_eq!(got[0][1].1.as_deref(), Some(BOTH), "{got:?}");
        assert_eq!(got[0][2].1.as_deref(), Some("Russia"), "{got:?}");
        assert_eq!(got[0][3], none(), "{got:?}");
    }

    #[test]
    fn a_portfolio_of_any_words_before_the_party_leaves_the_party_to_the_name() {
        // The visitor's office, in words no list of portfolios need hold, then its country.
        for portfolio in ["International Development Cooperation", "Gender Equality and Youth", "Tourism"] {
            let t = format!(
                "The Minister of Culture, Dr Ana Moyo, today received the Minister for {portfolio} of the Kingdom of \
                 Norway, Honourable Kari Lund.\n\nMinister Lund stated that Norway sees Zambia as a partner."
            );
            assert_eq!(run(&[&t])[0][1], chip("Minister Lund", "Norway"), "{portfolio}");
        }
    }

    #[test]
    fn honorifics_before_a_name_are_no_name_and_end_no_sentence() {
        let t = "The Minister of Foreign Affairs, Hon. Sione Vea, held a telephone conversation with the Secretary of State for \
                 Foreign Affairs of Iceland, Rt. Hon. Anna Jónsdóttir.\n\n\
                 Hon. Vea thanked the Secretary for her message. The Secretary, in turn, commended Tonga's leadership.";
        let got = run(&[t]);
        assert_eq!(got[0].len(), 3, "\"Rt.\" ends no sentence: {got:?}");
        assert_eq!(got[0][1], chip("Hon. Vea", "Tonga"), "a name without its honorific");
        let t = "Minister of Foreign Affairs and Foreign Trade, Senator the Hon. Ana Reid, held a call with the Minister of Foreign \
                 Affairs of Iceland, His Excellency Jon Olafsson.\n\nSenator Reid welcomed the call. Minister Olafsson agreed.";
        let got = run(&[t]);
        assert_eq!(got[0][2], chip("Minister Olafsson", "Iceland"), "a style after the comma is no name: {got:?}");
        // A style before a name, as an honorific is, makes a person: the statement's own minister.
        let t = "Muscat – His Excellency Salim Al Harthy, Minister of Foreign Affairs, held talks with the Peruvian Foreign Minister,                  Ana Lima.

His Excellency Al Harthy affirmed the keenness of the Sultanate to expand trade with Peru.";
        assert_eq!(run(&[t])[0][1], chip("His Excellency Al Harthy", "Oman"));
    }
}

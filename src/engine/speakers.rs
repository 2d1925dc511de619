//! Who speaks in a sentence: the subject of a reporting verb ("Lavrov said",
//! "The Russian side highly praised", "The two sides discussed"), and the
//! party that subject speaks for.
//!
//! Rules, from the register of official readouts (the word lists are data
//! in [`super::concepts`]):
//! - a sentence has a speaker when a reporting verb follows a short subject
//!   at the start of its clause ("On 1 February, Wang Yi said ...");
//! - the subject's party is the party it names ("The Russian side" →
//!   Russia), both parties for "the two sides", "the ministers", or the party
//!   a person's name was introduced with in either statement ("Russian Foreign
//!   Minister Sergei Lavrov" → Lavrov speaks for Russia);
//! - "He"/"She" continues the previous sentence's speaker; "They" with a
//!   joint verb ("discussed", "agreed") is both sides;
//! - anything else has no speaker, and a speaker whose party is not known
//!   keeps its name without a party. Nothing is guessed.


use super::concepts::{
    listed, opens_speech, party_at, person_at, AND, BOTH, COLLECTIVES, JOINT_VERBS, NOT_SUBJECTS, ORGANIZATIONS,
    PLURAL_PRONOUNS, REPORTING_VERBS, SINGULAR_PRONOUNS, SPEECH_LINKS, SPEECH_VERBS, TITLE_WORDS, VERB_ADVERBS,
};
use super::model::{ByteRange, Speaker, Voice};
use super::names::{items, Item, Names};
use super::tokens::{Token, TokenKind};

/// Longest subject, in words, that still reads as "X said".
const MAX_SUBJECT_WORDS: usize = 8;
/// A reporting verb further into its sentence than this is not its frame.
const MAX_VERB_POSITION: usize = 40;

/// The speaker of each sentence (`sentences` are byte ranges tiling `text`).
/// A sentence without an attribution goes on with the last speaker named in
/// its paragraph, unless that speaker is an organization the statement cites.
pub fn speakers(text: &str, tokens: &[Token], sentences: &[(usize, usize)], names: &Names) -> Vec<Option<Speaker>> {
    let all = items(text, tokens);
    // In a speech (a statement in the first person) the speaker is the
    // statement itself: "Russia says ..." cites Russia for one sentence only.
    let speech = is_first_person(&all, sentences);
    let mut out: Vec<Option<Speaker>> = Vec::with_capacity(sentences.len());
    let mut running: Option<Speaker> = None;
    let mut at = 0;
    for &(start, end) in sentences {
        let from = at + all[at..].partition_point(|i| i.range.start < start);
        let to = from + all[from..].partition_point(|i| i.range.end <= end);
        at = to;
        let sentence = &all[from..to];
        let previous = out.last().cloned().flatten();
        let found = match speaker(text, sentence, names, previous) {
            Some((s, opens)) => {
                if !s.party.as_deref().is_some_and(|p| ORGANIZATIONS.contains(&p)) {
                    running = (opens && !speech).then(|| s.clone());
                }
                Some(s)
            }
            None => match (running.clone(), words_range(sentence)) {
                (Some(r), Some(said)) => Some(Speaker { mention: None, said, ..r }),
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

/// True when at least a quarter of the sentences speak in the first person
/// ("I", "we", "our"): a speech or an address rather than a readout.
fn is_first_person(items: &[Item], sentences: &[(usize, usize)]) -> bool {
    const FIRST_PERSON: &[&str] = &["i", "we", "my", "our", "me", "я", "мы", "наш", "наши", "мой"];
    let mut at = 0;
    let mut first = 0;
    for &(start, end) in sentences {
        let from = at + items[at..].partition_point(|i| i.range.start < start);
        at = from + items[from..].partition_point(|i| i.range.end <= end);
        first += usize::from(items[from..at].iter().any(|i| i.word && i.text != "US" && listed(FIRST_PERSON, i.text)));
    }
    4 * first >= sentences.len() && first > 0
}

/// The bytes from the first word of some items to the last.
fn words_range(items: &[Item]) -> Option<ByteRange> {
    let first = items.iter().find(|i| i.word)?;
    let last = items.iter().rev().find(|i| i.word)?;
    Some(ByteRange::new(first.range.start, last.range.end))
}

/// The speaker of one sentence, given its items and the previous speaker,
/// and whether the verb opens speech that later sentences may go on with.
fn speaker(text: &str, items: &[Item], names: &Names, previous: Option<Speaker>) -> Option<(Speaker, bool)> {
    // A reporting verb, in lower case ("States" in "the United States" is none).
    let is_verb = |i: &Item| i.word && !i.text.starts_with(char::is_uppercase) && listed(REPORTING_VERBS, i.text);
    if items.last().is_some_and(|i| i.text.contains('?')) {
        return None; // a question attributes nothing
    }
    let verb = items.iter().take(MAX_VERB_POSITION).position(is_verb)?;
    let speech = opens_speech(items[verb].text);
    // The subject: the clause before the verb, without adverbs like "highly".
    let clause_start = items[..verb].iter().rposition(|i| !i.word && matches!(i.text, "," | ":" | ";")).map_or(0, |p| p + 1);
    let mut subject: Vec<&Item> = items[clause_start..verb].iter().filter(|i| i.word).collect();
    let mut adverbs = 0;
    while subject.last().is_some_and(|i| listed(VERB_ADVERBS, i.text)) {
        subject.pop();
        adverbs += 1;
    }
    if subject.is_empty() {
        // "Wang Yi, State Councilor, said": the subject is before the commas.
        subject = items[..verb].iter().filter(|i| i.word).collect();
        adverbs = 0;
    }
    // A list number opening the sentence is not part of the subject.
    while subject.first().is_some_and(|i| i.text.chars().all(|c| c.is_ascii_digit())) {
        subject.remove(0);
    }
    if subject.is_empty() || subject.len() > MAX_SUBJECT_WORDS {
        return None;
    }
    // ("WHO", in capitals, is the organization, not the pronoun.)
    let acronym = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() > 1 && !w.chars().any(char::is_lowercase);
    if subject.iter().any(|i| listed(NOT_SUBJECTS, i.text) && !acronym(i.text)) {
        return None;
    }
    let mention = ByteRange::new(subject[0].range.start, subject[subject.len() - 1].range.end);
    let words: Vec<&str> = subject.iter().map(|i| i.text).collect();
    let verb_word = items[verb].text;

    // What the speaker is credited with: after "said (that)", or from the
    // verb (and its adverbs: "highly praised") for any other verb.
    let said_from = if listed(SPEECH_VERBS, verb_word) {
        let mut k = verb + 1;
        while k < items.len() && (!items[k].word || listed(SPEECH_LINKS, items[k].text)) {
            k += 1;
        }
        k
    } else {
        verb - adverbs.min(verb)
    };
    let said = words_range(&items[said_from.min(items.len())..]).unwrap_or(items[verb].range);

    if words.len() == 1 && listed(SINGULAR_PRONOUNS, words[0]) {
        let p = previous?;
        return Some((Speaker { mention: Some(mention), said, ..p }, speech));
    }
    let name = text[mention.start..mention.end].to_owned();
    if words.len() == 1 && listed(PLURAL_PRONOUNS, words[0]) {
        let both = listed(JOINT_VERBS, verb_word) || previous.as_ref().is_some_and(|p| p.party.as_deref() == Some(BOTH));
        return both.then(|| (Speaker { name, party: Some(BOTH.to_owned()), mention: Some(mention), said }, speech));
    }
    let named_parties: Vec<&'static str> = {
        let mut v: Vec<&'static str> = (0..words.len()).filter_map(|k| party_at(&words[k..]).map(|(p, _)| p)).collect();
        v.dedup();
        v
    };
    let joined = words.iter().any(|w| listed(AND, w));
    let introduced: Vec<&'static str> = words.iter().filter_map(|w| names.party_of(w)).collect();
    let known = (0..words.len()).find_map(|k| person_at(&words[k..]).map(|(p, _)| p));
    let party = match named_parties.as_slice() {
        // "The Russian side", "The WHO Director-General", "Russia and China".
        [one] => Some(*one),
        [_, _, ..] => Some(BOTH),
        // "The two sides", "The Foreign Ministers", "Lavrov and Wang Yi discussed".
        [] if words.iter().any(|w| listed(COLLECTIVES, w)) => Some(BOTH),
        [] if joined && listed(JOINT_VERBS, verb_word) => Some(BOTH),
        // A person: the party a statement introduced them with (if all their
        // names agree), else the party of a person everyone knows.
        [] => introduced.first().filter(|p| introduced.iter().all(|q| q == *p)).copied().or(known),
    };
    // A speaker whose party is not known must at least be named like a
    // person ("Ivan Ivanov"), not described ("political scientists").
    let person_like = words.iter().all(|w| w.starts_with(char::is_uppercase) || listed(TITLE_WORDS, w));
    if party.is_none() && !person_like {
        return None;
    }
    Some((Speaker { name, party: party.map(str::to_owned), mention: Some(mention), said }, speech))
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
    use super::*;
    use crate::engine::tokens::{sentences, tokenize};

    fn run(texts: &[&str]) -> Vec<Vec<(String, Option<String>)>> {
        let mut names = Names::default();
        for t in texts {
            names.learn(t, &tokenize(t));
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

    fn party(p: &str) -> Option<String> {
        Some(p.to_owned())
    }

    #[test]
    fn parties_by_name_demonym_and_introduction() {
        let cn = "Wang Yi had a phone call with Russian Foreign Minister Sergei Lavrov.\n\
                  Lavrov said that Russia fully recognizes China's response.\n\
                  The WHO Director-General spoke highly of China's measures.\n\
                  Ivan Ivanov said that the government acted openly.";
        let tass = "The Russian side highly praised the measures. [They] discussed the cooperation.";
        let got = run(&[cn, tass]);
        assert_eq!(got[0][0], (String::new(), None), "a call, not an attribution");
        assert_eq!(got[0][1], ("Lavrov".into(), party("Russia")));
        assert_eq!(got[0][2], ("The WHO Director-General".into(), party("WHO")));
        assert_eq!(got[0][3], ("Ivan Ivanov".into(), None), "neither introduced with a party nor known: unknown");
        assert_eq!(got[1][0], ("The Russian side".into(), party("Russia")));
        assert_eq!(got[1][1], ("They".into(), party(BOTH)));
    }

    #[test]
    fn names_introduced_by_apposition_and_collective_subjects() {
        let t = "H.E. Dr. S. Jaishankar, External Affairs Minister of India, met H.E. Mr. Wang Yi, State Councillor \
                 and Foreign Minister of the People's Republic of China, in Moscow.\n\n\
                 2. The two Foreign Ministers agreed that tensions must ease. Wang Yi said that talks matter. \
                 Jaishankar stressed peace.";
        let got = run(&[t]);
        assert_eq!(got[0][1], ("The two Foreign Ministers".into(), party(BOTH)), "no list number in the name");
        assert_eq!(got[0][2], ("Wang Yi".into(), party("China")));
        assert_eq!(got[0][3], ("Jaishankar".into(), party("India")));
    }

    #[test]
    fn leading_adverbials_and_pronouns() {
        let t = "In the context of recent reports, Vladimir Putin noted that talks matter. \
                 He stressed cooperation. The leaders emphasised the need for contacts.\n\n\
                 Cooperation grew.";
        let got = run(&[t]);
        assert_eq!(got[0][0], ("Vladimir Putin".into(), party("Russia")), "a well-known person");
        assert_eq!(got[0][1], ("Vladimir Putin".into(), party("Russia")), "He continues");
        assert_eq!(got[0][2], ("The leaders".into(), party(BOTH)));
        assert_eq!(got[0][3], (String::new(), None), "a new paragraph, no attribution");
    }

    #[test]
    fn an_attribution_runs_to_the_end_of_its_paragraph_past_cited_organizations() {
        let t = "Wang Yi said that China acted openly. It reflects trust. The WHO spoke highly of the measures. \
                 Support is a fine tradition.\n\nThe talks ended.";
        let mut names = Names::default();
        let toks = tokenize(t);
        names.learn(t, &toks);
        let got = speakers(t, &toks, &sentences(t, &toks), &names);
        let said = |i: usize| got[i].as_ref().map(|s| &t[s.said.start..s.said.end]);
        assert_eq!(said(0), Some("China acted openly"));
        let continued = |i: usize| got[i].as_ref().map(|s| (s.name.as_str(), s.mention.is_none()));
        assert_eq!(continued(1), Some(("Wang Yi", true)));
        assert_eq!(continued(2), Some(("The WHO", false)));
        assert_eq!(said(2), Some("spoke highly of the measures"));
        assert_eq!(continued(3), Some(("Wang Yi", true)), "the citation does not take over");
        assert!(got[4].is_none());
    }

    #[test]
    fn russian_register() {
        let t = "Сергей Лавров провел разговор с министром иностранных дел КНР Ван И.\nСтороны обсудили ситуацию. \
                 Ван И отметил важность сотрудничества.";
        let got = run(&[t]);
        assert_eq!(got[0][1], ("Стороны".into(), party(BOTH)));
        assert_eq!(got[0][2], ("Ван И".into(), party("China")));
    }

    #[test]
    fn long_or_relative_subjects_are_not_speakers() {
        let t = "The measures that the government took over the last month in many provinces were praised.";
        assert_eq!(run(&[t])[0][0], (String::new(), None));
    }
}

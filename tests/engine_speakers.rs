//! Who speaks, on the real statements the repository carries:
//! - the hand-labelled corpus list (tests/data/speakers.tsv): a "shaped-on"
//!   measure, since the engine's tables were first shaped on these texts
//!   (the rules are now general; the list is kept to see they still hold);
//! - on every statement of the corpus and of the development set, compared
//!   with its partner, every speaker chip names a whole noun phrase.

mod common;
use common::corpus;

use parallax::engine::{compare, Comparison, Options};

/// The other statement of the same event.
fn partner(file: &str) -> &'static str {
    const PAIRS: [(&str, &str); 5] = [
        ("2020-02-01_wangyi-lavrov_cn-mfa.txt", "2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt"),
        ("2020-02-01_wangyi-lavrov_ru-mid_via-sputnik.txt", "2020-02-01_wangyi-lavrov_ru-mid_via-reuters.txt"),
        ("2021-07-09_biden-putin_us-wh.txt", "2021-07-09_biden-putin_ru-kremlin.txt"),
        ("2020-04-14_lavrov-wangyi_ru-mid.txt", "2020-04-14_lavrov-wangyi_ru-pravda.ru.txt"),
        ("2022-02-19_zelenskyy-munich-speech_ua-president-LONG.txt", "2022-02-24_putin-address-ukraine_ru-kremlin-LONG.txt"),
    ];
    if file == "2020-07-17_wangyi-lavrov_ru-mid.txt" {
        return "2020-04-14_lavrov-wangyi_ru-mid.txt";
    }
    PAIRS
        .iter()
        .find_map(|&(a, b)| if a == file { Some(b) } else if b == file { Some(a) } else { None })
        .unwrap_or_else(|| panic!("no partner for {file}"))
}

#[test]
fn speakers_match_the_labelled_corpus_sentences() {
    let labels = include_str!("data/speakers.tsv");
    let (mut attributed, mut right, mut wrong_unattributed) = (0, 0, Vec::new());
    let mut misses = Vec::new();
    for line in labels.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let [file, opening, want]: [&str; 3] = line.split('\t').collect::<Vec<_>>().try_into().expect("three columns");
        let text = corpus(file);
        let c = compare(&text, &corpus(partner(file)), &Options::default());
        let side = &c.left;
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let sentence = side
            .sentences
            .iter()
            .find(|s| words(side.slice(s.range)).starts_with(opening))
            .unwrap_or_else(|| panic!("{file}: no sentence starts with {opening:?}"));
        let got = sentence.speaker.as_ref().map(|s| s.party.clone().unwrap_or_else(|| "?".into()));
        match want {
            "-" => {
                if let Some(g) = got {
                    wrong_unattributed.push(format!("{opening:?} got {g}"));
                }
            }
            party => {
                attributed += 1;
                if got.as_deref() == Some(party) {
                    right += 1;
                } else {
                    misses.push(format!("{opening:?}: want {party}, got {got:?}"));
                }
            }
        }
    }
    assert!(attributed >= 40, "the labelled set holds {attributed} attributed sentences");
    let share = right as f64 / attributed as f64;
    println!("speakers (shaped-on corpus list): {right} of {attributed} attributed sentences right; misses: {misses:?}");
    // The misses left are ones no general rule may fix: a leader the texts never tie to a party
    // ("President Putin" in the Chinese readout and its partner) and verbs that report nothing by
    // themselves ("gave a high appraisal", "continued their dialogue").
    assert!(share >= 0.9, "{right} of {attributed} right ({share:.2}); misses: {misses:#?}");
    assert!(wrong_unattributed.is_empty(), "speakers guessed where there are none: {wrong_unattributed:#?}");
}

/// Words that never end a noun phrase: determiners, conjunctions,
/// prepositions, auxiliaries; and words that show a clause, not a phrase.
const NEVER_LAST: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "and", "or",
    "but", "of", "to", "for", "with", "in", "on", "at", "by", "from", "about", "as", "also", "both", "not", "very",
    "и", "или", "но", "в", "на", "с", "по", "к", "о", "от", "для", "также",
];
const NEVER_INSIDE: &[&str] = &[
    "that", "which", "who", "whom", "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "says",
    "что", "который", "была", "был",
];

/// Why `name` is not a whole noun phrase, if it is not: it starts with a
/// capital, a determiner, a number word, a pronoun, a Russian word or a letter
/// of a script without case; it ends on a noun (no function word in lower
/// case, possessive, adverb or number); no bracket, dash or colon of a
/// dateline; no clause inside.
fn not_a_noun_phrase(name: &str) -> Option<String> {
    if name.trim() != name || name.is_empty() {
        return Some("blank or padded".into());
    }
    if name.chars().any(|c| "()[]{}:—–\"“”«»".contains(c)) || name.contains(" - ") || name.contains("--") {
        return Some("a bracket, colon, quotation mark or dash (a dateline?)".into());
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = words[0];
    let last = words[words.len() - 1].trim_end_matches(['.', ',']);
    let caseless = first.chars().next().is_some_and(|c| !c.is_uppercase() && !c.is_lowercase());
    let opens = first.starts_with(char::is_uppercase)
        || caseless
        || ["the", "a", "an", "both", "two", "his", "her", "its", "their", "all", "he", "she", "they"].contains(&first)
        || first.chars().all(|c| ('а'..='я').contains(&c) || c == 'ё');
    if !opens {
        return Some(format!("starts with {first:?}"));
    }
    // (A single word is capitalized as the sentence's first: "Their".)
    let last_lower = if words.len() == 1 { last.to_lowercase() } else { last.to_owned() };
    if NEVER_LAST.contains(&last_lower.as_str()) || last.ends_with("'s") || last.ends_with("’s") || last.chars().all(|c| c.is_ascii_digit()) {
        return Some(format!("ends with {last:?}"));
    }
    if last.len() > 4 && last.ends_with("ly") && last.starts_with(char::is_lowercase) {
        return Some(format!("ends with the adverb {last:?}"));
    }
    if let Some(w) = words.iter().find(|w| NEVER_INSIDE.contains(w)) {
        return Some(format!("a clause inside ({w:?})"));
    }
    None
}

fn chips(c: &Comparison) -> Vec<(String, String)> {
    [&c.left, &c.right]
        .iter()
        .flat_map(|side| side.sentences.iter().filter_map(|s| s.speaker.as_ref().map(|sp| (sp.name.clone(), side.slice(s.range).chars().take(80).collect()))))
        .collect()
}

/// The development set's statements, paired by event (the file name before its last "_").
fn dev_pairs() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dev");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .expect("tests/data/dev is in the repository")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    files.sort();
    let event = |f: &str| f.rsplit_once('_').map(|(e, _)| e.to_owned()).unwrap_or_default();
    let read = |f: &str| std::fs::read_to_string(format!("{dir}/{f}")).expect("a dev statement");
    files.chunks(2).filter(|p| p.len() == 2 && event(&p[0]) == event(&p[1])).map(|p| (read(&p[0]), read(&p[1]))).collect()
}

#[test]
fn every_chip_names_a_whole_noun_phrase() {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for f in common::corpus_names() {
        pairs.push((corpus(&f), corpus(partner(&f))));
    }
    pairs.extend(dev_pairs());
    assert!(pairs.len() >= 20, "corpus and development pairs: {}", pairs.len());
    let mut bad = Vec::new();
    let mut seen = 0;
    for (a, b) in &pairs {
        for (name, sentence) in chips(&compare(a, b, &Options::default())) {
            seen += 1;
            if let Some(why) = not_a_noun_phrase(&name) {
                bad.push(format!("{name:?} ({why}) in «{sentence}»"));
            }
        }
    }
    assert!(seen > 100, "only {seen} chips");
    assert!(bad.is_empty(), "chips that are no whole noun phrase: {bad:#?}");
}

#[test]
fn the_noun_phrase_check_rejects_what_a_reader_would() {
    for bad in ["and", "NATO's", "Their", "the leaders mostly", "A number of NATO member of", "Reuters) Lavrov", "Feb. 1 (Xinhua) -- Wang Yi", "said he", "extending sympathy"] {
        assert!(not_a_noun_phrase(bad).is_some(), "{bad:?} passes");
    }
    for good in ["The two Foreign Ministers", "President Duarte", "the foreign ministers of the two countries", "Стороны", "王毅", "H.E. Mr. Park"] {
        assert_eq!(not_a_noun_phrase(good), None, "{good:?}");
    }
}

/// Two titles joined before one name are one person's, of that person's
/// party; two people joined are both sides; a dateline is no part of a name.
/// (Invented sentences, with parties outside the corpus.)
#[test]
fn titles_joined_by_and_name_one_person() {
    let left = "RIYADH, March 3 (Reuters) - Saudi Crown Prince and Prime Minister Khalid Al-Faisal said the kingdom welcomes the talks.\n\n\
                President Duarte and Prime Minister Mehra agreed to meet again in May.";
    let right = "The Brazilian President spoke with the Indian Prime Minister about trade.";
    let c = compare(left, right, &Options::default());
    let speakers: Vec<(String, Option<String>)> = c.left.sentences.iter().filter_map(|s| s.speaker.as_ref()).map(|sp| (sp.name.clone(), sp.party.clone())).collect();
    assert_eq!(speakers[0], ("Saudi Crown Prince and Prime Minister Khalid Al-Faisal".to_owned(), Some("Saudi Arabia".to_owned())), "{speakers:?}");
    assert_eq!(speakers[1].1.as_deref(), Some(parallax::engine::concepts::BOTH), "{speakers:?}");
}

#[test]
fn a_bare_title_is_the_publishing_sides_official() {
    // The page's first line names whose statement it is; its headline and
    // lede introduce both ministers with their countries, the other side's
    // last, so neither counting nor nearness tells whose "the Minister" is.
    let thai = "Ministry of Foreign Affairs of the Kingdom of Thailand\n\n\
                Home > News\n\n\
                Thai Foreign Minister Holds Talks with Chinese Foreign Minister\n\n\
                On 20 May, Mr. Somchai Rattana, Minister of Foreign Affairs of Thailand, held talks with \
                Mr. Li Wen, Minister of Foreign Affairs of the People's Republic of China, in Beijing.\n\n\
                The Minister reaffirmed Thailand's support for the railway project.";
    let other = "The two ministers met in Beijing.";
    let c = compare(thai, other, &Options::default());
    let last = c.left.sentences.last().and_then(|s| s.speaker.as_ref()).expect("the last sentence has a speaker");
    assert_eq!(last.party.as_deref(), Some("Thailand"));
}

#[test]
fn a_vice_premier_is_no_premier() {
    // Both officials are deputies of a head of government: "the
    // vice-premier" is not the one whose longer title holds the word
    // "premier", but the site's own official.
    let russian = "Правительство России\n\nЗаместитель Председателя Правительства Иван Соколов провёл переговоры с Первым заместителем \
                   Премьер-министра Республики Таджикистан Рустамом Каримовым.\n\n\
                   Иван Соколов отметил, что товарооборот между странами вырос. По словам вице-премьера, \
                   расчёты ведутся в национальных валютах.";
    let c = compare(russian, "The two sides met in Dushanbe.", &Options::default());
    let last = c.left.sentences.last().and_then(|s| s.speaker.as_ref()).expect("the last sentence has a speaker");
    assert_eq!(last.party.as_deref(), Some("Russia"));
}

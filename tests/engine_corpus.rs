//! The engine on real statements from the corpus (tests/data/corpus): what
//! a reader should see highlighted.

mod common;
use common::corpus;

use parallax::engine::{compare, detect_lang, Comparison, Lang, Options, SideResult, SpanKind};

const CN: &str = "2020-02-01_wangyi-lavrov_cn-mfa.txt";
const TASS: &str = "2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt";
const SPUTNIK: &str = "2020-02-01_wangyi-lavrov_ru-mid_via-sputnik.txt";
const REUTERS: &str = "2020-02-01_wangyi-lavrov_ru-mid_via-reuters.txt";
const WH: &str = "2021-07-09_biden-putin_us-wh.txt";
const KREMLIN: &str = "2021-07-09_biden-putin_ru-kremlin.txt";
const PRAVDA: &str = "2020-04-14_lavrov-wangyi_ru-pravda.ru.txt";
const PUTIN_LONG: &str = "2022-02-24_putin-address-ukraine_ru-kremlin-LONG.txt";

/// Kinds of the spans covering the first occurrence of `needle` on a side.
fn kinds_at(text: &str, side: &SideResult, needle: &str) -> Vec<SpanKind> {
    let start = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in text"));
    let end = start + needle.len();
    side.spans.iter().filter(|s| s.range.start < end && s.range.end > start).map(|s| s.kind).collect()
}

fn is_distinct(text: &str, side: &SideResult, needle: &str) -> bool {
    kinds_at(text, side, needle).iter().all(|k| *k == SpanKind::Distinct)
}

fn is_shared(text: &str, side: &SideResult, needle: &str) -> bool {
    kinds_at(text, side, needle).iter().all(|k| *k != SpanKind::Distinct)
}

fn phrase_texts(c: &Comparison) -> Vec<String> {
    c.phrases.iter().map(|p| p.text.split_whitespace().collect::<Vec<_>>().join(" ")).collect()
}

/// The text of the sentences of a side.
fn sentence_text<'a>(text: &'a str, side: &SideResult, idx: &[usize]) -> String {
    idx.iter().map(|&i| &text[side.sentences[i].range.start..side.sentences[i].range.end]).collect::<Vec<&'a str>>().concat()
}

#[test]
fn headline_praise_of_measures_corresponds() {
    let (cn, tass) = (corpus(CN), corpus(TASS));
    let c = compare(&cn, &tass, &Options::default());
    assert_eq!((c.left.lang, c.right.lang), (Lang::English, Lang::English));
    // TASS's first sentence ("The Russian side highly praised the measures
    // being taken by China") is Russia's praise: it corresponds to Lavrov's
    // praise in the Chinese readout, not to the WHO Director-General's,
    // although that one also says "measures".
    let first = c.right.sentences[0].pair.expect("TASS praise sentence is paired");
    let pair = &c.pairs[first];
    let cn_side = sentence_text(&cn, &c.left, &pair.left);
    assert!(cn_side.starts_with("Lavrov said that Russia fully recognizes and highly appreciates"), "paired with {cn_side:?}");
    let who = c.left.sentences.iter().find(|s| cn[s.range.start..s.range.end].starts_with("The WHO Director-General")).unwrap();
    assert_eq!(who.pair, None, "the WHO's praise has no counterpart in the Russian statement");
    // Who speaks: Russia in both.
    let party = |s: &parallax::engine::Sentence| s.speaker.as_ref().and_then(|sp| sp.party.clone());
    assert_eq!(party(&c.right.sentences[0]).as_deref(), Some("Russia"));
    assert_eq!(party(&c.left.sentences[pair.left[0]]).as_deref(), Some("Russia"));
    assert_eq!(party(who).as_deref(), Some("WHO"));
    let shared: Vec<&str> = pair
        .edits
        .iter()
        .filter(|e| e.kind == SpanKind::Shared)
        .map(|e| &tass[e.right.unwrap().start..e.right.unwrap().end])
        .collect();
    assert!(shared.iter().any(|s| s.contains("highly")), "{shared:?}");
    assert!(shared.iter().any(|s| s.contains("coronavirus")), "{shared:?}");
}

#[test]
fn headline_distinct_framing_only_in_chinese_readout() {
    let (cn, tass) = (corpus(CN), corpus(TASS));
    let c = compare(&cn, &tass, &Options::default());
    for needle in ["open and transparent", "the WHO", "comprehensive strategic partnership", "Suggest To A Friend"] {
        assert!(is_distinct(&cn, &c.left, needle), "{needle} should be distinct");
    }
    // Most of the long readout is said only by China.
    assert!(c.left.metrics.shared_percent + c.left.metrics.moved_percent < 10.0);
    let terms: Vec<&str> = c.left.distinctive.iter().map(|t| t.term.as_str()).collect();
    assert!(terms.contains(&"outbreak"), "{terms:?}");
    assert!(!terms.iter().any(|t| t.eq_ignore_ascii_case("the") || t.eq_ignore_ascii_case("of")));
    // Occurrences point at the word.
    let outbreak = c.left.distinctive.iter().find(|t| t.term == "outbreak").unwrap();
    assert_eq!(outbreak.occurrences.len(), outbreak.count);
    for r in &outbreak.occurrences {
        assert_eq!(cn[r.start..r.end].to_lowercase(), "outbreak");
    }
    let right_terms: Vec<&str> = c.right.distinctive.iter().map(|t| t.term.as_str()).collect();
    assert!(right_terms.contains(&"disease") && right_terms.contains(&"praised"), "{right_terms:?}");
}

/// "Only or mostly in" one statement holds as a reader counts: every term
/// listed for a side is said there more times than in the other, on every
/// pair of the corpus (the shorter text may use a word at a higher rate).
#[test]
fn distinctive_terms_are_said_more_often_on_their_side() {
    let names = common::corpus_names();
    let texts: Vec<String> = names.iter().map(|n| corpus(n)).collect();
    // How many times a side says a word, counted on the normalized forms
    // the terms are keyed by.
    let uses = |text: &str, key: &str| {
        let mut interner = parallax::engine::normalize::Interner::default();
        let side = parallax::engine::side::prepare(text, Default::default(), &Options::default(), &mut interner);
        side.units.iter().filter(|u| u.content && interner.form(u.id) == key).count()
    };
    let mut checked = 0;
    for (i, a) in texts.iter().enumerate() {
        for b in &texts[i + 1..] {
            let c = compare(a, b, &Options::default());
            for (mine, other) in [(&c.left, &c.right), (&c.right, &c.left)] {
                for t in &mine.distinctive {
                    let theirs = uses(&other.text, &t.key);
                    assert_eq!(uses(&mine.text, &t.key), t.count, "{:?} miscounted", t.term);
                    assert!(t.count > theirs, "{:?} listed with {} uses against {theirs}", t.term, t.count);
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} terms checked");
}

#[test]
fn translations_share_phrasing_under_paraphrase() {
    let (tass, sputnik, reuters) = (corpus(TASS), corpus(SPUTNIK), corpus(REUTERS));
    let c = compare(&sputnik, &tass, &Options::default());
    let phrases = phrase_texts(&c);
    // The phrase breaks off inside the sentence on both sides: it is shown
    // from "spread" to "caused", without the "the" and "by" around it.
    assert!(phrases.iter().any(|p| p == "spread of the disease caused"), "{phrases:?}");
    // "The Russian side" opens its sentence on both sides: the phrase is
    // "Russian side", highlighted from the sentence's first word.
    assert!(phrases.iter().any(|p| p == "Russian side"), "{phrases:?}");
    assert!(is_shared(&sputnik, &c.left, "The Russian side"));
    assert!(is_shared(&tass, &c.right, "Russian-Chinese cooperation"));
    assert!(is_distinct(&sputnik, &c.left, "Corona virus"));
    // Two sentences each, paired in order.
    assert_eq!(c.pairs.len(), 2);
    assert_eq!((c.pairs[0].left.clone(), c.pairs[0].right.clone()), (vec![0], vec![0]));
    assert_eq!((c.pairs[1].left.clone(), c.pairs[1].right.clone()), (vec![1], vec![1]));
    assert!(c.metrics.similarity > 0.5);

    // Reuters has only the first sentence: TASS's second has no counterpart.
    let c = compare(&reuters, &tass, &Options::default());
    assert!(is_shared(&reuters, &c.left, "The Russian side"));
    assert!(is_distinct(&reuters, &c.left, "gave a high appraisal"));
    assert_eq!(c.right.sentences[0].pair, Some(0));
    assert_eq!(c.right.sentences[1].pair, None);
    assert!(is_distinct(&tass, &c.right, "discussed the Russian-Chinese cooperation"));
}

#[test]
fn stemming_matches_spreading_with_spread() {
    let (tass, reuters) = (corpus(TASS), corpus(REUTERS));
    let on = compare(&reuters, &tass, &Options::default());
    let off = compare(&reuters, &tass, &Options { stem: false, ..Options::default() });
    // Reuters "the spreading of the disease caused by", TASS "the spread of ...".
    assert!(is_shared(&reuters, &on.left, "spreading of the disease caused"));
    assert!(is_distinct(&reuters, &off.left, "spreading"));
    assert!(on.left.metrics.shared_words > off.left.metrics.shared_words);
}

#[test]
fn biden_putin_readouts() {
    let (wh, kremlin) = (corpus(WH), corpus(KREMLIN));
    let c = compare(&wh, &kremlin, &Options::default());
    // Shown from its first meaningful word: "in the" stays unmarked.
    assert!(is_shared(&wh, &c.left, "UN Security Council"));
    assert!(is_shared(&kremlin, &c.right, "UN Security Council"));
    // Only the White House talks about ransomware, only the Kremlin about Surfside.
    assert!(is_distinct(&wh, &c.left, "ransomware attacks"));
    assert!(is_distinct(&kremlin, &c.right, "Surfside, Florida"));
    let left_terms: Vec<&str> = c.left.distinctive.iter().map(|t| t.term.as_str()).collect();
    assert!(left_terms.contains(&"ransomware"), "{left_terms:?}");
    assert!(!c.right.distinctive.iter().any(|t| t.term == "ransomware"));
    // The Syria sentence of the White House readout has a Kremlin counterpart
    // that talks about Syria or the Security Council.
    let syria = wh.find("unanimous renewal").unwrap();
    let s = c.left.sentences.iter().find(|s| s.range.start <= syria && syria < s.range.end).unwrap();
    let pair = &c.pairs[s.pair.expect("Syria sentence paired")];
    let other = sentence_text(&kremlin, &c.right, &pair.right);
    assert!(other.contains("Syria") || other.contains("Security Council"), "{other:?}");
}

#[test]
fn reordered_paragraphs_are_moved() {
    let kremlin = corpus(KREMLIN);
    let paras: Vec<&str> = kremlin.split("\n\n").collect();
    assert!(paras.len() >= 6);
    // Swap the cyberattacks paragraph and the Syria paragraph.
    let (i, j) = (
        paras.iter().position(|p| p.contains("cyberattacks")).unwrap(),
        paras.iter().position(|p| p.contains("situation in Syria")).unwrap(),
    );
    let mut swapped = paras.clone();
    swapped.swap(i, j);
    let reordered = swapped.join("\n\n");
    let c = compare(&kremlin, &reordered, &Options::default());
    assert!(c.phrases.iter().any(|p| p.kind == SpanKind::Moved && p.words >= 10));
    // Every word is shared one way or the other.
    let m = &c.left.metrics;
    assert_eq!(m.shared_words + m.moved_words, m.words);
    assert!(m.moved_words > 0 && m.shared_words > 0);
    // The moved paragraph is linked to its counterpart on the other side.
    let moved = c.phrases.iter().filter(|p| p.kind == SpanKind::Moved).max_by_key(|p| p.words).unwrap();
    let (l, r) = (moved.left[0], moved.right[0]);
    assert_eq!(&kremlin[l.start..l.end], &reordered[r.start..r.end]);
    assert_ne!(l.start, r.start);
    // And the sentences pair across the swap.
    assert_eq!(c.left.sentences.iter().filter(|s| s.pair.is_some()).count(), c.left.sentences.len());
}

#[test]
fn russian_text_tokenizes_and_stems() {
    let pravda = corpus(PRAVDA);
    assert_eq!(detect_lang(&pravda), Lang::Russian);
    // The same sentence with other inflections of its words.
    let original = "министры подтвердили \"обоюдный настрой\" на продолжение сотрудничества в вопросах защиты жизни и здоровья граждан двух стран";
    assert!(pravda.contains(original));
    // (Snowball does not unify every form, e.g. "настрой"/"настроя", so
    // those words stay as they were.)
    let reinflected = "министр подтвердил \"обоюдный настрой\" на продолжении сотрудничество в вопросе защиты жизнь и здоровье граждан двух стран";
    let on = compare(&pravda, reinflected, &Options::default());
    let off = compare(&pravda, reinflected, &Options { stem: false, ..Options::default() });
    assert_eq!(on.left.lang, Lang::Russian);
    assert!(is_shared(&pravda, &on.left, "министры подтвердили"));
    assert!(is_distinct(&pravda, &off.left, "министры подтвердили"));
    assert_eq!(on.right.metrics.shared_percent, 100.0);
    assert!(off.right.metrics.shared_percent < 50.0);
    // Sentence pairing finds the reinflected sentence.
    assert_eq!(on.right.sentences[0].pair.map(|p| on.pairs[p].left.len()), Some(1));
}

#[test]
fn long_text_against_itself_and_a_reordering() {
    let long = corpus(PUTIN_LONG);
    let c = compare(&long, &long, &Options::default());
    assert!(c.left.metrics.words > 3000);
    assert_eq!(c.left.metrics.shared_percent, 100.0);
    assert!(!c.metrics.timed_out);
    // Second half first: the halves are found as moved and in-order phrases.
    let mid = long[long.len() / 2..].find(". ").unwrap() + long.len() / 2 + 2;
    let rotated = format!("{}{}", &long[mid..], &long[..mid]);
    let c = compare(&long, &rotated, &Options::default());
    let m = &c.left.metrics;
    assert!(m.shared_percent + m.moved_percent > 95.0, "{m:?}");
    assert!(m.moved_percent > 20.0, "{m:?}");
}

/// Every statement the tests read is credited (source, publisher, date,
/// rights) in the corpus's index.
#[test]
fn every_statement_is_credited() {
    let index = std::fs::read_to_string(common::corpus_dir().join("INDEX.md")).unwrap();
    let names = common::corpus_names();
    assert!(names.len() >= 11);
    for name in names {
        let row = index.lines().find(|l| l.starts_with(&format!("| {name} |"))).unwrap_or_else(|| panic!("{name} is not in INDEX.md"));
        assert_eq!(row.matches(" | ").count(), 5, "{name}: event, publisher, date, words and rights: {row}");
    }
}

/// What a reader sees highlighted can be read on every corpus pair: no
/// shared or reordered span is made only of function words or numbers
/// ("of", "the", "2020"), and each starts and ends on a meaningful word or
/// on its sentence's own first or last word.
#[test]
fn highlights_are_never_crumbs_of_function_words() {
    use parallax::engine::lang::{can_head, is_negation, is_stopword};
    use parallax::engine::unicode::words;
    let names: Vec<String> = common::corpus_names().into_iter().filter(|n| !n.contains("LONG")).collect();
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (i, a) in names.iter().enumerate() {
        pairs.extend(names[i + 1..].iter().map(|b| (a.clone(), b.clone())));
    }
    pairs.push((PUTIN_LONG.into(), "2022-02-19_zelenskyy-munich-speech_ua-president-LONG.txt".into()));
    let mut spans = 0;
    for (a, b) in pairs {
        let (ta, tb) = (corpus(&a), corpus(&b));
        let c = compare(&ta, &tb, &Options::default());
        for side in [&c.left, &c.right] {
            let meaningful = |w: &str| {
                let lower = w.to_lowercase();
                !is_stopword(&lower, side.lang) || is_negation(&lower) || can_head(&lower)
            };
            let content = |w: &str| meaningful(w) && w.chars().any(char::is_alphabetic);
            for s in side.spans.iter().filter(|s| s.kind != SpanKind::Distinct) {
                let shown: Vec<&str> = words(side.slice(s.range)).collect();
                assert!(shown.iter().any(|w| content(w)), "{a} | {b}: a crumb {shown:?}");
                let sentence = side.sentences[s.sentence].range;
                let before: Vec<&str> = words(&side.text[sentence.start..s.range.start]).collect();
                let after: Vec<&str> = words(&side.text[s.range.end..sentence.end]).collect();
                let (first, last) = (shown[0], shown[shown.len() - 1]);
                // A phrase that means something only with its function
                // words ("this does not mean that") is shown whole.
                let phrase = &c.phrases[s.phrase.expect("a highlight belongs to a phrase")];
                let whole = [&phrase.left, &phrase.right].iter().any(|occ| occ.contains(&s.range));
                assert!(meaningful(first) || before.is_empty() || whole, "{a} | {b}: {shown:?} starts on {first:?}");
                assert!(meaningful(last) || after.is_empty() || whole, "{a} | {b}: {shown:?} ends on {last:?}");
                spans += 1;
            }
        }
    }
    assert!(spans > 100, "only {spans} spans checked");
}

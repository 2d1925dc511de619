//! Sentence pairing and sentence boundaries as a reader sees them, on real
//! statements from the corpus (tests/data/corpus) and on short constructed
//! cases.

mod common;
use common::corpus;

use parallax::engine::{compare, Comparison, Options, SideResult, SpanKind};

/// The index of the sentence of `side` that starts with `opening`.
fn sentence(side: &SideResult, opening: &str) -> usize {
    side.sentences
        .iter()
        .position(|s| side.slice(s.range).trim_start().starts_with(opening))
        .unwrap_or_else(|| panic!("no sentence starts with {opening:?}"))
}

/// The right sentences paired with the left sentence starting with `opening`.
fn counterpart(c: &Comparison, opening: &str) -> Vec<usize> {
    let s = &c.left.sentences[sentence(&c.left, opening)];
    s.pair.map(|p| c.pairs[p].right.clone()).unwrap_or_default()
}

#[test]
fn headlines_and_datelines_pair_head_to_head() {
    // Two Russian press releases on two calls, written to one pattern.
    let (july, april) = (corpus("2020-07-17_wangyi-lavrov_ru-mid.txt"), corpus("2020-04-14_lavrov-wangyi_ru-mid.txt"));
    let c = compare(&july, &april, &Options::default());
    assert_eq!(counterpart(&c, "Press release on"), vec![sentence(&c.right, "Press release on")]);
    assert_eq!(counterpart(&c, "On July 17"), vec![sentence(&c.right, "On April 14")]);
    // Each agenda sentence with its counterpart, across the order.
    assert_eq!(counterpart(&c, "The ministers discussed a number"), vec![sentence(&c.right, "The ministers touched on")]);
}

#[test]
fn a_headline_without_counterpart_stays_unpaired() {
    // The Kremlin's headline has no counterpart in the White House readout:
    // the White House's opening sentence pairs with the Kremlin's dateline.
    let (wh, kremlin) = (corpus("2021-07-09_biden-putin_us-wh.txt"), corpus("2021-07-09_biden-putin_ru-kremlin.txt"));
    let c = compare(&wh, &kremlin, &Options::default());
    let headline = sentence(&c.right, "Telephone conversation with US President");
    assert_eq!(c.right.sentences[headline].pair, None);
    assert_eq!(counterpart(&c, "President Biden spoke today"), vec![sentence(&c.right, "Vladimir Putin had a telephone")]);
}

#[test]
fn honorifics_initials_and_list_numbers_stay_in_their_sentence() {
    let left = "H.E. Dr. S. Jaishankar, External Affairs Minister of India, met H.E. Wang Yi in New Delhi.\n\n\
                1. The two sides agreed to deepen cooperation in trade.\n\n2. They will meet again next year.";
    let right = "External Affairs Minister of India met Wang Yi.\n\n\
                 3. The two sides agreed to deepen cooperation in trade.";
    let c = compare(left, right, &Options::default());
    let texts: Vec<&str> = c.left.sentences.iter().map(|s| c.left.slice(s.range).trim()).collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(texts[0].ends_with("in New Delhi."));
    assert!(texts[1].starts_with("1. The two sides"));
    // The phrase starts after the list number, on both sides.
    let p = c.phrases.iter().find(|p| p.text.starts_with("The two sides agreed")).expect("the shared phrase");
    assert_eq!(&right[p.right[0].start..p.right[0].start + 3], "The");
    assert!(!c.phrases.iter().any(|p| p.text.contains("1.") || p.text.starts_with('1')));
    // The list items pair with each other, the headline-like openers too.
    assert_eq!(counterpart(&c, "1. The two sides"), vec![1]);
    assert_eq!(counterpart(&c, "H.E. Dr. S. Jaishankar"), vec![0]);
}

#[test]
fn a_phrase_repeated_on_one_side_is_marked_everywhere() {
    // The Chinese readout says "the comprehensive strategic partnership of
    // coordination for the new era" twice; a text that says it once links
    // both occurrences.
    let cn = corpus("2020-02-01_wangyi-lavrov_cn-mfa.txt");
    let once = "Both ministers stressed the comprehensive strategic partnership of coordination for the new era.";
    let c = compare(&cn, once, &Options::default());
    let p = c
        .phrases
        .iter()
        .position(|p| p.text == "the comprehensive strategic partnership of coordination for the new era")
        .unwrap_or_else(|| panic!("the phrase, in {:?}", c.phrases.iter().map(|p| &p.text).collect::<Vec<_>>()));
    assert_eq!(c.phrases[p].left.len(), 2);
    let marked = c.left.spans.iter().filter(|s| s.phrase == Some(p) && s.kind != SpanKind::Distinct).count();
    assert_eq!(marked, 2, "both occurrences are highlighted");
}

#[test]
fn chinese_pairs_on_shared_words_not_single_characters() {
    // Sharing only characters like 国 and 的 is not a correspondence.
    let left = "中国政府高度重视疫情防控工作。美国总统的讲话引起关注。";
    let right = "双方同意加强抗疫合作。俄罗斯外长的电话很重要。";
    let c = compare(left, right, &Options::default());
    assert!(c.pairs.is_empty(), "{:?}", c.pairs);
    // Sharing words of two characters is.
    let right = "中方高度重视疫情防控。";
    let c = compare(left, right, &Options::default());
    assert_eq!(c.pairs.len(), 1);
    assert_eq!(c.pairs[0].left, vec![0]);
}

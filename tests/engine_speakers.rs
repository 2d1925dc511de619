//! Who speaks, against a hand-labelled set of corpus sentences
//! (tests/data/speakers.tsv): each statement is compared with the other
//! statement of the same event, as a reader would, and every labelled
//! sentence's speaker party is checked.

mod common;
use common::corpus;

use parallax::engine::{compare, Options};

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
    println!("speakers: {right} of {attributed} attributed sentences right; misses: {misses:?}");
    assert!(share >= 0.95, "{right} of {attributed} right ({share:.2}); misses: {misses:#?}");
    assert!(wrong_unattributed.is_empty(), "speakers guessed where there are none: {wrong_unattributed:#?}");
}

//! Several versions at once, on the corpus's four texts of the 1 February
//! 2020 call: China's readout and the Russian statement in three English
//! renderings (TASS, Sputnik, Reuters).

mod common;
use common::corpus;

use parallax::engine::collate::compare_many;
use parallax::engine::Options;

const CN: usize = 0;
const TASS: usize = 1;
const SPUTNIK: usize = 2;
const REUTERS: usize = 3;

fn four() -> Vec<String> {
    [
        "2020-02-01_wangyi-lavrov_cn-mfa.txt",
        "2020-02-01_wangyi-lavrov_ru-mid_via-tass.txt",
        "2020-02-01_wangyi-lavrov_ru-mid_via-sputnik.txt",
        "2020-02-01_wangyi-lavrov_ru-mid_via-reuters.txt",
    ]
    .map(corpus)
    .to_vec()
}

#[test]
fn the_russian_praise_is_in_the_russian_versions_only() {
    let texts = four();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let c = compare_many(&refs, &Options::default());

    let carriers = |text: &str| c.phrases.iter().find(|p| p.text == text).map(|p| p.carriers());
    assert_eq!(carriers("Russian side"), Some(vec![TASS, SPUTNIK, REUTERS]));
    assert_eq!(carriers("praised the measures"), Some(vec![TASS, SPUTNIK]));
    assert!(c.phrases.iter().all(|p| !p.carriers().contains(&CN) || p.carriers().len() <= 2));
}

#[test]
fn reuters_alone_drops_the_second_sentence() {
    let texts = four();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let c = compare_many(&refs, &Options::default());
    // TASS's second sentence is carried by Sputnik, never by Reuters.
    let tass = &c.versions[TASS];
    let second = tass.sentences[1];
    let in_second: Vec<&Vec<usize>> =
        tass.carried.iter().filter(|s| s.range.start >= second.start && s.range.end <= second.end).map(|s| &s.by).collect();
    assert!(in_second.iter().any(|by| by.contains(&SPUTNIK)), "{in_second:?}");
    assert!(in_second.iter().all(|by| !by.contains(&REUTERS)), "{in_second:?}");
    // Reuters has one sentence, which the others carry.
    assert_eq!(c.versions[REUTERS].sentences.len(), 1);
    assert!(c.versions[REUTERS].carried.iter().any(|s| s.by.contains(&TASS) && s.by.contains(&SPUTNIK)));
}

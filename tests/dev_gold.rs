//! The development set's gold (tests/data/dev) stays well formed: every
//! labelled sentence is an exact, unique substring of its text, the labelled
//! sentences cover each text whole, every sentence of a pair is either linked
//! or listed as having no counterpart, and every label names one of the text's
//! parties. The engine is not run here: the set measures it by hand
//! (see tests/data/dev/INDEX.md), and is never a target the tests fit.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use serde_json::Value;

fn data(path: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data")).join(path)
}

fn json(name: &str) -> Value {
    let path = data(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn text_of(file: &str) -> String {
    let path = data(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.strip_prefix('\u{feff}').map(str::to_owned).unwrap_or(text)
}

fn strings(v: &Value) -> Vec<&str> {
    v.as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

/// The texts' labelled sentences, in order, by file.
fn labelled_sentences(speakers: &Value) -> HashMap<String, Vec<String>> {
    let mut out = HashMap::new();
    for t in speakers["texts"].as_array().expect("speakers.json has texts") {
        let file = t["file"].as_str().expect("a text has a file");
        let sentences = t["sentences"].as_array().expect("a text has sentences");
        let list = sentences.iter().map(|s| s["text"].as_str().expect("a sentence has text").to_owned()).collect();
        assert!(out.insert(file.to_owned(), list).is_none(), "{file} is labelled twice");
    }
    out
}

#[test]
fn speaker_labels_cover_every_text_whole_with_known_parties() {
    let speakers = json("dev/speakers.json");
    let aliases = speakers["aliases"].as_object().expect("speakers.json has aliases");
    let (mut attributed, mut narrator) = (0, 0);
    for t in speakers["texts"].as_array().expect("speakers.json has texts") {
        let file = t["file"].as_str().unwrap();
        let text = text_of(file);
        let parties: BTreeSet<&str> = strings(&t["parties"]).into_iter().collect();
        for p in &parties {
            assert!(aliases.contains_key(*p), "{file}: party {p} has no aliases");
        }
        assert!(parties.contains(t["narrator_party"].as_str().unwrap_or("")), "{file}: narrator_party is not a party");
        let mut at = 0;
        for s in t["sentences"].as_array().unwrap() {
            let sentence = s["text"].as_str().unwrap();
            assert_eq!(sentence, sentence.trim(), "{file}: {sentence:?} has surrounding whitespace");
            assert_eq!(text.matches(sentence).count(), 1, "{file}: {sentence:?} must occur exactly once");
            let start = text.find(sentence).unwrap();
            assert!(start >= at && text[at..start].trim().is_empty(), "{file}: text before {sentence:?} is not labelled");
            at = start + sentence.len();
            let speaker = s["speaker"].as_str().unwrap_or("");
            for label in std::iter::once(speaker).chain(strings(&s["also_ok"])) {
                assert!(parties.contains(label), "{file}: {sentence:?} names {label:?}, not one of the text's parties");
            }
            if speaker == "narrator" {
                narrator += 1
            } else {
                attributed += 1
            }
        }
        assert!(text[at..].trim().is_empty(), "{file}: its end is not labelled");
    }
    // The set's promise (INDEX.md): enough of each kind to measure.
    assert!(attributed >= 150, "{attributed} sentences attributed to a party");
    assert!(narrator >= 40, "{narrator} narrator sentences");
}

#[test]
fn every_sentence_of_a_pair_is_linked_or_has_no_counterpart() {
    let sentences = labelled_sentences(&json("dev/speakers.json"));
    let alignments = json("dev/alignments.json");
    let mut files_seen = BTreeSet::new();
    for pair in alignments["pairs"].as_array().expect("alignments.json has pairs") {
        let id = pair["id"].as_str().unwrap_or("?");
        for side in ["left", "right"] {
            let file = pair[side].as_str().unwrap();
            assert!(files_seen.insert(file.to_owned()), "{file} is in two pairs");
            let all = sentences.get(file).unwrap_or_else(|| panic!("{id}: {file} has no speaker labels"));
            let linked: BTreeSet<&str> =
                pair["links"].as_array().unwrap().iter().flat_map(|l| strings(&l[side])).collect();
            let alone: BTreeSet<&str> = strings(&pair[format!("{side}_only").as_str()]).into_iter().collect();
            for s in linked.iter().chain(&alone) {
                assert!(all.iter().any(|x| x == s), "{id} {side}: {s:?} is not a labelled sentence of {file}");
            }
            for s in all {
                let (l, a) = (linked.contains(s.as_str()), alone.contains(s.as_str()));
                assert!(l != a, "{id} {side}: {s:?} must be either linked or without counterpart (linked {l}, alone {a})");
            }
        }
        for link in pair["links"].as_array().unwrap() {
            let confidence = link["confidence"].as_str().unwrap_or("");
            assert!(["clear", "debatable"].contains(&confidence), "{id}: confidence {confidence:?}");
            assert!(!link["why"].as_str().unwrap_or("").is_empty(), "{id}: a link without a why");
            // Headlines (each text's first line) pair only with headlines.
            let (left, right) = (strings(&link["left"]), strings(&link["right"]));
            assert!(!left.is_empty() && !right.is_empty(), "{id}: a link with an empty side");
            let headline = |side: &str, group: &[&str]| {
                let first = &sentences[pair[side].as_str().unwrap()][0];
                group.iter().any(|s| s == first)
            };
            let (lh, rh) = (headline("left", &left), headline("right", &right));
            assert!(
                lh == rh && (!lh || (left.len() == 1 && right.len() == 1)),
                "{id}: a headline is linked with a body sentence: {left:?} / {right:?}"
            );
        }
    }
    let dev_texts = std::fs::read_dir(data("dev")).unwrap().filter_map(|e| e.ok()?.file_name().into_string().ok());
    for name in dev_texts.filter(|n| n.ends_with(".txt")) {
        assert!(files_seen.contains(&format!("dev/{name}")), "dev/{name} is in no pair");
    }
}

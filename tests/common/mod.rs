//! What the native tests share: the real statements the repository carries
//! (tests/data/corpus, credited in its INDEX.md).

#![allow(dead_code)] // each test file uses its own part of this

use std::path::PathBuf;

/// The folder of real statements.
pub fn corpus_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/corpus"))
}

/// The path of one statement of the corpus.
pub fn corpus_path(name: &str) -> String {
    corpus_dir().join(name).to_string_lossy().into_owned()
}

/// The text of one statement of the corpus.
pub fn corpus(name: &str) -> String {
    let path = corpus_path(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("corpus file {path}: {e}"))
}

/// The names of every statement in the corpus, sorted.
pub fn corpus_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(corpus_dir())
        .expect("tests/data/corpus is in the repository")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    names
}

// Checking what the summary says (tests/story_claims.rs, tests/voices_claims.rs):
// facts recomputed from the texts and the result's sentences, never from the
// code that words the summary.

use parallax::engine::lang::{is_cjk, is_stopword};
use parallax::engine::tokens::{tokenize, TokenKind};
use parallax::engine::{ByteRange, Comparison, Lang, Side, SideResult, SpanKind, Speaker};

/// `s` with each whitespace run as one space (as a page shows it).
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every place `quote` stands in `text`, any whitespace run matching a space.
pub fn find_all(text: &str, quote: &str) -> Vec<ByteRange> {
    let words: Vec<&str> = quote.split(' ').collect();
    let mut found = Vec::new();
    for (start, _) in text.match_indices(words[0]) {
        let mut at = start + words[0].len();
        let mut ok = true;
        for w in &words[1..] {
            let gap = text[at..].len() - text[at..].trim_start().len();
            if gap == 0 || !text[at + gap..].starts_with(w) {
                ok = false;
                break;
            }
            at += gap + w.len();
        }
        if ok {
            found.push(ByteRange::new(start, at));
        }
    }
    found
}

/// The words of a text, by the engine's tokenizer.
pub fn word_ranges(text: &str) -> Vec<ByteRange> {
    tokenize(text).into_iter().filter(|t| t.kind == TokenKind::Word).map(|t| ByteRange::new(t.start, t.end)).collect()
}

/// True when `s` has a word a reader would call meaningful: not a function
/// word of `lang`, not a lone letter; acronyms and Han characters count.
pub fn meaningful(s: &str, lang: Lang) -> bool {
    word_ranges(s).iter().map(|r| &s[r.start..r.end]).any(|w| {
        let upper = w.chars().filter(|c| c.is_alphabetic()).count() > 1 && !w.chars().any(char::is_lowercase);
        (w.chars().count() > 1 || w.chars().any(is_cjk)) && (upper || !is_stopword(&w.to_lowercase(), lang))
    })
}

/// "the one sentence", "all 5 sentences", "3 of the 7 sentences".
pub fn part(s: &str) -> (usize, usize) {
    let n = |w: &str| w.parse::<usize>().unwrap_or_else(|_| panic!("{w:?} is not a number in {s:?}"));
    let w: Vec<&str> = s.split(' ').collect();
    match w.as_slice() {
        ["the", "one", "sentence"] => (1, 1),
        ["all", k, "sentences"] => (n(k), n(k)),
        [k, "of", "the", m, _] => (n(k), n(m)),
        _ => panic!("{s:?} is no count of sentences"),
    }
}

/// What one side of the result holds, recomputed for the checks.
pub struct Facts<'a> {
    pub result: &'a SideResult,
    /// Words of each sentence.
    pub words: Vec<usize>,
}

impl<'a> Facts<'a> {
    pub fn new(result: &'a SideResult) -> Self {
        let tokens = word_ranges(&result.text);
        let words = result.sentences.iter().map(|s| tokens.iter().filter(|t| s.range.contains(**t)).count()).collect();
        Facts { result, words }
    }

    /// The party sentence `i` is attributed to.
    pub fn party(&self, i: usize) -> Option<&str> {
        self.result.sentences[i].speaker.as_ref()?.party.as_deref()
    }

    /// The sentence holding `r`, and where its words start.
    pub fn sentence(&self, r: ByteRange) -> Option<(usize, usize)> {
        let i = self.result.sentences.iter().position(|s| s.range.contains(r))?;
        let s = self.result.sentences[i].range;
        let text = &self.result.text[s.start..s.end];
        Some((i, s.start + text.len() - text.trim_start().len()))
    }

    /// Where `quote` stands in this text; fails the claim when nowhere.
    pub fn find(&self, quote: &str, claim: &str) -> Vec<ByteRange> {
        let found = find_all(&self.result.text, quote);
        assert!(!found.is_empty(), "“{quote}” is not in the statement it is quoted from: {claim}");
        assert!(meaningful(quote, self.result.lang), "“{quote}” has no meaningful word: {claim}");
        found
    }

    /// True when every word of `r` is in a shared phrase.
    pub fn shared(&self, r: ByteRange) -> bool {
        word_ranges(&self.result.text[r.start..r.end]).iter().all(|w| {
            let w = ByteRange::new(r.start + w.start, r.start + w.end);
            self.result.spans.iter().any(|s| s.range.contains(w) && s.kind != SpanKind::Distinct)
        })
    }
}

/// True when `r` is inside a sentence attributed to `party` and shows the
/// statement's own attribution: it opens at or before the speaker's name,
/// or is a whole sentence that goes on with an earlier speaker's words.
pub fn credited_to(side: &Facts, r: ByteRange, party: &str) -> bool {
    let Some((i, start)) = side.sentence(r) else { return false };
    match side.result.sentences[i].speaker.as_ref() {
        Some(Speaker { party: Some(p), mention, .. }) if p == party => match mention {
            Some(m) => r.start <= m.start,
            None => r.start == start,
        },
        _ => false,
    }
}

/// The corpus pairs: each statement with every other of its event (the
/// same date), the readout of 17 July with the ministry's readout of 14
/// April (the other call of the same ministers), and the two long speeches.
pub fn corpus_pairs() -> Vec<(String, String)> {
    let names = corpus_names();
    let date = |n: &str| n[..10].to_owned();
    let mut pairs = Vec::new();
    for (i, a) in names.iter().enumerate() {
        for b in &names[i + 1..] {
            let long = a.contains("LONG") && b.contains("LONG");
            if (date(a) == date(b) && !a.contains("LONG")) || long {
                pairs.push((a.clone(), b.clone()));
            }
        }
    }
    pairs.push(("2020-04-14_lavrov-wangyi_ru-mid.txt".into(), "2020-07-17_wangyi-lavrov_ru-mid.txt".into()));
    for n in &names {
        assert!(pairs.iter().any(|(a, b)| a == n || b == n), "{n} is in no pair");
    }
    pairs
}

/// `c` with `side`'s speakers replaced (each sentence's, in order), and its
/// voices counted again: attribution as incomplete or as odd as a test
/// needs, whatever the engine finds.
pub fn with_speakers(mut c: Comparison, side: Side, speakers: Vec<Option<Speaker>>) -> Comparison {
    let result = match side {
        Side::Left => &mut c.left,
        Side::Right => &mut c.right,
    };
    assert_eq!(speakers.len(), result.sentences.len());
    let text = result.text.clone();
    let ranges: Vec<(usize, usize)> = result.sentences.iter().map(|s| (s.range.start, s.range.end)).collect();
    result.voices = parallax::engine::speakers::voices(&tokenize(&text), &ranges, &speakers);
    for (s, sp) in result.sentences.iter_mut().zip(speakers) {
        s.speaker = sp;
    }
    c
}

/// A speaker named by `name` in `text` (its first occurrence at or after
/// byte `from`), of `party`, credited with the words from `said` to the end
/// of its sentence.
pub fn speaker(text: &str, from: usize, name: &str, party: Option<&str>, said: &str) -> Speaker {
    let at = from + text[from..].find(name).unwrap();
    let start = text[at..].find(said).unwrap() + at;
    let end = start + text[start..].find(['.', '\n']).unwrap_or(text.len() - start);
    Speaker { name: name.into(), party: party.map(Into::into), mention: Some(ByteRange::new(at, at + name.len())), said: ByteRange::new(start, end) }
}

/// The text of some markup as a reader sees it: tags left out, the
/// entities a server render writes read back.
pub fn text_content(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

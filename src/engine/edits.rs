//! The word diff inside a sentence pair: which words the two sentences of
//! a pair share and which only one of them has, anchored on content words.

use super::diff::{matching_runs, Deadline, Run};
use super::model::{ByteRange, SpanKind, WordEdit};
use super::normalize::Unit;
use super::tokens::Token;

fn range(units: &[Unit], tokens: &[Token]) -> ByteRange {
    ByteRange { start: tokens[units[0].token].start, end: tokens[units[units.len() - 1].token].end }
}

/// Matching runs that prefer content words: first diff the content words
/// alone, then, between each two matched content words, diff everything
/// (stopwords, numbers). A plain diff of two paraphrases often pairs "of the"
/// and misses "measures"; anchoring on content words shows what a reader
/// compares.
fn content_first_runs(a: &[Unit], b: &[Unit], deadline: Deadline) -> Vec<Run> {
    let ca: Vec<usize> = (0..a.len()).filter(|&i| a[i].content).collect();
    let cb: Vec<usize> = (0..b.len()).filter(|&i| b[i].content).collect();
    let ida: Vec<u32> = ca.iter().map(|&i| a[i].id).collect();
    let idb: Vec<u32> = cb.iter().map(|&i| b[i].id).collect();
    let (anchor_runs, _) = matching_runs(&ida, &idb, deadline);
    let mut anchors: Vec<(usize, usize)> = Vec::new();
    for r in anchor_runs {
        anchors.extend((0..r.len).map(|t| (ca[r.a + t], cb[r.b + t])));
    }
    anchors.push((a.len(), b.len())); // sentinel: the gap after the last anchor
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let (mut pa, mut pb) = (0, 0);
    for &(ea, eb) in &anchors {
        if ea > pa && eb > pb {
            let ga: Vec<u32> = a[pa..ea].iter().map(|u| u.id).collect();
            let gb: Vec<u32> = b[pb..eb].iter().map(|u| u.id).collect();
            for r in matching_runs(&ga, &gb, deadline).0 {
                pairs.extend((0..r.len).map(|t| (pa + r.a + t, pb + r.b + t)));
            }
        }
        if ea < a.len() {
            pairs.push((ea, eb));
        }
        (pa, pb) = (ea + 1, eb + 1);
    }
    let mut runs: Vec<Run> = Vec::new();
    for (x, y) in pairs {
        match runs.last_mut() {
            Some(r) if r.a + r.len == x && r.b + r.len == y => r.len += 1,
            _ => runs.push(Run { a: x, b: y, len: 1 }),
        }
    }
    runs
}

/// The word diff between the units of a pair's left and right sentences.
pub fn edits(
    a: &[Unit],
    b: &[Unit],
    tokens_a: &[Token],
    tokens_b: &[Token],
    deadline: Deadline,
) -> Vec<WordEdit> {
    let runs = content_first_runs(a, b, deadline);
    let mut out = Vec::new();
    let (mut pa, mut pb) = (0, 0);
    let gap = |out: &mut Vec<WordEdit>, pa: usize, ea: usize, pb: usize, eb: usize| {
        if ea > pa {
            out.push(WordEdit { kind: SpanKind::Distinct, left: Some(range(&a[pa..ea], tokens_a)), right: None });
        }
        if eb > pb {
            out.push(WordEdit { kind: SpanKind::Distinct, left: None, right: Some(range(&b[pb..eb], tokens_b)) });
        }
    };
    for r in runs {
        gap(&mut out, pa, r.a, pb, r.b);
        out.push(WordEdit {
            kind: SpanKind::Shared,
            left: Some(range(&a[r.a..r.a + r.len], tokens_a)),
            right: Some(range(&b[r.b..r.b + r.len], tokens_b)),
        });
        pa = r.a + r.len;
        pb = r.b + r.len;
    }
    gap(&mut out, pa, a.len(), pb, b.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One unit per id; ids < 10 are stopwords.
    fn side(ids: &[u32]) -> Vec<Unit> {
        ids.iter()
            .enumerate()
            .map(|(i, &id)| Unit { token: i, id, word: true, stop: id < 10, content: id >= 10, negation: false, edge: id >= 10, joined: false })
            .collect()
    }

    #[test]
    fn edits_anchor_on_content_words() {
        // A plain LCS would pair the three stopwords 1 2 3; the pair's
        // content word 20 is what a reader compares.
        let a = side(&[20, 1, 2, 3]);
        let b = side(&[1, 2, 3, 4, 20]);
        let runs = content_first_runs(&a, &b, Deadline::after_ms(1000));
        assert_eq!(runs, vec![Run { a: 0, b: 4, len: 1 }]);
        // Stopwords between matched content words still match.
        let a = side(&[20, 1, 2, 21]);
        let b = side(&[20, 1, 2, 21, 5]);
        assert_eq!(content_first_runs(&a, &b, Deadline::after_ms(1000)), vec![Run { a: 0, b: 0, len: 4 }]);
    }

    #[test]
    fn edits_cover_both_sides() {
        let toks: Vec<Token> = (0..4)
            .map(|i| Token { start: i * 2, end: i * 2 + 1, kind: crate::engine::tokens::TokenKind::Word })
            .collect();
        let a = side(&[10, 11, 12]);
        let b = side(&[10, 13, 12, 14]);
        let e = edits(&a, &b, &toks, &toks, Deadline::after_ms(1000));
        let shared = e.iter().filter(|e| e.kind == SpanKind::Shared).count();
        assert_eq!(shared, 2);
        assert!(e.iter().any(|e| e.left.is_some() && e.right.is_none()));
        assert!(e.iter().any(|e| e.right == Some(ByteRange { start: 6, end: 7 })));
    }
}

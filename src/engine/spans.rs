//! Laying out one side's text as spans for display.
//!
//! Spans tile the text exactly and never cross a sentence boundary. A shared
//! or moved span starts and ends on a word, so highlights look clean; the
//! whitespace and punctuation around it become plain distinct spans.

use super::model::{ByteRange, Span, SpanKind};
use super::tokens::{Token, TokenKind};

/// A byte range of this side covered by one occurrence of a shared phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Covered {
    /// Byte offset of the first word of the occurrence.
    pub start: usize,
    /// Byte offset just past its last word.
    pub end: usize,
    /// `Shared` or `Moved`.
    pub kind: SpanKind,
    /// Index of the phrase in the comparison.
    pub phrase: usize,
}

/// A byte range of the text, and the kind and phrase covering it (if any).
type Segment = (usize, usize, Option<(SpanKind, usize)>);

/// Builds the spans of one side. `covered` must be sorted and disjoint, and
/// all boundaries (of `covered` and `sentences`) must be token boundaries.
pub fn build(text: &str, tokens: &[Token], sentences: &[(usize, usize)], covered: &[Covered]) -> Vec<Span> {
    // 1. Segments tiling the text: covered ranges and the gaps between.
    let mut segs: Vec<Segment> = Vec::new();
    let mut at = 0;
    for c in covered {
        if c.start > at {
            segs.push((at, c.start, None));
        }
        segs.push((c.start, c.end, Some((c.kind, c.phrase))));
        at = c.end;
    }
    if at < text.len() {
        segs.push((at, text.len(), None));
    }
    // 2. Cut at sentence boundaries, trim phrase pieces to words.
    let mut out: Vec<Span> = Vec::with_capacity(segs.len() * 2);
    let push = |out: &mut Vec<Span>, start: usize, end: usize, kp: Option<(SpanKind, usize)>, sentence: usize| {
        if start == end {
            return;
        }
        if kp.is_none() {
            if let Some(last) = out.last_mut() {
                if last.phrase.is_none() && last.kind == SpanKind::Distinct && last.sentence == sentence && last.range.end == start {
                    last.range.end = end;
                    return;
                }
            }
        }
        let (kind, phrase) = kp.map_or((SpanKind::Distinct, None), |(k, p)| (k, Some(p)));
        out.push(Span { range: ByteRange::new(start, end), kind, phrase, sentence });
    };
    let mut si = 0;
    for (start, end, kp) in segs {
        let mut s = start;
        while s < end {
            while si + 1 < sentences.len() && sentences[si].1 <= s {
                si += 1;
            }
            let e = end.min(sentences[si].1);
            match kp {
                None => push(&mut out, s, e, None, si),
                Some(_) => {
                    // Word tokens inside [s, e).
                    let first = tokens.partition_point(|t| t.start < s);
                    let last = tokens.partition_point(|t| t.end <= e);
                    let words = &tokens[first..last];
                    let ws = words.iter().position(|t| t.kind == TokenKind::Word);
                    let we = words.iter().rposition(|t| t.kind == TokenKind::Word);
                    match (ws, we) {
                        (Some(ws), Some(we)) => {
                            let (cs, ce) = (words[ws].start, words[we].end);
                            push(&mut out, s, cs, None, si);
                            push(&mut out, cs, ce, kp, si);
                            push(&mut out, ce, e, None, si);
                        }
                        _ => push(&mut out, s, e, None, si),
                    }
                }
            }
            s = e;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tokens::{sentences, tokenize};

    #[test]
    fn phrase_across_sentences_is_cut_and_trimmed() {
        let text = "We agree. Fully agree now";
        let toks = tokenize(text);
        let sents = sentences(text, &toks);
        assert_eq!(sents, vec![(0, 10), (10, text.len())]);
        // A phrase "agree. Fully agree" from byte 3 to 21.
        let cov = [Covered { start: 3, end: 21, kind: SpanKind::Moved, phrase: 0 }];
        let spans = build(text, &toks, &sents, &cov);
        let joined: String = spans.iter().map(|s| &text[s.range.start..s.range.end]).collect();
        assert_eq!(joined, text);
        let shown: Vec<(&str, SpanKind, usize)> =
            spans.iter().map(|s| (&text[s.range.start..s.range.end], s.kind, s.sentence)).collect();
        assert_eq!(
            shown,
            vec![
                ("We ", SpanKind::Distinct, 0),
                ("agree", SpanKind::Moved, 0),
                (". ", SpanKind::Distinct, 0),
                ("Fully agree", SpanKind::Moved, 1),
                (" now", SpanKind::Distinct, 1),
            ]
        );
    }
}

//! Summary numbers: per-side word counts and shares, similarity, and the
//! shared phrases ranked by length.

use super::model::{Limit, Metrics, SharedPhrase, SideMetrics, SpanKind};
use super::options::Lang;
use super::spans::Covered;
use super::tokens::{Token, TokenKind};

/// Word counts of one side: all words, and those inside in-order and moved
/// shared phrases. `covered` must be sorted and disjoint.
pub fn side(tokens: &[Token], covered: &[Covered]) -> SideMetrics {
    let mut m = SideMetrics::default();
    let mut ci = 0;
    for t in tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        m.words += 1;
        while ci < covered.len() && covered[ci].end <= t.start {
            ci += 1;
        }
        if let Some(c) = covered.get(ci).filter(|c| c.start <= t.start) {
            match c.kind {
                SpanKind::Moved => m.moved_words += 1,
                _ => m.shared_words += 1,
            }
        }
    }
    if m.words > 0 {
        m.shared_percent = 100.0 * m.shared_words as f64 / m.words as f64;
        m.moved_percent = 100.0 * m.moved_words as f64 / m.words as f64;
    }
    m
}

/// A count of a side's words as a reader reads it: "12 words", or, for text
/// written without spaces between words (Chinese, Japanese: each character
/// is counted, as the engine compares them), "12 characters".
pub fn count_words(count: usize, lang: Lang) -> String {
    let (one, many) = if lang == Lang::Chinese { ("character", "characters") } else { ("word", "words") };
    format!("{count} {}", if count == 1 { one } else { many })
}

/// Pair-wide numbers from both sides' metrics and the phrases.
pub fn pair(left: &SideMetrics, right: &SideMetrics, phrases: &[SharedPhrase], limits: Vec<Limit>) -> Metrics {
    let words = left.words + right.words;
    let shared = left.shared_words + left.moved_words + right.shared_words + right.moved_words;
    let similarity = if words == 0 { 0.0 } else { shared as f64 / words as f64 };
    let mut by_length: Vec<usize> = (0..phrases.len()).collect();
    by_length.sort_by_key(|&i| (std::cmp::Reverse(phrases[i].words), i));
    Metrics {
        similarity,
        longest_phrase: by_length.first().copied(),
        phrases_by_length: by_length,
        timed_out: !limits.is_empty(),
        limits,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tokens::tokenize;

    #[test]
    fn counts_words_by_coverage() {
        let text = "a b c d e";
        let toks = tokenize(text);
        let cov = [
            Covered { start: 0, end: 3, kind: SpanKind::Shared, phrase: 0 },
            Covered { start: 6, end: 7, kind: SpanKind::Moved, phrase: 1 },
        ];
        let m = side(&toks, &cov);
        assert_eq!((m.words, m.shared_words, m.moved_words), (5, 2, 1));
        assert!((m.shared_percent - 40.0).abs() < 1e-9);
    }

    #[test]
    fn phrases_longest_first() {
        let p = |words| SharedPhrase { kind: SpanKind::Shared, words, text: String::new(), left: vec![], right: vec![] };
        let l = SideMetrics { words: 10, shared_words: 5, ..Default::default() };
        let r = SideMetrics { words: 10, moved_words: 5, ..Default::default() };
        let m = pair(&l, &r, &[p(3), p(7), p(5), p(7)], Vec::new());
        assert_eq!(m.phrases_by_length, vec![1, 3, 2, 0]);
        assert_eq!(m.longest_phrase, Some(1));
        assert!((m.similarity - 0.5).abs() < 1e-9);
    }
}

//! Splitting text into tokens and sentences, keeping every byte.
//!
//! Words come from Unicode word boundaries (UAX #29, `unicode-segmentation`);
//! Han, kana and Hangul characters become one token each, as Chinese has no
//! spaces and a character is the smallest unit a reader compares. Whitespace
//! and punctuation stay as tokens too, so the tokens tile the text exactly.
//! Sentences come from Unicode sentence boundaries, plus 。！？ and line breaks,
//! snapped to token boundaries.

use super::lang::is_cjk;
use super::unicode;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Has at least one letter or digit.
    Word,
    /// Punctuation and symbols (including emoji).
    Punct,
    /// Only whitespace.
    Space,
}

/// A token: a byte range of the text and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset where the token starts.
    pub start: usize,
    /// Byte offset just past the token.
    pub end: usize,
    /// Word, punctuation or whitespace.
    pub kind: TokenKind,
}

fn classify(s: &str) -> TokenKind {
    if s.chars().any(char::is_alphanumeric) {
        TokenKind::Word
    } else if s.chars().all(char::is_whitespace) {
        TokenKind::Space
    } else {
        TokenKind::Punct
    }
}

/// Splits `text` into tokens that tile it exactly (no byte lost or shared).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 3 + 1);
    for (start, seg) in unicode::word_bounds(text) {
        if !seg.chars().any(is_cjk) {
            out.push(Token { start, end: start + seg.len(), kind: classify(seg) });
            continue;
        }
        // One token per CJK grapheme; other graphemes stay together.
        let mut run_start: Option<usize> = None;
        for (off, g) in unicode::graphemes(seg) {
            let at = start + off;
            if g.chars().next().is_some_and(is_cjk) {
                if let Some(rs) = run_start.take() {
                    out.push(Token { start: rs, end: at, kind: classify(&text[rs..at]) });
                }
                out.push(Token { start: at, end: at + g.len(), kind: TokenKind::Word });
            } else if run_start.is_none() {
                run_start = Some(at);
            }
        }
        if let Some(rs) = run_start {
            let end = start + seg.len();
            out.push(Token { start: rs, end, kind: classify(&text[rs..end]) });
        }
    }
    out
}

/// Splits `text` into sentences as byte ranges that tile it. Boundaries fall
/// only between tokens; whitespace-only pieces join the sentence before.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    if text.is_empty() {
        return Vec::new();
    }
    // Candidate cut points (byte offsets where a new sentence may start).
    let mut cuts: Vec<usize> = Vec::new();
    for (start, s) in unicode::sentence_bounds(text) {
        if start > 0 {
            cuts.push(start);
        }
        // Full-width terminators, which UAX #29 does not always end on.
        for (i, c) in s.char_indices() {
            if matches!(c, '。' | '！' | '？' | '\n') {
                let at = start + i + c.len_utf8();
                if at < start + s.len() {
                    cuts.push(at);
                }
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();

    // Snap each cut to a token boundary (the end of the token holding it),
    // then drop pieces without a word or punctuation: they join the previous.
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut ti = 0;
    let mut cur = 0;
    let mut has_content = false;
    let mut ci = 0;
    while ti < tokens.len() {
        let t = tokens[ti];
        if t.start > cur && ci < cuts.len() && cuts[ci] <= t.start {
            // A cut at or before this token's start: close the sentence.
            while ci < cuts.len() && cuts[ci] <= t.start {
                ci += 1;
            }
            if has_content {
                out.push((cur, t.start));
                cur = t.start;
                has_content = false;
            } else if let Some(last) = out.last_mut() {
                last.1 = t.start;
                cur = t.start;
            }
        }
        while ci < cuts.len() && cuts[ci] < t.end {
            ci += 1; // a cut inside a token is moved to its end
        }
        if t.kind != TokenKind::Space {
            has_content = true;
        }
        ti += 1;
    }
    match out.last_mut() {
        Some(last) if !has_content => last.1 = text.len(),
        _ => out.push((cur, text.len())),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    fn sents(text: &str) -> Vec<&str> {
        sentences(text, &tokenize(text)).iter().map(|&(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn tokens_tile_text() {
        let text = "Hello, world!  It's 1,000 e\u{301}tapes\r\n👩‍👩‍👧 王毅 ok";
        let toks = tokenize(text);
        let mut at = 0;
        for t in &toks {
            assert_eq!(t.start, at);
            at = t.end;
        }
        assert_eq!(at, text.len());
    }

    #[test]
    fn words_keep_apostrophes_and_numbers() {
        assert_eq!(words("China's 1,000 tonnes."), vec!["China's", "1,000", "tonnes"]);
    }

    #[test]
    fn each_cjk_character_is_its_own_token() {
        assert_eq!(words("王毅同拉夫罗夫通电话"), vec!["王", "毅", "同", "拉", "夫", "罗", "夫", "通", "电", "话"]);
        assert_eq!(words("カタカナ한국"), vec!["カ", "タ", "カ", "ナ", "한", "국"]);
        assert_eq!(words("WHO世卫"), vec!["WHO", "世", "卫"]);
    }

    #[test]
    fn punctuation_and_emoji_are_not_words() {
        let toks = tokenize("a — 👩‍👩‍👧 b");
        let kinds: Vec<_> = toks.iter().map(|t| t.kind).collect();
        assert!(kinds.contains(&TokenKind::Punct));
        assert_eq!(words("a — 👩‍👩‍👧 b"), vec!["a", "b"]);
    }

    #[test]
    fn sentences_split_at_full_stops_and_ideographic_stops() {
        assert_eq!(sents("One two. Three four."), vec!["One two. ", "Three four."]);
        assert_eq!(sents("王毅说。拉夫罗夫说！好"), vec!["王毅说。", "拉夫罗夫说！", "好"]);
    }

    #[test]
    fn sentences_split_at_line_breaks_and_blank_lines_join() {
        assert_eq!(sents("Title\n\nBody text\r\nmore"), vec!["Title\n\n", "Body text\r\n", "more"]);
        assert_eq!(sents("\n\n  lead"), vec!["\n\n  lead"]);
        assert_eq!(sents("   "), vec!["   "]);
    }
}

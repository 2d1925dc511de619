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
            let mut from = 0;
            for stop in glued_full_stops(seg) {
                out.push(Token { start: start + from, end: start + stop, kind: TokenKind::Word });
                out.push(Token { start: start + stop, end: start + stop + 1, kind: TokenKind::Punct });
                from = stop + 1;
            }
            out.push(Token { start: start + from, end: start + seg.len(), kind: classify(&seg[from..]) });
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

/// The full stops inside one UAX #29 word that end a sentence with no space
/// after them, as text copied from web pages often has: "development.They
/// also ...". UAX #29 keeps "word.Word" together (a full stop between letters
/// joins them, as in "e.g."); a reader sees two words and a full stop when a
/// lower-case word of two letters or more meets a capitalized word, the last
/// part of the run ("www.Kremlin.ru" and "U.S." stay whole).
fn glued_full_stops(seg: &str) -> impl Iterator<Item = usize> + '_ {
    seg.match_indices('.').map(|(i, _)| i).filter(move |&i| {
        let before: Vec<char> = seg[..i].chars().rev().take_while(|c| c.is_alphabetic()).collect();
        let after = &seg[i + 1..];
        let mut next = after.chars();
        let initials = seg[..i - before.iter().map(|c| c.len_utf8()).sum::<usize>()].ends_with('.');
        before.len() >= 2
            && !initials
            && before[0].is_lowercase()
            && next.next().is_some_and(char::is_uppercase)
            && next.next().is_some_and(char::is_lowercase)
            && !after.contains('.')
    })
}

/// Splits `text` into sentences as byte ranges that tile it. Boundaries fall
/// only between tokens; whitespace-only pieces join the sentence before.
/// Abbreviations, honorifics, initials and list numbers stay inside their
/// sentence ("H.E. Dr. S. Jaishankar met ...", "2. The two sides ...").
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
        // Full-width terminators, which UAX #29 does not always end on, with
        // the closing quotes and brackets after them ("。”").
        for (i, c) in s.char_indices() {
            if matches!(c, '。' | '！' | '？' | '\n') {
                let after = &s[i + c.len_utf8()..];
                let closing = if c == '\n' { 0 } else { after.len() - after.trim_start_matches(['”', '’', '」', '』', '）', '》', '»', '"', ')']).len() };
                let at = start + i + c.len_utf8() + closing;
                if at < start + s.len() {
                    cuts.push(at);
                }
            }
        }
    }
    // A full stop that `tokenize` found glued to the next sentence, which
    // UAX #29 does not end on ("development.They").
    for w in tokens.windows(3) {
        let glued = w[0].kind == TokenKind::Word && w[2].kind == TokenKind::Word && w[1].end == w[2].start;
        if glued && is_full_stop(text, &w[1]) && text[w[2].start..].starts_with(char::is_uppercase) {
            cuts.push(w[2].start);
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let cuts = keep_real_ends(text, tokens, &cuts);

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

/// Abbreviations after which a full stop does not end the sentence: titles and
/// honorifics that precede a name, and a few that precede a number. Lower
/// case; compared without the final full stop. Data, extend as needed.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "gov",
    "sen", "rep", "amb", "pres", "hon", "rt", "rev", "st", "mt", "ft", "jr", "sr", "messrs", "mme", "mlle",
    "no", "nos", "art", "para", "paras", "fig", "vol", "ch", "sec", "dept", "pp", "p", "approx", "vs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    // Russian: "г." (year, Mr), "гг.", "г-н" is one word already; "им." (named after), "т. е."
    "г", "гг", "им", "ул", "т", "тыс", "млн", "млрд", "руб", "проф", "акад", "ген",
];

/// Drops candidate sentence cuts that follow an abbreviation, an initial or
/// a list number, which UAX #29 treats as sentence ends.
fn keep_real_ends(text: &str, tokens: &[Token], cuts: &[usize]) -> Vec<usize> {
    let mut kept: Vec<usize> = Vec::with_capacity(cuts.len());
    for &cut in cuts {
        // The last non-space tokens before the cut: "... WORD ." ?
        let ti = tokens.partition_point(|t| t.end <= cut);
        let before: Vec<&Token> = tokens[..ti].iter().rev().filter(|t| t.kind != TokenKind::Space).take(3).collect();
        let line_break = text[..cut].trim_end_matches([' ', '\t']).ends_with('\n');
        let joins = match before.as_slice() {
            [dot, word, ..] if !line_break && is_full_stop(text, dot) && word.kind == TokenKind::Word => {
                let w = &text[word.start..word.end];
                let next = next_word(text, tokens, ti);
                is_abbreviation(w) || is_initial(w) || (w.contains('.') && !ends_in_a_name(w) && !starts_sentence(next))
            }
            _ => false,
        };
        // A piece that is only a list marker ("2.", "(b)", "IV.") joins the
        // sentence it numbers.
        let piece_start = kept.last().copied().unwrap_or(0);
        let list_marker = is_list_marker(text[piece_start..cut].trim());
        if !joins && !list_marker {
            kept.push(cut);
        }
    }
    kept
}

fn is_full_stop(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Punct && &text[t.start..t.end] == "."
}

/// The first word token at or after token `from`.
fn next_word<'t>(text: &'t str, tokens: &[Token], from: usize) -> &'t str {
    tokens[from..].iter().find(|t| t.kind == TokenKind::Word).map_or("", |t| &text[t.start..t.end])
}

fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// An initial, as in "S. Jaishankar", "В. В. Путин" or "Дж. Байден".
fn is_initial(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && is_initial_letter(word)
}

/// The letters of an initial in either case: one letter, or one letter of
/// the name's own alphabet that another spells with two. Russian writes
/// the J of foreign names "Дж" ("Дж. Байден"); the usual romanizations of
/// Cyrillic write Х, Ц, Ч, Ш, Ж, Ю, Я, Ё with two Latin letters, and so
/// write Mongolian, Uzbek and Kazakh initials ("Ts.Elbegdorj",
/// "Sh.Mirziyoyev").
pub fn is_initial_letter(word: &str) -> bool {
    const TWO_LETTER: &[&str] = &["дж", "kh", "ts", "ch", "sh", "zh", "yu", "ya", "yo"];
    let mut chars = word.chars();
    let one = chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none();
    one || TWO_LETTER.contains(&word.to_lowercase().as_str())
}

/// A surname after initials ("Н.Кумало", "А.П.Воронцова"): its full stop
/// ends a sentence as any word's does, unlike an abbreviation's ("U.S.").
fn ends_in_a_name(word: &str) -> bool {
    let last = word.rsplit('.').next().unwrap_or("");
    last.chars().count() >= 2 && last.starts_with(char::is_uppercase) && last.chars().any(char::is_lowercase)
}

/// True when `word` opens a new sentence after a dotted abbreviation, as in
/// "... in the U.S. The talks ...": a capitalized function word.
fn starts_sentence(word: &str) -> bool {
    const OPENERS: &[&str] = &[
        "The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "In", "On",
        "At", "As", "But", "And", "A", "An", "If", "When", "While", "After", "Before", "There",
    ];
    OPENERS.contains(&word)
}

/// A list marker on its own: "2.", "2)", "(2)", "b)", "(iv)", "IV.".
fn is_list_marker(piece: &str) -> bool {
    let inner = piece.trim_start_matches('(').trim_end_matches(['.', ')']);
    let marked = piece.len() > inner.len();
    let numeral = (1..=3).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_digit())
        || inner.chars().count() == 1 && inner.chars().all(char::is_alphabetic)
        || (1..=5).contains(&inner.len()) && inner.chars().all(|c| "ivxlcIVXLC".contains(c));
    marked && numeral
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
        assert_eq!(sents("他强调：“大门越开越大。”双方同意。"), vec!["他强调：“大门越开越大。”", "双方同意。"], "a closing quote stays");
    }

    #[test]
    fn honorifics_and_initials_stay_in_their_sentence() {
        let text = "H.E. Dr. S. Jaishankar, External Affairs Minister of India, met H.E. Wang Yi in Moscow. They spoke.";
        assert_eq!(sents(text).len(), 2, "{:?}", sents(text));
        assert_eq!(sents("Mr. Lavrov met Ms. Psaki on Jan. 5. Talks went well.").len(), 2);
        assert_eq!(sents("В. В. Путин провёл переговоры. Стороны обсудили.").len(), 2);
    }

    #[test]
    fn an_initial_of_two_letters_for_one_stays_in_its_sentence() {
        let ru = "Он встретился с Министром иностранных дел Республики Ирак К.Дж.Аль-Саади. Стороны обсудили Дж. Байдена.";
        assert_eq!(sents(ru).len(), 2, "{:?}", sents(ru));
        let en = "President Sh. Mirziyoyev received Ts.Enkhbayar in Tashkent. They spoke.";
        assert_eq!(sents(en).len(), 2, "{:?}", sents(en));
        assert_eq!(words("К.Дж.Аль-Саади"), vec!["К.Дж.Аль", "Саади"]);
    }

    #[test]
    fn a_full_stop_with_no_space_after_it_still_ends_a_sentence() {
        let text = "They discussed infrastructure development.They also exchanged views.Following the meeting, Hon.Tiroa left.";
        assert_eq!(sents(text), vec!["They discussed infrastructure development.", "They also exchanged views.", "Following the meeting, Hon.Tiroa left."]);
        assert_eq!(words("development.They"), vec!["development", "They"]);
        assert_eq!(words("Д.В.Корнилов see www.Kremlin.ru and the U.S.Navy"), vec!["Д.В.Корнилов", "see", "www.Kremlin.ru", "and", "the", "U.S.Navy"]);
    }

    #[test]
    fn dotted_abbreviations_end_a_sentence_only_before_a_new_one() {
        assert_eq!(sents("The U.S. President spoke. Fine.").len(), 2);
        assert_eq!(sents("He flew to the U.S. The talks began.").len(), 2);
    }

    #[test]
    fn a_surname_after_initials_ends_its_sentence() {
        assert_eq!(sents("Министр встретился с Т.Ланги. Беседа прошла тепло.").len(), 2);
        assert_eq!(sents("Встреча А.Б.Ивановой с коллегой. Стороны обсудили.").len(), 2);
        assert_eq!(sents("Беседа с господином Т.Ланги прошла тепло.").len(), 1);
    }

    #[test]
    fn list_numbers_belong_to_their_sentence() {
        let text = "The sides agreed on two points.\n\n1. The two sides will meet.\n\n2. (b) Trade will grow.";
        let s = sents(text);
        assert_eq!(s.len(), 3, "{s:?}");
        assert!(s[1].starts_with("1. The two sides"));
        assert!(s[2].starts_with("2. (b) Trade"));
        assert_eq!(sents("IV. Conclusions follow here.").len(), 1);
    }

    #[test]
    fn sentences_split_at_line_breaks_and_blank_lines_join() {
        assert_eq!(sents("Title\n\nBody text\r\nmore"), vec!["Title\n\n", "Body text\r\n", "more"]);
        assert_eq!(sents("\n\n  lead"), vec!["\n\n  lead"]);
        assert_eq!(sents("   "), vec!["   "]);
    }
}

//! The engine's one seam to Unicode text algorithms: word and sentence
//! boundaries (UAX #29), grapheme clusters and NFKC.
//!
//! Native builds use the `unicode-segmentation` and `unicode-normalization`
//! crates. The browser build (wasm32) asks the browser instead
//! (`Intl.Segmenter`, `String.prototype.normalize`), which already holds these
//! tables: bundling them again would cost the page about 100 KB gzipped. The
//! two agree on the corpus (a browser test compares them); where ICU's rules
//! differ from plain UAX #29 it is in edge cases the tests name.

/// Segments of `text` between UAX #29 word boundaries, with their byte offsets.
#[cfg(not(target_arch = "wasm32"))]
pub fn word_bounds(text: &str) -> impl Iterator<Item = (usize, &str)> {
    unicode_segmentation::UnicodeSegmentation::split_word_bound_indices(text)
}

/// Segments of `text` between UAX #29 sentence boundaries, with their byte offsets.
#[cfg(not(target_arch = "wasm32"))]
pub fn sentence_bounds(text: &str) -> impl Iterator<Item = (usize, &str)> {
    unicode_segmentation::UnicodeSegmentation::split_sentence_bound_indices(text)
}

/// Extended grapheme clusters of `text`, with their byte offsets.
#[cfg(not(target_arch = "wasm32"))]
pub fn graphemes(text: &str) -> impl Iterator<Item = (usize, &str)> {
    unicode_segmentation::UnicodeSegmentation::grapheme_indices(text, true)
}

/// `text` in Unicode Normalization Form KC.
#[cfg(not(target_arch = "wasm32"))]
pub fn nfkc(text: &str) -> String {
    if is_stable(text) {
        return text.to_owned();
    }
    unicode_normalization::UnicodeNormalization::nfkc(text).collect()
}

/// Segments of `text` between UAX #29 word boundaries, with their byte offsets.
#[cfg(target_arch = "wasm32")]
pub fn word_bounds(text: &str) -> impl Iterator<Item = (usize, &str)> {
    browser::segments(text, "word")
}

/// Segments of `text` between UAX #29 sentence boundaries, with their byte offsets.
#[cfg(target_arch = "wasm32")]
pub fn sentence_bounds(text: &str) -> impl Iterator<Item = (usize, &str)> {
    browser::segments(text, "sentence")
}

/// Extended grapheme clusters of `text`, with their byte offsets.
#[cfg(target_arch = "wasm32")]
pub fn graphemes(text: &str) -> impl Iterator<Item = (usize, &str)> {
    browser::segments(text, "grapheme")
}

/// `text` in Unicode Normalization Form KC.
#[cfg(target_arch = "wasm32")]
pub fn nfkc(text: &str) -> String {
    if is_stable(text) {
        return text.to_owned();
    }
    browser::nfkc(text)
}

/// The words of `text` (segments with a letter or digit), as a reader would
/// count them.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    word_bounds(text).map(|(_, w)| w).filter(|w| w.chars().any(char::is_alphanumeric))
}

/// True when NFKC leaves `text` as it is, judged from the characters alone:
/// ASCII, Latin-1 letters, Cyrillic and CJK ideographs are each their own
/// NFKC form and never compose with a neighbour (a test checks every one of
/// them). Most words are such, so most never reach the slower general path
/// (in the browser, a call out of wasm per word).
fn is_stable(text: &str) -> bool {
    text.chars().all(is_stable_char)
}

fn is_stable_char(c: char) -> bool {
    matches!(c, '\0'..='\u{9f}' | '\u{c0}'..='\u{ff}' | '\u{400}'..='\u{482}' | '\u{48a}'..='\u{4ff}' | '\u{4e00}'..='\u{9fff}')
}

/// The wasm32 half: the browser's ICU through a few lines of JavaScript
/// (unicode.js), which returns all boundaries of a text in one call; walking
/// `Intl.Segmenter`'s iterator from Rust would cross into JavaScript several
/// times per word.
#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(module = "/src/engine/unicode.js")]
    extern "C" {
        /// UTF-16 offsets of every boundary of `granularity` in `text`, end included.
        #[wasm_bindgen(js_name = boundaries)]
        fn boundaries_utf16(text: &str, granularity: &str) -> Vec<u32>;
        /// `text.normalize("NFKC")`.
        #[wasm_bindgen(js_name = nfkc)]
        fn nfkc_js(text: &str) -> String;
    }

    /// The segments between the browser's boundaries, with byte offsets.
    pub fn segments<'t>(text: &'t str, granularity: &str) -> impl Iterator<Item = (usize, &'t str)> {
        let mut starts = to_byte_offsets(text, &boundaries_utf16(text, granularity));
        if granularity == "word" {
            starts = join_dotted_words(text, starts);
        }
        let ends = starts.clone().into_iter().skip(1);
        starts.into_iter().zip(ends).map(move |(s, e)| (s, &text[s..e]))
    }

    pub fn nfkc(text: &str) -> String {
        nfkc_js(text)
    }

    /// Drops the boundaries around a full stop between two letters ("U.S",
    /// "e.g"), as UAX #29 does (rules WB6 and WB7) and the native segmenter
    /// with it, where the browser's ICU breaks; so a statement has the same
    /// words, and names the same parties, in the browser and natively.
    fn join_dotted_words(text: &str, bounds: Vec<usize>) -> Vec<usize> {
        let letter_before = |b: usize| text[..b].chars().next_back().is_some_and(char::is_alphabetic);
        let letter_at = |b: usize| text[b..].chars().next().is_some_and(char::is_alphabetic);
        let dotted = |b: usize| text.as_bytes().get(b) == Some(&b'.') && letter_before(b) && letter_at(b + 1);
        bounds.iter().copied().filter(|&b| !(dotted(b) || (b > 0 && dotted(b - 1)))).collect()
    }

    /// Maps ascending UTF-16 offsets to byte offsets of `text` in one pass,
    /// starting with 0 and ending with `text.len()`.
    fn to_byte_offsets(text: &str, utf16: &[u32]) -> Vec<usize> {
        let mut out = Vec::with_capacity(utf16.len() + 1);
        out.push(0);
        let mut chars = text.char_indices();
        let (mut unit, mut byte) = (0u32, 0usize);
        for &target in utf16 {
            while unit < target {
                let Some((i, c)) = chars.next() else { break };
                byte = i + c.len_utf8();
                unit += c.len_utf16() as u32;
            }
            if byte > *out.last().unwrap_or(&0) {
                out.push(byte);
            }
        }
        if *out.last().unwrap_or(&0) < text.len() {
            out.push(text.len());
        }
        out
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use unicode_normalization::{is_nfkc_quick, IsNormalized};

    #[test]
    fn the_fast_path_only_skips_characters_nfkc_never_changes() {
        let stable: Vec<char> = (0..=0x10ffff).filter_map(char::from_u32).filter(|&c| is_stable_char(c)).collect();
        assert!(stable.len() > 20_000);
        for c in stable {
            assert_eq!(is_nfkc_quick(std::iter::once(c)), IsNormalized::Yes, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn nfkc_folds_compatibility_forms() {
        assert_eq!(nfkc("ＡＢＣ"), "ABC");
        assert_eq!(nfkc("e\u{301}tat"), "\u{e9}tat");
        assert_eq!(nfkc("Лавров"), "Лавров");
    }

    #[test]
    fn words_skip_spaces_and_punctuation() {
        let w: Vec<&str> = words("China's response, 2020 — fast.").collect();
        assert_eq!(w, ["China's", "response", "2020", "fast"]);
    }
}

//! One statement made ready for comparison: its tokens, sentences and
//! normalized units, and the segments within which phrases may be shared.

use std::ops::Range;

use super::lang;
use super::model::ByteRange;
use super::options::{Lang, LangChoice, Options};
use super::normalize::{self, Interner, Normalizer, Unit};
use super::shared::Run;
use super::tokens::{self, Token};

/// One side, tokenized and normalized.
pub struct Prepared<'t> {
    /// The side's text.
    pub text: &'t str,
    /// The language used for stemming and stopwords.
    pub lang: Lang,
    /// Its tokens, in order.
    pub tokens: Vec<Token>,
    /// Sentences as byte ranges that tile the text.
    pub sentences: Vec<(usize, usize)>,
    /// The tokens that take part in matching, normalized.
    pub units: Vec<Unit>,
    /// Sentence of each unit.
    pub sentence_of: Vec<usize>,
    /// True when the forms of its Latin-script words are their English
    /// stems ([`Normalizer::english_stems`]).
    pub english_stems: bool,
    /// Unit ranges of the sentences that have units: the segments within
    /// which phrases may be shared.
    pub segments: Vec<Range<usize>>,
}

impl Prepared<'_> {
    /// The byte range of a run of units, from its first token to its last.
    pub fn range(&self, run: Run) -> ByteRange {
        let (first, last) = (self.units[run.start].token, self.units[run.start + run.len - 1].token);
        ByteRange::new(self.tokens[first].start, self.tokens[last].end)
    }

    /// Units of consecutive sentences `first..=last` (a contiguous run).
    pub fn units_of(&self, first: usize, last: usize) -> &[Unit] {
        let s = self.sentence_of.partition_point(|&x| x < first);
        let e = self.sentence_of.partition_point(|&x| x <= last);
        &self.units[s..e]
    }

    /// The normalized ids of the units.
    pub fn ids(&self) -> Vec<u32> {
        self.units.iter().map(|u| u.id).collect()
    }
}

/// Tokenizes and normalizes one side, interning its forms in `interner`
/// (shared by both sides, so equal forms get equal ids).
pub fn prepare<'t>(text: &'t str, choice: LangChoice, options: &Options, interner: &mut Interner) -> Prepared<'t> {
    let lang = lang::resolve(choice, text);
    let tokens = tokens::tokenize(text);
    let sentences = tokens::sentences(text, &tokens);
    let normalizer = Normalizer::new(options, lang);
    let units = normalize::units(text, &tokens, &normalizer, interner);
    let mut sentence_of = Vec::with_capacity(units.len());
    let mut segments: Vec<Range<usize>> = Vec::new();
    let mut si = 0;
    for (i, u) in units.iter().enumerate() {
        let start = tokens[u.token].start;
        while sentences[si].1 <= start {
            si += 1;
        }
        match segments.last_mut() {
            Some(last) if sentence_of.last() == Some(&si) => last.end = i + 1,
            _ => segments.push(i..i + 1),
        }
        sentence_of.push(si);
    }
    let english_stems = normalizer.english_stems();
    Prepared { text, lang, tokens, sentences, units, sentence_of, english_stems, segments }
}


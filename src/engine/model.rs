//! The result model: the one hand-off type every display consumes.
//!
//! Everything here is serde-serializable: the CLI prints it as JSON, the web
//! worker sends it to the UI, and exports embed it. Byte offsets always point
//! into the original text of their side, so "nothing lost" holds by
//! construction: the spans of a side concatenate to its input byte for byte.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::options::{Lang, Options, Side};

/// What a span of text is, relative to the other statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpanKind {
    /// Part of a phrase both sides share, in the same order.
    Shared,
    /// Part of a phrase both sides share, but at a different place.
    Moved,
    /// Only this side says it.
    Distinct,
}

/// A half-open byte range `[start, end)` into one side's text: the one range
/// type of the result (spans, sentences, phrase occurrences, edits, terms).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ByteRange {
    /// The first byte of the range.
    pub start: usize,
    /// The byte after the last (exclusive).
    pub end: usize,
}

impl ByteRange {
    /// The range `[start, end)`.
    pub const fn new(start: usize, end: usize) -> Self {
        ByteRange { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the range holds no byte.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when the two ranges share at least one byte.
    pub fn overlaps(&self, other: ByteRange) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside this range.
    pub fn contains(&self, other: ByteRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// A run of one side's text with one kind. Spans tile their side's text
/// exactly, and no span crosses a sentence boundary. In JSON its range is
/// written flat (`start`, `end`), as in earlier versions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(into = "FlatSpan", from = "FlatSpan")]
pub struct Span {
    /// Where the span is in the side's text.
    pub range: ByteRange,
    /// Shared in order, moved, or distinct.
    pub kind: SpanKind,
    /// The shared phrase this span belongs to (index into
    /// [`Comparison::phrases`]); every occurrence of that phrase on either
    /// side is linked to it.
    pub phrase: Option<usize>,
    /// The sentence of this side that holds the span (index into
    /// [`SideResult::sentences`]).
    pub sentence: usize,
}

/// [`Span`] as JSON writes it.
#[derive(Serialize, Deserialize)]
struct FlatSpan {
    start: usize,
    end: usize,
    kind: SpanKind,
    phrase: Option<usize>,
    sentence: usize,
}

impl From<Span> for FlatSpan {
    fn from(s: Span) -> Self {
        FlatSpan { start: s.range.start, end: s.range.end, kind: s.kind, phrase: s.phrase, sentence: s.sentence }
    }
}

impl From<FlatSpan> for Span {
    fn from(s: FlatSpan) -> Self {
        Span { range: ByteRange::new(s.start, s.end), kind: s.kind, phrase: s.phrase, sentence: s.sentence }
    }
}

/// Who speaks in a sentence ("Lavrov said ...", "The Russian side praised
/// ..."), as far as the statement itself says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// The speaker as the statement names them ("Lavrov", "The Russian side");
    /// for "He said" the name of the speaker it continues.
    pub name: String,
    /// The party the speaker speaks for ("Russia", "both sides"), when one
    /// of the statements says so or the person is well known; `None` when
    /// it is not known.
    pub party: Option<String>,
    /// Where this sentence names the speaker; `None` when the sentence goes
    /// on with the words of a speaker named earlier in its paragraph.
    pub mention: Option<ByteRange>,
    /// What the sentence credits the speaker with saying ("Russia fully
    /// recognizes ..." after "Lavrov said that").
    pub said: ByteRange,
}

/// How many words of a statement each party is given: the words of the
/// sentences attributed to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Voice {
    /// The party ("Russia", "both sides"); `None` for the words no one is
    /// credited with (the statement's own narration, or speakers whose
    /// party is unknown).
    pub party: Option<String>,
    /// The speakers as the statement names them, in order of appearance,
    /// other than the party itself ("China said" names no one new).
    pub speakers: Vec<String>,
    /// Words in the sentences given to this party.
    pub words: usize,
    /// Those sentences (indexes into [`SideResult::sentences`]).
    pub sentences: Vec<usize>,
}

/// A sentence of one side. Sentences tile their side's text exactly. In
/// JSON its range is written flat (`start`, `end`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(into = "FlatSentence", from = "FlatSentence")]
pub struct Sentence {
    /// Where the sentence is in the side's text.
    pub range: ByteRange,
    /// The sentence pair it belongs to (index into [`Comparison::pairs`]);
    /// `None` when only this side says anything like it.
    pub pair: Option<usize>,
    /// Who speaks in it, when the sentence attributes what it says.
    pub speaker: Option<Speaker>,
}

/// [`Sentence`] as JSON writes it.
#[derive(Serialize, Deserialize)]
struct FlatSentence {
    start: usize,
    end: usize,
    pair: Option<usize>,
    #[serde(default)]
    speaker: Option<Speaker>,
}

impl From<Sentence> for FlatSentence {
    fn from(s: Sentence) -> Self {
        FlatSentence { start: s.range.start, end: s.range.end, pair: s.pair, speaker: s.speaker }
    }
}

impl From<FlatSentence> for Sentence {
    fn from(s: FlatSentence) -> Self {
        Sentence { range: ByteRange::new(s.start, s.end), pair: s.pair, speaker: s.speaker }
    }
}

/// A phrase found on both sides: each occurrence on each side.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SharedPhrase {
    /// In order (found by the in-order diff) or moved (found out of order).
    pub kind: SpanKind,
    /// Length in words.
    pub words: usize,
    /// The phrase as the left side writes it.
    pub text: String,
    /// Every occurrence on the left.
    pub left: Vec<ByteRange>,
    /// Every occurrence on the right.
    pub right: Vec<ByteRange>,
}

/// One step of the word diff inside a sentence pair.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WordEdit {
    /// `Shared` (both), or `Distinct` with only one range present.
    pub kind: SpanKind,
    /// The words on the left, unless only the right has them.
    pub left: Option<ByteRange>,
    /// The words on the right, unless only the left has them.
    pub right: Option<ByteRange>,
}

/// Sentences that correspond: one or two on each side (1–1, 1–2, 2–1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SentencePair {
    /// Sentence indexes on the left, ascending.
    pub left: Vec<usize>,
    /// Sentence indexes on the right, ascending.
    pub right: Vec<usize>,
    /// Similarity of the two sides of the pair, 0 to 1.
    pub similarity: f64,
    /// Word diff between the two sides of the pair.
    pub edits: Vec<WordEdit>,
}

/// A word that one side uses distinctly more than the other.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DistinctiveTerm {
    /// The normalized (stemmed) form that was counted.
    pub key: String,
    /// The most frequent surface form on this side, for display.
    pub term: String,
    /// Occurrences on this side.
    pub count: usize,
    /// Log-odds z-score (Monroe et al. 2008); higher is more distinctive.
    pub z: f64,
    /// Where it occurs on this side.
    pub occurrences: Vec<ByteRange>,
}

/// Per-side numbers for the summary.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SideMetrics {
    /// Words in the side's text.
    pub words: usize,
    /// Words inside in-order shared phrases.
    pub shared_words: usize,
    /// Words inside moved shared phrases.
    pub moved_words: usize,
    /// `shared_words / words`, 0 to 100.
    pub shared_percent: f64,
    /// `moved_words / words`, 0 to 100.
    pub moved_percent: f64,
}

/// Everything the engine found about one side.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SideResult {
    /// The text the comparison was made on: every range of this side points
    /// into it, so a result can only ever be shown with its own text.
    pub text: Arc<str>,
    /// The language used for stemming and stopwords.
    pub lang: Lang,
    /// The text cut by kind: the spans tile it, in order.
    pub spans: Vec<Span>,
    /// The text's sentences, in order; they tile it.
    pub sentences: Vec<Sentence>,
    /// How much of the side is shared.
    pub metrics: SideMetrics,
    /// Most distinctive terms first.
    pub distinctive: Vec<DistinctiveTerm>,
    /// Who is given voice: words per party, most first, unattributed last.
    #[serde(default)]
    pub voices: Vec<Voice>,
}

/// What a time budget cut short.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitKind {
    /// Which shared phrases keep their order: every shared phrase is still
    /// found, but some in this region may be marked reordered.
    Order,
    /// The word diff inside the sentence pairs of this region is coarser.
    WordDiff,
}

/// A region of both texts where a time budget cut the work short, so the
/// reader can be told where the result is approximate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limit {
    /// What was cut short.
    pub kind: LimitKind,
    /// The region of the left text.
    pub left: ByteRange,
    /// The region of the right text.
    pub right: ByteRange,
}

/// Numbers about the pair as a whole.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    /// Share of all words that are in shared phrases (in order or moved), 0 to 1.
    pub similarity: f64,
    /// Index into [`Comparison::phrases`] of the longest shared phrase.
    pub longest_phrase: Option<usize>,
    /// Indexes into [`Comparison::phrases`], longest first.
    pub phrases_by_length: Vec<usize>,
    /// True when a time budget cut anything short (see `limits`).
    pub timed_out: bool,
    /// Where time budgets cut the work short; empty almost always.
    #[serde(default)]
    pub limits: Vec<Limit>,
}

/// The result of comparing two statements.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// The options the comparison was made with.
    pub options: Options,
    /// What was found about the left statement.
    pub left: SideResult,
    /// What was found about the right statement.
    pub right: SideResult,
    /// The phrases both sides share (spans name them by index).
    pub phrases: Vec<SharedPhrase>,
    /// The sentences that correspond.
    pub pairs: Vec<SentencePair>,
    /// Numbers about the pair as a whole.
    pub metrics: Metrics,
}

impl SideResult {
    /// The text of `range`, or "" when the range does not fit this side's
    /// text (which a result made by the engine never has).
    pub fn slice(&self, range: ByteRange) -> &str {
        self.text.get(range.start..range.end).unwrap_or("")
    }
}

impl Limit {
    /// What was cut short and where, in words a reader can act on
    /// ("sentences 12–240 of the left statement and 10–230 of the right").
    pub fn describe(&self, c: &Comparison) -> String {
        let sentences = |side: &SideResult, r: ByteRange| {
            let first = side.sentences.partition_point(|s| s.range.end <= r.start) + 1;
            let last = side.sentences.partition_point(|s| s.range.start < r.end).max(first);
            if first == last { format!("sentence {first}") } else { format!("sentences {first}–{last}") }
        };
        let place = format!("{} on the left and {} on the right", sentences(&c.left, self.left), sentences(&c.right, self.right));
        match self.kind {
            LimitKind::Order => format!(
                "Time ran out while ordering {place}: every shared phrase there is found, \
                 but some marked reordered may be in order."
            ),
            LimitKind::WordDiff => {
                format!("Time ran out while comparing the words of paired sentences in {place}: those pairs show fewer common words.")
            }
        }
    }
}

impl Comparison {
    /// The result for one side.
    pub fn side(&self, side: Side) -> &SideResult {
        match side {
            Side::Left => &self.left,
            Side::Right => &self.right,
        }
    }
}

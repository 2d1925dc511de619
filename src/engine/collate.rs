//! Several versions of one statement at once (two to eight texts): which
//! phrasing every version carries, which only some carry, what one version
//! alone says.
//!
//! One shared-run index over all the texts ([`super::shared`]) answers, for
//! each text and each other text, which of its words lie in a phrase the
//! other also has (the same rule as a comparison of two: two meaningful words,
//! no sentence break), and lists every occurrence of every such phrase in every
//! text. So a collation costs about as much as one comparison over all the
//! words, not one per pair. Symmetric: the order of the texts changes nothing
//! but the order of the output. Two of the versions side by side are
//! [`super::compare`] of the two.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::model::ByteRange;
use super::options::{Lang, Options};
use super::normalize::Interner;
use super::phrases::{self, Keys};
use super::shared::{self, SharedIndex, MAX_TEXTS};
use super::side::{prepare, Prepared};

/// The most versions collated at once.
pub const MAX_VERSIONS: usize = 6;

/// A stretch of one version and the other versions that carry it too.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Carried {
    /// The stretch, in this version's text.
    pub range: ByteRange,
    /// The other versions (indexes into [`Collation::versions`]) that have
    /// a shared phrase covering this stretch; empty where this version is alone.
    pub by: Vec<usize>,
}

/// One version of the collation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Version {
    /// The text collated; every range of this version points into it.
    pub text: Arc<str>,
    /// The language used for stemming and stopwords.
    pub lang: Lang,
    /// Words in the text.
    pub words: usize,
    /// The text cut where the set of other versions carrying it changes;
    /// the stretches tile the text exactly.
    pub carried: Vec<Carried>,
    /// Sentences (byte ranges tiling the text).
    pub sentences: Vec<ByteRange>,
    /// What this version alone says, as passages a reader can quote: its
    /// sentences that hold wording no other version shares, in text order.
    #[serde(default)]
    pub own: Vec<OwnPassage>,
}

/// A sentence of one version with wording no other version shares: the
/// sentence is what a reader quotes (the wording in its context), the runs
/// are that wording. A run is listed only when it would count as a phrase
/// were it shared (see [`phrases::is_phrase`]), and never shorter than two
/// meaningful words, so a word translated another way ("highly", "against")
/// or a stray mark of punctuation is never offered as something only this
/// version says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnPassage {
    /// The sentence, without the spaces around it.
    pub sentence: ByteRange,
    /// The runs of words in it that no other version shares, in text order.
    pub own: Vec<ByteRange>,
    /// No other version shares any of the sentence's wording: the whole
    /// sentence is this version's alone.
    pub whole: bool,
}

/// A phrase that two or more versions share.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VersionPhrase {
    /// The phrase as the first version that has it writes it.
    pub text: String,
    /// Length in words.
    pub words: usize,
    /// Per version, every place the phrase occurs (empty where it does not).
    pub occurrences: Vec<Vec<ByteRange>>,
}

impl VersionPhrase {
    /// The versions that carry the phrase.
    pub fn carriers(&self) -> Vec<usize> {
        (0..self.occurrences.len()).filter(|&v| !self.occurrences[v].is_empty()).collect()
    }
}

/// Several versions compared at once.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Collation {
    /// The options used.
    pub options: Options,
    /// The versions, in the order given.
    pub versions: Vec<Version>,
    /// Phrases shared by two versions or more, carried by most versions
    /// first, then longest first.
    pub phrases: Vec<VersionPhrase>,
    /// `similarity[i][j]`: the share of the words of versions i and j that
    /// lie in phrases the two share, 0 to 1 (1 on the diagonal).
    pub similarity: Vec<Vec<f64>>,
}

/// Collates two to [`MAX_VERSIONS`] texts with `options` (each text's
/// language is detected; `lang_left`/`lang_right` are not used).
pub fn compare_many(texts: &[&str], options: &Options) -> Collation {
    let texts = &texts[..texts.len().min(MAX_VERSIONS).min(MAX_TEXTS)];
    let min_phrase = options.min_phrase.max(1);
    let mut interner = Interner::default();
    let sides: Vec<Prepared> = texts.iter().map(|t| prepare(t, super::LangChoice::Auto, options, &mut interner)).collect();
    let ids: Vec<Vec<u32>> = sides.iter().map(Prepared::ids).collect();
    let id_refs: Vec<&[u32]> = ids.iter().map(Vec::as_slice).collect();
    let segs: Vec<&[std::ops::Range<usize>]> = sides.iter().map(|p| p.segments.as_slice()).collect();
    let index = SharedIndex::new(&id_refs, &segs);
    let n = sides.len();

    // Per version, per unit: the other versions whose shared phrases cover it.
    let mut keys = Keys::default();
    let mut by: Vec<Vec<u8>> = sides.iter().map(|p| vec![0u8; p.units.len()]).collect();
    for (me, p) in sides.iter().enumerate() {
        for other in (0..n).filter(|&o| o != me) {
            for t in phrases::find(&index, me, 1 << other, (&p.units, &ids[me], &p.sentence_of), min_phrase, false, &mut keys) {
                by[me][t.run.units()].iter_mut().for_each(|m| *m |= 1 << other);
            }
        }
    }

    // The phrases: every key some tile used, with its occurrences everywhere.
    let mut phrases: Vec<VersionPhrase> = keys
        .all()
        .iter()
        .map(|&(state, len)| {
            let occ = index.occurrences(state, len);
            let first = occ.iter().enumerate().find_map(|(v, o)| o.first().map(|r| (v, *r)));
            let (v, run) = first.unwrap_or((0, shared::Run { start: 0, len: 0 }));
            let text = if run.len == 0 { String::new() } else { sides[v].text[range(&sides[v], run)].to_owned() };
            let words = if run.len == 0 { 0 } else { phrases::word_count(&sides[v].units[run.units()]) };
            VersionPhrase {
                text,
                words,
                occurrences: occ.iter().enumerate().map(|(v, o)| o.iter().map(|&r| byte_range(&sides[v], r)).collect()).collect(),
            }
        })
        .filter(|p| p.carriers().len() >= 2)
        .collect();
    phrases.sort_by(|x, y| {
        (y.carriers().len(), y.words).cmp(&(x.carriers().len(), x.words)).then_with(|| x.text.cmp(&y.text))
    });
    phrases.dedup_by(|x, y| x.occurrences == y.occurrences);

    let words: Vec<usize> = sides.iter().map(|p| p.units.iter().filter(|u| u.word).count()).collect();
    let covered = |me: usize, other: usize| sides[me].units.iter().zip(&by[me]).filter(|(u, m)| u.word && *m & (1 << other) != 0).count();
    let similarity = (0..n)
        .map(|i| {
            (0..n)
                .map(|j| {
                    let total = words[i] + words[j];
                    if i == j {
                        1.0
                    } else if total == 0 {
                        0.0
                    } else {
                        (covered(i, j) + covered(j, i)) as f64 / total as f64
                    }
                })
                .collect()
        })
        .collect();
    let versions = sides
        .iter()
        .zip(&by)
        .zip(&words)
        .map(|((p, by), &words)| Version {
            text: Arc::from(p.text),
            lang: p.lang,
            words,
            carried: carried(p, by),
            sentences: p.sentences.iter().map(|&(s, e)| ByteRange::new(s, e)).collect(),
            own: own_passages(p, by, min_phrase),
        })
        .collect();
    Collation { options: options.clone(), versions, phrases, similarity }
}

fn range(p: &Prepared, run: shared::Run) -> std::ops::Range<usize> {
    let r = byte_range(p, run);
    r.start..r.end
}

fn byte_range(p: &Prepared, run: shared::Run) -> ByteRange {
    p.range(run)
}

/// The stretches of a text by the set of other versions carrying them: a
/// stretch runs from the first word of a run of units with the same set to
/// the last; what lies between is carried by none.
fn carried(p: &Prepared, by: &[u8]) -> Vec<Carried> {
    let mut out: Vec<Carried> = Vec::new();
    let mut push = |range: ByteRange, mask: u8| {
        if range.is_empty() {
            return;
        }
        let others: Vec<usize> = (0..8).filter(|b| mask & (1 << b) != 0).collect();
        match out.last_mut() {
            Some(last) if last.by == others && last.range.end == range.start => last.range.end = range.end,
            _ => out.push(Carried { range, by: others }),
        }
    };
    let mut at = 0;
    let mut u = 0;
    while u < p.units.len() {
        let mask = by[u];
        let mut end = u + 1;
        while end < p.units.len() && by[end] == mask && (mask == 0 || p.sentence_of[end] == p.sentence_of[u]) {
            end += 1;
        }
        if mask != 0 {
            let r = p.range(shared::Run { start: u, len: end - u });
            push(ByteRange::new(at, r.start), 0);
            push(r, mask);
            at = r.end;
        }
        u = end;
    }
    push(ByteRange::new(at, p.text.len()), 0);
    out
}

/// The sentences of a text with wording no other version shares (`by`: per
/// unit, the other versions covering it), and in each the runs of that
/// wording long enough to be a phrase of `min_phrase` words (two at least).
fn own_passages(p: &Prepared, by: &[u8], min_phrase: usize) -> Vec<OwnPassage> {
    let min_phrase = min_phrase.max(2);
    let mut out = Vec::new();
    for segment in &p.segments {
        let mut own = Vec::new();
        let mut u = segment.start;
        while u < segment.end {
            if by[u] != 0 {
                u += 1;
                continue;
            }
            let start = u;
            while u < segment.end && by[u] == 0 {
                u += 1;
            }
            // From its first meaningful word to its last, as a shared phrase
            // is: the function words a shared phrase leaves at its edges are
            // no version's own wording.
            let run = phrases::trim_to_meaning(&p.units, shared::Run { start, len: u - start });
            if run.len > 0 && phrases::is_phrase(&p.units[run.units()], min_phrase) {
                own.push(p.range(run));
            }
        }
        if !own.is_empty() {
            let (s, e) = p.sentences[p.sentence_of[segment.start]];
            let text = &p.text[s..e];
            let start = s + (text.len() - text.trim_start().len());
            let end = e - (text.len() - text.trim_end().len());
            let whole = by[segment.clone()].iter().all(|&m| m == 0);
            out.push(OwnPassage { sentence: ByteRange::new(start, end), own, whole });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "The Russian side highly praised the measures being taken by China. They discussed cooperation in that field.";
    const B: &str = "The Russian side praised the measures taken by China. The issues of cooperation in this field were discussed.";
    const C: &str = "The Russian side gave a high appraisal of the measures that China is taking.";

    #[test]
    fn phrases_carry_the_versions_that_have_them() {
        let c = compare_many(&[A, B, C], &Options::default());
        let p = c.phrases.iter().find(|p| p.text == "Russian side").expect("shared by all three");
        assert_eq!(p.carriers(), vec![0, 1, 2]);
        let p = c.phrases.iter().find(|p| p.text == "praised the measures").expect("shared by two");
        assert_eq!(p.carriers(), vec![0, 1]);
        // The stretches tile each text, and name who carries them.
        for v in &c.versions {
            let mut at = 0;
            for s in &v.carried {
                assert_eq!(s.range.start, at);
                at = s.range.end;
            }
            assert_eq!(at, v.text.len());
        }
        let first = &c.versions[0].carried[0];
        assert_eq!(&A[first.range.start..first.range.end], "The Russian side");
        assert_eq!(first.by, vec![1, 2]);
    }

    #[test]
    fn own_passages_are_whole_sentences_with_the_wording_no_other_version_has() {
        let c = compare_many(&[A, B, C], &Options::default());
        let text = |v: usize, r: ByteRange| &c.versions[v].text[r.start..r.end];
        // A's "highly" is a word translated another way, not a passage;
        // its second sentence shares nothing with B's.
        let a = &c.versions[0].own;
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(text(0, a[0].sentence), "They discussed cooperation in that field.");
        assert!(a[0].whole);
        // C words the praise its own way, in a sentence that shares its subject.
        let own = &c.versions[2].own;
        assert_eq!(own.len(), 1, "{own:?}");
        assert_eq!(text(2, own[0].sentence), C);
        assert!(!own[0].whole);
        let runs: Vec<&str> = own[0].own.iter().map(|&r| text(2, r)).collect();
        assert_eq!(runs, ["gave a high appraisal of the measures that China is taking"]);
    }

    #[test]
    fn the_order_of_the_texts_changes_only_the_order_of_the_output() {
        let forward = compare_many(&[A, B, C], &Options::default());
        let backward = compare_many(&[C, B, A], &Options::default());
        assert_eq!(forward.versions[0].carried.len(), backward.versions[2].carried.len());
        let ranges = |v: &Version| v.carried.iter().map(|c| (c.range, c.by.len())).collect::<Vec<_>>();
        assert_eq!(ranges(&forward.versions[0]), ranges(&backward.versions[2]));
        assert_eq!(forward.similarity[0][1], backward.similarity[2][1]);
        assert_eq!(forward.phrases.len(), backward.phrases.len());
    }

    #[test]
    fn similarity_is_symmetric_and_one_on_the_diagonal() {
        let c = compare_many(&[A, B, C], &Options::default());
        for i in 0..3 {
            assert_eq!(c.similarity[i][i], 1.0);
            for j in 0..3 {
                assert_eq!(c.similarity[i][j], c.similarity[j][i]);
            }
        }
        assert!(c.similarity[0][1] > c.similarity[0][2]);
    }
}

//! The comparison engine: plain Rust, no web dependencies.
//!
//! [`compare`] takes two texts and [`Options`] and returns a [`Comparison`].
//! The pipeline, one module per step: [`tokens`] (words and sentences),
//! [`normalize`] (comparable ids), [`diff`] (in-order matching), [`phrases`]
//! (cleanup and moved phrases), [`align`] (sentence pairs), [`terms`]
//! (distinctive words), [`spans`] and [`metrics`] (the result's layout and
//! numbers). [`input`] checks file bytes before any of this.

pub mod align;
pub mod diff;
pub mod input;
pub mod lang;
pub mod metrics;
pub mod model;
pub mod normalize;
pub mod phrases;
pub mod spans;
pub mod terms;
pub mod tokens;
pub mod unicode;

pub use lang::detect_lang;
pub use model::*;

use std::sync::Arc;

use rustc_hash::FxHashMap;

use diff::Deadline;
use normalize::{Interner, Normalizer, Unit};
use spans::Covered;
use tokens::Token;

/// Time allowed for the in-order diff before it settles for a coarser result.
pub const DIFF_BUDGET_MS: u64 = 200;
/// Time allowed, after that, for the word diffs inside sentence pairs.
pub const PAIR_DIFF_BUDGET_MS: u64 = 100;

/// One side, tokenized and normalized.
struct Prepared<'t> {
    text: &'t str,
    lang: Lang,
    tokens: Vec<Token>,
    sentences: Vec<(usize, usize)>,
    units: Vec<Unit>,
    /// Sentence of each unit.
    sentence_of: Vec<usize>,
}

impl Prepared<'_> {
    fn range(&self, first: usize, len: usize) -> ByteRange {
        ByteRange { start: self.tokens[self.units[first].token].start, end: self.tokens[self.units[first + len - 1].token].end }
    }

    /// Units of consecutive sentences `first..=last` (a contiguous run).
    fn units_of(&self, first: usize, last: usize) -> &[Unit] {
        let s = self.sentence_of.partition_point(|&x| x < first);
        let e = self.sentence_of.partition_point(|&x| x <= last);
        &self.units[s..e]
    }
}

fn prepare<'t>(text: &'t str, choice: LangChoice, options: &Options, interner: &mut Interner) -> Prepared<'t> {
    let lang = lang::resolve(choice, text);
    let tokens = tokens::tokenize(text);
    let sentences = tokens::sentences(text, &tokens);
    let normalizer = Normalizer::new(options, lang);
    let units = normalize::units(text, &tokens, &normalizer, interner);
    let mut sentence_of = Vec::with_capacity(units.len());
    let mut si = 0;
    for u in &units {
        let start = tokens[u.token].start;
        while sentences[si].1 <= start {
            si += 1;
        }
        sentence_of.push(si);
    }
    Prepared { text, lang, tokens, sentences, units, sentence_of }
}

/// Compares two statements: shared phrases in order and moved, sentence
/// pairs, distinctive terms and metrics. Symmetric: swapping the texts (and
/// their language options) mirrors the result exactly.
pub fn compare(left: &str, right: &str, options: &Options) -> Comparison {
    compare_with_progress(left, right, options, &mut |_| {})
}

/// [`compare`], calling `progress` as the work advances with the fraction
/// done so far (0 to 1, rising), so a long comparison can show a true bar.
pub fn compare_with_progress(left: &str, right: &str, options: &Options, progress: &mut dyn FnMut(f32)) -> Comparison {
    // The greedy steps (diff tie-breaks, moved phrases, alignment) depend on
    // which side comes first; always run them in one canonical orientation
    // and mirror, so compare(a, b) and compare(b, a) agree.
    let key = |text: &str, lang: LangChoice| (text.to_owned(), format!("{lang:?}"));
    let swap = key(right, options.lang_right) < key(left, options.lang_left);
    if !swap {
        return compare_oriented(left, right, options, progress);
    }
    let mirrored = Options { lang_left: options.lang_right, lang_right: options.lang_left, ..options.clone() };
    let c = compare_oriented(right, left, &mirrored, progress);
    mirror(c, left, options)
}

/// Swaps the sides of a comparison made with the texts the other way round.
fn mirror(c: Comparison, left_text: &str, options: &Options) -> Comparison {
    let phrases = c
        .phrases
        .into_iter()
        .map(|p| SharedPhrase {
            text: p.right.first().map_or(String::new(), |r| left_text[r.start..r.end].to_owned()),
            left: p.right,
            right: p.left,
            ..p
        })
        .collect();
    let pairs = c
        .pairs
        .into_iter()
        .map(|p| SentencePair {
            left: p.right,
            right: p.left,
            similarity: p.similarity,
            edits: p
                .edits
                .into_iter()
                .map(|e| WordEdit { kind: e.kind, left: e.right, right: e.left })
                .collect(),
        })
        .collect();
    Comparison { options: options.clone(), left: c.right, right: c.left, phrases, pairs, metrics: c.metrics }
}

fn compare_oriented(left: &str, right: &str, options: &Options, progress: &mut dyn FnMut(f32)) -> Comparison {
    let min_phrase = options.min_phrase.max(1);
    let mut interner = Interner::default();
    let mut a = prepare(left, options.lang_left, options, &mut interner);
    progress(0.2);
    let mut b = prepare(right, options.lang_right, options, &mut interner);
    progress(0.4);
    if options.spelling_variants {
        let rep = normalize::spelling_variants(&interner);
        for u in a.units.iter_mut().chain(b.units.iter_mut()) {
            u.id = rep[u.id as usize];
        }
    }

    // In-order shared phrases, then moved ones among what is left.
    let ids_a: Vec<u32> = a.units.iter().map(|u| u.id).collect();
    let ids_b: Vec<u32> = b.units.iter().map(|u| u.id).collect();
    let (runs, timed_out) = diff::matching_runs(&ids_a, &ids_b, Deadline::after_ms(DIFF_BUDGET_MS));
    progress(0.5);
    let mut matches = phrases::in_order(&a.units, &b.units, &runs, min_phrase);
    let mut used_a = vec![false; a.units.len()];
    let mut used_b = vec![false; b.units.len()];
    for m in &matches {
        used_a[m.a..m.a + m.len].iter_mut().for_each(|u| *u = true);
        used_b[m.b..m.b + m.len].iter_mut().for_each(|u| *u = true);
    }
    matches.extend(phrases::moved(&a.units, &b.units, &mut used_a, &mut used_b, min_phrase));
    matches.sort_by_key(|m| m.a);
    progress(0.6);

    // Phrases, numbered in left order; repeated moved phrases are grouped.
    let mut list: Vec<SharedPhrase> = Vec::new();
    let mut groups: FxHashMap<&[u32], usize> = FxHashMap::default();
    let mut cov_a: Vec<Covered> = Vec::with_capacity(matches.len());
    let mut cov_b: Vec<Covered> = Vec::with_capacity(matches.len());
    for m in &matches {
        let (ra, rb) = (a.range(m.a, m.len), b.range(m.b, m.len));
        let kind = if m.moved { SpanKind::Moved } else { SpanKind::Shared };
        let existing = if m.moved { groups.get(&ids_a[m.a..m.a + m.len]).copied() } else { None };
        let idx = match existing {
            Some(i) => {
                list[i].left.push(ra);
                list[i].right.push(rb);
                i
            }
            None => {
                if m.moved {
                    groups.insert(&ids_a[m.a..m.a + m.len], list.len());
                }
                let words = a.units[m.a..m.a + m.len].iter().filter(|u| u.word).count();
                list.push(SharedPhrase {
                    kind,
                    words,
                    text: left[ra.start..ra.end].to_owned(),
                    left: vec![ra],
                    right: vec![rb],
                });
                list.len() - 1
            }
        };
        cov_a.push(Covered { start: ra.start, end: ra.end, kind, phrase: idx });
        cov_b.push(Covered { start: rb.start, end: rb.end, kind, phrase: idx });
    }
    for p in &mut list {
        p.right.sort_by_key(|r| r.start);
    }
    cov_b.sort_by_key(|c| c.start);

    // Sentence pairs with a word diff each.
    let side_a = align::SideUnits { units: &a.units, sentence_of: &a.sentence_of, sentences: a.sentences.len() };
    let side_b = align::SideUnits { units: &b.units, sentence_of: &b.sentence_of, sentences: b.sentences.len() };
    let pairings = align::align(&side_a, &side_b, &matches);
    let pair_deadline = Deadline::after_ms(PAIR_DIFF_BUDGET_MS);
    let mut pairs = Vec::with_capacity(pairings.len());
    let mut pair_a = vec![None; a.sentences.len()];
    let mut pair_b = vec![None; b.sentences.len()];
    let count = pairings.len().max(1) as f32;
    for (i, p) in pairings.into_iter().enumerate() {
        progress(0.6 + 0.3 * i as f32 / count);
        let ua = a.units_of(p.left[0], *p.left.last().unwrap());
        let ub = b.units_of(p.right[0], *p.right.last().unwrap());
        let edits = align::edits(ua, ub, &a.tokens, &b.tokens, pair_deadline);
        p.left.iter().for_each(|&s| pair_a[s] = Some(i));
        p.right.iter().for_each(|&s| pair_b[s] = Some(i));
        pairs.push(SentencePair { left: p.left, right: p.right, similarity: p.similarity, edits });
    }

    let (dist_a, dist_b) = terms::distinctive(
        &terms::SideText { text: left, tokens: &a.tokens, units: &a.units },
        &terms::SideText { text: right, tokens: &b.tokens, units: &b.units },
        &interner,
    );
    let finish = |p: &Prepared, cov: &[Covered], pair_of: &[Option<usize>], distinctive| SideResult {
        text: Arc::from(p.text),
        lang: p.lang,
        spans: spans::build(p.text, &p.tokens, &p.sentences, cov),
        sentences: p
            .sentences
            .iter()
            .zip(pair_of)
            .map(|(&(start, end), &pair)| Sentence { range: ByteRange::new(start, end), pair })
            .collect(),
        metrics: metrics::side(&p.tokens, cov),
        distinctive,
    };
    let left_result = finish(&a, &cov_a, &pair_a, dist_a);
    let right_result = finish(&b, &cov_b, &pair_b, dist_b);
    let metrics = metrics::pair(&left_result.metrics, &right_result.metrics, &list, timed_out);
    Comparison { options: options.clone(), left: left_result, right: right_result, phrases: list, pairs, metrics }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(side: &SideResult) -> Vec<(String, SpanKind)> {
        side.spans
            .iter()
            .map(|s| (side.slice(s.range).to_owned(), s.kind))
            .filter(|(t, _)| t.chars().any(char::is_alphanumeric))
            .collect()
    }

    #[test]
    fn self_comparison_is_all_shared() {
        let t = "Wang Yi had a call. Lavrov praised China.";
        let c = compare(t, t, &Options::default());
        assert_eq!(c.left.metrics.shared_percent, 100.0);
        assert_eq!(c.metrics.similarity, 1.0);
        assert!(kinds(&c.left).iter().all(|(_, k)| *k == SpanKind::Shared));
    }

    #[test]
    fn finds_in_order_moved_and_distinct() {
        let l = "The ministers discussed the coronavirus pandemic. They praised bilateral trade ties.";
        let r = "They praised bilateral trade ties. Only Russia spoke. The ministers discussed the coronavirus pandemic.";
        let c = compare(l, r, &Options::default());
        let has = |side: &SideResult, text: &str, kind: SpanKind| side.spans.iter().any(|s| side.slice(s.range) == text && s.kind == kind);
        assert!(c.phrases.iter().any(|p| p.kind == SpanKind::Moved));
        assert!(c.phrases.iter().any(|p| p.kind == SpanKind::Shared));
        assert!(has(&c.right, "Only Russia spoke", SpanKind::Distinct) || c.right.spans.iter().any(|s| c.right.slice(s.range).contains("Only Russia") && s.kind == SpanKind::Distinct));
        assert!(has(&c.left, "The ministers discussed the coronavirus pandemic", SpanKind::Shared) || has(&c.left, "The ministers discussed the coronavirus pandemic", SpanKind::Moved));
        // Two sentence pairs, crossing.
        assert_eq!(c.pairs.len(), 2);
        assert!(c.left.sentences.iter().all(|s| s.pair.is_some()));
        assert_eq!(c.right.sentences[1].pair, None);
    }

    #[test]
    fn phrase_ranges_point_at_the_phrase() {
        let l = "Russia and China praised the joint statement today.";
        let r = "Yesterday the joint statement was praised by Russia and China.";
        let c = compare(l, r, &Options::default());
        for p in &c.phrases {
            for rg in &p.left {
                assert!(!l[rg.start..rg.end].starts_with(' '));
            }
            let lt: String = l[p.left[0].start..p.left[0].end].to_lowercase();
            let rt: String = r[p.right[0].start..p.right[0].end].to_lowercase();
            assert_eq!(lt, rt);
        }
        assert!(c.phrases.iter().any(|p| p.text == "the joint statement"));
    }

    #[test]
    fn min_phrase_controls_short_matches() {
        let l = "alpha beta gamma delta";
        let r = "zeta beta gamma eta";
        assert!(compare(l, r, &Options::default()).phrases.is_empty());
        let two = Options { min_phrase: 2, ..Options::default() };
        assert_eq!(compare(l, r, &two).phrases.len(), 1);
    }

    #[test]
    fn spelling_variants_option() {
        let l = "Minister Sergei Lavrov spoke warmly today";
        let r = "Minister Sergey Lavrov spoke warmly yesterday";
        let off = compare(l, r, &Options::default());
        let on = compare(l, r, &Options { spelling_variants: true, ..Options::default() });
        assert!(on.left.metrics.shared_words > off.left.metrics.shared_words);
        assert_eq!(on.left.metrics.shared_words, 5);
    }

    #[test]
    fn empty_inputs() {
        let c = compare("", "", &Options::default());
        assert!(c.left.spans.is_empty() && c.left.sentences.is_empty());
        let c = compare("", "Some words here.", &Options::default());
        assert_eq!(c.right.metrics.words, 3);
        assert_eq!(c.metrics.similarity, 0.0);
    }
}

//! The comparison engine: plain Rust, no web dependencies.
//!
//! [`compare`] takes two texts and [`Options`] and returns a [`Comparison`].
//! The pipeline, one module per step: [`tokens`] (words and sentences),
//! [`normalize`] (comparable ids), [`diff`] (in-order matching), [`phrases`]
//! (cleanup and moved phrases), [`align`] (sentence pairs), [`terms`]
//! (distinctive words), [`spans`] and [`metrics`] (the result's layout and
//! numbers). [`input`] checks file bytes before any of this.

pub mod align;
pub mod concepts;
pub mod diff;
pub mod edits;
pub mod input;
pub mod lang;
pub mod metrics;
pub mod model;
pub mod normalize;
pub mod phrases;
pub mod shared;
pub mod spans;
pub mod speakers;
pub mod terms;
pub mod tokens;

pub use lang::detect_lang;
pub use model::*;

use std::sync::Arc;

use rustc_hash::FxHashMap;

use std::ops::Range;

use diff::Deadline;
use normalize::{Interner, Normalizer, Unit};
use shared::SharedIndex;
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
    /// Segment of each unit: its sentence, `None` for a list number.
    segment_of: Vec<Option<u32>>,
    /// Unit ranges of the segments (sentences without their list number).
    segments: Vec<Range<usize>>,
}

impl Prepared<'_> {
    /// The byte range of a run of units, from its first token to its last.
    fn range(&self, run: shared::Run) -> ByteRange {
        let (first, last) = (self.units[run.start].token, self.units[run.start + run.len - 1].token);
        ByteRange::new(self.tokens[first].start, self.tokens[last].end)
    }

    /// Units of consecutive sentences `first..=last` (a contiguous run).
    fn units_of(&self, first: usize, last: usize) -> &[Unit] {
        let s = self.sentence_of.partition_point(|&x| x < first);
        let e = self.sentence_of.partition_point(|&x| x <= last);
        &self.units[s..e]
    }

    fn ids(&self) -> Vec<u32> {
        self.units.iter().map(|u| u.id).collect()
    }
}

fn prepare<'t>(text: &'t str, choice: LangChoice, options: &Options, interner: &mut Interner) -> Prepared<'t> {
    let lang = lang::resolve(choice, text);
    let tokens = tokens::tokenize(text);
    let sentences = tokens::sentences(text, &tokens);
    let normalizer = Normalizer::new(options, lang);
    let units = normalize::units(text, &tokens, &normalizer, interner);
    let mut sentence_of = Vec::with_capacity(units.len());
    let mut segment_of = Vec::with_capacity(units.len());
    let mut si = 0;
    let mut marker_end = 0;
    for u in &units {
        let start = tokens[u.token].start;
        while sentences[si].1 <= start {
            si += 1;
        }
        if si != sentence_of.last().copied().unwrap_or(usize::MAX) {
            let (s, e) = sentences[si];
            marker_end = s + tokens::list_marker_len(&text[s..e]);
        }
        sentence_of.push(si);
        segment_of.push((start >= marker_end).then_some(si as u32));
    }
    let mut segments: Vec<Range<usize>> = Vec::new();
    for (u, seg) in segment_of.iter().enumerate() {
        match (seg, segments.last_mut()) {
            (None, _) => {}
            (Some(_), Some(last)) if last.end == u && segment_of[u - 1] == *seg => last.end = u + 1,
            (Some(_), _) => segments.push(u..u + 1),
        }
    }
    Prepared { text, lang, tokens, sentences, units, sentence_of, segment_of, segments }
}

/// Compares two statements: shared phrases in order and moved, sentence
/// pairs, distinctive terms and metrics. Symmetric: swapping the texts (and
/// their language options) mirrors the result exactly.
pub fn compare(left: &str, right: &str, options: &Options) -> Comparison {
    // The greedy steps (diff tie-breaks, moved phrases, alignment) depend on
    // which side comes first; always run them in one canonical orientation
    // and mirror, so compare(a, b) and compare(b, a) agree.
    let key = |text: &str, lang: LangChoice| (text.to_owned(), format!("{lang:?}"));
    let swap = key(right, options.lang_right) < key(left, options.lang_left);
    if !swap {
        return compare_oriented(left, right, options);
    }
    let mirrored = Options { lang_left: options.lang_right, lang_right: options.lang_left, ..options.clone() };
    let c = compare_oriented(right, left, &mirrored);
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

fn compare_oriented(left: &str, right: &str, options: &Options) -> Comparison {
    let min_phrase = options.min_phrase.max(1);
    let mut interner = Interner::default();
    let mut a = prepare(left, options.lang_left, options, &mut interner);
    let mut b = prepare(right, options.lang_right, options, &mut interner);
    if options.spelling_variants {
        let rep = normalize::spelling_variants(&interner);
        for u in a.units.iter_mut().chain(b.units.iter_mut()) {
            u.id = rep[u.id as usize];
        }
    }
    let (ids_a, ids_b) = (a.ids(), b.ids());
    let identical = ids_a == ids_b && a.segments == b.segments;
    let index = SharedIndex::new([&ids_a, &ids_b], [&a.segments, &b.segments]);

    // Every phrase the other side has, wherever it is, tiles each side.
    let mut keys: Vec<(usize, usize)> = Vec::new();
    let mut key_of: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    let sides = [(&a, &ids_a, Side::Left), (&b, &ids_b, Side::Right)];
    let tiles = sides.map(|(p, ids, side)| {
        let mut candidates = Vec::new();
        for common in index.longest_runs(side) {
            let (off, len) = phrases::trim(&p.units[common.run.units()]);
            let run = shared::Run { start: common.run.start + off, len };
            if len == 0 || !(identical || phrases::is_phrase(&p.units[run.units()], min_phrase)) {
                continue;
            }
            let state = if run == common.run { common.state } else { index.state_of(&ids[run.units()]) };
            let next = keys.len();
            let key = *key_of.entry((state, len)).or_insert(next);
            if key == next {
                keys.push((state, len));
            }
            candidates.push((run, key));
        }
        phrases::tile(&p.units, candidates)
    });

    // What is shared in order: the runs of the in-order diff that are
    // phrases. Only units in shared phrases can be shown shared, so the diff
    // runs over those alone: as exact, and far smaller on long texts.
    let shown = tiles.each_ref().map(|ts| ts.iter().flat_map(|t| t.run.units()).collect::<Vec<usize>>());
    let deadline = Deadline::after_ms(DIFF_BUDGET_MS);
    let (runs, timed_out) = diff::matching_runs_at(&ids_a, &ids_b, &shown[0], &shown[1], deadline);
    let in_order = phrases::in_order([&a.units, &b.units], [&a.segment_of, &b.segment_of], &runs, min_phrase, identical);
    let mut ordered = [vec![false; a.units.len()], vec![false; b.units.len()]];
    for (run, b_start) in &in_order {
        ordered[0][run.units()].iter_mut().for_each(|x| *x = true);
        ordered[1][*b_start..b_start + run.len].iter_mut().for_each(|x| *x = true);
    }

    // The phrases that tile something, numbered by their first occurrence
    // on the left, with every occurrence on both sides.
    let mut used = vec![false; keys.len()];
    tiles.iter().flatten().for_each(|t| used[t.key] = true);
    let mut occurrences: Vec<[Vec<shared::Run>; 2]> =
        keys.iter().map(|&(state, len)| index.occurrences(state, len)).collect();
    let mut order: Vec<usize> = (0..keys.len()).filter(|&k| used[k]).collect();
    order.sort_by_key(|&k| (occurrences[k][0].first().map(|r| r.start), keys[k].1));
    let mut number = vec![usize::MAX; keys.len()];
    for (i, &k) in order.iter().enumerate() {
        number[k] = i;
    }
    let links = align::links(order.iter().map(|&k| &occurrences[k]), [&a.units, &b.units], [&a.sentence_of, &b.sentence_of]);
    let mut list: Vec<SharedPhrase> = order
        .iter()
        .map(|&k| {
            let [oa, ob] = std::mem::take(&mut occurrences[k]);
            let first = oa[0];
            let ra = a.range(first);
            SharedPhrase {
                kind: SpanKind::Moved,
                words: a.units[first.units()].iter().filter(|u| u.word).count(),
                text: left[ra.start..ra.end].to_owned(),
                left: oa.iter().map(|&r| a.range(r)).collect(),
                right: ob.iter().map(|&r| b.range(r)).collect(),
            }
        })
        .collect();

    // Tiles become covered ranges: in order where the diff keeps them so.
    let mut covered: [Vec<Covered>; 2] = [Vec::new(), Vec::new()];
    for (s, p) in [&a, &b].into_iter().enumerate() {
        for t in &tiles[s] {
            let phrase = number[t.key];
            let mut u = t.run.start;
            let end = t.run.start + t.run.len;
            while u < end {
                let in_order = ordered[s][u];
                let mut stop = u + 1;
                while stop < end && ordered[s][stop] == in_order {
                    stop += 1;
                }
                let kind = if in_order { SpanKind::Shared } else { SpanKind::Moved };
                if in_order {
                    list[phrase].kind = SpanKind::Shared;
                }
                let r = p.range(shared::Run { start: u, len: stop - u });
                covered[s].push(Covered { start: r.start, end: r.end, kind, phrase });
                u = stop;
            }
        }
    }

    // Who speaks in each sentence, with names learned from both statements.
    let mut names = speakers::Names::default();
    names.learn(left, &a.tokens);
    names.learn(right, &b.tokens);
    let speakers = [&a, &b].map(|p| speakers::speakers(p.text, &p.tokens, &p.sentences, &names));

    // Sentence pairs with a word diff each.
    let [side_a, side_b] = [(&a, &speakers[0]), (&b, &speakers[1])]
        .map(|(p, sp)| align::SideSentences::new(p.text, &p.tokens, &p.units, &p.sentence_of, sp, &mut interner));
    let pairings = align::align(&side_a, &side_b, &links);
    let pair_deadline = Deadline::after_ms(PAIR_DIFF_BUDGET_MS);
    let mut pairs = Vec::with_capacity(pairings.len());
    let mut pair_a = vec![None; a.sentences.len()];
    let mut pair_b = vec![None; b.sentences.len()];
    for (i, p) in pairings.into_iter().enumerate() {
        let ua = a.units_of(p.left[0], *p.left.last().unwrap());
        let ub = b.units_of(p.right[0], *p.right.last().unwrap());
        let edits = edits::edits(ua, ub, &a.tokens, &b.tokens, pair_deadline);
        p.left.iter().for_each(|&s| pair_a[s] = Some(i));
        p.right.iter().for_each(|&s| pair_b[s] = Some(i));
        pairs.push(SentencePair { left: p.left, right: p.right, similarity: p.similarity, edits });
    }

    let (dist_a, dist_b) = terms::distinctive(
        &terms::SideText { text: left, tokens: &a.tokens, units: &a.units },
        &terms::SideText { text: right, tokens: &b.tokens, units: &b.units },
        &interner,
    );
    let [speakers_a, speakers_b] = speakers;
    let finish = |p: &Prepared, cov: &[Covered], pair_of: &[Option<usize>], speakers: Vec<Option<Speaker>>, distinctive| SideResult {
        text: Arc::from(p.text),
        lang: p.lang,
        spans: spans::build(p.text, &p.tokens, &p.sentences, cov),
        sentences: p
            .sentences
            .iter()
            .zip(pair_of)
            .zip(speakers)
            .map(|((&(start, end), &pair), speaker)| Sentence { range: ByteRange::new(start, end), pair, speaker })
            .collect(),
        metrics: metrics::side(&p.tokens, cov),
        distinctive,
    };
    let left_result = finish(&a, &covered[0], &pair_a, speakers_a, dist_a);
    let right_result = finish(&b, &covered[1], &pair_b, speakers_b, dist_b);
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
        let l = "alpha beta gamma delta epsilon";
        let r = "zeta beta gamma eta delta epsilon iota";
        let phrases = |min_phrase| compare(l, r, &Options { min_phrase, ..Options::default() }).phrases.len();
        assert_eq!(phrases(2), 2, "beta gamma, delta epsilon");
        assert_eq!(phrases(3), 0);
        // One word is a phrase only when asked for.
        assert_eq!(phrases(1), 2);
    }

    #[test]
    fn a_phrase_needs_two_content_words() {
        let l = "They met in Moscow on Friday. The ministers spoke.";
        let r = "Talks began in Moscow on schedule. Nothing else happened.";
        let c = compare(l, r, &Options::default());
        assert!(c.phrases.is_empty(), "{:?}", c.phrases);
    }

    #[test]
    fn every_occurrence_of_a_shared_phrase_is_marked_and_linked() {
        let l = "Russian Foreign Minister Sergey Lavrov arrived. Later Russian Foreign Minister Sergey Lavrov left.";
        let r = "Talks were held with Russian Foreign Minister Sergey Lavrov today.";
        let c = compare(l, r, &Options::default());
        let p = c.phrases.iter().position(|p| p.text == "Russian Foreign Minister Sergey Lavrov").expect("the phrase");
        assert_eq!(c.phrases[p].left.len(), 2);
        assert_eq!(c.phrases[p].right.len(), 1);
        let marked: Vec<&str> = c.left.spans.iter().filter(|s| s.phrase == Some(p)).map(|s| c.left.slice(s.range)).collect();
        assert_eq!(marked, ["Russian Foreign Minister Sergey Lavrov"; 2]);
    }

    #[test]
    fn the_longest_shared_phrase_wins() {
        // "Russia fully recognizes" also occurs on its own on the right; the
        // six-word phrase is still one link, to its one counterpart.
        let l = "Lavrov said that Russia fully recognizes and highly appreciates the response.";
        let r = "Russia fully recognizes the risk. Russia fully recognizes and highly appreciates it.";
        let c = compare(l, r, &Options::default());
        let spans: Vec<(&str, Option<usize>)> = c
            .left
            .spans
            .iter()
            .filter(|s| s.kind != SpanKind::Distinct)
            .map(|s| (c.left.slice(s.range), s.phrase))
            .collect();
        assert_eq!(spans.len(), 1, "{spans:?}");
        assert_eq!(spans[0].0, "Russia fully recognizes and highly appreciates");
        let p = &c.phrases[spans[0].1.unwrap()];
        assert_eq!(p.right.len(), 1);
        assert_eq!(&r[p.right[0].start..p.right[0].end], "Russia fully recognizes and highly appreciates");
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

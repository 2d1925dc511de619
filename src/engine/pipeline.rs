//! The comparison of two statements, step by step: prepare each side
//! (words, sentences, comparable ids), find the shared phrases, the in-order
//! diff along paired sentences, the sentence pairs, the distinctive terms,
//! then lay out spans and metrics. Run in one canonical orientation and
//! mirrored, so the result never depends on which text came first.

use super::model::*;
use super::options::*;
use super::{acronyms, align, diff, edits, likeness, metrics, names, normalize, order, phrases, shared, side, speakers, spans, terms};

use std::sync::Arc;


use diff::Deadline;
use normalize::Interner;
use shared::SharedIndex;
use side::{prepare, Prepared};
use spans::Covered;

/// Time allowed for the steps that can settle for a coarser result. Nothing
/// else has a budget: every shared phrase is always found. Where a budget
/// cuts a step short, [`Metrics::limits`] says where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    /// The in-order diff, all pieces together.
    pub order_ms: u64,
    /// The word diffs inside sentence pairs, all together, after that.
    pub word_diff_ms: u64,
}

impl Default for Budget {
    fn default() -> Self {
        Budget { order_ms: 200, word_diff_ms: 100 }
    }
}

/// Compares two statements: shared phrases in order and moved, sentence
/// pairs, distinctive terms and metrics. Symmetric: swapping the texts (and
/// their language options) mirrors the result exactly.
pub fn compare(left: &str, right: &str, options: &Options) -> Comparison {
    compare_within(left, right, options, Budget::default())
}

/// [`compare`] with time budgets of one's own.
pub fn compare_within<'a>(left: &'a str, right: &'a str, options: &Options, budget: Budget) -> Comparison {
    compare_reporting(left, right, options, budget, &mut |_| {})
}

/// [`compare`], calling `progress` as the work advances with the fraction
/// done so far (0 to 1, rising), so a long comparison can show a true bar.
pub fn compare_with_progress(left: &str, right: &str, options: &Options, progress: &mut dyn FnMut(f32)) -> Comparison {
    compare_reporting(left, right, options, Budget::default(), progress)
}

fn compare_reporting<'a>(left: &'a str, right: &'a str, options: &Options, budget: Budget, progress: &mut dyn FnMut(f32)) -> Comparison {
    // The greedy steps (diff tie-breaks, moved phrases, alignment) depend on
    // which side comes first; always run them in one canonical orientation
    // and mirror, so compare(a, b) and compare(b, a) agree.
    let key = |text: &'a str, lang: LangChoice| (text, format!("{lang:?}"));
    let swap = key(right, options.lang_right) < key(left, options.lang_left);
    if !swap {
        return compare_oriented(left, right, options, budget, progress);
    }
    let mirrored = Options { lang_left: options.lang_right, lang_right: options.lang_left, ..options.clone() };
    let c = compare_oriented(right, left, &mirrored, budget, progress);
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
    let limits = c.metrics.limits.into_iter().map(|l| Limit { left: l.right, right: l.left, ..l }).collect();
    let metrics = Metrics { limits, ..c.metrics };
    Comparison { options: options.clone(), left: c.right, right: c.left, phrases, pairs, metrics }
}

fn compare_oriented(left: &str, right: &str, options: &Options, budget: Budget, progress: &mut dyn FnMut(f32)) -> Comparison {
    let min_phrase = options.min_phrase.max(1);
    let mut interner = Interner::default();
    let mut a = prepare(left, options.lang_left, options, &mut interner);
    progress(0.15);
    let mut b = prepare(right, options.lang_right, options, &mut interner);
    progress(0.3);
    if options.spelling_variants {
        let rep = normalize::spelling_variants(&interner);
        for u in a.units.iter_mut().chain(b.units.iter_mut()) {
            u.id = rep[u.id as usize];
        }
    }
    let (ids_a, ids_b) = (a.ids(), b.ids());
    let identical = ids_a == ids_b && a.segments == b.segments;
    let index = SharedIndex::new(&[&ids_a, &ids_b], &[&a.segments, &b.segments]);

    // Every phrase the other side has, wherever it is, tiles each side.
    let mut keys = phrases::Keys::default();
    let tiles = [(&a, &ids_a, 0), (&b, &ids_b, 1)]
        .map(|(p, ids, me)| phrases::find(&index, me, 1 << (1 - me), (&p.units, ids, &p.sentence_of), min_phrase, identical, &mut keys));

    // The phrases that tile something, numbered by their first occurrence
    // on the left, with every occurrence on both sides.
    let keys = keys.all();
    let mut used = vec![false; keys.len()];
    tiles.iter().flatten().for_each(|t| used[t.key] = true);
    let mut occurrences: Vec<[Vec<shared::Run>; 2]> = keys
        .iter()
        .map(|&(state, len)| index.occurrences(state, len).try_into().expect("two texts"))
        .collect();
    let mut order: Vec<usize> = (0..keys.len()).filter(|&k| used[k]).collect();
    order.sort_by_key(|&k| (occurrences[k][0].first().map(|r| r.start), keys[k].1));
    let mut number = vec![usize::MAX; keys.len()];
    for (i, &k) in order.iter().enumerate() {
        number[k] = i;
    }
    progress(0.45);
    let links = likeness::links(order.iter().map(|&k| &occurrences[k]), [&a, &b]);
    let mut list: Vec<SharedPhrase> = order
        .iter()
        .map(|&k| {
            let [oa, ob] = std::mem::take(&mut occurrences[k]);
            let first = oa[0];
            let ra = a.range(first);
            SharedPhrase {
                kind: SpanKind::Moved,
                words: phrases::word_count(&a.units[first.units()]),
                text: left[ra.start..ra.end].to_owned(),
                left: oa.iter().map(|&r| a.range(r)).collect(),
                right: ob.iter().map(|&r| b.range(r)).collect(),
            }
        })
        .collect();

    // Who speaks in each sentence, with names learned from both statements.
    let mut names = names::Names::default();
    names.learn(left, &a.tokens, &a.sentences);
    names.learn(right, &b.tokens, &b.sentences);
    let speakers = [&a, &b].map(|p| speakers::speakers(p.text, &p.tokens, &p.sentences, &names));

    // Sentence pairs with a word diff each.
    let acronyms = [&a, &b].map(acronyms::used);
    let [side_a, side_b] = [(&a, &speakers[0], b.lang, &acronyms[1]), (&b, &speakers[1], a.lang, &acronyms[0])]
        .map(|(p, sp, against, theirs)| likeness::SideSentences::new(p, sp, against, theirs, &mut interner));
    let pairings = align::align(&side_a, &side_b, &links);
    progress(0.6);

    // What is shared in order, along the chain of sentence pairs; tiles
    // become covered ranges, in order where the diff keeps them so.
    let shown = tiles.each_ref().map(|ts| ts.iter().flat_map(|t| t.run.units()).collect::<Vec<usize>>());
    let deadline = Deadline::after_ms(budget.order_ms);
    let mut order = order::in_order([&a, &b], [&ids_a, &ids_b], [&shown[0], &shown[1]], &pairings, min_phrase, identical, deadline);
    for (s, p) in [&a, &b].into_iter().enumerate() {
        phrases::settle_order(&p.units, &tiles[s], &mut order.units[s]);
    }
    let mut limits = order.limits;
    progress(0.7);
    let mut covered: [Vec<Covered>; 2] = [Vec::new(), Vec::new()];
    for (s, p) in [&a, &b].into_iter().enumerate() {
        for t in &tiles[s] {
            let phrase = number[t.key];
            let mut u = t.run.start;
            let end = t.run.start + t.run.len;
            while u < end {
                let in_order = order.units[s][u];
                let mut stop = u + 1;
                while stop < end && order.units[s][stop] == in_order {
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

    let pair_deadline = Deadline::after_ms(budget.word_diff_ms);
    let mut pairs = Vec::with_capacity(pairings.len());
    let mut pair_a = vec![None; a.sentences.len()];
    let mut pair_b = vec![None; b.sentences.len()];
    let count = pairings.len().max(1) as f32;
    for (i, p) in pairings.into_iter().enumerate() {
        progress(0.7 + 0.25 * i as f32 / count);
        let ua = a.units_of(p.left[0], *p.left.last().unwrap());
        let ub = b.units_of(p.right[0], *p.right.last().unwrap());
        let edits = edits::edits(ua, ub, &a.tokens, &b.tokens, pair_deadline);
        if pair_deadline.passed() {
            let range = |side: &Prepared, s: &[usize]| {
                ByteRange::new(side.sentences[s[0]].0, side.sentences[*s.last().unwrap()].1)
            };
            let (l, r) = (range(&a, &p.left), range(&b, &p.right));
            match limits.last_mut() {
                Some(last) if last.kind == LimitKind::WordDiff => {
                    last.left = ByteRange::new(last.left.start.min(l.start), last.left.end.max(l.end));
                    last.right = ByteRange::new(last.right.start.min(r.start), last.right.end.max(r.end));
                }
                _ => limits.push(Limit { kind: LimitKind::WordDiff, left: l, right: r }),
            }
        }
        p.left.iter().for_each(|&s| pair_a[s] = Some(i));
        p.right.iter().for_each(|&s| pair_b[s] = Some(i));
        pairs.push(SentencePair { left: p.left, right: p.right, similarity: p.similarity, edits });
    }

    // Across two languages every word is one side's alone: no term says
    // more than another.
    let (dist_a, dist_b) = if a.lang == b.lang {
        terms::distinctive(
            &terms::SideText { text: left, tokens: &a.tokens, units: &a.units },
            &terms::SideText { text: right, tokens: &b.tokens, units: &b.units },
            &interner,
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let [speakers_a, speakers_b] = speakers;
    let finish = |p: &Prepared, cov: &[Covered], pair_of: &[Option<usize>], speakers: Vec<Option<Speaker>>, distinctive| SideResult {
        voices: speakers::voices(&p.tokens, &p.sentences, &speakers),
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
    let metrics = metrics::pair(&left_result.metrics, &right_result.metrics, &list, limits);
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
        // Shown from its first meaningful word to its last.
        assert!(c.phrases.iter().any(|p| p.text == "joint statement"));
    }

    #[test]
    fn a_phrase_is_the_same_words_on_both_sides() {
        // "the door is open" inside a sentence on the left, a sentence of its
        // own on the right: one phrase, highlighted from "The" only where it
        // opens its sentence.
        let l = "NATO says the door is open. We are grateful.";
        let r = "The alliance met. The door is open.";
        let c = compare(l, r, &Options::default());
        let texts: Vec<&str> = c.phrases.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, vec!["door is open"]);
        let highlighted = |side: &SideResult| kinds(side).into_iter().filter(|(_, k)| *k != SpanKind::Distinct).map(|(t, _)| t).collect::<Vec<_>>();
        assert_eq!(highlighted(&c.left), vec!["door is open"]);
        assert_eq!(highlighted(&c.right), vec!["The door is open"]);
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
    fn a_result_cut_short_says_where() {
        let l = "The ministers discussed trade ties in detail. Both praised the new agreement warmly.";
        let r = "Both praised the new agreement warmly. The ministers discussed trade ties in detail.";
        let full = compare(l, r, &Options::default());
        assert!(full.metrics.limits.is_empty() && !full.metrics.timed_out);
        let cut = compare_within(l, r, &Options::default(), Budget { order_ms: 0, word_diff_ms: 0 });
        assert!(cut.metrics.timed_out);
        let kinds: Vec<LimitKind> = cut.metrics.limits.iter().map(|x| x.kind).collect();
        assert!(kinds.contains(&LimitKind::Order) && kinds.contains(&LimitKind::WordDiff), "{kinds:?}");
        for x in &cut.metrics.limits {
            assert!(x.left.end <= l.len() && x.right.end <= r.len() && !x.left.is_empty() && !x.right.is_empty());
        }
        // Every shared phrase is still found.
        assert_eq!(cut.phrases.len(), full.phrases.len());
        let shared = |c: &Comparison| c.left.metrics.shared_words + c.left.metrics.moved_words;
        assert_eq!(shared(&cut), shared(&full));
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

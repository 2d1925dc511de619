//! Sentence alignment: which sentences of one side correspond to which of
//! the other (1–1, 1–2, 2–1, in or out of order), and a word diff in each pair.
//!
//! Similarity of two sentences is the larger of the Dice coefficient of their
//! content-word stems and the share of their words linked by shared phrases.
//! Candidates come from an inverted index (stem → sentences), so long texts
//! stay fast; pairs are then taken greedily, best first, above a threshold,
//! and a pair absorbs an unpaired neighbour when that clearly improves it.

use rustc_hash::FxHashMap;

use super::diff::{matching_runs, Deadline, Run};
use super::model::{ByteRange, SpanKind, WordEdit};
use super::normalize::Unit;
use super::phrases::Match;
use super::tokens::Token;

/// Lowest similarity at which two sentences are paired.
pub const MIN_SIMILARITY: f64 = 0.2;
/// Similarity at which sentences pair even with a single shared stem.
const SURE_SIMILARITY: f64 = 0.5;
/// A stem in more sentences than this seeds no candidates (it says little
/// about which sentence corresponds, and would make the search quadratic).
const MAX_POSTINGS: usize = 64;

/// What alignment needs to know about one side.
pub struct SideUnits<'a> {
    /// The side's matchable units.
    pub units: &'a [Unit],
    /// Sentence index of each unit.
    pub sentence_of: &'a [usize],
    /// Number of sentences on the side.
    pub sentences: usize,
}

/// A sentence pair before edits: sentence indexes and similarity.
#[derive(Clone, Debug, PartialEq)]
pub struct Pairing {
    /// Left sentence indexes, ascending.
    pub left: Vec<usize>,
    /// Right sentence indexes, ascending.
    pub right: Vec<usize>,
    /// Similarity, 0 to 1.
    pub similarity: f64,
}

struct Profile {
    /// Sorted, distinct content ids per sentence.
    content: Vec<Vec<u32>>,
    /// Words per sentence.
    words: Vec<usize>,
}

fn profile(side: &SideUnits) -> Profile {
    let mut content = vec![Vec::new(); side.sentences];
    let mut words = vec![0; side.sentences];
    for (u, &s) in side.units.iter().zip(side.sentence_of) {
        if u.word {
            words[s] += 1;
        }
        if u.content {
            content[s].push(u.id);
        }
    }
    for c in &mut content {
        c.sort_unstable();
        c.dedup();
    }
    Profile { content, words }
}

fn intersect(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn union(sets: &[&Vec<u32>]) -> Vec<u32> {
    let mut v: Vec<u32> = sets.iter().flat_map(|s| s.iter().copied()).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Similarity of a group of left sentences and a group of right sentences,
/// and how many content stems they share.
fn score(
    pa: &Profile,
    pb: &Profile,
    links: &FxHashMap<(usize, usize), usize>,
    left: &[usize],
    right: &[usize],
) -> (f64, usize) {
    let ca = union(&left.iter().map(|&s| &pa.content[s]).collect::<Vec<_>>());
    let cb = union(&right.iter().map(|&s| &pb.content[s]).collect::<Vec<_>>());
    let shared = intersect(&ca, &cb);
    let dice = if ca.len() + cb.len() == 0 { 0.0 } else { 2.0 * shared as f64 / (ca.len() + cb.len()) as f64 };
    let words: usize = left.iter().map(|&s| pa.words[s]).sum::<usize>() + right.iter().map(|&s| pb.words[s]).sum::<usize>();
    let linked: usize = left
        .iter()
        .flat_map(|&l| right.iter().map(move |&r| (l, r)))
        .map(|k| links.get(&k).copied().unwrap_or(0))
        .sum();
    let phrase = if words == 0 { 0.0 } else { (2 * linked) as f64 / words as f64 };
    (dice.max(phrase).min(1.0), shared.max(if linked > 0 { 2 } else { 0 }))
}

fn acceptable(sim: f64, shared: usize) -> bool {
    (shared >= 2 && sim >= MIN_SIMILARITY) || (shared >= 1 && sim >= SURE_SIMILARITY)
}

/// Pairs the sentences of two sides. `matches` are the shared phrases (their
/// words link sentences). Returns pairs ordered by their first left sentence.
pub fn align(a: &SideUnits, b: &SideUnits, matches: &[Match]) -> Vec<Pairing> {
    let (pa, pb) = (profile(a), profile(b));
    // Words linked by shared phrases, per sentence pair.
    let mut links: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for m in matches {
        for t in 0..m.len {
            if a.units[m.a + t].word {
                *links.entry((a.sentence_of[m.a + t], b.sentence_of[m.b + t])).or_default() += 1;
            }
        }
    }
    // Inverted index over the right side's content stems.
    let mut postings: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    for (s, ids) in pb.content.iter().enumerate() {
        for &id in ids {
            postings.entry(id).or_default().push(s);
        }
    }
    let mut cands: Vec<(f64, usize, usize)> = Vec::new();
    let mut hits: FxHashMap<usize, usize> = FxHashMap::default();
    let mut by_left: Vec<Vec<usize>> = vec![Vec::new(); a.sentences];
    for &(l, r) in links.keys() {
        by_left[l].push(r);
    }
    for (l, linked) in by_left.iter().enumerate() {
        hits.clear();
        for id in &pa.content[l] {
            if let Some(p) = postings.get(id).filter(|p| p.len() <= MAX_POSTINGS) {
                for &r in p {
                    *hits.entry(r).or_default() += 1;
                }
            }
        }
        for &r in linked {
            hits.entry(r).or_insert(0);
        }
        for &r in hits.keys() {
            let (sim, shared) = score(&pa, &pb, &links, &[l], &[r]);
            if acceptable(sim, shared) {
                cands.push((sim, l, r));
            }
        }
    }
    cands.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut pair_a: Vec<Option<usize>> = vec![None; a.sentences];
    let mut pair_b: Vec<Option<usize>> = vec![None; b.sentences];
    let mut pairs: Vec<Pairing> = Vec::new();
    for (sim, l, r) in cands {
        if pair_a[l].is_none() && pair_b[r].is_none() {
            pair_a[l] = Some(pairs.len());
            pair_b[r] = Some(pairs.len());
            pairs.push(Pairing { left: vec![l], right: vec![r], similarity: sim });
        }
    }
    // 1–2 and 2–1: absorb an unpaired neighbour that shares stems with the
    // pair and raises its similarity clearly.
    for p in 0..pairs.len() {
        let (l, r) = (pairs[p].left[0], pairs[p].right[0]);
        let mut best: Option<(f64, Vec<usize>, Vec<usize>)> = None;
        let neighbours = |s: usize, n: usize| [s.checked_sub(1), (s + 1 < n).then_some(s + 1)];
        for r2 in neighbours(r, b.sentences).into_iter().flatten() {
            if pair_b[r2].is_none() && score(&pa, &pb, &links, &[l], &[r2]).1 >= 1 {
                let right = if r2 < r { vec![r2, r] } else { vec![r, r2] };
                let (sim, _) = score(&pa, &pb, &links, &[l], &right);
                if sim > best.as_ref().map_or(pairs[p].similarity + 0.05, |b| b.0) {
                    best = Some((sim, vec![l], right));
                }
            }
        }
        for l2 in neighbours(l, a.sentences).into_iter().flatten() {
            if pair_a[l2].is_none() && score(&pa, &pb, &links, &[l2], &[r]).1 >= 1 {
                let left = if l2 < l { vec![l2, l] } else { vec![l, l2] };
                let (sim, _) = score(&pa, &pb, &links, &left, &[r]);
                if sim > best.as_ref().map_or(pairs[p].similarity + 0.05, |b| b.0) {
                    best = Some((sim, left, vec![r]));
                }
            }
        }
        if let Some((sim, left, right)) = best {
            for &s in &left {
                pair_a[s] = Some(p);
            }
            for &s in &right {
                pair_b[s] = Some(p);
            }
            pairs[p] = Pairing { left, right, similarity: sim };
        }
    }
    pairs.sort_by_key(|p| (p.left[0], p.right[0]));
    pairs
}

fn range(units: &[Unit], tokens: &[Token]) -> ByteRange {
    ByteRange { start: tokens[units[0].token].start, end: tokens[units[units.len() - 1].token].end }
}

/// Matching runs that prefer content words: first diff the content words
/// alone, then, between each two matched content words, diff everything
/// (stopwords, numbers). A plain diff of two paraphrases often pairs "of the"
/// and misses "measures"; anchoring on content words shows what a reader
/// compares.
fn content_first_runs(a: &[Unit], b: &[Unit], deadline: Deadline) -> Vec<Run> {
    let ca: Vec<usize> = (0..a.len()).filter(|&i| a[i].content).collect();
    let cb: Vec<usize> = (0..b.len()).filter(|&i| b[i].content).collect();
    let ida: Vec<u32> = ca.iter().map(|&i| a[i].id).collect();
    let idb: Vec<u32> = cb.iter().map(|&i| b[i].id).collect();
    let (anchor_runs, _) = matching_runs(&ida, &idb, deadline);
    let mut anchors: Vec<(usize, usize)> = Vec::new();
    for r in anchor_runs {
        anchors.extend((0..r.len).map(|t| (ca[r.a + t], cb[r.b + t])));
    }
    anchors.push((a.len(), b.len())); // sentinel: the gap after the last anchor
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let (mut pa, mut pb) = (0, 0);
    for &(ea, eb) in &anchors {
        if ea > pa && eb > pb {
            let ga: Vec<u32> = a[pa..ea].iter().map(|u| u.id).collect();
            let gb: Vec<u32> = b[pb..eb].iter().map(|u| u.id).collect();
            for r in matching_runs(&ga, &gb, deadline).0 {
                pairs.extend((0..r.len).map(|t| (pa + r.a + t, pb + r.b + t)));
            }
        }
        if ea < a.len() {
            pairs.push((ea, eb));
        }
        (pa, pb) = (ea + 1, eb + 1);
    }
    let mut runs: Vec<Run> = Vec::new();
    for (x, y) in pairs {
        match runs.last_mut() {
            Some(r) if r.a + r.len == x && r.b + r.len == y => r.len += 1,
            _ => runs.push(Run { a: x, b: y, len: 1 }),
        }
    }
    runs
}

/// The word diff between the units of a pair's left and right sentences.
pub fn edits(
    a: &[Unit],
    b: &[Unit],
    tokens_a: &[Token],
    tokens_b: &[Token],
    deadline: Deadline,
) -> Vec<WordEdit> {
    let runs = content_first_runs(a, b, deadline);
    let mut out = Vec::new();
    let (mut pa, mut pb) = (0, 0);
    let gap = |out: &mut Vec<WordEdit>, pa: usize, ea: usize, pb: usize, eb: usize| {
        if ea > pa {
            out.push(WordEdit { kind: SpanKind::Distinct, left: Some(range(&a[pa..ea], tokens_a)), right: None });
        }
        if eb > pb {
            out.push(WordEdit { kind: SpanKind::Distinct, left: None, right: Some(range(&b[pb..eb], tokens_b)) });
        }
    };
    for r in runs {
        gap(&mut out, pa, r.a, pb, r.b);
        out.push(WordEdit {
            kind: SpanKind::Shared,
            left: Some(range(&a[r.a..r.a + r.len], tokens_a)),
            right: Some(range(&b[r.b..r.b + r.len], tokens_b)),
        });
        pa = r.a + r.len;
        pb = r.b + r.len;
    }
    gap(&mut out, pa, a.len(), pb, b.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One unit per id; each inner vec is a sentence; ids < 10 are stopwords.
    fn side(sents: &[&[u32]]) -> (Vec<Unit>, Vec<usize>) {
        let mut units = Vec::new();
        let mut of = Vec::new();
        for (s, ids) in sents.iter().enumerate() {
            for &id in ids.iter() {
                units.push(Unit { token: units.len(), id, word: true, stop: id < 10, content: id >= 10 });
                of.push(s);
            }
        }
        (units, of)
    }

    fn run(a: &[&[u32]], b: &[&[u32]]) -> Vec<(Vec<usize>, Vec<usize>)> {
        let (ua, sa) = side(a);
        let (ub, sb) = side(b);
        let pa = SideUnits { units: &ua, sentence_of: &sa, sentences: a.len() };
        let pb = SideUnits { units: &ub, sentence_of: &sb, sentences: b.len() };
        align(&pa, &pb, &[]).into_iter().map(|p| (p.left, p.right)).collect()
    }

    #[test]
    fn pairs_out_of_order_and_leaves_unmatched() {
        let a: &[&[u32]] = &[&[10, 11, 12, 1], &[20, 21, 22], &[30, 31]];
        let b: &[&[u32]] = &[&[20, 21, 23], &[40, 41], &[10, 11, 12]];
        let p = run(a, b);
        assert_eq!(p, vec![(vec![0], vec![2]), (vec![1], vec![0])]);
    }

    #[test]
    fn one_to_two_when_split() {
        let a: &[&[u32]] = &[&[10, 11, 12, 13, 14, 15, 16, 17]];
        let b: &[&[u32]] = &[&[10, 11, 12, 13], &[14, 15, 16, 17], &[50, 51]];
        assert_eq!(run(a, b), vec![(vec![0], vec![0, 1])]);
        assert_eq!(run(b, a), vec![(vec![0, 1], vec![0])]);
    }

    #[test]
    fn stopwords_alone_do_not_pair() {
        let a: &[&[u32]] = &[&[1, 2, 3, 10]];
        let b: &[&[u32]] = &[&[1, 2, 3, 11]];
        assert!(run(a, b).is_empty());
    }

    #[test]
    fn edits_anchor_on_content_words() {
        // A plain LCS would pair the three stopwords 1 2 3; the pair's
        // content word 20 is what a reader compares.
        let (a, _) = side(&[&[20, 1, 2, 3]]);
        let (b, _) = side(&[&[1, 2, 3, 4, 20]]);
        let runs = content_first_runs(&a, &b, Deadline::after_ms(1000));
        assert_eq!(runs, vec![Run { a: 0, b: 4, len: 1 }]);
        // Stopwords between matched content words still match.
        let (a, _) = side(&[&[20, 1, 2, 21]]);
        let (b, _) = side(&[&[20, 1, 2, 21, 5]]);
        assert_eq!(content_first_runs(&a, &b, Deadline::after_ms(1000)), vec![Run { a: 0, b: 0, len: 4 }]);
    }

    #[test]
    fn edits_cover_both_sides() {
        let toks: Vec<Token> = (0..4)
            .map(|i| Token { start: i * 2, end: i * 2 + 1, kind: crate::engine::tokens::TokenKind::Word })
            .collect();
        let (a, _) = side(&[&[10, 11, 12]]);
        let (b, _) = side(&[&[10, 13, 12, 14]]);
        let e = edits(&a, &b, &toks, &toks, Deadline::after_ms(1000));
        let shared = e.iter().filter(|e| e.kind == SpanKind::Shared).count();
        assert_eq!(shared, 2);
        assert!(e.iter().any(|e| e.left.is_some() && e.right.is_none()));
        assert!(e.iter().any(|e| e.right == Some(ByteRange { start: 6, end: 7 })));
    }
}

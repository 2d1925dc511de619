//! Sentence pairing: which sentences of one side correspond to which of the
//! other (1–1, 1–2, 2–1, in or out of order).
//!
//! Two sentences are alike by the meaningful words they share, each weighed
//! by how rare it is across both statements (so "China" in a China–Russia
//! readout counts little, "coronavirus" much), with a country's name and
//! demonym as one word (Russia/Russian), the acts of the diplomatic register
//! as one word each ("praised", "appreciates"), and Chinese compared by pairs
//! of characters; or by the words the shared phrases link between them, if
//! that says more. Who speaks counts too: "The Russian side praised" is
//! closer to "Lavrov said" (Lavrov speaks for Russia) than to "The WHO
//! Director-General spoke".
//!
//! Pairs are chosen for both statements at once, not first-best-first: the
//! heaviest chain of pairs that keeps the order of both texts (1–2 and 2–1
//! merges compete with 1–1 pairs inside it), then pairs out of that order
//! where the evidence is strong, replacing chain pairs only when clearly
//! better. Candidates come from an inverted index, so long texts stay fast.

use rustc_hash::FxHashMap;

use super::concepts::{act_of, party_at, BOTH};
use super::lang::is_cjk;
use super::model::Speaker;
use super::normalize::{Interner, Unit};
use super::shared::Run;
use super::tokens::Token;

/// Lowest similarity at which two sentences are paired.
pub const MIN_SIMILARITY: f64 = 0.2;
/// Similarity at which sentences pair with only two shared words.
const LIKELY_SIMILARITY: f64 = 0.35;
/// Similarity at which sentences pair even with a single shared word.
const SURE_SIMILARITY: f64 = 0.5;
/// Lowest similarity for a pair that breaks the order of the texts.
const OUT_OF_ORDER_SIMILARITY: f64 = 0.3;
/// How much better a pair out of order must be than the pairs it displaces.
const DISPLACE_MARGIN: f64 = 0.1;
/// A word in more sentences than this seeds no candidates (it says little
/// about which sentence corresponds, and would make the search quadratic).
const MAX_POSTINGS: usize = 64;
/// Candidates kept per sentence, best first.
const MAX_CANDIDATES: usize = 8;
/// Similarity factor when both sentences have the same speaker's party, and
/// when their parties differ.
const SAME_PARTY: f64 = 1.25;
const OTHER_PARTY: f64 = 0.5;

/// Words that shared phrases link, per (left sentence, right sentence).
pub type Links = FxHashMap<(usize, usize), f64>;

/// Most occurrence pairs a phrase may have and still link sentences: a
/// phrase said everywhere says nothing about which sentences correspond.
const MAX_LINKS_PER_PHRASE: usize = 64;

/// Links the sentences where a phrase occurs on each side, weighing each
/// link by the phrase's words over its number of occurrences. A phrase said
/// many times on both sides links its occurrences in order (the k-th of n
/// on one side with the one at the same relative place on the other)
/// rather than each with each.
pub fn links<'o>(
    occurrences: impl Iterator<Item = &'o [Vec<Run>; 2]>,
    units: [&[Unit]; 2],
    sentence_of: [&[usize]; 2],
) -> Links {
    let mut links = Links::default();
    for [oa, ob] in occurrences {
        let (Some(first), false) = (oa.first(), ob.is_empty()) else { continue };
        let words = units[0][first.units()].iter().filter(|u| u.word).count() as f64;
        let weight = words / oa.len().max(ob.len()) as f64;
        let mut link = |x: &Run, y: &Run| {
            *links.entry((sentence_of[0][x.start], sentence_of[1][y.start])).or_default() += weight;
        };
        if oa.len() * ob.len() <= MAX_LINKS_PER_PHRASE {
            oa.iter().for_each(|x| ob.iter().for_each(|y| link(x, y)));
        } else if oa.len() >= ob.len() {
            oa.iter().enumerate().for_each(|(i, x)| link(x, &ob[i * ob.len() / oa.len()]));
        } else {
            ob.iter().enumerate().for_each(|(j, y)| link(&oa[j * oa.len() / ob.len()], y));
        }
    }
    links
}

/// What pairing knows of one side's sentences.
pub struct SideSentences {
    /// Per sentence: its meaningful words as sorted, distinct feature ids.
    features: Vec<Vec<u32>>,
    /// Per sentence: how many words it has.
    words: Vec<usize>,
    /// Per sentence: the party its speaker speaks for, if known.
    parties: Vec<Option<String>>,
}

impl SideSentences {
    /// Describes the sentences of one side: `sentence_of` gives each unit's
    /// sentence; `text` and `tokens` let country names and demonyms become
    /// one concept.
    pub fn new(
        text: &str,
        tokens: &[Token],
        units: &[Unit],
        sentence_of: &[usize],
        speakers: &[Option<Speaker>],
        interner: &mut Interner,
    ) -> Self {
        let n = speakers.len();
        let mut features = vec![Vec::new(); n];
        let mut words = vec![0; n];
        let surface = |u: &Unit| &text[tokens[u.token].start..tokens[u.token].end];
        let cjk = |u: &Unit| surface(u).chars().next().is_some_and(is_cjk);
        let mut concept: FxHashMap<&str, Option<u32>> = FxHashMap::default();
        for (i, u) in units.iter().enumerate() {
            let s = sentence_of[i];
            words[s] += usize::from(u.word);
            if !u.content {
                continue;
            }
            if cjk(u) {
                // Chinese: a pair of meaningful characters, not one alone.
                if let Some(next) = units.get(i + 1).filter(|n| n.content && cjk(n) && sentence_of[i + 1] == s) {
                    let pair = format!("{}{}", interner.form(u.id), interner.form(next.id));
                    features[s].push(interner.intern(&pair));
                }
                continue;
            }
            let id = *concept.entry(surface(u)).or_insert_with(|| {
                let word = surface(u);
                let concept = party_at(&[word]).map(|(party, _)| party).or_else(|| act_of(&word.to_lowercase()));
                concept.map(|c| interner.intern(&format!("\u{1}concept:{c}")))
            });
            features[s].push(id.unwrap_or(u.id));
        }
        for f in &mut features {
            f.sort_unstable();
            f.dedup();
        }
        let parties = speakers.iter().map(|s| s.as_ref().and_then(|s| s.party.clone())).collect();
        SideSentences { features, words, parties }
    }

    fn len(&self) -> usize {
        self.words.len()
    }
}

/// A sentence pair: sentence indexes and similarity.
#[derive(Clone, Debug, PartialEq)]
pub struct Pairing {
    /// Left sentence indexes, ascending.
    pub left: Vec<usize>,
    /// Right sentence indexes, ascending.
    pub right: Vec<usize>,
    /// Similarity of their words, 0 to 1.
    pub similarity: f64,
}

/// A possible pair: consecutive sentences `left.0..=left.1` with
/// `right.0..=right.1`, its similarity and the score it is chosen by.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    left: (usize, usize),
    right: (usize, usize),
    similarity: f64,
    score: f64,
}

/// Everything scoring needs.
struct Scorer<'a> {
    a: &'a SideSentences,
    b: &'a SideSentences,
    links: &'a Links,
    weight: FxHashMap<u32, f64>,
}

impl Scorer<'_> {
    /// Similarity of sentences `left` with `right`, how many meaningful
    /// words they share, and the score (similarity weighed by speakers).
    fn score(&self, left: (usize, usize), right: (usize, usize)) -> (f64, usize, f64) {
        let (fa, fb) = (features_of(self.a, left), features_of(self.b, right));
        let w = |id: u32| self.weight.get(&id).copied().unwrap_or(1.0);
        let (mut i, mut j, mut shared, mut shared_weight) = (0, 0, 0, 0.0);
        while i < fa.len() && j < fb.len() {
            match fa[i].cmp(&fb[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    shared_weight += w(fa[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
        let total: f64 = fa.iter().map(|&id| w(id)).sum::<f64>() + fb.iter().map(|&id| w(id)).sum::<f64>();
        let dice = if total == 0.0 { 0.0 } else { 2.0 * shared_weight / total };
        let words: usize = (left.0..=left.1).map(|i| self.a.words[i]).sum::<usize>()
            + (right.0..=right.1).map(|i| self.b.words[i]).sum::<usize>();
        let linked: f64 = (left.0..=left.1)
            .flat_map(|l| (right.0..=right.1).map(move |r| (l, r)))
            .map(|k| self.links.get(&k).copied().unwrap_or(0.0))
            .sum();
        let phrase = if words == 0 { 0.0 } else { 2.0 * linked / words as f64 };
        let similarity = dice.max(phrase).min(1.0);
        let shared_count = shared.max(if linked > 0.0 { 2 } else { 0 });
        let factor = party_factor(group_party(self.a, left), group_party(self.b, right));
        (similarity, shared_count, similarity * factor)
    }

    fn candidate(&self, left: (usize, usize), right: (usize, usize)) -> Option<Candidate> {
        let (similarity, shared, score) = self.score(left, right);
        acceptable(score, shared).then_some(Candidate { left, right, similarity, score })
    }
}

/// The features of one sentence, or of two consecutive ones merged.
fn features_of(side: &SideSentences, (s, e): (usize, usize)) -> std::borrow::Cow<'_, [u32]> {
    if s == e {
        return std::borrow::Cow::Borrowed(&side.features[s]);
    }
    let mut v: Vec<u32> = (s..=e).flat_map(|i| side.features[i].iter().copied()).collect();
    v.sort_unstable();
    v.dedup();
    std::borrow::Cow::Owned(v)
}

/// The party of a group of sentences' speakers, when they agree.
fn group_party(side: &SideSentences, (s, e): (usize, usize)) -> Option<&str> {
    let mut known = (s..=e).filter_map(|i| side.parties[i].as_deref());
    let first = known.next()?;
    known.all(|p| p == first).then_some(first)
}

/// How speakers weigh a pair: the same party counts for it, two different
/// parties against it; "both sides" or an unknown speaker is neutral.
fn party_factor(a: Option<&str>, b: Option<&str>) -> f64 {
    match (a, b) {
        (Some(x), Some(y)) if x == y => SAME_PARTY,
        (Some(x), Some(y)) if x != BOTH && y != BOTH => OTHER_PARTY,
        _ => 1.0,
    }
}

/// Enough evidence to pair: the fewer meaningful words two sentences share,
/// the more alike they must be (two words in common is often chance).
fn acceptable(sim: f64, shared: usize) -> bool {
    (shared >= 3 && sim >= MIN_SIMILARITY) || (shared >= 2 && sim >= LIKELY_SIMILARITY) || (shared >= 1 && sim >= SURE_SIMILARITY)
}

/// Pairs the sentences of two sides. `links` are the words shared phrases
/// link between sentences. Returns pairs ordered by their first left sentence.
pub fn align(a: &SideSentences, b: &SideSentences, links: &Links) -> Vec<Pairing> {
    // Rarer words weigh more: ln(1 + N / df) over both sides' sentences.
    let mut df: FxHashMap<u32, usize> = FxHashMap::default();
    for f in a.features.iter().chain(&b.features) {
        for &id in f {
            *df.entry(id).or_default() += 1;
        }
    }
    let n = (a.len() + b.len()) as f64;
    let weight = df.iter().map(|(&id, &d)| (id, (1.0 + n / d as f64).ln())).collect();
    let scorer = Scorer { a, b, links, weight };
    let candidates = candidates(&scorer);
    let mut chosen = chain(&candidates, b.len());
    fill_out_of_order(&candidates, &mut chosen, a.len(), b.len());
    let mut pairs: Vec<Pairing> = chosen
        .into_iter()
        .map(|c| Pairing {
            left: (c.left.0..=c.left.1).collect(),
            right: (c.right.0..=c.right.1).collect(),
            similarity: c.similarity,
        })
        .collect();
    pairs.sort_by_key(|p| (p.left[0], p.right[0]));
    pairs
}

/// Acceptable 1–1 pairs found through shared words and links, the best few
/// per left sentence, and the 1–2 and 2–1 merges that clearly improve them.
fn candidates(s: &Scorer) -> Vec<Candidate> {
    let (a, b) = (s.a, s.b);
    let mut postings: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    for (r, ids) in b.features.iter().enumerate() {
        for &id in ids {
            postings.entry(id).or_default().push(r);
        }
    }
    let mut linked: Vec<Vec<usize>> = vec![Vec::new(); a.len()];
    for &(l, r) in s.links.keys() {
        linked[l].push(r);
    }
    let mut out = Vec::new();
    // Per right sentence, the weight of the words it shares with the left
    // one at hand: only the most promising few are scored in full.
    let mut hits = vec![0.0f64; b.len()];
    let mut touched: Vec<usize> = Vec::new();
    for l in 0..a.len() {
        for &id in &a.features[l] {
            let Some(p) = postings.get(&id).filter(|p| p.len() <= MAX_POSTINGS) else { continue };
            let w = s.weight.get(&id).copied().unwrap_or(1.0);
            for &r in p {
                if hits[r] == 0.0 {
                    touched.push(r);
                }
                hits[r] += w;
            }
        }
        touched.sort_by(|&x, &y| hits[y].total_cmp(&hits[x]).then(x.cmp(&y)));
        let mut rights: Vec<usize> = touched.iter().take(2 * MAX_CANDIDATES).chain(&linked[l]).copied().collect();
        rights.sort_unstable();
        rights.dedup();
        for r in touched.drain(..) {
            hits[r] = 0.0;
        }
        let mut mine: Vec<Candidate> = rights.into_iter().filter_map(|r| s.candidate((l, l), (r, r))).collect();
        mine.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.right.cmp(&y.right)));
        mine.truncate(MAX_CANDIDATES);
        for c in &mine {
            let (r, (la, lb)) = (c.right.0, (a.len(), b.len()));
            let merges = [
                (r > 0).then(|| ((l, l), (r - 1, r))),
                (r + 1 < lb).then(|| ((l, l), (r, r + 1))),
                (l > 0).then(|| ((l - 1, l), (r, r))),
                (l + 1 < la).then(|| ((l, l + 1), (r, r))),
            ];
            for (left, right) in merges.into_iter().flatten() {
                // The added sentence must share something with the other side.
                let added = if left.0 != left.1 { (if left.0 == l { left.1 } else { left.0 }, r) } else { (l, if right.0 == r { right.1 } else { right.0 }) };
                if s.score((added.0, added.0), (added.1, added.1)).1 == 0 {
                    continue;
                }
                if let Some(m) = s.candidate(left, right).filter(|m| m.score > c.score + 0.05) {
                    out.push(m);
                }
            }
        }
        out.extend(mine);
    }
    out
}

/// The heaviest set of candidates that keeps the order of both sides (no
/// two share a sentence, and each comes after the previous on both sides).
/// Weights are squared scores, so one strong pair outweighs two weak ones.
/// Weighted longest increasing subsequence with a Fenwick tree of maxima.
fn chain(candidates: &[Candidate], right_len: usize) -> Vec<Candidate> {
    let mut by_start: Vec<usize> = (0..candidates.len()).collect();
    by_start.sort_by_key(|&i| (candidates[i].left.0, candidates[i].right.0));
    let mut by_end = by_start.clone();
    by_end.sort_by_key(|&i| candidates[i].left.1);
    let mut tree: Vec<(f64, usize)> = vec![(0.0, usize::MAX); right_len + 1];
    let query = |tree: &[(f64, usize)], mut k: usize| {
        // Best chain ending on the right before sentence k (1-based prefix).
        let mut best = (0.0, usize::MAX);
        while k > 0 {
            if tree[k].0 > best.0 {
                best = tree[k];
            }
            k &= k - 1;
        }
        best
    };
    let update = |tree: &mut [(f64, usize)], mut k: usize, v: (f64, usize)| {
        while k < tree.len() {
            if v.0 > tree[k].0 {
                tree[k] = v;
            }
            k += k & k.wrapping_neg();
        }
    };
    let mut best = vec![0.0; candidates.len()];
    let mut parent = vec![usize::MAX; candidates.len()];
    let mut pending = 0;
    for &i in &by_start {
        let c = candidates[i];
        while pending < by_end.len() && candidates[by_end[pending]].left.1 < c.left.0 {
            let j = by_end[pending];
            if best[j] > 0.0 {
                update(&mut tree, candidates[j].right.1 + 1, (best[j], j));
            }
            pending += 1;
        }
        let (before, from) = query(&tree, c.right.0);
        best[i] = before + c.score * c.score;
        parent[i] = from;
    }
    let Some(mut at) = (0..candidates.len()).max_by(|&x, &y| best[x].total_cmp(&best[y]).then(y.cmp(&x))) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    while at != usize::MAX {
        out.push(candidates[at]);
        at = parent[at];
    }
    out.reverse();
    out
}

/// Adds pairs out of the chain's order, strongest first: into free
/// sentences when the evidence is strong, or in place of the pairs they
/// would displace when clearly better than those together.
fn fill_out_of_order(candidates: &[Candidate], chosen: &mut Vec<Candidate>, left_len: usize, right_len: usize) {
    let mut order: Vec<&Candidate> = candidates.iter().filter(|c| c.score >= OUT_OF_ORDER_SIMILARITY).collect();
    order.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.left.cmp(&y.left)).then(x.right.cmp(&y.right)));
    let mut owner_a: Vec<Option<usize>> = vec![None; left_len];
    let mut owner_b: Vec<Option<usize>> = vec![None; right_len];
    let claim = |c: &Candidate, k: Option<usize>, oa: &mut [Option<usize>], ob: &mut [Option<usize>]| {
        (c.left.0..=c.left.1).for_each(|i| oa[i] = k);
        (c.right.0..=c.right.1).for_each(|i| ob[i] = k);
    };
    let mut live: Vec<Option<Candidate>> = chosen.drain(..).map(Some).collect();
    for (k, c) in live.iter().enumerate() {
        claim(c.as_ref().unwrap(), Some(k), &mut owner_a, &mut owner_b);
    }
    for c in order {
        let mut displaced: Vec<usize> = (c.left.0..=c.left.1)
            .filter_map(|i| owner_a[i])
            .chain((c.right.0..=c.right.1).filter_map(|i| owner_b[i]))
            .collect();
        displaced.sort_unstable();
        displaced.dedup();
        let cost: f64 = displaced.iter().filter_map(|&k| live[k].map(|d| d.score)).sum();
        if !displaced.is_empty() && c.score <= cost + DISPLACE_MARGIN {
            continue;
        }
        for k in displaced {
            if let Some(d) = live[k].take() {
                claim(&d, None, &mut owner_a, &mut owner_b);
            }
        }
        claim(c, Some(live.len()), &mut owner_a, &mut owner_b);
        live.push(Some(*c));
    }
    chosen.extend(live.into_iter().flatten());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A side from sentences of feature ids (no speakers), one word each.
    fn side(sents: &[&[u32]]) -> SideSentences {
        SideSentences {
            features: sents.iter().map(|s| s.to_vec()).collect(),
            words: sents.iter().map(|s| s.len()).collect(),
            parties: vec![None; sents.len()],
        }
    }

    fn run(a: &SideSentences, b: &SideSentences) -> Vec<(Vec<usize>, Vec<usize>)> {
        align(a, b, &Links::default()).into_iter().map(|p| (p.left, p.right)).collect()
    }

    #[test]
    fn pairs_out_of_order_and_leaves_unmatched() {
        let a = side(&[&[10, 11, 12], &[20, 21, 22], &[30, 31]]);
        let b = side(&[&[20, 21, 23], &[40, 41], &[10, 11, 12]]);
        assert_eq!(run(&a, &b), vec![(vec![0], vec![2]), (vec![1], vec![0])]);
    }

    #[test]
    fn one_to_two_when_split() {
        let a = side(&[&[10, 11, 12, 13, 14, 15, 16, 17]]);
        let b = side(&[&[10, 11, 12, 13], &[14, 15, 16, 17], &[50, 51]]);
        assert_eq!(run(&a, &b), vec![(vec![0], vec![0, 1])]);
        assert_eq!(run(&b, &a), vec![(vec![0, 1], vec![0])]);
    }

    #[test]
    fn the_same_speaker_decides_between_similar_sentences() {
        let mut a = side(&[&[10, 11, 12, 20], &[10, 11, 13, 21]]);
        let mut b = side(&[&[10, 11, 12, 13]]);
        // Without speakers the first left sentence wins by order; with the
        // right's speaker being the second's party, the second wins.
        assert_eq!(run(&a, &b), vec![(vec![0], vec![0])]);
        a.parties = vec![Some("WHO".into()), Some("Russia".into())];
        b.parties = vec![Some("Russia".into())];
        assert_eq!(run(&a, &b), vec![(vec![1], vec![0])]);
    }
}

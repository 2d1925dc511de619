//! Sentence pairing: which sentences of one side correspond to which of the
//! other (1–1, 1–2, 2–1, in or out of order), by how alike they are
//! ([`super::likeness`]).
//!
//! Pairs are chosen for both statements at once, not first-best-first: the
//! heaviest chain of pairs that keeps the order of both texts (1–2 and 2–1
//! merges compete with 1–1 pairs inside it), then pairs out of that order
//! where the evidence is strong, replacing chain pairs only when clearly
//! better. Candidates come from an inverted index, so long texts stay fast.

use rustc_hash::FxHashMap;

use super::concepts::BOTH;
use super::likeness::{acceptable, Links, Scorer, SideSentences};

/// Lowest similarity for a pair that breaks the order of the texts.
const OUT_OF_ORDER_SIMILARITY: f64 = 0.3;
/// The same, across languages, for two sentences that credit one party
/// with their words: translations find fewer of the words two renderings of
/// one point share (on statements kept apart for measuring, right pairs are
/// a fifth less alike across languages than within one: a median of 0.36
/// to 0.42 against 0.45).
const OUT_OF_ORDER_ACROSS: f64 = 0.25;
/// How much better a pair out of order must be than the pairs it displaces.
const DISPLACE_MARGIN: f64 = 0.1;
/// A word in more sentences than this seeds no candidates (it says little
/// about which sentence corresponds, and would make the search quadratic).
const MAX_POSTINGS: usize = 64;
/// Candidates kept per sentence, best first.
const MAX_CANDIDATES: usize = 8;
/// How much more alike a 1–2 or 2–1 merge must be than each of its 1–1
/// pairs.
const MERGE_GAIN: f64 = 0.05;
/// Lowest similarity of the sentence pair [`fill_gaps`] makes: one word in
/// common among some twenty of two sentences' words, not one among forty
/// ("importing" and "importance", one stem, in two sentences on other things).
const GAP_SIMILARITY: f64 = 0.1;

/// Words a sentence that credits a party and one that credits no one must
/// alone say in their statements to pair ([`Scorer::words_and_narration`]).
const NARRATION_EXCLUSIVE: usize = 2;

/// Least score of the pair [`pair_closest`] makes: a fifth of two
/// sentences' words, or their translations, in common.
const CLOSEST_SCORE: f64 = 0.2;
/// How much closer than any other the two sentences [`pair_closest`]
/// pairs must be to each other.
const CLOSEST_MARGIN: f64 = 0.02;

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

/// The least score two openings ([`Scorer::openings`]) are chosen by.
const OPENING_SCORE: f64 = 0.5;

/// A possible pair: consecutive sentences `left.0..=left.1` with
/// `right.0..=right.1`, its similarity and the score it is chosen by.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    left: (usize, usize),
    right: (usize, usize),
    similarity: f64,
    score: f64,
}

/// A pair worth considering: headings with headings or body sentences with
/// body sentences, acceptable by [`acceptable`]; two ledes, or two
/// headlines, on any word they share.
fn candidate(s: &Scorer, left: (usize, usize), right: (usize, usize)) -> Option<Candidate> {
    let headings = s.headings(left, right)?;
    let l = s.score(left, right);
    let opening = s.openings(left, right) && (l.shared >= 1 || s.name_alike(left.0, right.0));
    let single = left.0 == left.1 && right.0 == right.1;
    if single && !opening && (l.exclusive < NARRATION_EXCLUSIVE && s.words_and_narration(left.0, right.0) || s.two_invitations(left.0, right.0)) {
        return None;
    }
    // (Two openings are one event's: they outweigh a body sentence their words also resemble.)
    let score = if opening { l.score.max(OPENING_SCORE) } else { l.score };
    (acceptable(&l, headings) || opening).then_some(Candidate { left, right, similarity: l.similarity, score })
}

/// Pairs the sentences of two sides. `links` are the words shared phrases
/// link between sentences. Returns pairs ordered by their first left sentence.
pub fn align(a: &SideSentences, b: &SideSentences, links: &Links) -> Vec<Pairing> {
    let scorer = Scorer::new(a, b, links);
    let candidates = candidates(&scorer);
    let mut chosen = chain(&candidates, b.len());
    fill_out_of_order(&scorer, &candidates, &mut chosen, a.len(), b.len());
    fill_gaps(&scorer, &mut chosen);
    pair_closest(&scorer, &mut chosen);
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
    // Words and, across languages, meanings (a translation's key is no
    // word's id): each right sentence once per key.
    for (r, ids) in b.features.iter().enumerate() {
        for id in ids.iter().copied().chain(s.translated(1, r).map(|(key, _)| key)) {
            let list = postings.entry(id).or_default();
            if list.last() != Some(&r) {
                list.push(r);
            }
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
    for (l, features) in a.features.iter().enumerate() {
        // Translations are sorted by key: one key's words follow each other.
        let mut last = None;
        for (id, feature) in features.iter().map(|&id| (id, id)).chain(s.translated(0, l)) {
            if last.replace(id) == Some(id) {
                continue;
            }
            let Some(p) = postings.get(&id).filter(|p| p.len() <= MAX_POSTINGS) else { continue };
            let w = s.weight.get(&feature).copied().unwrap_or(1.0);
            for &r in p {
                if hits[r] == 0.0 {
                    touched.push(r);
                }
                hits[r] += w;
            }
        }
        touched.sort_by(|&x, &y| hits[y].total_cmp(&hits[x]).then(x.cmp(&y)));
        // The ledes and the headlines are candidates however few words they share (see [`Scorer::openings`]).
        let openings = s.opening_pairs.iter().filter(|o| o.0 == l).map(|o| o.1);
        let mut rights: Vec<usize> = touched.iter().take(2 * MAX_CANDIDATES).chain(&linked[l]).copied().chain(openings).collect();
        rights.sort_unstable();
        rights.dedup();
        for r in touched.drain(..) {
            hits[r] = 0.0;
        }
        let mut mine: Vec<Candidate> = rights.into_iter().filter_map(|r| candidate(s, (l, l), (r, r))).collect();
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
                // Each of the two joined sentences must share something with
                // the other side in what it says, not only in its frame (who
                // spoke or agreed: "The leaders agreed to remain in touch"
                // is no part of "The leaders agreed to task their ministers
                // …"), and the added one's words make the pair better than
                // either of its two sentences alone (a speaker the added
                // sentence names is no reason to join it).
                let on_left = left.0 != left.1;
                // Two sentences credited to different sides (one side's, and
                // both sides' or the other's) say two things, not one; so do
                // one credited to a side and one to no one, beside what a side
                // said on the other ("Salazar invited Lepik to visit Quito." and
                // the statement's own "Estonia and Ecuador restored diplomatic
                // relations in 1996"; but a lede and its speaker's words may
                // be one sentence told in two).
                let (side, (x, y)) = if on_left { (s.a, left) } else { (s.b, right) };
                let (p, q) = (&side.parties[x], &side.parties[y]);
                let said = if on_left { s.b.parties[r].is_some() } else { s.a.parties[l].is_some() };
                if p.is_some() && q.is_some() && p != q || p.is_some() != q.is_some() && said {
                    continue;
                }
                let added = if on_left { (if left.0 == l { left.1 } else { left.0 }, r) } else { (l, if right.0 == r { right.1 } else { right.0 }) };
                let says = if on_left {
                    (left.0..=left.1).all(|x| s.says_what_the_other_says(true, x, r))
                } else {
                    (right.0..=right.1).all(|x| s.says_what_the_other_says(false, x, l))
                };
                let added = s.score((added.0, added.0), (added.1, added.1));
                if added.shared == 0 || !says {
                    continue;
                }
                let alone = c.similarity.max(added.similarity);
                if let Some(m) = candidate(s, left, right).filter(|m| m.score > c.score + MERGE_GAIN && m.similarity > alone + MERGE_GAIN) {
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
/// would displace when clearly better than those together. (Two sentences
/// that merely share two words no other sentence has are not enough out of
/// order: on statements kept apart for measuring, that paired sentences on
/// one topic that say different things.)
fn fill_out_of_order(s: &Scorer, candidates: &[Candidate], chosen: &mut Vec<Candidate>, left_len: usize, right_len: usize) {
    let least = |c: &Candidate| {
        let one_party = c.left.0 == c.left.1 && c.right.0 == c.right.1 && s.one_party(c.left.0, c.right.0);
        if s.across() && one_party { OUT_OF_ORDER_ACROSS } else { OUT_OF_ORDER_SIMILARITY }
    };
    let mut order: Vec<&Candidate> = candidates.iter().filter(|c| c.score >= least(c)).collect();
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

/// Pairs the one sentence left on each side between two consecutive pairs
/// in order, when the two say something alike (a meaningful word that is
/// no name, or a paraphrase, and at least [`GAP_SIMILARITY`]) and no
/// different speakers: in the
/// same place of two accounts of one event, between sentences that
/// correspond, they correspond too ("took place at the request of the
/// Indian side" / "was placed at India's initiative").
fn fill_gaps(s: &Scorer, chosen: &mut Vec<Candidate>) {
    chosen.sort_by_key(|c| (c.left.0, c.right.0));
    let taken: Vec<usize> = chosen.iter().flat_map(|c| c.right.0..=c.right.1).collect();
    let mut gaps = Vec::new();
    for w in chosen.windows(2) {
        let (p, q) = (w[0], w[1]);
        let (l, r) = (p.left.1 + 1, p.right.1 + 1);
        if q.left.0 != l + 1 || q.right.0 != r + 1 || taken.contains(&r) || s.headings((l, l), (r, r)) != Some(false) {
            continue;
        }
        let likeness = s.score((l, l), (r, r));
        if likeness.shared >= 1
            && (likeness.exclusive >= NARRATION_EXCLUSIVE || !s.words_and_narration(l, r))
            && likeness.similarity >= GAP_SIMILARITY
            && likeness.score >= likeness.similarity
            && s.share_a_common_word(l, r)
        {
            gaps.push(Candidate { left: (l, l), right: (r, r), similarity: likeness.similarity, score: likeness.score });
        }
    }
    chosen.extend(gaps);
}

/// Pairs two sentences left unpaired that are each other's closest among
/// the unpaired by a margin, credit one and the same party with what they
/// say, and alone in their statements share a word (or its translation;
/// both sides, who discuss many subjects in like words, and two
/// narrations, two, or a name among the unpaired where both tell of a
/// subject talked over): two wordings of one point,
/// a paraphrase or a translation, share only part of their words, so such a
/// pair falls short of the similarity a pair needs ([`acceptable`]).
fn pair_closest(s: &Scorer, chosen: &mut Vec<Candidate>) {
    let mut taken = [vec![false; s.a.len()], vec![false; s.b.len()]];
    for c in chosen.iter() {
        taken[0][c.left.0..=c.left.1].fill(true);
        taken[1][c.right.0..=c.right.1].fill(true);
    }
    // Per side, in how many unpaired sentences each feature is.
    let mut unpaired: [FxHashMap<u32, usize>; 2] = Default::default();
    for (side, sentences) in [&s.a.features, &s.b.features].into_iter().enumerate() {
        for (features, _) in sentences.iter().zip(&taken[side]).filter(|&(_, &t)| !t) {
            for &id in features {
                *unpaired[side].entry(id).or_default() += 1;
            }
        }
    }
    // (Among the sentences still unpaired: one that found its counterpart is no one else's.)
    let scored: Vec<_> = s.scored_singles().into_iter().filter(|&((l, r), _)| !taken[0][l] && !taken[1][r]).collect();
    // Per sentence of each side: its closest sentence of the other and the
    // score of the next closest.
    let mut closest: [FxHashMap<usize, (f64, usize, f64)>; 2] = Default::default();
    for &((l, r), likeness) in &scored {
        for (side, me, other) in [(0, l, r), (1, r, l)] {
            let entry = closest[side].entry(me).or_insert((0.0, usize::MAX, 0.0));
            if likeness.score > entry.0 {
                *entry = (likeness.score, other, entry.0);
            } else if likeness.score > entry.2 {
                entry.2 = likeness.score;
            }
        }
    }
    let mut found = Vec::new();
    for (&l, &(score, r, next)) in &closest[0] {
        let Some(&(back, me, next_back)) = closest[1].get(&r) else { continue };
        if me != l || score < CLOSEST_SCORE || score - next < CLOSEST_MARGIN || back - next_back < CLOSEST_MARGIN {
            continue;
        }
        let likeness = s.score((l, l), (r, r));
        // (Both sides discuss many subjects in the register's words, and narrations tell of the
        // event in its words: two sentences of theirs need two words they alone say, as one
        // side's words and narration do.)
        let both = s.a.parties[l].as_deref() == Some(BOTH) && s.b.parties[r].as_deref() == Some(BOTH);
        let told = s.a.narrated(l) && s.b.narrated(r);
        // (One party's two wordings of a point: a word they alone say among the sentences still
        // unpaired, as the other sentences that say it found their counterparts.)
        let alone = || likeness.exclusive.max(s.alone_among(l, r, &unpaired));
        // (Two tellings of a subject the sides talked over name it and nothing else said of it:
        // a name they alone say among the unpaired is one subject.)
        let talked_over = || s.a.topics[l] && s.b.topics[r] && s.names_alone_among(l, r, &unpaired) >= 1;
        let of_one = s.one_party(l, r) && alone() >= 1
            || (both || told) && (likeness.exclusive >= NARRATION_EXCLUSIVE || talked_over());
        if of_one && likeness.shared >= 1 && s.headings((l, l), (r, r)) == Some(false) {
            found.push(Candidate { left: (l, l), right: (r, r), similarity: likeness.similarity, score: likeness.score });
        }
    }
    chosen.extend(found);
}

#[cfg(test)]
mod tests {
    use super::super::likeness::test_side as side;
    use super::*;

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
    fn two_ledes_pair_on_one_word_they_share() {
        // Each statement's first sentence after its heading, credited to no
        // one, shares one word with the other's (the event's "talks").
        let mut a = side(&[&[60, 61], &[10, 11, 12, 13], &[30, 31, 32], &[40, 41, 42]]);
        let mut b = side(&[&[62, 63], &[10, 20, 21, 22], &[30, 31, 32], &[40, 41, 42]]);
        a.headings[0] = true;
        b.headings[0] = true;
        assert_eq!(run(&a, &b), vec![(vec![1], vec![1]), (vec![2], vec![2]), (vec![3], vec![3])]);
        // A lede credits no one: an opening speaker's words need the evidence any pair does.
        b.parties[1] = Some(BOTH.into());
        assert_eq!(run(&a, &b), vec![(vec![2], vec![2]), (vec![3], vec![3])]);
        // Nor is one that says at whose initiative the event took place.
        b.parties[1] = None;
        b.initiations[1] = true;
        assert_eq!(run(&a, &b), vec![(vec![2], vec![2]), (vec![3], vec![3])]);
    }

    #[test]
    fn two_headlines_pair_on_one_word_they_share() {
        // "PRESS RELEASE" above one headline; the two headlines share one word
        // ("talks") among many of their own. A dateline is no headline.
        let mut a = side(&[&[70], &[10, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59], &[30, 31, 32]]);
        let mut b = side(&[&[10, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69], &[71, 72], &[30, 31, 32]]);
        a.headings[..2].fill(true);
        b.headings[..2].fill(true);
        b.datelines[1] = true;
        assert_eq!((a.title(), b.title()), (Some(1), Some(0)));
        assert_eq!(run(&a, &b), vec![(vec![1], vec![0]), (vec![2], vec![2])]);
    }

    #[test]
    fn two_headlines_pair_on_the_party_they_name() {
        // "Radunović in Guatemala: ..." / "Castellanos receives the Minister
        // of Montenegro": one party's name is all the two headlines share.
        let mut a = side(&[&[50, 51, 52, 100], &[10, 11, 12]]);
        let mut b = side(&[&[60, 61, 62, 100], &[10, 11, 12]]);
        a.headings[0] = true;
        b.headings[0] = true;
        assert_eq!(run(&a, &b), vec![(vec![0], vec![0]), (vec![1], vec![1])]);
        // Headlines with no word in common stay apart.
        let mut c = side(&[&[70, 71, 72, 101], &[10, 11, 12]]);
        c.headings[0] = true;
        assert_eq!(run(&a, &c), vec![(vec![1], vec![1])]);
    }

    #[test]
    fn two_ledes_outweigh_a_body_sentence_that_resembles_one() {
        // The right's second sentence says some of what the left's lede does
        // ("… on an official visit to China"); the two ledes share one word.
        let a = side(&[&[10, 11, 50, 51, 52, 53, 54, 55], &[60, 61, 62]]);
        let b = side(&[&[10, 70, 71, 72, 73], &[11, 50, 51, 90, 91, 92, 93, 94]]);
        assert_eq!((a.lede(), b.lede()), (Some(0), Some(0)));
        assert_eq!(run(&a, &b), vec![(vec![0], vec![0])]);
    }

    #[test]
    fn the_sentences_saying_who_asked_for_the_event_pair() {
        // "The call was made at the initiative of the Malian side, and ..." /
        // "Беседа прошла по инициативе малийской стороны.": one word and the
        // party in common, too little elsewhere (the word is said again after).
        let mut a = side(&[&[10, 11, 12], &[20, 100, 21, 22, 23, 24, 25, 26, 27, 28], &[50, 51, 20], &[30, 31, 32]]);
        let mut b = side(&[&[10, 11, 12], &[60, 61], &[20, 100, 41, 42], &[30, 31, 32]]);
        let ends = vec![(vec![0], vec![0]), (vec![3], vec![3])];
        assert_eq!(run(&a, &b), ends);
        a.initiations[1] = true;
        b.initiations[2] = true;
        assert_eq!(run(&a, &b), vec![(vec![0], vec![0]), (vec![1], vec![2]), (vec![3], vec![3])]);
        // Not when they name two parties, nor when a side says it twice.
        let mut c = side(&[&[10, 11, 12], &[60, 61], &[20, 101, 41, 42], &[30, 31, 32]]);
        c.initiations[2] = true;
        assert_eq!(run(&a, &c), ends);
        b.initiations[1] = true;
        assert_eq!(b.initiation(), None);
    }

    #[test]
    fn one_to_two_when_split() {
        let a = side(&[&[10, 11, 12, 13, 14, 15, 16, 17]]);
        let b = side(&[&[10, 11, 12, 13], &[14, 15, 16, 17], &[50, 51]]);
        assert_eq!(run(&a, &b), vec![(vec![0], vec![0, 1])]);
        assert_eq!(run(&b, &a), vec![(vec![0, 1], vec![0])]);
    }

    #[test]
    fn sentences_of_two_sides_are_not_joined() {
        // Split, the right's two sentences would join; credited to one side
        // and to both sides, they say two things.
        let a = side(&[&[10, 11, 12, 13, 14, 15, 16, 17]]);
        let mut b = side(&[&[10, 11, 12, 13], &[14, 15, 16, 17], &[50, 51]]);
        b.parties = vec![Some("Peru".into()), Some(BOTH.into()), None];
        assert_eq!(run(&a, &b).len(), 1);
        assert_ne!(run(&a, &b), vec![(vec![0], vec![0, 1])]);
    }

    #[test]
    fn a_sentence_joins_a_pair_by_its_words_not_its_speaker() {
        // The right's second sentence shares one word with the left, and
        // names the speaker both say the left one: joined, the pair's
        // speakers would agree, but its words would be no more alike.
        let mut a = side(&[&[10, 11, 12, 20, 21]]);
        let mut b = side(&[&[10, 11, 12, 30, 31], &[12]]);
        a.parties = vec![Some(BOTH.into())];
        b.parties = vec![None, Some(BOTH.into())];
        assert_eq!(run(&a, &b), vec![(vec![0], vec![0])]);
        // Where its words add to the pair, it joins.
        let mut b = side(&[&[10, 11, 12], &[20, 21]]);
        assert_eq!(run(&a, &b), vec![(vec![0], vec![0, 1])]);
        // Not a side's words and the statement's narration: two things.
        b.parties = vec![Some(BOTH.into()), None];
        assert_eq!(run(&a, &b), vec![(vec![0], vec![0])]);
    }

    #[test]
    fn across_languages_one_partys_point_pairs_out_of_order_on_less() {
        // The second left sentence and the first right one share three
        // words among many of their own (similarity 0.21), out of the
        // order the first pair sets; both credit Peru.
        let mut a = side(&[&[10, 11, 12, 13, 14], &[40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50]]);
        let mut b = side(&[&[40, 41, 42, 60, 61, 62, 63, 64, 65, 66, 67], &[10, 11, 12, 13, 14]]);
        a.parties[1] = Some("Peru".into());
        b.parties[0] = Some("Peru".into());
        // In one language, too little out of order (where a third, long
        // sentence says the three words too, so that they are not the two
        // sentences' alone and do not make them each other's closest).
        let long: Vec<u32> = [40, 41, 42].into_iter().chain(70..90).collect();
        let mut third = side(&[&[10, 11, 12, 13, 14], &[40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50], &long]);
        third.parties[1] = a.parties[1].clone();
        assert_eq!(run(&third, &b), vec![(vec![0], vec![1])], "in one language: too little out of order");
        super::super::likeness::translate_for_tests(&mut a);
        super::super::likeness::translate_for_tests(&mut b);
        assert_eq!(run(&a, &b), vec![(vec![0], vec![1]), (vec![1], vec![0])], "across languages");
        // Not for what both sides say together.
        b.parties[0] = Some(BOTH.into());
        assert_eq!(run(&a, &b), vec![(vec![0], vec![1])]);
    }

    #[test]
    fn two_sentences_each_others_closest_pair() {
        // The middle sentences share one word, said nowhere else, among few
        // of their own: too little for a pair, unless they are each other's
        // closest and credit the one party, in one language or across two.
        let mut a = side(&[&[10, 11, 12, 13], &[20, 60, 61], &[30, 31, 32, 33]]);
        let mut b = side(&[&[30, 31, 32, 33], &[20, 70, 71], &[10, 11, 12, 13]]);
        let outer = vec![(vec![0], vec![2]), (vec![2], vec![0])];
        let all = vec![(vec![0], vec![2]), (vec![1], vec![1]), (vec![2], vec![0])];
        // Two narrations, which credit no one, tell of the event in its words ("meeting",
        // "visit"): as both sides' sentences, they need two words they alone say (below).
        assert_eq!(run(&a, &b), outer, "two narrations, one word");
        a.parties[1] = Some("Peru".into());
        b.parties[1] = Some("Peru".into());
        assert_eq!(run(&a, &b), all, "in one language");
        super::super::likeness::translate_for_tests(&mut a);
        super::super::likeness::translate_for_tests(&mut b);
        assert_eq!(run(&a, &b), all, "across languages");
        // Not when the two credit different parties, both sides or no one.
        for party in [Some("Chile"), Some(BOTH), None] {
            b.parties[1] = party.map(Into::into);
            assert_eq!(run(&a, &b), outer, "{party:?}");
        }
        // Both sides' sentences, on two words they alone say.
        let mut two_a = side(&[&[10, 11, 12, 13], &[20, 21, 60, 61, 62, 63], &[30, 31, 32, 33]]);
        let mut two_b = side(&[&[30, 31, 32, 33], &[20, 21, 70, 71, 72, 73], &[10, 11, 12, 13]]);
        two_a.parties[1] = Some(BOTH.into());
        two_b.parties[1] = Some(BOTH.into());
        assert_eq!(run(&two_a, &two_b), all, "both sides, two words");
        (two_a.parties[1], two_b.parties[1]) = (None, None);
        assert_eq!(run(&two_a, &two_b), all, "two narrations, two words");
        // Nor when a third sentence is nearly as close.
        b.parties[1] = a.parties[1].clone();
        let mut c = side(&[&[30, 31, 32, 33], &[20, 70, 71], &[20, 72, 73], &[10, 11, 12, 13]]);
        super::super::likeness::translate_for_tests(&mut c);
        c.parties[1] = a.parties[1].clone();
        c.parties[2] = a.parties[1].clone();
        assert_eq!(run(&a, &c), vec![(vec![0], vec![3]), (vec![2], vec![0])], "two as close");
    }

    #[test]
    fn two_subjects_talked_over_pair_on_a_name_they_alone_say() {
        // The middle sentences, both sides', share one word said nowhere
        // else: too little, unless both tell of a subject talked over and
        // the word is a name ("The sides also exchanged views on Gaza").
        let mut a = side(&[&[10, 11, 12, 13], &[20, 60, 61], &[30, 31, 32, 33]]);
        let mut b = side(&[&[30, 31, 32, 33], &[20, 70, 71], &[10, 11, 12, 13]]);
        a.parties[1] = Some(BOTH.into());
        b.parties[1] = Some(BOTH.into());
        let outer = vec![(vec![0], vec![2]), (vec![2], vec![0])];
        assert_eq!(run(&a, &b), outer, "both sides, one word");
        (a.topics[1], b.topics[1]) = (true, true);
        assert_eq!(run(&a, &b), outer, "talked over, a word of the register (\"cooperation\")");
        b.names.insert(20);
        let all = vec![(vec![0], vec![2]), (vec![1], vec![1]), (vec![2], vec![0])];
        assert_eq!(run(&a, &b), all, "talked over, a name");
        a.topics[1] = false;
        assert_eq!(run(&a, &b), outer, "one subject talked over");
        // Not on a name another unpaired sentence says too.
        a.topics[1] = true;
        let mut c = side(&[&[30, 31, 32, 33], &[20, 70, 71], &[20, 72, 73, 74, 75, 76], &[10, 11, 12, 13]]);
        c.parties[1] = Some(BOTH.into());
        c.topics[1] = true;
        c.names.insert(20);
        assert_eq!(run(&a, &c), vec![(vec![0], vec![3]), (vec![2], vec![0])], "said twice");
    }

    #[test]
    fn the_closest_is_sought_among_the_sentences_left_unpaired() {
        // The last left sentence is closest to the second right one, which found its own
        // counterpart: of those left, the last right one is its closest.
        let mut a = side(&[&[10, 11, 12, 13], &[20, 21, 22, 23], &[20, 21, 60, 61]]);
        let mut b = side(&[&[10, 11, 12, 13], &[20, 21, 22, 23], &[60, 70, 71, 72]]);
        a.parties[2] = Some("Peru".into());
        b.parties[2] = Some("Peru".into());
        assert_eq!(run(&a, &b), vec![(vec![0], vec![0]), (vec![1], vec![1]), (vec![2], vec![2])]);
        // A word the two say with one other pair of sentences alone is theirs alone among those left.
        let mut a = side(&[&[10, 11, 12, 13], &[30, 31, 32, 90], &[40, 41, 90]]);
        let mut b = side(&[&[10, 11, 12, 13], &[30, 31, 32, 90], &[50, 51, 90]]);
        a.parties[2] = Some("Peru".into());
        b.parties[2] = Some("Peru".into());
        assert_eq!(run(&a, &b), vec![(vec![0], vec![0]), (vec![1], vec![1]), (vec![2], vec![2])]);
        // Not a word said more often.
        a.features[0].push(90);
        b.features[0].push(90);
        assert_eq!(run(&a, &b), vec![(vec![0], vec![0]), (vec![1], vec![1])]);
    }

    #[test]
    fn a_sides_words_and_the_others_narration_pair_on_what_they_alone_say() {
        // The middle sentences share three words, one of them said nowhere else.
        let a = side(&[&[10, 11, 12, 13, 40], &[50, 40, 41, 60], &[30, 31, 32, 33, 41]]);
        let mut b = side(&[&[10, 11, 12, 13, 40], &[50, 40, 41, 70], &[30, 31, 32, 33, 41]]);
        let all = vec![(vec![0], vec![0]), (vec![1], vec![1]), (vec![2], vec![2])];
        assert_eq!(run(&a, &b), all, "two narrations");
        b.parties[1] = Some(BOTH.into());
        assert_eq!(run(&a, &b), all, "narration and both sides");
        // One side's words and the other statement's narration: two things.
        b.parties[1] = Some("Peru".into());
        assert_eq!(run(&a, &b), vec![(vec![0], vec![0]), (vec![2], vec![2])], "narration and Peru's words");
        // And what both sides did together.
        let mut c = side(&[&[10, 11, 12, 13, 40], &[50, 40, 41, 60], &[30, 31, 32, 33, 41]]);
        c.parties[1] = Some(BOTH.into());
        assert_eq!(run(&c, &b), vec![(vec![0], vec![0]), (vec![2], vec![2])], "both sides and Peru's words");
        // Unless they say two words nowhere else said.
        let two = side(&[&[10, 11, 12, 13, 40], &[50, 51, 40, 41, 60], &[30, 31, 32, 33, 41]]);
        let mut two_b = side(&[&[10, 11, 12, 13, 40], &[50, 51, 40, 41, 70], &[30, 31, 32, 33, 41]]);
        two_b.parties[1] = Some("Peru".into());
        assert_eq!(run(&two, &two_b), all, "two words of their own");
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

    #[test]
    fn an_invitation_and_its_acceptance_pair_and_two_sides_invitations_do_not() {
        use super::super::likeness::Invitation;
        // (Each side says the two words again elsewhere: they are not all it alone says.)
        let (mut a, mut b) = (side(&[&[10, 11, 20, 21], &[10, 11, 12]]), side(&[&[10, 11, 20, 21], &[10, 11, 13, 14]]));
        a.parties = vec![None, Some("Chile".into())];
        b.parties = vec![None, Some("Norway".into())];
        let first = (vec![0], vec![0]);
        assert_eq!(run(&a, &b), vec![first.clone()], "two sides' words on one thing");
        b.invitations = vec![Invitation::None, Invitation::Accepted];
        assert_eq!(run(&a, &b), vec![first.clone()], "an acceptance answers an invitation, not anything");
        a.invitations = vec![Invitation::None, Invitation::Named];
        assert_eq!(run(&a, &b), vec![first.clone(), (vec![1], vec![1])]);
        // Each side's invitation to the other: two invitations, however alike.
        let (mut a, mut b) = (side(&[&[10, 11, 12, 13]]), side(&[&[10, 11, 12, 13]]));
        a.parties = vec![Some("Chile".into())];
        b.parties = vec![Some("Norway".into())];
        assert_eq!(run(&a, &b), vec![(vec![0], vec![0])]);
        a.invitations = vec![Invitation::Named];
        b.invitations = vec![Invitation::Named];
        assert!(run(&a, &b).is_empty());
    }

    #[test]
    fn the_one_sentence_between_two_pairs_pairs_when_it_says_something_alike() {
        let a = side(&[&[10, 11, 12, 13], &[20, 21, 22], &[30, 31, 32, 33]]);
        let b = side(&[&[10, 11, 12, 13], &[20, 40, 41, 42, 43], &[30, 31, 32, 33]]);
        assert_eq!(run(&a, &b), vec![(vec![0], vec![0]), (vec![1], vec![1]), (vec![2], vec![2])]);
        // Nothing alike, or different speakers: the gap stays unpaired.
        let c = side(&[&[10, 11, 12, 13], &[50, 51, 52], &[30, 31, 32, 33]]);
        assert_eq!(run(&a, &c), vec![(vec![0], vec![0]), (vec![2], vec![2])]);
        // One word in common among many is chance.
        let long = side(&[&[10, 11, 12, 13], &[20, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78], &[30, 31, 32, 33]]);
        let long_a = side(&[&[10, 11, 12, 13], &[20, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98], &[30, 31, 32, 33]]);
        assert_eq!(run(&long_a, &long), vec![(vec![0], vec![0]), (vec![2], vec![2])]);
        let (mut a, mut b) = (a, b);
        a.parties = vec![None, Some("Chile".into()), None];
        b.parties = vec![None, Some("Norway".into()), None];
        assert_eq!(run(&a, &b), vec![(vec![0], vec![0]), (vec![2], vec![2])]);
    }
}

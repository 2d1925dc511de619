//! How alike two groups of sentences are, the evidence sentence pairing
//! ([`super::align`]) chooses by: the meaningful words they share, each
//! weighed by how rare it is across both statements, with a country's name
//! and demonym as one concept and each act of the diplomatic register as
//! one word; Chinese by pairs of characters; the words shared phrases link
//! between them; and who speaks, by party.

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
    pub(super) features: Vec<Vec<u32>>,
    /// Per sentence: how many words it has.
    pub(super) words: Vec<usize>,
    /// Per sentence: the party its speaker speaks for, if known.
    pub(super) parties: Vec<Option<String>>,
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

    /// How many sentences the side has.
    pub(super) fn len(&self) -> usize {
        self.words.len()
    }
}

/// Scores pairs of sentence groups of two sides.
pub struct Scorer<'a> {
    /// The left side's sentences.
    pub a: &'a SideSentences,
    /// The right side's sentences.
    pub b: &'a SideSentences,
    /// Words shared phrases link between sentences.
    pub links: &'a Links,
    /// Each feature's weight: rarer words weigh more.
    pub weight: FxHashMap<u32, f64>,
}

impl<'a> Scorer<'a> {
    /// Weighs every feature by ln(1 + N / df) over both sides' sentences.
    pub fn new(a: &'a SideSentences, b: &'a SideSentences, links: &'a Links) -> Self {
        let mut df: FxHashMap<u32, usize> = FxHashMap::default();
        for f in a.features.iter().chain(&b.features) {
            for &id in f {
                *df.entry(id).or_default() += 1;
            }
        }
        let n = (a.len() + b.len()) as f64;
        let weight = df.iter().map(|(&id, &d)| (id, (1.0 + n / d as f64).ln())).collect();
        Scorer { a, b, links, weight }
    }

    /// Similarity of sentences `left` with `right`, how many meaningful
    /// words they share, and the score (similarity weighed by speakers).
    pub fn score(&self, left: (usize, usize), right: (usize, usize)) -> (f64, usize, f64) {
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
pub fn acceptable(sim: f64, shared: usize) -> bool {
    (shared >= 3 && sim >= MIN_SIMILARITY) || (shared >= 2 && sim >= LIKELY_SIMILARITY) || (shared >= 1 && sim >= SURE_SIMILARITY)
}

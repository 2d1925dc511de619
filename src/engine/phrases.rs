//! Shared phrases: cleaning up the in-order diff, and finding shared phrases
//! that appear in a different order ("moved").
//!
//! Both work on [`Unit`] sequences (normalized ids of words, plus punctuation
//! when it counts). A phrase must hold at least `min_phrase` words and at
//! least one word that is not a stopword, like diff-match-patch's
//! `diff_cleanupSemantic` drops equalities too small to mean anything.

use rustc_hash::FxHashMap;

use super::diff::Run;
use super::normalize::Unit;

/// A shared run of units: `a[a..a+len]` on the left matches `b[b..b+len]`
/// on the right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    /// First unit on the left.
    pub a: usize,
    /// First unit on the right.
    pub b: usize,
    /// Number of units.
    pub len: usize,
    /// Found out of order rather than by the in-order diff.
    pub moved: bool,
}

/// Most occurrences a k-gram may have on one side and still seed moved
/// phrases; more means boilerplate, and would make the search quadratic.
pub const MAX_OCCURRENCES: usize = 8;

/// Words in a unit range, and whether any of them is a content word.
fn weigh(units: &[Unit]) -> (usize, bool) {
    let words = units.iter().filter(|u| u.word).count();
    (words, units.iter().any(|u| u.word && !u.stop))
}

/// True when a run of units is worth showing as a shared phrase.
pub fn is_phrase(units: &[Unit], min_phrase: usize) -> bool {
    let (words, content) = weigh(units);
    words >= min_phrase.max(1) && content
}

/// Trims punctuation units off both ends of a run, so phrases start and end
/// on words. Returns (offset into the run, new length).
fn trim(units: &[Unit]) -> (usize, usize) {
    let start = units.iter().position(|u| u.word).unwrap_or(units.len());
    let end = units.iter().rposition(|u| u.word).map_or(start, |e| e + 1);
    (start, end - start)
}

/// Keeps the in-order diff runs that make phrases (trimmed to words). When
/// the two sides are identical the whole run is kept however short, so a
/// text compared with itself is entirely shared.
pub fn in_order(a: &[Unit], b: &[Unit], runs: &[Run], min_phrase: usize) -> Vec<Match> {
    let identical = runs.len() == 1 && runs[0].len == a.len() && a.len() == b.len();
    let mut out = Vec::new();
    for r in runs {
        let (off, len) = trim(&a[r.a..r.a + r.len]);
        if len == 0 {
            continue;
        }
        if identical || is_phrase(&a[r.a + off..r.a + off + len], min_phrase) {
            out.push(Match { a: r.a + off, b: r.b + off, len, moved: false });
        }
    }
    out
}

/// Polynomial rolling hash over ids (Rabin–Karp). Hand-written because it is
/// a few lines over `u32` ids, where a crate would hash bytes.
const BASE: u64 = 0x9e37_79b9_7f4a_7c15;

/// Hashes of every k-window of `units` whose units are all unused, by start.
fn windows(units: &[Unit], used: &[bool], k: usize) -> Vec<Option<u64>> {
    let n = units.len();
    let mut out = vec![None; n];
    if k == 0 || n < k {
        return out;
    }
    let top = (0..k - 1).fold(1u64, |p, _| p.wrapping_mul(BASE)); // BASE^(k-1)
    let mut h = 0u64;
    let mut free_run = 0; // unused units ending at i
    for i in 0..n {
        let id = units[i].id as u64 + 1;
        if i >= k {
            let old = units[i - k].id as u64 + 1;
            h = h.wrapping_sub(old.wrapping_mul(top));
        }
        h = h.wrapping_mul(BASE).wrapping_add(id);
        free_run = if used[i] { 0 } else { free_run + 1 };
        if i + 1 >= k && free_run >= k {
            out[i + 1 - k] = Some(h);
        }
    }
    out
}

/// Finds maximal shared runs of at least `min_phrase` words among units the
/// in-order pass left unmatched, on either side, in any order; marks them
/// used. Near-linear: k-gram hashes seed candidates (k = `min_phrase`), each
/// candidate is verified id by id and extended as far as it goes, and k-grams
/// with more than [`MAX_OCCURRENCES`] on a side are skipped.
pub fn moved(
    a: &[Unit],
    b: &[Unit],
    used_a: &mut [bool],
    used_b: &mut [bool],
    min_phrase: usize,
) -> Vec<Match> {
    let k = min_phrase.max(1);
    let wa = windows(a, used_a, k);
    let wb = windows(b, used_b, k);
    let mut count_a: FxHashMap<u64, usize> = FxHashMap::default();
    for h in wa.iter().flatten() {
        *count_a.entry(*h).or_default() += 1;
    }
    let mut seeds: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for (j, h) in wb.iter().enumerate() {
        if let Some(h) = h {
            if count_a.contains_key(h) {
                seeds.entry(*h).or_default().push(j);
            }
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < a.len() {
        let Some(h) = wa[i] else {
            i += 1;
            continue;
        };
        let cands = match seeds.get(&h) {
            Some(c) if c.len() <= MAX_OCCURRENCES && count_a[&h] <= MAX_OCCURRENCES => c,
            _ => {
                i += 1;
                continue;
            }
        };
        let mut best = (0usize, 0usize); // (len, j)
        for &j in cands {
            let mut l = 0;
            while i + l < a.len()
                && j + l < b.len()
                && !used_a[i + l]
                && !used_b[j + l]
                && a[i + l].id == b[j + l].id
            {
                l += 1;
            }
            if l > best.0 {
                best = (l, j);
            }
        }
        let (len, j) = best;
        let (off, tlen) = if len >= k { trim(&a[i..i + len]) } else { (0, 0) };
        if tlen > 0 && is_phrase(&a[i + off..i + off + tlen], min_phrase) {
            let (sa, sb) = (i + off, j + off);
            used_a[sa..sa + tlen].iter_mut().for_each(|u| *u = true);
            used_b[sb..sb + tlen].iter_mut().for_each(|u| *u = true);
            out.push(Match { a: sa, b: sb, len: tlen, moved: true });
            i = sa + tlen;
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Units from ids; ids below 10 are stopwords, negative-free.
    fn us(ids: &[u32]) -> Vec<Unit> {
        ids.iter()
            .enumerate()
            .map(|(i, &id)| Unit { token: i, id, word: true, stop: id < 10, content: id >= 10 })
            .collect()
    }

    #[test]
    fn short_and_stopword_runs_are_dropped() {
        let a = us(&[1, 2, 3, 20, 21, 22, 30, 31]);
        let b = us(&[1, 2, 3, 99, 20, 21, 22, 98, 30, 31]);
        let runs = [Run { a: 0, b: 0, len: 3 }, Run { a: 3, b: 4, len: 3 }, Run { a: 6, b: 8, len: 2 }];
        let m = in_order(&a, &b, &runs, 3);
        assert_eq!(m, vec![Match { a: 3, b: 4, len: 3, moved: false }]);
        // With min_phrase 2 the two-word run counts too, the stopwords still not.
        assert_eq!(in_order(&a, &b, &runs, 2).len(), 2);
    }

    #[test]
    fn identical_short_text_is_kept() {
        let a = us(&[1, 2]);
        let m = in_order(&a, &a, &[Run { a: 0, b: 0, len: 2 }], 3);
        assert_eq!(m.len(), 1);
    }

    #[test]
    fn moved_phrase_found_and_extended_maximally() {
        // left: X [10 11 12 13] Y ; right: [10 11 12 13] at the end.
        let a = us(&[50, 10, 11, 12, 13, 51]);
        let b = us(&[60, 61, 62, 10, 11, 12, 13]);
        let (mut ua, mut ub) = (vec![false; a.len()], vec![false; b.len()]);
        let m = moved(&a, &b, &mut ua, &mut ub, 3);
        assert_eq!(m, vec![Match { a: 1, b: 3, len: 4, moved: true }]);
        assert!(ua[1..5].iter().all(|&u| u) && !ua[0] && !ua[5]);
    }

    #[test]
    fn used_units_are_not_matched_again() {
        let a = us(&[10, 11, 12]);
        let b = us(&[10, 11, 12]);
        let (mut ua, mut ub) = (vec![false, true, false], vec![false; 3]);
        assert!(moved(&a, &b, &mut ua, &mut ub, 3).is_empty());
    }

    #[test]
    fn hash_collisions_are_verified() {
        // Different ids never match even if a window hash were to collide:
        // extension compares ids.
        let a = us(&[10, 11, 12]);
        let b = us(&[10, 11, 13]);
        let (mut ua, mut ub) = (vec![false; 3], vec![false; 3]);
        assert!(moved(&a, &b, &mut ua, &mut ub, 3).is_empty());
    }

    #[test]
    fn boilerplate_kgrams_are_capped() {
        let mut ids = Vec::new();
        for _ in 0..(MAX_OCCURRENCES + 2) {
            ids.extend([10, 11, 12, 0]);
        }
        let a = us(&ids);
        let b = us(&[10, 11, 12]);
        let (mut ua, mut ub) = (vec![false; a.len()], vec![false; b.len()]);
        assert!(moved(&a, &b, &mut ua, &mut ub, 3).is_empty());
    }
}

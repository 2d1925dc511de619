//! Distinctive terms: the words one side uses distinctly more than the other.
//!
//! Ranked by the log-odds ratio with an informative Dirichlet prior (Monroe,
//! Colaresi & Quinn 2008, "Fightin' Words"), the prior taken from the two
//! texts' combined counts. Its z-score shrinks rare words toward "no
//! difference", so a word said once is not ranked above one said ten times.
//! A term is listed for a side only if that side says it more times than the
//! other, so "only or mostly in" holds as a reader counts: the shorter text
//! may use a word at a higher rate with fewer uses, and that is not "mostly".
//! Hand-written: the formula is a few lines, and no maintained crate has it.

use rustc_hash::FxHashMap;

use super::model::{ByteRange, DistinctiveTerm};
use super::options::Lang;
use super::normalize::{Interner, Unit};
use super::tokens::Token;

/// Lowest z-score at which a term counts as favouring a side.
pub const MIN_Z: f64 = 1.0;
/// Most terms listed per side.
pub const MAX_TERMS: usize = 15;
/// Total prior pseudo-count as a share of both texts' length. Smaller trusts
/// the texts' own counts more; a tenth keeps one-off words from ranking.
const PRIOR_SHARE: f64 = 0.1;

/// Fewest uses of a word the other side never uses for it to count as
/// distinctive even below [`MIN_Z`]. When one text is much shorter (a
/// two-sentence statement against a full readout), its silence is weak
/// evidence and no z-score of the longer side's words reaches `MIN_Z`, yet a
/// reader plainly sees "outbreak" six times on one side and never on the
/// other. They are ranked by z with the rest.
pub const MIN_EXCLUSIVE: f64 = 3.0;

fn exclusive(ours: f64, theirs: f64) -> bool {
    ours >= MIN_EXCLUSIVE && theirs == 0.0
}

/// What term ranking needs from one side.
pub struct SideText<'a> {
    /// The side's original text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// Its matchable units (only content words are counted).
    pub units: &'a [Unit],
}

/// True when a token can stand as a term a reader recognizes: a word of two
/// letters or more, in any script. A single letter is an initial or a piece
/// of an abbreviation ("H" and "E" of "H. E."), and a single Han character
/// (Chinese is tokenized character by character) is a piece of a word ("方"
/// of "中方", "埃" of "埃及"): neither is a term.
fn is_word(surface: &str) -> bool {
    surface.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

fn counts(side: &SideText) -> FxHashMap<u32, Vec<usize>> {
    let mut m: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
    // Whether a word can be a term, read once per word.
    let mut term: FxHashMap<u32, bool> = FxHashMap::default();
    for (i, u) in side.units.iter().enumerate().filter(|(_, u)| u.content) {
        let t = side.tokens[u.token];
        if *term.entry(u.id).or_insert_with(|| is_word(&side.text[t.start..t.end])) {
            m.entry(u.id).or_default().push(i);
        }
    }
    m
}

/// The log-odds z-score of a word used `ya` times in `na` words on one side
/// and `yb` times in `nb` on the other, with prior pseudo-count `alpha` for
/// the word and `alpha0` in total. Positive favours the first side.
pub fn log_odds_z(ya: f64, na: f64, yb: f64, nb: f64, alpha: f64, alpha0: f64) -> f64 {
    let la = ((ya + alpha) / (na + alpha0 - ya - alpha)).ln();
    let lb = ((yb + alpha) / (nb + alpha0 - yb - alpha)).ln();
    let var = 1.0 / (ya + alpha) + 1.0 / (yb + alpha);
    (la - lb) / var.sqrt()
}

fn term(side: &SideText, interner: &Interner, id: u32, at: &[usize], z: f64) -> DistinctiveTerm {
    let mut surfaces: Vec<(&str, usize)> = Vec::new();
    let mut occurrences = Vec::with_capacity(at.len());
    for &i in at {
        let t = side.tokens[side.units[i].token];
        occurrences.push(ByteRange { start: t.start, end: t.end });
        let s = &side.text[t.start..t.end];
        match surfaces.iter_mut().find(|(x, _)| *x == s) {
            Some(e) => e.1 += 1,
            None => surfaces.push((s, 1)),
        }
    }
    // Most frequent surface form; the first seen on ties.
    let mut best = surfaces[0];
    for &s in &surfaces[1..] {
        if s.1 > best.1 {
            best = s;
        }
    }
    DistinctiveTerm {
        key: interner.form(id).to_owned(),
        term: best.0.to_owned(),
        count: at.len(),
        z,
        occurrences,
    }
}

/// Why a side in `lang`, compared with one in `other`, lists no distinctive
/// terms: across two languages every word would be one; Chinese is read
/// character by character, and a character alone is a piece of a word.
pub fn why_none(lang: Lang, other: Lang) -> &'static str {
    if lang != other {
        "Terms are compared within one language; these statements are in two."
    } else if lang == Lang::Chinese {
        "Terms are not listed for Chinese: its words are not written apart, and a character alone is no term."
    } else {
        "No distinctive terms."
    }
}

/// The most distinctive terms of each side (left, right), most distinctive
/// first. Only content words count: no stopwords, punctuation, numbers or
/// single letters.
pub fn distinctive(a: &SideText, b: &SideText, interner: &Interner) -> (Vec<DistinctiveTerm>, Vec<DistinctiveTerm>) {
    let (ca, cb) = (counts(a), counts(b));
    let na: usize = ca.values().map(Vec::len).sum();
    let nb: usize = cb.values().map(Vec::len).sum();
    let total = (na + nb) as f64;
    let alpha0 = PRIOR_SHARE * total;
    let mut za: Vec<(f64, u32)> = Vec::new();
    let mut zb: Vec<(f64, u32)> = Vec::new();
    let ids = ca.keys().chain(cb.keys().filter(|id| !ca.contains_key(id)));
    for &id in ids {
        let ya = ca.get(&id).map_or(0, Vec::len) as f64;
        let yb = cb.get(&id).map_or(0, Vec::len) as f64;
        let alpha = alpha0 * (ya + yb) / total;
        let z = log_odds_z(ya, na as f64, yb, nb as f64, alpha, alpha0);
        if !z.is_finite() {
            continue; // one side has no content words at all
        }
        if ya > yb && z > 0.0 && (z >= MIN_Z || exclusive(ya, yb)) {
            za.push((z, id));
        } else if yb > ya && z < 0.0 && (-z >= MIN_Z || exclusive(yb, ya)) {
            zb.push((-z, id));
        }
    }
    let rank = |v: &mut Vec<(f64, u32)>| {
        v.sort_by(|x, y| y.0.total_cmp(&x.0).then(interner.form(x.1).cmp(interner.form(y.1))));
        v.truncate(MAX_TERMS);
    };
    rank(&mut za);
    rank(&mut zb);
    let left = za.iter().map(|&(z, id)| term(a, interner, id, &ca[&id], z)).collect();
    let right = zb.iter().map(|&(z, id)| term(b, interner, id, &cb[&id], z)).collect();
    (left, right)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn z_sign_and_symmetry() {
        let z = log_odds_z(10.0, 100.0, 1.0, 100.0, 0.55, 20.0);
        assert!(z > 0.0);
        let back = log_odds_z(1.0, 100.0, 10.0, 100.0, 0.55, 20.0);
        assert!((z + back).abs() < 1e-12);
        // Equal rates: no preference.
        assert!(log_odds_z(5.0, 100.0, 5.0, 100.0, 0.5, 20.0).abs() < 1e-12);
    }

    #[test]
    fn more_evidence_means_higher_z() {
        let once = log_odds_z(1.0, 100.0, 0.0, 100.0, 0.05, 20.0);
        let ten = log_odds_z(10.0, 100.0, 0.0, 100.0, 0.5, 20.0);
        assert!(ten > once);
    }

    #[test]
    fn exclusive_repeated_words_count() {
        assert!(exclusive(3.0, 0.0));
        assert!(!exclusive(2.0, 0.0));
        assert!(!exclusive(5.0, 1.0));
    }

    #[test]
    fn single_letters_and_characters_are_not_terms() {
        assert!(!is_word("H") && !is_word("E") && !is_word("S"));
        assert!(!is_word("方") && !is_word("习"), "a piece of a Chinese word");
        assert!(is_word("H.E") && is_word("envoys") && is_word("中方") && is_word("Ли"));
        assert!(!is_word("2022") && !is_word("-"));
    }
}

//! The in-order comparison: a diff over normalized word ids (the only module
//! that uses the `similar` crate).
//!
//! Algorithm: `similar`'s Histogram diff (Git's `--histogram`). It anchors on
//! the rarest words both texts share and recurses around them, which for
//! prose lines up the content words a reader would pair ("coronavirus",
//! "measures") instead of the frequent "the"/"of" that a plain Myers diff
//! happily matches; where no anchor exists it falls back to heuristic Myers.
//! `similar` also discards ids that occur on one side only before Myers runs,
//! so unrelated texts are cheap. A deadline bounds the work on pathological
//! pairs; past it `similar` gives a coarser (still valid) diff. Deadlines use
//! `similar::Instant`, which is `web_time::Instant` under the
//! `wasm32_web_time` feature, so they work in the browser too.

use std::time::Duration;

use similar::{capture_diff_slices_deadline, Algorithm, DiffOp, Instant};

/// A point in time after which diffing should give up and coarsen.
#[derive(Clone, Copy, Debug)]
pub struct Deadline(Instant);

impl Deadline {
    /// A deadline `ms` milliseconds from now.
    pub fn after_ms(ms: u64) -> Deadline {
        Deadline(Instant::now() + Duration::from_millis(ms))
    }

    /// True once the deadline has passed.
    pub fn passed(&self) -> bool {
        Instant::now() > self.0
    }
}

/// A run of equal ids: `a[a..a+len] == b[b..b+len]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    /// Start on the left (old) sequence.
    pub a: usize,
    /// Start on the right (new) sequence.
    pub b: usize,
    /// Number of equal ids.
    pub len: usize,
}

/// Finds the runs of ids that `a` and `b` share in order (a longest common
/// subsequence, approximately past the deadline), ascending on both sides.
/// Returns the runs and whether the deadline was hit.
pub fn matching_runs(a: &[u32], b: &[u32], deadline: Deadline) -> (Vec<Run>, bool) {
    let ops = capture_diff_slices_deadline(Algorithm::Histogram, a, b, Some(deadline.0));
    let mut runs: Vec<Run> = Vec::new();
    for op in ops {
        if let DiffOp::Equal { old_index, new_index, len } = op {
            match runs.last_mut() {
                Some(r) if r.a + r.len == old_index && r.b + r.len == new_index => r.len += len,
                _ => runs.push(Run { a: old_index, b: new_index, len }),
            }
        }
    }
    (runs, deadline.passed())
}

/// Like [`matching_runs`], over the positions `at_a` of `a` and `at_b` of
/// `b` only (ascending): runs are in the original positions, and split
/// wherever the positions they cover are not consecutive.
pub fn matching_runs_at(a: &[u32], b: &[u32], at_a: &[usize], at_b: &[usize], deadline: Deadline) -> (Vec<Run>, bool) {
    let pick = |ids: &[u32], at: &[usize]| at.iter().map(|&i| ids[i]).collect::<Vec<u32>>();
    let (runs, timed_out) = matching_runs(&pick(a, at_a), &pick(b, at_b), deadline);
    let mut out: Vec<Run> = Vec::with_capacity(runs.len());
    for r in runs {
        for k in 0..r.len {
            let (x, y) = (at_a[r.a + k], at_b[r.b + k]);
            match out.last_mut() {
                Some(last) if k > 0 && last.a + last.len == x && last.b + last.len == y => last.len += 1,
                _ => out.push(Run { a: x, b: y, len: 1 }),
            }
        }
    }
    (out, timed_out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(a: &[u32], b: &[u32], runs: &[Run]) {
        let (mut pa, mut pb) = (0, 0);
        for r in runs {
            assert!(r.a >= pa && r.b >= pb, "runs ascend");
            assert_eq!(a[r.a..r.a + r.len], b[r.b..r.b + r.len]);
            pa = r.a + r.len;
            pb = r.b + r.len;
        }
    }

    #[test]
    fn identical_is_one_run() {
        let a = [1, 2, 3, 4];
        let (runs, timed_out) = matching_runs(&a, &a, Deadline::after_ms(1000));
        assert_eq!(runs, vec![Run { a: 0, b: 0, len: 4 }]);
        assert!(!timed_out);
    }

    #[test]
    fn finds_common_runs_in_order() {
        let a = [9, 1, 2, 3, 8, 4, 5];
        let b = [1, 2, 3, 7, 4, 5, 6];
        let (runs, _) = matching_runs(&a, &b, Deadline::after_ms(1000));
        check(&a, &b, &runs);
        assert_eq!(runs.iter().map(|r| r.len).sum::<usize>(), 5);
    }

    #[test]
    fn runs_over_chosen_positions_map_back_and_split_at_gaps() {
        // Positions 1 and 4 of `a` are left out: 1 2 | 3 4 stay apart.
        let a = [1, 9, 2, 3, 8, 4];
        let b = [1, 2, 3, 4];
        let (runs, _) = matching_runs_at(&a, &b, &[0, 2, 3, 5], &[0, 1, 2, 3], Deadline::after_ms(1000));
        assert_eq!(runs, vec![Run { a: 0, b: 0, len: 1 }, Run { a: 2, b: 1, len: 2 }, Run { a: 5, b: 3, len: 1 }]);
    }

    #[test]
    fn disjoint_has_no_runs() {
        let (runs, _) = matching_runs(&[1, 2, 3], &[4, 5, 6], Deadline::after_ms(1000));
        assert!(runs.is_empty());
    }

    #[test]
    fn expired_deadline_still_gives_valid_runs() {
        let a: Vec<u32> = (0..3000).map(|i| (i * 7919 % 50) as u32).collect();
        let b: Vec<u32> = (0..3000).map(|i| (i * 104729 % 50) as u32).collect();
        let (runs, timed_out) = matching_runs(&a, &b, Deadline::after_ms(0));
        check(&a, &b, &runs);
        assert!(timed_out);
    }
}

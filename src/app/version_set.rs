//! Three to six statements at once: the part of the state that holds them.
//!
//! With two statements this is empty and the widget is exactly the
//! two-statement widget. With more, it holds every version in the reader's
//! order; the state's `left` and `right` are two of them (the pair opened
//! side by side), written back here after every change, so the panes, the
//! editors and everything else keep working on `left` and `right`.

use crate::engine::collate::MAX_VERSIONS;
use crate::engine::Options;

use super::nav::StopKind;
use super::statement::{same_text, Statement};
use super::versions::{PhraseOrder, SharedCollation};

/// The versions, what is shown of them, and their latest collation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct VersionSet {
    /// Every version, in the reader's order, when there are more than two;
    /// empty when there are two (then `left` and `right` are all there is).
    pub all: Vec<Statement>,
    /// Which two of them are the state's `left` and `right`.
    pub pair: [usize; 2],
    /// The versions view is shown, rather than the pair side by side.
    pub overview: bool,
    /// The version read in the versions view.
    pub reading: usize,
    /// Every version is shown in turn, with the lesson (the handout and
    /// the report), rather than the one read.
    pub every: bool,
    /// Where navigation stands in the version read: the kind of stop, and
    /// which of them (see `versions::stops`).
    pub cursor: Option<(StopKind, usize)>,
    /// How its table of phrases is ordered.
    pub order: PhraseOrder,
    /// The latest collation, tagged with the generation it was asked for.
    pub collation: Option<(u64, SharedCollation)>,
}

impl VersionSet {
    /// The set for `left`, `right` and `more` (empty: just the two).
    pub fn new(left: &Statement, right: &Statement, more: Vec<Statement>) -> Self {
        if more.is_empty() {
            return VersionSet::default();
        }
        let mut all = vec![left.clone(), right.clone()];
        all.extend(more.into_iter().take(MAX_VERSIONS - 2));
        VersionSet { all, pair: [0, 1], overview: true, ..VersionSet::default() }
    }

    /// True when there are more than two statements.
    pub fn active(&self) -> bool {
        !self.all.is_empty()
    }

    /// The latest collation when it was made on exactly these texts and
    /// options; an older one (texts edited since) is never shown as theirs.
    pub fn collation(&self, options: &Options) -> Option<&SharedCollation> {
        let (_, c) = self.collation.as_ref()?;
        // At once when the collation shares the texts (the worker's do).
        let same_texts = c.versions.len() == self.all.len() && c.versions.iter().zip(&self.all).all(|(v, s)| same_text(&v.text, &s.text));
        (same_texts && c.options == *options).then_some(c)
    }

    /// Writes the pair shown side by side back into the list.
    pub(super) fn write_back(&mut self, left: &Statement, right: &Statement) {
        if let Some([l, r]) = self.pair_mut() {
            *l = left.clone();
            *r = right.clone();
        }
    }

    fn pair_mut(&mut self) -> Option<[&mut Statement; 2]> {
        let [i, j] = self.pair;
        self.all.get_disjoint_mut([i, j]).ok()
    }

    /// How many statements there are (two when the set is not active).
    pub fn count(&self) -> usize {
        self.all.len().max(2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statement(label: &str) -> Statement {
        Statement { label: label.into(), text: format!("{label} says.").into(), ..Statement::default() }
    }

    #[test]
    fn two_statements_make_no_set() {
        let set = VersionSet::new(&statement("A"), &statement("B"), Vec::new());
        assert!(!set.active());
        assert_eq!(set.count(), 2);
    }

    #[test]
    fn the_pair_is_written_back_where_it_came_from() {
        let mut set = VersionSet::new(&statement("A"), &statement("B"), vec![statement("C"), statement("D")]);
        assert_eq!(set.count(), 4);
        set.pair = [3, 1];
        set.write_back(&statement("D2"), &statement("B2"));
        let labels: Vec<&str> = set.all.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["A", "B2", "C", "D2"]);
    }

    #[test]
    fn a_collation_of_other_texts_is_not_shown() {
        let mut set = VersionSet::new(&statement("A"), &statement("B"), vec![statement("C")]);
        let texts: Vec<&str> = set.all.iter().map(|s| &*s.text).collect();
        let options = Options::default();
        let c = SharedCollation::new(crate::engine::collate::compare_many(&texts, &options));
        set.collation = Some((0, c));
        assert!(set.collation(&options).is_some());
        assert!(set.collation(&Options { min_phrase: 4, ..Options::default() }).is_none());
        set.all[2].text = "Something else.".into();
        assert!(set.collation(&options).is_none());
    }
}

//! A lesson over several versions of one statement: steps that walk the
//! versions (what every version carries, then for each version what only it
//! says and what it leaves out), a question for any step, and notes on
//! passages, phrases and sentences of the versions.
//!
//! Like the lesson on two statements, notes are anchored to byte ranges of
//! the versions' texts, so they stay where the teacher put them when the
//! options (and so the phrases found) change; steps name versions by their
//! place in the reader's order. Both travel in permalinks.

use serde::{Deserialize, Serialize};

use super::versions::{left_out, most_carried, SentenceOf};
use crate::engine::collate::Collation;

/// A place in one version: a sentence, a phrase or a passage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionAnchor {
    /// The version it is in (its place in the reader's order).
    pub version: usize,
    /// Where it starts, in bytes into that version's text.
    pub start: usize,
    /// Where it ends (exclusive).
    pub end: usize,
}

impl VersionAnchor {
    /// The anchor of sentence `s` of a collation.
    pub fn sentence(c: &Collation, s: SentenceOf) -> VersionAnchor {
        let range = c.versions[s.version].sentences[s.sentence];
        VersionAnchor { version: s.version, start: range.start, end: range.end }
    }

    /// The anchor of phrase `p` of a collation: its first occurrence.
    pub fn phrase(c: &Collation, p: usize) -> Option<VersionAnchor> {
        let phrase = c.phrases.get(p)?;
        let (version, ranges) = phrase.occurrences.iter().enumerate().find(|(_, o)| !o.is_empty())?;
        Some(VersionAnchor { version, start: ranges[0].start, end: ranges[0].end })
    }
}

/// A short note the teacher attached to a place in one version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionNote {
    /// Where it is attached.
    pub anchor: VersionAnchor,
    /// What the teacher wrote.
    pub text: String,
}

/// One step of a lesson over several versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VersionStep {
    /// What every version carries (when no phrase is in all of them, what
    /// the most carry).
    Common,
    /// What only version `n` says.
    Own(usize),
    /// What version `n` leaves out of what other versions share.
    LeftOut(usize),
}

impl VersionStep {
    /// The version the step is about, if it is about one.
    pub fn version(self) -> Option<usize> {
        match self {
            VersionStep::Common => None,
            VersionStep::Own(v) | VersionStep::LeftOut(v) => Some(v),
        }
    }

    /// What the step is called, with the versions called `names`.
    pub fn title(self, names: &[impl AsRef<str>], c: &Collation) -> String {
        match self {
            VersionStep::Common => match most_carried(c).0 {
                most if most == c.versions.len() => format!("What all {most} versions carry"),
                0 => "What the versions carry in common".to_owned(),
                most => format!("What {most} of the {} versions carry", c.versions.len()),
            },
            VersionStep::Own(v) => format!("What only {} says", names[v].as_ref()),
            VersionStep::LeftOut(v) => format!("What {} leaves out", names[v].as_ref()),
        }
    }
}

/// The steps of a lesson on `c`, in order: what the versions carry in
/// common; then, version by version, what only it says, and what it leaves
/// out when it leaves out anything that others share.
pub fn steps(c: &Collation) -> Vec<VersionStep> {
    let mut steps = vec![VersionStep::Common];
    for v in 0..c.versions.len() {
        steps.push(VersionStep::Own(v));
        if !left_out(c, v).is_empty() {
            steps.push(VersionStep::LeftOut(v));
        }
    }
    steps
}

/// A prompt for the class, shown with one step.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepQuestion {
    /// The step it belongs to.
    pub step: VersionStep,
    /// What the class is asked.
    pub text: String,
}

/// What a teacher prepared on several versions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionsLesson {
    /// Notes on places in the versions, in the versions' order, each
    /// version's in text order.
    #[serde(default)]
    pub notes: Vec<VersionNote>,
    /// Questions for steps.
    #[serde(default)]
    pub questions: Vec<StepQuestion>,
}

impl VersionsLesson {
    /// True when the teacher has written nothing.
    pub fn is_empty(&self) -> bool {
        self.notes.is_empty() && self.questions.is_empty()
    }

    /// Sets (or, with empty text, removes) the note at `anchor`.
    pub fn set_note(&mut self, anchor: VersionAnchor, text: String) {
        self.notes.retain(|n| n.anchor != anchor);
        if !text.trim().is_empty() {
            self.notes.push(VersionNote { anchor, text });
            self.notes.sort_by_key(|n| (n.anchor.version, n.anchor.start, n.anchor.end));
        }
    }

    /// Sets (or, with empty text, removes) the question for `step`.
    pub fn set_question(&mut self, step: VersionStep, text: String) {
        self.questions.retain(|q| q.step != step);
        if !text.trim().is_empty() {
            self.questions.push(StepQuestion { step, text });
        }
    }

    /// The note exactly at `anchor`, with its number (from 1, in the order
    /// of the notes).
    pub fn note_at(&self, anchor: VersionAnchor) -> Option<(usize, &VersionNote)> {
        self.notes.iter().enumerate().find(|(_, n)| n.anchor == anchor).map(|(i, n)| (i + 1, n))
    }

    /// The notes on version `v`, with their numbers.
    pub fn notes_on(&self, v: usize) -> impl Iterator<Item = (usize, &VersionNote)> + '_ {
        self.notes.iter().enumerate().filter(move |(_, n)| n.anchor.version == v).map(|(i, n)| (i + 1, n))
    }

    /// The question for `step`.
    pub fn question(&self, step: VersionStep) -> Option<&str> {
        self.questions.iter().find(|q| q.step == step).map(|q| q.text.as_str())
    }

    /// Version `n` was removed: its notes and questions go with it, and the
    /// versions after it move up one place.
    pub fn remove_version(&mut self, n: usize) {
        let moved = |v: usize| if v > n { v - 1 } else { v };
        self.notes.retain(|note| note.anchor.version != n);
        self.notes.iter_mut().for_each(|note| note.anchor.version = moved(note.anchor.version));
        self.questions.retain(|q| q.step.version() != Some(n));
        for q in &mut self.questions {
            q.step = match q.step {
                VersionStep::Common => VersionStep::Common,
                VersionStep::Own(v) => VersionStep::Own(moved(v)),
                VersionStep::LeftOut(v) => VersionStep::LeftOut(moved(v)),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::collate::compare_many;
    use crate::engine::Options;

    const THREE: [&str; 3] = [
        "The Russian side praised the measures taken by China. They discussed cooperation in that field.",
        "The Russian side praised the measures that China takes. They discussed cooperation in this field.",
        "The Russian side gave a high appraisal.",
    ];

    #[test]
    fn the_steps_walk_the_versions_and_name_what_each_shows() {
        let c = compare_many(&THREE, &Options::default());
        let names = ["TASS", "Sputnik", "Reuters"];
        let titles: Vec<String> = steps(&c).into_iter().map(|s| s.title(&names, &c)).collect();
        assert_eq!(
            titles,
            [
                "What all 3 versions carry",
                "What only TASS says",
                "What only Sputnik says",
                "What only Reuters says",
                "What Reuters leaves out",
            ]
        );
        let two_of_three = compare_many(&[THREE[0], THREE[1], "Nothing in common at all."], &Options::default());
        assert_eq!(VersionStep::Common.title(&names, &two_of_three), "What 2 of the 3 versions carry");
    }

    #[test]
    fn notes_and_questions_are_set_replaced_removed_and_follow_their_version() {
        let mut lesson = VersionsLesson::default();
        let at = |version, start| VersionAnchor { version, start, end: start + 4 };
        lesson.set_note(at(2, 10), "Reuters drops the second sentence.".into());
        lesson.set_note(at(0, 50), "Compare “that field”.".into());
        lesson.set_note(at(2, 10), "Only Reuters says “appraisal”.".into());
        assert_eq!(lesson.notes.len(), 2);
        assert_eq!(lesson.note_at(at(2, 10)).map(|(n, note)| (n, note.text.as_str())), Some((2, "Only Reuters says “appraisal”.")));
        lesson.set_question(VersionStep::Own(2), "Which words are stronger?".into());
        lesson.set_question(VersionStep::LeftOut(1), "What is missing?".into());
        lesson.set_question(VersionStep::Own(0), "Who praised whom?".into());
        lesson.remove_version(1);
        assert_eq!(lesson.question(VersionStep::Own(1)), Some("Which words are stronger?"), "Reuters moved up");
        assert_eq!(lesson.question(VersionStep::LeftOut(1)), None, "the removed version's question went with it");
        assert_eq!(lesson.notes_on(1).map(|(_, n)| n.text.as_str()).collect::<Vec<_>>(), ["Only Reuters says “appraisal”."]);
        lesson.set_note(at(1, 10), " ".into());
        lesson.set_question(VersionStep::Own(1), String::new());
        lesson.set_question(VersionStep::Own(0), String::new());
        lesson.set_note(at(0, 50), String::new());
        assert!(lesson.is_empty());
    }

    #[test]
    fn a_lesson_reads_back_from_json() {
        let mut lesson = VersionsLesson::default();
        lesson.set_question(VersionStep::LeftOut(3), "Why?".into());
        lesson.set_question(VersionStep::Common, "What do all say?".into());
        let json = serde_json::to_string(&lesson).unwrap();
        assert!(json.contains(r#"{"left_out":3}"#) && json.contains(r#""common""#), "{json}");
        assert_eq!(serde_json::from_str::<VersionsLesson>(&json).unwrap(), lesson);
    }
}

//! A teacher's lesson on top of a comparison: notes on phrases and sentence
//! pairs, a question for any step of the presentation, and how it is
//! presented (step by step or not); with more than two statements, the
//! lesson over the versions ([`super::versions_lesson`]).
//!
//! Notes and questions are anchored to byte ranges of the original texts, not
//! to phrase or pair numbers, so they stay where the teacher put them when
//! the options (and so the phrases found) change. All of it travels in
//! permalinks.

use serde::{Deserialize, Serialize};

use super::rows::Row;
use super::versions_lesson::VersionsLesson;
use crate::engine::{ByteRange, Comparison, Side};

/// A place in one statement: a phrase or a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// The statement it is in.
    pub side: Side,
    /// Where it starts, in bytes into that statement's text.
    pub start: usize,
    /// Where it ends (exclusive).
    pub end: usize,
}

impl Anchor {
    /// True when the anchor overlaps `range` on `side`.
    pub fn overlaps(&self, side: Side, range: ByteRange) -> bool {
        self.side == side && self.start < range.end && range.start < self.end
    }
}

/// A short note the teacher attached to a place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Where it is attached.
    pub anchor: Anchor,
    /// What the teacher wrote.
    pub text: String,
}

/// A prompt for the class, shown under one sentence pair.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// The first sentence of the row the question belongs to.
    pub anchor: Anchor,
    /// What the class is asked.
    pub text: String,
}

/// Everything a teacher prepared.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Lesson {
    /// Notes on places in the texts, in text order (left first).
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Questions for steps of the presentation.
    #[serde(default)]
    pub questions: Vec<Question>,
    /// Each step is presented plain first, its highlights revealed a kind
    /// at a time.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reveal: bool,
    /// Notes and questions on three to six versions.
    #[serde(default, skip_serializing_if = "VersionsLesson::is_empty")]
    pub versions: VersionsLesson,
}

impl Lesson {
    /// True when the teacher has prepared nothing: no note, no question,
    /// and presentation as it is by default.
    pub fn is_empty(&self) -> bool {
        self.notes.is_empty() && self.questions.is_empty() && !self.reveal && self.versions.is_empty()
    }

    /// Sets (or, with empty text, removes) the note at `anchor`.
    pub fn set_note(&mut self, anchor: Anchor, text: String) {
        self.notes.retain(|n| n.anchor != anchor);
        if !text.trim().is_empty() {
            self.notes.push(Note { anchor, text });
            self.notes.sort_by_key(|n| (n.anchor.side as u8, n.anchor.start));
        }
    }

    /// Sets (or, with empty text, removes) the question at `anchor`.
    pub fn set_question(&mut self, anchor: Anchor, text: String) {
        self.questions.retain(|q| q.anchor != anchor);
        if !text.trim().is_empty() {
            self.questions.push(Question { anchor, text });
        }
    }

    /// The note exactly at `anchor`.
    pub fn note_at(&self, anchor: Anchor) -> Option<&Note> {
        self.notes.iter().find(|n| n.anchor == anchor)
    }

    /// The question at `anchor`.
    pub fn question_at(&self, anchor: Anchor) -> Option<&Question> {
        self.questions.iter().find(|q| q.anchor == anchor)
    }
}

/// The anchor of a row: its first left sentence, or its first right one.
pub fn row_anchor(c: &Comparison, row: &Row) -> Anchor {
    let (side, index) = match row.left.first() {
        Some(&i) => (Side::Left, i),
        None => (Side::Right, row.right.first().copied().unwrap_or(0)),
    };
    let sentence = c.side(side).sentences.get(index);
    Anchor {
        side,
        start: sentence.map_or(0, |s| s.range.start),
        end: sentence.map_or(0, |s| s.range.end),
    }
}

/// The anchor of a shared phrase: its first occurrence on `side`.
pub fn phrase_anchor(c: &Comparison, phrase: usize, side: Side) -> Option<Anchor> {
    let p = c.phrases.get(phrase)?;
    let ranges = if side == Side::Left { &p.left } else { &p.right };
    ranges.first().map(|r| Anchor { side, start: r.start, end: r.end })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn anchor(start: usize) -> Anchor {
        Anchor { side: Side::Left, start, end: start + 5 }
    }

    #[test]
    fn notes_are_set_replaced_and_removed() {
        let mut lesson = Lesson::default();
        lesson.set_note(anchor(10), "Only China says this.".into());
        lesson.set_note(anchor(0), "First".into());
        lesson.set_note(anchor(10), "Only the Chinese readout says this.".into());
        assert_eq!(lesson.notes.len(), 2);
        assert_eq!(lesson.notes[0].anchor.start, 0, "notes are kept in text order");
        assert_eq!(lesson.note_at(anchor(10)).unwrap().text, "Only the Chinese readout says this.");
        lesson.set_note(anchor(10), "  ".into());
        assert!(lesson.note_at(anchor(10)).is_none());
    }

    #[test]
    fn questions_are_keyed_by_their_row() {
        let mut lesson = Lesson::default();
        lesson.set_question(anchor(0), "What does only one side mention?".into());
        assert_eq!(lesson.question_at(anchor(0)).unwrap().text, "What does only one side mention?");
        lesson.set_question(anchor(0), String::new());
        assert!(lesson.is_empty());
    }
}

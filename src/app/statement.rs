//! One statement as the reader gives it: its text and what the reader is
//! told about it (who says it, title, date, source). Plain data, shared by
//! the state, permalinks, comparison files and the CLI's report.

use std::borrow::Cow;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::engine::input::limits;
use crate::engine::Side;

/// One statement and what the reader is told about it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Statement {
    /// Who says it, e.g. "China — Ministry of Foreign Affairs".
    pub label: String,
    /// The headline it was published under.
    pub title: String,
    /// When it was published, as the reader wrote it (e.g. "2020-02-01").
    pub date: String,
    /// Where it was published; shown as a link only if it is http(s).
    pub source: String,
    /// The statement itself, up to [`limits::MAX_STATEMENT_BYTES`]: shared, not copied,
    /// wherever the state goes (an `Arc`, as the CLI's server-side render
    /// needs statements it can send between threads).
    pub text: Arc<str>,
}

impl PartialEq for Statement {
    fn eq(&self, other: &Self) -> bool {
        let Statement { label, title, date, source, text } = self;
        same_text(text, &other.text) && (label, title, date, source) == (&other.label, &other.title, &other.date, &other.source)
    }
}

/// True when two shared texts are the same: at once when they are one text
/// (as the state, its results and its props share theirs), else character
/// by character. (`Arc<str>`'s own equality compares the characters even
/// then: its shortcut is for sized types only.)
pub fn same_text(a: &Arc<str>, b: &Arc<str>) -> bool {
    Arc::ptr_eq(a, b) || a == b
}

impl Statement {
    /// How the statement is called on screen: its label, or "Left statement"
    /// / "Right statement" when it has none. The one fallback every caption,
    /// summary, report title and spoken label uses.
    pub fn name(&self, side: Side) -> Cow<'_, str> {
        match self.label.trim() {
            "" => Cow::Borrowed(match side {
                Side::Left => "Left statement",
                Side::Right => "Right statement",
            }),
            label => Cow::Borrowed(label),
        }
    }
}

impl Statement {
    /// How version `index` (from 0) of several is called: its label, or
    /// "Version 1", "Version 2"… when it has none.
    pub fn version_name(&self, index: usize) -> Cow<'_, str> {
        match self.label.trim() {
            "" => Cow::Owned(format!("Version {}", index + 1)),
            label => Cow::Borrowed(label),
        }
    }
}

impl Statement {
    /// Cuts the header fields to [`limits::MAX_FIELD_CHARS`]; says what was
    /// cut, of `whose` statement ("The left statement's", see [`whose`]).
    pub fn cut_fields(&mut self, whose: &str) -> Vec<String> {
        let fields = [("label", &mut self.label), ("title", &mut self.title), ("date", &mut self.date), ("source", &mut self.source)];
        let mut told = Vec::new();
        for (name, value) in fields {
            if let Some(cut) = limits::cut_field(value) {
                told.push(format!("{whose} {name} is {}", limits::field_cut(value.chars().count())));
                *value = cut;
            }
        }
        told
    }
}

/// How messages name a side's statement or version `index` of several,
/// never by a label (which may be what is too long): "The left
/// statement's", "Version 3's".
pub fn whose(side: Option<Side>, index: usize) -> String {
    match side {
        Some(side) => format!("The {} statement's", side_word(side)),
        None => format!("Version {}'s", index + 1),
    }
}

/// A header field of a statement that the user can edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// [`Statement::label`].
    Label,
    /// [`Statement::title`].
    Title,
    /// [`Statement::date`].
    Date,
    /// [`Statement::source`].
    Source,
}

/// "left" or "right": in messages, class names and `data-side` attributes.
pub fn side_word(side: Side) -> &'static str {
    match side {
        Side::Left => "left",
        Side::Right => "right",
    }
}

/// Why a side's text was refused for its length.
pub fn too_long(side: Side, bytes: usize) -> String {
    format!("The {} text is {}", side_word(side), limits::text_over(Some(bytes)))
}

/// Why the text of version `index` (a third to sixth statement, which is
/// on neither side, or a new one) was refused for its length.
pub fn too_long_version(index: usize, bytes: usize) -> String {
    format!("The text of version {} is {}", index + 1, limits::text_over(Some(bytes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unnamed_statement_is_called_by_its_side() {
        let named = Statement { label: "  Kremlin ".into(), ..Statement::default() };
        assert_eq!(named.name(Side::Left), "Kremlin");
        assert_eq!(Statement::default().name(Side::Right), "Right statement");
        let blank = Statement { label: " \n".into(), ..Statement::default() };
        assert_eq!(blank.name(Side::Left), "Left statement");
    }

    #[test]
    fn long_fields_are_cut_and_said_to_be() {
        let mut s = Statement { label: "L".repeat(3_000_000), title: "Short".into(), ..Statement::default() };
        let told = s.cut_fields(&whose(Some(Side::Left), 0));
        assert_eq!(s.label.len(), limits::MAX_FIELD_CHARS);
        assert_eq!(s.title, "Short");
        assert_eq!(told.len(), 1);
        assert!(told[0].starts_with("The left statement's label is 3,000,000 characters long;"), "{}", told[0]);
        assert!(s.cut_fields("Version 3's").is_empty(), "cut once, it fits");
    }

    #[test]
    fn texts_round_trip_through_json() {
        let s = Statement { text: "Привет, 世界 👩‍👩‍👧".into(), ..Statement::default() };
        let back: Statement = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
        assert_eq!(back, s);
    }
}

//! One statement as the reader gives it: its text and what the reader is
//! told about it (who says it, title, date, source). Plain data, shared by
//! the state, permalinks, comparison files and the CLI's report.

use std::borrow::Cow;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::engine::Side;

/// The longest text a side accepts, in bytes. Longer pastes are refused with a
/// message rather than risk a frozen tab.
pub const MAX_SIDE_BYTES: usize = 1_000_000;

/// One statement and what the reader is told about it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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
    /// The statement itself, up to [`MAX_SIDE_BYTES`]: shared, not copied,
    /// wherever the state goes (an `Arc`, as the CLI's server-side render
    /// needs statements it can send between threads).
    pub text: Arc<str>,
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

/// Why a text was refused for its length.
pub fn too_long(side: Side, bytes: usize) -> String {
    format!(
        "The {} text is {:.1} MB; Parallax compares up to {:.0} MB per side. \
         Use a shorter part of the statement.",
        side_word(side),
        bytes as f64 / 1e6,
        MAX_SIDE_BYTES as f64 / 1e6
    )
}

/// Why a version's text was refused for its length (a third to sixth
/// statement, which is on neither side).
pub fn too_long_version(bytes: usize) -> String {
    format!(
        "That text is {:.1} MB; Parallax compares up to {:.0} MB per statement. Use a shorter part of it.",
        bytes as f64 / 1e6,
        MAX_SIDE_BYTES as f64 / 1e6
    )
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
    fn texts_round_trip_through_json() {
        let s = Statement { text: "Привет, 世界 👩‍👩‍👧".into(), ..Statement::default() };
        let back: Statement = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
        assert_eq!(back, s);
    }
}

//! How the widget shows the comparison: reading or editing, the layout,
//! what the highlights mark, the colour theme, the open popover, and the
//! teacher's step-by-step reveal. Settings only: no text, no result.

/// Reading the highlighted comparison, or editing the texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The highlighted comparison.
    Read,
    /// The editors of both statements.
    Edit,
}

/// How the two statements are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Two scrolling panes, kept in step on aligned sentences.
    SideBySide,
    /// One row per aligned sentence pair.
    AlignedRows,
}

/// What the highlights mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Granularity {
    /// Shared and distinct phrases.
    Word,
    /// Sentences that have a counterpart, and those that do not.
    Sentence,
}

/// Colour scheme; `Auto` follows the reader's system setting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// The reader's system setting.
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// A popover that can be open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Popover {
    /// The keyboard shortcuts.
    Help,
    /// How the comparison is made and shown.
    Options,
    /// Links, embed codes and downloads.
    Share,
    /// The teacher's notes, questions and presentation.
    Lesson,
    /// On a phone, the toolbar's other controls.
    More,
}

/// How much of the comparison is revealed, for teaching step by step:
/// plain text first, then shared phrases, then moved ones, then what only
/// one side says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reveal {
    /// The text alone.
    Plain,
    /// Plus the phrases shared in order.
    Shared,
    /// Plus the reordered ones.
    Moved,
    /// Plus what only one side says: everything.
    Distinct,
}

impl Reveal {
    /// The levels a step goes through: with several versions there is no
    /// reordered phrasing to reveal, so the text, its shading by how many
    /// versions carry it, then what the step points out.
    pub fn levels(versions: bool) -> &'static [Reveal] {
        match versions {
            false => &[Reveal::Plain, Reveal::Shared, Reveal::Moved, Reveal::Distinct],
            true => &[Reveal::Plain, Reveal::Shared, Reveal::Distinct],
        }
    }

    /// The next level, if any (with several versions, see [`Reveal::levels`]).
    pub fn next(self, versions: bool) -> Option<Reveal> {
        let levels = Reveal::levels(versions);
        levels.iter().position(|&l| l == self).and_then(|i| levels.get(i + 1)).copied()
    }

    /// The previous level, if any.
    pub fn previous(self, versions: bool) -> Option<Reveal> {
        let levels = Reveal::levels(versions);
        levels.iter().position(|&l| l == self).and_then(|i| i.checked_sub(1)).map(|i| levels[i])
    }

    /// The last level: everything shown.
    pub fn last() -> Reveal {
        Reveal::Distinct
    }

    /// The CSS class that hides what is not yet revealed.
    pub fn class(self) -> &'static str {
        match self {
            Reveal::Plain => "px-reveal-plain",
            Reveal::Shared => "px-reveal-shared",
            Reveal::Moved => "px-reveal-moved",
            Reveal::Distinct => "px-reveal-distinct",
        }
    }
}

/// How a comparison opens, so an example shows its point at once: the
/// layout, and what is pointed out before the reader points at anything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Opening {
    /// Aligned rows rather than side by side.
    pub rows: bool,
    /// Point at the sentence pair that holds the first occurrence of this
    /// text on this side (both its sentences marked, as under the pointer).
    pub point_at: Option<(crate::engine::Side, String)>,
    /// Pin the longest shared phrase (linked on both sides).
    pub pin_longest: bool,
}

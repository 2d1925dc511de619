//! The widget's state, in one place; [`super::reducer`] changes it.
//!
//! The comparison itself is derived from the inputs; it is kept here only as
//! the latest finished result, tagged with the generation of the inputs it was
//! computed from, so a slow computation can never overwrite a newer one.

use crate::engine::{self, Options, Side};

use super::examples::EXAMPLES;
use super::lesson::Lesson;
use super::nav::Cursor;
use super::shared_comparison::SharedComparison;
use super::statement::{too_long, Statement, MAX_SIDE_BYTES};
use super::view::{Granularity, Layout, Mode, Popover, Reveal, Theme};

/// The largest minimum phrase length offered, in words.
pub const MAX_MIN_PHRASE: usize = 12;

/// A message for the reader, optionally about one side.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// The side it is about (a refused file, say), or `None` for the whole widget.
    pub side: Option<Side>,
    /// What the reader is told.
    pub text: String,
    /// An error (something was refused) rather than information.
    pub is_error: bool,
}

/// Everything the widget shows.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The left statement.
    pub left: Statement,
    /// The right statement.
    pub right: Statement,
    /// How the comparison is made.
    pub options: Options,
    /// Reading or editing.
    pub mode: Mode,
    /// Side by side or aligned rows.
    pub layout: Layout,
    /// Phrases or sentences highlighted.
    pub granularity: Granularity,
    /// The colour theme.
    pub theme: Theme,
    /// The open popover, if any.
    pub popover: Option<Popover>,
    /// Increases whenever the texts or options change.
    pub generation: u64,
    /// The latest finished comparison and the generation it belongs to.
    pub result: Option<(u64, SharedComparison)>,
    /// True while a comparison of the current generation is being computed.
    pub busy: bool,
    /// The shared phrase under the pointer or focus, and the side it is on.
    pub hovered: Option<(Side, usize)>,
    /// The sentence pair under the pointer, and the side pointed at: both its
    /// sentences are shown linked.
    pub hovered_pair: Option<(Side, usize)>,
    /// The shared phrase the reader clicked, which stays linked.
    pub pinned: Option<usize>,
    /// The distinctive term whose occurrences are highlighted.
    pub term: Option<(Side, String)>,
    /// Where next/previous navigation stands.
    pub cursor: Option<Cursor>,
    /// Messages for the reader, oldest first.
    pub notices: Vec<Notice>,
    /// The teacher's notes and questions.
    pub lesson: Lesson,
    /// The presentation's current step (a row of aligned sentences), when presenting.
    pub presenting: Option<usize>,
    /// Step-by-step reveal, when on.
    pub reveal: Option<Reveal>,
}

impl State {
    /// The state for a pair of statements, with its comparison computed.
    /// Texts over [`MAX_SIDE_BYTES`] are refused with a notice, and options
    /// from outside (links, configs) are brought into range.
    pub fn with_statements(left: Statement, right: Statement, mut options: Options) -> Self {
        options.min_phrase = options.min_phrase.clamp(1, MAX_MIN_PHRASE);
        let mut state = State {
            left,
            right,
            options,
            mode: Mode::Read,
            layout: Layout::SideBySide,
            granularity: Granularity::Word,
            theme: Theme::Auto,
            popover: None,
            generation: 0,
            result: None,
            busy: false,
            hovered: None,
            hovered_pair: None,
            pinned: None,
            term: None,
            cursor: None,
            notices: Vec::new(),
            lesson: Lesson::default(),
            presenting: None,
            reveal: None,
        };
        for side in [Side::Left, Side::Right] {
            let bytes = state.statement(side).text.len();
            if bytes > MAX_SIDE_BYTES {
                state.statement_mut(side).text = "".into();
                state.notify_side(side, too_long(side, bytes));
            }
        }
        state.compare_now();
        state.mode = state.initial_mode();
        state
    }

    /// The bundled example `index` (the first one when out of range).
    pub fn example(index: usize) -> Self {
        let example = EXAMPLES.get(index).unwrap_or(&EXAMPLES[0]);
        Self::with_statements(example.left(), example.right(), example.options())
    }

    /// A side's statement.
    pub fn statement(&self, side: Side) -> &Statement {
        match side {
            Side::Left => &self.left,
            Side::Right => &self.right,
        }
    }

    pub(super) fn statement_mut(&mut self, side: Side) -> &mut Statement {
        match side {
            Side::Left => &mut self.left,
            Side::Right => &mut self.right,
        }
    }

    /// The comparison to show, if it matches the current inputs.
    pub fn comparison(&self) -> Option<&SharedComparison> {
        self.result
            .as_ref()
            .filter(|(generation, _)| *generation == self.generation)
            .map(|(_, c)| c)
    }

    /// The latest comparison, even if the inputs have changed since: shown
    /// (dimmed) while the new one is computed, so the page does not flash.
    pub fn latest_comparison(&self) -> Option<&SharedComparison> {
        self.result.as_ref().map(|(_, c)| c)
    }

    /// True when either side has any text to show.
    pub fn has_text(&self) -> bool {
        !self.left.text.trim().is_empty() || !self.right.text.trim().is_empty()
    }

    /// True when both texts are present and identical.
    pub fn identical(&self) -> bool {
        !self.left.text.trim().is_empty() && self.left.text == self.right.text
    }

    fn initial_mode(&self) -> Mode {
        if self.left.text.trim().is_empty() || self.right.text.trim().is_empty() {
            Mode::Edit
        } else {
            Mode::Read
        }
    }

    /// Inputs changed: a new generation, and everything tied to the old result goes.
    pub(super) fn inputs_changed(&mut self) {
        self.generation += 1;
        self.busy = true;
        self.hovered = None;
        self.hovered_pair = None;
        self.pinned = None;
        self.term = None;
        self.cursor = None;
    }

    /// On leaving the editor, small texts are compared at once (about a
    /// millisecond) so the reader never sees the previous texts; large ones
    /// keep the debounced route through the worker.
    pub(super) fn set_mode(&mut self, mode: Mode) {
        self.mode = mode;
        let small = self.left.text.len() + self.right.text.len() <= super::worker::WORKER_THRESHOLD_BYTES;
        if mode == Mode::Read && small && self.comparison().is_none() {
            self.compare_now();
        }
    }

    /// Compares the current texts here and now.
    fn compare_now(&mut self) {
        let comparison = engine::compare(&self.left.text, &self.right.text, &self.options);
        self.result = Some((self.generation, SharedComparison::new(comparison)));
        self.busy = false;
    }

    pub(super) fn notify_side(&mut self, side: Side, text: String) {
        self.notices.retain(|n| n.side != Some(side));
        self.notices.push(Notice { side: Some(side), text, is_error: true });
    }

    pub(super) fn set_text(&mut self, side: Side, text: String) {
        if text.len() > MAX_SIDE_BYTES {
            self.notify_side(side, too_long(side, text.len()));
            return;
        }
        self.notices.retain(|n| n.side != Some(side));
        if *self.statement(side).text != *text {
            self.statement_mut(side).text = text.into();
            self.inputs_changed();
        }
    }
}

impl Default for State {
    fn default() -> Self {
        State::example(0)
    }
}

//! The widget's state, in one place: a reducer over [`Action`]s.
//!
//! The comparison itself is derived from the inputs; it is kept here only as
//! the latest finished result, tagged with the generation of the inputs it was
//! computed from, so a slow computation can never overwrite a newer one.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::{self, Options, Side};

use super::examples::EXAMPLES;
use super::lesson::{Anchor, Lesson};
use super::nav::Cursor;
use super::shared_comparison::SharedComparison;
use super::statement::{too_long, Field, Statement, MAX_SIDE_BYTES};
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

/// Everything that can happen to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Open bundled example `n`.
    LoadExample(usize),
    /// The reader typed or pasted a side's text.
    SetText(Side, String),
    /// The reader edited a header field of a side.
    SetField(Side, Field, String),
    /// A file was read for a side: its text, or why it cannot be used.
    FileLoaded(Side, Result<String, String>),
    /// Exchange the two statements (and their languages).
    Swap,
    /// Read or edit.
    SetMode(Mode),
    /// Side by side or aligned rows.
    SetLayout(Layout),
    /// Highlight phrases or sentences.
    SetGranularity(Granularity),
    /// Choose the colour theme.
    SetTheme(Theme),
    /// Change how the comparison is made.
    SetOptions(Options),
    /// Open a popover, or close it when it is open.
    Toggle(Popover),
    /// Close whatever popover is open.
    ClosePopover,
    /// A comparison finished for the given generation.
    Compared(u64, SharedComparison),
    /// The reader stopped a running comparison.
    Cancel,
    /// The pointer or focus is on a shared phrase and on a sentence pair
    /// (each with the side it is on), either possibly none.
    Hover(Option<(Side, usize)>, Option<(Side, usize)>),
    /// Pin a phrase (or unpin when it is already pinned).
    Pin(usize),
    /// Unpin the phrase, clear the selected term and close the popover (Esc).
    Unpin,
    /// Highlight a distinctive term's occurrences on its side (or stop, when
    /// it is already selected).
    SelectTerm(Option<(Side, String)>),
    /// Move to the next (`true`) or previous stop of a kind.
    Step(super::nav::StopKind, bool),
    /// Tell the reader something.
    Notify(Notice),
    /// The reader closed notice `n`.
    DismissNotice(usize),
    /// Enter (`true`) or leave presentation mode.
    Present(bool),
    /// Next (`true`) or previous step of the presentation; with reveal on,
    /// each step first reveals more of its row.
    PresentStep(bool),
    /// Turn step-by-step reveal on (at plain text) or off.
    SetReveal(Option<Reveal>),
    /// Write (or, empty, remove) the teacher's note at a place.
    SetNote(Anchor, String),
    /// Write (or, empty, remove) the question for a step.
    SetQuestion(Anchor, String),
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

    fn statement_mut(&mut self, side: Side) -> &mut Statement {
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
    fn inputs_changed(&mut self) {
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
    fn set_mode(&mut self, mode: Mode) {
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

    fn notify_side(&mut self, side: Side, text: String) {
        self.notices.retain(|n| n.side != Some(side));
        self.notices.push(Notice { side: Some(side), text, is_error: true });
    }

    fn set_text(&mut self, side: Side, text: String) {
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

impl Reducible for State {
    type Action = Action;

    /// The next state; the same `Rc` when the action changes nothing (a
    /// hover over the same phrase, a stale result), so nothing re-renders.
    /// Cloning is cheap: the texts are shared.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

impl State {
    fn apply(&mut self, action: Action) {
        let s = self;
        match action {
            Action::LoadExample(index) => {
                let generation = s.generation + 1;
                *s = State::example(index);
                s.generation = generation;
                s.result = s.result.take().map(|(_, c)| (generation, c));
            }
            Action::SetText(side, text) => s.set_text(side, text),
            Action::SetField(side, field, value) => {
                let st = s.statement_mut(side);
                match field {
                    Field::Label => st.label = value,
                    Field::Title => st.title = value,
                    Field::Date => st.date = value,
                    Field::Source => st.source = value,
                }
            }
            Action::FileLoaded(side, Ok(text)) => s.set_text(side, text),
            Action::FileLoaded(side, Err(message)) => s.notify_side(side, message),
            Action::Swap => {
                std::mem::swap(&mut s.left, &mut s.right);
                let o = &mut s.options;
                std::mem::swap(&mut o.lang_left, &mut o.lang_right);
                s.inputs_changed();
            }
            Action::SetMode(mode) => s.set_mode(mode),
            Action::SetLayout(layout) => s.layout = layout,
            Action::SetGranularity(g) => s.granularity = g,
            Action::SetTheme(theme) => s.theme = theme,
            Action::SetOptions(options) => {
                if options != s.options {
                    s.options = options;
                    s.inputs_changed();
                }
            }
            Action::Toggle(p) => s.popover = if s.popover == Some(p) { None } else { Some(p) },
            Action::ClosePopover => s.popover = None,
            Action::Compared(generation, comparison) => {
                if generation < s.result.as_ref().map_or(0, |(g, _)| *g) {
                    return;
                }
                s.result = Some((generation, comparison));
                s.busy = generation != s.generation;
            }
            Action::Cancel => {
                s.busy = false;
                s.notices.push(Notice {
                    side: None,
                    text: "Comparison cancelled; the highlights are from before your last change. \
                           Change a text or an option to compare again."
                        .into(),
                    is_error: false,
                });
            }
            Action::Hover(phrase, pair) => {
                s.hovered = phrase;
                s.hovered_pair = pair;
            }
            Action::Pin(p) => s.pinned = if s.pinned == Some(p) { None } else { Some(p) },
            Action::Unpin => {
                s.pinned = None;
                s.term = None;
                s.popover = None;
            }
            Action::SelectTerm(t) => s.term = if s.term == t { None } else { t },
            Action::Step(kind, forward) => {
                let Some(c) = s.comparison() else { return };
                s.cursor = c.stops().step(s.cursor, kind, forward);
                if let Some(Cursor { phrase, .. }) = s.cursor {
                    s.pinned = phrase;
                }
            }
            Action::Notify(n) => s.notices.push(n),
            Action::DismissNotice(i) => {
                if i < s.notices.len() {
                    s.notices.remove(i);
                }
            }
            Action::Present(on) => {
                s.presenting = on.then_some(0);
                s.popover = None;
                s.set_mode(Mode::Read);
                if on {
                    s.layout = Layout::AlignedRows;
                    s.reveal = s.reveal.map(|_| Reveal::Plain);
                }
            }
            Action::PresentStep(forward) => {
                let (Some(step), Some(c)) = (s.presenting, s.latest_comparison()) else { return };
                let last = c.rows().len().saturating_sub(1);
                match (forward, s.reveal) {
                    (true, Some(r)) if r.next().is_some() => s.reveal = r.next(),
                    (false, Some(r)) if r.previous().is_some() => s.reveal = r.previous(),
                    _ => {
                        let next = if forward { (step + 1).min(last) } else { step.saturating_sub(1) };
                        if next == step {
                            return;
                        }
                        s.presenting = Some(next);
                        s.reveal = s.reveal.map(|_| if forward { Reveal::Plain } else { Reveal::Distinct });
                    }
                }
            }
            Action::SetReveal(r) => s.reveal = r,
            Action::SetNote(anchor, text) => s.lesson.set_note(anchor, text),
            Action::SetQuestion(anchor, text) => s.lesson.set_question(anchor, text),
        }
    }
}

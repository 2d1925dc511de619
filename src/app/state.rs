//! The widget's state, in one place: a reducer over [`Action`]s.
//!
//! The comparison itself is derived from the inputs; it is kept here only as
//! the latest finished result, tagged with the generation of the inputs it was
//! computed from, so a slow computation can never overwrite a newer one.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::{Comparison, LangChoice, Options, Side};

use super::lesson::{Anchor, Lesson};
use super::nav::{Cursor, Stops};
use super::{Initial, SharedComparison};

/// The longest text a side accepts, in bytes. Longer pastes are refused with a
/// message rather than risk a frozen tab.
pub const MAX_SIDE_BYTES: usize = 1_000_000;

/// The largest minimum phrase length offered, in words.
pub const MAX_MIN_PHRASE: usize = 12;

/// One statement and what the reader is told about it.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Statement {
    /// Who says it, e.g. "China — Ministry of Foreign Affairs".
    pub label: String,
    pub title: String,
    pub date: String,
    /// Where it was published; shown as a link only if it is http(s).
    pub source: String,
    pub text: String,
}

/// A header field of a statement that the user can edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Label,
    Title,
    Date,
    Source,
}

/// Reading the highlighted comparison, or editing the texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Read,
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
    Auto,
    Light,
    Dark,
}

/// A popover that can be open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Popover {
    Help,
    Options,
    Share,
    Lesson,
}

/// How much of the comparison is revealed, for teaching step by step:
/// plain text first, then shared phrases, then moved ones, then what only
/// one side says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reveal {
    Plain,
    Shared,
    Moved,
    Distinct,
}

impl Reveal {
    /// The next level, if any.
    pub fn next(self) -> Option<Reveal> {
        match self {
            Reveal::Plain => Some(Reveal::Shared),
            Reveal::Shared => Some(Reveal::Moved),
            Reveal::Moved => Some(Reveal::Distinct),
            Reveal::Distinct => None,
        }
    }

    /// The previous level, if any.
    pub fn previous(self) -> Option<Reveal> {
        match self {
            Reveal::Plain => None,
            Reveal::Shared => Some(Reveal::Plain),
            Reveal::Moved => Some(Reveal::Shared),
            Reveal::Distinct => Some(Reveal::Moved),
        }
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

/// A message for the reader, optionally about one side.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub side: Option<Side>,
    pub text: String,
    pub is_error: bool,
}

/// Everything the widget shows.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub left: Statement,
    pub right: Statement,
    pub options: Options,
    pub mode: Mode,
    pub layout: Layout,
    pub granularity: Granularity,
    pub theme: Theme,
    pub popover: Option<Popover>,
    /// Increases whenever the texts or options change.
    pub generation: u64,
    /// The latest finished comparison and the generation it belongs to.
    pub result: Option<(u64, SharedComparison)>,
    /// True while a comparison of the current generation is being computed.
    pub busy: bool,
    /// How far that comparison has come (0 to 1), once it runs long enough
    /// for the worker to report.
    pub progress: Option<f32>,
    /// The example being fetched, until its texts arrive.
    pub loading_example: Option<usize>,
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
    /// Fetch example `n` and open it.
    LoadExample(usize),
    /// Example `n`'s texts arrived, or why they could not be fetched.
    ExampleLoaded(usize, Result<Initial, String>),
    SetText(Side, String),
    SetField(Side, Field, String),
    /// A file was read for a side: its text, or why it cannot be used.
    FileLoaded(Side, Result<String, String>),
    Swap,
    SetMode(Mode),
    SetLayout(Layout),
    SetGranularity(Granularity),
    SetTheme(Theme),
    SetOptions(Options),
    Toggle(Popover),
    ClosePopover,
    /// A comparison finished for the given generation.
    Compared(u64, SharedComparison),
    /// The comparison of the given generation is this far along (0 to 1).
    Progress(u64, f32),
    /// The comparison could not be made (the worker did not load); why.
    CompareFailed(String),
    /// The reader stopped a running comparison.
    Cancel,
    /// The pointer or focus is on a shared phrase and on a sentence pair
    /// (each with the side it is on), either possibly none.
    Hover(Option<(Side, usize)>, Option<(Side, usize)>),
    /// Pin a phrase (or unpin when it is already pinned).
    Pin(usize),
    Unpin,
    SelectTerm(Option<(Side, String)>),
    /// Move to the next (`true`) or previous stop of a kind.
    Step(super::nav::StopKind, bool),
    Notify(Notice),
    DismissNotice(usize),
    /// Enter (`true`) or leave presentation mode.
    Present(bool),
    /// Next (`true`) or previous step of the presentation; with reveal on,
    /// each step first reveals more of its row.
    PresentStep(bool),
    /// Turn step-by-step reveal on (at plain text) or off.
    SetReveal(Option<Reveal>),
    SetNote(Anchor, String),
    SetQuestion(Anchor, String),
}

impl State {
    /// The state for a pair of statements, its comparison still to be made
    /// (by the worker). Texts over [`MAX_SIDE_BYTES`] are refused with a
    /// notice, and options from outside (links, configs) are brought into range.
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
            busy: true,
            progress: None,
            loading_example: None,
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
            if state.statement(side).text.len() > MAX_SIDE_BYTES {
                let text = std::mem::take(&mut state.statement_mut(side).text);
                state.notify_side(side, too_long(side, &text));
            }
        }
        state.mode = state.initial_mode();
        state
    }

    /// The state a widget opens with: `initial`'s statements, and its
    /// comparison when it was made on exactly these texts and options (a
    /// pre-rendered page hands over the one it shows). Natively (server-side
    /// renders) a missing comparison is made here; in the browser the worker
    /// makes it.
    pub fn from_initial(initial: Initial) -> Self {
        let mut state = State { lesson: initial.lesson, ..State::with_statements(initial.left, initial.right, initial.options) };
        let comparison = initial.comparison.filter(|c| state.made_on_inputs(&c.0));
        #[cfg(not(target_arch = "wasm32"))]
        let comparison = comparison.or_else(|| {
            let c = crate::engine::compare(&state.left.text, &state.right.text, &state.options);
            Some(SharedComparison(Rc::new(c)))
        });
        if let Some(c) = comparison {
            state.result = Some((state.generation, c));
            state.busy = false;
        }
        state
    }

    /// A widget that opens on example `index`, once it is fetched.
    pub fn loading_example(index: usize) -> Self {
        State { loading_example: Some(index), mode: Mode::Read, ..State::with_statements(Statement::default(), Statement::default(), Options::default()) }
    }

    /// True when `c` was computed from the current texts and options.
    fn made_on_inputs(&self, c: &Comparison) -> bool {
        self.shows_texts(c) && c.options == self.options
    }

    /// True when `c` shows the current texts (perhaps with other options).
    pub fn shows_texts(&self, c: &Comparison) -> bool {
        *c.left.text == *self.left.text && *c.right.text == *self.right.text
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

    /// True when both texts are present and identical.
    pub fn identical(&self) -> bool {
        !self.left.text.trim().is_empty() && self.left.text == self.right.text
    }

    /// The sentence pair to show linked.
    pub fn linked_pair(&self) -> Option<usize> {
        self.hovered_pair.map(|(_, p)| p)
    }

    /// The phrase to show linked: the pinned one wins over the hovered one.
    pub fn active_phrase(&self) -> Option<usize> {
        self.pinned.or(self.hovered.map(|(_, p)| p))
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
        self.progress = None;
        self.hovered = None;
        self.hovered_pair = None;
        self.pinned = None;
        self.term = None;
        self.cursor = None;
    }

    /// Leaving the editor: the comparison effect then compares at once,
    /// without waiting for a pause in typing.
    fn set_mode(&mut self, mode: Mode) {
        self.mode = mode;
    }

    fn notify_side(&mut self, side: Side, text: String) {
        self.notices.retain(|n| n.side != Some(side));
        self.notices.push(Notice { side: Some(side), text, is_error: true });
    }

    fn set_text(&mut self, side: Side, text: String) {
        if text.len() > MAX_SIDE_BYTES {
            self.notify_side(side, too_long(side, &text));
            return;
        }
        self.notices.retain(|n| n.side != Some(side));
        if self.statement(side).text != text {
            self.statement_mut(side).text = text;
            self.inputs_changed();
        }
    }
}

/// Why a text was refused for its length.
fn too_long(side: Side, text: &str) -> String {
    format!(
        "The {} text is {:.1} MB; Parallax compares up to {:.0} MB per side. \
         Use a shorter part of the statement.",
        side_word(side),
        text.len() as f64 / 1e6,
        MAX_SIDE_BYTES as f64 / 1e6
    )
}

/// "left" or "right", for messages.
pub fn side_word(side: Side) -> &'static str {
    match side {
        Side::Left => "left",
        Side::Right => "right",
    }
}

impl Default for State {
    /// The first example: compared at once natively (server-side renders),
    /// fetched and compared by the worker in the browser.
    fn default() -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        return State::from_initial(super::examples::first_from_source());
        #[cfg(target_arch = "wasm32")]
        return State::loading_example(0);
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::LoadExample(index) => s.loading_example = Some(index),
            Action::ExampleLoaded(index, loaded) => {
                if s.loading_example != Some(index) {
                    return self;
                }
                s.loading_example = None;
                match loaded {
                    Ok(example) => {
                        let mut opened = State::from_initial(example);
                        opened.generation = s.generation + 1;
                        // The previous comparison stays on screen (dimmed) until the new one arrives.
                        opened.result = s.result.take();
                        opened.theme = s.theme;
                        s = opened;
                    }
                    Err(message) => s.notices.push(Notice { side: None, text: message, is_error: true }),
                }
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
                    return self;
                }
                s.result = Some((generation, comparison));
                s.busy = generation != s.generation;
                if !s.busy {
                    s.progress = None;
                }
            }
            Action::Progress(generation, done) => {
                if generation != s.generation || !s.busy {
                    return self;
                }
                s.progress = Some(done);
            }
            Action::CompareFailed(message) => {
                s.busy = false;
                s.progress = None;
                s.notices.retain(|n| n.text != message);
                s.notices.push(Notice { side: None, text: message, is_error: true });
            }
            Action::Cancel => {
                s.busy = false;
                s.progress = None;
                s.notices.push(Notice {
                    side: None,
                    text: "Comparison cancelled; the highlights are from before your last change. \
                           Change a text or an option to compare again."
                        .into(),
                    is_error: false,
                });
            }
            Action::Hover(phrase, pair) => {
                if (s.hovered, s.hovered_pair) == (phrase, pair) {
                    return self;
                }
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
                let Some(c) = s.comparison() else { return self };
                let stops = Stops::new(&c.0);
                s.cursor = stops.step(s.cursor, kind, forward);
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
                let (Some(step), Some(c)) = (s.presenting, s.latest_comparison()) else { return self };
                let last = super::rows::rows(&c.0).len().saturating_sub(1);
                match (forward, s.reveal) {
                    (true, Some(r)) if r.next().is_some() => s.reveal = r.next(),
                    (false, Some(r)) if r.previous().is_some() => s.reveal = r.previous(),
                    _ => {
                        let next = if forward { (step + 1).min(last) } else { step.saturating_sub(1) };
                        if next == step {
                            return self;
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
        Rc::new(s)
    }
}

/// The language choice of a side in the options.
pub fn lang_of(options: &Options, side: Side) -> LangChoice {
    match side {
        Side::Left => options.lang_left,
        Side::Right => options.lang_right,
    }
}

//! The widget's state, in one place; [`super::reducer`] changes it.
//!
//! The comparison itself is derived from the inputs; it is kept here only as
//! the latest finished result, tagged with the generation of the inputs it was
//! computed from, so a slow computation can never overwrite a newer one.

use crate::engine::{ByteRange, Comparison, Options, Side};

use super::lesson::Lesson;
use super::nav::Cursor;
use super::shared_comparison::SharedComparison;
use super::statement::{same_text, too_long, too_long_version, whose, Statement};
use crate::engine::input::limits::MAX_STATEMENT_BYTES;
use super::version_set::VersionSet;
use super::view::{Granularity, Layout, Mode, Opening, Popover, Reveal, Theme};
use super::Initial;

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
    /// The words a quotation in the summary links to, marked in their pane
    /// once the reader follows the link, and how many links were followed
    /// (following the same link again brings its words back into view).
    pub quoted: Option<(Side, ByteRange, u32)>,
    /// Messages for the reader, oldest first.
    pub notices: Vec<Notice>,
    /// The teacher's notes and questions.
    pub lesson: Lesson,
    /// The presentation's current step (a row of aligned sentences), when presenting.
    pub presenting: Option<usize>,
    /// While presenting step by step (see `Lesson::reveal`), how much of
    /// the current step is revealed.
    pub reveal: Option<Reveal>,
    /// Three to six statements at once (empty with two).
    pub versions: VersionSet,
    /// What an example points out once its comparison arrives.
    pub opening: Option<Opening>,
    /// The bundled example on screen, while its texts are unchanged; `None`
    /// for the reader's own texts (the picker then says "Your texts").
    pub example: Option<usize>,
    /// The options came with the texts (an example's or a link's) rather
    /// than from the reader: they go back to the defaults when the reader
    /// brings other texts.
    pub options_came_with_texts: bool,
    /// Panes scroll together, anchored on sentence pairs.
    pub sync_scroll: bool,
    /// The last session kept in this browser, offered back on opening.
    pub restorable: Option<Box<Initial>>,
    /// How much of the reader's work this browser keeps, once it was saved.
    pub keeping: Option<crate::app::hooks::session::Keeping>,
}

impl State {
    /// The state for a pair of statements, its comparison still to be made
    /// (by the worker). Texts over [`MAX_STATEMENT_BYTES`] are refused and
    /// header fields over the limit cut, each with a notice, and options
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
            busy: true,
            progress: None,
            loading_example: None,
            hovered: None,
            hovered_pair: None,
            pinned: None,
            term: None,
            cursor: None,
            quoted: None,
            notices: Vec::new(),
            lesson: Lesson::default(),
            presenting: None,
            reveal: None,
            versions: VersionSet::default(),
            opening: None,
            example: None,
            options_came_with_texts: true,
            sync_scroll: true,
            restorable: None,
            keeping: None,
        };
        for side in [Side::Left, Side::Right] {
            let bytes = state.statement(side).text.len();
            if bytes > MAX_STATEMENT_BYTES {
                state.statement_mut(side).text = "".into();
                state.notify_side(side, too_long(side, bytes));
            }
            let cut = state.statement_mut(side).cut_fields(&whose(Some(side), side as usize));
            state.notices.extend(cut.into_iter().map(|text| Notice { side: None, text, is_error: true }));
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
        let mut state = State {
            lesson: initial.lesson,
            example: initial.example,
            ..State::with_statements(initial.left, initial.right, initial.options)
        };
        let mut more = initial.more;
        for (index, statement) in (2..).zip(more.iter_mut()) {
            if statement.text.len() > MAX_STATEMENT_BYTES {
                let text = too_long_version(index, statement.text.len());
                state.notices.push(Notice { side: None, text, is_error: true });
                statement.text = "".into();
            }
            let cut = statement.cut_fields(&whose(None, index));
            state.notices.extend(cut.into_iter().map(|text| Notice { side: None, text, is_error: true }));
        }
        state.versions = VersionSet::new(&state.left, &state.right, more);
        state.versions.reading = initial.reading.min(state.versions.count() - 1);
        state.versions.collation = initial.collation.map(|c| (state.generation, c));
        if state.versions.collation(&state.options).is_none() {
            state.versions.collation = None;
            #[cfg(not(target_arch = "wasm32"))]
            if state.versions.active() {
                let texts: Vec<&str> = state.versions.all.iter().map(|s| &*s.text).collect();
                let collation = crate::engine::collate::compare_many(&texts, &state.options);
                state.versions.collation = Some((state.generation, super::versions::SharedCollation::new(collation)));
            }
        }
        if initial.opening.rows {
            state.layout = Layout::AlignedRows;
        }
        state.opening = Some(initial.opening).filter(|o| o.point_at.is_some() || o.pin_longest);
        let comparison = initial.comparison.filter(|c| state.made_on_inputs(c));
        #[cfg(not(target_arch = "wasm32"))]
        let comparison = comparison.or_else(|| {
            Some(SharedComparison::new(crate::engine::compare(&state.left.text, &state.right.text, &state.options)))
        });
        if let Some(c) = comparison {
            state.result = Some((state.generation, c));
            state.busy = false;
            state.point_out();
        }
        state
    }

    /// Points out what the opening asks for, once the comparison of the
    /// current inputs is there (then forgets it: the reader takes over).
    pub(super) fn point_out(&mut self) {
        let Some(c) = self.comparison().cloned() else { return };
        let Some(opening) = self.opening.take() else { return };
        if let Some((side, text)) = &opening.point_at {
            let result = c.side(*side);
            let pair = result.text.find(text.as_str()).and_then(|at| {
                let sentence = result.sentences.get(result.sentences.partition_point(|s| s.range.end <= at))?;
                sentence.pair
            });
            self.hovered_pair = pair.map(|p| (*side, p));
        }
        if opening.pin_longest {
            self.pinned = c.metrics.longest_phrase;
        }
    }

    /// A widget that opens on example `index`, once it is fetched.
    pub fn loading_example(index: usize) -> Self {
        State { loading_example: Some(index), mode: Mode::Read, ..State::with_statements(Statement::default(), Statement::default(), Options::default()) }
    }

    /// True when `c` was computed from the current texts and options.
    fn made_on_inputs(&self, c: &Comparison) -> bool {
        self.shows_texts(c) && c.options == self.options
    }

    /// True when `c` shows the current texts (perhaps with other options):
    /// at once when it shares them (the worker's results do), else
    /// character by character.
    pub fn shows_texts(&self, c: &Comparison) -> bool {
        same_text(&c.left.text, &self.left.text) && same_text(&c.right.text, &self.right.text)
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
        self.progress = None;
        self.hovered = None;
        self.hovered_pair = None;
        self.pinned = None;
        self.term = None;
        self.cursor = None;
        self.quoted = None;
        self.opening = None;
        self.versions.cursor = None;
    }

    /// Leaving the editor: the comparison effect then compares at once,
    /// without waiting for a pause in typing.
    pub(super) fn set_mode(&mut self, mode: Mode) {
        self.mode = mode;
    }

    pub(super) fn notify_side(&mut self, side: Side, text: String) {
        self.notices.retain(|n| n.side != Some(side));
        self.notices.push(Notice { side: Some(side), text, is_error: true });
    }

    /// A side's text as the reader typed, pasted or opened it. Texts that
    /// are no longer the example's make the picker say "Your texts"; a text
    /// replaced (less than half of the old one kept, see [`replaces`]) loses
    /// the header that described the old one, and options that came with
    /// the old texts go back to the defaults. Returns whether it was taken.
    pub(super) fn set_text(&mut self, side: Side, text: String) -> bool {
        if text.len() > MAX_STATEMENT_BYTES {
            self.notify_side(side, too_long(side, text.len()));
            return false;
        }
        self.notices.retain(|n| n.side != Some(side));
        let old = self.statement(side).text.clone();
        if *old != *text {
            if replaces(&old, &text) {
                let statement = self.statement_mut(side);
                *statement = Statement { text: statement.text.clone(), ..Statement::default() };
                if std::mem::replace(&mut self.options_came_with_texts, false) {
                    self.options = Options::default();
                }
            }
            self.example = None;
            self.statement_mut(side).text = text.into();
            self.inputs_changed();
        }
        true
    }
}

/// True when `new` replaces `old` rather than edits it: less than half of a
/// non-blank `old` survives as the part `new` starts and ends with. Typing,
/// deleting or fixing a passage keeps nearly all of it; selecting all and
/// pasting, or clearing the box, keeps none.
pub fn replaces(old: &str, new: &str) -> bool {
    if old.trim().is_empty() {
        return false;
    }
    let prefix = old.bytes().zip(new.bytes()).take_while(|(a, b)| a == b).count();
    let room = old.len().min(new.len()) - prefix;
    let suffix = old.bytes().rev().zip(new.bytes().rev()).take(room).take_while(|(a, b)| a == b).count();
    (prefix + suffix) * 2 < old.len()
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

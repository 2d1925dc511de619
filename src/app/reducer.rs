//! How the state changes: every [`Action`] the widget knows, and the
//! reducer that applies them.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::input::Imported;
use crate::engine::{ByteRange, Options, Side};

use super::lesson::Anchor;
use super::nav::{step_index, Cursor, StopKind};
use super::shared_comparison::SharedComparison;
use super::state::{Notice, State};
use super::statement::{too_long_version, whose, Field, Statement};
use crate::engine::input::limits::MAX_STATEMENT_BYTES;
use super::versions::{PhraseOrder, SharedCollation};
use super::versions_lesson::{VersionAnchor, VersionStep};
use super::view::{Granularity, Layout, Mode, Popover, Reveal, Theme};
use super::Initial;

/// Everything that can happen to the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Fetch bundled example `n` and open it.
    LoadExample(usize),
    /// Example `n`'s texts arrived, or why they could not be fetched.
    ExampleLoaded(usize, Result<Initial, String>),
    /// Offer the last session kept in this browser back (or stop offering it).
    OfferRestore(Option<Box<Initial>>),
    /// Open a session kept in this browser, or a comparison file: the
    /// reader's own work.
    Restore(Box<Initial>),
    /// Open a comparison someone shared (a link pasted into the address).
    Open(Box<Initial>),
    /// How much of the reader's work the browser keeps, after a save.
    SetKeeping(Option<crate::app::hooks::session::Keeping>),
    /// The reader typed or pasted a side's text.
    SetText(Side, String),
    /// The reader edited a header field of a side.
    SetField(Side, Field, String),
    /// A file was read for a side: its text and the details it gives, or
    /// why it cannot be used.
    FileLoaded(Side, Result<Imported, String>),
    /// Exchange the two statements (and their languages); nothing in the
    /// versions view, which has no sides.
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
    /// Scroll the two panes together (`true`) or each on its own.
    SetSyncScroll(bool),
    /// Open a popover, or close it when it is open.
    Toggle(Popover),
    /// Close whatever popover is open.
    ClosePopover,
    /// Close the phone's "More" menu, if it is what is open (focus left it:
    /// a dialog it opened stays).
    CloseMenu,
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
    /// Unpin the phrase, clear the selected term and close the popover (Esc).
    Unpin,
    /// Highlight a distinctive term's occurrences on its side (or stop, when
    /// it is already selected).
    SelectTerm(Option<(Side, String)>),
    /// Show the words a quotation links to: scrolled into view and marked
    /// in their pane.
    ShowQuote(Side, ByteRange),
    /// Move to the next (`true`) or previous stop of a kind: in the
    /// versions view, in the version read.
    Step(StopKind, bool),
    /// Tell the reader something.
    Notify(Notice),
    /// The reader closed notice `n`.
    DismissNotice(usize),
    /// Enter (`true`) or leave presentation mode.
    Present(bool),
    /// Next (`true`) or previous step of the presentation; with reveal on,
    /// each step first reveals more of its row.
    PresentStep(bool),
    /// Present each step plain first, revealing its highlights a kind at a
    /// time (`true`), or all at once.
    SetReveal(bool),
    /// Write (or, empty, remove) the teacher's note at a place.
    SetNote(Anchor, String),
    /// Write (or, empty, remove) the question for a step.
    SetQuestion(Anchor, String),
    /// Write (or, empty, remove) the teacher's note at a place in a version.
    SetVersionNote(VersionAnchor, String),
    /// Write (or, empty, remove) the question for a step of a lesson over
    /// the versions.
    SetStepQuestion(VersionStep, String),
    /// Add a statement (up to six): from the editor, or a file's text.
    AddVersion(Statement),
    /// Remove version `n` (with two left, the widget compares those two).
    RemoveVersion(usize),
    /// The reader edited version `n`'s text.
    SetVersionText(usize, String),
    /// The reader edited a header field of version `n`.
    SetVersionField(usize, Field, String),
    /// A file was read for version `n`, or for a new version (`None`): its
    /// text, or why it cannot be used.
    VersionFileLoaded(Option<usize>, Result<Imported, String>),
    /// Read version `n` in the versions view.
    ReadVersion(usize),
    /// Show every version in turn in the versions view, with the lesson
    /// (the handout).
    ShowEveryVersion,
    /// Order the versions view's table of phrases.
    OrderPhrases(PhraseOrder),
    /// Open versions `i` and `j` side by side.
    OpenPair(usize, usize),
    /// Show the versions view (`true`) or the pair side by side.
    ShowVersions(bool),
    /// A collation finished for the given generation.
    Collated(u64, SharedCollation),
}

impl Reducible for State {
    type Action = Action;

    /// The next state; the same `Rc` when the action changes nothing (a
    /// hover over the same phrase, a stale result), so nothing re-renders.
    /// Cloning is cheap: the texts are shared.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        next.versions.write_back(&next.left, &next.right);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

impl State {
    /// Opens other statements in place of these, keeping how the widget is
    /// shown (theme, scrolling); the previous comparison stays on screen
    /// (dimmed) until the new one arrives.
    fn open(&mut self, initial: Initial) {
        let mut opened = State::from_initial(initial);
        opened.generation = self.generation + 1;
        opened.result = self.result.take();
        opened.theme = self.theme;
        opened.sync_scroll = self.sync_scroll;
        opened.restorable = self.restorable.take();
        opened.keeping = self.keeping.take();
        *self = opened;
    }

    fn apply(&mut self, action: Action) {
        let s = self;
        match action {
            Action::LoadExample(index) => s.loading_example = Some(index),
            Action::ExampleLoaded(index, loaded) => {
                if s.loading_example != Some(index) {
                    return;
                }
                s.loading_example = None;
                match loaded {
                    Ok(example) => s.open(example),
                    Err(message) => s.notices.push(Notice { side: None, text: message, is_error: true }),
                }
            }
            Action::OfferRestore(offer) => s.restorable = offer,
            Action::Restore(initial) => {
                s.open(*initial);
                s.restorable = None;
                // The reader's own texts and options.
                s.options_came_with_texts = false;
            }
            Action::Open(initial) => s.open(*initial),
            Action::SetKeeping(keeping) => s.keeping = keeping,
            Action::SetText(side, text) => {
                s.set_text(side, text);
            }
            Action::SetField(side, field, value) => {
                let told = set_field(s.statement_mut(side), field, value, &whose(Some(side), side as usize));
                s.tell(told);
            }
            Action::FileLoaded(side, Ok(file)) => {
                // A file is a statement of its own: its header is what the
                // file says (never the previous text's), the label left to the reader.
                let mut statement = file_statement(file);
                if s.set_text(side, statement.text.to_string()) {
                    let told = statement.cut_fields(&whose(Some(side), side as usize));
                    let text = s.statement(side).text.clone();
                    *s.statement_mut(side) = Statement { text, ..statement };
                    s.tell(told);
                }
            }
            Action::FileLoaded(side, Err(message)) => s.notify_side(side, message),
            Action::Swap if s.versions_shown() => {}
            Action::Swap => {
                std::mem::swap(&mut s.left, &mut s.right);
                s.versions.pair.swap(0, 1);
                let o = &mut s.options;
                std::mem::swap(&mut o.lang_left, &mut o.lang_right);
                s.inputs_changed();
            }
            Action::SetMode(mode) => s.set_mode(mode),
            Action::SetLayout(layout) => {
                s.layout = layout;
                // In the versions view the layout is the read version's.
                s.versions.every &= !s.versions_shown();
            }
            Action::SetSyncScroll(on) => s.sync_scroll = on,
            Action::SetGranularity(g) => s.granularity = g,
            Action::SetTheme(theme) => s.theme = theme,
            Action::SetOptions(options) => {
                if options != s.options {
                    s.options = options;
                    s.options_came_with_texts = false;
                    s.inputs_changed();
                }
            }
            Action::Toggle(p) => s.popover = if s.popover == Some(p) { None } else { Some(p) },
            Action::ClosePopover => s.popover = None,
            Action::CloseMenu => {
                if s.popover == Some(Popover::More) {
                    s.popover = None;
                }
            }
            Action::Compared(generation, comparison) => {
                if generation < s.result.as_ref().map_or(0, |(g, _)| *g) {
                    return;
                }
                s.result = Some((generation, comparison));
                s.busy = generation != s.generation;
                if !s.busy {
                    s.progress = None;
                    s.point_out();
                }
            }
            Action::Progress(generation, done) => {
                if generation == s.generation && s.busy {
                    s.progress = Some(done);
                }
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
                s.hovered = phrase;
                s.hovered_pair = pair;
            }
            Action::Pin(p) => s.pinned = if s.pinned == Some(p) { None } else { Some(p) },
            Action::Unpin => {
                s.pinned = None;
                s.term = None;
                s.quoted = None;
                s.popover = None;
            }
            Action::SelectTerm(t) => s.term = if s.term == t { None } else { t },
            Action::ShowQuote(side, range) => {
                let followed = s.quoted.map_or(0, |(_, _, n)| n.wrapping_add(1));
                s.quoted = Some((side, range, followed));
            }
            Action::Step(kind, forward) if s.versions_shown() => s.step_in_version(kind, forward),
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
                s.reveal = (on && s.lesson.reveal).then_some(Reveal::Plain);
                if on && s.versions_shown() {
                    s.versions.every = false;
                    s.show_step(0);
                } else if on {
                    s.layout = Layout::AlignedRows;
                }
            }
            Action::PresentStep(forward) => {
                let Some(step) = s.presenting else { return };
                let versions = s.versions_shown();
                let steps = match versions {
                    true => s.version_steps().map(|steps| steps.len()),
                    false => s.latest_comparison().map(|c| c.rows().len()),
                };
                let Some(steps) = steps else { return };
                match (forward, s.reveal) {
                    (true, Some(r)) if r.next(versions).is_some() => s.reveal = r.next(versions),
                    (false, Some(r)) if r.previous(versions).is_some() => s.reveal = r.previous(versions),
                    _ => {
                        let last = steps.saturating_sub(1);
                        let next = if forward { (step + 1).min(last) } else { step.saturating_sub(1) };
                        if next == step {
                            return;
                        }
                        s.presenting = Some(next);
                        s.reveal = s.reveal.map(|_| if forward { Reveal::Plain } else { Reveal::last() });
                        if versions {
                            s.show_step(next);
                        }
                    }
                }
            }
            Action::SetReveal(on) => {
                s.lesson.reveal = on;
                if s.presenting.is_some() {
                    s.reveal = on.then_some(Reveal::Plain);
                }
            }
            Action::SetNote(anchor, text) => s.lesson.set_note(anchor, text),
            Action::SetQuestion(anchor, text) => s.lesson.set_question(anchor, text),
            Action::SetVersionNote(anchor, text) => s.lesson.versions.set_note(anchor, text),
            Action::SetStepQuestion(step, text) => s.lesson.versions.set_question(step, text),
            Action::AddVersion(statement) => s.add_version(statement),
            Action::RemoveVersion(n) => s.remove_version(n),
            Action::SetVersionText(n, text) => s.set_version_text(n, text),
            Action::SetVersionField(n, field, value) => match s.version_side(n) {
                Some(side) => s.apply(Action::SetField(side, field, value)),
                None => {
                    if let Some(st) = s.versions.all.get_mut(n) {
                        let told = set_field(st, field, value, &whose(None, n));
                        s.tell(told);
                    }
                }
            },
            Action::VersionFileLoaded(None, Ok(file)) => s.add_version(file_statement(file)),
            Action::VersionFileLoaded(Some(n), Ok(file)) => match s.version_side(n) {
                Some(side) => s.apply(Action::FileLoaded(side, Ok(file))),
                None => s.replace_version(n, file_statement(file)),
            },
            Action::VersionFileLoaded(_, Err(message)) => s.notices.push(Notice { side: None, text: message, is_error: true }),
            Action::ReadVersion(n) => {
                s.versions.reading = n.min(s.versions.count() - 1);
                s.versions.every = false;
                s.versions.cursor = None;
            }
            Action::ShowEveryVersion => {
                s.versions.every = true;
                s.versions.cursor = None;
            }
            Action::OrderPhrases(order) => s.versions.order = order,
            Action::OpenPair(i, j) => s.open_pair(i, j),
            Action::ShowVersions(on) => s.versions.overview = on && s.versions.active(),
            Action::Collated(generation, collation) => {
                if generation >= s.versions.collation.as_ref().map_or(0, |(g, _)| *g) {
                    s.versions.collation = Some((generation, collation));
                }
            }
        }
    }
}

/// Reading and presenting the versions view.
impl State {
    /// True when the versions view is on screen (not two of them side by side).
    pub fn versions_shown(&self) -> bool {
        self.versions.active() && self.versions.overview
    }

    /// The steps of a lesson over the versions, once they are collated.
    pub fn version_steps(&self) -> Option<Vec<VersionStep>> {
        self.versions.collation(&self.options).map(|c| super::versions_lesson::steps(c))
    }

    /// Shows the version step `index` of the lesson is about.
    fn show_step(&mut self, index: usize) {
        if let Some(v) = self.version_steps().and_then(|steps| steps.get(index)?.version()) {
            self.versions.reading = v;
        }
    }

    /// Moves to the next (or previous) stop of a kind in the version read.
    fn step_in_version(&mut self, kind: StopKind, forward: bool) {
        use super::versions::{pieces, stops};
        let Some(c) = self.versions.collation(&self.options) else { return };
        let Some(version) = c.versions.get(self.versions.reading) else { return };
        let count = stops(&pieces(version), version, kind == StopKind::Phrase).len();
        let from = self.versions.cursor.filter(|(k, _)| *k == kind).map(|(_, i)| i);
        self.versions.cursor = step_index(from, count, forward).map(|i| (kind, i));
        self.versions.every = false;
    }
}

/// The statement a file gives: its text and the header the file gives
/// (never an earlier text's), the label left to the reader.
fn file_statement(file: Imported) -> Statement {
    let given = |v: Option<String>| v.unwrap_or_default();
    Statement { title: given(file.title), date: given(file.date), source: given(file.source), text: file.text.into(), ..Statement::default() }
}

/// Sets a header field of `whose` statement, cut to the limit; says if it was.
fn set_field(st: &mut Statement, field: Field, value: String, whose: &str) -> Vec<String> {
    match field {
        Field::Label => st.label = value,
        Field::Title => st.title = value,
        Field::Date => st.date = value,
        Field::Source => st.source = value,
    }
    st.cut_fields(whose)
}

/// The versions: adding, removing, editing and opening two side by side.
impl State {
    /// The side version `n` is shown on, when it is one of the pair.
    fn version_side(&self, n: usize) -> Option<Side> {
        match self.versions.pair {
            _ if !self.versions.active() => [Side::Left, Side::Right].get(n).copied(),
            [l, _] if l == n => Some(Side::Left),
            [_, r] if r == n => Some(Side::Right),
            _ => None,
        }
    }

    /// Tells the reader what was cut to the limits, each thing once.
    fn tell(&mut self, told: Vec<String>) {
        for text in told {
            if !self.notices.iter().any(|n| n.text == text) {
                self.notices.push(Notice { side: None, text, is_error: true });
            }
        }
    }

    fn add_version(&mut self, mut statement: Statement) {
        use crate::engine::collate::MAX_VERSIONS;
        if self.versions.count() >= MAX_VERSIONS {
            let text = format!("Parallax compares up to {MAX_VERSIONS} statements at once: remove one to add another.");
            self.notices.push(Notice { side: None, text, is_error: true });
            return;
        }
        if statement.text.len() > MAX_STATEMENT_BYTES {
            self.notices.push(Notice { side: None, text: too_long_version(self.versions.count(), statement.text.len()), is_error: true });
            return;
        }
        let told = statement.cut_fields(&whose(None, self.versions.count()));
        self.tell(told);
        if !self.versions.active() {
            self.versions = super::version_set::VersionSet::new(&self.left, &self.right, vec![statement]);
        } else {
            self.versions.all.push(statement);
        }
        self.versions.reading = self.versions.all.len() - 1;
        self.versions.every = false;
        self.versions.overview = true;
        self.example = None;
        self.inputs_changed();
    }

    fn remove_version(&mut self, n: usize) {
        let v = &mut self.versions;
        if !v.active() || n >= v.all.len() {
            return;
        }
        v.all.remove(n);
        self.lesson.versions.remove_version(n);
        if v.all.len() == 2 {
            let mut two = std::mem::take(&mut v.all).into_iter();
            (self.left, self.right) = (two.next().unwrap_or_default(), two.next().unwrap_or_default());
            self.versions = super::version_set::VersionSet::default();
            // The two left are a pair: their notes stay, on their sides.
            for note in std::mem::take(&mut self.lesson.versions).notes {
                let side = if note.anchor.version == 0 { Side::Left } else { Side::Right };
                self.lesson.set_note(Anchor { side, start: note.anchor.start, end: note.anchor.end }, note.text);
            }
        } else {
            // The pair stays open unless it lost one of its two.
            v.pair = if v.pair.contains(&n) { [0, 1] } else { v.pair.map(|p| if p > n { p - 1 } else { p }) };
            v.reading = v.reading.min(v.all.len() - 1);
            let [i, j] = v.pair;
            (self.left, self.right) = (v.all[i].clone(), v.all[j].clone());
        }
        self.example = None;
        self.inputs_changed();
    }

    fn set_version_text(&mut self, n: usize, text: String) {
        match self.version_side(n) {
            Some(side) => {
                self.set_text(side, text);
            }
            None if text.len() > MAX_STATEMENT_BYTES => {
                self.notices.push(Notice { side: None, text: too_long_version(n, text.len()), is_error: true });
            }
            None => {
                let Some(st) = self.versions.all.get_mut(n) else { return };
                if *st.text != *text {
                    // Another text, not an edit of this one: it keeps none of this one's header.
                    if super::state::replaces(&st.text, &text) {
                        *st = Statement::default();
                    }
                    st.text = text.into();
                    self.example = None;
                    self.inputs_changed();
                }
            }
        }
    }

    /// Puts a file's statement in place of version `n` (not one of the pair).
    fn replace_version(&mut self, n: usize, mut statement: Statement) {
        if statement.text.len() > MAX_STATEMENT_BYTES {
            self.notices.push(Notice { side: None, text: too_long_version(n, statement.text.len()), is_error: true });
            return;
        }
        let told = statement.cut_fields(&whose(None, n));
        self.tell(told);
        if let Some(st) = self.versions.all.get_mut(n) {
            *st = statement;
            self.example = None;
            self.inputs_changed();
        }
    }

    fn open_pair(&mut self, i: usize, j: usize) {
        let v = &mut self.versions;
        if i == j || i >= v.all.len() || j >= v.all.len() {
            return;
        }
        v.overview = false;
        if v.pair != [i, j] {
            v.pair = [i, j];
            (self.left, self.right) = (v.all[i].clone(), v.all[j].clone());
            self.inputs_changed();
        }
    }
}

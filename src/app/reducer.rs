//! How the state changes: every [`Action`] the widget knows, and the
//! reducer that applies them.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::input::Imported;
use crate::engine::{ByteRange, Options, Side};

use super::lesson::Anchor;
use super::nav::{Cursor, StopKind};
use super::shared_comparison::SharedComparison;
use super::state::{Notice, State};
use super::statement::{Field, Statement};
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
    /// Open a session kept in this browser.
    Restore(Box<Initial>),
    /// The reader typed or pasted a side's text.
    SetText(Side, String),
    /// The reader edited a header field of a side.
    SetField(Side, Field, String),
    /// A file was read for a side: its text and the details it gives, or
    /// why it cannot be used.
    FileLoaded(Side, Result<Imported, String>),
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
    /// Scroll the two panes together (`true`) or each on its own.
    SetSyncScroll(bool),
    /// Open a popover, or close it when it is open.
    Toggle(Popover),
    /// Close whatever popover is open.
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
    /// Unpin the phrase, clear the selected term and close the popover (Esc).
    Unpin,
    /// Highlight a distinctive term's occurrences on its side (or stop, when
    /// it is already selected).
    SelectTerm(Option<(Side, String)>),
    /// Show the words a quotation links to: scrolled into view and marked
    /// in their pane.
    ShowQuote(Side, ByteRange),
    /// Move to the next (`true`) or previous stop of a kind.
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
    /// Turn step-by-step reveal on (at plain text) or off.
    SetReveal(Option<Reveal>),
    /// Write (or, empty, remove) the teacher's note at a place.
    SetNote(Anchor, String),
    /// Write (or, empty, remove) the question for a step.
    SetQuestion(Anchor, String),
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
            Action::SetText(side, text) => {
                s.set_text(side, text);
            }
            Action::SetField(side, field, value) => {
                let st = s.statement_mut(side);
                match field {
                    Field::Label => st.label = value,
                    Field::Title => st.title = value,
                    Field::Date => st.date = value,
                    Field::Source => st.source = value,
                }
            }
            Action::FileLoaded(side, Ok(file)) => {
                // A file is a statement of its own: its header is what the
                // file says (never the previous text's), the label left to the reader.
                if s.set_text(side, file.text) {
                    let text = s.statement(side).text.clone();
                    let given = |v: Option<String>| v.unwrap_or_default();
                    *s.statement_mut(side) =
                        Statement { title: given(file.title), date: given(file.date), source: given(file.source), text, ..Statement::default() };
                }
            }
            Action::FileLoaded(side, Err(message)) => s.notify_side(side, message),
            Action::Swap => {
                std::mem::swap(&mut s.left, &mut s.right);
                let o = &mut s.options;
                std::mem::swap(&mut o.lang_left, &mut o.lang_right);
                s.inputs_changed();
            }
            Action::SetMode(mode) => s.set_mode(mode),
            Action::SetLayout(layout) => s.layout = layout,
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
